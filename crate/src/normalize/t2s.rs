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
use super::summary;
use crate::report::{Script, Warning, WarningCode};
use crate::span::MappedText;
use aho_corasick::{AhoCorasick, Anchored, Input, MatchKind, StartKind};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

const CHARACTERS: &str = include_str!("../../data/opencc/TSCharacters.txt");
const SIMPLIFIED: &str = include_str!("../../data/opencc/STCharacters.txt");
const PHRASES: &str = include_str!("../../data/opencc/TSPhrases.txt");
const EXTRA: &str = include_str!("../../data/t2s_extra.tsv");

struct Tables {
    chars: HashMap<char, char>,
    /// Characters that are simplified forms of something else (这, 们…).
    simplified: HashSet<char>,
    /// For each BMP character, flags: [`TRADITIONAL`] when `chars` converts it,
    /// [`SIMPLIFIED_ONLY`] when it is in `simplified`, [`PHRASE_START`] when a
    /// phrase starts with it. Most characters of a text are none of these, and
    /// a table look-up is cheaper than two hashes and a phrase search.
    class: Vec<u8>,
    phrases: AhoCorasick,
    phrase_out: Vec<String>,
}

const TRADITIONAL: u8 = 1;
const SIMPLIFIED_ONLY: u8 = 2;
const PHRASE_START: u8 = 4;

impl Tables {
    /// Whether `c` is in the character table.
    fn is_traditional(&self, c: char) -> bool {
        match self.class.get(c as usize) {
            Some(flags) => flags & TRADITIONAL != 0,
            None => self.chars.contains_key(&c),
        }
    }

    /// Whether `c` is a simplified-only character.
    fn is_simplified(&self, c: char) -> bool {
        match self.class.get(c as usize) {
            Some(flags) => flags & SIMPLIFIED_ONLY != 0,
            None => self.simplified.contains(&c),
        }
    }

    /// Whether a phrase may start with `c` (characters outside the BMP always may).
    fn may_start_phrase(&self, c: char) -> bool {
        self.class.get(c as usize).is_none_or(|flags| flags & PHRASE_START != 0)
    }

    /// The longest phrase starting at byte `at` of `s`.
    fn phrase_at(&self, s: &str, at: usize) -> Option<aho_corasick::Match> {
        self.phrases.try_find(Input::new(s).range(at..).anchored(Anchored::Yes)).ok().flatten()
    }

    /// What the character table makes of `c`.
    fn convert(&self, c: char) -> char {
        if self.is_traditional(c) {
            self.chars.get(&c).copied().unwrap_or(c)
        } else {
            c
        }
    }
}

/// `key<TAB>first value` pairs of an OpenCC-format table.
fn pairs(table: &str) -> impl Iterator<Item = (&str, &str)> {
    table.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|l| {
        let (k, v) = l.split_once('\t')?;
        Some((k.trim(), v.split_whitespace().next()?))
    })
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut chars = HashMap::default();
        for (k, v) in pairs(CHARACTERS) {
            let (mut k, mut v) = (k.chars(), v.chars());
            if let (Some(kc), None, Some(vc), None) = (k.next(), k.next(), v.next(), v.next()) {
                if kc != vc {
                    chars.insert(kc, vc);
                }
            }
        }
        // Follow chains so that converting twice changes nothing.
        let keys: Vec<char> = chars.keys().copied().collect();
        for k in keys {
            let mut v = chars[&k];
            for _ in 0..4 {
                match chars.get(&v) {
                    Some(&n) if n != v => v = n,
                    _ => break,
                }
            }
            chars.insert(k, v);
        }
        // Simplified-only characters: those OpenCC converts to something else
        // and never keeps (这 → 這), unlike 表 (表/錶), which both scripts use.
        let simplified: HashSet<char> = SIMPLIFIED
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .filter(|(k, v)| k.chars().count() == 1 && !v.split_whitespace().any(|c| c == *k))
            .filter_map(|(k, _)| k.chars().next())
            .collect();
        let (keys, phrase_out) = phrase_table(&chars);
        let mut class = vec![0u8; 0x10000];
        let firsts = keys.iter().filter_map(|k| k.chars().next());
        let flagged = chars.keys().map(|c| (*c, TRADITIONAL)).chain(simplified.iter().map(|c| (*c, SIMPLIFIED_ONLY)));
        for (c, flag) in flagged.chain(firsts.map(|c| (c, PHRASE_START))) {
            if let Some(flags) = class.get_mut(c as usize) {
                *flags |= flag;
            }
        }
        let phrases = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&keys)
            .expect("the phrase table is a valid automaton");
        Tables { chars, simplified, class, phrases, phrase_out }
    })
}

/// The phrases (keys and what each becomes): OpenCC's, zhibiao's own, and
/// zhibiao's written with their other characters already simplified (`随著`
/// in a half-converted text). A phrase whose result the character table
/// would change again (`乾隆`) is also a key for itself, so that converting
/// twice changes nothing. Only same-length phrases are kept.
fn phrase_table(chars: &HashMap<char, char>) -> (Vec<String>, Vec<String>) {
    let convert = |s: &str| -> String { s.chars().map(|c| chars.get(&c).copied().unwrap_or(c)).collect() };
    let mut seen = HashSet::default();
    let (mut keys, mut out) = (Vec::new(), Vec::new());
    let mut add = |k: String, v: &str| {
        if k.chars().count() == v.chars().count() && seen.insert(k.clone()) {
            keys.push(k);
            out.push(v.to_string());
        }
    };
    for (k, v) in pairs(PHRASES).chain(pairs(EXTRA)) {
        add(k.to_string(), v);
    }
    for (k, v) in pairs(EXTRA) {
        add(convert(k), v);
    }
    for (_, v) in pairs(PHRASES).chain(pairs(EXTRA)) {
        if convert(v) != v {
            add(v.to_string(), v);
        }
    }
    (keys, out)
}

/// Runs the pass.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let t = tables();
    let s = src.as_str();
    // What each character becomes, where it changes.
    let mut changes: Vec<(usize, char)> = Vec::new();
    let mut phrase: Option<(usize, std::str::Chars<'static>)> = None;
    for (byte, c) in s.char_indices() {
        if phrase.as_ref().is_some_and(|(end, _)| byte >= *end) {
            phrase = None;
        }
        // Leftmost-longest phrases, looked for only where one may start.
        if phrase.is_none() && t.may_start_phrase(c) {
            if let Some(m) = t.phrase_at(s, byte) {
                phrase = Some((m.end(), t.phrase_out[m.pattern().as_usize()].chars()));
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
    let Some(&(at, _)) = changes.first() else { return src.clone() };
    let first = src.span(at..at + s[at..].chars().next().map_or(1, char::len_utf8));
    warnings.extend(summary(
        WarningCode::TraditionalConverted,
        changes.len(),
        "繁体字已转为简体 (traditional characters converted)",
        Some(first),
    ));
    replace_chars(src, &changes)
}

/// The script of `text`, from the share of traditional-only and
/// simplified-only characters among those that differ between the two.
pub fn script_of(text: &str) -> Script {
    let t = tables();
    let (mut trad, mut simp) = (0usize, 0usize);
    for c in text.chars() {
        if t.is_traditional(c) {
            trad += 1;
        } else if t.is_simplified(c) {
            simp += 1;
        }
    }
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
    use super::script_of;
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
        assert_eq!(script_of("現在，我代表句容市人民政府向大會作工作報告"), Script::Traditional);
        assert_eq!(script_of("现在，我代表句容市人民政府向大会作工作报告"), Script::Simplified);
        assert_eq!(script_of("12345"), Script::Simplified);
    }

    #[test]
    fn conversion_keeps_positions() {
        let n = normalize("增長𠀀５%");
        assert_eq!(n.text(), "增长𠀀5%");
        let at = n.text().find('5').unwrap();
        assert_eq!(n.original_span(at..at + 2), crate::Span::new(4, 6));
    }
}
