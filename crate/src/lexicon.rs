//! Words, cut by jieba-rs with zhibiao's domain lexicon (`data/lexicon.txt`
//! plus every alias of the indicator taxonomy as a noun), so that names are
//! trimmed and cue words found at word boundaries: `实现GDP` loses `实现`,
//! `新能源汽车` keeps its `新`, and `主要` is not the cue `要`.

use jieba_rs::Jieba;
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

fn jieba() -> &'static Jieba {
    static J: OnceLock<Jieba> = OnceLock::new();
    J.get_or_init(|| {
        let mut j = Jieba::empty();
        for line in LEXICON.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let mut cols = line.split(' ');
            if let (Some(w), Some(f), Some(t)) = (cols.next(), cols.next(), cols.next()) {
                j.add_word(w, f.parse().ok(), Some(t));
            }
        }
        for line in TAXONOMY.lines().filter(|l| !l.starts_with('#')) {
            if let Some(list) = line.split('\t').nth(3) {
                for alias in list.split('|').filter(|a| !a.is_empty()) {
                    j.add_word(alias, Some(10_000), Some("n"));
                }
            }
        }
        j
    })
}

/// The words of the lexicon tagged with `tag` (`q`: the cues).
pub fn words_tagged(tag: &str) -> impl Iterator<Item = &'static str> + '_ {
    LEXICON.lines().filter(|l| !l.starts_with('#')).filter_map(move |l| {
        let mut cols = l.split(' ');
        let (w, t) = (cols.next()?, cols.nth(1)?);
        (t == tag).then_some(w)
    })
}

/// Whether `s` holds one of the lexicon's cues as a substring: where it holds none, its cut holds no
/// [`Role::Cue`] word, and a caller that only looks for cues need not cut it.
pub fn may_hold_cue(s: &str) -> bool {
    static CUES: OnceLock<crate::word_set::WordSet> = OnceLock::new();
    let cues = CUES.get_or_init(|| crate::word_set::WordSet::new(words_tagged("q")));
    let mut found = false;
    cues.each_place(s, |_, _| found = true);
    found
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

/// Cuts `s` into words (unknown text falls apart into single characters).
pub fn cut(s: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    cut_into(s, 0..s.len(), &mut out);
    out
}

/// Characters that are never part of a word: jieba cuts the text between
/// them on its own, so a piece between two of them is cut as in the whole.
const PARTINGS: [char; 14] = ['，', '。', '、', '；', '：', '！', '？', '“', '”', '（', '）', '《', '》', '\n'];

/// The words [`cut`] finds in the pieces of `s` (between [`PARTINGS`]) that
/// overlap one of `wanted` (byte ranges of `s`, sorted by start), with
/// offsets in `s`: what a caller that needs only some words gets without
/// cutting the rest.
pub fn cut_pieces<'a>(s: &'a str, wanted: &[std::ops::Range<usize>]) -> Vec<Word<'a>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut next = wanted.iter().peekable();
    for (i, c) in s.char_indices().filter(|(_, c)| PARTINGS.contains(c)).chain([(s.len(), '\n')]) {
        while next.next_if(|w| w.end <= start).is_some() {}
        if next.peek().is_some_and(|w| w.start < i) && start < i {
            cut_into(s, start..i, &mut out);
        }
        start = i + c.len_utf8();
    }
    out
}

/// Appends the words of `s[range]` to `out`, with offsets in `s`.
fn cut_into<'a>(s: &'a str, range: std::ops::Range<usize>, out: &mut Vec<Word<'a>>) {
    let piece = &s[range.clone()];
    out.extend(jieba().tag(piece, false).into_iter().map(|t| {
        let start = range.start + (t.word.as_ptr() as usize - piece.as_ptr() as usize);
        let role = match t.tag {
            "v" => Role::Verb,
            "a" => Role::Action,
            "f" => Role::Filler,
            "c" => Role::Change,
            "b" => Role::Basis,
            "q" => Role::Cue,
            _ => Role::Word,
        };
        // A cue right after a closing quote names a programme: “金山英才”计划.
        let role = if role == Role::Cue && s[..start].ends_with('”') { Role::Word } else { role };
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

    #[test]
    fn pieces_are_cut_as_in_the_whole() {
        let s = "全市“四上”企业计划投资，下半年将新建项目，已完成目标；主要预期目标是：增长5%左右。";
        // The whole cut without the partings, which are words of their own.
        let all: Vec<(usize, &str, Role)> =
            cut(s).iter().filter(|w| !w.text.starts_with(PARTINGS)).map(|w| (w.start, w.text, w.role)).collect();
        let triples = |words: Vec<Word<'static>>| words.iter().map(|w| (w.start, w.text, w.role)).collect::<Vec<_>>();
        let whole = 0..s.len();
        assert_eq!(triples(cut_pieces(s, std::slice::from_ref(&whole))), all);
        // Only the piece holding 将: its words, as the whole cut has them.
        let at = s.find('将').unwrap();
        let piece = s.find("下半年").unwrap()..s.find("，已").unwrap();
        let expected: Vec<_> = all.iter().copied().filter(|(start, _, _)| piece.contains(start)).collect();
        let jiang = at..at + 3;
        assert_eq!(triples(cut_pieces(s, std::slice::from_ref(&jiang))), expected);
        assert!(expected.iter().any(|w| w.1 == "将" && w.2 == Role::Cue));
    }
}
