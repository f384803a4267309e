//! Pinyin readings after characters, as some sites print them: `現(xiàn)在` →
//! `現在`. Only lowercase Latin with a tone mark or ü inside ASCII or
//! full-width parentheses right after a Han character (or after a `?` that
//! stands for a lost character) is a reading; `(SOP)`, `(扩大)`, `(PPAP)` stay.

use super::edit::{apply, Edit};
use super::{is_han, summary};
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// The replacement character, standing for a character that was lost.
const LOST: char = '\u{FFFD}';

const TONED: &str = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";

/// Runs the pass.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let s = src.as_str();
    let mut edits = Vec::new();
    // The last character that stays in the text, so that `字(zì)(zì)` loses both.
    let mut last_kept: Option<char> = None;
    let mut i = 0;
    while i < s.len() {
        let Some(c) = s[i..].chars().next() else {
            break;
        };
        let after_han = last_kept.is_some_and(|p| is_han(p) || p == LOST);
        if after_han && matches!(c, '(' | '（') {
            if let Some(len) = reading(&s[i + c.len_utf8()..]) {
                let end = i + c.len_utf8() + len;
                edits.push(Edit::delete(i..end));
                i = end;
                continue;
            }
        }
        // A character lost as `?` together with its opening parenthesis: `燃?xì)`.
        // The `?` becomes U+FFFD so that later passes know it is a lost
        // character, not a lost footnote marker.
        if c == '?' {
            let rest = &s[i + 1..];
            let paren = usize::from(rest.starts_with('('));
            if let Some(len) = reading(&rest[paren..]) {
                let end = i + 1 + paren + len;
                edits.push(Edit::replace(i..end, LOST.to_string()));
                last_kept = Some(LOST);
                i = end;
                continue;
            }
        }
        last_kept = Some(c);
        i += c.len_utf8();
    }
    let first = edits.first().map(|e| src.span(e.range.clone()));
    warnings.extend(summary(
        WarningCode::PinyinAnnotationsRemoved,
        edits.len(),
        "拼音注音已去除 (pinyin readings removed)",
        first,
    ));
    apply(src, &edits)
}

/// Length in bytes of `letters)` at the start of `s` when the letters are one
/// pinyin syllable with a tone mark or ü.
fn reading(s: &str) -> Option<usize> {
    let mut len = 0;
    let mut toned = false;
    let mut letters = 0;
    for c in s.chars() {
        if c.is_ascii_lowercase() {
            letters += 1;
        } else if TONED.contains(c) {
            toned = true;
            letters += 1;
        } else if matches!(c, ')' | '）') {
            return (toned && (1..=6).contains(&letters)).then_some(len + c.len_utf8());
        } else {
            return None;
        }
        len += c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn readings_after_characters_go() {
        assert_eq!(normalize("現(xiàn)在,我代表").text(), "现在,我代表");
        assert_eq!(normalize("綠（lǜ）色").text(), "绿色");
        assert_eq!(normalize("字(zì)(zì)").text(), "字");
    }

    #[test]
    fn other_parentheses_stay() {
        for s in [
            "党工委(扩大)会议",
            "标准作业程序(SOP)",
            "(PPAP)",
            "村(社区)",
            "(市、区)",
            "新型电力(新能源)装备",
            "设备(xian)",
        ] {
            assert_eq!(normalize(s).text(), s);
        }
    }

    #[test]
    fn readings_after_a_lost_character_go_too() {
        // Seed 004: the character and its opening parenthesis were lost as `?`.
        assert_eq!(normalize("燃?xì)安全").text(), "燃\u{FFFD}安全");
    }

    #[test]
    fn spans_skip_the_removed_readings() {
        let input = "現(xiàn)在增長(zhǎng)5%";
        let n = normalize(input);
        assert_eq!(n.text(), "现在增长5%");
        let at = n.text().find('5').unwrap();
        let span = n.original_span(at..at + 2);
        let orig: String = input.encode_utf16().collect::<Vec<_>>()[span.start as usize..span.end as usize]
            .iter()
            .map(|&u| char::from_u32(u as u32).unwrap())
            .collect();
        assert_eq!(orig, "5%");
    }
}
