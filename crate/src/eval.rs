//! The scorer: compares a [`Report`] with a hand-checked expected file
//! (`seeds/expected/*.json`, format in its README) and counts figures and
//! commitment clauses found.
//!
//! A *figure* is one number an indicator states: its value, its change, or
//! its rank position. A predicted figure matches an expected one when their
//! spans overlap and the number and unit agree. Precision is matched predicted
//! figures over predicted figures; recall is matched expected figures over
//! expected figures. On matched figures the scorer also checks the kind and
//! the name (same canonical id, or one name contains the other), and the period
//! (the same months, however written: 全年 is 2023年 in a report on 2023).
//! Commitments match when their spans overlap. An expected file marked
//! `"partial": true` lists key figures only; precision then counts only the
//! predicted figures that overlap an expected quote.

use crate::report::{Commitment, Indicator, Report};
use crate::segment::period;
use crate::span::Span;
use serde::Deserialize;

/// An expected file.
#[derive(Debug, Deserialize)]
pub struct Expected {
    /// The seed file it belongs to.
    pub seed: String,
    /// Only key figures are listed: precision counts only predicted figures
    /// that overlap an expected quote; commitments are scored only within
    /// `commitmentScope`, when there is one.
    #[serde(default)]
    pub partial: bool,
    /// Expected indicators.
    #[serde(default)]
    pub indicators: Vec<ExpectedIndicator>,
    /// Expected commitments.
    #[serde(default)]
    pub commitments: Vec<ExpectedCommitment>,
    /// In a partial file, the stretch of text whose commitments are all listed:
    /// commitments are scored there only.
    #[serde(default, rename = "commitmentScope")]
    pub commitment_scope: Option<Scope>,
}

/// A stretch of the text, from one unique quote to another (inclusive).
#[derive(Debug, Deserialize)]
pub struct Scope {
    /// Where it starts.
    pub from: String,
    /// Where it ends.
    pub to: String,
}

/// An expected indicator.
#[derive(Debug, Deserialize)]
pub struct ExpectedIndicator {
    /// A unique substring of the original text.
    pub quote: String,
    /// The measure.
    pub name: String,
    /// Level.
    pub value: Option<ExpectedNumber>,
    /// Change.
    pub change: Option<ExpectedNumber>,
    /// actual | target | estimate | rank.
    pub kind: String,
    /// The period as written (2023年, 1-6月, 上半年).
    pub period: Option<String>,
    /// Ranking.
    pub rank: Option<ExpectedRank>,
}

/// A number with its unit.
#[derive(Debug, Deserialize)]
pub struct ExpectedNumber {
    /// The number.
    pub number: f64,
    /// Its unit.
    #[serde(default)]
    pub unit: String,
}

/// A ranking position.
#[derive(Debug, Deserialize)]
pub struct ExpectedRank {
    /// 1 for 首位.
    pub position: Option<u32>,
}

/// An expected commitment.
#[derive(Debug, Deserialize)]
pub struct ExpectedCommitment {
    /// A unique substring of the original text.
    pub quote: String,
    /// must | strive | plan | continue.
    pub strength: String,
    /// Deadline text.
    pub deadline: Option<String>,
    /// Category.
    pub category: String,
}

/// Counts for one document (or summed over several).
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Score {
    /// Figures the program gave.
    pub predicted: usize,
    /// Figures the expected file holds.
    pub expected: usize,
    /// Predicted figures that matched.
    pub matched_predicted: usize,
    /// Expected figures that matched.
    pub matched_expected: usize,
    /// Matched figures whose kind agrees.
    pub kind_ok: usize,
    /// Matched figures whose name agrees.
    pub name_ok: usize,
    /// Matched figures whose expected period names one (not 累计 or 目前).
    pub period_given: usize,
    /// Of those, the figures whose period covers the same months.
    pub period_ok: usize,
    /// Commitments given / expected / matched (expected side) / matched (predicted side).
    pub commitments: [usize; 4],
    /// Matched commitments whose strength agrees.
    pub strength_ok: usize,
    /// Matched commitments whose category agrees.
    pub category_ok: usize,
    /// Expected quotes not found in the text (a broken expected file).
    pub missing_quotes: usize,
}

impl Score {
    /// Figure precision.
    pub fn precision(&self) -> f64 {
        ratio(self.matched_predicted, self.predicted)
    }
    /// Figure recall.
    pub fn recall(&self) -> f64 {
        ratio(self.matched_expected, self.expected)
    }
    /// Matched figures whose period agrees, over those whose expected period names one.
    pub fn period_accuracy(&self) -> f64 {
        ratio(self.period_ok, self.period_given)
    }
    /// Commitment precision.
    pub fn commitment_precision(&self) -> f64 {
        ratio(self.commitments[3], self.commitments[0])
    }
    /// Commitment recall.
    pub fn commitment_recall(&self) -> f64 {
        ratio(self.commitments[2], self.commitments[1])
    }

    /// Adds another document's counts.
    pub fn add(&mut self, o: &Score) {
        self.predicted += o.predicted;
        self.expected += o.expected;
        self.matched_predicted += o.matched_predicted;
        self.matched_expected += o.matched_expected;
        self.kind_ok += o.kind_ok;
        self.name_ok += o.name_ok;
        self.period_given += o.period_given;
        self.period_ok += o.period_ok;
        for i in 0..4 {
            self.commitments[i] += o.commitments[i];
        }
        self.strength_ok += o.strength_ok;
        self.category_ok += o.category_ok;
        self.missing_quotes += o.missing_quotes;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// A figure: which indicator, what number, which unit, where.
#[derive(Debug, Clone)]
struct Figure {
    owner: usize,
    number: f64,
    unit: String,
    span: Span,
}

/// The UTF-16 span of the only occurrence of `quote` in `text`.
fn locate(text: &str, quote: &str) -> Option<Span> {
    let at = text.find(quote)?;
    let start = text[..at].encode_utf16().count() as u32;
    Some(Span::new(start, start + quote.encode_utf16().count() as u32))
}

fn unit_key(unit: &str) -> String {
    crate::normalize(unit).text().replace("百分点", "个百分点").replace("个个", "个")
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn overlap(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

fn predicted_figures(inds: &[Indicator]) -> Vec<Figure> {
    let mut out = Vec::new();
    for (i, ind) in inds.iter().enumerate() {
        if let Some(v) = &ind.value {
            out.push(Figure { owner: i, number: v.number, unit: unit_key(&v.unit), span: ind.span });
        }
        if let Some(c) = &ind.change {
            out.push(Figure { owner: i, number: c.number, unit: unit_key(&c.unit), span: ind.span });
        }
        if let Some(p) = ind.rank.as_ref().and_then(|r| r.position) {
            out.push(Figure { owner: i, number: f64::from(p), unit: "位".into(), span: ind.span });
        }
    }
    out
}

/// Scores `report` of `text` against `expected`.
pub fn score(text: &str, report: &Report, expected: &Expected) -> Score {
    let mut s = Score::default();
    let mut gold = Vec::new();
    for (i, g) in expected.indicators.iter().enumerate() {
        let Some(span) = locate(text, &g.quote) else {
            s.missing_quotes += 1;
            continue;
        };
        for n in [&g.value, &g.change].into_iter().flatten() {
            gold.push(Figure { owner: i, number: n.number, unit: unit_key(&n.unit), span });
        }
        if let Some(p) = g.rank.as_ref().and_then(|r| r.position) {
            gold.push(Figure { owner: i, number: f64::from(p), unit: "位".into(), span });
        }
    }
    let mut pred = predicted_figures(&report.indicators);
    if expected.partial {
        pred.retain(|p| gold.iter().any(|g| overlap(g.span, p.span)));
    }
    s.predicted = pred.len();
    s.expected = gold.len();
    let mut used = vec![false; pred.len()];
    for g in &gold {
        let hit = pred
            .iter()
            .enumerate()
            .find(|(j, p)| !used[*j] && overlap(p.span, g.span) && same(p.number, g.number) && p.unit == g.unit);
        if let Some((j, p)) = hit {
            used[j] = true;
            s.matched_expected += 1;
            let (pi, gi) = (&report.indicators[p.owner], &expected.indicators[g.owner]);
            if format!("{:?}", pi.kind).eq_ignore_ascii_case(&gi.kind) {
                s.kind_ok += 1;
            }
            if names_agree(pi, &gi.name) {
                s.name_ok += 1;
            }
            // Periods agree when they cover the same months (全年 and 2023年 do); a gold label that names no
            // period (累计, 目前) is not scored.
            let gold = gi.period.as_deref().and_then(|g| period::last_in(g, report.meta.year));
            if let Some(g) = gold.map(|g| g.period) {
                s.period_given += 1;
                // (Without the document's year, 1-6月 and 去年 resolve to no months: their words tell.)
                let same = |p: &crate::report::Period| match g.from {
                    Some(_) => (&p.from, &p.to, p.year) == (&g.from, &g.to, g.year),
                    None => p.text == g.text,
                };
                if pi.period.as_ref().is_some_and(same) {
                    s.period_ok += 1;
                }
            }
        }
    }
    s.matched_predicted = used.iter().filter(|u| **u).count();
    if !expected.partial {
        score_commitments(text, &report.commitments, &expected.commitments, &mut s);
    } else if let Some(scope) = &expected.commitment_scope {
        match (locate(text, &scope.from), locate(text, &scope.to)) {
            (Some(a), Some(b)) => {
                let within = Span::new(a.start, b.end);
                let pred: Vec<Commitment> =
                    report.commitments.iter().filter(|c| overlap(c.span, within)).cloned().collect();
                score_commitments(text, &pred, &expected.commitments, &mut s);
            }
            _ => s.missing_quotes += 1,
        }
    }
    s
}

fn names_agree(p: &Indicator, gold: &str) -> bool {
    let g = crate::indicator::taxonomy::lookup(gold).map(|s| s.id);
    if g.is_some() && p.canonical.as_deref() == g {
        return true;
    }
    let clean = |s: &str| s.chars().filter(|c| !"“”\"()（）、 ".contains(*c)).collect::<String>();
    let (a, b) = (clean(&p.name), clean(gold));
    !a.is_empty() && (a.contains(&b) || b.contains(&a))
}

fn score_commitments(text: &str, pred: &[Commitment], gold: &[ExpectedCommitment], s: &mut Score) {
    s.commitments[0] = pred.len();
    s.commitments[1] = gold.len();
    let mut used = vec![false; pred.len()];
    for g in gold {
        let Some(span) = locate(text, &g.quote) else {
            s.missing_quotes += 1;
            continue;
        };
        if let Some(j) = (0..pred.len()).find(|j| !used[*j] && overlap(pred[*j].span, span)) {
            used[j] = true;
            s.commitments[2] += 1;
            let p = &pred[j];
            if format!("{:?}", p.strength).eq_ignore_ascii_case(&g.strength) {
                s.strength_ok += 1;
            }
            if format!("{:?}", p.category).eq_ignore_ascii_case(&g.category) {
                s.category_ok += 1;
            }
        }
    }
    s.commitments[3] = (0..pred.len()).filter(|j| used[*j] || gold_overlaps(text, gold, pred[*j].span)).count();
}

/// Whether a predicted commitment overlaps any expected one (several predicted
/// clauses may sit in one expected clause).
fn gold_overlaps(text: &str, gold: &[ExpectedCommitment], span: Span) -> bool {
    gold.iter().filter_map(|g| locate(text, &g.quote)).any(|g| overlap(g, span))
}

/// One line of the table `zhibiao eval` prints.
pub fn line(label: &str, s: &Score) -> String {
    let m = s.matched_expected.max(1) as f64;
    format!(
        "{label:<28} figures P {:.3} R {:.3} ({}/{} found, {} given)  kind {:.2} name {:.2} period {:.2}  commitments P {:.3} R {:.3} ({}/{}) strength {:.2} category {:.2}{}",
        s.precision(),
        s.recall(),
        s.matched_expected,
        s.expected,
        s.predicted,
        s.kind_ok as f64 / m,
        s.name_ok as f64 / m,
        s.period_accuracy(),
        s.commitment_precision(),
        s.commitment_recall(),
        s.commitments[2],
        s.commitments[1],
        s.strength_ok as f64 / s.commitments[2].max(1) as f64,
        s.category_ok as f64 / s.commitments[2].max(1) as f64,
        if s.missing_quotes > 0 { format!("  ({} expected quotes not found)", s.missing_quotes) } else { String::new() }
    )
}
