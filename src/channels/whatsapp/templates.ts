/**
 * WhatsApp's utility templates: what the desk may send more than 24 hours after a resident's last message. One per
 * purpose, each in the nine languages, its body the same locale text the desk sends inside the window (so a
 * translator's fix reaches both), with its placeables numbered {{1}}, {{2}} … in the order below and its buttons
 * the same answers as quick replies. `npm run whatsapp:templates` prints them for submission in WhatsApp Manager
 * (README, "WhatsApp"); Meta approves each language on its own, and a send in a language not (yet) approved fails
 * like a closed window: staff are told in the request's topic.
 */
export interface TemplateDeclaration {
  /** The name in WhatsApp Manager: lowercase letters, digits and underscores. */
  name: string;
  /** What it is for, for the reviewer and for staff. */
  purpose: string;
  /** The locale key of its body (the outbox's message key). */
  key: string;
  /** Its placeables (each language numbers them in the order it puts them: see placeholderOrder). */
  params: string[];
  /** Locale keys of its quick-reply buttons, in the order the desk's keyboard has them. */
  buttons: string[];
}

export const TEMPLATES: readonly TemplateDeclaration[] = [
  {
    name: "noi_reminder_day_before",
    purpose: "Reminder of a booked lesson or workshop, the day before, with I will come / I cannot come.",
    key: "reminder-24h",
    params: ["when", "activity", "place"],
    buttons: ["reminder-coming", "reminder-not-coming"],
  },
  {
    name: "noi_reminder_two_hours",
    purpose: "Reminder of a booked lesson or workshop, two hours before, with I will come / I cannot come.",
    key: "reminder-2h",
    params: ["when", "activity", "place"],
    buttons: ["reminder-coming", "reminder-not-coming"],
  },
  {
    name: "noi_waitlist_offer",
    purpose: "A seat freed for a person on the waiting list, kept for them until a time, with accept / decline.",
    key: "waitlist-offer",
    params: ["activity", "when", "place", "until"],
    buttons: ["offer-accept", "offer-decline"],
  },
  {
    name: "noi_visit_reminder_day_before",
    purpose: "Reminder of a home visit by the nurse, a carer or an operator, the day before, with OK / I can't.",
    key: "visit-reminder-day",
    params: ["when", "who"],
    buttons: ["visit-ok", "visit-cant"],
  },
  {
    name: "noi_visit_reminder_hour",
    purpose: "Reminder of a home visit one hour before, with OK / I can't.",
    key: "visit-reminder-hour",
    params: ["time", "who"],
    buttons: ["visit-ok", "visit-cant"],
  },
  {
    name: "noi_satisfaction",
    purpose: "After a request is closed: did the desk help? Three answers.",
    key: "sat-question",
    params: ["number"],
    buttons: ["sat-yes", "sat-partly", "sat-no"],
  },
];

/** The Cloud API's language codes for the desk's nine languages. */
export const TEMPLATE_LANGUAGES: Record<string, string> = {
  it: "it",
  en: "en",
  fr: "fr",
  es: "es",
  ro: "ro",
  sq: "sq",
  ar: "ar",
  uk: "uk",
  zh: "zh_CN",
};

export function templateFor(key: string): TemplateDeclaration | undefined {
  return TEMPLATES.find((t) => t.key === key);
}

/** A marker no translation contains, to find where each placeable lands in a rendered text. */
const marker = (name: string) => `\u0001${name}\u0001`;

/**
 * The placeables in the order a language puts them: Meta numbers a template's parameters {{1}}, {{2}} … in the
 * order they appear, and a translation may put "when" before "activity" where Italian puts it after.
 */
export function placeholderOrder(declaration: TemplateDeclaration, render: (key: string, vars: Record<string, string>) => string): string[] {
  const text = render(declaration.key, Object.fromEntries(declaration.params.map((p) => [p, marker(p)])));
  const seen = [...text.matchAll(/\u0001([a-z]+)\u0001/g)].map((m) => m[1]!);
  return [...new Set(seen)].filter((p) => declaration.params.includes(p));
}

/**
 * A template's body in one language, with {{n}} where its placeables go (numbered in the order they appear), and
 * the closing line Meta needs (a body may not end with a placeable).
 */
export function templateBody(declaration: TemplateDeclaration, render: (key: string, vars: Record<string, string>) => string, tail: string): string {
  const order = placeholderOrder(declaration, render);
  const text = render(declaration.key, Object.fromEntries(declaration.params.map((p) => [p, marker(p)])))
    .replace(/[\u2066-\u2069]/g, "")
    .replace(/\u0001([a-z]+)\u0001/g, (_, name: string) => `{{${order.indexOf(name) + 1}}}`);
  return `${text.trim()}\n\n${tail}`;
}
