//! Numbers that are not quantities: years and dates (they are periods),
//! ordinals (第十七届), plan and meeting names (十四五, 二十大, 八届五次),
//! codes (G346, S6线, 312国道, 12345热线, 5G, PM2.5, `1+X`, COVID-19, phone
//! numbers), names in quotes (“四上”企业, “876”工程), list numbers, footnote
//! markers and versions (新政3.0). The word contexts are data
//! (`data/not_quantities.tsv`); the shapes of codes, dates and list numbers are
//! here. Every check looks at a few characters around the number, never at
//! the whole text, so that scanning stays linear.

use super::numeral::chinese_digit;
use super::Amount;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/not_quantities.tsv");

/// A context from the table: `before` ends right before the number, `after` follows the number alone
/// (`{n}`, or `{c}`: a number in Chinese numerals only) or the number with its unit (`{u}`).
struct Pattern {
    before: &'static str,
    after: &'static str,
    after_unit: bool,
    chinese_only: bool,
    not_after: &'static str,
}

/// The table's contexts, indexed so that a number is checked against the few
/// that can fit it: those with text before the number by that text's last
/// character, the others by the first character after the number (alone or
/// with its unit).
struct Patterns {
    all: Vec<Pattern>,
    by_before: HashMap<char, Vec<usize>>,
    by_after: HashMap<(bool, char), Vec<usize>>,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| {
        let mut all = Vec::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [pattern, not_after, ..] = cols[..] else { continue };
            let Some(mark) = ["{n}", "{u}", "{c}"].iter().find_map(|m| pattern.find(m)) else { continue };
            all.push(Pattern {
                before: &pattern[..mark],
                after: &pattern[mark + 3..],
                after_unit: pattern[mark..].starts_with("{u}"),
                chinese_only: pattern[mark..].starts_with("{c}"),
                not_after,
            });
        }
        let (mut by_before, mut by_after) = (HashMap::default(), HashMap::default());
        for (k, p) in all.iter().enumerate() {
            if let Some(c) = p.before.chars().next_back() {
                by_before.entry(c).or_insert_with(Vec::new).push(k);
            } else if let Some(c) = p.after.chars().next() {
                by_after.entry((p.after_unit, c)).or_insert_with(Vec::new).push(k);
            }
            // A row with no text around the number would leave every number out; a test rules it out.
        }
        Patterns { all, by_before, by_after }
    })
}

/// Whether a context of the table stands around the number at `i..number_end` (unit to `end`), written
/// in Chinese numerals or not (`chinese`).
fn in_context(text: &str, i: usize, number_end: usize, end: usize, chinese: bool) -> bool {
    let ps = patterns();
    let head = &text[..i];
    let fits = |k: &usize| {
        let p = &ps.all[*k];
        (chinese || !p.chinese_only)
            && head.ends_with(p.before)
            && text[if p.after_unit { end } else { number_end }..].starts_with(p.after)
            && (p.not_after == "-"
                || !head[..head.len() - p.before.len()].chars().next_back().is_some_and(|c| p.not_after.contains(c)))
    };
    let before = head.chars().next_back().and_then(|c| ps.by_before.get(&c));
    let after = |unit: bool, at: usize| text[at..].chars().next().and_then(|c| ps.by_after.get(&(unit, c)));
    [before, after(false, number_end), after(true, end)].into_iter().flatten().any(|list| list.iter().any(fits))
}

/// Whether the quantity from `first` to `last` (one amount, or a range's two
/// ends) starting at byte `i` of `text` is to be left out.
pub fn excluded(text: &str, i: usize, first: &Amount, last: &Amount) -> bool {
    let mut back = text[..i].chars().rev();
    let before = back.next();
    let before2 = back.next();
    let tail = &text[last.end..];
    let after_number = &text[last.number_end..];
    let raw = &text[i..first.number_end];
    let unitless = last.unit.is_none() && last.scale.is_none();
    if in_context(text, i, last.number_end, last.end, first.chinese) {
        return true;
    }
    // Web and mail addresses: http://bd.mzfzw.net/news/show.asp?id=666, www.gov.cn/2024/12.htm, xb@126.com.
    if before.is_some_and(|c| c.is_ascii_graphic()) && in_web_address(text, i) {
        return true;
    }
    // Codes: letters or + around the number (G346, PM2.5, 5G, 1+X, COVID-19), : or . after digits (8:30,
    // 2024.1.10), / between digits (2024/1/10). GDP301.5亿元 names the figure and stays.
    let letter = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() || c == '+' || c == '_' || c == '#');
    let alnum = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    if (letter(before) && unitless) || (last.unit.is_none() && letter(after_number.chars().next())) {
        return true;
    }
    if unitless && before == Some('-') && alnum(before2) {
        return true;
    }
    // And ratios (9.2∶46.6∶44.2, with the ratio sign or a colon).
    if tail.starts_with([':', '∶', '+']) || (tail.starts_with(['.', '/']) && digit(tail[1..].chars().next())) {
        return true;
    }
    if matches!(before, Some(':' | '∶' | '/')) && digit(before2) {
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
    // Chinese digits written one by one (二〇二三年, 一二三产业) are years and codes.
    if first.chinese && raw.chars().count() >= 3 && raw.chars().all(|c| chinese_digit(c).is_some()) {
        return true;
    }
    // 二0一九年: a digit among Chinese digits stands for 〇 in a year written one by one.
    let chinese_digit_at = |c: Option<char>| c.is_some_and(|c| chinese_digit(c).is_some());
    if !first.chinese && chinese_digit_at(before) && chinese_digit_at(after_number.chars().next()) {
        return true;
    }
    // A leading zero makes a code: 0511-87654321.
    if !first.chinese && raw.len() >= 2 && raw.starts_with('0') && digit(raw[1..].chars().next()) {
        return true;
    }
    // 十四五 / 十三五: a Chinese digit right after a Chinese number.
    if first.chinese && text[first.number_end..].chars().next().is_some_and(|c| chinese_digit(c).is_some()) {
        return true;
    }
    // Chinese numerals state a quantity only with a unit or scale; 一 alone with a
    // measure word (一个, 一批, 一年) is a figure of speech.
    if first.chinese && unitless {
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
    if unitless && raw.ends_with(".0") {
        return true;
    }
    // Long digit strings without a unit are numbers of things (phones, codes).
    let long = |a: &Amount, start: usize| {
        let digits = &text[start..a.number_end];
        a.value.exp == 0 && digits.len() >= 5 && !digits.contains(',')
    };
    if unitless && (long(first, i) || long(last, last.start)) {
        return true;
    }
    // List numbers at the start of a line: 1. 2、 (3)
    let lead = text[..i].trim_end_matches([' ', '(', '（']);
    let at_line_start = lead.is_empty() || lead.ends_with('\n');
    if unitless && at_line_start && i - lead.len() <= 4 && tail.starts_with(['.', '、', '．', ')', '）']) {
        return true;
    }
    in_quoted_name(text, i, last.end)
}

/// Whether byte `i` of `text` is inside a web or mail address: the run of printable ASCII before it (read over
/// at most 256 bytes) holds `://` or `@`, or starts with `www.`.
fn in_web_address(text: &str, i: usize) -> bool {
    let head = &text.as_bytes()[i.saturating_sub(256)..i];
    let run = &head[head.iter().rposition(|b| !b.is_ascii_graphic()).map_or(0, |p| p + 1)..];
    run.windows(3).any(|w| w == b"://") || run.starts_with(b"www.") || run.contains(&b'@')
}

/// Whether bytes `i..end` sit inside a short quotation, which names a thing:
/// “四上”企业, “1+4+N”, “169工程”.
fn in_quoted_name(text: &str, i: usize, end: usize) -> bool {
    const MAX_CHARS: usize = 15;
    let head = &text[crate::chars::start_before(text, i, MAX_CHARS * 3)..i];
    let head = memchr::memrchr(b'\n', head.as_bytes()).map_or(head, |p| &head[p + 1..]);
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

#[cfg(test)]
mod tests {
    use super::patterns;

    #[test]
    fn every_context_has_text_around_the_number_and_is_indexed() {
        let ps = patterns();
        assert!(ps.all.len() > 40);
        assert!(ps.all.iter().all(|p| !p.before.is_empty() || !p.after.is_empty()));
        let indexed = ps.by_before.values().chain(ps.by_after.values()).map(Vec::len).sum::<usize>();
        assert_eq!(indexed, ps.all.len());
    }
}
