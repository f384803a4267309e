//! Quantity recognition: every number the text states, with its unit, scale,
//! qualifier and range, in the normalized text. Years, dates, ordinals, plan
//! and meeting names, codes, list numbers and names in quotes are not
//! quantities (see [`exclude`]).
//!
//! A quantity is read in this order: an optional sign (`-3.5%`, `−3.5%`), the
//! number ([`numeral`]: Arabic, Chinese, mixed `3万4000`, a bare `百`/`千`/`万`
//! after a qualifier or before `余`/`多`, or a [`fraction`]), then `余`/`多`,
//! the scale (`万`, `亿`, `万亿`, `兆` before money and weight, `3万多亿` =
//! over 3万亿), `余`/`多` again, and the unit ([`units`], `个多月` = over
//! n 个月). One space may stand around the number (`总投资 303.5 亿元`). A
//! second amount after a connector makes a range (`5%-6%`, `5至6个`,
//! `8000万至1.2亿元`, `5%与6%之间`), and two neighbouring Chinese digits
//! before a unit make one too (`两三个`, `三四十万`).
//!
//! Meanings fixed here, for every caller:
//! - `多` and `余` ([`Qualifier::Over`]): the stated number plus an unstated
//!   remainder below one step of its last written place: `3.7万余个` is at
//!   least 37,000 and under 38,000, `800多场次` 800 to 899. `number` is the
//!   stated number; `min`/`max` stay empty.
//! - `成` is tenths: `两成` is 2 成, base 20 %.
//! - A fraction is given as a percentage: `三分之一` is 33.3333333333 %
//!   (`千分之五` stays 5 ‰).
//! - A range's `number` is its low end; when the two ends have different
//!   scales the low end is converted to the high end's (`8000万至1.2亿元` is
//!   0.8–1.2 亿元).
//! - A negative number keeps its sign in `number`, `base` and `min`.
//! - So many units of one size are their total: `2×60万千瓦` is 120 万千瓦.
//! - A measure word missing from the unit table leaves an Arabic number
//!   without unit (`13连涨` is 13) and a Chinese numeral out (`五早`): add
//!   the word to `data/units.tsv` to read it.

mod exclude;
mod fraction;
mod numeral;
mod qualifier;
mod units;

use crate::chars::has;
use crate::report::{BaseValue, Qualifier};
use numeral::{arabic, arabic_mixed, bare_multiplier, chinese, chinese_digit, is_chinese_numeral, Decimal};
use std::ops::Range;
pub use units::Unit;

/// A quantity found in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    /// Bytes of the normalized text, qualifiers included.
    pub range: Range<usize>,
    /// Bytes of the number and unit alone.
    pub core: Range<usize>,
    /// The number in the written unit (low end of a range).
    pub number: f64,
    /// The written unit with its scale.
    pub unit: String,
    /// The unit family (`money`, `ratio`, `change`, `count`, `scale`…), empty without unit.
    pub kind: &'static str,
    /// The value in the base unit.
    pub base: Option<BaseValue>,
    /// How the text bounds the number.
    pub qualifier: Qualifier,
    /// Range ends.
    pub min: Option<f64>,
    /// Range ends.
    pub max: Option<f64>,
}

/// One side of a quantity: a number with its scale and unit.
#[derive(Debug, Clone, Copy)]
struct Amount {
    value: Decimal,
    /// Start of the number itself.
    start: usize,
    /// End of the number itself (before scale and unit).
    number_end: usize,
    scale: Option<Unit>,
    /// `余`/`多` between number, scale and unit.
    over: bool,
    unit: Option<Unit>,
    end: usize,
    chinese: bool,
}

impl Amount {
    fn written_unit(&self) -> String {
        let mut s = String::new();
        if let Some(sc) = self.scale {
            s.push_str(sc.written);
        }
        if let Some(u) = self.unit {
            s.push_str(u.written);
        }
        s
    }

    fn kind(&self) -> &'static str {
        self.unit.or(self.scale).map_or("", |u| u.kind)
    }

    fn base(&self, sign: f64) -> Option<BaseValue> {
        let scaled = self.value.shift(scale_power(self.scale));
        match self.unit {
            Some(u) => {
                let base = u.base?;
                let n = if u.factor == 1.0 { scaled.to_f64() } else { round_sig(scaled.to_f64() * u.factor) };
                Some(BaseValue { number: sign * n, unit: base.to_string() })
            }
            None => self.scale.map(|_| BaseValue { number: sign * scaled.to_f64(), unit: String::new() }),
        }
    }
}

/// The power of ten of a scale word (万 → 4).
fn scale_power(scale: Option<Unit>) -> i32 {
    scale.map_or(0, |s| s.factor.log10().round() as i32)
}

/// Rounds to 12 significant digits, so that `2000/3 × 3` reads 2000.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = 10f64.powi(11 - x.abs().log10().floor() as i32);
    (x * mag).round() / mag
}

/// Whether `c` may start a number (the place and section words only when [`amount`] finds them standing
/// alone or starting a fraction).
fn may_start(c: char) -> bool {
    // Every character that may start a number is a digit or a numeral character: most are neither, and
    // the bit table rules them out before the finer checks.
    c.is_ascii_digit()
        || is_chinese_numeral(c)
            && ((chinese_digit(c).is_some() && !matches!(c, '零' | '〇'))
                || matches!(c, '十' | '百' | '千' | '万' | '亿'))
}

/// Every quantity in `text`, skipping bytes for which `skip` is true.
pub fn scan(text: &str, skip: impl Fn(usize) -> bool) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    // Where the last quantity ended: the words before the next one (a sign, 多达) start here at the earliest.
    let mut floor = 0;
    // Only a character that may start a number is looked at further (the one before it is decoded
    // then): most are not, and the loop over them is most of the scan.
    while let Some((at, c)) = text[i..].char_indices().find(|&(_, c)| may_start(c)) {
        let at = i + at;
        let prev = text[..at].chars().next_back();
        let mid_token =
            prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || (!c.is_ascii_digit() && is_chinese_numeral(p)));
        if !mid_token && !skip(at) {
            if let Some((found, end)) = quantity_at(text, at, floor) {
                i = end;
                floor = end;
                if let Some(f) = found {
                    out.push(f);
                }
                continue;
            }
        }
        i = at + c.len_utf8();
    }
    share_units(text, &mut out);
    out
}

/// In a list, a bare number takes the unit written once after the last (分别增长9.4和8.1%, 分别达到14和25平方米),
/// and a 个 the 百分点 after it (提高9.4个和8.1个百分点: rates, not counts).
fn share_units(text: &str, found: &mut [Found]) {
    for k in (1..found.len()).rev() {
        let (head, tail) = found.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &tail[0]);
        let joined = matches!(&text[a.range.end..b.range.start], "和" | "、" | "与" | "及");
        let shares = match a.unit.as_str() {
            "" => !b.unit.is_empty(),
            "个" => b.unit == "个百分点",
            _ => false,
        };
        if joined && shares && a.range.end == a.core.end && b.number != 0.0 {
            a.unit.clone_from(&b.unit);
            a.kind = b.kind;
            a.base = b.base.as_ref().map(|base| BaseValue {
                number: round_sig(a.number * (base.number / b.number)),
                unit: base.unit.clone(),
            });
        }
    }
}

/// Words joining the two ends of a range, longest first.
const RANGE_JOINS: [&str; 10] = ["——", "-", "—", "―", "–", "~", "～", "－", "至", "到"];
/// Words joining two ends only when `之间` follows the second (`在5%与6%之间`).
const BETWEEN_JOINS: [&str; 2] = ["与", "和"];
/// The first characters of [`RANGE_JOINS`] and [`BETWEEN_JOINS`].
const JOIN_FIRSTS: [char; 11] = ['—', '-', '―', '–', '~', '～', '－', '至', '到', '与', '和'];

/// The quantity starting at byte `i`, if a number starts there; its sign and
/// the words qualifying it from before start at `floor` at the earliest (where
/// the quantity before it ended). Returns the quantity (or `None` when the
/// number is excluded) and where scanning goes on.
fn quantity_at(text: &str, i: usize, floor: usize) -> Option<(Option<Found>, usize)> {
    if let Some(r) = chinese_range(text, i) {
        return Some(r);
    }
    let first = amount(text, i)?;
    let first = times(text, first).unwrap_or(first);
    let mut last = first;
    let mut range = None;
    let joins = RANGE_JOINS.iter().map(|j| (j, false)).chain(BETWEEN_JOINS.iter().map(|j| (j, true)));
    // Most numbers are followed by no join at all: one look at the next character rules all eleven out.
    let may_join = text[first.end..].starts_with(JOIN_FIRSTS);
    if let Some((join, between)) =
        joins.into_iter().filter(|_| may_join).find(|(j, _)| text[first.end..].starts_with(**j))
    {
        if let Some(second) = amount(text, first.end + join.len()) {
            let same_unit = first.unit.is_none() || first.unit.map(|u| u.written) == second.unit.map(|u| u.written);
            let compatible = first.chinese == second.chinese
                && same_unit
                && (first.scale.is_none() || second.scale.is_some())
                && (!between || text[second.end..].starts_with("之间"));
            if compatible {
                range = Some(second);
                last = second;
            }
        }
    }
    let end = last.end;
    if exclude::excluded(text, i, &first, range.as_ref().map_or(&first, |r| r)) {
        return Some((None, end));
    }
    let sign = negative_sign(text, i).filter(|c| i - c.len_utf8() >= floor);
    let start = i - sign.map_or(0, char::len_utf8);
    let sign = if sign.is_some() { -1.0 } else { 1.0 };
    let (prefix_start, before) = match qualifier::before(text, start) {
        (at, before) if at >= floor => (at, before),
        _ => (start, None),
    };
    let (suffix_end, after) = qualifier::after(text, end);
    let mut q = after.or(before).unwrap_or(Qualifier::Exact);
    if (first.over || last.over) && matches!(q, Qualifier::Exact) {
        q = Qualifier::Over;
    }
    let unit_of = range.unwrap_or(first);
    // The low end in the high end's scale: 8000万至1.2亿元 is 0.8 to 1.2 亿元.
    let mut low = first;
    if range.is_some() && first.scale.is_some() {
        low.value = first.value.shift(scale_power(first.scale) - scale_power(unit_of.scale));
    }
    low.unit = unit_of.unit;
    low.scale = unit_of.scale;
    let number = sign * low.value.to_f64();
    let (min, max) = match range {
        Some(r) => {
            q = Qualifier::Range;
            (Some(number), Some(r.value.to_f64()))
        }
        None => (None, None),
    };
    Some((
        Some(Found {
            range: prefix_start..suffix_end,
            core: start..end,
            number,
            unit: unit_of.written_unit(),
            kind: unit_of.kind(),
            base: low.base(sign),
            qualifier: q,
            min,
            max,
        }),
        suffix_end,
    ))
}

/// `count` when a size follows it after `×` (`x`, `*`): so many units of one size, as one amount, their total
/// (2×60万千瓦 is 120万千瓦, 一期2×220吨锅炉 440吨). The count is a whole Arabic number without unit; the size has one.
fn times(text: &str, count: Amount) -> Option<Amount> {
    if count.chinese || count.unit.is_some() || count.scale.is_some() || count.over || count.value.exp != 0 {
        return None;
    }
    let sign = text[count.end..].chars().next().filter(|c| matches!(c, '×' | 'x' | 'X' | '*'))?;
    let size = amount(text, count.end + sign.len_utf8()).filter(|s| !s.chinese && s.unit.is_some())?;
    let mant = count.value.mant.checked_mul(size.value.mant)?;
    Some(Amount { value: Decimal { mant, exp: size.value.exp }, start: count.start, ..size })
}

/// The minus sign right before byte `i`, if it is one: `-3.5%`, `−3.5%`, `（-3.4%）`, but not the dash of
/// `COVID-19` or `5%-6%`.
fn negative_sign(text: &str, i: usize) -> Option<char> {
    let mut back = text[..i].chars().rev();
    let sign = back.next().filter(|c| matches!(c, '-' | '−' | '－'))?;
    // A letter, digit or closing mark before the dash makes it a joiner: A-1, 5%-6%, (1)-2.
    let joins = |c: char| (c.is_alphanumeric() && !crate::normalize::is_han(c)) || has("%‰.)）", c);
    back.next().is_none_or(|c| !joins(c)).then_some(sign)
}

/// Whether `余` or `多` stands at `pos` (the caller decides from what follows whether it is one here).
fn over_at(text: &str, pos: usize) -> bool {
    text[pos..].starts_with(['余', '多'])
}

/// A number with its scale, `余`/`多` and unit, starting at `i`.
fn amount(text: &str, i: usize) -> Option<Amount> {
    let rest = &text[i..];
    if let Some((value, unit, n)) = fraction::fraction(rest) {
        let end = i + n;
        let unit = units::unit_at(unit, false);
        return Some(Amount { value, start: i, number_end: end, scale: None, over: false, unit, end, chinese: true });
    }
    let (value, len, is_chinese) = if let Some((d, n)) = arabic_mixed(rest) {
        (d, n, false)
    } else if let Some((d, n)) = arabic(rest) {
        (d, n, false)
    } else if let Some((d, n)) = chinese(rest) {
        (d, n, true)
    } else {
        // 百余家, 千余人, 万余人次; 近百家, 逾千名, 逾万人.
        let (d, n) = bare_multiplier(rest)?;
        let next = &rest[n..];
        let standalone = over_at(next, 0) || units::scale_at(next).is_some_and(|s| over_at(next, s.written.len()));
        if !standalone && qualifier::before(text, i).1.is_none() {
            return None;
        }
        (d, n, true)
    };
    let number_end = i + len;
    let mut pos = number_end;
    // 总投资 303.5 亿元: one space may stand before the scale or unit.
    if text[pos..].starts_with(' ')
        && (unit_after(text, pos + 1, is_chinese).is_some() || units::scale_at(&text[pos + 1..]).is_some())
    {
        pos += 1;
    }
    // 两个多月: over two months.
    if let Some((u, n)) = split_month(text, pos) {
        let end = pos + n;
        return Some(Amount {
            value,
            start: i,
            number_end,
            scale: None,
            over: true,
            unit: Some(u),
            end,
            chinese: is_chinese,
        });
    }
    let mut over = false;
    // 40余万元, 300多万人: 余/多 before the scale.
    if over_at(text, pos) && units::scale_at(&text[pos + 3..]).is_some_and(|s| !s.written.starts_with('十')) {
        over = true;
        pos += 3;
    }
    let mut unit = if over { None } else { unit_after(text, pos, is_chinese) };
    let mut scale = None;
    if unit.is_none() {
        scale = scale_after(text, pos, is_chinese);
        if let Some(s) = scale {
            pos += s.written.len();
            // 3万多亿元: over 3万亿元.
            if over_at(text, pos) {
                if let Some(s2) = units::scale_at(&text[pos + 3..]) {
                    let joined = format!("{}{}", s.written, s2.written);
                    if let Some(both) = units::scale_at(&joined).filter(|b| b.written.len() == joined.len()) {
                        scale = Some(both);
                        over = true;
                        pos += 3 + s2.written.len();
                    }
                }
            }
        }
    }
    // 3.7万余个, 20多个, 6万余穴: 余/多 between the number (or scale) and the unit.
    if unit.is_none() && !over && over_at(text, pos) {
        let after = pos + 3;
        let then_unit = unit_after(text, after, false).is_some();
        if then_unit || scale.is_some() && !text[after..].starts_with(['个', '年']) {
            over = true;
            pos = after;
        }
    }
    if unit.is_none() {
        // A scale alone may stand before a unit: 1.2 万人.
        if text[pos..].starts_with(' ') && scale.is_some() && unit_after(text, pos + 1, false).is_some() {
            pos += 1;
        }
        unit = unit_after(text, pos, is_chinese && scale.is_none() && !over);
    }
    if let Some(u) = unit {
        pos += u.written.len();
    }
    Some(Amount { value, start: i, number_end, scale, over, unit, end: pos, chinese: is_chinese })
}

/// `个多月`, `个多百分点`: a unit starting with 个 with 多/余 inside it; the unit and the bytes it takes.
fn split_month(text: &str, pos: usize) -> Option<(Unit, usize)> {
    let rest = text[pos..].strip_prefix('个')?;
    let rest = rest.strip_prefix(['多', '余'])?;
    let mut joined = String::from("个");
    joined.extend(rest.chars().take(4));
    let u = units::unit_at(&joined, false).filter(|u| u.written.len() > '个'.len_utf8())?;
    Some((u, u.written.len() + 3))
}

/// The scale word at byte `pos`, if it is one here.
fn scale_after(text: &str, pos: usize, is_chinese: bool) -> Option<Unit> {
    units::scale_at(&text[pos..]).filter(|s| {
        // 兆 is 10^12 only before money or weight; 十 after digits is not written.
        let money_or_weight = ["元", "吨"].iter().any(|u| text[pos + s.written.len()..].starts_with(u));
        (s.written != "兆" || money_or_weight)
            && (is_chinese || !s.written.starts_with('十'))
            && !(is_chinese && s.written.len() > 3 && !s.written.starts_with(['万', '亿']))
    })
}

/// The unit written at byte `pos`, if the word there is one in this place; `after_chinese`: a Chinese
/// numeral stands right before it.
fn unit_after(text: &str, pos: usize, after_chinese: bool) -> Option<Unit> {
    units::unit_at(&text[pos..], after_chinese)
}

/// `三四十万`, `五六个`: two neighbouring Chinese digits as a range.
fn chinese_range(text: &str, i: usize) -> Option<(Option<Found>, usize)> {
    let mut it = text[i..].chars();
    let (a, b) = (chinese_digit(it.next()?)?, chinese_digit(it.next()?)?);
    if b != a + 1 || a == 0 {
        return None;
    }
    let at = i + 6;
    let mult = match text[at..].chars().next()? {
        '十' => 10,
        '百' => 100,
        '千' => 1000,
        _ => 1,
    };
    let unit_at = if mult > 1 { at + 3 } else { at };
    let tail = amount(text, i + 3).filter(|t| t.number_end <= unit_at)?;
    let mut t = tail;
    t.value = Decimal::int(u128::from(a) * mult);
    if t.unit.is_none() && t.scale.is_none() {
        return None;
    }
    let hi = Decimal::int(u128::from(b) * mult);
    let number = t.value.to_f64();
    Some((
        Some(Found {
            range: i..t.end,
            core: i..t.end,
            number,
            unit: t.written_unit(),
            kind: t.kind(),
            base: t.base(1.0),
            qualifier: Qualifier::Range,
            min: Some(number),
            max: Some(hi.to_f64()),
        }),
        t.end,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_join_starts_with_a_listed_first_character() {
        for j in super::RANGE_JOINS.iter().chain(&super::BETWEEN_JOINS) {
            assert!(j.starts_with(super::JOIN_FIRSTS), "{j}");
        }
    }
}
