//! The comparison table: one row per feature, one column per candidate.

use yew::prelude::*;

use crate::datasets::DatasetRef;

#[derive(Properties, PartialEq, Clone)]
pub struct ComparisonTableProps {
    pub dataset: DatasetRef,
}

#[component]
pub fn ComparisonTable(props: &ComparisonTableProps) -> Html {
    let d = props.dataset;
    html! {
        <div class="versus-table-wrap">
            <table class="versus-table" part="table">
                <caption>{ "How " }{ names(&d) }{ " compare" }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Feature" }</th>
                        { for d.candidates.iter().map(|c| html! {
                            <th scope="col">{ c.name.as_ref() }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for d.rows.iter().map(|row| html! {
                        <tr data-row={row.id.clone()}>
                            <th scope="row">{ row.feature.as_ref() }</th>
                            { for d.candidates.iter().map(|c| {
                                let favoured = row.favours.as_deref() == Some(c.id.as_ref());
                                html! {
                                    <td class={classes!(favoured.then_some("favoured"))}>
                                        { row.value(&c.id).unwrap_or("") }
                                    </td>
                                }
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

fn names(d: &versus_core::Dataset) -> String {
    let names: Vec<&str> = d.candidates.iter().map(|c| c.name.as_ref()).collect();
    names.join(" and ")
}
