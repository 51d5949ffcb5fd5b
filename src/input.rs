//! From untrusted JSON text to typed input, or a typed [`Error`] with the field path.
//!
//! This is the exact path every call from JavaScript takes (the binding turns the JS value
//! into JSON text with `JSON.stringify` and hands it here), so everything that can go wrong at
//! the boundary can be tested, fuzzed and proven natively.

use serde::de::{self, DeserializeOwned};
use serde_path_to_error::{Path, Segment};

use crate::error::{Error, ErrorKind};

/// The largest input accepted, in bytes. Real requests are a few hundred bytes; this keeps a
/// hostile page from making the module allocate without bound.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// Marks the messages our own deserializers produce, so they can be told apart from serde's.
const MARK: char = '\u{1e}';
const SEP: char = '\u{1f}';

/// Builds a deserializer error that carries our error kind and both messages through serde.
pub(crate) fn coded<E: de::Error>(kind: ErrorKind, zh: &str, en: &str) -> E {
    E::custom(format_args!(
        "{MARK}{}{SEP}{zh}{SEP}{en}{MARK}",
        kind.code()
    ))
}

/// Parses `json` as the input of a calculator.
///
/// A key given twice in JSON text keeps its last value, as in `JSON.parse`; JavaScript
/// callers cannot send duplicates (`JSON.stringify` never writes them).
///
/// # Errors
/// `INVALID_INPUT` for text that is not JSON or is too large, `INVALID_TYPE` for a value of the
/// wrong type, `UNKNOWN_FIELD` / `MISSING_FIELD` for a misspelled or absent field, and the
/// kinds the value types report (`INVALID_AMOUNT`, `INVALID_DATE`, …), each with its path.
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    if json.len() > MAX_INPUT_BYTES {
        return Err(Error::new(
            ErrorKind::InvalidInput,
            None,
            format!("输入过大（超过 {MAX_INPUT_BYTES} 字节）"),
            format!("Input too large (over {MAX_INPUT_BYTES} bytes)"),
        ));
    }
    let value: serde_json::Value =
        serde_json::from_str(json).map_err(|e| classify(&e.to_string(), String::new()))?;
    check_shape(&value, &mut String::new(), false)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = render_path(e.path());
        classify(&e.inner().to_string(), path)
    })
}

/// The input fields that hold lists (of objects, every one of them).
const LIST_FIELDS: &[&str] = &["members", "previous", "accounts"];

/// The input fields that hold lists of dates (a site's holiday calendar).
const DATE_LIST_FIELDS: &[&str] = &["restDays", "workDays"];

/// serde reads a struct from an array positionally, so `{"balances": ["5000"]}` would be
/// taken as `{"balances": {"applicant": "5000"}}`. Nobody means that: an array is accepted
/// only where the API has a list, and a list holds objects.
fn check_shape(value: &serde_json::Value, path: &mut String, list_item: bool) -> Result<(), Error> {
    use serde_json::Value;
    match value {
        Value::Object(map) => {
            for (key, v) in map {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
                let allowed_list = LIST_FIELDS.contains(&key.as_str());
                match v {
                    Value::Array(items) if allowed_list => {
                        for (i, item) in items.iter().enumerate() {
                            let len = path.len();
                            path.push_str(&format!("[{i}]"));
                            check_shape(item, path, true)?;
                            path.truncate(len);
                        }
                    }
                    Value::Array(items) if DATE_LIST_FIELDS.contains(&key.as_str()) => {
                        for (i, item) in items.iter().enumerate() {
                            let len = path.len();
                            path.push_str(&format!("[{i}]"));
                            check_shape(item, path, false)?;
                            path.truncate(len);
                        }
                    }
                    _ => check_shape(v, path, false)?,
                }
                path.truncate(len);
            }
            Ok(())
        }
        Value::Array(_) => Err(with_field(
            ErrorKind::InvalidType,
            Some(path.clone()),
            "数据类型不正确：此处不接受数组",
            "Wrong type of value: an array is not accepted here",
        )),
        _ if list_item => Err(with_field(
            ErrorKind::InvalidType,
            Some(path.clone()),
            "数据类型不正确：列表中的每一项应为对象",
            "Wrong type of value: each item of the list must be an object",
        )),
        _ => Ok(()),
    }
}

/// Writes a path the way a JavaScript developer would: `members[1].onTimeMonths`.
fn render_path(path: &Path) -> String {
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn join(path: &str, field: &str) -> String {
    if path.is_empty() {
        field.to_owned()
    } else {
        format!("{path}.{field}")
    }
}

/// The name between the first pair of backticks of a serde message (`missing field `x``).
fn quoted(msg: &str) -> Option<&str> {
    let start = msg.find('`')? + 1;
    let len = msg.get(start..)?.find('`')?;
    msg.get(start..start + len)
}

/// Turns a serde message into our error. serde's own messages have stable prefixes
/// ("missing field", "unknown field", "invalid type", …) that we map to codes.
fn classify(msg: &str, path: String) -> Error {
    if let Some(start) = msg.find(MARK) {
        let inner = msg.get(start + MARK.len_utf8()..).unwrap_or("");
        let inner = inner.split(MARK).next().unwrap_or("");
        let mut parts = inner.split(SEP);
        let code = parts.next().unwrap_or("");
        let zh = parts.next().unwrap_or("");
        let en = parts.next().unwrap_or("");
        let kind = ErrorKind::from_code(code).unwrap_or(ErrorKind::InvalidInput);
        return with_field(kind, Some(path), zh, en);
    }
    // Strip serde_json's " at line 1 column 7" so messages do not talk about JSON text the
    // user never wrote.
    let bare = msg.split(" at line ").next().unwrap_or(msg);
    if bare.starts_with("missing field") {
        let field = quoted(bare).map(|f| join(&path, f)).unwrap_or(path);
        return with_field(
            ErrorKind::MissingField,
            Some(field),
            "缺少必填项",
            "This field is required",
        );
    }
    if bare.starts_with("unknown field") {
        // serde_path_to_error already put the unknown key at the end of the path.
        return with_field(
            ErrorKind::UnknownField,
            Some(path),
            "无法识别的字段（请检查拼写）",
            "Unknown field (check the spelling)",
        );
    }
    if bare.starts_with("unknown variant") {
        let got = quoted(bare).unwrap_or("");
        let expected = bare.split("expected ").nth(1).unwrap_or("");
        return with_field(
            ErrorKind::InvalidValue,
            Some(path),
            &format!("取值“{got}”无效，应为：{expected}"),
            &format!("“{got}” is not allowed; expected {expected}"),
        );
    }
    if bare.starts_with("invalid type") || bare.starts_with("invalid length") {
        let (zh, en) = describe_type_error(bare);
        return with_field(
            ErrorKind::InvalidType,
            Some(path),
            &format!("数据类型不正确：{zh}"),
            &format!("Wrong type of value: {en}"),
        );
    }
    if bare.starts_with("recursion limit") {
        return with_field(
            ErrorKind::InvalidInput,
            Some(path),
            "输入嵌套过深",
            "The input is nested too deeply",
        );
    }
    with_field(
        ErrorKind::InvalidInput,
        Some(path),
        "输入不是有效的数据对象",
        "The input is not a valid object",
    )
}

/// serde says "invalid type: string \"x\", expected struct Foo"; users need the gist only,
/// in their language, and never the Rust type name. Returns (zh, en).
fn describe_type_error(msg: &str) -> (String, String) {
    let got = msg
        .trim_start_matches("invalid type: ")
        .trim_start_matches("invalid length ")
        .split(", expected")
        .next()
        .unwrap_or("");
    let name = |t: &str| -> (&'static str, &'static str) {
        match t {
            "string" => ("文字", "text"),
            "integer" | "floating" | "number" => ("数字", "a number"),
            "boolean" => ("真/假值", "true/false"),
            "null" | "unit" => ("空值 null", "null"),
            "sequence" | "array" => ("数组", "an array"),
            "map" | "object" => ("对象", "an object"),
            _ => ("其他类型", "another type"),
        }
    };
    let got = name(got.split_whitespace().next().unwrap_or(""));
    let expected = msg.split(", expected ").nth(1).unwrap_or("");
    let expected = if expected.starts_with("struct") || expected.starts_with("a map") {
        name("object")
    } else if expected.starts_with("a sequence") || expected.contains("elements") {
        name("array")
    } else if expected.starts_with("a boolean") {
        name("boolean")
    } else if expected.contains("string") || expected.contains("variant") {
        name("string")
    } else {
        name("")
    };
    (
        format!("应为{}，实际为{}", expected.0, got.0),
        format!("expected {}, got {}", expected.1, got.1),
    )
}

fn with_field(kind: ErrorKind, field: Option<String>, zh: &str, en: &str) -> Error {
    let zh = if zh.is_empty() {
        kind.describe_zh()
    } else {
        zh
    };
    let en = if en.is_empty() {
        kind.describe_en()
    } else {
        en
    };
    let field = field.filter(|f| !f.is_empty());
    let (zh, en) = match &field {
        Some(f) => (format!("{f}：{zh}"), format!("{f}: {en}")),
        None => (zh.to_owned(), en.to_owned()),
    };
    Error::new(kind, field, zh, en)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields, rename_all = "camelCase")]
    #[allow(dead_code)]
    struct Inner {
        on_time_months: u32,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        members: Vec<Inner>,
    }

    #[test]
    fn paths_are_javascript_style() {
        let e =
            parse::<Outer>(r#"{"members":[{"onTimeMonths":1},{"onTimeMonthz":1}]}"#).unwrap_err();
        assert_eq!(e.code(), "UNKNOWN_FIELD");
        assert_eq!(e.field(), Some("members[1].onTimeMonthz"));

        let e = parse::<Outer>(r#"{"members":[{}]}"#).unwrap_err();
        assert_eq!(e.code(), "MISSING_FIELD");
        assert_eq!(e.field(), Some("members[0].onTimeMonths"));

        let e = parse::<Outer>(r#""members""#).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE");
        assert_eq!(e.field(), None);
    }

    #[test]
    fn junk_is_typed() {
        for junk in ["", "{", "nul", "{\"members\":[]} x", "\u{0}"] {
            let e = parse::<Outer>(junk).unwrap_err();
            assert_eq!(e.code(), "INVALID_INPUT", "{junk:?}");
        }
        let deep = "[".repeat(10_000);
        assert_eq!(parse::<Outer>(&deep).unwrap_err().code(), "INVALID_INPUT");
        // Nesting never reaches the stack's end: serde_json stops at depth 128.
        let deep = format!("{{\"members\":{}", "[".repeat(10_000));
        assert!(parse::<Outer>(&deep).is_err());
    }
}
