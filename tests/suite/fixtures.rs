//! Runs every case in tests/fixtures/*.json through `api::call`, the exact path JavaScript
//! calls take. The Node tests run the same files through the built wasm package.
//!
//! A case: `{ clause, name, function, input, expect: { "dot.path": value } }` or with
//! `error: { code, field? }` instead of `expect`.

use std::fs;
use std::path::Path;

use serde_json::Value;

use qinzhou_policy_calc::api;

fn lookup<'a>(mut v: &'a Value, path: &str) -> Option<&'a Value> {
    for part in path.split('.') {
        v = match v {
            Value::Array(items) => items.get(part.parse::<usize>().ok()?)?,
            Value::Object(map) => map.get(part)?,
            _ => return None,
        };
    }
    Some(v)
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
    for file in files {
        let text = fs::read_to_string(&file).expect("readable fixture");
        let cases: Vec<Value> = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{}: not a JSON array of cases: {e}", file.display()));
        for case in cases {
            count += 1;
            let name = case["name"].as_str().unwrap_or("?");
            let clause = case["clause"].as_str().unwrap_or("");
            assert!(!clause.is_empty(), "{name}: every case names its clause");
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
                        match lookup(&result, path) {
                            Some(got) if got == want => {}
                            got => failures.push(format!("{label}: {path} = {got:?}, want {want}")),
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
    println!("{count} fixture cases passed");
}
