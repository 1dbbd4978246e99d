// Live reload for `lessons serve`. The preview server adds this script to the pages it
// serves; the site in output/ never has it. It listens for the server's events: a rebuild
// that changed this page reloads it, and a rebuild that failed shows its errors over the
// page, which stays as the last good build left it.
(() => {
  "use strict";
  const script = document.currentScript;
  let build = Number(script.dataset.build);
  const page = decodeURIComponent(location.pathname.replace(/^\/+/, "")) || "index.html";
  const shownPage = page.endsWith("/") ? page + "index.html" : page;
  let host = null;

  function hideErrors() {
    if (host) host.remove();
    host = null;
  }

  function showErrors(errors) {
    hideErrors();
    host = document.createElement("div");
    host.id = "lessons-live-errors";
    // A shadow root keeps the site's stylesheet and the overlay's apart.
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = `
      .panel { position: fixed; inset: 0; z-index: 2147483647; overflow: auto; padding: 2rem 1rem;
               background: rgba(20, 20, 24, 0.88); color: #f4f4f5; font: 15px/1.5 system-ui, sans-serif; }
      .box { max-width: 60rem; margin: 0 auto; background: #1d1d22; border: 1px solid #ef4444;
             border-radius: 8px; padding: 1rem 1.25rem; }
      h2 { margin: 0 0 0.25rem; font-size: 1.1rem; color: #fca5a5; }
      p { margin: 0 0 1rem; color: #d4d4d8; }
      .message { margin: 1rem 0 0.4rem; color: #f4f4f5; font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace;
                 overflow-wrap: anywhere; }
      pre { margin: 0; padding: 0.6rem 0.75rem; background: #111114; border-radius: 6px; overflow-x: auto;
            font: 13px/1.45 ui-monospace, "DejaVu Sans Mono", monospace; white-space: pre; }
      button { float: right; font: inherit; color: inherit; background: none; border: 1px solid #71717a;
               border-radius: 4px; padding: 0.1rem 0.6rem; cursor: pointer; }`;
    const panel = document.createElement("div");
    panel.className = "panel";
    panel.setAttribute("role", "alert");
    const box = document.createElement("div");
    box.className = "box";
    const close = document.createElement("button");
    close.textContent = "Hide";
    close.addEventListener("click", hideErrors);
    const title = document.createElement("h2");
    title.textContent = `The build failed: ${errors.length} error${errors.length === 1 ? "" : "s"}`;
    const note = document.createElement("p");
    note.textContent = "The page shows the last good build. Fix the lesson and save: the page reloads, and this goes away.";
    // Each error's first line wraps; its source line and caret keep their columns.
    const list = document.createElement("div");
    for (const error of errors) {
      const [message, ...source] = error.split("\n");
      const head = document.createElement("p");
      head.className = "message";
      head.textContent = message;
      list.append(head);
      if (source.length > 0) {
        const code = document.createElement("pre");
        code.textContent = source.join("\n");
        list.append(code);
      }
    }
    box.append(close, title, note, list);
    panel.append(box);
    root.append(style, panel);
    document.body.append(host);
  }

  const events = new EventSource("/__lessons/events");
  events.addEventListener("ready", (event) => {
    const data = JSON.parse(event.data);
    hideErrors();
    if (data.build !== build) location.reload();
  });
  events.addEventListener("reload", (event) => {
    const data = JSON.parse(event.data);
    if (data.everything || data.pages.includes(shownPage)) {
      location.reload();
    } else {
      build = data.build;
      hideErrors();
    }
  });
  events.addEventListener("errors", (event) => showErrors(JSON.parse(event.data).errors));
})();
