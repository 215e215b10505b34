//! Installs what the build and the tests need, skipping what is present.
//!
//! One line per step. Versions come from the project's own files: Trunk's
//! and wasm-opt's from `Trunk.toml`, wasm-bindgen's from `Cargo.lock`, npm
//! packages from `package-lock.json`.

use std::path::Path;
use std::process::Command;

use crate::{fail, root, run, Task};

/// A `key = "value"` setting from `Trunk.toml`, where tool versions live.
pub fn trunk_setting(key: &str) -> String {
    let text = std::fs::read_to_string(root().join("Trunk.toml"))
        .unwrap_or_else(|e| fail(&format!("cannot read Trunk.toml: {e}")));
    text.lines()
        .filter_map(|line| line.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| {
            v.trim()
                .trim_matches('"')
                .trim_start_matches('=')
                .to_string()
        })
        .unwrap_or_else(|| fail(&format!("Trunk.toml does not set `{key}`")))
}

/// What a task needs installed.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Needs {
    /// Target, Trunk, wasm-bindgen, npm packages (wasm-opt, esbuild).
    Build,
    /// All of that plus Chromium and chromedriver.
    Browser,
    /// All of that plus Firefox ESR with geckodriver, and WebKitGTK's
    /// WebKitWebDriver with Xvfb to run it in.
    Engines,
}

pub fn ensure(needs: Needs) {
    target();
    trunk();
    wasm_bindgen();
    npm();
    if needs >= Needs::Browser {
        chromium();
    }
    if needs >= Needs::Engines {
        engines();
        geckodriver();
    }
}

fn step(what: &str, status: &str) {
    println!("setup: {what}: {status}");
}

fn output(program: &str, args: &[&str]) -> Option<String> {
    let out = Command::new(program).args(args).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

fn target() {
    let installed = output("rustup", &["target", "list", "--installed"]).unwrap_or_default();
    if installed
        .lines()
        .any(|l| l.trim() == "wasm32-unknown-unknown")
    {
        return step("wasm32 target", "present");
    }
    step("wasm32 target", "installing");
    run(
        Task::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]),
        "rustup is needed to add the wasm32-unknown-unknown target",
    );
}

fn trunk() {
    // 0.22 needs a newer rustc than these machines have.
    let version = trunk_setting("trunk-version");
    let found = output("trunk", &["--version"]).unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version.as_str()) {
        return step("trunk", &format!("{version} present"));
    }
    step("trunk", &format!("installing {version} (about 5 minutes)"));
    run(
        Task::new("cargo").args(["install", "--locked", "trunk", "--version", &version]),
        &format!("install Trunk by hand: cargo install --locked trunk --version {version}"),
    );
}

/// The `wasm-bindgen` version locked in `Cargo.lock`.
pub fn locked_wasm_bindgen() -> String {
    let lock = std::fs::read_to_string(root().join("Cargo.lock"))
        .unwrap_or_else(|e| fail(&format!("cannot read Cargo.lock: {e}")));
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return version.trim_end_matches('"').to_string();
            }
        }
    }
    fail("Cargo.lock has no wasm-bindgen entry")
}

fn wasm_bindgen() {
    let version = locked_wasm_bindgen();
    let named = trunk_setting("wasm_bindgen");
    if named != version {
        fail(&format!(
            "Trunk.toml names wasm_bindgen {named} but Cargo.lock has {version}; make them equal"
        ));
    }
    let found = output("wasm-bindgen", &["--version"]).unwrap_or_default();
    let runner = output("wasm-bindgen-test-runner", &["--version"]).unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(&version)
        && runner.split_whitespace().nth(1) == Some(&version)
    {
        return step("wasm-bindgen-cli", &format!("{version} present"));
    }
    step(
        "wasm-bindgen-cli",
        &format!("installing {version} (about 2 minutes)"),
    );
    // Not --locked: a release it locks is missing from the registry mirror.
    run(
        Task::new("cargo").args(["install", "wasm-bindgen-cli", "--version", &version]),
        &format!("install it by hand: cargo install wasm-bindgen-cli --version {version}"),
    );
}

fn npm() {
    let root = root();
    let wasm_opt = trunk_setting("wasm_opt");
    let binaryen = wasm_opt.trim_start_matches("version_");
    let manifest = std::fs::read_to_string(root.join("package.json")).unwrap_or_default();
    if !manifest.contains(&format!("\"binaryen\": \"{binaryen}.")) {
        fail(&format!(
            "Trunk.toml names wasm_opt {wasm_opt} but package.json does not pin binaryen {binaryen}.x"
        ));
    }
    let installed = root.join("node_modules/.package-lock.json");
    let fresh = modified(&installed)
        .zip(modified(&root.join("package-lock.json")))
        .is_some_and(|(installed, wanted)| installed >= wanted);
    if fresh && root.join("node_modules/.bin/wasm-opt").exists() {
        return step(
            "npm packages (wasm-opt, esbuild, Playwright, axe-core)",
            "present",
        );
    }
    step(
        "npm packages (wasm-opt, esbuild, Playwright, axe-core)",
        "npm ci",
    );
    run(
        Task::new("npm").args(["ci", "--no-audit", "--no-fund"]),
        "install Node.js 20 and npm, then run `npm ci` in the repository",
    );
}

fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).ok()?.modified().ok()
}

/// Debian's Chromium and its driver, the only browser that installs here.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

fn chromium() {
    apt(
        "chromium and chromedriver",
        &[CHROMIUM, CHROMEDRIVER],
        &["chromium", "chromium-driver"],
    );
}

/// Firefox ESR, WebKitGTK's driver and Xvfb (WebKitGTK needs a display).
pub const FIREFOX: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_DRIVER: &str = "/usr/bin/WebKitWebDriver";

fn engines() {
    apt(
        "firefox-esr, webkit2gtk-driver and xvfb",
        &[FIREFOX, WEBKIT_DRIVER, "/usr/bin/xvfb-run"],
        &["firefox-esr", "webkit2gtk-driver", "xvfb"],
    );
}

/// Debian packages, installed unless every file they provide is there.
fn apt(what: &str, files: &[&str], packages: &[&str]) {
    if files.iter().all(|f| Path::new(f).exists()) {
        return step(what, "present");
    }
    step(what, "apt-get install");
    let hint = format!(
        "install them by hand: apt-get install -y {}",
        packages.join(" ")
    );
    run(Task::new("apt-get").args(["update", "-qq"]), &hint);
    run(
        Task::new("apt-get")
            .args(["install", "-y", "-qq"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
        &hint,
    );
}

/// Where `cargo install` puts geckodriver.
pub fn geckodriver_path() -> std::path::PathBuf {
    std::env::var_os("HOME")
        .map(std::path::PathBuf::from)
        .unwrap_or_default()
        .join(".cargo/bin/geckodriver")
}

fn geckodriver() {
    let version = trunk_setting("geckodriver");
    let found = output(&geckodriver_path().to_string_lossy(), &["--version"]).unwrap_or_default();
    if found.split_whitespace().nth(1) == Some(version.as_str()) {
        return step("geckodriver", &format!("{version} present"));
    }
    step(
        "geckodriver",
        &format!("installing {version} (about 5 minutes)"),
    );
    run(
        Task::new("cargo").args(["install", "geckodriver", "--version", &version]),
        &format!("install it by hand: cargo install geckodriver --version {version}"),
    );
}
