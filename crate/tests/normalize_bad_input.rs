//! Bad input gives a result and warnings, never a panic or a hang. These tests
//! assert that normalization completes and what it says; speed is for a
//! benchmark, not a test.

use zhibiao::{normalize, WarningCode};

fn codes(input: &str) -> Vec<WarningCode> {
    normalize(input).warnings.iter().map(|w| w.code).collect()
}

#[test]
fn empty_and_blank_input() {
    for s in ["", " ", "\n\n\n", "\u{3000}\t\r\n", "&nbsp;&nbsp;"] {
        let n = normalize(s);
        assert_eq!(n.text(), "", "{s:?}");
        assert!(codes(s).contains(&WarningCode::EmptyInput), "{s:?}");
    }
}

#[test]
fn only_markup() {
    let s = "<html><head><title></title><style>p{color:red}</style></head><body><div><p></p><br/></div></body></html>";
    let n = normalize(s);
    assert_eq!(n.text(), "");
    assert!(codes(s).contains(&WarningCode::MarkupRemoved));
    assert!(codes(s).contains(&WarningCode::EmptyInput));
}

#[test]
fn binary_like_bytes_decoded_lossily() {
    let bytes: Vec<u8> = (0..200_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    let s = String::from_utf8_lossy(&bytes);
    let n = normalize(&s);
    let codes: Vec<_> = n.warnings.iter().map(|w| w.code).collect();
    assert!(codes.contains(&WarningCode::LostCharacters));
    assert!(codes.contains(&WarningCode::ControlCharactersRemoved));
    // Lost characters are summed up, not listed one by one without end.
    assert!(n.warnings.len() < 1000, "{} warnings", n.warnings.len());
}

#[test]
fn ten_megabytes_of_report_text() {
    let para = "全年实现地区生产总值301.5亿元，同比增长3%。現(xiàn)在增長６％，目前，汽\n\n车制造&nbsp;<p>产业</p>\n";
    let mut s = String::new();
    let mut i = 0;
    while s.len() < 10 << 20 {
        // Numbered so that paragraphs are not all repeats of one another.
        s.push_str(&format!("{i}、{para}"));
        i += 1;
    }
    let n = normalize(&s);
    assert!(n.text().len() > 5 << 20);
    assert!(n.text().contains("现在增长6%"));
}

#[test]
fn ten_megabytes_of_one_repeated_paragraph() {
    let para = "全年实现地区生产总值301.5亿元，同比增长3%。\n";
    let s = para.repeat((10 << 20) / para.len());
    let n = normalize(&s);
    // The first copy is read; every later one is skipped, as one warning.
    assert_eq!(n.warnings.iter().filter(|w| w.code == WarningCode::DuplicateText).count(), 1);
    assert!(!n.is_skipped(0));
    assert!(n.is_skipped(n.text().len() - 1));
}

#[test]
fn one_megabyte_line() {
    // Each unit makes one pass look far ahead: readings, markers, entities, tags, lost characters.
    for unit in ["增长，", "字(", "[1", "&amp;", "<p", "现(xiàn)", "?"] {
        let s = unit.repeat((1 << 20) / unit.len());
        let n = normalize(&s);
        assert!(!n.text().is_empty() || unit == "?", "{unit}");
    }
}

#[test]
fn nested_brackets_and_only_punctuation() {
    let nested = "(".repeat(10_000) + "增长5%" + &")".repeat(10_000);
    assert!(normalize(&nested).text().contains("增长5%"));
    let brackets = "[（【《“".repeat(20_000);
    let n = normalize(&brackets);
    assert!(n.warnings.iter().any(|w| w.code == WarningCode::NoChineseText));
    let punct = "，。、；：？！…—·".repeat(20_000);
    assert!(!normalize(&punct).text().is_empty());
}

#[test]
fn deeply_escaped_markup() {
    let s = "&amp;".repeat(50_000) + "lt;p&gt;增长";
    let n = normalize(&s);
    assert!(n.text().ends_with("增长"));
}
