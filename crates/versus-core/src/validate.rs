//! Checks that a dataset is whole: ids that are unique and safe wherever
//! they travel, references that resolve, a reason on every option, sound
//! numbers, mixed verdicts that mix, and the audit's anchor rule, which
//! holds per dataset: no single answer outweighs the anchor question.
//! [`warnings`] names what is defined and never used.
//!
//! Problems carry a path into the dataset (`questions[2].options[0].reason`)
//! rather than a line, so this stays pure; the loader turns paths into lines.

use std::collections::HashSet;
use std::fmt;

use crate::answers::parse_pair;
use crate::format::{
    is_dataset_id, is_id, MAX_ALL_OPTIONS, MAX_CANDIDATES, MAX_ITEMS, MAX_OPTIONS, MAX_QUESTIONS,
    MAX_TEXT, MAX_VERDICTS,
};
use crate::model::{Claim, Dataset, Keyed, List, Text};

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

/// Checks a dataset and returns every error found, in dataset order.
pub fn validate(dataset: &Dataset) -> Vec<Problem> {
    let mut check = Checker {
        dataset,
        problems: Vec::new(),
    };
    check.all();
    if runnable(dataset) {
        check.anchor();
    }
    check.problems
}

/// Whether the engine can run a dataset: what it reads resolves, whatever
/// else is wrong (wording, table, facts), so the anchor rule is checked
/// in the same run as everything else.
fn runnable(d: &Dataset) -> bool {
    fn unique<'a>(ids: impl Iterator<Item = &'a Text>) -> bool {
        let mut seen = HashSet::new();
        ids.into_iter().all(|id| seen.insert(id.as_ref()))
    }
    let weight = |w: f64| w.is_finite() && w >= 0.0;
    !d.candidates.is_empty()
        && d.verdicts.len() >= 2
        && unique(d.candidates.iter().map(|c| &c.id))
        && unique(d.verdicts.iter().map(|v| &v.id))
        && unique(d.arguments.iter().map(|a| &a.id))
        && unique(d.questions.iter().map(|q| &q.id))
        && weight(d.decision.decisive)
        && d.decision.decisive > 0.0
        && d.decision
            .anchor
            .as_ref()
            .is_none_or(|a| d.question_index(a).is_some())
        && d.arguments
            .iter()
            .all(|a| d.candidate(&a.favours).is_some())
        && d.verdicts.iter().all(|v| {
            v.runs().count() > 0
                && v.runs().all(|c| d.candidate(c).is_some())
                && v.cost.as_ref().is_none_or(|c| weight(c.weight))
        })
        && d.questions.iter().all(|q| {
            q.options.len() >= 2
                && unique(q.options.iter().map(|o| &o.id))
                && q.options.iter().all(|o| {
                    o.argues
                        .iter()
                        .all(|w| d.argument(&w.key).is_some() && weight(w.value) && w.value > 0.0)
                })
        })
}

/// What a dataset defines and never uses: sections no fact cites and
/// categories no row is in. They do not fail a check; they are said.
pub fn warnings(dataset: &Dataset) -> Vec<Problem> {
    let d = dataset;
    let mut found = Vec::new();
    let cited: HashSet<&str> = d
        .candidates
        .iter()
        .map(|c| &c.section)
        .chain(d.verdicts.iter().map(|v| &v.section))
        .chain(
            d.verdicts
                .iter()
                .filter_map(|v| v.cost.as_ref().map(|c| &c.section)),
        )
        .chain(d.rows.iter().map(|r| &r.section))
        .chain(d.arguments.iter().map(|a| &a.section))
        .chain(
            d.questions
                .iter()
                .flat_map(|q| q.options.iter().map(|o| &o.section)),
        )
        .chain(
            [&d.pros, &d.cons, &d.use_cases]
                .into_iter()
                .flat_map(|c| c.iter().map(|c| &c.section)),
        )
        .chain(d.users.iter().map(|u| &u.section))
        .chain(d.faq.iter().map(|f| &f.section))
        .map(|s| s.as_ref())
        .collect();
    let root = Path::default();
    for (i, s) in d.sections.iter().enumerate() {
        if !cited.contains(s.id.as_ref()) {
            found.push(Problem {
                path: root.key("sections").index(i).key("id"),
                message: format!(
                    "section `{}` is cited by no fact; cite it in a `section` field or remove it",
                    s.id
                ),
            });
        }
    }
    for (i, c) in d.categories.iter().enumerate() {
        if !d.rows.iter().any(|r| r.category == c.id) {
            found.push(Problem {
                path: root.key("categories").index(i).key("id"),
                message: format!(
                    "category `{}` has no rows; put a row in it or remove it",
                    c.id
                ),
            });
        }
    }
    found
}

struct Checker<'d> {
    dataset: &'d Dataset,
    problems: Vec<Problem>,
}

impl Checker<'_> {
    fn report(&mut self, path: Path, message: String) {
        self.problems.push(Problem { path, message });
    }

    fn all(&mut self) {
        let d = self.dataset;
        let root = Path::default();
        if !is_dataset_id(&d.id) {
            self.report(
                root.key("id"),
                format!(
                    "dataset id `{}` must start with a lowercase letter and hold only lowercase letters and digits, in words joined by single hyphens (such as `{}`): it names the dataset in links, storage and the code the build generates",
                    d.id,
                    dataset_id_like(&d.id)
                ),
            );
        }
        self.text(&root.key("title"), &d.title);
        self.text(&root.key("summary"), &d.summary);
        self.text(&root.key("source").key("title"), &d.source.title);
        self.text(&root.key("source").key("note"), &d.source.note);
        if let Some(url) = &d.source.url {
            let web = url.starts_with("https://") || url.starts_with("http://");
            if !web
                || url.contains(|c: char| {
                    c.is_whitespace() || c.is_control() || "\"'<>`#".contains(c)
                })
            {
                self.report(
                    root.key("source").key("url"),
                    format!("`{url}` is not a web address a reader can open: write the whole address, starting with https://, with no spaces, quotes or `#` (each section's `anchor` adds the part after `#`)"),
                );
            }
        }
        for (key, len) in [
            ("sections", d.sections.len()),
            ("categories", d.categories.len()),
            ("rows", d.rows.len()),
            ("arguments", d.arguments.len()),
            ("pros", d.pros.len()),
            ("cons", d.cons.len()),
            ("use_cases", d.use_cases.len()),
            ("users", d.users.len()),
            ("faq", d.faq.len()),
        ] {
            self.count(&root.key(key), len, MAX_ITEMS, "entries");
        }
        self.count(
            &root.key("candidates"),
            d.candidates.len(),
            MAX_CANDIDATES,
            "candidates",
        );
        self.count(
            &root.key("verdicts"),
            d.verdicts.len(),
            MAX_VERDICTS,
            "verdicts",
        );
        self.count(
            &root.key("questions"),
            d.questions.len(),
            MAX_QUESTIONS,
            "questions",
        );
        self.count(
            &root.key("questions"),
            d.questions.iter().map(|q| q.options.len()).sum(),
            MAX_ALL_OPTIONS,
            "options in all",
        );

        self.unique_ids(&root.key("sections"), d.sections.iter().map(|s| &s.id));
        for (i, s) in d.sections.iter().enumerate() {
            self.text(&root.key("sections").index(i).key("title"), &s.title);
            if let Some(hint) = &s.hint {
                self.chars(&root.key("sections").index(i).key("hint"), hint);
            }
            if let Some(anchor) = &s.anchor {
                if anchor.is_empty()
                    || !anchor
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    self.report(
                        root.key("sections").index(i).key("anchor"),
                        format!("anchor `{anchor}` must be the heading's id on the source's page, in letters, digits, `-` and `_` only, without the `#`"),
                    );
                }
            }
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
            self.text(&at.key("tagline"), &c.tagline);
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
                if v.combines[..j].contains(combined) {
                    self.report(
                        at.key("combines").index(j),
                        format!("`{combined}` is combined twice; name each candidate once"),
                    );
                }
            }
            if v.candidate.is_none() {
                match &v.combines[..] {
                    [] => self.report(
                        at.clone(),
                        format!(
                            "verdict `{}` runs no candidate; add `candidate = \"...\"`, or `combines = [...]` with two or more candidates",
                            v.id
                        ),
                    ),
                    [one] => self.report(
                        at.key("combines"),
                        format!(
                            "a mix of one candidate is not a mix; combine two or more, or write `candidate = \"{one}\"` instead of `combines`"
                        ),
                    ),
                    _ => {}
                }
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
            self.text(&at.key("prompt"), &q.prompt);
            if let Some(help) = &q.help {
                self.chars(&at.key("help"), help);
            }
            let options = at.key("options");
            self.count(&options, q.options.len(), MAX_OPTIONS, "options");
            if q.options.len() < 2 {
                self.report(
                    options.clone(),
                    format!("question `{}` needs at least two options", q.id),
                );
            }
            self.unique_ids(&options, q.options.iter().map(|o| &o.id));
            for (j, o) in q.options.iter().enumerate() {
                let at = options.index(j);
                self.text(&at.key("label"), &o.label);
                self.chars(&at.key("reason"), &o.reason);
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
        } else {
            self.precise(&decision.key("decisive"), d.decision.decisive);
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
                } else {
                    self.precise(&at.key("weight"), cost.weight);
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
            } else {
                self.precise(&at, w.value);
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
        self.chars(path, text);
    }

    /// Text of any length up to [`MAX_TEXT`], without invisible control
    /// characters (a line break or a tab is fine).
    fn chars(&mut self, path: &Path, text: &str) {
        if text.len() > MAX_TEXT {
            self.report(
                path.clone(),
                format!(
                    "this text is {} bytes long; shorten it to {MAX_TEXT} at most",
                    text.len()
                ),
            );
        }
        if let Some(c) = text
            .chars()
            .find(|&c| c.is_control() && c != '\n' && c != '\t')
        {
            self.report(
                path.clone(),
                format!(
                    "remove the invisible control character U+{:04X} from this text",
                    u32::from(c)
                ),
            );
        }
    }

    /// A list within its limit.
    fn count(&mut self, path: &Path, len: usize, max: usize, what: &str) {
        if len > max {
            self.report(
                path.clone(),
                format!("{len} {what} is more than the {max} a dataset may hold; keep the ones that matter most"),
            );
        }
    }

    /// A weight within [`MAX_WEIGHT`] with at most three decimals: links
    /// version a decision by thousandths, and packed datasets carry
    /// thousandths exactly (see `packed`).
    fn precise(&mut self, path: &Path, value: f64) {
        if value > MAX_WEIGHT {
            self.report(
                path.clone(),
                format!("{value} is too large; weights are compared with each other, so keep them small (at most 1000)"),
            );
        } else if thousandths(value).is_none() {
            self.report(
                path.clone(),
                format!(
                    "{value} has more than three decimals; round it (such as `{}`)",
                    format!("{value:.3}")
                        .trim_end_matches('0')
                        .trim_end_matches('.')
                ),
            );
        }
    }

    /// The anchor rule of `versus audit`, per pair: with an anchor answer
    /// that holds a team to one candidate, no single other answer gives
    /// another candidate's single stack.
    fn anchor(&mut self) {
        let d = self.dataset;
        let engine = crate::Engine::new(d);
        let mut seen = HashSet::new();
        for o in crate::audit::anchor_outweighed(&engine) {
            // A mix that repeats its part runs one candidate: that mistake
            // is reported where it is, not as the anchor's.
            let mix = &d.verdicts[o.verdict].combines;
            let repeats = mix.iter().enumerate().any(|(i, c)| mix[..i].contains(c));
            if repeats || !seen.insert(o.other) {
                continue;
            }
            let (aq, ao) = o.anchor;
            let (q, opt) = o.other;
            let anchor = &d.questions[aq];
            let question = &d.questions[q];
            self.report(
                Path::default()
                    .key("questions")
                    .index(q)
                    .key("options")
                    .index(opt)
                    .key("argues"),
                format!(
                    "this one answer outweighs the anchor question: with `{}={}`, `{}={}` alone gives `{}`; lower its weights, or raise the anchor's, so that the anchor outweighs any single other answer",
                    anchor.id,
                    anchor.options[ao].id,
                    question.id,
                    question.options[opt].id,
                    d.verdicts[o.verdict].id
                ),
            );
        }
    }

    /// Ids are unique within their list, and safe wherever ids travel:
    /// share links (`team.python`), `question=option` pairs, TOML keys.
    fn unique_ids<'a>(&mut self, path: &Path, ids: impl Iterator<Item = &'a Text>) {
        let mut seen = HashSet::new();
        for (i, id) in ids.enumerate() {
            if id.trim().is_empty() {
                self.report(path.index(i).key("id"), "id must not be empty".into());
            } else if !is_id(id) {
                self.report(
                    path.index(i).key("id"),
                    format!(
                        "id `{id}` may hold only lowercase letters and digits, in words joined by single hyphens (such as `{}`): ids travel in share links and `question=option` pairs",
                        id_like(id)
                    ),
                );
            } else if !seen.insert(id.as_ref()) {
                self.report(
                    path.index(i).key("id"),
                    format!("id `{id}` is used twice here; ids must be unique"),
                );
            }
        }
    }
}

/// The largest weight a dataset may give.
pub const MAX_WEIGHT: f64 = 1000.0;

/// A number as a whole count of thousandths, if it is exactly one.
pub fn thousandths(value: f64) -> Option<i64> {
    let n = (value * 1000.0).round();
    (n.abs() < 1e15 && n / 1000.0 == value).then_some(n as i64)
}

/// The nearest id to `text` that follows the rules.
fn id_like(text: &str) -> String {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        "an-id".into()
    } else {
        words.join("-")
    }
}

/// The nearest dataset id to `text`: an id, starting with a letter.
fn dataset_id_like(text: &str) -> String {
    let id = id_like(text);
    if id.starts_with(|c: char| c.is_ascii_digit()) {
        format!("vs-{id}")
    } else {
        id
    }
}

fn ids<'a>(ids: impl Iterator<Item = &'a Text>) -> String {
    let list: Vec<String> = ids.map(|id| format!("`{id}`")).collect();
    list.join(", ")
}
