//! Every place of every word of a list in a text, overlapping places included:
//! the commitment categories' keywords, the words that set a sentence's tense,
//! the period words, the ranking verbs, a glossary's terms; and the words a
//! text starts with (the units).
//!
//! The words are short and few of them start with any given character, so a
//! bit per BMP character (does a word start with it?) rules out nearly every
//! position with one look-up, and the words that start with a character are one
//! run of the sorted list. Building it is a sort and a few thousand bits, not an
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
}

impl<'a> WordSet<'a> {
    /// The set of `words`; a word's index in the list is its id. Empty words are never found.
    pub fn new(words: impl IntoIterator<Item = &'a str>) -> Self {
        let words: Vec<&'a str> = words.into_iter().collect();
        let mut sorted: Vec<u32> = (0..words.len() as u32).filter(|&k| !words[k as usize].is_empty()).collect();
        sorted.sort_by_key(|&k| words[k as usize]);
        let mut runs: Vec<(char, u32)> = Vec::new();
        let mut firsts = vec![0u64; 0x10000 / 64];
        for (row, &k) in sorted.iter().enumerate() {
            let Some(c) = words[k as usize].chars().next() else { continue };
            if runs.last().is_none_or(|r| r.0 != c) {
                runs.push((c, row as u32));
            }
            if let Some(bits) = firsts.get_mut(c as usize / 64) {
                *bits |= 1 << (c as usize % 64);
            }
        }
        WordSet { words, sorted, runs, firsts }
    }

    /// Whether a word may start with `c` (characters outside the BMP always may).
    fn may_start(&self, c: char) -> bool {
        self.firsts.get(c as usize / 64).is_none_or(|bits| bits & (1 << (c as usize % 64)) != 0)
    }

    /// The ids of the words that `s` starts with, shorter words first.
    pub fn prefixes<'s>(&'s self, s: &'s str) -> impl Iterator<Item = usize> + 's {
        let c = s.chars().next().filter(|&c| self.may_start(c));
        let run = c.and_then(|c| self.runs.binary_search_by_key(&c, |r| r.0).ok());
        let rows = run.map_or(0..0, |run| {
            self.runs[run].1 as usize..self.runs.get(run + 1).map_or(self.sorted.len(), |r| r.1 as usize)
        });
        self.sorted[rows].iter().map(|&k| k as usize).filter(move |&k| s.starts_with(self.words[k]))
    }

    /// Calls `f(range, id)` for every place of every word in `text`, in order
    /// of where it starts, and at one start shorter words first.
    pub fn each_place(&self, text: &str, mut f: impl FnMut(Range<usize>, usize)) {
        let bytes = text.as_bytes();
        for (at, c) in text.char_indices() {
            if !self.may_start(c) {
                continue;
            }
            let Ok(run) = self.runs.binary_search_by_key(&c, |r| r.0) else { continue };
            let end = self.runs.get(run + 1).map_or(self.sorted.len(), |r| r.1 as usize);
            for &k in &self.sorted[self.runs[run].1 as usize..end] {
                let word = self.words[k as usize];
                if bytes[at..].starts_with(word.as_bytes()) {
                    f(at..at + word.len(), k as usize);
                }
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
    fn places_come_in_text_order() {
        let got = found(&["年", "上半年", "半年"], "上半年");
        assert_eq!(got, vec![(0, 9, 1), (3, 9, 2), (6, 9, 0)]);
        assert!(found(&["目标"], "没有这个词").is_empty());
        assert!(found(&[], "文本").is_empty());
    }
}
