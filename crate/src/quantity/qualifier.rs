//! Qualifier words around a number (`data/qualifiers.tsv`): `约`, `近`,
//! `突破` before it; `左右`, `以上`, `以内` after it.

use crate::report::Qualifier;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/qualifiers.tsv");

struct Words {
    before: Vec<(&'static str, Qualifier)>,
    after: Vec<(&'static str, Qualifier)>,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let mut w = Words { before: Vec::new(), after: Vec::new() };
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [word, place, q] = cols[..] else { continue };
            let Ok(q) = serde_json::from_value::<Qualifier>(serde_json::Value::String(q.to_string())) else {
                continue;
            };
            if place == "before" {
                w.before.push((word, q))
            } else {
                w.after.push((word, q))
            }
        }
        // Longest first, so that 超过 wins over 超.
        w.before.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        w.after.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        w
    })
}

/// The qualifier ending at byte `i` of `text`: where it starts, and which.
pub fn before(text: &str, i: usize) -> (usize, Option<Qualifier>) {
    let head = &text[..i];
    words().before.iter().find(|(w, _)| head.ends_with(w)).map_or((i, None), |(w, q)| (i - w.len(), Some(*q)))
}

/// The qualifier starting at byte `i`: where it ends, and which.
pub fn after(text: &str, i: usize) -> (usize, Option<Qualifier>) {
    let tail = &text[i..];
    words()
        .after
        .iter()
        .filter(|(w, _)| tail.starts_with(w))
        .find(|(w, _)| !matches!(*w, "余" | "多") || !tail[w.len()..].starts_with(['元', '人', '年', '万', '亿']))
        .map_or((i, None), |(w, q)| (i + w.len(), Some(*q)))
}
