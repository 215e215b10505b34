//! The element's attributes are listed once, in `config::ATTRIBUTES`; every
//! other place that spells them out must match that list.

#![cfg(not(target_arch = "wasm32"))]

use versus::config::ATTRIBUTES;

fn file(path: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + path)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The quoted names in the JavaScript array declared as `const NAME = [...]`.
fn js_array(path: &str, name: &str) -> Vec<String> {
    let text = file(path);
    let start = text
        .find(&format!("const {name} = ["))
        .unwrap_or_else(|| panic!("{path} declares no {name}"));
    let body = &text[start..];
    let body = &body[body.find('[').unwrap() + 1..body.find(']').unwrap()];
    body.split(',')
        .map(|s| s.trim().trim_matches('"').to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// `ATTRIBUTES` without `except`.
fn all_but(except: &[&str]) -> Vec<String> {
    ATTRIBUTES
        .iter()
        .map(|a| a.name)
        .filter(|name| !except.contains(name))
        .map(str::to_string)
        .collect()
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

#[test]
fn the_element_observes_every_attribute() {
    assert_eq!(js_array("src/element.js", "OBSERVED"), all_but(&[]));
}

#[test]
fn embed_html_takes_every_attribute_but_the_ones_it_sets_itself() {
    // It loads at once, and takes the page's address from its parent.
    assert_eq!(
        js_array("src/embed-page.js", "ATTRIBUTES"),
        all_but(&["share-url", "loading", "dataset-id"])
    );
}

#[test]
fn the_hugo_and_jekyll_snippets_pass_every_attribute_an_author_sets() {
    for (path, marker, end) in [
        ("integrations/hugo/versus.html", ".Get \"", '"'),
        ("integrations/jekyll/versus.html", "include.", ' '),
    ] {
        let text = file(path);
        let tag = &text[text.find("<versus-widget").unwrap()..];
        let mut names: Vec<String> = tag
            .match_indices(marker)
            .map(|(i, _)| {
                let rest = &tag[i + marker.len()..];
                rest[..rest.find([end, '}', '|']).unwrap()]
                    .trim()
                    .to_string()
            })
            .collect();
        names.dedup();
        // `dataset-id` is for frameworks that set properties; a template
        // writes `dataset`.
        assert_eq!(
            sorted(names),
            sorted(all_but(&["share-url", "dataset-id"])),
            "{path}"
        );
    }
}

#[test]
fn the_readme_table_is_the_attribute_list() {
    // Written from `config::ATTRIBUTES`; regenerate with VERSUS_REGENERATE=1.
    let readme = file("README.md");
    let start = readme.find("| attribute | values | default |").unwrap();
    let end = start + readme[start..].find("\n\n").unwrap() + 1;
    let table = versus::config::attribute_table();
    if std::env::var_os("VERSUS_REGENERATE").is_some() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
        std::fs::write(
            path,
            format!("{}{table}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        &readme[start..end],
        table,
        "regenerate with VERSUS_REGENERATE=1"
    );
}
