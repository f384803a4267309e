//! Page furniture and repeats: bylines (`本报记者…`, `(崔宇华 金希童)`,
//! `(文/…图/…)`), photo credits, `网友评论` and site menus, and paragraphs that
//! repeat an earlier one (or a piece of it). They stay in the text, marked as
//! skipped so that no figure is read from them or counted twice.

use super::is_han;
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;
use std::collections::HashMap;
use std::ops::Range;

/// Lines that start with one of these are furniture.
const LINE_STARTS: &[&str] = &[
    "本报记者",
    "本报讯",
    "记者 ",
    "通讯员",
    "来源：",
    "来源:",
    "责任编辑",
    "编辑：",
    "编辑:",
    "作者：",
    "作者:",
    "文/",
    "图/",
    "本版摄影",
    "摄影：",
    "摄影:",
    "网友评论",
    "相关链接",
    "相关新闻",
    "相关阅读",
    "扫一扫",
    "分享到",
    "【打印】",
    "【关闭】",
    "上一篇",
    "下一篇",
    "版权所有",
    "Copyright",
    "首页 >",
    "当前位置",
    "点击排行",
    "字号：",
    "字号:",
    "【字体",
];

/// A repeated line must be at least this long (in characters) to count.
const MIN_REPEAT_CHARS: usize = 15;
/// Window (in characters) used to find where a repeated piece came from.
const WINDOW: usize = 12;
/// At most this many windows are indexed, so that memory stays bounded on
/// huge inputs; repeats of pieces past them are found only when whole.
const MAX_WINDOWS: usize = 400_000;

/// Byte ranges of furniture and repeated lines in `text`, sorted.
pub fn find(text: &MappedText, warnings: &mut Vec<Warning>) -> Vec<Range<usize>> {
    let s = text.as_str();
    let mut skipped = Vec::new();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    let mut windows: HashMap<&str, Range<usize>> = HashMap::new();
    let mut pos = 0;
    for line in s.split('\n') {
        let range = pos..pos + line.len();
        pos = range.end + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        if is_furniture_line(trimmed) {
            warnings.push(Warning {
                code: WarningCode::PageFurniture,
                message: format!("署名或版面信息，不计入指标 (byline or page furniture): {}", excerpt(trimmed)),
                span: Some(text.span(range.clone())),
            });
            skipped.push(range);
            continue;
        }
        if let Some(credit) = trailing_credit(line) {
            let r = range.start + credit..range.end;
            warnings.push(Warning {
                code: WarningCode::PageFurniture,
                message: format!("署名或版面信息，不计入指标 (byline or page furniture): {}", excerpt(&s[r.clone()])),
                span: Some(text.span(r.clone())),
            });
            skipped.push(r);
        }
        let chars = trimmed.chars().count();
        if chars >= MIN_REPEAT_CHARS {
            let first_window = &trimmed[..trimmed.char_indices().nth(WINDOW).map_or(trimmed.len(), |(i, _)| i)];
            let repeat =
                seen.contains_key(trimmed) || windows.get(first_window).is_some_and(|r| s[r.clone()].contains(trimmed));
            if repeat {
                warnings.push(Warning {
                    code: WarningCode::DuplicateText,
                    message: format!("重复的段落，不重复计入 (repeats earlier text): {}", excerpt(trimmed)),
                    span: Some(text.span(range.clone())),
                });
                skipped.push(range);
                continue;
            }
            seen.insert(trimmed, range.start);
            let starts: Vec<usize> = trimmed.char_indices().map(|(i, _)| i).chain([trimmed.len()]).collect();
            for w in starts.windows(WINDOW + 1).take(MAX_WINDOWS.saturating_sub(windows.len())) {
                windows.entry(&trimmed[w[0]..w[WINDOW]]).or_insert(range.clone());
            }
        }
    }
    skipped
}

fn is_furniture_line(line: &str) -> bool {
    LINE_STARTS.iter().any(|p| line.starts_with(p)) || is_name_list(line)
}

/// `(崔宇华 金希童)`, `（文/董本宽 图/战战顺）`: names in parentheses, nothing else.
fn is_name_list(s: &str) -> bool {
    let inner = s.strip_prefix(['(', '（']).and_then(|r| r.strip_suffix([')', '）']));
    inner.is_some_and(|inner| {
        let names: Vec<&str> = inner.split([' ', '/', '、']).filter(|n| !n.is_empty()).collect();
        let han = |n: &&str| n.chars().all(|c| is_han(c) || c == '·' || c == '文' || c == '图');
        (inner.contains(' ') || inner.contains('/'))
            && !names.is_empty()
            && names.iter().all(han)
            && names.iter().all(|n| (1..=6).contains(&n.chars().count()))
    })
}

/// Byte offset in `line` of a byline closing a paragraph: `……。(崔宇华 金希童)`.
fn trailing_credit(line: &str) -> Option<usize> {
    let t = line.trim_end();
    if !t.ends_with([')', '）']) {
        return None;
    }
    let open = t.rfind(['(', '（'])?;
    (open > 0 && t[..open].ends_with(['。', '！', '”']) && is_name_list(&t[open..])).then_some(open)
}

fn excerpt(s: &str) -> String {
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
            ["(范韵 杨卫华)", "(文/董本宽 图/战战顺)", "网友评论"]
        );
        assert_eq!(skipped("全年增长5%。(崔宇华 金希童)"), ["(崔宇华 金希童)"]);
    }

    #[test]
    fn parentheses_in_prose_stay() {
        assert!(skipped("党工委(扩大)会议\n村(社区)书记\n(一)着力扩大有效需求").is_empty());
    }

    #[test]
    fn repeated_paragraphs_and_pieces_are_skipped() {
        let p = "累计留抵退税6.82亿元,缓征税费7.64亿元,新增实体经济信贷投放110.23亿元。";
        let input = format!("{p}\n其他内容，全年增长5%。\n7.64亿元,新增实体经济信贷投放110.23亿元。\n{p}");
        assert_eq!(skipped(&input).len(), 2);
    }
}
