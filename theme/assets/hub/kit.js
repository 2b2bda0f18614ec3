// @ts-check
/* A post's share kit (theme/hub/kit.html) once the script runs: a composer per
 * channel (composer.js), the persona's channels first when the page was opened
 * from its list (?fuer=<id>), one tab per channel, copy and share. Adds shareKits
 * to window.Hub; hub.js calls it on pages with a share kit. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;

  /** Each channel box's composer. @type {WeakMap<Element, HubComposer>} */
  const composerOf = new WeakMap();

  /**
   * @param {string} text
   * @returns {Promise<boolean>} whether the text was copied, without the clipboard API
   */
  function fallbackCopy(text) {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (err) {
      ok = false;
    }
    document.body.removeChild(area);
    return Promise.resolve(ok);
  }

  /**
   * @param {string} text
   * @returns {Promise<boolean>} whether the text was copied
   */
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return fallbackCopy(text); }
      );
    }
    return fallbackCopy(text);
  }

  /**
   * The kit's status line ("copied"), read out by screen readers.
   * @param {Element} kit
   * @param {string} message
   */
  function say(kit, message) {
    const status = kit.querySelector("[data-hub-status]");
    if (status) status.textContent = message;
  }

  /**
   * Opened from a persona's list (?fuer=<id>): the persona the kit's links carry,
   * its preferred channels moved first, as on its page; else "".
   * @param {Element} kit
   * @returns {string}
   */
  function persona(kit) {
    const wanted = new URLSearchParams(location.search).get("fuer") || "";
    const allowed = (kit.getAttribute("data-hub-contents") || "").split(" ");
    const content = wanted && allowed.indexOf(wanted) >= 0 ? wanted : "";
    if (content) {
      kit.setAttribute("data-hub-content", content);
      /** @type {Record<string, string[]>} */
      const orders = JSON.parse(kit.getAttribute("data-hub-orders") || "{}");
      const shares = /** @type {Element} */ (kit.querySelector(".hub-kit__shares"));
      (orders[content] || []).forEach(function (channel) {
        const box = shares.querySelector('[data-hub-share="' + CSS.escape(channel) + '"]');
        if (box) shares.appendChild(box);
      });
    }
    return content;
  }

  /**
   * One channel at a time: a tab per channel above the boxes (WAI-ARIA tabs,
   * arrow keys move between them). Without the script every box shows.
   * @param {Element} kit
   */
  function makeTabs(kit) {
    const boxes = /** @type {HTMLElement[]} */ (Array.prototype.slice.call(kit.querySelectorAll("[data-hub-share]")));
    if (boxes.length < 2) return;
    const list = document.createElement("div");
    list.className = "hub-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", kit.getAttribute("data-hub-tabs-label") || "");
    const tabs = boxes.map(function (box) {
      const channel = box.getAttribute("data-hub-share") || "";
      const tab = document.createElement("button");
      tab.type = "button";
      tab.className = "hub-tab";
      tab.id = "hub-tab-" + channel;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", box.id = "hub-panel-" + channel);
      tab.setAttribute("data-hub-tab", channel);
      tab.textContent = /** @type {Element} */ (box.querySelector(".hub-share__name")).textContent;
      box.setAttribute("role", "tabpanel");
      box.setAttribute("aria-labelledby", tab.id);
      list.appendChild(tab);
      return tab;
    });
    /** @param {number} index @param {boolean} focus */
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        const on = i === index;
        tab.setAttribute("aria-selected", String(on));
        tab.tabIndex = on ? 0 : -1;
        boxes[i].hidden = !on;
      });
      say(kit, ""); /* the "copied" notice belongs to the channel it was said for */
      if (focus) tabs[index].focus();
    }
    list.addEventListener("click", function (event) {
      const tab = /** @type {Element} */ (event.target).closest("[role=tab]");
      if (tab) select(tabs.indexOf(/** @type {HTMLButtonElement} */ (tab)), false);
    });
    list.addEventListener("keydown", function (event) {
      const index = tabs.indexOf(/** @type {HTMLButtonElement} */ (document.activeElement));
      /** @type {Record<string, number>} */
      const moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (index < 0 || !(event.key in moves)) return;
      event.preventDefault();
      select((moves[event.key] + tabs.length) % tabs.length, true);
    });
    /** @type {Element} */ (kit.querySelector(".hub-kit__shares")).before(list);
    kit.classList.add("hub-kit--tabs");
    select(0, false);
  }

  /**
   * Copy, the device's share sheet, and the networks that take only the link.
   * @param {Record<string, string>} words
   */
  function shareButtons(words) {
    document.addEventListener("click", function (event) {
      const target = /** @type {Element} */ (event.target).closest("[data-hub-copy], [data-hub-native], a[data-hub-channel]");
      if (!target) return;
      const box = target.closest("[data-hub-share]");
      const kit = target.closest("[data-hub-post]");
      const composer = box && composerOf.get(box);
      if (!kit || !composer) return;
      composer.update(); /* the link as of now: an ambassador code may have been set since */
      const text = composer.text();
      if (target.hasAttribute("data-hub-copy")) {
        copy(text).then(function (ok) { say(kit, ok ? words.copied : words.copy_failed); });
      } else if (target.hasAttribute("data-hub-native")) {
        navigator.share({ title: composer.subject, text: text, url: composer.link() }).catch(function () {});
      } else if (target.hasAttribute("data-hub-copy-first")) {
        /* LinkedIn, XING, Facebook take only the link: copy the text first. The
         * link still opens by its own default action, in the same click. */
        copy(text).then(function (ok) { say(kit, ok ? words.copied_paste : words.copy_failed); });
      }
    });
  }

  /**
   * Every share kit on the page with its composers and tabs.
   * @param {HubPage} page
   */
  function shareKits(page) {
    const kits = document.querySelectorAll("[data-hub-post]");
    /** @type {HubComposer[]} */
    const made = [];
    kits.forEach(function (kit) {
      const content = persona(kit);
      kit.querySelectorAll("[data-hub-share]").forEach(function (box) {
        const composer = new Hub.Composer(kit, box, content, page);
        composerOf.set(box, composer);
        made.push(composer);
      });
    });
    kits.forEach(makeTabs);
    shareButtons(page.config.words);
    /* Each composer counts in a task of its own, the first also makes the segmenter: the
     * page's start has no task over 50 ms. Until then the build's counts show. */
    made.forEach(function (composer) {
      setTimeout(function () { composer.startCounting(); }, 0);
    });
    /* Opened from a list's share button (#teilen): start in the first text field. */
    if (location.hash === "#teilen" && made.length) {
      /* After load: Material's bundle moves the focus as it starts. */
      const focus = function () {
        const first = /** @type {HTMLElement | null} */ (document.querySelector("[data-hub-share]:not([hidden]) [data-hub-field]"));
        if (first) first.focus({ preventScroll: true });
      };
      if (document.readyState === "complete") focus();
      else window.addEventListener("load", focus);
    }
  }

  Hub.shareKits = shareKits;
})();
