//! Rankings: `以上指标增幅均列镇江各市(区)首位`, `分别列全市第1、第2`,
//! `居全省第3位`, `位列全国百强县第49位`, from the end: `在168个重点城市空气质量排名倒26名`,
//! `排名全省倒数第3`. A ranking without a position (`居全市前列`) is kept with `position: null`.

use super::CLAUSE_ENDS;
use crate::chars::{is_cn_digit, is_count_digit};
use crate::report::Rank;
use crate::segment::Structure;
use crate::word_set::WordSet;
use std::ops::Range;
use std::sync::OnceLock;

/// A ranking found in a sentence.
#[derive(Debug, Clone)]
pub struct Found {
    /// What is ranked; empty when its clause does not say (`…，居全省第3位`).
    pub name: String,
    /// The ranking.
    pub rank: Rank,
    /// From the name to the end of the ranking (bytes of the normalized text).
    pub range: Range<usize>,
    /// The scope and the position (`在168个重点城市`…`排名倒26名`): the figures there are the ranking's.
    pub own: Range<usize>,
    /// The sentence.
    pub sentence: usize,
}

/// Verbs that introduce a ranking.
const VERBS: &[&str] = &["位列", "位居", "稳居", "跃居", "分列", "列", "居", "排名", "排在"];
fn verbs() -> &'static WordSet<'static> {
    static V: OnceLock<WordSet> = OnceLock::new();
    V.get_or_init(|| WordSet::new(VERBS.iter().copied()))
}

/// Every ranking in the text.
pub fn find(text: &str, st: &Structure) -> Vec<Found> {
    let mut out = Vec::new();
    // Every verb holds 列, 居 or 排, and most sentences hold none: where those stand in the whole text
    // (decoding each sentence to look for them took 3 % of a parse) tells which sentences to look at.
    let marks = crate::chars::places(text, &["列", "居", "排"]);
    let mut next_mark = 0;
    for (si, sent) in st.sentences.iter().enumerate() {
        while marks.get(next_mark).is_some_and(|m| m.start < sent.range.start) {
            next_mark += 1;
        }
        if marks.get(next_mark).is_none_or(|m| m.start >= sent.range.end) {
            continue;
        }
        let s = &text[sent.range.clone()];
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
            let Some(found) = positions(tail) else { continue };
            if verb.len() == '居'.len_utf8() && !stands_alone(s, at, verb.len()) {
                continue;
            }
            let floor = crate::chars::start_before(s, at, 120);
            let clause_start = super::clause_start_before(s, floor, at);
            // The adverbs before the verb (分别, 均, 都, 也, in any order; 分 alone is a word's: 总分居全国第9位), and 由
            // of a rank it moved from (人均国内生产总值由居全国第13位上升到第11位).
            let mut subject = &s[clause_start..at];
            while let Some(rest) = ["分别", "均", "都", "也", "由"].iter().find_map(|w| subject.strip_suffix(w)) {
                subject = rest;
            }
            // `在168个重点城市空气质量排名…`: the scope comes first, after 在.
            let (scope, subject, own_start) = match scope_first(subject).filter(|_| found.scope.is_empty()) {
                Some((scope, rest)) => (scope, rest, clause_start),
                None => (found.scope, subject.strip_prefix('在').unwrap_or(subject), at),
            };
            let positions = found.list;
            let end = found.end;
            // `老旧小区改造3057个、总量居全国第二`: the ranked is the last item, after the figures of the others.
            let subject = match subject.rfind(|c: char| c.is_ascii_digit()) {
                Some(d) => subject[d..].find('、').map_or(subject, |k| &subject[d + k + '、'.len_utf8()..]),
                None => subject,
            };
            // `连续11年居全省前列`, `乳制品产量连续两年居全国第一`: how long it has held, not what is ranked.
            let subject = streak_end(subject).map_or(subject, |k| &subject[k..]);
            let subject = match subject.rfind("连续") {
                Some(i) if streak_end(&subject[i..]) == Some(subject.len() - i) => &subject[..i],
                _ => subject,
            };
            // With no subject in its clause, one position is left unnamed (the caller names it); several
            // need a name each. Several names with one position share it (旅游接待人数、综合效益居全省第一).
            // (入选…宝藏城市、排名第二: a 、 before the verb parts no names.)
            let subject = subject.trim_end_matches('、');
            let names: Vec<&str> = subject.split('、').collect();
            let shared = positions.len() == 1 && names.len() > 1;
            let positions = if shared { vec![positions[0]; names.len()] } else { positions };
            if names.len() != positions.len() || (positions.len() > 1 && names.iter().any(|n| n.is_empty())) {
                continue;
            }
            if subject.is_empty() && scope.is_empty() {
                continue;
            }
            let range = sent.range.start + clause_start..sent.range.start + from + end;
            for (name, position) in names.iter().zip(positions) {
                out.push(Found {
                    name: name.to_string(),
                    rank: Rank {
                        position,
                        from_end: found.from_end,
                        scope: scope.to_string(),
                        text: s[at..from + end].to_string(),
                    },
                    range: range.clone(),
                    own: sent.range.start + own_start..range.end,
                    sentence: si,
                });
            }
            from += end;
        }
    }
    out
}

/// Whether the one-character verb at `s[at..at + len]` is a word of its own (居全省前列), not part of one
/// (宜居宜业水平走在全市前列, 系列, 列入). Asked only of a clause that ranks, so the cut is rare and short.
fn stands_alone(s: &str, at: usize, len: usize) -> bool {
    let lo = crate::chars::start_before(s, at, 6);
    let hi = at + len + crate::chars::head(&s[at + len..], 2).len();
    crate::lexicon::cut(&s[lo..hi]).iter().any(|w| lo + w.start == at && w.text.len() == len)
}

/// Where a streak at the start of `subject` ends (`连续11年`, `连续三年`, `连续两年`).
fn streak_end(subject: &str) -> Option<usize> {
    let rest = subject.strip_prefix("连续")?;
    let digits = rest.find(|c: char| !is_count_digit(c)).unwrap_or(rest.len());
    let after = rest[digits..].strip_prefix('年')?;
    (digits > 0).then(|| subject.len() - after.len())
}

/// What follows a ranking's verb.
struct Positions<'a> {
    /// Among whom (`全市`).
    scope: &'a str,
    /// One per name (`第1、第2`); `None` for 前列.
    list: Vec<Option<u32>>,
    /// Counted from the end (`倒数第3`, `倒26名`).
    from_end: bool,
    /// Where the ranking ends.
    end: usize,
}

/// After the verb: the scope, the positions (首位, 第1、第2, 第49位, 前列, 倒数第3, 倒26名) and
/// where the ranking ends.
fn positions(tail: &str) -> Option<Positions<'_>> {
    for (word, pos) in [("首位", Some(1)), ("第一方阵", None), ("前列", None), ("前茅", None)] {
        if let Some(i) = tail.find(word) {
            return Some(Positions { scope: &tail[..i], list: vec![pos], from_end: false, end: i + word.len() });
        }
    }
    // 倒26名: a position from the end, with no 第.
    if let Some(i) = tail.find('倒').filter(|&i| !tail[..i].contains('第')) {
        let r = &tail[i + '倒'.len_utf8()..];
        let digits: String = r.chars().take_while(|c| c.is_ascii_digit() || is_cn_digit(*c)).collect();
        if !digits.is_empty() && r[digits.len()..].starts_with(['名', '位']) {
            let n = position_value(&digits)?;
            let end = i + '倒'.len_utf8() + digits.len() + '名'.len_utf8();
            return Some(Positions { scope: &tail[..i], list: vec![Some(n)], from_end: true, end });
        }
    }
    let i = tail.find('第')?;
    let (scope, from_end) = match tail[..i].strip_suffix("倒数") {
        Some(scope) => (scope, true),
        None => (&tail[..i], false),
    };
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
    // 由居全国第13位上升到第11位: the position it moved to, after a verb that reaches a level.
    if let ([_], Some(k)) = (&list[..], rest.find('第').filter(|&k| k > 0 && super::reaches(&rest[..k]))) {
        if let Some(to) = positions(&rest[k..]).filter(|p| !p.from_end && p.list.len() == 1) {
            end += k + to.end;
            list = to.list;
        }
    }
    (!list.is_empty()).then_some(Positions { scope, list, from_end, end })
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

/// Words that end a scope named before what is ranked (`168个重点城市`).
const SCOPE_ENDS: &[&str] =
    &["城市", "地级市", "县市", "县区", "区县", "省份", "省区市", "园区", "开发区", "市", "县", "区"];

/// The scope and what is ranked in a subject that starts with 在: `在全省同类园区中综合考评` →
/// (全省同类园区, 综合考评), `在168个重点城市空气质量` → (168个重点城市, 空气质量), `在全省` → (全省, ``).
fn scope_first(subject: &str) -> Option<(&str, &str)> {
    let rest = subject.strip_prefix('在')?;
    // 中 as a word of its own (not 集中), and not 年中 (mid-year).
    let words = crate::lexicon::cut(rest);
    if let Some(w) = words.iter().rev().find(|w| w.text == "中" && w.start > 0 && !rest[..w.start].ends_with('年')) {
        return Some((&rest[..w.start], &rest[w.start + '中'.len_utf8()..]));
    }
    if ["全国", "全省", "全市", "全区", "全县"].contains(&rest) {
        return Some((rest, ""));
    }
    // A count of places: the first word that names their class ends it, the longest at that place.
    if rest.starts_with(|c: char| c.is_ascii_digit() || is_cn_digit(c)) {
        let end = SCOPE_ENDS
            .iter()
            .filter_map(|w| rest.find(w).map(|i| (i, i + w.len())))
            .min_by_key(|&(i, end)| (i, std::cmp::Reverse(end)))?
            .1;
        return Some((&rest[..end], &rest[end..]));
    }
    None
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
        // 河北省 2010 and 2022: 分 of 总分 is the subject's, 分列 (分别列) a verb.
        assert_eq!(
            ranks("全民健身运动广泛开展，我省在第十一届全运会上获得13块金牌，总分居全国第9位。"),
            vec![("总分".into(), Some(9), "全国".into())]
        );
        assert_eq!(
            ranks("我省体育健儿在东京奥运会、残奥会上创历史最好成绩，金牌数分列全国第三和第二位。")[0],
            ("金牌数".into(), Some(3), "全国".into())
        );
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
            vec![(String::new(), Some(49), "全国综合实力百强县市".into())],
            "no subject in the clause: named by the caller"
        );
        assert_eq!(ranks("文明城市测评居全市前列。")[0].1, None);
        // A rank moved: the one reached, of the subject before 由 (河北省 2001).
        assert_eq!(
            ranks("人均国内生产总值由居全国第13位上升到第11位。"),
            vec![("人均国内生产总值".into(), Some(11), "全国".into())]
        );
        // A streak is how long, not what: the clause names nothing.
        assert_eq!(ranks("投入强度3.46%，连续11年居全省前列。"), vec![(String::new(), None, "全省".into())]);
        assert_eq!(ranks("乳制品产量连续两年居全国第一。"), vec![("乳制品产量".into(), Some(1), "全国".into())]);
        assert_eq!(ranks("电信用户总数跃居全国第五位。"), vec![("电信用户总数".into(), Some(5), "全国".into())]);
        assert_eq!(ranks("入选宝藏城市、排名第二。"), vec![("入选宝藏城市".into(), Some(2), String::new())]);
        // Several subjects, one position: each holds it.
        assert_eq!(
            ranks("全市旅游接待人数、综合效益均居全省第一。"),
            vec![("全市旅游接待人数".into(), Some(1), "全省".into()), ("综合效益".into(), Some(1), "全省".into())]
        );
        // The ranked is the last item of a list, not the figures before it.
        assert_eq!(ranks("老旧小区改造3057个、总量居全国第二。"), vec![("总量".into(), Some(2), "全国".into())]);
        assert!(ranks("列入省重点项目。").is_empty());
        // 居 and 列 inside a word rank nothing.
        assert!(ranks("宜居宜业水平走在全市前列。").is_empty());
        assert!(ranks("出台一系列政策走在全国前列。").is_empty());
        assert!(ranks("城乡居民收入位居全省前列。").len() == 1);
    }

    #[test]
    fn rankings_from_the_end_and_scopes_before_the_subject() {
        let from_end = |text: &str| {
            let n = normalize(text);
            let st = segment(&n, None, &mut Vec::new());
            find(n.text(), &st)
                .into_iter()
                .map(|f| (f.name, f.rank.position, f.rank.from_end, f.rank.scope))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            from_end("在168个重点城市空气质量排名倒26名，首次退出“后二十”。"),
            vec![("空气质量".into(), Some(26), true, "168个重点城市".into())]
        );
        assert_eq!(from_end("综合考评排名全省倒数第3。"), vec![("综合考评".into(), Some(3), true, "全省".into())]);
        assert_eq!(
            from_end("在全省同类园区中综合考评位列第2。"),
            vec![("综合考评".into(), Some(2), false, "全省同类园区".into())]
        );
        // 年中 is mid-year, not "among".
        assert_eq!(
            from_end("在营商环境评价报告年中综合排名第一。"),
            vec![("营商环境评价报告年中综合".into(), Some(1), false, String::new())]
        );
    }
}
