//! Any bytes into the packed-dataset decoder: an error or a dataset, never
//! a panic or a hang; and what decodes, the engine runs.

#![no_main]

use libfuzzer_sys::fuzz_target;
use versus_core::packed;
use versus_core::{Answers, Engine};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = packed::decode(text);
    if let Ok(dataset) = packed::decode(text) {
        let engine = Engine::new(&dataset);
        let n = dataset.questions.len();
        let mut first = Answers::none(n);
        for q in 0..n {
            first.set(q, Some(0));
        }
        let _ = engine.evaluate(&Answers::none(n));
        let _ = engine.evaluate(&first);
        let _ = engine.outlook(&first);
    }
});
