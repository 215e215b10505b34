//! Where a widget's answers are kept: the URL fragment (so a link restores
//! them) and localStorage (so a return visit does), each switched by its
//! attribute. One small [`Store`] interface stands for both, so the rules
//! below are plain functions, tested natively against [`MemoryStore`].
//!
//! Nothing read here is trusted: values are decoded leniently by
//! `Answers::decode`, and an unreadable store is simply empty.

use std::cell::RefCell;

use versus_core::{share, Answers};

use crate::config::Config;

/// The places answers can be kept.
pub trait Store {
    /// The page's fragment, without `#`.
    fn fragment(&self) -> String;
    /// Replaces the fragment: no history entry, no scroll jump, and the
    /// entry's state (a router's) kept as it is.
    fn set_fragment(&self, fragment: &str);
    /// Sets the fragment in a new history entry, so Back returns to the
    /// one before, where the page allows it: a page whose entry holds no
    /// state of its own (a router's would not expect an entry it did not
    /// make). Elsewhere the same as `set_fragment`.
    fn push_fragment(&self, fragment: &str) {
        self.set_fragment(fragment);
    }
    /// A stored value.
    fn load(&self, key: &str) -> Option<String>;
    /// Stores a value; an empty one removes the key.
    fn save(&self, key: &str, value: &str);
    /// The page's address without its fragment.
    fn page_url(&self) -> String;
}

/// A store shared by the components of one widget, compared by identity.
pub type SharedStore = crate::shared::Shared<dyn Store>;

/// The answers this widget's entry in the fragment holds, if sharing is on
/// and the entry names at least one valid answer; and whether it was made
/// with the current version of the decision (or says nothing of one).
pub fn linked(store: &dyn Store, config: &Config) -> Option<(Answers, bool)> {
    if !config.share {
        return None;
    }
    match share::read_link(config.dataset.get(), &config.key, &store.fragment()) {
        share::Linked::Answers { answers, current } => Some((answers, current)),
        _ => None,
    }
}

/// How a session starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Start {
    /// The answers shown first.
    pub answers: Answers,
    /// The reader's own answers, set aside while a shared link shows
    /// others: nothing is saved over them until the reader chooses or
    /// changes an answer.
    pub own: Option<Answers>,
}

/// The answers to start with: a shared link first, then what this browser
/// stored, then what the host page knows (`answers`), else none. A link
/// and storage count only when their attributes are on; the reader's own
/// answers always win over the host's. A link that differs from what the
/// reader stored shows its answers with the reader's own set aside.
pub fn start(store: &dyn Store, config: &Config) -> Start {
    let own = stored(store, config);
    match linked(store, config) {
        Some((answers, _)) => Start {
            own: own.filter(|own| *own != answers),
            answers,
        },
        None => Start {
            answers: own.unwrap_or_else(|| config.prefill.clone()),
            own: None,
        },
    }
}

/// What this browser stored for this widget, when persisting is on and it
/// holds at least one valid answer.
fn stored(store: &dyn Store, config: &Config) -> Option<Answers> {
    if !config.persist {
        return None;
    }
    let stored = Answers::decode(config.dataset.get(), &store.load(&storage_key(config))?);
    (stored.answered() > 0).then_some(stored)
}

/// Keeps the answers wherever the configuration says; `undoable` changes
/// (a suggestion tried, a start over) go into a history entry of their
/// own where the page allows it, so Back brings the previous ones back.
pub fn keep(store: &dyn Store, config: &Config, answers: &Answers, undoable: bool) {
    let encoded = share::value(config.dataset.get(), answers);
    if config.persist {
        store.save(&storage_key(config), &encoded);
    }
    if config.share {
        let current = store.fragment();
        let updated = share::with_entry(&current, &config.key, &encoded);
        if updated != current {
            if undoable {
                store.push_fragment(&updated);
            } else {
                store.set_fragment(&updated);
            }
        }
    }
}

/// A link to this page (or to the page `share-url` names) that restores
/// these answers in this widget; empty when sharing is off (a link would
/// not restore anything).
pub fn link(store: &dyn Store, config: &Config, answers: &Answers) -> String {
    if !config.share {
        return String::new();
    }
    // Another page's fragment is unknown here: only this widget's entry.
    let (mut url, fragment) = match &config.share_url {
        Some(page) => (page.clone(), String::new()),
        None => (store.page_url(), store.fragment()),
    };
    let fragment = share::with_entry(
        &fragment,
        &config.key,
        &share::value(config.dataset.get(), answers),
    );
    if !fragment.is_empty() {
        url.push('#');
        url.push_str(&fragment);
    }
    url
}

/// The localStorage key: one per widget key.
fn storage_key(config: &Config) -> String {
    let mut key = String::from("versus:");
    key.push_str(&config.key);
    key
}

/// A store in memory: for tests, and where no browser is.
#[derive(Default)]
pub struct MemoryStore {
    pub fragment: RefCell<String>,
    /// The fragments of earlier history entries, oldest first.
    pub history: RefCell<Vec<String>>,
    pub items: RefCell<Vec<(String, String)>>,
    pub url: String,
}

impl Store for MemoryStore {
    fn fragment(&self) -> String {
        self.fragment.borrow().clone()
    }
    fn set_fragment(&self, fragment: &str) {
        *self.fragment.borrow_mut() = fragment.to_string();
    }
    fn push_fragment(&self, fragment: &str) {
        let previous = self.fragment.replace(fragment.to_string());
        self.history.borrow_mut().push(previous);
    }
    fn load(&self, key: &str) -> Option<String> {
        let items = self.items.borrow();
        items.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone())
    }
    fn save(&self, key: &str, value: &str) {
        let mut items = self.items.borrow_mut();
        items.retain(|(k, _)| k != key);
        if !value.is_empty() {
            items.push((key.to_string(), value.to_string()));
        }
    }
    fn page_url(&self) -> String {
        self.url.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config;

    fn config(attributes: &[(&str, &str)]) -> Config {
        config::from_attributes(attributes)
            .expect("a bundled dataset")
            .0
    }

    fn store(fragment: &str) -> MemoryStore {
        MemoryStore {
            fragment: RefCell::new(fragment.into()),
            url: "https://blog.example/post".into(),
            ..MemoryStore::default()
        }
    }

    fn encoded(config: &Config, answers: &Answers) -> String {
        answers.encode(config.dataset.get())
    }

    fn initial(store: &MemoryStore, config: &Config) -> Answers {
        start(store, config).answers
    }

    #[test]
    fn a_link_comes_first_then_storage_then_nothing() {
        let c = config(&[("id", "w")]);
        let s = store("other=team.python;w=ai.core");
        s.save("versus:w", "team.javascript");
        assert_eq!(encoded(&c, &initial(&s, &c)), "ai.core");
        let s = store("other=team.python");
        s.save("versus:w", "team.javascript");
        assert_eq!(encoded(&c, &initial(&s, &c)), "team.javascript");
        assert_eq!(initial(&store(""), &c).answered(), 0);
    }

    #[test]
    fn a_link_over_the_readers_own_answers_sets_them_aside() {
        let c = config(&[("id", "w")]);
        let s = store("w=team.python,ai.core");
        s.save("versus:w", "team.javascript");
        let started = start(&s, &c);
        assert_eq!(encoded(&c, &started.answers), "team.python,ai.core");
        assert_eq!(
            started.own.map(|own| encoded(&c, &own)).as_deref(),
            Some("team.javascript")
        );
        // The same answers, or none stored: nothing to set aside.
        s.save("versus:w", "team.python,ai.core");
        assert_eq!(start(&s, &c).own, None);
        assert_eq!(start(&store("w=team.python"), &c).own, None);
        // Without storage there is nothing of the reader's to keep.
        let no_storage = config(&[("id", "w"), ("persist", "off")]);
        s.save("versus:w", "team.javascript");
        assert_eq!(start(&s, &no_storage).own, None);
    }

    #[test]
    fn undoable_changes_get_a_history_entry_of_their_own() {
        let c = config(&[("id", "w")]);
        let s = store("w=team.python");
        let v = share::version(c.dataset.get());
        keep(&s, &c, &Answers::decode(c.dataset.get(), "team.both"), true);
        assert_eq!(s.fragment(), format!("w=team.both,@{v}"));
        assert_eq!(*s.history.borrow(), vec!["w=team.python".to_string()]);
        keep(
            &s,
            &c,
            &Answers::decode(c.dataset.get(), "team.python"),
            false,
        );
        assert_eq!(s.history.borrow().len(), 1);
    }

    #[test]
    fn the_hosts_answers_come_last() {
        let c = config(&[("id", "w"), ("answers", "team.python,ai.core")]);
        // Nothing of the reader's own: the host's answers.
        assert_eq!(encoded(&c, &initial(&store(""), &c)), "team.python,ai.core");
        // A link wins, and so does storage.
        assert_eq!(
            encoded(&c, &initial(&store("w=team.both"), &c)),
            "team.both"
        );
        let s = store("");
        s.save("versus:w", "team.javascript");
        assert_eq!(encoded(&c, &initial(&s, &c)), "team.javascript");
        // A stored value with nothing valid in it is no answer of the reader's.
        let s = store("");
        s.save("versus:w", "bogus.x");
        assert_eq!(encoded(&c, &initial(&s, &c)), "team.python,ai.core");
    }

    #[test]
    fn each_source_counts_only_when_its_attribute_is_on() {
        let s = store("w=ai.core");
        s.save("versus:w", "team.javascript");
        let no_share = config(&[("id", "w"), ("share", "off")]);
        assert_eq!(
            encoded(&no_share, &initial(&s, &no_share)),
            "team.javascript"
        );
        let neither = config(&[("id", "w"), ("share", "off"), ("persist", "off")]);
        assert_eq!(initial(&s, &neither).answered(), 0);
        assert_eq!(linked(&s, &no_share), None);
    }

    #[test]
    fn keeping_writes_only_this_widgets_entry_where_allowed() {
        let c = config(&[("id", "w")]);
        let s = store("intro;other=team.python");
        let answers = Answers::decode(c.dataset.get(), "team.both,ai.later");
        keep(&s, &c, &answers, false);
        let v = share::version(c.dataset.get());
        let value = format!("team.both,ai.later,@{v}");
        assert_eq!(s.fragment(), format!("intro;other=team.python;w={value}"));
        assert_eq!(s.load("versus:w"), Some(value));
        // Starting over removes the entry and the stored value.
        keep(&s, &c, &Answers::none(answers.len()), false);
        assert_eq!(s.fragment(), "intro;other=team.python");
        assert_eq!(s.load("versus:w"), None);

        let private = config(&[("id", "w"), ("share", "off"), ("persist", "off")]);
        let s = store("");
        keep(&s, &private, &answers, false);
        assert_eq!(s.fragment(), "");
        assert_eq!(s.load("versus:w"), None);
    }

    #[test]
    fn the_link_restores_these_answers_and_only_when_sharing() {
        let c = config(&[("id", "w")]);
        let s = store("other=team.python");
        let answers = Answers::decode(c.dataset.get(), "ai.core");
        let v = share::version(c.dataset.get());
        assert_eq!(
            link(&s, &c, &answers),
            format!("https://blog.example/post#other=team.python;w=ai.core,@{v}")
        );
        let off = config(&[("id", "w"), ("share", "off")]);
        assert_eq!(link(&s, &off, &answers), "");
        // Inside a frame, the parent page's address, with this entry only.
        let framed = config(&[("id", "w"), ("share-url", "https://host.example/post")]);
        assert_eq!(
            link(&s, &framed, &answers),
            format!("https://host.example/post#w=ai.core,@{v}")
        );
    }

    #[test]
    fn foreign_and_mangled_values_are_ignored() {
        let c = config(&[("id", "w")]);
        let s = store("w=<script>,team.nope,,ai.core;w=team.python");
        assert_eq!(encoded(&c, &initial(&s, &c)), "ai.core");
        let s = store("w=junk");
        s.save("versus:w", "\u{0}%%,team.,.python");
        assert_eq!(initial(&s, &c).answered(), 0);
    }
}
