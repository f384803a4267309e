//! What the `quantities` and `parse` fuzz targets check (the same as
//! `crate/tests/robustness.rs`): no panic, every span inside the input (in
//! UTF-16 code units, start ≤ end), every index into the report in range.
#![allow(dead_code)] // each target uses a part

use zhibiao::{parse, quantities, Options};

/// Turns fuzzer bytes into text: an even first byte reads the rest as UTF-8
/// (lossy, as a browser decodes), an odd one maps each byte to a piece of
/// report text so that the fuzzer reaches numbers, units and cues quickly.
pub fn text_of(data: &[u8]) -> String {
    match data.split_first() {
        Some((b, rest)) if b % 2 == 1 => rest.iter().map(|&b| PIECES[b as usize % PIECES.len()]).collect(),
        Some((_, rest)) => String::from_utf8_lossy(rest).into_owned(),
        None => String::new(),
    }
}

/// Pieces of what reports are made of (the property tests of
/// `crate/tests/robustness.rs` build their report-like text from them too).
#[rustfmt::skip]
pub const PIECES: &[&str] = &[
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

pub fn check_quantities(input: &str) {
    let len = len16(input);
    for q in quantities(input) {
        let (s, e) = (q.span.start as u64, q.span.end as u64);
        assert!(s < e && e <= len, "quantity {:?} span {s}..{e} out of 0..{len}", q.text);
        assert!(!q.text.is_empty());
    }
}

pub fn check_parse(input: &str) {
    let len = len16(input);
    let r = parse(input, &Options { include_normalized_text: true, ..Default::default() });
    for c in &r.commitments {
        assert!(!c.text.trim().is_empty() && c.span.start < c.span.end, "an empty commitment at {:?}", c.span);
        for &i in &c.indicators {
            assert!(i < r.indicators.len(), "commitment links indicator {i} of {}", r.indicators.len());
        }
    }
    let v = serde_json::to_value(&r).expect("the report serialises");
    spans_in_bounds(&v, len, "report");
}
