//! Packed datasets: what `versus pack` writes reads back as the validated
//! dataset, and whatever else arrives (random, cut short, altered, huge,
//! another version) is refused cleanly: an error, never a panic or a hang.

mod common;

use std::borrow::Cow;
use std::path::Path;
use std::time::{Duration, Instant};

use proptest::prelude::*;
use versus_core::model::{Dataset, Text};
use versus_core::packed::{self, PackError};
use versus_core::{load, Answers, Engine};

fn tiny() -> Dataset {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../versus-cli/tests/fixtures/tiny.toml");
    load::from_file(&path).unwrap_or_else(|e| panic!("{e}"))
}

fn bundled_pack() -> String {
    packed::encode(&common::file())
}

/// Runs the engine on a decoded dataset: no answers, the first option of
/// each question, and the last, so a pack that decodes is one it can run.
fn runs(dataset: &Dataset) {
    let engine = Engine::new(dataset);
    let n = dataset.questions.len();
    let mut first = Answers::none(n);
    let mut last = Answers::none(n);
    for (q, question) in dataset.questions.iter().enumerate() {
        first.set(q, Some(0));
        last.set(q, Some(question.options.len() - 1));
    }
    for answers in [Answers::none(n), first, last] {
        let report = engine.evaluate(&answers);
        let _ = report.scores.len();
        let _ = engine.outlook(&answers);
    }
}

#[test]
fn the_bundled_dataset_packs_and_reads_back_the_same() {
    let file = common::file();
    let packed = packed::encode(&file);
    assert!(packed.starts_with("versus-pack 2\n"));
    assert_eq!(packed::decode(&packed).expect("reads back"), file);
    runs(&packed::decode(&packed).expect("reads back"));
}

#[test]
fn a_pack_is_text_safe_inside_a_script_element() {
    let mut file = tiny();
    file.title = Cow::Borrowed("</script><!-- <b>bold</b> \\ \"quoted\"\nline\ttab");
    let packed = packed::encode(&file);
    assert!(!packed.contains('<'), "{packed}");
    assert!(packed.lines().nth(2).is_some_and(|l| l.starts_with('"')));
    assert_eq!(
        packed::decode(&packed).expect("reads back").title,
        file.title
    );
}

#[test]
fn another_format_version_is_refused_naming_both() {
    let packed = bundled_pack().replacen("versus-pack 2\n", "versus-pack 3\n", 1);
    let error = packed::decode(&packed).expect_err("version 3");
    assert_eq!(
        error,
        PackError::Version {
            found: 3,
            supported: 2
        }
    );
    let message = error.to_string();
    assert!(
        message.contains("version 3") && message.contains("version 2"),
        "{message}"
    );
}

#[test]
fn what_is_not_a_pack_is_said_so() {
    for text in [
        "",
        "\n",
        "id = \"node-vs-django\"\n",
        "versus-pack\n",
        "versus-pack x\n",
        "{\"id\":1}",
    ] {
        assert_eq!(packed::decode(text), Err(PackError::NotPacked), "{text:?}");
    }
}

#[test]
fn hostile_inputs_are_refused_with_their_reason() {
    let good = bundled_pack();
    let huge = format!("{good}{}", "x".repeat(packed::MAX_BYTES));
    assert!(matches!(
        packed::decode(&huge),
        Err(PackError::TooLarge { .. })
    ));

    let long = good.replacen(
        "\"Node.js or Django?",
        &format!("\"{}", "a".repeat(5000)),
        1,
    );
    assert_eq!(
        packed::decode(&long),
        Err(PackError::TooLong { line: 3, max: 4000 })
    );

    let markup = good.replacen("\"Node.js or Django?", "\"<b>Node.js</b>", 1);
    assert_eq!(
        packed::decode(&markup),
        Err(PackError::Character { line: 3 })
    );

    let control = good.replacen("\"Node.js or Django?", "\"Node.js\u{7}", 1);
    assert_eq!(
        packed::decode(&control),
        Err(PackError::Character { line: 3 })
    );

    let escape = good.replacen("\"Node.js or Django?", "\"Node.js\\u003c", 1);
    assert_eq!(
        packed::decode(&escape),
        Err(PackError::Character { line: 3 })
    );

    let many = good.replacen("*15\n", "*9999\n", 1);
    assert!(matches!(
        packed::decode(&many),
        Err(PackError::TooMany { max: 256, .. })
    ));

    let trailing = format!("{good}\"more\n");
    assert!(matches!(
        packed::decode(&trailing),
        Err(PackError::Trailing { .. })
    ));

    // A weight of one million, a negative one, one past three decimals.
    for weight in ["#1000000", "#-1", "#1.0001", "#1e3", "#inf"] {
        let bad = good.replacen("#5\n", &format!("{weight}\n"), 1);
        assert!(
            matches!(packed::decode(&bad), Err(PackError::Expected { .. })),
            "{weight}"
        );
    }

    // A reference to nothing: the first option's section.
    let dangling = good.replacen(
        "\"what-node\n\"What is Node.js?",
        "\"what-nod\n\"What is Node.js?",
        1,
    );
    assert!(matches!(
        packed::decode(&dangling),
        Err(PackError::Inconsistent(_))
    ));
}

#[test]
fn windows_line_ends_read_the_same() {
    let good = bundled_pack();
    let crlf = good.replace('\n', "\r\n");
    assert_eq!(packed::decode(&crlf), packed::decode(&good));
}

#[test]
fn every_cut_short_pack_is_refused() {
    let good = bundled_pack();
    let body = good.trim_end_matches('\n');
    // Every line boundary, and a spread of places inside lines.
    let mut cuts: Vec<usize> = body.match_indices('\n').map(|(i, _)| i).collect();
    cuts.extend(
        (0..body.len())
            .step_by(97)
            .filter(|&i| body.is_char_boundary(i)),
    );
    for cut in cuts {
        let result = packed::decode(&body[..cut]);
        assert!(result.is_err(), "cut at {cut} still decodes");
    }
}

#[test]
fn a_megabyte_of_lines_decodes_quickly() {
    let start = Instant::now();
    let mut lists = String::from("versus-pack 2\n\"a\n\"b\n\"c\n\"d\n\"e\n");
    while lists.len() < packed::MAX_BYTES - 8 {
        lists.push_str("*256\n");
    }
    let _ = packed::decode(&lists);
    let mut texts = String::from("versus-pack 2\n");
    while texts.len() < packed::MAX_BYTES - 8 {
        texts.push_str("\"\\l\\n\n");
    }
    let _ = packed::decode(&texts);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

/// Text a dataset author might write, markup and escapes included.
fn any_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 .,;:!?'\"<>&/\\\\\n\tçéüß漢字🙂\u{200f}-]{1,60}"
}

/// The bundled dataset with random texts and weights: what a validated
/// dataset can hold.
fn any_file() -> impl Strategy<Value = Dataset> {
    (
        proptest::collection::vec(any_text(), 8),
        proptest::collection::vec(1u32..=1_000_000, 4),
        any::<bool>(),
    )
        .prop_map(|(texts, weights, small)| {
            let mut d = if small { tiny() } else { common::file() };
            let mut t = texts.into_iter().map(Cow::Owned);
            d.title = t.next().unwrap_or_default();
            d.summary = t.next().unwrap_or_default();
            let cands = d.candidates.to_mut();
            cands[0].name = t.next().unwrap_or_default();
            let q = &mut d.questions.to_mut()[0];
            q.prompt = t.next().unwrap_or_default();
            q.help = Some(t.next().unwrap_or_default());
            let option = &mut q.options.to_mut()[0];
            option.reason = t.next().unwrap_or_default();
            for (w, weight) in option.argues.to_mut().iter_mut().zip(&weights) {
                w.value = f64::from(*weight) / 1000.0;
            }
            let rows = d.rows.to_mut();
            rows[0].note = Some(t.next().unwrap_or_default());
            d.faq.to_mut()[0].answer = t.next().unwrap_or_default();
            if let Some(cost) = d.verdicts.to_mut().iter_mut().find_map(|v| v.cost.as_mut()) {
                cost.weight = f64::from(weights[3] % 5000) / 1000.0;
            }
            d.decision.decisive = f64::from(weights[2]) / 1000.0;
            d
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn pack_then_decode_is_the_dataset(file in any_file()) {
        let packed = packed::encode(&file);
        prop_assert!(!packed.contains('<'));
        prop_assert_eq!(packed::decode(&packed), Ok(file.clone()));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..4096)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = packed::decode(&text);
        let with_header = format!("versus-pack 2\n{text}");
        let _ = packed::decode(&with_header);
    }
}

proptest! {
    // Fewer cases: each builds hundreds of lines, or decodes the whole
    // bundled pack and runs the engine on what reads.
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn arbitrary_lines_never_panic(lines in proptest::collection::vec(
        "(\"[a-z-]{0,8}|#[0-9.]{0,6}|\\*[0-9]{1,3}|-|\\+|[^\n]{0,8})", 0..200)) {
        let text = format!("versus-pack 2\n{}", lines.join("\n"));
        if let Ok(dataset) = packed::decode(&text) {
            runs(&dataset);
        }
    }

    #[test]
    fn altered_packs_are_refused_or_run(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..6)
    ) {
        let good = bundled_pack();
        let mut lines: Vec<String> = good.lines().map(str::to_string).collect();
        for (at, byte, kind) in edits {
            let i = at.index(lines.len());
            match kind {
                0 => { lines.remove(i); }
                1 => lines.insert(i, lines[i].clone()),
                2 => {
                    let n = lines.len();
                    lines.swap(i, (i + 1) % n);
                }
                _ => {
                    let mut line = lines[i].clone().into_bytes();
                    let j = usize::from(byte) % line.len().max(1);
                    if j < line.len() { line[j] = byte; } else { line.push(byte); }
                    lines[i] = String::from_utf8_lossy(&line).into_owned();
                }
            }
            if lines.is_empty() { break; }
        }
        let text = lines.join("\n");
        // Refused cleanly, or (an edit inside free text) a dataset that runs.
        if let Ok(dataset) = packed::decode(&text) {
            runs(&dataset);
        }
    }
}

/// A dataset at the limits: 8 candidates, 16 verdicts (each single, and
/// mixes of neighbours), 32 questions of 12 options, each option arguing
/// two of 96 arguments.
/// The widest datasets the limits allow: 4 candidates, 8 verdicts,
/// and 64 options as 16 questions of 4, 8 of 8, or 5 of 12.
fn at_the_limits() -> [String; 3] {
    [
        limits_of(4, 16, 4, 48),
        limits_of(4, 8, 8, 48),
        limits_of(4, 5, 12, 48),
    ]
}

fn limits_of(candidates: usize, questions: usize, options: usize, arguments: usize) -> String {
    use std::fmt::Write;
    let mut t = String::from(
        "id = \"limits\"\ntitle = \"T\"\nsummary = \"S\"\npros = []\nuse_cases = []\nusers = []\nfaq = []\ncons = []\n\
         [source]\ntitle = \"S\"\nnote = \"N\"\n[decision]\ndecisive = 5\n\
         [[sections]]\nid = \"s\"\ntitle = \"S\"\n[[categories]]\nid = \"k\"\nname = \"K\"\n",
    );
    for c in 0..candidates {
        let _ = write!(
            t,
            "[[candidates]]\nid = \"c{c}\"\nname = \"C{c}\"\ntagline = \"T\"\nsection = \"s\"\n"
        );
        let _ = write!(t, "[[verdicts]]\nid = \"v{c}\"\nname = \"V{c}\"\nheadline = \"H\"\ncandidate = \"c{c}\"\nsection = \"s\"\n");
        let _ = write!(t, "[[verdicts]]\nid = \"m{c}\"\nname = \"M{c}\"\nheadline = \"H\"\ncombines = [\"c{c}\", \"c{}\"]\nsection = \"s\"\n[verdicts.cost]\nweight = 2\ntext = \"T\"\nsection = \"s\"\n", (c + 1) % candidates);
    }
    let values: Vec<String> = (0..candidates).map(|c| format!("c{c} = \"x\"")).collect();
    let _ = write!(t, "[[rows]]\nid = \"r\"\nfeature = \"F\"\ncategory = \"k\"\nvalues = {{ {} }}\nsection = \"s\"\n", values.join(", "));
    for a in 0..arguments {
        let scope = if a % 2 == 0 { "part" } else { "project" };
        let _ = write!(t, "[[arguments]]\nid = \"a{a}\"\nfavours = \"c{}\"\nscope = \"{scope}\"\nclaim = \"C\"\nsection = \"s\"\n", a % candidates);
    }
    let mut next = 0;
    for q in 0..questions {
        let _ = write!(t, "[[questions]]\nid = \"q{q}\"\nprompt = \"P\"\n");
        for o in 0..options {
            let (a, b) = (next % arguments, (next * 7 + 3) % arguments);
            next += 1;
            let (wa, wb) = (1 + (next % 9), 1 + (next * 5 % 7));
            let argues = if a == b {
                format!("a{a} = {wa}")
            } else {
                format!("a{a} = {wa}, a{b} = {wb}")
            };
            let _ = write!(t, "[[questions.options]]\nid = \"o{o}\"\nlabel = \"L\"\nreason = \"R\"\nargues = {{ {argues} }}\nsection = \"s\"\n");
        }
    }
    t
}

#[test]
fn a_dataset_at_every_limit_decodes_and_runs_in_time() {
    for text in at_the_limits() {
        let file =
            load::from_str(Path::new("limits.toml"), &text).unwrap_or_else(|e| panic!("{e}"));
        let packed = packed::encode(&file);
        let dataset = packed::decode(&packed).expect("decodes");
        let engine = Engine::new(&dataset);
        let n = dataset.questions.len();
        let mut half = Answers::none(n);
        let mut all = Answers::none(n);
        for q in 0..n {
            let options = dataset.questions[q].options.len();
            all.set(q, Some(q % options));
            if q % 2 == 0 {
                half.set(q, Some((q * 5) % options));
            }
        }
        for (name, answers) in [("none", Answers::none(n)), ("half", half), ("all", all)] {
            let start = Instant::now();
            let report = engine.evaluate(&answers);
            let evaluated = start.elapsed();
            let _ = engine.outlook(&answers);
            let took = start.elapsed();
            eprintln!(
                "{name}: evaluate {evaluated:?}, with outlook {took:?}, {} flips",
                report.flips.len()
            );
            // Generous for an unoptimised test build; a release build (the
            // wasm) is many times faster.
            assert!(took < Duration::from_secs(2), "{name}: {took:?}");
        }
    }
}

#[test]
fn a_pack_carries_the_words_of_its_language() {
    let file = tiny();
    let words: Vec<Text> = ["lang = de", "plural = one: n = 1", "Pair = {a} und {b}"]
        .into_iter()
        .map(Cow::Borrowed)
        .collect();
    let text = packed::encode_with_words(&file, &words);
    let pack = packed::decode_pack(&text).expect("reads back");
    assert_eq!(pack.dataset, file);
    assert_eq!(pack.words.as_ref(), words.as_slice());
    // English: no words of its own.
    assert!(packed::decode_pack(&packed::encode(&file))
        .unwrap()
        .words
        .is_empty());
}
