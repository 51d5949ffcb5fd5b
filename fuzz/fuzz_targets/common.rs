//! Shared by the fuzz targets: the checks every `api::call` result must pass.

use qinzhou_policy_calc::{api, ErrorKind};

/// The function the first byte picks: `'0'` is `FUNCTIONS[0]`, `'1'` is `FUNCTIONS[1]`, … (so
/// seed files are readable text), wrapping around for every other byte. `QZ_FUZZ_FUNCTION`
/// (a JS name) pins every input to one function, for per-function runs.
pub fn pick(first: u8) -> &'static str {
    if let Some(pinned) = pinned() {
        return pinned;
    }
    let i = usize::from(first.wrapping_sub(b'0')) % api::FUNCTIONS.len();
    api::FUNCTIONS[i]
}

fn pinned() -> Option<&'static str> {
    use std::sync::OnceLock;
    static PINNED: OnceLock<Option<&'static str>> = OnceLock::new();
    *PINNED.get_or_init(|| {
        let name = std::env::var("QZ_FUZZ_FUNCTION").ok()?;
        let found = api::FUNCTIONS.iter().copied().find(|f| *f == name);
        assert!(
            found.is_some(),
            "QZ_FUZZ_FUNCTION={name} is not in api::FUNCTIONS"
        );
        found
    })
}

/// Runs `function` on `json` and checks the outcome: a result, or a typed error with a known
/// code and both messages.
pub fn check(function: &str, json: &str) {
    match api::call(function, json) {
        Ok(value) => {
            // Every result serializes back to text (what the binding hands to JavaScript).
            let text = serde_json::to_string(&value).expect("result serializes");
            assert!(!text.is_empty());
            check_money(&value);
        }
        Err(e) => {
            assert!(
                ErrorKind::ALL.contains(&e.kind()),
                "unknown kind {:?}",
                e.kind()
            );
            assert!(
                ErrorKind::from_code(e.code()) == Some(e.kind()),
                "code {} does not round-trip",
                e.code()
            );
            assert!(!e.message_zh().is_empty(), "empty zh message: {e:?}");
            assert!(!e.message_en().is_empty(), "empty en message: {e:?}");
            assert!(
                e.kind() != ErrorKind::Internal,
                "no input may cause INTERNAL: {e:?}"
            );
            if let Some(f) = e.field() {
                assert!(!f.is_empty(), "empty field: {e:?}");
                // What the user typed is echoed in the message and may contain anything,
                // `county: ` included ("qincounty: bei"): only the message's own words are
                // checked, i.e. with every echoed value other than the path itself cut out.
                let mut echoed = Vec::new();
                raw_args(e.text().args(), &mut echoed);
                // An empty value cuts nothing (and `replace("", …)` would split every
                // character apart, blinding the check).
                echoed.retain(|r| !r.is_empty() && r.as_str() != f);
                let own = |message: String| {
                    echoed
                        .iter()
                        .fold(message, |m, r| m.replace(r.as_str(), "\u{2400}"))
                };
                assert!(
                    !own(e.message_zh()).contains(&format!("{f}："))
                        && !own(e.message_en()).contains(&format!("{f}: ")),
                    "the path is written into the message: {e:?}"
                );
            }
        }
    }
}

/// Every `Raw` argument of a text, nested ones included (words shown as typed).
fn raw_args(args: &[(&'static str, qinzhou_policy_calc::text::Arg)], out: &mut Vec<String>) {
    use qinzhou_policy_calc::text::Arg;
    fn one(a: &Arg, out: &mut Vec<String>) {
        match a {
            Arg::Raw(r) => out.push(r.clone()),
            Arg::List(items) => items.iter().for_each(|i| one(i, out)),
            Arg::Text(t) => raw_args(t.args(), out),
            _ => {}
        }
    }
    args.iter().for_each(|(_, a)| one(a, out));
}

/// The result fields whose decimal strings are rates or ratios, not money.
pub const NOT_MONEY: &[&str] = &[
    "steps",
    "value",
    "annualRatePercent",
    "monthlyRate",
    "perThousand",
    "perThousand2020",
    "regionPerThousand",
    "target",
    "targetPerThousand",
    "areaPerPerson",
    // 一县一业: the rates in lowest form ("0.002", "0.1", "0.5"; the employment service's
    // per-person `rate` is money and is checked through `amount`), and a text's number
    // argument, which is never money (money arguments are `money`).
    "rate",
    "attachmentRate",
    "number",
];

/// Every other decimal string in a result is money: non-negative with exactly 2 decimals.
fn check_money(v: &serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                if NOT_MONEY.contains(&k.as_str()) {
                    continue;
                }
                if let Value::String(s) = x {
                    if looks_decimal(s) {
                        let ok = s.split_once('.').is_some_and(|(i, f)| {
                            !i.is_empty()
                                && i.bytes().all(|b| b.is_ascii_digit())
                                && f.len() == 2
                                && f.bytes().all(|b| b.is_ascii_digit())
                        });
                        assert!(ok, "money field {k} = {s:?} is not n.dd");
                    }
                }
                check_money(x);
            }
        }
        Value::Array(items) => items.iter().for_each(check_money),
        _ => {}
    }
}

fn looks_decimal(s: &str) -> bool {
    let t = s.strip_prefix('-').unwrap_or(s);
    !t.is_empty() && t.contains('.') && t.bytes().all(|b| b.is_ascii_digit() || b == b'.')
}
