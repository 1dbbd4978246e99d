/// The one stylesheet of the site: light and dark (following the reader's system setting,
/// or the reader's choice with the toggle), readable on a phone, and clean in print. Chart
/// colours are the Okabe–Ito palette, which readers with colour-vision deficiencies can
/// tell apart.
enum Stylesheet {
    static let fileName = "style.css"

    /// The dark palette, used when the system asks for dark (and the reader has not chosen
    /// light with the toggle) or when the reader chooses dark.
    private static let darkPalette = """
      color-scheme: dark;
      --text: #e6e8eb;
      --muted: #a2a9b4;
      --background: #15171b;
      --surface: #1f2227;
      --border: #343941;
      --accent: #7cb7ff;
      --verified: #56d364;
      --false: #ff7b72;
      --note: #4493f8; --tip: #3fb950; --important: #ab7df8; --warning: #d29922; --caution: #f85149;
      --code-keyword: #d2a8ff;
      --code-type: #56d4dd;
      --code-number: #79c0ff;
      --code-string: #ffa198;
      --code-comment: #8b949e;
      --code-builtin: #e3b341;
      --series-1: #56b4e9;
      --series-2: #ff8a3d;
      --series-3: #2fd1a0;
      --series-4: #e69fc4;
      --series-5: #f0c14b;
      --series-6: #9ad0f5;
      --series-7: #f0e442;
      --series-8: #ffffff;
      --grid: #2b2f36;
      --axis: #8b949e;
    """

    static let css = """
    :root {
      color-scheme: light dark;
      --text: #1d1f23;
      --muted: #5b616e;
      --background: #ffffff;
      --surface: #f5f6f8;
      --border: #d9dce1;
      --accent: #0b5cad;
      --verified: #1a7f37;
      --false: #c62828;
      --note: #0969da; --tip: #1a7f37; --important: #8250df; --warning: #9a6700; --caution: #cf222e;
      --code-keyword: #8f2db3;
      --code-type: #00708a;
      --code-number: #1f4fbf;
      --code-string: #b3261e;
      --code-comment: #5d6570;
      --code-builtin: #8a5a00;
      --series-1: #0072b2;
      --series-2: #d55e00;
      --series-3: #009e73;
      --series-4: #cc79a7;
      --series-5: #b97a00;
      --series-6: #3a8fc9;
      --series-7: #7a6a00;
      --series-8: #000000;
      --grid: #e6e8eb;
      --axis: #6b7280;
    }

    @media (prefers-color-scheme: dark) {
      :root:not([data-theme="light"]) {
    \(darkPalette)
      }
    }

    :root[data-theme="dark"] {
    \(darkPalette)
    }

    :root[data-theme="light"] { color-scheme: light; }

    * { box-sizing: border-box; }

    html {
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif;
      font-size: 100%;
      line-height: 1.6;
      color: var(--text);
      background: var(--background);
      -webkit-text-size-adjust: 100%;
    }

    body { margin: 0; }

    a { color: var(--accent); }

    code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.9em; }

    :not(pre) > code { background: var(--surface); padding: 0.1em 0.3em; border-radius: 4px; }

    pre { background: var(--surface); border: 1px solid var(--border); border-radius: 6px; padding: 0.75rem 1rem; overflow-x: auto; line-height: 1.45; }
    /* A line longer than its box wraps, so no code or output is ever hidden behind a scroll. */
    pre.code, .outputs pre { white-space: pre-wrap; overflow-wrap: anywhere; }

    .site-header { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; border-bottom: 1px solid var(--border); padding: 0.75rem 1.25rem; }
    .skip-link { position: absolute; left: 0.5rem; top: -3rem; background: var(--background); padding: 0.25rem 0.5rem; border: 1px solid var(--accent); z-index: 20; }
    .skip-link:focus { top: 0.5rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .section-number { color: var(--muted); font-weight: 600; margin-right: 0.25rem; }
    .copy-code { float: right; position: relative; top: 0.35rem; right: 0.35rem; margin-bottom: -2rem; font: inherit; font-size: 0.75rem; color: var(--muted); background: var(--background); border: 1px solid var(--border); border-radius: 4px; padding: 0 0.4rem; cursor: pointer; }
    .copy-code:hover, .copy-code:focus { color: var(--accent); border-color: var(--accent); }
    .site-title { font-weight: 600; text-decoration: none; color: var(--text); }
    .site-links { display: flex; align-items: center; gap: 1.25rem; }
    .site-links a { text-decoration: none; }

    .reference .builtin, .reference .type { border-top: 1px solid var(--border); padding-top: 0.5rem; margin: 1.25rem 0; }
    .reference .builtin h3, .reference .type h3 { font-size: 1rem; margin: 0.25rem 0; }
    .reference .signature { background: none; padding: 0; font-size: 0.95rem; }
    .reference .type-kind { color: var(--muted); font-weight: normal; font-size: 0.875rem; }
    .reference .members { margin: 0.5rem 0 0; }
    .reference .members dt { margin-top: 0.5rem; overflow-wrap: anywhere; }
    .reference .members dd { margin: 0.1rem 0 0 1.25rem; }

    /* Prose keeps a readable measure of 46rem; code, outputs, tables and figures may use the
       whole main column, 58rem on a wide screen, so that nothing in them is cut off. */
    .page { display: grid; grid-template-columns: minmax(0, 1fr); gap: 2rem; max-width: 92rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
    .page > .toc { order: 2; }
    .lesson-body > :not(.experiment):not(.exercise):not(.references), .lesson-header, .pager { max-width: 46rem; }
    @media (min-width: 64rem) {
      .page { grid-template-columns: minmax(0, 58rem) 14rem; justify-content: center; }
      .page > main { grid-row: 1; grid-column: 1; }
      .page > .toc { grid-row: 1; grid-column: 2; position: sticky; top: 1rem; align-self: start; max-height: calc(100vh - 2rem); overflow-y: auto; }
    }

    main { min-width: 0; }
    main.index { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }

    h1 { font-size: 2rem; line-height: 1.2; margin: 0.25rem 0 0.75rem; }
    h2 { font-size: 1.45rem; margin-top: 2.25rem; }
    h3 { font-size: 1.15rem; margin-top: 1.75rem; }
    .anchor { margin-left: 0.4rem; text-decoration: none; color: var(--muted); opacity: 0; }
    h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { opacity: 1; }

    .lesson-number { color: var(--muted); margin: 0; font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; }
    .summary { font-size: 1.1rem; color: var(--muted); }
    .objectives { border-left: 3px solid var(--accent); padding: 0.25rem 1rem; margin: 1.25rem 0; background: var(--surface); border-radius: 0 6px 6px 0; }
    .objectives-title { font-weight: 600; margin: 0.25rem 0; }

    .toc { font-size: 0.9rem; }
    .toc-title { font-weight: 600; margin: 0 0 0.5rem; }
    .toc ul { list-style: none; padding: 0; margin: 0; border-left: 2px solid var(--border); }
    .toc li { padding: 0.15rem 0 0.15rem 0.75rem; }
    .toc .toc-level-3 { padding-left: 1.5rem; }
    .toc a { color: var(--muted); text-decoration: none; }
    .toc a:hover { color: var(--accent); }

    blockquote { margin: 1rem 0; padding: 0.25rem 1rem; border-left: 4px solid var(--border); color: var(--muted); }
    table { border-collapse: collapse; }
    th, td { border: 1px solid var(--border); padding: 0.3rem 0.6rem; }
    img { max-width: 100%; }

    .experiment { margin: 1.5rem 0; }
    .experiment pre.code { margin-bottom: 0; }
    .code-fold > summary { cursor: pointer; color: var(--muted); }
    .outputs { border-left: 3px solid var(--border); padding-left: 1rem; margin-top: 0.5rem; }
    .outputs pre { margin: 0.5rem 0; background: transparent; border: 0; padding: 0.25rem 0; }
    .output-error { color: var(--false); }
    .output-table { overflow-x: auto; margin: 0.5rem 0; }
    .output-table table { font-variant-numeric: tabular-nums; font-size: 0.9rem; }
    .output-table th { text-align: left; }
    .output-table td.number { text-align: right; }
    .output-error-label { font-weight: 600; }

    .tok-keyword { color: var(--code-keyword); }
    .tok-type { color: var(--code-type); }
    .tok-number { color: var(--code-number); }
    .tok-string { color: var(--code-string); }
    .tok-comment { color: var(--code-comment); font-style: italic; }
    .tok-builtin { color: var(--code-builtin); }

    .claim { margin: 0.4rem 0; }
    .claim > summary { cursor: pointer; list-style: none; }
    .claim > summary::-webkit-details-marker { display: none; }
    .claim > summary::after { content: " ▸"; color: var(--muted); font-size: 0.8em; }
    .claim[open] > summary::after { content: " ▾"; }
    .claim-mark { font-weight: 700; }
    .claim-verified .claim-mark { color: var(--verified); }
    .claim-false .claim-mark, .claim-false .claim-text { color: var(--false); }
    .claim-proof { font-size: 0.85em; color: var(--muted); margin: 0.25rem 0 0 1.4rem; }
    .claim-group { margin: 0.4rem 0; }

    /* The site ships Latin Modern Math, so that stretched braces, limits and scripts are drawn
       by a real math font even where none is installed. */
    @font-face { font-family: "Latin Modern Math"; src: url("fonts/latinmodern-math.woff2") format("woff2"); font-display: swap; }
    math { font-family: "Latin Modern Math", math; }
    math[display="block"] { margin: 1rem 0; overflow-x: auto; overflow-y: hidden; }
    .math-left { text-align: left; }
    .callout { border-left: 0.25rem solid var(--callout); padding: 0.5rem 1rem; margin: 1rem 0; background: var(--surface); border-radius: 0 0.25rem 0.25rem 0; }
    .callout > :last-child { margin-bottom: 0; }
    .callout-title { font-weight: 600; color: var(--callout); margin: 0 0 0.25rem; }
    .callout-note { --callout: var(--note); } .callout-tip { --callout: var(--tip); }
    .callout-important { --callout: var(--important); } .callout-warning { --callout: var(--warning); }
    .callout-caution { --callout: var(--caution); }
    .exercise { border: 1px solid var(--border); border-radius: 0.25rem; padding: 0.5rem 1rem; margin: 1rem 0; }
    .exercise-title { font-weight: 600; margin: 0 0 0.25rem; }
    .solution { margin: 0.5rem 0; }
    .solution > summary { cursor: pointer; color: var(--accent); font-weight: 600; }
    .solution[open] > summary { margin-bottom: 0.5rem; }
    .references { margin-top: 2rem; font-size: 0.95rem; overflow-wrap: anywhere; }
    .references li { margin: 0.35rem 0; }
    .figure { margin: 1rem 0; }
    .figure figcaption { color: var(--muted); font-size: 0.9rem; margin-top: 0.25rem; }
    .figure-number { font-weight: 600; color: var(--text); }
    .figure-data { font-size: 0.85rem; margin: 0.25rem 0; }
    .figure-data summary { color: var(--muted); cursor: pointer; }
    .figure-data p { margin: 0.25rem 0; color: var(--muted); }
    .figure-data .output-table { max-height: 20rem; overflow: auto; }
    svg.chart { display: block; width: 100%; height: auto; max-width: 40rem; font-family: inherit; }
    /* On a phone a chart keeps a width at which its 12-unit text reads at 11px or more, and
       scrolls sideways in its own box; the shadow at the right edge says there is more. */
    @media (max-width: 40rem) {
      .chart-frame { overflow-x: auto; background: linear-gradient(to left, var(--surface), transparent 1.5rem) right / 1.5rem 100% no-repeat local, linear-gradient(to left, rgb(0 0 0 / 0.12), transparent) right / 0.75rem 100% no-repeat scroll; }
      .chart-frame svg.chart { min-width: 37rem; }
    }
    .chart text { fill: var(--text); font-size: 12px; }
    .chart .tick-label, .chart .axis-label { fill: var(--muted); }
    .chart .domain, .chart .tick { stroke: var(--axis); stroke-width: 1; }
    .chart .grid-line { stroke: var(--grid); stroke-width: 1; }
    .chart .series { fill: none; stroke-width: 2.25; stroke-linejoin: round; stroke-linecap: round; }
    .chart .series-1 { stroke: var(--series-1); }
    .chart .series-2 { stroke: var(--series-2); stroke-dasharray: 7 3; }
    .chart .series-3 { stroke: var(--series-3); stroke-dasharray: 2 3; }
    .chart .series-4 { stroke: var(--series-4); stroke-dasharray: 9 3 2 3; }
    .chart .series-5 { stroke: var(--series-5); }
    .chart .series-6 { stroke: var(--series-6); stroke-dasharray: 7 3; }
    .chart .series-7 { stroke: var(--series-7); stroke-dasharray: 2 3; }
    .chart .series-8 { stroke: var(--series-8); stroke-dasharray: 9 3 2 3; }

    .chart .fill-1 { fill: var(--series-1); } .chart .fill-2 { fill: var(--series-2); }
    .chart .fill-3 { fill: var(--series-3); } .chart .fill-4 { fill: var(--series-4); }
    .chart .fill-5 { fill: var(--series-5); } .chart .fill-6 { fill: var(--series-6); }
    .chart .fill-7 { fill: var(--series-7); } .chart .fill-8 { fill: var(--series-8); }
    .chart .run { fill: none; stroke-width: 1.5; stroke-dasharray: none; }
    .chart .run-start { fill: var(--background); stroke-width: 2; stroke-dasharray: none; }
    .chart .run-end { stroke: var(--background); stroke-width: 1; }
    .chart .step { stroke: none; }
    .chart .arrow { stroke: none; }
    .chart .contour { fill: none; stroke: rgb(0 0 0 / 0.35); stroke-width: 0.8; }
    .chart .field image { image-rendering: auto; }
    .chart .run-halo { fill: none; stroke: rgb(255 255 255 / 0.75); stroke-width: 5; stroke-linejoin: round; }
    .chart .frame { fill: none; stroke: var(--grid); }
    .chart .basin { fill-opacity: 0.55; stroke: none; }
    .chart .basin-none { fill: var(--grid); fill-opacity: 1; }
    .chart .bar { stroke: none; }
    .chart .panel-label { font-weight: 600; }
    .chart .region { stroke: none; }
    .chart .boundary { fill: none; stroke: var(--text); stroke-width: 1.5; }
    .chart .example { stroke: var(--background); stroke-width: 0.75; }
    .chart .minimum { fill: var(--text); stroke: var(--background); stroke-width: 1.5; }

    /* The same three places on every page: previous, all lessons, next. */
    .pager { display: grid; grid-template-columns: 1fr auto 1fr; align-items: end; gap: 1rem; border-top: 1px solid var(--border); margin-top: 3rem; padding-top: 1rem; }
    .pager-top { border-top: 0; border-bottom: 1px solid var(--border); margin: 0 0 1rem; padding: 0 0 0.5rem; font-size: 0.9rem; }
    .pager a { text-decoration: none; }
    .pager-direction { display: block; font-size: 0.8rem; color: var(--muted); }
    .pager-previous { grid-column: 1; }
    .pager-index { grid-column: 2; text-align: center; }
    .pager-next { grid-column: 3; text-align: right; }
    .lesson-meta { color: var(--muted); font-size: 0.85rem; }

    .lesson-list { padding-left: 1.25rem; }
    .lesson-list > li { margin: 1rem 0; }
    .lesson-list a { font-size: 1.15rem; font-weight: 600; }
    .lesson-summary { margin: 0.25rem 0 0; color: var(--muted); }
    .lesson-objectives { margin: 0.25rem 0 0; padding-left: 1.25rem; font-size: 0.9rem; color: var(--muted); }

    .search, .theme-toggle { display: none; }
    .js .search { display: block; position: relative; flex: 1 1 14rem; max-width: 28rem; }
    .search input { width: 100%; font: inherit; color: var(--text); background: var(--surface); border: 1px solid var(--axis); border-radius: 6px; padding: 0.2rem 0.6rem; }
    .search-results { position: absolute; z-index: 10; left: 0; right: 0; top: 100%; margin: 0.25rem 0 0; padding: 0.25rem 0; list-style: none; background: var(--background); border: 1px solid var(--border); border-radius: 6px; max-height: 70vh; overflow-y: auto; box-shadow: 0 6px 20px rgb(0 0 0 / 0.15); }
    .search-results li { padding: 0.4rem 0.75rem; border-bottom: 1px solid var(--border); }
    .search-results li:last-child { border-bottom: none; }
    .search-results a { font-weight: 600; text-decoration: none; }
    .search-results p { margin: 0.1rem 0 0; font-size: 0.85rem; color: var(--muted); }
    .search-results mark { background: none; color: var(--text); font-weight: 700; }
    .search-none { color: var(--muted); }
    .js .theme-toggle { display: inline-block; font: inherit; font-size: 0.9rem; color: var(--accent); background: none; border: 1px solid var(--border); border-radius: 4px; padding: 0 0.5rem; cursor: pointer; }

    .course-nav { display: none; font-size: 0.9rem; }
    .course-nav-title { font-weight: 600; margin: 0 0 0.5rem; }
    .course-nav-title a { color: var(--text); text-decoration: none; }
    .course-nav ol { margin: 0; padding-left: 1.25rem; }
    .course-nav li { padding: 0.15rem 0; }
    .course-nav a { text-decoration: none; }
    .course-nav a[aria-current="page"] { font-weight: 700; color: var(--text); text-decoration: none; }
    @media (min-width: 92rem) {
      .page-lesson { grid-template-columns: 13rem minmax(0, 58rem) 14rem; }
      .page-lesson > .course-nav { display: block; grid-row: 1; grid-column: 1; position: sticky; top: 1rem; align-self: start; }
      .page-lesson > main { grid-column: 2; }
      .page-lesson > .toc { grid-column: 3; }
    }

    .site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: 0.85rem; padding: 1rem 1.25rem; text-align: center; }

    @media print {
      :root { --text: #000; --muted: #333; --background: #fff; --surface: #fff; --border: #999; }
      .site-header, .toc, .course-nav, .pager, .anchor, .site-footer { display: none; }
      .page { display: block; padding: 0; max-width: none; }
      pre, .figure, .claim { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
      .code-fold > pre { display: block; }
    }

    """
}
