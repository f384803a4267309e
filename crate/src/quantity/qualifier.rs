//! Qualifier words around a number (`data/qualifiers.tsv`): `约`, `近`,
//! `突破` before it; `左右`, `以上`, `以内` after it; one space may stand
//! between word and number. A word is not read where it is the end of
//! another word (签约, 下达).
//!
//! `多` and `余` have one meaning (see the table's header): the stated number
//! plus an unstated remainder below one step of its last written place, so
//! `3.7万余个` is at least 37,000 and under 38,000. They map to
//! [`Qualifier::Over`].

use crate::normalize::is_han;
use crate::report::Qualifier;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/qualifiers.tsv");

/// A row of the table.
struct Word {
    word: &'static str,
    qualifier: Qualifier,
    /// Characters that, right before the word, make it part of another word.
    not_after: &'static str,
    /// For a word after the number: the Chinese characters that may follow it (`-`: any).
    only_before: &'static str,
}

struct Words {
    before: Vec<Word>,
    after: Vec<Word>,
    /// Indices into `before` by the word's last character, longest word first: this runs before
    /// every number, and most texts end in a character no word ends with.
    before_by_last: FxHashMap<char, Vec<usize>>,
    /// Indices into `after` by the word's first character, longest word first: this runs after every number.
    after_by_first: FxHashMap<char, Vec<usize>>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words {
            before: Vec::new(),
            after: Vec::new(),
            before_by_last: FxHashMap::default(),
            after_by_first: FxHashMap::default(),
        };
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [word, place, q, not_after, only_before] = cols[..] else { continue };
            let Ok(qualifier) = serde_json::from_value::<Qualifier>(serde_json::Value::String(q.to_string())) else {
                continue;
            };
            let row = Word { word, qualifier, not_after, only_before };
            if place == "before" {
                w.before.push(row)
            } else {
                w.after.push(row)
            }
        }
        // Longest first, so that 超过 wins over 超.
        w.before.sort_by_key(|r| std::cmp::Reverse(r.word.len()));
        w.after.sort_by_key(|r| std::cmp::Reverse(r.word.len()));
        for (k, r) in w.before.iter().enumerate() {
            if let Some(last) = r.word.chars().next_back() {
                w.before_by_last.entry(last).or_default().push(k);
            }
        }
        for (k, r) in w.after.iter().enumerate() {
            if let Some(first) = r.word.chars().next() {
                w.after_by_first.entry(first).or_default().push(k);
            }
        }
        w
    })
}

/// The qualifier ending at byte `i` of `text` (one space may stand between it and `i`): where it starts,
/// and which.
pub fn before(text: &str, i: usize) -> (usize, Option<Qualifier>) {
    let head = text[..i].strip_suffix(' ').unwrap_or(&text[..i]);
    let w = words();
    let rows = head.chars().next_back().and_then(|c| w.before_by_last.get(&c)).map_or(&[][..], Vec::as_slice);
    let found = rows.iter().map(|&k| &w.before[k]).find(|r| {
        head.ends_with(r.word)
            && (r.not_after == "-"
                || !head[..head.len() - r.word.len()].chars().next_back().is_some_and(|c| r.not_after.contains(c)))
    });
    found.map_or((i, None), |r| (head.len() - r.word.len(), Some(r.qualifier)))
}

/// The qualifier starting at byte `i` (one space may stand before it): where it ends, and which.
pub fn after(text: &str, i: usize) -> (usize, Option<Qualifier>) {
    let start = if text[i..].starts_with(' ') { i + 1 } else { i };
    let tail = &text[start..];
    let w = words();
    let rows = tail.chars().next().and_then(|c| w.after_by_first.get(&c)).map_or(&[][..], Vec::as_slice);
    let found = rows.iter().map(|&k| &w.after[k]).filter(|r| tail.starts_with(r.word)).find(|r| {
        let next = tail[r.word.len()..].chars().next();
        r.only_before == "-" || next.is_none_or(|c| !is_han(c) || r.only_before.contains(c))
    });
    found.map_or((i, None), |r| (start + r.word.len(), Some(r.qualifier)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_around_a_number() {
        assert_eq!(before("总投资约", "总投资约".len()).1, Some(Qualifier::Approx));
        assert_eq!(before("新签约", "新签约".len()).1, None);
        assert_eq!(before("增长约 ", "增长约 ".len()), ("增长".len(), Some(Qualifier::Approx)));
        assert_eq!(before("下达", "下达".len()).1, None);
        assert_eq!(after("5% 左右", 2), ("5% 左右".len(), Some(Qualifier::Approx)));
        assert_eq!(after("3年多的时间", 4).1, Some(Qualifier::Over));
        assert_eq!(after("2个多功能厅", 4).1, None);
    }

    #[test]
    fn the_indices_by_character_find_what_trying_every_word_finds() {
        let w = words();
        for r in &w.before {
            for text in [format!("增长{}", r.word), format!("签{} ", r.word), r.word.chars().skip(1).collect()] {
                let head = text.strip_suffix(' ').unwrap_or(&text);
                let naive = w.before.iter().find(|r| {
                    head.ends_with(r.word)
                        && (r.not_after == "-"
                            || !head[..head.len() - r.word.len()]
                                .chars()
                                .next_back()
                                .is_some_and(|c| r.not_after.contains(c)))
                });
                let want = naive.map_or((text.len(), None), |r| (head.len() - r.word.len(), Some(r.qualifier)));
                assert_eq!(before(&text, text.len()), want, "{text:?}");
            }
        }
        for r in &w.after {
            for text in [format!("5%{}", r.word), format!("5% {}的", r.word), format!("5%{}功能", r.word)] {
                let (start, tail) = if text[2..].starts_with(' ') { (3, &text[3..]) } else { (2, &text[2..]) };
                let naive = w.after.iter().filter(|r| tail.starts_with(r.word)).find(|r| {
                    let next = tail[r.word.len()..].chars().next();
                    r.only_before == "-" || next.is_none_or(|c| !is_han(c) || r.only_before.contains(c))
                });
                let want = naive.map_or((2, None), |r| (start + r.word.len(), Some(r.qualifier)));
                assert_eq!(after(&text, 2), want, "{text:?}");
            }
        }
    }
}
