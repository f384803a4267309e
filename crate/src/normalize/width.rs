//! Width: full-width digits and Latin letters become ASCII everywhere;
//! full-width `％＋．－／～：，` become ASCII only next to a digit, so that numbers
//! read as numbers while Chinese punctuation in prose stays as the text has it.
//! No-break and ideographic spaces become plain spaces.

use super::edit::replace_chars;
use super::Notes;
use crate::chars::{Leads, Scan};
use crate::span::MappedText;

/// Runs the pass. It records no warning: width is not a problem of the text.
pub fn run(src: MappedText, _notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let mut changes: Vec<(usize, char)> = Vec::new();
    for at in candidates(s.as_bytes()) {
        let Some(c) = s[at..].chars().next() else { break };
        // The character before, as this pass leaves it (`５％－`: the `％` is `%` by then).
        let prev = match changes.last() {
            Some(&(p, out)) if s[p..].chars().next().is_some_and(|o| p + o.len_utf8() == at) => Some(out),
            _ => s[..at].chars().next_back(),
        };
        let next = s[at + c.len_utf8()..].chars().next();
        if let Some(out) = narrow(prev, c, next) {
            changes.push((at, out));
        }
    }
    replace_chars(src, &changes)
}

/// What `c` becomes between `prev` and `next`, when it changes.
fn narrow(prev: Option<char>, c: char, next: Option<char>) -> Option<char> {
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
}

/// What may start a character [`narrow`] changes: of the full-width forms
/// (EF BC xx, EF BD xx) the digits, letters and `％＋－／～`, and `，．：`
/// before a digit (an ASCII one, or a byte EF that may start a full-width
/// one), not the `（）；！？` or the `，：` of prose; U+00A0 (C2 A0), U+3000
/// (E3 80 80) and U+2002–U+200A (E2 80 82–8A). None of those lead bytes
/// occurs inside a character.
struct MayNarrow;

impl Leads for MayNarrow {
    #[inline(always)]
    fn at(b0: u8, b1: u8, b2: u8, b3: u8) -> bool {
        let digit_next = (b3.wrapping_sub(b'0') <= 9) | (b3 == 0xEF);
        // ％ (FF05), ＋ (FF0B), － (FF0D), ／ (FF0F), the digits (FF10–FF19), Ａ–Ｚ (FF21–FF3A);
        // ， (FF0C), ． (FF0E), ： (FF1A) before a digit.
        let fc = (b2 == 0x85)
            | (b2 == 0x8B)
            | (b2 == 0x8D)
            | (b2 == 0x8F)
            | (b2.wrapping_sub(0x90) <= 0x99 - 0x90)
            | (b2.wrapping_sub(0xA1) <= 0xBA - 0xA1)
            | (((b2 == 0x8C) | (b2 == 0x8E) | (b2 == 0x9A)) & digit_next);
        // ａ–ｚ (FF41–FF5A), ～ (FF5E).
        let fd = (b2.wrapping_sub(0x81) <= 0x9A - 0x81) | (b2 == 0x9E);
        ((b0 == 0xEF) & (((b1 == 0xBC) & fc) | ((b1 == 0xBD) & fd)))
            | ((b0 == 0xC2) & (b1 == 0xA0))
            | ((b0 == 0xE3) & (b1 == 0x80) & (b2 == 0x80))
            | ((b0 == 0xE2) & (b1 == 0x80) & (b2.wrapping_sub(0x82) <= 0x8A - 0x82))
    }
}

/// The bytes where a character [`narrow`] may change starts. The rest of the
/// text is never decoded.
fn candidates(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let mut scan = Scan::<MayNarrow>::new(bytes);
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = scan.next_from(from)?;
        from = at + 1;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use super::narrow;
    use crate::normalize::normalize;
    use crate::span::MappedText;

    #[test]
    fn only_candidates_are_read_and_they_are_all_there_are() {
        // Every BMP character after a digit, before one and alone, against a
        // pass that asks `narrow` about every character (with the one before
        // as rewritten).
        let mut text = String::new();
        for c in (0..=0xFFFF).filter_map(char::from_u32).filter(|&c| c != '\n') {
            text.extend(['5', c, '５', c, '％', c, '－', '我', c]);
        }
        let mut want = String::new();
        let mut prev = None;
        let chars: Vec<char> = text.chars().collect();
        for (i, &c) in chars.iter().enumerate() {
            let out = narrow(prev, c, chars.get(i + 1).copied()).unwrap_or(c);
            want.push(out);
            prev = Some(out);
        }
        assert_eq!(super::run(MappedText::new(&text), &mut Default::default()).as_str(), want);
    }

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
