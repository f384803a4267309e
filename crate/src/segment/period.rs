//! Periods: the time a figure or a deadline refers to, as written (2023年,
//! 上半年, 1-6月, 三季度, 全年, 今年, 去年, 年底前, 十四五, 近五年), resolved
//! against the document's year.

use crate::report::{Deadline, Period};
use crate::word_set::WordSet;
use std::ops::Range;
use std::sync::OnceLock;

/// A period expression found in text: bytes within the searched text, and the
/// resolved period.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Where it starts in the searched text.
    pub at: usize,
    /// The period.
    pub period: Period,
}

fn month(y: Option<i32>, m: u32) -> Option<String> {
    y.map(|y| format!("{y}-{m:02}"))
}

fn period(text: &str, year: Option<i32>, from: u32, to: u32) -> Period {
    Period { text: text.to_string(), year, from: month(year, from), to: month(year, to) }
}

/// The whole year `y`.
pub fn whole_year(y: i32) -> Period {
    period(&format!("{y}年"), Some(y), 1, 12)
}

/// Whether `word` is one of the relative expressions (全年, 上半年, 今年…).
pub fn is_relative(word: &str) -> bool {
    RELATIVE.iter().any(|r| r.0 == word)
}

/// Relative expressions with the year offset they imply and their months.
const RELATIVE: &[(&str, i32, u32, u32)] = &[
    ("上半年", 0, 1, 6),
    ("下半年", 0, 7, 12),
    ("一季度", 0, 1, 3),
    ("二季度", 0, 4, 6),
    ("三季度", 0, 7, 9),
    ("四季度", 0, 10, 12),
    ("前三季度", 0, 1, 9),
    ("全年", 0, 1, 12),
    ("今年", 0, 1, 12),
    ("年内", 0, 1, 12),
    ("年底前", 0, 1, 12),
    ("去年", -1, 1, 12),
    ("过去一年", -1, 1, 12),
    ("明年", 1, 1, 12),
];

/// Five-year plans and the years they cover.
const PLANS: &[(&str, (i32, i32))] = &[
    ("十四五", (2021, 2025)),
    ("十五五", (2026, 2030)),
    ("十三五", (2016, 2020)),
    ("十二五", (2011, 2015)),
    ("十一五", (2006, 2010)),
];

/// Older plans, named in quotes only (“九五”, “十五”): 十五 alone is fifteen, 九五 is in 一九九五年, and “八五”普法 is
/// a campaign of 2021–2025. What a figure is compared with, never its period.
const OLD_PLANS: &[&str] = &["八五", "九五", "十五"];

/// Where the plan `s` ends with starts (比“九五”, 是“十五”末的, 较十二五期间), if it ends with one.
pub fn trailing_plan(s: &str) -> Option<usize> {
    let rest = ["末", "时期", "期间", "期末"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
    let quoted = rest.strip_suffix('”');
    let rest = quoted.unwrap_or(rest);
    let plan = PLANS.iter().map(|p| p.0).find(|p| rest.ends_with(p));
    let old = || OLD_PLANS.iter().find(|p| rest.ends_with(**p)).filter(|_| quoted.is_some());
    let start = rest.len() - plan.or_else(|| old().copied())?.len();
    match quoted {
        Some(_) => rest[..start].strip_suffix('“').map(str::len),
        None => Some(start),
    }
}

/// How many bytes of `name` are the period words it opens with (到2015年, 2015年底, “十二五”末, 十二五期间): a
/// figure's period is a field of its own, not part of its name. 0 when it opens with none.
pub fn leading_len(name: &str) -> usize {
    let s = ["截至", "截止", "到", "至"].iter().find_map(|p| name.strip_prefix(p)).unwrap_or(name);
    let rest = if s.len() >= 7 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) && s[4..].starts_with('年') {
        &s[7..]
    } else {
        let t = s.strip_prefix('“').unwrap_or(s);
        let Some(plan) = PLANS.iter().find_map(|(p, _)| t.strip_prefix(p)) else { return 0 };
        plan.strip_prefix('”').unwrap_or(plan)
    };
    let rest =
        ["底", "末", "初", "期间", "以来", "以前", "前"].iter().find_map(|w| rest.strip_prefix(w)).unwrap_or(rest);
    name.len() - rest.len()
}

/// The words of [`RELATIVE`] and then [`PLANS`], indexed as [`Last`] is.
pub fn words() -> impl Iterator<Item = &'static str> {
    RELATIVE.iter().map(|r| r.0).chain(PLANS.iter().map(|p| p.0))
}

fn word_set() -> &'static WordSet<'static> {
    static W: OnceLock<WordSet> = OnceLock::new();
    W.get_or_init(|| WordSet::new(words()))
}

/// For each word of [`words`], where it last starts (what `rfind` gives).
type Last = [Option<usize>; RELATIVE.len() + PLANS.len()];

/// Where each word of [`words`] last starts in `text`.
fn last_places(text: &str) -> Last {
    let mut last = [None; RELATIVE.len() + PLANS.len()];
    word_set().each_place(text, |r, k| last[k] = Some(r.start));
    last
}

/// Every place of every word of [`words`] in a whole text, and every 年 and
/// 月, read once, so that the periods before each of many figures come from
/// binary searches instead of a scan of the text before each.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// (start, end, index of the word), in order of start.
    places: Vec<(usize, usize, usize)>,
    /// Where each 年 stands, with how many ASCII digits stand right before it (at most 5).
    years: Vec<(u32, u8)>,
    /// Where each 月 stands.
    months: Vec<u32>,
}

impl Places {
    /// The places in `text`, given those of [`words`] (start, end, index, in order of start): the
    /// structure finds them in the pass that finds its own words.
    pub fn new(text: &str, places: Vec<(usize, usize, usize)>) -> Self {
        let bytes = text.as_bytes();
        // Byte offsets as u32, as MappedText keeps them: half the memory of a text dense in dates. (Each run of
        // digits is counted by the one 年 after it: linear.)
        let years = memchr::memmem::find_iter(bytes, "年")
            .map(|at| (at as u32, trailing_digits(&text[..at]).min(5) as u8))
            .collect();
        let months = memchr::memmem::find_iter(bytes, "月").map(|at| at as u32).collect();
        Places { places, years, months }
    }

    /// [`last_in`] of `text[window]`, where `text` is the text the places were found in.
    pub fn last_in(&self, text: &str, window: Range<usize>, year: Option<i32>) -> Option<Found> {
        // For each word, the last place that lies within the window.
        let mut last = [None; RELATIVE.len() + PLANS.len()];
        let from = self.places.partition_point(|&(at, ..)| at < window.start);
        for &(at, end, k) in self.places[from..].iter().take_while(|&&(at, ..)| at < window.end) {
            if end <= window.end {
                last[k] = Some(at - window.start);
            }
        }
        let within = &text[window.clone()];
        let start = window.start;
        // The last 年 and 月 that lie within the window, found from its end.
        let to = self.years.partition_point(|&(at, _)| at as usize + '年'.len_utf8() <= window.end);
        let last_year = self.years[..to].iter().map(|&(at, digits)| (at as usize, digits));
        let last_year = last_year.rev().take_while(|&(at, _)| at >= start).find_map(|(at, digits)| {
            // Only the digits inside the window count, and there must be four.
            (usize::from(digits).min(at - start) == 4).then(|| year_at(within, at - start)).flatten()
        });
        let to = self.months.partition_point(|&at| at as usize + '月'.len_utf8() <= window.end);
        let last_month = self.months[..to].last().map(|&at| at as usize).filter(|&at| at >= start);
        let months = last_month.and_then(|at| months_at(within, at - start, year));
        resolve(within, last, last_year, months, year)
    }
}

/// The last period expression in `text` (the one nearest to what follows),
/// resolved against `year` (the year the text speaks of as 今年).
pub fn last_in(text: &str, year: Option<i32>) -> Option<Found> {
    let last_year = text
        .rmatch_indices('年')
        .find_map(|(at, _)| (trailing_digits(&text[..at]) == 4).then(|| year_at(text, at)).flatten());
    let months = text.rfind('月').and_then(|at| months_at(text, at, year));
    resolve(text, last_places(text), last_year, months, year)
}

/// The year written in the four digits before the 年 at `at` in `text`:
/// where they start, and the year; none for 2023年度目标 or outside 1949–2100.
fn year_at(text: &str, at: usize) -> Option<(usize, i32)> {
    let y: i32 = text[at - 4..at].parse().ok()?;
    ((1949..=2100).contains(&y) && !text[at..].starts_with("年度目标")).then_some((at - 4, y))
}

/// [`last_in`], given where the words of [`words`] last start in `text`, the
/// last year written in it ([`year_at`]) and its last span of months.
fn resolve(
    text: &str,
    last: Last,
    last_year: Option<(usize, i32)>,
    months: Option<Found>,
    year: Option<i32>,
) -> Option<Found> {
    /// A candidate, made into a [`Period`] only if it wins.
    enum Candidate {
        Relative(usize),
        Year(i32),
        Months(Found),
        Plan(usize),
    }
    // The last candidate in text order wins; at the same place, the one considered last.
    let mut best: Option<(usize, Candidate)> = None;
    let mut consider = |at: usize, c: Candidate| {
        if best.as_ref().is_none_or(|(b, _)| at >= *b) {
            best = Some((at, c));
        }
    };
    for (k, (word, ..)) in RELATIVE.iter().enumerate() {
        if let Some(at) = last[k] {
            // 前三季度 contains 三季度: the longer word wins at the same place.
            if *word == "三季度" && text[..at].ends_with('前') {
                continue;
            }
            // 五年内, 3年内: within so many years, not within this year.
            if *word == "年内" && text[..at].ends_with(|c: char| c.is_ascii_digit() || crate::chars::is_cn_digit(c)) {
                continue;
            }
            consider(at, Candidate::Relative(k));
        }
    }
    // 2023年, 2023年上半年, 1-6月, 1—6月 (of the years only the last can win)
    if let Some((at, y)) = last_year {
        consider(at, Candidate::Year(y));
    }
    if let Some(found) = months {
        consider(found.at, Candidate::Months(found));
    }
    for k in 0..PLANS.len() {
        if let Some(at) = last[RELATIVE.len() + k] {
            consider(at, Candidate::Plan(k));
        }
    }
    let (at, c) = best?;
    let period = match c {
        Candidate::Relative(k) => {
            let (word, off, from, to) = RELATIVE[k];
            period(word, year.map(|y| y + off), from, to)
        }
        Candidate::Year(y) => whole_year(y),
        Candidate::Months(found) => return Some(found),
        Candidate::Plan(k) => {
            let (word, span) = PLANS[k];
            Period {
                text: format!("“{word}”"),
                year: None,
                from: Some(format!("{}-01", span.0)),
                to: Some(format!("{}-12", span.1)),
            }
        }
    };
    Some(Found { at, period })
}

/// How many ASCII digits `s` ends with.
fn trailing_digits(s: &str) -> usize {
    s.bytes().rev().take_while(u8::is_ascii_digit).count()
}

/// `1-6月`, `1至6月`, `1—9月`, ending with the 月 at `at` in `text`.
fn months_at(text: &str, at: usize, year: Option<i32>) -> Option<Found> {
    let head = &text[..at];
    let n = trailing_digits(head);
    let to: u32 = head[head.len() - n..].parse().ok()?;
    let rest = &head[..head.len() - n];
    let sep = ["-", "—", "至", "~", "－"].iter().find(|s| rest.ends_with(**s))?;
    let rest = &rest[..rest.len() - sep.len()];
    let n = trailing_digits(rest);
    let from: u32 = rest[rest.len() - n..].parse().ok()?;
    if !(1..=12).contains(&from) || !(from..=12).contains(&to) {
        return None;
    }
    let start = rest.len() - n;
    Some(Found { at: start, period: period(&text[start..at + '月'.len_utf8()], year, from, to) })
}

/// A deadline in a commitment clause: 年底前, 全年, 2025年底前, 三季度, 上半年.
pub fn deadline_in(text: &str, year: Option<i32>) -> Option<Deadline> {
    let by = |y: Option<i32>, m: u32| {
        y.map(|y| {
            let d = match m {
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            format!("{y}-{m:02}-{d}")
        })
    };
    // 2025年底前 / 2025年前 / 到2025年
    for (i, _) in text.match_indices('年') {
        if trailing_digits(&text[..i]) == 4 {
            let y: i32 = text[i - 4..i].parse().unwrap_or(0);
            let after = &text[i + 3..];
            let word = ["底前", "年底", "底", "前"].iter().find(|w| after.starts_with(**w));
            if let Some(w) = word {
                return Some(Deadline { text: format!("{y}年{w}"), year: Some(y), by: by(Some(y), 12) });
            }
        }
    }
    let last = last_places(text);
    for &(k, w, m) in relative_ends() {
        if last[k].is_some() {
            return Some(Deadline { text: w.to_string(), year, by: by(year, m) });
        }
    }
    // A five-year plan ends with its last year ([`PLANS`] gives the order they are tried in).
    let (_, &(w, (_, y))) = last[RELATIVE.len()..].iter().zip(PLANS).find(|(place, _)| place.is_some())?;
    Some(Deadline { text: format!("“{w}”期间"), year: Some(y), by: by(Some(y), 12) })
}

/// The words of [`RELATIVE`] that name a deadline, in the order [`deadline_in`] tries them: each word's
/// index in [`words`], the word and the month it ends in. Looked up once, not at every commitment.
fn relative_ends() -> &'static [(usize, &'static str, u32)] {
    const ENDS: [(&str, u32); 10] = [
        ("年底前", 12),
        ("年内", 12),
        ("全年", 12),
        ("今年", 12),
        ("上半年", 6),
        ("下半年", 12),
        ("一季度", 3),
        ("二季度", 6),
        ("三季度", 9),
        ("四季度", 12),
    ];
    static W: OnceLock<Vec<(usize, &'static str, u32)>> = OnceLock::new();
    W.get_or_init(|| ENDS.iter().filter_map(|&(w, m)| Some((words().position(|x| x == w)?, w, m))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (String, Option<i32>, Option<String>, Option<String>);

    fn p(text: &str) -> Option<Row> {
        last_in(text, Some(2024)).map(|f| (f.period.text, f.period.year, f.period.from, f.period.to))
    }

    #[test]
    fn a_name_is_read_without_the_period_words_it_opens_with() {
        fn rest(name: &str) -> &str {
            &name[leading_len(name)..]
        }
        assert_eq!(rest("到2015年城镇居民人均可支配收入"), "城镇居民人均可支配收入");
        assert_eq!(rest("2015年底全市高新技术企业"), "全市高新技术企业");
        assert_eq!(rest("到“十二五”末全省人才总量"), "全省人才总量");
        assert_eq!(rest("十一五期间节能"), "节能");
        assert_eq!(rest("2012年以来共发放各类救助资金"), "共发放各类救助资金");
        assert_eq!(rest("2000年前欠发的工资"), "欠发的工资");
        // No period: the whole name; nor 2015 without 年, nor five digits.
        for name in ["城镇化率", "2015个", "20150年", "到期"] {
            assert_eq!(rest(name), name);
        }
    }

    #[test]
    fn periods_resolve_against_the_document_year() {
        assert_eq!(
            p("上半年,扬中实现"),
            Some(("上半年".into(), Some(2024), Some("2024-01".into()), Some("2024-06".into())))
        );
        assert_eq!(
            p("2023年,全市"),
            Some(("2023年".into(), Some(2023), Some("2023-01".into()), Some("2023-12".into())))
        );
        assert_eq!(p("1-6月,全区"), Some(("1-6月".into(), Some(2024), Some("2024-01".into()), Some("2024-06".into()))));
        assert_eq!(p("去年全市"), Some(("去年".into(), Some(2023), Some("2023-01".into()), Some("2023-12".into()))));
        assert_eq!(
            p("前三季度"),
            Some(("前三季度".into(), Some(2024), Some("2024-01".into()), Some("2024-09".into())))
        );
        assert_eq!(p("“十四五”期间"), Some(("“十四五”".into(), None, Some("2021-01".into()), Some("2025-12".into()))));
        assert_eq!(p("“十二五”期间"), Some(("“十二五”".into(), None, Some("2011-01".into()), Some("2015-12".into()))));
        assert_eq!(p("全市经济"), None);
        // Within so many years is no 年内 (within this year).
        assert_eq!(p("五年内亿元以上项目"), None);
        assert_eq!(p("3年内建成"), None);
        assert_eq!(p("年内建成").map(|r| r.0), Some("年内".into()));
    }

    #[test]
    fn deadlines() {
        let d = |t: &str| deadline_in(t, Some(2024)).map(|d| (d.text, d.by));
        assert_eq!(d("确保年底前建成"), Some(("年底前".into(), Some("2024-12-31".into()))));
        assert_eq!(d("力争2025年底前完成"), Some(("2025年底前".into(), Some("2025-12-31".into()))));
        assert_eq!(d("三季度投产"), Some(("三季度".into(), Some("2024-09-30".into()))));
        // Every five-year plan ends with its last year, 十三五 as much as the others.
        assert_eq!(d("“十三五”期间完成"), Some(("“十三五”期间".into(), Some("2020-12-31".into()))));
        assert_eq!(d("十四五时期建成"), Some(("“十四五”期间".into(), Some("2025-12-31".into()))));
        assert_eq!(d("十一五期间"), Some(("“十一五”期间".into(), Some("2010-12-31".into()))));
        assert_eq!(d("加快推进"), None);
    }

    #[test]
    fn a_plan_at_the_end_of_a_phrase_is_found_with_or_without_its_quotes() {
        assert_eq!(trailing_plan("比“九五”"), Some("比".len()));
        assert_eq!(trailing_plan("比“十五”末"), Some("比".len()));
        assert_eq!(trailing_plan("较十二五期间"), Some("较".len()));
        // 九五 and 十五 need their quotes: 一九九五 is a year's digits, 十五 a number.
        assert_eq!(trailing_plan("一九九五"), None);
        assert_eq!(trailing_plan("增长十五"), None);
        // An older plan is no period: “八五”普法 is a campaign of 2021–2025.
        assert_eq!(p("“八五”普法，开展普法宣传活动"), None);
    }

    #[test]
    fn every_place_of_every_word_is_found() {
        let text = "十五五十四五年年底前去年内，过去一年一季度前三季度三季度，上半年下半年全年今年明年十三五";
        let mut found = Vec::new();
        word_set().each_place(text, |r, k| found.push((r.start, k)));
        found.sort();
        let mut naive = Vec::new();
        for (at, _) in text.char_indices() {
            for (k, word) in words().enumerate() {
                if text[at..].starts_with(word) {
                    naive.push((at, k));
                }
            }
        }
        assert_eq!(found, naive);
        assert_eq!(found.len(), 16); // counted by hand: 三季度 twice (once inside 前三季度), no 去年 in 过去一年
    }

    #[test]
    fn the_index_of_a_whole_text_answers_every_window_as_a_search_of_it_would() {
        // With years the window's edge cuts (12023年), 年度目标 after a year, and spans of months.
        let text = "去年底前，前三季度全年内完成，三季度上半年2023年1-6月“十四五”期间今年内过去一年明年底前年度目标，\
                    12023年；2024年度目标是1—9月，2025年底前12月";
        let mut found = Vec::new();
        word_set().each_place(text, |r, k| found.push((r.start, r.end, k)));
        let places = Places::new(text, found);
        let bounds: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        for (k, &a) in bounds.iter().enumerate() {
            for &b in &bounds[k..] {
                let found = |f: Option<Found>| f.map(|f| (f.at, f.period));
                assert_eq!(
                    found(places.last_in(text, a..b, Some(2024))),
                    found(last_in(&text[a..b], Some(2024))),
                    "{:?}",
                    &text[a..b]
                );
            }
        }
    }
}
