//! Pinyin readings after characters, as some sites print them: `現(xiàn)在` →
//! `現在`. Only lowercase Latin with a tone mark or ü inside ASCII or
//! full-width parentheses right after a Han character (or after a `?` that
//! stands for a lost character) is a reading; `(SOP)`, `(扩大)`, `(PPAP)` stay.
//!
//! A reading whose character was lost (`燃?xì)`) becomes U+FFFD, and so does
//! the mojibake that seed 004 holds right after some of them (see
//! [`mojibake_tail`]): one lost character whose span is the whole garbled run,
//! which [`super::lost`] reports.
//!
//! Not handled: readings without a tone mark (`的(de)`), which cannot be told
//! from a lowercase abbreviation; the mojibake rule is a heuristic built on
//! seed 004's seven places, and mojibake that follows no lost reading stays
//! as it is.

use super::edit::{apply, Edit, Kept};
use super::footnotes::{marker_at, Candidates};
use super::{is_han, summary, Notes};
use crate::chars::has;
use crate::report::WarningCode;
use crate::span::MappedText;

/// The replacement character, standing for a character that was lost.
const LOST: char = '\u{FFFD}';

/// The vowels with a tone mark, ü, and the toned ń ň ǹ ḿ.
const TONED: [char; 29] = [
    'ā', 'á', 'ǎ', 'à', 'ē', 'é', 'ě', 'è', 'ī', 'í', 'ǐ', 'ì', 'ō', 'ó', 'ǒ', 'ò', 'ū', 'ú', 'ǔ', 'ù', 'ǖ', 'ǘ', 'ǚ',
    'ǜ', 'ü', 'ń', 'ň', 'ǹ', 'ḿ',
];

/// Runs the pass.
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let mut edits = Vec::new();
    // The last character that stays in the text, so that `字(zì)(zì)` loses both.
    let mut kept = Kept::default();
    let mut i = 0;
    // Only parentheses, `?` and what may open a footnote marker need a closer look.
    let mut candidates = Candidates::new(s);
    while let Some(at) = candidates.next_from(i) {
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let last_kept = kept.prev(s, at);
        i = at + c.len_utf8();
        // A footnote marker, which a later pass removes, does not part a
        // reading from its character: `闻①(wén)`.
        if let Some(len) = marker_at(&s[at..]).filter(|_| last_kept.is_some()) {
            kept.skip(s, at, at + len, None);
            i = at + len;
            continue;
        }
        let after_han = last_kept.is_some_and(|p| is_han(p) || p == LOST);
        if after_han && matches!(c, '(' | '（') {
            if let Some(len) = reading(&s[at + c.len_utf8()..]) {
                let end = at + c.len_utf8() + len;
                edits.push(Edit::delete(at..end));
                kept.skip(s, at, end, None);
                i = end;
                continue;
            }
        }
        // A character lost as `?` together with its opening parenthesis: `燃?xì)`.
        // The `?` becomes U+FFFD so that later passes know it is a lost
        // character, not a lost footnote marker; mojibake right after it goes too.
        if c == '?' {
            if let Some(len) = lost_reading(&s[at..]) {
                let end = at + len + mojibake_tail(&s[at + len..]);
                edits.push(Edit::replace(at..end, LOST.to_string()));
                kept.skip(s, at, end, Some(LOST));
                i = end;
            }
        }
    }
    let first = edits.first().map(|e| src.span(e.range.clone()));
    notes.warnings.extend(summary(
        WarningCode::PinyinAnnotationsRemoved,
        edits.len(),
        "拼音注音已去除 (pinyin readings removed)",
        first,
    ));
    apply(src, &edits)
}

/// Length in bytes of `?xì)` or `?(xì)` at the start of `s`: a reading whose
/// character (and opening parenthesis) was lost as `?`.
fn lost_reading(s: &str) -> Option<usize> {
    let rest = s.strip_prefix('?')?;
    let paren = usize::from(rest.starts_with('('));
    reading(&rest[paren..]).map(|len| 1 + paren + len)
}

/// Characters that mojibake may hold between two readings before it counts
/// as text again.
const MOJIBAKE_WINDOW: usize = 6;

/// Length in bytes of the mojibake that follows a lost reading, as in seed
/// 004: `燃?xì)獍踩珜m?xiàng)整治` (燃气安全专项整治 decoded with the wrong
/// code page). It runs through the last further lost reading, or the last
/// single Latin letter glued to a non-ASCII character (`珜m`, `⒔o`, `楝F(xiàn)`),
/// found within [`MOJIBAKE_WINDOW`] characters of the one before. The text
/// cannot be recovered: it becomes one lost character with the whole span.
fn mojibake_tail(s: &str) -> usize {
    let mut confirmed = 0;
    let mut pos = 0;
    let mut since = 0;
    while since <= MOJIBAKE_WINDOW {
        let Some(c) = s[pos..].chars().next() else {
            break;
        };
        if let Some(len) = (c == '?').then(|| lost_reading(&s[pos..])).flatten() {
            pos += len;
        } else if c.is_ascii_alphabetic() && !s[pos + 1..].starts_with(|n: char| n.is_ascii_alphabetic()) {
            let after = pos + 1;
            let open = s[after..].chars().next().filter(|o| matches!(o, '(' | '（')).map_or(0, char::len_utf8);
            match (open > 0).then(|| reading(&s[after + open..])).flatten() {
                Some(len) => pos = after + open + len,
                None if c.is_ascii_lowercase() => pos = after,
                None => break,
            }
        } else if !c.is_ascii() && !is_punctuation(c) {
            pos += c.len_utf8();
            since += 1;
            continue;
        } else {
            break;
        }
        confirmed = pos;
        since = 0;
    }
    confirmed
}

/// Chinese punctuation and spaces, which mojibake of this kind does not hold.
fn is_punctuation(c: char) -> bool {
    c.is_whitespace() || has("，。、；：？！“”‘’（）《》【】—…·", c) || c == LOST
}

/// Length in bytes of `letters)` at the start of `s` when the letters are one
/// pinyin syllable with a tone mark or ü. A line break may cut the letters
/// (`強(q` ⏎ `iá)`): the wraps pass, which runs later, would join them, and a
/// second run must find nothing left to remove.
fn reading(s: &str) -> Option<usize> {
    let mut len = 0;
    let mut toned = false;
    let mut letters = 0;
    // The one run of spaces and line breaks allowed inside: (its length, whether it holds a line break),
    // and whether it has ended.
    let (mut gap, mut gap_breaks, mut gap_done) = (0, false, false);
    for c in s.chars() {
        // (A gap is not capped: each reading's gap is its own, so a text's gaps are read once in all.)
        if letters > 6 {
            return None;
        }
        let space = matches!(c, '\n' | ' ');
        if gap > 0 && !space {
            if !gap_breaks {
                return None;
            }
            gap_done = true;
        }
        if c.is_ascii_lowercase() {
            letters += 1;
        } else if TONED.contains(&c) {
            toned = true;
            letters += 1;
        } else if space && letters > 0 && !gap_done {
            gap += 1;
            gap_breaks |= c == '\n';
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
        // Through a footnote marker, which goes too.
        assert_eq!(normalize("新闻①(wén)").text(), "新闻");
        assert_eq!(normalize("新闻[2](wén)和").text(), "新闻和");
        assert_eq!(normalize("二是[２](xiàn)").text(), "二是");
    }

    #[test]
    fn a_reading_cut_across_lines_goes_too() {
        // From the fuzzer: the wraps pass joined `(q` and `iá)`, and a second run removed the reading.
        let once = normalize(&format!("步伐更坚定,加強(q{}iá),新签约", "\n".repeat(60)));
        assert_eq!(once.text(), "步伐更坚定,加强,新签约");
        assert_eq!(normalize(once.text()).text(), once.text());
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
    fn mojibake_after_a_lost_reading_becomes_one_lost_character() {
        // Seed 004, each with what the text said.
        for (input, want) in [
            ("深入開展燃?xì)獍踩珜m?xiàng)整治和", "深入开展燃\u{FFFD}整治和"), // 燃气安全专项整治
            ("渣土領(lǐng)域?qū)m?xiàng)整治行動", "渣土领域\u{FFFD}整治行动"), // 领域专项整治
            ("加快實(shí)施燃?xì)狻⒔o水老舊", "加快实施燃\u{FFFD}水老旧"),      // 燃气、给水
            ("城鎮(zhèn)燃?xì)馄垦b液化氣", "城镇燃\u{FFFD}液化气"),            // 燃气瓶装液化气
            ("把藍(lán)圖變?yōu)楝F(xiàn)實(shí)、把", "把蓝图变\u{FFFD}实、把"), // 变为现实
            ("把愿景變?yōu)閷?shí)景,堅(jiān)定", "把愿景变\u{FFFD}景,坚定"),   // 变为实景
            ("最嚴(yán)謹(jǐn)?shù)臉?biāo)準(zhǔn)、", "最严谨\u{FFFD}准、"),  // 严谨的标准
        ] {
            let n = normalize(input);
            assert_eq!(n.text(), want, "{input}");
            // One warning whose span is the whole garbled run.
            let lost: Vec<_> = n.warnings.iter().filter(|w| w.code == crate::WarningCode::LostCharacters).collect();
            assert_eq!(lost.len(), 1, "{input}: {lost:?}");
            let at = n.text().find('\u{FFFD}').unwrap();
            assert_eq!(lost[0].span, Some(n.original_span(at..at + 3)));
            assert!(lost[0].span.unwrap().len() >= 4);
        }
    }

    #[test]
    fn latin_after_a_lost_reading_that_is_text_stays() {
        assert_eq!(normalize("燃?xì)濃度PM2.5").text(), "燃\u{FFFD}浓度PM2.5");
        assert_eq!(normalize("燃?xì)和GDP").text(), "燃\u{FFFD}和GDP");
    }

    #[test]
    fn spans_outside_the_bmp() {
        let input = "𠀀現(xiàn)在增長(zhǎng)5%";
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀现在增长5%");
        assert_eq!(crate::normalize::evidence(input, &n, "5%"), "5%");
        assert_eq!(crate::normalize::evidence(input, &n, "现在"), "現(xiàn)在");
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
