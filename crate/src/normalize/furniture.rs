//! Page furniture and repeats: bylines (`本报记者…`, `(崔宇华 金希童)`,
//! `(文/…图/…)`), photo credits, site menus (on one line, or one entry per
//! line as a scraped `<ul>` leaves them), breadcrumbs (`首页 > 新闻`), share
//! and print buttons, footers, lists of related links (`相关链接` and the
//! titles after it), `网友评论`, and paragraphs that repeat an earlier one (or
//! a piece of it). They stay in the text, marked as skipped so that no figure
//! is read from them or counted twice. Neighbouring lines of one kind make
//! one skipped range and one warning (a repeated copy of a whole report is
//! one warning, not one per paragraph).
//!
//! Limits, by design of a line-by-line reader: a menu written one entry per
//! line needs four entries of at most six characters, or two with a menu word
//! (`首页`), so that a report's headings are never a menu; a list of links
//! runs from its header to the first line that reads as prose (longer than a
//! title, or ending in `。`), so a short paragraph right after a list is
//! skipped with it; a repeat counts from its first line of 15 characters or
//! more (a repeated short heading before it is read again, harmlessly); and
//! the `<head>` of a page (its title) is gone before this pass sees it.

use super::menus::{
    is_breadcrumb, is_furniture_line, is_link_item, is_list_header, is_menu_item, is_menu_line, is_menu_word,
    trailing_credit,
};
use crate::chars::line_ranges;
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;
use rustc_hash::FxHashMap as HashMap;
use std::collections::hash_map::Entry;
use std::ops::Range;

/// A repeated line must be at least this long (in characters) to count.
const MIN_REPEAT_CHARS: usize = 15;
/// Window (in characters) used to find where a repeated piece came from.
const WINDOW: usize = 8;
/// At most this many windows are indexed, so that memory stays bounded on
/// huge inputs; repeats of pieces past them are found only when whole.
const MAX_WINDOWS: usize = 400_000;
/// Lines one entry each that make a menu (fewer when one is a menu word).
const MIN_MENU_LINES: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Byline,
    Menu,
    Links,
    Comments,
    Repeat,
}

impl Kind {
    fn warning(self, what: &str) -> (WarningCode, String) {
        let (code, label) = match self {
            Kind::Byline => (WarningCode::PageFurniture, "署名或版面信息，不计入指标 (byline or page furniture)"),
            Kind::Menu => (WarningCode::PageFurniture, "网站导航菜单，不计入指标 (site menu)"),
            Kind::Links => (WarningCode::PageFurniture, "相关链接列表，不计入指标 (list of links)"),
            Kind::Comments => (WarningCode::PageFurniture, "网友评论，不计入指标 (readers' comments)"),
            Kind::Repeat => (WarningCode::DuplicateText, "重复的段落，不重复计入 (repeats earlier text)"),
        };
        (code, format!("{label}: {}", excerpt(what)))
    }
}

/// Byte ranges of furniture and repeated lines in `text`, sorted, with a
/// warning for each.
pub fn find(text: &MappedText, warnings: &mut Vec<Warning>) -> Vec<Range<usize>> {
    let s = text.as_str();
    let lines = line_ranges(s);
    let mut marks: Vec<(Range<usize>, Kind)> = Vec::new();
    let mut repeats = Repeats::default();
    // About one window per WINDOW characters (three bytes each in Chinese text).
    repeats.windows.reserve((s.len() / 3 / WINDOW).min(MAX_WINDOWS));
    repeats.seen.reserve(lines.len());
    // In a list after a header: its kind, and whether its items are links
    // (titles) rather than buttons (short words).
    let mut in_list: Option<(Kind, bool)> = None;
    let mut k = 0;
    while k < lines.len() {
        let range = lines[k].clone();
        let line = &s[range.clone()];
        k += 1;
        if is_menu_line(line) || is_breadcrumb(line) {
            marks.push((range, Kind::Menu));
            in_list = None;
            continue;
        }
        if is_furniture_line(line) {
            marks.push((range, Kind::Byline));
            in_list = None;
            continue;
        }
        let item = match in_list {
            Some((_, true)) => is_link_item(line),
            Some((_, false)) => is_menu_item(line),
            None => false,
        };
        if let Some((kind, _)) = in_list.filter(|_| item && !is_list_header(line)) {
            marks.push((range, kind));
            continue;
        }
        in_list = is_list_header(line).then(|| {
            let kind = if line.contains("评论") { Kind::Comments } else { Kind::Links };
            (kind, !line.starts_with("分享到"))
        });
        if let Some((kind, _)) = in_list {
            marks.push((range, kind));
            continue;
        }
        let menu = lines[k - 1..].iter().take_while(|r| is_menu_item(&s[(*r).clone()])).count();
        if menu >= MIN_MENU_LINES || menu >= 2 && lines[k - 1..k - 1 + menu].iter().any(|r| is_menu_word(&s[r.clone()]))
        {
            marks.extend(lines[k - 1..k - 1 + menu].iter().map(|r| (r.clone(), Kind::Menu)));
            k += menu - 1;
            continue;
        }
        let after_repeat =
            marks.last().is_some_and(|(r, kind)| *kind == Kind::Repeat && s[r.end..range.start].trim().is_empty());
        if repeats.is_repeat(s, range.clone(), after_repeat) {
            marks.push((range, Kind::Repeat));
            continue;
        }
        if let Some(credit) = trailing_credit(line) {
            marks.push((range.start + credit..range.end, Kind::Byline));
        }
    }
    merge(s, marks, text, warnings)
}

/// Joins marks of one kind with nothing but whitespace between them, and
/// writes one warning for each.
fn merge(
    s: &str,
    marks: Vec<(Range<usize>, Kind)>,
    text: &MappedText,
    warnings: &mut Vec<Warning>,
) -> Vec<Range<usize>> {
    let mut merged: Vec<(Range<usize>, Kind)> = Vec::new();
    for (r, kind) in marks {
        match merged.last_mut() {
            Some((last, k)) if *k == kind && s[last.end..r.start].trim().is_empty() => last.end = r.end,
            _ => merged.push((r, kind)),
        }
    }
    for (r, kind) in &merged {
        let (code, message) = kind.warning(&s[r.clone()]);
        warnings.push(Warning { code, message, span: Some(text.span(r.clone())) });
    }
    merged.into_iter().map(|(r, _)| r).collect()
}

/// The lines seen so far, to find repeats of a whole line or a piece of one.
/// Pieces are found by their windows of [`WINDOW`] characters: each line
/// seen is cut into windows end to end (its characters `0..8`, `8..16`, …),
/// each indexed by a hash of its characters, so every character is hashed
/// once. A line that is a piece of an earlier one, and so at least
/// `2 × WINDOW − 1` characters long, holds one of those windows whole, and
/// it starts at one of the line's first [`WINDOW`] characters. A candidate is
/// checked before it counts (a hash collision only costs a missed repeat, as
/// does a window that an earlier line of other text holds too: each window
/// keeps the first line it came from).
#[derive(Default)]
struct Repeats<'a> {
    seen: HashMap<&'a str, ()>,
    /// The line (its byte range) each indexed window first came from.
    windows: HashMap<u64, (u32, u32)>,
}

const _: () = assert!(MIN_REPEAT_CHARS >= 2 * WINDOW - 1);

/// Multiplier of the hash (an odd 64-bit constant).
const BASE: u64 = 0x100_0000_01b3;

/// The hash of a window's characters so far (from 0) and `c`.
fn hash_step(h: u64, c: char) -> u64 {
    h.wrapping_mul(BASE).wrapping_add(c as u64)
}

impl<'a> Repeats<'a> {
    /// Whether the line `range` of `s` repeats earlier text; short lines count
    /// only right after a repeat (the headings of a repeated copy). Lines that
    /// do not repeat are remembered.
    fn is_repeat(&mut self, s: &'a str, range: Range<usize>, after_repeat: bool) -> bool {
        let line = &s[range.clone()];
        // (A character is one to four bytes: only lines of 15 to 59 bytes need counting.)
        let short = line.len() < MIN_REPEAT_CHARS
            || line.len() < 4 * MIN_REPEAT_CHARS && line.chars().count() < MIN_REPEAT_CHARS;
        let unseen = match self.seen.entry(line) {
            Entry::Occupied(_) => return !short || after_repeat,
            Entry::Vacant(unseen) => unseen,
        };
        if short {
            unseen.insert(());
            return false;
        }
        let mut head = ['\0'; 2 * WINDOW - 1];
        head.iter_mut().zip(line.chars()).for_each(|(h, c)| *h = c);
        let piece = (0..WINDOW).any(|k| {
            let from_line = self.windows.get(&head[k..k + WINDOW].iter().fold(0, |h, &c| hash_step(h, c)));
            from_line.is_some_and(|&(from, to)| s[from as usize..to as usize].contains(line))
        });
        if piece {
            return true;
        }
        unseen.insert(());
        let room = MAX_WINDOWS.saturating_sub(self.windows.len());
        let (mut h, mut n, mut added) = (0u64, 0, 0);
        for c in line.chars() {
            h = hash_step(h, c);
            n += 1;
            if n == WINDOW {
                if added == room {
                    break;
                }
                self.windows.entry(h).or_insert((range.start as u32, range.end as u32));
                (h, n, added) = (0, 0, added + 1);
            }
        }
        false
    }
}

fn excerpt(s: &str) -> String {
    let s = s.lines().next().unwrap_or("");
    let mut out: String = s.chars().take(20).collect();
    if s.chars().count() > 20 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    fn skipped(input: &str) -> Vec<String> {
        let n = normalize(input);
        n.skipped.iter().map(|r| n.text()[r.clone()].to_string()).collect()
    }

    #[test]
    fn bylines_and_credits() {
        assert_eq!(
            skipped("本报记者 陈静 通讯员 开宣 张辉\n2021年，开发区实现增长。"),
            ["本报记者 陈静 通讯员 开宣 张辉"]
        );
        assert_eq!(
            skipped("正文。\n(范韵 杨卫华)\n(文/董本宽 图/战战顺)\n网友评论"),
            ["(范韵 杨卫华)\n(文/董本宽 图/战战顺)", "网友评论"]
        );
        assert_eq!(skipped("全年增长5%。(崔宇华 金希童)"), ["(崔宇华 金希童)"]);
    }

    #[test]
    fn a_sites_footer() {
        // Baoding 2026, as a science bureau's site printed it.
        let footer = "联系地址：河北省保定市东二环1539号
上班时间：周一至周五 上午：8:30-12:00
您是第
74367782 位访客";
        assert_eq!(skipped(&format!("全年增长5%。\n{footer}")), [footer]);
    }

    #[test]
    fn warnings_point_at_the_original_lines() {
        let input = "𠀀全年增长5%。\n（范韵　杨卫华）\n本版摄影：卜兴文";
        let n = normalize(input);
        let w = n.warnings.iter().find(|w| w.code == crate::WarningCode::PageFurniture).unwrap();
        let units: Vec<u16> = input.encode_utf16().collect();
        let span = w.span.unwrap();
        assert_eq!(
            String::from_utf16_lossy(&units[span.start as usize..span.end as usize]),
            "（范韵　杨卫华）\n本版摄影：卜兴文"
        );
    }

    #[test]
    fn parentheses_in_prose_stay() {
        assert!(skipped("党工委(扩大)会议\n村(社区)书记\n(一)着力扩大有效需求").is_empty());
    }

    #[test]
    fn repeated_paragraphs_and_pieces_are_skipped() {
        let p = "累计留抵退税6.82亿元,缓征税费7.64亿元,新增实体经济信贷投放110.23亿元。";
        let piece = "7.64亿元,新增实体经济信贷投放110.23亿元。";
        let input = format!("{p}\n其他内容，全年增长5%。\n{piece}\n{p}");
        assert_eq!(skipped(&input), [format!("{piece}\n{p}")]);
    }

    #[test]
    fn a_piece_of_a_line_is_found_wherever_it_starts() {
        // Seed 001: every piece of 15 characters or more, at every offset, against the windows of the line.
        let p: Vec<char> = "累计留抵退税6.82亿元,缓征税费7.64亿元,新增实体经济信贷投放110.23亿元。".chars().collect();
        for start in 0..=p.len() - 15 {
            for end in [start + 15, start + 16, start + 23, p.len()].into_iter().filter(|&e| e <= p.len()) {
                let piece: String = p[start..end].iter().collect();
                let whole: String = p.iter().collect();
                let got = skipped(&format!("{whole}\n其他内容，全年增长5%。\n{piece}"));
                assert_eq!(got, [piece.as_str()], "{piece}");
            }
        }
    }

    #[test]
    fn a_repeated_copy_of_a_report_is_one_range() {
        let report =
            "一、工作回顾\n\n全年实现地区生产总值301.5亿元，增长3%。\n二、工作安排\n\n确保一般公共预算收入突破40亿元。";
        let n = normalize(&format!("{report}\n\n{report}"));
        assert_eq!(n.skipped.len(), 1);
        assert_eq!(
            &n.text()[n.skipped[0].clone()],
            "全年实现地区生产总值301.5亿元，增长3%。\n二、工作安排\n\n确保一般公共预算收入突破40亿元。"
        );
        // The heading before the first repeated paragraph is not known yet to start a copy; it holds no figure.
        assert_eq!(n.warnings.iter().filter(|w| w.code == crate::WarningCode::DuplicateText).count(), 1);
    }

    #[test]
    fn menus_on_one_line_or_one_entry_per_line() {
        assert_eq!(skipped("首页 | 新闻中心 | 政务公开\n全年增长5%。"), ["首页 | 新闻中心 | 政务公开"]);
        assert_eq!(
            skipped("首页\n\n新闻中心\n政务公开\n互动交流\n全年增长5%，好。"),
            ["首页\n\n新闻中心\n政务公开\n互动交流"]
        );
        assert_eq!(skipped("首页 > 新闻 > 正文\n全年增长5%。"), ["首页 > 新闻 > 正文"]);
    }

    #[test]
    fn headings_between_paragraphs_are_not_menus() {
        let s = "持续做大经济总量\n\n确保全年收入突破40亿元。\n\n狠抓项目招引建设\n\n全年招引项目30个。";
        assert!(skipped(s).is_empty());
    }

    #[test]
    fn related_links_and_their_titles() {
        let s = "全年增长5%。\n相关链接：\n丹徒区召开经济运行分析会 2024-07-01\n\n扬中上半年GDP增长3%\n下一段正文很长，全区实现地区生产总值301.5亿元，同比增长3%，以上指标增幅均列首位。";
        assert_eq!(skipped(s), ["相关链接：\n丹徒区召开经济运行分析会 2024-07-01\n\n扬中上半年GDP增长3%"]);
    }
}
