/* The hub's page script. Runs locally and sends nothing anywhere: no request,
 * no cookie. It adds, on top of pages that work without it:
 *   - the composer of a post's share kit (editable text, wordings, the
 *     employee's own words, live counter, copy, share);
 *   - the employee's area (persona), remembered in localStorage only;
 *   - guide checklists whose ticks stay in this browser;
 *   - opened from file://: links to folders open their index.html (search is
 *     assets/hub/search.js).
 * Loaded before Material's bundle (theme/main.html), at the end of <body>. */
(function () {
  "use strict";

  /* ---------- file:// ---------- */

  if (location.protocol === "file:") {
    /* The site links folders ("posts/x/"); from the file system a folder is a
     * listing, so open its index.html (search results included). */
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("a[href]");
      if (!link) return;
      var url = new URL(link.href, location.href);
      if (url.protocol === "file:" && url.pathname.slice(-1) === "/") {
        url.pathname += "index.html";
        link.href = url.href;
      }
    }, true);
  }

  /* ---------- small helpers ---------- */

  function storage() {
    try {
      return window.localStorage;
    } catch (err) {
      return null; /* storage disabled: everything still works, unremembered */
    }
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : all;
    });
  }

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

  /* ---------- guide checklists ---------- */

  /* Ticks are kept in this browser only (localStorage), per page and per box. */
  var store = storage();
  var boxes = document.querySelectorAll(".md-typeset .task-list-control input[type=checkbox]");
  Array.prototype.forEach.call(boxes, function (box, index) {
    var key = "hub:checklist:" + location.pathname + ":" + index;
    /* The tasklist extension puts the item's text outside the box's label: name the box. */
    var item = box.closest("li");
    if (item && !box.hasAttribute("aria-label")) box.setAttribute("aria-label", item.textContent.trim());
    if (store && store.getItem(key) === "1") box.checked = true;
    box.addEventListener("change", function () {
      if (!store) return;
      if (box.checked) store.setItem(key, "1");
      else store.removeItem(key);
    });
  });

  /* ---------- the employee's area ---------- */

  var PERSONA_KEY = "hub:persona";

  function rememberedPersona() {
    return store ? store.getItem(PERSONA_KEY) || "" : "";
  }

  function remember(id) {
    if (!store) return;
    if (id) store.setItem(PERSONA_KEY, id);
    else store.removeItem(PERSONA_KEY);
  }

  /* Home: the remembered area's posts first; the picker marks it. */
  function showHome() {
    var newest = document.querySelector("[data-hub-newest] .hub-cards");
    var note = document.querySelector("[data-hub-remembered]");
    if (!note) return;
    var cards = newest ? Array.prototype.slice.call(newest.children) : [];
    cards.forEach(function (card, index) {
      if (!card.hasAttribute("data-hub-order")) card.setAttribute("data-hub-order", String(index));
    });
    var id = rememberedPersona();
    var link = id ? document.querySelector('[data-hub-persona-link="' + CSS.escape(id) + '"]') : null;
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-persona-link]"), function (item) {
      if (item === link) item.setAttribute("aria-current", "true");
      else item.removeAttribute("aria-current");
    });
    function rank(card) {
      var personas = (card.getAttribute("data-hub-personas") || "").split(" ").filter(Boolean);
      var mine = link && (personas.length === 0 || personas.indexOf(id) >= 0);
      return (mine ? 0 : 1000) + Number(card.getAttribute("data-hub-order"));
    }
    cards.sort(function (a, b) { return rank(a) - rank(b); });
    cards.forEach(function (card) { newest.appendChild(card); });
    if (link) {
      var name = link.querySelector(".hub-picker__name").textContent;
      note.querySelector("[data-hub-remembered-text]").textContent =
        fill(note.getAttribute("data-hub-first-for"), { persona: name });
      note.hidden = false;
    } else {
      note.hidden = true;
    }
  }

  document.addEventListener("click", function (event) {
    var pick = event.target.closest("[data-hub-persona-link]");
    if (pick) remember(pick.getAttribute("data-hub-persona-link"));
    if (event.target.closest("[data-hub-forget]")) {
      remember("");
      showHome();
    }
    var toggle = event.target.closest("[data-hub-remember]");
    if (toggle) {
      var id = toggle.getAttribute("data-hub-remember");
      remember(rememberedPersona() === id ? "" : id);
      showRememberButton(toggle);
    }
  });

  function showRememberButton(button) {
    button.setAttribute("aria-pressed", String(rememberedPersona() === button.getAttribute("data-hub-remember")));
  }

  if (store) {
    showHome();
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-remember]"), function (button) {
      showRememberButton(button);
      button.closest("[data-hub-remember-area]").hidden = false;
    });
  }

  /* ---------- counting: the build's rules, this script's algorithm ---------- */

  /* Counters over the rules that hub/rules.py writes into the page: the same
   * numbers the build checks share texts with (hub/textcount.py). */
  function Counter(rules, language) {
    var x = rules.x;
    var urls = new RegExp(x.url_pattern, "gi");
    var emoji = new RegExp(x.emoji_pattern, "u");
    var segmenter = new Intl.Segmenter(language, { granularity: "grapheme" });

    function clusters(text) {
      return Array.from(segmenter.segment(text), function (part) { return part.segment; });
    }
    function light(point) {
      return x.light_ranges.some(function (range) { return range[0] <= point && point <= range[1]; });
    }
    function weight(cluster) {
      if (emoji.test(cluster)) return 2; /* an emoji sequence weighs 2, however long */
      var total = 0;
      for (var char of cluster) total += light(char.codePointAt(0)) ? 1 : 2;
      return total;
    }
    function weighted(text) {
      return clusters(text).reduce(function (sum, cluster) { return sum + weight(cluster); }, 0);
    }
    var counters = {
      graphemes: function (text) { return clusters(text.normalize("NFC")).length; },
      code_units: function (text) { return text.length; },
      x_weighted: function (text) {
        text = text.normalize("NFC");
        var total = 0;
        var position = 0;
        var match;
        urls.lastIndex = 0;
        while ((match = urls.exec(text))) {
          total += weighted(text.slice(position, match.index)) + x.url_length;
          position = match.index + match[0].length;
        }
        return total + weighted(text.slice(position));
      },
    };
    /* The length of a post: text, a blank, the link (as LengthRule.length). */
    this.length = function (channel, text, link) {
      var rule = rules.channels[channel] && rules.channels[channel].rule;
      if (!rule) return null;
      var count = counters[rule.counter];
      var linkLength = rule.url_length === null ? count(link) : rule.url_length;
      return count(text) + 1 + linkLength;
    };
    this.limit = function (channel) {
      var rule = rules.channels[channel] && rules.channels[channel].rule;
      return rule ? rule.limit : null;
    };
  }

  /* RFC 3986 percent-encoding as Python's quote(safe=""): also !'()*. */
  function quote(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  /* The share URL as Channel.share_url builds it, from the same template. */
  function shareUrl(template, text, link, subject) {
    return fill(template, {
      link: quote(link),
      text: quote(text),
      text_and_link: quote(text ? text + " " + link : link),
      subject: quote(subject),
      body: quote(text ? text + "\r\n\r\n" + link : link),
    });
  }

  /* ``url`` with the query parameter ``name`` set as hub/links.py's tracked()
   * does: replaced where it stands (repeats dropped), else appended; the
   * fragment stays last. */
  function withParam(url, name, value) {
    var hashAt = url.indexOf("#");
    var fragment = hashAt >= 0 ? url.slice(hashAt) : "";
    var rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
    var queryAt = rest.indexOf("?");
    var base = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
    var query = queryAt >= 0 ? rest.slice(queryAt + 1) : "";
    var pair = quote(name) + "=" + quote(value);
    var pairs = [];
    var done = false;
    /* Empty parts ("a=1&&b=2") are kept as written, as tracked() keeps them. */
    (query ? query.split("&") : []).forEach(function (part) {
      var key;
      try {
        key = decodeURIComponent(part.split("=")[0].replace(/\+/g, " "));
      } catch (err) {
        key = part.split("=")[0];
      }
      if (key !== name) pairs.push(part);
      else if (!done) {
        pairs.push(pair);
        done = true;
      }
    });
    if (!done) pairs.push(pair);
    return base + "?" + pairs.join("&") + fragment;
  }

  /* ---------- [[prompt]] placeholders ---------- */

  function Prompts(rules) {
    var space = "[" + rules.space + "]";
    var one = new RegExp(rules.prompt);
    var each = new RegExp(rules.prompt, "g");
    var withBlank = new RegExp("([ \\t]*)" + rules.prompt, "g");
    var trimEnd = new RegExp(space + "+$");
    var trimStart = new RegExp("^" + space + "+");

    this.questions = function (template) {
      var found = [];
      var match;
      each.lastIndex = 0;
      while ((match = each.exec(template))) found.push(match[1].trim());
      return found;
    };
    /* The text with the employee's answers in place of the placeholders; an
     * unanswered one goes with the blank before it, as without_prompts() in
     * hub/prompts.py does (with no answers, the result is the same text). */
    this.fill = function (template, answers) {
      var lines = [];
      template.split("\n").forEach(function (line) {
        if (one.test(line)) {
          line = line.replace(withBlank, function (all, blank, question) {
            var answer = (answers[question.trim()] || "").trim();
            return answer ? blank + answer : "";
          });
          line = line.replace(trimStart, "").replace(trimEnd, "");
          if (!line) return;
        }
        lines.push(line.replace(trimEnd, ""));
      });
      return lines.join("\n").replace(/\n{3,}/g, "\n\n").replace(trimStart, "").replace(trimEnd, "");
    };
  }

  /* The logic the build has in Python, for the shared test vectors (tests/vectors/) and integrations. */
  window.HubLogic = Object.freeze({
    Counter: Counter,
    Prompts: Prompts,
    quote: quote,
    shareUrl: shareUrl,
    withParam: withParam,
  });

  /* ---------- the composer ---------- */

  var data = document.getElementById("hub-composer");
  var config = data ? JSON.parse(data.textContent) : null;
  var counter = config ? new Counter(config.rules, config.language) : null;
  var prompts = config ? new Prompts(config.rules) : null;
  var words = config ? config.words : {};

  /* For tests and integrations: the browser's count of a post, by the build's rules. */
  if (counter) window.HubCount = counter.length;

  /* The ambassador code of issue 6 (window.HubAmbassador), when that script is on the page. */
  function ambassadorCode() {
    try {
      var code = window.HubAmbassador && window.HubAmbassador.code();
      return typeof code === "string" ? code : "";
    } catch (err) {
      return "";
    }
  }

  function Composer(kit, box, content) {
    var channel = box.getAttribute("data-hub-share");
    var shown = box.querySelector("[data-hub-share-text]");
    var button = box.querySelector("a[data-hub-channel]");
    var rules = config.rules.channels[channel];
    /* The composer's markup is written once in the kit (<template>) and cloned here. */
    var composer = kit.querySelector("template[data-hub-composer-template]").content.firstElementChild.cloneNode(true);
    shown.after(composer);
    var field = box.querySelector("[data-hub-field]");
    var label = box.querySelector("[data-hub-field-label]");
    field.id = "hub-text-" + channel;
    label.htmlFor = field.id;
    label.textContent = fill(label.getAttribute("data-hub-field-label"), { channel: rules.label });
    box.querySelector("[data-hub-over]").id = "hub-over-" + channel;
    if (box.querySelector("[data-hub-count]")) {
      field.setAttribute("aria-describedby", "hub-count-" + channel + " hub-over-" + channel);
    }
    var count = box.querySelector("[data-hub-count]");
    var over = box.querySelector("[data-hub-over]");
    var promptBox = box.querySelector("[data-hub-prompts]");
    var promptList = box.querySelector("[data-hub-prompt-list]");
    var edited = box.querySelector("[data-hub-edited]");
    var wording = box.querySelector("[data-hub-wording]");
    var own = box.querySelector("[data-hub-own]");
    var ownNudge = box.querySelector("[data-hub-own-nudge]");
    var templates = box.hasAttribute("data-hub-templates")
      ? JSON.parse(box.getAttribute("data-hub-templates"))
      : [shown.textContent].concat(Array.prototype.map.call(
        box.querySelectorAll("[data-hub-variant]"), function (li) { return li.textContent; }));
    var state = { index: 0, answers: {}, rendered: "" };
    var self = this;

    this.channel = channel;
    this.text = function () { return field.value; };
    this.link = function () {
      var link = button.getAttribute("data-hub-link");
      if (content) link = withParam(link, "utm_content", content);
      var code = ambassadorCode();
      if (code) link = withParam(link, "utm_term", code);
      return link;
    };
    this.subject = kit.getAttribute("data-hub-subject") || "";

    /* Own words: the share of the text's words that are not in the prepared wording
     * (a longest common subsequence of words, so that moved or kept words count as
     * kept). Measured here only: nothing is stored or sent. */
    function ownShare(text) {
      var mine = text.match(/\S+/g) || [];
      if (!mine.length) return 0;
      var given = prompts.fill(templates[state.index], {}).match(/\S+/g) || [];
      var previous = new Array(given.length + 1).fill(0);
      for (var i = 1; i <= mine.length; i++) {
        var row = [0];
        for (var j = 1; j <= given.length; j++) {
          row[j] = mine[i - 1] === given[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
        }
        previous = row;
      }
      return Math.round((100 * (mine.length - previous[given.length])) / mine.length);
    }

    function showOwn(text) {
      var percent = ownShare(text);
      own.textContent = fill(words.own_share, { percent: percent });
      own.setAttribute("data-hub-own", String(percent));
      ownNudge.textContent = words.own_nudge_linkedin;
      ownNudge.hidden = !(channel === "linkedin" && percent === 0);
    }

    function update() {
      var text = field.value;
      var link = self.link();
      shown.textContent = text;
      showOwn(text);
      button.href = shareUrl(rules.url, rules.prefills_text ? text : "", link, self.subject);
      var dirty = text !== state.rendered;
      promptList.querySelectorAll("input").forEach(function (input) { input.disabled = dirty; });
      edited.hidden = !dirty;
      if (!count) return;
      var length = counter.length(channel, text, link);
      var limit = counter.limit(channel);
      count.textContent = fill(words.count, { length: length, limit: limit });
      if (length > limit) {
        count.setAttribute("data-hub-over", "");
        over.textContent = fill(words.too_long, { over: length - limit, channel: rules.label });
      } else {
        count.removeAttribute("data-hub-over");
        over.textContent = "";
      }
    }

    function render() {
      state.rendered = prompts.fill(templates[state.index], state.answers);
      field.value = state.rendered;
      /* Tall enough for the text: about 60 characters a line. */
      field.rows = Math.min(14, Math.max(4, state.rendered.split("\n").reduce(function (rows, line) {
        return rows + Math.max(1, Math.ceil(line.length / 60));
      }, 0)));
      update();
    }

    function showPrompts() {
      var questions = prompts.questions(templates[state.index]);
      promptList.textContent = "";
      questions.forEach(function (question, number) {
        var id = "hub-prompt-" + channel + "-" + number;
        var label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = question;
        var input = document.createElement("input");
        input.type = "text";
        input.id = id;
        input.className = "hub-share__prompt";
        input.value = state.answers[question] || "";
        input.setAttribute("data-hub-prompt", question);
        input.addEventListener("input", function () {
          state.answers[question] = input.value;
          render();
        });
        promptList.appendChild(label);
        promptList.appendChild(input);
      });
      promptBox.hidden = questions.length === 0;
      if (wording) {
        wording.textContent = fill(words.wording_of, { number: state.index + 1, count: templates.length });
      }
    }

    field.addEventListener("input", function () {
      state.warned = false;
      update();
    });
    box.querySelector("[data-hub-reset]").addEventListener("click", function () {
      render();
      field.focus();
    });
    if (templates.length > 1) {
      box.querySelector("[data-hub-next]").addEventListener("click", function () {
        /* The employee's own words are worth more than any wording: ask once before replacing them. */
        if (field.value !== state.rendered && !state.warned) {
          state.warned = true;
          wording.textContent = words.replace_edits;
          return;
        }
        state.warned = false;
        state.index = (state.index + 1) % templates.length;
        showPrompts();
        render();
      });
    } else {
      box.querySelector("[data-hub-wording-area]").remove();
      wording = null;
    }

    /* The script takes over: the editable field replaces the static text. */
    showPrompts();
    render();
    shown.hidden = true;
    ["[data-hub-variants]", "[data-hub-static-prompts]"].forEach(function (selector) {
      var el = box.querySelector(selector);
      if (el) el.hidden = true;
    });
    box.querySelector("[data-hub-copy]").hidden = false;
    if (typeof navigator.share === "function") box.querySelector("[data-hub-native]").hidden = false;
    this.update = update;
  }

  function say(kit, message) {
    var status = kit.querySelector("[data-hub-status]");
    if (status) status.textContent = message;
  }

  var composers = [];
  if (config) {
    Array.prototype.forEach.call(document.querySelectorAll("[data-hub-post]"), function (kit) {
      /* Opened from a persona's list (?fuer=<id>): its links carry that persona. */
      var wanted = new URLSearchParams(location.search).get("fuer") || "";
      var allowed = (kit.getAttribute("data-hub-contents") || "").split(" ");
      var content = wanted && allowed.indexOf(wanted) >= 0 ? wanted : "";
      if (content) {
        kit.setAttribute("data-hub-content", content);
        /* ... and the persona's preferred channels come first, as on its page. */
        var orders = JSON.parse(kit.getAttribute("data-hub-orders") || "{}");
        var shares = kit.querySelector(".hub-kit__shares");
        (orders[content] || []).forEach(function (channel) {
          var box = shares.querySelector('[data-hub-share="' + CSS.escape(channel) + '"]');
          if (box) shares.appendChild(box);
        });
      }
      Array.prototype.forEach.call(kit.querySelectorAll("[data-hub-share]"), function (box) {
        var composer = new Composer(kit, box, content);
        box.hubComposer = composer;
        composers.push(composer);
      });
    });
  }

  /* One channel at a time: a tab per channel above the boxes (WAI-ARIA tabs,
   * arrow keys move between them). Without the script every box shows. */
  function makeTabs(kit) {
    var boxes = Array.prototype.slice.call(kit.querySelectorAll("[data-hub-share]"));
    if (boxes.length < 2) return;
    var list = document.createElement("div");
    list.className = "hub-tabs";
    list.setAttribute("role", "tablist");
    list.setAttribute("aria-label", kit.getAttribute("data-hub-tabs-label") || "");
    var tabs = boxes.map(function (box) {
      var channel = box.getAttribute("data-hub-share");
      var tab = document.createElement("button");
      tab.type = "button";
      tab.className = "hub-tab";
      tab.id = "hub-tab-" + channel;
      tab.setAttribute("role", "tab");
      tab.setAttribute("aria-controls", box.id = "hub-panel-" + channel);
      tab.setAttribute("data-hub-tab", channel);
      tab.textContent = box.querySelector(".hub-share__name").textContent;
      box.setAttribute("role", "tabpanel");
      box.setAttribute("aria-labelledby", tab.id);
      list.appendChild(tab);
      return tab;
    });
    function select(index, focus) {
      tabs.forEach(function (tab, i) {
        var on = i === index;
        tab.setAttribute("aria-selected", String(on));
        tab.tabIndex = on ? 0 : -1;
        boxes[i].hidden = !on;
      });
      say(kit, ""); /* the "copied" notice belongs to the channel it was said for */
      if (focus) tabs[index].focus();
    }
    list.addEventListener("click", function (event) {
      var tab = event.target.closest("[role=tab]");
      if (tab) select(tabs.indexOf(tab), false);
    });
    list.addEventListener("keydown", function (event) {
      var index = tabs.indexOf(document.activeElement);
      var moves = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 };
      if (index < 0 || !(event.key in moves)) return;
      event.preventDefault();
      select((moves[event.key] + tabs.length) % tabs.length, true);
    });
    kit.querySelector(".hub-kit__shares").before(list);
    kit.classList.add("hub-kit--tabs");
    select(0, false);
  }

  if (config) Array.prototype.forEach.call(document.querySelectorAll("[data-hub-post]"), makeTabs);

  document.addEventListener("click", function (event) {
    var target = event.target.closest("[data-hub-copy], [data-hub-native], a[data-hub-channel]");
    if (!target) return;
    var box = target.closest("[data-hub-share]");
    var kit = target.closest("[data-hub-post]");
    if (!box || !kit || !box.hubComposer) return;
    var composer = box.hubComposer;
    composer.update(); /* the link as of now: an ambassador code may have been set since */
    var text = composer.text();
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

  /* Opened from a list's share button (#teilen): start in the first text field. */
  if (location.hash === "#teilen" && composers.length) {
    /* After load: Material's bundle, which runs after this script, moves the focus on start. */
    window.addEventListener("load", function () {
      var first = document.querySelector("[data-hub-share]:not([hidden]) [data-hub-field]");
      if (first) first.focus({ preventScroll: true });
    });
  }
})();
