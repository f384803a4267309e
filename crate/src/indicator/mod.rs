//! Indicators: for each quantity, the measure it belongs to (its name, cut
//! with jieba-rs and the domain lexicon from the words before it, or from the
//! noun after it: `新建3个应急避难场所`, `新区58个省市重点项目全部开工`),
//! whether it is a level or a change, actual or target, its period and
//! canonical id; shared subjects across
//! clauses (`地区生产总值突破5000亿元，增长5.6%`), distributive lists
//! (`分别增长4.4%和5.3%`), parenthesised targets (`(年度目标6.5%左右)`) and
//! rankings (`列镇江各市(区)首位`).

mod rank;
pub mod taxonomy;

use crate::chars::{has, has_str, is_count_digit};
use crate::lexicon::{self, cut, Role};
use crate::normalize::Normalized;
use crate::quantity::Found;
use crate::report::{
    Baseline, Change, Direction, Indicator, IndicatorKind, Period, Qualifier, Rank, SectionRole, Value,
};
use crate::segment::{period, Structure};
use std::borrow::Cow;
use std::ops::Range;

/// Indicators with the byte ranges of the normalized text they cover.
#[derive(Debug, Default)]
pub struct Extracted {
    /// The indicators, in order of appearance.
    pub indicators: Vec<Indicator>,
    /// For each indicator, its bytes in the normalized text.
    pub ranges: Vec<Range<usize>>,
}

/// A name ending so continues in the noun after the figure: 新签约亿元以上34个项目.
const ATTRIBUTIVE_ENDS: &[&str] = &["以上", "以下", "各级", "各类"];
/// Longest noun after a count that names it instead of the words before (`58个省市重点项目全部开工`).
const MAX_COUNTED_CHARS: usize = 8;
/// Longest noun phrase read after a figure: a name, not a clause.
const MAX_AFTER_CHARS: usize = 16;
/// Prepositions, as words of their own, that open a clause but never a name.
const PREPOSITIONS: &[&str] = &["对", "在", "向", "从", "把", "给", "由", "为了", "对于", "关于"];
/// Names that say what is measured but not of what.
const GENERIC: &[&str] =
    &["占比", "比重", "面积", "总面积", "建筑面积", "总投资", "金额", "规模", "人数", "数量", "总额", "投资", "总量"];

/// Whether the period words at `at` are those of a level the figure is measured against, not its own: what
/// a change compares with (比去年, 较去年同期, 比2005年下降20%), or a baseline's year (由2002年的8960元,
/// 由2002年底的…, 从上年的…).
fn is_reference_year(text: &str, at: usize) -> bool {
    // And what a level is compared with: 略高于去年水平, 高于上年.
    if text[..at].ends_with(['比', '较']) || COMPARATIVES.iter().any(|c| text[..at].ends_with(c)) {
        return true;
    }
    // 确保2000年前建成的老旧小区…: a year that tells which things, not when the figure is.
    let year = text[at..].bytes().take_while(u8::is_ascii_digit).count();
    if let Some(after) = text[at + year..].strip_prefix('年').filter(|_| year == 4) {
        let after = after.strip_prefix("以前").or_else(|| after.strip_prefix('前'));
        let clause = after.map(|a| crate::chars::head(a, 10)).map(|a| &a[..a.find(CLAUSE_ENDS).unwrap_or(a.len())]);
        if clause.is_some_and(|c| has(c, '的')) {
            return true;
        }
    }
    // 是2005年的2.3倍: the year of the level a multiple is of, read as multiple_of_year reads it.
    if let Some(verb) = MULTIPLE_VERBS.iter().find(|v| text[..at].ends_with(**v)) {
        let figure = crate::chars::head(&text[at..], 12).find('的').map(|k| at + k + '的'.len_utf8());
        if let Some(f) = figure.filter(|&f| multiple_of_year(&text[at - verb.len()..f]).is_some()) {
            let digits = text[f..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.').count();
            if digits > 0 && text[f + digits..].starts_with('倍') {
                return true;
            }
        }
    }
    if !text[..at].ends_with(['由', '从']) {
        return false;
    }
    // The figure after the year's words, read as baseline_opener reads the words before a figure.
    let after = crate::chars::head(&text[at..], 8);
    let Some(year_end) = after.find('年') else { return false };
    let figure = after[year_end..].find(|c: char| c.is_ascii_digit()).map(|i| at + year_end + i);
    figure.is_some_and(|f| baseline_opener(&text[..f]) == Some(at - '由'.len_utf8()))
}

/// What a level is per, written right before it (每人每月316元, 由每人50元…), the longest first.
const PER: &[&str] = &["每人每年", "每人每月", "每人", "人均", "每亩"];

/// Verbs that join a baseline to the level reached: 由25.6亿元增加到180亿元, 从5.6%提高到18.7%, 由76微克/立方米降至64….
/// The two-character ones first: 增加 before 增.
const REACH_VERBS: &[&str] = &[
    "提高", "增加", "增长", "扩大", "提升", "上升", "下降", "降低", "减少", "缩小", "缩减", "压减", "压缩", "跃升",
    "攀升", "发展", "调整", "拓展", "升", "降", "增", "减", "调",
];

/// Adverbs that can stand between a name and its figure or change (as single words, not inside one: 一般公共预算).
const ADVERBS_BEFORE_A_FIGURE: &[&str] = &["一般", "平均", "再", "又", "也", "还"];

/// Characters that make a 由 or 从 after them the end of a word, not a preposition: 自由, 理由, 服从.
const BEFORE_YOU_CONG_IN_A_WORD: &[char] = &['自', '理', '缘', '来', '服', '听', '顺'];

/// Where the 由 or 从 that opens a baseline stands in `pre`, the words right before a figure: 由68个, or with the
/// year it was then, 由2002年的8960元, 从去年的….
fn baseline_opener(pre: &str) -> Option<usize> {
    // And what the level is per: 由每人50元提高到100元.
    let pre = PER.iter().find_map(|w| pre.strip_suffix(w)).unwrap_or(pre);
    let p = pre.strip_suffix('的').unwrap_or(pre);
    let p = p.strip_suffix(['底', '末', '初']).unwrap_or(p);
    let p = match p.strip_suffix('年') {
        Some(y) if y.len() >= 4 && y.as_bytes()[y.len() - 4..].iter().all(u8::is_ascii_digit) => &y[..y.len() - 4],
        Some(y) => y.strip_suffix('去').or_else(|| y.strip_suffix('上')).unwrap_or(p),
        None if p.len() < pre.len() => return None, // 的 or 底 alone after 由: not a year
        None => p,
    };
    let q = p.strip_suffix('由').or_else(|| p.strip_suffix('从'))?;
    (!q.ends_with(BEFORE_YOU_CONG_IN_A_WORD)).then_some(q.len())
}

/// What joins the items of a list: 城镇和农村, 41.9%、50.3%.
const LIST_JOINTS: [char; 4] = ['、', '和', '及', '与'];

/// How many figures from `found[qi]` on are baselines of as many levels after them, in order: 1 for
/// 由25.6亿元增加到180亿元, 2 for 恩格尔系数分别由41.9%、50.3%，下降到35.4%和40%.
fn baselines(text: &str, found: &[Found], qi: usize) -> Option<usize> {
    let q = &found[qi];
    if q.unit.is_empty() {
        return None;
    }
    // Figures of one kind joined as a list, from `from` on: how many.
    let run = |from: usize| {
        1 + found[from..]
            .windows(2)
            .take(MAX_DISTRIBUTED)
            .take_while(|w| {
                let mut joint = text[w[0].range.end..w[1].range.start].chars();
                w[1].kind == q.kind && joint.next().is_some_and(|c| LIST_JOINTS.contains(&c)) && joint.next().is_none()
            })
            .count()
    };
    let k = run(qi);
    let level = found.get(qi + k).filter(|l| l.kind == q.kind)?;
    let between = &text[found[qi + k - 1].range.end..level.range.start];
    // A list of baselines may end in a comma before its verb.
    let between = if k > 1 { between.strip_prefix(['，', ',']).unwrap_or(between) } else { between };
    (reaches(between) && (k == 1 || run(qi + k) >= k)).then_some(k)
}

/// Whether `between`, the words from a figure to the next, joins a baseline to the level reached: 提高到,
/// 增加到2025年的, 降至, 减少为.
fn reaches(between: &str) -> bool {
    let verb = REACH_VERBS.iter().find(|v| between.starts_with(**v));
    let rest = verb.map_or(between, |v| &between[v.len()..]);
    let rest = rest.strip_prefix('了').unwrap_or(rest);
    let Some(r) = rest.strip_prefix(['到', '至']).or_else(|| verb.and(rest.strip_prefix('为'))) else {
        return false;
    };
    // The year reached may stand before its level: 增长到2025年的4.93万亿元.
    let r = r.strip_suffix('的').unwrap_or(r);
    let r = r.strip_suffix(['底', '末']).unwrap_or(r);
    r.is_empty() || r.strip_suffix('年').is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether the words after a change verb, up to its figure, make it reach the figure (下降到, 提高了至, 上升为).
fn reaches_level(rest: &str) -> bool {
    matches!(rest.strip_prefix('了').unwrap_or(rest), "到" | "至" | "为")
}

/// Where the clause that `to` is in starts: after the last character of [`CLAUSE_ENDS`] in `text[floor..to]`, else at
/// `floor`. (A loop over the bytes of [`CLAUSE_ENDS`]: this runs for every number, and how much `rfind`'s
/// searcher costs here turned on whether the compiler inlined it.)
fn clause_start_before(text: &str, floor: usize, to: usize) -> usize {
    let b = &text.as_bytes()[floor..to];
    let full_width = |i: usize, lead: [u8; 2]| i >= 2 && b[i - 2..i] == lead;
    for i in (0..b.len()).rev() {
        let ends = match b[i] {
            b',' | b':' | b';' | b'\n' => true,
            // ，：；！？ (EF BC 8C, 9A, 9B, 81, 9F) and 。 (E3 80 82).
            0x8C | 0x9A | 0x9B | 0x81 | 0x9F => full_width(i, [0xEF, 0xBC]),
            0x82 => full_width(i, [0xE3, 0x80]),
            _ => false,
        };
        if ends {
            return floor + i + 1;
        }
    }
    floor
}

/// The clause before `clause_start`, in its sentence from `floor`, when it is a topic alone: a few words
/// naming something, no figure and no verb (挂牌上市企业，由2007年的48家增加到2012年的132家). Its name and start.
fn topic(text: &str, floor: usize, clause_start: usize) -> Option<(String, usize)> {
    let end = text[..clause_start].strip_suffix(['，', ','])?.len();
    let start = clause_start_before(text, floor, end);
    let clause = &text[start..end];
    if clause.is_empty() || clause.chars().count() > 16 || !clause.chars().all(crate::normalize::is_han) {
        return None;
    }
    let words = cut(clause);
    let nouns = words.iter().all(|w| matches!(w.role, Role::Word | Role::Filler | Role::Action))
        && words.last().is_some_and(|w| w.role == Role::Word);
    let b = before(text, start, end, Some(&words));
    (nouns && !b.name.is_empty()).then_some((b.name, b.name_start))
}

/// A mark a figure passes, named after it: 突破10亿元大关.
const THRESHOLDS: &[&str] = &["大关", "关口"];

/// Words comparing the figure before with another level: 增长9%，高于全省0.8个百分点.
const COMPARATIVES: &[&str] = &["高于", "低于", "快于", "慢于", "高出", "低出", "优于"];

/// Characters that end a clause.
const CLAUSE_ENDS: &[char] = &['，', ',', '：', ':', '；', ';', '。', '\n', '！', '？'];

/// An indicator being built.
#[derive(Debug, Clone)]
struct Draft {
    name: String,
    range: Range<usize>,
    value: Option<Value>,
    change: Option<Change>,
    baseline: Option<Baseline>,
    kind: IndicatorKind,
    period: Option<Period>,
    rank: Option<Rank>,
    sentence: usize,
}

/// A figure held back as the baseline of the next one (由25.6亿元增加到180亿元).
struct Pending {
    /// The index in `found` of the level reached.
    reached: usize,
    /// The name before 由 (may be empty) and where it starts.
    name: String,
    name_start: usize,
    /// Where 由 stands, and where the baseline figure ends.
    opener: usize,
    end: usize,
    baseline: Baseline,
}

/// What the words before a figure say.
struct Before {
    /// The name they give (may be empty).
    name: String,
    /// Where the name starts (bytes of the normalized text).
    name_start: usize,
    /// Only action verbs were left: the name continues after the figure.
    action_only: bool,
    change: Option<Direction>,
    /// The change verb stands right before the figure (比上年增加1800亿元), not before a name (增加粮食种植面积
    /// 4000亩, 提升农村公路安全生命防护工程300公里: what was done, not by how much a measure changed).
    change_at_figure: bool,
    basis: Option<&'static str>,
    /// The period words of the level compared with (比2005年), bytes of the normalized text.
    versus: Option<Range<usize>>,
    cue: bool,
    distributive: bool,
    ends_with_example: bool,
    ends_with_de: bool,
    /// A verb of a done action ends them (聚集了50个…): what it did is counted after the figure.
    ends_with_le: bool,
}

fn direction_of(word: &str) -> Direction {
    if ["下降", "降低", "减少", "回落", "下滑", "降幅", "减幅", "削减"].contains(&word) {
        Direction::Down
    } else {
        Direction::Up
    }
}

fn basis_of(word: &str) -> &'static str {
    match word {
        "同比" | "较去年同期" | "比去年同期" | "同期" => "yoy",
        "年均" => "annualAverage",
        "环比" => "mom",
        _ => "vsPreviousYear",
    }
}

/// Reads the words between `start` and a figure at `end`, `words` (their
/// cut, when the caller has it already).
fn before(text: &str, start: usize, end: usize, words: Option<&[lexicon::Word]>) -> Before {
    let pre = &text[start..end];
    let cut_here;
    let words = match words {
        Some(w) => w,
        None => {
            cut_here = cut(pre);
            &cut_here[..]
        }
    };
    let mut b = Before {
        name: String::new(),
        name_start: end,
        action_only: false,
        change: None,
        change_at_figure: false,
        basis: None,
        versus: None,
        cue: false,
        distributive: false,
        ends_with_example: pre.ends_with('等'),
        ends_with_de: pre.ends_with('的'),
        ends_with_le: pre.ends_with('了'),
    };
    // A change verb before 的 or 贡献 is part of a noun: 服务业对经济增长的贡献率, 现代服务业对经济增长贡献率.
    let of_noun = |w: &lexicon::Word| pre[w.start + w.text.len()..].starts_with(['的', '贡']);
    // Where the last change verb ends, unless it is 提升, which raises things rather than amounts (整改提升87家).
    let mut change_end = None;
    for w in words {
        match w.role {
            Role::Change if of_noun(w) => {}
            // 下降到3.5%, 提高至30%, 上升为55%: the verb reaches a level; the figure is no change.
            Role::Change if !reaches_level(&pre[w.start + w.text.len()..]) => {
                b.change = Some(direction_of(w.text));
                change_end = (w.text != "提升").then_some(w.start + w.text.len());
            }
            Role::Change => b.change = None,
            Role::Basis => b.basis = Some(basis_of(w.text)),
            Role::Cue if w.marks_target(pre) => b.cue = true,
            Role::Filler if w.text == "分别" => b.distributive = true,
            _ => {}
        }
        // 五年平均增长12.8%, 五年平均分别增长…: an average over the years.
        if w.text.starts_with("平均") && text[..start + w.start].ends_with('年') {
            b.basis = Some("annualAverage");
        }
    }
    // Trim the edges: result verbs, fillers, changes, cues; punctuation and particles.
    let is_edge = |w: &lexicon::Word| {
        matches!(w.role, Role::Verb | Role::Filler | Role::Change | Role::Basis | Role::Cue)
            || w.text.chars().all(|c| has("()（）“”\"、的了和与及等其中 ", c))
    };
    b.change_at_figure =
        b.change.is_some() && change_end.is_some_and(|e| words.iter().filter(|w| w.start >= e).all(is_edge));
    let mut lo = 0;
    let mut hi = words.len();
    // And a 由, 从 or 在 right before the figure (恩格尔系数分别由41.9%, 总人口在6990万人), not a word's end (存在).
    let at_figure = |w: &lexicon::Word| {
        let inside: &[char] = match w.text {
            "由" | "从" => BEFORE_YOU_CONG_IN_A_WORD,
            "在" => &['存', '现', '正', '实', '所', '内', '潜', '自', '好'],
            _ => return false,
        };
        !pre[..w.start].ends_with(inside)
    };
    // And an adverb (五年平均分别增长, 基本养老保险金再提高, 一般在1000个以上).
    let adverb = |w: &lexicon::Word| ADVERBS_BEFORE_A_FIGURE.contains(&w.text);
    while hi > lo && (is_edge(&words[hi - 1]) || at_figure(&words[hi - 1]) || adverb(&words[hi - 1])) {
        hi -= 1;
    }
    // And prepositions that open the clause: 对全区近20万人…, 在168个…; and the period words it opens with, a
    // field of their own (到2015年城镇居民人均可支配收入, 2025年形成年产值…), when a word starts after them.
    // The index of the word of `words[from..hi]`, not the first, that starts at byte `at` of `pre`.
    let word_from = |from: usize, at: usize| {
        words[from..hi].iter().position(|w| w.start == at).filter(|&k| k > 0).map(|k| from + k)
    };
    loop {
        // (Not inside a quotation: “中国电谷”发展空间.)
        while lo < hi
            && !pre[..words[lo].start].ends_with('“')
            && (is_edge(&words[lo]) || PREPOSITIONS.contains(&words[lo].text))
        {
            lo += 1;
        }
        // The time an action took (用三年时间完成了…, 仅用两个多月时间就…) opens no name.
        let taken_end = words.get(lo).and_then(|w| time_taken(&pre[w.start..])).map(|k| words[lo].start + k);
        if let Some(k) = taken_end.and_then(|end| word_from(lo, end)) {
            lo = k;
            continue;
        }
        let period_end = words.get(lo).map_or(0, |w| w.start + period::leading_len(&pre[w.start..]));
        match word_from(lo, period_end) {
            Some(k) => lo = k,
            None => break,
        }
    }
    // Items of a list of what is done, the last opening with its own period (三季度重大项目全部开工、全年完成投资
    // 超42.4亿元): the figure is the last item's.
    if let Some(k) = words[lo..hi].iter().rposition(|w| w.text == "、").map(|k| lo + k + 1) {
        let period_end = words.get(k).map_or(0, |w| {
            w.start + if period::is_relative(w.text) { w.text.len() } else { period::leading_len(&pre[w.start..]) }
        });
        if let Some(j) = word_from(k, period_end) {
            lo = j;
        }
    }
    // A change verb inside the name ends it: 地区生产总值增长 → 地区生产总值.
    if let Some(k) = words[lo..hi].iter().position(|w| w.role == Role::Change && !of_noun(w)) {
        hi = lo + k;
        while hi > lo && (is_edge(&words[hi - 1]) || adverb(&words[hi - 1])) {
            hi -= 1;
        }
    }
    if lo < hi {
        let mut from = words[lo].start;
        let mut to = words[hi - 1].start + words[hi - 1].text.len();
        // Keep the opening quote of a quoted name: “四上”企业, not 四上”企业.
        if pre[..from].ends_with('“') && has(&pre[from..to], '”') && !has(&pre[from..to], '“') {
            from -= '“'.len_utf8();
        }
        // And the closing one of a name that ends in a quotation: 淘汰“黄标车”4.5万辆.
        if pre[to..].starts_with('”') && pre[from..to].matches('“').count() > pre[from..to].matches('”').count() {
            to += '”'.len_utf8();
        }
        // And the closing parenthesis of one it holds: 实施新农合的县(市、区)扩大到139个.
        to += closing_paren(&pre[from..to], &pre[to..]);
        // 单位生产总值能耗比2005年下降20%: compared with a year's level, not part of the name.
        if let Some(k) = compared_year(&pre[from..to]) {
            b.versus = Some(start + from + k + '比'.len_utf8()..start + to);
            b.basis = Some("vsYear");
            to = from + k;
            // And the filler before it: 二氧化硫排放量分别比2010年削减4.94%.
            let name = &pre[from..to];
            to -= ["分别", "均", "都"].iter().find(|w| name.ends_with(**w)).map_or(0, |w| w.len());
        }
        // 比上年年初预算增加1800亿元, 存款余额比年初增加600.46亿元: what an amount's change is compared with is
        // no part of the name (a rate's, 比2005年, is cut above).
        // (Not the 比 of 比例, 比重 or 占比, which the lexicon does not hold as words.)
        let compared = |w: &&lexicon::Word| {
            let alone = ["比", "较"].contains(&w.text)
                && !pre[w.start + w.text.len()..].starts_with(['例', '重', '率', '值'])
                && !pre[..w.start].ends_with(['占', '对', '相']);
            w.start < to && (alone || w.role == Role::Basis && w.text.starts_with(['比', '较']))
        };
        let compared_at = if b.change_at_figure { words[..hi].iter().rev().find(compared) } else { None };
        if let Some(c) = compared_at.map(|w| w.start) {
            if c <= from {
                return b;
            }
            to = c;
        }
        // Period words alone name nothing (由2007年的48家增加到2012年的132家), though the figure's words start there.
        if period::leading_len(&pre[from..to]) == to - from {
            b.name_start = start + from;
            return b;
        }
        b.name = pre[from..to].to_string();
        // 城镇低保标准达到每人每月316元: what the level is per stays in the name, the verb before it does not.
        if let Some(per) = PER.iter().find(|p| b.name.ends_with(**p)) {
            let head = &b.name[..b.name.len() - per.len()];
            if let Some(verb) =
                ["达到", "提高到", "增加到", "提高至", "增至", "达"].iter().find(|v| head.ends_with(**v))
            {
                b.name = format!("{}{per}", &head[..head.len() - verb.len()]);
            }
        }
        b.name_start = start + from;
        // (And an adverb of how before it: 新解决, 基本解决, 稳定解决.)
        b.action_only = words[lo..hi].split_last().is_some_and(|(last, first)| {
            last.role == Role::Action
                && first.iter().all(|w| w.role == Role::Action || ["新", "基本", "稳定"].contains(&w.text))
        });
    }
    b
}

/// How many bytes of `name` say the time an action took: 用三年时间 in 用三年时间完成了…, or 时间就 alone after a
/// figure of it (两个多月时间就完成了…).
fn time_taken(name: &str) -> Option<usize> {
    let rest = ["用", "仅用", "只用", "再用", "利用", "花"].iter().find_map(|w| name.strip_prefix(w));
    let k = match rest {
        // (A span between: 用三年时间, not 用地审批时间.)
        Some(r) => match crate::chars::head(r, 8).find("时间") {
            Some(k) if r[..k].chars().any(is_count_digit) => name.len() - r.len() + k,
            _ => return None,
        },
        None if name.starts_with("时间") => 0,
        None => return None,
    };
    // And 就 or 才 after it (时间就完成了).
    let end = k + "时间".len();
    Some(if name[end..].starts_with(['就', '才']) { end + '就'.len_utf8() } else { end })
}

/// Where the year written at the end of `s` starts (2005年, 2010年底, 2020年末, 2021年初), if it ends in one.
fn trailing_year(s: &str) -> Option<usize> {
    let rest = ["底", "末", "初"].iter().find_map(|w| s.strip_suffix(w)).unwrap_or(s);
    let y = rest.strip_suffix('年')?;
    let digits = y.bytes().rev().take_while(u8::is_ascii_digit).count();
    (digits == 4).then(|| y.len() - 4)
}

/// Verbs that say what a multiple is of: 是2005年的2.3倍, 为…, 相当于….
const MULTIPLE_VERBS: &[&str] = &["相当于", "是", "为"];

/// The words before a multiple that name the year whose level it is of (`是2005年的`, `、为2010年底的`,
/// `，分别相当于2000年的`), without the punctuation, 分别 and 的: `是2005年`.
fn multiple_of_year(pre: &str) -> Option<&str> {
    let p = pre.trim_start_matches(['、', '，', ',']);
    let p = p.strip_prefix("分别").unwrap_or(p).strip_suffix('的')?;
    // (After the prices it is at: 按可比口径计算分别是2000年的2.65倍.)
    let p = COMPARABLE.iter().find_map(|w| p.strip_prefix(w)).map_or(p, |r| r.strip_prefix("分别").unwrap_or(r));
    let rest = MULTIPLE_VERBS.iter().find_map(|w| p.strip_prefix(w))?;
    // Or of the year before, named as such: 是上年同期的2.2倍.
    let year_before = ["上年", "去年", "上年同期", "去年同期"].contains(&rest);
    (trailing_year(rest) == Some(0) || period::trailing_plan(rest) == Some(0) || year_before).then_some(p)
}

/// How a figure is made comparable with another year's, before the comparison.
const COMPARABLE: &[&str] = &["按可比口径计算", "按可比价格计算", "按可比价计算", "按可比口径", "按可比价格"];

/// Where a name ends in the year or plan it compares with (比2005年, 较2010年底, 比“九五”): the byte of 比 or 较.
fn compared_year(name: &str) -> Option<usize> {
    let at = trailing_year(name).or_else(|| period::trailing_plan(name))?;
    name[..at].strip_suffix(['比', '较']).map(str::len)
}

/// Where `s`, when it is a slice of `text` (a noun read after a figure, not one put together), ends in it.
fn end_in(text: &str, s: &str) -> Option<usize> {
    let at = (s.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (at + s.len() <= text.len()).then_some(at + s.len())
}

/// The noun phrase right after a figure, up to byte `limit` (the next figure): `3个应急避难场所` →
/// `应急避难场所`; and whether a word of another role closed it (`全部开工`, `已落地`), rather than
/// the clause's end or the length cap. With `object` (the figure sizes what an action acts on, or is an
/// item of a list), two nouns joined by 和 or 及 are one: 新建95家社区和居家养老服务中心 →
/// 社区和居家养老服务中心; without it the first is the subject's (80余家院校和机构深度合作 → 院校).
fn after(text: &str, start: usize, ahead: usize, limit: usize, object: bool) -> (&str, bool) {
    // At most `ahead` characters: a name, not a clause (and no rescan of a long line).
    let rest = &text[start..];
    let rest = crate::chars::head(rest, ahead);
    let end = rest.find(|c: char| CLAUSE_ENDS.contains(&c) || has("、（()）", c)).unwrap_or(rest.len());
    let end = end.min(limit - start);
    // 进行 (a light verb) says nothing of what: 对全区近20万人进行排查摸底 → 排查摸底.
    let phrase = rest[..end].strip_prefix("进行").unwrap_or(&rest[..end]);
    let words = cut(phrase);
    // A conjunction or 的 ends the name as a word, not inside one (参与, 目的).
    let ends =
        |w: &lexicon::Word| !matches!(w.role, Role::Word | Role::Action) || ["和", "及", "与", "的"].contains(&w.text);
    // A result verb may open what the figure counts, when the words after it close the clause: 全市15万人实现脱贫。
    // → 实现脱贫 (not 其中24户实现董事长、总经理分设).
    let verb_first = words.len() > 1 && ["实现", "完成"].contains(&words[0].text);
    let closes_clause = rest[end..].starts_with(CLAUSE_ENDS);
    let mut stop = match words.iter().skip(1).position(ends) {
        None if verb_first && closes_clause => words.len(),
        _ => words.iter().position(ends).unwrap_or(words.len()),
    };
    // The second noun runs to the phrase's end, where a list's 、 or the clause's end follows, and is no longer
    // than a counted noun.
    let second = words.get(stop + 1..).filter(|_| object && stop > 0 && ["和", "及"].contains(&words[stop].text));
    let at_boundary = || closes_clause || rest[end..].starts_with('、');
    if let Some(second) = second.filter(|w| at_boundary() && !w.is_empty() && !w.iter().any(ends)) {
        let chars = phrase[second[0].start..].chars().count();
        if chars <= MAX_COUNTED_CHARS && phrase.chars().count() <= MAX_AFTER_CHARS {
            stop = words.len();
        }
    }
    // `34个项目中，18个项目…`: 中 (among them) before a clause that counts the same noun is not part of it;
    // nor before the next figure (`58个省市重点项目中36个新建项目`).
    if stop > 1 && stop == words.len() && words[stop - 1].text == "中" {
        let noun = &phrase[..words[stop - 1].start];
        let next = rest[end..].strip_prefix(['，', ',']).map(|next| crate::chars::head(next, 12));
        let at_figure = start + end == limit && limit < text.len();
        if at_figure || next.is_some_and(|next| next.starts_with(|c: char| c.is_ascii_digit()) && next.contains(noun)) {
            stop -= 1;
        }
    }
    let to = words.get(stop).map_or(phrase.len(), |w| w.start);
    let mut out = &phrase[..to];
    let mut closed = stop < words.len();
    if let Some((i, _)) = out.char_indices().nth(MAX_AFTER_CHARS) {
        // At the end of the last whole word before the cap (`…“三大平台”建设` is not cut after 建).
        let whole = words.iter().map(|w| w.start + w.text.len()).take_while(|&e| e <= i).last();
        out = &out[..whole.filter(|&e| e > 0).unwrap_or(i)];
        // Not inside or right after a number: `…民营制造业企业500强` is cut before 500, not after 50 or 500.
        out = out.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
        closed = false;
    }
    (out, closed)
}

/// Levels that a list of counts shares a noun across (`8个国家级、4个省级区域医疗中心`).
const LEVELS: &[&str] = &["国家级", "世界级", "部级", "省级", "市级", "县级", "区级", "镇级", "村级"];

/// The noun of a count whose noun after it is only a level, taken from the next item of its list:
/// `8个国家级、4个省级区域医疗中心建设` → 国家级区域医疗中心建设 for the 8. `post` is the noun after the figure
/// `qi`, read from `from`.
fn shared_head(text: &str, found: &[Found], qi: usize, from: usize, post: &str) -> Option<String> {
    if !LEVELS.contains(&post) {
        return None;
    }
    let next_item = from + post.len() + '、'.len_utf8();
    let next =
        found.get(qi + 1).filter(|o| text[from + post.len()..].starts_with('、') && o.range.start == next_item)?;
    let limit = found.get(qi + 2).map_or(text.len(), |o| o.range.start);
    let (theirs, _) = after(text, next.range.end, 20, limit, false);
    let head = LEVELS.iter().find_map(|l| theirs.strip_prefix(l)).filter(|h| !h.is_empty())?;
    Some(format!("{post}{head}"))
}

/// The noun that a count (`found[qi]`) counts, when it follows the figure and closes as a name
/// (`58个省市重点项目全部开工` → 省市重点项目): at most [`MAX_COUNTED_CHARS`] characters,
/// a word of another role after it; or the noun it shares with the next item of a list (`3个国家级、12个省级现代农业
/// 产业园` → 国家级现代农业产业园). `name` is the name the words before gave; `limit`, where the next figure starts.
fn counted_noun<'a>(text: &'a str, found: &[Found], qi: usize, name: &str, limit: usize) -> Option<Cow<'a, str>> {
    let q = &found[qi];
    if q.kind != "count" || name.is_empty() || not_a_figure(text, q, name) {
        return None;
    }
    // The noun and the word that closes it are all that is read.
    let (post, closed) = after(text, q.range.end, MAX_COUNTED_CHARS + 4, limit, false);
    if let Some(shared) = shared_head(text, found, qi, q.range.end, post) {
        return Some(Cow::Owned(shared));
    }
    (closed && (1..=MAX_COUNTED_CHARS).contains(&post.chars().count())).then_some(Cow::Borrowed(post))
}

/// Where the class after a list of examples starts in `name` (`北邮、江大等高校` → `高校`): after the
/// 等 that follows the list's last item, when at least two characters follow it (平等, 高等 are words).
fn examples_end(name: &str) -> Option<usize> {
    let last_item = crate::chars::rfind(name, '、')?;
    let k = last_item + crate::chars::rfind(&name[last_item..], '等')?;
    let before = name[..k].chars().next_back();
    let class = &name[k + '等'.len_utf8()..];
    (class.chars().nth(1).is_some() && !before.is_some_and(|c| has("高平中初同对均相", c)))
        .then_some(k + '等'.len_utf8())
}

/// Splits a distributive subject into `k` names: `接待游客数、旅游收入` → two;
/// `城乡居民人均可支配收入` → 城镇居民…, 农村居民…; `存贷款余额` → 存款余额, 贷款余额.
/// Words that modify a measure and are listed before the last one with it: 城镇和农村居民人均可支配收入.
const SHARED_MODIFIERS: &[&str] =
    &["城镇", "农村", "城市", "乡村", "进口", "出口", "国内", "国外", "国家级", "省级", "市级", "县级"];

fn distribute(subject: &str, k: usize) -> Option<Vec<String>> {
    let parts: Vec<&str> = subject.split(LIST_JOINTS).map(str::trim).filter(|p| !p.is_empty()).collect();
    if parts.len() == k {
        // 第一、二、三产业增加值: ordinals before the last item share its head.
        let (last, firsts) = parts.split_last()?;
        fn ordinal(p: &str) -> Option<(char, &str)> {
            let d = p.strip_prefix('第').unwrap_or(p);
            d.chars().next().filter(|c| "一二三四五六七八九".contains(*c)).map(|c| (c, &d[c.len_utf8()..]))
        }
        if let Some((d, head)) =
            ordinal(last).filter(|_| firsts.iter().all(|p| ordinal(p).is_some_and(|o| o.1.is_empty())))
        {
            let lead = if firsts.first().is_some_and(|p| p.starts_with('第')) { "第" } else { "" };
            let digits = firsts.iter().filter_map(|p| ordinal(p)).map(|o| o.0).chain([d]);
            return Some(digits.map(|c| format!("{lead}{c}{head}")).collect());
        }
        // 城镇和农村居民人均可支配收入: modifiers before the last item share its head.
        let head = SHARED_MODIFIERS.iter().find_map(|m| last.strip_prefix(m)).filter(|h| !h.is_empty());
        if let Some(head) = head.filter(|_| firsts.iter().all(|p| SHARED_MODIFIERS.contains(p))) {
            return Some(firsts.iter().map(|p| format!("{p}{head}")).chain([last.to_string()]).collect());
        }
        return Some(parts.into_iter().map(String::from).collect());
    }
    if k == 2 {
        if let Some(rest) = subject.strip_prefix("城乡") {
            return Some(vec![format!("城镇{rest}"), format!("农村{rest}")]);
        }
        if let Some((before, after)) = subject.split_once("存贷款") {
            return Some(vec![format!("{before}存款{after}"), format!("{before}贷款{after}")]);
        }
    }
    None
}

/// Whether a unit family states a rate that a change verb can govern.
fn is_rate(kind: &str) -> bool {
    matches!(kind, "ratio" | "change")
}

/// Whether the amount `q` can change the level `value`: both in one base unit (亿元 and 万元, 个 and 个).
fn same_kind(value: Option<&Value>, q: &Found) -> bool {
    let base = value.and_then(|v| v.base.as_ref()).map(|b| &b.unit);
    base.is_some() && base == q.base.as_ref().map(|b| &b.unit)
}

/// Finds the indicators among `found` (quantities of `n`).
pub fn extract(n: &Normalized, st: &Structure, found: &[Found]) -> Extracted {
    let text = n.text();
    let periods = Periods::new(text, st);
    let mut drafts: Vec<Draft> = Vec::with_capacity(found.len());
    // Names handed down by a distributive subject to the figures after it.
    let mut handed: Vec<(usize, String, Option<Direction>)> = Vec::new();
    // The name before a span of time, for the figure right after it in its clause when that has none
    // (PM2.5浓度三年下降20%): (that figure, the name, where it starts, where the span ends).
    let mut across_span: Option<(usize, String, usize, usize)> = None;
    // Changes handed by 分别 to the levels before it: (figure, index in `drafts` of its level, direction, index of
    // the level that took the first change, whose basis the others share).
    let mut to_levels: Vec<(usize, usize, Direction, usize)> = Vec::new();
    let mut prev_end = 0usize;
    // The cues at the head of the sentence last read: the same for every figure of a clause.
    let mut head: (Range<usize>, Vec<lexicon::Word>) = (0..0, Vec::new());
    let ranks = rank::find(text, st);
    // The next ranking that can hold a figure (`168个` and `26名` in `在168个重点城市…排名倒26名`).
    let mut next_rank = 0;
    // Baselines held back for the levels after them.
    let mut pending: Vec<Pending> = Vec::new();
    // The figures before this are baselines already read.
    let mut skip_to = 0;
    for (qi, q) in found.iter().enumerate() {
        if qi < skip_to {
            continue;
        }
        while ranks.get(next_rank).is_some_and(|r| r.own.end <= q.range.start) {
            next_rank += 1;
        }
        if ranks.get(next_rank).is_some_and(|r| r.own.start <= q.range.start && q.range.end <= r.own.end) {
            continue;
        }
        let Some(si) = st.sentence_at(q.range.start) else { continue };
        let sent = &st.sentences[si];
        if matches!(sent.role, SectionRole::Glossary) || q.kind == "age" {
            continue;
        }
        // Everything before a figure is read within a bounded window, so that a
        // sentence of a million characters costs no more per figure than a short one.
        let floor = window(text, sent.range.start, q.range.start);
        let clause_after = |to: usize| clause_start_before(text, floor, to);
        let mut clause_start = clause_after(q.range.start);
        // An aside in parentheses is no clause of its own: 完成2650.6亿元（不含定州，下同）、增长9%.
        let clause = &text[clause_start..q.range.start];
        // (Most clauses hold no parenthesis: two memchr calls rule it out.)
        let close = if has(clause, '）') || has(clause, ')') { clause.find([')', '）']) } else { None };
        if close.is_some_and(|k| !text[clause_start..clause_start + k].contains(['(', '（'])) {
            if let Some(open) = text[floor..clause_start].rfind(['(', '（']) {
                clause_start = clause_after(floor + open);
            }
        }
        let mut pre_start = if prev_end > clause_start && prev_end <= q.range.start { prev_end } else { clause_start };
        // And the words after it are read without it.
        if text[pre_start..q.range.start].starts_with(['(', '（']) {
            if let Some(close) = text[pre_start..q.range.start].find([')', '）']) {
                pre_start += close + text[pre_start + close..].chars().next().map_or(1, char::len_utf8);
            }
        }
        prev_end = q.range.end;
        // Cues count in the figure's own clause and at the head of its sentence
        // (力争全年…，…增长10%), not in an earlier clause (…基金计划，累计退税…). The clause's words
        // also name the figure when no figure before it stands in the clause; otherwise only its cues are read.
        let ctx = &text[clause_start..q.range.start];
        let ctx_words = if pre_start == clause_start { cut(ctx) } else { lexicon::cues_in(ctx) };
        let b = before(text, pre_start, q.range.start, (pre_start == clause_start).then_some(&ctx_words[..]));
        let head_end = text[sent.range.start..clause_start]
            .char_indices()
            .nth(4)
            .map_or(clause_start, |(i, _)| sent.range.start + i);
        if head.0 != (sent.range.start..head_end) {
            head = (sent.range.start..head_end, lexicon::cues_in(&text[sent.range.start..head_end]));
        }
        let head_words = &head.1;
        let estimate = ctx_words.iter().chain(head_words).any(|w| w.text == "预计");
        // A lead-in that names the expected targets governs the list after its colon: 主要预期目标是：生产总值增长6%以上，….
        // (Its list goes on past a ；, which ends a sentence here: after one the lead-in is read from the last 。.)
        let full = if text[..sent.range.start].trim_end().ends_with(['；', ';']) {
            let from = window(text, 0, sent.range.start);
            text[from..sent.range.start].rfind(['。', '\n', '！', '？']).map_or(from, |i| from + i)
        } else {
            sent.range.start
        };
        let lead_in = text[full..clause_start].split_once(['：', ':']).map(|(lead, _)| lead);
        let cue = b.cue
            || lead_in.is_some_and(|lead| has_str(lead, "预期") || has_str(lead, "主要目标"))
            || ctx_words.iter().any(|w| w.text != "预计" && w.marks_target(ctx))
            || head_words.iter().any(|w| w.text != "预计" && w.marks_target(&text[sent.range.start..q.range.start]));
        let kind = if estimate {
            IndicatorKind::Estimate
        } else if cue || sent.role == SectionRole::Plan {
            IndicatorKind::Target
        } else {
            IndicatorKind::Actual
        };
        // The figure before, when it is in this sentence.
        let prev = drafts.len().checked_sub(1).filter(|&i| drafts[i].sentence == si);
        let mut name = b.name.clone();
        let mut name_start = b.name_start;
        // A change by an amount (比上年增加1800亿元, 提高30元) only right after its verb; a duration or an age
        // is no amount of a measure. Nor is a count before the noun it counts (加快提升107个省级县域特色产业集群
        // 竞争力): the amount ends its clause or stands in a list.
        let amount = !matches!(q.kind, "duration" | "age")
            && text[q.range.end..].chars().next().is_none_or(|c| CLAUSE_ENDS.contains(&c) || has("、和及", c));
        let mut change_dir = b.change.filter(|_| is_rate(q.kind) || (amount && b.change_at_figure));
        // 由25.6亿元增加到180亿元: the first figure is where the second started, its baseline.
        let opener = baseline_opener(&text[pre_start..q.range.start]).map(|k| pre_start + k);
        if let Some((opener, k)) = opener.and_then(|o| Some((o, baselines(text, found, qi)?))) {
            let before_opener = &text[b.name_start.min(opener)..opener];
            let period = period::last_in(&text[opener..q.range.start], st.meta.year).map(|f| f.period);
            // Several baselines share out their name (城镇和农村居民恩格尔系数分别由…), else each level has it.
            let shared =
                if k > 1 { before_opener.trim_end_matches("分别").trim_end_matches('均') } else { before_opener };
            let names = (k > 1).then(|| distribute(shared, k)).flatten();
            pending.extend((0..k).map(|j| Pending {
                reached: qi + k + j,
                name: names.as_ref().map_or(shared, |n| &n[j]).to_string(),
                name_start: b.name_start,
                opener,
                end: found[qi + k - 1].range.end,
                baseline: Baseline { value: value_of(&found[qi + j]), period: period.clone() },
            }));
            skip_to = qi + k;
            continue;
        }
        let reached = pending.iter().position(|p| p.reached == qi).map(|i| pending.swap_remove(i));
        if let Some(p) = &reached {
            if !p.name.is_empty() {
                name.clone_from(&p.name);
                name_start = p.name_start;
            }
            change_dir = None;
        }
        // The words before a multiple that name the year it is of (是2005年的2.3倍): read once, for 分别 and alone.
        let multiple = (q.unit == "倍").then(|| multiple_of_year(&text[pre_start..q.range.start])).flatten();
        // The level a change is handed to.
        let mut level = None;
        let mut lead = None;
        // A name handed down by 分别.
        if let Some(pos) = to_levels.iter().position(|(i, ..)| *i == qi) {
            let (_, d, dir, first) = to_levels.remove(pos);
            level = Some(d);
            lead = drafts[first].change.as_ref();
            change_dir = Some(dir).filter(|_| is_rate(q.kind) || amount);
        } else if let Some(pos) = handed.iter().position(|(i, _, _)| *i == qi) {
            let (_, n, dir) = handed.remove(pos);
            name = n;
            name_start = q.range.start;
            change_dir = dir.filter(|_| is_rate(q.kind) || amount);
        } else if b.distributive && !COMPARATIVES.iter().any(|c| b.name.starts_with(c)) {
            let k = 1 + found[qi + 1..]
                .iter()
                .take(MAX_DISTRIBUTED)
                .take_while(|o| {
                    o.range.start >= q.range.end
                        && !text[q.range.end..o.range.start].contains(CLAUSE_ENDS)
                        && o.kind == q.kind
                })
                .count();
            let levels =
                drafts.iter().rev().take_while(|d| d.sentence == si && d.change.is_none() && d.value.is_some()).count();
            if let Some(words) = multiple.filter(|_| levels >= k) {
                // 财政收入2410.5亿元、地方一般预算收入1330.8亿元，分别是2005年的2.3倍和2.6倍: each multiple is of its level.
                let first = drafts.len() - k;
                for j in 1..k {
                    handed.push((qi + j, format!("{}{words}", drafts[first + j].name), None));
                }
                name = format!("{}{words}", drafts[first].name);
            } else if let Some(names) = distribute(&name, k) {
                for (j, nm) in names.iter().enumerate().skip(1) {
                    handed.push((qi + j, nm.clone(), change_dir));
                }
                name = names[0].clone();
            } else if let Some(dir) = change_dir.filter(|_| name.is_empty()) {
                // 增加值2763.2亿元、投资1267.8亿元，分别增长12.5%和30.8%: the changes go, in order, to the levels
                // before 分别 in its sentence; amounts only to levels of their kind (not 项目119个，5亿元以上41个，
                // 比上年分别增加19个和16个, where 5亿元 is read as a level).
                if levels >= k {
                    let first = drafts.len() - k;
                    let fit = is_rate(q.kind)
                        || drafts[first..].iter().zip(&found[qi..]).all(|(d, f)| same_kind(d.value.as_ref(), f));
                    if fit {
                        level = Some(first);
                        to_levels.extend((1..k).map(|j| (qi + j, first + j, dir, first)));
                    } else {
                        change_dir = None;
                    }
                } else if let Some((topic, at)) = topic(text, sent.range.start, clause_start) {
                    // 地方普通高校和研究生招生，分别增长57.6%和66.3%: else a topic alone in the clause before names
                    // them, shared out.
                    if let Some(names) = distribute(&topic, k) {
                        for (j, nm) in names.iter().enumerate().skip(1) {
                            handed.push((qi + j, nm.clone(), Some(dir)));
                        }
                        (name, name_start) = (names[0].clone(), at);
                    }
                }
            }
        }
        // A bare figure in parentheses after another (年度目标6.5%左右) takes its name and form.
        let in_parens = text[pre_start..q.range.start].contains(['(', '（']);
        if name.is_empty() && in_parens {
            if let Some(prev) = prev.map(|i| &drafts[i]) {
                name = prev.name.clone();
                if prev.change.is_some() && is_rate(q.kind) {
                    change_dir = prev.change.as_ref().map(|c| c.direction);
                }
            }
        }
        let attributive = ATTRIBUTIVE_ENDS.iter().any(|e| name.ends_with(e));
        // Where the noun after the figure that names it ends, when one does: in a list, the next item's words
        // start after it (27条主次干道、4个路口: 主次干道 is the 27's, not the 4's).
        let mut noun_end = None;
        // A noun after a figure ends where the next figure starts (`49个国省考断面水质达标率100%`).
        let next_figure =
            |from: usize| found[qi + 1..].iter().map(|o| o.range.start).find(|&s| s >= from).unwrap_or(text.len());
        // `8个国家级、4个省级区域医疗中心`: a level alone before a count is the last item's, not a name.
        let level_only = LEVELS.contains(&name.as_str());
        let done_count = b.ends_with_le && q.kind == "count";
        if (name.is_empty() || level_only || b.action_only || b.ends_with_example || attributive || done_count)
            && change_dir.is_none()
        {
            // A figure right after this one counts the same noun (`10大类23项民生实事`, `推出7批170个项目`).
            let noun_from =
                found.get(qi + 1).filter(|o| o.range.start == q.range.end).map_or(q.range.end, |o| o.range.end);
            // After an action, the noun a figure sizes may follow 的: 组建100多万人的奥运安保志愿者队伍.
            let noun_from = match text[noun_from..].strip_prefix('的') {
                Some(_) if b.action_only => noun_from + '的'.len_utf8(),
                _ => noun_from,
            };
            // What an action acts on, or an item of a list, is a noun phrase to the clause's end.
            let object = b.action_only || b.ends_with_example || text[..q.range.start].ends_with('、');
            let (post, _) = after(text, noun_from, 20, next_figure(noun_from), object);
            let post = shared_head(text, found, qi, noun_from, post).map_or(post.into(), Cow::Owned);
            noun_end = end_in(text, &post);
            if THRESHOLDS.contains(&&*post) {
                // 财政收入完成10.3亿元，是2011年的1.76倍，突破了10亿元大关: the mark passed is of the figure
                // before in the same unit.
                let same_unit = drafts
                    .iter()
                    .rev()
                    .take_while(|d| d.sentence == si)
                    .find(|d| d.value.as_ref().is_some_and(|v| v.unit == q.unit));
                if let Some(d) = same_unit {
                    name = d.name.clone();
                }
            } else if !post.is_empty() {
                name = if b.action_only || attributive { format!("{name}{post}") } else { post.to_string() };
                if !b.action_only && !attributive {
                    name_start = q.range.start;
                }
            } else if let Some(i) = prev.filter(|&i| {
                b.action_only
                    && across_span.as_ref().is_none_or(|s| s.0 != qi)
                    && (q.kind != "count" || same_kind(drafts[i].value.as_ref(), q))
            }) {
                // 高企159家，净增18家: the action counts the same measure (but after a span of time, that of the
                // name before the span); a net gain of it is the level's change. A count of other things is
                // not (5处搬迁项目，共计搬迁162户: 户 counts households, not projects).
                name = drafts[i].name.clone();
                let net = b.name.ends_with("净增") && drafts[i].change.is_none();
                if net && same_kind(drafts[i].value.as_ref(), q) {
                    (level, change_dir) = (Some(i), Some(Direction::Up));
                }
            }
        } else if let Some(post) = counted_noun(text, found, qi, &name, next_figure(q.range.end))
            .filter(|_| name == b.name && change_dir.is_none())
        {
            // 新区58个省市重点项目全部开工: a count is named by the noun it counts; the words before it
            // said where or whose, or, ending in 的, what kind (需市级协调的77个问题).
            noun_end = end_in(text, &post);
            if b.ends_with_de {
                name = format!("{name}的{post}");
            } else {
                name = post.to_string();
                name_start = q.range.start;
            }
        }
        // So does one joined by 和, 及 or 与 when the next figure follows at once (300家知识产权优势企业和30个…县).
        let next_item = |e: usize| {
            text[e..].starts_with('、')
                || ["和", "及", "与"].iter().any(|w| {
                    text[e..].starts_with(w) && found.get(qi + 1).is_some_and(|o| o.range.start == e + w.len())
                })
        };
        // Past an aside in parentheses after the noun: 181所农村中小学校（幼儿园）和8所乡镇卫生院.
        let item_end = noun_end.filter(|&e| e > q.range.end).map(|e| e + aside_len(&text[e..]));
        if let Some(end) = item_end.filter(|&e| next_item(e)) {
            prev_end = end;
        }
        // Examples and the class they belong to (`…、福地句容马拉松赛等国际国内赛事8场次`): the class is
        // what is counted, and the list is not a list summary.
        if let Some(k) = examples_end(&name).filter(|_| name == b.name) {
            name_start += k;
            name = name[k..].to_string();
        }
        // 占比52.9%, 总投资100亿元: a generic name is the measure of the figure before it.
        // The area of projects is the area of what they build: 老旧小区改造项目19个，建筑面积… → 老旧小区改造建筑面积.
        // 一般公共预算收入102417万元，完成预算的100%: how much of its budget the figure before is.
        if ["预算", "年初预算", "调整预算", "预算数"].contains(&name.as_str()) && q.unit == "%" {
            if let Some(prev) = prev.map(|i| &drafts[i]) {
                name = format!("{}完成预算", prev.name);
            }
        }
        if GENERIC.contains(&name.as_str()) {
            if let Some(prev) = prev.map(|i| &drafts[i]) {
                if !prev.name.ends_with(name.as_str()) {
                    let whose =
                        if name.ends_with("面积") { prev.name.trim_end_matches("项目") } else { &prev.name };
                    name = format!("{whose}{name}");
                }
            }
        }
        // 地方一般预算收入408.3亿元、是2005年的2.3倍: how many times another year's level the figure before is;
        // named by both.
        if let Some(words) = multiple {
            if let Some(prev) = prev.filter(|_| !b.distributive).map(|i| &drafts[i]) {
                name = format!("{}{words}", prev.name);
            }
        }
        // 高于全省0.8个百分点: how far the figure before stands from another level; named by both. A gap, not a
        // change, even when the level compared with is a growth rate (高于规模以上工业增速7个百分点).
        if name == b.name && COMPARATIVES.iter().any(|c| name.starts_with(c)) {
            change_dir = None;
            if let Some(prev) = prev.map(|i| &drafts[i]) {
                name = format!("{}{}", prev.name, text[b.name_start..q.range.start].trim_end_matches(['的', ' ']));
            }
        }
        // A duration with nothing before it that measures (三年疫情, 3天即实现) is a time reference.
        let time_reference = q.kind == "duration" && b.name.is_empty() && change_dir.is_none();
        if time_reference || (!b.distributive && not_a_figure(text, q, &name)) {
            // The figure after a time reads its name from after the time's words: 三年内建成5G基站3000个.
            if q.kind == "duration" {
                prev_end += time_tail(&text[q.range.end..]);
                across_span = Some((qi + 1, b.name, b.name_start, q.range.end)).filter(|s| !s.1.is_empty());
            }
            continue;
        }
        let value = value_of(q);
        let change = change_dir.map(|direction| Change {
            direction,
            number: q.number,
            unit: q.unit.clone(),
            // (分别比2005年增长63.7%和56.9%: the first change's basis is the others'.)
            basis: b.basis.map(String::from).or_else(|| lead.and_then(|c| c.basis.clone())),
            versus: b
                .versus
                .clone()
                .and_then(|r| period::last_in(&text[r], st.meta.year))
                .map(|f| f.period)
                .or_else(|| lead.and_then(|c| c.versus.clone())),
            qualifier: q.qualifier,
            min: q.min,
            max: q.max,
        });
        if let (Some(d), Some(c)) = (level, &change) {
            drafts[d].change = Some(c.clone());
            drafts[d].range.end = q.range.end;
            continue;
        }
        // The name before the span: the whole name, or what the action after it did (城镇就业五年新增316.5万人).
        let action_alone = b.action_only && name == b.name;
        if name.is_empty() || action_alone {
            let in_clause = |s: &(usize, String, usize, usize)| !text[s.3..q.range.start].contains(CLAUSE_ENDS);
            if let Some((_, n, s, _)) = across_span.take().filter(|s| s.0 == qi && in_clause(s)) {
                name = format!("{n}{name}");
                name_start = s;
            }
        }
        // A change with no name of its own belongs to the figure before it, or past its share of the budget to
        // the figure that has the budget (收入102417万元，完成预算的100%，增长0.7%).
        if name.is_empty() {
            let mut k = drafts.len();
            while k > 1 && drafts[k - 1].name.ends_with("完成预算") && drafts[k - 2].sentence == si {
                k -= 1;
            }
            if let (Some(c), Some(last)) = (&change, k.checked_sub(1).map(|k| &mut drafts[k])) {
                // (An amount changes a level of its own kind: 贷款余额1162.6亿元，比年初增加631亿元.)
                let fits = is_rate(q.kind) || same_kind(last.value.as_ref(), q);
                if last.sentence == si && last.change.is_none() && !in_parens && fits {
                    last.change = Some(c.clone());
                    last.range.end = last.range.end.max(q.range.end);
                    continue;
                }
            }
            match prev {
                Some(i) => name = drafts[i].name.clone(),
                // 服务业，增长10.7%: else a topic standing alone in the clause before, when only a verb stands
                // before the figure in its own (not 货币政策精准有力，两次降准).
                None if reached.is_some()
                    || (!ctx_words.is_empty()
                        && ctx_words.iter().all(|w| w.role != Role::Word && w.role != Role::Action)) =>
                {
                    match topic(text, sent.range.start, clause_start) {
                        Some((n, s)) => (name, name_start) = (n, s),
                        None => continue,
                    }
                }
                None => continue,
            }
        }
        // A level reached is of the period named after its baseline (到2025年的…), else of the one before 由.
        let period = match &reached {
            Some(p) => period::last_in(&text[p.end..q.range.start], st.meta.year)
                .map(|f| f.period)
                .or_else(|| periods.of(text, st, si, p.opener, kind)),
            None => periods.of(text, st, si, q.range.start, kind),
        };
        // A figure its sentence sets by a year after the report's own is a target (到2025年，农林牧渔业总产值达1000
        // 亿元, in 2023's report). Only with 到 in the sentence: a later year read from the paragraph is no cue.
        let later = period.as_ref().filter(|p| p.year.zip(st.meta.year).is_some_and(|(p, y)| p > y)).is_some_and(|p| {
            let by = format!("到{}", p.text);
            has_str(&text[window(text, sent.range.start, q.range.start)..q.range.start], &by)
        });
        let kind = if later && kind == IndicatorKind::Actual { IndicatorKind::Target } else { kind };
        let start = reached.as_ref().map_or(name_start, |p| name_start.min(p.opener));
        let range = start.min(q.range.start)..q.range.end;
        let (value, change) = if change.is_some() { (None, change) } else { (Some(value), None) };
        let baseline = reached.map(|p| p.baseline);
        drafts.push(Draft { name, range, value, change, baseline, kind, period, rank: None, sentence: si });
    }
    // A ranking with no subject of its own ranks the figure before it in its sentence (`投入强度3.46%，连续11年居
    // 全省前列`), else the place itself in its scope (`…名单，位列全国综合实力百强县市第49位`).
    let ranked: Vec<Draft> = ranks
        .into_iter()
        .map(|r| Draft {
            period: periods.of(text, st, r.sentence, r.range.start, IndicatorKind::Actual),
            name: {
                let before = drafts.partition_point(|d| d.range.end <= r.own.start);
                let prev = before.checked_sub(1).map(|i| &drafts[i]).filter(|d| d.sentence == r.sentence);
                match prev {
                    Some(d) if r.name.is_empty() => d.name.clone(),
                    None if r.name.is_empty() => format!("{}排名", r.rank.scope),
                    // 市场主体净增36.4万户，总量居全国第七: a generic name is the measure of the figure before.
                    Some(d) if GENERIC.contains(&r.name.as_str()) && !d.name.ends_with(r.name.as_str()) => {
                        format!("{}{}", d.name, r.name)
                    }
                    _ => r.name,
                }
            },
            range: r.range,
            value: None,
            change: None,
            baseline: None,
            kind: IndicatorKind::Rank,
            rank: Some(r.rank),
            sentence: r.sentence,
        })
        .collect();
    drafts.extend(ranked);
    drafts.sort_by_key(|d| (d.range.start, d.range.end));
    let mut out = Extracted { indicators: Vec::with_capacity(drafts.len()), ranges: Vec::with_capacity(drafts.len()) };
    for d in drafts {
        let name = clean_name(&d.name);
        let std = taxonomy::lookup(&name);
        out.indicators.push(Indicator {
            canonical: std.map(|s| s.id.to_string()),
            canonical_name: std.map(|s| s.name.to_string()),
            name,
            value: d.value,
            change: d.change,
            baseline: d.baseline,
            kind: d.kind,
            period: d.period,
            rank: d.rank,
            region: st.meta.region.clone(),
            section: st.sentences[d.sentence].section,
            span: n.original_span(d.range.clone()),
        });
        out.ranges.push(d.range);
    }
    out
}

/// The level a quantity states.
fn value_of(q: &Found) -> Value {
    Value {
        number: q.number,
        unit: q.unit.clone(),
        base: q.base.clone(),
        qualifier: q.qualifier,
        min: q.min,
        max: q.max,
    }
}

/// Words after a duration that make it a time (三年内, 3年后, 五年以来, 5年间): the length of the one `next`
/// starts with, or 0.
fn time_tail(next: &str) -> usize {
    ["以来", "之内", "内", "后", "来", "间"].iter().find(|w| next.starts_with(**w)).map_or(0, |w| w.len())
}

/// Quantities that state no figure of a measure: a count summing up a list
/// (`经济运行、…、安全发展8个方面`), a duration used as a time reference or in
/// a plan's name (`3天即`, `三年行动`, `长达11年的`, `仅用100天`, `十年倍增计划`), a size class (`30亿元以上项目`), a people
/// (`34万丹徒人民`), a streak (`13连涨`) and a voltage class (`500千伏变电站`).
fn not_a_figure(text: &str, q: &Found, name: &str) -> bool {
    let next = &text[q.range.end..];
    // The words after it, past the years a plan spans: 三年（2015-2017年）行动.
    let past_aside = next
        .strip_prefix(['(', '（'])
        .and_then(|r| crate::chars::head(r, 16).find([')', '）']).map(|k| &r[k..]))
        .and_then(|r| r.get(r.chars().next().map_or(0, char::len_utf8)..))
        .unwrap_or(next);
    let list_summary = q.kind == "count"
        && q.number <= 20.0
        && (has(name, '、') || (has(name, '和') && !text[q.core.clone()].starts_with(|c: char| c.is_ascii_digit())));
    let time_reference = q.kind == "duration"
        && (time_tail(next) > 0
            // (A plan's name may stand in quotes: 三年“倍增”计划.)
            || ["即", "行动", "计划", "攻坚", "规划", "时间", "倍增", "大变样", "目标"]
                .iter()
                .any(|w| past_aside.trim_start_matches('“').starts_with(w))
            // PM2.5浓度三年下降20%: the span a change took.
            || ["增长", "下降", "提高", "降低", "减少", "增加", "翻番", "翻一番"].iter().any(|w| next.starts_with(w))
            // 城镇就业五年新增316.5万人: the span a count was reached in.
            || ["新增", "累计", "共", "新建", "建成"].iter().any(|w| next.starts_with(w))
            // 15分钟就医圈, 15分钟社区生活圈: a plan's reach, not a span of time measured.
            || has(crate::chars::head(next, 6), '圈')
            || ["长达", "仅用", "历时", "用时", "提前"].iter().any(|w| text[..q.core.start].ends_with(w))
            // 连续两年居全国第一: how long a ranking has held (连续5年无重特大事故 is a record of its own).
            || (text[..q.core.start].ends_with("连续")
                && ["居", "位居", "位列", "列", "全国第", "全省第", "全市第"].iter().any(|w| next.starts_with(w)))
            // 这五年，我们…; 极不平凡的五年。: the years spoken of, not a figure.
            || ((["这", "那", "过去", "今后", "未来"].contains(&name) || text[..q.core.start].ends_with('的'))
                && next.starts_with(|c: char| CLAUSE_ENDS.contains(&c) || has("里中间", c))));
    let size_class = matches!(q.qualifier, Qualifier::AtLeast | Qualifier::Exceeds)
        && ["项目", "企业", "工业企业", "产业", "的项目", "重大项目"].iter().any(|w| next.starts_with(w));
    // A people in rhetoric, not a count of persons: `34万丹徒人民只争朝夕`, `带领23万开发区人民`, `1100万英雄智慧的保定人民` (but
    // `惠及20万人民群众` counts).
    let people = q.kind == "scale"
        && crate::chars::head(next, 10).find("人民").is_some_and(|k| {
            !["人民群众", "人民币"].iter().any(|w| next[k..].starts_with(w)) && !has(&next[..k], '，')
        });
    // The delegates of the session the report is given at (会议应出席代表185名，实际出席168名): its quorum, not a
    // figure of the report.
    let quorum = q.kind == "people" && (has_str(name, "出席") || has_str(name, "列席"));
    // A streak: how many times in a row (`待遇实现13连涨`).
    let streak = ["连涨", "连增", "连升", "连降"].iter().any(|w| next.starts_with(w));
    // A voltage class names a kind of substation or line (`保西500千伏变电站`), a boiler's size a kind of
    // boiler (`10蒸吨以下燃煤锅炉`).
    let voltage_class = (q.unit.ends_with('伏')
        && ["变电站", "输变电", "线路", "输电"].iter().any(|w| next.starts_with(w)))
        || (q.unit.ends_with("蒸吨")
            && (matches!(q.qualifier, Qualifier::AtMost | Qualifier::AtLeast)
                || ["燃煤", "锅炉", "的"].iter().any(|w| next.starts_with(w))));
    list_summary || time_reference || size_class || people || quorum || streak || voltage_class
}

/// Most figures one 分别 hands names to.
const MAX_DISTRIBUTED: usize = 12;

/// How far back from a figure its context is read, in bytes (about 100 characters).
const WINDOW: usize = 300;

/// The start of the context window before `at`, not before `floor` (a character boundary).
fn window(text: &str, floor: usize, at: usize) -> usize {
    crate::chars::start_before(text, at, WINDOW).max(floor)
}

/// The bytes of a short aside in parentheses that `rest` starts with (`（幼儿园）`), or 0.
fn aside_len(rest: &str) -> usize {
    let Some(inner) = rest.strip_prefix(['（', '(']) else {
        return 0;
    };
    let head = crate::chars::head(inner, 12);
    match head.find([')', '）']) {
        Some(k) if !head[..k].contains(CLAUSE_ENDS) => {
            rest.len() - inner.len() + k + head[k..].chars().next().map_or(0, char::len_utf8)
        }
        _ => 0,
    }
}

/// The length of the closing parenthesis `rest` opens with when `name` holds one it closes (县(市、区)), else 0.
fn closing_paren(name: &str, rest: &str) -> usize {
    match rest.chars().next() {
        Some(c @ (')' | '）')) if name.matches(['(', '（']).count() > name.matches([')', '）']).count() => {
            c.len_utf8()
        }
        _ => 0,
    }
}

/// A name without stray punctuation around it; quotes stay where they pair
/// up inside the name (`“四上”企业`).
fn clean_name(name: &str) -> String {
    let edge = |c: char| has("，,、：:；;()（）\"的 ", c);
    let start = name.len() - name.trim_start_matches(edge).len();
    let mut end = start + name[start..].trim_end_matches(edge).len();
    // A closing parenthesis stays when the name holds its opening one: 县(市、区).
    end += closing_paren(&name[start..end], &name[end..]);
    let trimmed = &name[start..end];
    let lead = if trimmed.starts_with('“') && has(&trimmed[3..], '”') { "“" } else { "" };
    let trail = if trimmed.ends_with('”') && has(&trimmed[..trimmed.len() - 3], '“') { "”" } else { "" };
    let core = trimmed.trim_matches(['“', '”']);
    format!("{lead}{core}{trail}")
}

/// Where the periods of figures come from: the period words of the text,
/// else the document's year for the figure's kind (made once, cloned for each).
struct Periods<'a> {
    places: &'a period::Places,
    /// The period of a target with no period words: the document's year.
    target: Option<Period>,
    /// That of any other figure: the year the document reviews (or a news piece's lead's period).
    other: Option<Period>,
}

impl<'a> Periods<'a> {
    fn new(text: &str, st: &'a Structure) -> Self {
        let places = &st.periods;
        // A news piece that names no year: the period its lead speaks of (上半年，扬中主要经济指标…), up to its
        // first sub-heading, is that of the figures its parts give without one.
        let lead = || {
            let end = st.sections.first().map_or(text.len(), |s| s.range.start);
            own_last(places, text, 0..end, None)
        };
        let other = match st.meta.review_year {
            Some(y) => Some(period::whole_year(y)),
            None if st.meta.doc_type == crate::report::DocType::NewsArticle => lead(),
            None => None,
        };
        Periods { target: st.meta.year.map(period::whole_year), other, places }
    }

    /// The period of a figure at `at` in sentence `si`: the nearest period
    /// words before it in its sentence, then in its paragraph, then the
    /// document's year for its kind.
    fn of(&self, text: &str, st: &Structure, si: usize, at: usize, kind: IndicatorKind) -> Option<Period> {
        let sent = &st.sentences[si];
        let year = st.meta.year;
        if let Some(p) = self.last_in(text, window(text, sent.range.start, at)..at, year) {
            return Some(p);
        }
        let para_floor = window(text, 0, sent.range.start);
        let para_start = memchr::memrchr(b'\n', &text.as_bytes()[para_floor..sent.range.start])
            .map_or(para_floor, |i| para_floor + i + 1);
        if let Some(p) = self.last_in(text, para_start..sent.range.start, year) {
            return Some(p);
        }
        match kind {
            IndicatorKind::Target => self.target.clone(),
            _ => self.other.clone(),
        }
    }

    /// The last period words in `text[range]` that are not a reference's ([`is_reference_year`]):
    /// 由2002年的8960元提高到20033元 is of 2002 for the 8960元 alone, not for the figures after it; 1-6月，…较去年同期
    /// 增长58% is of 1-6月.
    fn last_in(&self, text: &str, range: Range<usize>, year: Option<i32>) -> Option<Period> {
        own_last(self.places, text, range, year)
    }
}

/// The last period words of `places` in `text[range]` that are not a reference's ([`is_reference_year`]).
fn own_last(places: &period::Places, text: &str, range: Range<usize>, year: Option<i32>) -> Option<Period> {
    let mut to = range.end;
    while let Some(f) = places.last_in(text, range.start..to, year) {
        let place = range.start + f.at;
        if !is_reference_year(text, place) {
            return Some(f.period);
        }
        to = place;
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::report::{Direction, IndicatorKind};
    use crate::{parse, Options};

    type Change = Option<(Direction, f64)>;
    type Row = (String, Option<f64>, Change, IndicatorKind);

    fn ind(text: &str) -> Vec<Row> {
        parse(text, &Options { year: Some(2024), ..Options::default() })
            .indicators
            .into_iter()
            .map(|i| (i.name, i.value.map(|v| v.number), i.change.map(|c| (c.direction, c.number)), i.kind))
            .collect()
    }

    fn names(text: &str) -> Vec<String> {
        ind(text).into_iter().map(|g| g.0).collect()
    }

    #[test]
    fn value_and_change_share_a_subject() {
        use Direction::Up;
        use IndicatorKind::Actual;
        assert_eq!(
            ind("上半年,实现GDP301.5亿元,同比增长3%。"),
            vec![("GDP".into(), Some(301.5), Some((Up, 3.0)), Actual)]
        );
        assert_eq!(
            ind("去年全市地区生产总值突破5000亿元，增长5.6%。"),
            vec![("地区生产总值".into(), Some(5000.0), Some((Up, 5.6)), Actual)]
        );
    }

    #[test]
    fn distributive_lists_name_each_figure() {
        let got = ind("去年城乡居民人均可支配收入分别增长4.4%和5.3%。");
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["城镇居民人均可支配收入", "农村居民人均可支配收入"]);
        let got = ind("去年接待游客数、旅游收入同比分别增长23.7%、24.8%。");
        let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(names, ["接待游客数", "旅游收入"]);
        assert_eq!(got[1].2, Some((Direction::Up, 24.8)));
        // After the levels, 分别 hands each change to its level, in order.
        let got = ind("服务业完成增加值2763.2亿元、投资1267.8亿元，分别增长12.5%和30.8%。");
        let rows: Vec<(Option<f64>, Change)> = got.iter().map(|g| (g.1, g.2)).collect();
        assert_eq!(rows, [(Some(2763.2), Some((Direction::Up, 12.5))), (Some(1267.8), Some((Direction::Up, 30.8)))]);
        // With no levels before, a topic alone in the clause before is shared out (河北省 2000).
        let got = ind("高中段招生继续增加，地方普通高校和研究生招生，分别增长57.6％和66.3％。");
        let rows: Vec<(&str, Change)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("地方普通高校", Some((Direction::Up, 57.6))), ("研究生招生", Some((Direction::Up, 66.3)))]);
        // 存贷款 is two measures.
        let got = ind("金融机构各项存贷款余额分别为9249.9亿元和6152.2亿元，分别增长16.2%和11.4%。");
        let rows: Vec<(&str, Option<f64>)> = got.iter().map(|g| (g.0.as_str(), g.2.map(|c| c.1))).collect();
        assert_eq!(rows, [("金融机构各项存款余额", Some(16.2)), ("金融机构各项贷款余额", Some(11.4))]);
        // Short words before the last item share its head (高阳县 2020); the items of a list of measures do not.
        let named = |text: &str| ind(text).into_iter().map(|g| g.0).collect::<Vec<_>>();
        assert_eq!(
            named("城镇和农村居民人均可支配收入分别增长8%和11%。"),
            ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
        );
        assert_eq!(named("氨氮、二氧化硫排放量分别下降3%和4%。"), ["氨氮", "二氧化硫排放量"]);
        // And ordinals (河北省 2004).
        assert_eq!(
            named("第一、二、三产业增加值分别增长5.9%、14.3%和9.6%。"),
            ["第一产业增加值", "第二产业增加值", "第三产业增加值"]
        );
    }

    #[test]
    fn parenthesised_targets_are_targets_of_the_same_measure() {
        let got = ind("去年规上工业增加值增长7.1%(年度目标6.5%左右)。");
        assert_eq!(got.len(), 2);
        assert_eq!((got[0].0.as_str(), got[0].3), ("规上工业增加值", IndicatorKind::Actual));
        assert_eq!((got[1].0.as_str(), got[1].3), ("规上工业增加值", IndicatorKind::Target));
        assert_eq!(got[1].2, Some((Direction::Up, 6.5)));
    }

    #[test]
    fn action_verbs_join_the_noun_after_the_figure() {
        assert_eq!(names("去年新建3个应急避难场所。")[0], "新建应急避难场所");
        assert_eq!(names("去年完成全区散坟迁移6万余穴。")[0], "散坟迁移");
        assert_eq!(names("去年胡桥等3处安息堂改扩建项目有序推进。")[0], "安息堂改扩建项目");
        // 中 after the noun says "among them", and a word that ends in 中 keeps it.
        assert_eq!(names("去年新签约亿元以上34个项目中，18个项目与南京直接配套关联。")[0], "新签约亿元以上项目");
        assert_eq!(names("去年新建3所初中，2所小学。")[0], "新建初中");
        // 改造提升 is one action (提升 alone a change).
        assert_eq!(names("去年改造提升10个示范性乡村互助养老睦邻点。"), ["改造提升示范性乡村互助养老睦邻点"]);
        assert_eq!(
            names("去年改扩建12所农村幼儿园，实施25条道路新改建工程。"),
            ["改扩建农村幼儿园", "实施道路新改建工程"]
        );
    }

    #[test]
    fn a_change_verb_before_to_reaches_a_level() {
        // The verb with 到, 至 or 为 names the level reached, not a change by that much.
        for text in ["失业率下降到3.5%。", "比重提高至30%。", "城镇化率上升为55%。", "贫困发生率降低到2%。"]
        {
            let got = ind(text);
            assert_eq!(got.len(), 1, "{text}");
            assert!(got[0].1.is_some() && got[0].2.is_none(), "{text}: {got:?}");
        }
        // Without it the figure is the change.
        assert_eq!(ind("失业率下降3.5%。")[0].2, Some((Direction::Down, 3.5)));
    }

    #[test]
    fn a_change_verb_before_de_is_part_of_the_name() {
        for text in ["服务业对经济增长的贡献率达到60%以上。", "服务业对经济增长的贡献率首次超过60%。"]
        {
            let got = ind(text);
            assert_eq!(got.len(), 1);
            assert_eq!((got[0].0.as_str(), got[0].1, &got[0].2), ("服务业对经济增长的贡献率", Some(60.0), &None));
        }
        let got = ind("现代服务业对经济增长贡献率达到50%。");
        assert_eq!((got[0].0.as_str(), got[0].1, &got[0].2), ("现代服务业对经济增长贡献率", Some(50.0), &None));
    }

    #[test]
    fn a_comparable_basis_is_no_name_and_an_average_growth_a_change() {
        // 河北省 2003.
        let got = ind("国内生产总值达到6076亿元，平均增长9.5%；财政收入544亿元，按可比口径年均增长10%。");
        let rows: Vec<(&str, Change)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(rows, [("国内生产总值", Some((Direction::Up, 9.5))), ("财政收入", Some((Direction::Up, 10.0)))]);
    }

    #[test]
    fn a_share_of_the_budget_is_of_the_figure_before() {
        let got = ind(
            "一般公共预算收入102417万元，完成预算的100%，增长0.7%。政府性基金收入27586万元，为预算的34.5%，下降41.1%。",
        );
        let rows: Vec<(&str, Option<f64>, Change)> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
        // The change after the share is the revenue's.
        assert_eq!(
            rows,
            [
                ("一般公共预算收入", Some(102417.0), Some((Direction::Up, 0.7))),
                ("一般公共预算收入完成预算", Some(100.0), None),
                ("政府性基金收入", Some(27586.0), Some((Direction::Down, 41.1))),
                ("政府性基金收入完成预算", Some(34.5), None),
            ]
        );
    }

    #[test]
    fn a_mark_passed_is_of_the_figure_before() {
        assert_eq!(
            names("全部财政收入完成10.3亿元，是2011年的1.76倍，突破了10亿元大关。"),
            ["财政收入", "财政收入是2011年", "财政收入"]
        );
    }

    #[test]
    fn what_a_level_is_per_stays_in_its_name() {
        // 河北省 2012: a month's and a year's allowance are told apart.
        assert_eq!(
            names("城镇低保标准达到每人每月316元，农村低保标准提高到每人每年1717元。"),
            ["城镇低保标准每人每月", "农村低保标准每人每年"]
        );
    }

    #[test]
    fn action_verbs_before_a_count_join_the_noun_after_it() {
        // 河北省 2021.
        assert_eq!(
            names("选派9支医疗队，累计承接86架次包机，组建266个服务团队，剩余3.4万贫困人口全部脱贫。"),
            ["选派医疗队", "承接包机", "组建服务团队", "剩余贫困人口"]
        );
        // 保定市 2007, 2006.
        assert_eq!(names("竞技体育再创佳绩，新增加1名世界冠军。"), ["新增加世界冠军"]);
        assert_eq!(names("开展了白洋淀污染综合整治战役，关停了400多家污染企业。"), ["关停污染企业"]);
        // 安排 (allotted) is no part of a name (河北省 2010); an adverb of how may stand before the action
        // (保定市 2014 and 2009); 为企 is one word (seed 004).
        assert_eq!(
            names("今年我省重点项目安排1300项、总投资1.6万亿元，年度投资计划2500亿元以上。")[..2],
            ["重点项目", "重点项目总投资"]
        );
        assert_eq!(names("新解决71万农村人口饮水安全问题。"), ["新解决农村人口饮水安全问题"]);
        assert_eq!(names("安排為企扶持資金7134萬元。"), ["为企扶持资金"]);
        let got = parse("帮助5.1万贫困人口实现脱贫。", &Options::default()).indicators;
        assert_eq!((got[0].name.as_str(), got[0].canonical.as_deref()), ("帮助贫困人口", Some("poor_population")));
        // The noun a figure sizes may follow 的 (河北省 2009 and 2007, 高阳县 2019).
        assert_eq!(
            names("抽调10万名干部包村包社区，协助当地做好群防群治工作，组建100多万人的奥运安保志愿者队伍。"),
            ["抽调干部包村包社区", "组建奥运安保志愿者队伍"]
        );
        assert_eq!(names("新增沼气30万户，解决200万人的饮水安全问题。")[1], "解决饮水安全问题");
        assert_eq!(names("推进了7公里的县城东外环道路建设。"), ["推进县城东外环道路建设"]);
        // 按照 (according to) names nothing (保定市 2014).
        assert_eq!(
            names("按照12大产业发展路线图，实施产业升级、技改升级、龙头带动和创新驱动工程。"),
            ["产业发展路线图"]
        );
    }

    #[test]
    fn a_clause_starts_after_the_last_of_the_clause_ends() {
        use super::{clause_start_before, CLAUSE_ENDS};
        for end in CLAUSE_ENDS {
            let text = format!("甲{end}乙、丙（丁）");
            let want = text.rfind(*end).map(|i| i + end.len_utf8());
            assert_eq!(Some(clause_start_before(&text, 0, text.len())), want, "{end:?}");
        }
        assert_eq!(clause_start_before("甲、乙（丙）丁", 3, 9), 3);
    }

    #[test]
    fn adverbs_before_a_count_leave_its_name_to_the_noun_after_it() {
        // 河北省 2002, 2007 and 2003, 保定市 2021 (首批, like 选择, is an action: it stays), 保定市 2014, 河北省 2009.
        assert_eq!(
            names(
                "重点抓好80家企业技术中心建设，增强企业核心竞争力。抓紧实施12个重大科技专项，突出抓好50个重点科技\
                 项目。通过项目补贴和贷款贴息，重点支持100家 省级龙头企业。加快首批17个城中村改造进度。选择15个部门、\
                 84项服务作为试点。重点抓好1461个工业项目，特别是突出抓好51个重点产业支撑项目。"
            ),
            [
                "企业技术中心建设",
                "实施重大科技专项",
                "重点科技项目",
                "省级龙头企业",
                "首批城中村改造进度",
                "选择部门",
                "服务",
                "工业项目",
                "重点产业支撑项目"
            ]
        );
    }

    #[test]
    fn a_verb_of_reaching_is_not_part_of_the_name() {
        assert_eq!(
            names("市级以上龙头企业发展到12家，企业总数扩大到300家，服务业比重升至45%，农业比重降为8%。"),
            ["市级以上龙头企业", "企业总数", "服务业比重", "农业比重"]
        );
        // A name keeps the parentheses it holds.
        assert_eq!(
            names("实施新型农村合作医疗制度的县(市、区)扩大到139个。"),
            ["实施新型农村合作医疗制度的县(市、区)"]
        );
    }

    #[test]
    fn a_count_is_named_by_the_noun_it_counts() {
        // The words before say where or whose; the noun after, closed by 全部 or 已, is what is counted.
        assert_eq!(names("今年新区58个省市重点项目全部开工。"), ["省市重点项目"]);
        // In a list each item's noun is its own, not the next item's name.
        assert_eq!(names("改扩建27条主次干道、4个路口、90条便民小路。"), ["改扩建主次干道", "路口", "便民小路"]);
        // 抓好 (a plan's verb) names nothing: the noun after the count does.
        assert_eq!(names("抓好7大优势果品生产基地建设。"), ["优势果品生产基地建设"]);
        assert_eq!(names("加快3家省级重大疫情救治基地建设。"), ["省级重大疫情救治基地建设"]);
        // (中 of 中心 is no filler.)
        assert_eq!(names("加快中心城区道路改造12条。"), ["中心城区道路改造"]);
        // Before 的 they say what kind, and stay.
        assert_eq!(names("去年6个板块参与的4个“飞地”项目已落地。"), ["板块参与", "板块参与的“飞地”项目"]);
        assert_eq!(names("去年企业反馈需市级协调的77个问题已全部解决。"), ["企业反馈需市级协调的问题"]);
        // 中 (among them) before the next figure closes the noun too.
        assert_eq!(names("今年新区58个省市重点项目中36个新建项目开工。")[0], "省市重点项目");
        // Not when only the clause's end closes it (主路贯通 is no noun).
        assert_eq!(names("去年东二环快速路4个立交桥主路贯通。"), ["东二环快速路"]);
    }

    #[test]
    fn a_count_before_another_count_is_named_by_the_noun_after_both() {
        assert_eq!(names("今年10大类23项民生实事有序推进。"), ["民生实事", "民生实事"]);
        assert_eq!(names("去年推出7批170个“微改革”项目。")[0], "推出“微改革”项目");
    }

    #[test]
    fn a_noun_after_a_figure_stops_before_the_next_number() {
        // At the next figure, and when the length cap falls inside a number (500强 is no figure).
        assert_eq!(names("去年49个国省考断面水质达标率100%。")[0], "国省考断面水质达标率");
        assert_eq!(names("去年33家企业入围中国民营制造业企业500强。")[0], "企业入围中国民营制造业企业");
        assert_eq!(names("去年33家企业入围中国民营企业500强。")[0], "企业入围中国民营企业500强");
    }

    #[test]
    fn verbs_before_a_count_leave_the_noun_to_name_it() {
        // 推进 and 推出 belong to the name as 新建 does; 聚焦 is stripped; 继续 is an adverb.
        assert_eq!(names("今年推进336个新型城镇化项目。")[0], "推进新型城镇化项目");
        assert_eq!(names("去年增发1万亿元国债。")[0], "增发国债");
        assert_eq!(names("今年聚焦37个县域特色产业。")[0], "县域特色产业");
        assert_eq!(names("今年继续实施20项民生工程。")[0], "实施民生工程");
        // 和美 and 高中 are words: 和 is no conjunction in them, 中 no "among".
        assert_eq!(names("今年打造200个左右省级和美乡村。")[0], "打造省级和美乡村");
        assert_eq!(names("今年创建省级特色普通高中30所。")[0], "创建省级特色普通高中");
        // A done action (了) before a count: who did it is not what is counted.
        assert_eq!(names("2021年开发区聚集了50个市级重点产业类项目，续建项目20个。")[0], "市级重点产业类项目");
    }

    #[test]
    fn a_generic_measure_is_of_the_figure_before_it() {
        let got = names("完成老旧小区改造项目19个，建筑面积28.15万平方米；新建学校3所，总投资5亿元。");
        assert_eq!(got[1], "老旧小区改造建筑面积");
        assert_eq!(got[3], "新建学校总投资");
        // A place alone names nothing: what is counted follows the figure.
        assert_eq!(names("辖区内40%小区实行垃圾分类。")[0], "小区实行垃圾分类");
    }

    #[test]
    fn words_holding_a_role_word_are_not_cut_by_it() {
        // 与 inside 参与, 共 inside 公共, 均 inside 平均 (平均为 is a result verb, stripped).
        assert_eq!(names("去年6个板块参与“飞地”项目建设。")[0], "板块参与“飞地”项目建设");
        assert_eq!(names("去年建成4个公共停车场。")[0], "建成公共停车场");
        assert_eq!(names("去年城镇调查失业率平均为5.2%。")[0], "城镇调查失业率");
        // 中 of 中央 is no "among"; 按 (at) is a filler.
        assert_eq!(names("今年中央预算内投资拟安排7000亿元。")[0], "中央预算内投资");
        assert_eq!(names("今年赤字率拟按3%安排。")[0], "赤字率");
        assert_eq!(names("去年句容到南京最快仅需16分钟。")[0], "句容到南京最快");
    }

    #[test]
    fn a_list_of_examples_names_its_count_by_their_class() {
        assert_eq!(names("去年承办路亚大奖赛、铁人三项赛、马拉松赛等国际国内赛事8场次。"), ["国际国内赛事"]);
        // 高等 is a word, not 等.
        assert_eq!(names("去年北大、清华等高等院校招生5万人。"), ["北大、清华等高等院校招生"]);
    }

    #[test]
    fn the_quorum_of_the_session_is_no_figure() {
        assert!(ind("会议应出席代表185名，实际出席168名，符合法定人数。").is_empty());
        assert_eq!(names("全年新增城镇就业2.1万人。"), ["新增城镇就业"]);
    }

    #[test]
    fn a_voltage_class_is_no_figure() {
        assert!(names("保西500千伏变电站正式投用。").is_empty());
        // The count of substations stays.
        let got = ind("新建500千伏变电站3座。");
        assert_eq!((got.len(), got[0].0.as_str(), got[0].1), (1, "变电站", Some(3.0)));
        // Nor a boiler's size: the boilers are counted.
        let got = ind("全市10蒸吨以下、主城区35蒸吨以下燃煤锅炉全部淘汰，淘汰燃煤锅炉106台。");
        assert_eq!(got.iter().map(|r| r.1).collect::<Vec<_>>(), [Some(106.0)]);
    }

    #[test]
    fn streaks_and_spans_of_time_are_no_figures() {
        // 连续 is an adverb: the streak is a time reference, and the measure after it keeps its name.
        assert!(ind("去年连续6年入选全国县域旅游综合实力百强县。").is_empty());
        assert_eq!(ind("去年新能源汽车销售增长65.1%，连续10个月增速保持在50%以上。").len(), 2);
        assert!(ind("今年积极推动化解长达11年的办证问题。").is_empty());
        assert_eq!(ind("特别是仅用100天就完成征地1.4万亩。").iter().map(|g| g.1).collect::<Vec<_>>(), [Some(1.4)]);
        assert!(ind("和1100万英雄智慧的保定人民携起手来。").is_empty());
        assert!(ind("今年落实农民收入十年倍增计划。").is_empty());
        assert!(ind("去年城乡居保养老金待遇实现13连涨。").is_empty());
        assert!(ind("实施信息技术产业三年“倍增”计划，提前13年完成压采任务，构建15分钟就医圈。").is_empty());
        // 城镇面貌三年大变样: the name of a three-year campaign (河北省 2008–2010).
        assert!(ind("以城镇面貌三年大变样为抓手，强力推进城市的拆迁改造。").is_empty());
        // A plan's goal over its span (河北省 2003).
        assert!(ind("实现国有企业改革和脱困三年目标。").is_empty());
        // And with the years it spans in parentheses (高阳县 2015).
        assert!(ind("按照保定市大气污染深入治理三年（2015-2017年）行动部署要求。").is_empty());
        // The span a change took is no figure; the change keeps the name before the span.
        assert_eq!(
            ind("PM2.5浓度三年下降20%。"),
            [("PM2.5浓度".into(), None, Some((Direction::Down, 20.0)), IndicatorKind::Actual)]
        );
        // 没有 (not) ends a name as 有 does.
        assert_eq!(names("民生实事有8项没有完成。"), ["民生实事"]);
        // The streak of a ranking is how long it held: the ranking alone is the figure.
        assert_eq!(
            ind("乳制品产量连续两年居全国第一。").iter().map(|g| g.3).collect::<Vec<_>>(),
            [IndicatorKind::Rank]
        );
        // The figure after a span of time is named from after the span's words, not from their last character.
        assert_eq!(
            names(
                "三年内建成5G基站3000个。5年间新增就业12万人。五年来累计完成造林50万亩。未来五年新增市场主体3500家。"
            ),
            ["建成5G基站", "新增就业", "造林", "新增市场主体"]
        );
        assert_eq!(names("全市森林覆盖率每年提高1.3个百分点，三年内达到26.5%。"), ["森林覆盖率", "森林覆盖率"]);
    }

    #[test]
    fn a_people_in_rhetoric_is_no_figure() {
        assert!(ind("这是34万丹徒人民只争朝夕的奋斗场景。").is_empty());
        assert!(ind("去年带领23万开发区人民劲舞龙头。").is_empty());
        assert_eq!(ind("去年惠及20万人民群众。").len(), 1);
        assert_eq!(ind("去年捐款五万人民币。").len(), 1);
    }

    #[test]
    fn a_year_that_tells_which_things_is_no_period() {
        // 保定市 2023: the year dates the buildings, not the parks built after it.
        let opts = Options { year: Some(2023), ..Options::default() };
        let text = "确保2000年前建成的老旧小区全部改造完成。建设100个口袋公园。";
        let periods: Vec<Option<String>> =
            parse(text, &opts).indicators.into_iter().map(|i| i.period.map(|p| p.text)).collect();
        assert_eq!(periods, [Some("2023年".to_string())]);
    }

    #[test]
    fn a_figure_set_by_a_later_year_is_a_target() {
        // 保定市 2023's scenes for 2025, in no plan part and with no cue.
        let opts = Options { year: Some(2023), ..Options::default() };
        let kinds = |text: &str| parse(text, &opts).indicators.into_iter().map(|i| i.kind).collect::<Vec<_>>();
        assert_eq!(
            kinds("三是都市现代农业强市场景。到2025年，农林牧渔业总产值达1000亿元以上。"),
            [IndicatorKind::Target]
        );
        // A later year read from elsewhere in the paragraph is no cue.
        assert_eq!(kinds("2035年远景目标。全年交付安置区21个。"), [IndicatorKind::Actual]);
    }

    #[test]
    fn kinds_follow_cues_and_sections() {
        let got = ind("一、2023年工作回顾\n一般公共预算收入50.05亿元。\n二、2024年主要工作安排\n确保一般公共预算收入突破52亿元。预计全年地区生产总值增长5%左右。");
        let kinds: Vec<IndicatorKind> = got.iter().map(|g| g.3).collect();
        assert_eq!(kinds, [IndicatorKind::Actual, IndicatorKind::Target, IndicatorKind::Estimate]);
        // A lead-in naming the expected targets governs the whole list after its colon, even in a review.
        let got = ind("一、2023年工作回顾\n全年生产总值增长5%。\n经济社会发展的主要预期目标是：生产总值增长6%以上，进出口总值增长5%左右。");
        assert_eq!(got[0].3, IndicatorKind::Actual);
        let got = &got[1..];
        assert!(got.iter().all(|g| g.3 == IndicatorKind::Target), "{got:?}");
        assert_eq!(ind("主要做了以下工作：生产总值增长6%，进出口总值增长5%。")[1].3, IndicatorKind::Actual);
        // So does one naming the main targets (河北省 2007).
        let got = ind("一、2006年工作回顾\n全年生产总值增长13%。\n今年经济社会发展的主要目标是：全省生产总值增长11%以上；全社会固定资产投资增长23%。");
        assert_eq!(
            got.iter().map(|g| g.3).collect::<Vec<_>>(),
            [IndicatorKind::Actual, IndicatorKind::Target, IndicatorKind::Target]
        );
        // A target a figure is compared with makes nothing a target (保定市 2007).
        let got = ind("全市城镇新增就业5.6万人，下岗职工再就业2.7万人，城镇登记失业率比省定目标低0.57个百分点。");
        assert!(got.iter().all(|g| g.3 == IndicatorKind::Actual), "{got:?}");
        // Nor a plan a share is of (保定市 2022, 高阳县 2018).
        let got = ind("2021年实施市以上重点项目502项、当年投资996.3亿元，完成全年计划的141.7%。完成投资14.8亿元，占年计划投资的126.5%。");
        assert!(got.iter().all(|g| g.3 == IndicatorKind::Actual), "{got:?}");
        // 计划生育 is no plan (河北省 2000).
        let got =
            ind("一、1999年工作回顾\n计划生育工作继续加强，人口自然增长率为6.73‰，连续九年较好地完成了人口控制计划。");
        assert_eq!(got[0].3, IndicatorKind::Actual);
        // A past word before 的 and a figure still tells the tense (高阳县 2019, in its plan part).
        let got =
            ind("二、2019年工作安排\n重点关注两类人员，一是去年脱贫的3403名贫困人口，严格落实脱贫不脱政策这一要求。");
        assert_eq!(got[1].3, IndicatorKind::Actual);
    }

    #[test]
    fn a_ranking_without_a_subject_ranks_the_figure_before_it_or_the_place() {
        // A generic one (总量) ranks the measure of the figure before it.
        assert_eq!(names("城中村改造启动459个，老旧小区改造3057个、总量居全国第二。")[2], "老旧小区改造总量");
        // A streak with no verb before the ranking is no figure either.
        assert!(ind("乳制品产量连续8年全国第一。").is_empty());
        let got = ind("研究与试验发展经费投入强度3.46%，连续11年居全省前列。");
        assert_eq!(got[1].0, "研究与试验发展经费投入强度");
        assert_eq!(got[1].3, IndicatorKind::Rank);
        assert_eq!(
            names("成功入选“中国工业百强县”名单，位列全国综合实力百强县市第49位。"),
            ["全国综合实力百强县市排名"]
        );
        // The figures of a ranking's scope and position are the ranking's, not indicators of their own.
        assert_eq!(names("在168个重点城市空气质量排名倒26名。"), ["空气质量"]);
    }

    #[test]
    fn a_level_reached_carries_the_level_it_started_from() {
        let opts = Options { year: Some(2008), ..Options::default() };
        let text = "一、2007年及过去五年工作回顾\n人均生产总值由2002年的8960元提高到20033元,全部财政收入年均增长22.9%,\
                    占GDP比重由9.1%提高到11%。上市公司由32家增加到54家。全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。\n\
                    参合标准由每人50元提高到100元。";
        let got = parse(text, &opts).indicators;
        // name, value, baseline and its period, period
        let rows: Vec<String> = got
            .iter()
            .map(|i| {
                let period = |p: &Option<crate::report::Period>| p.as_ref().map_or("-".to_string(), |p| p.text.clone());
                let value = i.value.as_ref().map_or("-".to_string(), |v| v.number.to_string());
                let baseline = i
                    .baseline
                    .as_ref()
                    .map_or("-".to_string(), |b| format!("{}@{}", b.value.number, period(&b.period)));
                format!("{} {value} {baseline} {}", i.name, period(&i.period))
            })
            .collect();
        assert_eq!(
            rows,
            [
                "人均生产总值 20033 8960@2002年 2007年",
                // The baseline's year is its own: the figures after it are of the year reviewed.
                "财政收入 - - 2007年",
                "占GDP比重 11 9.1@- 2007年",
                "上市公司 54 32@- 2007年",
                "全省生产总值 4.93 3.68@2020年 2025年",
                // What the level is per stands between 由 and it.
                "参合标准 100 50@- 2007年",
            ]
        );
        // The span holds the name, the baseline and the level reached.
        let span = &got[3].span;
        let quoted: String = text.encode_utf16().collect::<Vec<_>>()[span.start as usize..span.end as usize]
            .iter()
            .map(|&u| char::from_u32(u32::from(u)).unwrap_or('?'))
            .collect();
        assert_eq!(quoted, "上市公司由32家增加到54家");
        // Not a baseline: 由 in a word, figures of other units, or no level reached.
        for text in ["理由3个，增加到5个。", "由32家企业投资5亿元。", "由3个部门牵头，增加投入。"]
        {
            assert!(parse(text, &opts).indicators.iter().all(|i| i.baseline.is_none()), "{text}");
        }
    }

    #[test]
    fn a_news_piece_without_a_year_gives_its_parts_the_period_of_its_lead() {
        let text = "扬中 踔厉奋发 勇毅奋进\n\n上半年，扬中实现GDP301.5亿元。\n\n心齐力聚办好大事要事\n\n\
                    扎实推进产业强市，累计签约亿元以上项目20个。\n";
        let report = parse(text, &Options::default());
        assert_eq!(report.meta.doc_type, crate::report::DocType::NewsArticle);
        let periods: Vec<Option<String>> = report.indicators.into_iter().map(|i| i.period.map(|p| p.text)).collect();
        assert_eq!(periods, [Some("上半年".to_string()), Some("上半年".to_string())]);
        // Not the year its lead compares with.
        let text = "扬中 踔厉奋发 勇毅奋进\n\n扬中实现GDP301.5亿元，比去年增长5%。\n\n心齐力聚办好大事要事\n\n\
                    扎实推进产业强市，累计签约亿元以上项目20个。\n";
        let report = parse(text, &Options::default());
        assert!(report.indicators.iter().all(|i| i.period.is_none()), "{:?}", report.indicators);
    }

    #[test]
    fn the_year_a_change_compares_with_is_not_its_period() {
        let periods = |text: &str, year: i32| -> Vec<String> {
            let opts = Options { year: Some(year), ..Options::default() };
            parse(text, &opts)
                .indicators
                .iter()
                .map(|i| i.period.as_ref().map_or("-".into(), |p| p.text.clone()))
                .collect()
        };
        assert_eq!(
            periods("1-6月，全区亿元以上项目数量较去年同期增长58%，省重点新建项目100%开工建设。", 2022),
            ["1-6月", "1-6月"]
        );
        assert_eq!(periods("一、2010年工作回顾\n单位生产总值能耗比2005年下降20%。", 2011), ["2010年"]);
        // The year compared with is the change's: its basis and versus, not part of the name.
        let opts = Options { year: Some(2011), ..Options::default() };
        let got = parse("单位生产总值能耗比2005年下降20%，化学需氧量排放量较2010年底削减15%以上。", &opts).indicators;
        type Compared<'a> = (&'a str, Option<&'a str>, Option<i32>, Option<Direction>);
        let rows: Vec<Compared> = got
            .iter()
            .map(|i| {
                let c = i.change.as_ref();
                (
                    i.name.as_str(),
                    c.and_then(|c| c.basis.as_deref()),
                    c.and_then(|c| c.versus.as_ref()).and_then(|p| p.year),
                    c.map(|c| c.direction),
                )
            })
            .collect();
        assert_eq!(
            rows,
            [
                ("单位生产总值能耗", Some("vsYear"), Some(2005), Some(Direction::Down)),
                ("化学需氧量排放量", Some("vsYear"), Some(2010), Some(Direction::Down)),
            ]
        );
    }

    #[test]
    fn a_change_by_an_amount_is_a_change_of_the_level_before() {
        use Direction::Up;
        use IndicatorKind::Actual;
        // 保定市 2011: the change follows its level.
        let got = ind("全市贷款余额1162.6亿元，比2005年底增加631亿元。");
        assert_eq!(got, [("贷款余额".into(), Some(1162.6), Some((Up, 631.0)), Actual)]);
        // 河北省 2023: a standard raised by an amount, with no level given.
        assert_eq!(ind("孤儿月生活补贴提高300元。"), [("孤儿月生活补贴".into(), None, Some((Up, 300.0)), Actual)]);
        // 河北省 2006: 分别 hands each level its own.
        let got =
            ind("2005年城镇居民人均可支配收入9107.1元，农民人均纯收入3481.6元，分别比2000年增加3445.9元和1002.7元。");
        let changes: Vec<_> = got.iter().map(|g| (g.1, g.2)).collect();
        assert_eq!(changes, [(Some(9107.1), Some((Up, 3445.9))), (Some(3481.6), Some((Up, 1002.7)))]);
        // Seed 004: a net gain after its level.
        let got = ind("全市有效高企159家,年度凈增18家。");
        assert_eq!(got, [("有效高企".into(), Some(159.0), Some((Up, 18.0)), Actual)]);
        // Seed 001: an action counting other things (households, not projects) keeps its own name.
        let got = names("完成天波城北侧、眼镜小镇等5处搬迁房屋搬迁项目,共计搬迁162户,搬迁面积20.46万平方米。");
        assert_eq!(got, ["搬迁房屋搬迁项目", "搬迁", "搬迁面积"]);
        // 河北省 2003: the name of the level, not the period compared with.
        assert_eq!(names("累计实际使用外资74．2亿美元，比前五年增加13．8亿美元。"), ["实际使用外资"]);
    }

    #[test]
    fn an_action_on_a_counted_noun_is_no_change() {
        // 河北省 2021: 提升 a count of things (the noun follows); 高阳县 2018: 整改提升 firms.
        let got = ind("加快提升107个省级县域特色产业集群竞争力。");
        assert_eq!(got.iter().map(|g| (g.1, g.2)).collect::<Vec<_>>(), [(Some(107.0), None)]);
        assert!(ind("依法取缔351家、整改提升87家。").iter().all(|g| g.2.is_none()));
        // 保定市 2006: 5亿元以上 read as a level of money takes no count's change.
        let got = ind("全市投资亿元以上项目119个，5亿元以上41个，比上年分别增加19个和16个。");
        assert!(got.iter().all(|g| g.2.is_none()), "{got:?}");
    }

    #[test]
    fn changes_shared_out_by_fenbie_share_the_basis_of_the_first() {
        // name, change, its basis and the year it compares with
        type Row = (String, Option<f64>, Option<String>, Option<i32>);
        let rows = |text: &str| -> Vec<Row> {
            parse(text, &Options::default())
                .indicators
                .iter()
                .map(|i| {
                    let c = i.change.as_ref();
                    (
                        i.name.clone(),
                        c.map(|c| c.number),
                        c.and_then(|c| c.basis.clone()),
                        c.and_then(|c| c.versus.as_ref()).and_then(|p| p.year),
                    )
                })
                .collect()
        };
        // 河北省 2008: 五年平均 is an average over the years, and an adverb, not a name.
        let avg = Some("annualAverage".to_string());
        assert_eq!(
            rows("2007年城镇居民人均可支配收入达到11690.5元,农民人均纯收入4293.4元,五年平均分别增长11.8%和9.8%。"),
            [
                ("城镇居民人均可支配收入".to_string(), Some(11.8), avg.clone(), None),
                ("农民人均纯收入".to_string(), Some(9.8), avg, None)
            ]
        );
        // 保定市 2011: the year compared with is both changes'.
        let vs = Some("vsYear".to_string());
        assert_eq!(
            rows("城镇居民人均可支配收入15048元、农民人均纯收入5446元，分别比2005年增长63.7%和56.9%。"),
            [
                ("城镇居民人均可支配收入".to_string(), Some(63.7), vs.clone(), Some(2005)),
                ("农民人均纯收入".to_string(), Some(56.9), vs, Some(2005))
            ]
        );
    }

    #[test]
    fn an_adverb_before_a_figure_is_not_part_of_its_name() {
        // 河北省 2009 and 2011.
        assert_eq!(names("今年企业退休人员基本养老保险金再提高10%以上。"), ["企业退休人员基本养老保险金"]);
        assert!(names("又有20万农村贫困人口稳定脱贫。")[0].starts_with("农村贫困人口"));
        assert_eq!(
            names("“十二五”期间，省级项目库重点项目保持在10000个以上，各设区市一般在1000个以上，各县(市、区)一般在500个以上。"),
            ["省级项目库重点项目", "各设区市", "各县(市、区)"]
        );
    }

    #[test]
    fn what_a_review_says_was_won_is_no_target() {
        // 保定市 2025 (a review): 争取 a noun and its figure is what was won; in a plan (河北省 2010) it is striven for.
        let text = "一、2024年工作回顾\n抢抓国家政策机遇，争取增发国债项目383个、下达资金425.7亿元，\
                    争取专项债项目376个、下达资金174.3亿元。\n二、2025年工作安排\n争取新增境内外上市或报审企业10家左右。";
        let kinds: Vec<_> = parse(text, &Options::default())
            .indicators
            .iter()
            .map(|i| (i.value.as_ref().map(|v| v.number), i.kind))
            .collect();
        use IndicatorKind::{Actual, Target};
        assert_eq!(
            kinds,
            [
                (Some(383.0), Actual),
                (Some(425.7), Actual),
                (Some(376.0), Actual),
                (Some(174.3), Actual),
                (Some(10.0), Target)
            ]
        );
    }

    #[test]
    fn a_filler_before_the_year_compared_with_is_not_part_of_the_name() {
        assert_eq!(
            names("化学需氧量、氨氮、二氧化硫排放量分别比2010年削减4.49%、4.57%、4.94%。"),
            ["化学需氧量", "氨氮", "二氧化硫排放量"]
        );
        assert_eq!(names("工业废水排放量均比2010年下降5%。"), ["工业废水排放量"]);
    }

    #[test]
    fn a_multiple_of_another_years_level_is_named_by_the_figure_before_and_that_year() {
        // 河北省 2006: after the prices the multiples are at.
        assert_eq!(
            names(
                "全部财政收入完成1035.2亿元，其中一般预算收入515.7亿元，按可比口径计算分别是2000年的2.65倍和2.15倍。"
            ),
            ["财政收入", "一般预算收入", "财政收入是2000年", "一般预算收入是2000年"]
        );
        let opts = Options { year: Some(2011), ..Options::default() };
        let text = "一、2010年工作回顾\n地方一般预算收入408.3亿元、是2005年的2.3倍，服务业增加值6850亿元，相当于2005年的1.8倍。";
        let rows: Vec<(String, Option<String>)> =
            parse(text, &opts).indicators.into_iter().map(|i| (i.name, i.period.map(|p| p.text))).collect();
        let y = || Some("2010年".to_string());
        assert_eq!(
            rows,
            [
                ("地方一般预算收入".into(), y()),
                ("地方一般预算收入是2005年".into(), y()),
                ("服务业增加值".into(), y()),
                ("服务业增加值相当于2005年".into(), y()),
            ]
        );
        // After 分别, each multiple is of its level, in order.
        let names = names("财政收入2410.5亿元、地方一般预算收入1330.8亿元，分别是2005年的2.3倍和2.6倍。");
        assert_eq!(names[2..], ["财政收入是2005年", "地方一般预算收入是2005年"]);
    }

    #[test]
    fn an_older_plan_compared_with_is_no_name_and_no_period() {
        // 河北省 2006: what the last five years did against the plan before them.
        let text = "2005年，全社会固定资产投资1.4万亿元，是“九五”的1.6倍，装机容量比“九五”增加724万千瓦。";
        let got = parse(text, &Options { year: Some(2006), ..Options::default() }).indicators;
        let rows: Vec<(&str, Option<&str>)> =
            got.iter().map(|i| (i.name.as_str(), i.period.as_ref().map(|p| p.text.as_str()))).collect();
        assert_eq!(
            rows,
            [
                ("全社会固定资产投资", Some("2005年")),
                ("全社会固定资产投资是“九五”", Some("2005年")),
                ("装机容量", Some("2005年"))
            ]
        );
    }

    #[test]
    fn a_multiple_of_the_year_before_is_named_by_the_figure_before() {
        assert_eq!(names("新增信贷投入达到4400亿元，是上年同期的2.2倍。"), ["新增信贷投入", "新增信贷投入是上年同期"]);
    }

    #[test]
    fn levels_reached_from_a_list_of_baselines_carry_one_each() {
        // 河北省 2003: two baselines, a comma, then their two levels.
        let text = "农民人均纯收入2685元，年均增长3．3％；恩格尔系数分别由41．9％、50．3％，下降到35．4％和40％。";
        let got: Vec<_> = parse(text, &Options::default())
            .indicators
            .iter()
            .map(|i| (i.name.clone(), i.value.as_ref().map(|v| v.number), i.baseline.as_ref().map(|b| b.value.number)))
            .collect();
        assert_eq!(
            got[1..],
            [("恩格尔系数".to_string(), Some(35.4), Some(41.9)), ("恩格尔系数".to_string(), Some(40.0), Some(50.3))]
        );
    }

    #[test]
    fn a_baseline_at_a_years_end_keeps_its_year_to_itself() {
        let opts = Options { year: Some(2008), ..Options::default() };
        let text = "一、2007年及过去五年工作回顾\n城乡居民储蓄存款余额由2002年底的1200亿元增加到2400亿元，\
                    全部财政收入年均增长22.9%。";
        let got = parse(text, &opts).indicators;
        let period = |i: usize| got[i].period.as_ref().map(|p| p.text.clone());
        let baseline = got[0].baseline.as_ref().expect("a baseline");
        assert_eq!(
            (baseline.value.number, baseline.period.as_ref().map(|p| p.text.as_str())),
            (1200.0, Some("2002年"))
        );
        assert_eq!(got[1].name, "财政收入");
        // Of the year reviewed, not of the baseline's year-end.
        assert_eq!((period(0), period(1)), (Some("2007年".into()), Some("2007年".into())));
    }

    #[test]
    fn an_area_expanded_from_a_baseline_is_one_level() {
        // 保定市 2011, with its footnote marker; 拓展到 reaches a level as 扩大到 does.
        let got = parse("高新区通过托管共建[2]由13平方公里拓展到130平方公里。", &Options::default()).indicators;
        let rows: Vec<_> = got
            .iter()
            .map(|i| (i.name.as_str(), i.value.as_ref().map(|v| v.number), i.baseline.as_ref().map(|b| b.value.number)))
            .collect();
        assert_eq!(rows, [("高新区通过托管共建", Some(130.0), Some(13.0))]);
        // 保定市 2009: a name that opens with a quotation keeps all of it.
        assert_eq!(names("\"中国电谷\"发展空间由14平方公里扩大到130平方公里。"), ["“中国电谷”发展空间"]);
    }

    #[test]
    fn a_preposition_right_before_a_figure_is_not_part_of_its_name() {
        // 河北省 2003, 2009 and 2005 (调至 reaches a level, from a baseline).
        assert_eq!(
            names("恩格尔系数分别由41．9％、50．3％，下降到35．4％和40％。预计全省总人口在6990万人以内。"),
            ["恩格尔系数", "恩格尔系数", "总人口"]
        );
        let got = parse("职工月最低工资标准由250-350元调至420-520元。", &Options::default()).indicators;
        let baseline = got[0].baseline.as_ref().map(|b| b.value.number);
        assert_eq!((got.len(), got[0].name.as_str(), baseline), (1, "职工月最低工资标准", Some(250.0)));
    }

    #[test]
    fn a_year_a_level_is_compared_with_is_not_its_period() {
        // 河北省 2000: the targets of 今年, one of them 略高于去年水平.
        let text =
            "今年的主要预期目标是：国内生产总值增长9％左右；商品零售价格和居民消费价格总水平保持或略高于去年水平；\
                    城镇登记失业率控制在3.5％左右。";
        let got = parse(text, &Options { year: Some(2000), ..Options::default() }).indicators;
        let periods: Vec<_> = got.iter().map(|i| i.period.as_ref().map(|p| p.text.as_str())).collect();
        assert_eq!(periods, [Some("今年"), Some("今年")]);
    }

    #[test]
    fn an_aside_in_parentheses_does_not_part_a_figure_from_its_change() {
        let got = ind("全市生产总值完成2650.6亿元（不含定州，下同）、增长9%，高于全省0.8个百分点。");
        assert_eq!(got[0], ("全市生产总值".into(), Some(2650.6), Some((Direction::Up, 9.0)), IndicatorKind::Actual));
        assert_eq!(ind("人口自然增长率控制在7.8‰以内。")[0].0, "人口自然增长率");
        assert_eq!(got[1].0, "全市生产总值高于全省");
    }

    #[test]
    fn a_topic_alone_in_the_clause_before_names_a_figure_without_a_name() {
        assert_eq!(names("服务业，增长10.7%。"), ["服务业"]);
        assert_eq!(
            names("境内外多层次资本市场挂牌上市企业，由2007年的48家增加到2012年的132家。"),
            ["境内外多层次资本市场挂牌上市企业"]
        );
        // Not when words other than a verb stand before the figure in its clause, nor for a clause that is a
        // sentence of its own.
        assert!(names("货币政策精准有力，两次降低存款准备金率。").iter().all(|n| n != "货币政策精准有力"));
        assert_eq!(names("各项工作扎实推进，增长10.7%。"), Vec::<String>::new());
    }

    #[test]
    fn a_span_of_time_before_an_action_is_no_figure() {
        assert_eq!(names("城镇就业五年新增316.5万人。"), ["城镇就业新增"]);
        // Nor the time an action took (保定市 2006, 高阳县 2019).
        assert_eq!(
            names("仅用两个多月时间就完成了南水北调保定段8.8万亩永久和临时占地的征迁、补偿工作。"),
            ["南水北调保定段"]
        );
        assert_eq!(names("利用三年时间完成植树2.3万亩，增加雄安新区绿色屏障厚度。"), ["植树"]);
        // 床位数五年: 数 is no vague 数 here; and the figure before in the sentence does not name the count.
        assert_eq!(
            names("新农合筹资标准由100元提高到290元，养老机构床位数五年新增14.3万张。"),
            ["新农合筹资标准", "养老机构床位数新增"]
        );
    }

    #[test]
    fn each_count_joined_by_he_counts_its_own_noun() {
        assert_eq!(
            names("切实抓好300家知识产权优势企业和30个知识产权优势县培育工程。"),
            ["知识产权优势企业", "知识产权优势县培育工程"]
        );
        assert_eq!(names("重点支持12个基地和12个园区建设。"), ["基地", "园区建设"]);
        // 高阳县 2018: past an aside in parentheses, and after a list marker (五是).
        assert_eq!(
            names("33个机关事业单位和181所农村中小学校（幼儿园）、8所乡镇卫生院、2所敬老院全部完成煤改气或煤改电。"),
            ["机关事业单位", "农村中小学校", "乡镇卫生院", "敬老院"]
        );
        assert_eq!(names("五是181所农村中小学校（幼儿园）和8所乡镇卫生院煤改气、煤改电攻坚战。")[0], "农村中小学校");
    }

    #[test]
    fn over_fulfilled_is_an_adverb_not_the_verb_over() {
        // 河北省 2023: 超额 is not 超 (a result verb, stripped from a name's edge) and 额.
        assert_eq!(names("超额完成6大行业去产能任务，钢铁产能由2.39亿吨减至1.9亿多吨。")[0], "行业去产能任务");
    }

    #[test]
    fn a_long_noun_after_a_figure_is_cut_between_words() {
        // 河北省 2009: at most 16 characters, ending with a whole word (not 创 of 创建).
        let got = names("完成100所省级标准化社区卫生服务示范机构创建，确保年内街道卫生服务覆盖率达到95%以上。");
        assert_eq!(got[0], "省级标准化社区卫生服务示范机构");
    }

    #[test]
    fn what_an_action_builds_or_a_list_holds_runs_through_he() {
        // 河北省 2018 and 2010: the object of 新建, and an item of a list, is two nouns joined by 和.
        assert_eq!(
            names("农村低保平均标准提高12.5%，新建95家社区和居家养老服务中心。")[1],
            "新建社区和居家养老服务中心"
        );
        assert_eq!(
            names(
                "深入开展全民健身运动，建设4200个农民体育健身工程、230个城区公园和广场健身工程，举办好第十三届省运会。"
            ),
            ["建设农民体育健身工程", "城区公园和广场健身工程"]
        );
        // 河北省 2009: so the next item's count is named by its own noun, not by the joined one before it.
        let got = names("重点抓好200家省级以上企业技术中心、130家重点实验室和工程技术研究中心、5个产学研技术创新联盟“三大平台”建设。");
        assert_eq!(got[..2], ["省级以上企业技术中心", "重点实验室和工程技术研究中心"]);
        assert_eq!(got[2], "产学研技术创新联盟“三大平台”");
        // 保定市 2022, 高阳县 2017: counted subjects, whose clause goes on after 和 with what they do.
        assert_eq!(names("105家医疗卫生机构与京津80余家院校和机构深度合作，更多高水平的医疗服务走进保定。")[1], "院校");
        assert_eq!(names("“好农机商城”建成运营，300多家企业和商户上传产品3万余种。")[0], "企业");
    }

    #[test]
    fn a_gap_to_a_growth_rate_is_no_change() {
        // 增速 is a change word; after 高于 it names the level compared with. 7个 shares the 百分点 after 5个.
        let got = ind("装备制造业增加值增长12%，高于规模以上工业增速7个百分点。");
        assert_eq!(got[1], ("装备制造业增加值高于规模以上工业增速".into(), Some(7.0), None, IndicatorKind::Actual));
        let got = ind("高新技术产业、装备制造业增加值分别增长12%和10%，高于规模以上工业增速7个和5个百分点。");
        let gaps: Vec<_> = got[2..].iter().map(|r| (r.1, r.2)).collect();
        assert_eq!(gaps, [(Some(7.0), None), (Some(5.0), None)]);
        // And 分别 before the comparison does not split the level compared with into names.
        let got = ind("第三产业增加值增长10%，分别高于一、二产业增速5.4和2.3个百分点。");
        let gaps: Vec<_> = got[1..].iter().map(|r| (r.0.as_str(), r.1, r.2)).collect();
        let name = "第三产业增加值高于一、二产业增速";
        assert_eq!(gaps, [(name, Some(5.4), None), (name, Some(2.3), None)]);
    }

    #[test]
    fn growth_at_comparable_prices_is_a_change_of_the_figure_before() {
        let got = ind("全省一般公共预算收入2446.6亿元、可比增长9.2%。");
        assert_eq!(got, [("一般公共预算收入".into(), Some(2446.6), Some((Direction::Up, 9.2)), IndicatorKind::Actual)]);
    }

    #[test]
    fn a_name_keeps_the_quotes_of_a_quotation_it_holds() {
        assert_eq!(names("淘汰“黄标车”4.5万辆。"), ["淘汰“黄标车”"]);
        assert_eq!(names("“四上”企业达到634家。"), ["“四上”企业"]);
        // Straight quotes are paired as Chinese ones first (normalize/quotes.rs).
        assert_eq!(names("财政用于\"三农\"的支出1242.5亿元。"), ["财政用于“三农”的支出"]);
    }

    #[test]
    fn the_years_spoken_of_are_no_figure() {
        for text in
            ["这五年，我们全力推动高质量发展。", "过去的五年，是极不平凡的五年。", "这五年里，全市上下团结奋斗。"]
        {
            assert_eq!(names(text), Vec::<String>::new(), "{text}");
        }
        assert_eq!(names("安全生产连续5年无重特大事故。"), ["安全生产"]);
    }

    #[test]
    fn the_period_words_a_name_opens_with_are_its_period() {
        let got = ind("力争到2015年城镇居民人均可支配收入达到24300元以上，“十二五”末通车里程达到8000公里。");
        assert_eq!((got[0].0.as_str(), got[1].0.as_str()), ("城镇居民人均可支配收入", "通车里程"));
        let opts = Options { year: Some(2011), ..Options::default() };
        let periods: Vec<Option<String>> = parse("“十二五”末通车里程达到8000公里。", &opts)
            .indicators
            .iter()
            .map(|i| i.period.as_ref().and_then(|p| p.to.clone()))
            .collect();
        assert_eq!(periods, [Some("2015-12".into())]);
        // 形成 is a result verb as 实现 is, and 增加值 a word (not the change 增加).
        assert_eq!(
            names("2025年形成年产值达500亿元的纺织产业集群，文化产业增加值完成1500亿元。"),
            ["年产值", "文化产业增加值"]
        );
    }

    #[test]
    fn prepositions_open_clauses_not_names() {
        // Not inside a word: 对外, and 达 of 达标 is no verb.
        assert_eq!(names("对外直接投资增长40%，达标天数增加16天。"), ["对外直接投资", "达标天数"]);
        assert_eq!(names("近岸海域水质优良比率达到98.7%。"), ["近岸海域水质优良比率"]);
        assert_eq!(names("累计向白洋淀及上游河道生态补水14.8亿立方米。"), ["白洋淀及上游河道生态补水"]);
        assert_eq!(names("创新运用微信小程序，对全区近20万人进行排查摸底。"), ["排查摸底"]);
    }

    #[test]
    fn a_count_is_named_by_the_result_after_it_when_that_closes_the_clause() {
        assert_eq!(names("涞水、易县达到脱贫标准，全市15万人实现脱贫。"), ["实现脱贫"]);
        assert!(!names("55户省管企业已有31户完成改制，其中24户实现董事长、总经理分设。")
            .contains(&"实现董事长".to_string()));
    }

    #[test]
    fn a_list_of_what_is_done_names_a_figure_by_its_last_item_when_that_has_its_own_period() {
        // Seed 000 and 河北省 2011: the items before the 、 are other results, with another period or none.
        assert_eq!(names("确保三季度重大项目全部开工、全年完成投资超42.4亿元；"), ["完成投资"]);
        assert_eq!(names("粮食生产连续七年丰收、去年总产接近600亿斤;").last().map(String::as_str), Some("总产"));
    }

    #[test]
    fn what_the_counted_do_is_no_part_of_their_name() {
        // Seed 001: 活跃 ends the noun a count counts; 河北省 2003: 前来 is what the firms counted did.
        assert_eq!(names("开发区机关42支志愿服务队活跃在开发区,开展理论宣讲。"), ["志愿服务队"]);
        assert_eq!(
            names("累计实际使用外资74.2亿美元，世界500强企业有42家前来我省投资；"),
            ["实际使用外资", "世界500强企业"]
        );
    }

    #[test]
    fn counts_listed_by_level_share_the_noun_of_the_last() {
        assert_eq!(
            names("推进8个国家级、4个省级区域医疗中心建设。"),
            ["推进国家级区域医疗中心建设", "省级区域医疗中心建设"]
        );
        assert_eq!(
            names("全市现有3个国家级、12个省级现代农业产业园。"),
            ["国家级现代农业产业园", "省级现代农业产业园"]
        );
    }
}
