use std::path::Path;

use super::*;

/// The lines of the problems, each with where it is.
fn lines(outcome: &Outcome) -> Vec<(usize, String)> {
    outcome
        .problems
        .iter()
        .map(|p| (p.line, p.at.clone()))
        .collect()
}

#[test]
fn the_example_packs_to_what_the_loader_reads() {
    let outcome = check(EXAMPLE);
    assert_eq!(outcome.errors(), 0, "{:?}", outcome.problems);
    let loaded = load::from_str(Path::new("data/node-vs-django.toml"), EXAMPLE).unwrap();
    let packed = outcome.packed.as_deref().unwrap();
    assert_eq!(packed::decode(packed).unwrap(), loaded);
    // Exactly what `versus pack` writes.
    assert_eq!(packed, packed::encode(&loaded));
    let json = outcome.to_json();
    assert_eq!(json["ok"], true);
    assert_eq!(json["id"], "node-vs-django");
    assert_eq!(json["sets"], 1_574_640);
    let snippet = json["snippet"].as_str().unwrap();
    assert!(snippet.contains("<versus-widget src=\"/versus/node-vs-django.versus\">"));
    assert!(snippet.contains("<p><strong>Node.js or Django?</strong> Pick Node.js"));
    let inline = json["inline"].as_str().unwrap();
    assert!(inline.contains(packed));
    assert!(inline.contains("<script type=\"application/x-versus-pack\">"));
}

#[test]
fn the_skeleton_passes_every_check_without_a_warning() {
    let outcome = check(SKELETON);
    assert!(outcome.problems.is_empty(), "{:?}", outcome.problems);
    let d = outcome.dataset.as_ref().unwrap();
    assert_eq!(d.candidates.len(), 2);
    assert_eq!(d.questions.len(), 1);
    assert!(d.verdicts.len() >= 2);
}

#[test]
fn a_broken_dataset_gives_every_problem_with_its_line() {
    // Three mistakes in the skeleton: a quoted number, a misspelt field
    // and a reference to a section that does not exist.
    let broken = SKELETON
        .replace("decisive = 5", "decisive = \"5\"")
        .replace("help = \"The time of day", "hlep = \"The time of day")
        .replace(
            "tagline = \"Roasted beans brewed with hot water.\"\nsection = \"basics\"",
            "tagline = \"Roasted beans brewed with hot water.\"\nsection = \"basis\"",
        );
    let line = |needle: &str| broken.lines().position(|l| l.contains(needle)).unwrap() + 1;
    let outcome = check(&broken);
    assert!(outcome.packed.is_none() && outcome.dataset.is_none());
    assert_eq!(outcome.errors(), 3, "{:?}", outcome.problems);
    assert_eq!(
        lines(&outcome),
        vec![
            (line("decisive ="), "decision.decisive".to_string()),
            (
                line("section = \"basis\""),
                "candidates[1].section".to_string()
            ),
            (line("hlep ="), "questions[0].hlep".to_string()),
        ]
    );
    let json = outcome.to_json();
    assert_eq!(json["ok"], false);
    assert_eq!(json["problems"][0]["severity"], "error");
    assert_eq!(
        json["problems"][0]["message"],
        "a number is expected here; remove the quotes"
    );
    assert!(json.get("packed").is_none());
}

#[test]
fn syntax_errors_and_warnings_have_lines_too() {
    let outcome = check("id = \"x\"\ntitle = \n");
    assert!(outcome.errors() > 0);
    assert!(
        outcome.problems.iter().all(|p| p.line == 2),
        "{:?}",
        outcome.problems
    );

    // A section nothing cites is a warning: the dataset still packs.
    let extra = SKELETON.replacen(
        "[[candidates]]",
        "[[sections]]\nid = \"unused\"\ntitle = \"Unused\"\n\n[[candidates]]",
        1,
    );
    let outcome = check(&extra);
    assert_eq!((outcome.errors(), outcome.warnings()), (0, 1));
    assert!(outcome.packed.is_some());
    assert_eq!(outcome.to_json()["problems"][0]["severity"], "warning");
}

#[test]
fn an_empty_file_says_so() {
    let outcome = check("");
    assert_eq!(outcome.errors(), 1);
    assert!(outcome.problems[0].message.starts_with("the file is empty"));
    assert_eq!(outcome.problems[0].line, 1);
}

#[test]
fn the_audit_of_a_small_dataset_covers_every_answer_set() {
    let d = check(SKELETON).dataset.unwrap();
    let mut run = AuditRun::new(d);
    assert!(!run.sampled());
    assert!(run.step(1000));
    let s = run.summary();
    assert_eq!((s.total, s.evaluated, s.finished), (Some(2), 2, true));
    assert_eq!(s.coverage, "All 2 complete answer sets evaluated.");
    let verdicts: Vec<(&str, u64, &str)> = s
        .verdicts
        .iter()
        .map(|(name, share)| (name.as_str(), share.count, share.percent.as_str()))
        .collect();
    assert_eq!(
        verdicts,
        [
            ("Tea", 1, "50.0%"),
            ("Coffee", 1, "50.0%"),
            ("A tie", 0, "0.0%")
        ]
    );
    // The one question's answers weigh `decisive`: changing one describes
    // another project, not a change of degree, so both verdicts are strong.
    let firmness: Vec<u64> = s.firmness.iter().map(|(_, share)| share.count).collect();
    assert_eq!(firmness, [0, 0, 0, 2]);
    assert_eq!(s.breach_count, 0);
    let json = s.to_json();
    assert_eq!(json["verdicts"][0]["name"], "Tea");
    assert_eq!(json["finished"], true);
}

#[test]
fn a_large_space_is_sampled_evenly_in_steps() {
    let d = check(EXAMPLE).dataset.unwrap();
    let mut run = AuditRun::new(d);
    assert!(run.sampled());
    let total = 1_574_640;
    let indices: Vec<u64> = (0..SAMPLE).map(|k| run.index(k)).collect();
    assert!(indices.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(indices[0], total / (2 * SAMPLE));
    assert!(*indices.last().unwrap() < total);
    assert!(total - indices.last().unwrap() <= total / SAMPLE);

    assert!(!run.step(40));
    let s = run.summary();
    assert_eq!((s.evaluated, s.planned, s.finished), (40, SAMPLE, false));
    assert_eq!(
        s.coverage,
        "Sampling: 40 of 20,000 answer sets so far, evenly spaced through all 1,574,640."
    );
    assert_eq!(s.verdicts.iter().map(|(_, s)| s.count).sum::<u64>(), 40);
    assert_eq!(s.breach_count, 0);
}

#[test]
fn a_breach_of_the_anchor_rule_is_said_in_plain_words() {
    // Give the skeleton an anchor whose one answer the other outweighs:
    // a second question, weighed above the anchor's.
    let broken = SKELETON
        .replace("decisive = 5", "decisive = 5\nanchor = \"time\"")
        .replace("argues = { strong-start = 5 }", "argues = { strong-start = 10 }")
        + "\n[[questions]]\nid = \"mood\"\nprompt = \"How do you feel?\"\n\n\
           [[questions.options]]\nid = \"calm\"\nlabel = \"Calm\"\nreason = \"Calm wants calm.\"\nargues = { gentle = 20 }\nsection = \"basics\"\n\n\
           [[questions.options]]\nid = \"busy\"\nlabel = \"Busy\"\nreason = \"No reason.\"\nsection = \"basics\"\n";
    let outcome = check(&broken);
    // `validate` places the anchor rule in the file, so it is a problem...
    assert!(outcome.errors() > 0, "{:?}", outcome.problems);
    assert!(outcome
        .problems
        .iter()
        .any(|p| p.message.contains("outweighs the anchor")));
    // ...and the audit's pairwise check, worded for the page.
    let text = in_words(
        &check(SKELETON).dataset.unwrap(),
        &Breach {
            rule: Rule::Anchor,
            set: None,
            detail: "time=morning with only mood=calm gives tea".into(),
        },
    );
    assert_eq!(text, "One answer outweighs the anchor question `anchor`: time=morning with only mood=calm gives tea. Lower that answer's weights, or raise the anchor's.");
}

#[test]
fn numbers_are_grouped_by_thousands() {
    assert_eq!(grouped(0), "0");
    assert_eq!(grouped(999), "999");
    assert_eq!(grouped(1000), "1,000");
    assert_eq!(grouped(1_574_640), "1,574,640");
}

#[test]
fn the_german_edition_reads_as_a_translation_of_the_example() {
    let german = include_str!("../../../data/translations/node-vs-django.de.toml");
    let differences = crate::against_example(german);
    assert!(differences.iter().all(|d| !d.breaks()), "{differences:?}");
    // The example against itself: every text still the example's.
    let same = crate::against_example(crate::EXAMPLE);
    assert!(same.iter().all(|d| !d.breaks()) && same.len() > 100);
    // An id changed: it breaks.
    let broken = german.replacen("id = \"team\"", "id = \"crew\"", 1);
    assert!(
        crate::against_example(&broken).is_empty(),
        "it no longer validates: nothing to compare"
    );
}
