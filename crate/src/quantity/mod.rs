//! Quantity recognition: every number the text states, with its unit, scale,
//! qualifier and range, in the normalized text. Years, dates, ordinals, plan
//! and meeting names, codes, list numbers and names in quotes are not
//! quantities (see [`exclude`]).

mod exclude;
mod numeral;
mod qualifier;
mod units;

use crate::report::{BaseValue, Qualifier};
use numeral::{arabic, chinese, chinese_digit, is_chinese_numeral, Decimal};
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
    /// End of the number itself (before scale and unit).
    number_end: usize,
    scale: Option<Unit>,
    /// `余`/`多` between number (or scale) and unit.
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

    fn base(&self) -> Option<BaseValue> {
        let pow = self.scale.map_or(0, |s| s.factor.log10().round() as i32);
        let scaled = self.value.shift(pow);
        match self.unit {
            Some(u) => {
                let base = u.base?;
                let n = if u.factor == 1.0 { scaled.to_f64() } else { round_sig(scaled.to_f64() * u.factor) };
                Some(BaseValue { number: n, unit: base.to_string() })
            }
            None => self.scale.map(|_| BaseValue { number: scaled.to_f64(), unit: String::new() }),
        }
    }
}

/// Rounds to 12 significant digits, so that `2000/3 × 3` reads 2000.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = 10f64.powi(11 - x.abs().log10().floor() as i32);
    (x * mag).round() / mag
}

/// Every quantity in `text`, skipping bytes for which `skip` is true.
pub fn scan(text: &str, skip: impl Fn(usize) -> bool) -> Vec<Found> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut prev: Option<char> = None;
    while i < text.len() {
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let starts =
            c.is_ascii_digit() || (chinese_digit(c).is_some() && !matches!(c, '零' | '〇')) || c == '十' || c == '百';
        let mid_token =
            prev.is_some_and(|p| p.is_ascii_digit() || p == '.' || (!c.is_ascii_digit() && is_chinese_numeral(p)));
        if starts && !mid_token && !skip(i) {
            if let Some((found, end)) = quantity_at(text, i) {
                i = end;
                prev = text[..end].chars().next_back();
                if let Some(f) = found {
                    out.push(f);
                }
                continue;
            }
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

/// The quantity starting at byte `i`, if a number starts there. Returns the
/// quantity (or `None` when the number is excluded) and where scanning goes on.
fn quantity_at(text: &str, i: usize) -> Option<(Option<Found>, usize)> {
    if let Some(r) = chinese_range(text, i) {
        return Some(r);
    }
    let first = amount(text, i)?;
    let mut last = first;
    let mut range = None;
    // A range: 5%-6%, 5.5%—6%, 5至6个, 5-20%之间.
    if let Some(conn) =
        ["-", "—", "–", "~", "至", "到", "－", "～", "——"].iter().rev().find(|c| text[first.end..].starts_with(**c))
    {
        if let Some(second) = amount(text, first.end + conn.len()) {
            let compatible = first.chinese == second.chinese
                && (first.unit.is_none() && first.scale.is_none() || first.written_unit() == second.written_unit());
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
    let (prefix_start, before) = qualifier::before(text, i);
    let (suffix_end, after) = qualifier::after(text, end);
    let mut q = after.or(before).unwrap_or(Qualifier::Exact);
    if first.over && matches!(q, Qualifier::Exact) {
        q = Qualifier::Over;
    }
    let unit_of = range.unwrap_or(first);
    let number = first.value.to_f64();
    let (min, max) = match range {
        Some(r) => {
            q = Qualifier::Range;
            (Some(number), Some(r.value.to_f64()))
        }
        None => (None, None),
    };
    let mut base_amount = first;
    base_amount.unit = unit_of.unit;
    base_amount.scale = unit_of.scale;
    Some((
        Some(Found {
            range: prefix_start..suffix_end,
            core: i..end,
            number,
            unit: unit_of.written_unit(),
            kind: unit_of.kind(),
            base: base_amount.base(),
            qualifier: q,
            min,
            max,
        }),
        suffix_end,
    ))
}

/// A number with its scale, `余`/`多` and unit, starting at `i`.
fn amount(text: &str, i: usize) -> Option<Amount> {
    let rest = &text[i..];
    let (mut value, mut len, is_chinese) = match arabic(rest) {
        Some((d, n)) => (d, n, false),
        None => {
            if let Some(pct) = rest.strip_prefix("百分之") {
                let (d, n) = chinese(pct)?;
                let end = i + "百分之".len() + n;
                let unit = units::unit_at("%");
                return Some(Amount { value: d, number_end: end, scale: None, over: false, unit, end, chinese: true });
            }
            let (d, n) = chinese(rest)?;
            (d, n, true)
        }
    };
    // Mixed forms: 3万4000, 25万6千.
    if !is_chinese {
        if let Some(big) = ["万", "亿"].iter().find(|b| rest[len..].starts_with(**b)) {
            let after = len + big.len();
            if let Some((d2, n2)) = arabic(&rest[after..]) {
                let p = if *big == "万" { 4 } else { 8 };
                let mut tail = d2;
                let mut tail_len = n2;
                for (w, k) in [("千", 3), ("百", 2)] {
                    if rest[after + n2..].starts_with(w) {
                        tail = tail.shift(k);
                        tail_len += w.len();
                    }
                }
                let whole = format!("{}", value.shift(p).to_f64() + tail.to_f64());
                if let Some((d, _)) = arabic(&whole) {
                    value = d;
                    len = after + tail_len;
                }
            }
        }
    }
    let number_end = i + len;
    let mut pos = number_end;
    // 总投资 303.5 亿元: one space may stand before the unit.
    if text[pos..].starts_with(' ')
        && (unit_after(text, pos + 1, is_chinese).is_some() || units::scale_at(&text[pos + 1..]).is_some())
    {
        pos += 1;
    }
    let mut unit = unit_after(text, pos, is_chinese);
    let mut scale = None;
    if unit.is_none() {
        scale = units::scale_at(&text[pos..]).filter(|s| {
            // 兆 is 10^12 only before money or weight; 十 after digits is not written.
            let money_or_weight = ["元", "吨"].iter().any(|u| text[pos + s.written.len()..].starts_with(u));
            (s.written != "兆" || money_or_weight)
                && (is_chinese || !s.written.starts_with('十'))
                && !(is_chinese && s.written.len() > 3 && !s.written.starts_with(['万', '亿']))
        });
        if let Some(s) = scale {
            pos += s.written.len();
        }
    }
    let over = unit.is_none() && (text[pos..].starts_with('余') || text[pos..].starts_with('多')) && {
        let after = pos + 3;
        units::unit_at(&text[after..]).is_some() || scale.is_some() && !text[after..].starts_with(['个', '年'])
    };
    if over {
        pos += 3;
    }
    if unit.is_none() {
        // A scale alone may stand before an unknown measure word.
        unit = unit_after(text, pos, is_chinese);
    }
    if let Some(u) = unit {
        pos += u.written.len();
    }
    Some(Amount { value, number_end, scale, over, unit, end: pos, chinese: is_chinese })
}

/// The unit written at byte `pos`, if the word there is one in this place.
fn unit_after(text: &str, pos: usize, is_chinese: bool) -> Option<Unit> {
    units::unit_at(&text[pos..])
        .filter(|u| u.written != "成" || chengs_ok(&text[pos + u.written.len()..]))
        // 三方 is three parties; 方 as cubic metres follows Arabic digits.
        .filter(|u| !(is_chinese && u.written == "方"))
}

/// `成` is a unit (tenths) only where it is not the start of a word (成为, 成效).
fn chengs_ok(after: &str) -> bool {
    after.chars().next().is_none_or(|c| !crate::normalize::is_han(c) || "以左多的".contains(c))
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
            base: t.base(),
            qualifier: Qualifier::Range,
            min: Some(number),
            max: Some(hi.to_f64()),
        }),
        t.end,
    ))
}
