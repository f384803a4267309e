//! Metadata: region and its level, the year planned for and the year
//! reviewed, date, speaker and title, document type.

use super::{Sec, SectionRole};
use crate::chars::has_str;
use crate::normalize::{is_han, Normalized};
use crate::report::{DocType, Meta, RegionLevel, Warning, WarningCode};
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;

const SUFFIXES: &[(&str, RegionLevel)] = &[
    ("全国", RegionLevel::National),
    ("经济技术开发区", RegionLevel::Zone),
    ("高新技术产业开发区", RegionLevel::Zone),
    ("开发区", RegionLevel::Zone),
    ("高新区", RegionLevel::Zone),
    ("经开区", RegionLevel::Zone),
    ("新区", RegionLevel::Zone),
    ("自治区", RegionLevel::Province),
    ("省", RegionLevel::Province),
    ("市", RegionLevel::City),
    ("县", RegionLevel::County),
    ("区", RegionLevel::District),
];

/// Titles of those who give reports.
pub const TITLES: &[&str] = &["省长", "市长", "县长", "区长", "州长", "主任", "总理", "主席", "旗长"];

/// Finds the metadata of `n`.
pub fn find(
    n: &Normalized,
    lines: &[Range<usize>],
    sections: &[Sec],
    year_hint: Option<i32>,
    warnings: &mut Vec<Warning>,
) -> Meta {
    let text = n.text();
    let head: Vec<&str> = lines.iter().filter(|r| !n.is_skipped(r.start)).take(8).map(|r| &text[r.clone()]).collect();
    let congress = has_str(text, "人民代表大会") || has_str(text, "各位代表");
    let byline = n.warnings.iter().any(|w| w.code == WarningCode::PageFurniture);
    let doc_type = if congress && has_str(text, "工作报告") {
        DocType::WorkReport
    } else if lines.iter().filter(|r| n.is_skipped(r.start) && text[(*r).clone()].starts_with(['(', '（'])).count() >= 2
    {
        DocType::Digest
    } else if byline || !congress {
        DocType::NewsArticle
    } else {
        DocType::WorkReport
    };
    let title = head.iter().find_map(|l| super::title_of_line(l)).map(str::to_string);
    // The script is the normalizer's to say: it saw the text before conversion.
    let mut m = Meta { title, doc_type, script: n.script, ..Meta::default() };
    // Date: 2024年1月10日 near the top; else a date field above the text (发文时间：2010-01-26), which the
    // normalizer took for page furniture.
    m.date = head.iter().find_map(|l| date_in(l)).or_else(|| {
        lines.iter().take(12).find_map(|r| {
            let line = text[r.clone()].trim();
            DATE_FIELDS.iter().find_map(|k| line.strip_prefix(k)).and_then(field_date)
        })
    });
    // Speaker: "市 长 束克之", "河北省人民政府省长 王正谱", "…会议上国务院总理 李强".
    for line in &head {
        let tokens: Vec<&str> = line.split(' ').filter(|t| !t.is_empty()).collect();
        let Some((name, before)) = tokens.split_last() else { continue };
        let name_ok = (2..=4).contains(&name.chars().count()) && name.chars().all(is_han);
        // A title spaced out (市 长) is joined; a long prefix keeps only its title word.
        let joined: String = before.concat();
        if let Some(t) = TITLES.iter().find(|t| joined.ends_with(**t)).filter(|_| name_ok) {
            let spaced_short = joined.chars().count() <= 5;
            m.speaker = Some(name.to_string());
            m.speaker_title = Some(if spaced_short { joined.clone() } else { t.to_string() });
            break;
        }
    }
    // A name alone on the line after the congress line (保定: "闫继红").
    if m.speaker.is_none() {
        let congress_at = head.iter().position(|l| l.contains("人民代表大会"));
        if let Some(next) = congress_at.and_then(|i| head.get(i + 1)) {
            if (2..=4).contains(&next.chars().count()) && next.chars().all(is_han) && !next.starts_with("各位") {
                m.speaker = Some(next.to_string());
            }
        }
    }
    m.region = region(text, &head);
    m.region_level = m.region.as_deref().and_then(|r| SUFFIXES.iter().find(|(s, _)| r.ends_with(s)).map(|(_, l)| *l));
    // Years: headings name them (2023年工作回顾, 2024年主要工作安排); else the date; else the text.
    let heading_year =
        |role: SectionRole| sections.iter().filter(|s| s.role == role).find_map(|s| four_digit_year(&s.title));
    // A title naming a work report's year (2026年保定市政府工作报告, also over a write-up of it).
    let title_year = m.title.as_deref().and_then(|t| four_digit_year(&t[..t.find("政府工作报告")?]));
    // Headings that agree (2018年工作回顾, 2019年重点任务) outweigh a title: a collector may file a report under
    // the year it reviews (河北省 2018, the report of January 2019).
    let (review_heading, plan_heading) = (heading_year(SectionRole::Review), heading_year(SectionRole::Plan));
    let agreed = plan_heading.filter(|p| review_heading == Some(p - 1));
    m.year = year_hint.or(agreed).or(title_year).or(plan_heading);
    m.review_year = review_heading;
    if m.review_year.is_none() && title_year.is_some() && m.year == title_year {
        m.review_year = title_year.map(|y| y - 1);
    }
    if let Some(d) = &m.date {
        let y: Option<i32> = d.get(..4).and_then(|y| y.parse().ok());
        if m.year.is_none() && m.doc_type == DocType::WorkReport {
            // A report given early in a year plans for that year.
            m.year = y;
        }
        if m.year.is_none() {
            m.year = y;
        }
    }
    if m.year.is_none() {
        m.year = leading_year(text);
    }
    if m.review_year.is_none() {
        m.review_year = match m.doc_type {
            DocType::WorkReport => m.year.map(|y| y - 1),
            // A news piece reviews the same year (上半年, 今年以来).
            _ => m.year,
        };
    }
    if m.year.is_none() {
        warnings.push(Warning {
            code: WarningCode::NoYear,
            message: "文中没有给出年份，“今年”“上半年”等无法落到具体年份 (the text gives no year)".into(),
            span: None,
        });
    }
    m
}

fn four_digit_year(s: &str) -> Option<i32> {
    let i = s.find('年')?;
    let digits = s[..i].chars().rev().take_while(char::is_ascii_digit).collect::<String>();
    (digits.len() == 4).then(|| digits.chars().rev().collect::<String>().parse().ok()).flatten()
}

/// Fields that date a text from above it.
const DATE_FIELDS: &[&str] = &["发文时间", "发文日期", "发布时间", "发布日期", "成文日期", "添加时间"];

/// The date a field gives after its name: `：2010-01-26`, ` 2026/2/12 15:20:47`, `：2024年1月10日`.
fn field_date(value: &str) -> Option<String> {
    let v = value.trim_start_matches([':', '：', ' ']);
    if let Some(d) = date_in(v) {
        return Some(d);
    }
    let mut parts = v.splitn(3, ['-', '/', '.']);
    let y: i32 = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let mo: u32 = parts.next()?.parse().ok()?;
    let rest = parts.next()?;
    let d: u32 = rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())].parse().ok()?;
    ((1900..=2100).contains(&y) && (1..=12).contains(&mo) && (1..=31).contains(&d))
        .then(|| format!("{y}-{mo:02}-{d:02}"))
}

/// `2024年1月10日` → `2024-01-10`.
fn date_in(line: &str) -> Option<String> {
    let y_at = line.find('年')?;
    let y = four_digit_year(&line[..y_at + 3])?;
    let rest = &line[y_at + 3..];
    let m_at = rest.find('月')?;
    let mo: u32 = rest[..m_at].parse().ok()?;
    let rest = &rest[m_at + 3..];
    let d_at = rest.find('日')?;
    let d: u32 = rest[..d_at].parse().ok()?;
    ((1..=12).contains(&mo) && (1..=31).contains(&d)).then(|| format!("{y}-{mo:02}-{d:02}"))
}

/// The year a news piece speaks of: the latest `YYYY年` it names (a piece
/// written in 2024 names 2024, and earlier years only for comparison).
fn leading_year(text: &str) -> Option<i32> {
    memchr::memmem::find_iter(text.as_bytes(), "年")
        .filter_map(|i| {
            let digits: String = text[..i].chars().rev().take_while(char::is_ascii_digit).collect();
            let y: i32 = digits.chars().rev().collect::<String>().parse().ok()?;
            (digits.len() == 4 && (1990..=2100).contains(&y)).then_some(y)
        })
        .max()
}

/// The region: from the congress line (在句容市第十七届人民代表大会), the
/// government's name (句容市人民政府), or the headline's first word, checked
/// against how often the text names it.
fn region(text: &str, head: &[&str]) -> Option<String> {
    if head.iter().any(|l| l.contains("全国人民代表大会")) && has_str(text, "国务院") {
        return Some("全国".to_string());
    }
    for line in head {
        if let Some(at) = line.find("人民代表大会") {
            // ——2024年1月21日在河北省第十四届人民代表大会: the place after the last 在.
            let before = line[..at].rsplit('在').next().unwrap_or("");
            let name = before.split('第').next().unwrap_or(before);
            if (2..=8).contains(&name.chars().count()) && name.chars().all(is_han) {
                return Some(name.to_string());
            }
        }
    }
    let mut counts: HashMap<&str, usize> = HashMap::default();
    // By memchr, as `mentions` below: std's searcher runs without SIMD in the wasm (~1 % of a news seed's parse).
    for i in memchr::memmem::find_iter(text.as_bytes(), "人民政府".as_bytes()) {
        let head = &text[..i];
        let start = head.char_indices().rev().take(6).take_while(|(_, c)| is_han(*c)).last().map(|(j, _)| j);
        if let Some(s) = start {
            let name = head[s..].trim_start_matches("我代表").trim_start_matches("代表");
            if SUFFIXES.iter().any(|(suf, _)| name.len() > suf.len() && name.ends_with(suf)) {
                *counts.entry(name).or_default() += 1;
            }
        }
    }
    if let Some((name, _)) = counts.into_iter().max_by_key(|(n, c)| (*c, n.len())) {
        return Some(name.to_string());
    }
    // A headline that starts with a place: "扬中 踔厉奋发…", "镇江新区：以项目…".
    let first = head.first()?;
    let word = first.split([' ', '：', ':']).next()?;
    // Places counted as `str::matches` counts them (not overlapping), by memchr, which has SIMD in the wasm.
    let mentions = |w: &str| memchr::memmem::find_iter(text.as_bytes(), w.as_bytes()).count();
    let n = word.chars().count();
    if !((2..=6).contains(&n) && word.chars().all(is_han) && word != *first && mentions(word) >= 3) {
        return None;
    }
    // The text may give the full name: 丹徒 → 丹徒区.
    let full =
        ["区", "市", "县"].iter().map(|s| format!("{word}{s}")).map(|f| (mentions(&f), f)).max_by_key(|(n, _)| *n);
    Some(full.filter(|(n, _)| *n >= 2).map_or_else(|| word.to_string(), |(_, f)| f))
}

#[cfg(test)]
mod tests {
    use crate::normalize::normalize;
    use crate::report::{DocType, RegionLevel};
    use crate::segment::segment;

    #[test]
    fn work_report_head() {
        let text = "——2024年1月10日\n在句容市第十七屆人民代表大會第三次會議上\n市 長 束克之\n各位代表:\n現在,我代表句容市人民政府向大會作工作報告。\n一、2023年工作回顧\n全年增長5%。\n二、2024年主要工作安排\n全年增長5%左右。";
        let n = normalize(text);
        let m = segment(&n, None, &mut Vec::new()).meta;
        assert_eq!(m.region.as_deref(), Some("句容市"));
        assert_eq!(m.region_level, Some(RegionLevel::City));
        assert_eq!((m.year, m.review_year), (Some(2024), Some(2023)));
        assert_eq!(m.date.as_deref(), Some("2024-01-10"));
        assert_eq!((m.speaker.as_deref(), m.speaker_title.as_deref()), (Some("束克之"), Some("市长")));
        assert_eq!(m.doc_type, DocType::WorkReport);
    }

    #[test]
    fn headings_that_agree_outweigh_a_collectors_title() {
        // 河北省 2018: the report of January 2019, filed under the year it reviews.
        let text = "标题：2018年河北省政府工作报告\n发文单位：河北省人民政府\n发文时间：未知\n\n正文：\n\n\
                    二〇一九年一月十四日在河北省第十三届人民代表大会第二次会议上\n一、2018年工作回顾\n\
                    过去的一年，是全面贯彻党的十九大精神开局之年。\n二、2019年工作总体要求\n\
                    今年是新中国成立70周年，是全面建成小康社会、实现第一个百年奋斗目标的关键之年。";
        let m = segment(&normalize(text), None, &mut Vec::new()).meta;
        assert_eq!((m.year, m.review_year), (Some(2019), Some(2018)));
    }

    #[test]
    fn a_government_named_by_its_level_alone_names_no_region() {
        // 河北省 2011, as a newspaper reprinted it: 我代表省人民政府 twice, the collector's field once.
        let text = "标题：河北省2011年政府工作报告\n发文单位：河北省人民政府\n发文时间：2011-01-12\n\n正文：\n\n\
                    资料:河北省2011年政府工作报告\n各位代表：\n现在，我代表省人民政府向大会作报告，请各位代表连同《纲要(草案)》一并审议。\n\
                    在此，我代表省人民政府，向全省人民，向人大代表、政协委员，向各民主党派、工商联、无党派人士和人民团体";
        let m = segment(&normalize(text), None, &mut Vec::new()).meta;
        assert_eq!((m.region.as_deref(), m.region_level), (Some("河北省"), Some(RegionLevel::Province)));
    }

    #[test]
    fn a_collectors_fields_above_a_write_up() {
        let text = "标题：2026年保定市政府工作报告\n发文单位：保定市人民政府\n发文时间：2026-02-12\n\
                    来源URL：http://kjj.baoding.gov.cn/info_show.asp?infoid=12114\n\n正文：\n\n\
                    闫继红在保定市十六届人大七次会议上的政府工作报告（摘登）\n\
                    这五年，我们全力推动高质量发展。地区生产总值年均增长5.6%。到2035年，基本实现社会主义现代化。";
        let r = crate::parse(text, &crate::Options::default());
        let m = &r.meta;
        assert_eq!(m.title.as_deref(), Some("2026年保定市政府工作报告"));
        // The title names the report's year; the write-up names 2035 too, as a goal.
        assert_eq!((m.year, m.review_year), (Some(2026), Some(2025)));
        assert_eq!(m.date.as_deref(), Some("2026-02-12"));
        // Neither the address's id nor 这五年 is a figure.
        let names: Vec<&str> = r.indicators.iter().map(|i| i.name.as_str()).collect();
        assert_eq!(names, ["地区生产总值"]);
        assert_eq!(r.indicators[0].period.as_ref().map(|p| p.text.as_str()), Some("2025年"));
    }

    #[test]
    fn news_piece_without_a_year_warns() {
        let n =
            normalize("扬中 踔厉奋发 勇毅奋进\n\n今年以来,扬中交出成绩单。上半年,扬中实现GDP301.5亿元。扬中坚持发展。");
        let mut w = Vec::new();
        let m = segment(&n, None, &mut w).meta;
        assert_eq!(m.region.as_deref(), Some("扬中"));
        assert_eq!(m.year, None);
        assert!(w.iter().any(|w| w.code == crate::WarningCode::NoYear));
        assert_eq!(m.doc_type, DocType::NewsArticle);
    }
}
