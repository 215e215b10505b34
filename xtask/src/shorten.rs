//! Shortens the names the wasm and its JavaScript glue know each other by.
//!
//! wasm-bindgen names every import after the function and a 16-digit hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), once in the wasm's import section
//! and once in the glue's import object: about a hundred names whose hashes
//! do not compress, some 3 KB brotli in all. Its exports are long too
//! (`wasm_bindgen__convert__closures_____invoke__h74e4...`). This renames
//! each import to `_0`, `_1`, ... and each function export the glue calls
//! as `wasm.NAME` to `$0`, `$1`, ... (base 36), in both files. Only the
//! import and export sections of the wasm are re-encoded; every other byte
//! is copied as it is, and the glue's own API (`export function mount`)
//! keeps its names.

use std::collections::BTreeMap;

use crate::wasm::{self, put_leb, put_name};

/// The module wasm-bindgen imports its glue functions from.
const GLUE_MODULE: &str = "./versus_bg.js";

/// Renames the glue imports of `wasm` and the same keys in `glue`, then the
/// exports the glue calls.
pub fn shorten(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let (wasm, renames) = rename_imports(wasm)?;
    let (wasm, glue) = rename_exports(&wasm, glue)?;
    let mut glue = glue;
    for (old, new) in &renames {
        let key = format!("{old}:");
        let count = glue.matches(&key).count();
        if count != 1 {
            return Err(format!(
                "the glue names `{old}` as a key {count} times, not once; wasm-bindgen's output changed"
            ));
        }
        glue = glue.replace(&key, &format!("{new}:"));
        if glue.contains(old.as_str()) {
            return Err(format!("the glue still mentions `{old}` after renaming"));
        }
    }
    Ok((wasm, glue))
}

/// The module with the contents of section `id` replaced by what
/// `rewrite` makes of them; every other section is copied byte for byte.
fn rewrite_section(
    module: &[u8],
    id: u8,
    mut rewrite: impl FnMut(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    let sections = wasm::sections(module)?;
    let mut out = module[..8].to_vec();
    for section in sections {
        if section.id == id {
            let contents = rewrite(section.contents)?;
            out.push(id);
            put_leb(&mut out, contents.len() as u64);
            out.extend(contents);
        } else {
            out.extend(section.bytes);
        }
    }
    Ok(out)
}

/// The wasm with its glue imports renamed, and the renames (old, new).
fn rename_imports(wasm: &[u8]) -> Result<(Vec<u8>, BTreeMap<String, String>), String> {
    let mut renames = BTreeMap::new();
    let wasm = rewrite_section(wasm, 2, |section| rename_in_section(section, &mut renames))?;
    Ok((wasm, renames))
}

fn rename_in_section(
    section: &[u8],
    renames: &mut BTreeMap<String, String>,
) -> Result<Vec<u8>, String> {
    let imports = wasm::imports(section)?;
    let mut out = Vec::with_capacity(section.len());
    put_leb(&mut out, imports.len() as u64);
    for import in imports {
        let field = if import.module == GLUE_MODULE {
            let short = short_name(renames.len());
            renames.insert(import.field.to_string(), short.clone());
            short
        } else {
            import.field.to_string()
        };
        put_name(&mut out, import.module);
        put_name(&mut out, &field);
        out.extend(import.desc);
    }
    Ok(out)
}

/// Renames every function export the glue calls as `wasm.NAME`.
fn rename_exports(module: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let mut glue = glue.to_string();
    let module = rewrite_section(module, 7, |section| {
        let exports = wasm::exports(section)?;
        let mut contents = Vec::with_capacity(section.len());
        put_leb(&mut contents, exports.len() as u64);
        let mut renamed = 0;
        for export in exports {
            let name = export.name;
            let called = export.desc[0] == 0
                && glue.contains(&format!("wasm.{name}"))
                && called_only_as_member(&glue, name);
            let new = if called {
                let new = short_name(renamed).replacen('_', "$", 1);
                renamed += 1;
                glue = replace_member(&glue, name, &new);
                new
            } else {
                name.to_string()
            };
            put_name(&mut contents, &new);
            contents.extend(export.desc);
        }
        Ok(contents)
    })?;
    Ok((module, glue))
}

/// Whether every `wasm.NAME` in the glue is the whole member (not the start
/// of a longer one, `wasm.NAME_more`).
fn called_only_as_member(glue: &str, name: &str) -> bool {
    let member = format!("wasm.{name}");
    glue.match_indices(&member).all(|(i, m)| {
        glue[i + m.len()..]
            .chars()
            .next()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '$'))
    })
}

fn replace_member(glue: &str, name: &str, new: &str) -> String {
    glue.replace(&format!("wasm.{name}"), &format!("wasm.{new}"))
}

/// `_0` ... `_z`, `_10` ...: valid, unique JavaScript keys.
fn short_name(index: usize) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut digits = Vec::new();
    let mut n = index;
    loop {
        digits.push(DIGITS[n % 36]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    format!("_{}", String::from_utf8_lossy(&digits))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Real wasm-bindgen output (`trunk build --release`, before `dist`
    /// shortens it): the glue whole, the wasm cut to the sections
    /// `shorten` reads (types, imports, exports). Regenerate after a
    /// wasm-bindgen upgrade with `trunk build --release` and
    /// `VERSUS_REGENERATE=1 cargo test -p xtask -- --ignored regenerate`.
    const FIXTURE_WASM: &[u8] = include_bytes!("../fixtures/shorten/versus_bg.wasm");
    const FIXTURE_GLUE: &str = include_str!("../fixtures/shorten/versus.js");

    /// The contents of the module's section `id`.
    fn section(module: &[u8], id: u8) -> &[u8] {
        let found = wasm::sections(module)
            .unwrap()
            .into_iter()
            .find(|s| s.id == id);
        found.expect("the section is there").contents
    }

    /// (module, name) of each import, in order.
    fn imports(module: &[u8]) -> Vec<(String, String)> {
        let imports = wasm::imports(section(module, 2)).unwrap();
        imports
            .iter()
            .map(|i| (i.module.to_string(), i.field.to_string()))
            .collect()
    }

    /// The name of each export.
    fn exports(module: &[u8]) -> Vec<String> {
        let exports = wasm::exports(section(module, 7)).unwrap();
        exports.iter().map(|e| e.name.to_string()).collect()
    }

    /// Whether `key:` stands in `glue` as a whole key.
    fn has_key(glue: &str, key: &str) -> bool {
        let pattern = format!("{key}:");
        glue.match_indices(&pattern).any(|(i, _)| {
            glue[..i]
                .chars()
                .next_back()
                .is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '$'))
        })
    }

    #[test]
    #[ignore = "rewrites the fixture from target/trunk; see FIXTURE_WASM"]
    fn regenerate_the_fixture_from_trunks_output() {
        assert!(
            std::env::var_os("VERSUS_REGENERATE").is_some(),
            "set VERSUS_REGENERATE=1"
        );
        let trunk = crate::root().join("target/trunk");
        let wasm = std::fs::read(trunk.join("versus_bg.wasm")).unwrap();
        let glue = std::fs::read_to_string(trunk.join("versus.js")).unwrap();
        assert!(
            imports(&wasm).iter().any(|(_, f)| f.starts_with("__wbg_")),
            "target/trunk holds shortened output: run `trunk build --release` first"
        );
        let mut interface = wasm[..8].to_vec();
        for kept in wasm::sections(&wasm)
            .unwrap()
            .into_iter()
            .filter(|s| [1, 2, 7].contains(&s.id))
        {
            interface.extend(kept.bytes);
        }
        let fixtures = crate::root().join("xtask/fixtures/shorten");
        std::fs::write(fixtures.join("versus_bg.wasm"), interface).unwrap();
        std::fs::write(fixtures.join("versus.js"), glue).unwrap();
    }

    #[test]
    fn shortens_real_wasm_bindgen_output_consistently() {
        let (wasm, glue) = shorten(FIXTURE_WASM, FIXTURE_GLUE).unwrap();
        let (before, after) = (imports(FIXTURE_WASM), imports(&wasm));
        assert_eq!(before.len(), after.len());
        let mut renamed = 0;
        for ((module, old), (same_module, new)) in before.iter().zip(&after) {
            assert_eq!(module, same_module);
            if module == GLUE_MODULE {
                // Short, the glue's key renamed with it, the old name gone.
                assert!(new.len() <= 3, "{new}");
                assert!(
                    has_key(&glue, new),
                    "the glue has no key `{new}` for `{old}`"
                );
                assert!(!glue.contains(old.as_str()), "the glue still names `{old}`");
                renamed += 1;
            } else {
                assert_eq!(old, new);
            }
        }
        assert!(renamed > 50, "only {renamed} glue imports in the fixture");
        // Every member the glue calls on the wasm is one of its exports.
        let exported = exports(&wasm);
        for (i, _) in glue.match_indices("wasm.") {
            let member: String = glue[i + 5..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$')
                .collect();
            assert!(
                exported.contains(&member),
                "the glue calls `wasm.{member}`, not exported"
            );
        }
        assert!(
            exported.iter().any(|e| e.starts_with('$')),
            "no export renamed"
        );
        // The type section is untouched, and the pair is smaller.
        assert_eq!(section(&wasm, 1), section(FIXTURE_WASM, 1));
        assert!(wasm.len() + glue.len() + 4000 < FIXTURE_WASM.len() + FIXTURE_GLUE.len());
    }

    /// A module importing two glue functions, a memory from elsewhere, and
    /// holding one more (custom) section, built by hand.
    fn module() -> Vec<u8> {
        let mut imports = Vec::new();
        put_leb(&mut imports, 3);
        for (module, field) in [
            (GLUE_MODULE, "__wbg_alert_0123456789abcdef"),
            (GLUE_MODULE, "__wbg_log_fedcba9876543210"),
        ] {
            put_name(&mut imports, module);
            put_name(&mut imports, field);
            imports.extend([0x00, 0x00]);
        }
        put_name(&mut imports, "env");
        put_name(&mut imports, "memory");
        imports.extend([0x02, 0x01, 0x01, 0x10]);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.extend([0x01, 0x04, 0x01, 0x60, 0x00, 0x00]);
        wasm.push(2);
        put_leb(&mut wasm, imports.len() as u64);
        wasm.extend(imports);
        wasm.extend([0x00, 0x03, 0x02, b'h', b'i']);
        wasm
    }

    #[test]
    fn renames_glue_imports_in_both_files_and_nothing_else() {
        let glue = "const imports = { \"./versus_bg.js\": { __wbg_alert_0123456789abcdef: function(a) { alert(a) }, __wbg_log_fedcba9876543210: function(a) { console.log(a) } } };";
        let (wasm, glue) = shorten(&module(), glue).unwrap();
        assert_eq!(
            glue,
            "const imports = { \"./versus_bg.js\": { _0: function(a) { alert(a) }, _1: function(a) { console.log(a) } } };"
        );
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("_0") && text.contains("_1") && text.contains("memory"));
        assert!(!text.contains("__wbg_"));
        // The sections around it are untouched.
        assert!(wasm.starts_with(b"\0asm\x01\0\0\0\x01\x04\x01\x60\x00\x00\x02"));
        assert!(wasm.ends_with(&[0x00, 0x03, 0x02, b'h', b'i']));
        let (_, renames) = rename_imports(&module()).unwrap();
        assert_eq!(renames.len(), 2);
    }

    #[test]
    fn renames_exports_the_glue_calls_and_keeps_the_rest() {
        // A module exporting memory, `run` (called by the glue) and `other`.
        let mut exports = Vec::new();
        put_leb(&mut exports, 3);
        put_name(&mut exports, "memory");
        exports.extend([0x02, 0x00]);
        put_name(&mut exports, "run_closure_h0123456789abcdef");
        exports.extend([0x00, 0x00]);
        put_name(&mut exports, "other");
        exports.extend([0x00, 0x01]);
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        wasm.push(7);
        put_leb(&mut wasm, exports.len() as u64);
        wasm.extend(exports);
        let glue = "function run_closure_h0123456789abcdef(a) { wasm.run_closure_h0123456789abcdef(a); } wasm.memory.buffer;";
        let (wasm, glue) = rename_exports(&wasm, glue).unwrap();
        assert_eq!(
            glue,
            "function run_closure_h0123456789abcdef(a) { wasm.$0(a); } wasm.memory.buffer;"
        );
        let text = String::from_utf8_lossy(&wasm);
        assert!(text.contains("memory") && text.contains("$0") && text.contains("other"));
        assert!(!text.contains("run_closure"));
    }

    #[test]
    fn refuses_glue_it_does_not_recognise() {
        let err = shorten(&module(), "no keys here").unwrap_err();
        assert!(err.contains("0 times"), "{err}");
        assert!(rename_imports(b"not wasm").is_err());
    }

    #[test]
    fn short_names_are_unique_and_short() {
        let names: Vec<String> = (0..200).map(short_name).collect();
        assert_eq!(names[0], "_0");
        assert_eq!(names[36], "_10");
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 200);
        assert!(names.iter().all(|n| n.len() <= 3));
    }
}
