//! Bakes the bundled datasets (named with the default in Cargo.toml's
//! `[package.metadata.versus]`, see `versus_core::bundled`) into Rust
//! source for the widget.
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
#[path = "src/cite.rs"]
mod cite;
#[path = "src/prose.rs"]
#[allow(dead_code)]
mod prose;

// The stylesheet's minifier, tested with the widget crate.
#[path = "src/minify.rs"]
mod minify;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo::rerun-if-changed={}", data.display());
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-env-changed=VERSUS_DATASETS");
    println!("cargo::rerun-if-changed=src/prose.rs");
    println!("cargo::rerun-if-changed=src/cite.rs");
    println!("cargo::rerun-if-changed=src/minify.rs");
    // The bundled set and the default, named once (Cargo.toml), never by
    // which file sorts first.
    let manifest = std::fs::read_to_string(root.join("Cargo.toml"))
        .unwrap_or_else(|e| panic!("cannot read Cargo.toml: {e}"));
    let bundled = versus_core::bundled::from_manifest(
        &manifest,
        std::env::var("VERSUS_DATASETS").ok().as_deref(),
    )
    .unwrap_or_else(|error| fail(&[error]));
    let files: Vec<_> = bundled
        .ids
        .iter()
        .map(|id| data.join(format!("{id}.toml")))
        .collect();
    for entry in std::fs::read_dir(&data).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|ext| ext == "toml") && !files.contains(&path) {
            println!(
                "cargo::warning={} is not bundled: add its id to `datasets` in [package.metadata.versus] (Cargo.toml) to bundle it",
                path.display()
            );
        }
    }

    let mut source = String::new();
    let mut all = Vec::new();
    let mut ids = Vec::new();
    for file in &files {
        println!("cargo::rerun-if-changed={}", file.display());
        let dataset = match versus_core::load::from_file(file) {
            Ok(dataset) => dataset,
            // Shown by cargo as the build failure, one problem per line.
            Err(error) => fail(&[error.to_string()]),
        };
        let expected = file.file_stem().map(|s| s.to_string_lossy());
        if expected.as_deref() != Some(dataset.id.as_ref()) {
            fail(&[format!(
                "{}: its id is `{}`: a bundled dataset's id is its file name",
                file.display(),
                dataset.id
            )]);
        }
        let dataset: &'static Dataset<Whole> = Box::leak(Box::new(dataset));
        let prose = prose::render(dataset);
        // Prefixed, so no id can collide with ALL, IDS, FILES or DEFAULT.
        let name = format!("DATASET_{}", dataset.id.to_uppercase().replace('-', "_"));
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
        "/// Every bundled dataset, the default first, then as Cargo.toml names them.\npub static ALL: &[&Bundle] = &[{}];",
        all.iter()
            .map(|n| format!("&{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(
        source,
        "/// The dataset a widget shows when its element names none: `default-dataset`\n/// in Cargo.toml's [package.metadata.versus].\npub static DEFAULT: &Bundle = &{};",
        all[0]
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

/// Fails the build with these lines, each shown by cargo as an error.
fn fail(lines: &[String]) -> ! {
    for message in lines {
        for line in message.lines() {
            println!("cargo::error={line}");
        }
    }
    std::process::exit(1);
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
