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
    /// Quantified results and targets.
    pub indicators: Vec<Indicator>,
    /// What the government promises.
    pub commitments: Vec<Commitment>,
    /// Problems found in the text, as data.
    pub warnings: Vec<Warning>,
    /// The cleaned text, present when [`Options::include_normalized_text`] is set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub normalized_text: Option<String>,
}

/// What the document is.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    /// The script the input was written in.
    pub script: Script,
    /// The year the report plans for, when known.
    pub year: Option<i32>,
    /// The region the report speaks for, when known.
    pub region: Option<String>,
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
    /// Actual, target, estimate or rank.
    pub kind: IndicatorKind,
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
    /// `%`, `个百分点` or `倍`.
    pub unit: String,
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
    /// Indices into `indicators` of the quantified targets it carries.
    pub indicators: Vec<usize>,
    /// Whether it carries a number.
    pub quantified: bool,
    /// The clause in the original input.
    pub span: Span,
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
}

/// What [`crate::parse`] is asked to do.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// Put the cleaned text into [`Report::normalized_text`].
    pub include_normalized_text: bool,
    /// The year the report plans for, when the text does not say.
    pub year: Option<i32>,
    /// The region the report speaks for, when the text does not say.
    pub region: Option<String>,
}
