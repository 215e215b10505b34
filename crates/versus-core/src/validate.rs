//! Checks that a dataset is whole: unique ids, references that resolve,
//! a reason on every option and finite numbers.
//!
//! Problems carry a path into the dataset (`questions[2].options[0].reason`)
//! rather than a line, so this stays pure; the loader turns paths into lines.

use std::collections::HashSet;
use std::fmt;

use crate::answers::parse_pair;
use crate::model::{Claim, Dataset, Keyed, List, Text, Whole};

/// One step of a path into a dataset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    Key(&'static str),
    Index(usize),
}

/// Where in a dataset a problem is, as keys and list indices.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Path(pub Vec<Step>);

impl Path {
    fn key(&self, key: &'static str) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Key(key));
        Path(steps)
    }

    fn index(&self, index: usize) -> Path {
        let mut steps = self.0.clone();
        steps.push(Step::Index(index));
        Path(steps)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, step) in self.0.iter().enumerate() {
            match step {
                Step::Key(key) if i == 0 => write!(f, "{key}")?,
                Step::Key(key) => write!(f, ".{key}")?,
                Step::Index(index) => write!(f, "[{index}]")?,
            }
        }
        Ok(())
    }
}

/// A problem in a dataset and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub path: Path,
    pub message: String,
}

/// Checks a dataset and returns every problem found, in dataset order.
pub fn validate(dataset: &Dataset<Whole>) -> Vec<Problem> {
    let mut check = Checker {
        dataset,
        problems: Vec::new(),
    };
    check.all();
    check.problems
}

struct Checker<'d> {
    dataset: &'d Dataset<Whole>,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: Path, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn all(&mut self) {
        let d = self.dataset;
        let root = Path::default();
        self.text(&root.key("id"), &d.id);
        if !d
            .id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            self.report(
                root.key("id"),
                format!(
                    "dataset id `{}` may only hold lowercase letters, digits and `-`",
                    d.id
                ),
            );
        }
        self.text(&root.key("title"), &d.title);
        self.text(&root.key("summary"), &d.summary);

        self.unique_ids(&root.key("sections"), d.sections.iter().map(|s| &s.id));
        for (i, s) in d.sections.iter().enumerate() {
            self.text(&root.key("sections").index(i).key("title"), &s.title);
        }

        let candidates = root.key("candidates");
        if d.candidates.is_empty() {
            self.report(candidates.clone(), "add at least one candidate".into());
        }
        if d.candidates.len() > crate::engine::MAX_CANDIDATES {
            self.report(
                candidates.clone(),
                format!(
                    "{} candidates; a comparison takes at most {}",
                    d.candidates.len(),
                    crate::engine::MAX_CANDIDATES
                ),
            );
        }
        self.unique_ids(&candidates, d.candidates.iter().map(|c| &c.id));
        for (i, c) in d.candidates.iter().enumerate() {
            let at = candidates.index(i);
            self.text(&at.key("name"), &c.name);
            self.section(&at, &c.section);
        }

        let verdicts = root.key("verdicts");
        if d.verdicts.len() < 2 {
            self.report(
                verdicts.clone(),
                "add at least two verdicts, or there is nothing to decide".into(),
            );
        }
        self.unique_ids(&verdicts, d.verdicts.iter().map(|v| &v.id));
        for (i, v) in d.verdicts.iter().enumerate() {
            let at = verdicts.index(i);
            self.text(&at.key("name"), &v.name);
            self.text(&at.key("headline"), &v.headline);
            if let Some(candidate) = &v.candidate {
                self.candidate(&at.key("candidate"), candidate);
                if !v.combines.is_empty() {
                    self.report(
                        at.key("combines"),
                        format!(
                            "verdict `{}` names one `candidate`, so it cannot also combine others; keep one of the two",
                            v.id
                        ),
                    );
                }
            }
            for (j, combined) in v.combines.iter().enumerate() {
                self.candidate(&at.key("combines").index(j), combined);
            }
            self.section(&at, &v.section);
        }

        self.unique_ids(&root.key("categories"), d.categories.iter().map(|c| &c.id));
        self.rows();
        self.questions();
        self.decision();
        for (key, claims) in [
            ("pros", &d.pros),
            ("cons", &d.cons),
            ("use_cases", &d.use_cases),
        ] {
            self.claims(&root.key(key), claims);
        }
        let users = root.key("users");
        for (i, u) in d.users.iter().enumerate() {
            let at = users.index(i);
            self.text(&at.key("name"), &u.name);
            self.text(&at.key("usage"), &u.usage);
            self.candidate(&at.key("about"), &u.about);
            self.section(&at, &u.section);
        }
        let faq = root.key("faq");
        self.unique_ids(&faq, d.faq.iter().map(|f| &f.id));
        for (i, f) in d.faq.iter().enumerate() {
            let at = faq.index(i);
            self.text(&at.key("question"), &f.question);
            self.text(&at.key("answer"), &f.answer);
            self.section(&at, &f.section);
        }
    }

    fn rows(&mut self) {
        let d = self.dataset;
        let rows = Path::default().key("rows");
        self.unique_ids(&rows, d.rows.iter().map(|r| &r.id));
        for (i, row) in d.rows.iter().enumerate() {
            let at = rows.index(i);
            self.text(&at.key("feature"), &row.feature);
            if d.category(&row.category).is_none() {
                self.report(
                    at.key("category"),
                    format!(
                        "category `{}` is not defined; add it under [[categories]] or use one of: {}",
                        row.category,
                        ids(d.categories.iter().map(|c| &c.id))
                    ),
                );
            }
            for (j, value) in row.values.iter().enumerate() {
                self.candidate(&at.key("values").index(j), &value.key);
                self.text(&at.key("values").index(j), &value.value);
            }
            for c in d.candidates.iter() {
                if row.value(&c.id).is_none() {
                    self.report(
                        at.key("values"),
                        format!("row `{}` has no value for candidate `{}`", row.id, c.id),
                    );
                }
            }
            if let Some(favours) = &row.favours {
                self.candidate(&at.key("favours"), favours);
            }
            if let Some(note) = &row.note {
                self.text(&at.key("note"), note);
            }
            self.section(&at, &row.section);
        }
    }

    fn questions(&mut self) {
        let d = self.dataset;
        let questions = Path::default().key("questions");
        if d.questions.is_empty() {
            self.report(questions.clone(), "add at least one question".into());
        }
        self.unique_ids(&questions, d.questions.iter().map(|q| &q.id));
        for (i, q) in d.questions.iter().enumerate() {
            let at = questions.index(i);
            self.token(&at.key("id"), &q.id);
            self.text(&at.key("prompt"), &q.prompt);
            let options = at.key("options");
            if q.options.len() < 2 {
                self.report(
                    options.clone(),
                    format!("question `{}` needs at least two options", q.id),
                );
            }
            self.unique_ids(&options, q.options.iter().map(|o| &o.id));
            for (j, o) in q.options.iter().enumerate() {
                let at = options.index(j);
                self.token(&at.key("id"), &o.id);
                self.text(&at.key("label"), &o.label);
                if o.reason.trim().is_empty() {
                    self.report(
                        at.key("reason"),
                        format!(
                            "option `{}={}` has no reason; say why this answer moves the result (or why it does not)",
                            q.id, o.id
                        ),
                    );
                }
                if let Some(condition) = &o.condition {
                    self.text(&at.key("condition"), condition);
                }
                self.argues(&at.key("argues"), &o.argues);
                self.row_refs(&at.key("rows"), &o.rows);
                self.section(&at, &o.section);
            }
        }
    }

    /// The decision settings, the arguments, and the weights options give them.
    fn decision(&mut self) {
        let d = self.dataset;
        let root = Path::default();
        let decision = root.key("decision");
        if !(d.decision.decisive.is_finite() && d.decision.decisive > 0.0) {
            self.report(
                decision.key("decisive"),
                "`decisive` must be a positive number: the weight from which an answer describes a different project".into(),
            );
        }
        if let Some(anchor) = &d.decision.anchor {
            if d.question_index(anchor).is_none() {
                self.report(
                    decision.key("anchor"),
                    format!(
                        "`{anchor}` is not a question; use one of: {}",
                        ids(d.questions.iter().map(|q| &q.id))
                    ),
                );
            }
        }
        let arguments = root.key("arguments");
        self.unique_ids(&arguments, d.arguments.iter().map(|a| &a.id));
        for (i, a) in d.arguments.iter().enumerate() {
            let at = arguments.index(i);
            self.candidate(&at.key("favours"), &a.favours);
            self.text(&at.key("claim"), &a.claim);
            self.section(&at, &a.section);
            let used = d
                .questions
                .iter()
                .flat_map(|q| q.options.iter())
                .any(|o| o.argues.iter().any(|w| w.key == a.id));
            if !used {
                self.report(
                    at.key("id"),
                    format!(
                        "argument `{}` is invoked by no option; give it to one or remove it",
                        a.id
                    ),
                );
            }
        }
        let verdicts = root.key("verdicts");
        for (i, v) in d.verdicts.iter().enumerate() {
            if let Some(cost) = &v.cost {
                let at = verdicts.index(i).key("cost");
                if !(cost.weight.is_finite() && cost.weight >= 0.0) {
                    self.report(
                        at.key("weight"),
                        "a cost must be a finite number, zero or more".into(),
                    );
                }
                self.text(&at.key("text"), &cost.text);
                self.section(&at, &cost.section);
            }
        }
    }

    fn argues(&mut self, path: &Path, argues: &[Keyed<f64>]) {
        let d = self.dataset;
        for (i, w) in argues.iter().enumerate() {
            let at = path.index(i);
            if d.argument(&w.key).is_none() {
                self.report(
                    at.clone(),
                    format!(
                        "`{}` is not an argument; define it under [[arguments]] or use one of: {}",
                        w.key,
                        ids(d.arguments.iter().map(|a| &a.id))
                    ),
                );
            }
            if !(w.value.is_finite() && w.value > 0.0) {
                self.report(
                    at,
                    format!(
                        "the weight of `{}` must be a positive number (an answer that argues for neither side invokes no argument)",
                        w.key
                    ),
                );
            }
        }
    }

    fn claims(&mut self, path: &Path, claims: &List<Claim>) {
        let d = self.dataset;
        self.unique_ids(path, claims.iter().map(|c| &c.id));
        for (i, claim) in claims.iter().enumerate() {
            let at = path.index(i);
            let known =
                d.candidate(&claim.about).is_some() || d.verdict_index(&claim.about).is_some();
            if !known {
                self.report(
                    at.key("about"),
                    format!(
                        "`{}` is neither a candidate nor a verdict; use one of: {}",
                        claim.about,
                        ids(d
                            .candidates
                            .iter()
                            .map(|c| &c.id)
                            .chain(d.verdicts.iter().map(|v| &v.id)))
                    ),
                );
            }
            self.text(&at.key("text"), &claim.text);
            self.answer_refs(&at.key("when"), &claim.when);
            self.section(&at, &claim.section);
        }
    }

    fn row_refs(&mut self, path: &Path, rows: &[Text]) {
        for (i, row) in rows.iter().enumerate() {
            if self.dataset.row(row).is_none() {
                self.report(
                    path.index(i),
                    format!("row `{row}` is not defined under [[rows]]"),
                );
            }
        }
    }

    fn answer_refs(&mut self, path: &Path, answers: &[Text]) {
        for (i, answer) in answers.iter().enumerate() {
            self.answer_ref(&path.index(i), answer);
        }
    }

    /// Resolves `question=option`, reporting it when it names nothing.
    fn answer_ref(&mut self, path: &Path, answer: &str) -> Option<(usize, usize)> {
        parse_pair(self.dataset, answer)
            .map_err(|error| self.report(path.clone(), error.to_string()))
            .ok()
    }

    fn section(&mut self, at: &Path, section: &str) {
        if self.dataset.section(section).is_none() {
            self.report(
                at.key("section"),
                format!(
                    "section `{section}` is not defined; add it under [[sections]] or use one of: {}",
                    ids(self.dataset.sections.iter().map(|s| &s.id))
                ),
            );
        }
    }

    fn candidate(&mut self, path: &Path, id: &str) {
        if self.dataset.candidate(id).is_none() {
            self.report(
                path.clone(),
                format!(
                    "`{id}` is not a candidate; use one of: {}",
                    ids(self.dataset.candidates.iter().map(|c| &c.id))
                ),
            );
        }
    }

    fn text(&mut self, path: &Path, text: &str) {
        if text.trim().is_empty() {
            self.report(path.clone(), "must not be empty".into());
        }
    }

    /// Question and option ids travel in links and on the command line.
    fn token(&mut self, path: &Path, id: &str) {
        let ok = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !ok {
            self.report(
                path.clone(),
                format!("id `{id}` may only hold lowercase letters, digits and `-`"),
            );
        }
    }

    fn unique_ids<'a>(&mut self, path: &Path, ids: impl Iterator<Item = &'a Text>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.report(path.index(i).key("id"), "id must not be empty".into());
            } else if !seen.insert(id.as_ref()) {
                self.report(
                    path.index(i).key("id"),
                    format!("id `{id}` is used twice here; ids must be unique"),
                );
            }
        }
    }
}

fn ids<'a>(ids: impl Iterator<Item = &'a Text>) -> String {
    let list: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
    list.join(", ")
}
