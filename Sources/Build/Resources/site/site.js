// lessons: the theme toggle and the search box. No framework, no network: the search
// index is a script beside the page, so the site works from file://.
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.add("js");

  var themeKey = "lessons-theme";
  function storedTheme() {
    try { return window.localStorage.getItem(themeKey); } catch (error) { return null; }
  }
  function storeTheme(theme) {
    try {
      if (theme) { window.localStorage.setItem(themeKey, theme); } else { window.localStorage.removeItem(themeKey); }
    } catch (error) { /* storage may be off; the choice then lasts for this page */ }
  }
  function applyTheme(theme) {
    if (theme === "light" || theme === "dark") { root.setAttribute("data-theme", theme); } else { root.removeAttribute("data-theme"); }
  }
  applyTheme(storedTheme());

  function setUpThemeToggle() {
    var toggle = document.getElementById("theme-toggle");
    if (!toggle) { return; }
    var names = { light: "Light", dark: "Dark" };
    function label() {
      var name = names[root.getAttribute("data-theme")] || "Auto";
      toggle.textContent = "Theme: " + name;
      toggle.setAttribute("aria-label", "Colour theme: " + name + ". Change it.");
    }
    label();
    toggle.addEventListener("click", function () {
      var current = root.getAttribute("data-theme");
      var next = current === null ? "dark" : (current === "dark" ? "light" : null);
      applyTheme(next);
      storeTheme(next);
      label();
    });
  }

  // Lower case, accents removed, so "élan" finds "elan".
  function fold(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function terms(query) {
    return fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (term) { return term.length > 0; });
  }

  function search(entries, query) {
    var wanted = terms(query);
    if (wanted.length === 0) { return []; }
    var results = [];
    entries.forEach(function (entry, order) {
      var page = fold(entry.page), section = fold(entry.section), text = fold(entry.text);
      var score = 0;
      for (var i = 0; i < wanted.length; i++) {
        var term = wanted[i];
        var inText = text.split(term).length - 1;
        var found = (page.indexOf(term) >= 0 ? 5 : 0) + (section.indexOf(term) >= 0 ? 8 : 0) + Math.min(inText, 5);
        if (found === 0) { return; }
        score += found;
      }
      // The reference's entries are many and short; a lesson that matches comes first.
      if (entry.url.indexOf("reference.html") === 0) { score = score / 4; }
      results.push({ entry: entry, score: score, order: order });
    });
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results.slice(0, 12).map(function (result) { return result.entry; });
  }

  // A stretch of the text around the first match, with the matches marked.
  function snippet(text, wanted) {
    var folded = fold(text), first = -1;
    wanted.forEach(function (term) {
      var at = folded.indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) { first = at; }
    });
    var start = Math.max(0, first - 60), end = Math.min(text.length, start + 180);
    var part = (start > 0 ? "…" : "") + text.slice(start, end) + (end < text.length ? "…" : "");
    var paragraph = document.createElement("p");
    var foldedPart = fold(part), cursor = 0;
    while (cursor < part.length) {
      var next = -1, length = 0;
      wanted.forEach(function (term) {
        var at = foldedPart.indexOf(term, cursor);
        if (at >= 0 && (next < 0 || at < next)) { next = at; length = term.length; }
      });
      if (next < 0) { paragraph.appendChild(document.createTextNode(part.slice(cursor))); break; }
      paragraph.appendChild(document.createTextNode(part.slice(cursor, next)));
      var mark = document.createElement("mark");
      mark.textContent = part.slice(next, next + length);
      paragraph.appendChild(mark);
      cursor = next + length;
    }
    return paragraph;
  }

  function setUpSearch() {
    var input = document.getElementById("search-input");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var entries = window.LESSONS_SEARCH;
    if (!input || !list || !entries) { return; }
    // Screen readers hear the count once typing pauses, not the whole list on every key.
    var announce = null;
    function settle(count, query) {
      if (!status) { return; }
      window.clearTimeout(announce);
      announce = window.setTimeout(function () {
        status.textContent = query.trim() === "" ? "" : (count === 0 ? "No results" : count + (count === 1 ? " result" : " results")) + ". Press the down arrow to go through them.";
      }, 500);
    }
    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }
    list.addEventListener("keydown", function (event) {
      var all = links(), at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at >= 0 && at + 1 < all.length) { all[at + 1].focus(); event.preventDefault(); }
      if (event.key === "ArrowUp") { (at > 0 ? all[at - 1] : input).focus(); event.preventDefault(); }
      if (event.key === "Escape") { input.focus(); input.value = ""; show(); }
    });
    function show() {
      var query = input.value, found = search(entries, query), wanted = terms(query);
      list.textContent = "";
      list.hidden = query.trim() === "";
      if (!list.hidden && found.length === 0) {
        var none = document.createElement("li");
        none.className = "search-none";
        none.textContent = "Nothing found for “" + query.trim() + "”.";
        list.appendChild(none);
      }
      found.forEach(function (entry) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = entry.url;
        link.textContent = entry.section ? entry.page + " — " + entry.section : entry.page;
        item.appendChild(link);
        item.appendChild(snippet(entry.text, wanted));
        list.appendChild(item);
      });
      settle(found.length, query);
    }
    input.addEventListener("input", show);
    // `page.html?q=words` opens with that search: links to a search can be shared.
    var query = new URLSearchParams(window.location.search).get("q");
    if (query) { input.value = query; show(); }
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { input.value = ""; show(); }
      if (event.key === "ArrowDown" && links().length > 0) { links()[0].focus(); event.preventDefault(); }
    });
    document.getElementById("search-form").addEventListener("submit", function (event) {
      event.preventDefault();
      var first = list.querySelector("a");
      if (first) { window.location.href = first.href; }
    });
  }

  // A button over each block of code copies its text; it says so for a moment.
  function setUpCopyButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("pre.code"), function (block) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "copy-code";
      button.textContent = "Copy";
      button.setAttribute("aria-label", "Copy this code");
      button.addEventListener("click", function () {
        var text = block.textContent;
        function done(word) { button.textContent = word; window.setTimeout(function () { button.textContent = "Copy"; }, 1500); }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(text).then(function () { done("Copied"); }, function () { done("Select and copy"); });
        } else {
          done("Select and copy");
        }
      });
      block.parentNode.insertBefore(button, block);
    });
  }

  // A swept block: every variant is in the page. The sliders (one per swept name) pick
  // which shows; each announces its value, and the variant's figures, text and data
  // tables change together.
  function setUpSweeps() {
    Array.prototype.forEach.call(document.querySelectorAll(".sweep"), function (sweep) {
      var controls = sweep.querySelector(".sweep-controls");
      var inputs = Array.prototype.slice.call(controls.querySelectorAll("input[type=range]"));
      var variants = Array.prototype.slice.call(sweep.querySelectorAll(":scope > .variant"));
      function show() {
        var index = 0;
        inputs.forEach(function (input) {
          var values = JSON.parse(input.getAttribute("data-values"));
          var text = input.getAttribute("data-name") + " = " + values[Number(input.value)];
          input.setAttribute("aria-valuetext", text);
          input.parentNode.querySelector("output").textContent = text;
          index = index * values.length + Number(input.value);
        });
        variants.forEach(function (variant, position) { variant.hidden = position !== index; });
      }
      inputs.forEach(function (input) { input.addEventListener("input", show); });
      controls.hidden = false;
      sweep.classList.add("sweep-live");
      show();
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpThemeToggle();
    setUpSearch();
    setUpCopyButtons();
    setUpSweeps();
  });
})();
