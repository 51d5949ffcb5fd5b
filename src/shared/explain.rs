//! Citations and the explanation every result carries.
//!
//! A user relying on a number needs to see which clause produced it, so calculators record
//! each rule they apply as a [`Step`] with its [`Citation`], and say in [`Notice`]s what they
//! warn about or why someone is not eligible.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::date::IsoDate;
use crate::text::{serialize_words, Text};

/// What kind of authority a rule rests on. A reader deciding whether to rely on a number
/// must be able to tell the gazette's own rule from national law, another official figure, a
/// setting of the site they are on, or a choice the library made where the gazette is silent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// The gazette says it; the rule names the document and clause.
    Gazette,
    /// A national law or State Council rule (the Civil Code's periods, the yearly holiday notices).
    Law,
    /// Another official figure outside the gazette (PBC loan rates, census population).
    Official,
    /// A setting the embedding site supplied.
    Site,
    /// The gazette is silent and the library chose; the rule is [`INTERPRETATION_RULE`].
    Interpretation,
}

impl Basis {
    /// The stable name users see, as serialised.
    pub const fn as_str(self) -> &'static str {
        match self {
            Basis::Gazette => "gazette",
            Basis::Law => "law",
            Basis::Official => "official",
            Basis::Site => "site",
            Basis::Interpretation => "interpretation",
        }
    }
}

/// The `rule` of every interpretation: never a gazette clause, so nobody mistakes the
/// library's choice for the gazette's rule.
pub const INTERPRETATION_RULE: &str = "本库解释";

/// Where a rule comes from: a document number, a clause within it, and the kind of authority.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The document number, e.g. `钦市金管委规〔2023〕1号`.
    pub document: &'static str,
    /// The clause, e.g. `二(二)`; empty when the whole document is meant.
    pub clause: &'static str,
    /// What kind of authority the rule rests on.
    pub basis: Basis,
}

impl Citation {
    /// A clause of a gazette document.
    pub const fn gazette(document: &'static str, clause: &'static str) -> Self {
        Citation {
            document,
            clause,
            basis: Basis::Gazette,
        }
    }

    /// A national law or State Council rule.
    pub const fn law(document: &'static str, clause: &'static str) -> Self {
        Citation {
            document,
            clause,
            basis: Basis::Law,
        }
    }

    /// An official figure outside the gazette.
    pub const fn official(document: &'static str, clause: &'static str) -> Self {
        Citation {
            document,
            clause,
            basis: Basis::Official,
        }
    }

    /// A setting of the embedding site.
    pub const SITE: Citation = Citation {
        document: docs::SITE_CONFIG,
        clause: "",
        basis: Basis::Site,
    };

    /// A figure the caller entered in place of the gazette's or an official default (a
    /// childcare target, a loan rate). No basis names "the user's input"; it reaches the
    /// library through the embedding site, so its basis is `site`, and the rule says it was
    /// entered rather than configured.
    pub const INPUT: Citation = Citation {
        document: docs::INPUT,
        clause: "",
        basis: Basis::Site,
    };

    /// The library's own reading where the gazette is silent.
    pub const INTERPRETATION: Citation = Citation {
        document: INTERPRETATION_RULE,
        clause: "",
        basis: Basis::Interpretation,
    };

    /// The rule as users read it: `钦市金管委规〔2023〕1号 二(二)`.
    pub fn rule(self) -> String {
        if self.clause.is_empty() {
            self.document.to_owned()
        } else {
            format!("{} {}", self.document, self.clause)
        }
    }
}

/// Documents cited by the calculators.
pub mod docs {
    /// The housing-provident-fund notice (gazette lines 1678-1726), in force 2023-01-01.
    pub const HPF_2023_1: &str = "钦市金管委规〔2023〕1号";
    /// The childcare plan (gazette lines 842-1090).
    pub const CHILDCARE_2023_3: &str = "钦政办〔2023〕3号";
    /// The health plan (gazette indicator 19, line 194).
    pub const HEALTH_PLAN_2023_1: &str = "钦政发〔2023〕1号";
    /// Outside the gazette: the Civil Code's rule for computing periods.
    pub const CIVIL_CODE_PERIODS: &str = "《中华人民共和国民法典》第二百零一条、第二百零二条";
    /// Outside the gazette: the usual equal-instalment and equal-principal repayment methods
    /// of fund loans; the gazette fixes no schedule, so results say so.
    pub const REPAYMENT_METHODS: &str =
        "住房公积金贷款通用还款方式（等额本息、等额本金；公报未规定）";
    /// Outside the gazette: the 7th national census (2020) resident population of Qinzhou,
    /// the basis the childcare plan says it measured by ("以七普常住人口测算").
    pub const CENSUS_2020: &str = "第七次全国人口普查（2020年）钦州市常住人口";
    /// The public and affordable rental housing plan (gazette lines 1096-1170), issued 2023-01-09.
    pub const HOUSING_2023_1: &str = "钦政办规〔2023〕1号";
    /// Not a rule at all: a value the caller entered instead of a default.
    pub const INPUT: &str = "输入值（公报未规定）";
    /// Not a rule at all: a parameter the embedding site sets (e.g. yuan per point).
    pub const SITE_CONFIG: &str = "本站配置（公报未规定）";
}

/// One applied rule, in the order applied.
///
/// Serialised as `{ rule, basis, zh, en, text, value?, unit? }`: `text` is the catalogue key
/// with its arguments ([`Text`]); natively `zh` and `en` are rendered from the compiled-in
/// catalogue, on `wasm32` the package's JavaScript fills them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Step {
    /// The citation, e.g. `钦市金管委规〔2023〕1号 一`.
    pub rule: String,
    /// What kind of authority the rule rests on.
    pub basis: Basis,
    /// What was applied, as data.
    pub text: Text,
    /// The value this step produced, when it produced one.
    pub value: Option<String>,
    /// What `value` counts, when a calculator says so. A value such as `"1.40"` looks like
    /// money but may be places per 1,000 or square metres: a page formats it by this unit, and
    /// shows 元 only for the unit `"yuan"` (a signed `"+1200.00"` with `yuan` is a difference in
    /// yuan, shown with its sign and 元).
    pub unit: Option<StepUnit>,
}

impl Step {
    /// What was applied, in Chinese.
    pub fn zh(&self) -> String {
        self.text.zh()
    }

    /// What was applied, in English.
    pub fn en(&self) -> String {
        self.text.en()
    }
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("rule", &self.rule)?;
        map.serialize_entry("basis", &self.basis)?;
        serialize_words(&mut map, &self.text)?;
        if let Some(value) = &self.value {
            map.serialize_entry("value", value)?;
        }
        if let Some(unit) = &self.unit {
            map.serialize_entry("unit", unit)?;
        }
        map.end()
    }
}

/// What a step's value counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum StepUnit {
    /// Yuan, possibly signed (a difference): shown with 元.
    Yuan,
    /// Places per 1,000 population: a ratio, never money.
    PerThousand,
    /// Childcare places (托位).
    Places,
    /// Square metres.
    SquareMetres,
    /// Points (积分).
    Points,
}

/// A warning or a reason for ineligibility, with a stable code.
///
/// Serialised as `{ code, basis, zh, en, text }`, like [`Step`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Stable code, e.g. `POINTS_RATE_NOT_CONFIGURED`.
    pub code: String,
    /// What kind of authority the warning or reason rests on.
    pub basis: Basis,
    /// The words, as data.
    pub text: Text,
}

impl Notice {
    /// The text in Chinese.
    pub fn zh(&self) -> String {
        self.text.zh()
    }

    /// The text in English.
    pub fn en(&self) -> String {
        self.text.en()
    }
}

impl Serialize for Notice {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        map.serialize_entry("code", &self.code)?;
        map.serialize_entry("basis", &self.basis)?;
        serialize_words(&mut map, &self.text)?;
        map.end()
    }
}

/// The rule version a result used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "camelCase")]
pub struct PolicyRef {
    /// The document number.
    pub document: String,
    /// The day the version took effect; `null` where the gazette does not say.
    pub effective_from: Option<IsoDate>,
    /// The last day the version applied, for a superseded version.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_to: Option<IsoDate>,
}

/// What every result carries besides its figures, flattened into the result object: the rules
/// applied with their citations, what to warn about, why someone is not eligible, and the
/// rule version used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
pub struct Explanation {
    /// The rules applied, in order, each with its citation.
    pub steps: Vec<Step>,
    /// Warnings (empty when none).
    pub warnings: Vec<Notice>,
    /// Why the person is not eligible (empty when eligible or when there is no test).
    pub reasons: Vec<Notice>,
    /// The rule version used.
    pub policy: PolicyRef,
}

/// Collects steps, warnings and reasons while a calculator runs.
#[derive(Clone, Debug, Default)]
pub struct Trace {
    /// Applied rules, in order.
    pub steps: Vec<Step>,
    /// Warnings.
    pub warnings: Vec<Notice>,
    /// Reasons for ineligibility.
    pub reasons: Vec<Notice>,
}

impl Trace {
    /// The explanation a result carries, under the rule version `policy`.
    pub fn finish(self, policy: PolicyRef) -> Explanation {
        Explanation {
            steps: self.steps,
            warnings: self.warnings,
            reasons: self.reasons,
            policy,
        }
    }

    /// Records a rule applied, with the value it produced.
    pub fn apply(&mut self, cite: Citation, text: Text, value: Option<String>) {
        self.steps.push(Step {
            rule: cite.rule(),
            basis: cite.basis,
            text,
            value,
            unit: None,
        });
    }

    /// Records a rule applied with a value in `unit`, so that a page never shows a ratio or
    /// an area as money.
    pub fn apply_in(&mut self, cite: Citation, text: Text, value: String, unit: StepUnit) {
        self.steps.push(Step {
            rule: cite.rule(),
            basis: cite.basis,
            text,
            value: Some(value),
            unit: Some(unit),
        });
    }

    /// Records a warning, resting on `basis`.
    pub fn warning(&mut self, basis: Basis, code: &str, text: Text) {
        self.warnings.push(Notice {
            code: code.to_owned(),
            basis,
            text,
        });
    }

    /// Records a reason the person is not eligible, resting on `basis`.
    pub fn refusal(&mut self, basis: Basis, code: &str, text: Text) {
        self.reasons.push(Notice {
            code: code.to_owned(),
            basis,
            text,
        });
    }
}
