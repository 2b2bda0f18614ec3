// @ts-check
/* Counting and share URLs: the build's rules, this script's algorithm. The same
 * numbers and links as the build's Python (hub/sharing/textcount.py, channels.py,
 * links.py); tests/vectors/*.json holds both to them. Adds Counter, quote, shareUrl
 * and withParam to window.Hub. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;

  /**
   * The length of a post as each network counts it, over the rules that
   * hub/sharing/rules.py writes into the page (the numbers the build checks with).
   * @constructor
   * @param {HubRules} rules
   * @param {string} [language] for the grapheme segmenter
   */
  function Counter(rules, language) {
    const x = rules.x;
    const urls = new RegExp(x.url_pattern, "gi");
    const emoji = new RegExp(x.emoji_pattern, "u");
    /* Made on first use: a segmenter costs the browser 15 ms or more to make. */
    /** @type {Intl.Segmenter | null} */
    let segmenter = null;

    /** @param {string} text @returns {string[]} */
    function clusters(text) {
      segmenter = segmenter || new Intl.Segmenter(language, { granularity: "grapheme" });
      return Array.from(segmenter.segment(text), function (part) { return part.segment; });
    }
    /** @param {number} point @returns {boolean} */
    function light(point) {
      return x.light_ranges.some(function (range) { return range[0] <= point && point <= range[1]; });
    }
    /** @param {string} cluster @returns {number} */
    function weight(cluster) {
      if (emoji.test(cluster)) return 2; /* an emoji sequence weighs 2, however long */
      let total = 0;
      for (const char of cluster) total += light(/** @type {number} */ (char.codePointAt(0))) ? 1 : 2;
      return total;
    }
    /** @param {string} text @returns {number} */
    function weighted(text) {
      return clusters(text).reduce(function (sum, cluster) { return sum + weight(cluster); }, 0);
    }
    /** @type {Record<string, (text: string) => number>} */
    const counters = {
      graphemes: function (text) { return clusters(text.normalize("NFC")).length; },
      code_units: function (text) { return text.length; },
      x_weighted: function (text) {
        text = text.normalize("NFC");
        let total = 0;
        let position = 0;
        let match;
        urls.lastIndex = 0;
        while ((match = urls.exec(text))) {
          total += weighted(text.slice(position, match.index)) + x.url_length;
          position = match.index + match[0].length;
        }
        return total + weighted(text.slice(position));
      },
    };
    /**
     * The length of a post: text, a blank, the link (as LengthRule.length);
     * null for a channel without a rule.
     * @param {string} channel
     * @param {string} text
     * @param {string} link
     * @returns {number | null}
     */
    this.length = function (channel, text, link) {
      const rule = rules.channels[channel] && rules.channels[channel].rule;
      if (!rule) return null;
      const count = counters[rule.counter];
      const linkLength = rule.url_length === null ? count(link) : rule.url_length;
      return count(text) + 1 + linkLength;
    };
    /**
     * @param {string} channel
     * @returns {number | null}
     */
    this.limit = function (channel) {
      const rule = rules.channels[channel] && rules.channels[channel].rule;
      return rule ? rule.limit : null;
    };
  }

  /**
   * RFC 3986 percent-encoding as Python's quote(safe=""): also !'()*.
   * @param {string} value
   * @returns {string}
   */
  function quote(value) {
    return encodeURIComponent(value).replace(/[!'()*]/g, function (c) {
      return "%" + c.charCodeAt(0).toString(16).toUpperCase();
    });
  }

  /**
   * The share URL as Channel.share_url builds it, from the same template.
   * @param {string} template
   * @param {string} text
   * @param {string} link
   * @param {string} subject
   * @returns {string}
   */
  function shareUrl(template, text, link, subject) {
    return Hub.fill(template, {
      link: quote(link),
      text: quote(text),
      text_and_link: quote(text ? text + " " + link : link),
      subject: quote(subject),
      body: quote(text ? text + "\r\n\r\n" + link : link),
    });
  }

  /**
   * A query parameter's name, decoded as the build's tracked() reads it: "utm%5Fterm" is utm_term.
   * @param {string} part "name=value"
   * @returns {string}
   */
  function paramName(part) {
    const raw = part.split("=")[0];
    try {
      return decodeURIComponent(raw.replace(/\+/g, " "));
    } catch (err) {
      return raw;
    }
  }

  /**
   * ``url`` with the query parameter ``name`` set as hub/sharing/links.py's tracked()
   * does: replaced where it stands (repeats dropped), else appended; the fragment
   * stays last.
   * @param {string} url
   * @param {string} name
   * @param {string} value
   * @returns {string}
   */
  function withParam(url, name, value) {
    const hashAt = url.indexOf("#");
    const fragment = hashAt >= 0 ? url.slice(hashAt) : "";
    const rest = hashAt >= 0 ? url.slice(0, hashAt) : url;
    const queryAt = rest.indexOf("?");
    const base = queryAt >= 0 ? rest.slice(0, queryAt) : rest;
    const query = queryAt >= 0 ? rest.slice(queryAt + 1) : "";
    const pair = quote(name) + "=" + quote(value);
    /** @type {string[]} */
    const pairs = [];
    let done = false;
    /* Empty parts ("a=1&&b=2") are kept as written, as tracked() keeps them. */
    (query ? query.split("&") : []).forEach(function (part) {
      if (paramName(part) !== name) pairs.push(part);
      else if (!done) {
        pairs.push(pair);
        done = true;
      }
    });
    if (!done) pairs.push(pair);
    return base + "?" + pairs.join("&") + fragment;
  }

  Object.assign(Hub, { Counter: Counter, quote: quote, shareUrl: shareUrl, withParam: withParam, paramName: paramName });
})();
