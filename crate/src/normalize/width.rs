//! Width: full-width digits and Latin letters become ASCII everywhere;
//! full-width `％＋．－／～：，` become ASCII only next to a digit, so that numbers
//! read as numbers while Chinese punctuation in prose stays as the text has it.
//! No-break and ideographic spaces become plain spaces.

use super::edit::map_chars;
use crate::report::Warning;
use crate::span::MappedText;

/// Runs the pass. It records no warning: width is not a problem of the text.
pub fn run(src: &MappedText, _warnings: &mut Vec<Warning>) -> MappedText {
    map_chars(src, |prev, c, next| {
        let digit = |o: Option<char>| o.is_some_and(|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
        match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0),
            '％' if digit(prev) => Some('%'),
            '．' | '，' if digit(prev) && digit(next) => Some(if c == '．' { '.' } else { ',' }),
            '－' | '～' | '＋' | '／' if digit(prev) || digit(next) || prev == Some('%') => {
                char::from_u32(c as u32 - 0xFEE0)
            }
            '：' if digit(prev) && digit(next) => Some(':'),
            '\u{00A0}' | '\u{3000}' | '\u{2002}'..='\u{200A}' => Some(' '),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn full_width_numbers_become_ascii() {
        assert_eq!(normalize("增长２．４％").text(), "增长2.4%");
        assert_eq!(normalize("６％－７％").text(), "6%-7%");
        assert_eq!(normalize("ＧＤＰ").text(), "GDP");
        assert_eq!(normalize("１，１００亿").text(), "1,100亿");
    }

    #[test]
    fn converted_characters_keep_their_own_spans() {
        let input = "𠀀增长２．４％，ＧＤＰ１，１００亿元";
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀增长2.4%，GDP1,100亿元");
        assert_eq!(crate::normalize::evidence(input, &n, "2.4%"), "２．４％");
        assert_eq!(crate::normalize::evidence(input, &n, "1,100"), "１，１００");
        // Spaces of other widths become plain spaces.
        assert_eq!(normalize("增长\u{3000}5%\u{a0}好").text(), "增长 5% 好");
    }

    #[test]
    fn signs_and_ranges_next_to_digits() {
        assert_eq!(normalize("－３．５％～＋２％").text(), "-3.5%~+2%");
        assert_eq!(normalize("１０：３０开会").text(), "10:30开会");
        assert_eq!(normalize("对比：－").text(), "对比：－");
    }

    #[test]
    fn prose_punctuation_stays() {
        assert_eq!(normalize("稳中求进，全年：好").text(), "稳中求进，全年：好");
    }
}
