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
use crate::text::{Arg, Text};

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
    /// The relation in words, for steps and messages.
    fn name(self) -> Text {
        match self {
            Relation::Depositor => Text::new("elevator_withdrawal.relation_self"),
            Relation::Spouse => Text::new("elevator_withdrawal.relation_spouse"),
            Relation::Parent => Text::new("elevator_withdrawal.relation_parent"),
            Relation::Child => Text::new("elevator_withdrawal.relation_child"),
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

/// Texts joined with `；` in Chinese and `; ` in English, as the steps list the calendars
/// and years that decided a day. (A list argument joins with `、` / `, `.) The texts nest
/// pairwise, the last one alone; `None` for no text.
fn semicolons(items: Vec<Text>) -> Option<Text> {
    items.into_iter().rev().reduce(|rest, first| {
        Text::new("elevator_withdrawal.semicolon_pair")
            .text("first", first)
            .text("rest", rest)
    })
}

/// Texts joined with `，` in Chinese and `, ` in English (see [`semicolons`]).
fn commas(items: Vec<Text>) -> Option<Text> {
    items.into_iter().rev().reduce(|rest, first| {
        Text::new("elevator_withdrawal.comma_pair")
            .text("first", first)
            .text("rest", rest)
    })
}

/// The two parameters of the rule in force on the application date: how many applications,
/// within how many years.
struct Rule {
    /// The most applications (its citation is the rule's).
    max_param: &'static params::Parameter,
    /// The window in years (its `effective_from` is the day the rule took effect).
    years_param: &'static params::Parameter,
    /// The most applications.
    max: u64,
    /// The window in years.
    years: u32,
}

impl Rule {
    /// The rule in force on `date`.
    fn on(date: Date) -> Result<Rule> {
        let max_param = params::on(ParamId::ElevatorMaxApplications, date)
            .map_err(|e| at_field(e, "applicationDate"))?;
        let years_param = params::on(ParamId::ElevatorWindowYears, date)
            .map_err(|e| at_field(e, "applicationDate"))?;
        let years = u32::try_from(years_param.whole()).map_err(|_| Error::overflow(None))?;
        Ok(Rule {
            max_param,
            years_param,
            max: max_param.whole(),
            years,
        })
    }

    /// The day the rule took effect, where the table says.
    fn start(&self) -> Option<Date> {
        self.years_param.effective_from
    }
}

/// The window's corresponding day and its last day under art. 203, with the calendar that
/// decided it.
fn window<'a>(
    input: &'a ElevatorWithdrawalInput,
    rule: &Rule,
) -> Result<(Calendar<'a>, Date, calendar::PeriodEnd)> {
    let years = rule.years;
    let past_range = || {
        Error::text_at(
            ErrorKind::OutOfRange,
            "permitDate",
            Text::new("elevator_withdrawal.window_past_range")
                .count("years", u64::from(years))
                .year("max_year", MAX_YEAR),
        )
    };
    let cal = Calendar::new(input.calendar.as_ref())?;
    let nominal = input
        .permit_date
        .add_years(years)
        .map_err(|_| past_range())?;
    let end =
        cal.period_end(nominal)
            .map_err(|e| if e.field().is_none() { past_range() } else { e })?;
    Ok((cal, nominal, end))
}

/// Refuses a second own or spouse's account: a depositor has one account, and so has the
/// spouse.
fn check_accounts(accounts: &[Account]) -> Result<()> {
    for relation in [Relation::Depositor, Relation::Spouse] {
        if let Some((i, _)) = accounts
            .iter()
            .enumerate()
            .filter(|(_, a)| a.relation == relation)
            .nth(1)
        {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                &format!("accounts[{i}].relation"),
                Text::new("elevator_withdrawal.one_account_only").text("relation", relation.name()),
            ));
        }
    }
    Ok(())
}

/// What an earlier withdrawal's date contradicts, if anything.
fn previous_date_problem(
    input: &ElevatorWithdrawalInput,
    end: &calendar::PeriodEnd,
    years: u32,
    date: Date,
) -> Option<Text> {
    // A date the year's notice may still put inside the window is not refused: only a date
    // after the latest possible last day contradicts the window.
    let window_ends = end.latest;
    if date < input.permit_date {
        Some(
            Text::new("elevator_withdrawal.previous_before_permit")
                .date("permit", input.permit_date),
        )
    } else if date > window_ends && window_ends != end.last_day.day {
        Some(
            Text::new("elevator_withdrawal.previous_after_latest_last_day")
                .count("years", u64::from(years))
                .date("last", window_ends),
        )
    } else if date > window_ends {
        Some(
            Text::new("elevator_withdrawal.previous_after_last_day")
                .count("years", u64::from(years))
                .date("last", window_ends),
        )
    } else if date > input.application_date {
        Some(
            Text::new("elevator_withdrawal.previous_after_application")
                .date("application", input.application_date),
        )
    } else {
        None
    }
}

/// Checks the earlier withdrawals against the window and the entitlement; returns their sum.
fn check_previous(
    input: &ElevatorWithdrawalInput,
    end: &calendar::PeriodEnd,
    years: u32,
    rule_start: Option<Date>,
) -> Result<Money> {
    let mut sum = Money::ZERO;
    for (i, p) in input.previous.iter().enumerate() {
        if let Some(problem) = previous_date_problem(input, end, years, p.date) {
            // A withdrawal before the rule took effect was not made under it: say only that
            // the dates contradict each other.
            let why = match rule_start {
                Some(start) if p.date < start => {
                    Text::new("elevator_withdrawal.previous_contradicts_dates")
                }
                _ => Text::new("elevator_withdrawal.previous_not_under_rule"),
            };
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                &format!("previous[{i}].date"),
                Text::new("elevator_withdrawal.previous_date")
                    .date("date", p.date)
                    .text("problem", problem)
                    .text("why", why),
            ));
        }
        let field = format!("previous[{i}].amount");
        sum = sum
            .add(p.amount)
            .map_err(|_| Error::overflow(Some(&field)))?;
        if sum > input.entitlement {
            return Err(Error::text_at(
                ErrorKind::Inconsistent,
                &field,
                Text::new("elevator_withdrawal.previous_over_entitlement")
                    .money("sum", sum)
                    .money("entitlement", input.entitlement),
            ));
        }
    }
    Ok(sum)
}

/// The earlier withdrawals, checked and summed.
struct History {
    /// How many.
    count: u64,
    /// Their sum.
    used: Money,
    /// How many were made before the rule took effect.
    early_count: u64,
    /// Their sum.
    early_sum: Money,
}

impl History {
    /// The earlier withdrawals of `input`, checked against the window and the entitlement.
    fn of(
        input: &ElevatorWithdrawalInput,
        end: &calendar::PeriodEnd,
        rule: &Rule,
    ) -> Result<History> {
        let used = check_previous(input, end, rule.years, rule.start())?;
        // Withdrawals before the rule took effect: counted (an interpretation, recorded by
        // explain_early_withdrawals).
        let (mut early_count, mut early_sum) = (0u64, Money::ZERO);
        for p in &input.previous {
            if rule.start().is_some_and(|start| p.date < start) {
                early_count += 1;
                early_sum = early_sum.add(p.amount)?;
            }
        }
        Ok(History {
            count: u64::try_from(input.previous.len()).unwrap_or(u64::MAX),
            used,
            early_count,
            early_sum,
        })
    }
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
fn classified(d: &calendar::DayInfo, doubt: calendar::Doubt) -> Text {
    use calendar::{Source, Why};
    match (d.source, d.why) {
        (_, Why::Holiday(h)) => {
            Text::new("elevator_withdrawal.day_notice_holiday").text("holiday", h.name())
        }
        (_, Why::Art2(a)) => {
            let holidays = a
                .holidays()
                .into_iter()
                .map(|h| {
                    Text::new("elevator_withdrawal.art2_holiday_dates")
                        .text("holiday", h.name())
                        .text("dates", h.dates())
                })
                .collect();
            // A day is an art. 2 holiday only through one of them: never empty.
            Text::new("elevator_withdrawal.day_art2_holiday")
                .text("holidays", semicolons(holidays).unwrap_or_default())
        }
        (Source::Notice(_), Why::Weekend) => Text::new("elevator_withdrawal.day_notice_weekend"),
        (Source::Notice(_), Why::WorkDay) => Text::new("elevator_withdrawal.day_notice_work_day"),
        (Source::Notice(_), _) => Text::new("elevator_withdrawal.day_notice_not_rest"),
        (Source::Site(y), Why::SiteRest) => {
            Text::new("elevator_withdrawal.day_site_rest").year("year", y)
        }
        (Source::Site(y), Why::Weekend) => {
            Text::new("elevator_withdrawal.day_site_weekend").year("year", y)
        }
        (Source::Site(y), Why::WorkDay) => {
            Text::new("elevator_withdrawal.day_site_work_day").year("year", y)
        }
        (Source::Site(y), _) => Text::new("elevator_withdrawal.day_site_not_rest").year("year", y),
        (Source::Uncovered(y), why) => classified_uncovered(y, why == Why::Weekend, doubt),
    }
}

/// [`classified`] for a day of a year neither the table nor the site covers.
fn classified_uncovered(year: i32, weekend: bool, doubt: calendar::Doubt) -> Text {
    use calendar::Doubt;
    let since = calendar::NOTICES_MEASURED_FROM;
    let tail = match (weekend, doubt, calendar::knows_all_art2_holidays(year)) {
        (true, Doubt::None, _) => Text::new("elevator_withdrawal.uncovered_weekend_far")
            .count("swap", u64::from(calendar::SWAP_REACH))
            .year("since", since),
        (true, _, _) => Text::new("elevator_withdrawal.uncovered_weekend_near"),
        (false, _, false) => Text::new("elevator_withdrawal.uncovered_weekday_no_lunar"),
        (false, Doubt::None, _) => Text::new("elevator_withdrawal.uncovered_weekday_far")
            .count("make_up", u64::from(calendar::MAKE_UP_REACH))
            .year("since", since),
        (false, _, _) => Text::new("elevator_withdrawal.uncovered_weekday_near"),
    };
    let what = if weekend {
        Text::new("elevator_withdrawal.uncovered_is_weekend")
    } else {
        Text::new("elevator_withdrawal.uncovered_is_weekday")
    };
    Text::new("elevator_withdrawal.day_uncovered")
        .text("what", what)
        .year("year", year)
        .text("tail", tail)
}

/// The holidays of art. 2 in `year` with their days, in the article's order.
fn art2_year(year: i32) -> Text {
    let items: Vec<Arg> = calendar::art2_holidays_in(year)
        .into_iter()
        .map(|h| {
            let item = match h.days {
                None => Text::new("elevator_withdrawal.art2_item"),
                Some((first, last)) if first == last => {
                    Text::new("elevator_withdrawal.art2_item_day").date("day", first)
                }
                Some((first, last)) => Text::new("elevator_withdrawal.art2_item_days")
                    .date("first", first)
                    .date("last", last),
            };
            Arg::Text(Box::new(
                item.text("holiday", h.holiday.name())
                    .text("dates", h.holiday.dates()),
            ))
        })
        .collect();
    if items.is_empty() {
        Text::new("elevator_withdrawal.art2_year_none")
            .year("year", year)
            .year("from", calendar::ART2_FROM)
    } else if calendar::lunar_dates(year).is_none() {
        Text::new("elevator_withdrawal.art2_year_no_lunar")
            .year("year", year)
            .list("holidays", items)
    } else {
        Text::new("elevator_withdrawal.art2_year")
            .year("year", year)
            .list("holidays", items)
    }
}

/// Years as a list argument.
fn years_list(years: &[i32]) -> Vec<Arg> {
    years.iter().map(|y| Arg::Year(*y)).collect()
}

/// What decided the rest days of the window's end, one text per calendar.
fn rest_day_sources(end: &calendar::PeriodEnd) -> Vec<Text> {
    use calendar::Source;
    end.sources()
        .into_iter()
        .map(|source| match source {
            Source::Notice(n) => n.cite(),
            Source::Site(y) => Text::new("elevator_withdrawal.source_site").year("year", y),
            Source::Uncovered(y) => {
                Text::new("elevator_withdrawal.source_uncovered").year("year", y)
            }
        })
        .collect()
}

/// Records how art. 203 decided the window's last day: which calendar, why it moved or not,
/// and a warning for each year whose days decided it without a State Council notice.
fn explain_art_203(trace: &mut Trace, end: &calendar::PeriodEnd, cal: &Calendar<'_>) {
    let nominal = end.nominal.day;
    let last = end.last_day.day;
    // The days looked at are never none, so neither are the calendars that decided them.
    let sources = semicolons(rest_day_sources(end)).unwrap_or_default();
    let what = classified(&end.nominal, cal.doubt(&end.nominal));
    let text = if end.moved() {
        Text::new("elevator_withdrawal.last_day_moved")
            .date("last", last)
            .text("last_weekday", calendar::weekday(last))
    } else {
        Text::new("elevator_withdrawal.last_day_stays")
    };
    trace.apply(
        ART_203,
        text.date("nominal", nominal)
            .text("weekday", calendar::weekday(nominal))
            .text("what", what)
            .text("sources", sources),
        Some(last.to_string()),
    );
    let art2_years: Vec<Text> = end.art2_years().into_iter().map(art2_year).collect();
    if let Some(years) = semicolons(art2_years) {
        trace.apply(
            HOLIDAY_RULES,
            Text::new("elevator_withdrawal.art2_rest_days").text("years", years),
            None,
        );
    }
    let site_years = end.site_years();
    if !site_years.is_empty() {
        trace.apply(
            Citation::SITE,
            Text::new("elevator_withdrawal.site_days").list("years", years_list(&site_years)),
            None,
        );
        trace.warning(
            Basis::Site,
            "HOLIDAY_CALENDAR_FROM_SITE",
            Text::new("elevator_withdrawal.site_days_unchecked")
                .list("years", years_list(&site_years)),
        );
    }
    let gap_years = end.uncovered_years();
    if !gap_years.is_empty() {
        let no_lunar = end.uncovered_years_without_lunar_dates();
        let text = if no_lunar.is_empty() {
            Text::new("elevator_withdrawal.not_covered")
        } else {
            Text::new("elevator_withdrawal.not_covered_no_lunar")
                .list("no_lunar", years_list(&no_lunar))
        };
        trace.warning(
            Basis::Law,
            "HOLIDAY_CALENDAR_NOT_COVERED",
            text.date("checked", calendar::NOTICES_CHECKED_UNTIL)
                .list("years", years_list(&gap_years)),
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
    dates: Vec<Arg>,
) {
    let years = years_list(&end.undecided_years(cal));
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("elevator_withdrawal.undecided")
            .list("years", years.clone())
            .year("since", calendar::NOTICES_MEASURED_FROM)
            .count("make_up", u64::from(calendar::MAKE_UP_REACH))
            .count("swap", u64::from(calendar::SWAP_REACH))
            .date("earliest", end.earliest)
            .date("latest", end.latest)
            .date("last", end.last_day.day)
            .list("dates", dates.clone()),
        Some(end.latest.to_string()),
    );
    trace.warning(
        Basis::Interpretation,
        "WINDOW_END_UNCERTAIN",
        Text::new("elevator_withdrawal.undecided_warning")
            .list("years", years)
            .date("earliest", end.earliest)
            .date("latest", end.latest)
            .list("dates", dates),
    );
}

/// The dates whose place inside or outside the window only a notice not yet in the table
/// decides: the application's (unless it is before the permit) and the earlier withdrawals'.
fn undecided_dates(input: &ElevatorWithdrawalInput, end: &calendar::PeriodEnd) -> Vec<Arg> {
    let mut undecided = Vec::new();
    let before = input.application_date < input.permit_date;
    if !before && end.undecided(input.application_date) {
        undecided.push(Arg::Text(Box::new(
            Text::new("elevator_withdrawal.undecided_application")
                .date("date", input.application_date),
        )));
    }
    for p in &input.previous {
        if end.undecided(p.date) {
            undecided.push(Arg::Text(Box::new(
                Text::new("elevator_withdrawal.undecided_previous").date("date", p.date),
            )));
        }
    }
    undecided
}

/// Records the library's reading for a permit issued before the rule took effect: the gazette
/// has no transitional rule, and refusing such families would withhold a benefit the notice
/// grants from its first day, so applications from that day get the full window.
fn explain_early_permit(trace: &mut Trace, permit: Date, start: Date, rule: &Rule) {
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("elevator_withdrawal.early_permit")
            .date("permit", permit)
            .date("start", start)
            .count("years", u64::from(rule.years))
            .count("max", rule.max),
        None,
    );
    trace.warning(
        Basis::Interpretation,
        "PERMIT_BEFORE_RULE",
        Text::new("elevator_withdrawal.early_permit_warning").date("start", start),
    );
}

/// Records the library's reading for earlier withdrawals dated before the rule took effect:
/// the gazette does not say whether they count. They are counted, towards the applications and
/// the entitlement, because the entitlement is the household's for the one elevator and not
/// counting them could pay it twice; the fund centre decides.
fn explain_early_withdrawals(trace: &mut Trace, start: Date, count: u64, sum: Money) {
    trace.apply(
        Citation::INTERPRETATION,
        Text::new("elevator_withdrawal.early_withdrawals")
            .count("count", count)
            .money("sum", sum)
            .date("start", start),
        Some(count.to_string()),
    );
    trace.warning(
        Basis::Interpretation,
        "PREVIOUS_BEFORE_RULE",
        Text::new("elevator_withdrawal.early_withdrawals_warning").date("start", start),
    );
}

/// Records the rule, the window's corresponding day and last day, and the library's readings
/// for a permit or withdrawals before the rule took effect.
fn explain_window(
    trace: &mut Trace,
    input: &ElevatorWithdrawalInput,
    rule: &Rule,
    nominal: Date,
    end: &calendar::PeriodEnd,
    cal: &Calendar<'_>,
    history: &History,
) {
    trace.apply(
        rule.years_param.citation,
        Text::new("elevator_withdrawal.rule")
            .count("years", u64::from(rule.years))
            .count("max", rule.max),
        None,
    );
    trace.apply(
        CIVIL_CODE,
        Text::new("elevator_withdrawal.corresponding_day")
            .date("permit", input.permit_date)
            .count("years", u64::from(rule.years))
            .date("nominal", nominal),
        Some(nominal.to_string()),
    );
    explain_art_203(trace, end, cal);
    if let Some(start) = rule.start() {
        if input.permit_date < start {
            explain_early_permit(trace, input.permit_date, start, rule);
        }
        if history.early_count > 0 {
            explain_early_withdrawals(trace, start, history.early_count, history.early_sum);
        }
    }
    let undecided = undecided_dates(input, end);
    if !undecided.is_empty() {
        explain_undecided(trace, end, cal, undecided);
    }
}

/// Records every reason this application cannot be made: before the permit, after the window,
/// no applications left, nothing left of the entitlement.
fn refuse(
    trace: &mut Trace,
    input: &ElevatorWithdrawalInput,
    rule: &Rule,
    end: &calendar::PeriodEnd,
    history: &History,
    remaining: Money,
) {
    let window_ends = end.last_day.day;
    if input.application_date < input.permit_date {
        trace.refusal(
            Basis::Gazette,
            "BEFORE_PERMIT",
            Text::new("elevator_withdrawal.before_permit")
                .date("application", input.application_date)
                .date("permit", input.permit_date),
        );
    }
    let after = input.application_date > window_ends;
    if after && end.undecided(input.application_date) {
        // Outside by the rest days known, inside if the year's notice adds rest days: the
        // library's reading, not a flat refusal.
        trace.refusal(
            Basis::Interpretation,
            "WINDOW_ENDED",
            Text::new("elevator_withdrawal.window_ended_undecided")
                .date("last", window_ends)
                .date("application", input.application_date)
                .date("latest", end.latest),
        );
    } else if after {
        trace.refusal(
            Basis::Gazette,
            "WINDOW_ENDED",
            Text::new("elevator_withdrawal.window_ended")
                .date("application", input.application_date)
                .count("years", u64::from(rule.years))
                .date("last", window_ends),
        );
    }
    let application_number = history.count.saturating_add(1);
    if application_number > rule.max {
        // Only the withdrawals before the rule make it too many: the library's reading.
        let basis = if application_number.saturating_sub(history.early_count) > rule.max {
            Basis::Gazette
        } else {
            Basis::Interpretation
        };
        trace.refusal(
            basis,
            "NO_APPLICATIONS_LEFT",
            Text::new("elevator_withdrawal.no_applications_left")
                .count("years", u64::from(rule.years))
                .count("max", rule.max)
                .count("previous", history.count),
        );
    }
    if input.entitlement.is_zero() {
        trace.refusal(
            Basis::Gazette,
            "NO_ENTITLEMENT",
            Text::new("elevator_withdrawal.no_entitlement").money("entitlement", input.entitlement),
        );
    } else if remaining.is_zero() {
        let basis = if history.used.saturating_sub(history.early_sum) < input.entitlement {
            Basis::Interpretation
        } else {
            Basis::Gazette
        };
        trace.refusal(
            basis,
            "ENTITLEMENT_USED_UP",
            Text::new("elevator_withdrawal.entitlement_used_up")
                .money("entitlement", input.entitlement)
                .money("used", history.used),
        );
    }
}

/// Draws what is left of the entitlement from the accounts and records how (二(三)3), the
/// library's order among relatives, and what the accounts cannot cover. Returns the allocation
/// and the amount covered.
fn draw(
    trace: &mut Trace,
    accounts: &[Account],
    remaining: Money,
) -> Result<(Vec<Allocation>, Money)> {
    let (allocation, covered) = allocate(accounts, remaining)?;
    let uncovered = remaining.saturating_sub(covered);
    let parts = allocation
        .iter()
        .map(|a| {
            Text::new("elevator_withdrawal.drawn")
                .text("relation", a.relation.name())
                .money("amount", a.amount)
        })
        .collect();
    let parts = commas(parts).unwrap_or_else(|| Text::new("elevator_withdrawal.drawn_none"));
    trace.apply(
        ACCOUNTS_RULE,
        Text::new("elevator_withdrawal.accounts").text("parts", parts),
        Some(covered.to_string()),
    );
    if allocation.iter().any(|a| a.relation != Relation::Depositor) {
        trace.apply(
            Citation::INTERPRETATION,
            Text::new("elevator_withdrawal.relatives_order"),
            None,
        );
    }
    if !uncovered.is_zero() {
        trace.warning(
            Basis::Gazette,
            "NOT_FULLY_COVERED",
            Text::new("elevator_withdrawal.not_fully_covered").money("uncovered", uncovered),
        );
    }
    Ok((allocation, covered))
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
    let rule = Rule::on(input.application_date)?;
    let (cal, window_ends_nominal, end) = window(input, &rule)?;
    check_accounts(&input.accounts)?;
    let history = History::of(input, &end, &rule)?;
    let remaining = input.entitlement.saturating_sub(history.used);
    let application_number = history.count.saturating_add(1);

    let mut trace = Trace::default();
    explain_window(
        &mut trace,
        input,
        &rule,
        window_ends_nominal,
        &end,
        &cal,
        &history,
    );
    refuse(&mut trace, input, &rule, &end, &history, remaining);
    let eligible = trace.reasons.is_empty();
    let applications_left = if eligible {
        rule.max.saturating_sub(application_number)
    } else if input.application_date < input.permit_date {
        rule.max.saturating_sub(history.count)
    } else {
        0
    };
    trace.apply(
        rule.max_param.citation,
        Text::new("elevator_withdrawal.application_number")
            .count("years", u64::from(rule.years))
            .count("max", rule.max)
            .count("number", application_number),
        Some(application_number.to_string()),
    );
    trace.apply(
        rule.max_param.citation,
        Text::new("elevator_withdrawal.remaining")
            .money("entitlement", input.entitlement)
            .money("used", history.used)
            .money("remaining", remaining),
        Some(remaining.to_string()),
    );
    let (allocation, covered) = if eligible {
        draw(&mut trace, &input.accounts, remaining)?
    } else {
        (Vec::new(), Money::ZERO)
    };
    trace.apply(
        DOCUMENTS_RULE,
        Text::new("elevator_withdrawal.documents"),
        None,
    );

    Ok(ElevatorWithdrawalResult {
        eligible,
        window_ends: end.last_day.day,
        window_ends_nominal,
        application_number,
        applications_left,
        remaining_entitlement: remaining,
        allocation,
        covered,
        uncovered: remaining.saturating_sub(covered),
        documents: DOCUMENTS.to_vec(),
        explanation: trace.finish(rule.max_param.policy()),
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
        assert!(zh.contains("2025年10月9日（星期四）"), "{zh}");
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
            zh.contains("国庆节") && zh.contains("2027年10月4日（星期一）"),
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
        assert!(
            reason.zh().starts_with("本计算器的理解") && reason.zh().contains("2027年10月11日")
        );
        assert_eq!(
            codes(&r),
            vec!["HOLIDAY_CALENDAR_NOT_COVERED", "WINDOW_END_UNCERTAIN"]
        );
        let w = &r.explanation.warnings[1];
        assert_eq!(w.basis, Basis::Interpretation);
        assert!(
            w.zh().contains("2027年10月4日 至 2027年10月11日"),
            "{}",
            w.zh()
        );
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
                .contains("申请日期 2027年10月8日、此前提取日期 2027年10月6日"),
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
        assert!(e.message_zh().contains("最迟可能的最后一日 2027年10月11日"));
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
            w.zh().contains("：此前提取日期 2027年10月6日 是否"),
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
            .contains("3 次（合计 3,000.00 元）早于本规定施行之日 2023年1月1日"));
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
