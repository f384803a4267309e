//! Quantity recognition, tested from the outside: `zhibiao::quantities` on the hand-checked cases of
//! `tests/data/quantities.tsv` (real report wording, the seeds, and the failure reports of other Chinese
//! number parsers), then property tests: no panic, spans inside the input, and termination on
//! pathological input.

use proptest::prelude::*;
use zhibiao::{quantities, Quantity};

const CASES: &str = include_str!("data/quantities.tsv");

/// One expected quantity: a row of the table.
#[derive(Debug)]
struct Expected {
    text: String,
    number: f64,
    unit: String,
    base: Option<(f64, String)>,
    qualifier: String,
    min: Option<f64>,
    max: Option<f64>,
}

/// An input with every quantity it must yield, in order.
#[derive(Debug)]
struct Case {
    line: usize,
    input: String,
    expected: Vec<Expected>,
}

fn number(s: &str, line: usize) -> f64 {
    s.parse().unwrap_or_else(|_| panic!("line {line}: {s:?} is not a number"))
}

fn optional(s: &str, line: usize) -> Option<f64> {
    (s != "-").then(|| number(s, line))
}

fn unit(s: &str) -> String {
    if s == "_" {
        String::new()
    } else {
        s.to_string()
    }
}

/// Reads the table (see its header for the columns).
fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for (i, row) in CASES.lines().enumerate() {
        let line = i + 1;
        if row.starts_with('#') || row.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = row.split('\t').collect();
        if cols[0] != "\"" {
            cases.push(Case { line, input: cols[0].replace("\\n", "\n"), expected: Vec::new() });
        }
        let case = cases.last_mut().unwrap_or_else(|| panic!("line {line}: `\"` with no input before it"));
        if cols.get(1) == Some(&"-") {
            assert_eq!(cols.len(), 2, "line {line}: a case without quantities has two columns");
            continue;
        }
        assert!(cols.len() == 7 || cols.len() == 9, "line {line}: 7 or 9 columns, found {}", cols.len());
        let base = (cols[4] != "-").then(|| (number(cols[4], line), unit(cols[5])));
        let (min, max) =
            if cols.len() == 9 { (optional(cols[7], line), optional(cols[8], line)) } else { (None, None) };
        case.expected.push(Expected {
            text: cols[1].to_string(),
            number: number(cols[2], line),
            unit: unit(cols[3]),
            base,
            qualifier: cols[6].to_string(),
            min,
            max,
        });
    }
    cases
}

/// Equal, or within a relative 1e-9 (亩 and fractions are not exact in binary).
fn close(a: f64, b: f64) -> bool {
    a == b || (a - b).abs() <= 1e-9 * a.abs().max(b.abs())
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => close(a, b),
        (None, None) => true,
        _ => false,
    }
}

/// What the span of `q` slices out of `input`, as JavaScript's `slice` would.
fn evidence(input: &str, q: &Quantity) -> String {
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let (s, e) = (q.span.start as usize, q.span.end as usize);
    if s > e || e > utf16.len() {
        return format!("<span {s}..{e} outside 0..{}>", utf16.len());
    }
    String::from_utf16(&utf16[s..e]).unwrap_or_else(|_| format!("<span {s}..{e} splits a surrogate pair>"))
}

fn qualifier(q: &Quantity) -> String {
    serde_json::to_value(q.qualifier).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
}

/// The differences between what `input` yields and what the case expects.
fn check(case: &Case) -> Vec<String> {
    let found = quantities(&case.input);
    let mut errors = Vec::new();
    for (k, want) in case.expected.iter().enumerate() {
        let Some(got) = found.get(k) else {
            errors.push(format!("missing {:?} (quantity {})", want.text, k + 1));
            continue;
        };
        let text = evidence(&case.input, got);
        let base = got.base.as_ref().map(|b| (b.number, b.unit.clone()));
        let base_ok = match (&base, &want.base) {
            (Some((n, u)), Some((wn, wu))) => close(*n, *wn) && u == wu,
            (None, None) => true,
            _ => false,
        };
        let ok = text == want.text
            && close(got.number, want.number)
            && got.unit == want.unit
            && base_ok
            && qualifier(got) == want.qualifier
            && close_opt(got.min, want.min)
            && close_opt(got.max, want.max);
        if !ok {
            errors.push(format!(
                "quantity {}: want {:?} {} {:?} base {:?} {} min {:?} max {:?}\n      got  {:?} {} {:?} base {:?} {} min {:?} max {:?}",
                k + 1,
                want.text,
                want.number,
                want.unit,
                want.base,
                want.qualifier,
                want.min,
                want.max,
                text,
                got.number,
                got.unit,
                base,
                qualifier(got),
                got.min,
                got.max
            ));
        }
    }
    for got in found.iter().skip(case.expected.len()) {
        errors.push(format!("unexpected {:?} ({} {:?})", evidence(&case.input, got), got.number, got.unit));
    }
    errors
}

#[test]
fn table_of_cases() {
    let cases = cases();
    let rows: usize = cases.iter().map(|c| c.expected.len().max(1)).sum();
    assert!(cases.len() >= 300, "the table holds {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let errors = check(case);
        if !errors.is_empty() {
            failures.push(format!("line {} {:?}:\n    {}", case.line, case.input, errors.join("\n    ")));
        }
    }
    println!("{} cases, {} rows, {} failing", cases.len(), rows, failures.len());
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Exact offsets, not only the sliced text: a prefix outside the BMP counts two UTF-16 units.
#[test]
fn spans_count_utf16_units() {
    let q = quantities("𠀀增长5%");
    assert_eq!((q[0].span.start, q[0].span.end), (4, 6));
    let q = quantities("增長６％");
    assert_eq!((q[0].span.start, q[0].span.end), (2, 4));
    assert_eq!(q[0].text, "6%");
    let q = quantities("𠀀𠀀约1.6亿元，𠀀3%");
    assert_eq!((q[0].span.start, q[0].span.end), (4, 10));
    assert_eq!((q[1].span.start, q[1].span.end), (13, 15));
}

/// Spans inside the input, on character boundaries, in order.
fn assert_spans_sound(input: &str) {
    let utf16: Vec<u16> = input.encode_utf16().collect();
    let mut last_end = 0;
    for q in quantities(input) {
        let (s, e) = (q.span.start as usize, q.span.end as usize);
        assert!(s <= e && e <= utf16.len(), "span {s}..{e} outside 0..{} in {input:?}", utf16.len());
        assert!(String::from_utf16(&utf16[s..e]).is_ok(), "span {s}..{e} splits a surrogate pair in {input:?}");
        assert!(s >= last_end, "spans overlap or go backwards in {input:?}");
        last_end = e;
        assert!(q.number.is_finite(), "number {} in {input:?}", q.number);
    }
}

/// Pieces that numbers, units and the things around them are made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{1,30}",
        "[0-9]{1,4}[.,][0-9]{0,4}",
        "[〇零一二两三四五六七八九十百千万亿兆点壹贰叁肆伍陆柒捌玖拾佰仟萬億分之]{1,8}",
        "[元亿万个人次%％‰成倍吨亩年月日号第届余多左右以上下内约近超逾达至到与之间]{1,4}",
        "[-—－~～+/:.、，。；（）()“”「」\\[\\]【】 \n]{1,4}",
        "[０-９ａ-ｚA-Za-z]{1,3}",
        "[𠀀😀\u{FFFD}\u{200B}\u{3000}]{1,2}",
        "\\PC{0,6}",
    ]
}

proptest! {
    // PROPTEST_CASES sets the number of cases (tools/fuzz.sh runs thousands); 400 in every `cargo test`.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn no_panic_on_any_text(s in "\\PC{0,80}") {
        assert_spans_sound(&s);
    }

    #[test]
    fn no_panic_on_number_like_text(pieces in prop::collection::vec(piece(), 0..24)) {
        assert_spans_sound(&pieces.concat());
    }

    #[test]
    fn no_panic_on_nested_brackets(depth in 0usize..200, inner in "[0-9一二三万亿%元个]{0,6}") {
        let s = format!("{}{}{}", "（(“【".repeat(depth), inner, "】”)）".repeat(depth));
        assert_spans_sound(&s);
    }
}

#[test]
fn a_qualifier_never_reaches_into_the_quantity_before() {
    // Found by the property test below: 多达 shared its 多 with 亿多, and the spans overlapped.
    assert_spans_sound("亿多达3123,7内次");
    let q = quantities("亿多达3123个");
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].text, "3123个");
    // A qualifier of its own still counts: 多达3123个 after a comma.
    let q = quantities("亿多，多达3123个");
    assert_eq!(q[1].text, "多达3123个");
}

/// Pathological input terminates (a quadratic scan would take hours on these); this asserts that it
/// returns, not how fast.
#[test]
fn pathological_input_terminates() {
    let million_ones = "1".repeat(1_000_000);
    assert!(quantities(&million_ones).is_empty());
    assert_spans_sound(&"一".repeat(200_000));
    assert_spans_sound(&"万".repeat(200_000));
    assert_spans_sound(&"1.".repeat(200_000));
    assert_spans_sound(&"1,".repeat(200_000));
    assert_spans_sound(&"三四".repeat(100_000));
    assert_spans_sound(&"“".repeat(100_000));
    assert_spans_sound(&"。，；".repeat(100_000));
    let many = "新增1个，".repeat(50_000);
    assert_eq!(quantities(&many).len(), 50_000);
    let ranges = "5%-".repeat(100_000);
    assert_spans_sound(&ranges);
}
