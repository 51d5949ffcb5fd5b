//! Elevator-installation withdrawal (既有住宅加装电梯提取), 钦市金管委规〔2023〕1号 二(三).
//!
//! Within a number of years of the date of the planning permit (or approval), a depositor may
//! apply a number of times (both in the parameter table), as long as the total stays within
//! the household's withdrawable amount for the elevator (本家庭户可提取额度, an input). The
//! depositor's own account is used first (二(三)3); a shortfall, or no account at all, may be
//! made up from the accounts of the spouse, parents and children. The gazette sets no order
//! among those three: the library suggests them in the order the gazette lists them, as an
//! interpretation. Three documents suffice; the calculator lists them and does not verify them.
//!
//! The window's last day is the corresponding day (Civil Code arts. 201-202), moved past a
//! statutory rest day by art. 203 with the State Council's holiday calendar
//! ([`crate::calendar`]); everything compared with the window uses the moved day. Where a
//! year's notice is not yet in the table and its 补假 or 调休 could still put a date on the
//! other side of the last day, the result says so (`WINDOW_END_UNCERTAIN`) and a refusal for
//! that date is the library's reading, not the gazette's.
//!
//! Earlier applications are inputs. They must fit the same window and the same entitlement:
//! if they do not, the inputs contradict each other (`INCONSISTENT`) rather than the applicant
//! being ineligible, because such withdrawals could not have been made under this rule.

use serde::{Deserialize, Serialize};

use crate::calendar::{self, Calendar, SiteCalendar};
use crate::date::IsoDate;
use crate::date::{Date, MAX_YEAR};
use crate::error::{Error, ErrorKind, Result};
use crate::explain::{docs, Basis, Citation, Explanation, Trace};
use crate::money::Money;
use crate::money::MoneyIn;
use crate::params::{self, ParamId};

/// Whose account an amount comes from, relative to the depositor applying.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The depositor's own account (`"self"`).
    #[serde(rename = "self")]
    Depositor,
    /// The spouse (配偶).
    Spouse,
    /// A parent (父母).
    Parent,
    /// A child (子女).
    Child,
}

// The derived `Ord` follows the declaration order, which is the order in which accounts are
// drawn on (二(三)3): self, spouse, parents, children.
impl Relation {
    /// The relation in words (zh, en), for steps and messages.
    fn label(self) -> (&'static str, &'static str) {
        match self {
            Relation::Depositor => ("缴存人本人", "the depositor"),
            Relation::Spouse => ("配偶", "the spouse"),
            Relation::Parent => ("父母", "a parent"),
            Relation::Child => ("子女", "a child"),
        }
    }
}

/// An earlier withdrawal for the same elevator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct PreviousWithdrawal {
    /// The day it was applied for.
    pub date: IsoDate,
    /// The amount withdrawn (all accounts together).
    pub amount: MoneyIn,
}

/// An account that may be drawn on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct Account {
    /// Whose account it is.
    pub relation: Relation,
    /// Its available balance.
    pub balance: MoneyIn,
}

/// The input of [`elevator_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
pub struct ElevatorWithdrawalInput {
    /// The date on the planning permit (or approval document).
    pub permit_date: IsoDate,
    /// The date of this application.
    pub application_date: IsoDate,
    /// The household's withdrawable amount for the elevator (本家庭户可提取额度).
    pub entitlement: MoneyIn,
    /// Earlier withdrawals for the same elevator; none when absent.
    #[serde(default)]
    pub previous: Vec<PreviousWithdrawal>,
    /// The accounts that may be drawn on, in any order.
    pub accounts: Vec<Account>,
    /// Rest and working days for years the built-in holiday calendar lacks (a site setting).
    #[serde(default)]
    pub calendar: Option<SiteCalendar>,
}

/// What one account contributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct Allocation {
    /// Whose account.
    pub relation: Relation,
    /// The position of the account in the input `accounts` (0-based), so that two parents'
    /// or children's accounts can be told apart.
    pub account: usize,
    /// The amount drawn from it.
    pub amount: Money,
}

/// A document the application needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct RequiredDocument {
    /// Its name in Chinese, as the gazette writes it.
    pub zh: &'static str,
    /// Its name in English.
    pub en: &'static str,
}

/// The documents of 二(三)1, in the gazette's order.
pub const DOCUMENTS: [RequiredDocument; 3] = [
    RequiredDocument {
        zh: "既有住宅加装电梯建设工程规划许可证（或规划许可意见等批准建设文件）",
        en: "The planning permit for installing the elevator (or the approval document, such as a planning opinion)",
    },
    RequiredDocument {
        zh: "房屋产权证明",
        en: "Proof of ownership of the home",
    },
    RequiredDocument {
        zh: "付款凭证（或交款票据）",
        en: "The payment voucher (or receipt)",
    },
];

/// The result of [`elevator_withdrawal`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct ElevatorWithdrawalResult {
    /// Whether this application may be made.
    pub eligible: bool,
    /// The last day of the window (inside it): [`Self::window_ends_nominal`], or, when that is
    /// a statutory rest day, the first day after the rest (Civil Code art. 203).
    pub window_ends: IsoDate,
    /// The corresponding day the window's years after the permit date, or the month's last
    /// day where that day does not exist (29 Feb → 28 Feb) (Civil Code arts. 201-202).
    pub window_ends_nominal: IsoDate,
    /// This application's number: 1-3 when eligible; more than 3 means over the limit.
    pub application_number: u64,
    /// Applications still possible after this one (when eligible); when not eligible, those
    /// still possible later (3 before the window opens, otherwise 0).
    pub applications_left: u64,
    /// The entitlement less all earlier withdrawals.
    pub remaining_entitlement: Money,
    /// What to draw from which account, in drawing order; accounts drawn on only.
    pub allocation: Vec<Allocation>,
    /// The sum of the allocation.
    pub covered: Money,
    /// What the accounts cannot cover: `covered + uncovered = remainingEntitlement`.
    pub uncovered: Money,
    /// The documents to bring (listed, not verified).
    pub documents: Vec<RequiredDocument>,
    /// The steps applied with their citations, warnings, reasons and rule version.
    #[serde(flatten)]
    pub explanation: Explanation,
}

const fn clause(clause: &'static str) -> Citation {
    Citation::gazette(docs::HPF_2023_1, clause)
}

const DOCUMENTS_RULE: Citation = clause("二(三)1");
const ACCOUNTS_RULE: Citation = clause("二(三)3");
const CIVIL_CODE: Citation = Citation::law(docs::CIVIL_CODE_PERIODS, "");
const ART_203: Citation = Citation::law(calendar::CIVIL_CODE_ART_203, "");
const HOLIDAY_RULES: Citation = Citation::law(calendar::HOLIDAY_RULES_ART_2, "");

/// The same error, about another input field (the parameter table speaks of `date`).
fn at_field(e: Error, field: &str) -> Error {
    Error::with_text(e.kind(), Some(field.to_owned()), e.text().clone())
}

/// Checks the earlier withdrawals against the window and the entitlement; returns their sum.
fn check_previous(
    input: &ElevatorWithdrawalInput,
    end: &calendar::PeriodEnd,
    years: u32,
    rule_start: Option<Date>,
) -> Result<Money> {
    // A date the year's notice may still put inside the window is not refused: only a date
    // after the latest possible last day contradicts the window.
    let window_ends = end.latest;
    let mut sum = Money::ZERO;
    for (i, p) in input.previous.iter().enumerate() {
        let field = format!("previous[{i}].date");
        let (zh, en) = if p.date < input.permit_date {
            (
                format!("早于规划许可日期 {}", input.permit_date),
                format!("is before the permit date {}", input.permit_date),
            )
        } else if p.date > window_ends && window_ends != end.last_day.day {
            (
                format!("晚于 {years} 年期限最迟可能的最后一日 {window_ends}"),
                format!("is after the latest possible last day of the {years}-year window, {window_ends}"),
            )
        } else if p.date > window_ends {
            (
                format!("晚于 {years} 年期限的最后一日 {window_ends}"),
                format!("is after the last day of the {years}-year window, {window_ends}"),
            )
        } else if p.date > input.application_date {
            (
                format!("晚于本次申请日期 {}", input.application_date),
                format!(
                    "is after this application's date {}",
                    input.application_date
                ),
            )
        } else {
            (String::new(), String::new())
        };
        if !zh.is_empty() {
            // A withdrawal before the rule took effect was not made under it: say only that
            // the dates contradict each other.
            let (why_zh, why_en) = match rule_start {
                Some(start) if p.date < start => (
                    "与所填其他日期矛盾".to_owned(),
                    "this contradicts the other dates entered".to_owned(),
                ),
                _ => (
                    "不可能按本规定提取".to_owned(),
                    "it cannot have been made under this rule".to_owned(),
                ),
            };
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!("此前提取的日期 {} {zh}，{why_zh}", p.date),
                format!("The earlier withdrawal's date {} {en}; {why_en}", p.date),
            ));
        }
        sum = sum
            .add(p.amount)
            .map_err(|_| Error::overflow(Some(&format!("previous[{i}].amount"))))?;
        if sum > input.entitlement {
            let field = format!("previous[{i}].amount");
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!(
                    "此前提取合计 {sum} 元，超过本家庭户可提取额度 {} 元",
                    input.entitlement
                ),
                format!(
                    "The earlier withdrawals add up to {sum} yuan, more than the household's entitlement of {} yuan",
                    input.entitlement
                ),
            ));
        }
    }
    Ok(sum)
}

/// Draws `need` from the accounts, self first, then spouse, parents, children; accounts of
/// the same relation in the order given. Never more than a balance or than `need`.
///
/// # Errors
/// `OUT_OF_RANGE` only on an overflow that amounts within the input bounds cannot cause.
pub fn allocate(accounts: &[Account], need: Money) -> Result<(Vec<Allocation>, Money)> {
    let mut order: Vec<(usize, &Account)> = accounts.iter().enumerate().collect();
    // A stable sort keeps the input order within one relation.
    order.sort_by_key(|(_, a)| a.relation);
    let mut left = need;
    let mut covered = Money::ZERO;
    let mut allocation = Vec::new();
    for (index, a) in order {
        if left.is_zero() {
            break;
        }
        let amount = a.balance.min(left);
        if amount.is_zero() {
            continue;
        }
        left = left.saturating_sub(amount);
        covered = covered.add(amount)?;
        allocation.push(Allocation {
            relation: a.relation,
            account: index,
            amount,
        });
    }
    Ok((allocation, covered))
}

/// How `d` was classified, as a phrase after "对应日 X（星期N）" / "The corresponding day X
/// (weekday)". The wording says who decided: a day of a year the built-in table lacks is never
/// said flatly to be, or not to be, a statutory rest day; it says what the year's notice could
/// still change about it ([`calendar::Doubt`]).
fn classified(d: &calendar::DayInfo, doubt: calendar::Doubt) -> (String, String) {
    use calendar::{Doubt, Source, Why};
    let holiday_rules = calendar::HOLIDAY_RULES_ART_2;
    let (swap, make_up) = (calendar::SWAP_REACH, calendar::MAKE_UP_REACH);
    let since = calendar::NOTICES_MEASURED_FROM;
    match (d.source, d.why) {
        (_, Why::Holiday(h)) => (
            format!("是法定休假日（{}假期）", h.zh),
            format!("is a statutory rest day (the {} holiday)", h.en),
        ),
        (_, Why::Art2(a)) => {
            let (mut zh, mut en) = (String::new(), String::new());
            for h in a.holidays() {
                push(
                    &mut zh,
                    "；",
                    &format!("{}，{holiday_rules}：{}", h.zh, h.dates_zh),
                );
                push(&mut en, "; ", &format!("{}, {}", h.en, h.dates_en));
            }
            (
                format!("是法定休假日（{zh}）"),
                format!("is a statutory rest day ({en}, by art. 2 of the national holiday rules)"),
            )
        }
        (Source::Notice(_), Why::Weekend) => (
            "是法定休假日（周休息日）".to_owned(),
            "is a statutory rest day (a weekly rest day)".to_owned(),
        ),
        (Source::Notice(_), Why::WorkDay) => (
            "为调休上班日，不是法定休假日".to_owned(),
            "is a weekend day made a working day, not a rest day".to_owned(),
        ),
        (Source::Notice(_), _) => (
            "不是法定休假日".to_owned(),
            "is not a statutory rest day".to_owned(),
        ),
        (Source::Site(y), Why::SiteRest) => (
            format!("按本站提供的 {y} 年日历是休息日"),
            format!("is a rest day by the site's calendar for {y}"),
        ),
        (Source::Site(y), Why::Weekend) => (
            format!("是周休息日，本站提供的 {y} 年日历未将其列为调休上班日"),
            format!("is a weekend day the site's calendar for {y} does not make a working day"),
        ),
        (Source::Site(y), Why::WorkDay) => (
            format!("按本站提供的 {y} 年日历为调休上班日"),
            format!("is a working day by the site's calendar for {y}"),
        ),
        (Source::Site(y), _) => (
            format!("按本站提供的 {y} 年日历不是休息日"),
            format!("is not a rest day by the site's calendar for {y}"),
        ),
        (Source::Uncovered(y), why) => {
            let weekend = why == Why::Weekend;
            let (tail_zh, tail_en) = match (weekend, doubt, calendar::knows_all_art2_holidays(y)) {
                (true, Doubt::None, _) => (
                    format!("该日距法定节日超过 {swap} 日，{since} 年以来的年度通知未在这样的周末调休上班"),
                    format!("it is more than {swap} days from a holiday, where no yearly notice since {since} has made a weekend day a working day"),
                ),
                (true, _, _) => (
                    "是否调休上班须待当年通知".to_owned(),
                    "whether it is made a working day is for that year's notice".to_owned(),
                ),
                (false, _, false) => (
                    "该年农历节日的日期也未收录：农历节日、补假和调休无法确定，未计入".to_owned(),
                    "nor its lunar dates: its lunar holidays, make-up days off and swapped days are unknown and not counted".to_owned(),
                ),
                (false, Doubt::None, _) => (
                    format!("该日距法定节日超过 {make_up} 日，{since} 年以来的年度通知未在这样的工作日放假，按工作日计"),
                    format!("it is more than {make_up} days from a holiday, where no yearly notice since {since} has given a weekday off, so it counts as a working day"),
                ),
                (false, _, _) => (
                    "是否补假或调休放假须待当年通知，暂按工作日计".to_owned(),
                    "whether it becomes a make-up or swapped day off is for that year's notice; for now it counts as a working day".to_owned(),
                ),
            };
            let (what_zh, what_en) = if weekend {
                ("是周休息日".to_owned(), "is a weekend day".to_owned())
            } else {
                (
                    format!("不是星期六、星期日，也不是{holiday_rules}规定的已知节日"),
                    "is neither a weekend day nor a known holiday of art. 2 of the national holiday rules".to_owned(),
                )
            };
            (
                format!("{what_zh}（内置节假日表未收录 {y} 年；{tail_zh}）"),
                format!("{what_en} (the built-in table lacks {y}; {tail_en})"),
            )
        }
    }
}

/// The holidays of art. 2 in `year` with their days, in the article's order (zh, en).
fn art2_year_words(year: i32) -> (String, String) {
    let (mut zh, mut en) = (String::new(), String::new());
    let fixed = calendar::fixed_holidays(year);
    let lunar = calendar::lunar_dates(year);
    let spring_last = lunar.and_then(calendar::spring_festival_last);
    // In art. 2's order: 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节.
    let fixed_named = |zh: &str| {
        fixed
            .iter()
            .find(|f| f.holiday.zh == zh)
            .map(|f| (f.holiday, String::new()))
    };
    let lunar_day = |h: &'static calendar::Art2Holiday, days: Option<String>| days.map(|d| (h, d));
    let items: Vec<(&calendar::Art2Holiday, String)> = [
        fixed_named("元旦"),
        lunar_day(
            &calendar::SPRING_FESTIVAL,
            lunar
                .zip(spring_last)
                .map(|(l, last)| format!("{}至{last}", l.new_year_eve)),
        ),
        lunar_day(&calendar::QINGMING, lunar.map(|l| l.qingming.to_string())),
        fixed_named("劳动节"),
        lunar_day(
            &calendar::DRAGON_BOAT,
            lunar.map(|l| l.dragon_boat.to_string()),
        ),
        lunar_day(
            &calendar::MID_AUTUMN,
            lunar.map(|l| l.mid_autumn.to_string()),
        ),
        fixed_named("国庆节"),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (h, days) in &items {
        if days.is_empty() {
            push(&mut zh, "、", &format!("{}（{}）", h.zh, h.dates_zh));
            push(&mut en, ", ", &format!("{} ({})", h.en, h.dates_en));
        } else {
            push(
                &mut zh,
                "、",
                &format!("{}（{}：{days}）", h.zh, h.dates_zh),
            );
            push(&mut en, ", ", &format!("{} ({}: {days})", h.en, h.dates_en));
        }
    }
    if zh.is_empty() {
        zh.push_str("无（早于2008年的版本未收录）");
        en.push_str("none (versions before 2008 are not included)");
    } else if lunar.is_none() {
        zh.push_str("；春节、清明节、端午节、中秋节的日期未收录，未计入");
        en.push_str("; the days of the Spring Festival, Qingming, Dragon Boat and Mid-Autumn holidays are not in the table and not counted");
    }
    (zh, en)
}

/// Records how art. 203 decided the window's last day: which calendar, why it moved or not,
/// and a warning for each year whose days decided it without a State Council notice.
fn explain_art_203(trace: &mut Trace, end: &calendar::PeriodEnd, cal: &Calendar<'_>) {
    use calendar::Source;
    let nominal = end.nominal.day;
    let last = end.last_day.day;
    let (mut by_zh, mut by_en) = (String::new(), String::new());
    for source in end.sources() {
        let (zh, en) = match source {
            Source::Notice(n) => (
                n.cite(),
                format!(
                    "the State Council General Office's holiday notice for {}",
                    n.year
                ),
            ),
            Source::Site(y) => (
                format!("本站提供的 {y} 年日历（未与国务院办公厅当年通知核对）"),
                format!("the site's calendar for {y} (not checked against a State Council notice)"),
            ),
            Source::Uncovered(y) => (
                format!(
                    "{y} 年的星期六、星期日和{}规定的节日（该年无内置通知）",
                    calendar::HOLIDAY_RULES_ART_2
                ),
                format!("for {y}, only the weekends and the holidays of art. 2 of the national holiday rules (no built-in notice)"),
            ),
        };
        push(&mut by_zh, "；", &zh);
        push(&mut by_en, "; ", &en);
    }
    let gap_years = end.uncovered_years();
    let site_years = end.site_years();
    // Art. 2 is cited for a year without a notice or site days, whose rest days it partly
    // makes, and for any day one of its holidays decided.
    let mut art2_years = gap_years.clone();
    for d in &end.days {
        if matches!(d.why, calendar::Why::Art2(_)) && !art2_years.contains(&d.day.year()) {
            art2_years.push(d.day.year());
        }
    }
    let (wd_zh, wd_en) = (calendar::weekday_zh(nominal), calendar::weekday_en(nominal));
    let (what_zh, what_en) = classified(&end.nominal, cal.doubt(&end.nominal));
    let (zh, en) = if end.moved() {
        (
            format!(
                "对应日 {nominal}（{wd_zh}）{what_zh}；期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日，即 {last}（{}）。休息日依{by_zh}确定",
                calendar::weekday_zh(last)
            ),
            format!(
                "The corresponding day {nominal} ({wd_en}) {what_en}; a period ending on a rest day ends on the day after the rest: {last} ({}). Rest days from: {by_en}",
                calendar::weekday_en(last)
            ),
        )
    } else {
        (
            format!("对应日 {nominal}（{wd_zh}）{what_zh}，期限最后一日不顺延。休息日依{by_zh}确定"),
            format!("The corresponding day {nominal} ({wd_en}) {what_en}: the last day stays. Rest days from: {by_en}"),
        )
    };
    trace.step(ART_203, zh, en, Some(last.to_string()));
    if !art2_years.is_empty() {
        let (mut zh, mut en) = (String::new(), String::new());
        for y in &art2_years {
            let (days_zh, days_en) = art2_year_words(*y);
            push(&mut zh, "；", &format!("{y} 年：{days_zh}"));
            push(&mut en, "; ", &format!("{y}: {days_en}"));
        }
        trace.step(
            HOLIDAY_RULES,
            format!(
                "法定节日为法定休假日，与星期六、星期日一并计为休息日（内置节假日表未收录该年）：{zh}"
            ),
            format!(
                "The holidays of art. 2 are statutory rest days and count with Saturdays and Sundays (the built-in table lacks the year): {en}"
            ),
            None,
        );
    }
    if !site_years.is_empty() {
        let (zh, en) = (join(&site_years, "、"), join(&site_years, ", "));
        trace.step(
            Citation::SITE,
            format!("{zh} 年的休息日和调休上班日由本站提供（内置节假日表未收录该年）"),
            format!(
                "The rest and working days of {en} are the site's (the built-in holiday table lacks that year)"
            ),
            None,
        );
        trace.warn(
            Basis::Site,
            "HOLIDAY_CALENDAR_FROM_SITE",
            format!(
                "{zh} 年的休息日和调休上班日由本站提供，未与国务院办公厅当年节假日安排的通知核对；期限最后一日以该日历为准"
            ),
            format!(
                "The rest and working days of {en} are the site's and were not checked against the State Council's notice for that year; the last day rests on them"
            ),
        );
    }
    if !gap_years.is_empty() {
        let (zh, en) = (join(&gap_years, "、"), join(&gap_years, ", "));
        let no_lunar: Vec<i32> = gap_years
            .iter()
            .copied()
            .filter(|y| !calendar::knows_all_art2_holidays(*y))
            .collect();
        let (lunar_zh, lunar_en) = if no_lunar.is_empty() {
            (String::new(), String::new())
        } else {
            (
                format!(
                    "；{} 年的春节、清明节、端午节、中秋节日期未收录，也未计入",
                    join(&no_lunar, "、")
                ),
                format!(
                    "; the Spring Festival, Qingming, Dragon Boat and Mid-Autumn days of {} are not in the table and not counted either",
                    join(&no_lunar, ", ")
                ),
            )
        };
        let checked = calendar::NOTICES_CHECKED_UNTIL;
        trace.warn(
            Basis::Law,
            "HOLIDAY_CALENDAR_NOT_COVERED",
            format!(
                "内置节假日表（核对至 {checked}）未收录 {zh} 年（国务院办公厅当年节假日安排的通知）：按星期六、星期日和{}规定的节日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）计算休息日；当年的补假和调休只由该年通知确定，未计入，期限最后一日可能不同{lunar_zh}",
                calendar::HOLIDAY_RULES_ART_2
            ),
            format!(
                "The built-in holiday table (checked up to {checked}) lacks {en} (the State Council's notice for that year): Saturdays, Sundays and the holidays of art. 2 of the national holiday rules (New Year's Day, Spring Festival, Qingming, Labour Day, Dragon Boat, Mid-Autumn, National Day) count as rest days; the make-up days off and swapped working days only that year's notice fixes are not counted, so the last day may differ{lunar_en}"
            ),
        );
    }
}

/// Records that a notice not yet in the table decides whether some dates are inside the window
/// (POLICY conventions, `WINDOW_END_UNCERTAIN`): the range the last day can fall in, the
/// reading that gives it, and which dates it concerns.
fn explain_undecided(
    trace: &mut Trace,
    end: &calendar::PeriodEnd,
    cal: &Calendar<'_>,
    dates: &[(String, String)],
) {
    let years = end.undecided_years(cal);
    let (years_zh, years_en) = (join(&years, "、"), join(&years, ", "));
    let (mut dates_zh, mut dates_en) = (String::new(), String::new());
    for (zh, en) in dates {
        push(&mut dates_zh, "、", zh);
        push(&mut dates_en, ", ", en);
    }
    let (earliest, latest, last) = (end.earliest, end.latest, end.last_day.day);
    let (make_up, swap) = (calendar::MAKE_UP_REACH, calendar::SWAP_REACH);
    let since = calendar::NOTICES_MEASURED_FROM;
    trace.step(
        Citation::INTERPRETATION,
        format!(
            "{years_zh} 年的节假日安排通知未收录，其补假（《全国年节及纪念日放假办法》第六条）和调休未知。{since} 年以来的年度通知只在法定节日前后 {make_up} 日内放假、{swap} 日内调休上班；本计算器据此认为期限最后一日在 {earliest} 至 {latest} 之间（按已知休息日为 {last}），{dates_zh} 是否在期限内以该年通知为准"
        ),
        format!(
            "The holiday notice for {years_en} is not in the table, so its make-up days off (art. 6 of the national holiday rules) and swapped days are unknown. Since {since} the yearly notices have given weekdays off only within {make_up} days of a holiday and made weekend days working days only within {swap}; the library reads the last day as falling between {earliest} and {latest} ({last} by the rest days known): whether {dates_en} is inside, that year's notice decides"
        ),
        Some(latest.to_string()),
    );
    trace.warn(
        Basis::Interpretation,
        "WINDOW_END_UNCERTAIN",
        format!(
            "期限最后一日取决于国务院办公厅 {years_zh} 年节假日安排的通知（补假、调休），可能在 {earliest} 至 {latest} 之间：{dates_zh} 是否在期限内，以该年通知为准（本计算器的理解）"
        ),
        format!(
            "The last day depends on the State Council General Office's holiday notice for {years_en} (make-up days off, swapped days) and may fall from {earliest} to {latest}: whether {dates_en} is inside the window, that year's notice decides (the library's reading)"
        ),
    );
}

/// Years written out as a list.
fn join(years: &[i32], sep: &str) -> String {
    let mut out = String::new();
    for y in years {
        push(&mut out, sep, &y.to_string());
    }
    out
}

/// Appends `item` to a list written out in `out`, after `sep` unless it is the first.
fn push(out: &mut String, sep: &str, item: &str) {
    if !out.is_empty() {
        out.push_str(sep);
    }
    out.push_str(item);
}

/// Records the library's reading for a permit issued before the rule took effect: the gazette
/// has no transitional rule, and refusing such families would withhold a benefit the notice
/// grants from its first day, so applications from that day get the full window.
fn explain_early_permit(trace: &mut Trace, permit: Date, start: Date, years: u32, max: u64) {
    trace.step(
        Citation::INTERPRETATION,
        format!(
            "规划许可日期 {permit} 早于本规定施行之日 {start}，公报未规定过渡办法；本计算器理解为：{start} 起的申请同样适用自许可之日起 {years} 年内最多 {max} 次的规定，期限仍自许可之日起算"
        ),
        format!(
            "The permit date {permit} is before the rule took effect on {start} and the gazette has no transitional rule; the library reads it as giving applications from {start} the same window of {years} years and {max} applications, still counted from the permit date"
        ),
        None,
    );
    trace.warn(
        Basis::Interpretation,
        "PERMIT_BEFORE_RULE",
        format!(
            "规划许可早于 {start}：公报未规定此前取得许可的情形，本计算按完整期限计算，以公积金中心受理为准"
        ),
        format!(
            "The permit predates {start}: the gazette does not address earlier permits; the full window is assumed, and the fund centre decides"
        ),
    );
}

/// Records the library's reading for earlier withdrawals dated before the rule took effect:
/// the gazette does not say whether they count. They are counted, towards the applications and
/// the entitlement, because the entitlement is the household's for the one elevator and not
/// counting them could pay it twice; the fund centre decides.
fn explain_early_withdrawals(trace: &mut Trace, start: Option<Date>, count: u64, sum: Money) {
    let start = start.map(|d| d.to_string()).unwrap_or_default();
    trace.step(
        Citation::INTERPRETATION,
        format!(
            "此前提取中有 {count} 次（合计 {sum} 元）早于本规定施行之日 {start}，公报未规定是否计入；本计算器理解为计入申请次数和已提取金额，因为可提取额度是本家庭户就同一部电梯的额度，不计入可能重复提取"
        ),
        format!(
            "Earlier withdrawals made before the rule took effect on {start}: {count} ({sum} yuan); the gazette does not say whether they count. The library counts them towards the applications and the amount withdrawn, since the entitlement is the household's for the one elevator and not counting them could pay it twice"
        ),
        Some(count.to_string()),
    );
    trace.warn(
        Basis::Interpretation,
        "PREVIOUS_BEFORE_RULE",
        format!(
            "{start} 前的提取已计入申请次数和已提取金额：公报未规定，以公积金中心受理为准"
        ),
        format!(
            "Withdrawals before {start} are counted towards the applications and the amount: the gazette does not say, and the fund centre decides"
        ),
    );
}

/// Works out whether an elevator-installation withdrawal may be made now, how much is left of
/// the household's entitlement and how to draw it from the family's accounts.
///
/// # Errors
/// `RULE_NOT_IN_SOURCE` at `applicationDate` before 2023-01-01 (the gazette gives no earlier
/// rule); `INCONSISTENT` at `previous[i].date` for an earlier withdrawal dated before the
/// permit, after the window's latest possible last day (a day the year's notice may still put
/// inside is not refused) or after this application, at `previous[i].amount` when the
/// earlier withdrawals add up to more than the entitlement, and at `accounts[i].relation` for
/// a second own or spouse's account; `OUT_OF_RANGE` at `permitDate` when the window would end
/// after the last supported year; the errors of [`Calendar::new`] and
/// [`Calendar::period_end`] for the site's `calendar`.
pub fn elevator_withdrawal(input: &ElevatorWithdrawalInput) -> Result<ElevatorWithdrawalResult> {
    let max_param = params::on(ParamId::ElevatorMaxApplications, input.application_date)
        .map_err(|e| at_field(e, "applicationDate"))?;
    let years_param = params::on(ParamId::ElevatorWindowYears, input.application_date)
        .map_err(|e| at_field(e, "applicationDate"))?;
    let max_applications = max_param.whole();
    let years = u32::try_from(years_param.whole()).map_err(|_| Error::overflow(None))?;
    let past_range = || {
        Error::at(
            ErrorKind::OutOfRange,
            "permitDate",
            format!("{years} 年期限将超出支持的年份范围（至 {MAX_YEAR} 年）"),
            format!("The {years}-year window would run past the last supported year, {MAX_YEAR}"),
        )
    };
    let cal = Calendar::new(input.calendar.as_ref())?;
    let window_ends_nominal = input
        .permit_date
        .add_years(years)
        .map_err(|_| past_range())?;
    let end = cal.period_end(window_ends_nominal).map_err(|e| {
        if e.field().is_none() {
            past_range()
        } else {
            e
        }
    })?;
    let window_ends = end.last_day.day;

    for relation in [Relation::Depositor, Relation::Spouse] {
        if let Some((i, _)) = input
            .accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| a.relation == relation)
            .nth(1)
        {
            let field = format!("accounts[{i}].relation");
            let (zh, en) = relation.label();
            return Err(Error::at(
                ErrorKind::Inconsistent,
                &field,
                format!("{zh}的住房公积金账户只能填写一个"),
                format!("Only one account of {en} can be entered"),
            ));
        }
    }

    let rule_start = years_param.effective_from;
    let used = check_previous(input, &end, years, rule_start)?;
    // Withdrawals before the rule took effect: counted (an interpretation, recorded below).
    let (mut early_count, mut early_sum) = (0u64, Money::ZERO);
    for p in &input.previous {
        if rule_start.is_some_and(|start| p.date < start) {
            early_count += 1;
            early_sum = early_sum.add(p.amount)?;
        }
    }
    let remaining = input.entitlement.saturating_sub(used);
    let previous_count = u64::try_from(input.previous.len()).unwrap_or(u64::MAX);
    let application_number = previous_count.saturating_add(1);

    let mut trace = Trace::default();
    trace.step(
        years_param.citation,
        format!(
            "自规划许可（或批准建设文件）之日起 {years} 年内最多申请 {max_applications} 次，合计不超过本家庭户可提取额度"
        ),
        format!(
            "Up to {max_applications} applications within {years} years of the permit (or approval), in all within the household's entitlement"
        ),
        None,
    );
    trace.step(
        CIVIL_CODE,
        format!(
            "自规划许可（或批准建设文件）之日 {} 起 {years} 年，到期月的对应日为 {window_ends_nominal}（无对应日的为该月最后一日）",
            input.permit_date
        ),
        format!(
            "{years} years from the permit (or approval) date {} run to the corresponding day, {window_ends_nominal} (the month's last day where there is none)",
            input.permit_date
        ),
        Some(window_ends_nominal.to_string()),
    );
    explain_art_203(&mut trace, &end, &cal);
    if let Some(start) = years_param.effective_from {
        if input.permit_date < start {
            explain_early_permit(
                &mut trace,
                input.permit_date,
                start,
                years,
                max_param.whole(),
            );
        }
    }

    if early_count > 0 {
        explain_early_withdrawals(&mut trace, rule_start, early_count, early_sum);
    }

    let before = input.application_date < input.permit_date;
    let after = input.application_date > window_ends;
    // Dates whose place inside or outside the window only a notice not yet in the table decides.
    let mut undecided: Vec<(String, String)> = Vec::new();
    if !before && end.undecided(input.application_date) {
        undecided.push((
            format!("申请日期 {}", input.application_date),
            format!("the application date {}", input.application_date),
        ));
    }
    for p in &input.previous {
        if end.undecided(p.date) {
            undecided.push((
                format!("此前提取日期 {}", p.date),
                format!("the earlier withdrawal's date {}", p.date),
            ));
        }
    }
    if !undecided.is_empty() {
        explain_undecided(&mut trace, &end, &cal, &undecided);
    }
    let too_many = application_number > max_applications;
    if before {
        trace.reason(
            Basis::Gazette,
            "BEFORE_PERMIT",
            format!(
                "申请日期 {} 早于规划许可（或批准建设文件）日期 {}",
                input.application_date, input.permit_date
            ),
            format!(
                "The application date {} is before the permit (or approval) date {}",
                input.application_date, input.permit_date
            ),
        );
    }
    if after && end.undecided(input.application_date) {
        // Outside by the rest days known, inside if the year's notice adds rest days: the
        // library's reading, not a flat refusal.
        trace.reason(
            Basis::Interpretation,
            "WINDOW_ENDED",
            format!(
                "本计算器的理解：按已知的休息日，期限最后一日为 {window_ends}，申请日期 {} 已超过；该年通知的补假或调休可能使其延至 {}，以该年通知为准",
                input.application_date, end.latest
            ),
            format!(
                "The library's reading: by the rest days known the window ends on {window_ends} and the application date {} is after it; that year's notice may move the last day as late as {}, and it decides",
                input.application_date, end.latest
            ),
        );
    } else if after {
        trace.reason(
            Basis::Gazette,
            "WINDOW_ENDED",
            format!(
                "申请日期 {} 已超过自规划许可之日起 {years} 年的期限（最后一日为 {window_ends}）",
                input.application_date
            ),
            format!(
                "The application date {} is after the {years}-year window from the permit (last day {window_ends})",
                input.application_date
            ),
        );
    }
    if too_many {
        // Only the withdrawals before the rule make it too many: the library's reading.
        let basis = if application_number.saturating_sub(early_count) > max_applications {
            Basis::Gazette
        } else {
            Basis::Interpretation
        };
        trace.reason(
            basis,
            "NO_APPLICATIONS_LEFT",
            format!(
                "自规划许可之日起 {years} 年内最多申请 {max_applications} 次，此前已申请 {previous_count} 次"
            ),
            format!(
                "At most {max_applications} applications within the window; {previous_count} already made"
            ),
        );
    }
    if input.entitlement.is_zero() {
        trace.reason(
            Basis::Gazette,
            "NO_ENTITLEMENT",
            "本家庭户可提取额度为 0 元：没有可提取的金额".to_owned(),
            "The household's entitlement is 0 yuan: there is nothing to withdraw".to_owned(),
        );
    } else if remaining.is_zero() {
        let basis = if used.saturating_sub(early_sum) < input.entitlement {
            Basis::Interpretation
        } else {
            Basis::Gazette
        };
        trace.reason(
            basis,
            "ENTITLEMENT_USED_UP",
            format!(
                "本家庭户可提取额度 {} 元已全部提取（此前合计 {used} 元）",
                input.entitlement
            ),
            format!(
                "The household's entitlement of {} yuan has been withdrawn in full ({used} yuan before)",
                input.entitlement
            ),
        );
    }
    let eligible = trace.reasons.is_empty();
    let applications_left = if eligible {
        max_applications.saturating_sub(application_number)
    } else if before {
        max_applications.saturating_sub(previous_count)
    } else {
        0
    };
    trace.step(
        max_param.citation,
        format!(
            "自规划许可之日起 {years} 年内最多申请 {max_applications} 次；本次为第 {application_number} 次"
        ),
        format!(
            "At most {max_applications} applications within {years} years of the permit; this is application {application_number}"
        ),
        Some(application_number.to_string()),
    );
    trace.step(
        max_param.citation,
        format!(
            "各次提取合计不超过本家庭户可提取额度：{} 元 − 此前已提取 {used} 元 = 剩余 {remaining} 元",
            input.entitlement
        ),
        format!(
            "All withdrawals together stay within the household's entitlement: {} − {used} already withdrawn = {remaining} yuan left",
            input.entitlement
        ),
        Some(remaining.to_string()),
    );

    let (allocation, covered) = if eligible {
        allocate(&input.accounts, remaining)?
    } else {
        (Vec::new(), Money::ZERO)
    };
    let uncovered = remaining.saturating_sub(covered);
    if eligible {
        let parts: Vec<(String, String)> = allocation
            .iter()
            .map(|a| {
                let (zh, en) = a.relation.label();
                (
                    format!("{zh} {} 元", a.amount),
                    format!("{} {en}", a.amount),
                )
            })
            .collect();
        let zh_parts: Vec<&str> = parts.iter().map(|p| p.0.as_str()).collect();
        let en_parts: Vec<&str> = parts.iter().map(|p| p.1.as_str()).collect();
        trace.step(
            ACCOUNTS_RULE,
            format!(
                "先用缴存人本人账户；无住房公积金或本人账户余额不足的，不足部分可由配偶、父母、子女申请提取其住房公积金补足：{}",
                if zh_parts.is_empty() {
                    "无可用余额".to_owned()
                } else {
                    zh_parts.join("，")
                }
            ),
            format!(
                "The depositor's own account first; with no account or too little, the spouse, parents and children may apply to withdraw theirs to make up the shortfall: {}",
                if en_parts.is_empty() {
                    "no balance available".to_owned()
                } else {
                    en_parts.join(", ")
                }
            ),
            Some(covered.to_string()),
        );
        if allocation.iter().any(|a| a.relation != Relation::Depositor) {
            trace.step(
                Citation::INTERPRETATION,
                "公报未规定配偶、父母、子女账户之间的先后；本计算器按公报列举的顺序（配偶、父母、子女）建议，同一关系的多个账户按填写顺序。家庭可另行商定，以公积金中心受理为准".to_owned(),
                "The gazette sets no order among the spouse's, parents' and children's accounts; the library suggests the order in which the gazette lists them (spouse, parents, children), accounts of one relation in the order entered. The family may agree otherwise; the fund centre decides".to_owned(),
                None,
            );
        }
        if !uncovered.is_zero() {
            trace.warn(
                Basis::Gazette,
                "NOT_FULLY_COVERED",
                format!("所列账户余额合计不足，尚有 {uncovered} 元无法用住房公积金支付"),
                format!("The accounts listed cannot cover {uncovered} yuan of the remaining entitlement"),
            );
        }
    }
    trace.step(
        DOCUMENTS_RULE,
        "凭规划许可证（或批准建设文件）、房屋产权证明、付款凭证（或交款票据）即可申请；本计算器只列出材料，不作核验".to_owned(),
        "Apply with the permit (or approval), proof of ownership and the payment voucher (or receipt); the calculator lists them and does not verify them".to_owned(),
        None,
    );

    Ok(ElevatorWithdrawalResult {
        eligible,
        window_ends,
        window_ends_nominal,
        application_number,
        applications_left,
        remaining_entitlement: remaining,
        allocation,
        covered,
        uncovered,
        documents: DOCUMENTS.to_vec(),
        explanation: trace.finish(max_param.policy()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::explain::INTERPRETATION_RULE;

    fn input(permit: &str, application: &str, entitlement: &str) -> ElevatorWithdrawalInput {
        ElevatorWithdrawalInput {
            permit_date: permit.parse().unwrap(),
            application_date: application.parse().unwrap(),
            entitlement: entitlement.parse().unwrap(),
            previous: Vec::new(),
            accounts: Vec::new(),
            calendar: None,
        }
    }

    /// An input whose own account covers the entitlement.
    fn funded(permit: &str, application: &str) -> ElevatorWithdrawalInput {
        let mut i = input(permit, application, "1000");
        i.accounts = vec![acct(Relation::Depositor, "1000")];
        i
    }

    fn acct(relation: Relation, balance: &str) -> Account {
        Account {
            relation,
            balance: balance.parse().unwrap(),
        }
    }

    fn prev(date: &str, amount: &str) -> PreviousWithdrawal {
        PreviousWithdrawal {
            date: date.parse().unwrap(),
            amount: amount.parse().unwrap(),
        }
    }

    fn codes(r: &ElevatorWithdrawalResult) -> Vec<&str> {
        r.explanation
            .warnings
            .iter()
            .map(|w| w.code.as_str())
            .collect()
    }

    fn basis_of(r: &ElevatorWithdrawalResult, rule: &str) -> Vec<Basis> {
        r.explanation
            .steps
            .iter()
            .filter(|s| s.rule == rule)
            .map(|s| s.basis)
            .collect()
    }

    #[test]
    fn window_end_moves_past_rest_days() {
        // (permit, nominal end, last day after art. 203)
        for (permit, nominal, last) in [
            ("2023-03-15", "2026-03-15", "2026-03-16"), // Sunday
            ("2022-10-01", "2025-10-01", "2025-10-09"), // National Day
            ("2022-09-28", "2025-09-28", "2025-09-28"), // working Sunday
            ("2023-02-15", "2026-02-15", "2026-02-24"), // Spring Festival
            ("2023-02-28", "2026-02-28", "2026-02-28"), // working Saturday
            ("2023-03-13", "2026-03-13", "2026-03-13"), // Friday
        ] {
            let r = elevator_withdrawal(&input(permit, last, "1000")).unwrap();
            assert_eq!(r.window_ends_nominal.to_string(), nominal, "{permit}");
            assert_eq!(r.window_ends.to_string(), last, "{permit}");
            assert!(r.eligible, "{permit}: the last day is inside");
            let step = &r.explanation.steps[2];
            assert_eq!(
                (step.rule.as_str(), step.basis),
                (calendar::CIVIL_CODE_ART_203, Basis::Law)
            );
            assert_eq!(step.value.as_deref(), Some(last));
            let day_after = r.window_ends.next_day().unwrap().to_string();
            let r = elevator_withdrawal(&input(permit, &day_after, "1000")).unwrap();
            assert!(!r.eligible, "{permit}: {day_after} is too late");
            assert_eq!(r.explanation.reasons[0].code, "WINDOW_ENDED");
            assert_eq!(r.applications_left, 0);
        }
    }

    #[test]
    fn art_203_step_names_the_holiday_and_the_notice() {
        let r = elevator_withdrawal(&input("2022-10-01", "2025-10-09", "1000")).unwrap();
        let zh = &r.explanation.steps[2].zh();
        assert!(zh.contains("国庆节、中秋节假期"), "{zh}");
        assert!(zh.contains("国办发明电〔2024〕12号"), "{zh}");
        assert!(zh.contains("2025-10-09（星期四）"), "{zh}");
        let r = elevator_withdrawal(&input("2022-09-28", "2025-09-28", "1000")).unwrap();
        assert!(r.explanation.steps[2].zh().contains("调休上班日"));
    }

    #[test]
    fn year_outside_the_table_counts_weekends_and_warns() {
        let r = elevator_withdrawal(&input("2024-02-29", "2027-03-01", "1000")).unwrap();
        assert_eq!(r.window_ends_nominal.to_string(), "2027-02-28");
        assert_eq!(r.window_ends.to_string(), "2027-03-01");
        assert!(r.eligible);
        let w = &r.explanation.warnings[0];
        assert_eq!(
            (w.code.as_str(), w.basis),
            ("HOLIDAY_CALENDAR_NOT_COVERED", Basis::Law)
        );
        // The site gives 2027: its working day keeps the nominal day and the warning goes.
        let mut i = input("2024-02-29", "2027-02-28", "1000");
        i.calendar = Some(SiteCalendar {
            rest_days: vec![],
            work_days: vec!["2027-02-28".parse().unwrap()],
        });
        let r = elevator_withdrawal(&i).unwrap();
        assert_eq!(r.window_ends.to_string(), "2027-02-28");
        assert!(!codes(&r).contains(&"HOLIDAY_CALENDAR_NOT_COVERED"));
        assert_eq!(basis_of(&r, docs::SITE_CONFIG), vec![Basis::Site]);
        // ... but the year is the site's, unchecked: a warning says so.
        let w = &r.explanation.warnings[0];
        assert_eq!(
            (w.code.as_str(), w.basis),
            ("HOLIDAY_CALENDAR_FROM_SITE", Basis::Site)
        );
    }

    #[test]
    fn fixed_date_holidays_count_in_a_year_outside_the_table() {
        // Friday 2027-10-01 is National Day in every year (holiday rules, art. 2): with the
        // weekend it runs to Monday 2027-10-04.
        let r = elevator_withdrawal(&funded("2024-10-01", "2027-10-04")).unwrap();
        assert_eq!(r.window_ends_nominal.to_string(), "2027-10-01");
        assert_eq!(r.window_ends.to_string(), "2027-10-04");
        assert!(r.eligible);
        let zh = &r.explanation.steps[2].zh();
        assert!(
            zh.contains("国庆节") && zh.contains("2027-10-04（星期一）"),
            "{zh}"
        );
        let s = &r.explanation.steps[3];
        assert_eq!(
            (s.rule.as_str(), s.basis),
            (calendar::HOLIDAY_RULES_ART_2, Basis::Law)
        );
        assert!(s.zh().contains("10月1日至3日"), "{}", s.zh());
        assert_eq!(codes(&r), vec!["HOLIDAY_CALENDAR_NOT_COVERED"]);
        let w = &r.explanation.warnings[0].zh();
        assert!(w.contains("春节") && w.contains("补假和调休"), "{w}");
        // The day after is outside by the days known, but 2027's notice may give 4-8 October
        // off (two National Day days fall on the weekend: art. 6 owes make-up days): the
        // refusal is the library's reading, with WINDOW_END_UNCERTAIN.
        let r = elevator_withdrawal(&input("2024-10-01", "2027-10-05", "1000")).unwrap();
        let reason = &r.explanation.reasons[0];
        assert_eq!(
            (reason.code.as_str(), reason.basis),
            ("WINDOW_ENDED", Basis::Interpretation)
        );
        assert!(reason.zh().starts_with("本计算器的理解") && reason.zh().contains("2027-10-11"));
        assert_eq!(
            codes(&r),
            vec!["HOLIDAY_CALENDAR_NOT_COVERED", "WINDOW_END_UNCERTAIN"]
        );
        let w = &r.explanation.warnings[1];
        assert_eq!(w.basis, Basis::Interpretation);
        assert!(w.zh().contains("2027-10-04 至 2027-10-11"), "{}", w.zh());
        assert_eq!(
            basis_of(&r, INTERPRETATION_RULE),
            vec![Basis::Interpretation]
        );
        // Past the latest possible last day the refusal is flat again.
        let r = elevator_withdrawal(&input("2024-10-01", "2027-10-12", "1000")).unwrap();
        assert_eq!(r.explanation.reasons[0].basis, Basis::Gazette);
        assert_eq!(codes(&r), vec!["HOLIDAY_CALENDAR_NOT_COVERED"]);
        // An ordinary weekday of an uncovered year is never called flatly "not a rest day":
        // the step says why it counts as a working day.
        let r = elevator_withdrawal(&input("2024-03-01", "2027-03-01", "1000")).unwrap();
        let step = &r.explanation.steps[2];
        assert!(!step.zh().contains("不是法定休假日"), "{}", step.zh());
        assert!(step.zh().contains("按工作日计"), "{}", step.zh());
        assert!(
            !step.en().contains("is not a statutory rest day"),
            "{}",
            step.en()
        );
    }

    #[test]
    fn earlier_withdrawals_the_missing_notice_may_put_inside_are_not_refused() {
        // Window as in National Day 2027: last day 2027-10-04 by the days known, no later than
        // 2027-10-11 whatever 2027's notice says.
        let mut i = input("2024-10-01", "2027-10-08", "3000");
        i.previous = vec![prev("2027-10-06", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].basis, Basis::Interpretation);
        let w = r
            .explanation
            .warnings
            .iter()
            .find(|w| w.code == "WINDOW_END_UNCERTAIN")
            .unwrap();
        assert!(
            w.zh()
                .contains("申请日期 2027-10-08、此前提取日期 2027-10-06"),
            "{}",
            w.zh()
        );
        // After the latest possible last day the earlier withdrawal contradicts the window.
        i.application_date = "2027-10-12".parse().unwrap();
        i.previous = vec![prev("2027-10-12", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[0].date"))
        );
        assert!(e.message_zh().contains("最迟可能的最后一日 2027-10-11"));
        // Only the earlier withdrawal is undecided: the application, outside for certain, is
        // refused on the gazette's rule and not named in the warning; the withdrawal is.
        i.previous = vec![prev("2027-10-06", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert_eq!(r.explanation.reasons[0].basis, Basis::Gazette);
        let w = r
            .explanation
            .warnings
            .iter()
            .find(|w| w.code == "WINDOW_END_UNCERTAIN")
            .unwrap();
        assert!(
            w.zh().contains("：此前提取日期 2027-10-06 是否"),
            "{}",
            w.zh()
        );
    }

    #[test]
    fn a_site_year_is_attributed_to_the_site_however_few_its_days() {
        // One site day for 2027 makes 2027 the site's: Wednesday 2027-02-10 (two days after
        // the 2027 Spring Festival of art. 2) is classified by the site's calendar, and the
        // result says so.
        let mut i = funded("2024-02-10", "2027-02-10");
        i.calendar = Some(SiteCalendar {
            rest_days: vec!["2027-10-01".parse().unwrap()],
            work_days: vec![],
        });
        let r = elevator_withdrawal(&i).unwrap();
        let zh = &r.explanation.steps[2].zh();
        assert!(zh.contains("按本站提供的 2027 年日历不是休息日"), "{zh}");
        assert!(!zh.contains("不是法定休假日"), "{zh}");
        assert_eq!(codes(&r), vec!["HOLIDAY_CALENDAR_FROM_SITE"]);
        assert_eq!(r.explanation.warnings[0].basis, Basis::Site);
    }

    #[test]
    fn only_years_that_decided_are_warned_about() {
        // Nominal 2022-12-31 is in the 2023 notice's New Year holiday: 2022 decided nothing.
        let r = elevator_withdrawal(&funded("2019-12-31", "2023-01-03")).unwrap();
        assert_eq!(r.window_ends_nominal.to_string(), "2022-12-31");
        assert_eq!(r.window_ends.to_string(), "2023-01-03");
        assert!(r.eligible);
        assert_eq!(codes(&r), vec!["PERMIT_BEFORE_RULE"]);
        // A site day that the 2023 notice decides is refused, though 2022 has no notice.
        let mut i = input("2019-12-31", "2023-01-03", "1000");
        i.calendar = Some(SiteCalendar {
            rest_days: vec![],
            work_days: vec!["2022-12-31".parse().unwrap()],
        });
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("calendar.workDays[0]"))
        );
    }

    #[test]
    fn withdrawals_before_the_rule_count_as_an_interpretation() {
        let mut i = input("2022-03-01", "2023-03-01", "30000");
        i.previous = vec![
            prev("2022-05-01", "1000"),
            prev("2022-06-01", "1000"),
            prev("2022-07-01", "1000"),
        ];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        let reason = &r.explanation.reasons[0];
        assert_eq!(
            (reason.code.as_str(), reason.basis),
            ("NO_APPLICATIONS_LEFT", Basis::Interpretation)
        );
        assert!(codes(&r).contains(&"PREVIOUS_BEFORE_RULE"));
        let steps: Vec<_> = r
            .explanation
            .steps
            .iter()
            .filter(|s| s.basis == Basis::Interpretation)
            .collect();
        assert_eq!(steps.len(), 2, "early permit and early withdrawals");
        assert!(steps[1]
            .zh()
            .contains("3 次（合计 3000.00 元）早于本规定施行之日 2023-01-01"));
        assert_eq!(steps[1].rule, INTERPRETATION_RULE);
        // Four withdrawals from 2023 on: the gazette's own limit.
        i.previous = vec![
            prev("2022-05-01", "1000"),
            prev("2023-01-05", "1000"),
            prev("2023-01-06", "1000"),
            prev("2023-01-07", "1000"),
        ];
        let r = elevator_withdrawal(&i).unwrap();
        assert_eq!(r.explanation.reasons[0].basis, Basis::Gazette);
        // The entitlement used up only through a 2022 withdrawal: an interpretation too.
        i.previous = vec![prev("2022-05-01", "30000")];
        let r = elevator_withdrawal(&i).unwrap();
        let reason = &r.explanation.reasons[0];
        assert_eq!(
            (reason.code.as_str(), reason.basis),
            ("ENTITLEMENT_USED_UP", Basis::Interpretation)
        );
        // A 2022 date that contradicts the permit is not said to break "this rule".
        i.permit_date = "2022-06-01".parse().unwrap();
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(e.field(), Some("previous[0].date"));
        assert!(!e.message_zh().contains("本规定"), "{}", e.message_zh());
        // No early withdrawal: no such step or warning.
        i.previous = vec![prev("2023-02-01", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!codes(&r).contains(&"PREVIOUS_BEFORE_RULE"));
    }

    #[test]
    fn zero_entitlement_is_not_used_up() {
        let r = elevator_withdrawal(&input("2023-03-01", "2023-06-01", "0")).unwrap();
        assert!(!r.eligible);
        let codes: Vec<&str> = r
            .explanation
            .reasons
            .iter()
            .map(|x| x.code.as_str())
            .collect();
        assert_eq!(codes, vec!["NO_ENTITLEMENT"]);
    }

    #[test]
    fn relatives_may_make_up_the_shortfall() {
        let mut i = input("2023-03-01", "2023-06-01", "3000");
        i.accounts = vec![acct(Relation::Spouse, "5000")];
        let r = elevator_withdrawal(&i).unwrap();
        let s = basis_of(&r, &ACCOUNTS_RULE.rule());
        assert_eq!(s, vec![Basis::Gazette]);
        let step = r
            .explanation
            .steps
            .iter()
            .find(|s| s.rule == ACCOUNTS_RULE.rule())
            .unwrap();
        assert!(
            step.zh().contains("可由配偶、父母、子女申请提取"),
            "{}",
            step.zh()
        );
        assert!(step.en().contains("may apply"), "{}", step.en());
    }

    #[test]
    fn parameter_labels_carry_no_numbers() {
        // The numbers are the values: a label repeating one would go stale when it changes.
        for p in params::policy_parameters() {
            if p.id.as_str().starts_with("elevator.") {
                for text in [&p.zh, &p.en] {
                    assert!(
                        !text
                            .chars()
                            .any(|c| c.is_ascii_digit() || "一二三四五六七八九十".contains(c)),
                        "{}: {text}",
                        p.id.as_str()
                    );
                }
            }
        }
    }

    #[test]
    fn previous_withdrawals_compare_with_the_moved_day() {
        let mut i = input("2023-03-15", "2026-03-16", "3000");
        i.previous = vec![prev("2026-03-16", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(r.eligible);
        assert_eq!(r.application_number, 2);
        i.application_date = "2026-03-17".parse().unwrap();
        i.previous = vec![prev("2026-03-17", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[0].date"))
        );
    }

    #[test]
    fn early_permit_is_an_interpretation_with_a_warning() {
        let r = elevator_withdrawal(&input("2022-06-01", "2023-01-03", "1000")).unwrap();
        assert!(r.eligible);
        assert_eq!(
            basis_of(&r, INTERPRETATION_RULE),
            vec![Basis::Interpretation]
        );
        let w = &r.explanation.warnings[0];
        assert_eq!(
            (w.code.as_str(), w.basis),
            ("PERMIT_BEFORE_RULE", Basis::Interpretation)
        );
        let r = elevator_withdrawal(&input("2023-01-01", "2023-01-03", "1000")).unwrap();
        assert!(!codes(&r).contains(&"PERMIT_BEFORE_RULE"));
        assert!(basis_of(&r, INTERPRETATION_RULE).is_empty());
    }

    #[test]
    fn interpretations_never_cite_the_gazette() {
        let mut i = input("2022-06-01", "2023-06-01", "30000");
        i.accounts = vec![
            acct(Relation::Depositor, "100"),
            acct(Relation::Child, "50000"),
        ];
        let r = elevator_withdrawal(&i).unwrap();
        let interpretations: Vec<_> = r
            .explanation
            .steps
            .iter()
            .filter(|s| s.basis == Basis::Interpretation)
            .collect();
        assert_eq!(interpretations.len(), 2);
        for s in interpretations {
            assert_eq!(s.rule, INTERPRETATION_RULE);
            assert!(!s.rule.contains(docs::HPF_2023_1));
        }
        // The self-account-first rule is the gazette's own.
        assert_eq!(basis_of(&r, &ACCOUNTS_RULE.rule()), vec![Basis::Gazette]);
        // Only the own account drawn on: no order among relatives to choose.
        i.accounts = vec![acct(Relation::Depositor, "50000")];
        i.permit_date = "2023-01-01".parse().unwrap();
        let r = elevator_withdrawal(&i).unwrap();
        assert!(r
            .explanation
            .steps
            .iter()
            .all(|s| s.basis != Basis::Interpretation));
    }

    #[test]
    fn before_permit_and_before_the_rule() {
        let r = elevator_withdrawal(&input("2023-05-01", "2023-04-30", "1000")).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].code, "BEFORE_PERMIT");
        assert_eq!(r.applications_left, 3);
        let e = elevator_withdrawal(&input("2022-06-01", "2022-12-31", "1000")).unwrap_err();
        assert_eq!(e.code(), "RULE_NOT_IN_SOURCE");
        assert_eq!(e.field(), Some("applicationDate"));
    }

    #[test]
    fn third_yes_fourth_no() {
        let mut i = input("2023-03-01", "2024-01-01", "30000");
        i.accounts = vec![acct(Relation::Depositor, "50000")];
        i.previous = vec![prev("2023-04-01", "1000"), prev("2023-05-01", "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(r.eligible);
        assert_eq!(r.application_number, 3);
        assert_eq!(r.applications_left, 0);
        assert_eq!(r.remaining_entitlement.to_string(), "28000.00");
        assert_eq!(r.covered.to_string(), "28000.00");
        i.previous.push(prev("2023-06-01", "1000"));
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.application_number, 4);
        assert_eq!(r.explanation.reasons[0].code, "NO_APPLICATIONS_LEFT");
        assert!(r.allocation.is_empty());
        assert_eq!(r.uncovered, r.remaining_entitlement);
    }

    #[test]
    fn accounts_in_gazette_order_whatever_the_input_order() {
        let mut i = input("2023-03-01", "2023-06-01", "30000");
        i.accounts = vec![
            acct(Relation::Child, "50000"),
            acct(Relation::Parent, "4000"),
            acct(Relation::Spouse, "6000"),
            acct(Relation::Parent, "5000"),
            acct(Relation::Depositor, "10000"),
        ];
        let r = elevator_withdrawal(&i).unwrap();
        let got: Vec<(Relation, usize, String)> = r
            .allocation
            .iter()
            .map(|a| (a.relation, a.account, a.amount.to_string()))
            .collect();
        assert_eq!(
            got,
            vec![
                (Relation::Depositor, 4, "10000.00".to_owned()),
                (Relation::Spouse, 2, "6000.00".to_owned()),
                (Relation::Parent, 1, "4000.00".to_owned()),
                (Relation::Parent, 3, "5000.00".to_owned()),
                (Relation::Child, 0, "5000.00".to_owned()),
            ]
        );
        assert_eq!(r.covered.to_string(), "30000.00");
        assert!(r.uncovered.is_zero());
    }

    #[test]
    fn shortfall_is_uncovered() {
        let mut i = input("2023-03-01", "2023-06-01", "30000");
        i.accounts = vec![acct(Relation::Spouse, "1000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert_eq!(r.covered.to_string(), "1000.00");
        assert_eq!(r.uncovered.to_string(), "29000.00");
        assert_eq!(r.explanation.warnings[0].code, "NOT_FULLY_COVERED");
    }

    #[test]
    fn contradictory_history() {
        let mut i = input("2023-03-01", "2023-06-01", "3000");
        i.previous = vec![prev("2023-04-01", "1000"), prev("2023-02-28", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[1].date"))
        );
        i.previous = vec![prev("2023-06-02", "1000")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(e.field(), Some("previous[0].date"));
        i.previous = vec![prev("2023-04-01", "2000"), prev("2023-05-01", "1000.01")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("INCONSISTENT", Some("previous[1].amount"))
        );
        i.previous = vec![prev("2023-04-01", "3000")];
        let r = elevator_withdrawal(&i).unwrap();
        assert!(!r.eligible);
        assert_eq!(r.explanation.reasons[0].code, "ENTITLEMENT_USED_UP");
        i.accounts = vec![acct(Relation::Spouse, "1"), acct(Relation::Spouse, "2")];
        let e = elevator_withdrawal(&i).unwrap_err();
        assert_eq!(e.field(), Some("accounts[1].relation"));
    }

    #[test]
    fn documents_are_the_three_of_the_clause() {
        let r = elevator_withdrawal(&input("2023-03-01", "2023-06-01", "1")).unwrap();
        assert_eq!(r.documents.len(), 3);
        assert!(r.documents[0].zh.contains("规划许可证"));
        assert_eq!(r.explanation.policy.document, docs::HPF_2023_1);
    }
}
