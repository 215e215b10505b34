//! Where the wasm's bytes go, by crate and by function.
//!
//! The release wasm carries no names, so this builds it once more with
//! them: the same Rust build (`target/wasm32-unknown-unknown/release`),
//! the same wasm-bindgen (which demangles the names) and the same wasm-opt
//! flags as `index.html` asks of Trunk, plus `-g` to keep the name section.
//! Each function body's size goes to the crate its name starts with (for
//! `<T as Trait>::f`, `T`'s crate; for `drop_in_place<T>`, `T`'s), beside
//! the data segments (the dataset's text, the static sections, the
//! stylesheet, strings). Raw bytes: brotli shrinks code and data unevenly.

use std::collections::BTreeMap;

use crate::wasm::{self, leb, name};
use crate::{root, Task};

/// Raw bytes of code by crate and by function, and of data.
pub struct Weights {
    pub code: usize,
    pub data: usize,
    pub crates: Vec<(String, usize)>,
    pub functions: Vec<(String, usize)>,
}

/// Builds the named copy of the release wasm in `target/bench/names` and
/// weighs it.
pub fn of_release_build() -> Result<Weights, String> {
    let raw = root().join("target/wasm32-unknown-unknown/release/versus.wasm");
    let out = root().join("target/bench/names");
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let bindgen = Task::new("wasm-bindgen")
        .arg(&raw)
        .args(["--target", "web", "--out-name", "versus", "--out-dir"])
        .arg(&out)
        .status();
    if !bindgen {
        return Err(format!("wasm-bindgen failed on {}", raw.display()));
    }
    let named = out.join("named.wasm");
    let optimised = Task::new("wasm-opt")
        .arg(out.join("versus_bg.wasm"))
        .args(release_wasm_opt_flags()?)
        .arg("-g")
        .arg("-o")
        .arg(&named)
        .status();
    if !optimised {
        return Err("wasm-opt failed on the named copy".into());
    }
    let wasm =
        std::fs::read(&named).map_err(|e| format!("cannot read {}: {e}", named.display()))?;
    weigh(&wasm)
}

/// wasm-opt's flags as `index.html` gives them to Trunk.
fn release_wasm_opt_flags() -> Result<Vec<String>, String> {
    let page = crate::dist::read(&root().join("index.html"))?;
    let attribute = |key: &str| {
        let start = page.find(&format!("{key}=\""))? + key.len() + 2;
        Some(page[start..].split('"').next()?.to_string())
    };
    let level = attribute("data-wasm-opt").ok_or("index.html sets no data-wasm-opt")?;
    let mut flags = vec![format!("-O{level}")];
    flags.extend(
        attribute("data-wasm-opt-params")
            .unwrap_or_default()
            .split_whitespace()
            .map(str::to_string),
    );
    Ok(flags)
}

/// Weighs a module with a name section.
pub fn weigh(module: &[u8]) -> Result<Weights, String> {
    let mut imported = 0;
    let mut bodies = Vec::new();
    let mut names = BTreeMap::new();
    let mut data = 0;
    for section in wasm::sections(module)? {
        let contents = section.contents;
        match section.id {
            2 => {
                let imports = wasm::imports(contents)?;
                imported = imports.iter().filter(|i| i.desc[0] == 0).count();
            }
            10 => bodies = body_sizes(contents)?,
            11 => data = contents.len(),
            0 => {
                let (custom, start) = name(contents, 0)?;
                if custom == "name" {
                    names = function_names(&contents[start..])?;
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return Err("the module has no function names".into());
    }
    let mut crates: BTreeMap<String, usize> = BTreeMap::new();
    let mut functions = Vec::new();
    for (i, size) in bodies.iter().enumerate() {
        let function = names
            .get(&(imported + i))
            .cloned()
            .unwrap_or_else(|| format!("function {}", imported + i));
        *crates.entry(crate_of(&function)).or_default() += size;
        functions.push((function, *size));
    }
    let mut crates: Vec<_> = crates.into_iter().collect();
    crates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    functions.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    Ok(Weights {
        code: bodies.iter().sum(),
        data,
        crates,
        functions,
    })
}

/// The size of each function body, in order.
fn body_sizes(section: &[u8]) -> Result<Vec<usize>, String> {
    let (count, mut at) = leb(section, 0)?;
    let mut sizes = Vec::new();
    for _ in 0..count {
        let (size, start) = leb(section, at)?;
        sizes.push(size as usize);
        at = start + size as usize;
    }
    Ok(sizes)
}

/// Subsection 1 of the name section: function index to name.
fn function_names(section: &[u8]) -> Result<BTreeMap<usize, String>, String> {
    let mut at = 0;
    while at < section.len() {
        let id = section[at];
        let (size, start) = leb(section, at + 1)?;
        let end = start + size as usize;
        if id == 1 {
            let sub = section
                .get(start..end)
                .ok_or("a name subsection runs past the end")?;
            let (count, mut next) = leb(sub, 0)?;
            let mut names = BTreeMap::new();
            for _ in 0..count {
                let (index, after) = leb(sub, next)?;
                let (function, after) = name(sub, after)?;
                names.insert(index as usize, function.to_string());
                next = after;
            }
            return Ok(names);
        }
        at = end;
    }
    Ok(BTreeMap::new())
}

/// The crate a demangled function name belongs to. Yew's component
/// lifecycle is generic over the component, and our components' views are
/// inlined into it under a name that no longer says which component: that
/// is its own line.
fn crate_of(function: &str) -> String {
    if function.contains("CompStateInner<COMP>") {
        return "yew lifecycle, views inlined".into();
    }
    let mut path = function.trim_start_matches('<');
    for wrapper in ["core::ptr::drop_in_place<", "alloc::rc::Rc<"] {
        if let Some(inner) = path.strip_prefix(wrapper) {
            path = inner
                .trim_start_matches(['<', '&', '*'])
                .trim_start_matches("mut ");
        }
    }
    let first = path
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-'))
        .next()
        .unwrap_or("");
    match first {
        "" => "(unnamed)".into(),
        f if f.starts_with("__wbg") || f.starts_with("__wbindgen") || f == "wasm_bindgen" => {
            "wasm_bindgen".into()
        }
        f if f.starts_with("function") => "(unnamed)".into(),
        // A generic parameter (`<T as Trait>::f`).
        f if f.len() == 1 && f.chars().all(|c| c.is_ascii_uppercase()) => "(generic)".into(),
        "char" | "str" | "bool" | "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64"
        | "f64" => "core".into(),
        f => f.into(),
    }
}

/// The table the benchmark prints.
pub fn table(w: &Weights) -> String {
    let total = (w.code + w.data).max(1);
    let share = |bytes: usize| format!("{:.1}%", bytes as f64 * 100.0 / total as f64);
    let mut out = format!(
        "{:<28} {:>9} {:>7}\n{:<28} {:>9} {:>7}\n",
        "code by crate (raw bytes)",
        "bytes",
        "share",
        "data segments",
        w.data,
        share(w.data)
    );
    for (name, bytes) in w.crates.iter().take(12) {
        out.push_str(&format!("{name:<28} {bytes:>9} {:>7}\n", share(*bytes)));
    }
    let rest: usize = w.crates.iter().skip(12).map(|(_, b)| b).sum();
    out.push_str(&format!(
        "{:<28} {rest:>9} {:>7}\n",
        "(other crates)",
        share(rest)
    ));
    out.push_str("largest functions:\n");
    for (name, bytes) in w.functions.iter().take(10) {
        out.push_str(&format!("  {bytes:>7}  {}\n", short(name)));
    }
    out
}

/// A function's name without its hash, its end kept when it is long (the
/// end says what the function does).
fn short(function: &str) -> String {
    let name = match function.rsplit_once("::h") {
        Some((head, hash)) if hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()) => {
            head
        }
        _ => function,
    };
    let chars: Vec<char> = name.chars().collect();
    if chars.len() <= 90 {
        return name.to_string();
    }
    let tail: String = chars[chars.len() - 89..].iter().collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wasm::{put_leb, put_name};

    #[test]
    fn long_names_keep_their_end_and_lose_their_hash() {
        assert_eq!(short("yew::f::h0123456789abcdef"), "yew::f");
        let long = format!("{}::view::h0123456789abcdef", "a".repeat(100));
        assert!(short(&long).ends_with("aaa::view") && short(&long).chars().count() == 90);
    }

    #[test]
    fn crates_come_from_the_path_the_impl_or_the_dropped_type() {
        assert_eq!(
            crate_of("yew::dom_bundle::btag::BTag::reconcile::h0123"),
            "yew"
        );
        assert_eq!(
            crate_of("<versus_core::report::Report as core::clone::Clone>::clone"),
            "versus_core"
        );
        assert_eq!(crate_of("core::ptr::drop_in_place<yew::html::Html>"), "yew");
        assert_eq!(crate_of("core::fmt::write::h99"), "core");
        assert_eq!(crate_of("__wbg_appendChild_0123"), "wasm_bindgen");
        assert_eq!(crate_of("function 12"), "(unnamed)");
        assert_eq!(
            crate_of("<T as alloc::string::ToString>::to_string"),
            "(generic)"
        );
        assert_eq!(crate_of("<char as core::fmt::Debug>::fmt"), "core");
        assert_eq!(
            crate_of(
                "<yew::html::component::lifecycle::CompStateInner<COMP> as yew::Stateful>::view"
            ),
            "yew lifecycle, views inlined"
        );
    }

    /// A module of one imported and two defined functions, with names for
    /// the imported one and the second defined one, and 5 bytes of data.
    fn module() -> Vec<u8> {
        let section = |out: &mut Vec<u8>, id: u8, contents: &[u8]| {
            out.push(id);
            put_leb(out, contents.len() as u64);
            out.extend(contents);
        };
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        let mut imports = vec![1];
        put_name(&mut imports, "env");
        put_name(&mut imports, "f");
        imports.extend([0x00, 0x00]);
        section(&mut wasm, 2, &imports);
        // Two bodies: 3 and 5 bytes.
        section(&mut wasm, 10, &[2, 3, 0, 0, 0x0b, 5, 0, 1, 2, 3, 0x0b]);
        section(&mut wasm, 11, &[1, 2, 3, 4, 5]);
        let mut names = Vec::new();
        put_leb(&mut names, 2);
        put_leb(&mut names, 0);
        put_name(&mut names, "env_f");
        put_leb(&mut names, 2);
        put_name(&mut names, "yew::render");
        let mut sub = vec![1];
        put_leb(&mut sub, names.len() as u64);
        sub.extend(names);
        let mut custom = Vec::new();
        put_name(&mut custom, "name");
        custom.extend(sub);
        section(&mut wasm, 0, &custom);
        wasm
    }

    #[test]
    fn weighs_bodies_by_the_names_of_defined_functions() {
        let w = weigh(&module()).unwrap();
        assert_eq!((w.code, w.data), (8, 5));
        assert_eq!(
            w.functions,
            [
                ("yew::render".to_string(), 5),
                ("function 1".to_string(), 3)
            ]
        );
        assert_eq!(
            w.crates,
            [("yew".to_string(), 5), ("(unnamed)".to_string(), 3)]
        );
        assert!(weigh(b"not wasm").is_err());
    }
}
