//! Every text every fixture renders, against a reviewed golden file (tests/golden/texts.json).
//!
//! The words of a result are data (a catalogue key with typed arguments, templates in
//! texts/), so a change to a template, to the formatting of a figure or to the arguments a
//! calculator passes changes what a user reads without changing a single figure. This test
//! makes every such change visible in review: it renders each fixture's input (and each
//! fixture's error) and compares every `zh` / `en` text in the result with the golden file.
//! A wording change that is meant is accepted by rerunning with `QZ_BLESS=1` and committing the
//! diff of tests/golden/texts.json, which the reviewer reads.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::Value;

use qinzhou_policy_calc::api;

/// Collects every `zh` / `en` string under `value`, keyed by its path.
fn collect(value: &Value, path: &str, out: &mut BTreeMap<String, String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                let here = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                match (k.as_str(), v) {
                    ("zh" | "en", Value::String(s)) => {
                        out.insert(here, s.clone());
                    }
                    // The text as data: what `zh` and `en` were rendered from.
                    ("text", _) => {}
                    _ => collect(v, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect(v, &format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
}

fn rendered() -> BTreeMap<String, BTreeMap<String, String>> {
    let mut all = BTreeMap::new();
    for c in crate::cases::all() {
        let function = c.case["function"].as_str().unwrap();
        let name = c.case["name"].as_str().unwrap_or("");
        let mut texts = BTreeMap::new();
        match api::call(function, &c.case["input"].to_string()) {
            Ok(result) => collect(&result, "", &mut texts),
            Err(e) => {
                texts.insert("error.zh".to_owned(), e.message_zh().to_string());
                texts.insert("error.en".to_owned(), e.message_en().to_string());
            }
        }
        all.insert(format!("{} {:03} {name}", c.stem, c.index), texts);
    }
    all
}

/// Every text of every fixture is the reviewed one.
#[test]
fn every_fixture_renders_the_reviewed_words() {
    let golden_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/texts.json");
    let now = rendered();
    if std::env::var_os("QZ_BLESS").is_some() {
        let mut text = serde_json::to_string_pretty(&now).unwrap();
        text.push('\n');
        fs::write(&golden_path, text).unwrap();
        return;
    }
    let golden: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_str(&fs::read_to_string(&golden_path).unwrap()).unwrap();
    let mut differences = Vec::new();
    for (case, texts) in &now {
        let Some(want) = golden.get(case) else {
            differences.push(format!("{case}: not in the golden file"));
            continue;
        };
        for (path, text) in texts {
            match want.get(path) {
                Some(w) if w == text => {}
                Some(w) => differences.push(format!("{case} {path}:\n  was: {w}\n  now: {text}")),
                None => differences.push(format!("{case} {path}: new text: {text}")),
            }
        }
        for path in want.keys().filter(|p| !texts.contains_key(*p)) {
            differences.push(format!("{case} {path}: text gone"));
        }
    }
    for case in golden.keys().filter(|c| !now.contains_key(*c)) {
        differences.push(format!("{case}: case gone"));
    }
    assert!(
        differences.is_empty(),
        "{} texts differ from tests/golden/texts.json (rerun with QZ_BLESS=1 if meant, and review the diff):\n{}",
        differences.len(),
        differences.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
    assert!(now.len() > 100, "too few fixture cases: {}", now.len());
}
