//! The release files an author uploads, assembled in `dist/`.
//!
//! Trunk builds the wasm and its wasm-bindgen glue (release profile, then
//! `wasm-opt -Oz --converge --low-memory-unused --strip-producers
//! --strip-target-features`, set in `index.html`: the low 1 KB of memory is
//! never used because Rust's stack grows down from 1 MB) into
//! `target/trunk/`. From that, `dist/` gets:
//! - `versus.js`: the loader. It defines `<versus-widget>` at once and
//!   imports the app from beside itself (`import.meta.url`) only when a
//!   widget comes near, so the trio works from any path or CDN;
//! - `versus-app.js`: the wasm-bindgen glue, which instantiates
//!   `versus_bg.wasm` from beside itself and exports `mount`;
//! - `versus_bg.wasm`, its import names shortened (and the glue's with them);
//! - `index.html` and `demo.css`: the demo article, with a strict CSP and
//!   no inline script;
//! - `versus-standalone.html`: the demo as one file that works from disk;
//! - `embed.html` with `embed.js` and `embed.css`: one widget made to live
//!   in an iframe, talking to its parent by `postMessage`, and
//!   `versus-frame.js`, the listener a parent page can add.
//!
//! Every step returns its error instead of exiting, so `cargo xtask test`
//! reports a failed build as a failed stage.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{root, Task};

/// The files a page with one widget downloads, relative to `dist/`.
pub const WIDGET_FILES: &[&str] = &["versus.js", "versus-app.js", "versus_bg.wasm"];

/// The policy the demo page runs under: the strictest the embedding
/// contract promises to work under.
pub const CSP: &str = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

pub type Result<T = ()> = std::result::Result<T, String>;

pub fn dir() -> PathBuf {
    root().join("dist")
}

/// `dist/`: what an author uploads.
pub fn build() -> Result {
    let root = root();
    let trunk = root.join("target/trunk");
    println!("dist: trunk build --release");
    ok(
        Task::new("trunk")
            .args(["build", "--release", "--dist"])
            .arg(&trunk)
            .status(),
        "trunk build --release failed (see above)",
    )?;
    shorten_imports(&trunk)?;
    let dist = dir();
    if dist.exists() {
        fs::remove_dir_all(&dist).map_err(|e| format!("cannot clear dist/: {e}"))?;
    }
    fs::create_dir_all(&dist).map_err(|e| format!("cannot create dist/: {e}"))?;

    println!("dist: esbuild versus.js (loader) and versus-app.js (glue)");
    let entries = root.join("src/entries");
    bundle_file(&entries.join("loader.js"), &dist.join("versus.js"))?;
    bundle_file(&entries.join("app.js"), &dist.join("versus-app.js"))?;
    copy(&trunk.join("versus_bg.wasm"), &dist.join("versus_bg.wasm"))?;
    let demo_css = read(&root.join("static/demo.css"))?;
    copy(&root.join("static/demo.css"), &dist.join("demo.css"))?;

    // The static fallback readers without JavaScript see, from `versus render`.
    let fallback = Task::new("cargo")
        .args(["run", "--quiet", "-p", "versus-cli", "--"])
        .args(["render", "--dataset", "node-vs-django"])
        .output()
        .ok_or("`versus render --dataset node-vs-django` failed")?;
    let source = read(&root.join("index.html"))?;
    let page = Page {
        script: "<script type=\"module\" src=\"versus.js\"></script>".into(),
        style: "<link rel=\"stylesheet\" href=\"demo.css\">".into(),
        csp: true,
        fallback: fallback.trim(),
    };
    write(&dist.join("index.html"), &page.render(&source))?;

    // One file that works from disk: the wasm rides inside the script
    // (esbuild's binary loader), script and styles are inline, and there is
    // no CSP meta tag, since an inline script is the point of this file.
    println!("dist: versus-standalone.html");
    let standalone = trunk.join("standalone.js");
    bundle_file(&entries.join("standalone.js"), &standalone)?;
    let script = read(&standalone)?.replace("</script", "<\\/script");
    let page = Page {
        script: format!("<script type=\"module\">{}</script>", script.trim()),
        style: format!("<style>{}</style>", demo_css.trim()),
        csp: false,
        fallback: fallback.trim(),
    };
    write(&dist.join("versus-standalone.html"), &page.render(&source))?;

    println!("dist: embed.html");
    write(
        &trunk.join("embed-page.js"),
        &read(&root.join("src/embed-page.js"))?,
    )?;
    bundle_file(&trunk.join("embed-page.js"), &dist.join("embed.js"))?;
    copy(&root.join("static/embed.css"), &dist.join("embed.css"))?;
    copy(
        &root.join("integrations/iframe/versus-frame.js"),
        &dist.join("versus-frame.js"),
    )?;
    write(&dist.join("embed.html"), &embed_page())?;
    for file in WIDGET_FILES {
        println!("dist: {}", dist.join(file).display());
    }
    crate::author::build(&root, &dist)?;
    Ok(())
}

/// Shortens the wasm's import names and the glue's keys for them, in
/// Trunk's output (see `shorten.rs`).
fn shorten_imports(trunk: &Path) -> Result {
    let wasm_path = trunk.join("versus_bg.wasm");
    let glue_path = trunk.join("versus.js");
    let wasm =
        fs::read(&wasm_path).map_err(|e| format!("cannot read {}: {e}", wasm_path.display()))?;
    let glue = read(&glue_path)?;
    let (wasm, glue) = crate::shorten::shorten(&wasm, &glue)
        .map_err(|e| format!("cannot shorten the import names: {e}"))?;
    fs::write(&wasm_path, wasm)
        .map_err(|e| format!("cannot write {}: {e}", wasm_path.display()))?;
    write(&glue_path, &glue)
}

/// The page made for an iframe: one widget, its own strict CSP, no inline
/// script or style; `embed.js` builds the widget from the query string.
fn embed_page() -> String {
    format!(
        "<!doctype html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n  \
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n  \
         <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n  \
         <title>A Versus comparison</title>\n  <link rel=\"icon\" href=\"data:,\">\n  \
         <link rel=\"stylesheet\" href=\"embed.css\">\n  \
         <script type=\"module\" src=\"versus.js\"></script>\n  \
         <script type=\"module\" src=\"embed.js\"></script>\n  \
         <link rel=\"modulepreload\" href=\"versus-app.js\">\n</head>\n<body>\n</body>\n</html>\n"
    )
}

/// Bundles one entry file into one minified ES module.
fn bundle_file(entry: &Path, out: &Path) -> Result {
    ok(
        Task::new("esbuild")
            .arg(entry)
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--legal-comments=none",
                "--log-level=warning",
                "--loader:.wasm=binary",
            ])
            .arg(format!("--outfile={}", out.display()))
            .status(),
        "esbuild could not bundle the widget",
    )
}

/// How the demo page (`index.html`, written for Trunk) becomes a release page.
struct Page<'a> {
    /// Replaces Trunk's `rel="rust"` directive.
    script: String,
    /// Replaces Trunk's `rel="css"` directive.
    style: String,
    /// Whether to put the strict CSP meta tag in.
    csp: bool,
    /// Goes inside `<versus-widget>`.
    fallback: &'a str,
}

impl Page<'_> {
    fn render(&self, source: &str) -> String {
        let mut out = String::new();
        for line in source.lines() {
            let trimmed = line.trim();
            let indent = &line[..line.len() - line.trim_start().len()];
            let replacement = if trimmed.starts_with("<link data-trunk rel=\"rust\"") {
                Some(self.script.clone())
            } else if trimmed.starts_with("<link data-trunk rel=\"css\"") {
                Some(self.style.clone())
            } else if trimmed.contains("data-versus-dev") {
                // What only `trunk serve` needs.
                Some(String::new())
            } else if trimmed == "<!-- versus:csp -->" {
                Some(if self.csp {
                    format!("<meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">")
                } else {
                    String::new()
                })
            } else {
                None
            };
            match replacement {
                Some(text) if text.is_empty() => continue,
                Some(text) => {
                    out.push_str(indent);
                    out.push_str(&text);
                }
                None => out.push_str(&line.replace("<!-- versus:fallback -->", self.fallback)),
            }
            out.push('\n');
        }
        out
    }
}

fn ok(success: bool, hint: &str) -> Result {
    if success {
        Ok(())
    } else {
        Err(hint.into())
    }
}

pub fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn write(path: &Path, text: &str) -> Result {
    fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn copy(from: &Path, to: &Path) -> Result {
    fs::copy(from, to)
        .map(|_| ())
        .map_err(|e| format!("cannot copy {} to {}: {e}", from.display(), to.display()))
}
