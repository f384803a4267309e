//! Rankings: `以上指标增幅均列镇江各市(区)首位`, `分别列全市第1、第2`,
//! `居全省第3位`, `位列全国百强县第49位`. A ranking without a position
//! (`居全市前列`) is kept with `position: null`.

use crate::chars::is_cn_digit;
use crate::report::Rank;
use crate::segment::Structure;
use crate::word_set::WordSet;
use std::ops::Range;
use std::sync::OnceLock;

/// A ranking found in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    /// What is ranked.
    pub name: String,
    /// The ranking.
    pub rank: Rank,
    /// From the name to the end of the ranking (bytes of the normalized text).
    pub range: Range<usize>,
    /// The sentence.
    pub sentence: usize,
}

/// Verbs that introduce a ranking.
const VERBS: &[&str] = &["位列", "位居", "列", "居", "排名", "排在"];
fn verbs() -> &'static WordSet<'static> {
    static V: OnceLock<WordSet> = OnceLock::new();
    V.get_or_init(|| WordSet::new(VERBS.iter().copied()))
}
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '。', '\n', '：', ':'];

/// Every ranking in the text.
pub fn find(text: &str, st: &Structure) -> Vec<Found> {
    let mut out = Vec::new();
    for (si, sent) in st.sentences.iter().enumerate() {
        let s = &text[sent.range.clone()];
        // Every verb holds 列, 居 or 排: most sentences hold none.
        if !s.contains(['列', '居', '排']) {
            continue;
        }
        // Every verb place in one pass over the sentence, in order.
        let mut places: Vec<(usize, &str)> = Vec::new();
        verbs().each_place(s, |r, k| places.push((r.start, VERBS[k])));
        places.sort_by_key(|(i, v)| (*i, std::cmp::Reverse(v.len())));
        let mut from = 0;
        for (at, verb) in places {
            if at < from {
                continue;
            }
            from = at + verb.len();
            // A ranking follows its verb closely: look at most 40 characters ahead.
            let rest = &s[from..];
            let rest = crate::chars::head(rest, 40);
            let clause_end = rest.find(CLAUSE_ENDS).unwrap_or(rest.len());
            let tail = &rest[..clause_end];
            let Some((scope, positions, end)) = positions(tail) else { continue };
            let floor = crate::chars::start_before(s, at, 120);
            let clause_start = s[floor..at]
                .rfind(CLAUSE_ENDS)
                .map_or(floor, |i| floor + i + s[floor + i..].chars().next().map_or(1, char::len_utf8));
            let subject = s[clause_start..at].trim_end_matches(['均', '分', '别', '都', '也']).trim_end_matches("分别");
            let subject = subject.trim_end_matches('均');
            // With no subject in its clause, the ranking is the place's own in the scope:
            // `…名单，位列全国综合实力百强县市第49位`.
            let own;
            let subject = if subject.is_empty() && positions.len() == 1 && !scope.is_empty() {
                own = format!("{scope}排名");
                own.as_str()
            } else {
                subject
            };
            let names: Vec<&str> = if positions.len() > 1 { subject.split('、').collect() } else { vec![subject] };
            if names.len() != positions.len() || names.iter().any(|n| n.is_empty()) {
                continue;
            }
            let range = sent.range.start + clause_start..sent.range.start + from + end;
            for (name, position) in names.iter().zip(positions) {
                out.push(Found {
                    name: name.to_string(),
                    rank: Rank { position, scope: scope.to_string(), text: s[at..from + end].to_string() },
                    range: range.clone(),
                    sentence: si,
                });
            }
            from += end;
        }
    }
    out
}

/// After the verb: the scope, the positions (首位, 第1、第2, 第49位, 前列) and
/// where the ranking ends.
fn positions(tail: &str) -> Option<(&str, Vec<Option<u32>>, usize)> {
    for (word, pos) in [("首位", Some(1)), ("第一方阵", None), ("前列", None), ("前茅", None)] {
        if let Some(i) = tail.find(word) {
            return Some((&tail[..i], vec![pos], i + word.len()));
        }
    }
    let i = tail.find('第')?;
    let scope = &tail[..i];
    let mut list = Vec::new();
    let mut rest = &tail[i..];
    let mut end = i;
    while let Some(r) = rest.strip_prefix('第') {
        let digits: String = r.chars().take_while(|c| c.is_ascii_digit() || is_cn_digit(*c)).collect();
        let n = position_value(&digits)?;
        let mut len = '第'.len_utf8() + digits.len();
        if r[digits.len()..].starts_with(['位', '名']) {
            len += 3;
        }
        list.push(Some(n));
        end += len;
        rest = &rest[len..];
        if let Some(r2) = rest.strip_prefix('、') {
            rest = r2;
            end += 3;
        } else {
            break;
        }
    }
    (!list.is_empty()).then_some((scope, list, end))
}

/// 1, 12, 一, 十二, 二十三: a ranking position.
fn position_value(s: &str) -> Option<u32> {
    if let Ok(n) = s.parse() {
        return Some(n);
    }
    let digit = |c: char| "一二三四五六七八九".find(c).map(|i| i as u32 / 3 + 1);
    let chars: Vec<char> = s.chars().collect();
    match chars[..] {
        ['十'] => Some(10),
        [d] => digit(d),
        ['十', d] => Some(10 + digit(d)?),
        [t, '十'] => Some(10 * digit(t)?),
        [t, '十', d] => Some(10 * digit(t)? + digit(d)?),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn ranks(text: &str) -> Vec<(String, Option<u32>, String)> {
        let n = normalize(text);
        let st = segment(&n, None, &mut Vec::new());
        find(n.text(), &st).into_iter().map(|f| (f.name, f.rank.position, f.rank.scope)).collect()
    }

    #[test]
    fn rankings() {
        assert_eq!(
            ranks("以上指标增幅均列镇江各市(区)首位。"),
            vec![("以上指标增幅".into(), Some(1), "镇江各市(区)".into())]
        );
        assert_eq!(
            ranks("市重大项目投资占比、年度投资完成率分别列全市第1、第2。"),
            vec![
                ("市重大项目投资占比".into(), Some(1), "全市".into()),
                ("年度投资完成率".into(), Some(2), "全市".into())
            ]
        );
        assert_eq!(
            ranks("综合实力位列全国百强县第四十九位。"),
            vec![("综合实力".into(), Some(49), "全国百强县".into())]
        );
        assert_eq!(
            ranks("成功入选“中国工业百强县”名单，位列全国综合实力百强县市第49位。"),
            vec![("全国综合实力百强县市排名".into(), Some(49), "全国综合实力百强县市".into())]
        );
        assert_eq!(ranks("文明城市测评居全市前列。")[0].1, None);
        assert!(ranks("列入省重点项目。").is_empty());
    }
}
