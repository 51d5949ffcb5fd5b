//! The one public error type.
//!
//! Every failure a caller can cause has a stable [`ErrorKind`] code, so a web page can react to
//! the kind (and show the message next to the field named by [`Error::field`]) without parsing
//! text. Messages come in Chinese (the page's first language, [`Error::message_zh`]) and
//! English ([`Error::message_en`]); `Display` is English, its alternate form `{:#}` Chinese.

use std::fmt;

use crate::text::Text;

/// The kinds of failure, each with a stable code that never changes once published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is not well-formed at all (not JSON, nested too deeply, an unreadable object).
    InvalidInput,
    /// A value has the wrong type (a string where an object is expected, `null`, …).
    InvalidType,
    /// A money amount is not a non-negative number with at most 2 decimals.
    InvalidAmount,
    /// A count, rate or ratio is not a valid number of its kind.
    InvalidNumber,
    /// A date is not a real calendar date written `YYYY-MM-DD`.
    InvalidDate,
    /// A value is not one of the enumerated strings.
    InvalidValue,
    /// A required field is absent.
    MissingField,
    /// A field the calculator does not know: a typo must not be silently ignored.
    UnknownField,
    /// A value is valid in form but outside what the calculator accepts.
    OutOfRange,
    /// Values contradict each other (e.g. more on-time months than deposit months).
    Inconsistent,
    /// The gazette does not give the rule needed for this date or case.
    RuleNotInSource,
    /// A fault of the library, not of the input (a result that cannot be written out). No
    /// input should produce it; it exists so that such a fault is still a typed error.
    Internal,
}

impl ErrorKind {
    /// Every kind, for catalogues and tests.
    pub const ALL: [ErrorKind; 12] = [
        ErrorKind::InvalidInput,
        ErrorKind::InvalidType,
        ErrorKind::InvalidAmount,
        ErrorKind::InvalidNumber,
        ErrorKind::InvalidDate,
        ErrorKind::InvalidValue,
        ErrorKind::MissingField,
        ErrorKind::UnknownField,
        ErrorKind::OutOfRange,
        ErrorKind::Inconsistent,
        ErrorKind::RuleNotInSource,
        ErrorKind::Internal,
    ];

    /// The stable code, as JavaScript sees it in `error.code`.
    pub const fn code(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "INVALID_INPUT",
            ErrorKind::InvalidType => "INVALID_TYPE",
            ErrorKind::InvalidAmount => "INVALID_AMOUNT",
            ErrorKind::InvalidNumber => "INVALID_NUMBER",
            ErrorKind::InvalidDate => "INVALID_DATE",
            ErrorKind::InvalidValue => "INVALID_VALUE",
            ErrorKind::MissingField => "MISSING_FIELD",
            ErrorKind::UnknownField => "UNKNOWN_FIELD",
            ErrorKind::OutOfRange => "OUT_OF_RANGE",
            ErrorKind::Inconsistent => "INCONSISTENT",
            ErrorKind::RuleNotInSource => "RULE_NOT_IN_SOURCE",
            ErrorKind::Internal => "INTERNAL",
        }
    }

    /// The kind for a code; `None` for a code this version does not know.
    pub fn from_code(code: &str) -> Option<ErrorKind> {
        ErrorKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// A one-line description in Chinese, for the README catalogue and as a message prefix.
    pub const fn describe_zh(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "输入格式无效",
            ErrorKind::InvalidType => "数据类型不正确",
            ErrorKind::InvalidAmount => "金额无效",
            ErrorKind::InvalidNumber => "数值无效",
            ErrorKind::InvalidDate => "日期无效",
            ErrorKind::InvalidValue => "取值无效",
            ErrorKind::MissingField => "缺少必填项",
            ErrorKind::UnknownField => "存在无法识别的字段",
            ErrorKind::OutOfRange => "数值超出允许范围",
            ErrorKind::Inconsistent => "输入项之间相互矛盾",
            ErrorKind::RuleNotInSource => "公报未载明适用的规定",
            ErrorKind::Internal => "计算器内部错误",
        }
    }

    /// A one-line description in English.
    pub const fn describe_en(self) -> &'static str {
        match self {
            ErrorKind::InvalidInput => "Malformed input",
            ErrorKind::InvalidType => "Wrong type of value",
            ErrorKind::InvalidAmount => "Invalid amount",
            ErrorKind::InvalidNumber => "Invalid number",
            ErrorKind::InvalidDate => "Invalid date",
            ErrorKind::InvalidValue => "Invalid value",
            ErrorKind::MissingField => "Missing required field",
            ErrorKind::UnknownField => "Unknown field",
            ErrorKind::OutOfRange => "Value out of range",
            ErrorKind::Inconsistent => "Inputs contradict each other",
            ErrorKind::RuleNotInSource => "The gazette does not give the rule",
            ErrorKind::Internal => "Internal error of the calculator",
        }
    }
}

/// A failure caused by the input, with its field path and bilingual message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    field: Option<String>,
    text: Text,
}

impl Error {
    /// An error of `kind` at `field`, its message a catalogue text.
    pub fn with_text(kind: ErrorKind, field: Option<String>, text: Text) -> Error {
        Error {
            kind,
            field: field.filter(|f| !f.is_empty()),
            text,
        }
    }

    /// An error of `kind` at the field given as a `&str` path, its message a catalogue text.
    pub fn text_at(kind: ErrorKind, field: &str, text: Text) -> Error {
        Error::with_text(kind, Some(field.to_owned()), text)
    }

    /// The overflow guard: every checked operation that fails becomes this, never a panic.
    pub fn overflow(field: Option<&str>) -> Error {
        Error::with_text(
            ErrorKind::OutOfRange,
            field.map(str::to_owned),
            Text::new("errors.overflow"),
        )
    }

    /// The one error for a fault of the library itself: a result that cannot be written out.
    pub fn internal() -> Error {
        Error::with_text(ErrorKind::Internal, None, Text::new("errors.internal"))
    }

    /// Puts the error at `field` (a rendered path; empty means the whole input).
    pub(crate) fn set_field(&mut self, field: String) {
        self.field = Some(field).filter(|f| !f.is_empty());
    }

    /// The kind of failure.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }

    /// The stable code, e.g. `INVALID_AMOUNT`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The input path the error is about (`members[1].onTimeMonths`), if it is about one field.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// The Chinese message (what JavaScript sees as `error.message`), without the field path:
    /// the text to show a person next to the field named by [`Error::field`]. `format!("{e:#}")`
    /// gives it with the code and the field, for a log.
    pub fn message_zh(&self) -> String {
        self.text.zh()
    }

    /// The English message (`error.messageEn`), without the field path; `Display` gives it
    /// with the code and the field.
    pub fn message_en(&self) -> String {
        self.text.en()
    }

    /// The message as data: a catalogue key with its arguments (what the JavaScript package
    /// renders `message` and `messageEn` from).
    pub fn text(&self) -> &Text {
        &self.text
    }

    /// The same error at a deeper or different path; used when a sub-calculation is reused
    /// under another input field (the points of a loan-limit request live under `points`).
    pub fn prefixed(mut self, prefix: &str) -> Error {
        self.field = Some(match self.field.take() {
            Some(f) if f.starts_with('[') => format!("{prefix}{f}"),
            Some(f) => format!("{prefix}.{f}"),
            None => prefix.to_owned(),
        });
        self
    }
}

/// `Display` is for logs and developers, so it is in **English**: the code, the field and the
/// English message, `` INVALID_AMOUNT at `monthlyRent`: At most 2 decimal places ``.
///
/// The alternate form `{:#}` is the same in **Chinese**, for a Chinese log or console:
/// `INVALID_AMOUNT（monthlyRent）：最多保留 2 位小数`. To show a person the message next to the
/// field, use [`Error::message_zh`] (what JavaScript sees as `error.message`) or
/// [`Error::message_en`] with [`Error::field`]: the messages never contain the field path.
///
/// ```
/// use qinzhou_policy_calc::Error;
/// use qinzhou_policy_calc::money::MoneyIn;
///
/// let e: Error = "1200.123".parse::<MoneyIn>().unwrap_err().prefixed("monthlyRent");
/// assert_eq!(e.to_string(), "INVALID_AMOUNT at `monthlyRent`: At most 2 decimal places");
/// assert_eq!(format!("{e:#}"), "INVALID_AMOUNT（monthlyRent）：最多保留 2 位小数");
/// assert_eq!(e.message_zh(), "最多保留 2 位小数");
/// ```
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.field, f.alternate()) {
            (Some(field), false) => write!(f, "{} at `{}`: {}", self.code(), field, self.text.en()),
            (None, false) => write!(f, "{}: {}", self.code(), self.text.en()),
            (Some(field), true) => write!(f, "{}（{}）：{}", self.code(), field, self.text.zh()),
            (None, true) => write!(f, "{}：{}", self.code(), self.text.zh()),
        }
    }
}

impl std::error::Error for Error {}

/// What our own value types hand to serde as an error message: only a marker, the kind and
/// the text waiting in [`PENDING`] until the deserializer takes them back.
const MARK: &str = "\u{1e}qinzhou-policy-calc coded error\u{1e}";

thread_local! {
    /// The kind and text of the coded error being handed through serde (one at a time: a
    /// deserializer turns it back into our error before anything else can fail).
    static PENDING: std::cell::RefCell<Option<(ErrorKind, Text)>> =
        const { std::cell::RefCell::new(None) };
}

/// Builds a deserializer error that carries our error kind and text through serde's
/// `Error::custom` (the only way a generic `Visitor` can build an error).
pub(crate) fn coded_text<E: serde::de::Error>(kind: ErrorKind, text: Text) -> E {
    PENDING.with(|p| *p.borrow_mut() = Some((kind, text)));
    E::custom(MARK)
}

/// The kind and text [`coded_text`] handed through `msg`, if it is one of ours.
pub(crate) fn decode_coded(msg: &str) -> Option<(ErrorKind, Text)> {
    if msg != MARK {
        return None;
    }
    PENDING.with(|p| p.borrow_mut().take())
}

/// The result type of every fallible function of the crate.
pub type Result<T, E = Error> = std::result::Result<T, E>;
