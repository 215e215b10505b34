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
//!   `versus-frame.js`, the listener a parent page can add;
//! - `<id>.versus`: each bundled dataset packed (`versus pack`), an example
//!   of the file `src=` loads;
//! - `custom-elements.json`: the element's manifest (`versus elements`);
//! - `versus-widget-<version>.tgz`: all of the above with the README and the
//!   Hugo and Jekyll snippets as an npm package (`npm pack`), so any npm
//!   CDN serves the widget by URL.
//!
//! The demo page, its fallback and the examples follow the bundled set the
//! build is given (`[package.metadata.versus]` in Cargo.toml, or
//! `VERSUS_DATASETS`): a release can bundle any set, the first the default.
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

    // The bundled set as build.rs reads it, the default first, and the
    // translations of each that have the words of their language.
    let bundled = versus_core::bundled::from_manifest(
        &read(&root.join("Cargo.toml"))?,
        std::env::var("VERSUS_DATASETS").ok().as_deref(),
    )?;
    let default = bundled.default_id().to_string();
    let translations = translations(&root, &bundled.ids);

    println!("dist: esbuild versus.js (loader) and versus-app.js (glue)");
    let entries = root.join("src/entries");
    let names: Vec<String> = translations
        .iter()
        .map(|t| format!("{}.{}", t.id, t.lang))
        .collect();
    bundle(
        &entries.join("loader.js"),
        &dist.join("versus.js"),
        &[
            &format!("--define:VERSUS_DEFAULT_DATASET={default:?}"),
            &format!("--define:VERSUS_TRANSLATIONS={:?}", names.join(",")),
        ],
    )?;
    bundle_file(&entries.join("app.js"), &dist.join("versus-app.js"))?;
    copy(&trunk.join("versus_bg.wasm"), &dist.join("versus_bg.wasm"))?;
    let demo_css = read(&root.join("static/demo.css"))?;
    copy(&root.join("static/demo.css"), &dist.join("demo.css"))?;

    for id in &bundled.ids {
        let file = root.join("data").join(format!("{id}.toml"));
        let out = dist.join(format!("{id}.versus"));
        versus(&[
            "pack".as_ref(),
            file.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ])?;
    }
    for t in &translations {
        let out = dist.join(format!("{}.{}.versus", t.id, t.lang));
        versus(&[
            "pack".as_ref(),
            t.file.as_os_str(),
            "--words".as_ref(),
            t.words.as_os_str(),
            "-o".as_ref(),
            out.as_os_str(),
        ])?;
    }
    write(
        &dist.join("custom-elements.json"),
        &versus(&["elements".as_ref()])?,
    )?;

    // The static fallback readers without JavaScript see, from `versus render`.
    let fallback = versus(&["render".as_ref(), "--dataset".as_ref(), default.as_ref()])?;
    let dataset = versus_core::load::from_file(&root.join("data").join(format!("{default}.toml")))
        .map_err(|e| e.to_string())?;
    let source = demo_source(&read(&root.join("index.html"))?, &dataset);
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
    crate::author::build(&root, &dist)?;
    npm_package(&root, &dist)?;
    for file in WIDGET_FILES {
        println!("dist: {}", dist.join(file).display());
    }
    Ok(())
}

/// A translation of a bundled dataset the release ships: the dataset in
/// `data/translations/<id>.<lang>.toml` with its language's words in
/// `data/words/<lang>.txt`.
struct Translation {
    id: String,
    lang: String,
    file: PathBuf,
    words: PathBuf,
}

/// Every translation of these datasets that has the words of its language.
fn translations(root: &Path, ids: &[String]) -> Vec<Translation> {
    let mut found = Vec::new();
    let Ok(entries) = fs::read_dir(root.join("data/translations")) else {
        return found;
    };
    for entry in entries.flatten() {
        let file = entry.path();
        let name = file
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Some((id, lang)) = name.strip_suffix(".toml").and_then(|n| n.rsplit_once('.')) else {
            continue;
        };
        let words = root.join("data/words").join(format!("{lang}.txt"));
        if ids.iter().any(|i| i == id) && words.exists() {
            found.push(Translation {
                id: id.to_string(),
                lang: lang.to_string(),
                file,
                words,
            });
        }
    }
    found.sort_by(|a, b| (&a.id, &a.lang).cmp(&(&b.id, &b.lang)));
    found
}

/// Runs the command line (`versus ...`) built from this workspace, with
/// the bundled set of this build; returns what it printed.
fn versus(args: &[&std::ffi::OsStr]) -> Result<String> {
    Task::new("cargo")
        .args(["run", "--quiet", "-p", "versus-cli", "--"])
        .args(args)
        .output()
        .ok_or_else(|| {
            format!(
                "`versus {}` failed",
                args.iter()
                    .map(|a| a.to_string_lossy())
                    .collect::<Vec<_>>()
                    .join(" ")
            )
        })
}

/// The demo page's source for the default dataset: written for Node.js vs
/// Django, it takes another dataset's id, title, short answer and source
/// when the build's default is another.
fn demo_source(source: &str, dataset: &versus_core::Dataset) -> String {
    const WRITTEN_FOR: &str = "node-vs-django";
    if dataset.id == WRITTEN_FOR {
        return source.to_string();
    }
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let (title, summary) = (escape(&dataset.title), escape(&dataset.summary));
    source
        .lines()
        .map(|line| {
            let indent = &line[..line.len() - line.trim_start().len()];
            let trimmed = line.trim();
            let replaced = if trimmed.starts_with("<title>") {
                format!("<title>{title}</title>")
            } else if trimmed.starts_with("<meta name=\"description\"") {
                format!("<meta name=\"description\" content=\"{summary}\">")
            } else if trimmed.starts_with("<h1>") {
                format!("<h1>{title}</h1>")
            } else if trimmed.starts_with("<p class=\"lede\">") {
                format!("<p class=\"lede\">{summary}</p>")
            } else if trimmed.starts_with("<footer") {
                format!(
                    "<footer class=\"site\">Facts from <cite>{}</cite>; wording and scoring by Versus.</footer>",
                    escape(&dataset.source.title)
                )
            } else {
                trimmed.replace("dataset=\"node-vs-django\"", &format!("dataset=\"{}\"", dataset.id))
            };
            format!("{indent}{replaced}\n")
        })
        .collect()
}

/// The npm package an author takes without building: everything in
/// `dist/`, the README and the Hugo and Jekyll snippets, packed by
/// `npm pack` into `dist/versus-widget-<version>.tgz`.
fn npm_package(root: &Path, dist: &Path) -> Result {
    println!("dist: npm pack");
    let stage = root.join("target/npm/versus-widget");
    if stage.exists() {
        fs::remove_dir_all(&stage).map_err(|e| format!("cannot clear {}: {e}", stage.display()))?;
    }
    fs::create_dir_all(stage.join("snippets/hugo"))
        .and_then(|()| fs::create_dir_all(stage.join("snippets/jekyll")))
        .map_err(|e| format!("cannot create {}: {e}", stage.display()))?;
    for entry in fs::read_dir(dist).map_err(|e| format!("cannot list dist/: {e}"))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_file() && path.extension().is_none_or(|ext| ext != "tgz") {
            copy(&path, &stage.join(path.file_name().unwrap_or_default()))?;
        }
    }
    copy(&root.join("README.md"), &stage.join("README.md"))?;
    for host in ["hugo", "jekyll"] {
        copy(
            &root.join("integrations").join(host).join("versus.html"),
            &stage.join("snippets").join(host).join("versus.html"),
        )?;
    }
    let version = package_version(&read(&root.join("Cargo.toml"))?)?;
    let manifest = serde_json::json!({
        "name": "versus-widget",
        "version": version,
        "description": "A decision widget: quiz, verdict and comparison table, compiled to WebAssembly",
        "license": "MIT",
        "type": "module",
        "main": "versus.js",
        "module": "versus.js",
        "exports": { ".": "./versus.js", "./*": "./*" },
        "customElements": "custom-elements.json",
        "keywords": ["web-components", "custom-element", "webassembly", "quiz", "comparison"],
    });
    write(&stage.join("package.json"), &format!("{manifest:#}\n"))?;
    ok(
        Task::new("npm")
            .args(["pack", "--silent", "--pack-destination"])
            .arg(dist)
            .arg(&stage)
            .status(),
        "npm pack failed (see above)",
    )
}

/// The widget crate's version, from the `[package]` table of Cargo.toml.
fn package_version(manifest: &str) -> Result<String> {
    let package = manifest
        .split("\n[package]\n")
        .nth(1)
        .ok_or("Cargo.toml has no [package] table")?;
    package
        .lines()
        .take_while(|line| !line.starts_with('['))
        .find_map(|line| line.strip_prefix("version = \""))
        .and_then(|rest| rest.strip_suffix('"'))
        .map(str::to_string)
        .ok_or_else(|| "Cargo.toml's [package] names no version".to_string())
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
    bundle(entry, out, &["--loader:.wasm=binary"])
}

/// Bundles one entry file into one minified ES module, with more of
/// esbuild's options.
pub fn bundle(entry: &Path, out: &Path, options: &[&str]) -> Result {
    ok(
        Task::new("esbuild")
            .arg(entry)
            .args([
                "--bundle",
                "--format=esm",
                "--minify",
                "--legal-comments=none",
                "--log-level=warning",
            ])
            .args(options)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_page_follows_another_default_dataset() {
        let source = read(&root().join("index.html")).unwrap();
        let text = read(&root().join("crates/versus-cli/tests/fixtures/tiny.toml")).unwrap();
        let tiny = versus_core::load::from_str(Path::new("tiny.toml"), &text).unwrap();
        let page = demo_source(&source, &tiny);
        assert!(page.contains("<title>Tea or coffee?</title>"), "{page}");
        assert!(page.contains("<h1>Tea or coffee?</h1>"));
        assert!(page.contains("dataset=\"tiny\""));
        assert!(!page.contains("Node.js"), "{page}");
        // The dataset it was written for: as written.
        let nvd = versus_core::load::from_file(&root().join("data/node-vs-django.toml")).unwrap();
        assert_eq!(demo_source(&source, &nvd), source);
    }

    #[test]
    fn the_package_version_is_the_widget_crates() {
        let version = package_version(&read(&root().join("Cargo.toml")).unwrap()).unwrap();
        assert!(version.split('.').count() == 3, "{version}");
    }
}
