//! Fractions written with `分之`: `百分之八` (8%), `百分之一点五七`, `百分之百`, `千分之五` (5‰), and
//! any other denominator, given as a percentage: `三分之一` is 33.3333333333%, `万分之三` 0.03%.
//! A fraction written with 百/千 keeps its number exact; the others are rounded to 12 significant digits.

use super::numeral::{arabic, bare_multiplier, chinese, Decimal};

/// A fraction at the start of `s`: its value, the unit it is given in (`%` or `‰`), and its length.
pub fn fraction(s: &str) -> Option<(Decimal, &'static str, usize)> {
    // The denominator is a short Chinese numeral right at the start (三, 十, 百, 一千…).
    // The first 分 only: a 分 before it would be part of the denominator, which no numeral holds. A search
    // for one character, not for the string: this runs at every number, and a string search sets up a
    // searcher each time.
    let window = crate::chars::head(s, 6);
    let at =
        crate::chars::find(window, '分').filter(|&at| at > 0 && window[at + '分'.len_utf8()..].starts_with('之'))?;
    let den_text = &s[..at];
    let den = match chinese(den_text) {
        Some((d, n)) if n == den_text.len() => d,
        _ => match bare_multiplier(den_text) {
            Some((d, n)) if n == den_text.len() => d,
            _ if den_text == "万" => Decimal::int(10_000),
            _ => return None,
        },
    };
    let rest = &s[at + "分之".len()..];
    let (num, n) = chinese(rest)
        .or_else(|| arabic(rest))
        .or_else(|| rest.starts_with('百').then_some((Decimal::int(100), '百'.len_utf8())))?;
    let len = at + "分之".len() + n;
    match den_text {
        "百" => Some((num, "%", len)),
        "千" => Some((num, "‰", len)),
        _ => {
            let den = den.to_f64();
            if den == 0.0 {
                return None;
            }
            let pct = num.to_f64() * 100.0 / den;
            arabic(&format!("{}", round_sig(pct))).map(|(d, _)| (d, "%", len))
        }
    }
}

/// Rounds to 12 significant digits, written without an exponent.
fn round_sig(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mag = 10f64.powi(11 - x.abs().log10().floor() as i32);
    (x * mag).round() / mag
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(s: &str) -> Option<(f64, &'static str, usize)> {
        fraction(s).map(|(d, u, n)| (d.to_f64(), u, s[..n].chars().count()))
    }

    #[test]
    fn fractions() {
        assert_eq!(f("百分之八"), Some((8.0, "%", 4)));
        assert_eq!(f("百分之一点五七"), Some((1.57, "%", 7)));
        assert_eq!(f("百分之百完成"), Some((100.0, "%", 4)));
        assert_eq!(f("千分之五"), Some((5.0, "‰", 4)));
        assert_eq!(f("三分之一的"), Some((33.3333333333, "%", 4)));
        assert_eq!(f("三分之二以上"), Some((66.6666666667, "%", 4)));
        assert_eq!(f("万分之三"), Some((0.03, "%", 4)));
        assert_eq!(f("十分重要"), None);
        assert_eq!(f("三分"), None);
    }
}
