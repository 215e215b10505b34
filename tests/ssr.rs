//! Server-side renders of the components from explicit props, natively.

#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;
use std::rc::Rc;

use versus::components::*;
use versus::config::{self, Config, Sections};
use versus::datasets::{self, DatasetRef};
use versus::saved::{MemoryStore, SharedStore};
use versus_core::{Answers, Dataset, Engine};
use yew::{BaseComponent, LocalServerRenderer};

fn dataset() -> DatasetRef {
    DatasetRef(datasets::find("node-vs-django").expect("the dataset is bundled"))
}

fn render<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn config(attributes: &[(&str, &str)]) -> Config {
    config::from_attributes(attributes).0
}

fn answers(pairs: &[&str]) -> Answers {
    Answers::parse(&dataset(), pairs.iter().copied()).unwrap()
}

/// A store whose fragment holds these answers for this configuration, as
/// a shared link would.
fn store_with(config: &Config, answers: &Answers) -> SharedStore {
    let fragment = format!("{}={}", config.key, answers.encode(config.dataset.0));
    versus::shared::Shared(Rc::new(MemoryStore {
        fragment: RefCell::new(fragment),
        url: "https://blog.example/post".into(),
        ..MemoryStore::default()
    }))
}

/// The whole app, with these attributes, restoring these answers.
fn app_with(config: Config, answers: &Answers) -> String {
    let store = store_with(&config, answers);
    render::<App>(AppProps {
        config,
        store,
        on_notice: Default::default(),
        mount: 1,
        idle: false,
    })
}

#[test]
fn table_has_a_caption_header_scopes_and_every_row() {
    let html = render::<ComparisonTable>(ComparisonTableProps {
        dataset: dataset(),
        touched: Vec::new(),
        controls: false,
    });
    assert!(
        html.contains("<caption>How Node.js and Django compare"),
        "{html}"
    );
    assert!(html.contains(r#"<th scope="col">Feature</th><th scope="col">Node.js</th><th scope="col">Django</th><th scope="col">Category</th>"#), "{html}");
    assert_eq!(html.matches("<tr data-row=").count(), dataset().rows.len());
    assert_eq!(
        html.matches(r#"<th scope="row">"#).count(),
        dataset().rows.len()
    );
    assert!(html.contains(r#"<td data-label="Node.js" data-favoured=""><span class="value"><span aria-hidden="true" class="mark">✓ </span><span class="vh">Favoured: </span>More than 23 million developers</span></td>"#), "{html}");
    // The static table has no controls.
    assert!(!html.contains("<button"));
    assert!(!html.contains("aria-sort"));
}

#[test]
fn table_highlights_touched_rows_and_offers_controls() {
    let d = dataset();
    let report = Engine::new(d.0).evaluate(&answers(&["team=python"]));
    let html = render::<ComparisonTable>(ComparisonTableProps {
        dataset: d,
        touched: report.rows.clone(),
        controls: true,
    });
    assert!(
        html.contains(r#"<tr data-row="team-composition" data-touched="">"#),
        "{html}"
    );
    assert!(html.contains("(touched by your answers)"));
    assert!(html.contains("highlighted rows are the ones your answers touched"));
    // One filter per category plus "All", two sortable columns.
    assert_eq!(
        html.matches(r#"class="chip""#).count(),
        d.categories.len() + 1
    );
    assert_eq!(html.matches(r#"aria-sort="none""#).count(), 2);
}

#[test]
fn table_rows_filter_and_sort() {
    let d = dataset();
    let ecosystem = d.categories.iter().position(|c| c.id == "ecosystem");
    let ids = |sort| -> Vec<String> {
        ordered_rows(&d, ecosystem, sort)
            .iter()
            .map(|r| r.id.to_string())
            .collect()
    };
    let ascending = [
        "community",
        "team-composition",
        "hiring",
        "job-market",
        "licence",
        "package-ecosystem",
        "production-users",
    ];
    assert_eq!(ids(Sort::Feature { descending: false }), ascending);
    let mut descending = ascending;
    descending.reverse();
    assert_eq!(ids(Sort::Feature { descending: true }), descending);
    // Without a filter, every row; by category, grouped in category order.
    let all = ordered_rows(&d, None, Sort::Category { descending: false });
    assert_eq!(all.len(), d.rows.len());
    let positions: Vec<usize> = all
        .iter()
        .map(|r| {
            d.categories
                .iter()
                .position(|c| c.id == r.category)
                .unwrap()
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] <= w[1]), "{positions:?}");
}

#[test]
fn app_shows_every_section_by_default() {
    let html = app_with(config(&[]), &answers(&[]));
    for part in [
        "part=\"quiz\"",
        "part=\"result\"",
        "part=\"table\"",
        "part=\"pros-cons\"",
        "part=\"faq\"",
    ] {
        assert!(html.contains(part), "{part} missing");
    }
    assert!(html.contains("Answer a question to see a recommendation."));
    assert!(html.contains(&format!("Question 1 of {}", dataset().questions.len())));
    assert!(html.contains("data-theme=\"auto\""));
}

#[test]
fn app_shows_only_the_sections_asked_for() {
    let html = app_with(
        config(&[("sections", "result,faq"), ("theme", "dark")]),
        &answers(&["team=python"]),
    );
    assert!(html.contains("part=\"result\"") && html.contains("part=\"faq\""));
    assert!(!html.contains("part=\"quiz\"") && !html.contains("part=\"table\""));
    assert!(html.contains("data-theme=\"dark\""));
}

#[test]
fn quiz_is_a_labelled_radio_group_with_progress() {
    let d = dataset();
    let html = app_with(
        config(&[("sections", "quiz")]),
        &answers(&["team=python", "product=data"]),
    );
    // Resumes at the first unanswered question (the third).
    assert!(
        html.contains(&format!("Question 3 of {}", d.questions.len())),
        "{html}"
    );
    assert!(html.contains("2 answered"));
    assert!(html.contains(&format!("<legend>{}</legend>", d.questions[2].prompt)));
    assert_eq!(html.matches(r#"type="radio" name="realtime""#).count(), 3);
    assert!(html.contains(r#"aria-current="step""#));
    assert!(html.contains(
        r#"aria-label="Question 1: Which language does your team already write every day? (answered)""#
    ));
    assert!(html.contains("Skip"));
}

#[test]
fn the_last_question_leads_to_the_recommendation_when_it_is_shown() {
    let all_but_last: Vec<String> = dataset()
        .questions
        .iter()
        .take(dataset().questions.len() - 1)
        .map(|q| format!("{}={}", q.id, q.options[0].id))
        .collect();
    let at_last = answers(&all_but_last.iter().map(String::as_str).collect::<Vec<_>>());
    let with_result = app_with(config(&[("sections", "quiz,result")]), &at_last.clone());
    let count = dataset().questions.len();
    assert!(
        with_result.contains(&format!("Question {count} of {count}")),
        "{with_result}"
    );
    assert!(with_result.contains(r#"class="next">See the recommendation</button>"#));
    assert!(!with_result.contains(">Skip<") && !with_result.contains(">Next<"));
    // The verdict can take focus (tabindex -1) and is a live region.
    let verdict = with_result
        .split("<div ")
        .find(|tag| tag.contains(r#"class="verdict""#))
        .and_then(|tag| tag.split('>').next())
        .expect("a verdict element");
    for attribute in [
        r#"tabindex="-1""#,
        r#"role="status""#,
        r#"aria-live="polite""#,
    ] {
        assert!(verdict.contains(attribute), "{verdict}");
    }
    // Without a result on screen there is nowhere to lead to.
    let quiz_only = app_with(config(&[("sections", "quiz")]), &at_last);
    assert!(!quiz_only.contains("class=\"next\""), "{quiz_only}");
}

#[test]
fn result_explains_the_verdict() {
    let d = dataset();
    let a = answers(&["team=javascript", "realtime=core", "product=data"]);
    let report = Engine::new(d.0).evaluate(&a);
    let html = app_with(config(&[("sections", "result")]), &a);
    assert!(
        html.contains(r#"role="status" aria-live="polite""#),
        "{html}"
    );
    assert!(
        html.contains("<p class=\"verdict-name\">Node.js</p>"),
        "{html}"
    );
    assert!(html.contains("Build it on Node.js."));
    // How firm, by how much, and what weighed most: all from the report.
    let mut firmness = String::from(report.decisiveness.sentence());
    firmness.push(' ');
    firmness.push_str(&report.margin_line().unwrap());
    assert!(
        html.contains(&format!("<p class=\"decisiveness\">{firmness}</p>")),
        "{html}"
    );
    assert!(html.contains(&format!(
        "<p class=\"weighed-most\">{}</p>",
        report.weighed_most_line().unwrap()
    )));
    // One list item per verdict score, the leader marked, and what the
    // hybrid pays, a line each.
    assert_eq!(html.matches("class=\"score-name\"").count(), 3);
    assert!(html.contains("<li data-leads=\"\"><span class=\"score-name\">Node.js</span>"));
    let hybrid = &report.scores[2];
    assert!(!hybrid.notes().is_empty());
    for note in hybrid.notes() {
        assert!(
            html.contains(&format!("<span class=\"score-note\">{note}</span>")),
            "{note}"
        );
    }
    // Each reason shows the answer behind it, its points and its source.
    assert_eq!(
        html.matches("<p class=\"cause\">").count(),
        report.reasons.len()
    );
    assert!(html.contains("Which language does your team already write every day? <strong>JavaScript or TypeScript</strong>"), "{html}");
    assert!(html.contains(&format!(
        "<span class=\"points\">{}</span>",
        report.reasons[0].points_text
    )));
    // A section whose heading needs a hint gets it.
    let ml = Engine::new(d.0).evaluate(&answers(&["ai=core"]));
    let source = ml.reasons[0].source;
    let html_ml = app_with(config(&[("sections", "result")]), &answers(&["ai=core"]));
    assert!(html_ml.contains(&format!(
        "Source: <cite>{} ({})</cite>",
        source.title,
        source.hint.unwrap()
    )));
    // The caveat the data-heavy product raises, and computed flips, the
    // different projects said to be so.
    assert!(html.contains(report.caveats[0].text), "{html}");
    assert!(html.contains("What would change this"));
    assert!(html.contains(" only for a different project: if you answered "));
    assert!(html.contains("Try it"));
    // The link restores these answers on the page.
    let version = versus_core::share::version(d.0);
    assert!(html.contains(&format!("value=\"https://blog.example/post#node-vs-django=team.javascript,product.data,realtime.core,@{version}\"")), "{html}");
    // The decision record's button, and the comparison with colleagues.
    assert!(html.contains(">Copy as Markdown</button>"));
    assert!(html.contains("<summary>Compare with a colleague</summary>"));
    assert!(html.contains(">Copy link</button>"));
}

#[test]
fn a_tie_names_both_and_recommends_neither() {
    let html = app_with(config(&[("sections", "result")]), &answers(&["team=both"]));
    assert!(
        html.contains("<p class=\"verdict-name\">A tie: Node.js and Django</p>"),
        "{html}"
    );
    assert!(html.contains("Too close to call"));
    assert!(!html.contains("Build it on"), "{html}");
    assert_eq!(html.matches("<li data-leads=\"\">").count(), 2);
}

#[test]
fn the_static_table_shows_the_notes_rows_carry() {
    let html = render::<Fallback>(FallbackProps { dataset: dataset() });
    let d = dataset();
    let notes: Vec<&str> = d.rows.iter().filter_map(|r| r.note.as_deref()).collect();
    assert_eq!(
        html.matches("<span class=\"row-note\">").count(),
        notes.len(),
        "{html}"
    );
    for note in notes {
        assert!(html.contains(note), "{note}");
    }
}

/// The bundled dataset file, loaded whole (the baked copy leaves out what
/// only the pre-rendered sections read).
fn loaded(replace: Option<(&str, &str)>) -> &'static Dataset {
    let file = concat!(env!("CARGO_MANIFEST_DIR"), "/data/node-vs-django.toml");
    let mut text = std::fs::read_to_string(file).expect("the dataset file");
    if let Some((from, to)) = replace {
        text = text.replace(from, to);
    }
    let dataset = versus_core::load::from_str(std::path::Path::new(file), &text)
        .unwrap_or_else(|e| panic!("{e}"));
    Box::leak(Box::new(dataset))
}

#[test]
fn text_from_data_is_escaped_everywhere() {
    // Every human-readable mention of Django (names, labels, reasons, rows,
    // pros, cons, FAQ) becomes markup a careless view would execute.
    const HOSTILE: &str = "Django<script>alert(1)</script><img src=x onerror=alert(2)>";
    let d = loaded(Some(("Django", HOSTILE)));
    assert!(d.faq.iter().any(|f| f.answer.contains("<script>")));
    let config = Config {
        dataset: DatasetRef(d),
        ..config(&[])
    };
    let initial = Answers::parse(d, ["team=python", "realtime=core", "compute=heavy"]).unwrap();
    let prose = versus::prose::render(d);
    let pages = [
        app_with(config, &initial),
        render::<Fallback>(FallbackProps {
            dataset: DatasetRef(d),
        }),
        prose.pros_cons,
        prose.faq,
    ];
    for html in pages {
        assert!(
            html.contains("Django&lt;script&gt;alert(1)&lt;/script&gt;"),
            "{html}"
        );
        assert!(
            !html.contains("<script") && !html.contains("<img"),
            "{html}"
        );
    }
}

#[test]
fn the_baked_static_sections_are_the_dataset_rendered() {
    let d = loaded(None);
    let baked = versus::datasets::prose(d).expect("a bundled dataset");
    let fresh = versus::prose::render(d);
    assert_eq!(baked.pros_cons, fresh.pros_cons);
    assert_eq!(baked.faq, fresh.faq);
    assert_eq!(fresh.faq.matches("<details>").count(), d.faq.len());
    for part in [
        r#"part="pros-cons""#,
        "<h4>Node.js</h4>",
        "<h4>Django</h4>",
        "<h4>Hybrid</h4>",
        "LinkedIn, Netflix, Uber, PayPal, NASA",
    ] {
        assert!(fresh.pros_cons.contains(part), "{part} missing");
    }
    // The app inserts them as they are.
    let html = app_with(config(&[("sections", "pros-cons,faq")]), &answers(&[]));
    assert!(html.contains(baked.pros_cons) && html.contains(baked.faq));
}

#[test]
fn sections_attribute_parsing_is_shared_with_the_element() {
    let c = config(&[("sections", "table")]);
    assert!(c.sections.has(Sections::TABLE) && !c.sections.has(Sections::QUIZ));
}

#[test]
fn the_quiz_says_when_nothing_left_can_change_the_result() {
    let settled = answers(&[
        "team=python",
        "product=commerce",
        "realtime=none",
        "ai=none",
        "sensitivity=regulated",
        "deadline=tight",
        "architecture=monolith",
        "admin=needed",
    ]);
    let report = Engine::new(dataset().0).evaluate(&settled);
    assert!(report.settled);
    let html = app_with(config(&[("sections", "quiz,result")]), &settled);
    assert!(
        html.contains("<p role=\"status\" class=\"outlook\">Your remaining answers can't change this. <button type=\"button\" class=\"finish\">See the recommendation</button></p>"),
        "{html}"
    );
    assert!(!html.contains("data-open"), "{html}");

    // Not settled: the open questions are outlined, and only they.
    let early = answers(&["team=javascript", "realtime=core", "ai=core"]);
    let report = Engine::new(dataset().0).evaluate(&early);
    let html = app_with(config(&[("sections", "quiz,result")]), &early);
    assert!(!report.settled && !report.open.is_empty());
    assert_eq!(
        html.matches("data-open=\"\"").count(),
        report.open.len(),
        "{html}"
    );
    assert!(html.contains(report.outlook_line().unwrap()));
    // Nothing answered: no result to change, nothing outlined.
    let html = app_with(config(&[("sections", "quiz,result")]), &answers(&[]));
    assert!(!html.contains("data-open"));
}

#[test]
fn an_idle_app_renders_nothing() {
    let config = config(&[]);
    let store = store_with(&config, &answers(&["team=python"]));
    let html = render::<App>(AppProps {
        config,
        store,
        on_notice: Default::default(),
        mount: 1,
        idle: true,
    });
    assert_eq!(html, "");
}
