//! Normalization: repairs the text users paste (HTML, escapes, pinyin
//! readings, traditional characters, full-width digits, broken line wraps,
//! footnote markers, bylines, repeated paragraphs) while keeping, for every
//! character, the range of the original input it came from.
//!
//! Each pass is a module with one `run` function from [`MappedText`] to
//! [`MappedText`]; it reports what it changed as [`Warning`]s in [`Notes`]. The passes run in
//! the order of [`PASSES`]; then `furniture` marks what extraction skips.
//!
//! `normalize(normalize(x).text()) == normalize(x)` holds for every input the
//! property tests and fuzz targets have produced; inputs escaped more deeply
//! than the markup pass decodes in one run (six rounds of `&amp;amp;…`) keep
//! their last layer and lose it on the next run.

mod edit;
mod escapes;
mod footnotes;
mod furniture;
mod json;
mod lost;
mod markup;
mod menus;
mod pinyin;
mod quotes;
mod t2s;
mod whitespace;
mod width;
mod wraps;

use crate::report::{Script, Warning, WarningCode};
use crate::span::{MappedText, Span};
pub(crate) use footnotes::marker_at;
use std::ops::Range;

/// What the passes find besides the text they hand on.
#[derive(Debug, Default)]
pub struct Notes {
    /// What they changed or found, with original spans.
    pub warnings: Vec<Warning>,
    /// The script of the text, measured by the `t2s` pass before it converts.
    pub script: Script,
}

/// One pass of the pipeline.
type Pass = fn(MappedText, &mut Notes) -> MappedText;

/// The passes, in order. A JSON wrapper goes first, then markup, so that later
/// passes see text; pinyin before the passes that read `?` and parentheses;
/// width before the passes that look for digits. Traditional → simplified
/// comes after footnote markers and broken wraps are gone, so that its
/// phrases see the words as they end up (`著①實` must not become `着实` on a
/// second run); whitespace, which joins nothing, after it; then quotes (`"` → “”), which pair a line's
/// quotes by what stands next to them once the other passes have joined lines and dropped markers.
const PASSES: [(&str, Pass); 11] = [
    ("json", json::run),
    ("markup", markup::run),
    // JSON that markup uncovered (`{"c":"…"}<p>`), so that a second run finds none.
    ("json", json::run),
    ("pinyin", pinyin::run),
    ("width", width::run),
    ("footnotes", footnotes::run),
    ("wraps", wraps::run),
    ("t2s", t2s::run),
    ("whitespace", whitespace::run),
    ("quotes", quotes::run),
    ("lost", lost::run),
];

/// The cleaned text, the map back to the input, and what was found on the way.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: MappedText,
    /// What the passes changed or found, with original spans.
    pub warnings: Vec<Warning>,
    /// Byte ranges of [`Normalized::text`] that are page furniture or repeated
    /// copies: kept in the text, skipped by extraction.
    pub skipped: Vec<Range<usize>>,
    /// The script of the text, measured before conversion (after markup and
    /// the like are gone, by the same look-ups that convert it).
    pub script: Script,
}

impl Normalized {
    /// The cleaned text.
    pub fn text(&self) -> &str {
        self.text.as_str()
    }

    /// The span of the original input that the byte range `range` of the
    /// cleaned text came from. Any range gives a span within the input: one
    /// past the text or inside a character is cut to the text and moved back
    /// to character boundaries first.
    pub fn original_span(&self, range: Range<usize>) -> Span {
        self.text.span(range)
    }

    /// Whether the byte `pos` of the cleaned text lies in a skipped range.
    pub fn is_skipped(&self, pos: usize) -> bool {
        let i = self.skipped.partition_point(|r| r.end <= pos);
        self.skipped.get(i).is_some_and(|r| r.start <= pos)
    }

    /// The map as runs over UTF-16 positions of the cleaned text: each run
    /// `[normStart, normEnd)` came from `[origStart, origEnd)` of the input.
    pub fn runs(&self) -> Vec<MapRun> {
        let mut runs: Vec<MapRun> = Vec::new();
        let mut pos = 0u32;
        for (_, c, orig) in self.text.chars() {
            let n = c.len_utf16() as u32;
            let exact = orig.end - orig.start == n;
            match runs.last_mut() {
                Some(last) if exact && last.exact && last.orig_end == orig.start && last.norm_end == pos => {
                    last.norm_end += n;
                    last.orig_end = orig.end;
                }
                Some(last) if !exact && !last.exact && last.orig_start == orig.start && last.orig_end == orig.end => {
                    last.norm_end += n;
                }
                _ => runs.push(MapRun {
                    norm_start: pos,
                    norm_end: pos + n,
                    orig_start: orig.start,
                    orig_end: orig.end,
                    exact,
                }),
            }
            pos += n;
        }
        runs
    }
}

/// A run of the offset map; see [`Normalized::runs`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct MapRun {
    /// Start in UTF-16 units of the cleaned text.
    pub norm_start: u32,
    /// End in UTF-16 units of the cleaned text.
    pub norm_end: u32,
    /// Start in UTF-16 units of the original input.
    pub orig_start: u32,
    /// End in UTF-16 units of the original input.
    pub orig_end: u32,
    /// True when each character maps to one original character; false when
    /// the whole run stands for the original range (an entity, a joined wrap).
    pub exact: bool,
}

/// Runs every pass over `input`.
///
/// ```
/// let n = zhibiao::normalize("現(xiàn)在，全年增長６％");
/// assert_eq!(n.text(), "现在，全年增长6%");
/// // Spans point into the input as the user gave it.
/// let at = n.text().find("6%").unwrap();
/// assert_eq!(n.original_span(at..at + 2), zhibiao::Span::new(13, 15));
/// ```
pub fn normalize(input: &str) -> Normalized {
    let mut notes = Notes::default();
    let mut text = MappedText::new(input);
    for (_, pass) in PASSES {
        text = pass(text, &mut notes);
    }
    let Notes { mut warnings, script } = notes;
    let skipped = furniture::find(&text, &mut warnings);
    if text.as_str().trim().is_empty() {
        warnings.push(Warning {
            code: WarningCode::EmptyInput,
            message: "输入为空 (the input has no text)".into(),
            span: None,
        });
    } else if !text.as_str().chars().any(is_han) {
        warnings.push(Warning {
            code: WarningCode::NoChineseText,
            message: "没有中文文字 (the input has no Chinese text)".into(),
            span: None,
        });
    }
    warnings.sort_by_key(|w| w.span.map(|s| (s.start, s.end)));
    Normalized { text, warnings, skipped, script }
}

/// Whether `c` is a Han character (CJK unified ideographs and extensions).
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF | 0x3007)
}

/// The original text that the first occurrence of `needle` in the cleaned
/// text came from, cut out of `input` by UTF-16 units as JavaScript would.
#[cfg(test)]
pub(crate) fn evidence(input: &str, n: &Normalized, needle: &str) -> String {
    let at = n.text().find(needle).unwrap_or_else(|| panic!("{needle:?} not in {:?}", n.text()));
    let span = n.original_span(at..at + needle.len());
    let units: Vec<u16> = input.encode_utf16().collect();
    String::from_utf16(&units[span.start as usize..span.end as usize]).expect("spans fall on characters")
}

/// A warning that sums up `count` changes of one kind, pointing at the first.
fn summary(code: WarningCode, count: usize, what: &str, first: Option<Span>) -> Option<Warning> {
    (count > 0).then(|| Warning { code, message: format!("{what}: {count}"), span: first })
}
