// @ts-check
/* The colour-scheme toggle in the header (theme/partials/palette.html), in place of
 * Material's palette component and its inline script. It does what they do: the
 * scheme chosen before (localStorage "__palette", as Material keeps it) or else the
 * one the device asks for (the options' media queries), a label that switches to
 * the next scheme, Enter to switch, theme-color and color-scheme <meta>s. It runs
 * in the header, right after the form and before the page's content is parsed, so
 * the page is drawn in its scheme from the start; Material's component set the
 * scheme as its bundle started, at the end of the page, which restyled the whole
 * page once more (a task of 50 ms and more on a slow machine). */
(function () {
  "use strict";

  /** Material's storage helpers (scope.js). @type {Window & typeof globalThis & {
   *   __md_get: (key: string) => unknown, __md_set: (key: string, value: unknown) => void }} */
  const md = /** @type {any} */ (window);
  const form = document.querySelector("form[data-hub-palette]");
  if (!form) return;
  const inputs = /** @type {HTMLInputElement[]} */ (Array.from(form.querySelectorAll("input")));
  if (!inputs.length) return;

  /**
   * An option's colours; the automatic one ("(prefers-color-scheme)") takes those of
   * the option for the device's scheme, as Material does.
   * @param {HTMLInputElement} input
   * @returns {Record<string, string>}
   */
  function colors(input) {
    /** @param {Element} el @param {string} key */
    const read = function (el, key) { return el.getAttribute("data-md-color-" + key) || ""; };
    const media = read(input, "media");
    let source = input;
    if (media === "(prefers-color-scheme)") {
      const light = matchMedia("(prefers-color-scheme: light)").matches;
      source = /** @type {HTMLInputElement} */ (form.querySelector(
        light ? "[data-md-color-media='(prefers-color-scheme: light)']" : "[data-md-color-media='(prefers-color-scheme: dark)']"
      ) || input);
    }
    return { media: media, scheme: read(source, "scheme"), primary: read(source, "primary"), accent: read(source, "accent") };
  }

  /**
   * Shows an option: its colours, and the label that switches to the next one.
   * @param {number} index
   * @returns {Record<string, string>} the colours, as Material stores them
   */
  function show(index) {
    const color = colors(inputs[index]);
    Object.keys(color).forEach(function (key) { document.body.setAttribute("data-md-color-" + key, color[key]); });
    inputs.forEach(function (input, i) {
      input.checked = i === index;
      const label = input.nextElementSibling;
      if (label instanceof HTMLLabelElement) label.hidden = i !== index;
    });
    return color;
  }

  /* theme-color and color-scheme for the browser's own parts, from the header as drawn. */
  const themeColor = document.createElement("meta");
  themeColor.name = "theme-color";
  const colorScheme = document.createElement("meta");
  colorScheme.name = "color-scheme";
  document.head.append(themeColor, colorScheme);
  function meta() {
    const header = document.querySelector("header");
    if (!header) return;
    const style = getComputedStyle(header);
    colorScheme.content = style.colorScheme;
    themeColor.content = "#" + (style.backgroundColor.match(/\d+/g) || []).slice(0, 3)
      .map(function (c) { return (+c).toString(16).padStart(2, "0"); }).join("");
  }

  /** @type {{index?: unknown} | null} */
  const stored = /** @type {any} */ (md.__md_get("__palette"));
  let index = stored && typeof stored.index === "number" ? stored.index : inputs.findIndex(function (input) {
    return matchMedia(input.getAttribute("data-md-color-media") || "").matches;
  });
  index = Math.max(0, Math.min(index, inputs.length - 1));
  show(index);
  /* Read once the page is drawn, when its style is known and reading it costs nothing. */
  window.addEventListener("load", function () {
    requestAnimationFrame(function () { setTimeout(meta, 0); });
  });

  form.addEventListener("change", function (event) {
    const chosen = inputs.indexOf(/** @type {HTMLInputElement} */ (event.target));
    if (chosen < 0) return;
    index = chosen;
    document.body.setAttribute("data-md-color-switching", ""); /* Material's CSS: no transitions meanwhile */
    md.__md_set("__palette", { index: index, color: show(index) });
    meta();
    requestAnimationFrame(function () { document.body.removeAttribute("data-md-color-switching"); });
  });
  form.addEventListener("keydown", function (event) {
    if (/** @type {KeyboardEvent} */ (event).key !== "Enter") return;
    const next = inputs[(index + 1) % inputs.length];
    next.click();
    next.focus();
  });
})();
