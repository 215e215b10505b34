//! The fallback markup as MDX and JSX accept it (`versus render --jsx`), for
//! docs sites whose pages are MDX (Docusaurus, Astro, Next.js): attribute
//! names as React spells them (`className`), void elements closed, and the
//! braces that would open an expression written as character references.
//! The input is the renderer's own well-formed markup, not arbitrary HTML.

/// React's names for the HTML attributes whose JSX spelling differs.
const RENAMED: [(&str, &str); 5] = [
    ("class", "className"),
    ("for", "htmlFor"),
    ("tabindex", "tabIndex"),
    ("colspan", "colSpan"),
    ("rowspan", "rowSpan"),
];

/// Elements that never have content, which JSX must see closed.
const VOID: [&str; 6] = ["br", "hr", "img", "input", "meta", "wbr"];

/// `html` rewritten for MDX and JSX.
pub fn from_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 16);
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        text(&rest[..start], &mut out);
        let Some(end) = tag_end(&rest[start..]) else {
            // An unterminated tag: keep it as text.
            text(&rest[start..], &mut out);
            return out;
        };
        tag(&rest[start..start + end + 1], &mut out);
        rest = &rest[start + end + 1..];
    }
    text(rest, &mut out);
    out
}

/// Text between tags: braces open expressions in MDX and JSX.
fn text(text: &str, out: &mut String) {
    for c in text.chars() {
        match c {
            '{' => out.push_str("&#123;"),
            '}' => out.push_str("&#125;"),
            c => out.push(c),
        }
    }
}

/// The index of the `>` that ends the tag opening `tag`, outside quotes.
fn tag_end(tag: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in tag.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(i),
            _ => {}
        }
    }
    None
}

/// One tag, `<...>`, with its attribute names renamed and, for a void
/// element, closed.
fn tag(tag: &str, out: &mut String) {
    if tag.starts_with("</") || tag.starts_with("<!") {
        out.push_str(tag);
        return;
    }
    let inner = tag[1..tag.len() - 1].trim_end_matches('/').trim_end();
    let name_end = inner.find(char::is_whitespace).unwrap_or(inner.len());
    let name = &inner[..name_end];
    out.push('<');
    out.push_str(name);
    let mut rest = &inner[name_end..];
    let mut quote = None;
    let mut at_name = true;
    while let Some(c) = rest.chars().next() {
        if quote.is_none() && at_name && !c.is_whitespace() {
            let end = rest
                .find(|c: char| c == '=' || c.is_whitespace())
                .unwrap_or(rest.len());
            let attribute = &rest[..end];
            let renamed = RENAMED
                .iter()
                .find(|(html, _)| attribute.eq_ignore_ascii_case(html))
                .map_or(attribute, |(_, jsx)| jsx);
            out.push_str(renamed);
            rest = &rest[end..];
            at_name = false;
            continue;
        }
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => {
                quote = None;
            }
            (None, c) if c.is_whitespace() => at_name = true,
            _ => {}
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    if VOID.iter().any(|v| name.eq_ignore_ascii_case(v)) || tag.ends_with("/>") {
        out.push_str(" />");
    } else {
        out.push('>');
    }
}

#[cfg(test)]
mod tests {
    use super::from_html;

    #[test]
    fn renames_attributes_react_spells_differently() {
        assert_eq!(
            from_html(r#"<th class="row" scope="row" colspan="2" data-label="a class=b">x</th>"#),
            r#"<th className="row" scope="row" colSpan="2" data-label="a class=b">x</th>"#
        );
    }

    #[test]
    fn closes_void_elements_and_keeps_closed_ones() {
        assert_eq!(
            from_html(r#"<p>a<br>b<input type="checkbox" checked><img alt="x" /></p>"#),
            r#"<p>a<br />b<input type="checkbox" checked /><img alt="x" /></p>"#
        );
    }

    #[test]
    fn braces_in_text_are_not_expressions_but_stay_in_attributes() {
        assert_eq!(
            from_html(r#"<td title="{a}">{"x": 1}</td>"#),
            r#"<td title="{a}">&#123;"x": 1&#125;</td>"#
        );
    }

    #[test]
    fn quotes_may_hold_angle_brackets() {
        assert_eq!(
            from_html(r#"<td data-x="a>b" class='c'>d</td>"#),
            r#"<td data-x="a>b" className='c'>d</td>"#
        );
    }

    #[test]
    fn an_unterminated_tag_stays_text() {
        assert_eq!(from_html("<p>a</p><td class"), "<p>a</p><td class");
    }
}
