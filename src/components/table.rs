//! The comparison table: one row per feature, one column per candidate,
//! filterable by category and sortable. Rows the reader's answers touched
//! are highlighted; the candidate the source favours is marked per row.
//! How it is sorted and filtered is the table's own state.

use versus_core::model::Row;
use versus_core::report::Source;
use yew::prelude::*;

use versus_core::words::Arg;

use crate::cite::cite;
use crate::datasets::DatasetRef;
use crate::hooks::use_words;
use crate::ui::{compose, Ui};

/// How the comparison table is ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sort {
    /// The dataset's own order.
    Dataset,
    /// By feature name, ascending or descending.
    Feature { descending: bool },
    /// By category name, then dataset order.
    Category { descending: bool },
}

#[derive(Properties, PartialEq, Clone)]
pub struct ComparisonTableProps {
    pub dataset: DatasetRef,
    /// Ids of the rows the reader's answers touched, highlighted. Compared
    /// by value, so an answer that touches no new row leaves the table alone.
    #[prop_or_default]
    pub touched: Vec<&'static str>,
    /// Category filters and sortable columns; off in the static fallback.
    #[prop_or_default]
    pub controls: bool,
}

fn category_index(d: &DatasetRef, row: &Row) -> usize {
    d.categories
        .iter()
        .position(|c| c.id == row.category)
        .unwrap_or(usize::MAX)
}

/// The rows to show, in display order. Hand-written ordering keeps the
/// standard library's sort (several KB of wasm) out of the build; the
/// table has a few dozen rows.
pub fn ordered_rows(d: &DatasetRef, category: Option<usize>, sort: Sort) -> Vec<&Row> {
    let shown = |row: &&Row| category.is_none_or(|c| category_index(d, row) == c);
    let mut rows: Vec<&Row> = match sort {
        Sort::Category { .. } => (0..=d.categories.len())
            .flat_map(|c| {
                d.rows
                    .iter()
                    .filter(move |row| category_index(d, row).min(d.categories.len()) == c)
            })
            .filter(shown)
            .collect(),
        _ => d.rows.iter().filter(shown).collect(),
    };
    if let Sort::Feature { .. } = sort {
        // On ASCII-folded names.
        let key = |row: &Row| row.feature.to_ascii_lowercase();
        versus_core::sort_few(&mut rows, |a, b| key(a) > key(b));
    }
    if let Sort::Feature { descending: true } | Sort::Category { descending: true } = sort {
        rows.reverse();
    }
    rows
}

#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let d = props.dataset;
    let words = use_words();
    let t = |message| words.template(message);
    let category = use_state_eq(|| None::<usize>);
    let sort = use_state_eq(|| Sort::Dataset);
    let touched = &props.touched;
    let rows = ordered_rows(&d, *category, *sort);

    let sort_button = |label: &'static str, column: fn(bool) -> Sort, active: Option<bool>| {
        let aria = match active {
            None => "none",
            Some(false) => "ascending",
            Some(true) => "descending",
        };
        let inner = if props.controls {
            let sort = sort.clone();
            let next = column(active == Some(false));
            html! {
                <button type="button" class="sort" onclick={Callback::from(move |_: MouseEvent| sort.set(next))}>
                    { label }<span class="sort-mark" aria-hidden="true">{ match active { None => " ↕", Some(false) => " ↑", Some(true) => " ↓" } }</span>
                </button>
            }
        } else {
            html! { label }
        };
        html! { <th scope="col" aria-sort={props.controls.then_some(aria)}>{ inner }</th> }
    };
    let feature_sort = match *sort {
        Sort::Feature { descending } => Some(descending),
        _ => None,
    };
    let category_sort = match *sort {
        Sort::Category { descending } => Some(descending),
        _ => None,
    };

    let names: Vec<&str> = d.candidates.iter().map(|c| c.name.as_ref()).collect();
    let names = words.list(&names, Ui::AndPair, Ui::AndMiddle, Ui::AndLast);
    html! {
        <section class="compare" part="table" aria-label={t(Ui::ComparisonTable)}>
            if props.controls {
                <div class="filters" role="group" aria-label={t(Ui::ShowRowsOfOneCategory)}>
                    { for std::iter::once(None).chain((0..d.categories.len()).map(Some)).map(|choice| {
                        let category = category.clone();
                        let label = choice.map_or(t(Ui::AllCategories), |c| d.categories[c].name.as_ref());
                        html! {
                            <button type="button" class="chip" aria-pressed={if *category == choice { "true" } else { "false" }}
                                onclick={Callback::from(move |_: MouseEvent| category.set(choice))}>
                                { label }
                            </button>
                        }
                    }) }
                </div>
            }
            <div class="table-wrap">
                <table class="versus-table" part="comparison">
                    <caption>
                        { words.say(Ui::HowTheyCompare, &[("names", Arg::Text(&names))]) }
                        if !touched.is_empty() {
                            <span class="caption-note">{ " " }{ t(Ui::HighlightedRowsTouched) }</span>
                        }
                    </caption>
                    <thead>
                        <tr>
                            { sort_button(t(Ui::Feature), |descending| Sort::Feature { descending }, feature_sort) }
                            { for d.candidates.iter().map(|c| html! { <th scope="col">{ c.name.as_ref() }</th> }) }
                            // The static fallback, read with no stylesheet on a phone,
                            // leaves the category out to fit.
                            if props.controls {
                                { sort_button(t(Ui::Category), |descending| Sort::Category { descending }, category_sort) }
                            }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.iter().map(|row| {
                            let is_touched = touched.contains(&row.id.as_ref());
                            html! {
                                <tr data-row={row.id.clone()} data-touched={is_touched.then_some("")}>
                                    <th scope="row">
                                        { row.feature.as_ref() }
                                        if is_touched { <span class="vh">{ " " }{ t(Ui::TouchedByYourAnswers) }</span> }
                                        // Line breaks too, for the fallback read with no stylesheet.
                                        if let Some(note) = &row.note {
                                            if !props.controls { <br /> }
                                            <span class="row-note">{ note.as_ref() }</span>
                                        }
                                        if !props.controls { <br /> }
                                        <span class="row-source">{ compose(words, Ui::SourceOf, &[], &[("source", cite(words, Source::of(&d, &row.section)))]) }</span>
                                    </th>
                                    { for d.candidates.iter().map(|c| {
                                        let favoured = row.favours.as_deref() == Some(c.id.as_ref());
                                        html! {
                                            <td data-label={c.name.clone()} data-favoured={favoured.then_some("")}>
                                                // One child, so the stacked layout's grid keeps the value in one cell.
                                                <span class="value">
                                                    if favoured {
                                                        <span class="mark" aria-hidden="true">{ "✓ " }</span>
                                                        <span class="vh">{ t(Ui::Favoured) }{ " " }</span>
                                                    }
                                                    { row.value(&c.id).unwrap_or("") }
                                                </span>
                                            </td>
                                        }
                                    }) }
                                    if props.controls {
                                        <td data-label={t(Ui::Category)} class="category">
                                            { d.category(&row.category).map_or("", |c| c.name.as_ref()) }
                                        </td>
                                    }
                                </tr>
                            }
                        }) }
                    </tbody>
                </table>
            </div>
            <p class="legend">{ compose(words, Ui::TickMarksFavoured, &[], &[("mark", html! { <span aria-hidden="true">{ "✓ " }</span> })]) }</p>
        </section>
    }
}
