//! `versus`: validate datasets and compute recommendations from the shell,
//! exactly as the widget computes them.
//!
//! Exit status: 0 on success, 1 on an invalid dataset, 2 on bad arguments.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use serde_json::{json, Map, Value};
use versus_core::load::{self, LoadError};
use versus_core::say::Say;
use versus_core::words::{Arg, Words, ENGLISH};
use versus_core::{Answers, Dataset, Engine, Report};

use crate::say::CliSay;

/// `print!` that ends the program quietly when the reader has gone away
/// (`versus render | head`): a closed pipe is the reader's choice, not an
/// error, and `print!` would panic on it.
macro_rules! say {
    ($($arg:tt)*) => { $crate::write_out(format_args!($($arg)*)) };
}

/// `println!`, quietly, as [`say!`].
macro_rules! sayln {
    ($($arg:tt)*) => { $crate::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// Writes to standard output: on a closed pipe exits with success, on
/// any other failure with an error.
fn write_out(text: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(error) = out.write_fmt(text).and_then(|()| out.flush()) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        eprintln!("error: writing the output: {error}");
        std::process::exit(1);
    }
}

#[derive(Parser)]
#[command(
    name = "versus",
    version,
    about = "Decision datasets: validate, recommend, render"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check a dataset file; every problem is reported with file and line.
    Validate {
        /// The dataset TOML file.
        file: PathBuf,
        /// Check it as a translation of this dataset (a bundled id or a
        /// file): every id, reference, number and address the source's,
        /// every text translated (what still reads as the source is listed).
        #[arg(long, value_name = "SOURCE")]
        translation_of: Option<String>,
    },
    /// Compute the verdict, scores and reasons for a set of answers.
    Recommend {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
        /// An answer as QUESTION=OPTION; repeat for each answer.
        #[arg(long = "answer", value_name = "QUESTION=OPTION")]
        answers: Vec<String>,
        /// Print one JSON object instead of text (the same as `--format json`).
        #[arg(long)]
        json: bool,
        /// text, json, or markdown (the decision record the widget copies).
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The link that restores these answers, for the decision record.
        #[arg(long, default_value = "")]
        link: String,
        /// The language to answer in (`de`, `ar`; a region counts as its
        /// language): the words in data/words/<lang>.txt and, for a bundled
        /// dataset, its translation in data/translations/; English where
        /// there are none.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Compare answers from share links: the first is yours, the rest your
    /// colleagues'. Shows each one's verdict, the answers that differ, and
    /// which differences alone would change yours.
    Compare {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
        /// The widget's key in the links (its id attribute); default: the dataset id.
        #[arg(long)]
        key: Option<String>,
        /// Share links (or their fragments): yours first.
        #[arg(required = true, num_args = 1..)]
        links: Vec<String>,
        /// The language to answer in, as for `recommend`.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Print the static fallback HTML: the source's verdict and the comparison table.
    Render {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
        /// Write it as MDX and JSX accept it (className, closed void
        /// elements, no bare braces), for MDX pages (Docusaurus, Astro, Next.js).
        #[arg(long)]
        jsx: bool,
        /// The language to write it in, as for `recommend`.
        #[arg(long, default_value = "en")]
        lang: String,
    },
    /// Validate a dataset and write it packed, for a widget to load at run
    /// time (`<versus-widget src=...>` or inline).
    Pack {
        /// The dataset TOML file.
        file: PathBuf,
        /// Where to write the packed dataset (`-` for standard output).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// The word catalogue of the dataset's language (`words/de.txt`),
        /// for a dataset in a language other than English.
        #[arg(long, value_name = "CATALOGUE")]
        words: Option<PathBuf>,
    },
    /// Print the dataset format as a JSON Schema (draft-07), for TOML
    /// editors (Taplo, Even Better TOML) to complete and check fields.
    Schema,
    /// Print the `custom-elements.json` manifest of `<versus-widget>` (its
    /// attributes, properties and events), which editors and Storybook read.
    Elements,
    /// Print every message of the word catalogues in English, with its key:
    /// the start of a new language's catalogue (`data/words/<lang>.txt`).
    /// With a catalogue, print only what it lacks.
    Words {
        /// A catalogue to check for missing messages.
        catalogue: Option<PathBuf>,
        /// Print the catalogue in a pseudo-language instead (every message
        /// accented, longer, between markers), to test that every word is a
        /// message and that longer words fit.
        #[arg(long, conflicts_with = "catalogue")]
        pseudo: bool,
    },
    /// Evaluate every complete answer set: the distribution of verdicts and
    /// decisiveness, the extremes, and every breach of the model's
    /// invariants (exit status 1 on any breach).
    Audit {
        /// A bundled dataset id (node-vs-django) or a dataset file.
        #[arg(long)]
        dataset: String,
        /// Print one JSON object instead of text.
        #[arg(long)]
        json: bool,
    },
}

/// A failure, and the exit status it deserves.
enum Failure {
    Dataset(LoadError),
    Usage(String),
    /// `audit` found breaches of the decision model.
    Breached(u64),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Validate {
            file,
            translation_of,
        } => validate(&file, translation_of.as_deref()),
        Command::Recommend {
            dataset,
            answers,
            json,
            format,
            link,
            lang,
        } => recommend(
            &dataset,
            &answers,
            if json { Format::Json } else { format },
            &link,
            &lang,
        ),
        Command::Compare {
            dataset,
            key,
            links,
            lang,
        } => compare(&dataset, key.as_deref(), &links, &lang),
        Command::Render { dataset, jsx, lang } => render(&dataset, jsx, &lang),
        Command::Pack {
            file,
            output,
            words,
        } => pack(&file, &output, words.as_deref()),
        Command::Schema => {
            sayln!("{:#}", versus_core::format::json_schema());
            Ok(())
        }
        Command::Elements => {
            sayln!("{:#}", elements());
            Ok(())
        }
        Command::Words { catalogue, pseudo } => words(catalogue.as_deref(), pseudo),
        Command::Audit { dataset, json } => audit::run(&dataset, json),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Dataset(error)) => {
            eprintln!("{error}");
            if !error.problems().is_empty() {
                eprintln!("{}", tally(error.problems()));
            }
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
        Err(Failure::Breached(count)) => {
            eprintln!("audit: {count} breach(es) of the decision model");
            ExitCode::from(1)
        }
    }
}

/// "2 error(s), 1 warning(s)".
fn tally(problems: &[load::Located]) -> String {
    let warnings = problems
        .iter()
        .filter(|p| p.severity == load::Severity::Warning)
        .count();
    format!(
        "{} error(s), {warnings} warning(s)",
        problems.len() - warnings
    )
}

/// The dataset in `file`, checked: its errors as the failure, its warnings
/// said on standard error (they do not fail).
fn checked(file: &Path) -> Result<Dataset, Failure> {
    let text = load::read(file).map_err(Failure::Dataset)?;
    let checked = load::check(file, &text);
    let Some(dataset) = checked.dataset else {
        return Err(Failure::Dataset(LoadError::Invalid(checked.problems)));
    };
    for problem in &checked.problems {
        eprintln!("{problem}");
    }
    Ok(dataset)
}

fn validate(file: &Path, translation_of: Option<&str>) -> Result<(), Failure> {
    let dataset = checked(file)?;
    if let Some(source) = translation_of {
        let differences = versus_core::translation::compare(&open_file(source)?, &dataset);
        for difference in &differences {
            let severity = if difference.breaks() { "" } else { "warning: " };
            eprintln!("{}: {severity}{difference}", file.display());
        }
        let broken = differences.iter().filter(|d| d.breaks()).count();
        if broken > 0 {
            return Err(Failure::Usage(format!(
                "{}: not a translation of {source}: {broken} problem(s) above",
                file.display()
            )));
        }
    }
    sayln!(
        "{}: ok: {} questions, {} rows, {} verdicts",
        file.display(),
        dataset.questions.len(),
        dataset.rows.len(),
        dataset.verdicts.len()
    );
    Ok(())
}

/// Validates, packs, reads the pack back as a widget would, and writes it.
fn pack(file: &Path, output: &Path, words: Option<&Path>) -> Result<(), Failure> {
    use versus_core::packed;
    let dataset = checked(file)?;
    let lines = match words {
        None => Vec::new(),
        Some(catalogue) => catalogue_lines(catalogue)?,
    };
    let packed = packed::encode_with_words(&dataset, &lines);
    // Never write a file a widget would refuse or read differently.
    match packed::decode(&packed) {
        Ok(read) if read == dataset => {}
        Ok(_) => {
            return Err(Failure::Usage(format!(
                "{}: cannot pack: it reads back differently (a bug in versus pack)",
                file.display()
            )))
        }
        Err(error) => {
            return Err(Failure::Usage(format!(
                "{}: cannot pack: {error}",
                file.display()
            )))
        }
    }
    if output == Path::new("-") {
        write_out(format_args!("{packed}"));
    } else {
        std::fs::write(output, &packed)
            .map_err(|e| Failure::Usage(format!("cannot write {}: {e}", output.display())))?;
        eprintln!(
            "{}: packed {} ({} bytes, format {} {})",
            output.display(),
            dataset.id,
            packed.len(),
            packed::MAGIC,
            packed::VERSION
        );
    }
    Ok(())
}

/// A word catalogue's lines, checked: it parses, and names every message.
fn catalogue_lines(file: &Path) -> Result<Vec<versus_core::model::Text>, Failure> {
    let text = std::fs::read_to_string(file)
        .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", file.display())))?;
    let words = versus_core::words::Words::parse(&text)
        .map_err(|e| Failure::Usage(format!("{}: {e}", file.display())))?;
    let missing = catalogue_missing(&words);
    if !missing.is_empty() {
        return Err(Failure::Usage(format!(
            "{}: no text for {}",
            file.display(),
            missing.join(", ")
        )));
    }
    Ok(text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| std::borrow::Cow::Owned(line.to_string()))
        .collect())
}

/// How firm, in one word of the catalogue.
fn firmness_word(decisiveness: versus_core::report::Decisiveness) -> CliSay {
    use versus_core::report::Decisiveness;
    match decisiveness {
        Decisiveness::Unanswered => CliSay::FirmUnanswered,
        Decisiveness::Tie => CliSay::FirmTie,
        Decisiveness::Slight => CliSay::FirmSlight,
        Decisiveness::Clear => CliSay::FirmClear,
        Decisiveness::Strong => CliSay::FirmStrong,
    }
}

/// Every message of every catalogue the widget and the command line
/// speak from, `(key, English)`.
fn messages() -> impl Iterator<Item = (&'static str, &'static str)> {
    use versus_core::words::Message;
    fn of<M: Message>() -> impl Iterator<Item = (&'static str, &'static str)> {
        M::ALL.iter().map(|m| (m.key(), m.english()))
    }
    of::<versus::ui::Ui>()
        .chain(of::<versus_core::say::Say>())
        .chain(of::<say::CliSay>())
}

/// The messages a catalogue lacks.
fn catalogue_missing(words: &versus_core::words::Words) -> Vec<&'static str> {
    messages()
        .filter(|(key, _)| words.missing_key(key))
        .map(|(key, _)| key)
        .collect()
}

/// `versus words`: the English catalogue, or what a catalogue lacks.
fn words(catalogue: Option<&Path>, pseudo: bool) -> Result<(), Failure> {
    match catalogue {
        None if pseudo => {
            sayln!("lang = en-XA\ndir = ltr\ndecimal = .\nplural = one: n = 1");
            for (key, english) in messages() {
                sayln!(
                    "{key} = {}",
                    versus_core::words::pseudo(english).replace('\n', "\\n")
                );
            }
        }
        None => {
            sayln!("# The words of Versus in English: copy to data/words/<lang>.txt, set");
            sayln!("# lang, dir (ltr or rtl), decimal and plural (the language's plural");
            sayln!("# categories: `one: n = 1; few: n % 100 = 3..10`; a number no rule takes");
            sayln!("# is `other`), and translate each text after its `=`. Keep every {{name}};");
            sayln!("# `{{n, one {{...}} other {{...}}}}` chooses by the number n, `#` being n.");
            sayln!("lang = en\ndir = ltr\ndecimal = .\nplural = one: n = 1\n");
            for (key, english) in messages() {
                sayln!("{key} = {}", english.replace('\n', "\\n"));
            }
        }
        Some(file) => {
            let text = std::fs::read_to_string(file)
                .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", file.display())))?;
            let words = versus_core::words::Words::parse(&text)
                .map_err(|e| Failure::Usage(format!("{}: {e}", file.display())))?;
            let missing = catalogue_missing(&words);
            for key in &missing {
                sayln!("{key}");
            }
            if !missing.is_empty() {
                return Err(Failure::Usage(format!(
                    "{}: {} message(s) missing",
                    file.display(),
                    missing.len()
                )));
            }
            sayln!("{}: complete", file.display());
        }
    }
    Ok(())
}

mod audit;
mod jsx;
mod say;

/// A bundled id or a file path, whole.
fn open_file(name: &str) -> Result<Dataset, Failure> {
    // The same registry as the widget's, from build.rs.
    let bundled = versus::datasets::FILES;
    if let Some((id, text)) = bundled.iter().find(|(id, _)| *id == name) {
        let file = PathBuf::from(format!("data/{id}.toml"));
        return load::from_str(&file, text).map_err(Failure::Dataset);
    }
    let path = Path::new(name);
    if path.is_file() {
        return load::from_file(path).map_err(Failure::Dataset);
    }
    let known: Vec<&str> = bundled.iter().map(|(id, _)| *id).collect();
    Err(Failure::Usage(format!(
        "--dataset `{name}` is neither a bundled dataset ({}) nor a file",
        known.join(", ")
    )))
}

/// How `recommend` prints.
#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
    Markdown,
}

/// A dataset and the words to show it in: for a language other than
/// English, the catalogue `data/words/<lang>.txt` and, for a bundled
/// dataset, its translation `data/translations/<id>.<lang>.toml`, both
/// read from the working directory; English where there are none (as the
/// widget does), a broken one an error.
fn in_language(name: &str, lang: &str) -> Result<(Dataset, Words), Failure> {
    let lang = lang.trim().to_ascii_lowercase();
    let lang = lang.split(['-', '_']).next().unwrap_or_default();
    let english = || Ok((open_file(name)?, ENGLISH.clone()));
    if lang == "en" || lang.is_empty() {
        return english();
    }
    let catalogue = PathBuf::from(format!("data/words/{lang}.txt"));
    let Ok(text) = std::fs::read_to_string(&catalogue) else {
        return english();
    };
    let words =
        Words::parse(&text).map_err(|e| Failure::Usage(format!("{}: {e}", catalogue.display())))?;
    let translation = PathBuf::from(format!("data/translations/{name}.{lang}.toml"));
    let dataset =
        if versus::datasets::FILES.iter().any(|(id, _)| *id == name) && translation.exists() {
            checked(&translation)?
        } else {
            open_file(name)?
        };
    Ok((dataset, words))
}

fn recommend(
    name: &str,
    pairs: &[String],
    format: Format,
    link: &str,
    lang: &str,
) -> Result<(), Failure> {
    let (dataset, words) = in_language(name, lang)?;
    let answers = Answers::parse(&dataset, pairs.iter().map(String::as_str))
        .map_err(|e| Failure::Usage(format!("--answer: {e}")))?;
    let report = Engine::new(&dataset).evaluate(&answers);
    let words = &words;
    match format {
        Format::Json => sayln!("{}", to_json(words, &report)),
        Format::Text => say!("{}", to_text(words, &report, answers.len())),
        Format::Markdown => say!(
            "{}",
            versus_core::record::markdown(words, &dataset, &answers, &report, link)
        ),
    }
    Ok(())
}

/// Your link against each colleague's, in words.
fn compare(name: &str, key: Option<&str>, links: &[String], lang: &str) -> Result<(), Failure> {
    use versus_core::compare::leaders_name;
    use versus_core::share::{read_link, Linked};
    let (dataset, words) = in_language(name, lang)?;
    let words = &words;
    let key = key.unwrap_or(&dataset.id);
    let engine = Engine::new(&dataset);
    let read = |text: &str| match read_link(&dataset, key, text) {
        Linked::Answers { answers, current } => Ok((answers, current)),
        Linked::Elsewhere => Err(words.say(CliSay::LinkElsewhere, &[("key", Arg::Text(key))])),
        Linked::Unreadable => Err(words.get(CliSay::LinkUnreadable)),
    };
    let (mine, current) = read(&links[0])
        .map_err(|e| Failure::Usage(words.say(CliSay::YourLink, &[("problem", Arg::Text(&e))])))?;
    let leaders = leaders_name(words, &dataset, &engine.rank(&mine).leaders);
    sayln!(
        "{}",
        words.say(
            if current {
                CliSay::You
            } else {
                CliSay::YouOtherVersion
            },
            &[("leaders", Arg::Text(&leaders))]
        )
    );
    for (i, link) in links.iter().enumerate().skip(1) {
        let who = words.say(CliSay::Colleague, &[("n", Arg::from(i))]);
        match read(link) {
            Err(e) => sayln!(
                "\n{}",
                words.say(
                    CliSay::Unreadable,
                    &[("who", Arg::Text(&who)), ("problem", Arg::Text(&e))]
                )
            ),
            Ok((theirs, current)) => {
                let comparison = engine.compare(&mine, &theirs);
                let leaders = leaders_name(words, &dataset, &comparison.theirs);
                sayln!(
                    "\n{}",
                    words.say(
                        if current {
                            CliSay::Theirs
                        } else {
                            CliSay::TheirsOtherVersion
                        },
                        &[("who", Arg::Text(&who)), ("leaders", Arg::Text(&leaders))]
                    )
                );
                if comparison.differences.is_empty() {
                    sayln!("{}", words.template(CliSay::SameAnswers));
                }
                for difference in &comparison.differences {
                    let sentence = difference.sentence(words, &dataset, &who);
                    sayln!(
                        "{}",
                        words.say(CliSay::Difference, &[("difference", Arg::Text(&sentence))])
                    );
                }
            }
        }
    }
    Ok(())
}

/// The custom elements manifest (schema 1.0.0) of `<versus-widget>`, from
/// the one attribute list (`versus::config::ATTRIBUTES`).
fn elements() -> Value {
    use versus::config::{ATTRIBUTES, EVENTS};
    // Property names are the attributes' in camel case (`share-url` is
    // `shareUrl`), as element.js defines them.
    let camel = |name: &str| {
        let mut out = String::new();
        let mut upper = false;
        for c in name.chars() {
            if c == '-' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    };
    let about = |a: &versus::config::Attribute| {
        if a.default.is_empty() {
            a.values.to_string()
        } else {
            format!("{}. Default: {}.", a.values, a.default)
        }
    };
    let attributes: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| json!({ "name": a.name, "description": about(a), "type": { "text": "string" }, "fieldName": camel(a.name) }))
        .collect();
    let members: Vec<Value> = ATTRIBUTES
        .iter()
        .map(|a| json!({ "kind": "field", "name": camel(a.name), "attribute": a.name, "reflects": true, "description": about(a) }))
        .collect();
    let events: Vec<Value> = EVENTS
        .iter()
        .map(|(name, about)| json!({ "name": name, "description": about, "type": { "text": "CustomEvent" } }))
        .collect();
    json!({
        "schemaVersion": "1.0.0",
        "readme": "README.md",
        "modules": [{
            "kind": "javascript-module",
            "path": "versus.js",
            "declarations": [{
                "kind": "class",
                "name": "VersusWidget",
                "tagName": "versus-widget",
                "customElement": true,
                "description": "A decision quiz and comparison table that recommends one side (or a mix) and explains why, computed in the reader's browser.",
                "attributes": attributes,
                "members": members,
                "events": events,
                "slots": [{ "name": "", "description": "The fallback content shown until the widget mounts, and kept when its dataset cannot be shown (`versus render` writes one)." }],
                "cssParts": [
                    { "name": "widget", "description": "The widget's root." },
                    { "name": "quiz", "description": "The quiz." },
                    { "name": "result", "description": "The verdict and its reasons." },
                    { "name": "share", "description": "The share buttons." },
                    { "name": "colleagues", "description": "The comparison with a colleague's answers." },
                    { "name": "table", "description": "The comparison table's section." },
                    { "name": "comparison", "description": "The comparison `<table>` itself." },
                    { "name": "pros-cons", "description": "Strengths and weaknesses." },
                    { "name": "faq", "description": "Questions people ask." }
                ]
            }],
            "exports": [
                { "kind": "custom-element-definition", "name": "versus-widget", "declaration": { "name": "VersusWidget", "module": "versus.js" } }
            ]
        }]
    })
}

/// The fallback a page shows inside `<versus-widget>` when JavaScript or
/// WebAssembly is unavailable: the same table component, rendered here.
fn render(name: &str, jsx: bool, lang: &str) -> Result<(), Failure> {
    use versus::components::{Fallback, FallbackProps};
    use versus::datasets::DatasetRef;
    let (dataset, words) = in_language(name, lang)?;
    // The component wants 'static data; this process renders once and exits.
    let dataset: &'static Dataset = Box::leak(Box::new(dataset));
    let words: &'static Words = Box::leak(Box::new(words));
    let html = futures::executor::block_on(
        yew::LocalServerRenderer::<Fallback>::with_props(FallbackProps {
            dataset: DatasetRef(dataset),
            words: versus::ui::WordsRef(words),
        })
        .hydratable(false)
        .render(),
    );
    if jsx {
        sayln!("{}", jsx::from_html(&html));
    } else {
        sayln!("{html}");
    }
    Ok(())
}

/// The report as one JSON object, documented keys first.
fn to_json(words: &Words, report: &Report<'_>) -> Value {
    let by_verdict = |points: &[f64]| {
        let mut map = Map::new();
        for (score, p) in report.scores.iter().zip(points) {
            if p.abs() > 1e-9 {
                map.insert(score.verdict.id.to_string(), json!(p));
            }
        }
        map
    };
    // The same ids and numbers a host page's events carry.
    let summary = report.summary();
    let scores: Map<String, Value> = summary
        .scores
        .iter()
        .map(|(id, points)| (id.to_string(), json!(points)))
        .collect();
    let reasons: Vec<Value> = report
        .reasons
        .iter()
        .map(|reason| {
            json!({
                "question": reason.answer.question_id,
                "option": reason.answer.option_id,
                "text": reason.text,
                "points": by_verdict(&reason.points),
                "arguments": reason.arguments.iter().map(|a| json!({
                    "id": a.id,
                    "favours": a.candidate_id,
                    "weight": a.weight,
                    "counted": a.counted,
                })).collect::<Vec<_>>(),
                "rows": reason.rows,
                "section": reason.section,
            })
        })
        .collect();
    let flips: Vec<Value> = report
        .flips
        .iter()
        .map(|flip| {
            let changes: Vec<Value> = flip
                .steps
                .iter()
                .map(|s| json!({ "question": s.question_id, "from": s.from_id, "to": s.option_id }))
                .collect();
            json!({ "verdict": flip.verdict.id, "changes": changes, "different_project": flip.different_project, "condition": flip.condition })
        })
        .collect();
    let costs: Map<String, Value> = report
        .scores
        .iter()
        .filter(|s| s.cost.is_some() || !s.halved.is_empty() || !s.offered)
        .map(|s| (s.verdict.id.to_string(), json!(s.notes(words))))
        .collect();
    json!({
        "verdict": summary.verdict,
        "scores": scores,
        "reasons": reasons,
        "leaders": summary.leaders,
        "decisiveness": summary.decisiveness,
        "open": summary.open,
        "unanswered": summary.unanswered,
        "firmness": report.firmness_line(words),
        "margin": report.margin,
        "runner_up": report.runner_up.map(|v| v.id),
        "not_on_offer": report.scores.iter().filter(|s| !s.offered).map(|s| s.verdict.id).collect::<Vec<_>>(),
        "weighed_most": report.weighed_most.iter().map(|w| json!({ "claim": w.claim, "points": w.points })).collect::<Vec<_>>(),
        "costs": costs,
        "caveats": report.caveats.iter().map(|c| c.id).collect::<Vec<_>>(),
        "flips": flips,
        "rows": report.rows,
    })
}

/// The report as text for a terminal.
fn to_text(words: &Words, report: &Report<'_>, questions: usize) -> String {
    use std::fmt::Write;
    // Lists of whole items, as the report joins them.
    let list = |items: &[String], joint: Say| {
        let items: Vec<&str> = items.iter().map(String::as_str).collect();
        words.list(&items, joint, joint, joint)
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        words.say(
            CliSay::Verdict,
            &[
                ("title", Arg::Text(&report.title(words))),
                (
                    "decisiveness",
                    Arg::Text(&words.get(firmness_word(report.decisiveness)))
                ),
                ("answered", Arg::from(report.answers().count())),
                ("questions", Arg::from(questions)),
            ]
        )
    );
    if let Some(headline) = report.headline {
        let _ = writeln!(out, "{headline}");
    }
    let mut firmness = vec![report.firmness_line(words)];
    firmness.extend(report.margin_line(words));
    let _ = writeln!(out, "{}", list(&firmness, Say::Sentences));
    if let Some(line) = report.weighed_most_line(words) {
        let _ = writeln!(out, "{line}");
    }
    let scores: Vec<String> = report
        .scores
        .iter()
        .map(|s| {
            words.say(
                Say::VerdictPoints,
                &[
                    ("verdict", Arg::Text(s.verdict.name)),
                    ("points", Arg::Text(&s.shown(words))),
                ],
            )
        })
        .collect();
    let scores = list(&scores, Say::Comma);
    let _ = writeln!(
        out,
        "{}",
        words.say(CliSay::Scores, &[("scores", Arg::Text(&scores))])
    );
    for score in &report.scores {
        for note in score.notes(words) {
            let note = words.say(
                CliSay::Note,
                &[
                    ("verdict", Arg::Text(score.verdict.name)),
                    ("note", Arg::Text(&note)),
                ],
            );
            let _ = writeln!(out, "{note}");
        }
    }
    if !report.reasons.is_empty() {
        let _ = writeln!(out, "\n{}", words.template(CliSay::Reasons));
    }
    for reason in &report.reasons {
        let reason = words.say(
            CliSay::Reason,
            &[
                ("question", Arg::Text(reason.answer.question_id)),
                ("option", Arg::Text(reason.answer.option_id)),
                ("points", Arg::Text(&reason.points_text(words))),
                ("reason", Arg::Text(reason.text)),
                ("source", Arg::Text(&reason.source.text(words))),
            ],
        );
        let _ = writeln!(out, "{reason}");
    }
    if !report.caveats.is_empty() {
        let _ = writeln!(out, "\n{}", words.template(CliSay::Caveats));
        for caveat in &report.caveats {
            let _ = writeln!(out, "  - {}", caveat.text);
        }
    }
    if !report.flips.is_empty() {
        let _ = writeln!(out, "\n{}", words.template(CliSay::Changes));
        for flip in &report.flips {
            let changes: Vec<String> = flip
                .steps
                .iter()
                .map(|s| format!("{}={}", s.question_id, s.option_id))
                .collect();
            let changes = list(&changes, Say::Together);
            let changes = ("changes", Arg::Text(&changes));
            let line = match flip.condition_text(words) {
                Some(condition) => words.say(
                    CliSay::Condition,
                    &[("condition", Arg::Text(&condition)), changes],
                ),
                None => words.say(
                    if flip.different_project {
                        CliSay::FlipElsewhere
                    } else {
                        CliSay::Flip
                    },
                    &[("verdict", Arg::Text(flip.verdict.name)), changes],
                ),
            };
            let _ = writeln!(out, "{line}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_is_a_well_formed_template() {
        for (key, english) in messages() {
            if let Err(problem) = versus_core::words::placeholders(english) {
                panic!("{key}: {problem}");
            }
        }
    }

    #[test]
    fn every_message_has_a_key_of_its_own_across_the_catalogues() {
        let mut keys: Vec<&str> = messages().map(|(key, _)| key).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "a key names two messages");
    }

    #[test]
    fn every_shipped_catalogue_is_complete_and_reads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/words");
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let text = std::fs::read_to_string(&path).unwrap();
            let words = Words::parse(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            assert_eq!(
                catalogue_missing(&words),
                Vec::<&str>::new(),
                "{}",
                path.display()
            );
            assert_eq!(
                path.file_stem().and_then(|s| s.to_str()),
                Some(words.lang.as_ref()),
                "a catalogue's file is named for its lang"
            );
            // Every message of the language fills in as its English does:
            // the same placeholders, balanced.
            for (key, english) in messages() {
                let translated = words.text(key).unwrap_or_default();
                let names = |t: &str| -> Vec<String> {
                    let mut found: Vec<String> = versus_core::words::placeholders(t)
                        .unwrap_or_else(|e| panic!("{}: {key}: {e}", path.display()))
                        .into_iter()
                        .map(str::to_string)
                        .collect();
                    found.sort();
                    found.dedup();
                    found
                };
                assert_eq!(
                    names(translated),
                    names(english),
                    "{}: {key}",
                    path.display()
                );
            }
        }
    }
}
