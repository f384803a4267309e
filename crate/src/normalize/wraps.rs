//! Broken line wraps: a paragraph cut inside a word or a sentence by a line
//! break, often with blank lines (seed 000: `目前，汽` ⏎⏎ `车制造`, `江大、` ⏎⏎
//! `江科大`), is joined again. A line is cut when its paragraph is prose (it
//! holds a comma and is not short), it ends in a character that continues a
//! word or in a comma, and the next line starts with one and is not a title
//! (after a comma, even a title-like line goes on the sentence). Headings,
//! list items and titles (short lines without punctuation: seed 002's
//! `确保全国文明城市` ⏎⏎ `防范化解重大风险`, where the source itself lost the
//! end of the sentence) stay breaks.
//!
//! Indentation is not read: the whitespace pass removes it, and a second run
//! must decide as the first did.

use super::edit::{apply, Edit};
use super::{is_han, summary, Notes};
use crate::chars::{has, is_cn_digit};
use crate::report::WarningCode;
use crate::span::MappedText;

/// Fewer characters than this and a line is a heading or a short paragraph.
const MIN_PROSE_CHARS: usize = 12;
/// A heading line is at most this long.
const MAX_HEADING_CHARS: usize = 40;
/// A line without sentence punctuation and at most this long is a title.
const MAX_TITLE_CHARS: usize = 20;

fn continues_word(c: char) -> bool {
    is_han(c) || c.is_ascii_alphanumeric() || c == '.' || c == '\u{FFFD}'
}

/// Whether a line ending in `c` stops in the middle of a sentence.
fn cut_after(c: char) -> bool {
    continues_word(c) || matches!(c, '，' | '、' | ',')
}

/// Whether `line` ends in a comma, after which the sentence goes on whatever the next line looks like:
/// `加快绿色制造体系建设，` ⏎ `创建省` ⏎ `级及以上绿色工厂100家。` (Hebei 2024) is one sentence, though
/// `创建省` alone looks like a title.
fn ends_mid_sentence(line: &str) -> bool {
    line.ends_with(['，', '、', ','])
}

/// Whether joining would put a full-width comma between two digits, where the
/// width pass (which has run) would read it as a thousands separator.
fn between_digits(line: &str, next: &str) -> bool {
    let mut end = line.chars().rev();
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    end.next() == Some('，') && digit(end.next()) && digit(next.chars().next())
}

/// Whether `line` is a title: short and without sentence punctuation.
fn is_title(line: &str) -> bool {
    line.chars().count() <= MAX_TITLE_CHARS && !line.contains(['，', '。', '；', '：', '！', '？', ',', ';', ':', '!'])
}

/// Whether `line` is a heading of its own: `五、加快新型城镇化进程，促进城乡一体化发展` (Baoding 2014) — it starts
/// like one, is no longer than a heading and holds no sentence's end. (After a comma it goes on, as any line.)
fn is_heading(line: &str) -> bool {
    starts_like_heading(line)
        && !ends_mid_sentence(line)
        && line.chars().count() <= MAX_HEADING_CHARS
        && !line.contains(['。', '；', '！', '？', ';', '!', '?'])
}

/// Whether `line` starts like a heading or list item: `一、`, `(一)`, `1.`, `第一部分`.
pub fn starts_like_heading(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next();
    let second = chars.next();
    matches!(first, Some('(' | '（' | '第' | '—' | '-' | '●' | '■' | '◆' | '★' | '·' | '•'))
        || matches!(second, Some('、' | '.' | '．' | '是'))
            && first.is_some_and(|c| c.is_ascii_digit() || is_cn_digit(c))
}

/// Runs the pass.
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let mut edits = Vec::new();
    // The paragraph so far (a line joined to the one before counts with it):
    // its length in characters and whether it holds a comma.
    let (mut para_chars, mut para_comma) = (0, false);
    // Whether the line read opens its paragraph (the line before it was not joined to it).
    let mut opens = true;
    let mut pos = 0;
    loop {
        let line_end = memchr::memchr(b'\n', &s.as_bytes()[pos..]).map_or(s.len(), |nl| pos + nl);
        let line = s[pos..line_end].trim_matches(' ');
        // Counted only as far as the test below needs, and by bytes: this runs on every line of the text.
        if para_chars < MIN_PROSE_CHARS {
            para_chars += line.chars().count();
        }
        para_comma = para_comma || memchr::memchr(b',', line.as_bytes()).is_some() || has(line, '，');
        if line_end == s.len() {
            break;
        }
        let mut next_start = line_end;
        while next_start < s.len() && matches!(s.as_bytes()[next_start], b'\n' | b' ') {
            next_start += 1;
        }
        let next_end = memchr::memchr(b'\n', &s.as_bytes()[next_start..]).map_or(s.len(), |nl| next_start + nl);
        let next = s[next_start..next_end].trim_end_matches(' ');
        let join = para_chars >= MIN_PROSE_CHARS
            && para_comma
            && line.chars().next_back().is_some_and(cut_after)
            && !between_digits(line, next)
            && next.chars().next().is_some_and(continues_word)
            && !starts_like_heading(next)
            && (!is_title(next) || ends_mid_sentence(line))
            && !(opens && is_heading(line));
        opens = !join;
        if join {
            let from = pos + s[pos..line_end].trim_end_matches(' ').len();
            edits.push(Edit::delete(from..next_start));
        } else {
            (para_chars, para_comma) = (0, false);
        }
        if next_start >= s.len() {
            break;
        }
        pos = next_start;
    }
    let first = edits.first().map(|e| src.span(e.range.clone()));
    notes.warnings.extend(summary(
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
        let n = normalize("今年以来，积极拓展与北邮、江大、\n\n江科大等高校合作深度，揭牌成立联盟。");
        assert_eq!(n.text(), "今年以来，积极拓展与北邮、江大、江科大等高校合作深度，揭牌成立联盟。");
    }

    #[test]
    fn a_heading_with_a_comma_stays_on_its_own_line() {
        let text = "五、加快新型城镇化进程，促进城乡一体化发展\n\n把城镇化作为跨越发展的重要载体。";
        assert_eq!(normalize(text).text(), text);
        // A list item cut after a comma is joined all the same.
        let n = normalize("1.加快项目建设和重点工程推进，\n全年新开工项目30个。");
        assert_eq!(n.text(), "1.加快项目建设和重点工程推进，全年新开工项目30个。");
    }

    #[test]
    fn a_paragraph_cut_twice_is_joined_twice() {
        let n = normalize("二级以上公立医院全面实施，普通门\n诊“一次挂号管三天”，公共服\n\n务更加普惠。\n下一段");
        assert_eq!(n.text(), "二级以上公立医院全面实施，普通门诊“一次挂号管三天”，公共服务更加普惠。\n下一段");
    }

    #[test]
    fn a_short_line_after_a_comma_is_joined_on_both_sides() {
        let n = normalize(
            "完善碳排放“双控”措施。加快绿色制造体系建设，\n创建省\n级及以上绿色工厂100家。开展减污降碳协同创新试点。",
        );
        assert_eq!(
            n.text(),
            "完善碳排放“双控”措施。加快绿色制造体系建设，创建省级及以上绿色工厂100家。开展减污降碳协同创新试点。"
        );
    }

    #[test]
    fn joined_spans_skip_the_break() {
        // 𠀀 takes two UTF-16 units, so the span of 车 proves the units are counted.
        let n = normalize("𠀀全区有各类相关企业，目前，汽\n\n车制造");
        let at = n.text().find('车').unwrap();
        assert_eq!(n.original_span(at..at + 3), crate::Span::new(18, 19));
    }

    #[test]
    fn headings_and_finished_sentences_stay_apart() {
        for s in [
            "创新发展缔造产业强区\n\n4月18日下午，丹徒区新能源汽车产业联盟成立。",
            "全年地区生产总值增长5%，一般公共预算收入增长3%。\n二、2024年工作安排",
            "全年地区生产总值增长5%，一般公共预算收入增长\n(一)着力扩大有效需求",
            // Seed 002: the source lost the end of the sentence before a heading.
            "深入推进“十大提升行动”，推动一批创建难点堵点取得实质性突破，确保全国文明城市\n\n防范化解重大风险",
            "现在,我代表句容市人民政府向大会作工作报告,请予以审议\n一、2023年工作回顾",
            "全区有各类相关企业，同比分别增长23.7%，45，\n6个项目",
        ] {
            assert_eq!(normalize(s).text(), s, "{s}");
        }
    }
}
