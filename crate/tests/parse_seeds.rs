//! Snapshots of what `parse` reads from each seed, one line per finding with
//! the original text its span points at. Review them by hand when they change
//! (`crate/tests/snapshots/parse_seeds__*.snap`): they are the readable record of
//! what the extraction does on real reports; `crate/tests/eval.rs` scores it.

use std::fmt::Write;
use zhibiao::{Report, Span};

/// The original text of `span` (UTF-16 units), on one line.
fn evidence(units: &[u16], span: Span) -> String {
    String::from_utf16_lossy(&units[span.start as usize..span.end as usize]).replace('\n', "⏎")
}

fn number(n: f64, unit: &str, min: Option<f64>, max: Option<f64>) -> String {
    match (min, max) {
        (Some(a), Some(b)) => format!("{a}–{b}{unit}"),
        _ => format!("{n}{unit}"),
    }
}

fn render(input: &str, r: &Report) -> String {
    let units: Vec<u16> = input.encode_utf16().collect();
    let mut out = String::new();
    let m = &r.meta;
    let _ = writeln!(
        out,
        "meta: region {:?} ({:?}), year {:?}, review {:?}, date {:?}, speaker {:?} {:?}, {:?}, {:?}",
        m.region, m.region_level, m.year, m.review_year, m.date, m.speaker_title, m.speaker, m.doc_type, m.script
    );
    for s in &r.sections {
        let _ = writeln!(out, "section L{} {:?}: {}", s.level, s.role, s.title);
    }
    let _ = writeln!(out, "\n== indicators ({})", r.indicators.len());
    for i in &r.indicators {
        let value = i.value.as_ref().map(|v| format!("{} {:?}", number(v.number, &v.unit, v.min, v.max), v.qualifier));
        let change = i
            .change
            .as_ref()
            .map(|c| format!("{:?} {} {:?}", c.direction, number(c.number, &c.unit, c.min, c.max), c.basis));
        let rank = i.rank.as_ref().map(|k| format!("rank {:?} in {}", k.position, k.scope));
        let figures: Vec<String> = [value, change, rank].into_iter().flatten().collect();
        let _ = writeln!(
            out,
            "{:?} | {} [{}] | {} | {} | «{}»",
            i.kind,
            i.name,
            i.canonical.as_deref().unwrap_or("-"),
            figures.join("; "),
            i.period.as_ref().map_or("-", |p| p.text.as_str()),
            evidence(&units, i.span)
        );
    }
    let _ = writeln!(out, "\n== commitments ({})", r.commitments.len());
    for c in &r.commitments {
        let _ = writeln!(
            out,
            "{:?} {} | {:?} | {} | targets {:?} | «{}»",
            c.strength,
            c.cue,
            c.category,
            c.deadline.as_ref().map_or("-", |d| d.text.as_str()),
            c.indicators,
            evidence(&units, c.span)
        );
    }
    out
}

#[test]
fn parsed_seeds() {
    insta::glob!("../../seeds", "*.txt", |path| {
        let input = std::fs::read_to_string(path).expect("a readable seed");
        let report = zhibiao::parse(&input, &zhibiao::Options::default());
        insta::assert_snapshot!(render(&input, &report));
    });
}
