//! Shared by the integration tests: the Node.js vs Django dataset.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use versus_core::{load, Answers, Dataset};

pub fn dataset_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/node-vs-django.toml")
}

pub fn dataset_text() -> String {
    std::fs::read_to_string(dataset_path()).expect("the dataset file is readable")
}

pub fn dataset() -> Dataset {
    load::from_file(&dataset_path()).unwrap_or_else(|e| panic!("{e}"))
}

pub fn answers(d: &Dataset, pairs: &[&str]) -> Answers {
    Answers::parse(d, pairs.iter().copied()).unwrap_or_else(|e| panic!("{e}"))
}
