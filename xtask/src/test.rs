//! `cargo xtask test`: every test stage, in order, stopping at the first
//! failure, then one summary line per stage.

use std::net::TcpListener;
use std::time::Instant;

use crate::server::Server;
use crate::setup::{self, CHROMEDRIVER};
use crate::{dist, fail, size, Task};

type Stage = (&'static str, fn() -> bool);

const STAGES: &[Stage] = &[
    ("format", || {
        Task::new("cargo")
            .args(["fmt", "--all", "--", "--check"])
            .status()
    }),
    ("clippy (host)", || {
        Task::new("cargo")
            .args([
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .status()
    }),
    ("clippy (wasm32)", || {
        Task::new("cargo")
            .args([
                "clippy",
                "-p",
                "versus",
                "-p",
                "versus-author",
                "--target",
                "wasm32-unknown-unknown",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ])
            .status()
    }),
    ("native tests (unit, property, CLI, SSR)", || {
        Task::new("cargo").args(["test", "--workspace"]).status()
    }),
    (
        "decision audit (versus audit on every bundled dataset)",
        || {
            bundled_datasets().iter().all(|file| {
                Task::new("cargo")
                    .args(["run", "--release", "-q", "-p", "versus-cli", "--", "audit"])
                    .arg("--dataset")
                    .arg(file)
                    .status()
            })
        },
    ),
    (
        "article fingerprint (where VERSUS_ARTICLE names the article)",
        || {
            let Some(article) = std::env::var_os("VERSUS_ARTICLE") else {
                println!("VERSUS_ARTICLE is not set: no article to compare the fingerprint with");
                return true;
            };
            Task::new("cargo")
                .args([
                    "test",
                    "-p",
                    "versus-core",
                    "--test",
                    "dataset",
                    "--",
                    "--ignored",
                    "article_fingerprint",
                ])
                .env("VERSUS_ARTICLE", article)
                .status()
        },
    ),
    (
        "browser tests (wasm-bindgen-test, headless Chromium and Firefox)",
        || {
            let wasm_test = |driver: &str, path: &std::path::Path| {
                println!("browser tests with {driver}={}", path.display());
                Task::new("cargo")
                    .args(["test", "-p", "versus", "--target", "wasm32-unknown-unknown"])
                    .env_remove("CHROMEDRIVER")
                    .env_remove("GECKODRIVER")
                    .env(driver, path)
                    .status()
            };
            wasm_test("CHROMEDRIVER", std::path::Path::new(CHROMEDRIVER))
                && wasm_test("GECKODRIVER", &setup::geckodriver_path())
        },
    ),
    ("release build (trunk build --release into dist/)", || {
        dist::build().map_err(|e| eprintln!("xtask: {e}")).is_ok()
    }),
    ("end-to-end tests (Playwright, dist/ on loopback)", || {
        if !test_packs() {
            return false;
        }
        let port = free_port();
        println!("e2e: serving dist/ on 127.0.0.1:{port}");
        Task::new("playwright")
            .args(["test", "--config", "e2e/playwright.config.mjs"])
            .env("VERSUS_PORT", port.to_string())
            .status()
    }),
    (
        "end-to-end tests in Firefox ESR and WebKitGTK (WebDriver)",
        || {
            if !test_packs() {
                return false;
            }
            let port = free_port();
            let _server = Server::start(port);
            Task::new("node")
                .arg("e2e/engines.mjs")
                .env("VERSUS_PORT", port.to_string())
                .env("ENGINES", "firefox,webkit")
                .env("GECKODRIVER", setup::geckodriver_path())
                .status()
        },
    ),
    ("size budget", size::check_budget),
];

/// Packs the datasets the end-to-end tests load at run time (`src`,
/// inline) into `target/e2e-packs/`, where `e2e/serve.mjs` serves them:
/// a comparison written for the tests, not one the build bundles, and the
/// bundled one in the pseudo-language.
fn test_packs() -> bool {
    let root = crate::root();
    let out = root.join("target/e2e-packs");
    let versus = || Task::new("cargo").args(["run", "--release", "-q", "-p", "versus-cli", "--"]);
    let pseudo = versus().args(["words", "--pseudo"]).output();
    std::fs::create_dir_all(&out).is_ok()
        && versus()
            .arg("pack")
            .arg(root.join("crates/versus-cli/tests/fixtures/tiny.toml"))
            .arg("-o")
            .arg(out.join("tiny.versus"))
            .status()
        // The bundled dataset in the pseudo-language (`versus words --pseudo`).
        && pseudo.is_some_and(|text| std::fs::write(out.join("pseudo.txt"), text).is_ok())
        && versus()
            .arg("pack")
            .arg(root.join("data/node-vs-django.toml"))
            .arg("--words")
            .arg(out.join("pseudo.txt"))
            .arg("-o")
            .arg(out.join("pseudo.versus"))
            .status()
}

/// The dataset files in `data/`, the ones the build bundles.
fn bundled_datasets() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = std::fs::read_dir(crate::root().join("data"))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| fail(&format!("cannot find a free loopback port: {e}")))
}

pub fn all() {
    setup::ensure(setup::Needs::Engines);
    let mut results: Vec<(&str, Option<bool>, f64)> = Vec::new();
    let mut failed = false;
    for (name, stage) in STAGES {
        if failed {
            results.push((name, None, 0.0));
            continue;
        }
        println!("\n==> {name}");
        let started = Instant::now();
        let ok = stage();
        results.push((name, Some(ok), started.elapsed().as_secs_f64()));
        failed = !ok;
    }
    println!("\nSummary:");
    for (name, result, seconds) in &results {
        let status = match result {
            Some(true) => "ok     ",
            Some(false) => "FAILED ",
            None => "skipped",
        };
        println!("  {status} {name} ({seconds:.1}s)");
    }
    let passed = results.iter().filter(|r| r.1 == Some(true)).count();
    let failed_count = results.iter().filter(|r| r.1 == Some(false)).count();
    let skipped = results.iter().filter(|r| r.1.is_none()).count();
    println!("stages: {passed} passed, {failed_count} failed, {skipped} skipped");
    if failed {
        std::process::exit(1);
    }
}
