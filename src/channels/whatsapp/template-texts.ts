import { clip } from "./markup.js";
import { placeholderOrder, TEMPLATE_LANGUAGES, TEMPLATES, templateBody } from "./templates.js";

export interface TemplateText {
  name: string;
  /** The Cloud API's language code (zh_CN for Chinese). */
  language: string;
  category: "UTILITY";
  purpose: string;
  body: string;
  /** Quick-reply labels (at most 25 characters each). */
  buttons: string[];
  /** Sample values for the reviewer, one per {{n}}. */
  examples: string[];
}

const EXAMPLES: Record<string, string> = {
  when: "Wed 2 December, 17:00",
  activity: "Italian A1",
  place: "N.O.I. desk, via Gandolfi 20",
  until: "Tue 1 December, 12:00",
  who: "Marco (the neighbourhood nurse)",
  time: "10:00",
  number: "42",
};

/**
 * Every declared template in one language, as it is submitted in WhatsApp Manager: the body is the desk's own
 * locale text with {{n}} for its placeables and the closing line (wa-template-tail), the buttons its answers.
 */
export function templateTexts(t: (key: string, vars?: Record<string, string>) => string, locale: string): TemplateText[] {
  const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, "");
  const tail = plain(t("wa-template-tail"));
  return TEMPLATES.map((d) => ({
    name: d.name,
    language: TEMPLATE_LANGUAGES[locale] ?? locale,
    category: "UTILITY" as const,
    purpose: d.purpose,
    body: templateBody(d, (key, vars) => plain(t(key, vars)), tail),
    buttons: d.buttons.map((key) => clip(plain(t(key)), 25)),
    examples: placeholderOrder(d, (key, vars) => plain(t(key, vars))).map((p) => EXAMPLES[p] ?? p),
  }));
}
