//! Packs the bundled datasets (named with the default in Cargo.toml's
//! `[package.metadata.versus]`, see `versus_core::bundled`) into the widget.
//!
//! Each file is loaded and validated by the same code as `versus validate`,
//! so a broken dataset fails the build with file and line, never a reader's
//! page. The widget carries each as the packed text `versus pack` writes
//! (`versus_core::packed`) and reads it with the same decoder as a dataset
//! it loads at run time (`src` or inline): one way in for every dataset.

use std::fmt::Write;
use std::path::Path;

// The stylesheet's minifier, tested with the widget crate.
#[path = "src/minify.rs"]
mod minify;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let data = root.join("data");
    println!("cargo::rerun-if-changed={}", data.display());
    println!("cargo::rerun-if-changed=Cargo.toml");
    println!("cargo::rerun-if-env-changed=VERSUS_DATASETS");
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

    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut source = String::new();
    let mut packs = Vec::new();
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
        let pack = out_dir.join(format!("{}.pack", dataset.id));
        std::fs::write(&pack, versus_core::packed::encode(&dataset))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", pack.display()));
        packs.push(format!(
            "({:?}, include_str!({:?}))",
            dataset.id,
            pack.display().to_string()
        ));
        ids.push(dataset.id.to_string());
    }
    let _ = writeln!(
        source,
        "/// Every bundled dataset, packed, by id: the default (`default-dataset`\n/// in Cargo.toml's [package.metadata.versus]) first, then as Cargo.toml\n/// names them.\npub static PACKS: &[(&str, &str)] = &[{}];",
        packs.join(", ")
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
    let out = out_dir.join("datasets.rs");
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

fn write_css(out_dir: &Path, name: &str, css: &str) {
    let out = Path::new(out_dir).join(name);
    std::fs::write(&out, minify::css(css))
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
