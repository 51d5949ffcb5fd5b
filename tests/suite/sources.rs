//! The clause texts (data/sources.json) and the basis of every step: each gazette rule the
//! calculators cite has the gazette's own words, and those words are in the gazette.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use qinzhou_policy_calc::api;

const BASES: [&str; 5] = ["gazette", "law", "official", "site", "interpretation"];
const INTERPRETATION_RULE: &str = "本库解释";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn sources() -> Vec<Value> {
    let text = fs::read_to_string(root().join("data/sources.json")).expect("data/sources.json");
    serde_json::from_str(&text).expect("data/sources.json is a JSON array")
}

/// The gazette copy with its line breaks removed: the file was converted from the printed
/// gazette, whose page ends break lines mid-sentence (e.g. "不动" / "产信息"). The converter
/// also wrote the printed superscript of "m²" as HTML (`m<sup>2</sup>`): that is markup of the
/// converted file, not the gazette's words, and a widget would show the tags literally, so the
/// clause texts store "²" and the check reads the markup as "²". Nothing else is normalised:
/// every other character must match. A table the printed gazette continues over a page repeats
/// its header row at the top of the next page (附件3's "序号\t项目名称…" appears three times):
/// that repeat is a page-break artefact, not the gazette's words, so the check drops a header
/// line identical to one seen before, and a clause text must not contain it either.
fn gazette() -> String {
    let text = fs::read_to_string(root().join("data/qinzhou-gazette-2023-01.md"))
        .expect("data/qinzhou-gazette-2023-01.md");
    let mut seen = BTreeSet::new();
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if is_table_header(line) && !seen.insert(line.to_owned()) {
            continue;
        }
        out.push_str(line);
    }
    out.replace("<sup>2</sup>", "²")
}

/// A table's header row, as the gazette's project tables print it.
fn is_table_header(line: &str) -> bool {
    line.starts_with("序号\t")
}

fn fixture_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(root().join("tests/fixtures"))
        .expect("tests/fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

/// Every successful result of every fixture case, with a label.
fn fixture_results() -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for file in fixture_files() {
        let cases: Vec<Value> =
            serde_json::from_str(&fs::read_to_string(&file).expect("fixture")).expect("array");
        for case in cases {
            let function = case["function"].as_str().expect("function");
            if let Ok(result) = api::call(function, &case["input"].to_string()) {
                let label = format!(
                    "{} / {}",
                    file.file_name().unwrap_or_default().to_string_lossy(),
                    case["name"].as_str().unwrap_or("?")
                );
                out.push((label, result));
            }
        }
    }
    out
}

/// The documents the gazette publishes, as the calculators name them (the `document` of
/// every clause text).
fn gazette_documents() -> BTreeSet<String> {
    sources()
        .iter()
        .map(|e| e["document"].as_str().expect("document").to_owned())
        .collect()
}

#[test]
fn every_clause_text_is_verbatim_in_the_gazette() {
    let gazette = gazette();
    let entries = sources();
    assert!(!entries.is_empty());
    let mut rules = Vec::new();
    for e in &entries {
        let rule = e["rule"].as_str().expect("rule");
        let document = e["document"].as_str().expect("document");
        let clause = e["clause"].as_str().expect("clause");
        let zh = e["zh"].as_str().expect("zh");
        assert_eq!(rule, format!("{document} {clause}"), "{rule}");
        assert!(
            gazette.contains(document),
            "{rule}: document not in the gazette"
        );
        assert!(
            zh.chars().count() >= 10,
            "{rule}: too short to be the clause"
        );
        // Clause texts are plain text: the widgets set them as text, so markup would show.
        assert!(
            !zh.contains('<') && !zh.contains('>'),
            "{rule}: markup in a clause text: {zh}"
        );
        // A page break's repeated table header is not part of a clause.
        assert!(
            !zh.lines().skip(1).any(is_table_header),
            "{rule}: a table header repeated at a page break: {zh}"
        );
        // A table's rows are kept on their own lines for reading; the lines together must
        // still be one verbatim run of the gazette.
        assert!(
            gazette.contains(&zh.replace('\n', "")),
            "{rule}: text not verbatim in the gazette: {zh}"
        );
        let keys: BTreeSet<&str> = e
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(
            keys,
            BTreeSet::from(["rule", "document", "clause", "zh"]),
            "{rule}"
        );
        rules.push(rule.to_owned());
    }
    let mut sorted = rules.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(
        rules, sorted,
        "sources.json is sorted by rule, one entry per rule"
    );
}

#[test]
fn every_gazette_rule_the_fixtures_produce_has_its_text() {
    let known: BTreeSet<String> = sources()
        .iter()
        .map(|e| e["rule"].as_str().expect("rule").to_owned())
        .collect();
    let mut missing = BTreeSet::new();
    let mut cited = BTreeSet::new();
    for (label, result) in fixture_results() {
        for step in result["steps"].as_array().into_iter().flatten() {
            if step["basis"] == "gazette" {
                let rule = step["rule"].as_str().expect("rule").to_owned();
                if !known.contains(&rule) {
                    missing.insert(format!("{rule} ({label})"));
                }
                cited.insert(rule);
            }
        }
    }
    assert!(
        missing.is_empty(),
        "gazette rules without a clause text: {missing:#?}"
    );
    assert!(cited.len() >= 10, "the fixtures cite only {cited:?}");
}

#[test]
fn every_gazette_parameter_has_its_text() {
    let known: BTreeSet<String> = sources()
        .iter()
        .map(|e| e["rule"].as_str().expect("rule").to_owned())
        .collect();
    for p in qinzhou_policy_calc::params::policy_parameters() {
        if p.basis == qinzhou_policy_calc::explain::Basis::Gazette {
            let rule = format!("{} {}", p.document, p.clause);
            assert!(
                known.contains(&rule),
                "{}: {rule} has no clause text",
                p.id.as_str()
            );
        }
    }
}

#[test]
fn every_step_warning_reason_and_constraint_has_a_basis_and_no_interpretation_cites_the_gazette() {
    let documents = gazette_documents();
    let mut failures = Vec::new();
    let mut interpretations = 0;
    for (label, result) in fixture_results() {
        for (kind, list) in [
            ("steps", &result["steps"]),
            ("warnings", &result["warnings"]),
            ("reasons", &result["reasons"]),
            ("constraints", &result["constraints"]),
        ] {
            // Only the loan limit has constraints; every other list is on every result.
            if kind == "constraints" && list.is_null() {
                continue;
            }
            let list = list
                .as_array()
                .unwrap_or_else(|| panic!("{label}: no {kind}"));
            for item in list {
                let basis = item["basis"].as_str().unwrap_or("");
                if !BASES.contains(&basis) {
                    failures.push(format!("{label}: {kind} without a basis: {item}"));
                }
                if kind != "steps" {
                    continue;
                }
                let rule = item["rule"].as_str().unwrap_or("");
                if basis == "interpretation" {
                    interpretations += 1;
                    if rule != INTERPRETATION_RULE
                        || documents.iter().any(|d| rule.contains(d.as_str()))
                    {
                        failures.push(format!("{label}: interpretation cites {rule}"));
                    }
                } else if rule == INTERPRETATION_RULE {
                    failures.push(format!(
                        "{label}: {basis} step with the interpretation rule"
                    ));
                }
                if basis == "gazette" && !documents.iter().any(|d| rule.starts_with(d.as_str())) {
                    failures.push(format!("{label}: gazette step cites {rule}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        interpretations > 0,
        "the fixtures exercise no interpretation"
    );
}

/// The childcare step counts the six projects of 附件3 二: the clause text holds each of their
/// rows (name, places, years, investment, owner), not just the table's heading.
#[test]
fn the_project_table_text_holds_every_project_row() {
    let entry = sources()
        .into_iter()
        .find(|e| e["rule"] == "钦政办〔2023〕3号 附件3 二")
        .expect("附件3 二 has a clause text");
    let zh = entry["zh"].as_str().expect("zh");
    let rows: Vec<&str> = zh.lines().collect();
    for p in qinzhou_policy_calc::childcare_places::GAZETTE_PROJECTS {
        let row = rows
            .iter()
            .find(|r| r.starts_with(&format!("{}\t{}\t", p.number, p.name)))
            .unwrap_or_else(|| panic!("no row for project {} {}", p.number, p.name));
        for field in [
            format!("{} 个", p.places),
            format!("\t{}\t", p.years),
            format!("\t{}\t", p.investment_wan),
            format!("\t{}", p.owner),
        ] {
            assert!(row.contains(&field), "{}: {field:?} not in {row:?}", p.name);
        }
    }
}
