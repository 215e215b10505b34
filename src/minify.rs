//! A minifier for our own stylesheet, run by `build.rs` (which compiles
//! this file too) on `style.css`. It knows only what that file uses.

/// Drops comments and needless whitespace from our own stylesheet. Spaces
/// that may be combinators are kept (as one space); only those next to
/// `{`, `}`, `;`, `,` and `>`, and after a `:`, go. (A space before `:` is
/// a descendant combinator, as in `.versus :focus-visible`, and stays.)
pub fn css(css: &str) -> String {
    let mut without_comments = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        without_comments.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    without_comments.push_str(rest);
    let collapsed = without_comments
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let mut chars = collapsed.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ' ' {
            let next_is_tight = chars.peek().is_some_and(|n| "{};,>".contains(*n));
            let prev_is_tight = out.chars().last().is_some_and(|p| "{};,>:".contains(p));
            if next_is_tight || prev_is_tight {
                continue;
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::css;

    #[test]
    fn drops_comments_and_spaces_that_mean_nothing() {
        assert_eq!(
            css("/* note */\n.a  >  .b ,\n.c {\n  color: red ;\n}\n"),
            ".a>.b,.c{color:red;}"
        );
    }

    #[test]
    fn keeps_descendant_spaces_even_before_a_colon() {
        // `.versus :focus-visible` is a descendant selector; `.versus:focus-visible` is not.
        assert_eq!(
            css(".versus :focus-visible { x: y }"),
            ".versus :focus-visible{x:y}"
        );
        assert_eq!(
            css("@container (max-width: 36em) { .a b { x: y } }"),
            "@container (max-width:36em){.a b{x:y}}"
        );
    }

    #[test]
    fn the_real_stylesheet_keeps_every_rule() {
        let source = include_str!("style.css");
        let minified = css(source);
        let braces = |t: &str| (t.matches('{').count(), t.matches('}').count());
        assert_eq!(braces(&minified), braces(source));
        assert!(minified.len() < source.len());
        assert!(!minified.contains("/*"));
    }
}
