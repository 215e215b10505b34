//! The article's own verdicts, as scenarios: for every clear case its text
//! describes, the engine must agree. Each scenario quotes the idea it rests
//! on (paraphrased) and the section it comes from.

mod common;

use common::{answers, dataset};
use versus_core::Engine;

fn verdict_for(pairs: &[&str]) -> String {
    let d = dataset();
    let engine = Engine::new(&d);
    let outcome = engine.evaluate(&answers(&d, pairs));
    d.verdicts[outcome.verdict].id.to_string()
}

fn assert_verdict(expected: &str, pairs: &[&str], rests_on: &str) {
    let got = verdict_for(pairs);
    assert_eq!(
        got, expected,
        "{pairs:?} should give {expected}: {rests_on}"
    );
}

#[test]
fn realtime_app_by_a_javascript_team_is_node() {
    assert_verdict(
        "node",
        &["team=javascript", "product=realtime", "realtime=core"],
        "Final verdict: a real-time app written by a JavaScript team should use Node.js",
    );
}

#[test]
fn high_concurrency_api_by_a_javascript_team_is_node() {
    assert_verdict(
        "node",
        &[
            "team=javascript",
            "product=api",
            "growth=unpredictable",
            "compute=light",
        ],
        "Final verdict: a high-concurrency API and a JavaScript team point to Node.js",
    );
}

#[test]
fn microservices_system_is_node() {
    assert_verdict(
        "node",
        &[
            "team=javascript",
            "architecture=microservices",
            "growth=unpredictable",
        ],
        "Scaling: Node.js is designed for microservices and unpredictable growth",
    );
}

#[test]
fn content_platform_is_django() {
    assert_verdict(
        "django",
        &["product=content", "admin=needed"],
        "Final verdict: content platforms should use Django",
    );
}

#[test]
fn ecommerce_is_django() {
    assert_verdict(
        "django",
        &["product=commerce", "sensitivity=regulated"],
        "Who should use Django: e-commerce and fintech are natural fits",
    );
}

#[test]
fn internal_tool_is_django() {
    assert_verdict(
        "django",
        &["product=internal", "admin=needed", "deadline=tight"],
        "Final verdict: internal tools should use Django",
    );
}

#[test]
fn data_driven_app_is_django() {
    assert_verdict(
        "django",
        &["product=data", "compute=heavy"],
        "Final verdict and performance: data-driven apps and CPU-heavy work favour Django",
    );
}

#[test]
fn ai_component_is_django() {
    assert_verdict(
        "django",
        &["ai=core"],
        "Final verdict: anything with an AI/ML component should use Django",
    );
    assert_verdict(
        "django",
        &["ai=later", "team=python"],
        "Who should use Django: AI on the roadmap is a significant advantage for Django",
    );
}

#[test]
fn regulated_data_is_django() {
    assert_verdict(
        "django",
        &["sensitivity=regulated"],
        "Who should use Django: compliance and security priorities should look at Django first",
    );
}

#[test]
fn mvp_under_deadline_is_django() {
    assert_verdict(
        "django",
        &["deadline=tight"],
        "Which is faster to build with: for an MVP under deadline Django's speed is a real advantage",
    );
}

#[test]
fn small_team_needing_built_in_tools_is_django() {
    assert_verdict(
        "django",
        &["team=other", "experience=mixed", "admin=needed"],
        "Who should use Django: small teams who need built-in tools rather than assembling a stack",
    );
}

#[test]
fn team_language_decides_when_nothing_else_does() {
    assert_verdict(
        "node",
        &["team=javascript"],
        "Team composition: if your team speaks JavaScript, Node.js is faster",
    );
    assert_verdict(
        "django",
        &["team=python"],
        "Team composition: if your team speaks Python, Django is faster",
    );
}

#[test]
fn realtime_and_ml_together_is_hybrid() {
    assert_verdict(
        "hybrid",
        &["realtime=core", "ai=core"],
        "Final verdict: when you genuinely need both, Node.js for real-time and Django for logic and data",
    );
    assert_verdict(
        "hybrid",
        &["product=realtime", "realtime=core", "ai=core", "team=both"],
        "Final verdict: a hybrid is legitimate when the project needs both",
    );
}

#[test]
fn realtime_with_admin_heavy_core_is_hybrid() {
    assert_verdict(
        "hybrid",
        &["realtime=core", "admin=needed", "ai=later", "team=both"],
        "FAQ: Node.js for real-time parts, Django for the main logic and admin",
    );
}

#[test]
fn saas_goes_with_its_shape() {
    assert_verdict(
        "node",
        &["product=saas", "realtime=core"],
        "FAQ: SaaS with real-time collaboration or live dashboards fits Node.js",
    );
    assert_verdict(
        "django",
        &["product=saas", "admin=needed", "realtime=none"],
        "FAQ: SaaS about accounts, subscriptions and content fits Django",
    );
}

#[test]
fn heavy_computation_is_not_node() {
    assert_verdict(
        "django",
        &["compute=heavy", "realtime=none"],
        "Performance: Node.js struggles with CPU-intensive tasks",
    );
}

#[test]
fn a_beginner_who_knows_javascript_starts_with_node() {
    assert_verdict(
        "node",
        &["team=javascript", "experience=mixed"],
        "FAQ: a beginner who already knows JavaScript is better off starting with Node.js",
    );
}

#[test]
fn a_beginner_without_either_language_starts_with_django() {
    assert_verdict(
        "django",
        &["team=other", "experience=mixed"],
        "FAQ: Django is generally the friendlier start for beginners",
    );
}
