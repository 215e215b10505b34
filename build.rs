//! Bakes every dataset in `data/` into Rust source for the widget.
//!
//! Each file is loaded and validated by the same code as `versus validate`,
//! so a broken dataset fails the build with file and line, never a reader's
//! page, and the browser gets ready-made data with no parser in the wasm.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo::rerun-if-changed={}", data.display());
    let mut files: Vec<_> = std::fs::read_dir(&data)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", data.display()))
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();

    let mut source = String::new();
    let mut all = Vec::new();
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
        let name = dataset.id.to_uppercase().replace('-', "_");
        source.push_str(&versus_core::bake::dataset_source(&name, &dataset));
        all.push(name);
    }
    let _ = writeln!(
        source,
        "/// Every bundled dataset, in file-name order.\npub static ALL: &[&::versus_core::model::Dataset] = &[{}];",
        all.iter().map(|n| format!("&{n}")).collect::<Vec<_>>().join(", ")
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("datasets.rs");
    std::fs::write(&out, source).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
