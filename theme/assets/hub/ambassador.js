// @ts-check
/* Ambassador codes (extra.hub.ambassador_codes: true): an employee may choose a
 * pseudonymous code; it is kept in this browser only (localStorage) and added as
 * utm_term to the tracked link inside every share link they open. Nothing is sent
 * anywhere by this script. Loaded after core.js and text.js, whose storage() and
 * paramName() it uses, and before hub.js, whose composers may ask
 * window.HubAmbassador.code() when they build a share URL. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;
  const KEY = "hub:ambassador-code";
  const PATTERN = /^[a-z0-9-]{3,20}$/;
  const script = document.currentScript;
  /** @type {Record<string, string>} */
  let words = {};
  try {
    words = JSON.parse((script && script.getAttribute("data-hub-words")) || "{}");
  } catch (err) {
    words = {};
  }

  /**
   * A word of the form, "{code}" filled in; the key itself where the word is missing.
   * @param {string} key
   * @param {string | null} [code]
   * @returns {string}
   */
  function t(key, code) {
    return (words[key] || key).replace("{code}", code || "");
  }

  /**
   * @param {unknown} code
   * @returns {code is string} whether ``code`` is a code as the build's CODE_PATTERN accepts it
   */
  function valid(code) {
    return typeof code === "string" && PATTERN.test(code);
  }

  /** @returns {string | null} the code kept in this browser, if valid */
  function code() {
    const store = Hub.storage();
    const value = store ? store.getItem(KEY) : null;
    return valid(value) ? value : null;
  }

  /**
   * Keeps ``value`` (trimmed, lower case) as the code, if valid and storage works.
   * @param {string} value
   * @returns {boolean} whether it was kept
   */
  function set(value) {
    const store = Hub.storage();
    value = (value || "").trim().toLowerCase();
    if (!valid(value) || !store) return false;
    store.setItem(KEY, value);
    return true;
  }

  /** Forgets the code. */
  function clear() {
    const store = Hub.storage();
    if (store) store.removeItem(KEY);
  }

  /**
   * The tracked link with utm_term set (replaced where it stands, else appended
   * before the #fragment), or removed when there is no code. Other parameters
   * keep their order and spelling, as hub.sharing.links.tracked does at build time.
   * @param {string} link
   * @param {string | null} [value] the code; the kept one when not given
   * @returns {string}
   */
  function track(link, value) {
    if (value === undefined) value = code();
    let hash = "";
    let at = link.indexOf("#");
    if (at >= 0) {
      hash = link.slice(at);
      link = link.slice(0, at);
    }
    let query = "";
    at = link.indexOf("?");
    if (at >= 0) {
      query = link.slice(at + 1);
      link = link.slice(0, at);
    }
    const pairs = query ? query.split("&") : [];
    const out = [];
    let placed = false;
    pairs.forEach(function (pair) {
      if (Hub.paramName(pair) === "utm_term") {
        if (value && !placed) out.push("utm_term=" + encodeURIComponent(value));
        placed = true;
        return;
      }
      out.push(pair);
    });
    if (value && !placed) out.push("utm_term=" + encodeURIComponent(value));
    return link + (out.length ? "?" + out.join("&") : "") + hash;
  }

  /* A tracked link inside a decoded parameter: an http(s) URL carrying utm_campaign. */
  const TRACKED = "https?://\\S+[?&]utm_campaign=\\S*";

  /**
   * A share URL (network intent or mailto:) with utm_term set in the tracked
   * link it carries, wherever that link sits: ?url=, ?text=, ?href=, &body=.
   * @param {string} url
   * @param {string | null} value the code, or null to remove utm_term
   * @returns {string}
   */
  function shareUrl(url, value) {
    const at = url.indexOf("?");
    if (at < 0) return url;
    const base = url.slice(0, at);
    const parts = url.slice(at + 1).split("&").map(function (/** @type {string} */ pair) {
      const eq = pair.indexOf("=");
      if (eq < 0) return pair;
      const raw = pair.slice(eq + 1);
      let decoded;
      try {
        decoded = decodeURIComponent(raw.replace(/\+/g, "%20"));
      } catch (err) {
        return pair;
      }
      if (!new RegExp(TRACKED).test(decoded)) return pair;
      const changed = decoded.replace(new RegExp(TRACKED, "g"), function (link) { return track(link, value); });
      return pair.slice(0, eq + 1) + encodeURIComponent(changed);
    });
    return base + "?" + parts.join("&");
  }

  /** @type {HubWindow} */ (window).HubAmbassador = { code: code, set: set, clear: clear, valid: valid, track: track, shareUrl: shareUrl };

  /**
   * Static share links: rewrite each one as it is opened, from the href the page
   * was built with, so a changed or removed code always gives the right link.
   * @param {Event} event
   */
  function rewrite(event) {
    const target = /** @type {Element} */ (event.target);
    const link = target.closest && target.closest("a[data-hub-channel]");
    if (!link) return;
    let original = link.getAttribute("data-hub-href-built");
    if (original === null) {
      original = /** @type {string} */ (link.getAttribute("href"));
      link.setAttribute("data-hub-href-built", original);
    }
    link.setAttribute("href", shareUrl(original, code()));
  }
  document.addEventListener("click", rewrite, true);
  document.addEventListener("auxclick", rewrite, true);
  document.addEventListener("keydown", function (/** @type {KeyboardEvent} */ event) {
    if (event.key === "Enter") rewrite(event);
  }, true);

  /** The small form: once per page that has a share kit, above the first kit. */
  function form() {
    const kit = document.querySelector("[data-hub-post]");
    if (!kit) return;
    const anchor = kit.closest(".hub-card") || kit;
    const box = document.createElement("details");
    box.className = "hub-ambassador";
    box.setAttribute("data-hub-ambassador", "");
    box.setAttribute("data-search-exclude", "");
    const summary = document.createElement("summary");
    const hint = document.createElement("p");
    hint.textContent = t("amb_hint");
    const label = document.createElement("label");
    label.textContent = t("amb_label") + " ";
    const input = document.createElement("input");
    input.type = "text";
    input.maxLength = 20;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("pattern", "[a-z0-9-]{3,20}");
    input.setAttribute("data-hub-ambassador-input", "");
    label.appendChild(input);
    const save = document.createElement("button");
    save.type = "button";
    save.className = "md-button";
    save.textContent = t("amb_save");
    save.setAttribute("data-hub-ambassador-save", "");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button";
    remove.textContent = t("amb_clear");
    remove.setAttribute("data-hub-ambassador-clear", "");
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("data-hub-ambassador-status", "");

    function show() {
      const current = code();
      summary.textContent = t("amb_title") + (current ? ": " + current : "");
      input.value = current || "";
    }
    save.addEventListener("click", function () {
      if (set(input.value)) {
        show();
        status.textContent = t("amb_saved", code());
      } else {
        status.textContent = t("amb_invalid");
      }
    });
    remove.addEventListener("click", function () {
      clear();
      show();
      status.textContent = t("amb_cleared");
    });
    const actions = document.createElement("p");
    actions.appendChild(label);
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(save);
    actions.appendChild(document.createTextNode(" "));
    actions.appendChild(remove);
    box.appendChild(summary);
    box.appendChild(hint);
    box.appendChild(actions);
    box.appendChild(status);
    show();
    /** @type {ParentNode} */ (anchor.parentNode).insertBefore(box, anchor);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", form);
  else form();
})();
