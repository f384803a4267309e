//! Quotes: straight double quotes in Chinese prose become “ and ”. Texts copied from old web pages and
//! plain-text collections write `实施"三年大变样"工程`; every rule that reads a quotation (a name in quotes
//! is not a figure: “三个代表”, “十个严禁”) looks for the Chinese marks. A line's quotes are paired in
//! order, and only when there is an even number of them and each stands next to Chinese text, so that
//! code, JSON or an English quotation keeps its `"`.

use super::edit::replace_chars;
use super::{is_han, Notes};
use crate::chars::has;
use crate::span::MappedText;

/// Runs the pass. It records no warning: a quote's form is not a problem of the text.
pub fn run(src: MappedText, _notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let bytes = s.as_bytes();
    let mut changes: Vec<(usize, char)> = Vec::new();
    let mut line: Vec<usize> = Vec::new();
    let mut from = 0;
    while let Some(at) = memchr::memchr(b'"', &bytes[from..]) {
        let at = from + at;
        // The rest of this quote's line: its quotes are paired together.
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |k| at + k);
        line.clear();
        line.extend(memchr::memchr_iter(b'"', &bytes[at..end]).map(|k| at + k));
        if line.len() % 2 == 0 && line.iter().all(|&q| by_chinese(s, q)) {
            for (k, &q) in line.iter().enumerate() {
                changes.push((q, if k % 2 == 0 { '“' } else { '”' }));
            }
        }
        from = end;
    }
    replace_chars(src, &changes)
}

/// Whether the quote at byte `at` has Chinese text on one side: a Han character or Chinese punctuation, or
/// the quote of the next quotation (圆满完成"5.23""5.31"事故).
fn by_chinese(s: &str, at: usize) -> bool {
    let chinese = |c: Option<char>| {
        c.is_some_and(|c| is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || has("，：；！？（）\"", c))
    };
    chinese(s[..at].chars().next_back()) || chinese(s[at + 1..].chars().next())
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn paired_quotes_in_chinese_become_chinese_marks() {
        let input = "严格落实\"十个严禁\"，实施\"三年大变样\"工程。";
        let n = normalize(input);
        assert_eq!(n.text(), "严格落实“十个严禁”，实施“三年大变样”工程。");
        // The marks map back to the quotes they replaced.
        assert_eq!(crate::normalize::evidence(input, &n, "“十个严禁”"), "\"十个严禁\"");
    }

    #[test]
    fn quotes_that_do_not_pair_or_stand_in_other_text_stay() {
        for text in [
            "持续保稳定\"主基调，继续唱响", // one quote: its pair is on another line
            "He said \"yes\" and left.",    // no Chinese next to them
            "代码 {\"a\": 1} 与\"甲\"",     // one of the line's quotes stands in code
        ] {
            assert_eq!(normalize(text).text(), text);
        }
        // Quotations side by side.
        assert_eq!(normalize("圆满完成\"5.23\"\"5.31\"事故处置").text(), "圆满完成“5.23”“5.31”事故处置");
        // Lines pair their own quotes.
        assert_eq!(normalize("\"甲\"\n乙\"丙\"").text(), "“甲”\n乙“丙”");
    }
}
