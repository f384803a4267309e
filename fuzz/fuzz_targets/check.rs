//! What every fuzz target checks on the result of `zhibiao::normalize`; the
//! property tests of `crate/tests/normalize_props.rs` include this file too.
#![allow(dead_code)] // each includer uses a part

use zhibiao::{normalize, Normalized};

/// Pieces of what reports and scraped pages are made of (readings, markers, wraps, entities, JSON,
/// furniture), from which the fuzz target and the property tests build report-like text.
pub const PIECES: &[&str] = &[
    "增长",
    "亿元",
    "万人",
    "全年",
    "实现",
    "地区生产总值",
    "着力",
    "推进",
    "项目",
    "一、",
    "(一)",
    "二是",
    "现",
    "在",
    "發展",
    "著力",
    "乾燥",
    "乾隆",
    "於",
    "團夥",
    "頭髮",
    "後來",
    "裡",
    "裏",
    "顯著",
    "隨著",
    "執著",
    "𠀀",
    "𠀁",
    "0",
    "1",
    "5",
    "9",
    "12",
    "3.5",
    "%",
    "２",
    "４",
    "．",
    "％",
    "－",
    "，",
    "。",
    "、",
    "；",
    "：",
    ",",
    ".",
    ";",
    ":",
    "(",
    ")",
    "（",
    "）",
    "[",
    "]",
    "“",
    "”",
    "《",
    "》",
    "xiàn",
    "(xiàn)",
    "(zhǎng)",
    "（lǜ）",
    "(SOP)",
    "(扩大)",
    "ǎ",
    "ü",
    "?",
    "??",
    "\u{FFFD}",
    "①",
    "②",
    "[21]",
    "(9)",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\u{3000}",
    "\u{a0}",
    "\t",
    "\r\n",
    "<p>",
    "</p>",
    "<br>",
    "<div class=\"a\">",
    "</div>",
    "&nbsp;",
    "&ldquo;",
    "&rdquo;",
    "&amp;",
    "&#x4e2d;",
    "&#20013;",
    "\\n",
    "\\\"",
    "<\\/p>",
    "<script>x</script>",
    "本报记者 张三",
    "网友评论",
    "(张三 李四)",
    "首页 > 新闻",
    "相关链接",
    "分享到",
    "【打印】",
    "{\"content\":\"",
    "\"}",
    "A",
    "b",
    "GDP",
    "ＧＤＰ",
    "⑴",
    "\u{200B}",
    "\u{feff}",
    "?xì)",
    "獍踩",
    "m",
    "F",
    "<li>",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "&lt;",
    "&gt;",
    "\\u4e2d",
    "[\"",
    "\"]",
    "本报记者",
    "首页",
    " > ",
    " | ",
];

/// UTF-16 length of `s`.
pub fn len16(s: &str) -> u32 {
    s.encode_utf16().count() as u32
}

/// Every invariant of the result that does not depend on what the input means.
pub fn check_invariants(input: &str, n: &Normalized) {
    let orig_len = len16(input);
    let text = n.text();
    // The runs cover the cleaned text, in order, and point into the input in order.
    let runs = n.runs();
    let mut norm = 0;
    let mut orig = 0;
    for r in &runs {
        assert_eq!(r.norm_start, norm, "runs must be contiguous: {runs:?}");
        assert!(r.norm_end > r.norm_start);
        assert!(r.orig_start <= r.orig_end && r.orig_end <= orig_len, "run out of bounds: {r:?} (input {orig_len})");
        assert!(r.orig_start >= orig, "runs must be monotonic: {runs:?}");
        if r.exact {
            assert_eq!(r.orig_end - r.orig_start, r.norm_end - r.norm_start);
        }
        norm = r.norm_end;
        orig = r.orig_end;
    }
    assert_eq!(norm, len16(text), "runs must cover the text");
    // Spans of every position are in bounds and monotonic.
    let mut last = 0;
    let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
    for (k, &i) in bounds.iter().enumerate() {
        let empty = n.original_span(i..i);
        assert!(empty.start <= empty.end && empty.end <= orig_len);
        assert!(empty.start >= last, "original_span must be monotonic at byte {i}");
        last = empty.start;
        if let Some(&j) = bounds.get(k + 1) {
            let s = n.original_span(i..j);
            assert!(s.start <= s.end && s.end <= orig_len, "{s:?} out of 0..={orig_len}");
            assert!(s.start >= empty.start);
        }
    }
    // Skipped ranges are sorted, disjoint and on character boundaries.
    let mut end = 0;
    for r in &n.skipped {
        assert!(r.start >= end && r.start <= r.end && r.end <= text.len(), "{:?}", n.skipped);
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        end = r.end;
    }
    for w in &n.warnings {
        if let Some(s) = w.span {
            assert!(s.start <= s.end && s.end <= orig_len, "{w:?}");
        }
    }
}

/// Normalizes `input` and panics if any invariant fails or a second run changes the text.
pub fn check(input: &str) {
    let n = normalize(input);
    check_invariants(input, &n);
    assert_eq!(normalize(n.text()).text(), n.text(), "normalize must be idempotent");
}
