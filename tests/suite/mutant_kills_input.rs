//! Tests written for the mutants of the input boundary (src/boundary/input.rs) that
//! `scripts/mutants.sh` found surviving (MUTANTS.md). The limits are stated in the boundary's
//! own documentation: "more than `MAX_VALUES` values" and "more than `MAX_INPUT_BYTES` of text"
//! are refused, so exactly the limit is accepted, and a budget once over its limit stays over it.

use qinzhou_policy_calc::input::{Budget, Value, MAX_DEPTH, MAX_INPUT_BYTES, MAX_VALUES};

/// A JSON list holding exactly `n` values, counted by hand: the outer list, its ten inner lists
/// and `n - 11` zeros spread over them (at most 999 a list, under the 1,000-item limit).
fn values(n: usize) -> String {
    let mut zeros = n - 11;
    let lists: Vec<String> = (0..10)
        .map(|_| {
            let here = zeros.min(999);
            zeros -= here;
            format!("[{}]", vec!["0"; here].join(","))
        })
        .collect();
    assert_eq!(zeros, 0, "{n} values do not fit ten lists");
    format!("[{}]", lists.join(","))
}

/// Budget::value: an input of exactly `MAX_VALUES` (10,000) values is read; one more is
/// `INVALID_INPUT` "too many values" (through `Value::from_json`, the native path).
#[test]
fn an_input_of_exactly_the_most_values_is_read_and_one_more_is_refused() {
    let at = Value::from_json(&values(MAX_VALUES)).expect("10,000 values are within the limit");
    let Value::Array(lists) = at else {
        panic!("the outer list")
    };
    let counted = 1 + lists
        .iter()
        .map(|l| match l {
            Value::Array(items) => 1 + items.len(),
            other => panic!("{other:?}"),
        })
        .sum::<usize>();
    assert_eq!(counted, MAX_VALUES, "the oracle's own count");

    let e = Value::from_json(&values(MAX_VALUES + 1)).unwrap_err();
    assert_eq!(e.code(), "INVALID_INPUT");
    assert_eq!(e.text().key(), Some("errors.too_many_values"), "{e:?}");
}

/// Budget::value counts on after the limit: the 10,001st value and every one after it is
/// refused ("once the input holds more than MAX_VALUES values"), and the 10,000th is not.
#[test]
fn the_value_budget_stays_spent_past_its_limit() {
    let mut budget = Budget::new();
    for i in 1..=MAX_VALUES {
        assert!(budget.value("a").is_ok(), "value {i} is within the limit");
    }
    for i in MAX_VALUES + 1..=MAX_VALUES + 3 {
        let e = budget.value("a").unwrap_err();
        assert_eq!(
            (e.code(), e.field(), e.text().key()),
            ("INVALID_INPUT", Some("a"), Some("errors.too_many_values")),
            "value {i}"
        );
    }
}

/// Budget::text: exactly `MAX_INPUT_BYTES` (65,536) units of text are accepted, in one string
/// or in pieces; one unit more is `INVALID_INPUT` "too much text", and so is every later piece.
/// (Natively the whole JSON text is capped at the same size first, so only the wasm binding,
/// which counts a JavaScript object's strings and keys in UTF-16 units, reaches this through an
/// input; the budget's own contract is checked here.)
#[test]
fn the_text_budget_takes_exactly_its_limit_and_stays_spent_past_it() {
    let mut whole = Budget::new();
    assert!(whole.text(MAX_INPUT_BYTES, "s").is_ok(), "65,536 units");
    let mut pieces = Budget::new();
    assert!(pieces.text(MAX_INPUT_BYTES - 1, "s").is_ok());
    assert!(pieces.text(1, "k").is_ok(), "the 65,536th unit");
    for budget in [&mut whole, &mut pieces] {
        for piece in [1, 1, 100] {
            let e = budget.text(piece, "t").unwrap_err();
            assert_eq!(
                (e.code(), e.field(), e.text().key()),
                ("INVALID_INPUT", Some("t"), Some("errors.too_much_text")),
            );
        }
    }
    let e = Budget::new().text(MAX_INPUT_BYTES + 1, "s").unwrap_err();
    assert_eq!(e.text().key(), Some("errors.too_much_text"));
}

/// Budget::depth: `MAX_DEPTH` (32) is "the deepest nesting accepted": 32 lists one inside the
/// other are read, 33 are `INVALID_INPUT` "nested too deeply, or a cycle", at the innermost list;
/// and the same for objects.
#[test]
fn an_input_nested_exactly_the_deepest_is_read_and_one_deeper_is_refused() {
    let nested = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
    let mut v = Value::from_json(&nested(MAX_DEPTH)).expect("32 levels are within the limit");
    let mut levels = 0;
    while let Value::Array(mut items) = v {
        levels += 1;
        v = items.pop().unwrap_or(Value::Null);
    }
    assert_eq!(levels, MAX_DEPTH, "the oracle's own count");

    let e = Value::from_json(&nested(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(
        (e.code(), e.text().key()),
        ("INVALID_INPUT", Some("errors.too_deep_or_cycle"))
    );
    assert_eq!(e.field(), Some("[0]".repeat(MAX_DEPTH).as_str()));
    // Objects count the same: 32 objects one inside the other under key "k" are read, 33 not.
    let objects = |n: usize| format!("{}{}", "{\"k\":".repeat(n - 1) + "{", "}".repeat(n));
    assert!(Value::from_json(&objects(MAX_DEPTH)).is_ok());
    let e = Value::from_json(&objects(MAX_DEPTH + 1)).unwrap_err();
    assert_eq!(e.text().key(), Some("errors.too_deep_or_cycle"));
    assert_eq!(e.field(), Some(vec!["k"; MAX_DEPTH].join(".").as_str()));
    assert!(Budget::new().depth(MAX_DEPTH, "a").is_ok());
    assert!(Budget::new().depth(MAX_DEPTH + 1, "a").is_err());
}

/// `Value::from_json` reads JSON text as `JSON.parse` does: a number literal beyond the doubles
/// is ±Infinity by its own sign (ECMA-262 rounds an out-of-range literal to ±∞), while every
/// other number beside it keeps its value and text that looks like such a number stays text.
#[test]
fn a_number_beyond_the_doubles_is_infinity_of_its_sign_and_only_it() {
    let v = Value::from_json(r#"[1e400, -1E+999, 5, -0.5, 1e308, "1e400", {"a": 1e400, "b": 2}]"#)
        .expect("JSON.parse reads it");
    assert_eq!(
        v,
        Value::Array(vec![
            Value::Number(f64::INFINITY),
            Value::Number(f64::NEG_INFINITY),
            Value::Number(5.0),
            Value::Number(-0.5),
            Value::Number(1e308),
            Value::String("1e400".to_owned()),
            Value::Object(vec![
                ("a".to_owned(), Value::Number(f64::INFINITY)),
                ("b".to_owned(), Value::Number(2.0)),
            ]),
        ])
    );
}

/// `Value::from_json`: the JSON text may be exactly `MAX_INPUT_BYTES` (65,536) bytes long; a
/// byte more is `INVALID_INPUT` "too large" before it is parsed.
#[test]
fn a_json_text_of_exactly_the_most_bytes_is_read_and_one_more_is_refused() {
    let at = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES - 2));
    assert_eq!(at.len(), MAX_INPUT_BYTES);
    assert_eq!(
        Value::from_json(&at).expect("65,536 bytes are within the limit"),
        Value::String("x".repeat(MAX_INPUT_BYTES - 2))
    );
    let above = format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES - 1));
    let e = Value::from_json(&above).unwrap_err();
    assert_eq!(
        (e.code(), e.text().key()),
        ("INVALID_INPUT", Some("errors.too_large_json"))
    );
}

/// A wrong-type error says what was expected and what was given in our words (an object, an
/// array, true/false, text, a number, null, another type), from the texts serde's visitors
/// describe themselves with: `struct Foo` and `a map` are objects, `a sequence` and `a tuple of
/// 2 elements` arrays, `a boolean`, `a string`, `variant identifier` and `field identifier`
/// text, `an integer`, `a number`, `a float` and the primitive names `u8` … `f64` (a letter u, i
/// or f and digits) numbers; anything else, a lone letter included, "another type"
/// (src/boundary/input.rs: expected_kind, unexpected_kind). `from_value` reads into any
/// deserializable type, so any such text can reach it; the error is displayed with its code.
#[test]
fn a_wrong_type_is_named_in_our_words_whatever_serde_calls_it() {
    use qinzhou_policy_calc::input::DeError;
    use serde::de::{Error as _, Unexpected};
    let expected = |exp: &str| {
        DeError::invalid_type(Unexpected::Bool(true), &exp)
            .to_string()
            .strip_prefix("INVALID_TYPE: Wrong type of value: expected ")
            .and_then(|m| m.strip_suffix(", got true/false").map(str::to_owned))
            .unwrap_or_else(|| panic!("{exp}"))
    };
    for (exp, words) in [
        ("struct Point", "an object"),
        ("a map", "an object"),
        ("a sequence", "an array"),
        ("a tuple of 2 elements", "an array"),
        ("a boolean", "true/false"),
        ("a string", "text"),
        ("variant identifier", "text"),
        ("field identifier", "text"),
        ("an integer", "a number"),
        ("a number", "a number"),
        ("a whole number", "a number"),
        ("a float", "a number"),
        ("u8", "a number"),
        ("i64", "a number"),
        ("f64", "a number"),
        ("u", "another type"),
        ("f", "another type"),
        ("x8", "another type"),
        ("a character", "another type"),
        ("unit", "another type"),
    ] {
        assert_eq!(expected(exp), words, "expecting {exp:?}");
    }

    let got = |unexp: Unexpected| {
        let m = DeError::invalid_type(unexp, &"a boolean").to_string();
        m.strip_prefix("INVALID_TYPE: Wrong type of value: expected true/false, got ")
            .map(str::to_owned)
            .unwrap_or_else(|| panic!("{m}"))
    };
    for (unexp, words) in [
        (Unexpected::Bool(false), "true/false"),
        (Unexpected::Unsigned(7), "a number"),
        (Unexpected::Signed(-7), "a number"),
        (Unexpected::Float(0.5), "a number"),
        (Unexpected::Char('x'), "text"),
        (Unexpected::Str("x"), "text"),
        (Unexpected::Unit, "null"),
        (Unexpected::Option, "null"),
        (Unexpected::Seq, "an array"),
        (Unexpected::Map, "an object"),
        (Unexpected::Bytes(b"x"), "another type"),
    ] {
        assert_eq!(got(unexp), words, "{unexp:?}");
    }

    // Through `from_value`, as a caller's own type would meet it: serde's u8 given text.
    let e = qinzhou_policy_calc::input::from_value::<Vec<u8>>(&Value::Array(vec![
        Value::Number(1.0),
        Value::String("2".to_owned()),
    ]))
    .unwrap_err();
    assert_eq!(
        (e.code(), e.field(), e.message_en().as_str()),
        (
            "INVALID_TYPE",
            Some("[1]"),
            "Wrong type of value: expected a number, got text"
        )
    );
    // The Chinese display of the same error.
    let zh = format!("{:#}", DeError::invalid_type(Unexpected::Str("x"), &"u8"));
    assert_eq!(zh, "INVALID_TYPE：数据类型不正确：应为数字，实际为文字");
}

/// A number is handed to a visitor as a whole number only while it is a safe integer in
/// JavaScript's sense (|n| ≤ `Number.MAX_SAFE_INTEGER` = 2^53 − 1, ECMA-262 §21.1.2.6): from
/// 2^53 on a double stands for several integers (2^53 + 1 reads as 2^53), so it is handed over
/// as a fraction-less double, which an integer type refuses (src/boundary/input.rs,
/// Node::visit_number).
#[test]
fn only_safe_integers_are_read_as_whole_numbers() {
    use qinzhou_policy_calc::input::from_value;
    let safe = 9_007_199_254_740_991_u64; // 2^53 − 1, by its own digits
    assert_eq!(safe + 1, 1 << 53);
    let number = |v: f64| Value::Number(v);
    assert_eq!(from_value::<u64>(&number(safe as f64)).unwrap(), safe);
    assert_eq!(
        from_value::<i64>(&number(-(safe as f64))).unwrap(),
        -(safe as i64)
    );
    for beyond in [(safe + 1) as f64, -((safe + 1) as f64), 1e300] {
        let e = from_value::<i64>(&number(beyond)).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE", "{beyond}");
        assert!(from_value::<u64>(&number(beyond)).is_err(), "{beyond}");
    }
    // A double is still a double: 2^53 read into an f64 target keeps its value.
    assert_eq!(
        from_value::<f64>(&number((safe + 1) as f64)).unwrap(),
        9_007_199_254_740_992.0
    );
}

/// An optional field given as `null` is absent: the TypeScript declarations type every optional
/// input field `T | null` (`rent?: MoneyIn | null` in `AffordableRentalHousingInput`), so a null
/// rent and unit area give the result of no rent and no area (src/boundary/input.rs,
/// deserialize_option), while a null where a value is required is still refused.
#[test]
fn a_null_optional_field_is_absent() {
    let call = |extra: &str| {
        qinzhou_policy_calc::api::call(
            "affordableRentalHousing",
            &format!(
                r#"{{"date":"2023-06-01","ownsHomeLocally":false,"inPublicRental":false,"marketRent":"2000"{extra}}}"#
            ),
        )
    };
    let absent = call("").unwrap();
    let null = call(r#","rent":null,"unitArea":null"#).unwrap();
    assert_eq!(null, absent);
    assert!(null.get("rentWithinCap").is_none(), "{null}");
    assert_eq!(null["maxRent"], "1800.00", "90% of 2000 (三(十一))");
    let over = call(r#","rent":"2000""#).unwrap();
    assert_eq!(over["rentWithinCap"], false, "2000 > 1800");
    let e = qinzhou_policy_calc::api::call(
        "affordableRentalHousing",
        r#"{"date":"2023-06-01","ownsHomeLocally":false,"inPublicRental":false,"marketRent":null}"#,
    )
    .unwrap_err();
    assert_eq!(e.field(), Some("marketRent"));
}
