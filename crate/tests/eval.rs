//! The seeds against their hand-checked expected files (`seeds/expected/`):
//! precision and recall must not drop below the levels reached. Run
//! `cargo run -- eval` for the per-seed table.

use std::path::Path;
use zhibiao::eval::{line, score, Expected, Score};

/// Floors: the figures reached when they were last raised (see the commit log).
const FIGURE_PRECISION: f64 = 0.95;
const FIGURE_RECALL: f64 = 0.98;
const KIND_ACCURACY: f64 = 0.97;
const NAME_ACCURACY: f64 = 0.82;
const COMMITMENT_PRECISION: f64 = 0.84;
const COMMITMENT_RECALL: f64 = 0.84;

fn total() -> Score {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../seeds/expected");
    let mut total = Score::default();
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("seeds/expected exists") {
        let path = entry.expect("readable entry").path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let expected: Expected =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("valid");
        let text = std::fs::read_to_string(dir.join("..").join(&expected.seed)).expect("the seed exists");
        let report = zhibiao::parse(&text, &zhibiao::Options::default());
        let s = score(&text, &report, &expected);
        assert_eq!(s.missing_quotes, 0, "{}: every expected quote is in the text", expected.seed);
        println!("{}", line(&expected.seed, &s));
        total.add(&s);
        files += 1;
    }
    assert_eq!(files, 5, "one expected file per seed");
    println!("{}", line("all", &total));
    total
}

#[test]
fn seeds_meet_the_floors() {
    let t = total();
    let matched = t.matched_expected as f64;
    assert!(t.precision() >= FIGURE_PRECISION, "figure precision {:.3}", t.precision());
    assert!(t.recall() >= FIGURE_RECALL, "figure recall {:.3}", t.recall());
    assert!(t.kind_ok as f64 / matched >= KIND_ACCURACY, "kind accuracy {}", t.kind_ok as f64 / matched);
    assert!(t.name_ok as f64 / matched >= NAME_ACCURACY, "name accuracy {}", t.name_ok as f64 / matched);
    assert!(t.commitment_precision() >= COMMITMENT_PRECISION, "commitment precision {:.3}", t.commitment_precision());
    assert!(t.commitment_recall() >= COMMITMENT_RECALL, "commitment recall {:.3}", t.commitment_recall());
}
