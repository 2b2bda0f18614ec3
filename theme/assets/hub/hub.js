/* The hub's page script: copy a share text, copy before opening networks that
 * take no text. Runs locally, sends nothing anywhere. */
(function () {
  "use strict";

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (err) {
      ok = false;
    }
    document.body.removeChild(area);
    return Promise.resolve(ok);
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(
        function () { return true; },
        function () { return fallbackCopy(text); }
      );
    }
    return fallbackCopy(text);
  }

  function say(kit, message) {
    var status = kit.querySelector("[data-hub-status]");
    if (status) status.textContent = message;
  }

  function textOf(share) {
    var el = share.querySelector("[data-hub-share-text]");
    return el ? el.textContent : "";
  }

  var copied = document.documentElement.lang === "en" ? "Text copied" : "Text kopiert";
  var pasteNow = document.documentElement.lang === "en"
    ? "Text copied: paste it in the window that opens."
    : "Text kopiert: füge ihn im neuen Fenster ein.";

  /* Guide checklists: ticks are kept in this browser only (localStorage), per
   * page and per box; nothing leaves the device. */
  function checklistKey(box, index) {
    return "hub:checklist:" + location.pathname + ":" + index;
  }

  function storage() {
    try {
      return window.localStorage;
    } catch (err) {
      return null;  /* storage disabled: the boxes still work, unsaved */
    }
  }

  var boxes = document.querySelectorAll(".md-typeset .task-list-control input[type=checkbox]");
  var store = storage();
  Array.prototype.forEach.call(boxes, function (box, index) {
    if (store && store.getItem(checklistKey(box, index)) === "1") box.checked = true;
    box.addEventListener("change", function () {
      if (!store) return;
      if (box.checked) store.setItem(checklistKey(box, index), "1");
      else store.removeItem(checklistKey(box, index));
    });
  });

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-hub-copy], [data-hub-copy-first]");
    if (!target) return;
    var share = target.closest("[data-hub-share]");
    var kit = target.closest("[data-hub-post]");
    if (!share || !kit) return;
    var text = textOf(share);
    if (target.hasAttribute("data-hub-copy")) {
      copy(text).then(function (ok) { if (ok) say(kit, copied); });
    } else {
      /* LinkedIn, XING, Facebook take only the link: copy the text first. The
       * link still opens by its own default action, in the same click. */
      copy(text).then(function (ok) { if (ok) say(kit, pasteNow); });
    }
  });
})();
