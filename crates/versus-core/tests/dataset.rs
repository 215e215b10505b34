//! The Node.js vs Django dataset: complete, sourced, and keeping the
//! stable ids of the quiz contract (links, the CLI and tests use them).

mod common;

use common::{file, Cut};

#[test]
fn keeps_the_quiz_contract() {
    let contract: &[(&str, &[&str])] = &[
        ("team", &["javascript", "python", "both", "other"]),
        (
            "product",
            &[
                "realtime", "api", "content", "commerce", "internal", "data", "saas",
            ],
        ),
        ("realtime", &["core", "some", "none"]),
        ("ai", &["core", "later", "none"]),
        ("sensitivity", &["regulated", "standard", "low"]),
        ("deadline", &["tight", "normal", "relaxed"]),
        ("architecture", &["microservices", "monolith", "undecided"]),
        ("compute", &["heavy", "light"]),
        ("experience", &["mixed", "senior"]),
        ("admin", &["needed", "not-needed"]),
        ("growth", &["unpredictable", "steady"]),
    ];
    let d = file();
    for (question, options) in contract {
        let q = d
            .question_index(question)
            .unwrap_or_else(|| panic!("question `{question}` is missing"));
        for option in *options {
            assert!(
                d.questions[q].option_index(option).is_some(),
                "option `{question}={option}` is missing"
            );
        }
    }
    let verdicts: Vec<&str> = d.verdicts.iter().map(|v| v.id.as_ref()).collect();
    assert_eq!(verdicts, ["node", "django", "hybrid"]);
    let candidates: Vec<&str> = d.candidates.iter().map(|c| c.id.as_ref()).collect();
    assert_eq!(candidates, ["node", "django"]);
}

#[test]
fn holds_the_whole_article() {
    let d = file();
    let core_rows: Vec<&str> = d
        .rows
        .iter()
        .filter(|r| r.core)
        .map(|r| r.feature.as_ref())
        .collect();
    assert_eq!(
        core_rows.len(),
        12,
        "the article's at-a-glance table has 12 rows"
    );
    // The factors argued in prose each have at least one row of their own.
    for section in [
        "performance",
        "dev-speed",
        "security",
        "scaling",
        "cost",
        "production",
        "deciding-factors",
    ] {
        assert!(
            d.rows.iter().any(|r| !r.core && r.section == section),
            "no prose row from section `{section}`"
        );
    }
    for factor in [
        "concurrency",
        "dev-speed",
        "default-protections",
        "scaling",
        "cost-build",
        "production-users",
        "ml-integration",
        "package-ecosystem",
        "team-composition",
    ] {
        assert!(d.row(factor).is_some(), "no row for `{factor}`");
    }
    assert_eq!(d.faq.len(), 8);
    for about in ["node", "django"] {
        let from_pros_cons = |claims: &[versus_core::model::Claim]| {
            claims
                .iter()
                .filter(|c| c.about == about && c.section == "pros-cons")
                .count()
        };
        assert_eq!(from_pros_cons(&d.pros), 5, "pros of {about}");
        assert_eq!(from_pros_cons(&d.cons), 5, "cons of {about}");
        assert_eq!(d.users.iter().filter(|u| u.about == about).count(), 5);
    }
    for about in ["node", "django", "hybrid"] {
        assert!(d.use_cases.iter().any(|u| u.about == about));
    }
    // Every row says which candidate the article favours, or that it favours neither.
    assert!(d.rows.iter().filter(|r| r.favours.is_some()).count() >= 15);
}

#[test]
fn every_option_explains_itself() {
    let d = file();
    for q in d.questions.iter() {
        assert!(q.help.is_some(), "question `{}` has no help text", q.id);
        for o in q.options.iter() {
            assert!(o.reason.len() > 30, "{}={} has a thin reason", q.id, o.id);
        }
    }
}

#[test]
fn points_go_only_where_the_reason_argues() {
    // An option that scores names the side it scores for in its reason,
    // and argues for one side only; one that does not score says it
    // favours neither (the points line under it says "No points either way").
    let d = file();
    for q in d.questions.iter() {
        for o in q.options.iter() {
            let sides: Vec<&str> = o
                .argues
                .iter()
                .map(|w| d.argument(&w.key).unwrap().favours.as_ref())
                .collect();
            if sides.is_empty() {
                assert!(
                    o.reason.contains("neither"),
                    "{}={} scores nothing but its reason does not say so: {}",
                    q.id,
                    o.id,
                    o.reason
                );
            }
            for side in &sides {
                assert_eq!(side, &sides[0], "{}={} argues for both sides", q.id, o.id);
                let name = &d.candidate(side).unwrap().name;
                assert!(
                    o.reason.contains(name.as_ref()),
                    "{}={} argues for {side} but its reason never names {name}",
                    q.id,
                    o.id
                );
            }
        }
    }
}

#[test]
fn a_highlighted_row_never_favours_the_side_the_reason_argues_against() {
    // An answer highlights its rows beside its reason: a row that favours
    // the other side would argue with the reason next to it (heavy
    // computation once lit the performance row, which favours Node.js,
    // under a reason for Django). A reason that argues for neither side
    // may light any row.
    let d = file();
    let mut checked = 0;
    for q in d.questions.iter() {
        for o in q.options.iter() {
            let Some(side) = o
                .argues
                .first()
                .map(|w| d.argument(&w.key).unwrap().favours.as_ref())
            else {
                continue;
            };
            for id in o.rows.iter() {
                let row = d.rows.iter().find(|r| r.id == *id).unwrap();
                if let Some(favours) = row.favours.as_deref() {
                    assert_eq!(
                        favours, side,
                        "{}={} argues for {side} but highlights `{id}`, which favours {favours}",
                        q.id, o.id
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 10, "only {checked} highlighted rows take a side");
}

#[test]
fn every_section_is_a_real_heading() {
    // Each section a fact cites is one of the article's headings, checked
    // against the committed fingerprint, so this runs on any clone.
    let headings = common::article_fingerprint().headings;
    assert!(
        headings.len() > 10,
        "the fingerprint has no headings: {}",
        common::FINGERPRINT
    );
    let d = file();
    let wrong: Vec<&str> = d
        .sections
        .iter()
        .filter(|s| !headings.contains(&common::heading_hash(&s.title)))
        .map(|s| s.title.as_ref())
        .collect();
    assert!(wrong.is_empty(), "not headings of the article: {wrong:?}");
}

#[test]
fn the_citation_check_catches_a_heading_the_article_does_not_have() {
    let headings = common::article_fingerprint().headings;
    // The name the dataset once gave the AI/ML and teams section.
    let planted = "Deciding factors: AI/ML, npm quality, team composition";
    assert!(!headings.contains(&common::heading_hash(planted)));
    // Case and punctuation aside, a real heading passes.
    assert!(headings.contains(&common::heading_hash("how well do they scale")));
}

#[test]
fn wording_is_our_own() {
    // No six words in a row of anything a reader sees match the article's
    // prose, once case and punctuation are set aside, with punctuation
    // either dropped inside words or breaking them.
    let runs = common::article_fingerprint().runs;
    assert!(
        runs.len() > 1000,
        "the article's fingerprint is missing or empty: {}",
        common::FINGERPRINT
    );
    let d = file();
    let mut copied = Vec::new();
    for text in reader_visible_text(&d) {
        for cut in [Cut::Joined, Cut::Split] {
            let words = common::words(text, cut);
            for window in words.windows(common::RUN) {
                if runs.contains(&common::run_hash(window)) {
                    copied.push(format!("\"{}\" in: {text}", window.join(" ")));
                }
            }
        }
    }
    assert!(copied.is_empty(), "copied from the article: {copied:#?}");
}

/// Whether the wording check finds a run of `text` in the article, cut one way.
fn caught(text: &str, cut: Cut) -> bool {
    let runs = common::article_fingerprint().runs;
    common::words(text, cut)
        .windows(common::RUN)
        .any(|w| runs.contains(&common::run_hash(w)))
}

#[test]
fn the_wording_check_catches_a_copy_either_way_it_is_punctuated() {
    // Re-punctuated and re-cased, a sentence of the article is caught
    // with punctuation dropped inside words...
    let repunctuated =
        "Its non-blocking architecture lets it handle THOUSANDS of concurrent connections!";
    assert!(caught(repunctuated, Cut::Joined));
    // ...and a phrase only six words long once hyphens split it is caught
    // with punctuation as a word break, which the other cut misses.
    let hyphenated = "built on an event-driven, non-blocking I/O model";
    assert!(caught(hyphenated, Cut::Split));
    assert!(!caught(hyphenated, Cut::Joined));
    // Our own wording passes.
    assert!(!caught(
        "Node.js keeps many connections open at once without waiting on each.",
        Cut::Split
    ));
}

#[test]
#[ignore = "needs the reference article: VERSUS_ARTICLE=path"]
fn article_fingerprint_matches_the_article() {
    let path = common::article_path().expect("VERSUS_ARTICLE names the reference article");
    let article = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("the reference article is not at {}: {e}", path.display()));
    let fresh = common::fingerprint_of(&article);
    if std::env::var_os("VERSUS_REGENERATE").is_some() {
        common::write_fingerprint(&fresh);
    }
    assert!(
        fresh == common::article_fingerprint(),
        "the article changed: regenerate with VERSUS_REGENERATE=1 cargo test -p versus-core --test dataset -- --ignored article_fingerprint"
    );
}

/// Every string a reader of the widget, the fallback or the CLI sees.
/// Section titles are left out: they are the article's headings, cited as
/// sources. Company names are facts.
fn reader_visible_text(d: &versus_core::Dataset) -> Vec<&str> {
    let mut out: Vec<&str> = vec![&d.title, &d.summary, &d.source.note];
    out.extend(d.sections.iter().filter_map(|s| s.hint.as_deref()));
    out.extend(
        d.candidates
            .iter()
            .flat_map(|c| [c.name.as_ref(), &c.tagline]),
    );
    out.extend(
        d.verdicts
            .iter()
            .flat_map(|v| [v.name.as_ref(), &v.headline]),
    );
    out.extend(
        d.verdicts
            .iter()
            .filter_map(|v| v.cost.as_ref())
            .map(|c| c.text.as_ref()),
    );
    out.extend(d.categories.iter().map(|c| c.name.as_ref()));
    for row in d.rows.iter() {
        out.push(&row.feature);
        out.extend(row.values.iter().map(|v| v.value.as_ref()));
        out.extend(row.note.as_deref());
    }
    out.extend(d.arguments.iter().map(|a| a.claim.as_ref()));
    for q in d.questions.iter() {
        out.push(&q.prompt);
        out.extend(q.help.as_deref());
        for o in q.options.iter() {
            out.push(&o.label);
            out.push(&o.reason);
            out.extend(o.condition.as_deref());
        }
    }
    for claims in [&d.pros, &d.cons, &d.use_cases] {
        out.extend(claims.iter().map(|c| c.text.as_ref()));
    }
    out.extend(d.users.iter().map(|u| u.usage.as_ref()));
    out.extend(d.faq.iter().flat_map(|f| [f.question.as_ref(), &f.answer]));
    out
}
