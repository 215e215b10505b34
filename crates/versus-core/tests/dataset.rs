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
    sections.extend(d.rules.iter().map(|x| (x.id.as_ref(), x.section.as_ref())));
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
fn every_option_and_rule_explains_itself() {
    let d = dataset();
    for q in d.questions.iter() {
        for o in q.options.iter() {
            assert!(o.reason.len() > 30, "{}={} has a thin reason", q.id, o.id);
        }
    }
    for r in d.rules.iter() {
        assert!(r.reason.len() > 30, "rule {} has a thin reason", r.id);
    }
}

#[test]
fn wording_is_our_own() {
    // No sentence of eight or more words is copied from the article.
    let article = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../../shared/reference/000_b9000d360384c1d6.txt"),
    );
    let Ok(article) = article else {
        return; // the reference lives beside the checkout, not in it
    };
    let normal = |s: &str| {
        s.to_lowercase()
            .replace(['’', '‘'], "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let article = normal(&article);
    let ours = common::dataset_text();
    let mut copied = Vec::new();
    for line in ours.lines() {
        // Section titles are the article's headings, cited, not prose.
        let Some((key, value)) = line.split_once(" = \"") else {
            continue;
        };
        if key == "title" {
            continue;
        }
        let words: Vec<&str> = value.trim_end_matches('"').split_whitespace().collect();
        for window in words.windows(8) {
            let phrase = normal(&window.join(" "));
            if article.contains(&phrase) {
                copied.push(phrase);
            }
        }
    }
    assert!(copied.is_empty(), "copied from the article: {copied:#?}");
}
