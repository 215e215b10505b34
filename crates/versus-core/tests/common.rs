//! Shared by the integration tests: the Node.js vs Django dataset.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

use std::collections::BTreeSet;

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

/// Words in a row that count as a copied phrase.
pub const RUN: usize = 6;

/// The committed fingerprint of the reference article.
pub const FINGERPRINT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/article-fingerprint.txt");

/// The reference article, when it sits beside the checkout.
pub fn article() -> Option<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/reference/000_b9000d360384c1d6.txt");
    std::fs::read_to_string(path).ok()
}

/// Lower-case words with everything but letters and digits removed:
/// "Node.js's" and "nodejss" compare equal, punctuation never hides a copy.
pub fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// FNV-1a of a run of words, joined by spaces: stable across platforms and
/// one-way, so the repository holds no sentence of the article.
pub fn run_hash(run: &[String]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (i, word) in run.iter().enumerate() {
        if i > 0 {
            hash = (hash ^ u64::from(b' ')).wrapping_mul(0x0100_0000_01b3);
        }
        for byte in word.bytes() {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

/// The hash of every run of `RUN` words in a text.
pub fn fingerprint_of(text: &str) -> BTreeSet<u64> {
    words(text).windows(RUN).map(run_hash).collect()
}

/// The committed fingerprint (empty if the file is missing).
pub fn article_fingerprint() -> BTreeSet<u64> {
    std::fs::read_to_string(FINGERPRINT)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| u64::from_str_radix(l.trim(), 16).ok())
        .collect()
}

pub fn write_fingerprint(hashes: &BTreeSet<u64>) {
    let mut text = String::from(
        "# FNV-1a hashes of every run of six words of the reference article\n# (lower case, letters and digits only). Regenerate with\n# VERSUS_REGENERATE=1 cargo test -p versus-core --test dataset article_fingerprint\n",
    );
    for hash in hashes {
        text.push_str(&format!("{hash:016x}\n"));
    }
    std::fs::write(FINGERPRINT, text).expect("the fingerprint file is writable");
}
