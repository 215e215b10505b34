//! The dataset file format, field by field, in one place: the loader
//! checks a file's shape against it (every wrong type, missing or unknown
//! field at once, in plain words), `versus schema` prints it as a JSON
//! Schema for TOML editors, and the README's field reference follows it.
//!
//! A test holds it to the model: every field the serde model reads is
//! here with the same name and the same required-ness, and nothing else.

/// Dataset ids travel in file names, links, storage keys and the Rust
/// the build generates: a lowercase letter first, then lowercase letters
/// and digits in words joined by single hyphens.
pub const DATASET_ID_PATTERN: &str = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

/// Every other id (questions, options, rows, arguments...): lowercase
/// letters and digits in words joined by single hyphens. They travel in
/// share links (`team.python,ai.core`), `question=option` pairs and TOML
/// keys (`argues = { team-python = 10 }`), so nothing else is allowed.
pub const ID_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*$";

/// A `question=option` pair.
pub const ANSWER_PATTERN: &str = "^[a-z0-9]+(-[a-z0-9]+)*=[a-z0-9]+(-[a-z0-9]+)*$";

/// The most bytes one text may hold (a label, a reason, an FAQ answer).
pub const MAX_TEXT: usize = 4000;
/// The most entries any list may hold.
pub const MAX_ITEMS: usize = 256;
/// The most candidates a dataset may compare.
pub const MAX_CANDIDATES: usize = 4;
/// The most verdicts a dataset may have.
pub const MAX_VERDICTS: usize = 8;
/// The most questions a quiz may ask.
pub const MAX_QUESTIONS: usize = 16;
/// The most options a question may offer.
pub const MAX_OPTIONS: usize = 12;
/// The most options of all questions together. The engine searches the
/// changes of answers for what would change a result on every click, so
/// its work grows with this; at these limits it stays within a few times
/// Node.js vs Django's (13 questions, 42 options). See the test
/// `a_dataset_at_every_limit_decodes_and_runs_in_time`.
pub const MAX_ALL_OPTIONS: usize = 64;

/// What a field holds.
#[derive(Clone, Copy, Debug)]
pub enum Kind {
    /// Text a reader may see; not empty.
    Text,
    /// The id of the thing this table describes.
    Id,
    /// The dataset's own id ([`DATASET_ID_PATTERN`]).
    DatasetId,
    /// The id of something defined elsewhere in the file (the words name it).
    Ref(&'static str),
    /// A `question=option` pair.
    Answer,
    /// A finite number.
    Number,
    /// `true` or `false`.
    Bool,
    /// One of these words.
    OneOf(&'static [&'static str]),
    /// A table with these fields.
    Table(&'static Shape),
    /// A list of these (a list of tables is written `[[name]]`).
    List(&'static Kind),
    /// A table from ids of the named kind to these (`{ node = "JavaScript" }`).
    Keyed(&'static str, &'static Kind),
}

/// One field of a table.
#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    /// What it is for, in a line.
    pub about: &'static str,
}

/// A kind of table: a dataset, a question, a row...
#[derive(Debug)]
pub struct Shape {
    /// What one is called in messages ("a question").
    pub name: &'static str,
    pub about: &'static str,
    pub fields: &'static [Field],
}

impl Shape {
    /// The field with this name.
    pub fn field(&self, name: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.name == name)
    }
}

const fn req(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        kind,
        required: true,
        about,
    }
}

const fn opt(name: &'static str, kind: Kind, about: &'static str) -> Field {
    Field {
        name,
        kind,
        required: false,
        about,
    }
}

const SECTION_REF: Kind = Kind::Ref("section");
const CANDIDATE_REF: Kind = Kind::Ref("candidate");
const SECTION_FIELD: Field = req(
    "section",
    SECTION_REF,
    "The id of the section of the source that holds this fact.",
);

/// A whole dataset file.
pub static DATASET: Shape = Shape {
    name: "the dataset",
    about: "A Versus comparison: its candidates, verdicts, quiz, table and facts.",
    fields: &[
        req("id", Kind::DatasetId, "Stable id, used in storage keys, shared links and `--dataset`; a lowercase letter first, then lowercase letters, digits and single hyphens."),
        req("title", Kind::Text, "Heading shown above the widget."),
        req("summary", Kind::Text, "The source's own bottom line, in one sentence (shown by the static fallback)."),
        req("source", Kind::Table(&SOURCE), "Where the facts come from."),
        req("sections", Kind::List(&Kind::Table(&SECTION)), "The sections (headings) of the source; every fact names one."),
        req("candidates", Kind::List(&Kind::Table(&CANDIDATE)), "The things compared, at least one (usually two)."),
        req("verdicts", Kind::List(&Kind::Table(&VERDICT)), "The possible recommendations, at least two: usually one per candidate plus mixes."),
        req("categories", Kind::List(&Kind::Table(&CATEGORY)), "Groups of comparison rows."),
        req("rows", Kind::List(&Kind::Table(&ROW)), "The comparison table."),
        req("decision", Kind::Table(&DECISION), "How the decision weighs answers."),
        req("arguments", Kind::List(&Kind::Table(&ARGUMENT)), "The source's arguments for one candidate or another; options invoke them with a weight, and each counts once."),
        req("questions", Kind::List(&Kind::Table(&QUESTION)), "The quiz, in the order it is asked; at least one question."),
        req("pros", Kind::List(&Kind::Table(&CLAIM)), "Strengths of a candidate or verdict."),
        req("cons", Kind::List(&Kind::Table(&CLAIM)), "Weaknesses of a candidate or verdict; the relevant ones become caveats."),
        req("use_cases", Kind::List(&Kind::Table(&CLAIM)), "Projects each candidate or verdict fits well."),
        req("users", Kind::List(&Kind::Table(&USER)), "Organisations the source names as running a candidate in production."),
        req("faq", Kind::List(&Kind::Table(&FAQ)), "Frequently asked questions with short answers."),
    ],
};

static SOURCE: Shape = Shape {
    name: "the source",
    about: "The document the facts come from.",
    fields: &[
        req("title", Kind::Text, "The source's title."),
        req(
            "note",
            Kind::Text,
            "What the dataset takes from the source, in a line.",
        ),
        opt("url", Kind::Text, "The source's address (http or https), where it is online: every \"Source\" in the widget and the decision record then links to the section it names."),
    ],
};

static SECTION: Shape = Shape {
    name: "a section",
    about: "A section (heading) of the source document.",
    fields: &[
        req("id", Kind::Id, "The section's id, which facts name in `section`."),
        req("title", Kind::Text, "The heading exactly as the source prints it."),
        opt("hint", Kind::Text, "Where a heading alone does not say what the section holds, a few words that help a reader find it."),
        opt("anchor", Kind::Text, "The heading's id on the source's page (what follows `#` in a link to it: letters, digits, `-`, `_`), for links to the section."),
    ],
};

static CANDIDATE: Shape = Shape {
    name: "a candidate",
    about: "One of the things compared.",
    fields: &[
        req("id", Kind::Id, "The candidate's id."),
        req("name", Kind::Text, "Its name as readers know it."),
        req("tagline", Kind::Text, "What it is, in a line."),
        SECTION_FIELD,
    ],
};

static VERDICT: Shape = Shape {
    name: "a verdict",
    about: "A possible recommendation: one candidate, or several side by side.",
    fields: &[
        req("id", Kind::Id, "The verdict's id."),
        req("name", Kind::Text, "Its short name."),
        req("headline", Kind::Text, "The recommendation in plain words, the headline of a result."),
        opt("candidate", CANDIDATE_REF, "The candidate this verdict recommends, if it recommends exactly one."),
        opt("combines", Kind::List(&CANDIDATE_REF), "The candidates a mixed verdict runs side by side, two or more, each once; leave out with `candidate`."),
        opt("cost", Kind::Table(&COST), "What running this verdict costs whatever the answers (a second stack, say)."),
        SECTION_FIELD,
    ],
};

static COST: Shape = Shape {
    name: "a cost",
    about: "A verdict's standing cost, taken off its score.",
    fields: &[
        req("weight", Kind::Number, "Points taken off: zero or more."),
        req("text", Kind::Text, "What it is, in a few words."),
        SECTION_FIELD,
    ],
};

static CATEGORY: Shape = Shape {
    name: "a category",
    about: "A group of comparison rows.",
    fields: &[
        req(
            "id",
            Kind::Id,
            "The category's id, which rows name in `category`.",
        ),
        req("name", Kind::Text, "Its name, shown over its rows."),
    ],
};

static ROW: Shape = Shape {
    name: "a row",
    about: "One row of the comparison table.",
    fields: &[
        req("id", Kind::Id, "The row's id, which options name in `rows`."),
        req("feature", Kind::Text, "The feature compared, for example \"Language\"."),
        req("category", Kind::Ref("category"), "The id of its category."),
        req("values", Kind::Keyed("candidate", &Kind::Text), "What each candidate offers on this feature, one entry per candidate: `{ node = \"JavaScript\", django = \"Python\" }`."),
        opt("favours", CANDIDATE_REF, "The candidate the source favours on this row, if any."),
        opt("note", Kind::Text, "A line shown under the row, for what a reader must know to read it."),
        opt("core", Kind::Bool, "Whether the row belongs to the source's own at-a-glance table (default false)."),
        SECTION_FIELD,
    ],
};

static DECISION: Shape = Shape {
    name: "the decision",
    about: "How the decision weighs answers.",
    fields: &[
        opt("anchor", Kind::Ref("question"), "The question the source ranks first (a team's language, say): no single other answer may outweigh it."),
        req("decisive", Kind::Number, "A positive weight from which an answer describes a different project rather than a change of degree."),
    ],
};

static ARGUMENT: Shape = Shape {
    name: "an argument",
    about: "One argument of the source for a candidate.",
    fields: &[
        req("id", Kind::Id, "The argument's id, which options name in `argues`."),
        req("favours", CANDIDATE_REF, "The candidate it argues for."),
        req("scope", Kind::OneOf(&["part", "project"]), "`part`: a job one part of the system does (a mixed verdict gives it to the candidate that serves it); `project`: a fact about the whole project (a mixed verdict counts it half)."),
        req("claim", Kind::Text, "The argument in a few words, as in \"What weighed most: ...\"."),
        SECTION_FIELD,
    ],
};

static QUESTION: Shape = Shape {
    name: "a question",
    about: "One quiz question: a single choice among its options.",
    fields: &[
        req(
            "id",
            Kind::Id,
            "The question's id, used in links and `question=option` pairs.",
        ),
        req("prompt", Kind::Text, "The question as the reader sees it."),
        opt("help", Kind::Text, "A line of help under the prompt."),
        req(
            "options",
            Kind::List(&Kind::Table(&CHOICE)),
            "Its answers, at least two, written `[[questions.options]]`.",
        ),
    ],
};

static CHOICE: Shape = Shape {
    name: "an option",
    about: "One answer a reader can give to a question, and what it implies.",
    fields: &[
        req("id", Kind::Id, "The option's id, used in links and `question=option` pairs."),
        req("label", Kind::Text, "The answer as the reader sees it."),
        req("reason", Kind::Text, "Why this answer moves the result the way it does (or why it does not)."),
        opt("argues", Kind::Keyed("argument", &Kind::Number), "The arguments this answer invokes, by id, each with a positive weight: `{ live-updates = 8 }`."),
        opt("rows", Kind::List(&Kind::Ref("row")), "Ids of comparison rows behind the reason; they are highlighted when chosen."),
        SECTION_FIELD,
        opt("condition", Kind::Text, "For an option of the anchor question: the answer as a condition (\"If your team wrote Python\"), which \"what would change this\" states instead of advising a change of team."),
    ],
};

static CLAIM: Shape = Shape {
    name: "a claim",
    about: "A pro, con or use case about a candidate or verdict.",
    fields: &[
        req("id", Kind::Id, "The claim's id."),
        req("about", Kind::Ref("candidate or verdict"), "The id of the candidate or verdict it is about."),
        req("text", Kind::Text, "The claim."),
        opt("when", Kind::List(&Kind::Answer), "Answers (`question=option`) that make it matter to a reader; a con with any of them given, or with none listed, becomes a caveat."),
        SECTION_FIELD,
    ],
};

static USER: Shape = Shape {
    name: "a production user",
    about: "An organisation running a candidate in production.",
    fields: &[
        req("name", Kind::Text, "The organisation."),
        req("about", CANDIDATE_REF, "The id of the candidate it runs."),
        req("usage", Kind::Text, "What they use it for."),
        SECTION_FIELD,
    ],
};

static FAQ: Shape = Shape {
    name: "a frequently asked question",
    about: "A frequently asked question with a short answer.",
    fields: &[
        req("id", Kind::Id, "The question's id."),
        req("question", Kind::Text, "The question."),
        req("answer", Kind::Text, "A short answer."),
        SECTION_FIELD,
    ],
};

/// Whether `id` matches [`ID_PATTERN`].
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.split('-').all(|word| {
            !word.is_empty()
                && word
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// Whether `id` matches [`DATASET_ID_PATTERN`].
pub fn is_dataset_id(id: &str) -> bool {
    is_id(id) && id.as_bytes()[0].is_ascii_lowercase()
}

/// The format as a JSON Schema (draft-07, which Taplo and Even Better TOML
/// read): every table a definition, every field with its type, whether it
/// is required, its id pattern and what it is for. Cross-references (a
/// `section` that names a defined section) and counts are `validate`'s.
#[cfg(feature = "load")]
pub fn json_schema() -> serde_json::Value {
    use serde_json::{json, Map, Value};

    fn kind(of: &Kind, definitions: &mut Map<String, Value>) -> Value {
        match of {
            Kind::Text => json!({ "type": "string", "minLength": 1 }),
            Kind::Id => json!({ "type": "string", "pattern": ID_PATTERN }),
            Kind::DatasetId => json!({ "type": "string", "pattern": DATASET_ID_PATTERN }),
            Kind::Ref(what) => json!({
                "type": "string",
                "pattern": ID_PATTERN,
                "description": format!("The id of a {what} defined in this file."),
            }),
            Kind::Answer => json!({ "type": "string", "pattern": ANSWER_PATTERN }),
            Kind::Number => json!({ "type": "number", "minimum": 0, "maximum": 1000 }),
            Kind::Bool => json!({ "type": "boolean" }),
            Kind::OneOf(words) => json!({ "type": "string", "enum": words }),
            Kind::Table(shape) => {
                let name = definition_name(shape);
                if !definitions.contains_key(&name) {
                    // Reserve the name first: shapes may refer to each other.
                    definitions.insert(name.clone(), Value::Null);
                    let table = table(shape, definitions);
                    definitions.insert(name.clone(), table);
                }
                json!({ "$ref": format!("#/definitions/{name}") })
            }
            Kind::List(item) => json!({ "type": "array", "items": kind(item, definitions) }),
            Kind::Keyed(what, item) => json!({
                "type": "object",
                "propertyNames": {
                    "pattern": ID_PATTERN,
                    "description": format!("The id of a {what}."),
                },
                "additionalProperties": kind(item, definitions),
            }),
        }
    }

    fn table(shape: &Shape, definitions: &mut Map<String, Value>) -> Value {
        let mut properties = Map::new();
        for field in shape.fields {
            let mut schema = kind(&field.kind, definitions);
            if let Value::Object(map) = &mut schema {
                map.insert("description".into(), field.about.into());
            }
            properties.insert(field.name.into(), schema);
        }
        let required: Vec<&str> = shape
            .fields
            .iter()
            .filter(|f| f.required)
            .map(|f| f.name)
            .collect();
        json!({
            "type": "object",
            "description": shape.about,
            "properties": properties,
            "required": required,
            "additionalProperties": false,
        })
    }

    let mut definitions = Map::new();
    let Value::Object(mut root) = table(&DATASET, &mut definitions) else {
        unreachable!("a table is an object");
    };
    let mut schema = Map::new();
    schema.insert(
        "$schema".into(),
        "http://json-schema.org/draft-07/schema#".into(),
    );
    schema.insert("title".into(), "Versus dataset".into());
    schema.append(&mut root);
    schema.insert("definitions".into(), Value::Object(definitions));
    Value::Object(schema)
}

/// The field reference in Markdown, as the README prints it (a test
/// holds the README to this): one table per kind of table, under its TOML
/// header.
#[cfg(feature = "load")]
pub fn reference_markdown() -> String {
    use std::fmt::Write;

    fn type_of(kind: &Kind) -> String {
        match kind {
            Kind::Text => "text".into(),
            Kind::Id => "id".into(),
            Kind::DatasetId => "dataset id".into(),
            Kind::Ref(what) => format!("{what} id"),
            Kind::Answer => "`\"question=option\"`".into(),
            Kind::Number => "number".into(),
            Kind::Bool => "`true` or `false`".into(),
            Kind::OneOf(words) => words
                .iter()
                .map(|w| format!("`\"{w}\"`"))
                .collect::<Vec<_>>()
                .join(" or "),
            Kind::Table(_) => "table (below)".into(),
            Kind::List(Kind::Table(_)) => "list of tables (below)".into(),
            Kind::List(item) => format!("list of {}", type_of(item)),
            Kind::Keyed(what, item) => format!("table: {what} id = {}", type_of(item)),
        }
    }

    fn walk(header: &str, array: bool, shape: &'static Shape, out: &mut String) {
        let title = if header.is_empty() {
            "Top level".to_string()
        } else if array {
            format!("`[[{header}]]`")
        } else {
            format!("`[{header}]`")
        };
        let _ = writeln!(out, "#### {title}: {}\n", shape.name);
        let _ = writeln!(out, "{}\n", shape.about);
        out.push_str("| field | type | required | what it is |\n|---|---|---|---|\n");
        for f in shape.fields {
            let _ = writeln!(
                out,
                "| `{}` | {} | {} | {} |",
                f.name,
                type_of(&f.kind),
                if f.required { "yes" } else { "no" },
                f.about.replace('|', "\\|")
            );
        }
        out.push('\n');
        for f in shape.fields {
            let inner = if header.is_empty() {
                f.name.to_string()
            } else {
                format!("{header}.{}", f.name)
            };
            match f.kind {
                Kind::Table(s) => walk(&inner, false, s, out),
                Kind::List(Kind::Table(s)) => walk(&inner, true, s, out),
                _ => {}
            }
        }
    }

    let mut out = String::new();
    walk("", false, &DATASET, &mut out);
    let _ = writeln!(
        out,
        "Ids: `{ID_PATTERN}` (lowercase letters and digits in words joined by single hyphens); the dataset's own id: `{DATASET_ID_PATTERN}` (a letter first)."
    );
    out
}

/// `a production user` -> `production-user`.
#[cfg(feature = "load")]
fn definition_name(shape: &Shape) -> String {
    let name = shape.name;
    let name = ["a ", "an ", "the "]
        .iter()
        .find_map(|article| name.strip_prefix(article))
        .unwrap_or(name);
    name.replace(' ', "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_rules() {
        for good in ["node", "node-vs-django", "a1", "3-way"] {
            assert!(is_id(good), "{good}");
        }
        for bad in [
            "", "-a", "a-", "a--b", "Node", "a_b", "a b", "a.b", "a=b", "é",
        ] {
            assert!(!is_id(bad), "{bad}");
        }
        assert!(is_dataset_id("node-vs-django"));
        assert!(!is_dataset_id("3-way-db"));
    }
}
