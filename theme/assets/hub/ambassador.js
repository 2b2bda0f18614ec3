/* Ambassador codes (extra.hub.ambassador_codes: true): an employee may choose a
 * pseudonymous code; it is kept in this browser only (localStorage) and added as
 * utm_term to the tracked link inside every share link they open. Nothing is sent
 * anywhere by this script. Loaded before hub.js, which may ask
 * window.HubAmbassador.code() when it builds a share URL. */
(function () {
  "use strict";

  var KEY = "hub:ambassador-code";
  var PATTERN = /^[a-z0-9-]{3,20}$/;
  var script = document.currentScript;
  var words = {};
  try {
    words = JSON.parse((script && script.getAttribute("data-hub-words")) || "{}");
  } catch (err) {
    words = {};
  }

  function t(key, code) {
    return (words[key] || key).replace("{code}", code || "");
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (err) {
      return null;
    }
  }

  function valid(code) {
    return typeof code === "string" && PATTERN.test(code);
  }

  function code() {
    var store = storage();
    var value = store ? store.getItem(KEY) : null;
    return valid(value) ? value : null;
  }

  function set(value) {
    var store = storage();
    value = (value || "").trim().toLowerCase();
    if (!valid(value) || !store) return false;
    store.setItem(KEY, value);
    return true;
  }

  function clear() {
    var store = storage();
    if (store) store.removeItem(KEY);
  }

  /* The tracked link with utm_term set (replaced where it stands, else appended
   * before the #fragment), or removed when there is no code. Other parameters
   * keep their order and spelling, as hub.links.tracked does at build time. */
  function track(link, value) {
    if (value === undefined) value = code();
    var hash = "";
    var at = link.indexOf("#");
    if (at >= 0) {
      hash = link.slice(at);
      link = link.slice(0, at);
    }
    var query = "";
    at = link.indexOf("?");
    if (at >= 0) {
      query = link.slice(at + 1);
      link = link.slice(0, at);
    }
    var pairs = query ? query.split("&") : [];
    var out = [];
    var placed = false;
    pairs.forEach(function (pair) {
      if (name(pair) === "utm_term") {
        if (value && !placed) out.push("utm_term=" + encodeURIComponent(value));
        placed = true;
        return;
      }
      out.push(pair);
    });
    if (value && !placed) out.push("utm_term=" + encodeURIComponent(value));
    return link + (out.length ? "?" + out.join("&") : "") + hash;
  }

  /* A query parameter's name decoded as the build's tracked() reads it: "utm%5Fterm" is utm_term. */
  function name(pair) {
    var raw = pair.split("=")[0];
    try {
      return decodeURIComponent(raw.replace(/\+/g, " "));
    } catch (err) {
      return raw;
    }
  }

  /* A tracked link inside a decoded parameter: an http(s) URL carrying utm_campaign. */
  var TRACKED = "https?://\\S+[?&]utm_campaign=\\S*";

  /* A share URL (network intent or mailto:) with utm_term set in the tracked
   * link it carries, wherever that link sits: ?url=, ?text=, ?href=, &body=. */
  function shareUrl(url, value) {
    var at = url.indexOf("?");
    if (at < 0) return url;
    var base = url.slice(0, at);
    var parts = url.slice(at + 1).split("&").map(function (pair) {
      var eq = pair.indexOf("=");
      if (eq < 0) return pair;
      var raw = pair.slice(eq + 1);
      var decoded;
      try {
        decoded = decodeURIComponent(raw.replace(/\+/g, "%20"));
      } catch (err) {
        return pair;
      }
      if (!new RegExp(TRACKED).test(decoded)) return pair;
      var changed = decoded.replace(new RegExp(TRACKED, "g"), function (link) { return track(link, value); });
      return pair.slice(0, eq + 1) + encodeURIComponent(changed);
    });
    return base + "?" + parts.join("&");
  }

  window.HubAmbassador = { code: code, set: set, clear: clear, valid: valid, track: track, shareUrl: shareUrl };

  /* Static share links: rewrite each one as it is opened, from the href the page
   * was built with, so a changed or removed code always gives the right link. */
  function rewrite(event) {
    var link = event.target.closest && event.target.closest("a[data-hub-channel]");
    if (!link) return;
    var original = link.getAttribute("data-hub-href-built");
    if (original === null) {
      original = link.getAttribute("href");
      link.setAttribute("data-hub-href-built", original);
    }
    link.setAttribute("href", shareUrl(original, code()));
  }
  document.addEventListener("click", rewrite, true);
  document.addEventListener("auxclick", rewrite, true);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter") rewrite(event);
  }, true);

  /* The small form: once per page that has a share kit, above the first kit. */
  function form() {
    var kit = document.querySelector("[data-hub-post]");
    if (!kit) return;
    var anchor = kit.closest(".hub-card") || kit;
    var box = document.createElement("details");
    box.className = "hub-ambassador";
    box.setAttribute("data-hub-ambassador", "");
    box.setAttribute("data-search-exclude", "");
    var summary = document.createElement("summary");
    var hint = document.createElement("p");
    hint.textContent = t("amb_hint");
    var label = document.createElement("label");
    label.textContent = t("amb_label") + " ";
    var input = document.createElement("input");
    input.type = "text";
    input.maxLength = 20;
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("pattern", "[a-z0-9-]{3,20}");
    input.setAttribute("data-hub-ambassador-input", "");
    label.appendChild(input);
    var save = document.createElement("button");
    save.type = "button";
    save.className = "md-button";
    save.textContent = t("amb_save");
    save.setAttribute("data-hub-ambassador-save", "");
    var remove = document.createElement("button");
    remove.type = "button";
    remove.className = "md-button";
    remove.textContent = t("amb_clear");
    remove.setAttribute("data-hub-ambassador-clear", "");
    var status = document.createElement("p");
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    status.setAttribute("data-hub-ambassador-status", "");

    function show() {
      var current = code();
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
    var actions = document.createElement("p");
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
    anchor.parentNode.insertBefore(box, anchor);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", form);
  else form();
})();
