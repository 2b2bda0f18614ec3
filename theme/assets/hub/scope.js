/* Material's storage helpers, loaded as a file instead of Material's inline
 * script (theme/partials/javascripts/base.html): a strict Content-Security-Policy
 * then needs no hash per folder depth. Material keeps its settings (colour
 * scheme and the like) in localStorage under the site's root path; the root is
 * two folders above this file, wherever IT serves the site. */
(function () {
  "use strict";
  var root = new URL("../..", document.currentScript.src);
  window.__md_scope = root;
  window.__md_hash = function (value) {
    return Array.from(value).reduce(function (hash, char) {
      return (hash << 5) - hash + char.charCodeAt(0);
    }, 0);
  };
  window.__md_get = function (key, store, scope) {
    store = store || localStorage;
    scope = scope || window.__md_scope;
    return JSON.parse(store.getItem(scope.pathname + "." + key));
  };
  window.__md_set = function (key, value, store, scope) {
    store = store || localStorage;
    scope = scope || window.__md_scope;
    try {
      store.setItem(scope.pathname + "." + key, JSON.stringify(value));
    } catch (err) {
      /* storage full or disabled: the setting is simply not kept */
    }
  };
})();
