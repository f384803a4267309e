//! Markup and escapes: HTML tags and entities, literal `\n` escapes of text
//! that was serialised (JSON strings, scraped fields; see [`super::escapes`]),
//! `\r`, and control characters that no text should hold. Block tags (`<p>`,
//! `<li>`, `<br>`) become line breaks; the content of `<script>`, `<style>` and
//! the like goes. Menus and link lists stay as text for [`super::furniture`].
//!
//! This is not an HTML parser: a tag is a known tag name with attributes that
//! read as attributes (so `a<b 且 c>d` stays), decoding repeats for at most
//! [`MAX_ROUNDS`] rounds, and text inside `<head>` goes with it.

use super::edit::{apply, Edit, With};
use super::escapes::{entities, escapes, looks_serialised};
use super::{summary, Notes};
use crate::chars::has;
use crate::report::WarningCode;
use crate::span::{MappedText, Span};

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

/// Tags that part their neighbours with a space: table cells, so that
/// `<td>产值</td><td>301.5</td>` does not read as one word.
const SPACED_TAGS: &[&str] = &["td", "th"];

/// Tags whose content is not text.
const HIDDEN_TAGS: &[&str] = &["script", "style", "head", "noscript", "template"];

/// Rounds of decoding before the pass gives up: text escaped more deeply than
/// this keeps its last layer (and a second run decodes it further).
const MAX_ROUNDS: usize = 6;

/// Runs the pass: escapes (they can hide tags), entities, then tags, repeated
/// until nothing changes, since scraped text is often escaped twice
/// (`&amp;nbsp;`, `&lt;p&gt;`) and removing a tag can reveal another
/// (`&lt;<b></b>p&gt;`). Control characters go before (`&n\u{1}bsp;` is an
/// entity) and, when anything was decoded, after (`&#1;` decodes to one).
pub fn run(src: MappedText, notes: &mut Notes) -> MappedText {
    let (mut dropped, mut first_control) = (0, None);
    let mut text = strip_controls(src, &mut dropped, &mut first_control);
    let (mut escaped, mut marked) = (0, 0);
    let (mut first_escape, mut first_mark) = (None, None);
    // Whether escapes, entities or tags were decoded, which may have made control characters.
    let mut decoded = false;
    for _ in 0..MAX_ROUNDS {
        let mut changed = false;
        if looks_serialised(text.as_str()) {
            let edits = escapes(text.as_str());
            if let Some(e) = edits.first() {
                escaped += edits.len();
                first_escape = earliest(first_escape, text.span(e.range.clone()));
                text = apply(text, &edits);
                changed = true;
            }
        }
        for find in [entities as fn(&str) -> Vec<Edit>, tags] {
            let edits = find(text.as_str());
            if let Some(e) = edits.first() {
                marked += edits.len();
                first_mark = earliest(first_mark, text.span(e.range.clone()));
                text = apply(text, &edits);
                changed = true;
            }
        }
        if !changed {
            break;
        }
        decoded = true;
    }
    notes.warnings.extend(summary(
        WarningCode::EscapesDecoded,
        escaped,
        "字面转义序列已还原 (literal escapes decoded)",
        first_escape,
    ));
    notes.warnings.extend(summary(
        WarningCode::MarkupRemoved,
        marked,
        "HTML 标记已去除 (HTML tags and entities removed)",
        first_mark,
    ));
    if decoded {
        text = strip_controls(text, &mut dropped, &mut first_control);
    }
    notes.warnings.extend(summary(
        WarningCode::ControlCharactersRemoved,
        dropped,
        "控制字符已去除 (control characters removed)",
        first_control,
    ));
    text
}

/// Applies [`controls`], counting the characters dropped.
fn strip_controls(text: MappedText, dropped: &mut usize, first: &mut Option<Span>) -> MappedText {
    let (edits, first_dropped) = controls(text.as_str());
    if edits.is_empty() {
        return text;
    }
    *dropped += edits.iter().filter(|e| matches!(e.with, With::Nothing)).count();
    if let Some(r) = first_dropped {
        *first = earliest(*first, text.span(r));
    }
    apply(text, &edits)
}

/// Tags `<name ...>` and `</name>`, comments, and the content of hidden tags.
/// Only text that holds a known tag counts as HTML, so that `a<b` survives.
fn tags(s: &str) -> Vec<Edit> {
    if !has(s, '<') {
        return Vec::new();
    }
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
        // `<!DOCTYPE html>`, `<![CDATA[`, `<?xml …?>`.
        let declaration = ["<!doctype", "<![cdata[", "<?xml"].iter().any(|d| lower[start..].starts_with(d));
        if declaration {
            let end = s[start..].find('>').map_or(s.len(), |e| start + e + 1);
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
        // A block ends a line where it opens, and where it closes unless
        // another block opens right after (`</p><p>` is one break).
        let with = if BLOCK_TAGS.contains(&name) && !(closing && opens_block(&lower[end..])) {
            "\n"
        } else if SPACED_TAGS.contains(&name) {
            " "
        } else {
            ""
        };
        edits.push(Edit {
            range: start..end,
            with: if with.is_empty() { With::Nothing } else { With::Text(with.into()) },
        });
        i = end;
    }
    edits
}

/// Whether `rest` (lowercase) starts, after spaces, with an opening or
/// closing block tag.
fn opens_block(rest: &str) -> bool {
    let Some(tag) = rest.trim_start().strip_prefix('<') else {
        return false;
    };
    let tag = tag.strip_prefix('/').unwrap_or(tag);
    let name_len = tag.bytes().take_while(u8::is_ascii_alphanumeric).count();
    BLOCK_TAGS.contains(&&tag[..name_len])
}

/// The earlier of two spans, for a warning that points at the first change.
fn earliest(a: Option<Span>, b: Span) -> Option<Span> {
    Some(a.map_or(b, |a| a.min(b)))
}

/// Whether what follows a tag name reads as attributes: empty, or starting
/// with a space or `/`, with no Han character outside quotes (`<b 且 c>` is prose).
fn attributes_ok(rest: &str) -> bool {
    // Any space: the width pass turns `\u{2002}` into `' '` for a second run.
    if !(rest.is_empty() || rest.starts_with(|c: char| c == '/' || c.is_whitespace())) {
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

/// Byte-order marks, zero-width characters and soft hyphens, which the pass drops.
pub fn is_invisible(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{00AD}')
}

/// `\r\n` and `\r` become `\n`; other control characters, byte-order marks and
/// zero-width characters go. Tabs become spaces.
fn controls(s: &str) -> (Vec<Edit>, Option<std::ops::Range<usize>>) {
    let mut edits = Vec::new();
    if !has_controls(s.as_bytes()) {
        return (edits, None);
    }
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
            c if c.is_control() || is_invisible(c) => {
                first.get_or_insert(i..i + c.len_utf8());
                edits.push(Edit::delete(i..i + c.len_utf8()));
            }
            _ => {}
        }
    }
    (edits, first)
}

/// Whether `b` (UTF-8) holds what [`controls`] edits: ASCII controls but
/// `\n`, C1 controls and the soft hyphen (C2 80–9F, C2 AD), zero-width
/// characters and the word joiner (E2 80 8B–8D, E2 81 A0), the byte-order mark
/// (EF BB BF). Most texts hold none, and these searches run at memory speed
/// where decoding every character does not.
fn has_controls(b: &[u8]) -> bool {
    let ascii = b.chunks(64).any(|chunk| chunk.iter().fold(false, |a, &c| a | (c < 0x20 && c != b'\n') | (c == 0x7F)));
    let c1 = || memchr::memchr_iter(0xC2, b).any(|i| matches!(b.get(i + 1), Some(0x80..=0x9F | 0xAD)));
    let invisible: [&[u8]; 5] = [b"\xE2\x80\x8B", b"\xE2\x80\x8C", b"\xE2\x80\x8D", b"\xE2\x81\xA0", b"\xEF\xBB\xBF"];
    ascii || c1() || invisible.iter().any(|w| memchr::memmem::find(b, w).is_some())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_byte_check_finds_every_character_controls_edits() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let edited = c != '\n' && (c.is_control() || super::is_invisible(c));
            assert_eq!(super::has_controls(c.to_string().as_bytes()), edited, "{c:?}");
        }
    }

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
    fn spans_after_markup_and_outside_the_bmp() {
        let input = "<p class=\"a\">𠀀增长&nbsp;<b>5%</b></p>&ldquo;好&rdquo;";
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀增长 5%\n“好”");
        assert_eq!(crate::normalize::evidence(input, &n, "5%"), "5%");
        assert_eq!(crate::normalize::evidence(input, &n, " "), "&nbsp;");
        assert_eq!(crate::normalize::evidence(input, &n, "“"), "&ldquo;");
        assert_eq!(crate::normalize::evidence(input, &n, "𠀀"), "𠀀");
    }

    #[test]
    fn tags_revealed_by_decoding_go_in_the_same_run() {
        assert_eq!(normalize("&lt;p&gt;增长&lt;/p&gt;").text(), "增长");
        assert_eq!(normalize("&lt;<b></b>p&gt;增长").text(), "增长");
        // As a browser shows it: `<` and then a paragraph `p>`.
        assert_eq!(normalize("<<p>p>增长").text(), "<\np>增长");
        assert_eq!(normalize("<i\u{2002}>增长</i\u{3000}>").text(), "增长");
        assert_eq!(normalize("&amp;amp;nbsp;增长").text(), "增长");
    }

    #[test]
    fn declarations_and_table_cells() {
        let n =
            normalize("<!DOCTYPE html><?xml version=\"1.0\"?><table><tr><td>产值</td><td>301.5亿元</td></tr></table>");
        assert_eq!(n.text(), "产值 301.5亿元");
    }

    #[test]
    fn comparison_signs_are_not_tags() {
        assert_eq!(normalize("a<b 且 c>d").text(), "a<b 且 c>d");
    }

    #[test]
    fn carriage_returns_and_controls() {
        let n = normalize("一\r\n二\r三\u{0}四\u{FEFF}");
        assert_eq!(n.text(), "一\n二\n三四");
        // A control character inside an entity, and one an entity decodes to.
        assert_eq!(normalize("增&n\u{1}bsp;长&#1;5%").text(), "增 长5%");
        assert!(n.warnings.iter().any(|w| w.code == crate::WarningCode::ControlCharactersRemoved));
    }
}
