//! Every case of tests/fixtures/*.json, read once for the tests that walk all of them (the
//! fixture runner reads them with its own checks).

use std::fs;
use std::path::Path;

use serde_json::Value;

/// One fixture case: the file's stem, its index in the file, and the case.
pub struct Case {
    /// The fixture file's name without `.json`, e.g. `rent_withdrawal`.
    pub stem: String,
    /// The case's position in its file.
    pub index: usize,
    /// The case as written.
    pub case: Value,
}

/// Every case of every fixture file, files in name order, cases in file order.
pub fn all() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("tests/fixtures")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let stem = file
            .file_stem()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let cases: Vec<Value> =
            serde_json::from_str(&fs::read_to_string(&file).expect("fixture")).expect("array");
        for (index, case) in cases.into_iter().enumerate() {
            out.push(Case {
                stem: stem.clone(),
                index,
                case,
            });
        }
    }
    out
}
