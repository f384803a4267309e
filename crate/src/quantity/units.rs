//! The unit table (`data/units.tsv`): written form → base unit and factor,
//! with the context in which the written form is a unit at all.

use crate::word_set::WordSet;
use rustc_hash::FxHashMap as HashMap;
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
    /// Not a unit directly after a Chinese numeral (三方, 四人民币).
    arabic_only: bool,
    /// Comma-separated words after which the written form is not this unit (一成不变).
    not_before: &'static str,
}

impl Unit {
    /// Whether this row is a scale word (万, 亿…).
    pub fn is_scale(&self) -> bool {
        self.kind == "scale"
    }

    /// Whether the written form is this unit where `rest` follows it, `after_chinese` telling whether a
    /// Chinese numeral stands right before it.
    fn fits(&self, rest: &str, after_chinese: bool) -> bool {
        !(self.arabic_only && after_chinese)
            && (self.not_before == "-" || !self.not_before.split(',').any(|w| rest.starts_with(w)))
    }
}

/// The rows (one per written form: the last row of a form wins) and the set of written forms, by the same ids.
struct Table {
    units: Vec<Unit>,
    written: WordSet<'static>,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut by_written = HashMap::default();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            if let [written, base, factor, kind, after, not_before] = cols[..] {
                let base = (base != "-").then_some(base);
                let factor = factor.parse().unwrap_or(1.0);
                let arabic_only = after == "arabic";
                by_written.insert(written, Unit { written, base, factor, kind, arabic_only, not_before });
            }
        }
        let units: Vec<Unit> = by_written.into_values().collect();
        Table { written: WordSet::new(units.iter().map(|u| u.written)), units }
    })
}

/// The longest unit (not scale) written at the start of `s` that is a unit in this place;
/// `after_chinese`: a Chinese numeral stands right before `s`.
pub fn unit_at(s: &str, after_chinese: bool) -> Option<Unit> {
    longest(s, |u| !u.is_scale(), after_chinese)
}

/// The longest scale word at the start of `s`.
pub fn scale_at(s: &str) -> Option<Unit> {
    longest(s, Unit::is_scale, false)
}

fn longest(s: &str, want: impl Fn(&Unit) -> bool, after_chinese: bool) -> Option<Unit> {
    let t = table();
    // The longest written form decides: when it is not a unit here, no shorter one is (四人民币 is not 四人).
    let u = t.written.prefixes(s).map(|k| &t.units[k]).filter(|u| want(u)).max_by_key(|u| u.written.len())?;
    u.fits(&s[u.written.len()..], after_chinese).then_some(*u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_written_form_wins() {
        assert_eq!(unit_at("个百分点，", false).map(|u| u.written), Some("个百分点"));
        assert_eq!(unit_at("千瓦时", false).map(|u| u.written), Some("千瓦时"));
        assert_eq!(unit_at("平方公里", false).map(|u| (u.base, u.factor)), Some((Some("平方米"), 1e6)));
        assert_eq!(scale_at("万亿元").map(|u| u.factor), Some(1e12));
        assert_eq!(unit_at("万亿元", false), None);
        assert_eq!(unit_at("部门联合", false).map(|u| u.written), Some("部门"));
    }

    #[test]
    fn context_decides() {
        assert_eq!(unit_at("成不变", true), None);
        assert_eq!(unit_at("成企业", true).map(|u| u.written), Some("成"));
        assert_eq!(unit_at("方责任", true), None);
        assert_eq!(unit_at("方", false).map(|u| u.written), Some("方"));
        assert_eq!(unit_at("人民币", true), None);
        assert_eq!(unit_at("台山", true), None);
        assert_eq!(unit_at("人民币车费", true), None);
    }
}
