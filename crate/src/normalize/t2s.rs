//! Traditional → simplified with OpenCC's own tables (`data/opencc/`, Apache-2.0):
//! phrases first, longest match (`乾隆` stays, `乾燥` → `干燥`), then single
//! characters, plus zhibiao's phrase list `data/t2s_extra.tsv` (`著力` → `着力`).
//! Only same-length conversions are applied, so every character keeps its own
//! original range.
//!
//! Why these tables: OpenCC's are Apache-2.0 and phrase-aware; zhconv's
//! default (MediaWiki) tables are GPL; fast2s converts character by character.
//! Measured on `tests/normalize_t2s.rs` (items exact; `HELD_OUT` was written
//! before any tuning, the other two lists partly drove `t2s_extra.tsv`):
//!
//! | converter | hard cases | seed 004 | held out |
//! | --- | --- | --- | --- |
//! | zhibiao (OpenCC + `t2s_extra.tsv`) | 149/149 | 49/49 | 55/57 |
//! | OpenCC tables alone (ferrous-opencc 0.4 `t2s`) | 135/149 | 44/49 | 53/57 |
//! | fast2s 0.3 | 129/149 | 44/49 | 51/57 |
//! | zhconv 0.4 `zh-Hans` (GPL tables) | 131/149 | 44/49 | 52/57 |
//!
//! Nearly every miss of the others is `著` standing for `着` (`著力`, `隨著`,
//! `面臨著`), which OpenCC keeps because `著` is also simplified (`显著`).
//! Still wrong here: verbs before `著` left out of the list on purpose
//! (`寫著`, `說著`: they would also hit `撰寫著作`, `小說著作`).

use super::edit::replace_chars;
use super::{summary, Notes};
use crate::report::{Script, WarningCode};
use crate::span::MappedText;
use crate::word_set::WordSet;
use std::sync::OnceLock;

// CHARS (traditional → simplified, sorted), SIMPLIFIED (simplified-only characters, sorted) and
// PHRASES (key → result, sorted by key), made by `crate/build.rs` from the data files.
include!(concat!(env!("OUT_DIR"), "/t2s_tables.rs"));

/// For each BMP character, flags in the low bits: [`TRADITIONAL`] when
/// `CHARS` converts it (its row is the rest of the entry, shifted by
/// [`ROW_SHIFT`]), [`SIMPLIFIED_ONLY`] when it is in `SIMPLIFIED`,
/// [`PHRASE_START`] when a phrase starts with it. Most characters of a text
/// are none of these, and a table look-up is cheaper than a search.
struct Tables {
    class: Vec<u16>,
    /// The keys of `PHRASES`, by the same ids.
    phrases: WordSet<'static>,
}

const TRADITIONAL: u16 = 1;
const SIMPLIFIED_ONLY: u16 = 2;
const PHRASE_START: u16 = 4;
const ROW_SHIFT: u32 = 3;
const _: () = assert!(CHARS.len() < 1 << (16 - ROW_SHIFT), "a row of CHARS must fit beside the flags");

impl Tables {
    /// Whether `c` is in the character table.
    fn is_traditional(&self, c: char) -> bool {
        match self.class.get(c as usize) {
            Some(flags) => flags & TRADITIONAL != 0,
            None => CHARS.binary_search_by_key(&c, |p| p.0).is_ok(),
        }
    }

    /// Whether `c` is a simplified-only character.
    fn is_simplified(&self, c: char) -> bool {
        match self.class.get(c as usize) {
            Some(flags) => flags & SIMPLIFIED_ONLY != 0,
            None => SIMPLIFIED.binary_search(&c).is_ok(),
        }
    }

    /// Whether a phrase may start with `c` (characters outside the BMP always may).
    fn may_start_phrase(&self, c: char) -> bool {
        self.class.get(c as usize).is_none_or(|flags| flags & PHRASE_START != 0)
    }

    /// What the character table makes of `c`.
    fn convert(&self, c: char) -> char {
        match self.class.get(c as usize) {
            Some(&entry) if entry & TRADITIONAL != 0 => CHARS[usize::from(entry >> ROW_SHIFT)].1,
            Some(_) => c,
            None => CHARS.binary_search_by_key(&c, |p| p.0).map_or(c, |i| CHARS[i].1),
        }
    }

    /// The longest phrase that `rest` starts with, and what it becomes.
    fn phrase_at(&self, rest: &str) -> Option<(&'static str, &'static str)> {
        self.phrases.longest_prefix(rest).map(|k| PHRASES[k])
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut class = vec![0u16; 0x10000];
        let rows = CHARS.iter().enumerate().map(|(row, p)| (p.0, TRADITIONAL | (row as u16) << ROW_SHIFT));
        let simplified = SIMPLIFIED.iter().map(|c| (*c, SIMPLIFIED_ONLY));
        let firsts = PHRASES.iter().filter_map(|(k, _)| k.chars().next()).map(|c| (c, PHRASE_START));
        for (c, bits) in rows.chain(simplified).chain(firsts) {
            if let Some(entry) = class.get_mut(c as usize) {
                *entry |= bits;
            }
        }
        Tables { class, phrases: WordSet::new(PHRASES.iter().map(|(k, _)| *k)) }
    })
}

/// Runs the pass, and measures the script of the text on the way (see [`script`]).
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let t = tables();
    let s = src.as_str();
    // What each character becomes, where it changes.
    let mut changes: Vec<(usize, char)> = Vec::new();
    let mut phrase: Option<(usize, std::str::Chars<'static>)> = None;
    let (mut trad, mut simp) = (0usize, 0usize);
    for (byte, c) in s.char_indices() {
        let class = t.class.get(c as usize);
        // Most characters are in no table and no phrase: nothing more to do.
        if class == Some(&0) && phrase.is_none() {
            continue;
        }
        match class {
            // One look at the class table for a BMP character.
            Some(&flags) => {
                trad += usize::from(flags & TRADITIONAL != 0);
                simp += usize::from(flags & (TRADITIONAL | SIMPLIFIED_ONLY) == SIMPLIFIED_ONLY);
            }
            None if t.is_traditional(c) => trad += 1,
            None if t.is_simplified(c) => simp += 1,
            None => {}
        }
        if phrase.as_ref().is_some_and(|(end, _)| byte >= *end) {
            phrase = None;
        }
        // Leftmost-longest phrases, looked for only where one may start.
        if phrase.is_none() && t.may_start_phrase(c) {
            if let Some((key, out)) = t.phrase_at(&s[byte..]) {
                phrase = Some((byte + key.len(), out.chars()));
            }
        }
        let out = match &mut phrase {
            Some((_, out)) => out.next().unwrap_or(c),
            None => t.convert(c),
        };
        if out != c {
            changes.push((byte, out));
        }
    }
    notes.script = script(trad, simp);
    let Some(&(at, _)) = changes.first() else { return src };
    let first = src.span(at..at + s[at..].chars().next().map_or(1, char::len_utf8));
    notes.warnings.extend(summary(
        WarningCode::TraditionalConverted,
        changes.len(),
        "繁体字已转为简体 (traditional characters converted)",
        Some(first),
    ));
    replace_chars(src, &changes)
}

/// The script of a text with `trad` traditional characters and `simp`
/// simplified-only ones: the share of the first among the characters that
/// differ between the two. Measured on the text the pass converts, so that
/// markup, a JSON wrapper and what else the earlier passes remove do not count.
fn script(trad: usize, simp: usize) -> Script {
    if trad + simp < 3 {
        return Script::Simplified;
    }
    let share = trad as f64 / (trad + simp) as f64;
    if share >= 0.8 {
        Script::Traditional
    } else if share <= 0.2 {
        Script::Simplified
    } else {
        Script::Mixed
    }
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::report::Script;

    #[test]
    fn phrases_whose_characters_all_stay_alone_still_convert() {
        // 瞭 alone stays (瞭望); in these phrases it is 了. No character of the
        // text is in the character table, so only the phrase table sees it.
        assert_eq!(normalize("瞭若指掌").text(), "了若指掌");
        assert_eq!(normalize("藉此").text(), "借此");
    }

    #[test]
    fn half_converted_text_and_a_second_run() {
        assert_eq!(normalize("随著经济发展").text(), "随着经济发展");
        for s in ["乾隆年间", "乾清宫", "乾坤"] {
            assert_eq!(normalize(s).text(), s);
        }
    }

    #[test]
    fn hard_cases_from_reports() {
        let cases = [
            ("著力推進", "着力推进"),
            ("顯著提升", "显著提升"),
            ("乾燥", "干燥"),
            ("乾隆", "乾隆"),
            ("於", "于"),
            ("團夥", "团伙"),
            ("隨著經濟發展", "随着经济发展"),
            ("向大會作工作報告", "向大会作工作报告"),
            ("實現地區生產總值", "实现地区生产总值"),
            ("堅持以習近平新時代中國特色社會主義思想為指導", "坚持以习近平新时代中国特色社会主义思想为指导"),
            ("鎮江", "镇江"),
            ("里程", "里程"),
        ];
        for (t, s) in cases {
            assert_eq!(normalize(t).text(), s, "{t}");
        }
    }

    #[test]
    fn script_is_measured() {
        let script = |s: &str| normalize(s).script;
        assert_eq!(script("現在，我代表句容市人民政府向大會作工作報告"), Script::Traditional);
        assert_eq!(script("现在，我代表句容市人民政府向大会作工作报告"), Script::Simplified);
        assert_eq!(script("12345"), Script::Simplified);
        assert_eq!(script("今年經濟增長，今年经济增长，全年經濟运行"), Script::Mixed);
        // What the earlier passes remove does not count: a page's markup, here its traditional title.
        let title = "經濟發展報告書與國際關係";
        assert_eq!(script(title), Script::Traditional);
        let page = format!("<html><head><title>{title}</title></head><body><p>现在，我代表市人民政府向大会作工作报告</p></body></html>");
        assert_eq!(script(&page), Script::Simplified);
    }

    #[test]
    fn conversion_keeps_positions() {
        let n = normalize("增長𠀀５%");
        assert_eq!(n.text(), "增长𠀀5%");
        let at = n.text().find('5').unwrap();
        assert_eq!(n.original_span(at..at + 2), crate::Span::new(4, 6));
    }
}
