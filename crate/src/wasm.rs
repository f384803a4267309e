//! The JavaScript facade: the core's three functions, typed, and nothing else.
//! Results cross packed (`crate::pack`) and are built in JavaScript by
//! `unpack.js`; problems with the content are warnings in the result; only bad
//! arguments throw.

use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A half-open range in UTF-16 code units of the input: `input.slice(start, end)`. */
export interface Span { start: number; end: number }
export type Qualifier = "exact" | "approx" | "atLeast" | "atMost" | "exceeds" | "near" | "over" | "range";
export type WarningCode = "emptyInput" | "noChineseText" | "controlCharactersRemoved" | "markupRemoved"
  | "escapesDecoded" | "pinyinAnnotationsRemoved" | "traditionalConverted" | "lineWrapsRepaired"
  | "footnoteMarkersRemoved" | "lostCharacters" | "pageFurniture" | "duplicateText" | "noYear";
export interface Warning { code: WarningCode; message: string; span: Span | null }
export interface BaseValue { number: number; unit: string }
export interface Value { number: number; unit: string; base: BaseValue | null; qualifier: Qualifier; min: number | null; max: number | null }
export interface Change {
  direction: "up" | "down" | "flat"; number: number; unit: string; basis: string | null;
  versus: Period | null; qualifier: Qualifier; min: number | null; max: number | null;
}
export interface Period { text: string; year: number | null; from: string | null; to: string | null }
export interface Rank { position: number | null; fromEnd: boolean; scope: string; text: string }
export interface Indicator {
  name: string; canonical: string | null; canonicalName: string | null;
  value?: Value; change?: Change; baseline?: Baseline; kind: "actual" | "target" | "estimate" | "rank";
  period: Period | null; rank: Rank | null; region: string | null; section: number | null; span: Span;
}
export interface Baseline { value: Value; period: Period | null }
export type Category = "economy" | "industry" | "innovation" | "openness" | "consumption" | "urbanRural"
  | "agriculture" | "ecology" | "livelihood" | "safety" | "governance" | "other";
export interface Deadline { text: string; year: number | null; by: string | null }
export interface Commitment {
  text: string; cue: string; strength: "must" | "strive" | "plan" | "continue"; category: Category;
  deadline: Deadline | null; indicators: number[]; quantified: boolean; span: Span;
}
export interface Meta {
  title: string | null; region: string | null;
  regionLevel: "national" | "province" | "city" | "county" | "district" | "zone" | null;
  year: number | null; reviewYear: number | null; date: string | null; speaker: string | null;
  speakerTitle: string | null; docType: "workReport" | "newsArticle" | "digest";
  script: "simplified" | "traditional" | "mixed";
}
export interface Document { title: string; region: string | null; span: Span }
export interface Section { title: string; level: number; role: "review" | "plan" | "selfBuilding" | "glossary" | "other"; span: Span }
export interface GlossaryEntry { term: string; definition: string; span: Span; uses: Span[] }
export interface Report {
  schemaVersion: number; meta: Meta; documents: Document[]; sections: Section[]; glossary: GlossaryEntry[];
  indicators: Indicator[]; commitments: Commitment[]; warnings: Warning[]; normalizedText?: string;
  quantities?: Quantity[];
}
export interface Quantity {
  text: string; number: number; unit: string; base: BaseValue | null; qualifier: Qualifier;
  min: number | null; max: number | null; span: Span;
}
export interface MapRun { normStart: number; normEnd: number; origStart: number; origEnd: number; exact: boolean }
export interface Normalized { text: string; warnings: Warning[]; map: MapRun[] }
export interface ParseOptions { includeNormalizedText?: boolean; includeQuantities?: boolean; year?: number; region?: string }
"#;

/// One sentence of review and one of plan that pass through every stage: traditional characters, a figure
/// and its change, a ranking, a commitment with a count.
const WARM_UP: &str = "全年地區生產總值增長5.2%，居全省第2位。确保新签约项目70个。";

/// Runs when the module is instantiated. V8 compiles each wasm function on its first call and, once it
/// runs hot, again with its optimising compiler on background threads; a first parse of a real report made
/// those first compilations while the background ones already ran, each waiting on them. After one short
/// parse the report's first parse is 3–5× faster, and the two together faster than it alone (Chromium,
/// seed 004, instantiate + first parse: 25 + 111 ms against 58 + 23; BENCHMARKS.md). So the module reads one
/// short text before anything is asked of it: about 30 ms more of `init`, for the first result sooner.
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
    let options = crate::Options { include_quantities: true, ..crate::Options::default() };
    // The result is dropped; packing it and building it in JavaScript is part of every call.
    let _ = to_js(&crate::parse(WARM_UP, &options));
}

/// Hands a result to JavaScript the one way: packed (see `pack`), then built by `unpack.js`.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let failed = |e: String| JsError::new(&format!("zhibiao: cannot return the result: {e}"));
    let p = crate::pack::pack(value).map_err(|e| failed(e.to_string()))?;
    // A throw in unpack.js comes back here as an error, not through the wasm frames.
    unpack(&p.ops, &p.numbers, &p.strings, &p.names)
        .map_err(|e| failed(e.dyn_ref::<js_sys::Error>().map_or_else(|| format!("{e:?}"), |e| e.message().into())))
}

// unpack.js sits beside the glue (./build.sh copies it there) and builds the result from its packed form.
#[wasm_bindgen(raw_module = "./unpack.js")]
extern "C" {
    #[wasm_bindgen(catch)]
    fn unpack(ops: &[u32], numbers: &[f64], strings: &[u16], names: &str) -> Result<JsValue, JsValue>;
}

/// The one place arguments are checked: the text must be a string.
fn text_of(value: &JsValue) -> Result<String, JsError> {
    value.as_string().ok_or_else(|| JsError::new("zhibiao: the text must be a string"))
}

/// Reads `text` into a Report.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn parse(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "ParseOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let text = text_of(&text)?;
    let options = match options {
        Some(o) if !o.is_undefined() && !o.is_null() => options_of(o)?,
        _ => crate::Options::default(),
    };
    to_js(&crate::parse(&text, &options))
}

/// Options from a plain object; an unknown key is an error, not ignored.
fn options_of(o: JsValue) -> Result<crate::Options, JsError> {
    const KNOWN: [&str; 4] = ["includeNormalizedText", "includeQuantities", "year", "region"];
    let Some(obj) = o.dyn_ref::<js_sys::Object>().filter(|_| o.is_object() && !js_sys::Array::is_array(&o)) else {
        return Err(JsError::new("zhibiao: options must be an object"));
    };
    for key in js_sys::Object::keys(obj).iter().filter_map(|k| k.as_string()) {
        if !KNOWN.contains(&key.as_str()) {
            return Err(JsError::new(&format!("zhibiao: unknown option `{key}` (known: {})", KNOWN.join(", "))));
        }
    }
    serde_wasm_bindgen::from_value(o).map_err(|e| JsError::new(&format!("zhibiao: bad options: {e}")))
}

/// Cleans `text`: the text, what was changed, and the map back to the input.
#[wasm_bindgen(unchecked_return_type = "Normalized")]
pub fn normalize(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    let n = crate::normalize(&text_of(&text)?);
    #[derive(Serialize)]
    struct Out<'a> {
        text: &'a str,
        warnings: &'a [crate::Warning],
        map: Vec<crate::MapRun>,
    }
    to_js(&Out { text: n.text(), warnings: &n.warnings, map: n.runs() })
}

/// Every number `text` states.
#[wasm_bindgen(unchecked_return_type = "Quantity[]")]
pub fn quantities(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    to_js(&crate::quantities(&text_of(&text)?))
}

/// The version of zhibiao.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
