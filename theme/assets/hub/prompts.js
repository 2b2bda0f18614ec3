// @ts-check
/* [[prompt]] placeholders in a share text: the questions they ask, and the text
 * with the employee's answers in place, as hub/sharing/prompts.py has them.
 * Adds Prompts to window.Hub. */
(function () {
  "use strict";

  const Hub = /** @type {HubWindow} */ (window).Hub;

  /**
   * @constructor
   * @param {HubRules} rules the page's rules: the prompt pattern and the blanks
   */
  function Prompts(rules) {
    const space = "[" + rules.space + "]";
    const one = new RegExp(rules.prompt);
    const each = new RegExp(rules.prompt, "g");
    const withBlank = new RegExp("([ \\t]*)" + rules.prompt, "g");
    const trimEnd = new RegExp(space + "+$");
    const trimStart = new RegExp("^" + space + "+");

    /**
     * The questions of the template's placeholders, in order.
     * @param {string} template
     * @returns {string[]}
     */
    this.questions = function (template) {
      /** @type {string[]} */
      const found = [];
      let match;
      each.lastIndex = 0;
      while ((match = each.exec(template))) found.push(match[1].trim());
      return found;
    };
    /**
     * The text with the employee's answers in place of the placeholders; an
     * unanswered one goes with the blank before it, as without_prompts() in
     * hub/sharing/prompts.py does (with no answers, the result is the same text).
     * @param {string} template
     * @param {Record<string, string>} answers by question
     * @returns {string}
     */
    this.fill = function (template, answers) {
      /** @type {string[]} */
      const lines = [];
      template.split("\n").forEach(function (line) {
        if (one.test(line)) {
          line = line.replace(withBlank, function (all, blank, question) {
            const answer = (answers[question.trim()] || "").trim();
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

  Hub.Prompts = Prompts;
})();
