// @ts-check
/* What the script adds to ordinary pages, kept in this browser only (localStorage):
 *   - guide checklists whose ticks stay;
 *   - the employee's area (persona): remembered from the picker or the area's
 *     "remember" button, its posts first on the home page.
 * Adds checklists and personaMemory to window.Hub; hub.js calls them. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;
  const store = Hub.storage();
  const PERSONA_KEY = "hub:persona";

  /** Guide checklists: ticks are kept per page and per box. */
  function checklists() {
    const boxes = document.querySelectorAll(".md-typeset .task-list-control input[type=checkbox]");
    Array.prototype.forEach.call(boxes, function (/** @type {HTMLInputElement} */ box, /** @type {number} */ index) {
      const key = "hub:checklist:" + location.pathname + ":" + index;
      /* The tasklist extension puts the item's text outside the box's label: name the box. */
      const item = box.closest("li");
      if (item && !box.hasAttribute("aria-label")) box.setAttribute("aria-label", (item.textContent || "").trim());
      if (store && store.getItem(key) === "1") box.checked = true;
      box.addEventListener("change", function () {
        if (!store) return;
        if (box.checked) store.setItem(key, "1");
        else store.removeItem(key);
      });
    });
  }

  /** @returns {string} the remembered area's id, or "" */
  function rememberedPersona() {
    return store ? store.getItem(PERSONA_KEY) || "" : "";
  }

  /** @param {string} id the area to remember; "" forgets */
  function remember(id) {
    if (!store) return;
    if (id) store.setItem(PERSONA_KEY, id);
    else store.removeItem(PERSONA_KEY);
  }

  /** Home: the remembered area's posts first; the picker marks it. */
  function showHome() {
    const newest = document.querySelector("[data-hub-newest] .hub-cards");
    const note = /** @type {HTMLElement | null} */ (document.querySelector("[data-hub-remembered]"));
    if (!note) return;
    const cards = newest ? /** @type {Element[]} */ (Array.prototype.slice.call(newest.children)) : [];
    cards.forEach(function (card, index) {
      if (!card.hasAttribute("data-hub-order")) card.setAttribute("data-hub-order", String(index));
    });
    const id = rememberedPersona();
    const link = id ? document.querySelector('[data-hub-persona-link="' + CSS.escape(id) + '"]') : null;
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-persona-link]"), function (/** @type {Element} */ item) {
      if (item === link) item.setAttribute("aria-current", "true");
      else item.removeAttribute("aria-current");
    });
    /** @param {Element} card @returns {number} */
    function rank(card) {
      const personas = (card.getAttribute("data-hub-personas") || "").split(" ").filter(Boolean);
      const mine = link && (personas.length === 0 || personas.indexOf(id) >= 0);
      return (mine ? 0 : 1000) + Number(card.getAttribute("data-hub-order"));
    }
    cards.sort(function (a, b) { return rank(a) - rank(b); });
    cards.forEach(function (card) { /** @type {Element} */ (newest).appendChild(card); });
    if (link) {
      const name = /** @type {Element} */ (link.querySelector(".hub-picker__name")).textContent || "";
      /** @type {Element} */ (note.querySelector("[data-hub-remembered-text]")).textContent =
        Hub.fill(note.getAttribute("data-hub-first-for") || "", { persona: name });
      note.hidden = false;
    } else {
      note.hidden = true;
    }
  }

  /** @param {Element} button an area's "remember" button: pressed while its area is remembered */
  function showRememberButton(button) {
    button.setAttribute("aria-pressed", String(rememberedPersona() === button.getAttribute("data-hub-remember")));
  }

  /** The picker, the home page's "forget" and each area's "remember" button. */
  function personaMemory() {
    document.addEventListener("click", function (event) {
      const target = /** @type {Element} */ (event.target);
      const pick = target.closest("[data-hub-persona-link]");
      if (pick) remember(pick.getAttribute("data-hub-persona-link") || "");
      if (target.closest("[data-hub-forget]")) {
        remember("");
        showHome();
      }
      const toggle = target.closest("[data-hub-remember]");
      if (toggle) {
        const id = toggle.getAttribute("data-hub-remember") || "";
        remember(rememberedPersona() === id ? "" : id);
        showRememberButton(toggle);
      }
    });
    if (!store) return;
    showHome();
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-remember]"), function (/** @type {Element} */ button) {
      showRememberButton(button);
      /** @type {HTMLElement} */ (button.closest("[data-hub-remember-area]")).hidden = false;
    });
  }

  Object.assign(Hub, { checklists: checklists, personaMemory: personaMemory });
})();
