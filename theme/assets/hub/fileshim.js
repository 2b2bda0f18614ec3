// @ts-check
/* Pages opened from file://. The site links folders ("posts/x/"); from the file
 * system a folder is a listing, so a click on such a link opens its index.html
 * (search results included; the search itself is search.js). Adds fileLinks to
 * window.Hub; hub.js calls it. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;

  /** From file:// only: links to folders open the folder's index.html. */
  function fileLinks() {
    if (location.protocol !== "file:") return;
    document.addEventListener("click", function (event) {
      const target = /** @type {Element} */ (event.target);
      const link = target.closest && /** @type {HTMLAnchorElement | null} */ (target.closest("a[href]"));
      if (!link) return;
      const url = new URL(link.href, location.href);
      if (url.protocol === "file:" && url.pathname.slice(-1) === "/") {
        url.pathname += "index.html";
        link.href = url.href;
      }
    }, true);
  }

  Hub.fileLinks = fileLinks;
})();
