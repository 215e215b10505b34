//! Bakes every dataset in `data/` into Rust source for the widget.
//!
//! Each file is loaded and validated by the same code as `versus validate`,
//! so a broken dataset fails the build with file and line, never a reader's
//! page, and the browser gets ready-made data with no parser in the wasm.

use std::fmt::Write;
use std::path::Path;

use versus_core::model::{List, Text};

// The static sections, rendered here with the same components the tests use.
#[path = "src/prose.rs"]
#[allow(dead_code)]
mod prose;

// The stylesheet's minifier, tested with the widget crate.
#[path = "src/minify.rs"]
mod minify;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo::rerun-if-changed={}", data.display());
    println!("cargo::rerun-if-changed=src/prose.rs");
    println!("cargo::rerun-if-changed=src/minify.rs");
    let mut files: Vec<_> = std::fs::read_dir(&data)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();

    let mut source = String::new();
    let mut all = Vec::new();
    let mut prose = Vec::new();
    let mut ids = Vec::new();
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let dataset = match versus_core::load::from_file(file) {
            Ok(dataset) => dataset,
            Err(error) => {
                // Shown by cargo as the build failure, one problem per line.
                for line in error.to_string().lines() {
                    println!("cargo::error={line}");
                }
                std::process::exit(1);
            }
        };
        let dataset: &'static versus_core::Dataset = Box::leak(Box::new(dataset));
        prose.push(prose::render(dataset));
        let baked = for_the_browser(dataset);
        ids.push(dataset.id.to_string());
        let name = dataset.id.to_uppercase().replace('-', "_");
        source.push_str(&versus_core::bake::dataset_source(&name, &baked));
        all.push(name);
    }
    let _ = writeln!(
        source,
        "/// Every bundled dataset, in file-name order.\npub static ALL: &[&::versus_core::model::Dataset] = &[{}];",
        all.iter().map(|n| format!("&{n}")).collect::<Vec<_>>().join(", ")
    );
    let _ = writeln!(
        source,
        "/// The ids of the bundled datasets, for messages.\npub static IDS: &str = {:?};",
        ids.join(", ")
    );
    let _ = writeln!(
        source,
        "/// Every bundled dataset's file, whole, by id, for native tools (the\n/// command line); the widget reads only the baked `ALL`.\npub static FILES: &[(&str, &str)] = &[{}];",
        ids.iter()
            .zip(&files)
            .map(|(id, file)| format!("({id:?}, include_str!({:?}))", file.display().to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        source,
        "/// The static sections of every bundled dataset, in the order of `ALL`.\npub static PROSE: &[Prose] = &[{}];",
        prose
            .iter()
            .map(|p| format!("Prose {{ pros_cons: {:?}, faq: {:?} }}", p.pros_cons, p.faq))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("datasets.rs");
    std::fs::write(&out, source).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));

    write_css(&out_dir, "style.css", &read_css("style.css"));
}

/// The dataset as the wasm needs it. What only the static sections read is
/// in their markup, and what only the native renderers read (the summary
/// and source of the fallback, taglines, the sections of candidates,
/// verdicts and rows) is left empty: every byte here is downloaded by
/// every reader. The engine keeps the cons (caveats).
fn for_the_browser(dataset: &versus_core::Dataset) -> versus_core::Dataset {
    let none = || Text::Borrowed("");
    versus_core::Dataset {
        summary: none(),
        source: versus_core::model::Source {
            title: none(),
            note: none(),
        },
        candidates: dataset
            .candidates
            .iter()
            .map(|c| versus_core::model::Candidate {
                tagline: none(),
                section: none(),
                ..c.clone()
            })
            .collect(),
        verdicts: dataset
            .verdicts
            .iter()
            .map(|v| versus_core::model::Verdict {
                section: none(),
                ..v.clone()
            })
            .collect(),
        rows: dataset
            .rows
            .iter()
            .map(|r| versus_core::model::Row {
                section: none(),
                ..r.clone()
            })
            .collect(),
        pros: List::Borrowed(&[]),
        use_cases: List::Borrowed(&[]),
        users: List::Borrowed(&[]),
        faq: List::Borrowed(&[]),
        ..dataset.clone()
    }
}

fn read_css(name: &str) -> String {
    let css = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(name);
    println!("cargo::rerun-if-changed={}", css.display());
    std::fs::read_to_string(&css).unwrap_or_else(|e| panic!("cannot read {}: {e}", css.display()))
}

fn write_css(out_dir: &str, name: &str, css: &str) {
    let out = Path::new(out_dir).join(name);
    std::fs::write(&out, minify::css(css))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
