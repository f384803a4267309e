//! Commitments: the promises of the plan parts (and forward-looking sentences
//! of news pieces), one per clause, each with its cue and strength
//! (`data/cues.tsv`), deadline, category (`data/categories.tsv`) and the
//! quantified targets it carries.

use crate::chars::{self, commas, find, head, is_cn_digit};
use crate::normalize::Normalized;
use crate::report::{Category, Commitment, SectionRole, Strength};
use crate::segment::{future_jiang, period, Structure, NOT_SUBJECTS};
use crate::word_set::WordSet;
use rustc_hash::FxHashMap as HashMap;
use std::ops::Range;
use std::sync::OnceLock;

const CUES: &str = include_str!("../../data/cues.tsv");
const CATEGORIES: &str = include_str!("../../data/categories.tsv");

/// Words that may stand before a cue at the start of a clause.
const FILLERS: &[&str] = &[
    "全年",
    "下半年",
    "年内",
    "今年",
    "明年",
    "我们",
    "全市",
    "全区",
    "全县",
    "并",
    "同时",
    "还",
    "也",
    "都",
    "要",
    "在此基础上",
    "新的一年",
    "扎实",
    "统筹",
    "大力",
    "有序",
    "系统",
    "积极",
    "全面",
    "稳步",
    "着力",
    "全力",
    "切实",
    "高质量",
    "高标准",
    "高水平",
    "协同",
    "纵深",
    "因地制宜",
    "驰而不息",
    "毫不松懈",
    "持之以恒",
    "久久为功",
];
/// Cues that mark a future even inside a review (我们将…, 下半年要…).
const FUTURE: &[&str] = &["将", "下半年", "计划", "拟"];

/// Where the words of [`FUTURE`] stand in `text`, in order of start: found once in the whole text, then
/// looked up for each clause.
fn future_words(text: &str) -> Vec<Range<usize>> {
    chars::places(text, FUTURE)
}

/// The cues of `data/cues.tsv` with their strengths, and the same words as a set (a word's id is its index
/// in `list`).
struct Cues {
    list: Vec<(&'static str, Strength)>,
    set: WordSet<'static>,
}

fn cues() -> &'static Cues {
    static C: OnceLock<Cues> = OnceLock::new();
    C.get_or_init(|| {
        let list: Vec<(&'static str, Strength)> = CUES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (w, s) = l.split_once('\t')?;
                let s = match s.trim() {
                    "must" => Strength::Must,
                    "strive" => Strength::Strive,
                    "plan" => Strength::Plan,
                    _ => Strength::Continue,
                };
                Some((w, s))
            })
            .collect();
        let set = WordSet::new(list.iter().map(|c| c.0));
        Cues { list, set }
    })
}

/// The categories in table order, and one set of all their keywords;
/// `owners[p]` lists the categories (indices) that keyword `p` belongs to.
struct Categories {
    order: Vec<Category>,
    words: WordSet<'static>,
    owners: Vec<Vec<usize>>,
    /// The longest keyword, in bytes.
    longest: usize,
}

fn categories() -> &'static Categories {
    static C: OnceLock<Categories> = OnceLock::new();
    C.get_or_init(|| {
        let mut order = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::default();
        let (mut keys, mut owners): (Vec<&str>, Vec<Vec<usize>>) = (Vec::new(), Vec::new());
        for (c, words) in CATEGORIES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| Some((Category::from_id(l.split_once('\t')?.0)?, l.split_once('\t')?.1)))
        {
            for w in words.split('|') {
                let p = *index.entry(w).or_insert_with(|| {
                    keys.push(w);
                    owners.push(Vec::new());
                    keys.len() - 1
                });
                owners[p].push(order.len());
            }
            order.push(c);
        }
        let longest = keys.iter().map(|k| k.len()).max().unwrap_or(0);
        Categories { order, words: WordSet::new(keys), owners, longest }
    })
}

/// The cue opening `clause` (after fillers): the cue and its strength.
fn cue_of(clause: &str) -> Option<(&'static str, Strength)> {
    let mut rest = strip_list_marker(clause.trim_start_matches(['“', ' ']));
    let cues = cues();
    static FILLER_SET: OnceLock<WordSet> = OnceLock::new();
    let fillers = FILLER_SET.get_or_init(|| WordSet::new(FILLERS.iter().copied()));
    for _ in 0..3 {
        if let Some(k) = cues.set.longest_prefix(rest) {
            let found = cues.list[k];
            let ok = ends_on_word(rest, found.0.len()) && (found.0 != "将" || future_jiang(&rest[found.0.len()..]));
            let ok = ok && !(found.0 == "要" && rest["要".len()..].is_empty());
            return ok.then_some(found);
        }
        match fillers.longest_prefix(rest) {
            // Manner words may be listed: 高标准、高质量推进.
            Some(k) => rest = rest[fillers.word(k).len()..].trim_start_matches('、'),
            None => break,
        }
    }
    // A subject before 要 (积极的财政政策要适度加力, 各地区各部门要…): a plan.
    let head12 = head(rest, 12);
    if let Some(at) = find(head12, '要') {
        let subject = &head12[..at];
        let after = &rest[at + "要".len()..];
        let subject_ok = subject.chars().count() >= 2
            && subject.chars().all(|c| crate::normalize::is_han(c) || matches!(c, '、' | '“' | '”'))
            && subject.rfind('“') <= subject.rfind('”') // no quote left open: 要 within one is quoted
            && !subject.ends_with(['需', '重', '主', '只', '纪', '概', '首', '必', '扼', '摘', '不', '就', '是'])
            && !after.starts_with(['求', '素', '点', '是', '害', '闻', '件', '靠', '把', '紧'])
            && !after.is_empty();
        if subject_ok {
            return cues.list.iter().find(|(w, _)| *w == "要").copied();
        }
    }
    // A short subject before 将: 扬中将全力冲刺, 新区将加快.
    let head6 = head(rest, 6);
    let at = find(head6, '将')?;
    let subject = &head6[..at];
    let subject_ok = !subject.is_empty()
        && subject.chars().all(crate::normalize::is_han)
        && !NOT_SUBJECTS.iter().any(|w| subject.ends_with(w))
        && !FIRMS.iter().any(|w| subject.ends_with(w))
        && future_jiang(&rest[at + "将".len()..]);
    subject_ok.then(|| cues.list.iter().find(|(w, _)| *w == "将").copied()).flatten()
}

/// The head of the main targets passage of a plan.
const TARGETS_PASSAGE: &[&str] = &["主要预期目标", "预期目标是", "主要目标是", "主要目标"];

/// The action verb opening a clause (完成, 新增, 新建…), from the lexicon. The clause is cut only
/// when one of those words starts it: its first word can be no other.
fn action_of(clause: &str) -> Option<String> {
    static OPENERS: OnceLock<WordSet> = OnceLock::new();
    let openers = OPENERS.get_or_init(|| WordSet::new(crate::lexicon::words_tagged("a").chain(["完成"])));
    let clause = clause.trim_start();
    openers.prefixes(clause).next()?;
    let words = crate::lexicon::cut(clause);
    let first = words.first()?;
    let is_action = matches!(first.role, crate::lexicon::Role::Action) || first.text == "完成";
    is_action.then(|| first.text.to_string())
}

/// A clause without its list marker: `(二)深入实施…` → `深入实施…`.
fn strip_list_marker(clause: &str) -> &str {
    if let Some(rest) = clause.strip_prefix(['(', '（']) {
        let inner = rest.chars().take_while(|&c| c.is_ascii_digit() || is_cn_digit(c)).count();
        let after = &rest[head(rest, inner).len()..];
        if inner > 0 {
            if let Some(r) = after.strip_prefix([')', '）']) {
                return r;
            }
        }
    }
    let lead = clause.chars().take_while(|&c| c.is_ascii_digit() || is_cn_digit(c)).count();
    if lead > 0 {
        let after = &clause[head(clause, lead).len()..];
        if let Some(r) = after.strip_prefix(['、', '.', '．']) {
            return r;
        }
    }
    clause
}

/// Subjects whose 将 is a firm's intention, not the government's (企业将加快建设进度).
const FIRMS: &[&str] = &["企业", "公司", "集团", "厂家", "厂商"];

/// Whether the first `len` bytes of `s` end on a word boundary of the lexicon's
/// cut (计划总投资 is one word, so 计划 does not open it).
fn ends_on_word(s: &str, len: usize) -> bool {
    let s = head(s, 8);
    (len <= s.len() && crate::lexicon::splits_at(s, len))
        || crate::lexicon::cut(s).iter().any(|w| w.start + w.text.len() == len)
}

/// Keyword hits of `text` for each category (table order), each counting `weight`. A keyword inside a
/// longer one of other categories is no hit of its own (营商环境 is not 环境); inside one of its own it
/// counts again (产业链 is 产业 twice).
fn category_scores(text: &str, weight: usize, scores: &mut [usize]) {
    let cats = categories();
    let mut places: Vec<(Range<usize>, usize)> = Vec::new();
    cats.words.each_place(text, |r, k| places.push((r, k)));
    let foreign = |k: usize, o: usize| !cats.owners[o].iter().any(|c| cats.owners[k].contains(c));
    for (i, (r, k)) in places.iter().enumerate() {
        // Places are in order of start: only one starting less than the longest keyword before can hold it.
        let from = places[..i].partition_point(|(o, _)| o.start + cats.longest <= r.start);
        let inside = places[from..]
            .iter()
            .take_while(|(o, _)| o.start <= r.start)
            .any(|(o, l)| r.end <= o.end && o.len() > r.len() && foreign(*k, *l));
        if !inside {
            for &c in &cats.owners[*k] {
                scores[c] += weight;
            }
        }
    }
}

/// The category with the highest score, the first in table order on a tie; other when none scores.
fn best(scores: &[usize]) -> Category {
    let mut best = (0usize, Category::Other);
    for (c, &s) in categories().order.iter().zip(scores) {
        if s > best.0 {
            best = (s, *c);
        }
    }
    best.1
}

/// The category of a clause, given the scores of its section's heading: the
/// one with the most keyword hits (a hit in the heading counts half). A clause
/// with no hit under a heading with none takes its sentence's (`of_sentence`).
fn category_of(clause: &str, heading_scores: &[usize], of_sentence: impl FnOnce() -> Category) -> Category {
    let mut score = heading_scores.to_vec();
    category_scores(clause, 2, &mut score);
    if score.iter().all(|&s| s == 0) {
        return of_sentence();
    }
    best(&score)
}

/// The category a sentence lends its clauses that name none, when it is about one thing: its first category
/// scores more than twice its second (深入打好污染防治攻坚战，纵深推进重点行业专项整治: ecology), not in a
/// summary of the year's work.
fn sentence_category(sentence: &str) -> Category {
    let mut score = vec![0; categories().order.len()];
    category_scores(sentence, 1, &mut score);
    let (mut first, mut second) = (0, 0);
    for &s in &score {
        (first, second) = if s > first { (s, first) } else { (first, second.max(s)) };
    }
    if first <= 2 * second {
        Category::Other
    } else {
        best(&score)
    }
}

/// Where `text` calls on its listeners (让我们更加紧密地团结在…，努力把蓝图变为现实！; not 让我们的城市…): a
/// sentence with such a call is the closing exhortation of a report, which asks the delegates and promises
/// nothing of its own. Found once in the whole text, as [`future_words`] are.
fn calls(text: &str) -> Vec<Range<usize>> {
    const CALL: &str = "让我们";
    memchr::memmem::find_iter(text.as_bytes(), CALL)
        .filter(|&i| !text[i + CALL.len()..].starts_with('的'))
        .map(|i| i..i + CALL.len())
        .collect()
}

/// Indices of the ranges (sorted by start) that start within `within`, found by
/// binary search so that a long text's clauses do not each scan every indicator.
fn starting_within(ranges: &[Range<usize>], within: Range<usize>) -> impl Iterator<Item = usize> + '_ {
    let first = ranges.partition_point(|r| r.start < within.start);
    (first..ranges.len()).take_while(move |i| ranges[*i].start < within.end)
}

/// Finds the commitments of `n`; `indicator_ranges` are the indicators' bytes
/// in the normalized text, so that each commitment links its targets.
pub fn extract(n: &Normalized, st: &Structure, indicator_ranges: &[Range<usize>]) -> Vec<Commitment> {
    let text = n.text();
    let mut out = Vec::new();
    let futures = future_words(text);
    let calls = calls(text);
    // The paragraph of the main targets passage: its items run over several
    // sentences (国内生产总值增长5%左右；城镇新增就业1200万人以上；…).
    let mut targets_paragraph: Option<usize> = None;
    let mut heading_scores: Option<(Option<usize>, Vec<usize>)> = None;
    // The number of the current paragraph.
    let mut para = 0;
    // A sentence's comma clauses (one buffer for all).
    let mut clauses = Vec::new();
    for sent in &st.sentences {
        let plan = matches!(sent.role, SectionRole::Plan | SectionRole::SelfBuilding);
        para += usize::from(sent.opens_paragraph);
        // A sentence ending in a colon (具体做好以下工作：) opens what follows: no target of the passage.
        let opens_a_list = text[sent.range.clone()].trim_end().ends_with([':', '：']);
        let in_targets_paragraph = plan && targets_paragraph == Some(para) && !opens_a_list;
        if matches!(sent.role, SectionRole::Glossary)
            || n.is_skipped(sent.range.start)
            || starting_within(&calls, sent.range.clone()).next().is_some()
        {
            continue;
        }
        // The heading's keyword scores, counted once per section.
        if heading_scores.as_ref().is_none_or(|(section, _)| *section != sent.section) {
            let heading = sent.section.map_or("", |i| st.sections[i].title.as_str());
            let mut scores = vec![0; categories().order.len()];
            category_scores(heading, 1, &mut scores);
            heading_scores = Some((sent.section, scores));
        }
        let heading_scores = heading_scores.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
        // Comma clauses; a cue opens a commitment, the clauses after it belong to it.
        let mut open: Option<(usize, String, Strength)> = None;
        let mut start = sent.range.start;
        for (i, len) in commas(&text[sent.range.clone()]) {
            clauses.push(start..sent.range.start + i);
            start = sent.range.start + i + len;
        }
        clauses.push(start..sent.range.end);
        // Read once a sentence, when a clause of it needs it.
        let of_sentence = std::cell::OnceCell::new();
        let flush = |open: &mut Option<(usize, String, Strength)>, end: usize, out: &mut Vec<Commitment>| {
            if let Some((s, cue, strength)) = open.take() {
                let range = s..end;
                let body = text[range.clone()].trim_end_matches(['。', '；', ';', '，', ',']);
                let range = s..s + body.len();
                let indicators: Vec<usize> = starting_within(indicator_ranges, range.clone())
                    .filter(|i| indicator_ranges[*i].end <= range.end + 3)
                    .collect();
                out.push(Commitment {
                    text: body.to_string(),
                    cue,
                    strength,
                    category: category_of(body, heading_scores, || {
                        *of_sentence.get_or_init(|| sentence_category(&text[sent.range.clone()]))
                    }),
                    deadline: period::deadline_in(body, st.meta.year),
                    quantified: !indicators.is_empty(),
                    indicators,
                    span: n.original_span(range),
                });
            }
        };
        // The main targets passage (主要预期目标是：A，B，C): each item is a target.
        let sentence = &text[sent.range.clone()];
        // Every head of TARGETS_PASSAGE holds 目标: one search rules most sentences out.
        let targets_from = (plan && sentence.contains("目标"))
            .then(|| TARGETS_PASSAGE.iter().find_map(|w| sentence.find(w)))
            .flatten()
            .and_then(|i| {
                text[sent.range.start + i..sent.range.end].find(['：', ':']).map(|j| sent.range.start + i + j)
            });
        if targets_from.is_some() {
            targets_paragraph = Some(para);
        }
        let targets_from = targets_from.or(in_targets_paragraph.then_some(sent.range.start));
        for clause in clauses.drain(..) {
            let c = &text[clause.clone()];
            // Outside a plan only a future counts, and a future cue is a word of the clause.
            let future_word = || starting_within(&futures, clause.clone()).any(|i| futures[i].end <= clause.end);
            if !plan && !future_word() {
                continue;
            }
            let has_figure = starting_within(indicator_ranges, clause.clone()).next().is_some();
            let cue = cue_of(c).map(|(w, s)| (w.to_string(), s)).or_else(|| {
                // Every item, but none with nothing in it (the end of a passage's last sentence, after 。).
                let blank =
                    || c.trim_matches(|ch: char| ch.is_whitespace() || matches!(ch, '。' | '；' | ';')).is_empty();
                if targets_from.is_some_and(|t| clause.start >= t) && !blank() {
                    return Some(("预期目标".to_string(), Strength::Plan));
                }
                // 完成老旧小区改造项目19个: a plan clause that opens with an action and carries a figure, or
                // ends its sentence on a target without one (完成“十四五”能耗管理目标。; not 完成今年发展目标任务，
                // 必须…, a condition).
                let names_a_target = || {
                    let c = c.trim_end_matches(['。', '；', ';']);
                    clause.end == sent.range.end && (c.ends_with("目标") || c.ends_with("任务"))
                };
                (plan && (has_figure || names_a_target())).then(|| action_of(c)).flatten().map(|w| (w, Strength::Plan))
            });
            if let Some((cue, strength)) = cue {
                let future = FUTURE.contains(&cue.as_str()) || c.trim_start().starts_with("下半年");
                if plan || future {
                    flush(&mut open, clause.start, &mut out);
                    open = Some((clause.start, cue, strength));
                }
            }
        }
        flush(&mut open, sent.range.end, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::report::{Category, Strength};
    use crate::{parse, Options};

    fn commitments(text: &str) -> Vec<(String, String, Strength, Option<String>, bool)> {
        parse(text, &Options { year: Some(2024), ..Options::default() })
            .commitments
            .into_iter()
            .map(|c| (c.text, c.cue, c.strength, c.deadline.map(|d| d.text), c.quantified))
            .collect()
    }

    #[test]
    fn cues_strengths_deadlines_and_targets() {
        let got = commitments(
            "二、2024年主要工作安排\n确保全年一般公共预算收入突破40亿元，力争年底前新签约亿元以上项目70个；持续深化“放管服”改革。",
        );
        assert_eq!(got.len(), 3, "{got:?}");
        assert_eq!(got[0].0, "确保全年一般公共预算收入突破40亿元");
        assert_eq!((got[0].2, got[0].4), (Strength::Must, true));
        assert_eq!(got[1].3.as_deref(), Some("年底前"));
        assert_eq!((got[1].1.as_str(), got[1].2), ("力争", Strength::Strive));
        assert_eq!((got[2].2, got[2].4), (Strength::Continue, false));
    }

    #[test]
    fn past_actions_in_a_review_are_not_promises() {
        let got = commitments("一、2023年工作回顾\n通过举办读书班，确保党史学习教育走深走实，争取中央资金3亿元。\n我们将坚持问题导向，认真加以研究解决。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!((got[0].1.as_str(), got[0].2), ("将", Strength::Plan));
    }

    #[test]
    fn the_targets_passage_ends_where_a_list_is_opened() {
        // Seed 004: the passage's last sentence in its paragraph opens the list of the year's work.
        let got = commitments(
            "二、2024年主要工作安排\n今年发展的主要预期目标是：地区生产总值增长5%左右；城乡居民收入与经济增长保持同步。具体做好以下工作：\n(一)加快项目建设。",
        );
        let texts: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["地区生产总值增长5%左右", "城乡居民收入与经济增长保持同步", "(一)加快项目建设"]);
    }

    #[test]
    fn a_plan_clause_that_completes_a_target_is_one() {
        let texts =
            |t: &str| commitments(&format!("二、2024年主要工作安排\n{t}")).into_iter().map(|c| c.0).collect::<Vec<_>>();
        // Seeds 004 and 002: no figure, but a target to complete, closing its sentence.
        assert_eq!(texts("加强重点行业节能降碳改造，完成“十四五”能耗管理目标。"), ["完成“十四五”能耗管理目标"]);
        assert_eq!(texts("守牢耕地保护红线，完成永久基本农田保护目标任务。"), ["完成永久基本农田保护目标任务"]);
        // A condition before what it takes (the national report) and a completion without a target are not.
        assert_eq!(texts("完成今年发展目标任务，必须深入贯彻新发展理念。"), ["必须深入贯彻新发展理念"]);
        assert!(texts("加强排查，完成整改。").is_empty());
    }

    #[test]
    fn a_closing_exhortation_promises_nothing() {
        // Seed 004's last paragraph: what the delegates are called to, not the government's promise.
        let t = "二、2024年主要工作安排\n加快项目建设。\n各位代表，笃行方能致远。让我们更加紧密地团结在一起，团结奋斗，努力把蓝图变为现实，坚定不移推进现代化新实践！";
        let texts: Vec<String> = commitments(t).into_iter().map(|c| c.0).collect();
        assert_eq!(texts, ["加快项目建设"]);
        // 让我们的 is no call.
        assert_eq!(commitments("二、2024年主要工作安排\n努力让我们的城市更美丽。").len(), 1);
    }

    #[test]
    fn news_pieces_promise_in_their_second_half() {
        let got = commitments("上半年，扬中实现GDP301.5亿元。下半年，扬中将全力冲刺，确保全年工业开票销售增长10%。");
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[1].4);
    }

    #[test]
    fn a_reported_speech_asks_for_what_follows_its_要() {
        let got = commitments(
            "会议指出，上半年全区经济稳中有进。会议要求，要压实安全生产责任，继续抓好项目建设；“一把手”要带头抓落实。",
        );
        let texts: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["要压实安全生产责任", "继续抓好项目建设", "“一把手”要带头抓落实"]);
        assert_eq!((got[1].1.as_str(), got[1].2), ("继续", Strength::Continue));
        // 要 inside a quote is not a subject's: 落实“疫情要防住”.
        assert!(commitments("二、2024年主要工作安排\n扬中坚决落实“疫情要防住、经济要稳住”的要求。")
            .iter()
            .all(|c| c.1 != "要"));
        assert_eq!(commitments("二、2024年主要工作安排\n“一把手”要带头抓落实。")[0].1, "要");
    }

    #[test]
    fn a_firms_intention_is_not_the_governments() {
        let got = commitments("下半年，新区将加快项目建设。企业将加快建设进度，加速产品投产。");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("新区将加快"));
    }

    #[test]
    fn manner_words_may_stand_before_a_cue() {
        let got = commitments("二、2024年主要工作安排\n纵深推进协同发展，因地制宜加快发展新质生产力。");
        let cues: Vec<&str> = got.iter().map(|c| c.1.as_str()).collect();
        assert_eq!(cues, ["推进", "加快"]);
        // Listed (seed 004).
        let got = commitments("二、2024年主要工作安排\n高标准、高质量推进国家卫生城市复审迎检工作。");
        assert_eq!(got.first().map(|c| c.1.as_str()), Some("推进"));
    }

    #[test]
    fn categories_come_from_keywords() {
        let c = |t: &str| {
            parse(&format!("二、2024年主要工作安排\n{t}"), &Options::default()).commitments.first().map(|c| c.category)
        };
        assert_eq!(c("确保PM2.5平均浓度下降。"), Some(Category::Ecology));
        assert_eq!(c("力争新签约亿元以上项目70个。"), Some(Category::Industry));
        assert_eq!(c("持续推进老旧小区改造。"), Some(Category::UrbanRural));
        // A keyword inside a longer one of another category is not its own: 营商环境 is not 环境 (ecology),
        // 文化产业 neither 文化 (livelihood) nor 产业 (industry).
        assert_eq!(c("持续优化营商环境。"), Some(Category::Governance));
        // Nor 发展环境 (河北省 2007).
        assert_eq!(c("进一步优化发展环境。"), Some(Category::Governance));
        assert_eq!(c("深入推进文化产业发展。"), Some(Category::Consumption));
        assert_eq!(c("要推进全面从严治党。"), Some(Category::Governance));
        // 城镇化 is the towns' growth, ecological repair ecology, research results put to use innovation (河北省
        // 2025, 保定市 2021), under 保定市 2014's heading of the towns and the country as one (一体化, openness).
        let c = |t: &str| {
            parse(
                &format!("二、2014年工作总体要求\n五、加快新型城镇化进程，促进城乡一体化发展\n{t}"),
                &Options::default(),
            )
            .commitments
            .iter()
            .map(|c| c.category)
            .collect::<Vec<_>>()
        };
        // (The heading is a commitment of its own, the first.)
        assert_eq!(c("深入实施新型城镇化战略。"), [Category::UrbanRural; 2]);
        assert_eq!(c("加快城市水系治理和生态修复，推进府河水系黄花沟示范工程建设。")[1], Category::Ecology);
        assert_eq!(c("加快成果转化。")[1], Category::Innovation);
        // A clause with no keyword is of its paragraph.
        let got =
            parse("二、2024年主要工作安排\n深入打好污染防治攻坚战，纵深推进重点行业专项整治。", &Options::default());
        assert_eq!(got.commitments.iter().map(|c| c.category).collect::<Vec<_>>(), [Category::Ecology; 2]);
    }
}
