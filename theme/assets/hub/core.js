// @ts-check
/* The first of the hub's page scripts (theme/main.html loads them in order, as
 * classic scripts, so that pages opened from file:// run them too). It makes the
 * one object they share their parts through, window.Hub, and the small helpers
 * more than one of them uses. The scripts after it add their parts to window.Hub
 * and run nothing on their own; hub.js, the last, wires them to the page.
 * Runs locally and sends nothing anywhere. */

/**
 * What the hub's scripts share, each part added by the script named (theme/main.html
 * loads them in this order): core.js, fileshim.js, text.js, prompts.js, pages.js,
 * composer.js, kit.js, hub.js; ambassador.js and search.js use core.js too.
 * @typedef {object} HubParts
 * @property {() => Storage | null} storage core.js
 * @property {(template: string, values: Record<string, string | number>) => string} fill core.js
 * @property {(root: ParentNode, names: string[], prefix?: string) => Record<string, HTMLElement>} parts core.js
 * @property {() => void} fileLinks fileshim.js
 * @property {(value: string) => string} quote text.js
 * @property {(template: string, text: string, link: string, subject: string) => string} shareUrl text.js
 * @property {(url: string, name: string, value: string) => string} withParam text.js
 * @property {(part: string) => string} paramName text.js
 * @property {new (rules: HubRules, language?: string) => HubCounter} Counter text.js
 * @property {new (rules: HubRules) => HubPrompts} Prompts prompts.js
 * @property {() => void} checklists pages.js
 * @property {() => void} personaMemory pages.js
 * @property {new (kit: Element, box: Element, content: string, page: HubPage) => HubComposer} Composer composer.js
 * @property {(page: HubPage) => void} shareKits kit.js
 */

/**
 * @typedef {{length: (channel: string, text: string, link: string) => number | null,
 *   limit: (channel: string) => number | null}} HubCounter
 * @typedef {{questions: (template: string) => string[],
 *   fill: (template: string, answers: Record<string, string>) => string}} HubPrompts
 * @typedef {{channel: string, subject: string, text: () => string, link: () => string,
 *   update: () => void, startCounting: () => void}} HubComposer
 */

/**
 * What the composers of a post's page share: its #hub-composer data, one counter, one prompt reader.
 * @typedef {{config: HubConfig, counter: HubCounter, prompts: HubPrompts}} HubPage
 */

/**
 * The window with what the hub's scripts put on it: window.Hub for each other, and
 * for tests and integrations HubLogic, HubCount (hub.js) and HubAmbassador (ambassador.js).
 * @typedef {Window & typeof globalThis & {
 *   Hub: HubParts,
 *   HubLogic?: Readonly<object>,
 *   HubCount?: (channel: string, text: string, link: string) => number | null,
 *   HubAmbassador?: {
 *     code: () => string | null, set: (value: string) => boolean, clear: () => void,
 *     valid: (code: unknown) => boolean, track: (link: string, value?: string | null) => string,
 *     shareUrl: (url: string, value: string | null) => string,
 *   },
 * }} HubWindow
 */

/**
 * The rules hub/sharing/rules.py writes into a post's page (#hub-composer).
 * @typedef {object} HubRules
 * @property {{url_pattern: string, emoji_pattern: string, light_ranges: number[][], url_length: number}} x
 * @property {Record<string, HubChannel>} channels
 * @property {string} space the characters a prompt's blank may be
 * @property {string} prompt the pattern of a [[prompt]]
 */

/**
 * @typedef {object} HubChannel
 * @property {string} label
 * @property {string} url the share URL template
 * @property {boolean} prefills_text
 * @property {{counter: string, limit: number, url_length: number | null} | null} [rule]
 */

/**
 * The composer's data on a post's page (#hub-composer).
 * @typedef {{rules: HubRules, language: string, words: Record<string, string>}} HubConfig
 */

(function () {
  "use strict";

  /**
   * This browser's localStorage, or null where it is disabled: everything still
   * works then, only unremembered.
   * @returns {Storage | null}
   */
  function storage() {
    try {
      return window.localStorage;
    } catch (err) {
      return null;
    }
  }

  /**
   * A UI word with its "{name}" placeholders filled from ``values``; a name
   * without a value stays as written.
   * @param {string} template
   * @param {Record<string, string | number>} values
   * @returns {string}
   */
  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

  /**
   * The elements below ``root`` that the templates mark with data-hub-* attributes,
   * by name: parts(box, ["field", "promptList"]) finds [data-hub-field] and
   * [data-hub-prompt-list]; with the prefix "search-", ["input"] finds [data-hub-search-input].
   * Only the first of each; a missing one is null.
   * @param {ParentNode} root
   * @param {string[]} names
   * @param {string} [prefix]
   * @returns {Record<string, HTMLElement>}
   */
  function parts(root, names, prefix) {
    /** @type {Record<string, HTMLElement>} */
    const found = {};
    names.forEach(function (name) {
      const attribute = "data-hub-" + (prefix || "") + name.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
      found[name] = /** @type {HTMLElement} */ (root.querySelector("[" + attribute + "]"));
    });
    return found;
  }

  /* The other scripts add their parts: complete once hub.js runs. */
  /** @type {HubWindow} */ (window).Hub = /** @type {HubParts} */ ({ storage: storage, fill: fill, parts: parts });
})();
