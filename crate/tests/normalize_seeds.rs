//! Snapshots of the cleaned seeds: the normalized text, what is skipped, and
//! every warning with the original text its span points at. These files are
//! the evidence that normalization works on real reports: read them by hand
//! after any change (`crate/tests/snapshots/normalize_seeds__*.snap`).

use serde_json::json;

/// The original text of `span` (UTF-16 units), shortened for reading.
fn evidence(input: &str, span: zhibiao::Span) -> String {
    let units: Vec<u16> = input.encode_utf16().collect();
    let text = String::from_utf16_lossy(&units[span.start as usize..span.end as usize]);
    let mut out: String = text.chars().take(40).collect();
    if text.chars().count() > 40 {
        out.push('…');
    }
    out
}

#[test]
fn cleaned_seeds() {
    insta::glob!("../../seeds", "*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let n = zhibiao::normalize(&input);
        let skipped: Vec<String> = n
            .skipped
            .iter()
            .map(|r| {
                let s = &n.text()[r.clone()];
                let mut out: String = s.chars().take(60).collect();
                if s.chars().count() > 60 {
                    out.push('…');
                }
                out
            })
            .collect();
        let text = format!("{}\n\n==== skipped ====\n{}", n.text(), skipped.join("\n"));
        insta::assert_snapshot!("text", text);
        let warnings: Vec<_> = n
            .warnings
            .iter()
            .map(|w| {
                json!({
                    "code": w.code,
                    "message": w.message,
                    "span": w.span.map(|s| [s.start, s.end]),
                    "evidence": w.span.map(|s| evidence(&input, s)),
                })
            })
            .collect();
        insta::assert_json_snapshot!("warnings", json!({ "script": n.script, "warnings": warnings }));
    });
}

/// Every span in every seed's map points at its evidence: a character of an
/// exact run is the original character or what that character alone
/// normalizes to (its simplified or half-width form), or its form in a phrase.
#[test]
fn seed_maps_point_at_their_evidence() {
    insta::glob!("../../seeds", "*.txt", |path| {
        let input = std::fs::read_to_string(path).unwrap();
        let units: Vec<u16> = input.encode_utf16().collect();
        let n = zhibiao::normalize(&input);
        let norm: Vec<u16> = n.text().encode_utf16().collect();
        let mut copied = 0;
        let mut alone = std::collections::HashMap::new();
        for r in n.runs().iter().filter(|r| r.exact) {
            let got = String::from_utf16(&norm[r.norm_start as usize..r.norm_end as usize]).unwrap();
            let orig = String::from_utf16(&units[r.orig_start as usize..r.orig_end as usize]).unwrap();
            for (g, o) in got.chars().zip(orig.chars()) {
                let alone = alone.entry(o).or_insert_with(|| zhibiao::normalize(&o.to_string()).text().to_string());
                // 著 is 着 only in some words (著力), so alone it stays.
                let by_phrase = (o, g) == ('著', '着');
                assert!(g == o || *alone == g.to_string() || by_phrase, "{path:?}: {g} stands for {o}");
                copied += 1;
            }
        }
        assert!(copied * 2 > n.text().chars().count(), "{path:?}: most characters are copied one for one");
    });
}

/// Cleaning a cleaned seed changes nothing.
#[test]
fn cleaned_seeds_are_clean() {
    insta::glob!("../../seeds", "*.txt", |path| {
        let once = zhibiao::normalize(&std::fs::read_to_string(path).unwrap());
        let twice = zhibiao::normalize(once.text());
        assert_eq!(twice.text(), once.text(), "{path:?}");
        // Nothing left to repair: only what is reported without changing text.
        for w in &twice.warnings {
            let fine = matches!(
                w.code,
                zhibiao::WarningCode::LostCharacters
                    | zhibiao::WarningCode::PageFurniture
                    | zhibiao::WarningCode::DuplicateText
            );
            assert!(fine, "{path:?}: {w:?}");
        }
    });
}
