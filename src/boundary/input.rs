//! From untrusted input to typed input, or a typed [`Error`] with the field path.
//!
//! Every input crosses the boundary in two steps, whatever it came from:
//!
//! 1. It is copied into a [`Value`] tree under fixed limits (depth, items, text), so an
//!    oversized or too-deep input is refused before any work is done on it, with the limit that
//!    was hit. The wasm binding walks the JavaScript object itself (no `JSON.stringify`);
//!    native callers, the tests and the fuzzer start from JSON text ([`Value::from_json`]).
//! 2. One `serde` [`Deserializer`](serde::Deserializer) over that tree feeds the
//!    `#[derive(Deserialize)]` input types. It tracks the field path as it descends (a path is a
//!    linked list on the stack, rendered only when an error needs it), so there is exactly one
//!    copy of every input type's visitor in the binary, and every message it produces is ours,
//!    in both languages. The path goes into [`Error::field`] only, never into the message.

use std::fmt;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, EnumAccess, Expected, MapAccess, SeqAccess,
    Unexpected, VariantAccess, Visitor,
};

use crate::error::{decode_coded, Error, ErrorKind};
use crate::text::{Arg, Text};

/// The most text an input may hold, in bytes of JSON text or in UTF-16 units of its strings
/// and keys. Real requests are a few hundred bytes; this keeps a hostile page from making the
/// module allocate without bound.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// The deepest nesting accepted. The deepest real input (`points.members[i].balance` under a
/// loan-limit request) is 4 levels; a cycle in a JavaScript object ends here too.
pub const MAX_DEPTH: usize = 32;

/// The most items in one list or keys in one object. Real lists hold a household's members or
/// a few earlier withdrawals.
pub const MAX_ITEMS: usize = 1000;

/// The most values (of any kind) in one input. A JavaScript object can share one array many
/// times over (`Array(1000).fill(Array(1000).fill([]))`), so the items per list and the depth
/// alone do not bound the walk; this does.
pub const MAX_VALUES: usize = 10_000;

/// A JSON-shaped value: what every input is read into before it is typed.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null` (and `undefined` inside a JavaScript array, as `JSON.stringify` writes it).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number: JavaScript has only doubles, and JSON text is read the same way.
    Number(f64),
    /// Text.
    String(String),
    /// A list.
    Array(Vec<Value>),
    /// An object's own enumerable properties, in order; a key appears once.
    Object(Vec<(String, Value)>),
}

/// The limits of one input, counted while it is copied into a [`Value`].
#[derive(Debug)]
pub struct Budget {
    text: usize,
    values: usize,
}

impl Default for Budget {
    fn default() -> Budget {
        Budget::new()
    }
}

impl Budget {
    /// A fresh budget for one input.
    pub fn new() -> Budget {
        Budget { text: 0, values: 0 }
    }

    /// Counts one value at `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` once the input holds more than [`MAX_VALUES`] values.
    pub fn value(&mut self, path: &str) -> Result<(), Error> {
        self.values += 1;
        if self.values > MAX_VALUES {
            return Err(Error::text_at(
                ErrorKind::InvalidInput,
                path,
                Text::new("errors.too_many_values").count("max", MAX_VALUES as u64),
            ));
        }
        Ok(())
    }

    /// Counts `len` units of text (a string or a key) at `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` once the input holds more than [`MAX_INPUT_BYTES`] of text.
    pub fn text(&mut self, len: usize, path: &str) -> Result<(), Error> {
        self.text = self.text.saturating_add(len);
        if self.text > MAX_INPUT_BYTES {
            return Err(Error::text_at(
                ErrorKind::InvalidInput,
                path,
                Text::new("errors.too_much_text").count("max", MAX_INPUT_BYTES as u64),
            ));
        }
        Ok(())
    }

    /// Checks the number of items of a list or keys of an object at `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` above [`MAX_ITEMS`].
    pub fn items(&self, len: usize, path: &str) -> Result<(), Error> {
        if len > MAX_ITEMS {
            return Err(Error::text_at(
                ErrorKind::InvalidInput,
                path,
                Text::new("errors.too_many_items").count("max", MAX_ITEMS as u64),
            ));
        }
        Ok(())
    }

    /// Checks the nesting depth at `path`.
    ///
    /// # Errors
    /// `INVALID_INPUT` deeper than [`MAX_DEPTH`] (which is also where a cycle ends).
    pub fn depth(&self, depth: usize, path: &str) -> Result<(), Error> {
        if depth > MAX_DEPTH {
            return Err(Error::text_at(
                ErrorKind::InvalidInput,
                path,
                Text::new("errors.too_deep_or_cycle").count("max", MAX_DEPTH as u64),
            ));
        }
        Ok(())
    }
}

/// Appends `.key` (or `key` at the root) to a path being built.
pub fn push_key(path: &mut String, key: &str) {
    if !path.is_empty() {
        path.push('.');
    }
    path.push_str(key);
}

/// Appends `[i]` to a path being built.
pub fn push_index(path: &mut String, i: usize) {
    use std::fmt::Write;
    let _ = write!(path, "[{i}]");
}

/// What an overflowing number literal becomes for the second parse: a string no one types
/// (it holds NUL characters, which JSON text can only write escaped), read back as ±Infinity.
#[cfg(not(target_arch = "wasm32"))]
const OVERFLOW_POSITIVE: &str = "\u{0}qz-number-overflow:+\u{0}";
#[cfg(not(target_arch = "wasm32"))]
const OVERFLOW_NEGATIVE: &str = "\u{0}qz-number-overflow:-\u{0}";

/// Rewrites every number literal outside strings that a double cannot hold (`1e400`) as the
/// overflow marker string, leaving everything else as it is.
#[cfg(not(target_arch = "wasm32"))]
fn mark_overflowing_numbers(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let mut chars = json.char_indices().peekable();
    let mut in_string = false;
    let mut escaped = false;
    while let Some((start, c)) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        if c == '"' {
            in_string = true;
            out.push(c);
            continue;
        }
        if c == '-' || c.is_ascii_digit() {
            let mut end = start + c.len_utf8();
            while let Some(&(i, d)) = chars.peek() {
                if d.is_ascii_digit() || matches!(d, '.' | 'e' | 'E' | '+' | '-') {
                    end = i + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let literal = json.get(start..end).unwrap_or_default();
            match literal.parse::<f64>() {
                Ok(v) if v.is_infinite() => {
                    let marker = if v > 0.0 {
                        OVERFLOW_POSITIVE
                    } else {
                        OVERFLOW_NEGATIVE
                    };
                    out.push_str(&serde_json::Value::from(marker).to_string());
                }
                _ => out.push_str(literal),
            }
            continue;
        }
        out.push(c);
    }
    out
}

/// Parses JSON text as `JSON.parse` would, before any limit but the text's size is counted.
///
/// # Errors
/// `INVALID_INPUT` for text that is not JSON or nested deeper than serde_json reads.
#[cfg(not(target_arch = "wasm32"))]
fn parse_json(json: &str) -> Result<serde_json::Value, Error> {
    serde_json::from_str(json)
        .or_else(|e| {
            // serde_json refuses a number beyond the doubles (`1e400`) for the whole text,
            // which would lose the field; `JSON.parse` reads it as ±Infinity, and the field's
            // own check then names it. So read it that way here too.
            if e.to_string().starts_with("number out of range") {
                serde_json::from_str(&mark_overflowing_numbers(json)).map_err(|_| e)
            } else {
                Err(e)
            }
        })
        .map_err(|e| {
            let text = if e.to_string().starts_with("recursion limit") {
                Text::new("errors.too_deep").count("max", MAX_DEPTH as u64)
            } else {
                Text::new("errors.not_json")
            };
            Error::with_text(ErrorKind::InvalidInput, None, text)
        })
}

impl Value {
    /// Reads JSON text (the native path: tests, fixtures, the fuzzer and Rust callers holding
    /// JSON). A key given twice keeps its last value, as in `JSON.parse`.
    ///
    /// # Errors
    /// `INVALID_INPUT` for text that is not JSON, or over any limit (size, depth, items).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_json(json: &str) -> Result<Value, Error> {
        if json.len() > MAX_INPUT_BYTES {
            return Err(Error::with_text(
                ErrorKind::InvalidInput,
                None,
                Text::new("errors.too_large_json").count("max", MAX_INPUT_BYTES as u64),
            ));
        }
        let parsed = parse_json(json)?;
        let mut budget = Budget::new();
        let mut path = String::new();
        Value::from_serde_json(&parsed, 0, &mut path, &mut budget)
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn from_serde_json(
        v: &serde_json::Value,
        depth: usize,
        path: &mut String,
        budget: &mut Budget,
    ) -> Result<Value, Error> {
        use serde_json::Value as J;
        budget.value(path)?;
        Ok(match v {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            // As JavaScript reads it: every JSON number is a double.
            J::Number(n) => Value::Number(n.as_f64().unwrap_or(f64::NAN)),
            J::String(s) if s == OVERFLOW_POSITIVE => Value::Number(f64::INFINITY),
            J::String(s) if s == OVERFLOW_NEGATIVE => Value::Number(f64::NEG_INFINITY),
            J::String(s) => {
                budget.text(s.len(), path)?;
                Value::String(s.clone())
            }
            J::Array(items) => {
                budget.depth(depth + 1, path)?;
                budget.items(items.len(), path)?;
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    let len = path.len();
                    push_index(path, i);
                    out.push(Value::from_serde_json(item, depth + 1, path, budget)?);
                    path.truncate(len);
                }
                Value::Array(out)
            }
            J::Object(map) => {
                budget.depth(depth + 1, path)?;
                budget.items(map.len(), path)?;
                let mut out = Vec::with_capacity(map.len());
                for (key, item) in map {
                    let len = path.len();
                    push_key(path, key);
                    budget.text(key.len(), path)?;
                    let item = Value::from_serde_json(item, depth + 1, path, budget)?;
                    path.truncate(len);
                    out.push((key.clone(), item));
                }
                Value::Object(out)
            }
        })
    }

    /// What kind of value it is, for messages.
    fn shape(&self) -> Shape {
        match self {
            Value::Null => Shape::Null,
            Value::Bool(_) => Shape::Bool,
            Value::Number(_) => Shape::Number,
            Value::String(_) => Shape::Text,
            Value::Array(_) => Shape::Array,
            Value::Object(_) => Shape::Object,
        }
    }
}

/// The kinds of value a message names ("expected a number, got text").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Shape {
    Null,
    Bool,
    Number,
    Text,
    Array,
    Object,
    Other,
}

impl Shape {
    /// The kind's word, a catalogue text of its own (`common.type_*`).
    fn words(self) -> Text {
        match self {
            Shape::Null => Text::new("common.type_null"),
            Shape::Bool => Text::new("common.type_bool"),
            Shape::Number => Text::new("common.type_number"),
            Shape::Text => Text::new("common.type_text"),
            Shape::Array => Text::new("common.type_array"),
            Shape::Object => Text::new("common.type_object"),
            Shape::Other => Text::new("common.type_other"),
        }
    }
}

/// Types `value` as a calculator's input.
///
/// # Errors
/// `INVALID_TYPE` for a value of the wrong type (an array where an object is expected, a list
/// item that is not an object, …), `UNKNOWN_FIELD` / `MISSING_FIELD` for a misspelled or absent
/// field, `INVALID_VALUE` for a string outside an enumeration, and the kinds the value types
/// report (`INVALID_AMOUNT`, `INVALID_DATE`, …), each with its path in `field`.
pub fn from_value<T: DeserializeOwned>(value: &Value) -> Result<T, Error> {
    T::deserialize(Node {
        value,
        path: Path::Root,
    })
    .map_err(|e| e.0)
}

/// Parses JSON text as the input of a calculator: [`Value::from_json`], then [`from_value`].
///
/// # Errors
/// Every error of both.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse<T: DeserializeOwned>(json: &str) -> Result<T, Error> {
    from_value(&Value::from_json(json)?)
}

/// Where a value sits in the input; a linked list on the stack, rendered only for an error.
#[derive(Clone, Copy)]
enum Path<'a> {
    Root,
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl Path<'_> {
    /// `members[1].onTimeMonths`, the way a JavaScript developer writes it.
    fn render(&self) -> String {
        let mut out = String::new();
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Path::Root => {}
            Path::Key(parent, key) => {
                parent.write(out);
                push_key(out, key);
            }
            Path::Index(parent, i) => {
                parent.write(out);
                push_index(out, *i);
            }
        }
    }
}

/// The deserializer's error: our [`Error`], plus whether it already knows its place.
#[derive(Debug)]
pub struct DeError(Error, Located);

#[derive(Debug, PartialEq)]
enum Located {
    No,
    /// A missing field: its name is appended to the path of the object that lacks it.
    Missing(&'static str),
    Yes,
}

impl DeError {
    fn text(kind: ErrorKind, text: Text) -> DeError {
        DeError(Error::with_text(kind, None, text), Located::No)
    }

    fn at(mut self, path: &Path) -> DeError {
        match self.1 {
            Located::Yes => return self,
            Located::No => self.0.set_field(path.render()),
            Located::Missing(name) => self.0.set_field(Path::Key(path, name).render()),
        }
        self.1 = Located::Yes;
        self
    }
}

impl fmt::Display for DeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for DeError {}

/// What a visitor expects, in our words: serde's `expecting` text is English and names Rust
/// types, so only its gist is kept.
fn expected_kind(exp: &dyn Expected) -> Shape {
    let text = exp.to_string();
    if text.starts_with("struct") || text.contains("map") {
        Shape::Object
    } else if text.contains("sequence") || text.contains("elements") {
        Shape::Array
    } else if text.contains("boolean") {
        Shape::Bool
    } else if text.contains("string") || text.contains("variant") || text.contains("identifier") {
        Shape::Text
    } else if text.contains("integer")
        || text.contains("number")
        || text.contains("float")
        || (text.len() > 1
            && text.starts_with(['u', 'i', 'f'])
            && text.bytes().skip(1).all(|b| b.is_ascii_digit()))
    {
        Shape::Number
    } else {
        Shape::Other
    }
}

fn unexpected_kind(u: &Unexpected) -> Shape {
    match u {
        Unexpected::Bool(_) => Shape::Bool,
        Unexpected::Unsigned(_) | Unexpected::Signed(_) | Unexpected::Float(_) => Shape::Number,
        Unexpected::Char(_) | Unexpected::Str(_) => Shape::Text,
        Unexpected::Unit | Unexpected::Option => Shape::Null,
        Unexpected::Seq => Shape::Array,
        Unexpected::Map => Shape::Object,
        _ => Shape::Other,
    }
}

fn wrong_type(expected: Shape, got: Shape) -> DeError {
    DeError::text(
        ErrorKind::InvalidType,
        Text::new("errors.wrong_type")
            .text("expected", expected.words())
            .text("got", got.words()),
    )
}

/// The one message for a value that is not a readable object where one is needed.
fn not_an_object() -> DeError {
    DeError::text(ErrorKind::InvalidInput, Text::new("errors.not_an_object"))
}

impl de::Error for DeError {
    fn custom<T: fmt::Display>(msg: T) -> DeError {
        match decode_coded(&msg.to_string()) {
            Some((kind, text)) => DeError::text(kind, text),
            // Only our own value types call `custom`, always through `coded`; anything else
            // is reported without serde's English.
            None => not_an_object(),
        }
    }

    fn invalid_type(unexp: Unexpected, exp: &dyn Expected) -> DeError {
        wrong_type(expected_kind(exp), unexpected_kind(&unexp))
    }

    fn invalid_value(unexp: Unexpected, exp: &dyn Expected) -> DeError {
        de::Error::invalid_type(unexp, exp)
    }

    fn invalid_length(_: usize, _: &dyn Expected) -> DeError {
        DeError::text(ErrorKind::InvalidType, Text::new("errors.wrong_length"))
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> DeError {
        DeError::text(
            ErrorKind::InvalidValue,
            Text::new("errors.not_allowed").raw("value", variant).list(
                "allowed",
                expected.iter().map(|v| Arg::Raw((*v).to_owned())).collect(),
            ),
        )
    }

    fn unknown_field(_: &str, _: &'static [&'static str]) -> DeError {
        DeError::text(ErrorKind::UnknownField, Text::new("errors.unknown_field"))
    }

    fn missing_field(field: &'static str) -> DeError {
        DeError(
            Error::with_text(
                ErrorKind::MissingField,
                None,
                Text::new("errors.missing_field"),
            ),
            Located::Missing(field),
        )
    }

    fn duplicate_field(_: &'static str) -> DeError {
        DeError::text(ErrorKind::InvalidInput, Text::new("errors.duplicate_field"))
    }
}

/// The deserializer: one value of the tree and its path.
#[derive(Clone, Copy)]
struct Node<'de, 'p> {
    value: &'de Value,
    path: Path<'p>,
}

impl<'de> Node<'de, '_> {
    fn visit_number<V: Visitor<'de>>(v: f64, visitor: V) -> Result<V::Value, DeError> {
        // 2^53: the whole numbers a double holds exactly.
        const EXACT: f64 = 9_007_199_254_740_992.0;
        if v.fract() == 0.0 && v.abs() < EXACT {
            if v >= 0.0 {
                // -0 lands here too: a sign on zero is not a negative number.
                #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
                return visitor.visit_u64(v as u64);
            }
            #[allow(clippy::cast_possible_truncation)]
            return visitor.visit_i64(v as i64);
        }
        visitor.visit_f64(v)
    }

    fn refuse(&self, expected: Shape) -> DeError {
        wrong_type(expected, self.value.shape()).at(&self.path)
    }
}

impl<'de> de::Deserializer<'de> for Node<'de, '_> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = &self.path;
        let out = match self.value {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => Node::visit_number(*n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visitor.visit_seq(Items {
                iter: items.iter().enumerate(),
                path,
            }),
            Value::Object(entries) => visitor.visit_map(Entries {
                iter: entries.iter(),
                value: None,
                path,
            }),
        };
        out.map_err(|e| e.at(path))
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.value {
            Value::Null => visitor
                .visit_none::<DeError>()
                .map_err(|e| e.at(&self.path)),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // serde would read a struct from an array positionally (`["5000"]` as
        // `{"applicant": "5000"}`); nobody means that, so an object is required.
        // `visit_map` called directly, not through `deserialize_any`: the derive's positional
        // `visit_seq` and the other `visit_*` of every struct are then never instantiated,
        // which keeps a few KB per input type out of the wasm.
        self.deserialize_map(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = &self.path;
        match self.value {
            Value::Object(entries) => visitor
                .visit_map(Entries {
                    iter: entries.iter(),
                    value: None,
                    path,
                })
                .map_err(|e| e.at(path)),
            _ => Err(self.refuse(Shape::Object)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        let path = &self.path;
        match self.value {
            Value::Array(items) => visitor
                .visit_seq(Items {
                    iter: items.iter().enumerate(),
                    path,
                })
                .map_err(|e| e.at(path)),
            _ => Err(self.refuse(Shape::Array)),
        }
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        visitor: V,
    ) -> Result<V::Value, DeError> {
        visitor
            .visit_newtype_struct(self)
            .map_err(|e| e.at(&self.path))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        // Enumerations are strings in this API (`"married"`, `"equal_principal"`).
        match self.value {
            Value::String(s) => visitor.visit_enum(Variant(s)).map_err(|e| e.at(&self.path)),
            _ => Err(self.refuse(Shape::Text)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.value {
            Value::Bool(b) => visitor
                .visit_bool::<DeError>(*b)
                .map_err(|e| e.at(&self.path)),
            _ => Err(self.refuse(Shape::Bool)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        match self.value {
            Value::String(s) => visitor
                .visit_borrowed_str::<DeError>(s)
                .map_err(|e| e.at(&self.path)),
            _ => Err(self.refuse(Shape::Text)),
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        self.deserialize_str(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char
        bytes byte_buf unit unit_struct identifier ignored_any
    }
}

struct Items<'p, I> {
    iter: I,
    path: &'p Path<'p>,
}

impl<'de, I> SeqAccess<'de> for Items<'_, I>
where
    I: Iterator<Item = (usize, &'de Value)>,
{
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.iter.next() {
            Some((i, value)) => {
                let path = Path::Index(self.path, i);
                seed.deserialize(Node { value, path })
                    .map(Some)
                    .map_err(|e| e.at(&path))
            }
            None => Ok(None),
        }
    }
}

struct Entries<'de, 'p> {
    iter: std::slice::Iter<'de, (String, Value)>,
    value: Option<&'de (String, Value)>,
    path: &'p Path<'p>,
}

impl<'de> MapAccess<'de> for Entries<'de, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.iter.next() {
            Some(entry) => {
                self.value = Some(entry);
                let path = Path::Key(self.path, &entry.0);
                seed.deserialize(Key(&entry.0))
                    .map(Some)
                    .map_err(|e| e.at(&path))
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        match self.value.take() {
            Some((key, value)) => {
                let path = Path::Key(self.path, key);
                seed.deserialize(Node { value, path })
                    .map_err(|e| e.at(&path))
            }
            None => Err(not_an_object()),
        }
    }
}

/// An object's key, as serde's field identifiers read it.
struct Key<'a>(&'a str);

impl<'de> de::Deserializer<'de> for Key<'de> {
    type Error = DeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DeError> {
        visitor.visit_borrowed_str(self.0)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf option unit unit_struct newtype_struct seq tuple
        tuple_struct map struct enum identifier ignored_any
    }
}

/// A unit variant named by a string.
struct Variant<'a>(&'a str);

impl<'de> EnumAccess<'de> for Variant<'de> {
    type Error = DeError;
    type Variant = UnitOnly;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, UnitOnly), DeError> {
        seed.deserialize(Key(self.0)).map(|v| (v, UnitOnly))
    }
}

struct UnitOnly;

impl<'de> VariantAccess<'de> for UnitOnly {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, _: T) -> Result<T::Value, DeError> {
        Err(not_a_name())
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, _: V) -> Result<V::Value, DeError> {
        Err(not_a_name())
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, DeError> {
        Err(not_a_name())
    }
}

fn not_a_name() -> DeError {
    wrong_type(Shape::Object, Shape::Text)
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
        #[serde(default)]
        kind: Option<Kind>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Kind {
        Veteran,
        ModelWorker,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Outer {
        members: Vec<Inner>,
    }

    #[test]
    fn paths_are_javascript_style_and_only_in_field() {
        let e =
            parse::<Outer>(r#"{"members":[{"onTimeMonths":1},{"onTimeMonthz":1}]}"#).unwrap_err();
        assert_eq!(e.code(), "UNKNOWN_FIELD");
        assert_eq!(e.field(), Some("members[1].onTimeMonthz"));
        assert!(!e.message_zh().contains("onTimeMonthz"), "{e:?}");
        assert!(!e.message_en().contains("onTimeMonthz"), "{e:?}");

        let e = parse::<Outer>(r#"{"members":[{}]}"#).unwrap_err();
        assert_eq!(e.code(), "MISSING_FIELD");
        assert_eq!(e.field(), Some("members[0].onTimeMonths"));

        let e = parse::<Outer>(r#""members""#).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE");
        assert_eq!(e.field(), None);

        let e = parse::<Outer>(r#"{"members":[[1]]}"#).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE");
        assert_eq!(e.field(), Some("members[0]"));

        let e = parse::<Outer>(r#"{"members":{"onTimeMonths":1}}"#).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE");
        assert_eq!(e.field(), Some("members"));
    }

    #[test]
    fn enumerations_name_their_values_in_our_words() {
        let e = parse::<Outer>(r#"{"members":[{"onTimeMonths":1,"kind":"other"}]}"#).unwrap_err();
        assert_eq!(e.code(), "INVALID_VALUE");
        assert_eq!(e.field(), Some("members[0].kind"));
        assert!(e.message_zh().contains("veteran、model_worker"), "{e:?}");
        // No serde English in the Chinese message.
        assert!(!e.message_zh().contains("one of"), "{e:?}");
        assert!(!e.message_zh().contains("expected"), "{e:?}");

        let e = parse::<Outer>(r#"{"members":[{"onTimeMonths":true}]}"#).unwrap_err();
        assert_eq!(e.code(), "INVALID_TYPE");
        assert_eq!(
            e.message_en(),
            "Wrong type of value: expected a number, got true/false"
        );
    }

    #[test]
    fn junk_and_oversized_input_is_refused_early_with_the_limit() {
        for junk in ["", "{", "nul", "{\"members\":[]} x", "\u{0}"] {
            let e = parse::<Outer>(junk).unwrap_err();
            assert_eq!(e.code(), "INVALID_INPUT", "{junk:?}");
        }
        let deep = "[".repeat(10_000);
        assert_eq!(parse::<Outer>(&deep).unwrap_err().code(), "INVALID_INPUT");
        let deep = format!("{}1{}", "[".repeat(40), "]".repeat(40));
        let e = parse::<Outer>(&deep).unwrap_err();
        assert_eq!(e.code(), "INVALID_INPUT");
        assert!(e.message_en().contains("nested too deeply"), "{e:?}");

        let many = format!("{{\"members\":[{}1]}}", "1,".repeat(MAX_ITEMS));
        let e = parse::<Outer>(&many).unwrap_err();
        assert_eq!(e.code(), "INVALID_INPUT");
        assert_eq!(e.field(), Some("members"));
        assert!(e.message_en().contains("items"), "{e:?}");

        let wide = format!("[{}[]]", "[[],[],[],[],[],[],[],[],[],[]],".repeat(999));
        let e = parse::<Outer>(&wide).unwrap_err();
        assert!(e.message_en().contains("values"), "{e:?}");

        let big = "x".repeat(MAX_INPUT_BYTES + 1);
        let e = parse::<Outer>(&format!("\"{big}\"")).unwrap_err();
        assert!(e.message_en().contains("too large"), "{e:?}");
    }

    /// Every message of the boundary is a catalogue text with all its arguments: the figures
    /// of a limit grouped, the value typed and the allowed values shown as they are.
    #[test]
    fn messages_are_filled_from_the_catalogue() {
        let e = parse::<Outer>(r#"{"members":[{"onTimeMonths":1,"kind":"other"}]}"#).unwrap_err();
        assert_eq!(e.text().key(), Some("errors.not_allowed"));
        assert_eq!(
            e.message_zh(),
            "取值“other”无效，可选值：veteran、model_worker"
        );
        assert_eq!(
            e.message_en(),
            "“other” is not allowed; allowed values: veteran, model_worker"
        );
        let e = parse::<Outer>(r#"{"members":[{"onTimeMonths":null}]}"#).unwrap_err();
        assert_eq!(e.message_zh(), "数据类型不正确：应为数字，实际为空值 null");
        let e = Budget::new().items(MAX_ITEMS + 1, "members").unwrap_err();
        assert_eq!(
            e.message_en(),
            "The input is too large (a list or object of over 1,000 items)"
        );
        let e = Budget::new().depth(MAX_DEPTH + 1, "a").unwrap_err();
        assert_eq!(e.message_zh(), "输入嵌套过深（超过 32 层，或含有循环引用）");
        for junk in ["{", "[1,]", "{\"a\":1,\"a\":2} x"] {
            let e = parse::<Outer>(junk).unwrap_err();
            for m in [e.message_zh(), e.message_en()] {
                assert!(!m.contains('{') && !m.contains("errors."), "{junk}: {m}");
            }
        }
        let e = parse::<Outer>(&format!("\"{}\"", "x".repeat(MAX_INPUT_BYTES))).unwrap_err();
        assert_eq!(e.message_en(), "The input is too large (over 65,536 bytes)");
    }

    #[test]
    fn numbers_are_doubles_as_in_javascript() {
        assert_eq!(Value::from_json("-0").unwrap(), Value::Number(-0.0));
        assert_eq!(
            Value::from_json("{\"a\":1,\"a\":2}").unwrap(),
            Value::Object(vec![("a".to_owned(), Value::Number(2.0))])
        );
    }
}
