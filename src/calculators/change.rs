//! What the fund notice of 2023-01-01 changed for one case.
//!
//! The question every depositor asks after a rule change is "what did it change for me?". The
//! rent and repayment withdrawals answer it by running the same case again under the rule in
//! force on 2022-12-31, which the gazette states, and giving the money difference. Where the
//! earlier rule is not in the gazette (loan caps, the points rules) nothing is compared.

use std::fmt;

use serde::{Serialize, Serializer};

use crate::date::Date;
use crate::error::Result;
use crate::explain::{Basis, Citation, Explanation, Notice, Step, StepUnit};
use crate::money::Money;
use crate::params;
use crate::text::Text;

/// The warning that the earlier rule's start date is unknown: it concerns dates long before
/// the change, not 2022-12-31 (the gazette's "由…提高至" says the earlier value applied right
/// before the change), so it is the one "before" warning a comparison does not carry.
pub(crate) const START_UNKNOWN: &str = "OLD_RULE_START_UNKNOWN";

/// A money difference that may be negative, shown with its sign so that "more" and "less"
/// cannot be confused: `+1200.00`, `-300.00`, and `0.00` for no change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SignedMoney(Money);

impl SignedMoney {
    /// `after − before`, exactly.
    ///
    /// # Errors
    /// `OUT_OF_RANGE` on overflow (never for amounts within [`crate::money::MAX_AMOUNT_YUAN`]).
    pub fn difference(after: Money, before: Money) -> Result<SignedMoney> {
        after.sub(before).map(SignedMoney)
    }

    /// The difference as money (negative when less than before).
    pub fn money(self) -> Money {
        self.0
    }

    /// Whether the difference is above zero.
    pub fn is_positive(self) -> bool {
        self.0 > Money::ZERO
    }
}

impl fmt::Display for SignedMoney {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_positive() {
            write!(f, "+{}", self.0)
        } else {
            write!(f, "{}", self.0)
        }
    }
}

impl Serialize for SignedMoney {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// The day whose rule a result dated `date` is compared with: 2022-12-31 for dates from
/// 2023-01-01, none before (a result under the earlier rule has nothing to compare with).
pub fn comparison_day(date: Date) -> Option<Date> {
    (date >= params::HPF_CHANGE_DAY).then_some(params::HPF_LAST_DAY_BEFORE_CHANGE)
}

/// The words of a difference in the amount withdrawn: "比调整前多提取 1,200.00 元".
pub fn describe(change: SignedMoney) -> Text {
    let m = change.money();
    if change.is_positive() {
        Text::new("change.more").money("amount", m)
    } else if m < Money::ZERO {
        Text::new("change.less").money("amount", Money::round_down(-m.decimal()))
    } else {
        Text::new("change.same")
    }
}

/// Adds the comparison with the same case under the rule in force on `day` to `after`: the
/// step, then what the "before" run assumed.
///
/// The gazette states the earlier figures ("由…提高至", "由…调整为"), not a comparison: rerunning
/// the case under them, with whatever else that run assumes, is the library's reading, so the
/// step is an interpretation (`本库解释`), never a gazette clause. Its value is the signed
/// difference in yuan (`unit: yuan`), so a page shows "+1,200.00 元", not a bare "+1200.00".
///
/// A comparison is only as good as the earlier run: when that run rests on the library's
/// reading (e.g. `OLD_RULE_CONDITIONS_ASSUMED`: the 2023 conditions applied before 2023), the
/// 2023 result shows the same warning, marked as concerning the comparison. Warnings the
/// result already carries are not repeated, and `OLD_RULE_START_UNKNOWN` does not bear on
/// 2022-12-31.
pub fn attach_comparison(
    after: &mut Explanation,
    before: &Explanation,
    day: Date,
    what_before: Text,
    change: SignedMoney,
) {
    let cite = Citation::INTERPRETATION;
    after.steps.push(Step {
        rule: cite.rule(),
        basis: cite.basis,
        text: Text::new("change.comparison")
            .date("day", day)
            .text("before", what_before),
        value: Some(change.to_string()),
        unit: Some(StepUnit::Yuan),
    });
    for w in &before.warnings {
        if w.basis != Basis::Interpretation
            || w.code == START_UNKNOWN
            || after.warnings.iter().any(|a| a.code == w.code)
        {
            continue;
        }
        after.warnings.push(Notice {
            code: w.code.clone(),
            basis: Basis::Interpretation,
            text: Text::new("change.carried").text("warning", w.text.clone()),
        });
    }
}

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(typescript_custom_section)]
const CHANGE_TYPES: &'static str = r#"
/** A money difference with its sign and exactly 2 decimals: "+1200.00", "-300.00", "0.00". */
export type SignedMoney = string;
"#;

#[cfg(test)]
mod tests {
    use super::*;

    fn m(s: &str) -> Money {
        s.parse().unwrap()
    }

    #[test]
    fn signed_text() {
        let up = SignedMoney::difference(m("1100"), m("1000")).unwrap();
        assert_eq!(up.to_string(), "+100.00");
        let down = SignedMoney::difference(m("4000"), m("7000")).unwrap();
        assert_eq!(down.to_string(), "-3000.00");
        let same = SignedMoney::difference(m("5"), m("5")).unwrap();
        assert_eq!(same.to_string(), "0.00");
        assert_eq!(serde_json::to_string(&up).unwrap(), "\"+100.00\"");
        assert_eq!(describe(up).zh(), "比调整前多提取 100.00 元");
        assert_eq!(describe(down).zh(), "比调整前少提取 3,000.00 元");
        assert_eq!(
            describe(down).en(),
            "3,000.00 yuan less withdrawn than before the change"
        );
    }

    #[test]
    fn compared_only_from_the_change_day() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert_eq!(comparison_day(d("2022-12-31")), None);
        assert_eq!(comparison_day(d("2023-01-01")), Some(d("2022-12-31")));
    }
}
