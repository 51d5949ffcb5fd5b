//! Tests written for the mutants of the error type (src/shared/error.rs) that
//! `scripts/mutants.sh` found surviving (MUTANTS.md).

use qinzhou_policy_calc::money::MoneyIn;
use qinzhou_policy_calc::{Error, ErrorKind};

/// Every kind has its own one-line description in each language (`describe_zh`: "A one-line
/// description in Chinese"; `describe_en`: "in English"): no two kinds share one, the Chinese
/// one is Chinese (no Latin letters), the English one a capitalised English phrase, each on
/// one line.
#[test]
fn each_kind_has_its_own_description_in_each_language() {
    use std::collections::HashSet;
    let zh: HashSet<&str> = ErrorKind::ALL.iter().map(|k| k.describe_zh()).collect();
    let en: HashSet<&str> = ErrorKind::ALL.iter().map(|k| k.describe_en()).collect();
    assert_eq!(zh.len(), ErrorKind::ALL.len(), "{zh:?}");
    assert_eq!(en.len(), ErrorKind::ALL.len(), "{en:?}");
    for kind in ErrorKind::ALL {
        let (z, e) = (kind.describe_zh(), kind.describe_en());
        assert!(
            z.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
                && !z.chars().any(|c| c.is_ascii_alphabetic())
                && !z.contains('\n'),
            "{}: {z}",
            kind.code()
        );
        assert!(
            e.starts_with(|c: char| c.is_ascii_uppercase())
                && e.chars().all(|c| c.is_ascii() && c != '\n'),
            "{}: {e}",
            kind.code()
        );
    }
}

/// `Display` is the code, the field and the English message; `{:#}` the same in Chinese; an
/// error without a field shows none (the form documented on `impl Display for Error`).
#[test]
fn an_error_displays_its_code_field_and_message() {
    let e: Error = "1200.123"
        .parse::<MoneyIn>()
        .unwrap_err()
        .prefixed("monthlyRent");
    assert_eq!(
        e.to_string(),
        "INVALID_AMOUNT at `monthlyRent`: At most 2 decimal places"
    );
    assert_eq!(
        format!("{e:#}"),
        "INVALID_AMOUNT（monthlyRent）：最多保留 2 位小数"
    );
    let bare: Error = "1200.123".parse::<MoneyIn>().unwrap_err();
    assert_eq!(bare.field(), None);
    assert_eq!(bare.to_string(), "INVALID_AMOUNT: At most 2 decimal places");
    assert_eq!(format!("{bare:#}"), "INVALID_AMOUNT：最多保留 2 位小数");
}

/// A path is written as a JavaScript developer writes it: a prefix joins a key with a dot and
/// an index directly, `members[2]`, never `members.[2]` (Error::prefixed).
#[test]
fn a_prefixed_index_joins_without_a_dot() {
    let e = "1200.123".parse::<MoneyIn>().unwrap_err();
    let e = e.prefixed("balance").prefixed("[2]").prefixed("members");
    assert_eq!(e.field(), Some("members[2].balance"));
}
