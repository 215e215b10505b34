//! Shared by the integration tests: the Node.js vs Django dataset.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use std::collections::BTreeSet;

use proptest::prelude::*;
use versus_core::{load, Answers, Dataset};

pub fn dataset_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/node-vs-django.toml")
}

pub fn dataset_text() -> String {
    std::fs::read_to_string(dataset_path()).expect("the dataset file is readable")
}

/// The dataset file, whole, as validated.
pub fn file() -> Dataset {
    load::from_file(&dataset_path()).unwrap_or_else(|e| panic!("{e}"))
}

/// The dataset as the engine and the widget read it.
pub fn dataset() -> Dataset {
    file()
}

pub fn answers(d: &Dataset, pairs: &[&str]) -> Answers {
    Answers::parse(d, pairs.iter().copied()).unwrap_or_else(|e| panic!("{e}"))
}

/// Words in a row that count as a copied phrase.
pub const RUN: usize = 6;

/// The committed fingerprint of the reference article.
pub const FINGERPRINT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/article-fingerprint.txt");

/// The reference article, where `VERSUS_ARTICLE` names it. The repository
/// holds only its fingerprint ([`FINGERPRINT`]).
pub fn article_path() -> Option<PathBuf> {
    std::env::var_os("VERSUS_ARTICLE").map(PathBuf::from)
}

/// The two ways of cutting text into words; a copy must not hide from either.
#[derive(Clone, Copy, Debug)]
pub enum Cut {
    /// Punctuation inside a word is dropped: "real-time" is "realtime".
    Joined,
    /// Punctuation breaks words: "real-time" is "real time".
    Split,
}

/// Lower-case words, cut one of the two ways. Case and the punctuation
/// that ends a sentence never matter.
pub fn words(text: &str, cut: Cut) -> Vec<String> {
    let lower = |w: &str| w.chars().flat_map(char::to_lowercase).collect::<String>();
    match cut {
        Cut::Joined => text
            .split_whitespace()
            .map(|w| {
                lower(
                    &w.chars()
                        .filter(|c| c.is_alphanumeric())
                        .collect::<String>(),
                )
            })
            .filter(|w| !w.is_empty())
            .collect(),
        Cut::Split => text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(lower)
            .collect(),
    }
}

/// FNV-1a of words joined by spaces: stable across platforms and one-way,
/// so the repository holds no sentence of the article.
pub fn run_hash(run: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, word) in run.iter().enumerate() {
        if i > 0 {
            hash = (hash ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        for byte in word.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The hashes of every run of `RUN` words of a text, cut both ways.
pub fn runs_of(text: &str) -> BTreeSet<u64> {
    [Cut::Joined, Cut::Split]
        .into_iter()
        .flat_map(|cut| {
            words(text, cut)
                .windows(RUN)
                .map(run_hash)
                .collect::<Vec<_>>()
        })
        .collect()
}

/// A heading, as the hash of its words (joined cut).
pub fn heading_hash(heading: &str) -> u64 {
    run_hash(&words(heading, Cut::Joined))
}

/// What the test keeps of the article: the runs of its prose (headings and
/// the at-a-glance table excepted: they are cited facts) and its headings.
#[derive(Debug, Default, PartialEq)]
pub struct Fingerprint {
    pub runs: BTreeSet<u64>,
    pub headings: BTreeSet<u64>,
}

/// A line of the article that is a heading: short, no table row, and not
/// ending a sentence with a full stop.
fn is_heading(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && !line.starts_with('|')
        && !line.ends_with('.')
        && line.split_whitespace().count() <= 12
}

pub fn fingerprint_of(article: &str) -> Fingerprint {
    let mut prose = String::new();
    let mut headings = BTreeSet::new();
    for line in article.lines() {
        if is_heading(line) {
            headings.insert(heading_hash(line));
        } else if !line.trim_start().starts_with('|') {
            prose.push_str(line);
            prose.push('\n');
        }
    }
    Fingerprint {
        runs: runs_of(&prose),
        headings,
    }
}

/// The committed fingerprint (empty if the file is missing).
pub fn article_fingerprint() -> Fingerprint {
    let text = std::fs::read_to_string(FINGERPRINT).unwrap_or_default();
    let mut fingerprint = Fingerprint::default();
    let mut headings = false;
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        match line.trim() {
            "[runs]" => headings = false,
            "[headings]" => headings = true,
            hex => {
                if let Ok(hash) = u64::from_str_radix(hex, 16) {
                    if headings {
                        fingerprint.headings.insert(hash);
                    } else {
                        fingerprint.runs.insert(hash);
                    }
                }
            }
        }
    }
    fingerprint
}

pub fn write_fingerprint(fingerprint: &Fingerprint) {
    let mut text = String::from(
        "# One-way FNV-1a hashes of the reference article, so the wording and\n# citation tests run without it. [runs]: every run of six words of its\n# prose, lower case, cut two ways (punctuation dropped inside words, and\n# punctuation as a word break). [headings]: each heading's words.\n# Regenerate with the article at hand:\n# VERSUS_REGENERATE=1 cargo test -p versus-core --test dataset -- --ignored article_fingerprint\n[runs]\n",
    );
    for hash in &fingerprint.runs {
        text.push_str(&format!("{hash:016x}\n"));
    }
    text.push_str("[headings]\n");
    for hash in &fingerprint.headings {
        text.push_str(&format!("{hash:016x}\n"));
    }
    std::fs::write(FINGERPRINT, text).expect("the fingerprint file is writable");
}

/// A tiny dataset for engine tests, independent of the real one's wording:
/// candidates `a` and `b`, verdicts `a`, `b` and `mix` (running both, at a
/// cost), one section `s`, and whatever arguments and questions a test adds.
pub struct Fixture {
    pub dataset: Dataset,
}

fn text(s: &str) -> versus_core::model::Text {
    std::borrow::Cow::Owned(s.to_string())
}

impl Fixture {
    pub fn new(mix_cost: f64) -> Fixture {
        use std::borrow::Cow;
        use versus_core::model::*;
        let candidate = |id: &str| Candidate {
            id: text(id),
            name: text(&id.to_uppercase()),
            tagline: text(id),
            section: text("s"),
        };
        let verdict = |id: &str, candidate: Option<&str>, combines: &[&str]| Verdict {
            id: text(id),
            name: text(&id.to_uppercase()),
            headline: text(id),
            candidate: candidate.map(text),
            combines: Cow::Owned(combines.iter().map(|c| text(c)).collect()),
            cost: (mix_cost > 0.0 && candidate.is_none()).then(|| Cost {
                weight: mix_cost,
                text: text("Two stacks"),
                section: text("s"),
            }),
            section: text("s"),
        };
        Fixture {
            dataset: Dataset {
                id: text("fixture"),
                title: text("t"),
                summary: text("s"),
                source: Source {
                    title: text("t"),
                    note: text("n"),
                    url: None,
                },
                sections: Cow::Owned(vec![Section {
                    id: text("s"),
                    title: text("S"),
                    hint: None,
                    anchor: None,
                }]),
                candidates: Cow::Owned(vec![candidate("a"), candidate("b")]),
                verdicts: Cow::Owned(vec![
                    verdict("a", Some("a"), &[]),
                    verdict("b", Some("b"), &[]),
                    verdict("mix", None, &["a", "b"]),
                ]),
                categories: Cow::Owned(Vec::new()),
                rows: Cow::Owned(Vec::new()),
                decision: Decision {
                    anchor: None,
                    decisive: 5.0,
                },
                arguments: Cow::Owned(Vec::new()),
                questions: Cow::Owned(Vec::new()),
                pros: Cow::Owned(Vec::new()),
                cons: Cow::Owned(Vec::new()),
                use_cases: Cow::Owned(Vec::new()),
                users: Cow::Owned(Vec::new()),
                faq: Cow::Owned(Vec::new()),
            },
        }
    }

    /// An argument for candidate `favours`, about a part of the system or
    /// the whole project; its claim is its id.
    pub fn argument(mut self, id: &str, favours: &str, part: bool) -> Fixture {
        use versus_core::model::{Argument, Scope};
        self.dataset.arguments.to_mut().push(Argument {
            id: text(id),
            favours: text(favours),
            scope: if part { Scope::Part } else { Scope::Project },
            claim: text(id),
            section: text("s"),
        });
        self
    }

    /// A question `id` whose options are `(option id, [(argument, weight)])`.
    pub fn question(mut self, id: &str, options: &[(&str, &[(&str, f64)])]) -> Fixture {
        use std::borrow::Cow;
        use versus_core::model::{Choice, Keyed, Question};
        self.dataset.questions.to_mut().push(Question {
            id: text(id),
            prompt: text(&format!("{id}?")),
            help: None,
            options: Cow::Owned(
                options
                    .iter()
                    .map(|(o, argues)| Choice {
                        id: text(o),
                        label: text(o),
                        reason: text(&format!("because {id}={o}")),
                        argues: Cow::Owned(
                            argues
                                .iter()
                                .map(|(a, w)| Keyed {
                                    key: text(a),
                                    value: *w,
                                })
                                .collect(),
                        ),
                        rows: Cow::Owned(Vec::new()),
                        section: text("s"),
                        condition: None,
                    })
                    .collect(),
            ),
        });
        self
    }

    pub fn anchor(mut self, question: &str) -> Fixture {
        self.dataset.decision.anchor = Some(text(question));
        self
    }

    /// A weakness of `about` that matters when any `when` answer is given
    /// (always, with none).
    pub fn con(mut self, id: &str, about: &str, when: &[&str]) -> Fixture {
        use std::borrow::Cow;
        self.dataset.cons.to_mut().push(versus_core::model::Claim {
            id: text(id),
            about: text(about),
            text: text(id),
            when: Cow::Owned(when.iter().map(|w| text(w)).collect()),
            section: text("s"),
        });
        self
    }

    /// The dataset, checked by the validator, as the engine reads it.
    pub fn build(self) -> Dataset {
        let problems = versus_core::validate(&self.dataset);
        assert!(
            problems.is_empty(),
            "fixture does not validate: {problems:?}"
        );
        self.dataset
    }
}

/// A small random comparison on the fixture's shape: two candidates,
/// their verdicts and a mix at a random cost, two to five arguments of
/// random side and scope, two to four questions of two or three options
/// invoking up to two arguments each.
pub fn any_dataset() -> impl Strategy<Value = Dataset> {
    let argument = (0usize..2, any::<bool>());
    let option = proptest::collection::vec((0usize..5, 1u8..10), 0..3);
    let question = proptest::collection::vec(option, 2..4);
    (
        0u8..7,
        proptest::collection::vec(argument, 2..6),
        proptest::collection::vec(question, 2..5),
    )
        .prop_map(|(cost, arguments, questions)| {
            let mut fixture = Fixture::new(f64::from(cost));
            let count = arguments.len();
            for (i, (side, part)) in arguments.iter().enumerate() {
                fixture = fixture.argument(&format!("x{i}"), ["a", "b"][*side], *part);
            }
            let mut used = vec![false; count];
            for (q, options) in questions.iter().enumerate() {
                let options: Vec<(String, Vec<(String, f64)>)> = options
                    .iter()
                    .enumerate()
                    .map(|(o, argues)| {
                        let mut list: Vec<(String, f64)> = Vec::new();
                        for &(a, w) in argues {
                            let a = a % count;
                            let id = format!("x{a}");
                            if list.iter().all(|(x, _)| *x != id) {
                                used[a] = true;
                                list.push((id, f64::from(w)));
                            }
                        }
                        (format!("o{o}"), list)
                    })
                    .collect();
                let borrowed: Vec<(&str, Vec<(&str, f64)>)> = options
                    .iter()
                    .map(|(o, l)| {
                        (
                            o.as_str(),
                            l.iter().map(|(a, w)| (a.as_str(), *w)).collect(),
                        )
                    })
                    .collect();
                let refs: Vec<(&str, &[(&str, f64)])> =
                    borrowed.iter().map(|(o, l)| (*o, l.as_slice())).collect();
                fixture = fixture.question(&format!("q{q}"), &refs);
            }
            // Arguments no option invokes would not validate: give each
            // to an extra question.
            let unused: Vec<String> = (0..count)
                .filter(|&a| !used[a])
                .map(|a| format!("x{a}"))
                .collect();
            if !unused.is_empty() {
                let options: Vec<(String, Vec<(&str, f64)>)> = unused
                    .iter()
                    .enumerate()
                    .map(|(i, a)| (format!("u{i}"), vec![(a.as_str(), 3.0)]))
                    .chain([("none".to_string(), Vec::new())])
                    .collect();
                let refs: Vec<(&str, &[(&str, f64)])> = options
                    .iter()
                    .map(|(o, l)| (o.as_str(), l.as_slice()))
                    .collect();
                fixture = fixture.question("extra", &refs);
            }
            fixture.build()
        })
}
