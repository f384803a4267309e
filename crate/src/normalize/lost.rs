//! Lost characters: U+FFFD and runs of `?` where characters were lost before
//! the text reached zhibiao. They stay in the text; each place becomes a
//! warning with its span, so that a reader knows a figure there may be cut.

use crate::report::{Warning, WarningCode};
use crate::span::MappedText;

/// Runs the pass; the text is unchanged.
pub fn run(src: &MappedText, warnings: &mut Vec<Warning>) -> MappedText {
    let s = src.as_str();
    let mut i = 0;
    while i < s.len() {
        let rest = &s[i..];
        let Some(off) = rest.find(['\u{FFFD}', '?']) else {
            break;
        };
        let start = i + off;
        let run = s[start..].chars().take_while(|c| matches!(c, '\u{FFFD}' | '?')).map(char::len_utf8).sum::<usize>();
        let end = start + run;
        if s[start..end].contains('\u{FFFD}') || run >= 2 {
            warnings.push(Warning {
                code: WarningCode::LostCharacters,
                message: "此处有字符丢失 (characters were lost here)".into(),
                span: Some(src.span(start..end)),
            });
        }
        i = end;
    }
    src.clone()
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::{Span, WarningCode};

    #[test]
    fn each_place_is_a_warning_with_its_span() {
        let n = normalize("实际利用外资6042万美\u{FFFD}\n开启新征程??");
        let spans: Vec<Span> =
            n.warnings.iter().filter(|w| w.code == WarningCode::LostCharacters).filter_map(|w| w.span).collect();
        assert_eq!(spans, vec![Span::new(12, 13), Span::new(19, 21)]);
    }
}
