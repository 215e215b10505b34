// A router like VitePress's: each page is a history entry whose state
// object the router wrote; on popstate it shows the page the state names,
// and it ignores a popstate whose state is null (an in-page fragment
// change). A widget that wiped the state would strand the reader on the
// wrong page.
const view = document.getElementById("view");
const here = () => new URLSearchParams(location.search).get("page") || "guide";

function show(page) {
  view.replaceChildren();
  if (page === "quiz") {
    const widget = document.createElement("versus-widget");
    widget.id = "spa";
    widget.setAttribute("persist", "off");
    widget.setAttribute("loading", "eager");
    view.append(widget);
  } else {
    const text = document.createElement("p");
    text.id = "guide";
    text.textContent = "The guide: read this, then take the quiz.";
    view.append(text);
  }
}

if (!history.state) history.replaceState({ router: here(), step: 0 }, "");
show(history.state.router);

document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-route]");
  if (!link) return;
  event.preventDefault();
  history.pushState({ router: link.dataset.route, step: history.state.step + 1 }, "", link.href);
  show(link.dataset.route);
});
addEventListener("popstate", (event) => {
  if (event.state === null) return;
  show(event.state.router);
});
