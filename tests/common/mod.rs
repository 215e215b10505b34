//! What the native render tests share: the bundled dataset, answers to it,
//! and the app rendered by Yew's server renderer as a shared link opens it.

#![allow(dead_code)] // Each test file uses its own part.

use std::rc::Rc;

use versus::components::{App, AppProps};
use versus::config::Config;
use versus::datasets::{self, DatasetRef};
use versus::saved::{MemoryStore, SharedStore};
use versus_core::Answers;
use yew::{BaseComponent, LocalServerRenderer};

pub fn dataset() -> DatasetRef {
    datasets::find("node-vs-django").expect("the dataset is bundled")
}

pub fn answers(pairs: &[&str]) -> Answers {
    Answers::parse(&dataset(), pairs.iter().copied()).unwrap()
}

pub fn render<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

/// A store whose fragment holds these answers for this configuration, as
/// a shared link would, over the reader's own stored answers where given.
pub fn store_with(config: &Config, answers: &Answers, own: Option<&Answers>) -> SharedStore {
    let memory = MemoryStore {
        url: "https://blog.example/post".into(),
        ..MemoryStore::default()
    };
    if let Some(own) = own {
        versus::saved::keep(&memory, config, own, false);
    }
    *memory.fragment.borrow_mut() =
        format!("{}={}", config.key, answers.encode(config.dataset.get()));
    versus::shared::Shared(Rc::new(memory))
}

/// The app opening a link with these answers, over the reader's own
/// answers where there are some (the link's are then only on view).
pub fn app_over(config: Config, answers: &Answers, own: Option<&Answers>) -> String {
    let store = store_with(&config, answers, own);
    render::<App>(AppProps {
        config,
        store,
        on_notice: Default::default(),
        mount: 1,
        idle: false,
    })
}

/// The whole app, with this configuration, restoring these answers.
pub fn app_with(config: Config, answers: &Answers) -> String {
    app_over(config, answers, None)
}
