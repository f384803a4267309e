//! The result types: one JSON shape for the Rust API, the wasm/npm API and the
//! CLI (see `ARCHITECTURE.md`). Field names are camelCase on the wire.

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// Version of the [`Report`] shape; bumped when a contract field changes.
pub const SCHEMA_VERSION: u32 = 1;

/// Everything zhibiao reads from one text.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Report {
    /// Version of this shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// What the document is.
    pub meta: Meta,
    /// The articles in the paste (one for a plain report).
    pub documents: Vec<Document>,
    /// Headings and the parts they open, in order.
    pub sections: Vec<Section>,
    /// Footnote definitions at the end of a report, linked to where the terms are used.
    pub glossary: Vec<GlossaryEntry>,
    /// Quantified results and targets.
    pub indicators: Vec<Indicator>,
    /// What the government promises.
    pub commitments: Vec<Commitment>,
    /// Problems found in the text, as data.
    pub warnings: Vec<Warning>,
    /// The cleaned text, present when [`Options::include_normalized_text`] is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized_text: Option<String>,
    /// Every quantity, as [`crate::quantities`] gives them, present when
    /// [`Options::include_quantities`] is set (one pass instead of two).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantities: Option<Vec<Quantity>>,
}

/// What the document is.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The title, when the text gives one.
    pub title: Option<String>,
    /// The region the report speaks for (句容市), when known.
    pub region: Option<String>,
    /// The level of that region.
    pub region_level: Option<RegionLevel>,
    /// The year the report plans for, when known.
    pub year: Option<i32>,
    /// The year it reviews, when known.
    pub review_year: Option<i32>,
    /// The date the report was given or published (`2024-01-10`).
    pub date: Option<String>,
    /// Who gave the report (束克之).
    pub speaker: Option<String>,
    /// The speaker's title (市长).
    pub speaker_title: Option<String>,
    /// What kind of text this is.
    pub doc_type: DocType,
    /// The script the input was written in.
    pub script: Script,
}

/// Administrative level of a region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum RegionLevel {
    /// 国务院, 全国.
    National,
    /// 省, 自治区, 直辖市.
    Province,
    /// 市 (prefecture or county-level city).
    City,
    /// 县.
    County,
    /// 区.
    District,
    /// 开发区, 新区, 高新区.
    Zone,
}

/// What kind of text a paste is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum DocType {
    /// A government work report as delivered.
    #[default]
    WorkReport,
    /// A newspaper article about a government's work.
    NewsArticle,
    /// Several short items or headlines.
    Digest,
}

/// One article of a paste.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Document {
    /// Its title.
    pub title: String,
    /// The region it is about, when known.
    pub region: Option<String>,
    /// Where it stands in the input.
    pub span: Span,
}

/// A heading and the part it opens.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Section {
    /// The heading as cleaned text.
    pub title: String,
    /// 1 for 一、, 2 for (一), 3 for 1.
    pub level: u8,
    /// Whether the part reviews, plans, or something else.
    pub role: SectionRole,
    /// The heading and its part in the input.
    pub span: Span,
}

/// What a part of a report does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum SectionRole {
    /// Reviews a past period.
    Review,
    /// Plans a coming period.
    Plan,
    /// 政府自身建设.
    SelfBuilding,
    /// Footnote definitions.
    Glossary,
    /// Anything else.
    Other,
}

/// A footnote definition: `①“四上”企业：规模以上工业企业…`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlossaryEntry {
    /// The term as defined (`“四上”企业`).
    pub term: String,
    /// Its definition.
    pub definition: String,
    /// The definition in the input.
    pub span: Span,
    /// Where the report uses the term (at most 20 places).
    pub uses: Vec<Span>,
}

/// The period a figure refers to.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Period {
    /// As the text gives it (`上半年`), or as the document implies (`2023年`).
    pub text: String,
    /// The year, when known.
    pub year: Option<i32>,
    /// First month, `YYYY-MM`, when known.
    pub from: Option<String>,
    /// Last month, `YYYY-MM`, when known.
    pub to: Option<String>,
}

/// A ranking: 列镇江各市(区)首位 → position 1 in 镇江各市(区).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rank {
    /// 1 for 首位/第一.
    pub position: Option<u32>,
    /// Whether `position` counts from the end (`倒数第3`, `倒26名`).
    pub from_end: bool,
    /// Among whom.
    pub scope: String,
    /// The ranking as written (列全市第1, 居全市前列).
    pub text: String,
}

/// A deadline of a commitment.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Deadline {
    /// As written (全年, 年底前, 2025年底前).
    pub text: String,
    /// The year, when known.
    pub year: Option<i32>,
    /// The last day, `YYYY-MM-DD`, when known.
    pub by: Option<String>,
}

/// The script of the input.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Script {
    /// Simplified characters only (or no Han characters at all).
    #[default]
    Simplified,
    /// Mostly traditional characters.
    Traditional,
    /// A noticeable share of both.
    Mixed,
}

/// A quantified result or target.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Indicator {
    /// The indicator as the text names it, cleaned.
    pub name: String,
    /// Canonical id from the taxonomy, when one fits.
    pub canonical: Option<String>,
    /// Canonical Chinese name, when `canonical` is set.
    pub canonical_name: Option<String>,
    /// The level the figure states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<Value>,
    /// The change the figure states.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub change: Option<Change>,
    /// The level the figure started from, when the text states it (由25.6亿元增加到180亿元: 25.6亿元;
    /// `value` is the level reached).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<Baseline>,
    /// Actual, target, estimate or rank.
    pub kind: IndicatorKind,
    /// The period the figure refers to.
    pub period: Option<Period>,
    /// The ranking, for kind `rank`.
    pub rank: Option<Rank>,
    /// The region the figure is about.
    pub region: Option<String>,
    /// Index into `sections` of the part it stands in.
    pub section: Option<usize>,
    /// The quantity and its name in the original input.
    pub span: Span,
}

/// Whether a figure is a result or a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum IndicatorKind {
    /// A result achieved.
    Actual,
    /// A goal.
    Target,
    /// An expected result (预计).
    Estimate,
    /// A ranking.
    Rank,
}

/// A stated level: number, unit, and the same in the base unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Value {
    /// The number as written, in `unit` (the low end of a range).
    pub number: f64,
    /// The unit as written, with its scale (`亿元`).
    pub unit: String,
    /// The value in the base unit (`元`), when the unit has one.
    pub base: Option<BaseValue>,
    /// How the text bounds the number.
    pub qualifier: Qualifier,
    /// Low end of a range.
    pub min: Option<f64>,
    /// High end of a range.
    pub max: Option<f64>,
}

/// Where a level started: 人均生产总值由2002年的8960元提高到20033元 → 8960元 in 2002.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Baseline {
    /// The level.
    pub value: Value,
    /// Its period, when the text gives one with it (由2002年的…); else none.
    pub period: Option<Period>,
}

/// A value converted to its base unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BaseValue {
    /// The number in `unit`.
    pub number: f64,
    /// The base unit (`元`, `人`, `平方米`…).
    pub unit: String,
}

/// A stated change: growth or decline.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Change {
    /// Up, down or flat.
    pub direction: Direction,
    /// Size of the change (never negative; the direction carries the sign).
    pub number: f64,
    /// `%`, `个百分点` or `倍`; or the unit of an amount (比上年增加1800亿元 → `亿元`, 提高30元 → `元`).
    pub unit: String,
    /// Compared with what: `yoy` (同比), `vsPreviousYear` (比上年), `annualAverage` (年均), `vsYear` (比2005年: the
    /// year is in `versus`)…
    pub basis: Option<String>,
    /// The period compared with, when the text names it (比2005年下降20% → 2005年); else none.
    pub versus: Option<Period>,
    /// How the text bounds the number.
    pub qualifier: Qualifier,
    /// Low end of a range.
    pub min: Option<f64>,
    /// High end of a range.
    pub max: Option<f64>,
}

/// Direction of a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Direction {
    /// 增长, 提高, 上升…
    Up,
    /// 下降, 降低, 回落…
    Down,
    /// 持平
    Flat,
}

/// How the text bounds a number (左右, 以上, 以内, 突破, 近, 余…).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Qualifier {
    /// Stated as is.
    Exact,
    /// 左右, 约: about.
    Approx,
    /// 以上, 不少于, 不低于, 至少: at least.
    AtLeast,
    /// 以下, 以内, 不超过, 控制在…以内: at most.
    AtMost,
    /// 超, 超过, 突破, 逾: more than.
    Exceeds,
    /// 近, 接近: a little under.
    Near,
    /// 余, 多: the number plus an unstated remainder (at least the number).
    Over,
    /// `5%-6%`, `5至6个`: see `min`/`max`.
    Range,
}

/// A promise the government makes.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Commitment {
    /// The clause as cleaned text.
    pub text: String,
    /// The cue word (确保, 力争…).
    pub cue: String,
    /// How firm the promise is.
    pub strength: Strength,
    /// The field it belongs to.
    pub category: Category,
    /// By when, when the text says.
    pub deadline: Option<Deadline>,
    /// Indices into `indicators` of the quantified targets it carries.
    pub indicators: Vec<usize>,
    /// Whether it carries a number.
    pub quantified: bool,
    /// The clause in the original input.
    pub span: Span,
}

/// The field a commitment belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Category {
    /// Growth, fiscal, finance.
    Economy,
    /// Industry and projects.
    Industry,
    /// Innovation and talent.
    Innovation,
    /// Opening-up, trade, investment attraction.
    Openness,
    /// Consumption and services.
    Consumption,
    /// Urban development and transport.
    UrbanRural,
    /// Agriculture and rural areas.
    Agriculture,
    /// Environment.
    Ecology,
    /// Jobs, education, health, elderly care, social security.
    Livelihood,
    /// Safety and risk.
    Safety,
    /// Government itself, reform, rule of law.
    Governance,
    /// Anything else.
    Other,
}

impl Category {
    /// The category named by its wire id (`urbanRural`).
    pub fn from_id(id: &str) -> Option<Category> {
        use Category::*;
        Some(match id {
            "economy" => Economy,
            "industry" => Industry,
            "innovation" => Innovation,
            "openness" => Openness,
            "consumption" => Consumption,
            "urbanRural" => UrbanRural,
            "agriculture" => Agriculture,
            "ecology" => Ecology,
            "livelihood" => Livelihood,
            "safety" => Safety,
            "governance" => Governance,
            "other" => Other,
            _ => return None,
        })
    }
}

/// How firm a promise is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Strength {
    /// 确保, 坚决, 必须, 务必.
    Must,
    /// 力争, 争取, 努力.
    Strive,
    /// 计划, 将, 拟, 安排, 目标.
    Plan,
    /// 持续, 继续, 深入推进.
    Continue,
}

/// A number the text states, before a name is attached.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quantity {
    /// The cleaned text of the quantity, qualifiers included.
    pub text: String,
    /// The number in `unit` (the low end of a range).
    pub number: f64,
    /// The unit as written with its scale (`亿元`), empty for a bare count.
    pub unit: String,
    /// The value in the base unit, when the unit has one.
    pub base: Option<BaseValue>,
    /// How the text bounds the number.
    pub qualifier: Qualifier,
    /// Low end of a range.
    pub min: Option<f64>,
    /// High end of a range.
    pub max: Option<f64>,
    /// Where the quantity stands in the original input.
    pub span: Span,
}

/// A problem with the content, reported as data rather than thrown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Stable machine-readable code.
    pub code: WarningCode,
    /// A sentence for people.
    pub message: String,
    /// Where, in the original input, when it concerns a place.
    pub span: Option<Span>,
}

/// The kinds of [`Warning`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum WarningCode {
    /// The input is empty or blank.
    EmptyInput,
    /// No Han characters: probably not a report.
    NoChineseText,
    /// The input held control or other non-text characters, which were dropped.
    ControlCharactersRemoved,
    /// HTML tags or entities were found and removed or decoded.
    MarkupRemoved,
    /// Literal escape sequences (`\n`) stood for line breaks.
    EscapesDecoded,
    /// Pinyin readings after characters, such as `現(xiàn)`, were removed.
    PinyinAnnotationsRemoved,
    /// Traditional characters were converted to simplified.
    TraditionalConverted,
    /// Lines broken inside a word were joined.
    LineWrapsRepaired,
    /// Footnote markers were removed from the running text.
    FootnoteMarkersRemoved,
    /// Characters were lost before the text reached zhibiao (`?`, U+FFFD, mojibake).
    LostCharacters,
    /// A byline, credit or site furniture; not read for figures.
    PageFurniture,
    /// A paragraph repeats an earlier one; not read for figures twice.
    DuplicateText,
    /// The text names no year, so 今年 and 上半年 cannot be dated.
    NoYear,
}

/// What [`crate::parse`] is asked to do.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Put the cleaned text into [`Report::normalized_text`].
    pub include_normalized_text: bool,
    /// Put every quantity into [`Report::quantities`].
    pub include_quantities: bool,
    /// The year the report plans for, when the text does not say.
    pub year: Option<i32>,
    /// The region the report speaks for, when the text does not say.
    pub region: Option<String>,
}
