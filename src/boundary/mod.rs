//! The boundary: reading untyped input (JSON text natively, a JavaScript object in the
//! browser) into the calculators' typed inputs, the one table of calculators every entry is
//! generated from, and the thin JavaScript binding (only on `wasm32`).

pub mod api;
pub mod input;

#[cfg(target_arch = "wasm32")]
mod wasm;
