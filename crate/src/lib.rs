//! # zhibiao (指标)
//!
//! Reads Chinese government work reports (政府工作报告) and the news write-ups
//! of them: the quantified results and targets they state, the promises they
//! make, and the cleaned text, every finding with its exact span in the input
//! (UTF-16 code units, what JavaScript's `slice` takes).
//!
//! The text flows one way: [`normalize`] (with an offset map) → quantities →
//! report. The core is plain Rust; `wasm.rs` is a thin facade for JavaScript.
//!
//! ```
//! let input = "上半年，实现GDP301.5亿元，同比增长3%。";
//! let qs = zhibiao::quantities(input);
//! assert_eq!(qs[0].number, 301.5);
//! assert_eq!(qs[0].unit, "亿元");
//! assert_eq!(qs[0].base.as_ref().unwrap().number, 30_150_000_000.0);
//! // Spans index the input as JavaScript sees it.
//! let utf16: Vec<u16> = input.encode_utf16().collect();
//! let span = qs[0].span;
//! assert_eq!(String::from_utf16_lossy(&utf16[span.start as usize..span.end as usize]), "301.5亿元");
//!
//! let report = zhibiao::parse(input, &zhibiao::Options::default());
//! assert_eq!(report.schema_version, 1);
//! ```

mod chars;
pub mod commitment;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod indicator;
pub mod lexicon;
pub mod normalize;
#[cfg(any(target_arch = "wasm32", test))]
mod pack;
pub mod quantity;
mod report;
pub mod segment;
mod span;
#[cfg(target_arch = "wasm32")]
mod wasm;
mod word_set;

pub use normalize::{normalize, MapRun, Normalized};
pub use report::*;
pub use span::Span;

/// Every number `text` states, with unit, scale, qualifier and range, in
/// order of appearance. Numbers in page furniture and repeated paragraphs are
/// left out; see [`Quantity`] for what is not a quantity.
pub fn quantities(text: &str) -> Vec<Quantity> {
    let n = normalize(text);
    quantities_of(&n, &quantity::scan(n.text(), |pos| n.is_skipped(pos)))
}

fn quantities_of(n: &Normalized, found: &[quantity::Found]) -> Vec<Quantity> {
    let t = n.text();
    found
        .iter()
        .cloned()
        .map(|f| Quantity {
            text: t[f.range.clone()].to_string(),
            number: f.number,
            unit: f.unit,
            base: f.base,
            qualifier: f.qualifier,
            min: f.min,
            max: f.max,
            span: n.original_span(f.range),
        })
        .collect()
}

/// Reads `text` into a [`Report`]: normalize → structure → quantities →
/// indicators → commitments.
pub fn parse(text: &str, options: &Options) -> Report {
    let n = normalize(text);
    let mut warnings = n.warnings.clone();
    let st = segment::segment(&n, options.year, &mut warnings);
    let found = quantity::scan(n.text(), |pos| n.is_skipped(pos));
    let mut st = st;
    if options.region.is_some() {
        st.meta.region = options.region.clone();
    }
    let extracted = indicator::extract(&n, &st, &found);
    let commitments = commitment::extract(&n, &st, &extracted.ranges);
    let t = n.text();
    Report {
        schema_version: SCHEMA_VERSION,
        meta: st.meta.clone(),
        documents: st
            .documents
            .iter()
            .map(|d| Document {
                title: d.title.clone(),
                region: st.meta.region.clone(),
                span: n.original_span(d.range.clone()),
            })
            .collect(),
        sections: st
            .sections
            .iter()
            .map(|s| Section {
                title: s.title.clone(),
                level: s.level,
                role: s.role,
                span: n.original_span(s.range.clone()),
            })
            .collect(),
        glossary: st
            .glossary
            .iter()
            .map(|g| GlossaryEntry {
                term: g.term.clone(),
                definition: g.definition.clone(),
                span: n.original_span(g.range.clone()),
                uses: g.uses.iter().map(|u| n.original_span(u.clone())).collect(),
            })
            .collect(),
        indicators: extracted.indicators,
        commitments,
        warnings,
        normalized_text: options.include_normalized_text.then(|| t.to_string()),
        quantities: options.include_quantities.then(|| quantities_of(&n, &found)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn parse_can_carry_the_quantities_of_one_pass() {
        let text = "上半年，实现GDP301.5亿元，同比增长3%。";
        let report = crate::parse(text, &crate::Options { include_quantities: true, ..Default::default() });
        assert_eq!(report.quantities.as_deref(), Some(&crate::quantities(text)[..]));
        assert!(crate::parse(text, &crate::Options::default()).quantities.is_none());
    }
}
