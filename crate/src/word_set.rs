//! Every place of every word of a list in a text, overlapping places included:
//! the commitment categories' keywords, the words that set a sentence's tense,
//! the period words, the ranking verbs, a glossary's terms; and the words a
//! text starts with (the units).
//!
//! The words are short and few of them start with any given character, so a
//! bit per BMP character (does a word start with it?) rules out most
//! positions with one look-up, and the words that start with a character are
//! one run of the sorted list. For the words a text starts with, a bit per
//! hash of a word's first two characters rules out most of the rest: T2S asks
//! at every character of a text whether a phrase starts there, and its
//! phrases' first characters are common ones (seed 004: its pass 0.155 →
//! 0.131 ms). [`WordSet::each_place`] does without: on lists whose first
//! characters mostly do start a word there, the second look cost more than it
//! saved (Hebei's parse +2 %). Building it is a sort and a few thousand bits, not an
//! automaton: in a browser the first call, which builds every list, runs in
//! V8's baseline compiler.

use std::ops::Range;

/// A list of words, ready to be found.
#[derive(Debug)]
pub struct WordSet<'a> {
    words: Vec<&'a str>,
    /// Indices into `words` of the non-empty words, sorted by word.
    sorted: Vec<u32>,
    /// Each first character and where its words begin in `sorted`, sorted.
    runs: Vec<(char, u32)>,
    /// One bit per BMP character: whether a word starts with it.
    firsts: Vec<u64>,
    /// For each word of `firsts`, the bits set in the words before it: the
    /// run of a BMP character is the number of first characters before it.
    ranks: Vec<u32>,
    /// One bit per BMP character: whether it is a word by itself.
    singles: Vec<u64>,
    /// One bit per [`pair_hash`] of the first two characters of a longer word
    /// (for [`WordSet::prefixes`]).
    pairs: Vec<u64>,
}

/// Bits of a set of BMP characters (every other character is in it).
fn has_bit(bits: &[u64], k: u32) -> bool {
    bits.get(k as usize / 64).is_none_or(|b| b & (1 << (k % 64)) != 0)
}

fn set_bit(bits: &mut [u64], k: u32) {
    if let Some(b) = bits.get_mut(k as usize / 64) {
        *b |= 1 << (k % 64);
    }
}

/// A 16-bit hash of two characters.
fn pair_hash(a: char, b: char) -> u32 {
    ((a as u32).wrapping_mul(0x9E37_79B1) ^ b as u32).wrapping_mul(0x85EB_CA6B) >> 16
}

impl<'a> WordSet<'a> {
    /// The set of `words`; a word's index in the list is its id. Empty words are never found.
    pub fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: Vec<&'a str> = words.into_iter().collect();
        let mut sorted: Vec<u32> = (0..words.len() as u32).filter(|&k| !words[k as usize].is_empty()).collect();
        sorted.sort_by_key(|&k| words[k as usize]);
        let mut runs: Vec<(char, u32)> = Vec::new();
        let (mut firsts, mut singles, mut pairs) =
            (vec![0u64; 0x10000 / 64], vec![0; 0x10000 / 64], vec![0; 0x10000 / 64]);
        for (row, &k) in sorted.iter().enumerate() {
            let mut chars = words[k as usize].chars();
            let Some(c) = chars.next() else { continue };
            if runs.last().is_none_or(|r| r.0 != c) {
                runs.push((c, row as u32));
            }
            set_bit(&mut firsts, c as u32);
            match chars.next() {
                Some(d) => set_bit(&mut pairs, pair_hash(c, d)),
                None => set_bit(&mut singles, c as u32),
            }
        }
        let ranks = firsts
            .iter()
            .scan(0, |before, bits: &u64| Some(std::mem::replace(before, *before + bits.count_ones())))
            .collect();
        WordSet { words, sorted, runs, firsts, ranks, singles, pairs }
    }

    /// The rows of `sorted` holding the words that start with `c`, a character
    /// whose bit in `firsts` is set.
    fn rows_of(&self, c: char) -> Range<usize> {
        let k = c as usize;
        let run = match self.ranks.get(k / 64) {
            Some(&before) => before as usize + (self.firsts[k / 64] & ((1 << (k % 64)) - 1)).count_ones() as usize,
            None => match self.runs.binary_search_by_key(&c, |r| r.0) {
                Ok(run) => run,
                Err(_) => return 0..0,
            },
        };
        self.runs[run].1 as usize..self.runs.get(run + 1).map_or(self.sorted.len(), |r| r.1 as usize)
    }

    /// Whether a word may start with `c`, followed by `rest`: its first
    /// character, and unless `c` is a word by itself, its first two.
    fn may_start(&self, c: char, rest: &str) -> bool {
        has_bit(&self.firsts, c as u32)
            && (has_bit(&self.singles, c as u32)
                || rest.chars().next().is_some_and(|d| has_bit(&self.pairs, pair_hash(c, d))))
    }

    /// The word of id `k`.
    pub fn word(&self, k: usize) -> &'a str {
        self.words[k]
    }

    /// The ids of the words that `s` starts with, shorter words first.
    pub fn prefixes<'s>(&'s self, s: &'s str) -> impl Iterator<Item = usize> + 's {
        let c = s.chars().next().filter(|&c| self.may_start(c, &s[c.len_utf8()..]));
        let rows = c.map_or(0..0, |c| self.rows_of(c));
        self.sorted[rows].iter().map(|&k| k as usize).filter(move |&k| s.starts_with(self.words[k]))
    }

    /// The id of the longest word that `s` starts with.
    pub fn longest_prefix(&self, s: &str) -> Option<usize> {
        self.prefixes(s).max_by_key(|&k| self.words[k].len())
    }

    /// Calls `f(range, id)` for every place of every word in `text`, in order
    /// of where it starts, and at one start shorter words first.
    ///
    /// Never inlined: inside its callers, large functions, the loop kept its state in memory.
    #[inline(never)]
    pub fn each_place(&self, text: &str, mut f: impl FnMut(Range<usize>, usize)) {
        let bytes = text.as_bytes();
        let mut words_at = |at: usize, rows: &[u32]| {
            for &k in rows {
                let word = self.words[k as usize];
                if bytes[at..].starts_with(word.as_bytes()) {
                    f(at..at + word.len(), k as usize);
                }
            }
        };
        // Words that all start with one character (a glossary's quoted names, “四上”…) are found where
        // memchr's search finds that character, not by decoding every character of the text.
        if let [(c, _)] = self.runs[..] {
            let mut buf = [0; 4];
            for at in memchr::memmem::find_iter(bytes, c.encode_utf8(&mut buf).as_bytes()) {
                words_at(at, &self.sorted);
            }
            return;
        }
        for (at, c) in text.char_indices() {
            if has_bit(&self.firsts, c as u32) {
                words_at(at, &self.sorted[self.rows_of(c)]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::WordSet;

    /// Every place of every word, by trying each word at each character.
    fn naive(words: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        for (at, _) in text.char_indices() {
            for (k, w) in words.iter().enumerate() {
                if !w.is_empty() && text[at..].starts_with(w) {
                    out.push((at, at + w.len(), k));
                }
            }
        }
        out
    }

    fn found(words: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        WordSet::new(words.iter().copied()).each_place(text, |r, k| out.push((r.start, r.end, k)));
        out
    }

    #[test]
    fn finds_what_trying_every_word_everywhere_finds() {
        let words = ["已", "已经", "去年", "过去一年", "较去年", "较去年同期", "半年", "上半年", "𠀀字", "", "已"];
        let text = "过去一年已经完成，较去年同期增长；上半年𠀀字已已经";
        let mut got = found(&words, text);
        let mut want = naive(&words, text);
        assert!(!want.is_empty());
        got.sort();
        want.sort();
        assert_eq!(got, want);
        // Words that all start with one character, that character a word too.
        let words = ["“四上”", "“四上”企业", "“美家美户”", "“"];
        let text = "“四上”企业达到300家，实施“美家美户”行动。“四上”";
        let (mut got, mut want) = (found(&words, text), naive(&words, text));
        got.sort();
        want.sort();
        assert_eq!(got, want);
        assert_eq!(got.len(), 7);
    }

    #[test]
    fn prefixes_are_the_words_a_text_starts_with() {
        let set = WordSet::new(["个", "个百分点", "百分点", "", "万亿元", "万"]);
        assert_eq!(set.prefixes("个百分点，").collect::<Vec<_>>(), vec![0, 1]);
        assert_eq!(set.prefixes("万亿元").collect::<Vec<_>>(), vec![5, 4]);
        assert_eq!(set.prefixes("百").count(), 0);
        assert_eq!(set.prefixes("").count(), 0);
    }

    #[test]
    fn prefixes_are_what_trying_every_word_finds() {
        // Words by themselves, pairs sharing a first character, outside the BMP, at the end of the text.
        let words =
            ["已", "已经", "去年", "过去一年", "较去年", "较去年同期", "半年", "上半年", "𠀀字", "𠀀", "年", "", "经"];
        let text = "过去一年已经完成，较去年同期增长；上半年𠀀字已已经𠀀上半年";
        let set = WordSet::new(words);
        for (at, _) in text.char_indices() {
            let mut got: Vec<usize> = set.prefixes(&text[at..]).collect();
            let mut want: Vec<usize> =
                (0..words.len()).filter(|&k| !words[k].is_empty() && text[at..].starts_with(words[k])).collect();
            got.sort();
            want.sort();
            assert_eq!(got, want, "at {at}");
        }
    }

    #[test]
    fn places_come_in_text_order() {
        let got = found(&["年", "上半年", "半年"], "上半年");
        assert_eq!(got, vec![(0, 9, 1), (3, 9, 2), (6, 9, 0)]);
        assert!(found(&["目标"], "没有这个词").is_empty());
        assert!(found(&[], "文本").is_empty());
    }
}
