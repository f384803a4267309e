//! The glossary at the end of a report: `①“四上”企业：规模以上工业企业…` parsed
//! into terms and definitions, each linked to where the report uses the term.

use super::{Sec, SectionRole};
use crate::word_set::WordSet;
use std::ops::Range;

/// A footnote definition, in bytes of the normalized text.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The term as defined (`“四上”企业`).
    pub term: String,
    /// Its definition.
    pub definition: String,
    /// The definition line.
    pub range: Range<usize>,
    /// Where the text before the glossary uses the term.
    pub uses: Vec<Range<usize>>,
}

/// Most uses linked per term, so that a common word cannot flood the result.
const MAX_USES: usize = 20;

/// The entries of the glossary sections of `text`.
pub fn entries(text: &str, sections: &[Sec]) -> Vec<Entry> {
    let mut out = Vec::new();
    for sec in sections.iter().filter(|s| s.role == SectionRole::Glossary) {
        let body = &text[..sec.range.start];
        let first = out.len();
        let mut pos = sec.range.start;
        for line in text[sec.range.clone()].split('\n') {
            let range = pos..pos + line.len();
            pos = range.end + 1;
            // The entry's marker: ①, [1], (1).
            let mut clean = line.trim_start_matches(' ');
            while let Some(len) = crate::normalize::marker_at(clean) {
                clean = clean[len..].trim_start_matches(' ');
            }
            let Some(colon) = clean.find(['：', ':']) else { continue };
            let term = clean[..colon].trim().to_string();
            let definition =
                clean[colon + clean[colon..].chars().next().map_or(1, char::len_utf8)..].trim().to_string();
            if term.is_empty() || definition.is_empty() {
                continue;
            }
            out.push(Entry { term, definition, range, uses: Vec::new() });
        }
        link_uses(body, &mut out[first..]);
    }
    out
}

/// Where `body` uses each entry's quoted names (“四上”企业 → “四上”: what the running
/// text repeats), at most [`MAX_USES`] each: every name of every entry found in
/// one pass over the body, each name's places as `match_indices` gives them.
fn link_uses(body: &str, entries: &mut [Entry]) {
    let names: Vec<(usize, String)> = entries
        .iter()
        .enumerate()
        .flat_map(|(e, entry)| quoted(&entry.term).into_iter().map(move |k| (e, k.to_string())))
        .collect();
    let set = WordSet::new(names.iter().map(|(_, k)| k.as_str()));
    let mut last_end = vec![0; names.len()];
    let mut count = vec![0; names.len()];
    set.each_place(body, |r, k| {
        // One name's places do not overlap, as with `match_indices`.
        if r.start >= last_end[k] && count[k] < MAX_USES {
            last_end[k] = r.end;
            count[k] += 1;
            entries[names[k].0].uses.push(r);
        }
    });
    for entry in entries {
        entry.uses.sort_by_key(|r| r.start);
        entry.uses.dedup();
        entry.uses.truncate(MAX_USES);
    }
}

/// The quoted parts of a term, quotes included (`“四上”企业` → [`“四上”`]); the
/// whole term when it has none.
fn quoted(term: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = term;
    let mut offset = 0;
    while let Some(open) = rest.find('“') {
        let Some(close) = rest[open..].find('”') else { break };
        let end = open + close + '”'.len_utf8();
        keys.push(&term[offset + open..offset + end]);
        offset += end;
        rest = &rest[end..];
    }
    if keys.is_empty() {
        keys.push(term);
    }
    keys
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::segment::segment;

    #[test]
    fn terms_definitions_and_uses() {
        let n = normalize(
            "二、2024年主要工作安排\n“四上”企业达到300家，实施“美家美户”行动。\n①“四上”企业:规模以上工业企业、资质等级建筑业企业。\n②“美家美户”:学习运用浙江经验。",
        );
        let st = segment(&n, None, &mut Vec::new());
        let g = &st.glossary;
        assert_eq!(g.len(), 2);
        assert_eq!(g[0].term, "“四上”企业");
        assert_eq!(g[0].definition, "规模以上工业企业、资质等级建筑业企业。");
        assert_eq!(g[0].uses.len(), 1);
        assert_eq!(&n.text()[g[1].uses[0].clone()], "“美家美户”");
        // Markers in brackets, as a converted document has them.
        let n = normalize(
            "二、工作安排\n实施“揭榜挂帅”^[3]，“新四馆”^[4]。\n名词解释\n[3]“揭榜挂帅”：即科技悬赏制。\n[4]“新四馆”：市博物馆等。",
        );
        let g = segment(&n, None, &mut Vec::new()).glossary;
        assert_eq!((g[0].term.as_str(), g[0].uses.len()), ("“揭榜挂帅”", 1));
    }
}
