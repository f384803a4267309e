//! Escapes that stand for other characters: literal `\n`, `\"`, `\/`, `\uXXXX`
//! of text that was serialised (a JSON string copied out, a scraped field),
//! and HTML entities (`&nbsp;`, `&ldquo;`, `&#20013;`). Used by
//! [`super::markup`], which repeats them until nothing is left to decode.

use super::edit::Edit;

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

/// Entities that pages also write without the closing `;` (`&nbsp`).
const BARE_ENTITIES: &[&str] = &["nbsp", "amp", "lt", "gt", "quot"];

/// Whether `s` reads as serialised text: two or more escaped line breaks
/// (`\n`, also escaped twice as `\\n`), an escaped closing tag (`<\/p>`), or
/// several `\uXXXX` escapes. Chinese prose never holds these, so the decision
/// does not depend on the real line breaks, which later passes change.
pub fn looks_serialised(s: &str) -> bool {
    let mut newlines = 0;
    let mut units = 0;
    let mut backslashes = 0;
    for i in memchr::memchr_iter(b'\\', s.as_bytes()) {
        backslashes += 1;
        let rest = s[i..].trim_start_matches('\\');
        if rest.starts_with(['n', 'r']) {
            newlines += 1;
        } else if rest.starts_with('u') && hex4(&rest[1..]).is_some() {
            units += 1;
        }
    }
    newlines >= 2 || units >= 4 || (backslashes > 0 && s.contains("<\\/"))
}

fn hex4(s: &str) -> Option<u32> {
    let h = s.get(..4)?;
    h.bytes().all(|b| b.is_ascii_hexdigit()).then(|| u32::from_str_radix(h, 16).ok())?
}

/// Edits decoding every escape of `s`: a run of backslashes (text escaped once
/// or more) before `n`, `r`, `t`, `"`, `/` or `uXXXX`. Other backslashes stay.
pub fn escapes(s: &str) -> Vec<Edit> {
    let b = s.as_bytes();
    let mut edits = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == b'\\' {
            i += 1;
        }
        let Some(&c) = b.get(i) else {
            break;
        };
        let (len, with) = match c {
            b'r' if s[i + 1..].starts_with('\\') && s[i + 1..].trim_start_matches('\\').starts_with('n') => {
                let after = s[i + 1..].len() - s[i + 1..].trim_start_matches('\\').len();
                (1 + after + 1, "\n".to_string())
            }
            b'n' | b'r' => (1, "\n".to_string()),
            b't' => (1, " ".to_string()),
            b'"' | b'/' | b'\'' => (1, (c as char).to_string()),
            b'u' => match unicode(&s[i + 1..]) {
                Some((len, c)) => (1 + len, c.to_string()),
                None => continue,
            },
            _ => continue,
        };
        edits.push(Edit::replace(start..i + len, with));
        i += len;
    }
    edits
}

/// The character of `XXXX` (after `\u`) and the bytes it takes, joining a
/// surrogate pair `\ud840\udc00`; a lone surrogate is a lost character.
fn unicode(s: &str) -> Option<(usize, char)> {
    let hi = hex4(s)?;
    if !(0xD800..0xDC00).contains(&hi) {
        return Some((4, char::from_u32(hi).unwrap_or('\u{FFFD}')));
    }
    let rest = &s[4..];
    let slashes = rest.len() - rest.trim_start_matches('\\').len();
    let lo = (slashes > 0).then(|| rest[slashes..].strip_prefix('u').and_then(hex4)).flatten();
    match lo {
        Some(lo @ 0xDC00..=0xDFFF) => {
            let c = char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)).unwrap_or('\u{FFFD}');
            Some((4 + slashes + 5, c))
        }
        _ => Some((4, '\u{FFFD}')),
    }
}

/// Edits decoding `&name;`, `&#123;` and `&#x4e2d;` (and `&nbsp` without `;`).
pub fn entities(s: &str) -> Vec<Edit> {
    let mut edits = Vec::new();
    let mut after_last = 0;
    for i in memchr::memchr_iter(b'&', s.as_bytes()) {
        if i < after_last {
            continue;
        }
        let rest = &s[i + 1..];
        let decoded = match rest.bytes().take(40).position(|c| c == b';') {
            Some(semi) => entity(&half_width(&rest[..semi])).map(|d| (semi + 2, d)),
            None => None,
        }
        .or_else(|| {
            let name = BARE_ENTITIES
                .iter()
                .find(|n| rest.starts_with(**n) && !rest[n.len()..].starts_with(|c: char| c.is_ascii_alphanumeric()))?;
            entity(name).map(|d| (name.len() + 1, d))
        });
        if let Some((len, d)) = decoded {
            edits.push(Edit::replace(i..i + len, d));
            after_last = i + len;
        }
    }
    edits
}

/// `name` with full-width letters and digits as ASCII: the width pass would
/// turn `&ｎｂｓｐ;` into an entity for a second run.
fn half_width(name: &str) -> String {
    name.chars()
        .map(|c| {
            if matches!(c, '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ') {
                char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

fn entity(name: &str) -> Option<String> {
    if name.len() > 10 {
        return None;
    }
    if let Some(num) = name.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok(),
            None => num.parse().ok(),
        };
        return n.and_then(char::from_u32).filter(|c| *c != '\0').map(String::from);
    }
    ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(s: &str, edits: Vec<Edit>) -> String {
        crate::normalize::edit::apply(crate::span::MappedText::new(s), &edits).as_str().to_string()
    }

    #[test]
    fn escapes_once_or_twice() {
        let s = r#"一\n二\\n三\r\n四\"五\/六\u4e2d\ud840\udc00\\u4e2d七\x"#;
        assert!(looks_serialised(s));
        assert_eq!(decode(s, escapes(s)), "一\n二\n三\n四\"五/六中𠀀中七\\x");
    }

    #[test]
    fn prose_with_a_backslash_is_not_serialised() {
        assert!(!looks_serialised(r"路径 C:\data 与 \n 一处"));
        assert!(looks_serialised(r#"{"c":"<p>增长<\/p>"}"#));
    }

    #[test]
    fn lone_surrogates_are_lost_characters() {
        let s = r"a\ud840b\udc00c";
        assert_eq!(decode(s, escapes(s)), "a\u{FFFD}b\u{FFFD}c");
    }

    #[test]
    fn entities_with_and_without_semicolons() {
        let s = "a&nbsp;b&nbspc&nbsp d&ldquo;&#20013;&#x4E2D;&#0;&bogus;&amp";
        assert_eq!(decode(s, entities(s)), "a b&nbspc  d“中中&#0;&bogus;&");
        let s = "&ｎｂｓｐ;&#２００１３;";
        assert_eq!(decode(s, entities(s)), " 中");
    }
}
