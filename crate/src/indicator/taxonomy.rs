//! The canonical indicator taxonomy (`data/indicators.tsv`): ids, canonical
//! names and aliases. A name matches the alias it equals, else the longest
//! alias it ends with (全市地区生产总值 → 地区生产总值).

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("../../data/indicators.tsv");

/// One standard indicator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standard {
    /// Stable id (`general_budget_revenue`).
    pub id: &'static str,
    /// Canonical Chinese name.
    pub name: &'static str,
    /// The unit it is usually given in.
    pub unit: &'static str,
}

struct Taxonomy {
    rows: Vec<Standard>,
    /// Each alias and the row it belongs to.
    aliases: HashMap<&'static str, usize>,
    /// Length of the longest alias, in characters.
    longest: usize,
    /// The last character of every alias: a name ending in another matches none.
    ends: rustc_hash::FxHashSet<char>,
}

fn taxonomy() -> &'static Taxonomy {
    static T: OnceLock<Taxonomy> = OnceLock::new();
    T.get_or_init(|| {
        let mut rows = Vec::new();
        let mut aliases = HashMap::default();
        for line in TABLE.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let cols: Vec<&'static str> = line.split('\t').collect();
            let [id, name, unit, list] = cols[..] else { continue };
            for a in list.split('|').filter(|a| !a.is_empty()) {
                aliases.entry(a).or_insert(rows.len());
            }
            rows.push(Standard { id, name, unit });
        }
        let longest = aliases.keys().map(|a| a.chars().count()).max().unwrap_or(0);
        let ends = aliases.keys().filter_map(|a| a.chars().next_back()).collect();
        Taxonomy { rows, aliases, longest, ends }
    })
}

/// Number of standard indicators.
pub fn len() -> usize {
    taxonomy().rows.len()
}

/// The standard indicator `name` refers to: the alias it equals, else the
/// longest alias it ends with. Only the name's last characters are looked at,
/// so a long name costs no more than a short one.
pub fn lookup(name: &str) -> Option<Standard> {
    let t = taxonomy();
    // Longest suffix first: 全市地区生产总值 → 地区生产总值, not 生产总值.
    let found = match name.chars().next_back() {
        Some(last) if t.ends.contains(&last) => {
            let from = name.char_indices().rev().take(t.longest).last().map_or(0, |(i, _)| i);
            name[from..].char_indices().find_map(|(i, _)| t.aliases.get(&name[from + i..]))
        }
        _ => None,
    };
    match found {
        Some(&row) => Some(t.rows[row]),
        // 规上工业增加值增速 measures the same thing as 规上工业增加值.
        None => GROWTH_SUFFIXES.iter().find_map(|s| name.strip_suffix(s)).filter(|n| !n.is_empty()).and_then(lookup),
    }
}

/// Words after a measure that name its growth, not another measure.
const GROWTH_SUFFIXES: &[&str] = &["增速", "增幅", "增长率", "增长", "总量", "规模"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taxonomy_is_large_enough_and_ids_are_unique() {
        assert!(len() >= 80, "{}", len());
        let t = taxonomy();
        let mut ids: Vec<&str> = t.rows.iter().map(|r| r.id).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), t.rows.len());
    }

    #[test]
    fn aliases_resolve() {
        let id = |n: &str| lookup(n).map(|s| s.id);
        assert_eq!(id("GDP"), Some("gdp"));
        assert_eq!(id("全市地区生产总值"), Some("gdp"));
        assert_eq!(id("人均地区生产总值"), Some("gdp_per_capita"));
        assert_eq!(id("一般公共预算收入"), Some("general_budget_revenue"));
        assert_eq!(id("规上工业增加值"), Some("industrial_value_added"));
        assert_eq!(id("城镇居民人均可支配收入"), Some("urban_income"));
        assert_eq!(id("空气质量优良天数比率"), Some("good_air_days"));
        assert_eq!(id("新签约亿元以上项目"), Some("projects_signed"));
        assert_eq!(id("散坟迁移"), None);
    }
}
