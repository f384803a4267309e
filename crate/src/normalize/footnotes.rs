//! Footnote markers in the running text: `①`…`⑳`, `⑴`…`⒇`, `❶`…`❿`, `[21]`, `^[21]` (Markdown's),
//! `(9)` right after a term, and a `?` where a marker was lost in copying
//! (seed 004: `“美家美戶”? 行動`). A marker at the start of a line opens a
//! glossary entry: a circled number there stays, a lost `?` goes.
//!
//! A `?` is read as a lost marker only in a text that shows the pattern
//! somewhere (`”?` or a line starting `?“`), so a question mark in prose
//! stays; in such a text, a `?` right after a Han character and before a word
//! (`体系?,升级`) goes too, which is right for seed 004 and would be wrong
//! for a real question there.

use super::edit::{apply, Edit, Kept};
use super::{is_han, summary, Notes};
use crate::chars::{has, has_str, Leads, Scan};
use crate::report::WarningCode;
use crate::span::MappedText;

/// Length in bytes of a footnote marker at the start of `s` (`①`, `[21]`,
/// `(9)`), wherever it stands; [`super::pinyin`] looks through them.
pub fn marker_at(s: &str) -> Option<usize> {
    let c = s.chars().next()?;
    if circled(c) {
        return Some(c.len_utf8());
    }
    matches!(c, '[' | '［' | '(' | '（').then(|| bracketed_number(s)).flatten()
}

fn circled(c: char) -> bool {
    matches!(c, '\u{2460}'..='\u{2473}' | '\u{2474}'..='\u{2487}' | '\u{2776}'..='\u{277F}' | '\u{3251}'..='\u{325F}')
}

/// Whether `c` may open what this pass or the pinyin pass edits: a bracket or
/// parenthesis, a circled number, a `?`. Every other character is passed by.
fn may_open_marker(c: char) -> bool {
    matches!(c, '?' | '[' | '［' | '(' | '（') || circled(c)
}

/// What may start a character that [`may_open_marker`]: an ASCII `?` `[`
/// `(`, or the first two or three bytes of `（` (EF BC 88), `［` (EF BC BB)
/// and the circled numbers (E2 91, E2 92, E2 9D, E3 89).
struct MayOpen;

impl Leads for MayOpen {
    #[inline(always)]
    fn at(b0: u8, b1: u8, b2: u8, _: u8) -> bool {
        (b0 == b'?')
            | (b0 == b'[')
            | (b0 == b'(')
            | ((b0 == 0xEF) & (b1 == 0xBC) & ((b2 == 0x88) | (b2 == 0xBB)))
            | ((b0 == 0xE2) & ((b1 == 0x91) | (b1 == 0x92) | (b1 == 0x9D)))
            | ((b0 == 0xE3) & (b1 == 0x89))
    }
}

/// Where the characters that [`may_open_marker`] start in a text, found by
/// bytes (none of those above starts inside a character) and 32 at a time.
pub struct Candidates<'a> {
    s: &'a str,
    scan: Scan<'a, MayOpen>,
}

impl<'a> Candidates<'a> {
    pub fn new(s: &'a str) -> Self {
        Candidates { s, scan: Scan::new(s.as_bytes()) }
    }

    /// The byte at or after `from` where the next one starts.
    pub fn next_from(&mut self, mut from: usize) -> Option<usize> {
        while let Some(at) = self.scan.next_from(from) {
            if self.s[at..].chars().next().is_some_and(may_open_marker) {
                return Some(at);
            }
            from = at + 1;
        }
        None
    }
}

/// What a term ends with, before its marker.
fn term_end(c: char) -> bool {
    is_han(c) || matches!(c, '”' | '"' | '》' | '」' | ')' | '）' | '’')
}

/// What may follow a marker.
fn after_marker(c: Option<char>) -> bool {
    c.is_none_or(|c| is_han(c) || c == ' ' || c == '\n' || has("，。、；：,.;:！？)）“”\"《", c))
}

/// Rounds of the pass: removing a marker can show another (`增长(9)①二是`).
const MAX_ROUNDS: usize = 4;

/// Runs the pass.
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let mut text = src;
    let mut total = 0;
    let mut first = None;
    for _ in 0..MAX_ROUNDS {
        let edits = markers(text.as_str());
        let Some(e) = edits.first() else {
            break;
        };
        first.get_or_insert(text.span(e.range.clone()));
        total += edits.len();
        text = apply(text, &edits);
    }
    notes.warnings.extend(summary(
        WarningCode::FootnoteMarkersRemoved,
        total,
        "脚注标记已去除 (footnote markers removed)",
        first,
    ));
    text
}

/// The edits removing the markers of `s`.
fn markers(s: &str) -> Vec<Edit> {
    let mut edits: Vec<Edit> = Vec::new();
    // A `?` is read as a lost marker only where the text shows the pattern: after a closing quote, or
    // opening a line before an opening one. ASCII quotes count as the quotes pass makes them later (`"?`
    // becomes `”?`, `?""` becomes `?“”`), so that a second run finds no pattern the first did not.
    // (Leading spaces are looked through: the whitespace pass removes them.)
    let line_opens = |l: &str| l.trim_start().strip_prefix('?').is_some_and(|r| r.starts_with(['“', '"']));
    let lost_markers = has(s, '?') && (has_str(s, "”?") || has_str(s, "\"?") || s.split('\n').any(line_opens));
    let mut kept = Kept::default();
    let mut i = 0;
    let mut candidates = Candidates::new(s);
    while let Some(at) = candidates.next_from(i) {
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let (prev, line_start) = (kept.prev(s, at), kept.line_start(s, at));
        let next = s[at + c.len_utf8()..].chars().next();
        // A marker in Markdown's form, `体系^[5]`: the caret goes with it.
        let caret = c == '[' && prev == Some('^') && s[..at - 1].chars().next_back().is_some_and(term_end);
        let marker_len = if line_start {
            // `? “四零”目标：` opens a glossary entry whose marker was lost.
            (lost_markers && c == '?' && matches!(next, Some('“' | ' ' | '"'))).then_some(1)
        } else if circled(c) && prev.is_some_and(term_end) {
            Some(c.len_utf8())
        } else if lost_markers && c == '?' && prev.is_some_and(term_end) && next != Some('?') && after_marker(next) {
            Some(1)
        } else if matches!(c, '[' | '［' | '(' | '（') && (prev.is_some_and(term_end) || caret) {
            // A chain of markers goes at once: `(9)(9)(9)` would take a round each.
            bracketed_number(&s[at..])
                .filter(|&len| after_marker(s[at + len..].chars().next()) || marker_at(&s[at + len..]).is_some())
        } else {
            None
        };
        i = at + c.len_utf8();
        if let Some(mut len) = marker_len {
            // The space some sites print after a marker goes with it when a
            // word or punctuation follows (`“美家美戶”? 行動`), not a
            // parenthesis or another marker: `闻① (wén)` must not become a reading.
            let after_space = s[at + len..].strip_prefix(' ').and_then(|r| r.chars().next());
            if after_space.is_some_and(|c| is_han(c) || has("，。、；：！？“”《》", c)) && !line_start {
                len += 1;
            }
            let start = if caret { at - 1 } else { at };
            edits.push(Edit::delete(start..at + len));
            kept.skip(s, start, at + len, None);
            i = at + len;
        }
    }
    edits
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
        // Full-width digits too: the pinyin pass looks for markers before the width pass.
        if (c.is_ascii_digit() || ('０'..='９').contains(&c)) && digits < 2 {
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
        // Markdown's form, from a converted document.
        assert_eq!(normalize("“5个1000”行动^[4]累计入库项目1290个").text(), "“5个1000”行动累计入库项目1290个");
        assert_eq!(normalize("x^[2] 与 a^[3]b").text(), "x^[2] 与 a^[3]b");
    }

    #[test]
    fn lost_markers_of_seed_004_go() {
        assert_eq!(normalize("實施“美家美戶”? 行動,農村").text(), "实施“美家美户”行动,农村");
        assert_eq!(normalize("“三期”?影響,“四零”目標?。扎實").text(), "“三期”影响,“四零”目标。扎实");
        assert_eq!(normalize("正文。\n?“無廢城市”:以創新").text(), "正文。\n“无废城市”:以创新");
    }

    #[test]
    fn lost_markers_by_ascii_quotes_go_on_the_first_run() {
        // The quotes pass makes these “ and ” (after this pass): a second run must find no marker the first
        // left. `?""` is what the property test found.
        assert_eq!(normalize("?\"\"").text(), "“”");
        assert_eq!(normalize("實施\"美家美戶\"? 行動,農村").text(), "实施“美家美户”行动,农村");
        assert_eq!(normalize("正文。\n?\"無廢城市\":以創新").text(), "正文。\n“无废城市”:以创新");
    }

    #[test]
    fn markers_in_a_row_go_together() {
        assert_eq!(normalize("增长(9)①二是").text(), "增长二是");
        assert_eq!(normalize(")(9)(9)(9)(9)(9)(9)").text(), ")");
        assert_eq!(normalize("词[1][2][3][4][5][6]，").text(), "词，");
        // A space parts them: the second is not after a term.
        assert_eq!(normalize("增长① ①(xiàn)").text(), "增长 ①(xiàn)");
        assert_eq!(normalize("“四上”①?企业").text(), "“四上”企业");
    }

    #[test]
    fn spans_skip_the_removed_markers() {
        let input = "𠀀“四上”企业[21]达到634家";
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀“四上”企业达到634家");
        assert_eq!(crate::normalize::evidence(input, &n, "达到634家"), "达到634家");
        assert_eq!(crate::normalize::evidence(input, &n, "企业达到"), "企业[21]达到");
    }

    #[test]
    fn glossary_markers_at_line_starts() {
        // Seed 004: the glossary keeps its circled numbers; lost ones go.
        let input = "正文。\n①“四上”企业:规模以上工业企业。\n?“美家美户”:学习运用。\n? 南京“五标八链”:包括。";
        assert_eq!(
            normalize(input).text(),
            "正文。\n①“四上”企业:规模以上工业企业。\n“美家美户”:学习运用。\n南京“五标八链”:包括。"
        );
    }

    #[test]
    fn candidates_found_by_bytes_are_those_found_by_characters() {
        use super::{may_open_marker, Candidates};
        // Every kind of candidate, and punctuation that shares their first
        // bytes (`，` EF BC 8C, `“` E2 80 9C, `。` E3 80 82, `⑀` E2 91 80),
        // repeated across the 32-byte blocks.
        let text = "现(①［（?[，“。⑴❶㉑⑀xiàn)𠀀ab".repeat(9);
        let want: Vec<usize> = text.char_indices().filter(|&(_, c)| may_open_marker(c)).map(|(i, _)| i).collect();
        assert_eq!(want.len(), 9 * 9); // ( ① ［ （ ? [ ⑴ ❶ ㉑ in each copy
        for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let mut got = Vec::new();
            let mut i = from;
            let mut candidates = Candidates::new(&text);
            while let Some(at) = candidates.next_from(i) {
                got.push(at);
                i = at + 1;
            }
            assert_eq!(got, want.iter().copied().filter(|&w| w >= from).collect::<Vec<_>>(), "from {from}");
        }
    }

    #[test]
    fn numbers_and_lists_stay() {
        for s in ["(1)加快发展", "①“四上”企业：指", "村(社区)", "增长5%(年度目标6%)", "什么?为什么?", "列全市第1"]
        {
            assert_eq!(normalize(s).text(), s, "{s}");
        }
    }
}
