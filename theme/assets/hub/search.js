// @ts-check
/* The hub's search, in the header's search field (theme/hub/search.html).
 * Costs nothing until used: Pagefind's script, its WebAssembly and the index in
 * search/ load only when the field is opened. Opened from file://, where browsers
 * refuse those fetches, a small list of titles and summaries (search/fallback.js)
 * is searched instead. Runs locally and sends nothing anywhere. Uses core.js
 * (window.Hub), loaded before it.
 * Keys: "/" or "s" open the search, Escape closes it, arrow keys move through results.
 * See docs/search.md. */
(function () {
  "use strict";

  const box = document.querySelector("[data-hub-search-words]");
  const toggle = /** @type {HTMLInputElement | null} */ (document.getElementById("__search"));
  if (!box || !toggle) return;
  const Hub = /** @type {HubWindow} */ (window).Hub;
  /** @type {Record<string, string>} */
  const words = JSON.parse(box.getAttribute("data-hub-search-words") || "{}");
  const { form, status, results: list, more, filters: filterBox, ...named } =
    Hub.parts(box, ["input", "form", "status", "results", "more", "filters"], "search-");
  const input = /** @type {HTMLInputElement} */ (named.input);
  /** @type {HTMLSelectElement[]} */
  const selects = Array.prototype.slice.call(box.querySelectorAll("[data-hub-search-filter]"));
  /* The site's root: two folders above this file, wherever the site is served. */
  const root = new URL("../..", /** @type {HTMLScriptElement} */ (document.currentScript).src);
  const offline = location.protocol === "file:";
  const PAGE = 10;

  /**
   * A search engine: Pagefind, or the file:// list.
   * @typedef {object} Engine
   * @property {(query: string, filters?: Record<string, string>) => Promise<Result[]>} search
   * @property {() => Promise<Record<string, Record<string, number>>>} filters
   * @property {(query: string) => Promise<void>} [preload]
   */
  /**
   * A result as Pagefind gives it: its page's data is fetched when shown.
   * @typedef {{id?: string, score?: number, data: () => Promise<Page>}} Result
   * @typedef {{url: string, meta?: Record<string, string>, excerpt?: string}} Page
   */

  /** @type {Promise<Engine> | null} */
  let engine = null;
  /** @type {Result[]} results of the current query, in order */
  let shown = [];
  let count = 0;
  let asked = 0; /* number of the newest query; older answers are dropped */
  let timer = 0;

  /* ---------- typed-out umlauts ---------- */

  /* "Waermepumpe" -> "Wärmepumpe": the stemmer folds "ä" to "a" but keeps "ae", so a word
   * typed without umlauts is also searched with them. Not after a vowel or q ("Feuer",
   * "Quelle"); as a word can read either way ("aktuell"), both spellings are searched. */
  const DIGRAPH = /(^|[^aeiouäöüq])(ae|oe|ue)/gi;
  const UMLAUT = { ae: "ä", oe: "ö", ue: "ü", Ae: "Ä", Oe: "Ö", Ue: "Ü", AE: "Ä", OE: "Ö", UE: "Ü" };

  /**
   * @param {string} query
   * @returns {string[]} the query as typed and with its typed-out umlauts, at most 8
   */
  function spellings(query) {
    let variants = [""];
    query.trim().split(/\s+/).forEach(function (word) {
      const umlauted = word.replace(DIGRAPH, function (all, before, pair) {
        return before + (UMLAUT[pair] || UMLAUT[pair.toLowerCase()]);
      });
      const forms = umlauted !== word && variants.length < 8 ? [word, umlauted] : [word];
      variants = variants.reduce(function (out, start) {
        return out.concat(forms.map(function (form) { return start ? start + " " + form : form; }));
      }, []);
    });
    return variants;
  }

  /* ---------- engines ---------- */

  /** @returns {Promise<Engine>} Pagefind, loaded from search/ */
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

  /**
   * The results of several spellings, each page once, best first.
   * @param {{results?: Result[]}[]} answers
   * @returns {Result[]}
   */
  function merge(answers) {
    const seen = {};
    const results = [];
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
  /** @param {string} text @returns {string} lower case, umlauts and ß written out */
  function fold(text) {
    return text.toLowerCase().replace(/ä/g, "ae").replace(/ö/g, "oe").replace(/ü/g, "ue").replace(/ß/g, "ss");
  }

  /** @returns {Promise<Engine>} the list of search/fallback.js */
  function fallbackEngine() {
    return new Promise(function (resolve, reject) {
      const script = document.createElement("script");
      script.src = new URL("search/fallback.js", root).href;
      script.onload = function () { resolve(/** @type {Window & {__hubSearch?: string[][]}} */ (window).__hubSearch || []); };
      script.onerror = reject;
      document.head.appendChild(script);
    }).then(function (entries) {
      const folded = entries.map(function (entry) { return " " + fold(entry[1]).replace(/[^\w]+/g, " "); });
      return {
        search: function (query) {
          const terms = fold(query).split(/[^\w]+/).filter(Boolean);
          const results = [];
          entries.forEach(function (entry, i) {
            const hit = terms.every(function (term) { return folded[i].indexOf(" " + term) !== -1; });
            if (hit) results.push({ data: fallbackData(entry) });
          });
          return Promise.resolve(results);
        },
        filters: function () { return Promise.resolve({}); },
      };
    });
  }

  /**
   * @param {string[]} entry [url, title, kind]
   * @returns {() => Promise<Page>}
   */
  function fallbackData(entry) {
    return function () {
      return Promise.resolve({ url: entry[0], meta: { title: entry[1], kind: entry[2] }, excerpt: "" });
    };
  }

  /** @returns {Promise<Engine>} the engine, loaded on first use */
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

  /** @param {Record<string, Record<string, number>>} filters the values of each filter, from the index */
  function offerFilters(filters) {
    selects.forEach(function (select) {
      const values = Object.keys(filters[select.getAttribute("data-hub-search-filter")] || {}).sort();
      values.forEach(function (value) {
        const option = document.createElement("option");
        option.value = value;
        option.textContent = value;
        select.appendChild(option);
      });
    });
    filterBox.hidden = false;
  }

  /* ---------- searching and showing ---------- */

  /** @returns {Record<string, string>} */
  function chosenFilters() {
    /** @type {Record<string, string>} */
    const filters = {};
    selects.forEach(function (select) {
      if (select.value) filters[/** @type {string} */ (select.getAttribute("data-hub-search-filter"))] = select.value;
    });
    return filters;
  }

  /** Searches for the field's text and shows the first results. */
  function run() {
    const query = input.value.trim();
    const number = ++asked;
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
        : results.length === 1 ? words.search_one : Hub.fill(words.search_many, { count: results.length });
      return showMore(number);
    }).catch(function () {
      if (number === asked) status.textContent = words.search_failed;
    });
  }

  /**
   * @param {number} number the query's number: results of an older query are dropped
   * @returns {Promise<void>}
   */
  function showMore(number) {
    const next = shown.slice(count, count + PAGE);
    count += next.length;
    more.hidden = count >= shown.length;
    return Promise.all(next.map(function (result) { return result.data(); })).then(function (pages) {
      if (number !== asked) return;
      pages.forEach(function (page) { list.appendChild(item(page)); });
    });
  }

  /* A site-relative URL from the index, resolved against the site's root. */
  /** @param {string | undefined} url @returns {string | null} */
  function local(url) {
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
    return new URL(url.replace(/^\/+/, ""), root).href;
  }

  /** @param {Page} page @returns {HTMLLIElement} */
  function item(page) {
    const meta = page.meta || {};
    const li = document.createElement("li");
    li.className = "md-search-result__item hub-search__item";
    const link = document.createElement("a");
    link.className = "md-search-result__link hub-search__link";
    link.href = local(page.url) || root.href;
    /* Only the post's own picture, as the build wrote it (a path under the site's root). */
    const image = /^[\w][\w\-.\/]*$/.test(meta.image || "") && meta.image.indexOf("..") === -1 && local(meta.image);
    if (image) {
      const img = document.createElement("img");
      img.className = "hub-search__thumb";
      img.src = image;
      img.alt = "";
      img.width = 64;
      img.height = 34;
      img.loading = "lazy";
      link.appendChild(img);
    }
    const text = document.createElement("span");
    text.className = "hub-search__text";
    const title = document.createElement("span");
    title.className = "hub-search__title";
    title.textContent = meta.title || page.url;
    text.appendChild(title);
    const about = [meta.kind, meta.date && dateText(meta.date)].filter(Boolean).join(" · ");
    if (about) {
      const line = document.createElement("span");
      line.className = "hub-search__about";
      line.textContent = about;
      text.appendChild(line);
    }
    if (page.excerpt) {
      const excerpt = document.createElement("span");
      excerpt.className = "hub-search__excerpt";
      marked(page.excerpt, excerpt);
      text.appendChild(excerpt);
    }
    link.appendChild(text);
    li.appendChild(link);
    return li;
  }

  /* Pagefind's excerpt marks the found words with <mark>: keep those, everything else as text. */
  /** @param {string} html @param {Element} into */
  function marked(html, into) {
    const doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    doc.body.firstChild.childNodes.forEach(function (node) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(node.textContent));
      }
    });
  }

  /** @param {string} iso @returns {string} the date as the page's language writes it */
  function dateText(iso) {
    const day = new Date(iso + "T12:00:00");
    if (isNaN(day.getTime())) return iso;
    return day.toLocaleDateString(document.documentElement.lang || undefined,
      { day: "numeric", month: "long", year: "numeric" });
  }

  /* ---------- opening, closing, keys ---------- */

  /** Opens the search and puts the cursor in its field. */
  function open() {
    if (!toggle.checked) {
      toggle.checked = true;
      toggle.dispatchEvent(new Event("change"));
    }
    input.focus();
    start();
  }

  /** Closes the search. */
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
    const query = input.value.trim();
    if (query) {
      start().then(function (found) {
        if (found.preload) found.preload(query);
      }).catch(function () { /* said in the status line by start() */ });
    }
  });
  selects.forEach(function (select) { select.addEventListener("change", run); });
  more.addEventListener("click", function () {
    const first = list.children.length;
    showMore(asked).then(function () {
      const link = list.children[first] && list.children[first].querySelector("a");
      if (link) link.focus();
    });
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const first = list.querySelector("a");
    if (first) first.click();
  });
  form.addEventListener("reset", function () {
    setTimeout(function () {
      run();
      close();
    });
  });

  /** @param {HTMLElement | null} target @returns {boolean | null} whether keys typed there are text */
  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (event) {
    const target = /** @type {HTMLElement | null} */ (event.target);
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (!toggle.checked) {
      if ((event.key === "/" || event.key === "s") && !typing(target)) {
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
    const links = Array.prototype.slice.call(list.querySelectorAll("a"));
    if (!links.length || !box.contains(target) || /** @type {HTMLElement} */ (target).tagName === "SELECT") return;
    event.preventDefault();
    const at = links.indexOf(target);
    const step = event.key === "ArrowDown" ? 1 : -1;
    if (at === -1) {
      if (step === 1) links[0].focus();
    } else if (at + step < 0) {
      input.focus();
    } else {
      links[Math.min(at + step, links.length - 1)].focus();
    }
  });
})();
