// Versus in an iframe: sizes each <iframe data-versus> to its content (no
// inner scrollbar) and, once it is ready, tells it this page's address, so
// its copy-link button offers this page and a shared link restores answers.
addEventListener("message", (event) => {
  for (const frame of document.querySelectorAll("iframe[data-versus]")) {
    if (event.source !== frame.contentWindow || !event.data) continue;
    const { type, height } = event.data;
    if (type === "versus:height") frame.style.height = `${height}px`;
    if (type === "versus:ready") {
      frame.contentWindow.postMessage({ type: "versus:parent-url", url: location.href }, new URL(frame.src, location.href).origin);
    }
  }
});
