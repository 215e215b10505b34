//! Bakes every dataset in `data/` into Rust source for the widget.
//!
//! Each file is loaded and validated by the same code as `versus validate`,
//! so a broken dataset fails the build with file and line, never a reader's
//! page, and the browser gets ready-made data with no parser in the wasm:
//! the widget's copy of each dataset (`Dataset::for_widget`) with its
//! static sections already rendered, as one `Bundle`.

use std::fmt::Write;
use std::path::Path;

use versus_core::model::{Dataset, Whole};

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
        let dataset: &'static Dataset<Whole> = Box::leak(Box::new(dataset));
        let prose = prose::render(dataset);
        let name = dataset.id.to_uppercase().replace('-', "_");
        let _ = writeln!(
            source,
            "pub static {name}: Bundle = Bundle {{ dataset: {}, prose: Prose {{ pros_cons: ::std::borrow::Cow::Borrowed({:?}), faq: ::std::borrow::Cow::Borrowed({:?}) }} }};",
            versus_core::bake::expression(&dataset.for_widget()),
            prose.pros_cons,
            prose.faq,
        );
        ids.push(dataset.id.to_string());
        all.push(name);
    }
    let _ = writeln!(
        source,
        "/// Every bundled dataset, in file-name order.\npub static ALL: &[&Bundle] = &[{}];",
        all.iter()
            .map(|n| format!("&{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        source,
        "/// The ids of the bundled datasets, for messages.\npub static IDS: &str = {:?};",
        ids.join(", ")
    );
    let _ = writeln!(
        source,
        "/// Every bundled dataset's file, whole, by id, for native tools (the\n/// command line) and the test that the baked copy is its projection.\npub static FILES: &[(&str, &str)] = &[{}];",
        ids.iter()
            .zip(&files)
            .map(|(id, file)| format!("({id:?}, include_str!({:?}))", file.display().to_string()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out_dir).join("datasets.rs");
    std::fs::write(&out, source).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));

    write_css(&out_dir, "style.css", &read_css("style.css"));
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
