//! `cargo xtask bench`: every figure, measured on the real release builds,
//! printed as tables and written to `target/bench/report.json`.
//!
//! - size of every file the widget loads, and where the wasm's bytes go
//!   by crate and function;
//! - load: navigation to `versus-ready`, beside a static page with the same
//!   table (the floor), without and with 4x CPU throttling;
//! - interaction: a trusted click on a radio to the updated result in the
//!   DOM and to the next frame, beside the same radios on a static page;
//! - memory after a complete quiz;
//! - the engine's full recompute (criterion);
//! - `versus audit` over every complete answer set;
//! - Lighthouse on the demo page.

use std::fs;

use serde_json::{json, Value};

use crate::setup::{self, CHROMIUM};
use crate::{dist, fail, root, run, size, Task};

pub fn all() {
    setup::ensure(setup::Needs::Browser);
    dist::build().unwrap_or_else(|e| fail(&e));
    let out = root().join("target/bench");
    fs::create_dir_all(&out).unwrap_or_else(|e| fail(&format!("cannot create target/bench: {e}")));
    floor_page();

    let mut report = serde_json::Map::new();
    let (files, total) = size::widget();
    println!("\n== Size: what a page with one widget downloads (dist/)");
    print!("{}", size::table(&files, &total));
    let entries: Vec<Value> = files
        .iter()
        .chain(std::iter::once(&total))
        .map(|f| json!({ "file": f.name, "raw": f.raw, "gzip": f.gzip, "brotli": f.brotli }))
        .collect();
    report.insert(
        "size".into(),
        json!({ "files": entries, "budget_brotli": size::BUDGET_BROTLI, "goal_brotli": size::GOAL_BROTLI }),
    );

    println!("\n== Where the wasm's bytes go (the release build again, with names)");
    let weights = crate::weight::of_release_build().unwrap_or_else(|e| fail(&e));
    print!("{}", crate::weight::table(&weights));
    report.insert(
        "weight".into(),
        json!({
            "code": weights.code,
            "data": weights.data,
            "crates": weights.crates.iter().map(|(c, b)| json!({ "crate": c, "bytes": b })).collect::<Vec<_>>(),
            "functions": weights.functions.iter().take(20).map(|(f, b)| json!({ "function": f, "bytes": b })).collect::<Vec<_>>(),
        }),
    );

    let port = crate::test::free_port();
    let server = crate::server::Server::start(port);
    println!("\n== Browser: load, interaction, memory (headless Chromium, loopback port {port})");
    let browser = Task::new("node")
        .arg("bench/browser.mjs")
        .env("VERSUS_PORT", port.to_string())
        .output()
        .unwrap_or_else(|| fail("bench/browser.mjs failed"));
    let browser: Value = serde_json::from_str(browser.trim())
        .unwrap_or_else(|e| fail(&format!("bench/browser.mjs printed no JSON: {e}")));
    print_browser(&browser);
    report.insert("browser".into(), browser);

    println!("\n== Lighthouse (demo page, simulated mobile)");
    let scores = lighthouse_scores(port, "/index.html", &out.join("lighthouse.json"));
    println!(
        "{}",
        scores
            .iter()
            .map(|(k, v)| format!("{k} {v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    report.insert(
        "lighthouse".into(),
        json!(scores
            .into_iter()
            .collect::<serde_json::Map<String, Value>>()),
    );
    drop(server);

    println!("\n== Engine (criterion: one full recompute)");
    run(
        Task::new("cargo").args([
            "bench",
            "-p",
            "versus-core",
            "--bench",
            "engine",
            "--",
            "--noplot",
        ]),
        "the engine benchmark failed",
    );
    report.insert("engine_ns".into(), engine_medians());

    println!("\n== Decision audit (versus audit, every complete answer set, release build)");
    let audit = Task::new("cargo")
        .args(["run", "--release", "-q", "-p", "versus-cli", "--"])
        .args(["audit", "--dataset", "node-vs-django", "--json"])
        .output()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .unwrap_or_else(|| fail("versus audit failed"));
    println!(
        "{} answer sets in {:.1} s ({} breaches)",
        audit["sets"],
        audit["seconds"].as_f64().unwrap_or(0.0),
        audit["breach_count"]
    );
    report.insert(
        "audit".into(),
        json!({ "sets": audit["sets"], "seconds": audit["seconds"], "verdicts": audit["verdicts"], "decisiveness": audit["decisiveness"] }),
    );

    report.insert(
        "machine".into(),
        json!({ "cores": std::thread::available_parallelism().map_or(0, |n| n.get()), "os": std::env::consts::OS }),
    );
    let path = out.join("report.json");
    let text = serde_json::to_string_pretty(&Value::Object(report)).unwrap_or_default();
    fs::write(&path, text)
        .unwrap_or_else(|e| fail(&format!("cannot write {}: {e}", path.display())));
    println!("\nreport: {}", path.display());
}

/// The floor: the release demo page without the widget's script, so the
/// same table arrives as plain HTML (the static fallback).
fn floor_page() {
    let page = dist::read(&dist::dir().join("index.html")).unwrap_or_else(|e| fail(&e));
    let page: String = page
        .lines()
        .filter(|line| !line.contains("src=\"versus.js\""))
        .map(|line| format!("{line}\n"))
        .collect();
    let out = root().join("target/bench");
    let write = |name: &str, text: &str| {
        fs::write(out.join(name), text)
            .unwrap_or_else(|e| fail(&format!("cannot write target/bench/{name}: {e}")))
    };
    write("static.html", &page);
    write(
        "demo.css",
        &dist::read(&dist::dir().join("demo.css")).unwrap_or_else(|e| fail(&e)),
    );
}

fn print_browser(b: &Value) {
    let ms = |v: &Value| v.as_f64().map_or("-".to_string(), |x| format!("{x:.1}"));
    println!(
        "{:<30} {:>13} {:>13} {:>13} {:>7} {:>7}",
        "load (ms, median ± half-range)", "quiz shown", "ready", "static floor", "quiz", "ready"
    );
    let ratio = |v: &Value| v.as_f64().map_or("-".into(), |r| format!("{r:.2}x"));
    for cpu in ["cpu_x1", "cpu_x4"] {
        let l = &b["load"][cpu];
        let cell = |s: &Value| format!("{} ±{}", ms(&s["median"]), spread(s));
        println!(
            "{:<30} {:>13} {:>13} {:>13} {:>7} {:>7}",
            cpu,
            cell(&l["quiz"]),
            cell(&l["widget"]),
            cell(&l["static_floor"]),
            ratio(&l["quiz_ratio"]),
            ratio(&l["ratio"]),
        );
    }
    let f = &b["below_the_fold"];
    println!(
        "host page load event, widget below the fold: {} ms with it, {} ms without ({}; goal at most 1.3x)",
        ms(&f["load_with_widget"]["median"]),
        ms(&f["load_without"]["median"]),
        f["ratio"].as_f64().map_or("-".into(), |r| format!("{r:.2}x")),
    );
    println!(
        "widget scrolled into view to interactive: median {} ms, p95 {} ms",
        ms(&f["into_view_to_ready"]["median"]),
        ms(&f["into_view_to_ready"]["p95"]),
    );
    let i = &b["interaction"];
    println!(
        "interaction, a trusted click on a radio (ms over {} answers): median / p95",
        i["click_to_dom"]["runs"]
    );
    for (label, key) in [
        ("click to DOM", "click_to_dom"),
        ("click to next frame", "click_to_frame"),
    ] {
        println!(
            "  {label:<20} widget {} / {}   same radios, static {} / {}",
            ms(&i[key]["median"]),
            ms(&i[key]["p95"]),
            ms(&i["static_floor"][key]["median"]),
            ms(&i["static_floor"][key]["p95"]),
        );
    }
    let m = &b["memory"];
    println!(
        "memory after a complete quiz: wasm linear memory {} bytes, JS heap {} bytes",
        m["wasm_linear_memory_bytes"], m["js_heap_used_bytes"]
    );
    let s = &b["soak"];
    println!("retained after garbage collection (DOM nodes / JS listeners / wasm bytes):");
    for (label, key) in [
        ("start", "start"),
        ("after 300 answers", "after_300_answers"),
        ("after 40 remounts", "after_40_remounts"),
    ] {
        let r = &s[key];
        println!(
            "  {label:<20} {} / {} / {}",
            r["nodes"], r["listeners"], r["wasm_bytes"]
        );
    }
    for width in ["1280", "375"] {
        let r = &b["scroll"][format!("px_{width}")];
        println!(
            "page of three widgets at {width} px: height {}..{} while scrolling ({}% change)",
            r["min"],
            r["max"],
            r["spread_percent"]
                .as_f64()
                .map_or("-".into(), |p| format!("{p:.1}"))
        );
    }
}

/// Half the range between the fastest and slowest run.
fn spread(s: &Value) -> String {
    match (s["min"].as_f64(), s["max"].as_f64()) {
        (Some(min), Some(max)) => format!("{:.1}", (max - min) / 2.0),
        _ => "-".into(),
    }
}

fn lighthouse_scores(port: u16, path: &str, out: &std::path::Path) -> Vec<(String, Value)> {
    let ok = Task::new("lighthouse")
        .arg(format!("http://127.0.0.1:{port}{path}"))
        .args(["--output=json", "--quiet"])
        .arg(format!("--output-path={}", out.display()))
        .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run")
        .env("CHROME_PATH", CHROMIUM)
        .status();
    if !ok {
        fail("lighthouse failed");
    }
    let report: Value = dist::read(out)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    ["performance", "accessibility", "best-practices", "seo"]
        .iter()
        .map(|c| {
            let score = report["categories"][c]["score"]
                .as_f64()
                .map_or(Value::Null, |s| json!((s * 100.0).round() as i64));
            (c.to_string(), score)
        })
        .collect()
}

/// Criterion's median estimate (nanoseconds) of each engine benchmark.
fn engine_medians() -> Value {
    let dir = root().join("target/criterion");
    let mut out = serde_json::Map::new();
    for name in [
        "recompute (one answer)",
        "recompute (half answered)",
        "recompute (all answered)",
    ] {
        let file = dir.join(name).join("new/estimates.json");
        let median = fs::read_to_string(&file)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
            .and_then(|v| v["median"]["point_estimate"].as_f64());
        out.insert(name.into(), median.map_or(Value::Null, |m| json!(m)));
    }
    Value::Object(out)
}
