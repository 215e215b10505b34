//! The parts of the WebAssembly binary format that `shorten.rs` and
//! `weight.rs` read and write: sections, imports, exports, names and
//! LEB128 numbers.

/// One section of a module.
pub struct Section<'a> {
    pub id: u8,
    /// What follows the section's header.
    pub contents: &'a [u8],
    /// The whole section, header included, as it stands in the module.
    pub bytes: &'a [u8],
}

/// Every section of a WebAssembly 1 module, in order.
pub fn sections(wasm: &[u8]) -> Result<Vec<Section<'_>>, String> {
    if wasm.get(..8) != Some(&b"\0asm\x01\0\0\0"[..]) {
        return Err("not a WebAssembly 1 module".into());
    }
    let mut out = Vec::new();
    let mut at = 8;
    while at < wasm.len() {
        let (size, body) = leb(wasm, at + 1)?;
        let end = body + size as usize;
        out.push(Section {
            id: wasm[at],
            contents: wasm.get(body..end).ok_or("a section runs past the end")?,
            bytes: &wasm[at..end],
        });
        at = end;
    }
    Ok(out)
}

/// One entry of the import section.
pub struct Import<'a> {
    pub module: &'a str,
    pub field: &'a str,
    /// What is imported: its kind byte (0 for a function) and the rest.
    pub desc: &'a [u8],
}

/// The entries of an import section's contents.
pub fn imports(section: &[u8]) -> Result<Vec<Import<'_>>, String> {
    let (count, mut at) = leb(section, 0)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let (module, next) = name(section, at)?;
        let (field, next) = name(section, next)?;
        let end = skip_desc(section, next)?;
        out.push(Import {
            module,
            field,
            desc: &section[next..end],
        });
        at = end;
    }
    if at != section.len() {
        return Err("the import section has trailing bytes".into());
    }
    Ok(out)
}

/// One entry of the export section.
pub struct Export<'a> {
    pub name: &'a str,
    /// What is exported: its kind byte (0 for a function) and its index.
    pub desc: &'a [u8],
}

/// The entries of an export section's contents.
pub fn exports(section: &[u8]) -> Result<Vec<Export<'_>>, String> {
    let (count, mut at) = leb(section, 0)?;
    let mut out = Vec::new();
    for _ in 0..count {
        let (export, next) = name(section, at)?;
        section.get(next).ok_or("truncated export")?;
        let (_, end) = leb(section, next + 1)?;
        out.push(Export {
            name: export,
            desc: &section[next..end],
        });
        at = end;
    }
    Ok(out)
}

/// The end of an import description starting at `at`.
fn skip_desc(b: &[u8], at: usize) -> Result<usize, String> {
    let kind = *b.get(at).ok_or("truncated import")?;
    match kind {
        // function: type index
        0x00 => Ok(leb(b, at + 1)?.1),
        // table: reference type, limits
        0x01 => skip_limits(b, at + 2),
        // memory: limits
        0x02 => skip_limits(b, at + 1),
        // global: value type, mutability
        0x03 => Ok(at + 3),
        // tag: attribute, type index
        0x04 => Ok(leb(b, at + 2)?.1),
        other => Err(format!("unknown import kind {other:#x}")),
    }
}

fn skip_limits(b: &[u8], at: usize) -> Result<usize, String> {
    let flags = *b.get(at).ok_or("truncated limits")?;
    let (_, next) = leb(b, at + 1)?;
    if flags & 1 == 1 {
        Ok(leb(b, next)?.1)
    } else {
        Ok(next)
    }
}

pub fn name(b: &[u8], at: usize) -> Result<(&str, usize), String> {
    let (len, start) = leb(b, at)?;
    let end = start + len as usize;
    let bytes = b.get(start..end).ok_or("a name runs past the end")?;
    let text = std::str::from_utf8(bytes).map_err(|_| "a name is not UTF-8")?;
    Ok((text, end))
}

pub fn put_name(out: &mut Vec<u8>, name: &str) {
    put_leb(out, name.len() as u64);
    out.extend(name.as_bytes());
}

/// An unsigned LEB128 number at `at`, and where the next item starts.
pub fn leb(b: &[u8], mut at: usize) -> Result<(u64, usize), String> {
    let mut value = 0u64;
    let mut shift = 0;
    loop {
        let byte = *b.get(at).ok_or("truncated number")?;
        at += 1;
        value |= u64::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 63 {
            return Err("a number is too long".into());
        }
    }
}

pub fn put_leb(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}
