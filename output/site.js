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

  // The points of an SVG path's data ("M1 2L3 4M5 6"), as [x, y] pairs; a pen lift
  // (another M) starts a new run of points, kept with the others.
  function pathPoints(data) {
    var numbers = (data.match(/-?[0-9.]+(?:e-?[0-9]+)?/g) || []).map(Number);
    var points = [];
    for (var i = 0; i + 1 < numbers.length; i += 2) points.push([numbers[i], numbers[i + 1]]);
    return points;
  }
  function pathData(points) {
    return points.map(function (point, i) { return (i === 0 ? "M" : "L") + point[0] + " " + point[1]; }).join("");
  }

  // Numbers as the pages print them: four significant digits, and a true minus sign.
  function readable(value) {
    var text = Math.abs(value) >= 1e5 || (value !== 0 && Math.abs(value) < 1e-3) ? value.toPrecision(3) : String(Number(value.toPrecision(4)));
    return text.replace(/-/g, "\u2212");
  }

  // A chart's scale backwards, from the attributes the build wrote: pixel to value.
  function inverse(spec) {
    var parts = spec.split(" ");
    var low = Number(parts[1]), high = Number(parts[2]), from = Number(parts[3]), to = Number(parts[4]);
    return function (pixel) {
      var t = (pixel - from) / (to - from);
      return parts[0] === "log" ? Math.pow(10, low + t * (high - low)) : low + t * (high - low);
    };
  }

  // Readouts: over a line chart, the pointer (or the arrow keys, once the chart has the
  // focus) picks the nearest step along x, and a line and a caption show every curve's value
  // there, read back from the curves the SVG draws.
  function setUpReadouts() {
    Array.prototype.forEach.call(document.querySelectorAll("svg.chart"), function (svg) {
      var spec = svg.querySelector("g.readout");
      var paths = Array.prototype.slice.call(svg.querySelectorAll("g.lines > path.series"));
      if (!spec || paths.length === 0) return;
      var labels = spec.getAttribute("data-labels").split("\n");
      var xLabel = spec.getAttribute("data-x-label");
      var xValue = inverse(spec.getAttribute("data-x")), yValue = inverse(spec.getAttribute("data-y"));
      var curves = paths.map(function (path) { return pathPoints(path.getAttribute("d")); });
      var steps = curves[0].map(function (point) { return point[0]; });
      var ns = "http://www.w3.org/2000/svg";
      var guide = document.createElementNS(ns, "line");
      guide.setAttribute("class", "readout-guide");
      var clip = svg.querySelector("clipPath rect");
      guide.setAttribute("y1", clip.getAttribute("y"));
      guide.setAttribute("y2", Number(clip.getAttribute("y")) + Number(clip.getAttribute("height")));
      var dots = curves.map(function (_, i) {
        var dot = document.createElementNS(ns, "circle");
        dot.setAttribute("class", "readout-dot fill-" + (i + 1));
        dot.setAttribute("r", "3.5");
        return dot;
      });
      var layer = document.createElementNS(ns, "g");
      layer.setAttribute("class", "readout-layer");
      layer.style.display = "none";
      [guide].concat(dots).forEach(function (mark) { layer.appendChild(mark); });
      svg.appendChild(layer);
      var box = document.createElement("p");
      box.className = "readout-box";
      box.setAttribute("aria-live", "polite");
      svg.parentNode.parentNode.insertBefore(box, svg.parentNode.nextSibling);
      svg.setAttribute("tabindex", "0");
      var current = 0;
      function show(index) {
        current = Math.max(0, Math.min(steps.length - 1, index));
        var x = steps[current];
        guide.setAttribute("x1", x);
        guide.setAttribute("x2", x);
        var said = [];
        curves.forEach(function (points, i) {
          var nearest = null;
          points.forEach(function (point) { if (nearest === null || Math.abs(point[0] - x) < Math.abs(nearest[0] - x)) nearest = point; });
          if (nearest === null) return;
          dots[i].setAttribute("cx", nearest[0]);
          dots[i].setAttribute("cy", nearest[1]);
          said.push((labels[i] || "") + " = " + readable(yValue(nearest[1])));
        });
        layer.style.display = "";
        box.textContent = xLabel + " = " + readable(xValue(x)) + ": " + said.join(", ");
      }
      function hide() {
        layer.style.display = "none";
        box.textContent = "";
      }
      svg.addEventListener("pointermove", function (event) {
        var point = svg.createSVGPoint();
        point.x = event.clientX;
        point.y = event.clientY;
        var local = point.matrixTransform(svg.getScreenCTM().inverse());
        var best = 0;
        steps.forEach(function (x, i) { if (Math.abs(x - local.x) < Math.abs(steps[best] - local.x)) best = i; });
        show(best);
      });
      svg.addEventListener("pointerleave", function () { if (document.activeElement !== svg) hide(); });
      svg.addEventListener("focus", function () { show(current); });
      svg.addEventListener("blur", hide);
      svg.addEventListener("keydown", function (event) {
        var moves = { ArrowRight: 1, ArrowLeft: -1, Home: -steps.length, End: steps.length };
        if (!(event.key in moves)) return;
        event.preventDefault();
        show(current + moves[event.key]);
      });
    });
  }

  // Replay: a chart with runs of descent gets a slider that shows each run up to step k,
  // redrawn from the steps the SVG already holds.
  function setUpReplays() {
    Array.prototype.forEach.call(document.querySelectorAll(".step-control"), function (control) {
      var figure = control.closest("figure");
      var input = control.querySelector("input");
      var output = control.querySelector("output");
      var last = Number(input.max);
      var runs = Array.prototype.map.call(figure.querySelectorAll("g.run-marks"), function (group) {
        return {
          dots: Array.prototype.slice.call(group.querySelectorAll("circle.step")),
          lines: Array.prototype.map.call(group.querySelectorAll("path.run, path.run-halo"), function (path) {
            return { path: path, points: pathPoints(path.getAttribute("d")) };
          }),
          finish: Array.prototype.slice.call(group.querySelectorAll("rect.run-end, polygon.arrow"))
        };
      });
      function show() {
        var step = Number(input.value);
        runs.forEach(function (run) {
          run.dots.forEach(function (dot, i) { dot.style.display = i <= step ? "" : "none"; });
          run.lines.forEach(function (line) { line.path.setAttribute("d", pathData(line.points.slice(0, step + 1))); });
          run.finish.forEach(function (mark) { mark.style.display = step >= last ? "" : "none"; });
        });
        var text = step >= last ? "all " + last + " steps" : "step " + step + " of " + last;
        output.textContent = text;
        input.setAttribute("aria-valuetext", text);
      }
      input.addEventListener("input", show);
      control.hidden = false;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    setUpThemeToggle();
    setUpSearch();
    setUpCopyButtons();
    setUpSweeps();
    setUpReadouts();
    setUpReplays();
  });
})();
