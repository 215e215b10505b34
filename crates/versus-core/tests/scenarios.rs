//! The article's own recommendations, as scenarios. Every sentence of the
//! article that recommends something for a kind of project (in the
//! performance, speed, security, scaling and cost sections, the deciding
//! factors, who should use each, the final verdict and the FAQ) is a test
//! here, citing its section and paraphrasing the sentence. Where the
//! article allows more than one verdict, the test accepts exactly those and
//! rejects the one it rules out; where it points both ways, the test checks
//! that the result is not decisive.

mod common;

use common::{answers, dataset};
use versus_core::words::ENGLISH;
use versus_core::{Decisiveness, Engine};

/// The answers must give `expected`, for the reason the article gives in `section`.
fn expect(expected: &str, pairs: &[&str], section: &str, says: &str) {
    one_of(&[expected], pairs, section, says);
}

/// The answers must give one of `allowed`: the article allows each of them.
fn one_of(allowed: &[&str], pairs: &[&str], section: &str, says: &str) {
    let d = dataset();
    assert!(d.section(section).is_some(), "unknown section `{section}`");
    let r = Engine::new(&d).evaluate(&answers(&d, pairs));
    let got = r.verdict.map_or("(no single verdict)", |v| v.id);
    assert!(
        allowed.contains(&got),
        "{pairs:?} should give one of {allowed:?} [{section}: {says}]; the engine says {}",
        r.title(&ENGLISH)
    );
}

/// The answers must be decided this firmly.
fn firmness(expected: Decisiveness, pairs: &[&str], why: &str) {
    let d = dataset();
    let r = Engine::new(&d).evaluate(&answers(&d, pairs));
    assert_eq!(
        r.decisiveness,
        expected,
        "{pairs:?} [{why}]: {} by {}",
        r.title(&ENGLISH),
        r.margin
    );
}

/// The article points both ways here: the result must not be decisive.
fn ambiguous(pairs: &[&str], section: &str, why: &str) {
    let d = dataset();
    assert!(d.section(section).is_some(), "unknown section `{section}`");
    let r = Engine::new(&d).evaluate(&answers(&d, pairs));
    assert!(
        matches!(r.decisiveness, Decisiveness::Tie | Decisiveness::Slight),
        "{pairs:?} is ambiguous in the article [{section}: {why}], but the engine is {:?} for {}",
        r.decisiveness,
        r.title(&ENGLISH)
    );
}

/// The article's sentences pull both ways here: the result must be Django
/// or a close call (a tie or a slight lead), never a clear Node.js.
fn django_or_close(pairs: &[&str], section: &str, says: &str) {
    let d = dataset();
    assert!(d.section(section).is_some(), "unknown section `{section}`");
    let r = Engine::new(&d).evaluate(&answers(&d, pairs));
    let django = r.verdict.is_some_and(|v| v.id == "django");
    let close = matches!(r.decisiveness, Decisiveness::Tie | Decisiveness::Slight);
    assert!(
        django || close,
        "{pairs:?} is contested in the article [{section}: {says}], but the engine gives {} ({:?}, by {})",
        r.title(&ENGLISH),
        r.decisiveness,
        r.margin
    );
}

// How does performance compare?

#[test]
fn performance_apps_that_push_data_constantly_are_node() {
    expect(
        "node",
        &["product=realtime", "realtime=core"],
        "performance",
        "chat, live dashboards and streaming: Node.js carries load that would choke a synchronous server",
    );
}

#[test]
fn performance_processing_and_batch_jobs_are_django() {
    expect(
        "django",
        &["compute=heavy"],
        "performance",
        "Python and Django suit data processing, calculations and batch jobs better",
    );
}

// Which is faster to build with?

#[test]
fn dev_speed_an_mvp_under_a_tight_deadline_is_django() {
    expect(
        "django",
        &["deadline=tight"],
        "dev-speed",
        "for an MVP or a tight deadline, Django's development speed is a real advantage",
    );
}

#[test]
fn dev_speed_an_all_javascript_team_is_node() {
    expect(
        "node",
        &["team=javascript"],
        "dev-speed",
        "Node.js is faster when the whole team writes JavaScript",
    );
}

// How do they handle security?

#[test]
fn security_sensitive_data_and_money_is_django() {
    expect(
        "django",
        &["sensitivity=regulated"],
        "security",
        "for sensitive data and financial transactions, weigh Django's security posture seriously",
    );
}

#[test]
fn security_user_credentials_lean_django() {
    expect(
        "django",
        &["sensitivity=standard"],
        "security",
        "user credentials are among the data that make Django's defaults worth weighing",
    );
}

#[test]
fn security_a_team_of_mixed_experience_is_django() {
    expect(
        "django",
        &["experience=mixed"],
        "security",
        "do-it-yourself security is a genuine risk in a team of mixed experience",
    );
}

// How well do they scale?

#[test]
fn scaling_unpredictable_growth_of_independent_services_is_node() {
    expect(
        "node",
        &["growth=unpredictable", "architecture=microservices"],
        "scaling",
        "rapid, unpredictable growth with services scaled independently: Node.js gives more flexibility",
    );
}

#[test]
fn scaling_a_monolith_is_django() {
    expect(
        "django",
        &["architecture=monolith"],
        "scaling",
        "Django fits monolithic or modular architectures better",
    );
}

// What does each one cost?

#[test]
fn cost_a_javascript_team_saves_on_hiring_with_node() {
    expect(
        "node",
        &["team=javascript", "deadline=normal"],
        "cost",
        "a team already in JavaScript needs no separate front-end and back-end developers",
    );
}

// Deciding factors.

#[test]
fn deciding_ai_on_the_roadmap_is_django() {
    expect(
        "django",
        &["ai=later"],
        "deciding-factors",
        "if AI is part of your roadmap, the calculus changes considerably",
    );
}

#[test]
fn deciding_a_python_team_is_django() {
    expect(
        "django",
        &["team=python"],
        "deciding-factors",
        "if your team speaks Python, Django is faster",
    );
}

#[test]
fn deciding_team_composition_outweighs_a_framework_preference() {
    expect(
        "node",
        &["team=javascript", "product=content"],
        "deciding-factors",
        "team composition matters more than the framework: one answer for Django does not move a JavaScript team",
    );
    firmness(
        Decisiveness::Slight,
        &["team=javascript", "product=content"],
        "but only just: the Final Verdict's Django list carries no team condition",
    );
    expect(
        "django",
        &["team=python", "product=realtime"],
        "deciding-factors",
        "and a Python team building a real-time app stays on Django",
    );
}

// Who should use Node.js?

#[test]
fn who_node_high_concurrency_real_time_apps() {
    for product in ["realtime=core", "realtime=some"] {
        expect(
            "node",
            &["product=realtime", product],
            "who-node",
            "chat, live notifications, collaborative tools and streaming need high concurrency",
        );
    }
}

#[test]
fn who_node_a_javascript_team_wanting_one_language() {
    expect(
        "node",
        &["team=javascript", "product=api"],
        "who-node",
        "a JavaScript-focused team that wants full-stack consistency",
    );
}

#[test]
fn who_node_microservices_and_lightweight_apis() {
    expect(
        "node",
        &["architecture=microservices"],
        "who-node",
        "Node.js is a solid choice for microservices",
    );
    expect(
        "node",
        &["product=api"],
        "who-node",
        "Node.js is a solid choice for a lightweight REST or GraphQL API",
    );
}

#[test]
fn who_node_saas_start_ups_putting_infrastructure_first() {
    expect(
        "node",
        &[
            "product=saas",
            "growth=unpredictable",
            "architecture=microservices",
        ],
        "who-node",
        "SaaS start-ups that put infrastructure speed and scalability first tend to pick Node.js",
    );
}

// Who should use Django?

#[test]
fn who_django_fast_data_heavy_apps_with_strong_security() {
    expect(
        "django",
        &["product=data", "sensitivity=regulated", "deadline=tight"],
        "who-django",
        "moving fast on a data-heavy application with strong security requirements",
    );
}

#[test]
fn who_django_natural_fits() {
    for product in ["product=commerce", "product=content"] {
        expect(
            "django",
            &[product],
            "who-django",
            "e-commerce and content management are natural fits",
        );
    }
    expect(
        "django",
        &["product=saas", "sensitivity=regulated"],
        "who-django",
        "fintech and healthcare tools are natural fits",
    );
}

#[test]
fn who_django_ai_or_ml_on_the_roadmap() {
    expect(
        "django",
        &["ai=later", "product=saas"],
        "who-django",
        "with AI or machine learning on the roadmap, Django's Python base is a significant advantage",
    );
}

#[test]
fn who_django_small_teams_that_need_built_in_tools() {
    // The quiz asks no team size; a small team needing the tools built in
    // shows up as needing an admin and shipping soon.
    expect(
        "django",
        &["admin=needed", "deadline=tight"],
        "who-django",
        "smaller teams and solo developers who need built-in tools rather than assembling a stack",
    );
}

#[test]
fn who_django_compliance_auditability_or_security_first() {
    expect(
        "django",
        &["sensitivity=regulated", "architecture=undecided"],
        "who-django",
        "any project where compliance, auditability or security is a priority should look at Django first",
    );
}

// Final verdict.

#[test]
fn verdict_real_time_api_or_microservices_by_a_javascript_team_is_node() {
    for pairs in [
        &["team=javascript", "product=realtime", "realtime=core"][..],
        &["team=javascript", "product=api", "growth=unpredictable"],
        &["team=javascript", "architecture=microservices"],
    ] {
        expect(
            "node",
            pairs,
            "verdict",
            "a real-time app, a high-concurrency API or a microservices system, written by a JavaScript team",
        );
    }
}

#[test]
fn verdict_content_shops_internal_tools_data_and_ai_are_django() {
    for product in [
        "product=content",
        "product=commerce",
        "product=internal",
        "product=data",
        "ai=core",
    ] {
        expect(
            "django",
            &[product],
            "verdict",
            "a content platform, an e-commerce site, an internal tool, a data-driven application or anything with AI/ML",
        );
    }
}

#[test]
fn verdict_a_project_that_genuinely_needs_both_is_hybrid() {
    expect(
        "hybrid",
        &["team=both", "realtime=core", "ai=core"],
        "verdict",
        "Node.js for the real-time connections, Django for business logic and data",
    );
    expect(
        "hybrid",
        &["realtime=core", "compute=heavy"],
        "verdict",
        "live connections on Node.js, the data processing on Django",
    );
}

#[test]
fn verdict_many_nice_to_haves_do_not_talk_a_reader_out_of_live_updates() {
    one_of(
        &["node", "hybrid"],
        &[
            "realtime=core",
            "admin=needed",
            "sensitivity=regulated",
            "deadline=tight",
            "experience=mixed",
        ],
        "faq",
        "when real-time is a core feature, Node.js is the easier path; Django's strengths here make the hybrid, never Django alone",
    );
}

#[test]
fn verdict_a_python_team_with_live_updates_at_the_heart_keeps_python() {
    // A Python team whose product lives on live updates: the article puts
    // the team first and never forbids the hybrid; Django (with Channels)
    // or both, never Node.js alone.
    one_of(
        &["django", "hybrid"],
        &[
            "team=python",
            "product=content",
            "realtime=core",
            "admin=needed",
            "sensitivity=regulated",
            "deadline=tight",
        ],
        "deciding-factors",
        "a Python team is faster in Django; switching languages midway is expensive",
    );
    one_of(
        &["django", "hybrid"],
        &["team=python", "realtime=core"],
        "deciding-factors",
        "one answer for Node.js never moves a Python team to it",
    );
}

#[test]
fn verdict_heavy_computation_does_not_overturn_a_javascript_microservices_team() {
    expect(
        "node",
        &[
            "team=javascript",
            "architecture=microservices",
            "compute=heavy",
        ],
        "verdict",
        "a microservices system written by a JavaScript team: use Node.js",
    );
}

#[test]
fn faq_the_hybrid_of_the_faq_is_reachable() {
    expect(
        "hybrid",
        &[
            "team=both",
            "product=content",
            "realtime=core",
            "admin=needed",
        ],
        "faq",
        "Node.js for the real-time components, Django for the main logic and the admin interface",
    );
}

#[test]
fn a_javascript_team_whose_project_needs_django_gets_django_only_by_its_weight() {
    // Machine learning at the core alone: the team still decides.
    one_of(
        &["node", "hybrid"],
        &["team=javascript", "ai=core"],
        "deciding-factors",
        "team composition matters more than the framework",
    );
    // With live updates and ML both central, the hybrid (with its cost of
    // Python for the Django half) or Node.js calling Python services.
    one_of(
        &["node", "hybrid"],
        &[
            "team=javascript",
            "realtime=core",
            "ai=core",
            "admin=needed",
        ],
        "deciding-factors",
        "Node.js can call Python services, at some architectural cost",
    );
}

#[test]
fn lopsided_results_are_strong_and_close_ones_slight() {
    firmness(
        Decisiveness::Strong,
        &[
            "team=python",
            "product=commerce",
            "sensitivity=regulated",
            "deadline=tight",
            "admin=needed",
        ],
        "a Python team's regulated shop: the article says plainly to use Django",
    );
    firmness(
        Decisiveness::Strong,
        &[
            "team=javascript",
            "product=realtime",
            "realtime=core",
            "architecture=microservices",
        ],
        "a JavaScript team's real-time microservices: the article's own Node.js case",
    );
    firmness(
        Decisiveness::Slight,
        &["realtime=some", "growth=unpredictable"],
        "a few live features and fast growth lean only a little to Node.js",
    );
}

// FAQ.

#[test]
fn faq_faster_for_real_time_work_is_node() {
    expect(
        "node",
        &["realtime=core"],
        "faq",
        "for real-time, I/O-bound work Node.js is faster",
    );
}

#[test]
fn faq_cpu_heavy_or_data_processing_is_django() {
    expect(
        "django",
        &["compute=heavy", "product=data"],
        "faq",
        "for CPU-heavy work and data processing, Django and Python are more capable",
    );
}

#[test]
fn faq_for_standard_apps_performance_does_not_decide() {
    ambiguous(
        &["realtime=none", "compute=light"],
        "faq",
        "for most standard web apps the performance difference should not drive the choice",
    );
}

#[test]
fn faq_real_time_as_a_core_feature_is_node() {
    expect(
        "node",
        &["realtime=core", "team=both"],
        "faq",
        "if real-time is a core feature, Node.js is the easier path than Django Channels",
    );
}

#[test]
fn faq_beginners_lean_django_unless_they_know_javascript() {
    expect(
        "django",
        &["team=new"],
        "faq",
        "Django is generally the friendlier start for beginners",
    );
    expect(
        "node",
        &["team=javascript"],
        "faq",
        "a beginner who already knows JavaScript does better starting with Node.js",
    );
}

#[test]
fn faq_ml_models_pipelines_or_analytics_are_django() {
    expect(
        "django",
        &["ai=core"],
        "faq",
        "with ML models, data pipelines or analytics, Django's Python ecosystem is a genuine advantage",
    );
}

#[test]
fn faq_both_together_when_the_project_needs_both() {
    expect(
        "hybrid",
        &["team=both", "product=saas", "realtime=core", "ai=core", "admin=needed"],
        "faq",
        "Node.js for the real-time parts, Django for the main logic and admin, when the project genuinely needs both",
    );
}

#[test]
fn faq_saas_depends_on_what_it_does() {
    ambiguous(
        &["product=saas"],
        "faq",
        "a SaaS product can go either way; the article says it depends on what the product does",
    );
    expect(
        "node",
        &["product=saas", "realtime=core"],
        "faq",
        "SaaS with real-time collaboration or live dashboards fits Node.js",
    );
    expect(
        "django",
        &["product=saas", "sensitivity=standard", "admin=needed"],
        "faq",
        "SaaS built on subscriptions, user accounts and data fits Django",
    );
}

// Contested: where the article's sentences pull both ways, Django or a
// close call, never a clear Node.js.

#[test]
fn contested_the_final_verdicts_django_list_has_no_team_condition() {
    // Final Verdict: build a content platform, an e-commerce site, an
    // internal tool, a data-driven application or anything with AI/ML on
    // Django, whoever the team is; its Node.js advice is for a JavaScript
    // team. The deciding factors put the team first. A JavaScript team
    // building one of Django's kinds of project is pulled both ways.
    for product in [
        "product=content",
        "product=commerce",
        "product=internal",
        "product=data",
        "ai=core",
    ] {
        django_or_close(
            &["team=javascript", product],
            "verdict",
            "content platforms, shops, internal tools, data-driven apps and AI/ML go to Django, with no word about the team",
        );
    }
}

#[test]
fn contested_a_javascript_teams_content_site() {
    // A JavaScript team's content site, with the rest of it plain: no
    // live features, no AI, ordinary data.
    django_or_close(
        &[
            "team=javascript",
            "product=content",
            "realtime=none",
            "ai=none",
            "sensitivity=standard",
        ],
        "verdict",
        "a content platform: use Django; the Node.js advice needs real-time, API or microservices work",
    );
}

#[test]
fn contested_ai_on_the_roadmap_changes_the_calculus() {
    // The AI/ML paragraph: if AI is on your roadmap, the calculus changes
    // considerably, even for the team the framework would otherwise suit.
    django_or_close(
        &["team=javascript", "product=saas", "ai=later"],
        "deciding-factors",
        "if AI is part of your roadmap, this changes the calculus considerably",
    );
}

#[test]
fn contested_ai_on_the_roadmap_is_a_significant_advantage_for_django() {
    // Who should use Django: a roadmap with AI or machine learning makes
    // Django's Python foundation a significant advantage.
    django_or_close(
        &["team=javascript", "ai=later"],
        "who-django",
        "if your roadmap includes AI or machine learning features, Django's Python foundation is a significant advantage",
    );
}

#[test]
fn where_the_article_agrees_the_result_stays_firm() {
    // Final Verdict: a real-time app or a microservices system, written by
    // a JavaScript team: use Node.js. Nothing pulls the other way.
    firmness(
        Decisiveness::Strong,
        &["team=javascript", "product=realtime", "realtime=core"],
        "a JavaScript team's real-time app: the Final Verdict's own Node.js case",
    );
    // And a Python team's content platform is Django on every count.
    firmness(
        Decisiveness::Strong,
        &["team=python", "product=content"],
        "a Python team's content platform: Django on the team and on the kind of project",
    );
}
