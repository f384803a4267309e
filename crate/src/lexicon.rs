//! Words, cut by jieba-rs with zhibiao's domain lexicon (`data/lexicon.txt`
//! plus every alias of the indicator taxonomy as a noun), so that names are
//! trimmed and cue words found at word boundaries: `实现GDP` loses `实现`,
//! `新能源汽车` keeps its `新`, and `主要` is not the cue `要`.

use crate::word_set::WordSet;
use jieba_rs::Jieba;
use std::ops::Range;
use std::sync::OnceLock;

const LEXICON: &str = include_str!("../data/lexicon.txt");
const TAXONOMY: &str = include_str!("../data/indicators.tsv");

/// What a word does next to a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A result verb stripped from a name's edges (实现, 完成, 达到).
    Verb,
    /// An action verb that belongs to a name (新建, 签约).
    Action,
    /// Place, time, adverb or conjunction before a name (全市, 上半年, 累计).
    Filler,
    /// A change verb (增长, 下降).
    Change,
    /// A basis of a change (同比, 比上年).
    Basis,
    /// A target or estimate cue (力争, 预计, 目标).
    Cue,
    /// Anything else: part of a name.
    Word,
}

/// jieba's dictionary: the lexicon's words (word, frequency, tag), then every alias of the taxonomy as a
/// noun of frequency 10,000. A word given twice keeps its first tag, as jieba's `add_word` does.
fn entries() -> impl Iterator<Item = (&'static str, Option<usize>, &'static str)> {
    let lexicon = LEXICON.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).filter_map(|line| {
        let mut cols = line.split(' ');
        Some((cols.next()?, cols.next()?.parse().ok(), cols.next()?))
    });
    let aliases = TAXONOMY
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|line| line.split('\t').nth(3))
        .flat_map(|list| list.split('|').filter(|a| !a.is_empty()))
        .map(|alias| (alias, Some(10_000), "n"));
    lexicon.chain(aliases)
}

fn jieba() -> &'static Jieba {
    static J: OnceLock<Jieba> = OnceLock::new();
    J.get_or_init(|| {
        let mut j = Jieba::empty();
        for (w, f, t) in entries() {
            j.add_word(w, f, Some(t));
        }
        j
    })
}

/// The words of jieba's dictionary as a [`WordSet`], each with its role, and the longest word's length
/// in characters: for [`words_at`], which finds where words of the dictionary overlap.
struct Dictionary {
    words: WordSet<'static>,
    roles: Vec<Role>,
    longest: usize,
}

fn dictionary() -> &'static Dictionary {
    static D: OnceLock<Dictionary> = OnceLock::new();
    D.get_or_init(|| {
        let mut seen = rustc_hash::FxHashSet::default();
        let (mut list, mut roles) = (Vec::new(), Vec::new());
        for (w, _, t) in entries() {
            if seen.insert(w) {
                list.push(w);
                roles.push(role_of(t));
            }
        }
        let longest = list.iter().map(|w| w.chars().count()).max().unwrap_or(0);
        Dictionary { words: WordSet::new(list), roles, longest }
    })
}

fn role_of(tag: &str) -> Role {
    match tag {
        "v" => Role::Verb,
        "a" => Role::Action,
        "f" => Role::Filler,
        "c" => Role::Change,
        "b" => Role::Basis,
        "q" => Role::Cue,
        _ => Role::Word,
    }
}

/// The words of the lexicon tagged with `tag` (`q`: the cues).
pub fn words_tagged(tag: &str) -> impl Iterator<Item = &'static str> + '_ {
    LEXICON.lines().filter(|l| !l.starts_with('#')).filter_map(move |l| {
        let mut cols = l.split(' ');
        let (w, t) = (cols.next()?, cols.nth(1)?);
        (t == tag).then_some(w)
    })
}

/// The cues (the lexicon's words tagged `q`, 预计 among them) that the cut of `s` holds, as [`cut`] gives
/// them: found by [`words_at`], so that text holding no cue, or only cues no other word overlaps, is not cut.
pub fn cues_in(s: &str) -> Vec<Word<'_>> {
    static CUES: OnceLock<WordSet> = OnceLock::new();
    let cues = CUES.get_or_init(|| WordSet::new(words_tagged("q")));
    let mut places = Vec::new();
    cues.each_place(s, |r, _| places.push(r));
    if places.is_empty() {
        return Vec::new();
    }
    words_at(s, &places)
}

/// A word with its byte range in the cut text and its role.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    /// The word.
    pub text: &'a str,
    /// Byte offset in the cut text.
    pub start: usize,
    /// What it does.
    pub role: Role,
}

impl Word<'_> {
    /// Whether this word of `s` is a cue that makes a figure a target: a cue, not what the figure is measured
    /// against ([`Word::measured_against`]) nor what a review says was won ([`Word::wins`]).
    pub fn marks_target(&self, s: &str) -> bool {
        self.role == Role::Cue && !self.measured_against(s) && !self.wins(s)
    }

    /// Whether this word of `s` (the text it was cut from) is what a figure is measured against: the level a
    /// comparison is with (城镇登记失业率比省定目标低0.57个百分点), or that a share or multiple is of (完成全年计划的
    /// 141.7%, 占年计划投资的126.5%). A cue there marks no target. (`s` may end where the figure starts.)
    pub fn measured_against(&self, s: &str) -> bool {
        let after = &s[self.start + self.text.len()..];
        // (The comparative first: most cues have none after them, and the 比 may stand far back.)
        let comparison =
            after.starts_with(['低', '高', '少', '多', '快', '慢']) && s[..self.start].contains(['比', '较']);
        let of = crate::chars::head(after, 4).find('的').map(|k| &after[k + '的'.len_utf8()..]);
        comparison || of.is_some_and(|figure| figure.is_empty() || figure.starts_with(|c: char| c.is_ascii_digit()))
    }

    /// Whether this word is 争取 telling what was won, not striving for it: a noun right after it, then its
    /// figure (争取政府债券2785亿元, 争取增发国债项目383个; not 争取到2025年…, 争取生产总值增长8%). `s` may end
    /// where the figure starts. A cue so read marks no target; a plan part or a future still does.
    pub fn wins(&self, s: &str) -> bool {
        if self.text != "争取" {
            return false;
        }
        let after = &s[self.start + self.text.len()..];
        let noun = &after[..after.find(|c: char| c.is_ascii_digit()).unwrap_or(after.len())];
        !noun.is_empty()
            && noun.chars().count() <= 16
            && noun.chars().all(crate::normalize::is_han)
            && !STRIVEN.iter().any(|w| noun.starts_with(w))
            && !REACHED.iter().any(|w| noun.contains(w))
    }
}

/// Words right after 争取 that make it strive for what follows (争取到2025年, 争取在年内, 争取全年…).
const STRIVEN: &[&str] = &[
    "到", "在", "于", "全年", "今年", "明年", "年内", "年底", "用", "通过", "使", "让", "把", "将", "更多", "早日",
    "尽快",
];
/// Words of a result striven for between 争取 and a figure (争取生产总值增长8%, 争取粮食产量达到…).
const REACHED: &[&str] =
    &["增长", "增加", "下降", "降低", "提高", "提升", "达到", "超过", "突破", "控制", "实现", "完成", "保持", "为"];

/// Cuts `s` into words (unknown text falls apart into single characters).
pub fn cut(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    cut_into(s, 0..s.len(), &mut out);
    out
}

/// Characters that are never part of a word: jieba cuts the text between
/// them on its own, so a piece between two of them is cut as in the whole.
const PARTINGS: [char; 14] = ['，', '。', '、', '；', '：', '！', '？', '“', '”', '（', '）', '《', '》', '\n'];

/// Which of `wanted` (byte ranges of `s`, sorted by start, each a word of the lexicon found in `s`) the cut
/// of `s` finds as words, with their roles and offsets in `s`: what a caller that looks for a few words gets
/// without cutting the rest. A place of a word that no other word of the dictionary overlaps is a word of
/// the cut: jieba's dictionary frequencies are all 1,000 or more and their total a few million, so one word
/// outweighs any split of it. Only a piece (between [`PARTINGS`]) where words overlap, or where a place is
/// not plain Han text, is cut.
pub fn words_at<'a>(s: &'a str, wanted: &[Range<usize>]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut from = 0;
    for (i, c) in s.char_indices().filter(|(_, c)| PARTINGS.contains(c)).chain([(s.len(), '\n')]) {
        let piece = start..i;
        let to = from + wanted[from..].partition_point(|w| w.start < i);
        let places = &wanted[from..to];
        from = to;
        start = i + c.len_utf8();
        if places.is_empty() || piece.is_empty() {
            continue;
        }
        let alone: Option<Vec<Option<Role>>> = places.iter().map(|w| alone(s, piece.clone(), w.clone())).collect();
        match alone {
            Some(roles) => out.extend(places.iter().zip(roles).filter_map(|(w, role)| {
                Some(Word { text: &s[w.clone()], start: w.start, role: role_in(s, w.start, role?) })
            })),
            None => {
                let mut words = Vec::new();
                cut_into(s, piece, &mut words);
                out.extend(
                    words
                        .into_iter()
                        .filter(|w| places.iter().any(|p| p.start == w.start && p.end == w.start + w.text.len())),
                );
            }
        }
    }
    out
}

/// Whether the cut of `s[piece]` holds the place `at` as a word, decided without cutting: `Some(Some(role))`
/// when it does, `Some(None)` when it cannot (a text of several characters outside the dictionary),
/// `None` when only a cut can tell (a word of the dictionary overlaps it, or it is not plain Han text).
fn alone(s: &str, piece: Range<usize>, at: Range<usize>) -> Option<Option<Role>> {
    let text = s.get(at.clone()).filter(|_| at.start >= piece.start && at.end <= piece.end)?;
    if !text.chars().all(|c| matches!(c, '\u{4E00}'..='\u{9FFF}')) {
        return None;
    }
    let d = dictionary();
    let Some(k) = d.words.prefixes(text).find(|&k| d.words.word(k).len() == text.len()) else {
        return (text.chars().nth(1).is_some()).then_some(None);
    };
    let overlapped = any_word(s, piece, at.start, at.end, |p, end| {
        (p < at.start && end > at.start) || (p >= at.start && end > at.end)
    });
    (!overlapped).then_some(Some(d.roles[k]))
}

/// Whether a word of the dictionary that lies in `s[within]` and starts in `from..to` (no earlier than the
/// longest word's reach before `from`) satisfies `f(start, end)`.
fn any_word(s: &str, within: Range<usize>, from: usize, to: usize, mut f: impl FnMut(usize, usize) -> bool) -> bool {
    let d = dictionary();
    let reach = crate::chars::start_before(s, from, d.longest.saturating_sub(1) * 4).max(within.start);
    s[reach..to].char_indices().any(|(p, _)| {
        let p = reach + p;
        d.words.prefixes(&s[p..within.end]).any(|k| f(p, p + d.words.word(k).len()))
    })
}

/// Whether the cut of `s` has a word boundary at byte `b`, when that is known without cutting: no word of
/// the dictionary crosses `b`, nor a run of ASCII letters and digits (which jieba keeps whole). `false`
/// means "cut and see".
pub fn splits_at(s: &str, b: usize) -> bool {
    let ascii = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    let in_ascii_run = ascii(s[..b].chars().next_back()) && ascii(s[b..].chars().next());
    !in_ascii_run && !any_word(s, 0..s.len(), b, b, |_, end| end > b)
}

/// The role in `s` of a word of the dictionary's `role` that starts at byte `start`: a cue right after a
/// closing quote names a programme (“金山英才”计划) and is part of a name.
fn role_in(s: &str, start: usize, role: Role) -> Role {
    if role == Role::Cue && s[..start].ends_with('”') {
        Role::Word
    } else {
        role
    }
}

/// Appends the words of `s[range]` to `out`, with offsets in `s`.
fn cut_into<'a>(s: &'a str, range: Range<usize>, out: &mut Vec<Word<'a>>) {
    let piece = &s[range.clone()];
    out.extend(jieba().tag(piece, false).into_iter().map(|t| {
        let start = range.start + (t.word.as_ptr() as usize - piece.as_ptr() as usize);
        let role = role_in(s, start, role_of(t.tag));
        Word { text: t.word, start, role }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn domain_words_are_whole() {
        let words: Vec<(&str, Role)> = cut("上半年实现GDP").iter().map(|w| (w.text, w.role)).collect();
        assert_eq!(words, vec![("上半年", Role::Filler), ("实现", Role::Verb), ("GDP", Role::Word)]);
        let words: Vec<&str> = cut("计划总投资").iter().map(|w| w.text).collect();
        assert_eq!(words, vec!["计划总投资"]);
    }

    /// The oracle for [`words_at`]: the whole text's cut, kept at the places.
    fn cut_at<'a>(s: &'a str, places: &[Range<usize>]) -> Vec<(usize, &'a str, Role)> {
        let at = |w: &Word| places.iter().any(|p| p.start == w.start && p.end == w.start + w.text.len());
        cut(s).iter().filter(|w| at(w)).map(|w| (w.start, w.text, w.role)).collect()
    }

    /// Every place of every word of the dictionary in `s`, in order of start.
    fn places(s: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        dictionary().words.each_place(s, |r, _| out.push(r));
        out
    }

    fn triples<'a>(words: Vec<Word<'a>>) -> Vec<(usize, &'a str, Role)> {
        words.iter().map(|w| (w.start, w.text, w.role)).collect()
    }

    #[test]
    fn a_word_outweighs_any_split_of_it() {
        // What words_at relies on. jieba scores a cut by the sum of ln(frequency / total) of its words. A
        // word w beats a split of it into a and the rest when f(w) > f(a) × f(rest's best) / total, so it
        // always does when the least frequency exceeds the square of the greatest over the total.
        let mut freq: rustc_hash::FxHashMap<&str, usize> = Default::default();
        for (w, f, _) in entries() {
            let f = f.expect("every word of the dictionary has a frequency");
            freq.insert(w, f);
        }
        let total: usize = freq.values().sum();
        let (least, most) = (freq.values().min().copied().unwrap_or(0), freq.values().max().copied().unwrap_or(0));
        assert!((least as f64) * (total as f64) > (most as f64).powi(2), "{least} {most} {total}");
    }

    #[test]
    fn words_at_finds_what_the_cut_finds() {
        for s in [
            // 要 inside 主要 and 需要; 计划 inside 计划总投资; a cue after a closing quote names a programme.
            "全市“四上”企业计划投资，下半年将新建项目，已完成目标；主要预期目标是：增长5%左右。",
            "需要确保计划总投资100亿元的项目年内开工，“金山英才”计划新增10人",
            // 1-6月 is not plain Han text; 下一步 is no word of the dictionary; 今年以来 holds 今年.
            "1-6月，全区工业应税销售增长5%。下一步，今年以来已经将要争取",
            "",
            "将",
        ] {
            let at = places(s);
            assert_eq!(triples(words_at(s, &at)), cut_at(s, &at), "{s}");
            // The cues: the cut's words that are cue words of the lexicon (a cue after ” is a word, 金山英才”计划).
            let q: Vec<&str> = words_tagged("q").collect();
            let cues: Vec<_> =
                cut(s).iter().filter(|w| q.contains(&w.text)).map(|w| (w.start, w.text, w.role)).collect();
            assert_eq!(triples(cues_in(s)), cues, "{s}");
        }
        // A place that is not a word of the cut is left out (要 of 主要).
        let s = "主要预期目标是增长5%";
        let yao = s.find("要").unwrap();
        assert!(words_at(s, std::slice::from_ref(&(yao..yao + 3))).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn words_at_agrees_with_the_cut(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "主要", "要", "需要", "计划", "总投资", "计划总投资", "将", "将近", "已", "已经", "今年以来", "今年", "以来",
            "上半年", "半年", "下半年", "1-6月", "下一步", "确保", "力争", "争取", "目标", "年度目标", "同比", "比上年",
            "“", "”", "，", "。", "GDP", "5", "亿元", "新建", "项目", "金山英才", "的", "和", "增长", "下降", "地区生产总值",
            "生产", "总值", "预计", "预期", "年", "全", "市", "区", "实", "现", "就", "业", "公共", "共", "均", "平均为",
            "A", "1", ".", "%", "-", "6月", "PM2.5", "5G", " ",
        ]), 0..24)) {
            let s = pieces.concat();
            let at = places(&s);
            proptest::prop_assert_eq!(triples(words_at(&s, &at)), cut_at(&s, &at));
            // Where splits_at says the cut has a word boundary, it has one.
            let ends: Vec<usize> = cut(&s).iter().map(|w| w.start + w.text.len()).collect();
            for (b, _) in s.char_indices() {
                proptest::prop_assert!(b == 0 || !splits_at(&s, b) || ends.contains(&b), "{} at {}", s, b);
            }
        }
    }
}
