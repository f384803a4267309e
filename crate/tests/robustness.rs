//! Robustness of `quantities` and `parse` on any input: no panic, every span
//! inside the input (UTF-16 code units, start ≤ end), every index into the
//! report in range. The same checks as the fuzz targets
//! (`fuzz/fuzz_targets/report_check.rs`), as property tests that run on the
//! stable toolchain in every `cargo test`; no timing is asserted anywhere.
//!
//! `PROPTEST_CASES=N` sets the number of cases (default 64). The `#[ignore]`d
//! tests read the large pathological inputs of issue 10 (a long line with no
//! punctuation, a run of `1`, nested brackets, only punctuation, random
//! bytes); `tools/fuzz.sh` runs them in release mode:
//! `cargo test --release --test robustness -- --ignored`.

use proptest::prelude::*;
use zhibiao::{parse, quantities, Options};

#[rustfmt::skip]
const PIECES: &[&str] = &[
    "增长", "下降", "亿元", "万元", "元", "万人", "公里", "平方米", "吨", "个百分点", "%", "％", "‰", "倍", "左右", "以上",
    "以内", "约", "近", "超过", "力争", "预计", "确保", "全年", "上半年", "1-6月", "2023年", "二〇二三年", "同比",
    "比上年", "实现", "完成", "地区生产总值", "GDP", "一般公共预算收入", "城镇新增就业", "居民消费价格", "第", "名",
    "一", "二", "三", "十", "百", "千", "万", "亿", "零", "两", "半", "0", "1", "5", "12", "3.5", "301.5", "1,234",
    "２", "．", "－", "~", "至", "到", "、", "，", "。", "；", "：", "(", ")", "（", "）", "“", "”", "《", "》",
    "一、", "(一)", "1.", "①", "[21]", "\n", "\n\n", " ", "\u{3000}", "\u{FFFD}", "𠀀", "發展", "著力", "現(xiàn)",
    "本报记者", "网友评论", "政府工作报告", "各位代表", "今年", "主要预期目标", "我们将", "加快", "推进", "建设",
    "&nbsp;", "<p>", "</p>", "\\n", "\r\n", "\u{200B}", "\u{D7FF}", "\u{E000}",
];

fn len16(s: &str) -> u64 {
    s.encode_utf16().count() as u64
}

/// Every `{start, end}` object in `v` (a serialised result) lies in `0..=len`.
fn spans_in_bounds(v: &serde_json::Value, len: u64, at: &str) {
    match v {
        serde_json::Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start").and_then(|x| x.as_u64()), m.get("end").and_then(|x| x.as_u64()))
            {
                assert!(s <= e && e <= len, "span {s}..{e} out of 0..{len} at {at}");
            }
            for (k, x) in m {
                spans_in_bounds(x, len, &format!("{at}.{k}"));
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                spans_in_bounds(x, len, &format!("{at}[{i}]"));
            }
        }
        _ => {}
    }
}

fn check_quantities(input: &str) {
    let len = len16(input);
    for q in quantities(input) {
        let (s, e) = (q.span.start as u64, q.span.end as u64);
        assert!(s < e && e <= len, "quantity {:?} span {s}..{e} out of 0..{len}", q.text);
        assert!(!q.text.is_empty());
    }
}

fn check_parse(input: &str) {
    let len = len16(input);
    let r = parse(input, &Options { include_normalized_text: true, ..Default::default() });
    for c in &r.commitments {
        for &i in &c.indicators {
            assert!(i < r.indicators.len(), "commitment links indicator {i} of {}", r.indicators.len());
        }
    }
    let v = serde_json::to_value(&r).expect("the report serialises");
    spans_in_bounds(&v, len, "report");
}

fn check(input: &str) {
    check_quantities(input);
    check_parse(input);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(64)
}

/// Report-like text: pieces of what reports are made of, in any order.
fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(0..PIECES.len(), 0..200).prop_map(|ix| ix.into_iter().map(|i| PIECES[i]).collect())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn any_text(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn any_bytes_as_lossy_utf8(b in prop::collection::vec(any::<u8>(), 0..600)) {
        check(&String::from_utf8_lossy(&b));
    }

    #[test]
    fn report_like_text(s in pieces()) {
        check(&s);
    }

    #[test]
    fn a_seed_cut_anywhere(seed in 0usize..5, a in 0usize..60_000, len in 0usize..3_000) {
        let text = seeds()[seed % seeds().len()].clone();
        let chars: Vec<char> = text.chars().collect();
        let a = a % (chars.len() + 1);
        let piece: String = chars[a..(a + len).min(chars.len())].iter().collect();
        check(&piece);
    }
}

fn seeds() -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("seeds/")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).expect("seed")).collect()
}

#[test]
fn edge_cases() {
    for s in ["", " ", "\n", "1", "%", "亿", "一", "（", "）", "\u{FFFD}", "𠀀", "增长5%", "5%增长", "1.", "一、", "①"]
    {
        check(s);
    }
}

// ---- the pathological inputs of issue 10, at full size (release mode: tools/fuzz.sh) -------------------

fn long_line(size: usize) -> String {
    let text: String = seeds().iter().flat_map(|t| t.chars()).filter(|c| c.is_alphanumeric()).collect();
    let mut s = text.repeat(size / text.len() + 1);
    let mut end = size;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

fn nested(n: usize) -> String {
    let opens = ['(', '（', '[', '【'];
    let closes = [')', '）', ']', '】'];
    let mut s: String = (0..n).map(|i| opens[i % 4]).collect();
    s.push_str("增长5%");
    s.extend((0..n).rev().map(|i| closes[i % 4]));
    s
}

fn junk(size: usize) -> String {
    let mut x: u64 = 0x5EED;
    let bytes: Vec<u8> = (0..size)
        .map(|_| {
            x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (x >> 56) as u8
        })
        .collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_one_long_line() {
    check(&long_line(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_a_million_ones() {
    check(&"1".repeat(1_000_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_nested_brackets() {
    check(&nested(100_000));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_only_punctuation() {
    let p = "，。、；：？！“”‘’（）《》【】…—·,.;:?!()[]{}<>\"'-%/";
    check(&p.repeat(1_000_000 / p.len()));
}

#[test]
#[ignore = "large inputs: run in release by tools/fuzz.sh"]
fn pathological_random_bytes() {
    check(&junk(1_000_000));
}
