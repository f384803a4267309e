//! Numbers that are not quantities: years and dates (they are periods),
//! ordinals (第十七届), plan and meeting names (十四五, 二十大, 八届五次),
//! codes (G346, S6线, 312国道, 12345热线, 5G, PM2.5, `1+X`), names in quotes
//! (“四上”企业, “876”工程), list numbers and versions (新政3.0).

use super::numeral::chinese_digit;
use super::Amount;

/// Words after a number that make it part of a name or a code.
const NAME_AFTER: &[&str] = &[
    "热线",
    "国道",
    "省道",
    "县道",
    "号线",
    "线",
    "高速",
    "工程",
    "版",
    "百分位",
    "分位",
    "号",
    "路",
    "届",
    "周年",
    "季度",
    "月",
    "日",
    "时代",
    "强",
];

/// Whether the quantity from `first` to `last` (one amount, or a range's two
/// ends) starting at byte `i` of `text` is to be left out.
pub fn excluded(text: &str, i: usize, first: &Amount, last: &Amount) -> bool {
    let before = text[..i].chars().next_back();
    let tail = &text[last.end..];
    let after_number = &text[last.number_end..];
    let raw = &text[i..first.number_end];
    // Ordinals: 第十七届, 第1.
    if before == Some('第') {
        return true;
    }
    // Codes: letters or + around the number (G346, PM2.5, 5G, 1+X), and : or . after digits (8:30, 2024.1.10).
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '+' || c == '_' || c == '#');
    let unitless = last.unit.is_none() && last.scale.is_none();
    // GDP301.5亿元 names the figure; G346 and PM2.5 are codes.
    if (letter(before) && unitless) || (last.unit.is_none() && letter(after_number.chars().next())) {
        return true;
    }
    if tail.starts_with([':', '+']) || (tail.starts_with('.') && tail[1..].starts_with(|c: char| c.is_ascii_digit())) {
        return true;
    }
    // Years: 2023年, 2021-2025年, 2023年度, and a bare 2024 before a date.
    let year_like =
        |a: &Amount| !a.chinese && a.value.exp == 0 && (1900..=2100).contains(&a.value.mant) && a.scale.is_none();
    if year_like(last) && (last.unit.is_some_and(|u| u.written == "年") || tail.starts_with(['年', '-', '/'])) {
        return true;
    }
    if year_like(first) && last.unit.is_none() && raw.len() == 4 {
        return true;
    }
    // Dates and periods: 3月29日, 1-6月, 三季度, 75周年; meetings: 十四届四次全会.
    if last.unit.is_none() && last.scale.is_none() && NAME_AFTER.iter().any(|w| after_number.starts_with(w)) {
        return true;
    }
    if last.unit.is_some_and(|u| u.written == "次")
        && (tail.starts_with("全会") || tail.starts_with("会议") || tail.starts_with("全体"))
    {
        return true;
    }
    if last.unit.is_some_and(|u| u.written == "年") && tail.starts_with('来') && first.chinese {
        return true;
    }
    // 十四五 / 十三五: a Chinese digit right after a Chinese number.
    if first.chinese && text[first.number_end..].chars().next().is_some_and(|c| chinese_digit(c).is_some()) {
        return true;
    }
    // Chinese numerals state a quantity only with a unit or scale; 一 alone with a
    // measure word (一个, 一批, 一年) is a figure of speech.
    if first.chinese && last.unit.is_none() && last.scale.is_none() {
        return true;
    }
    // 二次供水: secondary, not twice.
    if first.chinese && raw == "二" && last.unit.is_some_and(|u| u.written == "次") {
        return true;
    }
    if first.chinese
        && matches!(raw, "一" | "壹")
        && first.scale.is_none()
        && first.unit.is_some_and(|u| matches!(u.kind, "count" | "duration" | "people"))
    {
        return true;
    }
    // Versions: 新政3.0, 工业4.0.
    if last.unit.is_none() && last.scale.is_none() && raw.ends_with(".0") {
        return true;
    }
    // Long digit strings without a unit are numbers of things (phones, codes).
    if last.unit.is_none() && last.scale.is_none() && first.value.exp == 0 && raw.len() >= 5 && !raw.contains(',') {
        return true;
    }
    // List numbers at the start of a line: 1. 2、 (3)
    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
    let lead = text[line_start..i].trim();
    if last.unit.is_none()
        && last.scale.is_none()
        && (lead.is_empty() || lead == "(" || lead == "（")
        && tail.starts_with(['.', '、', '．', ')', '）'])
    {
        return true;
    }
    in_quoted_name(text, i, last.end)
}

/// Whether bytes `i..end` sit inside a short quotation, which names a thing:
/// “四上”企业, “1+4+N”, “169工程”.
fn in_quoted_name(text: &str, i: usize, end: usize) -> bool {
    const MAX_CHARS: usize = 15;
    let line_start = text[..i].rfind('\n').map_or(0, |p| p + 1);
    let mut start = i.saturating_sub(MAX_CHARS * 3).max(line_start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let head = &text[start..i];
    let Some(open) = head.rfind(['“', '「']) else {
        return false;
    };
    let inside = &head[open..];
    if inside.contains(['”', '」', '，', '。', '；']) {
        return false;
    }
    let close = text[end..].chars().take(MAX_CHARS).find(|c| matches!(c, '”' | '」' | '\n' | '。' | '，' | '；'));
    matches!(close, Some('”' | '」'))
}
