// @ts-check
/* The composer of one channel in a post's share kit (theme/hub/kit.html): the
 * editable text, its wordings, [[prompt]] answers, the employee's own words and
 * the live counter; the share link follows the text. Adds Composer to window.Hub;
 * kit.js makes one per channel box. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;

  /** The elements of a channel's box that the composer reads and writes, by data-hub-* name. */
  const PARTS = [
    "field", "fieldLabel", "count", "over", "own", "ownNudge", "prompts", "promptList", "edited",
    "reset", "wordingArea", "wording", "next", "copy", "native",
  ];

  /**
   * The ambassador code of issue 6 (window.HubAmbassador), when that script is on the page.
   * @returns {string}
   */
  function ambassadorCode() {
    try {
      const ambassador = /** @type {HubWindow} */ (window).HubAmbassador;
      const code = ambassador && ambassador.code();
      return typeof code === "string" ? code : "";
    } catch (err) {
      return "";
    }
  }

  /**
   * Own words: the share of the text's words that are not in the prepared wording
   * (a longest common subsequence of words, so that moved or kept words count as
   * kept), in percent. Measured here only: nothing is stored or sent.
   * @param {string} text
   * @param {string} prepared
   * @returns {number}
   */
  function ownShare(text, prepared) {
    const mine = text.match(/\S+/g) || [];
    if (!mine.length) return 0;
    const given = prepared.match(/\S+/g) || [];
    let previous = new Array(given.length + 1).fill(0);
    for (let i = 1; i <= mine.length; i++) {
      const row = [0];
      for (let j = 1; j <= given.length; j++) {
        row[j] = mine[i - 1] === given[j - 1] ? previous[j - 1] + 1 : Math.max(previous[j], row[j - 1]);
      }
      previous = row;
    }
    return Math.round((100 * (mine.length - previous[given.length])) / mine.length);
  }

  class Composer {
    /**
     * Takes over a channel's box: the editable field replaces the static text.
     * @param {Element} kit the share kit ([data-hub-post])
     * @param {Element} box the channel's box ([data-hub-share])
     * @param {string} content the persona the links carry (utm_content), or ""
     * @param {HubPage} page
     */
    constructor(kit, box, content, page) {
      this.page = page;
      this.words = page.config.words;
      this.content = content;
      this.channel = box.getAttribute("data-hub-share") || "";
      this.rules = page.config.rules.channels[this.channel];
      this.subject = kit.getAttribute("data-hub-subject") || "";
      this.shown = /** @type {HTMLElement} */ (box.querySelector("[data-hub-share-text]"));
      this.button = /** @type {HTMLAnchorElement} */ (box.querySelector("a[data-hub-channel]"));
      /* The composer's markup is written once in the kit (<template>) and cloned here. */
      const template = /** @type {HTMLTemplateElement} */ (kit.querySelector("template[data-hub-composer-template]"));
      this.shown.after(/** @type {Element} */ (template.content.firstElementChild).cloneNode(true));
      this.parts = Hub.parts(box, PARTS);
      this.field = /** @type {HTMLTextAreaElement} */ (this.parts.field);
      /** @type {HTMLElement | null} */
      this.wording = this.parts.wording;
      this.templates = box.hasAttribute("data-hub-templates")
        ? /** @type {string[]} */ (JSON.parse(box.getAttribute("data-hub-templates") || "[]"))
        : [this.shown.textContent || ""].concat(/** @type {string[]} */ (Array.prototype.map.call(
          box.querySelectorAll("[data-hub-variant]"), function (/** @type {Element} */ li) { return li.textContent; })));
      /** @type {{index: number, answers: Record<string, string>, rendered: string, warned?: boolean}} */
      this.state = { index: 0, answers: {}, rendered: "" };
      this.counting = false;
      this.label();
      this.listen();
      this.showPrompts();
      this.render();
      this.takeOver(box);
    }

    /** The field's label and the ids that tie the field to its counter and warning. */
    label() {
      const { field, fieldLabel, over, count } = this.parts;
      field.id = "hub-text-" + this.channel;
      /** @type {HTMLLabelElement} */ (fieldLabel).htmlFor = field.id;
      fieldLabel.textContent = Hub.fill(fieldLabel.getAttribute("data-hub-field-label") || "", { channel: this.rules.label });
      over.id = "hub-over-" + this.channel;
      if (count) field.setAttribute("aria-describedby", "hub-count-" + this.channel + " hub-over-" + this.channel);
    }

    /** @returns {string} the text as the employee has it now */
    text() {
      return this.field.value;
    }

    /** @returns {string} the tracked link, with the persona and the ambassador code */
    link() {
      let link = this.button.getAttribute("data-hub-link") || "";
      if (this.content) link = Hub.withParam(link, "utm_content", this.content);
      const code = ambassadorCode();
      if (code) link = Hub.withParam(link, "utm_term", code);
      return link;
    }

    /** @param {string} text */
    showOwn(text) {
      const { own, ownNudge } = this.parts;
      const percent = ownShare(text, this.page.prompts.fill(this.templates[this.state.index], {}));
      own.textContent = Hub.fill(this.words.own_share, { percent: percent });
      own.setAttribute("data-hub-own", String(percent));
      ownNudge.textContent = this.words.own_nudge_linkedin;
      ownNudge.hidden = !(this.channel === "linkedin" && percent === 0);
    }

    /** The share link, own words, edited note and counter after a change of the text. */
    update() {
      const { promptList, edited } = this.parts;
      const text = this.field.value;
      const link = this.link();
      this.shown.textContent = text;
      this.showOwn(text);
      this.button.href = Hub.shareUrl(this.rules.url, this.rules.prefills_text ? text : "", link, this.subject);
      const dirty = text !== this.state.rendered;
      promptList.querySelectorAll("input").forEach(function (input) { input.disabled = dirty; });
      edited.hidden = !dirty;
      this.count(text, link);
    }

    /**
     * The counter and the too-long warning. Until startCounting, the build's count
     * stays (right for the unedited text): counting first makes a segmenter.
     * @param {string} text
     * @param {string} link
     */
    count(text, link) {
      const { count, over } = this.parts;
      if (!count || !this.counting) return;
      const length = /** @type {number} */ (this.page.counter.length(this.channel, text, link));
      const limit = /** @type {number} */ (this.page.counter.limit(this.channel));
      count.textContent = Hub.fill(this.words.count, { length: length, limit: limit });
      if (length > limit) {
        count.setAttribute("data-hub-over", "");
        over.textContent = Hub.fill(this.words.too_long, { over: length - limit, channel: this.rules.label });
      } else {
        count.removeAttribute("data-hub-over");
        over.textContent = "";
      }
    }

    /** From now on the counter follows the text; counts it now. */
    startCounting() {
      this.counting = true;
      this.count(this.field.value, this.link());
    }

    /** The current wording with the answers given, in the field. */
    render() {
      const rendered = this.page.prompts.fill(this.templates[this.state.index], this.state.answers);
      this.state.rendered = rendered;
      this.field.value = rendered;
      /* Tall enough for the text: about 60 characters a line. */
      this.field.rows = Math.min(14, Math.max(4, rendered.split("\n").reduce(function (rows, line) {
        return rows + Math.max(1, Math.ceil(line.length / 60));
      }, 0)));
      this.update();
    }

    /** A field for each [[prompt]] of the current wording, and which wording it is. */
    showPrompts() {
      const { prompts, promptList } = this.parts;
      const questions = this.page.prompts.questions(this.templates[this.state.index]);
      promptList.textContent = "";
      questions.forEach((question, number) => {
        const id = "hub-prompt-" + this.channel + "-" + number;
        const label = document.createElement("label");
        label.htmlFor = id;
        label.textContent = question;
        const input = document.createElement("input");
        input.type = "text";
        input.id = id;
        input.className = "hub-share__prompt";
        input.value = this.state.answers[question] || "";
        input.setAttribute("data-hub-prompt", question);
        input.addEventListener("input", () => {
          this.state.answers[question] = input.value;
          this.render();
        });
        promptList.appendChild(label);
        promptList.appendChild(input);
      });
      prompts.hidden = questions.length === 0;
      if (this.wording) {
        this.wording.textContent = Hub.fill(this.words.wording_of, { number: this.state.index + 1, count: this.templates.length });
      }
    }

    /** The next wording; the employee's own words are worth more than any wording: ask once before replacing them. */
    next() {
      if (this.field.value !== this.state.rendered && !this.state.warned) {
        this.state.warned = true;
        /** @type {HTMLElement} */ (this.wording).textContent = this.words.replace_edits;
        return;
      }
      this.state.warned = false;
      this.state.index = (this.state.index + 1) % this.templates.length;
      this.showPrompts();
      this.render();
    }

    /** Typing, "reset" and "other wording"; one wording alone offers no other. */
    listen() {
      this.field.addEventListener("input", () => {
        this.state.warned = false;
        this.update();
      });
      this.parts.reset.addEventListener("click", () => {
        this.render();
        this.field.focus();
      });
      if (this.templates.length > 1) {
        this.parts.next.addEventListener("click", () => this.next());
      } else {
        this.parts.wordingArea.remove();
        this.wording = null;
      }
    }

    /**
     * The script takes over: the static text, its variants and prompts hide, copy (and
     * the device's share sheet, where there is one) show.
     * @param {Element} box
     */
    takeOver(box) {
      this.shown.hidden = true;
      ["[data-hub-variants]", "[data-hub-static-prompts]"].forEach(function (selector) {
        const el = /** @type {HTMLElement | null} */ (box.querySelector(selector));
        if (el) el.hidden = true;
      });
      this.parts.copy.hidden = false;
      if (typeof navigator.share === "function") this.parts.native.hidden = false;
    }
  }

  Hub.Composer = Composer;
})();
