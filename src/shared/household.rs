//! Facts about the household that several calculators share.

use serde::{Deserialize, Serialize};

/// Marital status as the housing-fund rules distinguish it (未婚/单身 vs 已婚).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[cfg_attr(target_arch = "wasm32", derive(tsify::Tsify))]
#[serde(rename_all = "snake_case")]
pub enum MaritalStatus {
    /// Unmarried or single (未婚/单身), including divorced and widowed.
    Single,
    /// Married (已婚).
    Married,
}
