//! Server-side renders of the components from explicit props, natively:
//! the markup of each state a reader meets, against committed snapshots in
//! `tests/snapshots/`, plus what a snapshot cannot say (escaping, ordering,
//! the baked data being the file's projection).
//!
//! After an intended change to the views or the dataset, regenerate with
//! `VERSUS_REGENERATE=1 cargo test --test ssr` and read the diff.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers, app_with, dataset, render, store_with};
use versus::components::*;
use versus::config::{self, Config, Sections};
use versus::datasets::{self, DatasetRef};
use versus_core::words::ENGLISH;
use versus_core::{Answers, Dataset, Engine};

fn config(attributes: &[(&str, &str)]) -> Config {
    config::from_attributes(attributes)
        .expect("a bundled dataset")
        .0
}

/// The markup against `tests/snapshots/{name}.html`, one tag per line.
fn snapshot(name: &str, html: &str) {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(format!("{name}.html"));
    let text = html.replace("><", ">\n<") + "\n";
    if std::env::var_os("VERSUS_REGENERATE").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, &text).unwrap();
    }
    let expected = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (regenerate with VERSUS_REGENERATE=1)",
            file.display()
        )
    });
    if text != expected {
        let line = text
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| text.lines().count().min(expected.lines().count()));
        panic!(
            "{name}: the markup changed at line {}:\n  now: {}\n  was: {}\nsee {}; regenerate with VERSUS_REGENERATE=1 if intended",
            line + 1,
            text.lines().nth(line).unwrap_or("(end)"),
            expected.lines().nth(line).unwrap_or("(end)"),
            file.display()
        );
    }
}

#[test]
fn the_static_fallback() {
    let d = dataset();
    let html = render::<Fallback>(FallbackProps {
        dataset: d,
        words: Default::default(),
    });
    snapshot("fallback", &html);
    // Every row, with its note, and no controls.
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), d.rows.len());
    let notes = d.rows.iter().filter(|r| r.note.is_some()).count();
    assert_eq!(html.matches(r#"<span class="row-note">"#).count(), notes);
    assert!(!html.contains("<button") && !html.contains("aria-sort"));
}

#[test]
fn the_table_marks_touched_rows_and_offers_controls() {
    let d = dataset();
    let report = Engine::new(d.get()).evaluate(&answers(&["team=python"]));
    let html = render::<ComparisonTable>(ComparisonTableProps {
        dataset: d,
        touched: report.rows.clone(),
        controls: true,
    });
    snapshot("table-touched", &html);
    assert_eq!(html.matches("data-touched").count(), report.rows.len());
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
fn the_app_before_any_answer() {
    let html = app_with(config(&[]), &answers(&[]));
    // Every section, the static ones as their own snapshot shows them.
    let prose = versus::prose::render(dataset());
    let html = html
        .replace(&prose.pros_cons, "<!-- pros and cons -->")
        .replace(&prose.faq, "<!-- FAQ -->");
    snapshot("app-unanswered", &html);
}

#[test]
fn the_app_shows_only_the_sections_asked_for() {
    let html = app_with(
        config(&[("sections", "result,faq"), ("theme", "dark")]),
        &answers(&["team=python"]),
    );
    let html = html.replace(&versus::prose::render(dataset()).faq, "<!-- FAQ -->");
    snapshot("app-result-faq-dark", &html);
}

#[test]
fn the_quiz_resumes_at_the_first_unanswered_question() {
    let html = app_with(
        config(&[("sections", "quiz")]),
        &answers(&["team=python", "product=data"]),
    );
    snapshot("quiz-resumed", &html);
}

#[test]
fn the_last_question_leads_to_the_recommendation_when_it_is_shown() {
    let d = dataset();
    let all_but_last: Vec<String> = d
        .questions
        .iter()
        .take(d.questions.len() - 1)
        .map(|q| format!("{}={}", q.id, q.options[0].id))
        .collect();
    let at_last = answers(&all_but_last.iter().map(String::as_str).collect::<Vec<_>>());
    let with_result = app_with(config(&[("sections", "quiz,result")]), &at_last);
    snapshot("quiz-last-with-result", &with_result);
    assert!(with_result.contains(r#"class="next">See the recommendation</button>"#));
    // Without a result on screen there is nowhere to lead to.
    let quiz_only = app_with(config(&[("sections", "quiz")]), &at_last);
    assert!(!quiz_only.contains(r#"class="next""#), "{quiz_only}");
}

#[test]
fn the_result_explains_the_verdict() {
    let d = dataset();
    let a = answers(&["team=javascript", "realtime=core", "product=data"]);
    let report = Engine::new(d.get()).evaluate(&a);
    let html = app_with(config(&[("sections", "result")]), &a);
    snapshot("result-node", &html);
    // The verdict can take focus and is a live region.
    let verdict = html
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
    // A reason a line each, with its source; a score a line each.
    assert_eq!(
        html.matches(r#"<p class="cause">"#).count(),
        report.reasons.len()
    );
    assert_eq!(
        html.matches(r#"class="score-value""#).count(),
        d.verdicts.len()
    );
}

#[test]
fn reasons_that_moved_points_come_first_and_the_rest_fold() {
    let d = dataset();
    // Every question answered: more reasons than a phone screen holds.
    let all: Vec<String> = d
        .questions
        .iter()
        .map(|q| format!("{}={}", q.id, q.options[0].id))
        .collect();
    let a = answers(&all.iter().map(String::as_str).collect::<Vec<_>>());
    let report = Engine::new(d.get()).evaluate(&a);
    let html = app_with(config(&[("sections", "result")]), &a);
    let moved = |r: &versus_core::report::Reason<'_>| r.points.iter().any(|p| p.abs() > 1e-9);
    let moving = report.reasons.iter().filter(|r| moved(r)).count();
    let neutral = report.reasons.len() - moving;
    assert!(
        moving > 3 && neutral > 0,
        "{moving} moving, {neutral} neutral"
    );
    // Every reason is in one list; past the first two, each is marked
    // to fold behind one button, the moving ones before the neutral ones.
    assert_eq!(
        html.matches(r#"<p class="cause">"#).count(),
        report.reasons.len()
    );
    let items: Vec<&str> = html
        .split(r#"<ol id="versus-reasons""#)
        .nth(1)
        .and_then(|list| list.split("</ol>").next())
        .expect("the reasons list")
        .split("<li")
        .skip(1)
        .collect();
    assert_eq!(items.len(), report.reasons.len());
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item.starts_with(" data-more"), i >= 2, "item {i}: {item}");
    }
    let more = format!(
        "Show all {} reasons in full ({neutral} moved no points)",
        report.reasons.len()
    );
    assert!(html.contains(&more), "{more}");
    let first = items[..2].concat();
    // The first two are the heaviest, and no neutral one comes before a
    // moving one.
    let weight =
        |r: &versus_core::report::Reason<'_>| r.points.iter().fold(0.0_f64, |m, p| m.max(p.abs()));
    let mut weights: Vec<f64> = report
        .reasons
        .iter()
        .filter(|r| moved(r))
        .map(weight)
        .collect();
    weights.sort_by(|x, y| y.total_cmp(x));
    for reason in report.reasons.iter().filter(|r| weight(r) > weights[2]) {
        assert!(
            first.contains(reason.text),
            "{} is among the heaviest",
            reason.text
        );
    }
}

#[test]
fn a_source_whose_heading_needs_a_hint_gets_it() {
    let a = answers(&["ai=core"]);
    let report = Engine::new(dataset().get()).evaluate(&a);
    let source = report.reasons[0].source;
    let html = app_with(config(&[("sections", "result")]), &a);
    let hint = source.hint.expect("the section on AI has a hint");
    assert!(html.contains(&format!("Source: <cite>{} ({hint})</cite>", source.title)));
}

#[test]
fn a_tie_names_both_and_recommends_neither() {
    let html = app_with(config(&[("sections", "result")]), &answers(&["team=both"]));
    snapshot("result-tie", &html);
    assert!(!html.contains("Build it on"), "{html}");
    assert_eq!(html.matches(r#"<li data-leads="">"#).count(), 2);
}

/// The bundled dataset file, loaded whole, with one edit.
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
    let file = loaded(Some(("Django", HOSTILE)));
    assert!(file.faq.iter().any(|f| f.answer.contains("<script>")));
    let bundle = DatasetRef(Box::leak(Box::new(file.clone())));
    let config = Config {
        dataset: bundle,
        ..config(&[])
    };
    let initial = Answers::parse(
        bundle.get(),
        ["team=python", "realtime=core", "compute=heavy"],
    )
    .unwrap();
    let html = app_with(config, &initial);
    let fallback = render::<Fallback>(FallbackProps {
        dataset: bundle,
        words: Default::default(),
    });
    for html in [html, fallback] {
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
fn each_bundled_dataset_is_its_file() {
    // What the widget reads (its copy and the whole file, packed by the
    // build) is exactly what the file says, nothing added, nothing lost.
    assert_eq!(datasets::PACKS.len(), datasets::FILES.len());
    for (id, text) in datasets::FILES {
        let file = versus_core::load::from_str(std::path::Path::new(id), text)
            .unwrap_or_else(|e| panic!("{e}"));
        let bundled = datasets::find(id).expect("every file is bundled");
        assert_eq!(*bundled.0, file, "{id}");
    }
    // And the app shows the static sections the file holds.
    let prose = versus::prose::render(dataset());
    let html = app_with(config(&[("sections", "pros-cons,faq")]), &answers(&[]));
    assert!(html.contains(&prose.pros_cons) && html.contains(&prose.faq));
    assert_eq!(
        prose.faq.matches("<details>").count(),
        loaded(None).faq.len()
    );
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
    assert!(Engine::new(dataset().get()).evaluate(&settled).settled);
    let html = app_with(config(&[("sections", "quiz,result")]), &settled);
    snapshot("quiz-settled", &html);
    assert!(!html.contains("data-open"), "{html}");

    // Not settled: the open questions are outlined, and only they.
    let early = answers(&["team=javascript", "realtime=core", "ai=core"]);
    let report = Engine::new(dataset().get()).evaluate(&early);
    let html = app_with(config(&[("sections", "quiz,result")]), &early);
    snapshot("quiz-open", &html);
    assert!(!report.settled && !report.open.is_empty());
    assert_eq!(html.matches(r#"data-open="""#).count(), report.open.len());
    // Nothing answered: no result to change, nothing outlined.
    let html = app_with(config(&[("sections", "quiz,result")]), &answers(&[]));
    assert!(!html.contains("data-open"));
}

#[test]
fn an_idle_app_renders_nothing() {
    let config = config(&[]);
    let store = store_with(&config, &answers(&["team=python"]), None);
    let html = render::<App>(AppProps {
        config,
        store,
        on_notice: Default::default(),
        mount: 1,
        idle: true,
    });
    assert_eq!(html, "");
}

#[test]
fn sources_link_to_their_section_where_the_source_is_online() {
    // The bundled dataset names no address: sources are text.
    let plain = app_with(config(&[]), &answers(&["team=python", "ai=core"]));
    assert!(plain.contains("Source: <cite>"), "sources are shown");
    assert!(!plain.contains("source-link"), "no address, no link");
    // One that names its address and the performance heading's id: every
    // source links there, in the result, the table, and the FAQ.
    let file = loaded(Some((
        "note = \"Facts, figures and verdicts from the article; every sentence is ours.\"",
        "note = \"Facts, figures and verdicts from the article; every sentence is ours.\"\nurl = \"https://blog.example/node-vs-django\"",
    )));
    let mut file = file.clone();
    for section in file.sections.to_mut() {
        section.anchor = Some(section.id.clone());
    }
    let file: &'static Dataset = Box::leak(Box::new(file));
    let bundle = DatasetRef(Box::leak(Box::new(file.clone())));
    let config = Config {
        dataset: bundle,
        ..config(&[])
    };
    let initial = Answers::parse(bundle.get(), ["team=python", "compute=heavy"]).unwrap();
    let report = Engine::new(bundle.get()).evaluate(&initial);
    let html = app_with(config, &initial);
    for reason in &report.reasons {
        let href = format!(
            r#"href="https://blog.example/node-vs-django#{}""#,
            reason.section
        );
        assert!(html.contains(&href), "{href}");
    }
    let row = &file.rows[0];
    let in_table = html
        .split(r#"<span class="row-source">"#)
        .nth(1)
        .and_then(|rest| rest.split("</span>").next())
        .expect("a row's source");
    let href = format!(
        r#"href="https://blog.example/node-vs-django#{}""#,
        row.section
    );
    assert!(in_table.contains(&href), "{in_table}");
    assert!(in_table.contains(r#"class="source-link""#), "{in_table}");
    assert!(versus::prose::render(bundle)
        .faq
        .contains(r#"href="https://blog.example/node-vs-django#"#));
    // The decision record names the address too.
    let record = versus_core::record::markdown(&ENGLISH, bundle.get(), &initial, &report, "");
    assert!(record.contains("- Source: [Node.js vs Django: which backend should you pick?](<https://blog.example/node-vs-django>)"), "{record}");
    assert!(
        record.contains("](<https://blog.example/node-vs-django#"),
        "{record}"
    );
}

/// The text as the markup escapes it.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[test]
fn the_widget_says_in_each_shipped_language_what_the_command_line_says() {
    // Each language the repository ships (data/words/<lang>.txt), with the
    // bundled dataset's translation, packed as the release packs them and
    // read as the widget reads them.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(root.join("data/words"))
        .into_iter()
        .flatten()
        .flatten()
    {
        let catalogue = std::fs::read_to_string(entry.path()).unwrap();
        let lang = entry
            .path()
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_string();
        let file = root.join(format!("data/translations/node-vs-django.{lang}.toml"));
        let translation = versus_core::load::from_file(&file).unwrap_or_else(|e| panic!("{e}"));
        let lines: Vec<versus_core::model::Text> = catalogue
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| l.to_string().into())
            .collect();
        let pack = versus_core::packed::encode_with_words(&translation, &lines);
        let shown = datasets::unpack(&pack).expect("the release's pack reads");
        assert_eq!(shown.words.lang, lang);
        let config = Config {
            dataset: shown.dataset,
            words: versus::ui::WordsRef(shown.words),
            ..config(&[])
        };
        let answers = Answers::parse(
            shown.dataset.get(),
            ["team=python", "ai=core", "realtime=core"],
        )
        .unwrap();
        let html = app_with(config, &answers);
        let dir = if shown.words.rtl { "rtl" } else { "ltr" };
        assert!(
            html.contains(&format!(r#"lang="{lang}" dir="{dir}""#)),
            "{html}"
        );
        let report = Engine::new(shown.dataset.get()).evaluate(&answers);
        let words = shown.words;
        for line in [report.title(words), report.firmness_line(words)]
            .into_iter()
            .chain(report.weighed_most_line(words))
        {
            assert!(html.contains(&escaped(&line)), "{lang}: {line}\n{html}");
        }
        // None of the English the widget would otherwise say.
        for english in ["Your project", "Recommendation", "What would change this"] {
            assert!(!html.contains(&format!(">{english}<")), "{lang}: {english}");
        }
    }
}
