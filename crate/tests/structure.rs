//! Document structure, tested from the outside: `zhibiao::parse` on the seeds and the held-out reports against
//! the hand-checked `*.structure.json` files next to their expected figures (`seeds/expected/`,
//! `tests/reports/expected/`), made by reading the texts (each file's `notes` gives the choices made).
//!
//! Every field is compared: the nine meta fields, each document's title, and each section's title, level and
//! role. Mismatches are collected over all files and printed together; the test fails only when the share of
//! matched fields drops below [`FLOOR`]. Run `cargo test --test structure -- --nocapture` for the list.

use serde_json::Value;
use std::path::Path;

/// The share of fields matched when the floor was last raised.
const FLOOR: f64 = 0.96;

/// The directories holding `*.structure.json`, relative to the repository; the texts are one level up.
const DIRS: [&str; 2] = ["seeds/expected", "tests/reports/expected"];

/// The meta fields compared, by their JSON names (null in the expected file is `None` in the program).
const META_FIELDS: [&str; 9] =
    ["region", "regionLevel", "year", "reviewYear", "date", "speaker", "speakerTitle", "docType", "script"];

/// Matched and compared fields, and what did not match.
#[derive(Default)]
struct Tally {
    matched: usize,
    total: usize,
    mismatches: Vec<String>,
}

impl Tally {
    /// Counts one field; records `mismatch` when it does not match.
    fn field(&mut self, ok: bool, mismatch: impl FnOnce() -> String) {
        self.total += 1;
        if ok {
            self.matched += 1;
        } else {
            self.mismatches.push(mismatch());
        }
    }

    /// Counts `count` fields that all failed for one reason (a section missing or unexpected).
    fn missed(&mut self, count: usize, mismatch: String) {
        self.total += count;
        self.mismatches.push(mismatch);
    }

    fn share(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            self.matched as f64 / self.total as f64
        }
    }
}

/// A section as (title as written, level, role).
type Section = (String, u64, String);

/// A title for comparison: full-width ASCII forms as half-width (`（一）` = `(一)`), runs of spaces as one, and
/// no trailing `。`. The expected files keep the text's own punctuation; the width of a comma is not structure.
fn fold(title: &str) -> String {
    let half: String = title
        .chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            _ => c,
        })
        .collect();
    half.split_whitespace().collect::<Vec<_>>().join(" ").trim_end_matches('。').to_string()
}

/// Aligns two lists in order (longest common subsequence under `same`): pairs of indices, `None` on the side
/// that has no counterpart.
fn align<T>(expected: &[T], actual: &[T], same: impl Fn(&T, &T) -> bool) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (expected.len(), actual.len());
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] =
                if same(&expected[i], &actual[j]) { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j, mut pairs) = (0, 0, Vec::new());
    while i < n || j < m {
        if i < n && j < m && same(&expected[i], &actual[j]) {
            pairs.push((Some(i), Some(j)));
            (i, j) = (i + 1, j + 1);
        } else if j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
            pairs.push((Some(i), None));
            i += 1;
        } else {
            pairs.push((None, Some(j)));
            j += 1;
        }
    }
    pairs
}

/// Document titles as written; an empty title counts as none (`null` in the expected file).
fn titles(documents: &Value) -> Vec<Option<String>> {
    let list = documents.as_array().expect("documents is a list");
    list.iter().map(|d| d["title"].as_str().filter(|t| !t.is_empty()).map(str::to_string)).collect()
}

fn sections(sections: &Value) -> Vec<Section> {
    let list = sections.as_array().expect("sections is a list");
    list.iter()
        .map(|s| {
            let title = s["title"].as_str().expect("a section has a title").to_string();
            let level = s["level"].as_u64().expect("a section has a level");
            (title, level, s["role"].as_str().expect("a section has a role").to_string())
        })
        .collect()
}

/// Compares one text's structure with its expected file, adding to `tally`.
fn compare(name: &str, expected: &Value, actual: &Value, tally: &mut Tally) {
    for field in META_FIELDS {
        let (e, a) = (&expected["meta"][field], &actual["meta"][field]);
        tally.field(e == a, || format!("{name}: meta.{field}: expected {e}, got {a}"));
    }

    let (e, a) = (titles(&expected["documents"]), titles(&actual["documents"]));
    for pair in align(&e, &a, |x, y| x.as_deref().map(fold) == y.as_deref().map(fold)) {
        match pair {
            (Some(_), Some(_)) => tally.field(true, String::new),
            (Some(i), None) => tally.field(false, || format!("{name}: document {i} missing: {:?}", e[i])),
            (None, Some(j)) => tally.field(false, || format!("{name}: unexpected document {j}: {:?}", a[j])),
            (None, None) => unreachable!(),
        }
    }

    // Each section is three fields; sections are paired by title, then level and role are compared.
    let (e, a) = (sections(&expected["sections"]), sections(&actual["sections"]));
    for pair in align(&e, &a, |x, y| fold(&x.0) == fold(&y.0)) {
        match pair {
            (Some(i), Some(j)) => {
                let ((title, level, role), (_, got_level, got_role)) = (&e[i], &a[j]);
                tally.field(true, String::new);
                tally.field(level == got_level, || format!("{name}: section {title}: level {level}, got {got_level}"));
                tally.field(role == got_role, || format!("{name}: section {title}: role {role}, got {got_role}"));
            }
            (Some(i), None) => tally.missed(3, format!("{name}: section missing: {:?}", e[i])),
            (None, Some(j)) => tally.missed(3, format!("{name}: unexpected section: {:?}", a[j])),
            (None, None) => unreachable!(),
        }
    }
}

#[test]
fn structure_meets_the_floor() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut tally = Tally::default();
    let mut files = 0;
    for dir in DIRS {
        let dir = root.join(dir);
        let mut paths: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|entry| entry.expect("readable entry").path())
            .filter(|p| p.to_string_lossy().ends_with(".structure.json"))
            .collect();
        paths.sort();
        for path in paths {
            let expected: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("valid JSON");
            let name = expected["text"].as_str().expect("the expected file names its text");
            let text = std::fs::read_to_string(dir.join("..").join(name)).expect("the text exists");
            let report = zhibiao::parse(&text, &zhibiao::Options::default());
            let actual = serde_json::to_value(&report).expect("the report serializes");
            let before = (tally.matched, tally.total);
            compare(name, &expected, &actual, &mut tally);
            println!("{name}: {}/{} fields", tally.matched - before.0, tally.total - before.1);
            files += 1;
        }
    }
    assert_eq!(files, 8, "one structure file per seed and held-out report");
    for m in &tally.mismatches {
        println!("  {m}");
    }
    let share = tally.share();
    println!("structure: {}/{} fields matched ({share:.3}), floor {FLOOR}", tally.matched, tally.total);
    assert!(share >= FLOOR, "structure: {share:.3} of fields matched, below the floor {FLOOR}");
}
