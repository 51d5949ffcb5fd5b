//! Tests written for the mutants of the elevator-installation withdrawal
//! (src/calculators/elevator_withdrawal.rs) that `scripts/mutants.sh` found surviving
//! (MUTANTS.md), where a fixture case cannot say it (the fixtures check an error's code and
//! field, not its words).

use qinzhou_policy_calc::api;

fn elevator(permit: &str, application: &str, previous: &str) -> qinzhou_policy_calc::Error {
    api::call(
        "elevatorWithdrawal",
        &format!(
            r#"{{"permitDate":"{permit}","applicationDate":"{application}","entitlement":"20000",
                 "accounts":[{{"relation":"self","balance":"50000"}}],
                 "previous":[{{"date":"{previous}","amount":"1000"}}]}}"#
        ),
    )
    .unwrap_err()
}

/// The fund notice applies "自2023年1月1日起执行" (gazette line 1726): a withdrawal dated
/// 2023-01-01 was made while the rule was in force, so an earlier withdrawal of that day that
/// the window contradicts "cannot have been made under this rule"; one dated 2022-12-31 was
/// not made under it at all, and only "contradicts the other dates entered".
#[test]
fn an_earlier_withdrawal_on_the_rules_first_day_is_one_made_under_it() {
    let on_first_day = elevator("2023-01-02", "2023-06-01", "2023-01-01");
    assert_eq!(
        (on_first_day.code(), on_first_day.field()),
        ("INCONSISTENT", Some("previous[0].date"))
    );
    assert_eq!(
        on_first_day.message_en(),
        "The earlier withdrawal's date 2023-01-01 is before the permit date 2023-01-02; \
         it cannot have been made under this rule"
    );
    assert!(
        on_first_day.message_zh().ends_with("不可能按本规定提取"),
        "{}",
        on_first_day.message_zh()
    );

    let before = elevator("2023-01-02", "2023-06-01", "2022-12-31");
    assert_eq!(
        (before.code(), before.field()),
        ("INCONSISTENT", Some("previous[0].date"))
    );
    assert!(
        before
            .message_en()
            .ends_with("; this contradicts the other dates entered"),
        "{}",
        before.message_en()
    );
}
