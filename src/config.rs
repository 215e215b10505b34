//! The element's attributes, read into a configuration. An invalid value
//! never breaks anything: it falls back to the default and produces one
//! warning naming the attribute and the values it accepts.

use versus_core::Answers;

use crate::datasets::{self, DatasetRef, Unpacked};
use crate::ui::WordsRef;

/// One attribute of `<versus-widget>`, as an author reads of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribute {
    pub name: &'static str,
    /// What it takes, in words (Markdown).
    pub values: &'static str,
    /// What it is when absent, in words (Markdown; empty: nothing).
    pub default: &'static str,
}

/// Every attribute of `<versus-widget>`, in the README's order. This is the
/// one list: the README's table and the `custom-elements.json` manifest
/// (`versus elements`) are written from it, and `tests/attributes.rs`
/// checks that the element's observed attributes, `embed.html`'s
/// parameters and the Hugo and Jekyll snippets match it.
pub const ATTRIBUTES: [Attribute; 12] = [
    Attribute {
        name: "dataset",
        values: "a bundled dataset id; one that names none keeps the element's own content and says so on the console",
        default: "`node-vs-django`",
    },
    Attribute {
        name: "dataset-id",
        values: "the same, under a name no element has built in: write this one in React, Vue and other frameworks (it wins over `dataset`)",
        default: "",
    },
    Attribute {
        name: "src",
        values: "the address of a packed dataset (`versus pack`, or the author page's download): same origin, or a server that allows it by CORS. It wins over `dataset`; inline data (a child `<script type=\"application/x-versus-pack\">`) wins over both",
        default: "",
    },
    Attribute {
        name: "lang",
        values: "the reader's language (`de`, `ar`, `pt-BR`: a region counts as its language): the widget's words and the dataset's text in it where the build has a translation (the bundled Node.js vs Django: `de`, `ar`), else English; changing it applies at once",
        default: "the nearest `lang` around the element, else English",
    },
    Attribute {
        name: "sections",
        values: "comma-separated: `quiz`, `result`, `table`, `pros-cons`, `faq`",
        default: "all",
    },
    Attribute {
        name: "theme",
        values: "`auto` (follows the page: the colour scheme it declares, else the background it paints behind the widget, else the reader's preference; live), `light`, `dark`",
        default: "`auto`",
    },
    Attribute {
        name: "share",
        values: "`on` / `off`: keep the answers in the URL fragment",
        default: "`on`",
    },
    Attribute {
        name: "persist",
        values: "`on` / `off`: keep the answers in localStorage",
        default: "`on`",
    },
    Attribute {
        name: "id",
        values: "this widget's key in the fragment and in storage",
        default: "the dataset id",
    },
    Attribute {
        name: "share-url",
        values: "the page address the copy-link button offers (an `http` or `https` address)",
        default: "this page's address",
    },
    Attribute {
        name: "answers",
        values: "answers the page already knows, in the link's short form (`team.python,ai.core`): the quiz starts from them unless the reader has answers of their own (a shared link or stored answers win); each part that names no question and option warns once and is skipped",
        default: "none",
    },
    Attribute {
        name: "loading",
        values: "`lazy` (load when about to be seen, once the page has painted), `eager` (load at once, even before the page paints)",
        default: "`lazy`",
    },
];

/// The events the element sends (bubbling and composed), with what each means.
pub const EVENTS: [(&str, &str); 2] = [
    (
        "versus-ready",
        "Once the widget has rendered every section it shows. `detail`: answers, verdict, leaders, scores, decisiveness, open, unanswered.",
    ),
    ("versus-change", "After every change of answers, with the same `detail`."),
];

/// The README's attribute table, from [`ATTRIBUTES`].
pub fn attribute_table() -> String {
    let mut table = String::from("| attribute | values | default |\n|---|---|---|\n");
    for a in ATTRIBUTES {
        table.push_str(&format!(
            "| `{}` | {} | {} |\n",
            a.name, a.values, a.default
        ));
    }
    table
}

/// The parts of the widget a page can show (`sections` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sections(u8);

impl Sections {
    pub const QUIZ: Sections = Sections(1);
    pub const RESULT: Sections = Sections(2);
    pub const TABLE: Sections = Sections(4);
    pub const PROS_CONS: Sections = Sections(8);
    pub const FAQ: Sections = Sections(16);
    pub const ALL: Sections = Sections(31);
    /// The names accepted in the attribute, in display order.
    pub const NAMES: [(&'static str, Sections); 5] = [
        ("quiz", Self::QUIZ),
        ("result", Self::RESULT),
        ("table", Self::TABLE),
        ("pros-cons", Self::PROS_CONS),
        ("faq", Self::FAQ),
    ];

    pub fn has(self, part: Sections) -> bool {
        self.0 & part.0 != 0
    }
}

/// Colour scheme (`theme` attribute).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Follows the reader's `prefers-color-scheme`.
    Auto,
    Light,
    Dark,
}

impl Theme {
    /// The attribute value, as written (`data-theme` on the widget root).
    pub fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// Everything the attributes decide.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub dataset: DatasetRef,
    pub sections: Sections,
    pub theme: Theme,
    /// Keep the answers in the URL fragment.
    pub share: bool,
    /// Keep the answers in localStorage.
    pub persist: bool,
    /// This instance's key in the fragment and in storage: its `id`
    /// attribute, else the dataset id.
    pub key: String,
    /// The page address the copy-link button offers, when not this page's
    /// own (`share-url`; `embed.html` sets it to its parent page's).
    pub share_url: Option<String>,
    /// Answers the host page already knows (`answers`, in the fragment's
    /// short form): where the reader has none of their own, the quiz
    /// starts from them.
    pub prefill: Answers,
    /// The language of the widget's words: English, or the words a packed
    /// file brings with its dataset.
    pub words: WordsRef,
}

/// An attribute value that was not understood.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub attribute: &'static str,
    pub value: String,
    /// The values it accepts, in words.
    pub allowed: &'static str,
    pub fallback: &'static str,
}

impl Warning {
    /// The console message for a page author.
    pub fn message(&self) -> String {
        let mut message = String::from("<versus-widget>: invalid ");
        for part in [
            self.attribute,
            "=\"",
            &self.value,
            "\"; allowed: ",
            self.allowed,
            ". Using ",
            self.fallback,
            ".",
        ] {
            message.push_str(part);
        }
        message
    }
}

/// The bundled dataset the attributes name (`dataset-id`, else
/// `dataset`), else the default. An id that names none is an error, never
/// another comparison: the message names the id and the ones bundled.
pub fn bundled(get: impl Fn(&str) -> Option<String>) -> Result<Unpacked, String> {
    // `dataset-id` is the same as `dataset` under a name no element has
    // built in, which frameworks can set before the element is defined.
    let named = get("dataset-id").map(|id| ("dataset-id", id));
    match named.or_else(|| get("dataset").map(|id| ("dataset", id))) {
        None => Ok(english(datasets::default())),
        Some((attribute, id)) => datasets::find(id.trim()).map(english).ok_or_else(|| {
            let mut message = String::from("<versus-widget>: ");
            for part in [
                attribute,
                "=\"",
                &id,
                "\" names no dataset this build holds (it holds ",
                datasets::IDS,
                "); load a packed file with src=\"...\" instead. Keeping the fallback content.",
            ] {
                message.push_str(part);
            }
            message
        }),
    }
}

/// A bundled dataset, shown in English (a translation arrives as a packed
/// file with its words).
fn english(dataset: DatasetRef) -> Unpacked {
    Unpacked {
        dataset,
        words: &versus_core::words::ENGLISH,
    }
}

/// Reads the attributes through `get` (name to value, if present), for a
/// widget showing `dataset` (see [`bundled`], or one loaded at run time).
pub fn read(get: impl Fn(&str) -> Option<String>, shown: Unpacked) -> (Config, Vec<Warning>) {
    let dataset = shown.dataset;
    let mut warnings = Vec::new();
    let mut warn = |attribute, value: &str, allowed, fallback| {
        warnings.push(Warning {
            attribute,
            value: value.to_string(),
            allowed,
            fallback,
        })
    };

    let sections = match get("sections") {
        None => Sections::ALL,
        Some(value) => {
            let mut bits = 0;
            let mut ok = true;
            for name in value.split([',', ' ']).filter(|n| !n.is_empty()) {
                match Sections::NAMES.iter().find(|(n, _)| *n == name) {
                    Some((_, part)) => bits |= part.0,
                    None => ok = false,
                }
            }
            if ok && bits != 0 {
                Sections(bits)
            } else {
                warn(
                    "sections",
                    &value,
                    "a comma-separated list of quiz, result, table, pros-cons, faq",
                    "all sections",
                );
                Sections::ALL
            }
        }
    };

    let theme = match get("theme").as_deref().map(str::trim) {
        None | Some("auto") => Theme::Auto,
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some(other) => {
            warn("theme", other, "auto, light, dark", "auto");
            Theme::Auto
        }
    };

    let mut switch = |attribute: &'static str| match get(attribute).as_deref().map(str::trim) {
        None | Some("on") | Some("true") | Some("") => true,
        Some("off") | Some("false") => false,
        Some(other) => {
            warn(attribute, other, "on, off", "on");
            true
        }
    };
    let share = switch("share");
    let persist = switch("persist");

    let share_url = get("share-url").and_then(|url| {
        let url = url.trim();
        if url.starts_with("https://") || url.starts_with("http://") {
            // Only the page: the widget adds its own fragment entry.
            Some(url.split('#').next().unwrap_or(url).to_string())
        } else {
            warn(
                "share-url",
                url,
                "an http or https address",
                "this page's address",
            );
            None
        }
    });

    let prefill = match get("answers") {
        None => Answers::none(dataset.questions.len()),
        Some(text) => {
            let (answers, skipped) = Answers::decode_reporting(&dataset, &text);
            for part in skipped {
                warn(
                    "answers",
                    part,
                    "question.option pairs of this dataset, separated by commas, as in a shared link",
                    "the valid ones",
                );
            }
            answers
        }
    };

    let key = get("id")
        .filter(|id| !id.trim().is_empty())
        .map(|id| fragment_safe(&id))
        .unwrap_or_else(|| dataset.id.to_string());

    let config = Config {
        dataset,
        sections,
        theme,
        share,
        persist,
        key,
        share_url,
        prefill,
        words: WordsRef(shown.words),
    };
    (config, warnings)
}

/// Reads attributes given as `(name, value)` pairs, with the bundled
/// dataset they name: for tests and tools.
pub fn from_attributes(attributes: &[(&str, &str)]) -> Result<(Config, Vec<Warning>), String> {
    let get = |name: &str| {
        attributes
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.to_string())
    };
    Ok(read(get, bundled(get)?))
}

/// Keeps a key readable in a URL fragment: the separators `;`, `=`, `,`, `#`
/// and anything outside printable ASCII become `-`.
fn fragment_safe(id: &str) -> String {
    id.trim()
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && !";=,#%".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_from(attributes: &[(&str, &str)]) -> (Config, Vec<Warning>) {
        from_attributes(attributes).expect("a bundled dataset")
    }

    #[test]
    fn defaults() {
        let (config, warnings) = read_from(&[]);
        assert!(warnings.is_empty());
        assert_eq!(config.dataset.id, "node-vs-django");
        assert_eq!(config.sections, Sections::ALL);
        assert_eq!(config.theme, Theme::Auto);
        assert!(config.share && config.persist);
        assert_eq!(config.key, "node-vs-django");
    }

    #[test]
    fn valid_values() {
        let (config, warnings) = read_from(&[
            ("dataset", "node-vs-django"),
            ("sections", "quiz, result"),
            ("theme", "dark"),
            ("share", "off"),
            ("persist", "false"),
            ("id", "sidebar"),
        ]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert!(config.sections.has(Sections::QUIZ) && config.sections.has(Sections::RESULT));
        assert!(!config.sections.has(Sections::TABLE));
        assert_eq!(config.theme, Theme::Dark);
        assert!(!config.share && !config.persist);
        assert_eq!(config.key, "sidebar");
    }

    #[test]
    fn dataset_id_names_the_dataset_and_wins_over_dataset() {
        let (config, warnings) = read_from(&[("dataset-id", "node-vs-django")]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(config.dataset.id, "node-vs-django");
        // Where both are set, `dataset-id`'s is the one read.
        let error = from_attributes(&[("dataset", "node-vs-django"), ("dataset-id", "rails")])
            .expect_err("rails is not bundled");
        assert!(error.contains("dataset-id=\"rails\""), "{error}");
    }

    #[test]
    fn an_unknown_dataset_is_an_error_naming_it_never_another_comparison() {
        let error = from_attributes(&[("dataset", "rails")]).expect_err("not bundled");
        assert_eq!(
            error,
            "<versus-widget>: dataset=\"rails\" names no dataset this build holds (it holds node-vs-django); load a packed file with src=\"...\" instead. Keeping the fallback content."
        );
    }

    #[test]
    fn invalid_values_fall_back_with_one_warning_each() {
        let (config, warnings) = read_from(&[
            ("sections", "quiz,charts"),
            ("theme", "blue"),
            ("share", "maybe"),
        ]);
        assert_eq!(config.dataset.id, "node-vs-django");
        assert_eq!(config.sections, Sections::ALL);
        assert_eq!(config.theme, Theme::Auto);
        assert!(config.share);
        let attributes: Vec<&str> = warnings.iter().map(|w| w.attribute).collect();
        assert_eq!(attributes, ["sections", "theme", "share"]);
        assert_eq!(
            warnings[1].message(),
            "<versus-widget>: invalid theme=\"blue\"; allowed: auto, light, dark. Using auto."
        );
        assert!(warnings[0]
            .message()
            .contains("quiz, result, table, pros-cons, faq"));
    }

    #[test]
    fn the_sections_warning_lists_every_name() {
        let names: Vec<&str> = Sections::NAMES.iter().map(|(n, _)| *n).collect();
        let (_, warnings) = read_from(&[("sections", "charts")]);
        assert!(warnings[0].allowed.ends_with(&names.join(", ")));
    }

    #[test]
    fn share_url_must_be_a_web_address_and_loses_its_fragment() {
        let (config, warnings) = read_from(&[("share-url", "https://blog.example/post?x=1#top")]);
        assert!(warnings.is_empty());
        assert_eq!(
            config.share_url.as_deref(),
            Some("https://blog.example/post?x=1")
        );
        let (config, warnings) = read_from(&[("share-url", "javascript:alert(1)")]);
        assert_eq!(config.share_url, None);
        assert_eq!(
            warnings[0].message(),
            "<versus-widget>: invalid share-url=\"javascript:alert(1)\"; allowed: an http or https address. Using this page's address."
        );
    }

    #[test]
    fn answers_prefill_and_each_bad_part_warns() {
        let (config, warnings) = read_from(&[("answers", "team.python, ai.core")]);
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(
            config.prefill.encode(&config.dataset),
            "team.python,ai.core"
        );
        let (config, warnings) = read_from(&[("answers", "team.rust,ai.core,,<b>,team")]);
        assert_eq!(config.prefill.encode(&config.dataset), "ai.core");
        let bad: Vec<&str> = warnings.iter().map(|w| w.value.as_str()).collect();
        assert_eq!(bad, ["team.rust", "<b>", "team"]);
        assert_eq!(
            warnings[0].message(),
            "<versus-widget>: invalid answers=\"team.rust\"; allowed: question.option pairs of this dataset, separated by commas, as in a shared link. Using the valid ones."
        );
    }

    #[test]
    fn id_is_made_fragment_safe() {
        let (config, _) = read_from(&[("id", "a;b=c d#e")]);
        assert_eq!(config.key, "a-b-c-d-e");
    }
}
