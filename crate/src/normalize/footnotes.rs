//! Footnote markers in the running text: `①`…`⑳`, `⑴`…`⒇`, `❶`…`❿`, `[21]`,
//! `(9)` right after a term, and a `?` where a marker was lost in copying
//! (seed 004: `“美家美戶”? 行動`). A marker at the start of a line opens a
//! glossary entry: a circled number there stays, a lost `?` goes.

use super::edit::{apply, Edit};
use super::{is_han, summary};
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

fn circled(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{2474}'..='\u{2487}' | '\u{2776}'..='\u{277F}' | '\u{3251}'..='\u{325F}')
}

/// What a term ends with, before its marker.
fn term_end(c: char) -> bool {
    is_han(c) || matches!(c, '”' | '"' | '》' | '」' | ')' | '）' | '’')
}

/// What may follow a marker.
fn after_marker(c: Option<char>) -> bool {
    c.is_none_or(|c| is_han(c) || c == ' ' || c == '\n' || "，。、；：,.;:！？)）“”\"《".contains(c))
}

/// Runs the pass.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let s = src.as_str();
    let mut edits: Vec<Edit> = Vec::new();
    // A `?` is read as a lost marker only where the text shows the pattern.
    let lost_markers = s.contains("\n?“") || s.contains("”?");
    let mut line_start = true;
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let next = s[i + c.len_utf8()..].chars().next();
        let marker_len = if line_start {
            // `? “四零”目标：` opens a glossary entry whose marker was lost.
            (lost_markers && c == '?' && matches!(next, Some('“' | ' ' | '"'))).then_some(1)
        } else if circled(c) && prev.is_some_and(term_end) {
            Some(c.len_utf8())
        } else if lost_markers && c == '?' && prev.is_some_and(term_end) && next != Some('?') && after_marker(next) {
            Some(1)
        } else if matches!(c, '[' | '［' | '(' | '（') && prev.is_some_and(term_end) {
            bracketed_number(&s[i..]).filter(|&len| after_marker(s[i + len..].chars().next()))
        } else {
            None
        };
        if let Some(mut len) = marker_len {
            // The space some sites print after a marker goes with it.
            if s[i + len..].starts_with(' ') && !line_start {
                len += 1;
            }
            edits.push(Edit::delete(i..i + len));
            while it.next_if(|(j, _)| *j < i + len).is_some() {}
            continue;
        }
        line_start = c == '\n' || (line_start && c == ' ');
        prev = Some(c);
    }
    let first = edits.first().map(|e| src.span(e.range.clone()));
    warnings.extend(summary(
        WarningCode::FootnoteMarkersRemoved,
        edits.len(),
        "脚注标记已去除 (footnote markers removed)",
        first,
    ));
    apply(src, &edits)
}

/// Length of `[12]`, `［12］`, `(9)` or `（9）` at the start of `s`: one or two digits.
fn bracketed_number(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let close = match open {
        '[' => ']',
        '［' => '］',
        '(' => ')',
        _ => '）',
    };
    let mut digits = 0;
    for (j, c) in chars {
        if c.is_ascii_digit() {
            digits += 1;
        } else if c == close && (1..=2).contains(&digits) {
            return Some(j + c.len_utf8());
        } else {
            return None;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn markers_after_terms_go() {
        assert_eq!(normalize("实施“美家美户”①行动").text(), "实施“美家美户”行动");
        assert_eq!(normalize("“四上”企业[21]达到").text(), "“四上”企业达到");
        assert_eq!(normalize("新质生产力(9),加快").text(), "新质生产力,加快");
    }

    #[test]
    fn lost_markers_of_seed_004_go() {
        assert_eq!(normalize("實施“美家美戶”? 行動,農村").text(), "实施“美家美户”行动,农村");
        assert_eq!(normalize("“三期”?影響,“四零”目標?。扎實").text(), "“三期”影响,“四零”目标。扎实");
        assert_eq!(normalize("正文。\n?“無廢城市”:以創新").text(), "正文。\n“无废城市”:以创新");
    }

    #[test]
    fn numbers_and_lists_stay() {
        for s in ["(1)加快发展", "①“四上”企业：指", "村(社区)", "增长5%(年度目标6%)", "什么?为什么?", "列全市第1"]
        {
            assert_eq!(normalize(s).text(), s, "{s}");
        }
    }
}
