//! The format description (`format.rs`) agrees with the model serde
//! reads, field by field; and the JSON Schema made from it accepts the
//! bundled dataset and rejects broken ones.

mod common;

use serde_json::Value as Json;
use versus_core::format::{self, Kind, Shape};
use versus_core::model::Dataset;

/// A value of this kind that serde accepts.
fn sample(kind: &Kind) -> toml::Value {
    match kind {
        Kind::Text | Kind::Id | Kind::DatasetId | Kind::Ref(_) => toml::Value::String("x".into()),
        Kind::Answer => toml::Value::String("q=o".into()),
        Kind::Number => toml::Value::Float(1.0),
        Kind::Bool => toml::Value::Boolean(true),
        Kind::OneOf(words) => toml::Value::String(words[0].into()),
        Kind::Table(shape) => toml::Value::Table(table(shape, None)),
        Kind::List(item) => toml::Value::Array(vec![sample(item)]),
        Kind::Keyed(_, item) => {
            toml::Value::Table([("x".to_string(), sample(item))].into_iter().collect())
        }
    }
}

/// A table of this shape with every field, or without `skip`.
fn table(shape: &Shape, skip: Option<&str>) -> toml::Table {
    shape
        .fields
        .iter()
        .filter(|f| Some(f.name) != skip)
        .map(|f| (f.name.to_string(), sample(&f.kind)))
        .collect()
}

fn reads(document: toml::Table) -> Result<Dataset, String> {
    toml::Value::Table(document)
        .try_into::<Dataset>()
        .map_err(|e| e.to_string())
}

/// Every table shape the format describes, with the path to one of it in
/// a document of samples.
fn shapes() -> Vec<(Vec<String>, &'static Shape)> {
    fn walk(
        path: Vec<String>,
        shape: &'static Shape,
        out: &mut Vec<(Vec<String>, &'static Shape)>,
    ) {
        out.push((path.clone(), shape));
        for field in shape.fields {
            let mut here = path.clone();
            here.push(field.name.to_string());
            match field.kind {
                Kind::Table(inner) => walk(here, inner, out),
                Kind::List(Kind::Table(inner)) => walk(here, inner, out),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(Vec::new(), &format::DATASET, &mut out);
    out
}

/// The document of samples with one table replaced.
fn with_table(path: &[String], replacement: toml::Table) -> toml::Table {
    fn go(value: &mut toml::Value, path: &[String], replacement: toml::Table) {
        match (path.split_first(), value) {
            (_, toml::Value::Array(items)) => go(&mut items[0], path, replacement),
            (None, v) => *v = toml::Value::Table(replacement),
            (Some((key, rest)), toml::Value::Table(t)) => {
                go(t.get_mut(key).expect("sampled"), rest, replacement)
            }
            _ => unreachable!("samples are tables and lists"),
        }
    }
    let mut root = toml::Value::Table(table(&format::DATASET, None));
    go(&mut root, path, replacement);
    match root {
        toml::Value::Table(t) => t,
        _ => unreachable!(),
    }
}

#[test]
fn a_document_with_every_described_field_reads() {
    // deny_unknown_fields: a field described but not in the model fails here.
    reads(table(&format::DATASET, None)).expect("every described field is a model field");
}

#[test]
fn required_means_the_same_to_the_format_and_the_model() {
    for (path, shape) in shapes() {
        for field in shape.fields {
            let document = with_table(&path, table(shape, Some(field.name)));
            let result = reads(document);
            assert_eq!(
                result.is_err(),
                field.required,
                "{}.{}: the format says required = {}, the model {}",
                path.join("."),
                field.name,
                field.required,
                if result.is_err() {
                    "needs it"
                } else {
                    "does not"
                }
            );
        }
    }
}

#[test]
fn every_model_field_is_described() {
    // serde_json writes every field of every struct (None as null), so
    // each object's keys are the model's fields.
    fn compare(value: &Json, shape: &Shape, path: &str) {
        let Json::Object(map) = value else {
            panic!("{path}: not an object")
        };
        let mut model: Vec<&str> = map.keys().map(String::as_str).collect();
        let mut described: Vec<&str> = shape.fields.iter().map(|f| f.name).collect();
        model.sort_unstable();
        described.sort_unstable();
        assert_eq!(
            model, described,
            "{path}: the model's fields and the format's"
        );
        for field in shape.fields {
            match (&field.kind, &map[field.name]) {
                (Kind::Table(inner), v) => compare(v, inner, &format!("{path}.{}", field.name)),
                (Kind::List(Kind::Table(inner)), Json::Array(items)) => {
                    compare(&items[0], inner, &format!("{path}.{}[0]", field.name))
                }
                _ => {}
            }
        }
    }
    let dataset = reads(table(&format::DATASET, None)).expect("reads");
    let json = serde_json::to_value(&dataset).expect("serializes");
    compare(&json, &format::DATASET, "dataset");
}

fn validator() -> jsonschema::Validator {
    jsonschema::draft7::new(&format::json_schema()).expect("a valid draft-07 schema")
}

fn as_json(toml_text: &str) -> Json {
    let value: toml::Value = toml::from_str(toml_text).expect("TOML");
    serde_json::to_value(value).expect("JSON")
}

#[test]
fn the_schema_accepts_the_bundled_dataset() {
    let validator = validator();
    let instance = as_json(&common::dataset_text());
    let errors: Vec<String> = validator
        .iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_schema_rejects_broken_datasets() {
    let validator = validator();
    let text = common::dataset_text();
    for (find, replace, pointer) in [
        ("decisive = 5", "decisive = \"5\"", "/decision/decisive"),
        ("id = \"node-vs-django\"", "id = \"3-way-db\"", "/id"),
        (
            "favours = \"django\"\ncore = true",
            "favors = \"django\"\ncore = true",
            "/rows/",
        ),
        (
            "scope = \"project\"",
            "scope = \"whole\"",
            "/arguments/0/scope",
        ),
        (
            "argues = { team-javascript = 10 }",
            "argues = { team_javascript = 10 }",
            "/questions/0/options/0/argues",
        ),
        (
            "when = [\"compute=heavy\"",
            "when = [\"compute heavy\"",
            "/cons/",
        ),
    ] {
        assert!(text.contains(find), "{find}");
        let instance = as_json(&text.replacen(find, replace, 1));
        let errors: Vec<String> = validator
            .iter_errors(&instance)
            .map(|e| e.instance_path().to_string())
            .collect();
        assert!(
            errors.iter().any(|at| at.starts_with(pointer)),
            "{replace}: expected an error at {pointer}, got {errors:?}"
        );
    }
    // A missing required field.
    let instance = as_json(&text.replacen("title = \"Node.js or Django?\"\n", "", 1));
    assert!(!validator.is_valid(&instance));
}

#[test]
fn the_readme_holds_the_field_reference() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"))
        .expect("README.md");
    let reference = format::reference_markdown();
    if std::env::var_os("VERSUS_REGENERATE").is_some() {
        let start = readme
            .find("<!-- field reference: begin")
            .expect("begin marker");
        let start = start + readme[start..].find("-->\n").expect("marker end") + 4;
        let end = readme
            .find("<!-- field reference: end")
            .expect("end marker");
        let updated = format!("{}\n{reference}\n{}", &readme[..start], &readme[end..]);
        std::fs::write(
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md"),
            updated,
        )
        .expect("write README.md");
        return;
    }
    assert!(
        readme.contains(&reference),
        "README.md's field reference is not format.rs's; regenerate with VERSUS_REGENERATE=1 cargo test -p versus-core --test schema"
    );
}
