/* The hub's search, in the header's search field (theme/hub/search.html).
 * Costs nothing until used: Pagefind's script, its WebAssembly and the index in
 * search/ load only when the field is opened. Opened from file://, where browsers
 * refuse those fetches, a small list of titles and summaries (search/fallback.js)
 * is searched instead. Runs locally and sends nothing anywhere.
 * Keys: "/" or "s" open the search, Escape closes it, arrow keys move through results.
 * See docs/search.md. */
(function () {
  "use strict";

  var box = document.querySelector("[data-hub-search-words]");
  var toggle = document.getElementById("__search");
  if (!box || !toggle) return;
  var words = JSON.parse(box.getAttribute("data-hub-search-words"));
  var input = box.querySelector("[data-hub-search-input]");
  var form = box.querySelector("[data-hub-search-form]");
  var status = box.querySelector("[data-hub-search-status]");
  var list = box.querySelector("[data-hub-search-results]");
  var more = box.querySelector("[data-hub-search-more]");
  var filterBox = box.querySelector("[data-hub-search-filters]");
  var selects = Array.prototype.slice.call(box.querySelectorAll("[data-hub-search-filter]"));
  /* The site's root: two folders above this file, wherever the site is served. */
  var root = new URL("../..", document.currentScript.src);
  var offline = location.protocol === "file:";
  var PAGE = 10;

  var engine = null; /* a promise of {search(query, filters), filters()} */
  var shown = []; /* results of the current query, in order */
  var count = 0;
  var asked = 0; /* number of the newest query; older answers are dropped */
  var timer = 0;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return values[name] !== undefined ? String(values[name]) : all;
    });
  }

  /* ---------- typed-out umlauts ---------- */

  /* "Waermepumpe" -> "Wärmepumpe": the stemmer folds "ä" to "a" but keeps "ae", so a word
   * typed without umlauts is also searched with them. Not after a vowel or q ("Feuer",
   * "Quelle"); as a word can read either way ("aktuell"), both spellings are searched. */
  var DIGRAPH = /(^|[^aeiouäöüq])(ae|oe|ue)/gi;
  var UMLAUT = { ae: "ä", oe: "ö", ue: "ü", Ae: "Ä", Oe: "Ö", Ue: "Ü", AE: "Ä", OE: "Ö", UE: "Ü" };

  function spellings(query) {
    var variants = [""];
    query.trim().split(/\s+/).forEach(function (word) {
      var umlauted = word.replace(DIGRAPH, function (all, before, pair) {
        return before + (UMLAUT[pair] || UMLAUT[pair.toLowerCase()]);
      });
      var forms = umlauted !== word && variants.length < 8 ? [word, umlauted] : [word];
      variants = variants.reduce(function (out, start) {
        return out.concat(forms.map(function (form) { return start ? start + " " + form : form; }));
      }, []);
    });
    return variants;
  }

  /* ---------- engines ---------- */

  function pagefindEngine() {
    return import(new URL("search/pagefind.js", root).href).then(function (pagefind) {
      return pagefind.options({ excerptLength: 24 }).then(function () {
        pagefind.init();
        return {
          search: function (query, filters) {
            return Promise.all(spellings(query).map(function (q) { return pagefind.search(q, { filters: filters }); }))
              .then(merge);
          },
          filters: function () { return pagefind.filters(); },
          /* Fetches the index parts a query needs while the typing pause is awaited. */
          preload: function (query) { return pagefind.preload(query); },
        };
      });
    });
  }

  function merge(answers) {
    var seen = {};
    var results = [];
    answers.forEach(function (answer) {
      (answer && answer.results || []).forEach(function (result) {
        if (seen[result.id]) return;
        seen[result.id] = true;
        results.push(result);
      });
    });
    if (answers.length > 1) results.sort(function (a, b) { return b.score - a.score; });
    return results;
  }

  /* file://: titles and summaries from search/fallback.js, every word a prefix of a word. */
  function fold(text) {
    return text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  }

  function fallbackEngine() {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = new URL("search/fallback.js", root).href;
      script.onload = function () { resolve(window.__hubSearch || []); };
      script.onerror = reject;
      document.head.appendChild(script);
    }).then(function (entries) {
      var folded = entries.map(function (entry) { return " " + fold(entry[1]).replace(/[^\w]+/g, " "); });
      return {
        search: function (query) {
          var terms = fold(query).split(/[^\w]+/).filter(Boolean);
          var results = [];
          entries.forEach(function (entry, i) {
            var hit = terms.every(function (term) { return folded[i].indexOf(" " + term) !== -1; });
            if (hit) results.push({ data: fallbackData(entry) });
          });
          return Promise.resolve(results);
        },
        filters: function () { return Promise.resolve({}); },
      };
    });
  }

  function fallbackData(entry) {
    return function () {
      return Promise.resolve({ url: entry[0], meta: { title: entry[1], kind: entry[2] }, excerpt: "" });
    };
  }

  function start() {
    if (engine) return engine;
    status.textContent = words.search_loading;
    engine = (offline ? fallbackEngine() : pagefindEngine()).then(function (found) {
      if (offline) {
        status.textContent = words.search_offline;
      } else {
        found.filters().then(offerFilters);
        status.textContent = words.search_hint;
      }
      return found;
    });
    engine.catch(function () {
      status.textContent = words.search_failed;
    });
    return engine;
  }

  function offerFilters(filters) {
    selects.forEach(function (select) {
      var values = Object.keys(filters[select.getAttribute("data-hub-search-filter")] || {}).sort();
      values.forEach(function (value) {
        var option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
    });
    filterBox.hidden = false;
  }

  /* ---------- searching and showing ---------- */

  function chosenFilters() {
    var filters = {};
    selects.forEach(function (select) {
      if (select.value) filters[select.getAttribute("data-hub-search-filter")] = select.value;
    });
    return filters;
  }

  function run() {
    var query = input.value.trim();
    var number = ++asked;
    if (!query) {
      shown = [];
      list.textContent = "";
      more.hidden = true;
      status.textContent = offline ? words.search_offline : words.search_hint;
      return;
    }
    start().then(function (found) {
      return found.search(query, chosenFilters());
    }).then(function (results) {
      if (number !== asked) return;
      shown = results;
      count = 0;
      list.textContent = "";
      status.textContent = results.length === 0 ? words.search_none
        : results.length === 1 ? words.search_one : fill(words.search_many, { count: results.length });
      return showMore(number);
    }).catch(function () {
      if (number === asked) status.textContent = words.search_failed;
    });
  }

  function showMore(number) {
    var next = shown.slice(count, count + PAGE);
    count += next.length;
    more.hidden = count >= shown.length;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (number !== asked) return;
      pages.forEach(function (page) { list.appendChild(item(page)); });
    });
  }

  /* A site-relative URL from the index, resolved against the site's root. */
  function local(url) {
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
    return new URL(url.replace(/^\/+/, ""), root).href;
  }

  function item(page) {
    var meta = page.meta || {};
    var li = document.createElement("li");
    li.className = "md-search-result__item hub-search__item";
    var link = document.createElement("a");
    link.className = "md-search-result__link hub-search__link";
    link.href = local(page.url) || root.href;
    /* Only the post's own picture, as the build wrote it (a path under the site's root). */
    var image = /^[\w][\w\-.\/]*$/.test(meta.image || "") && meta.image.indexOf("..") === -1 && local(meta.image);
    if (image) {
      var img = document.createElement("img");
      img.className = "hub-search__thumb";
      img.src = image;
      img.alt = "";
      img.width = 64;
      img.height = 34;
      img.loading = "lazy";
      link.appendChild(img);
    }
    var text = document.createElement("span");
    text.className = "hub-search__text";
    var title = document.createElement("span");
    title.className = "hub-search__title";
    title.textContent = meta.title || page.url;
    text.appendChild(title);
    var about = [meta.kind, meta.date && dateText(meta.date)].filter(Boolean).join(" · ");
    if (about) {
      var line = document.createElement("span");
      line.className = "hub-search__about";
      line.textContent = about;
      text.appendChild(line);
    }
    if (page.excerpt) {
      var excerpt = document.createElement("span");
      excerpt.className = "hub-search__excerpt";
      marked(page.excerpt, excerpt);
      text.appendChild(excerpt);
    }
    link.appendChild(text);
    li.appendChild(link);
    return li;
  }

  /* Pagefind's excerpt marks the found words with <mark>: keep those, everything else as text. */
  function marked(html, into) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = node.textContent;
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  function dateText(iso) {
    var day = new Date(iso + "T12:00:00");
    if (isNaN(day)) return iso;
    return day.toLocaleDateString(document.documentElement.lang || undefined,
      { day: "numeric", month: "long", year: "numeric" });
  }

  /* ---------- opening, closing, keys ---------- */

  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    input.focus();
    start();
  }

  function close() {
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    input.blur();
  }

  toggle.addEventListener("change", function () {
    if (toggle.checked) {
      input.focus();
      start();
    }
  });
  input.addEventListener("focus", open);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 100);
    var query = input.value.trim();
    if (query) {
      start().then(function (found) {
        if (found.preload) found.preload(query);
      }).catch(function () { /* said in the status line by start() */ });
    }
  });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  more.addEventListener("click", function () {
    var first = list.children.length;
    showMore(asked).then(function () {
      var link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () {
      run();
      close();
    });
  });

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!toggle.checked) {
      if ((event.key === "/" || event.key === "s") && !typing(event.target)) {
        event.preventDefault();
        open();
      }
      return;
    }
    if (event.key === "Escape") {
      event.preventDefault();
      close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length || !box.contains(event.target) || event.target.tagName === "SELECT") return;
    event.preventDefault();
    var at = links.indexOf(event.target);
    var step = event.key === "ArrowDown" ? 1 : -1;
    if (at === -1) {
      if (step === 1) links[0].focus();
    } else if (at + step < 0) {
      input.focus();
    } else {
      links[Math.min(at + step, links.length - 1)].focus();
    }
  });
})();
