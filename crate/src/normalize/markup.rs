//! Markup and escapes: HTML tags and entities, literal `\n` escapes of text
//! that was serialised (JSON strings, scraped fields), `\r`, and control
//! characters that no text should hold.

use super::edit::{apply, Edit};
use super::summary;
use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// Tags that end a line of text when removed.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "br",
    "div",
    "li",
    "tr",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "table",
    "ul",
    "ol",
    "blockquote",
    "hr",
    "title",
    "header",
    "footer",
    "dd",
    "dt",
];

/// Tags whose content is not text.
const HIDDEN_TAGS: &[&str] = &["script", "style", "head", "noscript", "template"];

/// Named entities that occur in Chinese pages.
const ENTITIES: &[(&str, &str)] = &[
    ("nbsp", " "),
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("middot", "·"),
    ("times", "×"),
    ("divide", "÷"),
    ("ensp", " "),
    ("emsp", " "),
    ("thinsp", " "),
    ("yen", "¥"),
    ("deg", "°"),
    ("plusmn", "±"),
    ("permil", "‰"),
    ("bull", "•"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("sup2", "²"),
    ("sup3", "³"),
    ("micro", "µ"),
    ("copy", "©"),
    ("reg", "®"),
];

/// Runs the pass: escapes first (they can hide tags), then entities (decoded
/// until none is left, since scraped text is often escaped twice), then tags.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let mut text = src.clone();
    let (edits, first) = escapes(text.as_str());
    if let Some(w) = summary(
        WarningCode::EscapesDecoded,
        edits.len(),
        "字面转义序列已还原 (literal escapes decoded)",
        first.map(|r| text.span(r)),
    ) {
        warnings.push(w);
        text = apply(&text, &edits);
    }
    let mut total = 0;
    let mut first_span = None;
    for _ in 0..4 {
        let edits = entities(text.as_str());
        if edits.is_empty() {
            break;
        }
        total += edits.len();
        first_span.get_or_insert(text.span(edits[0].range.clone()));
        text = apply(&text, &edits);
    }
    let edits = tags(text.as_str());
    if !edits.is_empty() {
        total += edits.len();
        first_span.get_or_insert(text.span(edits[0].range.clone()));
        text = apply(&text, &edits);
    }
    warnings.extend(summary(
        WarningCode::MarkupRemoved,
        total,
        "HTML 标记已去除 (HTML tags and entities removed)",
        first_span,
    ));
    let (edits, first) = controls(text.as_str());
    let dropped = edits.iter().filter(|e| matches!(e.with, super::edit::With::Nothing)).count();
    let first_span = first.map(|r| text.span(r));
    if !edits.is_empty() {
        text = apply(&text, &edits);
    }
    warnings.extend(summary(
        WarningCode::ControlCharactersRemoved,
        dropped,
        "控制字符已去除 (control characters removed)",
        first_span,
    ));
    text
}

/// Literal `\n`, `\r\n`, `\t`, `\"`, `\/` and `\uXXXX`, decoded only when the
/// text looks serialised: at least two `\n` escapes and fewer real line breaks.
fn escapes(s: &str) -> (Vec<Edit>, Option<std::ops::Range<usize>>) {
    let literal = s.matches("\\n").count();
    if literal < 2 || s.matches('\n').count() >= literal {
        return (Vec::new(), None);
    }
    let b = s.as_bytes();
    let mut edits = Vec::new();
    let mut i = 0;
    while i + 1 < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let (len, with) = match b[i + 1] {
            b'r' if s[i + 2..].starts_with("\\n") => (4, "\n".to_string()),
            b'n' | b'r' => (2, "\n".to_string()),
            b't' => (2, " ".to_string()),
            b'"' | b'/' | b'\\' => (2, (b[i + 1] as char).to_string()),
            b'u' => match s.get(i + 2..i + 6).and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32) {
                Some(c) => (6, c.to_string()),
                None => (1, String::new()),
            },
            _ => (1, String::new()),
        };
        if !with.is_empty() {
            edits.push(Edit::replace(i..i + len, with));
        }
        i += len;
    }
    let first = edits.first().map(|e| e.range.clone());
    (edits, first)
}

/// `&name;`, `&#123;` and `&#x4e2d;`.
fn entities(s: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    for (i, _) in s.match_indices('&') {
        let rest = &s[i + 1..];
        let Some(semi) = rest.bytes().take(10).position(|c| c == b';') else {
            continue;
        };
        let name = &rest[..semi];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let n = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => num.parse().ok(),
            };
            n.and_then(char::from_u32).filter(|c| *c != '\0').map(String::from)
        } else {
            ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        if let Some(d) = decoded {
            edits.push(Edit::replace(i..i + semi + 2, d));
        }
    }
    edits
}

/// Tags `<name ...>` and `</name>`, comments, and the content of hidden tags.
/// Only text that holds a known tag counts as HTML, so that `a<b` survives.
fn tags(s: &str) -> Vec<Edit> {
    let lower = s.to_ascii_lowercase();
    let known = |name: &str| BLOCK_TAGS.contains(&name) || HIDDEN_TAGS.contains(&name) || INLINE_TAGS.contains(&name);
    let mut edits = Vec::new();
    let mut i = 0;
    let b = s.as_bytes();
    while let Some(off) = s[i..].find('<') {
        let start = i + off;
        i = start + 1;
        if s[start..].starts_with("<!--") {
            let end = s[start..].find("-->").map_or(s.len(), |e| start + e + 3);
            edits.push(Edit::delete(start..end));
            i = end;
            continue;
        }
        let closing = b.get(start + 1) == Some(&b'/');
        let name_start = start + 1 + closing as usize;
        let name_len = b[name_start.min(b.len())..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
        if name_len == 0 {
            continue;
        }
        let name = &lower[name_start..name_start + name_len];
        if !known(name) {
            continue;
        }
        let Some(close) = s[name_start..].find(['>', '<']).filter(|&e| b[name_start + e] == b'>') else {
            continue;
        };
        if !attributes_ok(&s[name_start + name_len..name_start + close]) {
            continue;
        }
        let mut end = name_start + close + 1;
        if !closing && HIDDEN_TAGS.contains(&name) {
            let closer = format!("</{name}");
            end = lower[end..].find(&closer).map_or(s.len(), |e| {
                let after = end + e;
                s[after..].find('>').map_or(s.len(), |g| after + g + 1)
            });
        }
        let with = if BLOCK_TAGS.contains(&name) && !closing { "\n" } else { "" };
        edits.push(Edit {
            range: start..end,
            with: if with.is_empty() { super::edit::With::Nothing } else { super::edit::With::Text(with.into()) },
        });
        i = end;
    }
    edits
}

/// Whether what follows a tag name reads as attributes: empty, or starting
/// with a space or `/`, with no Han character outside quotes (`<b 且 c>` is prose).
fn attributes_ok(rest: &str) -> bool {
    if !(rest.is_empty() || rest.starts_with([' ', '/', '\n'])) {
        return false;
    }
    let mut quote = None;
    for c in rest.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if crate::normalize::is_han(c) => return false,
            None => {}
        }
    }
    true
}

/// Inline tags: removed without a line break.
const INLINE_TAGS: &[&str] = &[
    "span",
    "a",
    "b",
    "i",
    "u",
    "em",
    "strong",
    "font",
    "img",
    "sup",
    "sub",
    "small",
    "big",
    "html",
    "body",
    "meta",
    "link",
    "td",
    "th",
    "tbody",
    "thead",
    "center",
    "label",
    "input",
    "button",
    "form",
    "iframe",
    "figure",
    "figcaption",
    "nav",
    "aside",
    "main",
    "!doctype",
    "o",
    "st1",
    "ins",
    "del",
    "strike",
    "s",
    "abbr",
    "cite",
    "code",
    "pre",
    "caption",
    "col",
    "colgroup",
    "picture",
    "source",
    "video",
    "audio",
    "svg",
    "path",
];

/// `\r\n` and `\r` become `\n`; other control characters, byte-order marks and
/// zero-width characters go. Tabs become spaces.
fn controls(s: &str) -> (Vec<Edit>, Option<std::ops::Range<usize>>) {
    let mut edits = Vec::new();
    let mut first = None;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        match c {
            '\r' => {
                let end = if it.next_if(|(_, n)| *n == '\n').is_some() { i + 2 } else { i + 1 };
                edits.push(Edit::replace(i..end, "\n"));
            }
            '\t' | '\u{000B}' | '\u{000C}' => edits.push(Edit::replace(i..i + 1, " ")),
            '\n' => {}
            c if c.is_control() || matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{00AD}') => {
                first.get_or_insert(i..i + c.len_utf8());
                edits.push(Edit::delete(i..i + c.len_utf8()));
            }
            _ => {}
        }
    }
    (edits, first)
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn html_paragraphs_become_lines_and_entities_text() {
        let n = normalize("<p>地区生产总值&nbsp;301.5亿元</p><p>&ldquo;十四五&rdquo;</p>");
        assert_eq!(n.text(), "地区生产总值 301.5亿元\n“十四五”");
        let at = n.text().find("301.5").unwrap();
        assert_eq!(n.original_span(at..at + 5), crate::Span::new(15, 20));
    }

    #[test]
    fn double_escaped_entities_and_script_content_go() {
        let n = normalize("<script>var a = '<p>1</p>';</script>增长&amp;nbsp;5%");
        assert_eq!(n.text(), "增长 5%");
    }

    #[test]
    fn serialised_text_gets_its_line_breaks_back() {
        let n = normalize(r#"{"content":"一、工作回顾\n全年增长5%\n二、安排"}"#);
        assert!(n.text().contains("一、工作回顾\n全年增长5%\n二、安排"), "{}", n.text());
    }

    #[test]
    fn comparison_signs_are_not_tags() {
        assert_eq!(normalize("a<b 且 c>d").text(), "a<b 且 c>d");
    }

    #[test]
    fn carriage_returns_and_controls() {
        let n = normalize("一\r\n二\r三\u{0}四\u{FEFF}");
        assert_eq!(n.text(), "一\n二\n三四");
        assert!(n.warnings.iter().any(|w| w.code == crate::WarningCode::ControlCharactersRemoved));
    }
}
