//! Packed datasets: what `versus pack` writes and a widget reads at run
//! time, by URL or inline in a `<script type="application/x-versus-pack">`
//! element, without a TOML parser.
//!
//! The format is text, one value per line, in the model's field order,
//! then the lines of the pack's word catalogue (`crate::words`; none for
//! English):
//!
//! ```text
//! versus-pack 2          the format and its version
//! "node-vs-django        text: `"` then the text, escaped
//! #10                    a number: `#` then decimal, at most 3 decimals
//! *12                    a list: `*` then its length, then its items
//! -                      nothing (an absent optional value), or false
//! +                      true
//! ```
//!
//! Text escapes `\\`, `\n`, `\t`, `\r` and `\l` (for `<`); a raw `<`, a
//! control character or any other escape is refused, so a pack is safe
//! inside a `<script>` element (no `</script`, no `<!--`) and holds text,
//! never markup. Positional, with no field names: it is small (Node.js vs
//! Django, whole: 28,681 B, 8,066 B brotli; its TOML 43,326 B, 10,257 B
//! brotli), needs no parser beyond splitting
//! lines, and decodes with the string and number code the wasm already
//! has. The version names the field order: any change to the model's
//! fields is a new version, and a reader refuses a version it does not know,
//! naming both.
//!
//! [`decode`] treats its input as untrusted: a capped size, capped text
//! lengths and list lengths (the limits in [`crate::format`]), no
//! recursion deeper than the model's fixed nesting, one pass over the
//! input, and every reference checked, so whatever the bytes it returns a
//! dataset the engine can run or a [`PackError`], and never panics.
//!
//! The widget reads every dataset this way, the bundled ones too (the
//! build packs them), so the one decoder is the one tested:
//!
//! ```text
//! match versus_core::packed::decode(&text) {
//!     Ok(dataset) => ...,
//!     // Its Display names the problem (and both versions, for a version
//!     // mismatch); the console message adds the file or element.
//!     Err(error) => ...,
//! }
//! ```

use std::borrow::Cow;

use crate::format::{
    is_dataset_id, is_id, MAX_ALL_OPTIONS, MAX_CANDIDATES, MAX_ITEMS, MAX_OPTIONS, MAX_QUESTIONS,
    MAX_TEXT, MAX_VERDICTS,
};
use crate::model::{
    Argument, Candidate, Category, Choice, Claim, Cost, Dataset, Decision, Faq, Keyed, List,
    ProductionUser, Question, Row, Scope, Section, Source, Text, Verdict,
};
use crate::validate::MAX_WEIGHT;

/// The first word of every packed dataset.
pub const MAGIC: &str = "versus-pack";
/// The format version this code writes and reads (2: the words of the
/// pack's language follow the dataset).
pub const VERSION: u32 = 2;
/// The largest packed dataset a reader accepts, in bytes.
pub const MAX_BYTES: usize = 1 << 20;
/// The media type for a packed dataset, inline or served.
pub const MEDIA_TYPE: &str = "application/x-versus-pack";

/// Why a packed dataset was refused. Lines count from 1.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PackError {
    #[error("not a packed Versus dataset: it does not start with `versus-pack`")]
    NotPacked,
    #[error("packed with format version {found}, but this reader knows version {supported}: pack the dataset with the `versus` that matches the widget")]
    Version { found: u32, supported: u32 },
    #[error("{bytes} bytes: more than the {max} a packed dataset may hold")]
    TooLarge { bytes: usize, max: usize },
    #[error("line {line}: the file ends before the dataset does (cut short?)")]
    Truncated { line: usize },
    #[error("line {line}: {expected} expected")]
    Expected { line: usize, expected: &'static str },
    #[error("line {line}: text longer than {max} bytes")]
    TooLong { line: usize, max: usize },
    #[error("line {line}: a control character, a raw `<` or an unknown escape in text")]
    Character { line: usize },
    #[error("line {line}: a list of more than {max} entries")]
    TooMany { line: usize, max: usize },
    #[error("line {line}: more after the end of the dataset")]
    Trailing { line: usize },
    #[error("the dataset does not hold together: {0}")]
    Inconsistent(&'static str),
}

type Result<T> = std::result::Result<T, PackError>;

/// Packs a validated dataset, in English (no words of its own).
pub fn encode(dataset: &Dataset) -> String {
    encode_with_words(dataset, &[])
}

/// Packs a validated dataset with the words of its language: the lines
/// of a catalogue file (`versus_core::words`), none for English.
pub fn encode_with_words(dataset: &Dataset, words: &[Text]) -> String {
    let mut w = Writer(String::with_capacity(64 * 1024));
    w.0.push_str(MAGIC);
    w.0.push(' ');
    w.0.push_str(&VERSION.to_string());
    w.0.push('\n');
    dataset.put(&mut w);
    words.put(&mut w);
    w.0
}

/// What a packed file holds: a dataset, and the lines of its language's
/// catalogue (empty: English).
#[derive(Clone, Debug, PartialEq)]
pub struct Pack {
    pub dataset: Dataset,
    pub words: List<Text>,
}

/// Reads a packed dataset: what [`encode`] wrote, checked.
pub fn decode(packed: &str) -> Result<Dataset> {
    decode_pack(packed).map(|pack| pack.dataset)
}

/// Reads a packed file whole: the dataset, checked, and its words.
pub fn decode_pack(packed: &str) -> Result<Pack> {
    let pack = read(packed)?;
    whole_holds_together(&pack.dataset)?;
    Ok(pack)
}

/// Header, the dataset, its words, nothing after them, then the integrity
/// checks.
fn read(packed: &str) -> Result<Pack> {
    if packed.len() > MAX_BYTES {
        return Err(PackError::TooLarge {
            bytes: packed.len(),
            max: MAX_BYTES,
        });
    }
    let mut r = Reader {
        rest: packed,
        line: 0,
        error: None,
    };
    let header = r.line();
    let version = header
        .strip_prefix(MAGIC)
        .and_then(|v| v.strip_prefix(' '))
        .ok_or(PackError::NotPacked)?;
    let found = digits(version, 9).ok_or(PackError::NotPacked)?;
    if found != u64::from(VERSION) {
        return Err(PackError::Version {
            found: found as u32,
            supported: VERSION,
        });
    }
    let dataset = Dataset::take(&mut r);
    let words = List::<Text>::take(&mut r);
    if let Some(error) = r.error {
        return Err(error);
    }
    // One final line break, or none.
    if !(r.rest.is_empty() || r.rest == "\n" || r.rest == "\r\n") {
        return Err(PackError::Trailing { line: r.line + 1 });
    }
    holds_together(&dataset)?;
    Ok(Pack { dataset, words })
}

/// A whole number of at most `max` digits.
fn digits(text: &str, max: usize) -> Option<u64> {
    if text.is_empty() || text.len() > max || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')))
}

struct Writer(String);

impl Writer {
    fn line(&mut self, tag: char, body: &str) {
        self.0.push(tag);
        self.0.push_str(body);
        self.0.push('\n');
    }
}

/// Reads lines. The first problem sticks: from then on every read gives
/// an empty value at once and lists are empty, so decoding ends in a few
/// steps, and no value needs unwinding on the way (less code in the wasm
/// than `?` after every field, which drops what each struct has so far).
struct Reader<'a> {
    rest: &'a str,
    /// The number of the line last read.
    line: usize,
    error: Option<PackError>,
}

impl<'a> Reader<'a> {
    fn fail(&mut self, error: PackError) {
        if self.error.is_none() {
            self.error = Some(error);
        }
        self.rest = "";
    }

    fn expected(&mut self, expected: &'static str) {
        let line = self.line;
        self.fail(PackError::Expected { line, expected });
    }

    fn line(&mut self) -> &'a str {
        if self.rest.is_empty() {
            let line = self.line + 1;
            self.fail(PackError::Truncated { line });
            return "";
        }
        let (line, rest) = self.rest.split_once('\n').unwrap_or((self.rest, ""));
        self.rest = rest;
        self.line += 1;
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// The rest of a line that starts with `tag`.
    fn tagged(&mut self, tag: char, expected: &'static str) -> &'a str {
        let line = self.line();
        match line.strip_prefix(tag) {
            Some(body) => body,
            None => {
                self.expected(expected);
                ""
            }
        }
    }

    /// A list's length, within [`MAX_ITEMS`]. Not inlined: one copy
    /// serves every kind of list (wasm size).
    #[inline(never)]
    fn count(&mut self) -> usize {
        let body = self.tagged('*', "a list");
        match digits(body, 4) {
            Some(len) if len as usize <= MAX_ITEMS => len as usize,
            Some(_) => {
                let line = self.line;
                self.fail(PackError::TooMany {
                    line,
                    max: MAX_ITEMS,
                });
                0
            }
            None => {
                self.expected("a list length");
                0
            }
        }
    }

    /// Whether the next line is `-` (read if so).
    fn absent(&mut self) -> bool {
        let next = self.rest.split_once('\n').map_or(self.rest, |(l, _)| l);
        let absent = next.strip_suffix('\r').unwrap_or(next) == "-";
        if absent {
            self.line();
        }
        absent
    }
}

/// A value written as lines (only whole files are written).
trait Put {
    fn put(&self, w: &mut Writer);
}

/// A value read back from lines; after a problem, an empty one.
trait Take {
    fn take(r: &mut Reader<'_>) -> Self;
}

impl Put for Text {
    fn put(&self, w: &mut Writer) {
        let mut body = String::with_capacity(self.len());
        for c in self.chars() {
            match c {
                '\\' => body.push_str("\\\\"),
                '\n' => body.push_str("\\n"),
                '\t' => body.push_str("\\t"),
                '\r' => body.push_str("\\r"),
                '<' => body.push_str("\\l"),
                c => body.push(c),
            }
        }
        w.line('"', &body);
    }
}

impl Take for Text {
    fn take(r: &mut Reader<'_>) -> Self {
        let body = r.tagged('"', "text");
        let line = r.line;
        if body.len() > MAX_TEXT {
            r.fail(PackError::TooLong {
                line,
                max: MAX_TEXT,
            });
            return Cow::Borrowed("");
        }
        let mut text = String::with_capacity(body.len());
        let mut chars = body.chars();
        while let Some(c) = chars.next() {
            let c = match c {
                '\\' => match chars.next() {
                    Some('\\') => Some('\\'),
                    Some('n') => Some('\n'),
                    Some('t') => Some('\t'),
                    Some('r') => Some('\r'),
                    Some('l') => Some('<'),
                    _ => None,
                },
                // Raw: no control character, no markup.
                c if c.is_control() || c == '<' => None,
                c => Some(c),
            };
            match c {
                Some(c) => text.push(c),
                None => {
                    r.fail(PackError::Character { line });
                    return Cow::Borrowed("");
                }
            }
        }
        Cow::Owned(text)
    }
}

/// Numbers are non-negative thousandths, written in decimal: `#10`,
/// `#0.5`, `#2.125`. Validation holds every weight to this.
impl Put for f64 {
    fn put(&self, w: &mut Writer) {
        let n = crate::validate::thousandths(*self).unwrap_or(0).max(0);
        let (whole, part) = (n / 1000, n % 1000);
        let body = if part == 0 {
            whole.to_string()
        } else {
            let part = format!("{part:03}");
            format!("{whole}.{}", part.trim_end_matches('0'))
        };
        w.line('#', &body);
    }
}

impl Take for f64 {
    fn take(r: &mut Reader<'_>) -> Self {
        let body = r.tagged('#', "a number");
        let (whole, part) = body.split_once('.').unwrap_or((body, "0"));
        let value = match (digits(whole, 4), digits(part, 3)) {
            (Some(whole), Some(thousandths)) => {
                let scale = [100, 10, 1][part.len() - 1];
                (whole * 1000 + thousandths * scale) as f64 / 1000.0
            }
            _ => f64::INFINITY,
        };
        if value > MAX_WEIGHT {
            r.expected("a number of at most 1000 with at most three decimals");
            return 0.0;
        }
        value
    }
}

impl Put for bool {
    fn put(&self, w: &mut Writer) {
        w.line(if *self { '+' } else { '-' }, "");
    }
}

impl Take for bool {
    fn take(r: &mut Reader<'_>) -> Self {
        match r.line() {
            "+" => true,
            "-" => false,
            _ => {
                r.expected("`+` or `-`");
                false
            }
        }
    }
}

impl Put for Scope {
    fn put(&self, w: &mut Writer) {
        w.line(
            '"',
            match self {
                Scope::Part => "part",
                Scope::Project => "project",
            },
        );
    }
}

impl Take for Scope {
    fn take(r: &mut Reader<'_>) -> Self {
        match r.tagged('"', "a scope") {
            "part" => Scope::Part,
            "project" => Scope::Project,
            _ => {
                r.expected("`part` or `project`");
                Scope::Part
            }
        }
    }
}

impl<T: Put> Put for Option<T> {
    fn put(&self, w: &mut Writer) {
        match self {
            Some(value) => value.put(w),
            None => w.line('-', ""),
        }
    }
}

impl<T: Take> Take for Option<T> {
    fn take(r: &mut Reader<'_>) -> Self {
        if r.absent() {
            None
        } else {
            Some(T::take(r))
        }
    }
}

impl<T: Put + Clone> Put for List<T> {
    fn put(&self, w: &mut Writer) {
        self.as_ref().put(w);
    }
}

impl<T: Put> Put for [T] {
    fn put(&self, w: &mut Writer) {
        w.line('*', &self.len().to_string());
        for item in self {
            item.put(w);
        }
    }
}

impl<T: Take + Clone> Take for List<T> {
    fn take(r: &mut Reader<'_>) -> Self {
        let len = r.count();
        // Grown as items arrive, not reserved from the untrusted length:
        // memory follows the bytes actually read.
        let mut items = Vec::new();
        for _ in 0..len {
            if r.error.is_some() {
                break;
            }
            items.push(T::take(r));
        }
        Cow::Owned(items)
    }
}

impl<T: Put + 'static> Put for Keyed<T> {
    fn put(&self, w: &mut Writer) {
        self.key.put(w);
        self.value.put(w);
    }
}

impl<T: Take + 'static> Take for Keyed<T> {
    fn take(r: &mut Reader<'_>) -> Self {
        Keyed {
            key: Take::take(r),
            value: Take::take(r),
        }
    }
}

/// Packs a struct as its fields in order; the field list is the format.
macro_rules! packs {
    ($ty:ty { $($field:ident),* $(,)? }) => {
        impl Put for $ty {
            fn put(&self, w: &mut Writer) {
                $( self.$field.put(w); )*
            }
        }
        impl Take for $ty {
            fn take(r: &mut Reader<'_>) -> Self {
                Self { $( $field: Take::take(r), )* }
            }
        }
    };
}

packs!(Dataset {
    id,
    title,
    summary,
    source,
    sections,
    candidates,
    verdicts,
    categories,
    rows,
    decision,
    arguments,
    questions,
    pros,
    cons,
    use_cases,
    users,
    faq,
});
packs!(Source { title, note, url });
packs!(Section {
    id,
    title,
    hint,
    anchor
});
packs!(Candidate {
    id,
    name,
    tagline,
    section
});
packs!(Verdict {
    id,
    name,
    headline,
    candidate,
    combines,
    cost,
    section
});
packs!(Cost {
    weight,
    text,
    section
});
packs!(Category { id, name });
packs!(Row {
    id,
    feature,
    category,
    values,
    favours,
    note,
    core,
    section
});
packs!(Decision { anchor, decisive });
packs!(Argument {
    id,
    favours,
    scope,
    claim,
    section
});
packs!(Question {
    id,
    prompt,
    help,
    options
});
packs!(Choice {
    id,
    label,
    reason,
    argues,
    rows,
    section,
    condition
});
packs!(Claim {
    id,
    about,
    text,
    when,
    section
});
packs!(ProductionUser {
    name,
    about,
    usage,
    section
});
packs!(Faq {
    id,
    question,
    answer,
    section
});

/// The checks the engine and views rely on, with no words beyond a phrase
/// (a reader's page needs no advice; `versus validate` gives it), on what
/// both copies of a dataset hold: ids follow the rules and are unique,
/// every reference resolves, counts are within the limits, weights are
/// positive, mixes mix. A dataset that passes `validate` passes these.
/// Lookups are linear scans: lists are short, and hashing would add code
/// to the wasm for nothing.
fn holds_together(d: &Dataset) -> Result<()> {
    fn check(ok: bool, what: &'static str) -> Result<()> {
        if ok {
            Ok(())
        } else {
            Err(PackError::Inconsistent(what))
        }
    }
    // One copy of the loop, not one per kind of list (wasm size).
    fn ids(list: &mut dyn Iterator<Item = &Text>) -> Result<()> {
        let mut seen: Vec<&str> = Vec::new();
        for id in list {
            check(is_id(id), "an id breaks the id rules")?;
            check(!seen.contains(&id.as_ref()), "an id is used twice")?;
            seen.push(id);
        }
        Ok(())
    }
    check(is_dataset_id(&d.id), "the dataset id breaks the id rules")?;
    ids(&mut d.sections.iter().map(|s| &s.id))?;
    ids(&mut d.candidates.iter().map(|c| &c.id))?;
    ids(&mut d.verdicts.iter().map(|v| &v.id))?;
    ids(&mut d.categories.iter().map(|c| &c.id))?;
    ids(&mut d.rows.iter().map(|r| &r.id))?;
    ids(&mut d.arguments.iter().map(|a| &a.id))?;
    ids(&mut d.questions.iter().map(|q| &q.id))?;
    ids(&mut d.cons.iter().map(|c| &c.id))?;

    let section = |id: &str| check(d.section(id).is_some(), "a section is not defined");
    let candidate = |id: &str| check(d.candidate(id).is_some(), "a candidate is not defined");

    check(
        (1..=MAX_CANDIDATES).contains(&d.candidates.len()),
        "too many or too few candidates",
    )?;
    check(
        (2..=MAX_VERDICTS).contains(&d.verdicts.len()),
        "too many or too few verdicts",
    )?;
    check(
        (1..=MAX_QUESTIONS).contains(&d.questions.len()),
        "too many or too few questions",
    )?;
    check(
        d.questions.iter().map(|q| q.options.len()).sum::<usize>() <= MAX_ALL_OPTIONS,
        "too many options",
    )?;
    check(d.decision.decisive > 0.0, "a positive decisive weight")?;
    if let Some(anchor) = &d.decision.anchor {
        check(
            d.question_index(anchor).is_some(),
            "the anchor is not a question",
        )?;
    }
    for v in d.verdicts.iter() {
        match (&v.candidate, &v.combines[..]) {
            (Some(c), []) => candidate(c)?,
            (None, mix) if mix.len() >= 2 => {
                for (i, c) in mix.iter().enumerate() {
                    candidate(c)?;
                    check(!mix[..i].contains(c), "a mix names a candidate twice")?;
                }
            }
            _ => check(false, "a verdict runs one candidate or mixes two or more")?,
        }
        if let Some(cost) = &v.cost {
            section(&cost.section)?;
        }
    }
    for r in d.rows.iter() {
        check(
            d.category(&r.category).is_some(),
            "a category is not defined",
        )?;
        for value in r.values.iter() {
            candidate(&value.key)?;
        }
        check(
            d.candidates.iter().all(|c| r.value(&c.id).is_some()),
            "a row lacks a candidate's value",
        )?;
        if let Some(favours) = &r.favours {
            candidate(favours)?;
        }
    }
    for a in d.arguments.iter() {
        section(&a.section)?;
        candidate(&a.favours)?;
    }
    for q in d.questions.iter() {
        check(
            (2..=MAX_OPTIONS).contains(&q.options.len()),
            "too many or too few options",
        )?;
        ids(&mut q.options.iter().map(|o| &o.id))?;
        for o in q.options.iter() {
            section(&o.section)?;
            for w in o.argues.iter() {
                check(d.argument(&w.key).is_some(), "an argument is not defined")?;
                check(w.value > 0.0, "a weight is not positive")?;
            }
            for row in o.rows.iter() {
                check(d.row(row).is_some(), "a row is not defined")?;
            }
        }
    }
    for c in d.cons.iter() {
        section(&c.section)?;
        check(
            d.candidate(&c.about).is_some() || d.verdict_index(&c.about).is_some(),
            "a claim is about nothing defined",
        )?;
        for answer in c.when.iter() {
            check(d.answer(answer).is_some(), "an answer is not defined")?;
        }
    }
    Ok(())
}

/// The same checks on what only the whole file holds: the sections facts
/// cite, and what pros, good fits, users and FAQ entries are about.
fn whole_holds_together(d: &Dataset) -> Result<()> {
    let fail = PackError::Inconsistent("a fact outside the quiz refers to nothing defined");
    let section = |id: &Text| d.section(id).is_some();
    let about = |id: &Text| d.candidate(id).is_some() || d.verdict_index(id).is_some();
    let mut ids: Vec<&str> = Vec::new();
    let sound = d.candidates.iter().all(|c| section(&c.section))
        && d.verdicts.iter().all(|v| section(&v.section))
        && d.rows.iter().all(|r| section(&r.section))
        && [&d.pros, &d.use_cases].iter().all(|claims| {
            ids.clear();
            claims.iter().all(|c| {
                let fresh = is_id(&c.id) && !ids.contains(&c.id.as_ref());
                ids.push(&c.id);
                fresh
                    && section(&c.section)
                    && about(&c.about)
                    && c.when.iter().all(|a| d.answer(a).is_some())
            })
        })
        && d.users
            .iter()
            .all(|u| section(&u.section) && d.candidate(&u.about).is_some())
        && d.faq.iter().enumerate().all(|(i, f)| {
            is_id(&f.id) && !d.faq[..i].iter().any(|g| g.id == f.id) && section(&f.section)
        });
    if sound {
        Ok(())
    } else {
        Err(fail)
    }
}
