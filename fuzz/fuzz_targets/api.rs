//! The dispatching target: the first byte picks a calculator from `api::FUNCTIONS` (see
//! `common::pick`), the rest is its input as JSON text, lossily decoded as UTF-8, read into the
//! same input tree and deserializer as the JavaScript object the wasm binding walks.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let function = common::pick(first);
    let json = String::from_utf8_lossy(rest);
    common::check(function, &json);
});
