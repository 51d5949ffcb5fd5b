//! Runs every case in tests/fixtures/*.json through `api::call`, the exact path JavaScript
//! calls take. The Node tests run the same files through the built wasm package
//! (tests/node/fixtures.test.mjs), with the same expectation syntax.
//!
//! A case: `{ clause, name, function, input, derivation, expect: { "path": value } }` or with
//! `error: { code, field? }` instead of `expect`. `derivation` says how the expectation was
//! worked out (from which words of the rule, with which arithmetic); it is required of every
//! case beyond the legacy count in tests/fixture-derivations.json.
//!
//! A path (DESIGN.md, Tests) is dot-separated: an object key, an array index (`steps.3.rule`:
//! positional, kept for old cases), a selector `name[key=value]` (the first element of the
//! array `name` whose `key` is `value`: `steps[rule=钦市金管委规〔2023〕1号 一].basis`), a
//! selector `name[key=value]*` (any such element: passes when one of them has the expected
//! rest of the path), or `codes` after an array of `{ code }` (`reasons.codes`: the sorted
//! list of its codes, for an exact set). A path ending in a selector with a `true` / `false`
//! expectation asserts that such an element exists / does not.

use std::fs;
use std::path::Path;

use serde_json::Value;

use qinzhou_policy_calc::api;

/// One step of a path.
#[derive(Debug, PartialEq)]
enum Segment {
    /// An object key or an array index (or `codes`).
    Key(String),
    /// `name[key=value]`, the first match (`any: false`) or every match (`any: true`).
    Select {
        name: String,
        key: String,
        value: String,
        any: bool,
    },
}

/// Splits a path at the dots outside brackets (a rule's text may hold anything but `]`).
fn parse_path(path: &str) -> Result<Vec<Segment>, String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0;
    for ch in path.chars() {
        match ch {
            '[' => {
                depth += 1;
                current.push(ch);
            }
            ']' => {
                depth -= 1;
                current.push(ch);
            }
            '.' if depth == 0 => parts.push(std::mem::take(&mut current)),
            _ => current.push(ch),
        }
        if !(0..=1).contains(&depth) {
            return Err(format!("{path}: unbalanced brackets"));
        }
    }
    if depth != 0 {
        return Err(format!("{path}: unbalanced brackets"));
    }
    parts.push(current);
    parts
        .into_iter()
        .map(|part| {
            let Some(open) = part.find('[') else {
                return if part.is_empty() {
                    Err(format!("{path}: empty segment"))
                } else {
                    Ok(Segment::Key(part))
                };
            };
            let (name, rest) = part.split_at(open);
            let (inner, any) = match (rest.strip_suffix("]*"), rest.strip_suffix(']')) {
                (Some(inner), _) => (&inner[1..], true),
                (None, Some(inner)) => (&inner[1..], false),
                _ => return Err(format!("{path}: `{part}` must end in `]` or `]*`")),
            };
            let (key, value) = inner
                .split_once('=')
                .ok_or_else(|| format!("{path}: `{part}` must be name[key=value]"))?;
            if name.is_empty() || key.is_empty() {
                return Err(format!("{path}: `{part}` must be name[key=value]"));
            }
            Ok(Segment::Select {
                name: name.to_owned(),
                key: key.to_owned(),
                value: value.to_owned(),
                any,
            })
        })
        .collect()
}

/// A field's value as selector text: a string as itself, anything else as its JSON.
fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn step(v: &Value, key: &str) -> Option<Value> {
    match v {
        Value::Array(items) if key == "codes" => {
            let mut codes = items
                .iter()
                .map(|x| x.get("code").and_then(Value::as_str).map(str::to_owned))
                .collect::<Option<Vec<_>>>()?;
            codes.sort();
            Some(Value::from(codes))
        }
        Value::Array(items) => items.get(key.parse::<usize>().ok()?).cloned(),
        Value::Object(map) => map.get(key).cloned(),
        _ => None,
    }
}

/// Every value the path reaches (one for plain and first-match paths, any number with `*`),
/// and whether it ends in a selector.
fn lookup(v: &Value, path: &str) -> Result<(Vec<Value>, bool), String> {
    let segments = parse_path(path)?;
    let mut values = vec![v.clone()];
    for seg in &segments {
        values = match seg {
            Segment::Key(k) => values.iter().filter_map(|v| step(v, k)).collect(),
            Segment::Select {
                name,
                key,
                value,
                any,
            } => {
                let mut out = Vec::new();
                for v in &values {
                    let Some(Value::Array(items)) = step(v, name) else {
                        continue;
                    };
                    let mut hits = items
                        .into_iter()
                        .filter(|x| x.get(key).is_some_and(|f| as_text(f) == *value));
                    if *any {
                        out.extend(hits);
                    } else {
                        out.extend(hits.next());
                    }
                }
                out
            }
        };
    }
    let ends_in_selector = matches!(segments.last(), Some(Segment::Select { .. }));
    Ok((values, ends_in_selector))
}

/// Whether `want` holds at `path` in `result`; the error says what was found.
fn check(result: &Value, path: &str, want: &Value) -> Result<(), String> {
    let (found, ends_in_selector) = lookup(result, path)?;
    if ends_in_selector && want.is_boolean() {
        return if Some(!found.is_empty()) == want.as_bool() {
            Ok(())
        } else {
            Err(format!(
                "{path}: exists = {}, want {want}",
                !found.is_empty()
            ))
        };
    }
    if found.iter().any(|got| got == want) {
        Ok(())
    } else if found.is_empty() {
        Err(format!("{path}: nothing there, want {want}"))
    } else {
        let got: Vec<String> = found.iter().map(Value::to_string).collect();
        Err(format!("{path} = {}, want {want}", got.join(" | ")))
    }
}

/// The legacy count of cases without a `derivation` (tests/fixture-derivations.json): no
/// more may be added, and the count only goes down.
fn legacy_without_derivation() -> usize {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixture-derivations.json");
    let v: Value =
        serde_json::from_str(&fs::read_to_string(path).expect("tests/fixture-derivations.json"))
            .expect("JSON");
    usize::try_from(
        v["legacyWithoutDerivation"]
            .as_u64()
            .expect("legacyWithoutDerivation"),
    )
    .unwrap()
}

#[test]
fn gazette_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<_> = fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixture files");
    let mut failures = Vec::new();
    let mut count = 0;
    let mut without_derivation = 0;
    for file in files {
        let text = fs::read_to_string(&file).expect("readable fixture");
        let cases: Vec<Value> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a JSON array of cases: {e}", file.display()));
        for case in cases {
            count += 1;
            let name = case["name"].as_str().unwrap_or("?");
            let clause = case["clause"].as_str().unwrap_or("");
            assert!(!clause.is_empty(), "{name}: every case names its clause");
            match case.get("derivation") {
                None => without_derivation += 1,
                Some(Value::String(d)) if !d.trim().is_empty() => {}
                Some(d) => failures.push(format!(
                    "{name}: derivation must be a non-empty text, not {d}"
                )),
            }
            let function = case["function"].as_str().expect("function");
            let input = serde_json::to_string(&case["input"]).expect("input");
            let label = format!(
                "{} [{clause}] {name}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
            match (api::call(function, &input), case.get("error")) {
                (Ok(result), None) => {
                    let expect = case["expect"].as_object().expect("expect or error");
                    assert!(!expect.is_empty(), "{label}: asserts nothing");
                    for (path, want) in expect {
                        if let Err(e) = check(&result, path, want) {
                            failures.push(format!("{label}: {e}"));
                        }
                    }
                }
                (Ok(result), Some(err)) => {
                    failures.push(format!("{label}: expected error {err}, got {result}"))
                }
                (Err(e), Some(err)) => {
                    if e.code() != err["code"] {
                        failures.push(format!(
                            "{label}: code {} ({e}), want {}",
                            e.code(),
                            err["code"]
                        ));
                    }
                    if let Some(field) = err.get("field") {
                        if e.field().map(Value::from).unwrap_or(Value::Null) != *field {
                            failures.push(format!("{label}: field {:?}, want {field}", e.field()));
                        }
                    }
                    assert!(!e.message_zh().is_empty() && !e.message_en().is_empty());
                    // The path is in `field` only: a message names the fact in words. A path
                    // is camelCase or dotted, so it cannot be an ordinary word of the text.
                    if let Some(f) = e.field() {
                        if f.contains(|c: char| c.is_ascii_uppercase() || c == '.' || c == '[')
                            && (e.message_zh().contains(f) || e.message_en().contains(f))
                        {
                            failures.push(format!("{label}: the path {f} is written into {e}"));
                        }
                    }
                }
                (Err(e), None) => failures.push(format!("{label}: unexpected error {e}")),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {count} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let legacy = legacy_without_derivation();
    assert!(
        without_derivation <= legacy,
        "{without_derivation} cases have no `derivation`, more than the {legacy} legacy ones: \
         every new case says how its expectation was worked out"
    );
    println!("{count} fixture cases passed; {without_derivation} (legacy) without a derivation");
}

#[test]
fn selectors_pick_by_rule_and_code_not_position() {
    let r = serde_json::json!({
        "steps": [
            { "rule": "甲 一", "basis": "gazette", "value": "1.00" },
            { "rule": "本库解释", "basis": "interpretation" },
            { "rule": "本库解释", "basis": "interpretation", "value": "2.00" },
            { "rule": "甲 二(一)", "basis": "gazette", "value": 3 },
        ],
        "warnings": [{ "code": "B", "basis": "site" }, { "code": "A", "basis": "law" }],
        "reasons": [],
    });
    let ok = |path: &str, want: Value| check(&r, path, &want).unwrap_or_else(|e| panic!("{e}"));
    let bad = |path: &str, want: Value| {
        assert!(
            check(&r, path, &want).is_err(),
            "{path} = {want} should fail"
        )
    };
    ok("steps[rule=甲 一].basis", "gazette".into());
    ok("steps[rule=甲 二(一)].value", 3.into());
    bad("steps[rule=甲 二(一)].value", "3".into());
    // First match, unless `*` asks for any.
    bad("steps[rule=本库解释].value", "2.00".into());
    ok("steps[rule=本库解释]*.value", "2.00".into());
    bad("steps[rule=本库解释]*.value", "9.00".into());
    ok("steps[rule=甲 一]", true.into());
    ok("steps[rule=乙 一]", false.into());
    bad("steps[rule=乙 一].basis", "gazette".into());
    ok("warnings[code=A].basis", "law".into());
    ok("warnings.codes", serde_json::json!(["A", "B"]));
    bad("warnings.codes", serde_json::json!(["B", "A"]));
    ok("reasons.codes", serde_json::json!([]));
    ok("reasons[code=A]", false.into());
    ok("steps.1.basis", "interpretation".into());
    assert!(parse_path("steps[rule=x.basis").is_err());
    assert!(parse_path("steps[rule].basis").is_err());
    assert!(parse_path("steps..basis").is_err());
}
