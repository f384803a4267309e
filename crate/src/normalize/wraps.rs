//! Broken line wraps: a paragraph cut inside a word by a line break, often
//! with blank lines (seed 000: `目前，汽` ⏎⏎ `车制造`), is joined again. A line
//! is cut when it is prose (it holds a comma and is not short), ends in a
//! character that continues a word, and the next line starts flush with one.
//! Headings, list items and indented paragraphs stay breaks.

use super::edit::{apply, Edit};
use super::{is_han, summary};
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// Fewer characters than this and a line is a heading or a short paragraph.
const MIN_PROSE_CHARS: usize = 12;

fn continues_word(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || c == '.'
}

fn is_prose(line: &str) -> bool {
    line.chars().count() >= MIN_PROSE_CHARS && line.contains(['，', ','])
}

/// Whether `line` starts like a heading or list item: `一、`, `(一)`, `1.`, `第一部分`.
pub fn starts_like_heading(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next();
    let second = chars.next();
    matches!(first, Some('(' | '（' | '第' | '—' | '-' | '●' | '■' | '◆' | '★' | '·' | '•'))
        || matches!(second, Some('、' | '.' | '．' | '是'))
            && first.is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c))
}

/// Runs the pass.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let s = src.as_str();
    let mut edits = Vec::new();
    // The paragraph so far, joined: a line joined to the one before counts as one.
    let mut para_start = 0;
    let mut pos = 0;
    while let Some(nl) = s[pos..].find('\n') {
        let line_end = pos + nl;
        let mut next_start = line_end;
        while next_start < s.len() && matches!(s.as_bytes()[next_start], b'\n' | b' ') {
            next_start += 1;
        }
        let indented = s[line_end..next_start].ends_with(' ');
        let para = &s[para_start..line_end];
        let next = s[next_start..].lines().next().unwrap_or("");
        let join = is_prose(para.trim())
            && para.trim_end().chars().next_back().is_some_and(continues_word)
            && next.chars().next().is_some_and(continues_word)
            && !indented
            && !starts_like_heading(next);
        if join {
            let from = para_start + para.trim_end().len();
            edits.push(Edit::delete(from..next_start));
        } else {
            para_start = next_start;
        }
        if next_start >= s.len() {
            break;
        }
        pos = next_start;
    }
    let first = edits.first().map(|e| src.span(e.range.clone()));
    warnings.extend(summary(
        WarningCode::LineWrapsRepaired,
        edits.len(),
        "断行已接合 (broken line wraps joined)",
        first,
    ));
    apply(src, &edits)
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn a_word_cut_across_blank_lines_is_joined() {
        let n = normalize("全区有各类相关企业，目前，汽\n\n车制造及零部件产业已成为重要引擎。");
        assert_eq!(n.text(), "全区有各类相关企业，目前，汽车制造及零部件产业已成为重要引擎。");
    }

    #[test]
    fn headings_and_finished_sentences_stay_apart() {
        for s in [
            "创新发展缔造产业强区\n\n4月18日下午，丹徒区新能源汽车产业联盟成立。",
            "全年地区生产总值增长5%，一般公共预算收入增长3%。\n二、2024年工作安排",
            "全年地区生产总值增长5%，一般公共预算收入增长\n(一)着力扩大有效需求",
        ] {
            assert_eq!(normalize(s).text(), s, "{s}");
        }
    }
}
