//! The unit table (`data/units.tsv`): written form → base unit and factor.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/units.tsv");

/// A unit as the table gives it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The written form.
    pub written: &'static str,
    /// The base unit (`None` for a scale word).
    pub base: Option<&'static str>,
    /// Factor from the written unit to the base unit.
    pub factor: f64,
    /// The family: money, count, people, ratio, change, duration, scale…
    pub kind: &'static str,
}

impl Unit {
    /// Whether this row is a scale word (万, 亿…).
    pub fn is_scale(&self) -> bool {
        self.kind == "scale"
    }
}

struct Table {
    by_written: HashMap<&'static str, Unit>,
    longest: usize,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut by_written = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            if let [written, base, factor, kind] = cols[..] {
                let base = (base != "-").then_some(base);
                let factor = factor.parse().unwrap_or(1.0);
                by_written.insert(written, Unit { written, base, factor, kind });
            }
        }
        let longest = by_written.keys().map(|k| k.chars().count()).max().unwrap_or(1);
        Table { by_written, longest }
    })
}

/// The longest unit (not scale) written at the start of `s`.
pub fn unit_at(s: &str) -> Option<Unit> {
    longest(s, |u| !u.is_scale())
}

/// The longest scale word at the start of `s`.
pub fn scale_at(s: &str) -> Option<Unit> {
    longest(s, Unit::is_scale)
}

fn longest(s: &str, want: impl Fn(&Unit) -> bool) -> Option<Unit> {
    let t = table();
    let ends: Vec<usize> = s.char_indices().skip(1).map(|(i, _)| i).chain([s.len()]).take(t.longest).collect();
    ends.iter().rev().find_map(|&e| t.by_written.get(&s[..e]).filter(|u| want(u)).copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_written_form_wins() {
        assert_eq!(unit_at("个百分点，").map(|u| u.written), Some("个百分点"));
        assert_eq!(unit_at("千瓦时").map(|u| u.written), Some("千瓦时"));
        assert_eq!(unit_at("平方公里").map(|u| (u.base, u.factor)), Some((Some("平方米"), 1e6)));
        assert_eq!(scale_at("万亿元").map(|u| u.factor), Some(1e12));
        assert_eq!(unit_at("万亿元"), None);
    }
}
