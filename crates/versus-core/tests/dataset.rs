//! The Node.js vs Django dataset: complete, sourced, and keeping the
//! stable ids of PRODUCT.md's quiz contract.

mod common;

use common::dataset;

#[test]
fn loads_and_validates() {
    let d = dataset();
    assert_eq!(d.id, "node-vs-django");
    assert!(versus_core::validate(&d).is_empty());
}

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
    let d = dataset();
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
    let d = dataset();
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
fn every_fact_names_a_real_source_section() {
    let d = dataset();
    let mut sections: Vec<(&str, &str)> = Vec::new();
    sections.extend(
        d.candidates
            .iter()
            .map(|x| (x.id.as_ref(), x.section.as_ref())),
    );
    sections.extend(
        d.verdicts
            .iter()
            .map(|x| (x.id.as_ref(), x.section.as_ref())),
    );
    sections.extend(d.rows.iter().map(|x| (x.id.as_ref(), x.section.as_ref())));
    for q in d.questions.iter() {
        sections.extend(
            q.options
                .iter()
                .map(|x| (x.id.as_ref(), x.section.as_ref())),
        );
    }
    sections.extend(
        d.must_haves
            .iter()
            .map(|x| (x.answer.as_ref(), x.section.as_ref())),
    );
    sections.extend(
        d.rule_outs
            .iter()
            .map(|x| (x.answer.as_ref(), x.section.as_ref())),
    );
    for claims in [&d.pros, &d.cons, &d.use_cases] {
        sections.extend(claims.iter().map(|x| (x.id.as_ref(), x.section.as_ref())));
    }
    sections.extend(
        d.users
            .iter()
            .map(|x| (x.name.as_ref(), x.section.as_ref())),
    );
    sections.extend(d.faq.iter().map(|x| (x.id.as_ref(), x.section.as_ref())));
    assert!(sections.len() > 100);
    for (fact, section) in sections {
        assert!(
            d.section(section).is_some(),
            "`{fact}` cites unknown section `{section}`"
        );
    }
}

#[test]
fn every_option_must_have_and_rule_out_explains_itself() {
    let d = dataset();
    for q in d.questions.iter() {
        assert!(q.help.is_some(), "question `{}` has no help text", q.id);
        for o in q.options.iter() {
            assert!(o.reason.len() > 30, "{}={} has a thin reason", q.id, o.id);
        }
    }
    for m in d.must_haves.iter() {
        assert!(m.need.len() > 10, "must-have {} has a thin need", m.answer);
    }
    for r in d.rule_outs.iter() {
        assert!(
            r.reason.len() > 30,
            "rule-out {} has a thin reason",
            r.answer
        );
    }
}

#[test]
fn points_go_only_where_the_reason_argues() {
    // An option that scores says so with a verdict's name; one that does
    // not says it favours neither.
    let d = dataset();
    for q in d.questions.iter() {
        for o in q.options.iter() {
            let scored: Vec<&str> = o
                .points
                .iter()
                .filter(|p| p.value != 0.0)
                .map(|p| p.key.as_ref())
                .collect();
            if scored.is_empty() {
                let neutral = ["No points either way", "neither", "no points"];
                assert!(
                    neutral.iter().any(|n| o.reason.contains(n)),
                    "{}={} scores nothing but its reason does not say so: {}",
                    q.id,
                    o.id,
                    o.reason
                );
            }
            for verdict in scored {
                let name = &d.verdicts[d.verdict_index(verdict).unwrap()].name;
                assert!(
                    o.reason.contains(name.as_ref()),
                    "{}={} gives points to {verdict} but its reason never names {name}",
                    q.id,
                    o.id
                );
            }
        }
    }
}

#[test]
fn wording_is_our_own() {
    // No six words in a row of anything a reader sees match the article,
    // once case and punctuation are set aside. The article itself lives
    // beside the checkout, not in it; the check runs against its
    // fingerprint (see `article_fingerprint_matches_the_article`).
    let fingerprint = common::article_fingerprint();
    assert!(
        fingerprint.len() > 1000,
        "the article's fingerprint is missing or empty: {}",
        common::FINGERPRINT
    );
    let d = dataset();
    let mut copied = Vec::new();
    for text in reader_visible_text(&d) {
        let words = common::words(text);
        for window in words.windows(common::RUN) {
            if fingerprint.contains(&common::run_hash(window)) {
                copied.push(format!("\"{}\" in: {text}", window.join(" ")));
            }
        }
    }
    assert!(copied.is_empty(), "copied from the article: {copied:#?}");
}

#[test]
fn the_wording_check_catches_a_copied_sentence() {
    // The check itself can fail: a sentence of the article, lightly
    // re-punctuated, is caught.
    let fingerprint = common::article_fingerprint();
    let copied = common::words(
        "Its non-blocking architecture lets it handle THOUSANDS of concurrent connections!",
    );
    assert!(copied
        .windows(common::RUN)
        .any(|w| fingerprint.contains(&common::run_hash(w))));
}

#[test]
fn article_fingerprint_matches_the_article() {
    match common::article() {
        Some(article) => {
            let fresh = common::fingerprint_of(&article);
            if std::env::var_os("VERSUS_REGENERATE").is_some() {
                common::write_fingerprint(&fresh);
            }
            assert_eq!(
                fresh,
                common::article_fingerprint(),
                "the article changed: regenerate with VERSUS_REGENERATE=1 cargo test -p versus-core --test dataset article_fingerprint"
            );
        }
        None => eprintln!(
            "note: the reference article is not beside this checkout; the wording test uses the committed fingerprint"
        ),
    }
}

/// Every string a reader of the widget, the fallback or the CLI sees.
/// Section titles are left out: they are the article's headings, cited as
/// sources. Company names are facts.
fn reader_visible_text(d: &versus_core::Dataset) -> Vec<&str> {
    let mut out: Vec<&str> = vec![&d.title, &d.summary, &d.source.note];
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
    out.extend(d.categories.iter().map(|c| c.name.as_ref()));
    for row in d.rows.iter() {
        out.push(&row.feature);
        out.extend(row.values.iter().map(|v| v.value.as_ref()));
        out.extend(row.note.as_deref());
    }
    for q in d.questions.iter() {
        out.push(&q.prompt);
        out.extend(q.help.as_deref());
        for o in q.options.iter() {
            out.push(&o.label);
            out.push(&o.reason);
        }
    }
    out.extend(d.must_haves.iter().map(|m| m.need.as_ref()));
    out.extend(d.rule_outs.iter().map(|r| r.reason.as_ref()));
    for claims in [&d.pros, &d.cons, &d.use_cases] {
        out.extend(claims.iter().map(|c| c.text.as_ref()));
    }
    out.extend(d.users.iter().map(|u| u.usage.as_ref()));
    out.extend(d.faq.iter().flat_map(|f| [f.question.as_ref(), &f.answer]));
    out
}
