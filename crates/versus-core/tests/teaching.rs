//! Validation that teaches: a table of broken datasets, each problem
//! asserted with its line, its path and its advice, all found in one run.

use std::path::Path;

use versus_core::load::{self, Located, Severity};

/// A small, valid dataset written for these tests (not from `data/`).
const BASE: &str = r#"id = "tiny"
title = "Tea or coffee?"
summary = "Tea for calm afternoons, coffee for early starts."

[source]
title = "A made-up guide"
note = "Invented for tests."

[decision]
anchor = "habit"
decisive = 5

[[sections]]
id = "guide"
title = "The guide"

[[candidates]]
id = "tea"
name = "Tea"
tagline = "Leaves in hot water."
section = "guide"

[[candidates]]
id = "coffee"
name = "Coffee"
tagline = "Ground beans in hot water."
section = "guide"

[[verdicts]]
id = "tea"
name = "Tea"
candidate = "tea"
headline = "Make tea."
section = "guide"

[[verdicts]]
id = "coffee"
name = "Coffee"
candidate = "coffee"
headline = "Make coffee."
section = "guide"

[[verdicts]]
id = "both"
name = "Both"
combines = ["tea", "coffee"]
headline = "Make a pot of each."
section = "guide"

[verdicts.cost]
weight = 2
text = "Two pots to wash"
section = "guide"

[[categories]]
id = "taste"
name = "Taste"

[[rows]]
id = "caffeine"
feature = "Caffeine"
category = "taste"
values = { tea = "Some", coffee = "A lot" }
favours = "coffee"
section = "guide"

[[arguments]]
id = "habit-tea"
favours = "tea"
scope = "project"
claim = "you already drink tea"
section = "guide"

[[arguments]]
id = "habit-coffee"
favours = "coffee"
scope = "project"
claim = "you already drink coffee"
section = "guide"

[[arguments]]
id = "early"
favours = "coffee"
scope = "part"
claim = "an early start"
section = "guide"

[[arguments]]
id = "calm"
favours = "tea"
scope = "part"
claim = "a calm afternoon"
section = "guide"

[[questions]]
id = "habit"
prompt = "What do you drink now?"
help = "Your habit weighs most."

[[questions.options]]
id = "tea"
label = "Tea"
reason = "A tea drinker is at home with Tea."
argues = { habit-tea = 10 }
section = "guide"

[[questions.options]]
id = "coffee"
label = "Coffee"
reason = "A coffee drinker is at home with Coffee."
argues = { habit-coffee = 10 }
section = "guide"

[[questions.options]]
id = "neither"
label = "Neither"
reason = "No habit favours either."
section = "guide"

[[questions]]
id = "morning"
prompt = "Do you start early?"
help = "Before seven."

[[questions.options]]
id = "yes"
label = "Yes"
reason = "An early start calls for Coffee."
argues = { early = 6 }
rows = ["caffeine"]
section = "guide"

[[questions.options]]
id = "no"
label = "No"
reason = "No early start: neither wins here."
section = "guide"

[[questions]]
id = "afternoon"
prompt = "Are your afternoons calm?"
help = "Time to sit."

[[questions.options]]
id = "yes"
label = "Yes"
reason = "A calm afternoon suits Tea."
argues = { calm = 6 }
section = "guide"

[[questions.options]]
id = "no"
label = "No"
reason = "Busy afternoons favour neither."
section = "guide"

[[pros]]
id = "tea-calm"
about = "tea"
text = "Gentle."
section = "guide"

[[cons]]
id = "both-washing"
about = "both"
text = "Two pots to wash."
section = "guide"

[[use_cases]]
id = "coffee-early"
about = "coffee"
text = "Early starts."
section = "guide"

[[users]]
name = "An office"
about = "coffee"
usage = "Mornings"
section = "guide"

[[faq]]
id = "milk"
question = "Milk?"
answer = "Either way."
section = "guide"
"#;

/// One mistake: the edit that makes it, a text that marks its line in the
/// edited file, and the path and advice the problem must carry.
struct Case {
    find: &'static str,
    replace: &'static str,
    line_of: &'static str,
    path: &'static str,
    advice: &'static str,
}

const fn case(
    find: &'static str,
    replace: &'static str,
    line_of: &'static str,
    path: &'static str,
    advice: &'static str,
) -> Case {
    Case {
        find,
        replace,
        line_of,
        path,
        advice,
    }
}

/// Every mistake of the table at once, in one file.
const CASES: &[Case] = &[
    // Each kind of field given the wrong type.
    case(
        "title = \"Tea or coffee?\"",
        "title = 42",
        "title = 42",
        "title",
        "text is expected here; put it in quotes: `\"42\"`",
    ),
    case(
        "decisive = 5",
        "decisive = \"5\"",
        "decisive = \"5\"",
        "decision.decisive",
        "a number is expected here; remove the quotes",
    ),
    case(
        "favours = \"coffee\"\nsection",
        "favours = \"coffee\"\ncore = \"yes\"\nsection",
        "core = \"yes\"",
        "rows[0].core",
        "`true` or `false` is expected here, not text",
    ),
    case(
        "weight = 2",
        "weight = [2]",
        "weight = [2]",
        "verdicts[2].cost.weight",
        "a number (such as `5` or `2.5`) is expected here, not a list",
    ),
    case(
        "scope = \"part\"\nclaim = \"an early start\"",
        "scope = \"parts\"\nclaim = \"an early start\"",
        "scope = \"parts\"",
        "arguments[2].scope",
        "`parts` is not one of the words allowed here; use `part` or `project`",
    ),
    case(
        "rows = [\"caffeine\"]",
        "rows = \"caffeine\"",
        "rows = \"caffeine\"",
        "questions[1].options[0].rows",
        "a list is expected here; put the value in brackets",
    ),
    case(
        "coffee = \"A lot\" }",
        "coffee = 3 }",
        "values = { tea",
        "rows[0].values[0]",
        "text is expected here; put it in quotes: `\"3\"`",
    ),
    case(
        "argues = { calm = 6 }",
        "argues = { calm = \"6\" }",
        "argues = { calm",
        "questions[2].options[0].argues[0]",
        "a number is expected here; remove the quotes",
    ),
    // Missing and unknown fields.
    case(
        "label = \"Neither\"\n",
        "",
        "[[questions.options]]\nid = \"neither\"",
        "questions[0].options[2].label",
        "`label` is missing from an option; add it: the answer as the reader sees it",
    ),
    case(
        "help = \"Before seven.\"",
        "hlep = \"Before seven.\"",
        "hlep",
        "questions[1].hlep",
        "A question has no field `hlep`; did you mean `help`, which is missing?",
    ),
    // Duplicates.
    case(
        "[[cons]]",
        "[[pros]]\nid = \"tea-calm\"\nabout = \"tea\"\ntext = \"Calm.\"\nsection = \"guide\"\n\n[[cons]]",
        "id = \"tea-calm\"\nabout = \"tea\"\ntext = \"Calm.\"",
        "pros[1].id",
        "id `tea-calm` is used twice here; ids must be unique",
    ),
    // Weights.
    case(
        "argues = { early = 6 }",
        "argues = { early = 6, habit-coffee = 12 }",
        "argues = { early = 6, habit",
        "questions[1].options[0].argues",
        "this one answer outweighs the anchor question: with `habit=tea`, `morning=yes` alone gives `coffee`",
    ),
    case(
        "argues = { habit-coffee = 10 }",
        "argues = { habit-coffee = 10.0001 }",
        "argues = { habit-coffee",
        "questions[0].options[1].argues[0]",
        "10.0001 has more than three decimals; round it",
    ),
    // `combines`: a part twice, and a mix of one.
    case(
        "combines = [\"tea\", \"coffee\"]",
        "combines = [\"tea\", \"tea\"]",
        "combines = [\"tea\", \"tea\"]",
        "verdicts[2].combines[1]",
        "`tea` is combined twice; name each candidate once",
    ),
    case(
        "[[categories]]",
        "[[verdicts]]\nid = \"tea-only\"\nname = \"Tea only\"\ncombines = [\"tea\"]\nheadline = \"Just tea.\"\nsection = \"guide\"\n\n[[categories]]",
        "combines = [\"tea\"]",
        "verdicts[3].combines",
        "a mix of one candidate is not a mix; combine two or more, or write `candidate = \"tea\"`",
    ),
    // Ids that would break what comes after validation.
    case(
        "id = \"tiny\"",
        "id = \"3-way-db\"",
        "id = \"3-way-db\"",
        "id",
        "dataset id `3-way-db` must start with a lowercase letter",
    ),
    case(
        "id = \"milk\"",
        "id = \"Milk?\"",
        "id = \"Milk?\"",
        "faq[0].id",
        "may hold only lowercase letters and digits, in words joined by single hyphens (such as `milk`)",
    ),
    case(
        "id = \"coffee-early\"",
        "id = \"coffee.early\"",
        "id = \"coffee.early\"",
        "use_cases[0].id",
        "(such as `coffee-early`): ids travel in share links",
    ),
];

/// Applies every case's edit to the base text.
fn edited(cases: &[&Case]) -> String {
    let mut text = BASE.to_string();
    for c in cases {
        assert!(
            text.contains(c.find),
            "the edit `{}` no longer applies",
            c.find
        );
        text = text.replacen(c.find, c.replace, 1);
    }
    text
}

fn line_in(text: &str, needle: &str) -> usize {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("`{needle}` is not in the edited file"));
    text[..offset].matches('\n').count() + 1
}

fn problems(text: &str) -> Vec<Located> {
    let checked = load::check(Path::new("broken.toml"), text);
    assert!(checked.dataset.is_none(), "still validates");
    checked.problems
}

fn listing(problems: &[Located]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    lines.join("\n")
}

#[test]
fn the_base_is_valid() {
    let checked = load::check(Path::new("tiny.toml"), BASE);
    assert!(checked.dataset.is_some(), "{}", listing(&checked.problems));
    assert!(
        checked.problems.is_empty(),
        "{}",
        listing(&checked.problems)
    );
}

#[test]
fn every_problem_in_one_run_with_line_path_and_advice() {
    let cases: Vec<&Case> = CASES.iter().collect();
    let text = edited(&cases);
    let found = problems(&text);
    let all = listing(&found);
    for c in &cases {
        let line = line_in(&text, c.line_of);
        let hit = found.iter().any(|p| {
            p.line == line
                && p.at == c.path
                && p.message.contains(c.advice)
                && p.severity == Severity::Error
        });
        assert!(
            hit,
            "expected broken.toml:{line}: {}: …{}… in:\n{all}",
            c.path, c.advice
        );
    }
    // Nothing else: one problem per mistake, no echo of a field already
    // reported (the blank label is not also "must not be empty").
    assert_eq!(found.len(), cases.len(), "{all}");
}

#[test]
fn each_problem_alone_is_found_the_same_way() {
    for c in CASES.iter() {
        let text = edited(&[c]);
        let found = problems(&text);
        let line = line_in(&text, c.line_of);
        assert!(
            found
                .iter()
                .any(|p| p.line == line && p.at == c.path && p.message.contains(c.advice)),
            "{}: expected line {line}, {}: {} in:\n{}",
            c.replace,
            c.path,
            c.advice,
            listing(&found)
        );
    }
}

#[test]
fn an_empty_file_says_so_once() {
    for text in ["", "\n\n", "# only a comment\n"] {
        let found = problems(text);
        assert_eq!(found.len(), 1, "{}", listing(&found));
        assert_eq!(found[0].line, 1);
        assert!(
            found[0].message.contains("the file is empty"),
            "{}",
            found[0]
        );
        assert!(found[0].message.contains("versus schema"), "{}", found[0]);
    }
}

#[test]
fn a_missing_part_is_said_once_without_a_cascade() {
    let start = BASE.find("[[candidates]]").expect("candidates");
    let end = BASE.find("[[verdicts]]").expect("verdicts");
    let text = format!("{}{}", &BASE[..start], &BASE[end..]);
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_eq!(found[0].at, "candidates");
    assert!(found[0]
        .message
        .contains("`candidates` is missing from the dataset"));
}

#[test]
fn a_list_written_as_one_table() {
    let text = BASE.replace("[[faq]]", "[faq]");
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_eq!(found[0].at, "faq");
    assert_eq!(found[0].line, line_in(&text, "[faq]"));
    assert!(
        found[0].message.contains("write each entry as `[[faq]]`"),
        "{}",
        found[0]
    );
}

#[test]
fn a_misspelt_required_field_is_said_once() {
    let text = BASE.replacen(
        "title = \"Tea or coffee?\"",
        "titel = \"Tea or coffee?\"",
        1,
    );
    let found = problems(&text);
    assert_eq!(found.len(), 1, "{}", listing(&found));
    assert_eq!(found[0].at, "titel");
    assert_eq!(found[0].line, 2);
    assert!(
        found[0]
            .message
            .contains("has no field `titel`; did you mean `title`, which is missing?"),
        "{}",
        found[0]
    );
}

#[test]
fn unused_sections_and_categories_are_warnings() {
    let text = BASE
        .replacen(
            "[[candidates]]",
            "[[sections]]\nid = \"appendix\"\ntitle = \"Appendix\"\n\n[[candidates]]",
            1,
        )
        .replacen(
            "[[rows]]",
            "[[categories]]\nid = \"price\"\nname = \"Price\"\n\n[[rows]]",
            1,
        );
    let checked = load::check(Path::new("tiny.toml"), &text);
    assert!(checked.dataset.is_some(), "warnings do not fail");
    let found = &checked.problems;
    assert_eq!(found.len(), 2, "{}", listing(found));
    assert!(found.iter().all(|p| p.severity == Severity::Warning));
    assert_eq!(found[0].at, "sections[1].id");
    assert_eq!(found[0].line, line_in(&text, "id = \"appendix\""));
    assert!(found[0].message.contains("cited by no fact"));
    assert_eq!(found[1].at, "categories[1].id");
    assert!(found[1].message.contains("has no rows"));
    assert!(found[1].to_string().contains("tiny.toml:"), "{}", found[1]);
    assert!(found[1].to_string().contains(": warning: "), "{}", found[1]);
}

#[test]
fn every_syntax_error_at_once() {
    let text = BASE
        .replacen("title = \"Tea or coffee?\"", "title = \"Tea or coffee?", 1)
        .replacen("decisive = 5", "decisive = = 5", 1);
    let found = problems(&text);
    assert!(found.len() >= 2, "{}", listing(&found));
    assert_eq!(found[0].line, line_in(&text, "title = "));
    assert!(found
        .iter()
        .any(|p| p.line == line_in(&text, "decisive = =")));
}
