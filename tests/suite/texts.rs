//! The text catalogue (texts/<lang>/<group>.json) against the code and the fixtures.
//!
//! Every text a result carries is a catalogue key with typed arguments; these tests make sure
//! every key the code uses has a template in each language, every template uses exactly the
//! arguments its text carries, no template is dead, and (while the move into the catalogue
//! goes on) the count of texts still written out in the code only goes down.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use qinzhou_policy_calc::api;
use qinzhou_policy_calc::text::{placeholders, GROUPS};

const LANGS: [&str; 2] = ["zh", "en"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The catalogue of `lang`, key → template, read from the files on disk.
fn catalogue(lang: &str) -> BTreeMap<String, String> {
    let mut all = BTreeMap::new();
    for entry in fs::read_dir(root().join("texts").join(lang)).unwrap() {
        let path = entry.unwrap().path();
        let group = path.file_stem().unwrap().to_string_lossy().into_owned();
        let map: BTreeMap<String, String> =
            serde_json::from_str(&fs::read_to_string(&path).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for (key, template) in map {
            assert!(
                key.starts_with(&format!("{group}.")),
                "{lang}/{group}.json: key {key} is not of the group {group}"
            );
            assert!(!template.trim().is_empty(), "{lang}: {key} is empty");
            assert!(
                all.insert(key.clone(), template).is_none(),
                "{lang}: {key} twice"
            );
        }
    }
    all
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every key the code names: the literal of each `Text::new("…")`.
fn keys_in_code() -> BTreeSet<String> {
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let mut keys = BTreeSet::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("Text::new(\"") {
            let rest = &text[i + "Text::new(\"".len()..];
            let end = rest.find('"').unwrap();
            keys.insert(rest[..end].to_owned());
        }
    }
    keys
}

/// The group files compiled in are exactly the files on disk, in both languages.
#[test]
fn the_compiled_groups_are_the_files() {
    let compiled: BTreeSet<String> = GROUPS.iter().map(|g| g.0.to_owned()).collect();
    for lang in LANGS {
        let on_disk: BTreeSet<String> = fs::read_dir(root().join("texts").join(lang))
            .unwrap()
            .map(|e| {
                e.unwrap()
                    .path()
                    .file_stem()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(compiled, on_disk, "texts/{lang}/");
    }
}

/// Each key has a template in each language, with the same arguments in both, and the
/// code uses every key (no dead template) and no key without a template.
#[test]
fn every_key_has_a_template_in_each_language_with_the_same_arguments() {
    let zh = catalogue("zh");
    let en = catalogue("en");
    let zh_keys: BTreeSet<&String> = zh.keys().collect();
    let en_keys: BTreeSet<&String> = en.keys().collect();
    assert_eq!(zh_keys, en_keys, "the two catalogues have different keys");
    for (key, z) in &zh {
        let a: BTreeSet<&str> = placeholders(z).into_iter().collect();
        let b: BTreeSet<&str> = placeholders(&en[key]).into_iter().collect();
        assert_eq!(a, b, "{key}: zh and en use different arguments");
    }
    let used = keys_in_code();
    let missing: Vec<_> = used.iter().filter(|k| !zh.contains_key(*k)).collect();
    assert!(missing.is_empty(), "keys with no template: {missing:?}");
    let dead: Vec<_> = zh.keys().filter(|k| !used.contains(*k)).collect();
    assert!(dead.is_empty(), "templates no code uses: {dead:?}");
}

/// Checks every coded text under `value` against the catalogue: its arguments are exactly the
/// template's placeholders (nested texts too). Counts the texts still written out.
fn check(value: &Value, zh: &BTreeMap<String, String>, label: &str, literals: &mut usize) {
    match value {
        Value::Object(map) => {
            if let Some(text) = map.get("text").filter(|t| t.get("key").is_some()) {
                check_text(text, zh, label);
            } else if map.contains_key("zh") && map.contains_key("en") && map.contains_key("basis")
            {
                *literals += 1;
            }
            for (k, v) in map {
                if k != "text" {
                    check(v, zh, label, literals);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| check(v, zh, label, literals)),
        _ => {}
    }
}

fn check_text(text: &Value, zh: &BTreeMap<String, String>, label: &str) {
    // A nested text still written out (`{ zh, en }`) has no template to check.
    let Some(key) = text["key"].as_str() else {
        return;
    };
    let template = zh
        .get(key)
        .unwrap_or_else(|| panic!("{label}: {key} has no template"));
    let want: BTreeSet<&str> = placeholders(template).into_iter().collect();
    let args = text["args"].as_object().unwrap();
    let got: BTreeSet<&str> = args.keys().map(String::as_str).collect();
    assert_eq!(
        got, want,
        "{label}: {key} carries other arguments than its template uses"
    );
    for arg in args.values() {
        let (kind, inner) = arg.as_object().unwrap().iter().next().unwrap();
        match kind.as_str() {
            "text" => check_text(inner, zh, label),
            "list" => {
                for item in inner.as_array().unwrap() {
                    if let Some(t) = item.get("text") {
                        check_text(t, zh, label);
                    }
                }
            }
            "money" | "number" | "count" | "year" | "date" | "raw" => {}
            other => panic!("{label}: {key}: unknown kind of argument {other}"),
        }
    }
}

/// Every text of every fixture result uses exactly its template's arguments, and the texts
/// still written out in the code (the form before the catalogue) only get fewer: the count is
/// frozen in tests/texts-literal-count.json and may only go down, to 0.
#[test]
fn every_fixture_text_matches_its_template() {
    let zh = catalogue("zh");
    let mut literals = 0;
    let mut coded = 0;
    for c in crate::cases::all() {
        let label = format!("{}.json {}", c.stem, c.case["name"]);
        match api::call(
            c.case["function"].as_str().unwrap(),
            &c.case["input"].to_string(),
        ) {
            Ok(result) => {
                let before = literals;
                check(&result, &zh, &label, &mut literals);
                coded += usize::from(literals == before);
            }
            Err(e) => {
                if let Some(key) = e.text().key() {
                    assert!(zh.contains_key(key), "{label}: {key} has no template");
                }
            }
        }
    }
    let frozen: Value = serde_json::from_str(
        &fs::read_to_string(root().join("tests/texts-literal-count.json")).unwrap(),
    )
    .unwrap();
    let limit = frozen["literalTextsInFixtureResults"].as_u64().unwrap() as usize;
    assert!(
        literals <= limit,
        "{literals} texts written out in fixture results, more than the frozen {limit}: new texts go in the catalogue"
    );
    assert!(coded + literals > 0);
    if std::env::var_os("QZ_PRINT_LITERALS").is_some() {
        println!("literal texts in fixture results: {literals}");
    }
}
