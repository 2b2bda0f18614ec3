// @ts-check
/* The hub's page script, the last of its parts (theme/main.html loads them in
 * order; core.js says what each adds to window.Hub). Runs locally and sends
 * nothing anywhere: no request, no cookie. It adds, on top of pages that work
 * without it:
 *   - opened from file://: links to folders open their index.html (fileshim.js);
 *   - guide checklists whose ticks stay in this browser (pages.js);
 *   - the employee's area (persona), remembered in localStorage only (pages.js);
 *   - the composer of a post's share kit: editable text, wordings, the employee's
 *     own words, live counter, copy, share (composer.js, kit.js; counting and
 *     share URLs in text.js, [[prompt]]s in prompts.js).
 * The search is search.js. Loaded before Material's bundle, at the end of <body>. */
(function () {
  "use strict";

  const win = /** @type {HubWindow} */ (window);
  const Hub = win.Hub;

  Hub.fileLinks();
  Hub.checklists();
  Hub.personaMemory();

  /* The logic the build has in Python, for the shared test vectors (tests/vectors/) and integrations. */
  win.HubLogic = Object.freeze({
    Counter: Hub.Counter,
    Prompts: Hub.Prompts,
    quote: Hub.quote,
    shareUrl: Hub.shareUrl,
    withParam: Hub.withParam,
  });

  const data = document.getElementById("hub-composer");
  if (!data) return;
  /** @type {HubConfig} */
  const config = JSON.parse(data.textContent || "");
  /** @type {HubPage} */
  const page = { config: config, counter: new Hub.Counter(config.rules, config.language), prompts: new Hub.Prompts(config.rules) };
  /* For tests and integrations: the browser's count of a post, by the build's rules. */
  win.HubCount = page.counter.length;
  /* After Material's bundle, in a task of its own: the bundle then lays out the page as
   * the browser first drew it, and no task of the page's start takes over 50 ms. */
  setTimeout(function () { Hub.shareKits(page); }, 0);
})();
