//! The widget's own words all come from its catalogue (`src/ui.rs`): the
//! app, rendered with a pseudo-language whose every message is marked, shows
//! no text of its own outside a message.
//!
//! The pseudo-language is English with its letters accented, about 40 %
//! longer (`~`) and each message wrapped in `⟦…⟧`, placeholders and plural
//! choices kept, so the test also shows that every message survives a
//! translator's catalogue file and longer words.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers, app_over, app_with, dataset};
use versus::config::{self, Config};
use versus::ui::{Ui, WordsRef};
use versus_core::say::Say;
use versus_core::words::{pseudo, Message, Words};

/// The pseudo-language as a catalogue file, read as any other language is,
/// and kept for the life of the test (as the widget keeps a language).
fn pseudo_words() -> &'static Words {
    let mut file = String::from("lang = en-XA\ndir = ltr\nplural = one: n = 1\n");
    let messages = Ui::ALL
        .iter()
        .map(|m| (m.key(), m.english()))
        .chain(Say::ALL.iter().map(|m| (m.key(), m.english())));
    for (key, english) in messages {
        file.push_str(&format!("{key} = {}\n", pseudo(english)));
    }
    let words = Words::parse(&file).unwrap_or_else(|e| panic!("{e}\n{file}"));
    assert_eq!(words.missing::<Ui>(), Vec::<&str>::new());
    assert_eq!(words.missing::<Say>(), Vec::<&str>::new());
    Box::leak(Box::new(words))
}

fn config(attributes: &[(&str, &str)], words: &'static Words) -> Config {
    Config {
        words: WordsRef(words),
        ..config::from_attributes(attributes)
            .expect("a bundled dataset")
            .0
    }
}

/// Every text of the dataset a reader can meet.
fn dataset_texts() -> Vec<String> {
    let d = dataset().get();
    let mut texts: Vec<&str> = vec![&d.title, &d.summary, &d.source.title, &d.source.note];
    for s in d.sections.iter() {
        texts.push(&s.title);
        texts.extend(s.hint.as_deref());
    }
    for c in d.candidates.iter() {
        texts.extend([&*c.name, &c.tagline]);
    }
    for v in d.verdicts.iter() {
        texts.extend([&*v.name, &v.headline]);
        texts.extend(v.cost.as_ref().map(|c| &*c.text));
    }
    texts.extend(d.categories.iter().map(|c| &*c.name));
    for r in d.rows.iter() {
        texts.push(&r.feature);
        texts.extend(r.values.iter().map(|v| &*v.value));
        texts.extend(r.note.as_deref());
    }
    texts.extend(d.arguments.iter().map(|a| &*a.claim));
    for q in d.questions.iter() {
        texts.push(&q.prompt);
        texts.extend(q.help.as_deref());
        for o in q.options.iter() {
            texts.extend([&*o.label, &o.reason]);
            texts.extend(o.condition.as_deref());
        }
    }
    for claim in d.pros.iter().chain(d.cons.iter()).chain(d.use_cases.iter()) {
        texts.push(&claim.text);
    }
    for u in d.users.iter() {
        texts.extend([&*u.name, &u.usage]);
    }
    for f in d.faq.iter() {
        texts.extend([&*f.question, &f.answer]);
    }
    texts.into_iter().map(str::to_string).collect()
}

/// The text a reader meets in the markup: its text nodes, and the
/// attributes read out or shown (labels, titles, placeholders, the table's
/// stacked-layout labels), entities decoded.
fn reader_text(html: &str) -> String {
    const SHOWN: [&str; 5] = [
        " aria-label=\"",
        " title=\"",
        " placeholder=\"",
        " alt=\"",
        " data-label=\"",
    ];
    let mut text = String::new();
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        text.push_str(&rest[..open]);
        let close = open + rest[open..].find('>').expect("a closed tag");
        let tag = &rest[open..close];
        for name in SHOWN {
            for (i, _) in tag.match_indices(name) {
                let value = &tag[i + name.len()..];
                text.push(' ');
                text.push_str(&value[..value.find('"').unwrap_or(value.len())]);
                text.push(' ');
            }
        }
        // Tags separate texts.
        text.push(' ');
        rest = &rest[close + 1..];
    }
    text.push_str(rest);
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}

/// The words of the markup outside every `⟦…⟧` message, once the texts of
/// the dataset and the report are taken out; none where there are none.
/// Whitespace, numbers, punctuation and symbols are not words.
fn stray_words(html: &str, known: &[String]) -> Option<String> {
    stray_in(reader_text(html), known)
}

/// The words of a text outside the markers, once the known texts are out.
fn stray_in(mut text: String, known: &[String]) -> Option<String> {
    let mut known: Vec<&String> = known.iter().filter(|k| !k.trim().is_empty()).collect();
    // The longest first: a name is also part of the sentences around it.
    known.sort_by_key(|k| std::cmp::Reverse(k.len()));
    for k in known {
        text = text.replace(k.as_str(), " ");
    }
    let mut depth = 0usize;
    let mut outside = String::new();
    for c in text.chars() {
        match c {
            '⟦' => depth += 1,
            '⟧' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(if c.is_alphabetic() { c } else { ' ' }),
            _ => {}
        }
    }
    let words: Vec<&str> = outside.split_whitespace().collect();
    (!words.is_empty()).then(|| words.join(" "))
}

#[test]
fn the_pseudo_language_keeps_every_placeholder() {
    assert_eq!(
        pseudo("Question {n} of {total}"),
        "⟦Qúéstíóñ {n} óf {total}~~~~~~~~~~⟧"
    );
    assert!(pseudo("{n, one {# answered} other {# answered}}")
        .starts_with("⟦{n, one {# áñswéréd} other {# áñswéréd}}~"));
    assert!(pseudo("all{neutral, =0 {} other { (# moved)}}")
        .starts_with("⟦áll{neutral, =0 {} other { (# móvéd)}}~"));
}

#[test]
fn the_check_finds_a_word_left_outside_the_catalogue() {
    let known = vec!["Node.js".to_string()];
    assert_eq!(stray_words("<p>⟦Báçk~⟧ Node.js, 3 · ✓</p>", &known), None);
    assert_eq!(
        stray_words("<p>⟦Báçk~⟧</p><button>Next</button>", &known),
        Some("Next".into())
    );
    assert_eq!(
        stray_words(r#"<ol aria-label="Questions"><li>⟦x⟧</li></ol>"#, &known),
        Some("Questions".into())
    );
}

/// An element's attributes, `(name, value)`.
type Attributes<'a> = &'a [(&'a str, &'a str)];

#[test]
fn every_word_of_the_views_comes_from_the_catalogue() {
    let words = pseudo_words();
    let d = dataset();
    let all: Vec<String> = d
        .questions
        .iter()
        .map(|q| format!("{}={}", q.id, q.options[0].id))
        .collect();
    let all: Vec<&str> = all.iter().map(String::as_str).collect();
    let all_but_last = &all[..all.len() - 1];
    let settled = [
        "team=python",
        "product=commerce",
        "realtime=none",
        "ai=none",
        "sensitivity=regulated",
        "deadline=tight",
        "architecture=monolith",
        "admin=needed",
    ];
    // The states tests/ssr.rs renders: sections and answers.
    let states: [(Attributes, &[&str]); 12] = [
        (&[], &[]),
        (&[], &["team=python", "ai=core"]),
        (
            &[("sections", "result,faq"), ("theme", "dark")],
            &["team=python"],
        ),
        (&[("sections", "quiz")], &["team=python", "product=data"]),
        (&[("sections", "quiz,result")], all_but_last),
        (&[("sections", "quiz")], all_but_last),
        (
            &[("sections", "result")],
            &["team=javascript", "realtime=core", "product=data"],
        ),
        (&[("sections", "result")], &all),
        (&[("sections", "result")], &["ai=core"]),
        (&[("sections", "result")], &["team=both"]),
        (&[("sections", "quiz,result")], &settled),
        (
            &[("sections", "quiz,result")],
            &["team=javascript", "realtime=core", "ai=core"],
        ),
    ];
    let from_data = dataset_texts();
    for (attributes, given) in states {
        let answers = answers(given);
        let html = app_with(config(attributes, words), &answers);
        assert!(html.contains('⟦'), "the pseudo-language is in use: {html}");
        // Every placeholder and plural choice was filled in.
        assert!(!reader_text(&html).contains(['{', '}', '#']), "{html}");
        // Text from the dataset is not ours: taken out before the check.
        // The report's words are (`Say`), pseudo too.
        if let Some(stray) = stray_words(&html, &from_data) {
            panic!("{attributes:?} {given:?}: words outside the catalogue: {stray}\n{html}");
        }
    }
    // A link's answers on view over the reader's own (the bar that offers
    // to go back to them, compare or take the link's).
    let (link, own) = (answers(&["team=python"]), answers(&["team=javascript"]));
    let html = app_over(config(&[], words), &link, Some(&own));
    assert!(html.contains(r#"class="viewing""#), "{html}");
    if let Some(stray) = stray_words(&html, &from_data) {
        panic!("viewing a link: words outside the catalogue: {stray}\n{html}");
    }
}

#[test]
fn every_word_of_the_decision_record_comes_from_the_catalogue() {
    let words = pseudo_words();
    let d = dataset();
    for given in [
        &["team=python", "ai=core", "realtime=core"][..],
        &["team=both"],
        &[],
    ] {
        let answers = answers(given);
        let report = versus_core::Engine::new(d.get()).evaluate(&answers);
        let record = versus_core::record::markdown(
            words,
            d.get(),
            &answers,
            &report,
            "https://blog.example/post#decide=team.python",
        );
        assert!(record.contains('⟦'), "{record}");
        // The dataset's text, its id and the link are not ours.
        let mut known = dataset_texts();
        known.push("https://blog.example/post#decide=team.python".into());
        known.push(d.id.to_string());
        if let Some(stray) = stray_in(record.clone(), &known) {
            panic!("{given:?}: words of the record outside the catalogue: {stray}\n{record}");
        }
    }
}
