//! Whitespace: spaces at the ends of lines go, runs of spaces inside a line
//! become one, and runs of blank lines become one blank line (a paragraph
//! break), none at the start or end of the text.

use super::edit::{apply, Edit};
use super::Notes;
use crate::span::MappedText;

/// Runs the pass. It records no warning: spacing is not a problem of the text.
pub fn run(src: MappedText, _notes: &mut Notes) -> MappedText {
    let s = src.as_str();
    let mut edits = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    // From one space or line break to the next, at memory speed.
    while let Some(at) = memchr::memchr2(b' ', b'\n', &bytes[i..]) {
        i += at;
        let start = i;
        while i < bytes.len() && (bytes[i] == b' ' || bytes[i] == b'\n') {
            i += 1;
        }
        let run = &s[start..i];
        let breaks = run.matches('\n').count();
        let want = if start == 0 || i == bytes.len() {
            ""
        } else if breaks >= 2 {
            "\n\n"
        } else if breaks == 1 {
            "\n"
        } else {
            " "
        };
        if run != want {
            edits.push(if want.is_empty() { Edit::delete(start..i) } else { Edit::replace(start..i, want) });
        }
    }
    apply(src, &edits)
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;

    #[test]
    fn blank_runs_fold() {
        assert_eq!(normalize("\n\n 标题 \n\n\n\n 正文  第一段。 \n第二段\n\n").text(), "标题\n\n正文 第一段。\n第二段");
    }

    #[test]
    fn folded_spaces_map_to_all_they_replace() {
        // 𠀀 takes two UTF-16 units; the folded blank lines stand for all of theirs.
        let input = " 𠀀标题  \n\n\n\n 正文增长5%";
        let n = normalize(input);
        assert_eq!(n.text(), "𠀀标题\n\n正文增长5%");
        assert_eq!(crate::normalize::evidence(input, &n, "\n\n"), "  \n\n\n\n ");
        assert_eq!(crate::normalize::evidence(input, &n, "5%"), "5%");
        assert_eq!(crate::normalize::evidence(input, &n, "𠀀"), "𠀀");
    }
}
