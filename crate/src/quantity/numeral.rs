//! Numbers as reports write them: Arabic with thousands separators and
//! decimals (`1,100.9`), Chinese numerals (`一千二百`, `十五点八`, `两`, `〇`,
//! `一万零十二`, `一亿二千万`, 大写 `壹贰`), Arabic with section words inside
//! (`3万4000`, `25万6千`, `1亿2000万`), and a place word standing alone
//! (`百余家`, `近千人`), each as an exact [`Decimal`].

/// A number as `mantissa × 10^exp`, kept exact until it is turned into `f64`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decimal {
    /// The digits.
    pub mant: u128,
    /// Power of ten.
    pub exp: i32,
}

/// More significant digits than this and a digit string is a code, not a number.
const MAX_DIGITS: usize = 24;

impl Decimal {
    /// A whole number.
    pub fn int(n: u128) -> Self {
        Decimal { mant: n, exp: 0 }
    }

    /// The closest `f64`. When the digits and the power of ten are both exact
    /// in `f64` (fewer than 2^53, at most 10^22), one correctly rounded
    /// multiplication or division gives it (Clinger's fast path, what every
    /// correct parser does first); otherwise through the decimal string.
    pub fn to_f64(self) -> f64 {
        const POW10: [f64; 23] = [
            1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
            1e19, 1e20, 1e21, 1e22,
        ];
        let k = self.exp.unsigned_abs() as usize;
        if self.mant < 1 << 53 && k < POW10.len() {
            let m = self.mant as f64;
            return if self.exp >= 0 { m * POW10[k] } else { m / POW10[k] };
        }
        self.to_f64_through_string()
    }

    fn to_f64_through_string(self) -> f64 {
        format!("{}e{}", self.mant, self.exp).parse().unwrap_or(f64::NAN)
    }

    /// This number times `10^k`.
    pub fn shift(self, k: i32) -> Self {
        Decimal { mant: self.mant, exp: self.exp + k }
    }

    fn add(self, other: Decimal) -> Option<Decimal> {
        let exp = self.exp.min(other.exp);
        let a = self.mant.checked_mul(10u128.checked_pow((self.exp - exp) as u32)?)?;
        let b = other.mant.checked_mul(10u128.checked_pow((other.exp - exp) as u32)?)?;
        Some(Decimal { mant: a.checked_add(b)?, exp })
    }

    fn mul_pow10(self, k: u32) -> Decimal {
        self.shift(k as i32)
    }
}

/// An Arabic number at the start of `s`: `301.5`, `1,100.9`, `12`. Returns
/// the value, its length in bytes and whether it has a decimal point.
pub fn arabic(s: &str) -> Option<(Decimal, usize)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut mant: u128 = 0;
    let mut digits = 0;
    let mut exp = 0i32;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                digits += 1;
                if digits > MAX_DIGITS {
                    return None;
                }
                mant = mant * 10 + u128::from(c - b'0');
                i += 1;
            }
            // A thousands separator: exactly three digits follow.
            b',' if digits > 0
                && exp == 0
                && b.len() >= i + 4
                && b[i + 1..i + 4].iter().all(u8::is_ascii_digit)
                && !b.get(i + 4).is_some_and(u8::is_ascii_digit) =>
            {
                i += 1;
            }
            b'.' if digits > 0 && exp == 0 && b.get(i + 1).is_some_and(u8::is_ascii_digit) => {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    digits += 1;
                    if digits > MAX_DIGITS {
                        return None;
                    }
                    mant = mant * 10 + u128::from(b[i] - b'0');
                    exp -= 1;
                    i += 1;
                }
                break;
            }
            _ => break,
        }
    }
    (digits > 0).then_some((Decimal { mant, exp }, i))
}

/// An Arabic number with Chinese section words inside it, at the start of `s`: `3万4000` (34,000),
/// `25万6千` (256,000), `1亿2000万` (120,000,000), `13万2` (132,000: one digit after the section word is
/// the next place down). Returns the whole value and its length, or `None` when `s` does not hold such
/// a number (then `万`/`亿` after the digits are the written unit's scale).
pub fn arabic_mixed(s: &str) -> Option<(Decimal, usize)> {
    let (head, n) = arabic(s)?;
    let big = ['万', '亿'].into_iter().find(|b| s[n..].starts_with(*b))?;
    let p = big_unit(big)?;
    let after = n + big.len_utf8();
    let (tail, n2) = arabic(&s[after..])?;
    let tail_text = &s[after..after + n2];
    // An integer tail only, and not the start of a date or a longer figure.
    if tail.exp != 0 || tail_text.contains(',') || s[after + n2..].starts_with(['年', '月', '日', '.', '%']) {
        return None;
    }
    let mut end = after + n2;
    let (tail, tail_p) = match s[end..].chars().next().and_then(|c| small_unit(c).or(big_unit(c)).map(|q| (c, q))) {
        Some((c, q)) if q < p => {
            end += c.len_utf8();
            (tail.shift(q as i32), q)
        }
        _ if n2 == 1 => (tail.shift(p as i32 - 1), p - 1),
        _ => (tail, 0),
    };
    // The tail must fit under the section word: 3万4000, not 3万40000.
    if tail_p + n2 as u32 > p {
        return None;
    }
    Some((head.shift(p as i32).add(tail)?, end))
}

/// A section or place word standing alone for one of it (`百余家`, `近千人`, `逾万人`): the value, and
/// how many bytes of `s` it takes. `万` and `亿` take none: they are read as the scale of the number 1.
pub fn bare_multiplier(s: &str) -> Option<(Decimal, usize)> {
    let c = s.chars().next()?;
    match (small_unit(c), big_unit(c)) {
        (Some(p), _) if p >= 2 => Some((Decimal::int(10u128.pow(p)), c.len_utf8())),
        (_, Some(_)) => Some((Decimal::int(1), 0)),
        _ => None,
    }
}

/// Value of a Chinese digit character.
pub fn chinese_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' | '兩' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Power of ten of a Chinese multiplier inside a number.
fn small_unit(c: char) -> Option<u32> {
    Some(match c {
        '十' | '拾' => 1,
        '百' | '佰' => 2,
        '千' | '仟' => 3,
        _ => return None,
    })
}

/// Power of ten of a Chinese section multiplier.
pub fn big_unit(c: char) -> Option<u32> {
    Some(match c {
        '万' | '萬' => 4,
        '亿' | '億' => 8,
        _ => return None,
    })
}

/// Whether `c` can be part of a Chinese numeral. Asked of nearly every
/// character of a text, so answered from a bit table.
pub fn is_chinese_numeral(c: char) -> bool {
    let Some(at) = (c as u32).checked_sub(NUMERAL_FROM) else { return false };
    NUMERAL_BITS.get((at >> 6) as usize).is_some_and(|w| w & (1 << (at & 63)) != 0)
}

/// The characters of [`chinese_digit`], [`small_unit`], [`big_unit`] and `点`.
const NUMERAL_CHARS: [char; 32] = [
    '〇', '零', '一', '壹', '二', '两', '贰', '兩', '貳', '三', '叁', '參', '四', '肆', '五', '伍', '六', '陆', '陸',
    '七', '柒', '八', '捌', '九', '玖', '十', '拾', '百', '佰', '千', '仟', '点',
];
const NUMERAL_BIG: [char; 4] = ['万', '萬', '亿', '億'];
/// [`NUMERAL_CHARS`] and [`NUMERAL_BIG`] as bits, from U+3000 (`〇` is U+3007) to U+9FFF.
const NUMERAL_FROM: u32 = 0x3000;
const NUMERAL_BITS: [u64; 448] = {
    let mut bits = [0u64; 448];
    let mut i = 0;
    while i < NUMERAL_CHARS.len() + NUMERAL_BIG.len() {
        let c = if i < NUMERAL_CHARS.len() { NUMERAL_CHARS[i] } else { NUMERAL_BIG[i - NUMERAL_CHARS.len()] };
        let at = c as u32 - NUMERAL_FROM;
        bits[(at >> 6) as usize] |= 1 << (at & 63);
        i += 1;
    }
    bits
};

/// A Chinese numeral at the start of `s`, strictly formed: `一千二百`,
/// `十五点八`, `二十万`, `一万五千`, `三〇五`. Trailing `万`/`亿` are *not*
/// consumed (they are the written unit's scale), unless digits follow them
/// (`一万五千`). `十四五` and `二十大` are not numbers. Returns value and bytes.
pub fn chinese(s: &str) -> Option<(Decimal, usize)> {
    // The numeral's characters and the one after them, at most 40 (all that the reading below looks at),
    // on the stack: most calls read one or two.
    let mut buf = [(0, '\0'); 40];
    let mut read = 0;
    for (b, c) in s.char_indices() {
        buf[read] = (b, c);
        read += 1;
        if read == buf.len() || !is_chinese_numeral(c) {
            break;
        }
    }
    let chars = &buf[..read];
    let mut total = Decimal::int(0);
    let mut section: u128 = 0;
    let mut digit: Option<u128> = None;
    let mut last_small: Option<u32> = None;
    let mut end = 0;
    let mut any = false;
    let mut zero = false;
    // Power of the multiplier the current digit directly follows (二百五, 一万五).
    let mut after_mult: Option<u32> = None;
    // The last section word read (万 = 4, 亿 = 8).
    let mut last_big: Option<u32> = None;
    let mut i = 0;
    // Digits written one by one, like a year: 二〇二三 or 三〇五.
    let run = chars.iter().take_while(|(_, c)| chinese_digit(*c).is_some() && !matches!(c, '两' | '兩')).count();
    if run >= 2 && chars.get(run).is_none_or(|(_, c)| small_unit(*c).is_none()) {
        if run > MAX_DIGITS {
            return None;
        }
        let mut n: u128 = 0;
        for (_, c) in &chars[..run] {
            n = n * 10 + u128::from(chinese_digit(*c)?);
        }
        let len = chars.get(run).map_or(s.len(), |(b, _)| *b);
        // Two different digits side by side (三四) are a range, handled by the caller.
        return (run >= 3).then_some((Decimal::int(n), len));
    }
    while i < chars.len() {
        let (b, c) = chars[i];
        if matches!(c, '零' | '〇') && any {
            // A placeholder: 一百零五.
            zero = true;
            end = b + c.len_utf8();
        } else if let Some(d) = chinese_digit(c) {
            if digit.is_some() {
                break; // 十四五: a digit right after a digit
            }
            digit = Some(u128::from(d));
            if i == 0 || chinese_digit(chars[i - 1].1).is_some() {
                after_mult = None;
            }
            any = true;
            end = b + c.len_utf8();
        } else if let Some(p) = small_unit(c) {
            if last_small.is_some_and(|l| l <= p) {
                break;
            }
            let d = match digit.take() {
                Some(d) => d,
                // 十五, and 一万零十二 (a bare 十 after the placeholder 零).
                None if p == 1 && section == 0 && (!any || zero) => 1,
                None => break,
            };
            section += d * 10u128.pow(p);
            last_small = Some(p);
            after_mult = Some(p);
            any = true;
            end = b + c.len_utf8();
        } else if let Some(p) = big_unit(c) {
            // Only consumed when more of the number follows (一万五千, 三万四), or when it closes a
            // section under a bigger one already read (一亿二千万 is 120,000,000, not 一亿二千 × 万).
            let follows =
                chars.get(i + 1).is_some_and(|(_, n)| chinese_digit(*n).is_some() || small_unit(*n).is_some());
            let closes = last_big.is_some_and(|b| b > p) && (section > 0 || digit.is_some());
            if !any || !(follows || closes) {
                break;
            }
            last_big = Some(p);
            let sec = section + digit.take().unwrap_or(0);
            total = total.add(Decimal::int(sec).mul_pow10(p))?;
            section = 0;
            last_small = None;
            after_mult = Some(p);
            end = b + c.len_utf8();
        } else if c == '点' {
            let frac: Vec<u32> = chars[i + 1..].iter().map_while(|(_, c)| chinese_digit(*c)).collect();
            if frac.is_empty() || !any {
                break;
            }
            let int = section + digit.take().unwrap_or(0);
            let mut mant = int;
            for d in &frac {
                mant = mant.checked_mul(10)?.checked_add(u128::from(*d))?;
            }
            let value = total.add(Decimal { mant, exp: -(frac.len() as i32) })?;
            let (lb, lc) = chars[i + frac.len()];
            return Some((value, lb + lc.len_utf8()));
        } else {
            break;
        }
        i += 1;
    }
    if !any {
        return None;
    }
    // 二百五 / 一万五: a digit after a multiplier means the next place down.
    let tail = match (digit, after_mult) {
        (Some(d), Some(p)) if p >= 2 && !zero => d * 10u128.pow(p - 1),
        (Some(d), _) => d,
        (None, _) => 0,
    };
    let value = total.add(Decimal::int(section + tail))?;
    Some((value, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_gives_what_parsing_the_decimal_string_gives() {
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for _ in 0..200_000 {
            let r = next();
            // Mantissas of every size up to 2^53, exponents from -25 to 25 (past the fast path's reach).
            let mant = u128::from(r >> (11 + r % 53));
            let exp = (next() % 51) as i32 - 25;
            let d = Decimal { mant, exp };
            assert_eq!(d.to_f64().to_bits(), d.to_f64_through_string().to_bits(), "{mant}e{exp}");
        }
        for (mant, exp) in [(3015, -1), (1, -22), (9_007_199_254_740_991, 22), (123, 0), (0, -5)] {
            let d = Decimal { mant, exp };
            assert_eq!(d.to_f64().to_bits(), d.to_f64_through_string().to_bits(), "{mant}e{exp}");
        }
        assert_eq!(Decimal { mant: 3015, exp: -1 }.to_f64(), 301.5);
    }
    #[test]
    fn the_numeral_bit_table_is_the_numeral_characters() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let numeral = chinese_digit(c).is_some() || small_unit(c).is_some() || big_unit(c).is_some() || c == '点';
            assert_eq!(is_chinese_numeral(c), numeral, "{c:?}");
        }
    }

    fn ch(s: &str) -> Option<(f64, usize)> {
        chinese(s).map(|(d, n)| (d.to_f64(), s[..n].chars().count()))
    }

    #[test]
    fn arabic_numbers() {
        assert_eq!(arabic("1,100.9亿").map(|(d, n)| (d.to_f64(), n)), Some((1100.9, 7)));
        assert_eq!(arabic("301.5亿元").map(|(d, n)| (d.to_f64(), n)), Some((301.5, 5)));
        assert_eq!(arabic("5,6个").map(|(d, n)| (d.to_f64(), n)), Some((5.0, 1)));
        assert_eq!(arabic("3.").map(|(d, n)| (d.to_f64(), n)), Some((3.0, 1)));
        assert_eq!(arabic(&"1".repeat(40)), None);
    }

    #[test]
    fn mixed_numbers() {
        let m = |s: &str| arabic_mixed(s).map(|(d, n)| (d.to_f64(), s[..n].chars().count()));
        assert_eq!(m("3万4000人"), Some((34000.0, 6)));
        assert_eq!(m("25万6千元"), Some((256000.0, 5)));
        assert_eq!(m("1亿2000万元"), Some((120000000.0, 7)));
        assert_eq!(m("13万2"), Some((132000.0, 4)));
        assert_eq!(m("3万40000"), None);
        assert_eq!(m("3541.07万元2023年"), None);
        assert_eq!(m("5万1.2亿"), None);
        assert_eq!(m("34万"), None);
    }

    #[test]
    fn chinese_numerals() {
        assert_eq!(ch("一千二百万"), Some((1200.0, 4)));
        assert_eq!(ch("十五点八万"), Some((15.8, 4)));
        assert_eq!(ch("三万余"), Some((3.0, 1)));
        assert_eq!(ch("两个"), Some((2.0, 1)));
        assert_eq!(ch("二十万亿"), Some((20.0, 2)));
        assert_eq!(ch("一万五千亿"), Some((15000.0, 4)));
        assert_eq!(ch("一百零五"), Some((105.0, 4)));
        assert_eq!(ch("二百五十"), Some((250.0, 4)));
        assert_eq!(ch("三万四"), Some((34000.0, 3)));
        assert_eq!(ch("壹佰贰拾"), Some((120.0, 4)));
        assert_eq!(ch("十四五"), Some((14.0, 2)));
        assert_eq!(ch("三〇五"), Some((305.0, 3)));
        assert_eq!(ch("一万零十二"), Some((10012.0, 5)));
        assert_eq!(ch("十万零一千"), Some((101000.0, 5)));
        assert_eq!(ch("一亿二千万元"), Some((120000000.0, 5)));
        assert_eq!(ch("一百九十万零三千九百七十一"), Some((1903971.0, 13)));
        assert_eq!(ch("二〇二三年"), Some((2023.0, 4)));
        assert_eq!(ch(&"三四".repeat(40)), None);
        assert_eq!(ch("万物"), None);
        assert_eq!(ch("百姓"), None);
    }
}
