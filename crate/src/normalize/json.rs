//! Text inside a serialised structure: an input that is a whole JSON object or
//! array (`{"title":"…","content":"<p>…<\/p>"}`, what a scraper or an API
//! returns) becomes the text of its string values, one after another on their
//! own paragraphs, with escapes decoded. Keys, numbers and values without Han
//! characters (URLs, ids, dates) go. Anything else is left to
//! [`super::markup`], which decodes stray escapes.

use super::edit::{apply, Edit};
use super::{is_han, Notes};
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// How often a string value holding JSON itself is unwrapped again.
const MAX_DEPTH: usize = 4;

/// Runs the pass.
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let mut text = src;
    for depth in 0..MAX_DEPTH {
        let Some(edits) = unwrap(text.as_str()) else {
            break;
        };
        if depth == 0 {
            notes.warnings.push(Warning {
                code: WarningCode::EscapesDecoded,
                message: "JSON 结构已解开 (text unwrapped from a JSON structure)".into(),
                span: Some(text.span(0..text.as_str().len())),
            });
        }
        text = apply(text, &edits);
    }
    text
}

/// The edits that leave only the text of the string values, or `None` when
/// `s` is not a JSON object or array.
fn unwrap(s: &str) -> Option<Vec<Edit>> {
    // Most texts are not JSON: look at their ends before copying them.
    let blank = |c: char| c.is_whitespace() || c.is_control() || super::markup::is_invisible(c);
    let (first, last) = (s.chars().find(|c| !blank(*c)), s.chars().rev().find(|c| !blank(*c)));
    if !matches!((first, last), (Some('{'), Some('}')) | (Some('['), Some(']'))) {
        return None;
    }
    // Control characters inside strings make JSON invalid; the markup pass
    // drops them, so a second run would see valid JSON: read them as spaces.
    let clean: String =
        s.chars().filter(|c| !super::markup::is_invisible(*c)).map(|c| if c.is_control() { ' ' } else { c }).collect();
    let t = clean.trim();
    if !(t.starts_with('{') && t.ends_with('}') || t.starts_with('[') && t.ends_with(']')) {
        return None;
    }
    serde_json::from_str::<serde::de::IgnoredAny>(t).ok()?;
    // The byte ranges of the kept values' contents, between their quotes.
    let mut kept: Vec<(usize, usize)> = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i + 1;
        let mut j = start;
        while j < b.len() && b[j] != b'"' {
            j += if b[j] == b'\\' { 2 } else { 1 };
        }
        if j >= b.len() {
            return None;
        }
        let is_key = s[j + 1..].trim_start().starts_with(':');
        let value = &s[start..j];
        if !is_key && (value.chars().any(is_han) || holds_han_escape(value)) {
            kept.push((start, j));
        }
        i = j + 1;
    }
    if kept.is_empty() {
        return None;
    }
    // Everything between kept values becomes a line break; escapes inside them are decoded.
    let mut edits = Vec::new();
    let mut last = 0;
    for (k, &(start, end)) in kept.iter().enumerate() {
        let with = if k == 0 { "" } else { "\n\n" };
        edits.push(if with.is_empty() { Edit::delete(last..start) } else { Edit::replace(last..start, with) });
        edits.extend(super::escapes::escapes(&s[start..end]).into_iter().map(|mut e| {
            e.range = e.range.start + start..e.range.end + start;
            e
        }));
        last = end;
    }
    edits.push(Edit::delete(last..s.len()));
    Some(edits)
}

/// Whether a JSON string holds an escaped Han character (`\u4e2d`).
fn holds_han_escape(s: &str) -> bool {
    s.match_indices("\\u").any(|(i, _)| {
        s.get(i + 2..i + 6).and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32).is_some_and(is_han)
    })
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn string_values_become_lines() {
        let input = r#"{"title":"政府工作报告","url":"http://x.cn/1.html","id":7,"content":"<p>全年增长5%<\/p><p>\u4e8c\u3001\u5b89\u6392<\/p>"}"#;
        let n = normalize(input);
        assert_eq!(n.text(), "政府工作报告\n\n全年增长5%\n二、安排");
        let at = n.text().find("5%").unwrap();
        let span = n.original_span(at..at + 2);
        let units: Vec<u16> = input.encode_utf16().collect();
        assert_eq!(String::from_utf16_lossy(&units[span.start as usize..span.end as usize]), "5%");
    }

    #[test]
    fn escaped_characters_outside_the_bmp_map_to_their_escapes() {
        let input = r#"{"c":"\ud840\udc00增长5%"}"#;
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀增长5%");
        assert_eq!(crate::normalize::evidence(input, &n, "𠀀"), r"\ud840\udc00");
        assert_eq!(crate::normalize::evidence(input, &n, "5%"), "5%");
    }

    #[test]
    fn arrays_and_nested_json_strings() {
        assert_eq!(normalize(r#"[{"c":"一"},{"c":"二"}]"#).text(), "一\n\n二");
        assert_eq!(normalize(r#"{"data":"{\"c\":\"增长\"}"}"#).text(), "增长");
    }

    #[test]
    fn control_characters_do_not_hide_the_structure() {
        assert_eq!(normalize("{\"c\":\"增\u{1}长\u{200b}5%\"}\u{7}").text(), "增长5%");
    }

    #[test]
    fn json_uncovered_by_removing_markup() {
        assert_eq!(normalize(r#"<p>{"content":"增长"}</p>"#).text(), "增长");
        assert_eq!(normalize(r#"{"content":"增长"}<p>"#).text(), "增长");
    }

    #[test]
    fn text_that_only_looks_like_json_stays() {
        for s in [r#"{"c":"一"} 之后"#, "{一、二}", r#"{"c":"一""#, "[21]", r#"{"a":1}"#] {
            assert_eq!(normalize(s).text(), s.trim(), "{s}");
        }
    }
}
