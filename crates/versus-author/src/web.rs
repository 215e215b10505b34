//! The page's way in: JSON strings across the wasm boundary, so the page's
//! script needs nothing but `JSON.parse`. No logic lives here.

use wasm_bindgen::prelude::*;

use versus_core::packed;

/// Checks the text (`versus validate`) and packs it when valid (`versus
/// pack`): see `Outcome::to_json` for the fields.
#[wasm_bindgen]
pub fn check(toml: &str) -> String {
    crate::check(toml).to_json().to_string()
}

/// The text as a translation of the bundled example: a JSON list of
/// `{ text, breaks }` (see `versus_core::translation::Difference`).
#[wasm_bindgen]
pub fn translation(toml: &str) -> String {
    let list: Vec<serde_json::Value> = crate::against_example(toml)
        .iter()
        .map(|d| serde_json::json!({ "text": d.to_string(), "breaks": d.breaks() }))
        .collect();
    serde_json::Value::Array(list).to_string()
}

/// The bundled example's TOML text.
#[wasm_bindgen]
pub fn example() -> String {
    crate::EXAMPLE.into()
}

/// The skeleton's TOML text.
#[wasm_bindgen]
pub fn skeleton() -> String {
    crate::SKELETON.into()
}

/// The audit of one valid version of the text, run step by step.
#[wasm_bindgen]
pub struct Auditor(crate::AuditRun);

#[wasm_bindgen]
impl Auditor {
    /// From the packed text `check` returned; `undefined` if it does not
    /// decode (it always should: `check` reads it back before returning it).
    pub fn start(packed_text: &str) -> Option<Auditor> {
        let dataset = packed::decode(packed_text).ok()?;
        Some(Auditor(crate::AuditRun::new(dataset)))
    }

    /// Evaluates up to `n` more answer sets; true once all planned are done.
    pub fn step(&mut self, n: u32) -> bool {
        self.0.step(u64::from(n))
    }

    /// The summary so far, as JSON (see `Summary::to_json`).
    pub fn summary(&self) -> String {
        self.0.summary().to_json().to_string()
    }
}
