//! The release files an author uploads, assembled in `dist/`.
//!
//! Trunk builds the wasm and its wasm-bindgen glue (release profile,
//! `wasm-opt -Oz`) into `target/trunk/`. From that, `dist/` gets:
//! - `versus.js`: the glue, the element definition and a call to start it,
//!   bundled by esbuild into one ES module that finds `versus_bg.wasm` next
//!   to itself (`import.meta.url`), so the pair works from any path;
//! - `versus_bg.wasm`;
//! - `index.html` and `demo.css`: the demo article, with a strict CSP and
//!   no inline script.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{fail, root, run, Task};

/// The files the widget itself loads, relative to `dist/`.
pub const WIDGET_FILES: &[&str] = &["versus.js", "versus_bg.wasm"];

/// The policy the demo page runs under, as PRODUCT.md states it.
pub const CSP: &str = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

pub fn dir() -> PathBuf {
    root().join("dist")
}

/// The release build with the `reader` feature (quiz, result, sharing),
/// which the end-to-end tests exercise at `/reader/` until it ships.
pub fn reader_dir() -> PathBuf {
    root().join("target/dist-reader")
}

/// `dist/`: what an author uploads.
pub fn build() {
    build_into(&dir(), &[]);
}

/// `target/dist-reader/`: the same with the reader experience on.
pub fn build_reader() {
    build_into(&reader_dir(), &["--features", "reader"]);
}

fn build_into(dist: &Path, features: &[&str]) {
    let root = root();
    let trunk = if features.is_empty() {
        root.join("target/trunk")
    } else {
        root.join("target/trunk-reader")
    };
    println!("dist: trunk build --release {}", features.join(" "));
    run(
        Task::new("trunk")
            .args(["build", "--release"])
            .args(features)
            .arg("--dist")
            .arg(&trunk),
        "trunk build --release failed (see above)",
    );
    let dist = dist.to_path_buf();
    if dist.exists() {
        fs::remove_dir_all(&dist).unwrap_or_else(|e| fail(&format!("cannot clear dist/: {e}")));
    }
    fs::create_dir_all(&dist).unwrap_or_else(|e| fail(&format!("cannot create dist/: {e}")));

    let entry = trunk.join("embed-entry.js");
    write(&entry, "import init from \"./versus.js\";\ninit();\n");
    println!("dist: esbuild versus.js");
    run(
        Task::new("esbuild")
            .arg(&entry)
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--legal-comments=none",
                "--log-level=warning",
            ])
            .arg(format!("--outfile={}", dist.join("versus.js").display())),
        "esbuild could not bundle versus.js",
    );
    copy(&trunk.join("versus_bg.wasm"), &dist.join("versus_bg.wasm"));
    copy(&root.join("static/demo.css"), &dist.join("demo.css"));

    // The static fallback readers without JavaScript see, from `versus render`.
    let fallback = Task::new("cargo")
        .args([
            "run",
            "--quiet",
            "-p",
            "versus-cli",
            "--",
            "render",
            "--dataset",
            "node-vs-django",
        ])
        .output()
        .unwrap_or_else(|| fail("`versus render --dataset node-vs-django` failed"));
    let page = read(&root.join("index.html"));
    write(&dist.join("index.html"), &demo_page(&page, fallback.trim()));
    for file in WIDGET_FILES {
        println!("dist: {}", dist.join(file).display());
    }
}

/// The demo page for release: Trunk's directives become plain tags, the CSP
/// meta tag goes in, and the widget gets its static fallback.
fn demo_page(source: &str, fallback: &str) -> String {
    let mut out = String::new();
    for line in source.lines() {
        let trimmed = line.trim();
        let indent = &line[..line.len() - line.trim_start().len()];
        if trimmed.starts_with("<link data-trunk rel=\"rust\"") {
            out.push_str(indent);
            out.push_str("<script type=\"module\" src=\"versus.js\"></script>");
        } else if trimmed.starts_with("<link data-trunk rel=\"css\"") {
            out.push_str(indent);
            out.push_str("<link rel=\"stylesheet\" href=\"demo.css\">");
        } else if trimmed == "<!-- versus:csp -->" {
            out.push_str(indent);
            out.push_str(&format!(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">"
            ));
        } else {
            out.push_str(&line.replace("<!-- versus:fallback -->", fallback));
        }
        out.push('\n');
    }
    out
}

pub fn read(path: &Path) -> String {
    fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&format!("cannot read {}: {e}", path.display())))
}

fn write(path: &Path, text: &str) {
    fs::write(path, text)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
}

fn copy(from: &Path, to: &Path) {
    fs::copy(from, to).unwrap_or_else(|e| {
        fail(&format!(
            "cannot copy {} to {}: {e}",
            from.display(),
            to.display()
        ))
    });
}
