//! Lost characters: U+FFFD and runs of `?` where characters were lost before
//! the text reached zhibiao, and mojibake that [`super::pinyin`] turned into a
//! U+FFFD standing for the whole garbled run. They stay in the text; each
//! place becomes a warning with its span, so that a reader knows a figure
//! there may be cut. Past [`MAX_PLACES`] places (binary input decoded as
//! text), one more warning sums up the rest.

use super::Notes;
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// Places reported one by one.
const MAX_PLACES: usize = 200;

/// Runs the pass; the text is unchanged.
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let mut places = 0;
    let mut rest = None;
    let mut i = 0;
    while let Some(start) = next_lost(s, i) {
        let run = s[start..].chars().take_while(|c| matches!(c, '\u{FFFD}' | '?')).map(char::len_utf8).sum::<usize>();
        let end = start + run;
        i = end;
        if !s[start..end].contains('\u{FFFD}') && run < 2 {
            continue;
        }
        let span = src.span(start..end);
        places += 1;
        if places > MAX_PLACES {
            rest.get_or_insert((span, 0)).1 += 1;
            continue;
        }
        let garbled = span.len() as usize > s[start..end].encode_utf16().count();
        let message = if garbled {
            "此处有乱码，原字无法恢复 (garbled text here; the characters cannot be recovered)"
        } else {
            "此处有字符丢失 (characters were lost here)"
        };
        notes.warnings.push(Warning { code: WarningCode::LostCharacters, message: message.into(), span: Some(span) });
    }
    if let Some((first, count)) = rest {
        notes.warnings.push(Warning {
            code: WarningCode::LostCharacters,
            message: format!("另有 {count} 处字符丢失 (characters were lost in {count} more places)"),
            span: Some(first),
        });
    }
    src
}

/// The byte at or after `from` where the next `?` or U+FFFD (EF BF BD)
/// starts, found by memchr on `?` and U+FFFD's last byte rather than by
/// decoding every character.
fn next_lost(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    memchr::memchr2_iter(b'?', 0xBD, &bytes[from..]).map(|k| from + k).find_map(|i| match bytes[i] {
        b'?' => Some(i),
        _ => (i >= from + 2 && bytes[i - 2..i] == [0xEF, 0xBF]).then(|| i - 2),
    })
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::{Span, WarningCode};

    fn lost(input: &str) -> Vec<Span> {
        let n = normalize(input);
        n.warnings.iter().filter(|w| w.code == WarningCode::LostCharacters).filter_map(|w| w.span).collect()
    }

    #[test]
    fn lost_characters_are_found_as_a_character_search_finds_them() {
        // 丽 and ｽ end in U+FFFD's last byte (BD); ｽ also starts with its first (EF).
        let s = "\u{FFFD}丽?ｽ𠀀\u{FFFD}\u{FFFD}a?丽";
        for (from, _) in s.char_indices() {
            let want = s[from..].find(['\u{FFFD}', '?']).map(|k| from + k);
            assert_eq!(super::next_lost(s, from), want, "from {from}");
        }
        assert_eq!(super::next_lost("丽ｽ", 0), None);
    }

    #[test]
    fn each_place_is_a_warning_with_its_span() {
        assert_eq!(lost("实际利用外资6042万美\u{FFFD}\n开启新征程??"), vec![Span::new(12, 13), Span::new(19, 21)]);
    }

    #[test]
    fn spans_count_utf16_units_outside_the_bmp() {
        // 𠀀 takes two UTF-16 units.
        assert_eq!(lost("𠀀𠀀增长\u{FFFD}\u{FFFD}"), vec![Span::new(6, 8)]);
    }

    #[test]
    fn a_line_cut_by_a_lost_character_is_still_joined() {
        // Seed 001's kind of damage: a line ends in U+FFFD, the next goes on.
        let n = normalize(
            "紧盯民生“七有”，二级以上公立医\u{FFFD}\n\n院全面实施普通门诊“一次挂号管三天”，公共服务更加普惠。",
        );
        assert_eq!(
            n.text(),
            "紧盯民生“七有”，二级以上公立医\u{FFFD}院全面实施普通门诊“一次挂号管三天”，公共服务更加普惠。"
        );
        assert_eq!(lost("紧盯民生“七有”，二级以上公立医\u{FFFD}\n\n院全面实施"), vec![Span::new(16, 17)]);
    }

    #[test]
    fn single_question_marks_are_punctuation() {
        assert!(lost("为什么?因为增长5%").is_empty());
    }

    #[test]
    fn places_past_the_limit_are_summed_up() {
        let n = normalize(&"字\u{FFFD}".repeat(1000));
        let lost: Vec<_> = n.warnings.iter().filter(|w| w.code == WarningCode::LostCharacters).collect();
        assert_eq!(lost.len(), super::MAX_PLACES + 1);
        assert!(lost.last().unwrap().message.contains("800"));
    }
}
