//! One full recompute, as the widget does after every answer: scores,
//! reasons, caveats and the flip search.

use std::path::Path;

use criterion::{criterion_group, criterion_main, Criterion};
use versus_core::{load, Answers, Engine};

fn recompute(c: &mut Criterion) {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/node-vs-django.toml");
    let dataset = load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
    let engine = Engine::new(&dataset);
    let cases: &[(&str, &[&str])] = &[
        ("one answer", &["team=python"]),
        (
            "half answered",
            &[
                "team=javascript",
                "product=saas",
                "realtime=core",
                "ai=later",
                "admin=needed",
            ],
        ),
        (
            "all answered",
            &[
                "team=both",
                "product=realtime",
                "realtime=core",
                "ai=core",
                "sensitivity=standard",
                "deadline=normal",
                "architecture=microservices",
                "compute=light",
                "experience=senior",
                "admin=needed",
                "growth=unpredictable",
            ],
        ),
    ];
    for (name, pairs) in cases {
        let answers =
            Answers::parse(&dataset, pairs.iter().copied()).unwrap_or_else(|e| panic!("{e}"));
        c.bench_function(&format!("recompute ({name})"), |b| {
            b.iter(|| engine.evaluate(std::hint::black_box(&answers)))
        });
    }
}

criterion_group!(benches, recompute);
criterion_main!(benches);
