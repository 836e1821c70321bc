//! Proleptic Gregorian calendar arithmetic (no Python objects): ordinals
//! (day 1 is 0001-01-01), ISO weeks, and timedelta normalization.

pub const MINYEAR: i64 = 1;
pub const MAXYEAR: i64 = 9999;
/// The ordinal of 9999-12-31.
pub const MAX_ORDINAL: i64 = 3_652_059;
/// Largest magnitude of a timedelta's days.
pub const MAX_DELTA_DAYS: i64 = 999_999_999;
/// Seconds from 0001-01-01 to 1970-01-01 (counted from day 0).
pub const EPOCH_SECONDS: i64 = 719_163 * 86_400;
pub const US_PER_SECOND: i64 = 1_000_000;
pub const US_PER_DAY: i64 = 86_400 * US_PER_SECOND;

pub fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

const MONTH_DAYS: [i64; 13] = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

pub fn days_in_month(y: i64, m: i64) -> i64 {
    if m == 2 && is_leap(y) {
        29
    } else {
        MONTH_DAYS[m as usize]
    }
}

/// Days in the months before `m` of year `y`.
pub fn days_before_month(y: i64, m: i64) -> i64 {
    let mut n: i64 = MONTH_DAYS[1..m as usize].iter().sum();
    if m > 2 && is_leap(y) {
        n += 1;
    }
    n
}

/// Days in the years before `y` (year 1 has none before it).
pub fn days_before_year(y: i64) -> i64 {
    let p = y - 1;
    p * 365 + p.div_euclid(4) - p.div_euclid(100) + p.div_euclid(400)
}

pub fn ymd_to_ord(y: i64, m: i64, d: i64) -> i64 {
    days_before_year(y) + days_before_month(y, m) + d
}

/// The (year, month, day) of an ordinal (any i64 in a sane range; years
/// outside 1..9999 come out as they are, for the caller to check).
pub fn ord_to_ymd(ord: i64) -> (i64, i64, i64) {
    // Work from day 0 = 0001-01-01 in 400-year cycles of 146097 days.
    let n = ord - 1;
    let n400 = n.div_euclid(146_097);
    let mut r = n.rem_euclid(146_097);
    let n100 = (r / 36_524).min(3);
    r -= n100 * 36_524;
    let n4 = r / 1_461;
    r -= n4 * 1_461;
    let n1 = (r / 365).min(3);
    r -= n1 * 365;
    let year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1;
    // r is now the day of the year, from 0.
    let mut month = 1;
    while month < 12 && r >= days_before_month(year, month + 1) {
        month += 1;
    }
    let day = r - days_before_month(year, month) + 1;
    (year, month, day)
}

/// 0 for Monday ... 6 for Sunday.
pub fn weekday(y: i64, m: i64, d: i64) -> i64 {
    (ymd_to_ord(y, m, d) + 6).rem_euclid(7)
}

/// The ordinal of the Monday of ISO week 1 of `year`.
pub fn iso_week1_monday(year: i64) -> i64 {
    let first = days_before_year(year) + 1;
    let wd = (first + 6).rem_euclid(7);
    let monday = first - wd;
    if wd > 3 {
        monday + 7
    } else {
        monday
    }
}

/// ISO (year, week, weekday) of a date.
pub fn iso_calendar(y: i64, m: i64, d: i64) -> (i64, i64, i64) {
    let ord = ymd_to_ord(y, m, d);
    let mut year = y;
    let mut week1 = iso_week1_monday(year);
    let mut week = (ord - week1).div_euclid(7);
    if week < 0 {
        year -= 1;
        week1 = iso_week1_monday(year);
        week = (ord - week1).div_euclid(7);
    } else if week >= 52 && ord >= iso_week1_monday(year + 1) {
        year += 1;
        week = 0;
    }
    (year, week + 1, (ord - week1).rem_euclid(7) + 1)
}

/// Error text of `fromisocalendar`, or the ordinal.
pub fn iso_to_ord(year: i64, week: i64, day: i64) -> Result<i64, String> {
    if !(MINYEAR..=MAXYEAR).contains(&year) {
        return Err(format!("Year is out of range: {year}"));
    }
    if week <= 0 || week >= 53 {
        let mut ok = false;
        if week == 53 {
            // Years starting on a Thursday, and leap years starting on a Wednesday.
            let first = weekday(year, 1, 1);
            ok = first == 3 || (first == 2 && is_leap(year));
        }
        if !ok {
            return Err(format!("Invalid week: {week}"));
        }
    }
    if day <= 0 || day >= 8 {
        return Err(format!("Invalid day: {day} (range is [1, 7])"));
    }
    Ok(iso_week1_monday(year) + (week - 1) * 7 + (day - 1))
}

/// A normalized timedelta: 0 <= seconds < 86400, 0 <= us < 1e6.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Delta {
    pub days: i64,
    pub secs: i64,
    pub us: i64,
}

impl Delta {
    pub const ZERO: Delta = Delta { days: 0, secs: 0, us: 0 };

    /// From a total of microseconds; `None` when the days are out of range.
    pub fn from_us(total: i128) -> Option<Delta> {
        let day = US_PER_DAY as i128;
        let days = total.div_euclid(day);
        let rest = total.rem_euclid(day) as i64;
        if days.abs() > MAX_DELTA_DAYS as i128 {
            return None;
        }
        Some(Delta { days: days as i64, secs: rest / US_PER_SECOND, us: rest % US_PER_SECOND })
    }

    pub fn to_us(self) -> i128 {
        self.days as i128 * US_PER_DAY as i128 + self.secs as i128 * US_PER_SECOND as i128 + self.us as i128
    }

    pub fn is_zero(self) -> bool {
        self.days == 0 && self.secs == 0 && self.us == 0
    }
}

/// Round-half-even division of `a` by `b` (b != 0).
pub fn div_round_even(a: i128, b: i128) -> i128 {
    let (a, b) = if b < 0 { (-a, -b) } else { (a, b) };
    let q = a.div_euclid(b);
    let r = a.rem_euclid(b);
    let r2 = 2 * r;
    if r2 > b || (r2 == b && q % 2 != 0) {
        q + 1
    } else {
        q
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_round_trip() {
        assert_eq!(ymd_to_ord(1, 1, 1), 1);
        assert_eq!(ymd_to_ord(9999, 12, 31), MAX_ORDINAL);
        assert_eq!(ymd_to_ord(1970, 1, 1), 719_163);
        for ord in (1..MAX_ORDINAL).step_by(97) {
            let (y, m, d) = ord_to_ymd(ord);
            assert_eq!(ymd_to_ord(y, m, d), ord);
        }
        assert_eq!(ord_to_ymd(MAX_ORDINAL + 1), (10000, 1, 1));
        assert_eq!(ord_to_ymd(0), (0, 12, 31));
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(iso_calendar(2004, 1, 1), (2004, 1, 4));
        assert_eq!(iso_calendar(2003, 12, 29), (2004, 1, 1));
        assert_eq!(iso_calendar(2005, 1, 1), (2004, 53, 6));
        assert_eq!(iso_to_ord(2004, 53, 6), Ok(ymd_to_ord(2005, 1, 1)));
        assert_eq!(div_round_even(5, 2), 2);
        assert_eq!(div_round_even(7, 2), 4);
        assert_eq!(div_round_even(-5, 2), -2);
    }
}

/// The ordinal of an ISO (year, week, day) as `fromisoformat` checks it:
/// None for a bad week or day (the year is checked later).
pub fn iso_to_ord_unchecked(year: i64, week: i64, day: i64) -> Option<i64> {
    if week <= 0 || week >= 53 {
        let first = (ymd_to_ord(year, 1, 1) + 6).rem_euclid(7);
        if !(week == 53 && (first == 3 || (first == 2 && is_leap(year)))) {
            return None;
        }
    }
    if day <= 0 || day >= 8 {
        return None;
    }
    Some(iso_week1_monday(year) + (week - 1) * 7 + (day - 1))
}
