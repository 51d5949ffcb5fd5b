//! The error catalogue is complete and stable: every kind has a unique SCREAMING_SNAKE code that
//! round-trips, both descriptions, a line in the README's catalogue, and at least one real
//! input that produces it through `api::call` (the path JavaScript calls take).

use std::collections::HashSet;

use qinzhou_policy_calc::{api, ErrorKind};

#[test]
fn every_kind_has_a_unique_stable_code() {
    let mut seen = HashSet::new();
    for kind in ErrorKind::ALL {
        let code = kind.code();
        assert!(
            !code.is_empty()
                && code.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
                && !code.starts_with('_')
                && !code.ends_with('_')
                && !code.contains("__"),
            "{kind:?}: {code} is not SCREAMING_SNAKE"
        );
        assert!(seen.insert(code), "{code} used twice");
        assert_eq!(ErrorKind::from_code(code), Some(kind), "{code} round-trips");
        assert!(!kind.describe_zh().trim().is_empty(), "{code}: zh");
        assert!(!kind.describe_en().trim().is_empty(), "{code}: en");
    }
    assert_eq!(ErrorKind::from_code("NOT_A_CODE"), None);
    assert_eq!(ErrorKind::from_code(""), None);
    assert_eq!(ErrorKind::from_code("invalid_input"), None);
}

#[test]
fn the_readme_catalogue_lists_exactly_the_codes() {
    let readme = include_str!("../../README.md");
    let start = readme
        .find("<!-- error-catalogue -->")
        .expect("README has <!-- error-catalogue -->");
    let end = readme
        .find("<!-- /error-catalogue -->")
        .expect("README has <!-- /error-catalogue -->");
    assert!(start < end, "catalogue markers out of order");
    let listed: Vec<&str> = readme[start..end]
        .lines()
        .filter_map(|line| {
            let line = line.trim().strip_prefix("| `")?;
            line.split('`').next()
        })
        .collect();
    let unique: HashSet<&str> = listed.iter().copied().collect();
    assert_eq!(
        unique.len(),
        listed.len(),
        "a code is listed twice: {listed:?}"
    );
    let codes: HashSet<&str> = ErrorKind::ALL.iter().map(|k| k.code()).collect();
    let missing: Vec<_> = codes.difference(&unique).collect();
    let extra: Vec<_> = unique.difference(&codes).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "README catalogue: missing {missing:?}, not a code {extra:?}"
    );
}

const RENT: &str = r#"{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,
    "monthlyRent":"1200","months":1,"balances":{"applicant":"5000"}}"#;

fn rent(patch: &str) -> String {
    // `patch` replaces the closing brace's place: extra fields after the valid ones would be
    // duplicates, so build from parts instead.
    let mut v: serde_json::Value = serde_json::from_str(RENT).unwrap();
    let p: serde_json::Value = serde_json::from_str(patch).unwrap();
    for (k, x) in p.as_object().unwrap() {
        if x.is_null() && k.starts_with('-') {
            v.as_object_mut().unwrap().remove(&k[1..]);
        } else {
            v[k] = x.clone();
        }
    }
    v.to_string()
}

#[test]
fn every_kind_is_produced_by_a_real_input() {
    // (function, input, code, field)
    let cases: Vec<(&str, String, &str, Option<&str>)> = vec![
        ("rentWithdrawal", "{not json".to_owned(), "INVALID_INPUT", None),
        ("rentWithdrawal", "[".repeat(10_000), "INVALID_INPUT", None),
        ("rentWithdrawal", "x".repeat(70_000), "INVALID_INPUT", None),
        ("rentWithdrawal", format!("[{}1]", "1,".repeat(5000)), "INVALID_INPUT", None),

        ("rentWithdrawal", rent(r#"{"balances":"5000"}"#), "INVALID_TYPE", Some("balances")),
        ("rentWithdrawal", rent(r#"{"ownsHomeInQinzhou":"no"}"#), "INVALID_TYPE", Some("ownsHomeInQinzhou")),
        ("rentWithdrawal", rent(r#"{"monthlyRent":"1.234"}"#), "INVALID_AMOUNT", Some("monthlyRent")),
        ("rentWithdrawal", rent(r#"{"monthlyRent":-1}"#), "INVALID_AMOUNT", Some("monthlyRent")),
        ("rentWithdrawal", rent(r#"{"months":1.5}"#), "INVALID_NUMBER", Some("months")),
        ("rentWithdrawal", rent(r#"{"date":"2023-02-30"}"#), "INVALID_DATE", Some("date")),
        ("rentWithdrawal", rent(r#"{"maritalStatus":"widowed"}"#), "INVALID_VALUE", Some("maritalStatus")),
        ("rentWithdrawal", rent(r#"{"-months":null}"#), "MISSING_FIELD", Some("months")),
        ("rentWithdrawal", rent(r#"{"monthlyRnt":1}"#), "UNKNOWN_FIELD", Some("monthlyRnt")),
        ("rentWithdrawal", rent(r#"{"months":121}"#), "OUT_OF_RANGE", Some("months")),
        ("rentWithdrawal", rent(r#"{"monthlyRent":"1000000000000.01"}"#), "OUT_OF_RANGE", Some("monthlyRent")),
        (
            "rentWithdrawal",
            rent(r#"{"balances":{"applicant":"1","spouse":"1"}}"#),
            "INCONSISTENT",
            Some("balances.spouse"),
        ),
        (
            "voluntaryPoints",
            r#"{"members":[{"balance":"0","depositMonths":1,"onTimeMonths":2}]}"#.to_owned(),
            "INCONSISTENT",
            Some("members[0].onTimeMonths"),
        ),
        (
            "loanLimit",
            r#"{"date":"2022-12-31","maritalStatus":"single","applicant":{"contributing":true}}"#
                .to_owned(),
            "RULE_NOT_IN_SOURCE",
            Some("date"),
        ),
        (
            "repaymentSchedule",
            r#"{"principal":"100000","annualRatePercent":"3.1","termMonths":60,"method":"balloon"}"#
                .to_owned(),
            "INVALID_VALUE",
            Some("method"),
        ),
        ("noSuchCalculator", "{}".to_owned(), "INVALID_VALUE", None),
    ];
    let mut produced = HashSet::new();
    let mut failures = Vec::new();
    for (function, input, code, field) in &cases {
        match api::call(function, input) {
            Ok(v) => failures.push(format!("{function} {input}: Ok({v}), want {code}")),
            Err(e) => {
                if e.code() != *code {
                    failures.push(format!("{function} {input}: {e}, want {code}"));
                    continue;
                }
                if e.field() != *field {
                    failures.push(format!(
                        "{function} {input}: field {:?}, want {field:?}",
                        e.field()
                    ));
                }
                if e.message_zh().trim().is_empty() || e.message_en().trim().is_empty() {
                    failures.push(format!("{function} {input}: empty message: {e:?}"));
                }
                produced.insert(e.code());
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    // `INTERNAL` is the library's own fault: no input may produce it (the fuzzer and the
    // property tests check that none does).
    assert!(!produced.contains(ErrorKind::Internal.code()));
    for kind in ErrorKind::ALL
        .into_iter()
        .filter(|k| *k != ErrorKind::Internal)
    {
        assert!(
            produced.contains(kind.code()),
            "no input in the table produces {}",
            kind.code()
        );
    }
}

#[test]
fn oversized_and_too_deep_inputs_say_which_limit_and_where() {
    let deep = rent(&format!(
        r#"{{"balances":{}}}"#,
        "[".repeat(40) + &"]".repeat(40)
    ));
    let e = api::call("rentWithdrawal", &deep).unwrap_err();
    assert_eq!(e.code(), "INVALID_INPUT");
    assert!(
        e.field().is_some_and(|f| f.starts_with("balances[0][0]")),
        "{e:?}"
    );
    assert!(e.message_en().contains("nested too deeply"), "{e:?}");
    assert!(e.message_zh().contains("嵌套过深"), "{e:?}");

    let long = rent(&format!(r#"{{"members":[{}1]}}"#, "1,".repeat(5000)));
    let e = api::call("rentWithdrawal", &long).unwrap_err();
    assert_eq!(e.code(), "INVALID_INPUT");
    assert_eq!(e.field(), Some("members"));
    assert!(e.message_en().contains("over 1,000 items"), "{e:?}");

    let big = rent(&format!(r#"{{"date":"{}"}}"#, "9".repeat(70_000)));
    let e = api::call("rentWithdrawal", &big).unwrap_err();
    assert_eq!(e.code(), "INVALID_INPUT");
    assert!(e.message_en().contains("too large"), "{e:?}");
}

#[test]
fn messages_never_carry_the_field_path() {
    let cases = [
        rent(r#"{"balances":{"applicant":"1","spouse":"x"}}"#),
        rent(r#"{"balances":{"applicant":"1","spuse":"1"}}"#),
        rent(r#"{"balances":{}}"#),
        rent(r#"{"maritalStatus":"other"}"#),
        rent(r#"{"monthlyRent":true}"#),
    ];
    for input in &cases {
        let e = api::call("rentWithdrawal", input).unwrap_err();
        let field = e.field().expect("a field");
        assert!(field.contains('.') || !field.is_empty(), "{e:?}");
        for message in [e.message_zh(), e.message_en()] {
            assert!(!message.contains(field), "{field} in {message:?}");
            assert!(
                !message.contains("expected `"),
                "serde's text in {message:?}"
            );
        }
        // serde's English never leaks into the Chinese message.
        assert!(
            !e.message_zh().contains("one of") && !e.message_zh().contains("invalid"),
            "{e:?}"
        );
    }
}

/// `JSON.parse` reads a number beyond the doubles (`1e400`) as ±Infinity, and the field's own
/// check refuses it by name; the native JSON reader used to refuse the whole text instead,
/// with no field.
#[test]
fn numbers_beyond_the_doubles_keep_their_field() {
    let subsidy = |size: &str| {
        format!(
            r#"{{"date":"2023-06-01","householdSize":{size},"perCapitaIncome":"20000","incomeLine":"40000","ownsHomeLocally":false,"localHukou":true}}"#
        )
    };
    for size in ["1e400", "-1e400", "1E+999"] {
        let e = api::call("publicRentalSubsidy", &subsidy(size)).unwrap_err();
        assert_eq!(e.field(), Some("householdSize"), "{size}: {e:?}");
        assert_eq!(e.code(), "INVALID_NUMBER", "{size}: {e:?}");
    }
    // The same code and field as a JavaScript caller passing Infinity.
    for (input, field) in [
        (
            r#"{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,"monthlyRent":1e400,"months":1,"balances":{"applicant":"5000"}}"#,
            "monthlyRent",
        ),
        (
            r#"{"date":"2023-06-01","maritalStatus":"single","ownsHomeInQinzhou":false,"monthlyRent":"1200","months":1,"balances":{"applicant":-1e400}}"#,
            "balances.applicant",
        ),
    ] {
        let e = api::call("rentWithdrawal", input).unwrap_err();
        assert_eq!(e.code(), "INVALID_AMOUNT", "{input}: {e:?}");
        assert_eq!(e.field(), Some(field), "{input}: {e:?}");
    }
    // A 1e400 inside a string (after an escaped quote) stays text, beside a number that overflows.
    let e = api::call(
        "rentWithdrawal",
        r#"{"date":"1e400 \" -1e400","maritalStatus":"single","ownsHomeInQinzhou":false,"monthlyRent":1e400,"months":1,"balances":{"applicant":"5000"}}"#,
    )
    .unwrap_err();
    assert_eq!(e.code(), "INVALID_DATE", "{e:?}");
    assert_eq!(e.field(), Some("date"));
    // Still not JSON: a malformed text is refused as a whole.
    let e = api::call("rentWithdrawal", "{\"monthlyRent\":1e400,}").unwrap_err();
    assert_eq!(e.code(), "INVALID_INPUT");
    assert_eq!(e.field(), None);
}
