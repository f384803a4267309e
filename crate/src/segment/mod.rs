//! Structure: the articles of a paste, the sections of each (numbered
//! headings, news sub-headings, the glossary) with the role each plays
//! (review, plan, self-building, glossary), and the sentences, each with the
//! tense its own cue words give it. Works on the normalized text.

pub mod glossary;
mod meta;
pub mod period;

use crate::chars::{self, commas, has, is_cn_digit, line_ranges};
use crate::lexicon::{words_at, Role, Word};
use crate::normalize::{is_han, Normalized};
use crate::report::{Meta, SectionRole, Warning};
use crate::word_set::WordSet;
use std::ops::Range;
use std::sync::OnceLock;

/// A heading and the part it opens, in bytes of the normalized text.
#[derive(Debug, Clone)]
pub struct Sec {
    /// The heading text.
    pub title: String,
    /// 1 for 一、 and news sub-headings, 2 for (一), 3 for 1.
    pub level: u8,
    /// The part's role.
    pub role: SectionRole,
    /// Heading start to the start of the next heading of the same or a higher level.
    pub range: Range<usize>,
}

/// An article of the paste.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Its title (its first short line), or empty.
    pub title: String,
    /// Bytes of the normalized text.
    pub range: Range<usize>,
}

/// A sentence: up to 。！？； or a line end.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Bytes of the normalized text.
    pub range: Range<usize>,
    /// The innermost section it stands in.
    pub section: Option<usize>,
    /// The role of that section, refined by the sentence's own cue words.
    pub role: SectionRole,
    /// Whether it speaks of the future (将, 下半年, 明年…, 要 after a reported speech), not only of
    /// effort, or goes on in the future of the sentence before it.
    pub future: bool,
    /// Whether a line break stands between it and the sentence before (or it is the first).
    pub opens_paragraph: bool,
}

/// The structure of one normalized text.
#[derive(Debug, Clone)]
pub struct Structure {
    /// Articles.
    pub documents: Vec<Doc>,
    /// Sections in order of their headings.
    pub sections: Vec<Sec>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Footnote definitions.
    pub glossary: Vec<glossary::Entry>,
    /// What the document is.
    pub meta: Meta,
    /// Where the period words, years and months stand, for the periods of figures.
    pub periods: period::Places,
}

impl Structure {
    /// The index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.range.end <= pos);
        (i < self.sentences.len() && self.sentences[i].range.start <= pos).then_some(i)
    }
}

/// Review cue words in a heading.
const REVIEW_CUES: &[&str] =
    &["回顾", "过去一年", "过去五年", "一年来", "今年以来", "上半年", "成绩", "成效", "1-6月", "年以来", "去年"];
/// Plan cue words in a heading.
const PLAN_HEADING_CUES: &[&str] = &[
    "主要任务",
    "重点任务",
    "安排",
    "工作任务",
    "目标任务",
    "展望",
    "打算",
    "下半年",
    "思路",
    "总体要求",
    "政策取向",
    "预期目标",
    "发展目标",
    "工作目标",
    "目标要求",
];
/// Words that name the work of a part, a plan's unless a review cue names its time: 2024年主要工作, 2001年的工作,
/// but 过去五年主要工作, 去年的工作.
const WORK_CUES: &[&str] = &["主要工作", "重点工作", "年的工作"];

/// Finds the structure of `n`.
pub fn segment(n: &Normalized, year_hint: Option<i32>, warnings: &mut Vec<Warning>) -> Structure {
    let text = n.text();
    let lines = line_ranges(text);
    let sections = sections(text, &lines, n);
    let documents = documents(text, &lines, n);
    let mut sections = sections;
    // The period words and the tense words, in one pass over the text.
    let (words, periods_len) = text_words();
    let (mut periods, mut tense) = (Vec::new(), Vec::new());
    words.each_place(text, |r, k| match k.checked_sub(*periods_len) {
        None => periods.push((r.start, r.end, k)),
        Some(_) => tense.push(r),
    });
    let mut sentences = sentences(text, &sections, &tense);
    plan_sections_by_content(&mut sections, &mut sentences, &documents);
    plan_after_a_turn(text, &mut sentences);
    let meta = meta::find(n, &lines, &sections, year_hint, warnings);
    let glossary = glossary::entries(text, &sections);
    Structure { documents, sections, sentences, glossary, meta, periods: period::Places::new(text, periods) }
}

/// A heading's own text: up to its first 。 or colon.
fn title_of(line: &str) -> &str {
    let end = line.find(['。', '：', ':']).unwrap_or(line.len());
    line[..end].trim()
}

/// The heading level of `line`, and the heading's own text (up to its first 。).
fn heading(line: &str) -> Option<(u8, &str)> {
    let mut chars = line.char_indices();
    let (_, first) = chars.next()?;
    // 一、 二十、
    let digits = line.chars().take_while(|&c| is_cn_digit(c)).count();
    if digits > 0 && line.chars().nth(digits) == Some('、') {
        if line.chars().count() <= 40 {
            return Some((1, title_of(line)));
        }
        // A heading the paragraph runs on from after a space, in text copied from a web page:
        // 二、2005年主要任务 今年是全面实现“十五”计划目标…
        let head = line.split([' ', '\u{3000}']).next().unwrap_or(line);
        let n = head.chars().count();
        return (head.len() < line.len() && n <= 30 && !head.contains(SENTENCE_MARKS)).then_some((1, head));
    }
    // (一) （十二）
    if matches!(first, '(' | '（') {
        let inner: String = line.chars().skip(1).take_while(|c| !matches!(c, ')' | '）')).collect();
        let n = inner.chars().count();
        if n > 0 && n <= 3 && inner.chars().all(is_cn_digit) {
            return Some((2, title_of(line)));
        }
        if n > 0 && n <= 2 && inner.chars().all(|c| c.is_ascii_digit()) {
            return Some((3, title_of(line)));
        }
        return None;
    }
    // 第一部分
    if first == '第' && line.chars().count() <= 30 && (line.contains("部分") || line.contains('章')) {
        return Some((1, line));
    }
    // 1. 2、 (not 1.5)
    let ad = line.chars().take_while(|c| c.is_ascii_digit()).count();
    if (1..=2).contains(&ad) {
        let next = line[ad..].chars().next();
        let after = line[ad..].chars().nth(1);
        if matches!(next, Some('.' | '、' | '．')) && after.is_some_and(is_han) {
            return Some((3, title_of(line)));
        }
    }
    None
}

/// Whether `line` can be a document's title: not a date line, the congress
/// line, a greeting, a lone name or a speaker line. `政府工作报告——2024年3月5日…`
/// is read up to its dash.
pub fn title_of_line(line: &str) -> Option<&str> {
    // A collector's or a document page's field: 标题：2026年保定市政府工作报告.
    let line = ["标题：", "标题:", "题目：", "题目:"].iter().find_map(|k| line.strip_prefix(k)).unwrap_or(line);
    let l = line.split("——").next().unwrap_or(line).trim();
    let rejected = l.is_empty()
        || l.chars().count() > 60
        || l.contains('。')
        || is_congress_line(l)
        || l.starts_with("各位代表")
        || (l.chars().count() <= 4 && l.chars().all(is_han))
        || l.ends_with('长')
        || is_speaker_line(l)
        || heading(l).is_some()
        || l.starts_with(['(', '（']);
    (!rejected).then_some(l)
}

/// `在句容市第十七届人民代表大会第三次会议上`.
fn is_congress_line(l: &str) -> bool {
    l.starts_with('在') && l.contains("代表大会")
}

/// `市 长 束克之`, `河北省人民政府省长 王正谱`: a title, then a name.
fn is_speaker_line(l: &str) -> bool {
    let tokens: Vec<&str> = l.split(' ').filter(|t| !t.is_empty()).collect();
    tokens.split_last().is_some_and(|(name, before)| {
        !before.is_empty()
            && (2..=4).contains(&name.chars().count())
            && meta::TITLES.iter().any(|t| before.concat().ends_with(t))
    })
}

/// Punctuation that a heading of its own line does not hold.
const SENTENCE_MARKS: &[char] = &['。', '，', ',', '；', ';', '：', ':', '！', '？'];

/// A short standalone line without sentence punctuation: a news sub-heading.
fn is_subheading(line: &str) -> bool {
    let n = line.chars().count();
    (4..=30).contains(&n)
        && !line.contains(SENTENCE_MARKS)
        && line.chars().filter(|c| is_han(*c)).count() * 10 >= n * 7
        && !line.starts_with(['(', '（', '“', '"'])
}

/// A line of its own that names a review or plan part and ends in a colon: `2024年工作回顾：`, `重点工作：`.
/// Its title, without the colon. (Other such lines, 各位代表： or 主要做了以下工作：, open no part.)
fn cue_heading(line: &str) -> Option<&str> {
    let title = line.strip_suffix(['：', ':'])?;
    let n = title.chars().count();
    ((2..=30).contains(&n) && !title.contains(SENTENCE_MARKS) && role_of(title) != SectionRole::Other).then_some(title)
}

/// Whether `line` defines a footnote term: `①“四上”企业:…`, `“无废城市”:…`.
fn is_glossary_line(line: &str) -> bool {
    let body = line.trim_start_matches(|c: char| ('\u{2460}'..='\u{2473}').contains(&c) || c == ' ');
    // The term ends at the first colon, within 30 characters (so within 120 bytes), found by its bytes
    // (`：` is EF BC 9A, and EF only ever starts a character).
    let b = &body.as_bytes()[..body.len().min(128)];
    let colon = memchr::memchr2_iter(b':', 0xEF, b).find(|&i| b[i] == b':' || body[i..].starts_with('：'));
    // The whole line is searched for “ last: most lines have no ” before such a colon.
    colon.is_some_and(|c| has(&body[..c], '”') && body[..c].chars().count() <= 30) && has(body, '“')
}

fn role_of(title: &str) -> SectionRole {
    // The cue words by the role they give, the first group with a word in the title deciding. One look
    // over the title: in the wasm each `contains` of a word set up its own searcher (1 % of a parse).
    const GROUPS: [(SectionRole, &[&str]); 4] = [
        (SectionRole::SelfBuilding, &["自身建设"]),
        (SectionRole::Plan, PLAN_HEADING_CUES),
        (SectionRole::Review, REVIEW_CUES),
        (SectionRole::Plan, WORK_CUES),
    ];
    static CUES: OnceLock<(WordSet, Vec<usize>)> = OnceLock::new();
    let (words, group_of) = CUES.get_or_init(|| {
        let cues = GROUPS.iter().enumerate().flat_map(|(g, (_, words))| words.iter().map(move |w| (g, *w)));
        (WordSet::new(cues.clone().map(|(_, w)| w)), cues.map(|(g, _)| g).collect())
    });
    let mut first = GROUPS.len();
    words.each_place(title, |_, k| first = first.min(group_of[k]));
    GROUPS.get(first).map_or(SectionRole::Other, |(role, _)| *role)
}

fn sections(text: &str, lines: &[Range<usize>], n: &Normalized) -> Vec<Sec> {
    let numbered = lines.iter().any(|r| heading(&text[r.clone()]).is_some_and(|(l, _)| l == 1));
    let mut heads: Vec<(usize, u8, String)> = Vec::new();
    // Definition lines from each line to the end, counted once (so that finding
    // the glossary stays linear).
    let mut defs_from = vec![0usize; lines.len() + 1];
    for (i, r) in lines.iter().enumerate().rev() {
        defs_from[i] = defs_from[i + 1] + usize::from(is_glossary_line(&text[r.clone()]));
    }
    let mut glossary_start = None;
    for (i, r) in lines.iter().enumerate() {
        let line = &text[r.clone()];
        if n.is_skipped(r.start) {
            continue;
        }
        // The glossary: from the first of at least two definition lines that run to the end.
        if glossary_start.is_none() && is_glossary_line(line) {
            let (defs, rest) = (defs_from[i], lines.len() - i);
            if defs >= 2 && defs * 10 >= rest * 7 {
                glossary_start = Some(r.start);
                heads.push((r.start, 1, "注释".to_string()));
                break;
            }
        }
        if let Some((level, title)) = heading(line) {
            heads.push((r.start, level, title.to_string()));
        } else if !numbered && i > 0 && is_subheading(line) {
            heads.push((r.start, 1, line.to_string()));
        } else if let Some(title) = cue_heading(line).filter(|_| !numbered) {
            heads.push((r.start, 1, title.to_string()));
        }
    }
    let mut out: Vec<Sec> = Vec::with_capacity(heads.len());
    for (k, (start, level, title)) in heads.iter().enumerate() {
        let end = heads[k + 1..].iter().find(|(_, l, _)| l <= level).map_or(text.len(), |(s, _, _)| *s);
        let role = if Some(*start) == glossary_start {
            SectionRole::Glossary
        } else {
            let parent = out.iter().rev().find(|p| p.level < *level && p.range.end >= end).map(|p| p.role);
            match (role_of(title), parent) {
                // A sub-section without cue words takes its parent's role, and one of the review tells what
                // was done (（五）聚焦聚力攻坚克难，重点工作取得突破 is no plan).
                (SectionRole::Other, Some(role)) | (SectionRole::Plan, Some(role @ SectionRole::Review)) => role,
                // A numbered part after the plan's part goes on with the plan (二、2014年工作总体要求, then
                // 三、聚力打造环京津增长极…).
                (SectionRole::Other, None) if numbered && *level == 1 => out
                    .iter()
                    .rev()
                    .find(|p| p.level == 1)
                    .filter(|p| p.role == SectionRole::Plan)
                    .map_or(SectionRole::Other, |p| p.role),
                (r, _) => r,
            }
        };
        out.push(Sec { title: title.clone(), level: *level, role, range: *start..end });
    }
    out
}

/// Articles: a paste is split after each closing byline such as `(范韵 杨卫华)`.
fn documents(text: &str, lines: &[Range<usize>], n: &Normalized) -> Vec<Doc> {
    let mut docs = Vec::new();
    let mut start = lines.first().map_or(0, |r| r.start);
    // Whether body text follows each line, computed once from the end.
    let mut body_after = vec![false; lines.len() + 1];
    for (i, l) in lines.iter().enumerate().rev() {
        body_after[i] = body_after[i + 1] || (!n.is_skipped(l.start) && !is_subheading(&text[l.clone()]));
    }
    for (i, r) in lines.iter().enumerate() {
        let closes = n.is_skipped(r.start) && text[r.clone()].starts_with(['(', '（']) && i + 1 < lines.len();
        let has_body_after = body_after[i + 1];
        if closes && has_body_after {
            docs.push(start..r.end);
            start = lines[i + 1].start;
        }
    }
    let end = lines.last().map_or(text.len(), |r| r.end);
    if end > start || docs.is_empty() {
        docs.push(start..end.max(start));
    }
    docs.into_iter()
        .map(|range| {
            // The first line of the article, when it reads as a title.
            let title = lines
                .iter()
                .filter(|l| l.start >= range.start && l.end <= range.end && !n.is_skipped(l.start))
                .map(|l| &text[l.clone()])
                .find(|l| !l.starts_with("——") && !is_congress_line(l))
                .and_then(title_of_line)
                .unwrap_or("")
                .to_string();
            Doc { title, range }
        })
        .collect()
}

/// Sentences, split at 。！？；; and line ends, not inside quotes or brackets.
///
/// `tense` holds the places of [`tense_words`] in the whole text, in order of where they start; no word
/// holds a character that ends a sentence, so each lies within one sentence.
fn sentences(text: &str, sections: &[Sec], tense: &[Range<usize>]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut depth = 0i32;
    let mut next_tense = 0;
    // Whether the paragraph so far reports a speech (他强调，… / 会议要求：…).
    let mut speech = false;
    let mut push = |range: Range<usize>, out: &mut Vec<Sentence>| {
        let s = &text[range.clone()];
        if s.trim().is_empty() {
            return;
        }
        // The sentence before it in the same paragraph.
        let before = out.last().filter(|p: &&Sentence| !has(&text[p.range.end..range.start], '\n'));
        speech &= before.is_some();
        // The innermost section: the last heading before the sentence opens it
        // (a part ends where the next heading of its level begins).
        let last = sections.partition_point(|sec| sec.range.start <= range.start);
        let section = last
            .checked_sub(1)
            .filter(|&i| range.start < sections[i].range.end)
            .or_else(|| sections[..last].iter().rposition(|sec| range.start < sec.range.end));
        let base = section.map_or(SectionRole::Other, |i| sections[i].role);
        // A sentence without cues of its own goes on in the tense of the one
        // before it in the same paragraph (下半年，…将…。 …新建10个。).
        // Only a future marks a tense that carries over: 努力招引… in a review does not.
        let prev = before
            .filter(|p| p.section == section)
            .filter(|p| p.role != SectionRole::Plan || p.future)
            .map(|p| p.role)
            .filter(|_| base == SectionRole::Other);
        // Only the words of TENSE_WORDS set a tense: a sentence without any of them needs no cut, and
        // `words_at` cuts only the pieces (between commas and the like) where other words overlap them.
        let first = next_tense;
        while tense.get(next_tense).is_some_and(|m| m.end <= range.end) {
            next_tense += 1;
        }
        // 了 sets a tense only where no part does (own_role): elsewhere it is not cut for.
        let hits: Vec<Range<usize>> = tense[first..next_tense]
            .iter()
            .filter(|m| m.start >= range.start)
            .filter(|m| base == SectionRole::Other || !DONE_WORDS.contains(&&text[(*m).clone()]))
            .map(|m| m.start - range.start..m.end - range.start)
            .collect();
        let mut words = if hits.is_empty() { Vec::new() } else { words_at(s, &hits) };
        // 2021年底前 is a date, which may be past; 年底前 alone looks ahead.
        words.retain(|w| !(w.text == "年底前" && s[..w.start].ends_with(|c: char| c.is_ascii_digit())));
        // A target a figure is measured against sets no tense (比省定目标低, 完成全年计划的141.7%).
        words.retain(|w| !(w.role == Role::Cue && w.measured_against(s)));
        // 将 as 把 (全力将疫情不利影响降至最低, 并将两地打造成…) says nothing of the future.
        words.retain(|w| w.text != "将" || future_jiang_in(&s[..w.start], &s[w.start + "将".len()..]));
        // In a news piece, 要 after a reported speech asks for something (路月中要求，要推进…): a plan, and
        // one whose tense the paragraph's next sentences keep.
        speech = speech || (base == SectionRole::Other && reports_speech(s));
        let directive = speech
            && (words.iter().any(|w| w.text == "要" && w.role == Role::Cue) || DEMANDS.iter().any(|d| s.contains(d)));
        let own = if directive { Some(SectionRole::Plan) } else { own_role(&words, base) };
        // A future it goes on in goes on after it too (下半年，…将…。…新建10个。…开工5个。).
        let future = directive
            || words.iter().any(|w| FUTURE_WORDS.contains(&w.text))
            || (own.is_none_or(|r| r == SectionRole::Plan) && prev == Some(SectionRole::Plan));
        let opens_paragraph = before.is_none();
        out.push(Sentence { range, section, role: own.or(prev).unwrap_or(base), future, opens_paragraph });
    };
    // Most characters are ideographs (U+4000–U+9FFF, first byte E4–E9), and none of those below is one: they
    // are skipped by their first byte, not decoded (decoding each was most of the loop).
    let bytes = text.as_bytes();
    let mut next = 0;
    while let Some(&b) = bytes.get(next) {
        let i = next;
        next += chars::width(b);
        if matches!(b, 0xE4..=0xE9) || b.is_ascii_alphanumeric() {
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        match c {
            '“' | '（' | '(' | '《' | '「' => depth += 1,
            '”' | '）' | ')' | '》' | '」' => depth = (depth - 1).max(0),
            '\n' => {
                depth = 0;
                push(start..i, &mut out);
                start = i + 1;
            }
            '。' | '！' | '？' | '；' | ';' | '!' | '?' if depth == 0 => {
                push(start..i + c.len_utf8(), &mut out);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    push(start..text.len(), &mut out);
    out
}

/// Words after 将 that make it a future (将加快, 将坚持), not 把 (将信访问题化解…).
const AFTER_FUTURE_JIANG: &[&str] = &[
    "坚持",
    "加快",
    "继续",
    "持续",
    "全力",
    "着力",
    "围绕",
    "聚焦",
    "以",
    "进一步",
    "深入",
    "大力",
    "推动",
    "推进",
    "实施",
    "建设",
    "打造",
    "积极",
    "不断",
    "努力",
    "力争",
    "确保",
    "按照",
    "紧扣",
    "锚定",
    "更加",
    "在",
    "重点",
    "全面",
    "扎实",
    "抢抓",
    "强化",
    "突出",
    "奋力",
    "主动",
    "聚力",
    "做好",
    "开展",
    "举办",
    "启动",
    "完成",
    "新建",
    "建成",
    "实现",
];

/// Whether 将 before `after` is a future (将加快), not 把 (将信访问题化解在初发阶段).
pub(crate) fn future_jiang(after: &str) -> bool {
    AFTER_FUTURE_JIANG.iter().any(|w| after.starts_with(w))
}

/// Words before 将 that make it 把 (全力将疫情影响降至最低), not a future.
pub(crate) const NOT_SUBJECTS: &[&str] =
    &["全力", "努力", "坚持", "着力", "奋力", "切实", "及时", "会", "要", "并", "可", "能", "都", "也"];

/// Whether 将 between `before` and `after` in a sentence is a future: a subject stands before it (新区将优化…,
/// 下半年将力争…) or what is to be done follows (下半年，将加快…); not 把 (全力将疫情不利影响降至最低，
/// ，将信访问题化解在初发阶段).
fn future_jiang_in(before: &str, after: &str) -> bool {
    let subject = before.chars().next_back().is_some_and(crate::normalize::is_han)
        && !NOT_SUBJECTS.iter().any(|w| before.ends_with(w));
    subject || future_jiang(after)
}

/// Words of obligation that, like 要, ask for what follows in a reported speech (新区…更应提高政治站位). 应
/// alone is no word of the cut (应用, 供应, 应急).
const DEMANDS: &[&str] = &["更应", "应当"];

/// Verbs that report what a speaker said, before a comma or colon (他强调，… 会议要求：…).
const SPEECH_VERBS: &[&str] = &["强调", "要求", "指出", "提出", "表示"];

/// Whether `s` reports a speech: one of [`SPEECH_VERBS`] followed by a comma or a colon.
fn reports_speech(s: &str) -> bool {
    commas(s).any(|(i, _)| SPEECH_VERBS.iter().any(|v| s[..i].ends_with(v)))
}

/// A news sub-heading names no tense; its part is a plan when more of its
/// sentences speak of the future than of the past (立足扬中实际… 持续做大经济总量),
/// a review when more speak of the past. Once an article has turned to its plan,
/// its later parts with no sentence in the past go on in it (狠抓项目招引建设,
/// 防范化解重大风险…: what is to be done, without a 将 of its own), and its
/// parts before the turn that speak of no future were its review. Their
/// sentences without a tense of their own then take it, and so do the review's
/// sentences of effort without a future.
fn plan_sections_by_content(sections: &mut [Sec], sentences: &mut [Sentence], documents: &[Doc]) {
    // Each section's article (by its start) and its sentences in the future and in the past.
    let article_of = |at: usize| {
        let k = documents.partition_point(|d| d.range.start <= at);
        k.checked_sub(1).map(|k| documents[k].range.start)
    };
    let mut counts: Vec<(Option<usize>, usize, usize)> =
        sections.iter().map(|sec| (article_of(sec.range.start), 0, 0)).collect();
    for s in sentences.iter() {
        if let Some(i) = s.section {
            counts[i].1 += usize::from(s.future);
            counts[i].2 += usize::from(s.role == SectionRole::Review);
        }
    }
    // The article that has turned to its plan.
    let mut turned: Option<usize> = None;
    for (i, &(article, future, past)) in counts.iter().enumerate() {
        if sections[i].role != SectionRole::Other {
            continue;
        }
        if future >= 2 && future > 2 * past {
            sections[i].role = SectionRole::Plan;
            if turned != article {
                // Its parts before the turn that speak of no future were its review (the article's parts
                // are the ones right before), but for parts of its own level that speak of no past either:
                // the tasks before it in the same numbered list ((一)…(五) before (六), 保定市 2024; a news
                // piece's sub-headings, level 1, are not numbered).
                for j in (0..i).rev().take_while(|&j| counts[j].0 == article) {
                    if sections[j].role == SectionRole::Other && counts[j].1 == 0 {
                        let task = sections[i].level >= 2 && sections[j].level == sections[i].level && counts[j].2 == 0;
                        sections[j].role = if task { SectionRole::Plan } else { SectionRole::Review };
                    }
                }
            }
            turned = article;
        } else if past >= 2 && future == 0 {
            sections[i].role = SectionRole::Review;
        } else if past == 0 && turned.is_some() && turned == article {
            sections[i].role = SectionRole::Plan;
        }
    }
    // A part that speaks of no future between two parts of the review was the review too (seed 001's 铁腕治污
    // 美化环境, whose deeds name no time).
    for i in 1..sections.len().saturating_sub(1) {
        let review = |j: usize| sections[j].role == SectionRole::Review && counts[j].0 == counts[i].0;
        if sections[i].role == SectionRole::Other && counts[i].1 == 0 && review(i - 1) && review(i + 1) {
            sections[i].role = SectionRole::Review;
        }
    }
    // In a part found to be the review, effort without a future was done (努力招引一批…项目。全区共签约项目22个):
    // as under a heading of the review.
    for s in sentences.iter_mut() {
        let Some(role) = s.section.map(|i| sections[i].role) else { continue };
        if s.role == SectionRole::Other || (role == SectionRole::Review && s.role == SectionRole::Plan && !s.future) {
            s.role = role;
        }
    }
}

/// Words that, opening a paragraph, turn a piece to what is to come (下半年，丹徒区将…).
const TURNS: &[&str] = &["下半年", "下一步", "接下来", "明年", "今后"];

/// A paragraph of the plan that opens with one of [`TURNS`] turns its part to the plan: the paragraphs
/// after it in the same section, up to one with a sentence in the past, go on in it (下半年，…将…。
/// ⏎ 持续巩固生态环境向好态势。…).
fn plan_after_a_turn(text: &str, sentences: &mut [Sentence]) {
    let mut turned: Option<Option<usize>> = None;
    let mut i = 0;
    while i < sentences.len() {
        let mut j = i + 1;
        while j < sentences.len() && !sentences[j].opens_paragraph {
            j += 1;
        }
        let paragraph = &mut sentences[i..j];
        let section = paragraph[0].section;
        if turned.is_some_and(|t| t != section) || paragraph.iter().any(|s| s.role == SectionRole::Review) {
            turned = None;
        } else if turned.is_some() {
            for s in paragraph.iter_mut().filter(|s| s.role == SectionRole::Other) {
                s.role = SectionRole::Plan;
            }
        }
        let first = &paragraph[0];
        if first.role == SectionRole::Plan && TURNS.iter().any(|w| text[first.range.clone()].starts_with(w)) {
            turned = Some(section);
        }
        i = j;
    }
}

/// The role a sentence's own cue words give it (cut into words, so that 主要 is
/// not the cue 要 and 计划总投资 is not a plan), if any; in a part of the
/// glossary or of self-building, that part's. Plan cues in a review part are
/// past actions.
fn own_role(words: &[Word], base: SectionRole) -> Option<SectionRole> {
    if matches!(base, SectionRole::Glossary | SectionRole::SelfBuilding) {
        return Some(base);
    }
    // In a plan part, 比上年 compares a target with last year; only a past tense makes it a review.
    let review = words.iter().any(|w| {
        PAST_WORDS.contains(&w.text)
            || (base != SectionRole::Plan && (COMPARISON_WORDS.contains(&w.text) || DONE_WORDS.contains(&w.text)))
    });
    // 要 alone is too weak to set a tense (强党建就是要强服务).
    let plan = words.iter().any(|w| (w.role == Role::Cue && w.text != "要") || PLAN_WORDS.contains(&w.text));
    match (review, plan) {
        (true, false) => Some(SectionRole::Review),
        (false, true) if base != SectionRole::Review => Some(SectionRole::Plan),
        _ => None,
    }
}

/// Every word that [`own_role`] and the future flag look for: the lists
/// below and the cues of the lexicon.
fn tense_words() -> impl Iterator<Item = &'static str> {
    [PAST_WORDS, COMPARISON_WORDS, DONE_WORDS, FUTURE_WORDS, PLAN_WORDS]
        .concat()
        .into_iter()
        .chain(crate::lexicon::words_tagged("q"))
}

/// The words [`segment`] finds in the whole text: the period words (ids as in [`period::words`]), then
/// [`tense_words`]; and how many period words there are. One pass finds both (each pass over a text's
/// characters cost ~3 % of a parse).
fn text_words() -> &'static (WordSet<'static>, usize) {
    static W: OnceLock<(WordSet, usize)> = OnceLock::new();
    W.get_or_init(|| (WordSet::new(period::words().chain(tense_words())), period::words().count()))
}

/// Words that put a sentence in the past.
const PAST_WORDS: &[&str] = &["今年以来", "上半年", "1-6月", "过去一年", "一年来", "去年", "半年", "已", "已经"];
/// Words that compare with the past: a review in a news piece, a baseline in a plan.
const COMPARISON_WORDS: &[&str] = &["同比", "比上年", "较上年", "较去年", "较去年同期", "累计"];
/// The particle of a done action (交出了…答卷, 奏响了…): a review in a news piece, not in a plan
/// part (看准了抓紧干).
const DONE_WORDS: &[&str] = &["了"];
/// Words that speak of the future, not only of effort.
const FUTURE_WORDS: &[&str] = &["将", "下半年", "明年", "今后", "接下来", "下一步", "年底前"];
/// Words that put a sentence in the future, besides the cues of the lexicon.
const PLAN_WORDS: &[&str] = &["下半年", "明年", "年底前"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn structure(s: &str) -> Structure {
        let n = normalize(s);
        segment(&n, None, &mut Vec::new())
    }

    #[test]
    fn sentences_end_at_their_marks_but_not_inside_quotes_or_brackets() {
        // Baoding 2025 and seed 001: full-width and ASCII marks, a quotation holding ；and 。, brackets.
        let text =
            "各位代表！“梦虽遥，追则能达；愿虽艰，持则可圆。”让我们更加紧密地团结在以习近平同志为核心的党中央周围，\
                    奋力谱写中国式现代化建设保定篇章！\n组建党史学习教育宣讲团进行巡回宣讲,为村(社区)居民送“学”上门;\
                    坚持学习实践同步推进,用心用情用力切实解决基层的困难事、群众的烦心事。";
        let got: Vec<&str> = sentences(text, &[], &[]).iter().map(|s| &text[s.range.clone()]).collect();
        assert_eq!(
            got,
            [
                "各位代表！",
                "“梦虽遥，追则能达；愿虽艰，持则可圆。”让我们更加紧密地团结在以习近平同志为核心的党中央周围，\
                 奋力谱写中国式现代化建设保定篇章！",
                "组建党史学习教育宣讲团进行巡回宣讲,为村(社区)居民送“学”上门;",
                "坚持学习实践同步推进,用心用情用力切实解决基层的困难事、群众的烦心事。",
            ]
        );
    }

    #[test]
    fn glossary_lines_are_found_by_the_colon_within_the_head() {
        // The definition read character by character, as it was written first.
        let naive = |line: &str| {
            let body = line.trim_start_matches(|c: char| ('\u{2460}'..='\u{2473}').contains(&c) || c == ' ');
            let head = chars::head(body, 40);
            let colon = head.find([':', '：']);
            has(body, '“') && colon.is_some_and(|c| has(&head[..c], '”') && head[..c].chars().count() <= 30)
        };
        let term = |n: usize| format!("“{}”", "四".repeat(n));
        let mut lines = vec!["①“四上”企业:规模以上企业。".to_string(), "“无废城市”：理念。".into(), "增长5%。".into()];
        for n in [1, 27, 28, 29, 40, 45] {
            for colon in [":", "：", "；"] {
                lines.push(format!("② {}{colon}定义“x”", term(n)));
                lines.push(format!("{}企业{colon}定义", term(n)));
                lines.push(format!("𠀀{}{colon}", term(n)));
            }
        }
        for line in &lines {
            assert_eq!(is_glossary_line(line), naive(line), "{line:?}");
        }
        assert!(lines.iter().any(|l| is_glossary_line(l)) && lines.iter().any(|l| !is_glossary_line(l)));
    }

    #[test]
    fn a_heading_the_paragraph_runs_on_from_after_a_space_is_a_heading() {
        // 河北省 2005, copied from a web page.
        let s = structure(
            "一、2004年工作回顾\n全省生产总值增长12.9%。\n二、2005年主要任务 今年是全面实现“十五”计划目标、衔接“十一五”发展的\
             重要一年，也是实现“第一个翻番”的关键一年，做好今年的工作至关紧要。",
        );
        let parts: Vec<(&str, SectionRole)> = s.sections.iter().map(|x| (x.title.as_str(), x.role)).collect();
        assert_eq!(parts, [("一、2004年工作回顾", SectionRole::Review), ("二、2005年主要任务", SectionRole::Plan)]);
    }

    #[test]
    fn the_work_of_a_year_named_as_such_is_a_plan() {
        // 河北省 2001 (the tenth five-year plan's report): its review names no year, its third part 2001年的工作.
        let s = structure(
            "标题：河北省2001年政府工作报告\n一、“九五”回顾\n过去的一年，是实施“九五”计划的最后一年。国内生产总值达到5020亿元，\
             较上年增长9.4％。\n三、2001年的工作\n根据“十五”计划纲要（草案）提出的指导思想和目标任务，今年，国内生产总值增长8.5％。",
        );
        let parts: Vec<(&str, SectionRole)> = s.sections.iter().map(|x| (x.title.as_str(), x.role)).collect();
        assert_eq!(parts, [("一、“九五”回顾", SectionRole::Review), ("三、2001年的工作", SectionRole::Plan)]);
        assert_eq!((s.meta.year, s.meta.review_year), (Some(2001), Some(2000)));
    }

    #[test]
    fn a_line_of_its_own_ending_in_a_colon_opens_a_review_or_plan_part() {
        let s = structure(
            "标题：高阳县2025年政府工作报告\n各位代表：\n2024年工作回顾：\n全年斩获表彰奖励322项。\n2025年工作安排：\n\
             年内引进项目30个以上。\n主要做了以下工作：\n建成道路5条。",
        );
        let parts: Vec<(&str, SectionRole)> = s.sections.iter().map(|x| (x.title.as_str(), x.role)).collect();
        // A greeting and a lead-in without cue words open none.
        assert_eq!(parts, [("2024年工作回顾", SectionRole::Review), ("2025年工作安排", SectionRole::Plan)]);
        assert_eq!(s.meta.review_year, Some(2024));
    }

    #[test]
    fn heading_styles() {
        assert_eq!(heading("一、2023年工作回顾"), Some((1, "一、2023年工作回顾")));
        assert_eq!(
            heading("(一)坚持科创引领,加快形成新质生产力。稳步推进"),
            Some((2, "(一)坚持科创引领,加快形成新质生产力"))
        );
        assert_eq!(heading("（十二）强化安全"), Some((2, "（十二）强化安全")));
        assert_eq!(heading("1.加快项目建设。全年新开工"), Some((3, "1.加快项目建设")));
        assert_eq!(heading("第一部分 总体要求"), Some((1, "第一部分 总体要求")));
        assert_eq!(heading("1.5万人参加"), None);
        assert_eq!(heading("(市、区)"), None);
        assert_eq!(heading("一年来,各个板块群策群力"), None);
    }

    #[test]
    fn work_report_sections_and_roles() {
        let s = structure(
            "各位代表:\n一、2023年工作回顾\n全年地区生产总值增长5%。\n(一)坚持改革。全年完成。\n二、2024年主要工作安排\n(一)坚持科创引领。全年新签约项目70个。\n三、全面加强政府自身建设\n强化作风。\n①“四上”企业:规模以上工业企业。\n②“四下基层”:宣传。",
        );
        let got: Vec<(u8, SectionRole)> = s.sections.iter().map(|x| (x.level, x.role)).collect();
        use SectionRole::*;
        assert_eq!(got, vec![(1, Review), (2, Review), (1, Plan), (2, Plan), (1, SelfBuilding), (1, Glossary)]);
    }

    #[test]
    fn numbered_tasks_before_the_one_that_turns_to_the_future_are_tasks_too() {
        // 保定市 2024, an excerpt of the plan with no heading naming it: (一) and (二) speak of no time.
        let s = structure(
            "今年政府工作的总体要求是：坚持稳中求进。\n（一）聚力灾后恢复重建。抓好12179户D级房重建任务。\n\
             （二）聚力创新驱动发展。新增高新技术企业70家。\n（三）聚力城市更新转型。我们将新建口袋公园50个。\
             明年将完成改造。",
        );
        let got: Vec<(u8, SectionRole)> = s.sections.iter().map(|x| (x.level, x.role)).collect();
        assert_eq!(got, [(2, SectionRole::Plan), (2, SectionRole::Plan), (2, SectionRole::Plan)]);
        // A news piece's sub-headings (level 1) before its turn to the future stay its review.
        let s = structure(
            "扬中上半年经济运行稳中向好\n扬中协同发展成效明显\n全区签约项目22个。\n扬中产业升级步伐加快\n全区新增企业5家。\n\
             扬中城市建设全面提速\n全区将新建公园5个。全区将开工项目10个。",
        );
        let got: Vec<(u8, SectionRole)> = s.sections.iter().map(|x| (x.level, x.role)).collect();
        assert_eq!(got, [(1, SectionRole::Review), (1, SectionRole::Review), (1, SectionRole::Plan)]);
    }

    #[test]
    fn the_work_of_the_past_years_is_a_review() {
        // 高阳县 2017: the five years' review is titled 过去五年主要工作; its plan 2017年重点工作任务.
        let s =
            structure("一、过去五年主要工作\n全县生产总值完成96.3亿元。\n二、2017年重点工作\n实施重点项目50个以上。");
        let got: Vec<SectionRole> = s.sections.iter().map(|x| x.role).collect();
        assert_eq!(got, [SectionRole::Review, SectionRole::Plan]);
        // A part of both keeps its plan: its subsections say which is which.
        assert_eq!(role_of("上半年工作回顾和下半年工作安排"), SectionRole::Plan);
        // 河北省 2007: 二、2007年工作目标要求.
        assert_eq!(role_of("二、2007年工作目标要求"), SectionRole::Plan);
        // The groups in order: 自身建设, then the plan's cues, the review's, the work's.
        assert_eq!(role_of("过去五年主要工作"), SectionRole::Review);
        assert_eq!(role_of("九、加强政府自身建设"), SectionRole::SelfBuilding);
        assert_eq!(role_of("（三）扩大有效需求,培育经济增长新引擎"), SectionRole::Other);
    }

    #[test]
    fn numbered_parts_after_the_plan_go_on_with_it() {
        // Baoding 2014: the year's tasks are parts three to nine, each titled by its topic.
        let s = structure(
            "一、2013年工作回顾
（一）聚焦聚力攻坚克难，重点工作取得突破
完成投资600亿元。
二、2014年工作总体要求
             今年生产总值增长9%左右。
三、聚力打造环京津增长极，做强跨越发展的支撑
安排重点项目200项。
             四、扎实做好“三农”工作，强农富民做美农村
新建农村公路710公里。",
        );
        let got: Vec<(u8, SectionRole)> = s.sections.iter().map(|x| (x.level, x.role)).collect();
        use SectionRole::*;
        assert_eq!(got, vec![(1, Review), (2, Review), (1, Plan), (1, Plan), (1, Plan)]);
    }

    #[test]
    fn news_subheadings_and_mixed_tenses() {
        let s = structure(
            "扬中 踔厉奋发 勇毅奋进\n\n今年以来,扬中交出成绩单。\n\n持续做大经济总量\n\n上半年实现GDP301.5亿元。下半年将力争全年增长5%。",
        );
        assert_eq!(s.sections.len(), 1);
        assert_eq!(s.sections[0].title, "持续做大经济总量");
        let roles: Vec<SectionRole> = s.sentences.iter().map(|x| x.role).collect();
        assert_eq!(roles[roles.len() - 2..], [SectionRole::Review, SectionRole::Plan]);
    }

    #[test]
    fn an_article_turned_to_its_plan_stays_in_it() {
        let roles = |t: &str| structure(t).sections.iter().map(|x| x.role).collect::<Vec<_>>();
        let (plan, other) = (SectionRole::Plan, SectionRole::Other);
        let review = "新区 奋力攻坚\n\n做强产业集群\n\n今年以来，新区产业加快集聚。上半年，新增企业20家。\n\n";
        let turn = "做大经济总量\n\n下半年，新区将加快项目建设。全年将新开工项目10个。\n\n";
        let after = "强化要素保障\n\n优化用地审批流程，提高服务效率。\n\n";
        assert_eq!(roles(&format!("{review}{turn}{after}")), [SectionRole::Review, plan, plan]);
        // Not a part with a sentence in the past, nor one before the turn, nor one of the next article.
        let past = "推动数字转型\n\n上半年，新增智能车间5个。\n\n";
        assert_eq!(roles(&format!("{review}{turn}{past}")), [SectionRole::Review, plan, other]);
        // A part before the turn that speaks of no future was the review; one that does is not known.
        assert_eq!(roles(&format!("新区 奋力攻坚\n\n{after}{turn}")), [SectionRole::Review, plan]);
        let ahead = "优化营商环境\n\n新区将优化审批流程。\n\n";
        assert_eq!(roles(&format!("新区 奋力攻坚\n\n{ahead}{turn}")), [other, plan]);
        // A part with no tense between two parts of the review was the review; one that speaks of the future is not.
        let plain = "美化环境\n\n开发区关停散乱污企业10家。\n\n";
        let again = "做优营商环境\n\n今年以来，新区审批提速。上半年，新增服务事项12项。\n\n";
        assert_eq!(roles(&format!("{review}{plain}{again}")), [SectionRole::Review; 3]);
        assert_eq!(roles(&format!("{review}{ahead}{again}"))[1], other);
        let next = "(记者 王明)\n\n新区 项目提速\n\n";
        assert_eq!(roles(&format!("新区 奋力攻坚\n\n{turn}{next}{after}")), [plan, other, other]);
    }

    #[test]
    fn effort_without_a_future_in_a_part_of_the_review_was_done() {
        let roles = |t: &str| structure(t).sentences.iter().map(|x| x.role).collect::<Vec<_>>();
        let (plan, review) = (SectionRole::Plan, SectionRole::Review);
        // Seed 001: 努力亮化…品牌 among the year's deeds (two sentences in the past make the part a review).
        let part = "争当先锋 筑牢堡垒\n\n去年，开发区新建支部4个。开发区继续打造特色品牌，努力亮化机关品牌。上半年，创建五星支部4个。\n\n";
        assert_eq!(roles(&format!("开发区 奋力攻坚\n\n{part}"))[2..], [review; 3]);
        // With a future of its own it is still a promise, and a part that is no review keeps its effort.
        let ahead = part.replace("开发区继续", "开发区将继续");
        assert_eq!(roles(&format!("开发区 奋力攻坚\n\n{ahead}"))[3], plan);
        assert_eq!(roles("开发区继续打造特色品牌，努力亮化机关品牌。"), [plan]);
    }

    #[test]
    fn jiang_as_ba_says_nothing_of_the_future() {
        // Seed 002: a review sentence that ends 全力将疫情不利影响降至最低 is no plan, and its figure no target.
        let s = structure("两天内工业企业全部复工复产，一周内复工率达95%，全力将疫情不利影响降至最低。");
        assert_eq!((s.sentences[0].role, s.sentences[0].future), (SectionRole::Other, false));
        let got = crate::parse(
            "两天内工业企业全部复工复产，一周内复工率达95%，全力将疫情不利影响降至最低。",
            &Default::default(),
        );
        assert_eq!(got.indicators[0].kind, crate::report::IndicatorKind::Actual);
        // After a subject, or before what is to be done, 将 is the future; at a clause's head before a noun, or
        // after 坚持 or 并, it is 把.
        let future = |t: &str| structure(t).sentences.iter().map(|x| x.future).collect::<Vec<_>>();
        assert_eq!(future("新区将优化审批流程。下半年，将加快项目建设。"), [true, true]);
        assert_eq!(future("坚持将园区作为发展主阵地。旨在把握主动权，将信访问题化解在初发阶段。"), [false, false]);
        assert_eq!(future("完成示范服务站建设，并将两地打造成双拥示范村。"), [false]);
    }

    #[test]
    fn a_paragraph_that_turns_to_what_is_to_come_takes_the_next_ones_with_it() {
        let roles = |t: &str| structure(t).sentences.iter().map(|x| x.role).collect::<Vec<_>>();
        let (plan, other) = (SectionRole::Plan, SectionRole::Other);
        let turn = "上半年，全区经济稳中有进。\n下半年，新区将坚持稳中求进。\n持续巩固生态环境向好态势。\n";
        assert_eq!(roles(&format!("{turn}办好民生实事。")), [SectionRole::Review, plan, plan, plan]);
        // A paragraph in the past ends the turn; a future that opens no paragraph starts none.
        assert_eq!(roles(&format!("{turn}上半年新建公园3个。\n办好民生实事。"))[3..], [SectionRole::Review, other]);
        assert_eq!(roles("新区将坚持稳中求进。\n持续巩固生态环境向好态势。"), [plan, other]);
    }

    #[test]
    fn a_future_goes_on_for_the_sentences_of_its_paragraph() {
        let s = structure(
            "上半年，新区完成投资20亿元。\n新区将加快项目建设；新开工项目10个；建成投产项目5个。\n开工项目8个。",
        );
        let roles: Vec<SectionRole> = s.sentences.iter().map(|x| x.role).collect();
        let plan = SectionRole::Plan;
        assert_eq!(roles[1..4], [plan, plan, plan], "{roles:?}");
        // A new paragraph without a tense of its own does not go on in it (unless the future turned the piece:
        // a_paragraph_that_turns_to_what_is_to_come_takes_the_next_ones_with_it).
        assert_eq!(roles[4], SectionRole::Other);
        // A sentence in the plan by its own cue (努力) passes the future on too.
        let s = structure("上半年，新区完成投资20亿元。\n新区将加快项目建设；努力打造示范园区；不断提升服务效能。");
        assert_eq!(s.sentences[3].role, plan);
    }

    #[test]
    fn a_done_action_is_a_review_in_a_news_piece_not_in_a_plan_part() {
        let roles = |t: &str| structure(t).sentences.iter().map(|x| x.role).collect::<Vec<_>>();
        assert_eq!(roles("开发区精心谋划，奏响了学习教育“学习曲”。"), [SectionRole::Review]);
        let plan = roles("二、2024年主要工作安排\n要推动工作大落实，看准了抓紧干，能多干就多干。");
        assert_eq!(plan.last(), Some(&SectionRole::Plan));
    }

    #[test]
    fn a_reported_speech_asks_for_what_follows_its_要() {
        let roles = |t: &str| structure(t).sentences.iter().map(|x| x.role).collect::<Vec<_>>();
        let plan = SectionRole::Plan;
        // 要 in the sentence of the speech, in the next one, and after a subject in quotes.
        assert_eq!(roles("会议强调，各部门要压实责任；“一把手”要亲自抓。"), [plan, plan]);
        assert_eq!(roles("王市长指出，今年形势复杂。要抓好项目建设。"), [SectionRole::Other, plan]);
        // Other words of obligation ask too (seed 003).
        assert_eq!(roles("路月中指出，新区更应提高政治站位，坚决扛起新区使命。"), [plan]);
        // Without a speech 要 sets no tense; a speech without 要 reports, and it ends with its paragraph.
        assert_eq!(roles("强党建就是要强服务。"), [SectionRole::Other]);
        assert_eq!(roles("他强调，上半年经济稳中有进。\n要抓好项目建设。"), [SectionRole::Review, SectionRole::Other]);
    }

    #[test]
    fn every_tense_word_is_a_word_of_the_lexicon() {
        // A tense word that jieba's dictionary lacks falls apart into characters and is never found
        // (过去一年, 今后, 接下来, 下一步 were, before they joined the lexicon).
        let s = structure(
            "过去一年，新签约项目20个。\n下一步，重点抓好项目建设。\n接下来重点抓好招商。\n年底前建成投用。\n厂房2021年底前竣工交付。",
        );
        let roles: Vec<SectionRole> = s.sentences.iter().map(|x| x.role).collect();
        let future: Vec<bool> = s.sentences.iter().map(|x| x.future).collect();
        assert_eq!(roles[0], SectionRole::Review);
        assert_eq!(roles[3], SectionRole::Plan);
        // A deadline with its year is a date, which a review may hold.
        assert_eq!(future, [false, true, true, true, false]);
    }

    #[test]
    fn a_paste_of_two_articles_splits_after_the_byline() {
        let s = structure("镇江新区：以项目建设激发活力\n\n新区召开会议，部署工作。\n\n(范韵 杨卫华)\n\n项目是高质量发展的基石，今年新区加快建设。\n\n(范韵 孙科)");
        assert_eq!(s.documents.len(), 2);
        assert_eq!(s.documents[0].title, "镇江新区：以项目建设激发活力");
    }
}
