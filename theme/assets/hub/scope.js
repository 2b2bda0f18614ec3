// @ts-check
/* Material's storage helpers, loaded as a file instead of Material's inline
 * script (theme/partials/javascripts/base.html): a strict Content-Security-Policy
 * then needs no hash per folder depth. Material keeps its settings (colour
 * scheme and the like) in localStorage under the site's root path; the root is
 * two folders above this file, wherever IT serves the site. */
(function () {
  "use strict";
  /**
   * The names Material's bundle expects on the window.
   * @type {Window & typeof globalThis & {
   *   __md_scope: URL,
   *   __md_hash: (value: string) => number,
   *   __md_get: (key: string, store?: Storage, scope?: URL) => unknown,
   *   __md_set: (key: string, value: unknown, store?: Storage, scope?: URL) => void,
   * }}
   */
  const md = /** @type {any} */ (window);
  /* Material's bundle swaps these classes when it starts, at the end of the page; done
   * here in the head, the page is drawn the first time with the classes it keeps, and
   * the bundle's start has no class change to restyle the page for. */
  document.documentElement.classList.replace("no-js", "js");
  const root = new URL("../..", /** @type {HTMLScriptElement} */ (document.currentScript).src);
  md.__md_scope = root;
  md.__md_hash = function (value) {
    return Array.from(value).reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  md.__md_get = function (key, store, scope) {
    store = store || localStorage;
    scope = scope || md.__md_scope;
    return JSON.parse(/** @type {string} */ (store.getItem(scope.pathname + "." + key)));
  };
  md.__md_set = function (key, value, store, scope) {
    store = store || localStorage;
    scope = scope || md.__md_scope;
    try {
      store.setItem(scope.pathname + "." + key, JSON.stringify(value));
    } catch (err) {
      /* storage full or disabled: the setting is simply not kept */
    }
  };
})();
