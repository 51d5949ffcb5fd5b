//! Tests written for mutants that `scripts/mutants.sh` found surviving (MUTANTS.md): each one
//! pins a behaviour no other test looked at.

use serde::de::value::{BytesDeserializer, Error as ValueError};
use serde::Deserialize;

use qinzhou_policy_calc::number::{Count, Rate};
use qinzhou_policy_calc::Money;

/// A value of a kind no calculator input takes (bytes) still gets an error that says what was
/// expected: serde's own message, from the visitors' `expecting` (src/shared/number.rs, src/shared/date.rs).
#[test]
fn an_unexpected_kind_of_value_says_what_was_expected() {
    let bytes = || BytesDeserializer::<ValueError>::new(b"12");
    let money = Money::deserialize(bytes()).unwrap_err().to_string();
    assert!(
        money.contains("expected an amount in yuan as a string or number"),
        "{money}"
    );
    let rate = Rate::deserialize(bytes()).unwrap_err().to_string();
    assert!(
        rate.contains("expected a rate as a string or number"),
        "{rate}"
    );
    let date = qinzhou_policy_calc::date::Date::deserialize(bytes())
        .unwrap_err()
        .to_string();
    assert!(
        date.contains("expected a date written YYYY-MM-DD"),
        "{date}"
    );
    let count = Count::deserialize(bytes()).unwrap_err().to_string();
    assert!(count.contains("expected a whole number"), "{count}");
}

/// A count is a whole number up to `MAX_COUNT` (10,000,000,000) inclusive; one above is
/// `OUT_OF_RANGE` whichever field it is in (src/shared/number.rs, read_count).
#[test]
fn a_count_is_refused_just_above_its_maximum_and_accepted_at_it() {
    use qinzhou_policy_calc::number::MAX_COUNT;
    let at: Count = serde_json::from_str(&MAX_COUNT.to_string()).unwrap();
    assert_eq!(at.get(), MAX_COUNT);
    for above in [MAX_COUNT + 1, MAX_COUNT * 2, 99_999_999_999] {
        assert!(
            serde_json::from_str::<Count>(&above.to_string()).is_err(),
            "{above}"
        );
    }
    let input = format!(r#"{{"population":{},"places":0}}"#, MAX_COUNT + 1);
    let e = qinzhou_policy_calc::api::call("childcarePlaces", &input).unwrap_err();
    assert_eq!((e.code(), e.field()), ("OUT_OF_RANGE", Some("population")));
}

/// A count that is not whole says "a whole number ≥ 0"; one that is negative or too large says
/// only that (src/shared/number.rs: read_count and CountVisitor::visit_f64 word the refusals apart).
#[test]
fn a_count_refusal_says_why() {
    let call = |months: &str| {
        let input = format!(
            r#"{{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,
                 "monthlyRent":"1000","months":{months},"balances":{{"applicant":"100"}}}}"#
        );
        qinzhou_policy_calc::api::call("rentWithdrawal", &input).unwrap_err()
    };
    let fraction = call("1.5");
    assert_eq!(
        (fraction.code(), fraction.field()),
        ("INVALID_NUMBER", Some("months"))
    );
    assert!(
        fraction
            .message_en()
            .contains("Expected a whole number ≥ 0"),
        "{}",
        fraction.message_en()
    );
    assert!(
        fraction.message_zh().contains("应为非负整数"),
        "{}",
        fraction.message_zh()
    );
    // A negative number is refused as negative, not as "not a whole number".
    let negative = call("-1.5");
    assert_eq!(
        (negative.code(), negative.field()),
        ("INVALID_NUMBER", Some("months"))
    );
    assert!(
        negative.message_en().contains("negative"),
        "{}",
        negative.message_en()
    );
    assert!(
        !negative.message_en().contains("whole number"),
        "{}",
        negative.message_en()
    );
    let huge = call("100000000000");
    assert_eq!(
        (huge.code(), huge.field()),
        ("OUT_OF_RANGE", Some("months"))
    );
    assert!(
        !huge.message_en().contains("whole number"),
        "{}",
        huge.message_en()
    );
    assert!(
        huge.message_en().contains("too large"),
        "{}",
        huge.message_en()
    );
}

/// A deserializer may hand a whole number over as a signed integer (serde_json does so only for
/// negatives): 0 and above are counts, below 0 is refused (src/shared/number.rs, CountVisitor).
#[test]
fn a_signed_zero_is_a_count() {
    use serde::de::IntoDeserializer;
    let count = |v: i64| Count::deserialize(IntoDeserializer::<ValueError>::into_deserializer(v));
    assert_eq!(count(0).unwrap().get(), 0);
    assert_eq!(count(7).unwrap().get(), 7);
    assert!(count(-1).is_err());
}

/// A warning's words in each language, through the Rust API (`Notice::zh`, `Notice::en`): the
/// balances-below-entitlement warning of a rent withdrawal (二(二): 800 a month for a single
/// depositor from 2023, 1,000 of rent × 2 months = 1,600 entitled, 500 held) fills the
/// catalogue's words with its figures, the same words the JSON result carries.
#[test]
fn a_warning_reads_the_same_through_rust_as_in_json() {
    let input = r#"{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,
                    "monthlyRent":"1000","months":2,"balances":{"applicant":"500"}}"#;
    let r = qinzhou_policy_calc::api::run_json(
        input,
        qinzhou_policy_calc::rent_withdrawal::rent_withdrawal,
    )
    .unwrap();
    let w = r
        .explanation
        .warnings
        .iter()
        .find(|w| w.code == "LIMITED_BY_BALANCE")
        .expect("LIMITED_BY_BALANCE");
    assert_eq!(
        w.en(),
        "The balances (500.00 yuan) are below the entitlement (1,600.00 yuan); the gazette does \
         not say what happens then, and no account can pay out more than it holds, so the \
         library limits the total to them"
    );
    let json = qinzhou_policy_calc::api::call("rentWithdrawal", input).unwrap();
    let from_json = json["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|w| w["code"] == "LIMITED_BY_BALANCE")
        .unwrap();
    assert_eq!(from_json["en"], w.en());
    assert_eq!(from_json["zh"], w.zh());
}

/// `params::shown` quotes a parameter's value in its shortest exact form: the single
/// depositor's rent ceiling from 2023 (二(二): "提高至…800元/月") as `800`, not `800.00`, and the
/// childcare target (附件1 第14项: 4.5 places per 1,000) as `4.5`.
#[test]
fn a_parameter_is_quoted_in_its_shortest_form() {
    use qinzhou_policy_calc::params::{self, ParamId};
    let rent = params::current(ParamId::RentCapSingle).unwrap();
    assert_eq!(params::shown(rent), "800");
    let target = params::current(ParamId::ChildcareTargetPerThousand).unwrap();
    assert_eq!(params::shown(target), "4.5");
}

/// A language's code names its folder of the catalogue, `texts/<code>/` (src/shared/text.rs,
/// `Lang::code`): the folders on disk are the oracle.
#[test]
fn each_language_code_names_its_catalogue_folder() {
    use qinzhou_policy_calc::text::Lang;
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("texts");
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(codes, ["zh", "en"]);
    for code in codes {
        assert!(
            root.join(code).join("errors.json").is_file(),
            "texts/{code}/"
        );
    }
}

/// A coded text carries its arguments, named as its template's placeholders (src/shared/text.rs,
/// `Text::args`): the template in texts/en/repayment_schedule.json is the oracle.
#[test]
fn a_coded_text_carries_the_arguments_its_template_names() {
    use qinzhou_policy_calc::text::{placeholders, Arg, Text};
    let catalogue: serde_json::Value =
        serde_json::from_str(include_str!("../../texts/en/repayment_schedule.json")).unwrap();
    let template = catalogue["repayment_schedule.term_range"].as_str().unwrap();
    let text = Text::new("repayment_schedule.term_range").count("max", 600);
    let names: Vec<&str> = text.args().iter().map(|(n, _)| *n).collect();
    assert_eq!(names, placeholders(template));
    assert_eq!(text.args()[0].1, Arg::Count(600));
}

/// Reading a template's placeholders ends and moves past every one, the empty `{}` too
/// (src/shared/text.rs, `placeholders`: stepping back onto the name would read `{}` forever).
#[test]
fn placeholders_are_read_once_each_and_the_reader_moves_on() {
    use qinzhou_policy_calc::text::placeholders;
    assert_eq!(
        placeholders("a {} b {x} {{literal}} {x} {y}"),
        ["", "x", "y"]
    );
    assert_eq!(placeholders("{a}}}{b}"), ["a", "b"]);
}
