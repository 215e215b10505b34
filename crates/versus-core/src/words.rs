//! The words a reader sees, in one catalogue per language.
//!
//! Every sentence and phrase the widget, the decision record, the
//! colleague comparison and the command line show is a message of a
//! catalogue: a key, declared once with its English text by [`catalogue!`]
//! (English is the reference, compiled in, so a message missing in English
//! does not compile), and a [`Words`] value that gives each message in one
//! language. A message is a template:
//!
//! - `{name}` puts an argument in (text, or a number in the language's own
//!   form: `2.5` in English, `2,5` in German);
//! - `{name, one {# answer} other {# answers}}` chooses by the plural
//!   category of the number `name` (`zero`, `one`, `two`, `few`, `many`,
//!   `other`, or an exact `=0`), `#` being that number; a branch may hold
//!   other `{name}`s.
//!
//! Another language is a catalogue file, read by [`Words::parse`]: a
//! header (`lang`, `dir`, `decimal`, `plural`) and one `Key = text` line a
//! message, in any order. Its plural rules are data too
//! (`plural = one: n = 1; few: n % 100 = 3..10`), so a new language needs
//! no code. A message it lacks falls back to English (a test holds every
//! shipped catalogue complete).

use std::borrow::Cow;

use crate::model::Text;

/// Declares the messages of one catalogue: an enum of keys with their
/// English text.
#[macro_export]
macro_rules! catalogue {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $( $(#[$doc:meta])* $key:ident = $english:literal, )* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $name { $( $(#[$doc])* $key, )* }

        impl $crate::words::Message for $name {
            const ALL: &'static [Self] = &[$( $name::$key, )*];
            fn key(self) -> &'static str {
                match self { $( $name::$key => stringify!($key), )* }
            }
            fn english(self) -> &'static str {
                match self { $( $name::$key => $english, )* }
            }
        }
    };
}

/// A message of a catalogue (declared with [`catalogue!`]).
pub trait Message: Copy + 'static {
    /// Every message, in declaration order.
    const ALL: &'static [Self];
    /// Its key in a catalogue file.
    fn key(self) -> &'static str;
    /// Its English text, the reference.
    fn english(self) -> &'static str;
}

/// An argument of a message.
#[derive(Clone, Copy, Debug)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text)
    }
}

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg::Number(n)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

/// One condition of a plural rule: `n [% m] = a[..b]`, or `!=`.
#[derive(Clone, Debug, PartialEq)]
struct Condition {
    modulo: Option<u64>,
    from: u64,
    to: u64,
    negated: bool,
}

/// A language's words: its messages and the rules its grammar needs.
#[derive(Clone, Debug, PartialEq)]
pub struct Words {
    /// The language (`en`, `de`, `ar`).
    pub lang: Text,
    /// Written right to left.
    pub rtl: bool,
    /// The decimal separator.
    decimal: char,
    /// Plural categories in order, each with the conditions (all must
    /// hold) that select it; a number no category takes is `other`.
    plural: Vec<(Text, Vec<Condition>)>,
    /// Message texts by key; what is missing is English.
    texts: Vec<(Text, Text)>,
}

/// English, the reference: its texts are the catalogue's own.
pub static ENGLISH: Words = Words {
    lang: Cow::Borrowed("en"),
    rtl: false,
    decimal: '.',
    plural: Vec::new(),
    texts: Vec::new(),
};

/// Why a catalogue file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogueError {
    pub line: usize,
    pub problem: String,
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl Words {
    /// Reads a catalogue file: `key = value` lines (blank lines and `#`
    /// comments aside). `lang` is required; `dir` is `ltr` (default) or
    /// `rtl`; `decimal` one character; `plural` the rules.
    pub fn parse(text: &str) -> Result<Words, CatalogueError> {
        let mut words = Words {
            lang: Cow::Borrowed(""),
            rtl: false,
            decimal: '.',
            plural: Vec::new(),
            texts: Vec::new(),
        };
        for (i, line) in text.lines().enumerate() {
            let fail = |problem: &str| CatalogueError {
                line: i + 1,
                problem: problem.to_string(),
            };
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (key, value) = line
                .split_once('=')
                .ok_or_else(|| fail("`key = text` expected"))?;
            // A text keeps any indentation after the one space that
            // follows `=` (the command line indents some lines).
            let key = key.trim();
            let text = value.strip_prefix(' ').unwrap_or(value).trim_end();
            let value = value.trim();
            match key {
                "lang" => words.lang = Cow::Owned(value.to_string()),
                "dir" => {
                    words.rtl = match value {
                        "rtl" => true,
                        "ltr" => false,
                        _ => return Err(fail("`dir` is `ltr` or `rtl`")),
                    }
                }
                "decimal" => {
                    let mut chars = value.chars();
                    words.decimal = match (chars.next(), chars.next()) {
                        (Some(c), None) => c,
                        _ => return Err(fail("`decimal` is one character")),
                    }
                }
                "plural" => words.plural = plural_rules(value).ok_or_else(|| fail("a plural rule is `category: n [% m] = a[..b] [and ...]`, rules separated by `;`"))?,
                _ => words.texts.push((Cow::Owned(key.to_string()), Cow::Owned(text.replace("\\n", "\n")))),
            }
        }
        if words.lang.is_empty() {
            return Err(CatalogueError {
                line: 1,
                problem: "the catalogue names no `lang`".into(),
            });
        }
        Ok(words)
    }

    /// The keys of `M` this catalogue lacks (English lacks none).
    pub fn missing<M: Message>(&self) -> Vec<&'static str> {
        M::ALL
            .iter()
            .map(|m| m.key())
            .filter(|key| self.missing_key(key))
            .collect()
    }

    /// Whether this catalogue lacks the message with this key.
    pub fn missing_key(&self, key: &str) -> bool {
        !self.is_english() && self.text(key).is_none()
    }

    /// The text this catalogue gives the message with this key, if any
    /// (English gives none: its texts are the catalogue's own).
    pub fn text(&self, key: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, text)| text.as_ref())
    }

    fn is_english(&self) -> bool {
        self.texts.is_empty()
    }

    /// A message's template in this language.
    pub fn template<M: Message>(&self, message: M) -> &str {
        self.text(message.key()).unwrap_or(message.english())
    }

    /// A message with no argument.
    pub fn get<M: Message>(&self, message: M) -> String {
        self.say(message, &[])
    }

    /// A message with its arguments put in.
    pub fn say<M: Message>(&self, message: M, args: &[(&str, Arg<'_>)]) -> String {
        // Our own call sites must give every argument the English names:
        // a missing one would silently vanish from the sentence.
        if cfg!(debug_assertions) {
            for name in placeholders(message.english()).unwrap_or_default() {
                assert!(
                    args.iter().any(|(n, _)| *n == name),
                    "{}: no argument `{name}`",
                    message.key()
                );
            }
        }
        let mut out = String::new();
        self.fill(self.template(message), args, None, &mut out);
        out
    }

    /// A number as this language writes it: at most two decimals, no
    /// trailing zeros.
    pub fn number(&self, n: f64) -> String {
        let hundredths = (n.abs() * 100.0).round() as u64;
        let mut out = String::new();
        if n < 0.0 && hundredths > 0 {
            out.push('-');
        }
        out.push_str(&(hundredths / 100).to_string());
        let fraction = hundredths % 100;
        if fraction > 0 {
            out.push(self.decimal);
            out.push(char::from(b'0' + (fraction / 10) as u8));
            if !fraction.is_multiple_of(10) {
                out.push(char::from(b'0' + (fraction % 10) as u8));
            }
        }
        out
    }

    /// The plural category of a number in this language.
    pub fn category(&self, n: f64) -> &str {
        let whole = n >= 0.0 && n.fract() == 0.0;
        if self.is_english() && self.plural.is_empty() {
            return if whole && n == 1.0 { "one" } else { "other" };
        }
        if !whole {
            return "other";
        }
        let n = n as u64;
        self.plural
            .iter()
            .find(|(_, conditions)| {
                conditions.iter().all(|c| {
                    let v = c.modulo.map_or(n, |m| n % m);
                    (c.from..=c.to).contains(&v) != c.negated
                })
            })
            .map_or("other", |(category, _)| category)
    }

    /// Puts the arguments into a template (see the module's comment);
    /// `hash` is the number `#` stands for inside a plural branch.
    fn fill(&self, template: &str, args: &[(&str, Arg<'_>)], hash: Option<f64>, out: &mut String) {
        let arg = |name: &str| args.iter().find(|(n, _)| *n == name).map(|(_, a)| *a);
        let mut rest = template;
        while let Some(i) = rest.find(['{', '#']) {
            out.push_str(&rest[..i]);
            if rest[i..].starts_with('#') {
                match hash {
                    Some(n) => out.push_str(&self.number(n)),
                    None => out.push('#'),
                }
                rest = &rest[i + 1..];
                continue;
            }
            let Some(end) = closing(&rest[i..]).map(|e| i + e) else {
                out.push_str(&rest[i..]);
                return;
            };
            let inner = &rest[i + 1..end];
            match inner.split_once(',') {
                None => match arg(inner.trim()) {
                    Some(Arg::Text(text)) => out.push_str(text),
                    Some(Arg::Number(n)) => out.push_str(&self.number(n)),
                    None => {}
                },
                Some((name, branches)) => {
                    let n = match arg(name.trim()) {
                        Some(Arg::Number(n)) => n,
                        _ => 0.0,
                    };
                    // `=N` matches a whole number exactly.
                    let exact = |c: &str| {
                        c.strip_prefix('=')
                            .and_then(|v| v.parse::<u64>().ok())
                            .is_some_and(|v| v as f64 == n)
                    };
                    let category = self.category(n);
                    let parsed = branches_of(branches);
                    let chosen = parsed
                        .iter()
                        .find(|(c, _)| exact(c))
                        .or_else(|| parsed.iter().find(|(c, _)| *c == category))
                        .or_else(|| parsed.iter().find(|(c, _)| *c == "other"));
                    if let Some((_, text)) = chosen {
                        self.fill(text, args, Some(n), out);
                    }
                }
            }
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
    }

    /// "A", "A and B", "A, B and C", as this language joins a list
    /// (`pair`: "{a} and {b}"; `middle`: "{a}, {b}"; `last`: "{a} and {b}").
    pub fn list<M: Message>(&self, items: &[&str], pair: M, middle: M, last: M) -> String {
        match items {
            [] => String::new(),
            [one] => (*one).to_string(),
            [a, b] => self.say(pair, &[("a", Arg::Text(a)), ("b", Arg::Text(b))]),
            [first, rest @ ..] => {
                let mut out = (*first).to_string();
                for (i, item) in rest.iter().enumerate() {
                    let joint = if i + 1 == rest.len() { last } else { middle };
                    out = self.say(joint, &[("a", Arg::Text(&out)), ("b", Arg::Text(item))]);
                }
                out
            }
        }
    }
}

/// The argument names a template uses, in order of first use, or why it
/// is not a well-formed template: a brace left open or closed too often,
/// a plural choice without its `other` branch.
pub fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut names = Vec::new();
    collect(template, &mut names)?;
    Ok(names)
}

fn collect<'t>(template: &'t str, names: &mut Vec<&'t str>) -> Result<(), String> {
    let mut rest = template;
    while let Some(i) = rest.find(['{', '}']) {
        if rest[i..].starts_with('}') {
            return Err(format!("a `}}` closes nothing in `{template}`"));
        }
        let end = closing(&rest[i..])
            .map(|e| i + e)
            .ok_or_else(|| format!("a `{{` is never closed in `{template}`"))?;
        let inner = &rest[i + 1..end];
        let (name, branches) = match inner.split_once(',') {
            Some((name, branches)) => (name.trim(), Some(branches)),
            None => (inner.trim(), None),
        };
        if name.is_empty() || name.contains(['{', '}']) {
            return Err(format!("`{{{inner}}}` names no argument in `{template}`"));
        }
        if !names.contains(&name) {
            names.push(name);
        }
        if let Some(branches) = branches {
            let parsed = branches_of(branches);
            if !parsed.iter().any(|(c, _)| *c == "other") {
                return Err(format!("`{name}` has no `other` branch in `{template}`"));
            }
            for (_, text) in parsed {
                collect(text, names)?;
            }
        }
        rest = &rest[end + 1..];
    }
    Ok(())
}

/// The index just past the `}` that closes the `{` at the start of `text`.
fn closing(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// `one {…} other {…}` as (category, text) pairs.
fn branches_of(text: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while let Some(open) = rest.find('{') {
        let category = rest[..open].trim();
        let Some(end) = closing(&rest[open..]).map(|e| open + e) else {
            break;
        };
        out.push((category, &rest[open + 1..end]));
        rest = rest[end + 1..].trim_start();
    }
    out
}

/// `one: n = 1; few: n % 100 = 3..10 and n != 5`.
fn plural_rules(text: &str) -> Option<Vec<(Text, Vec<Condition>)>> {
    text.split(';')
        .filter(|rule| !rule.trim().is_empty())
        .map(|rule| {
            let (category, conditions) = rule.split_once(':')?;
            let conditions = conditions
                .split(" and ")
                .map(|condition| {
                    let (left, right, negated) = match condition.split_once("!=") {
                        Some((l, r)) => (l, r, true),
                        None => {
                            let (l, r) = condition.split_once('=')?;
                            (l, r, false)
                        }
                    };
                    let modulo = match left.split_once('%') {
                        Some((n, m)) if n.trim() == "n" => Some(m.trim().parse().ok()?),
                        None if left.trim() == "n" => None,
                        _ => return None,
                    };
                    let (from, to) = match right.split_once("..") {
                        Some((a, b)) => (a.trim().parse().ok()?, b.trim().parse().ok()?),
                        None => {
                            let v = right.trim().parse().ok()?;
                            (v, v)
                        }
                    };
                    Some(Condition {
                        modulo,
                        from,
                        to,
                        negated,
                    })
                })
                .collect::<Option<Vec<_>>>()?;
            Some((Cow::Owned(category.trim().to_string()), conditions))
        })
        .collect()
}

/// A message's English in a pseudo-language for tests: every letter
/// accented, about 40 % longer, between the markers `⟦` and `⟧`, with
/// `{name}`s and plural choices kept (their branches accented in turn). A
/// page rendered in it shows at once any word that is not a message, and
/// whether longer words still fit.
pub fn pseudo(english: &str) -> String {
    let longer = "~".repeat((english.chars().count() * 2).div_ceil(5));
    format!("⟦{}{longer}⟧", accented(english))
}

/// `template` with its own letters accented, its placeholders kept.
fn accented(template: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&accent(&rest[..i]));
        let Some(end) = closing(&rest[i..]).map(|e| i + e) else {
            break;
        };
        let inner = &rest[i + 1..end];
        out.push('{');
        match inner.split_once(',') {
            None => out.push_str(inner),
            Some((name, branches)) => {
                out.push_str(name);
                out.push(',');
                let mut branches = branches;
                while let Some(open) = branches.find('{') {
                    let Some(close) = closing(&branches[open..]).map(|c| open + c) else {
                        break;
                    };
                    out.push_str(&branches[..=open]);
                    out.push_str(&accented(&branches[open + 1..close]));
                    out.push('}');
                    branches = &branches[close + 1..];
                }
                out.push_str(branches);
            }
        }
        out.push('}');
        rest = &rest[end + 1..];
    }
    out.push_str(&accent(rest));
    out
}

fn accent(text: &str) -> String {
    const PLAIN: &str = "aeiouycnAEIOUCN";
    const ACCENTED: [char; 15] = [
        'á', 'é', 'í', 'ó', 'ú', 'ý', 'ç', 'ñ', 'Á', 'É', 'Í', 'Ó', 'Ú', 'Ç', 'Ñ',
    ];
    text.chars()
        .map(|c| PLAIN.find(c).map_or(c, |i| ACCENTED[i]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    catalogue! {
        enum T {
            Answered = "{n, one {# answer} other {# answers}}",
            Ahead = "Ahead of {name} by {n, one {# point} other {# points}}.",
            Pair = "{a} and {b}",
            Middle = "{a}, {b}",
            Last = "{a} and {b}",
        }
    }

    const ARABIC: &str = "lang = ar\ndir = rtl\ndecimal = ٫\nplural = zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99\nAnswered = {n, zero {لا إجابات} one {إجابة واحدة} two {إجابتان} few {# إجابات} many {# إجابة} other {# إجابة}}\n";

    #[test]
    fn english_is_the_reference() {
        assert_eq!(
            ENGLISH.say(T::Answered, &[("n", 1usize.into())]),
            "1 answer"
        );
        assert_eq!(
            ENGLISH.say(T::Answered, &[("n", 3usize.into())]),
            "3 answers"
        );
        assert_eq!(
            ENGLISH.say(T::Ahead, &[("name", "Django".into()), ("n", 2.5.into())]),
            "Ahead of Django by 2.5 points."
        );
        assert!(ENGLISH.missing::<T>().is_empty());
    }

    #[test]
    fn lists_join_as_the_language_does() {
        let list = |items: &[&str]| ENGLISH.list(items, T::Pair, T::Middle, T::Last);
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["A"]), "A");
        assert_eq!(list(&["A", "B"]), "A and B");
        assert_eq!(list(&["A", "B", "C"]), "A, B and C");
        assert_eq!(list(&["A", "B", "C", "D"]), "A, B, C and D");
    }

    #[test]
    fn plural_rules_and_numbers_are_the_catalogues() {
        let ar = Words::parse(ARABIC).expect("valid");
        assert!(ar.rtl);
        let say = |n: usize| ar.say(T::Answered, &[("n", n.into())]);
        assert_eq!(say(0), "لا إجابات");
        assert_eq!(say(2), "إجابتان");
        assert_eq!(say(5), "5 إجابات");
        assert_eq!(say(11), "11 إجابة");
        assert_eq!(say(100), "100 إجابة");
        assert_eq!(ar.number(2.5), "2٫5");
        // What it lacks is English, and named.
        assert_eq!(ar.template(T::Pair), "{a} and {b}");
        assert_eq!(ar.missing::<T>(), ["Ahead", "Pair", "Middle", "Last"]);
        let de = Words::parse("lang = de\ndecimal = ,\nplural = one: n = 1\nAhead = Vor {name} mit {n, one {# Punkt} other {# Punkten}}.").unwrap();
        assert_eq!(
            de.say(T::Ahead, &[("name", "Django".into()), ("n", 1.5.into())]),
            "Vor Django mit 1,5 Punkten."
        );
        assert_eq!(de.category(1.0), "one");
    }

    #[test]
    fn a_broken_catalogue_names_its_line() {
        let error = Words::parse("lang = de\ndir = sideways").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(Words::parse("Answered = x").is_err(), "no lang");
        assert_eq!(
            Words::parse("lang = xx\nplural = one n").unwrap_err().line,
            2
        );
    }

    #[test]
    fn templates_never_panic_on_broken_braces() {
        let w = Words::parse("lang = xx\nAnswered = {n, one {# } other {\nAhead = }{{}}#{name")
            .unwrap();
        let _ = w.say(T::Answered, &[("n", 1usize.into())]);
        let _ = w.say(T::Ahead, &[("name", "x".into()), ("n", 1usize.into())]);
    }
}
