//! Commitments: the promises of the plan parts (and forward-looking sentences
//! of news pieces), one per clause, each with its cue and strength
//! (`data/cues.tsv`), deadline, category (`data/categories.tsv`) and the
//! quantified targets it carries.

use crate::normalize::Normalized;
use crate::report::{Category, Commitment, SectionRole, Strength};
use crate::segment::{period, Structure};
use std::ops::Range;
use std::sync::OnceLock;

const CUES: &str = include_str!("../../data/cues.tsv");
const CATEGORIES: &str = include_str!("../../data/categories.tsv");

/// Words that may stand before a cue at the start of a clause.
const FILLERS: &[&str] = &[
    "全年",
    "下半年",
    "年内",
    "今年",
    "明年",
    "我们",
    "全市",
    "全区",
    "全县",
    "并",
    "同时",
    "还",
    "也",
    "都",
    "要",
    "在此基础上",
    "新的一年",
];
/// Cues that mark a future even inside a review (我们将…, 下半年要…).
const FUTURE: &[&str] = &["将", "下半年", "计划", "拟"];
/// Clause separators inside a sentence.
const COMMAS: &[char] = &['，', ','];

fn cues() -> &'static [(&'static str, Strength)] {
    static C: OnceLock<Vec<(&'static str, Strength)>> = OnceLock::new();
    C.get_or_init(|| {
        let mut v: Vec<(&'static str, Strength)> = CUES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (w, s) = l.split_once('\t')?;
                let s = match s.trim() {
                    "must" => Strength::Must,
                    "strive" => Strength::Strive,
                    "plan" => Strength::Plan,
                    _ => Strength::Continue,
                };
                Some((w, s))
            })
            .collect();
        v.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        v
    })
}

fn categories() -> &'static [(Category, Vec<&'static str>)] {
    static C: OnceLock<Vec<(Category, Vec<&'static str>)>> = OnceLock::new();
    C.get_or_init(|| {
        CATEGORIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (c, words) = l.split_once('\t')?;
                let c: Category = serde_json::from_value(serde_json::Value::String(c.to_string())).ok()?;
                Some((c, words.split('|').collect()))
            })
            .collect()
    })
}

/// The cue opening `clause` (after fillers): the cue and its strength.
fn cue_of(clause: &str) -> Option<(&'static str, Strength)> {
    let mut rest = clause.trim_start_matches(['“', ' ']);
    for _ in 0..3 {
        if let Some(found) = cues().iter().find(|(w, _)| rest.starts_with(w)) {
            // 要求, 将近, 推进器…: a cue must not be the head of a longer word.
            let after = &rest[found.0.len()..];
            let bad = matches!(found.0, "要" | "将")
                && (after.starts_with(['求', '素', '点', '近', '是']) || after.is_empty());
            return (!bad).then_some(*found);
        }
        match FILLERS.iter().find(|f| rest.starts_with(**f)) {
            Some(f) => rest = &rest[f.len()..],
            None => break,
        }
    }
    // A short subject before 将: 扬中将全力冲刺, 新区将加快.
    let head: String = rest.chars().take(6).collect();
    let at = head.find('将')?;
    let subject_ok =
        at > 0 && head[..at].chars().all(crate::normalize::is_han) && !head[at + 3..].starts_with(['近', '来']);
    subject_ok.then(|| cues().iter().find(|(w, _)| *w == "将").copied()).flatten()
}

/// The category of a clause, with the heading of its section as context.
fn category_of(clause: &str, heading: &str) -> Category {
    let mut best = (0usize, Category::Other);
    for (c, words) in categories() {
        let score = words.iter().map(|w| 2 * clause.matches(w).count() + heading.matches(w).count()).sum::<usize>();
        if score > best.0 {
            best = (score, *c);
        }
    }
    best.1
}

/// Finds the commitments of `n`; `indicator_ranges` are the indicators' bytes
/// in the normalized text, so that each commitment links its targets.
pub fn extract(n: &Normalized, st: &Structure, indicator_ranges: &[Range<usize>]) -> Vec<Commitment> {
    let text = n.text();
    let mut out = Vec::new();
    for sent in &st.sentences {
        let plan = matches!(sent.role, SectionRole::Plan | SectionRole::SelfBuilding);
        if matches!(sent.role, SectionRole::Glossary) || n.is_skipped(sent.range.start) {
            continue;
        }
        let heading = sent.section.map_or("", |i| st.sections[i].title.as_str());
        // Comma clauses; a cue opens a commitment, the clauses after it belong to it.
        let mut open: Option<(usize, &'static str, Strength)> = None;
        let mut clauses = Vec::new();
        let mut start = sent.range.start;
        for (i, c) in text[sent.range.clone()].char_indices() {
            if COMMAS.contains(&c) {
                clauses.push(start..sent.range.start + i);
                start = sent.range.start + i + c.len_utf8();
            }
        }
        clauses.push(start..sent.range.end);
        let flush = |open: &mut Option<(usize, &'static str, Strength)>, end: usize, out: &mut Vec<Commitment>| {
            if let Some((s, cue, strength)) = open.take() {
                let range = s..end;
                let body = text[range.clone()].trim_end_matches(['。', '；', ';', '，', ',']);
                let range = s..s + body.len();
                let indicators: Vec<usize> = indicator_ranges
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| r.start >= range.start && r.end <= range.end + 3)
                    .map(|(i, _)| i)
                    .collect();
                out.push(Commitment {
                    text: body.to_string(),
                    cue: cue.to_string(),
                    strength,
                    category: category_of(body, heading),
                    deadline: period::deadline_in(body, st.meta.year),
                    quantified: !indicators.is_empty(),
                    indicators,
                    span: n.original_span(range),
                });
            }
        };
        for clause in clauses {
            let c = &text[clause.clone()];
            if let Some((cue, strength)) = cue_of(c) {
                let future = FUTURE.contains(&cue) || c.trim_start().starts_with("下半年");
                if plan || future {
                    flush(&mut open, clause.start, &mut out);
                    open = Some((clause.start, cue, strength));
                }
            }
        }
        flush(&mut open, sent.range.end, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::report::{Category, Strength};
    use crate::{parse, Options};

    fn commitments(text: &str) -> Vec<(String, String, Strength, Option<String>, bool)> {
        parse(text, &Options { year: Some(2024), ..Options::default() })
            .commitments
            .into_iter()
            .map(|c| (c.text, c.cue, c.strength, c.deadline.map(|d| d.text), c.quantified))
            .collect()
    }

    #[test]
    fn cues_strengths_deadlines_and_targets() {
        let got = commitments(
            "二、2024年主要工作安排\n确保全年一般公共预算收入突破40亿元，力争年底前新签约亿元以上项目70个；持续深化“放管服”改革。",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "确保全年一般公共预算收入突破40亿元");
        assert_eq!((got[0].2, got[0].4), (Strength::Must, true));
        assert_eq!(got[1].3.as_deref(), Some("年底前"));
        assert_eq!((got[1].1.as_str(), got[1].2), ("力争", Strength::Strive));
        assert_eq!((got[2].2, got[2].4), (Strength::Continue, false));
    }

    #[test]
    fn past_actions_in_a_review_are_not_promises() {
        let got = commitments("一、2023年工作回顾\n通过举办读书班，确保党史学习教育走深走实，争取中央资金3亿元。\n我们将坚持问题导向，认真加以研究解决。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2), ("将", Strength::Plan));
    }

    #[test]
    fn news_pieces_promise_in_their_second_half() {
        let got = commitments("上半年，扬中实现GDP301.5亿元。下半年，扬中将全力冲刺，确保全年工业开票销售增长10%。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].4);
    }

    #[test]
    fn categories_come_from_keywords() {
        let c = |t: &str| {
            parse(&format!("二、2024年主要工作安排\n{t}"), &Options::default()).commitments.first().map(|c| c.category)
        };
        assert_eq!(c("确保PM2.5平均浓度下降。"), Some(Category::Ecology));
        assert_eq!(c("力争新签约亿元以上项目70个。"), Some(Category::Industry));
        assert_eq!(c("持续推进老旧小区改造。"), Some(Category::UrbanRural));
    }
}
