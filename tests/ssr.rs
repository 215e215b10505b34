//! Server-side renders of the components from explicit props, natively.

#![cfg(not(target_arch = "wasm32"))]

use versus::components::{App, AppProps, ComparisonTable, ComparisonTableProps};
use versus::datasets::{self, DatasetRef};
use yew::LocalServerRenderer;

fn dataset() -> DatasetRef {
    DatasetRef(datasets::find("node-vs-django").expect("the dataset is bundled"))
}

fn render_table() -> String {
    let props = ComparisonTableProps { dataset: dataset() };
    futures::executor::block_on(
        LocalServerRenderer::<ComparisonTable>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

#[test]
fn table_has_a_caption_header_scopes_and_every_row() {
    let html = render_table();
    assert!(
        html.contains("<caption>How Node.js and Django compare</caption>"),
        "{html}"
    );
    assert!(html.contains(
        r#"<th scope="col">Feature</th><th scope="col">Node.js</th><th scope="col">Django</th>"#
    ));
    assert_eq!(html.matches("<tr data-row=").count(), dataset().rows.len());
    assert_eq!(html.matches(r#"<th scope="row">"#).count(), 26);
    assert!(html.contains(
        r#"<tr data-row="community"><th scope="row">Community size</th><td class="favoured">More than 23 million developers</td><td>More than 5 million developers</td></tr>"#
    ), "{html}");
}

#[test]
fn app_renders_title_and_table() {
    let props = AppProps { dataset: dataset() };
    let html = futures::executor::block_on(
        LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render(),
    );
    assert!(
        html.contains("<h2 class=\"versus-title\">Node.js or Django?</h2>"),
        "{html}"
    );
    assert!(
        html.contains(r#"<table part="table" class="versus-table">"#),
        "{html}"
    );
}

#[test]
fn bundled_datasets_are_baked_from_data() {
    assert_eq!(datasets::ALL.len(), 1);
    assert!(datasets::find("node-vs-django").is_some());
    assert!(datasets::find("nope").is_none());
}
