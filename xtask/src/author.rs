//! The author page, `dist/author.html`: where a dataset's TOML is written
//! and checked as it is typed, previewed in a real widget, and downloaded
//! packed. Its wasm (`crates/versus-author`) carries the TOML parser and
//! the validator, which the reader's wasm never does, so it is built on
//! its own, beside the widget's files:
//!
//! - `author.html`, `author.css`: the page (`static/`), under the same
//!   strict CSP as the demo;
//! - `author.js`: its script (`static/author.js`), bundled by esbuild,
//!   importing the glue from beside itself;
//! - `versus-author.js`, `versus-author_bg.wasm`: the wasm-bindgen glue and
//!   the wasm (release profile, then `wasm-opt -Oz`).
//!
//! The page previews with `versus.js`, already in `dist/`.

use std::fs;
use std::path::Path;

use crate::Task;

pub fn build(root: &Path, dist: &Path) -> Result<(), String> {
    println!("dist: author page (cargo build -p versus-author, wasm-bindgen, wasm-opt)");
    check(
        Task::new("cargo")
            .args(["build", "-p", "versus-author", "--release"])
            .args(["--target", "wasm32-unknown-unknown"])
            .status(),
        "cargo build -p versus-author --target wasm32-unknown-unknown --release failed",
    )?;
    let wasm = root.join("target/wasm32-unknown-unknown/release/versus_author.wasm");
    let out = root.join("target/author");
    check(
        Task::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--no-typescript",
                "--out-name",
                "versus-author",
            ])
            .arg("--out-dir")
            .arg(&out)
            .arg(&wasm)
            .status(),
        "wasm-bindgen failed on the author wasm",
    )?;
    let bindgen = out.join("versus-author_bg.wasm");
    check(
        Task::new("wasm-opt")
            .arg("-Oz")
            .arg(&bindgen)
            .arg("-o")
            .arg(dist.join("versus-author_bg.wasm"))
            .status(),
        "wasm-opt failed on the author wasm",
    )?;
    copy(
        &out.join("versus-author.js"),
        &dist.join("versus-author.js"),
    )?;

    // The glue stays a file of its own, imported from beside the script.
    crate::dist::bundle(
        &root.join("static/author.js"),
        &dist.join("author.js"),
        &["--external:./versus-author.js"],
    )
    .map_err(|_| "esbuild could not bundle the author page's script".to_string())?;
    copy(&root.join("static/author.html"), &dist.join("author.html"))?;
    copy(&root.join("static/author.css"), &dist.join("author.css"))?;
    for file in ["author.html", "versus-author_bg.wasm"] {
        println!("dist: {}", dist.join(file).display());
    }
    Ok(())
}

fn check(success: bool, hint: &str) -> Result<(), String> {
    if success {
        Ok(())
    } else {
        Err(hint.into())
    }
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}
