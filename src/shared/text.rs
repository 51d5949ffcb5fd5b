//! Explanations as data: a text is a catalogue key with typed arguments.
//!
//! A calculator never writes a sentence. It says *what* it applied (`rent_withdrawal.ceiling`)
//! and with which figures (`cap`: money 800.00), and the words live in one catalogue per
//! language (`texts/zh/*.json`, `texts/en/*.json`). Three things follow:
//!
//! - the wasm module carries no prose at all, so a page downloads the words of one language
//!   (and only the groups its widget shows) as data, next to a much smaller module;
//! - every figure in every sentence is formatted by one function per kind ([`Arg`]), in Rust
//!   here and in the package's JavaScript renderer (`texts/render.js`), so money reads
//!   `1,200.00 元` everywhere and the two renderers are tested against each other;
//! - a site can replace a template with its own wording without a rebuild: the key and the
//!   arguments are in every result (`text`), and the package's renderer takes overrides.
//!
//! Natively the catalogue is compiled in ([`Text::zh`], [`Text::en`]) and results serialise
//! with their `zh` and `en` filled, as they always have. On `wasm32` a result carries only
//! `text: { key, args }` and the package's wrapper fills `zh` and `en` from the catalogue it
//! loaded, so the JavaScript contract is unchanged.
//!
//! Template syntax: `{name}` is replaced by the argument `name`, formatted by its kind;
//! `{{` and `}}` are literal braces. A template uses exactly the arguments its text carries
//! (tests/suite/texts.rs checks every key in both languages).

use rust_decimal::Decimal;
use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::date::Date;
use crate::money::Money;

/// One argument of a text, typed so that each kind of figure is formatted one way in every
/// sentence and both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Yuan: grouped digits, two decimals and the unit (`1,200.00 元`, `1,200.00 yuan`).
    Money(Money),
    /// Any other exact number (a rate, a ratio, an area): grouped digits, the decimals it has,
    /// no unit (the template says the unit: `{rate}%`, `{area} m²`).
    Number(Decimal),
    /// A whole count (months, points, people): grouped digits.
    Count(u64),
    /// A year, never grouped (`2025`).
    Year(i32),
    /// A calendar day: `2024年1月1日` in Chinese, `2024-01-01` in English.
    Date(Date),
    /// A text of its own (a word that differs by language, e.g. a marital status), rendered
    /// in the same language.
    Text(Box<Text>),
    /// Words shown as they are in every language: a document number, a clause, a field path,
    /// something the user typed.
    Raw(String),
    /// Several arguments, joined with `、` in Chinese and `, ` in English.
    List(Vec<Arg>),
}

/// A text: a catalogue key with its arguments, or (only while a module's texts are being
/// moved into the catalogue) the two sentences written out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Text {
    /// A key of the catalogue (`group.name`, the group being the file it lives in) and its
    /// arguments, in the order given.
    Coded {
        /// The catalogue key.
        key: &'static str,
        /// The arguments, by name.
        args: Vec<(&'static str, Arg)>,
    },
    /// Both sentences written out: the form every text had before the catalogue. Serialised
    /// as `zh` and `en` in every build.
    Literal {
        /// Chinese.
        zh: String,
        /// English.
        en: String,
    },
}

impl Default for Text {
    fn default() -> Self {
        Text::Literal {
            zh: String::new(),
            en: String::new(),
        }
    }
}

impl Text {
    /// The text of catalogue `key`, with no arguments yet.
    pub fn new(key: &'static str) -> Self {
        Text::Coded {
            key,
            args: Vec::new(),
        }
    }

    /// Both sentences written out (see [`Text::Literal`]).
    pub fn literal(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Text::Literal {
            zh: zh.into(),
            en: en.into(),
        }
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: Arg) -> Self {
        if let Text::Coded { args, .. } = &mut self {
            args.push((name, value));
        }
        self
    }

    /// Adds a money argument.
    #[must_use]
    pub fn money(self, name: &'static str, value: Money) -> Self {
        self.arg(name, Arg::Money(value))
    }

    /// Adds an exact-number argument.
    #[must_use]
    pub fn number(self, name: &'static str, value: Decimal) -> Self {
        self.arg(name, Arg::Number(value))
    }

    /// Adds a count argument.
    #[must_use]
    pub fn count(self, name: &'static str, value: u64) -> Self {
        self.arg(name, Arg::Count(value))
    }

    /// Adds a year argument.
    #[must_use]
    pub fn year(self, name: &'static str, value: i32) -> Self {
        self.arg(name, Arg::Year(value))
    }

    /// Adds a date argument.
    #[must_use]
    pub fn date(self, name: &'static str, value: Date) -> Self {
        self.arg(name, Arg::Date(value))
    }

    /// Adds a nested text (rendered in the same language).
    #[must_use]
    pub fn text(self, name: &'static str, value: Text) -> Self {
        self.arg(name, Arg::Text(Box::new(value)))
    }

    /// Adds words shown as they are in every language.
    #[must_use]
    pub fn raw(self, name: &'static str, value: impl Into<String>) -> Self {
        self.arg(name, Arg::Raw(value.into()))
    }

    /// Adds a list.
    #[must_use]
    pub fn list(self, name: &'static str, items: Vec<Arg>) -> Self {
        self.arg(name, Arg::List(items))
    }

    /// The catalogue key, if the text has one.
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Text::Coded { key, .. } => Some(key),
            Text::Literal { .. } => None,
        }
    }

    /// The arguments (empty for a literal).
    pub fn args(&self) -> &[(&'static str, Arg)] {
        match self {
            Text::Coded { args, .. } => args,
            Text::Literal { .. } => &[],
        }
    }
}

/// The languages of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Chinese, the page's first language.
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Chinese first.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The language's code, as in `texts/<code>/` and the result's field name.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
}

/// Digits grouped by three in the integer part: `1234567.5` → `1,234,567.5`. A sign stays in
/// front.
pub fn grouped(number: &str) -> String {
    let (sign, digits) = match number.strip_prefix(['-', '+']) {
        Some(rest) => (&number[..1], rest),
        None => ("", number),
    };
    let (int, frac) = digits
        .split_once('.')
        .map_or((digits, None), |(i, f)| (i, Some(f)));
    let mut out = String::with_capacity(number.len() + int.len() / 3);
    out.push_str(sign);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

impl Arg {
    /// The argument's words in `lang`, by the one rule of its kind.
    fn render(&self, lang: Lang, out: &mut String) {
        match self {
            Arg::Money(m) => {
                out.push_str(&grouped(&m.to_string()));
                out.push_str(match lang {
                    Lang::Zh => " 元",
                    Lang::En => " yuan",
                });
            }
            Arg::Number(d) => out.push_str(&grouped(&d.to_string())),
            Arg::Count(n) => out.push_str(&grouped(&n.to_string())),
            Arg::Year(y) => out.push_str(&y.to_string()),
            Arg::Date(d) => match lang {
                Lang::Zh => out.push_str(&format!("{}年{}月{}日", d.year(), d.month(), d.day())),
                Lang::En => out.push_str(&d.to_string()),
            },
            Arg::Text(t) => out.push_str(&t.render(lang)),
            Arg::Raw(s) => out.push_str(s),
            Arg::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(match lang {
                            Lang::Zh => "、",
                            Lang::En => ", ",
                        });
                    }
                    item.render(lang, out);
                }
            }
        }
    }
}

/// Fills `template` with `args`. A placeholder without an argument is left as `{name}` (the
/// catalogue tests make sure none is).
pub fn fill(template: &str, args: &[(&'static str, Arg)], lang: Lang) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let (true, Some(end)) = (tail.starts_with('{'), tail.find('}')) {
            let name = &tail[1..end];
            match args.iter().find(|(n, _)| *n == name) {
                Some((_, arg)) => arg.render(lang, &mut out),
                None => out.push_str(&tail[..=end]),
            }
            rest = &tail[end + 1..];
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// The placeholder names of `template`, in order, each once.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            rest = &tail[2..];
            continue;
        }
        match (tail.starts_with('{'), tail.find('}')) {
            (true, Some(end)) => {
                let name = &tail[1..end];
                if !names.contains(&name) {
                    names.push(name);
                }
                rest = &tail[end + 1..];
            }
            _ => rest = &tail[1..],
        }
    }
    names
}

#[cfg(not(target_arch = "wasm32"))]
mod catalogue {
    //! The catalogue compiled into native builds (the wasm module carries none: the package's
    //! JavaScript renders).
    use std::collections::HashMap;
    use std::sync::OnceLock;

    use super::Lang;

    /// Every group file of each language: the group is the key's first part.
    macro_rules! groups {
        ($($group:literal)*) => {
            /// The group files, by name, as compiled in.
            pub const GROUPS: &[(&str, &str, &str)] = &[$(
                ($group,
                 include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/texts/zh/", $group, ".json")),
                 include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/texts/en/", $group, ".json"))),
            )*];
        };
    }
    groups! {
        "common" "errors" "params" "calendar" "change"
        "points" "loan_limit" "repayment_schedule"
        "rent_withdrawal" "repayment_withdrawal" "elevator_withdrawal"
        "childcare_places" "public_rental_subsidy" "affordable_rental_housing"
        "incentives"
    }

    type Table = HashMap<String, String>;

    fn parse(files: impl Iterator<Item = &'static str>) -> Table {
        let mut table = Table::new();
        for file in files {
            // A malformed file is caught by the catalogue tests; here it only loses its keys.
            if let Ok(map) = serde_json::from_str::<HashMap<String, String>>(file) {
                table.extend(map);
            }
        }
        table
    }

    /// The templates of `lang`, by key.
    pub fn table(lang: Lang) -> &'static Table {
        static ZH: OnceLock<Table> = OnceLock::new();
        static EN: OnceLock<Table> = OnceLock::new();
        match lang {
            Lang::Zh => ZH.get_or_init(|| parse(GROUPS.iter().map(|g| g.1))),
            Lang::En => EN.get_or_init(|| parse(GROUPS.iter().map(|g| g.2))),
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use catalogue::GROUPS;

impl Text {
    /// The text in `lang`, from the compiled-in catalogue; a key missing from it renders as
    /// the key itself (the catalogue tests make sure none is missing).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Literal { zh, en } => match lang {
                Lang::Zh => zh.clone(),
                Lang::En => en.clone(),
            },
            Text::Coded { key, args } => match catalogue::table(lang).get(*key) {
                Some(template) => fill(template, args, lang),
                None => (*key).to_owned(),
            },
        }
    }

    /// On `wasm32` there is no catalogue: the package's JavaScript renders, and a coded text
    /// renders here as its key.
    #[cfg(target_arch = "wasm32")]
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Literal { zh, en } => match lang {
                Lang::Zh => zh.clone(),
                Lang::En => en.clone(),
            },
            Text::Coded { key, .. } => (*key).to_owned(),
        }
    }

    /// The text in Chinese.
    pub fn zh(&self) -> String {
        self.render(Lang::Zh)
    }

    /// The text in English.
    pub fn en(&self) -> String {
        self.render(Lang::En)
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(1))?;
        match self {
            Arg::Money(m) => map.serialize_entry("money", &m.to_string())?,
            Arg::Number(d) => map.serialize_entry("number", &d.to_string())?,
            Arg::Count(n) => map.serialize_entry("count", n)?,
            Arg::Year(y) => map.serialize_entry("year", y)?,
            Arg::Date(d) => map.serialize_entry("date", &d.to_string())?,
            Arg::Text(t) => map.serialize_entry("text", t)?,
            Arg::Raw(r) => map.serialize_entry("raw", r)?,
            Arg::List(items) => map.serialize_entry("list", items)?,
        }
        map.end()
    }
}

/// The arguments as a JSON object, by name.
struct Args<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for (name, arg) in self.0 {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}

/// `{ "key": …, "args": { … } }` for a coded text; `{ "zh": …, "en": … }` for a literal.
impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(2))?;
        match self {
            Text::Coded { key, args } => {
                map.serialize_entry("key", key)?;
                map.serialize_entry("args", &Args(args))?;
            }
            Text::Literal { zh, en } => {
                map.serialize_entry("zh", zh)?;
                map.serialize_entry("en", en)?;
            }
        }
        map.end()
    }
}

/// Writes the fields of an item that carries a text: `text` (coded texts only) and, where the
/// words are known here, `zh` and `en`. Natively both are always filled; on `wasm32` a coded
/// text leaves them to the package's JavaScript.
pub(crate) fn serialize_words<M: SerializeMap>(map: &mut M, text: &Text) -> Result<(), M::Error> {
    match text {
        Text::Literal { zh, en } => {
            map.serialize_entry("zh", zh)?;
            map.serialize_entry("en", en)?;
        }
        Text::Coded { .. } => {
            #[cfg(not(target_arch = "wasm32"))]
            {
                map.serialize_entry("zh", &text.zh())?;
                map.serialize_entry("en", &text.en())?;
            }
            map.serialize_entry("text", text)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_are_grouped_by_three_in_the_integer_part_only() {
        assert_eq!(grouped("0.00"), "0.00");
        assert_eq!(grouped("999.99"), "999.99");
        assert_eq!(grouped("1000"), "1,000");
        assert_eq!(grouped("1234567.125"), "1,234,567.125");
        assert_eq!(grouped("-1200.00"), "-1,200.00");
        assert_eq!(grouped("+100000.00"), "+100,000.00");
    }

    #[test]
    fn a_template_is_filled_by_kind_and_braces_can_be_literal() {
        let args = [
            ("cap", Arg::Money(Money::yuan(1200))),
            ("n", Arg::Count(12)),
            ("y", Arg::Year(2025)),
            ("l", Arg::List(vec![Arg::Year(2023), Arg::Year(2024)])),
        ];
        assert_eq!(
            fill("{cap}×{n}（{y}；{l}）{{x}} {missing}", &args, Lang::Zh),
            "1,200.00 元×12（2025；2023、2024）{x} {missing}"
        );
        assert_eq!(
            fill("{cap}; {l}", &args, Lang::En),
            "1,200.00 yuan; 2023, 2024"
        );
        assert_eq!(placeholders("{a} {b} {a} {{c}}"), vec!["a", "b"]);
    }
}
