//! The default dataset is the one Cargo.toml names, not whichever file
//! in `data/` sorts first, and a widget without a `dataset` attribute
//! shows it.

#![cfg(not(target_arch = "wasm32"))]

use versus::config;
use versus::datasets;

#[test]
fn the_default_is_named_in_cargo_toml_and_baked_first() {
    let manifest = include_str!("../Cargo.toml");
    let bundled =
        versus_core::bundled::from_manifest(manifest, None).expect("the manifest names the set");
    assert_eq!(bundled.default_id(), "node-vs-django");
    // A build with VERSUS_DATASETS set bakes that set instead.
    if std::env::var_os("VERSUS_DATASETS").is_none() {
        assert_eq!(datasets::default().id, bundled.default_id());
        let ids: Vec<&str> = datasets::PACKS.iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, bundled.ids);
    }
    assert_eq!(
        datasets::find(datasets::PACKS[0].0),
        Some(datasets::default())
    );
}

#[test]
fn an_element_without_a_dataset_shows_the_default() {
    let (config, warnings) = config::from_attributes(&[]).expect("the default is bundled");
    assert!(warnings.is_empty());
    assert_eq!(config.dataset, datasets::default());
}

#[test]
fn a_second_file_that_sorts_first_does_not_change_the_default() {
    // What Cargo.toml would say with mongodb-vs-postgres.toml added to
    // data/ and bundled: the default stays the one named.
    let manifest = include_str!("../Cargo.toml").replace(
        "datasets = [\"node-vs-django\"]",
        "datasets = [\"mongodb-vs-postgres\", \"node-vs-django\"]",
    );
    assert!(manifest.contains("mongodb-vs-postgres"), "the edit applies");
    let bundled = versus_core::bundled::from_manifest(&manifest, None).expect("valid");
    assert_eq!(bundled.default_id(), "node-vs-django");
}
