/**
 * Language quality, checked on every run (issue 17): the review of the resident texts must stay done.
 *
 * - no resident text in another language is a leftover copy of the Italian one;
 * - no button a resident sees is longer than 32 characters (wide/CJK characters and emoji count double);
 * - Arabic, Ukrainian and Chinese texts are written in their own script (at least 60 % of the letters);
 * - Latin words inside Arabic sentences are wrapped in bidi isolates;
 * - numbers a resident reads use the language's plural categories (CLDR), not "(number: N)";
 * - the glossary (locales/GLOSSARY.md) is followed for the terms that went wrong before.
 *
 * Texts are formatted through the app's own i18n, with realistic sample values in the placeables.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Entry, type Message, parse, type SelectExpression, Visitor } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { labelWidth } from "./harness/labels.js";
import { LOCALES } from "#src/domain/policy.js";
import { stripIsolation as unmarked } from "#src/text/format.js";
import { createI18n, LANGUAGE_NAMES, LOCALES_DIR } from "#src/bot/i18n.js";
import { childOnButton } from "#src/bot/features/booking/labels.js";
import { formatDate, formatShortWhen } from "#src/text/dates.js";
import { openingHours } from "#src/domain/opening-hours.js";
import { weeklyHoursText } from "#src/bot/features/opening-hours/texts.js";

const i18n = createI18n(() => undefined);
const FOREIGN = LOCALES.filter((l) => l !== "it");

/**
 * Every resident file is checked (issue 31: new files are reviewed by default, so a file added later is guarded from
 * its first day). A file may opt out only while its review is under way, named here with the reason; staff/ is
 * Italian for staff and checked by tests/staff-text.test.ts.
 */
const NOT_REVIEWED_YET = new Set<string>([
  // Every resident file is reviewed now (issue 30's experience.ftl too): a new file opts out here, with its reason.
]);
const reviewed = (file: string) => file.endsWith(".ftl") && !NOT_REVIEWED_YET.has(file);

/** Every message of a locale: key → file and syntax tree. */
const parsed = new Map<string, Map<string, { file: string; node: Message }>>();
function messages(locale: string): Map<string, { file: string; node: Message }> {
  const cached = parsed.get(locale);
  if (cached) return cached;
  const out = new Map<string, { file: string; node: Message }>();
  const dir = join(LOCALES_DIR, locale);
  for (const file of readdirSync(dir).filter(reviewed)) {
    for (const entry of parse(readFileSync(join(dir, file), "utf8"), { withSpans: false }).body as Entry[]) {
      if (entry.type === "Message") out.set((entry as Message).id.name, { file, node: entry as Message });
    }
  }
  parsed.set(locale, out);
  return out;
}

const DATE = new Date("2026-12-02T16:00:00Z");
const shortDate = (locale: string) => new Intl.DateTimeFormat(locale, { timeZone: "Europe/Rome", day: "numeric", month: "short" }).format(DATE);

/** Realistic values for the placeables: what a resident would actually read there. */
function sample(locale: string): Record<string, string | number> {
  return {
    activity: i18n.t(locale, "act-italian-a2"),
    description: i18n.t(locale, "act-italian-a2-desc"),
    when: "",
    until: "",
    place: i18n.t(locale, "place-desk", { address: "via Gandolfi 20" }),
    child: "Amina",
    free: 3,
    position: 2,
    pieces: 3,
    number: "42",
    date: shortDate(locale),
    category: i18n.t(locale, "cat-housing"),
    status: i18n.t(locale, "booking-status-booked"),
    visit: i18n.t(locale, "req-summary-visit-desk"),
    contact: i18n.t(locale, "req-summary-contact-chat"),
    address: "Via Gandolfi 12, scala B, piano 3",
    phone: "+39 333 123 4567",
    days: 180,
    max: 20,
  };
}

class Variables extends Visitor {
  names = new Set<string>();
  counts = new Set<string>();
  override visitVariableReference(node: { id: { name: string } }) {
    this.names.add(node.id.name);
  }
  override visitSelectExpression(node: SelectExpression) {
    if (node.selector.type === "VariableReference") this.counts.add(node.selector.id.name);
    this.genericVisit(node);
  }
}

/** A placeable this file has no sample for (a text added later) still gets a value: 7 if selected on, else "x". */
function withDefaults(locale: string, key: string, vars: Record<string, string | number>) {
  const node = messages(locale).get(key)?.node;
  if (!node) return vars;
  const v = new Variables();
  v.visit(node);
  const filled = { ...vars };
  for (const name of v.names) if (!(name in filled)) filled[name] = v.counts.has(name) ? 7 : "x";
  return filled;
}

/** The text as shown, without Fluent's (and our own) bidi isolation marks. */
const show = (locale: string, key: string, vars: Record<string, string | number> = sample(locale)) =>
  unmarked(i18n.t(locale, key, withDefaults(locale, key, vars)));

// ------------------------------------------------------------------ identical to Italian

/** Texts that may rightly be the same as the Italian: the same word in both languages, a proper name. */
const SAME_AS_ITALIAN: Record<string, string[]> = {
  // "Menu", "Privacy", "audio", "video" are English words too; "🙁 No" is the same answer.
  // A platform's name with its number or id ("WhatsApp (+39…)", "Telegram (id …)") is the same in every Latin script.
  en: ["menu-back", "cmd-menu", "menu-privacy", "mydata-kind-audio", "mydata-kind-video", "sat-no", "letter-label-iban", "ps-a-no", "mydata-chat-telegram", "mydata-chat-whatsapp"],
  // "IBAN" is the code's name everywhere.
  fr: ["menu-back", "cmd-menu", "mydata-kind-audio", "letter-label-iban", "mydata-chat-whatsapp"], // "Menu", "audio"
  // "Italiano", "Visita", "foto", "documento", "audio", "presente", "No" are Spanish too.
  es: [
    "subject-italian",
    "act-italian-a1",
    "act-italian-a2",
    "act-italian-b1",
    "req-edit-visit",
    "mydata-kind-photo",
    "mydata-kind-document",
    "mydata-kind-audio",
    "mydata-kind-video",
    "mydata-attendance-present",
    "sat-no",
    "letter-label-iban",
    "ps-a-no",
    "mydata-chat-telegram",
    "mydata-chat-whatsapp",
  ],
  // "{ $amount } euro": the currency's name is "euro" in Romanian and Albanian too.
  ro: ["mydata-kind-audio", "mydata-kind-video", "letter-label-date", "letter-label-iban", "letter-voice-euros", "mydata-chat-telegram", "mydata-chat-whatsapp"], // "audio", "video", "Data"
  sq: ["mydata-kind-photo", "mydata-kind-audio", "mydata-kind-video", "letter-label-date", "letter-label-iban", "letter-voice-euros", "mydata-chat-telegram", "mydata-chat-whatsapp"], // "foto", "audio", "video", "Data"
  ar: [],
  uk: ["letter-label-iban", "mydata-chat-whatsapp"],
  zh: [],
};

describe("no leftover Italian", () => {
  const italian = messages("it");
  for (const locale of FOREIGN) {
    it(`${locale}: no resident text is a copy of the Italian one`, () => {
      const same = [...italian.keys()].filter((key) => {
        if (SAME_AS_ITALIAN[locale]!.includes(key)) return false;
        const mine = show(locale, key);
        // Layouts made only of placeables and punctuation ("{ $activity } · { $when }") have no words to translate.
        if (!/\p{L}/u.test(show(locale, key, blankAll(locale, key)))) return false;
        return mine === show("it", key);
      });
      expect(same).toEqual([]);
    });
  }
});

/** Like blank(), and also the placeables this file has no sample for ("Bambino/a: { $name }, { $class }"). */
function blankAll(locale: string, key: string): Record<string, string | number> {
  const vars = blank();
  const node = messages(locale).get(key)?.node;
  if (!node) return vars;
  const v = new Variables();
  v.visit(node);
  for (const name of v.names) if (!(name in vars)) vars[name] = v.counts.has(name) ? 7 : "";
  return vars;
}

/** Every placeable empty (numbers 7): what is left are the message's own words. */
function blank(): Record<string, string | number> {
  const vars: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(sample("it"))) vars[name] = typeof value === "number" ? 7 : "";
  return vars;
}

// ------------------------------------------------------------------ button labels

/**
 * Every key the code puts on a button a resident sees (InlineKeyboard, and the two reply-keyboard buttons
 * that ask for location and phone). See src/bot/keyboards, src/bot/views, conversations/file-request.ts,
 * conversations/book-tutoring.ts, features/booking.ts, features/privacy.ts, and views/answer-buttons.ts
 * (buttons under reminders, seat offers and the satisfaction question).
 */
const BUTTON_KEYS = [
  ...["desk", "letter", "italian", "tutoring", "activities", "mine", "info", "building", "language", "privacy", "back"].map((m) => `menu-${m}`),
  "menu-voice-listen",
  "menu-voice-stop",
  ...["housing", "rent", "social", "health", "homecare", "school", "neighbours", "other"].map((c) => `cat-${c}`),
  // Activities offered as buttons (the Italian levels and the other activities; tutoring goes by class).
  "act-italian-a0a1",
  "act-italian-a1",
  "act-italian-a2",
  "act-italian-b1",
  "act-macrame",
  "act-caregiver",
  ...["p1", "p2", "p3", "p4", "p5", "m1", "m2", "m3"].map((c) => `class-${c}`),
  ...["homework", "italian", "maths", "english", "science"].map((s) => `subject-${s}`),
  "req-done",
  "req-visit-desk",
  "req-visit-home",
  "req-share-location",
  "req-contact-chat",
  "req-contact-phone",
  "req-share-phone",
  "req-send",
  "req-call-me-instead",
  "privacy-prefer-person",
  "req-edit",
  "req-cancel",
  "req-edit-category",
  "req-edit-description",
  "req-edit-visit",
  "req-edit-contact",
  "privacy-agree",
  "forget-yes",
  "forget-no",
  "book-join-waitlist",
  "tutoring-another-yes",
  "tutoring-another-no",
  "offer-accept",
  "offer-decline",
  "reminder-coming",
  "reminder-not-coming",
  // features/request.ts (a message held back, a message on a closed request), features/global-commands.ts
  // (a request left unfinished), views/answer-buttons.ts (the satisfaction answers).
  "held-yes",
  "held-no",
  "closed-help-yes",
  "closed-help-no",
  "unfinished-continue",
  "unfinished-discard",
  "sat-yes",
  "sat-partly",
  "sat-no",
  // features/visits/ and views/visits.ts (a proposal, reminders, "not at home", the calendar file).
  "visit-none",
  "visit-calendar",
  "visit-ok",
  "visit-cant",
  "visit-again-yes",
  "visit-again-no",
  // features/desks.ts and views/desks.ts (the desk picker, its location button, the menu entry).
  "desk-nearest-button",
  "desk-share-location",
  "menu-place",
  // features/booking.ts (cancelling a booking) and views/booking.ts (a course booked whole).
  "booking-cancel-yes",
  "booking-cancel-no",
  "book-course-button",
  // conversations/read-letter.ts (the pages of a letter).
  "letter-pages-done",
  "letter-pages-cancel",
  // features/neighbourhood/ (the neighbourhood screen, a problem in the building, the news and its events).
  "menu-news",
  "menu-report",
  "menu-reported",
  ...["lift", "light", "leak", "rubbish", "door", "unsafe"].map((k) => `report-kind-${k}`),
  "report-follow",
  "report-cancel",
  "report-done",
  "news-event-yes",
  "news-event-no",
  "news-event-cannot-now",
  "news-stop",
  "news-all",
  "news-none",
  "news-first-yes",
  "news-first-choose",
  "news-first-no",
  // features/onboarding/steps.ts (voice and "a person" at first contact), features/requests/satisfaction.ts (reopen),
  // conversations/file-request.ts (a call instead), channels/whatsapp (the phone number it already knows).
  "voice-first-contact",
  "privacy-prefer-person",
  "sat-reopen-yes",
  "sat-reopen-no",
  "req-call-me-instead",
  "wa-use-this-number",
  // features/participants/sheet-flow.ts: the ESF+ sheet's consents and answers.
  ...["ps-consent-yes", "ps-consent-no", "ps-sensitive-yes", "ps-sensitive-no", "ps-a-declined", "ps-a-yes", "ps-a-no"],
  ...["woman", "man", "non-binary", "under-18", "18-24", "25-29", "30-54", "55-plus"].map((a) => `ps-a-${a}`),
  ...["employed", "unemployed", "inactive", "under-6m", "6-12m", "over-12m", "isced-0-2", "isced-3-4", "isced-5-8"].map((a) => `ps-a-${a}`),
] as const;

/** Buttons the code prefixes with a mark: the news topics carry ✅ or ⬜ (announcements.ts). */
const MARKED_BUTTON_KEYS = ["news-topic-activities", "news-topic-works", "news-topic-health"] as const;

/**
 * Buttons the code composes from other texts: session dates (book-session-*) and "✖️ Cancel <date>[ <time>][ · <child>]"
 * (booking-cancel-day*). Their own words must leave this much room for what the code puts in.
 */
const COMPOSED_BUTTON_KEYS: Record<string, number> = {
  // A compact date: "mer 2 dic, 17:00", "Wed, Dec 2, 17:00", "ср, 2 груд., 17:00", "12月2日周三 17:00".
  "book-session-free": 17,
  "book-session-full": 17,
  // A short day with, when two bookings share it, the time ("Ср 02.12 17:00").
  "booking-cancel-day": 16,
};
const MAX_BUTTON = 32;

const width = labelWidth;

describe("buttons are short enough to read whole", () => {
  it("counts graphemes, with wide characters double", () => {
    expect(width("abc")).toBe(3);
    expect(width("中文")).toBe(4);
    expect(width("🇮🇹 ab")).toBe(5);
    expect(width("\u2068ab\u2069")).toBe(2);
  });

  for (const locale of LOCALES) {
    it(`${locale}: every button label fits in ${MAX_BUTTON}`, () => {
      const tooLong: string[] = [];
      for (const key of BUTTON_KEYS) {
        const label = show(locale, key);
        if (width(label) > MAX_BUTTON) tooLong.push(`${key} (${width(label)}): ${label}`);
      }
      for (const [key, room] of Object.entries(COMPOSED_BUTTON_KEYS)) {
        for (const free of [1, 2, 5, 11, 21]) {
          const label = show(locale, key, { ...sample(locale), when: "", activity: "", date: "", free });
          if (width(label) + room > MAX_BUTTON) tooLong.push(`${key} (${width(label)} + ${room}): ${label}`);
        }
      }
      for (const key of MARKED_BUTTON_KEYS) {
        const label = `✅ ${show(locale, key)}`;
        if (width(label) > MAX_BUTTON) tooLong.push(`${key} (${width(label)}): ${label}`);
      }
      const language = `✅ ${LANGUAGE_NAMES[locale]}`;
      if (width(language) > MAX_BUTTON) tooLong.push(language);
      expect(tooLong).toEqual([]);
    });
  }

  /** Every day of a year, at 17:00, as this year's date and as next year's (which shows the year). */
  const YEAR_OF_DAYS = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i, 16)));
  const NOW = new Date("2026-06-15T10:00:00Z");
  const NEXT_YEAR = new Date("2025-06-15T10:00:00Z");

  // The session buttons get formatShortWhen's date ("mer 2 dic, 17:00"), from src/bot/views/booking.ts.
  it("session buttons fit in 32 with the date the code passes, on every day of the year", () => {
    const tooLong = new Set<string>();
    for (const locale of LOCALES) {
      // Built once per language: 3,650 labels each.
      const vars = sample(locale);
      for (const date of YEAR_OF_DAYS) {
        for (const now of [NOW, NEXT_YEAR]) {
          const when = formatShortWhen(date, locale, "Europe/Rome", now);
          for (const free of [1, 2, 11, 21]) {
            const label = show(locale, "book-session-free", { ...vars, when, free });
            if (width(label) > MAX_BUTTON) tooLong.add(`${locale} (${width(label)}): ${label}`);
          }
          const full = show(locale, "book-session-full", { ...vars, when });
          if (width(full) > MAX_BUTTON) tooLong.add(`${locale} (${width(full)}): ${full}`);
        }
      }
    }
    expect([...tooLong]).toEqual([]);
  }, 180_000); // every day of a year in nine languages: minutes on a busy shared machine

  // A booking's cancel button is "✖️ Cancel <short date>[ <time>]", or "✖️ Cancel <short date> · <child, clipped>".
  it("cancel buttons fit with the time or a child's name, on every day of the year", () => {
    const tooLong = new Set<string>();
    for (const locale of LOCALES) {
      const vars = sample(locale);
      for (const date of YEAR_OF_DAYS) {
        for (const now of [NOW, NEXT_YEAR]) {
          const day = formatDate("day", date, locale, "Europe/Rome", now);
          for (const label of [
            show(locale, "booking-cancel-day", { ...vars, date: `${day} 17:00` }),
            show(locale, "booking-cancel-day-child", {
              ...vars,
              date: day,
              child: childOnButton(show(locale, "booking-cancel-day-child", { ...vars, date: day, child: "" }), "Mohammed-Ali Benjelloun"),
            }),
          ]) {
            if (width(label) > MAX_BUTTON) tooLong.add(`${locale} (${width(label)}): ${label}`);
          }
        }
      }
    }
    expect([...tooLong]).toEqual([]);
  }, 180_000); // every day of a year in nine languages: minutes on a busy shared machine
});

// ------------------------------------------------------------------ own script

const SCRIPTS: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  uk: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};

/**
 * Names and codes that stay in Latin letters in every language (they are what people read on signs and papers: the
 * offices that write letters, "Comune", "Questura", the codes to pay with, pagoPA and IBAN, are printed in Italian).
 */
const LATIN_NAMES =
  /N\.O\.I\.( per la casa)?|\bNOI\b|\.txt\b|[Vv]ia Gandolfi|Cristo|Alessandria|Telegram|ATC|ASL|tessera sanitaria|\b[AB][012]\b|\bMB\b|scuola (primaria|media)|primaria|\/[a-z]+|Agenzia delle Entrate(-Riscossione)?|Comune|INPS|INAIL|Questura|Prefettura|pagoPA|IBAN|PDF/g;

/** Messages where Latin letters are there on purpose. */
const SCRIPT_EXCEPTIONS: Record<string, string[]> = {
  ar: [],
  // The Italian name of the school year is kept on purpose (glossary: school systems count differently).
  // A platform's name and its number ("WhatsApp (+39…)", "Telegram（id …）") are written as the platform writes them.
  uk: ["class-p1", "class-p2", "class-p3", "class-p4", "class-p5", "class-m1", "class-m2", "class-m3", "mydata-chat-whatsapp"],
  zh: ["mydata-chat-telegram", "mydata-chat-whatsapp"],
};

describe("Arabic, Ukrainian and Chinese texts are in their own script", () => {
  for (const locale of Object.keys(SCRIPTS)) {
    it(`${locale}: at least 60 % of the letters of every message are in its script`, () => {
      const own = SCRIPTS[locale]!;
      const low: string[] = [];
      for (const key of messages(locale).keys()) {
        if (SCRIPT_EXCEPTIONS[locale]!.includes(key)) continue;
        const text = show(locale, key, blankAll(locale, key))
          .replace(/<[^>]+>/g, "")
          .replace(LATIN_NAMES, "");
        const letters = [...text].filter((c) => /\p{L}/u.test(c));
        if (!letters.length) continue;
        const share = letters.filter((c) => own.test(c)).length / letters.length;
        if (share < 0.6) low.push(`${key} (${Math.round(share * 100)} %)`);
      }
      expect(low).toEqual([]);
    });
  }
});

/**
 * Arabic: a Latin name, command, address or number inside a sentence (N.O.I., /mydata, via Gandolfi 20, 112) is
 * wrapped in a bidi isolate (FSI or LRI … PDI), so it does not scramble the right-to-left line around it.
 * Fluent isolates the placeables itself.
 */
describe("Latin words inside Arabic sentences are isolated", () => {
  /** The text without its isolated runs (innermost first) and without HTML tags: what is left must be Arabic. */
  const outsideIsolates = (text: string) => {
    let rest = text.replace(/<[^>]+>/g, "");
    for (let before = ""; before !== rest; ) {
      before = rest;
      rest = rest.replace(/[\u2066-\u2068][^\u2066-\u2069]*\u2069/g, "");
    }
    return rest;
  };

  /** A file name is not a sentence. */
  const NOT_ISOLATED_YET = ["mydata-file-name"];

  // Digits alone are fine: they keep their order inside Arabic ("3 أيام").
  it("ar: no Latin letter outside an isolate", () => {
    const bare: string[] = [];
    for (const key of messages("ar").keys()) {
      if (NOT_ISOLATED_YET.includes(key)) continue;
      const latin = outsideIsolates(i18n.t("ar", key, withDefaults("ar", key, sample("ar")))).match(/[A-Za-z][\w./ ]*/g);
      if (latin) bare.push(`${key}: ${latin.join(" | ")}`);
    }
    expect(bare).toEqual([]);
  });
});

// ------------------------------------------------------------------ opening hours

/**
 * The week's hours as the info text and the hours quick reply show them: in Arabic a range is "من 9:00 إلى 12:00"
 * ("9:00–12:00" inside a right-to-left line shows the closing time first), ranges are joined by each script's comma.
 */
describe("opening hours read in the language's order", () => {
  const hours = openingHours({ weekly: { mon: ["9:00-12:00", "14:00-17:00"], wed: ["9:00-12:00", "14:00-17:00"] } });
  const week = (locale: string) => unmarked(weeklyHoursText(hours, locale, (key, vars) => i18n.t(locale, key, vars)));

  it("ar: from … to …, with the Arabic comma", () => {
    expect(week("ar")).toBe("الاثنين والأربعاء من 9:00 إلى 12:00، من 14:00 إلى 17:00");
  });

  it("zh: the full-width comma; other languages: 9:00–12:00 as on the door", () => {
    expect(week("zh")).toBe("星期一和星期三 9:00–12:00，14:00–17:00");
    expect(week("en")).toBe("Monday and Wednesday 9:00–12:00, 14:00–17:00");
    // No isolation marks around the times outside right-to-left text.
    expect(weeklyHoursText(hours, "it", (key, vars) => i18n.t("it", key, vars))).toBe("Lunedì e mercoledì 9:00–12:00, 14:00–17:00");
  });
});

// ------------------------------------------------------------------ plurals

class Selects extends Visitor {
  found: SelectExpression[] = [];
  override visitSelectExpression(node: SelectExpression) {
    this.found.push(node);
    this.genericVisit(node);
  }
}

/** Keys where a resident reads a count (not an id such as a request number, not an ordinal position). */
const COUNT_KEYS: Record<string, string> = {
  "book-session-free": "free",
  "req-summary": "pieces",
  // How long texts are kept: /privacy and the /mydata document.
  "privacy-details": "days",
  "mydata-retention": "days",
};

describe("numbers a resident reads are in the language's plural forms", () => {
  for (const locale of LOCALES) {
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];
    it(`${locale}: counts use a select on the number with the locale's CLDR categories`, () => {
      const all = messages(locale);
      for (const [key, variable] of Object.entries(COUNT_KEYS)) {
        const v = new Selects();
        v.visit(all.get(key)!.node);
        const onCount = v.found.filter((s) => s.selector.type === "VariableReference" && s.selector.id.name === variable);
        if (categories.length > 1) expect(onCount.length, `${key} selects on $${variable}`).toBeGreaterThan(0);
        for (const s of onCount) {
          const keys = s.variants.map((x) => (x.key.type === "Identifier" ? x.key.name : x.key.value));
          expect(keys.filter((k) => !categories.includes(k) && !/^\d+$/.test(k)), `${key} variants`).toEqual([]);
        }
      }
      // Every select on a number, anywhere, uses only the locale's categories (or exact numbers).
      for (const [key, { node }] of all) {
        const v = new Selects();
        v.visit(node);
        for (const s of v.found) {
          const keys = s.variants.map((x) => (x.key.type === "Identifier" ? x.key.name : x.key.value));
          const plural = keys.some((k) => ["zero", "one", "two", "few", "many", "other"].includes(k));
          if (plural) expect(keys.filter((k) => !categories.includes(k) && !/^\d+$/.test(k)), key).toEqual([]);
        }
      }
    });

    it(`${locale}: no "label: N" counts left in the count messages`, () => {
      for (const n of [1, 2, 3, 5, 11, 21, 100]) {
        expect(show(locale, "book-session-free", { ...sample(locale), free: n })).toMatch(new RegExp(`${n}|\\p{L}`, "u"));
        expect(show(locale, "req-summary", { ...sample(locale), pieces: n })).not.toMatch(/\(\s*\d/);
        // Not "(number of days: 365)": the number stands in the sentence, with its noun.
        for (const key of ["privacy-details", "mydata-retention"]) {
          const text = show(locale, key, { ...sample(locale), days: n });
          expect(text, key).not.toMatch(/:\s*\d+\s*\)/);
          expect(text, key).not.toMatch(/\(\s*\d+\s*\)/);
        }
      }
    });
  }

  it("picks the right form where the languages differ most", () => {
    expect(show("ar", "book-session-free", { when: "", free: 2 })).toContain("مكانان");
    expect(show("ar", "book-session-free", { when: "", free: 3 })).toContain("3 أماكن");
    expect(show("ar", "book-session-free", { when: "", free: 11 })).toContain("11 مكانًا");
    expect(show("uk", "book-session-free", { when: "", free: 1 })).toContain("1 місце");
    expect(show("uk", "book-session-free", { when: "", free: 3 })).toContain("3 місця");
    expect(show("uk", "book-session-free", { when: "", free: 5 })).toContain("5 місць");
    expect(show("uk", "book-session-free", { when: "", free: 21 })).toContain("21 місце");
    expect(show("ro", "book-session-free", { when: "", free: 1 })).toContain("1 loc");
    expect(show("ro", "book-session-free", { when: "", free: 3 })).toContain("3 locuri");
    expect(show("ro", "book-session-free", { when: "", free: 20 })).toContain("20 de locuri");
    expect(show("en", "book-session-free", { when: "", free: 1 })).toContain("1 place");
    expect(show("zh", "book-session-free", { when: "", free: 3 })).toContain("3 个");
    // How long texts are kept.
    for (const key of ["privacy-details", "mydata-retention"]) {
      expect(show("ar", key, { days: 2 }), key).toContain("يومين");
      expect(show("ar", key, { days: 7 }), key).toContain("7 أيام");
      expect(show("ar", key, { days: 365 }), key).toContain("365 يومًا");
      expect(show("uk", key, { days: 2 }), key).toContain("2 дні");
      expect(show("uk", key, { days: 21 }), key).toContain("21 день");
      expect(show("uk", key, { days: 365 }), key).toContain("365 днів");
      expect(show("ro", key, { days: 1 }), key).toContain("1 zi");
      expect(show("ro", key, { days: 3 }), key).toContain("3 zile");
      expect(show("ro", key, { days: 365 }), key).toContain("365 de zile");
      expect(show("en", key, { days: 1 }), key).toContain("1 day");
      expect(show("zh", key, { days: 365 }), key).toContain("365 天");
    }
  });
});

// ------------------------------------------------------------------ glossary

/** Terms from locales/GLOSSARY.md that went wrong before: [key, must contain] and words no text may use. */
const GLOSSARY: Record<string, { uses: Array<[string, string | RegExp]>; never?: RegExp }> = {
  it: {
    uses: [
      ["book-started", "lezione"],
      ["info-text", "ATC (case popolari)"],
      ["class-m1", "media"],
    ],
  },
  en: {
    uses: [
      ["book-started", "lesson"],
      ["book-waitlisted", /You are number \d+ on the waiting list/],
      ["cat-homecare", "carer"],
      ["info-text", "ATC (social housing)"],
      ["class-m1", "Middle school, year 1 (1ª media)"],
      ["forget-kept", "I haven't deleted anything."],
      ["book-free-now", "A place has just become free"],
    ],
    // A seat in a lesson is a "place" in British English; quotes are “…”, not the Italian «…».
    never: /\bseats?\b|[«»]/i,
  },
  fr: {
    uses: [
      ["book-started", "séance"],
      ["cat-homecare", "aide à domicile"],
      ["info-text", "ATC (logements sociaux)"],
      ["class-m1", "Collège, 1re année (1ª media)"],
      ["waitlist-offer", "Nous la gardons pour vous jusqu'à"],
    ],
  },
  es: {
    uses: [
      ["book-started", "Esta clase ya empezó"],
      // A school year is a "grado" in Latin America ("curso" is Spain's word).
      ["class-p1", "1.er grado de primaria"],
      ["tutoring-child-class", "grado"],
      ["act-tutoring-middle-desc", "secundaria (11–14 años"],
      ["cat-homecare", "cuidadora"],
      ["info-text", "ATC (vivienda social)"],
    ],
    // Spain-only words: most Spanish speakers here are Latin American.
    never: /escuela media|\bvale\b|ordenador|caducad|desahucio|vídeo|hacer la compra|\bcostes\b|ventanilla/i,
  },
  ro: {
    uses: [
      ["book-started", "lecți"],
      ["cat-homecare", "îngrijitoare"],
      ["qr-caregiver", "îngrijitoare"],
      ["class-p5", "Școala primară, clasa 5"],
      ["class-m1", "Gimnaziu (scuola media), clasa 1"],
      // A course's dates are its lessons: the plural "date" is also "data" in Romanian.
      ["book-course-title", "toate lecțiile"],
      ["info-text", "ATC (locuințe sociale)"],
      ["privacy-details", "180 de zile"],
    ],
    // "badantă" is an Italianism: a carer is "îngrijitoare" (glossary).
    never: /dumneavoastră|badant/,
  },
  sq: {
    uses: [
      ["book-started", "mësim"],
      ["class-m1", "Klasa 6 (scuola media, viti 1)"],
      // "shkolla e mesme" is upper secondary in Albania: the scuola media is classes 6–8.
      ["act-tutoring-middle", "klasat 6–8 (scuola media)"],
      ["act-tutoring-middle-desc", "klasave 6–8"],
      ["act-italian-a2-desc", "Për ata që flasin tashmë pak italisht."],
      // One name for the office.
      ["info-venue-title", "Zyra N.O.I. për banesën"],
      ["info-text", "ATC (banesat sociale)"],
    ],
    // "menuja"/"menunë" and "menyja" were both written: one spelling.
    never: /e mesme e ulët|zyra e banimit|\bmenu(ja|në|së)\b/i,
  },
  ar: {
    uses: [
      ["book-started", "الدرس"],
      ["cat-homecare", "عاملة رعاية"],
      ["act-italian-a2-desc", "لمن يعرف بعض الإيطالية"],
      ["my-requests-title", "طلبات المساعدة"],
      ["info-text", "ATC (السكن الاجتماعي)"],
    ],
    never: /مرافق/,
  },
  uk: {
    uses: [
      ["book-started", "заняття"],
      ["act-tutoring-middle", "6–8 класи (scuola media)"],
      ["my-requests-title", "звернення"],
      ["cat-homecare", "доглядальниця"],
      ["info-text", "ATC (соціальне житло)"],
      ["privacy-details", "закритих звернень"],
      ["store-limit-request", "зверненні"],
      ["sat-question", "звернення"],
    ],
    // A request is "звернення"; "запит" (a query) must not come back. "запитання" (a question) and "запитати" are fine.
    // The office is "офіс" (not "приймальня", which crept into the greeting).
    never: /(^|[^\p{L}])запит(и|у|і|ові|ів|ом|ах|ам|ами)?(?!\p{L})|середн\S* школ|приймальн/iu,
  },
  zh: {
    uses: [
      ["book-started", "这节课"],
      ["my-requests-title", "求助"],
      ["req-sent", "求助"],
      ["my-booking-line-child", "（Amina）"],
      ["cat-homecare", "护工"],
      ["info-text", "ATC（公共住房）"],
      ["privacy-details", "求助"],
      ["sat-question", "求助"],
    ],
    // 此 is written Chinese (此选项, 此代码): the WhatsApp texts say 这个, as a person does.
    never: /申请|此/,
  },
};

/**
 * One register per language (locales/GLOSSARY.md, "Register"): Italian and Spanish address the resident formally, as
 * every other language does (it "Lei", es "usted"; many residents are elderly, and "usted" is how an office speaks to
 * a person in Latin America), so informal forms ("tu", "scegli", "hai"; "tú", "elige", "tienes") must not come back.
 * Only unambiguous forms are listed: "manda", "usa", "escribe" are also the formal third person.
 */
const INFORMAL_ADDRESS: Record<string, RegExp> = {
  it: /(^|[^\p{L}])(tu|ti|te|tuo|tua|tuoi|tue|hai|puoi|vuoi|devi|sai|scegli(ne|lo|la|li)?|scrivi|premi|apri|rispondi|vieni|riprova|ricevi|riceverai|potrai|segui|tienili|dicci|scrivici|mandaci|mandami|raccontaci|chiedici|racconta|aiutarti|scriverti|chiederti|spiegarti|ricordarti|contattarti|darti)(?!\p{L})/iu,
  es: /(^|[^\p{L}])(tú|tu|tus|ti|te|contigo|tienes|puedes|quieres|eres|estás|necesitas|prefieres|has|hayas|elige|escríbenos|mándanos|mándame|envíame|dinos|cuéntanos|pregúntanos|ven|inténtalo|presiona|pulsa|perdona|recibirás|podrás|sigues|recibes|elegiste|aceptaste|dejaste|ayudarte|escribirte|preguntarte|explicarte|recordarte|contactarte|llamarte|darte)(?!\p{L})/iu,
};

/**
 * participants.ftl (issue 35, ESF+ questions) landed on main informal while this check was flipped (00:10 UTC); its
 * it/es texts are to be rewritten formally, then removed from here. Every other check still reviews it.
 */
const REGISTER_NOT_YET = new Set<string>([]);

/** A few texts that must read formally (so the check above cannot pass on texts that avoid addressing anyone). */
const FORMAL_SAMPLES: Record<string, Array<[string, string]>> = {
  it: [
    ["menu-title", "Come possiamo aiutarLa?"],
    ["book-started", "Ne scelga un'altra."],
    ["closed-anything-else", "Ha ancora bisogno di aiuto"],
    ["req-visit-question", "Può venire allo sportello"],
  ],
  es: [
    ["menu-title", "¿Cómo podemos ayudarle?"],
    ["book-started", "Elija otra."],
    ["closed-anything-else", "¿Todavía necesita ayuda"],
    ["req-visit-question", "¿Puede venir a la oficina"],
  ],
};

describe("one register per language", () => {
  for (const [locale, informal] of Object.entries(INFORMAL_ADDRESS)) {
    it(`${locale}: the resident is addressed formally, as everywhere else`, () => {
      const offending = [...messages(locale)]
        .filter(([key, { file }]) => !REGISTER_NOT_YET.has(file) && informal.test(show(locale, key)))
        .map(([key]) => key);
      expect(offending).toEqual([]);
      for (const [key, text] of FORMAL_SAMPLES[locale]!) expect(show(locale, key), key).toContain(text);
    });
  }
});

/**
 * Buttons speak as the resident (glossary, "Buttons"): the Albanian and Romanian labels are the resident's own words
 * in the first person ("Po, e anuloj", "Dërgoj", "Trimit locația"), never a command to the desk ("Anulo", "Dërgo",
 * "Trimiteți"), which read as the desk ordering the resident about. Checked on every button a resident sees.
 */
const COMMAND_ON_BUTTON: Record<string, RegExp> = {
  sq: /(^|[^\p{L}])(Dërgo|Anulo|Ndrysho|Shto|Fol|Rezervo|Dëgjo|Dëgjoni|Ndalni|Kaloji|anuloje|dërgoje|dërgojeni|fshiji|mbaji|rihapeni)(?!\p{L})/u,
  ro: /(^|[^\p{L}])(Trimiteți|Anulați|Ascultați|Opriți|Folosiți|Săriți|Adăugați|Rezervați|trimiteți-l|redeschideți cererea)(?!\p{L})/iu,
};

describe("buttons speak as the resident", () => {
  for (const [locale, command] of Object.entries(COMMAND_ON_BUTTON)) {
    it(`${locale}: no button tells the desk what to do`, () => {
      const labels = [...BUTTON_KEYS, ...MARKED_BUTTON_KEYS, "book-course-button", "voice-listen", "booking-cancel-day", "booking-cancel-day-child"].map((key) => `${key}: ${show(locale, key)}`);
      expect(labels.filter((label) => command.test(label.split(": ").slice(1).join(": ")))).toEqual([]);
    });
  }
});

/**
 * One name for the office in each language (issue 31: "житлова приймальня", "zyra e banimit", "oficina de vivienda"
 * had crept in beside the name of the info text): the greeting, the help, the info text and the bot's description
 * all name it the same way.
 */
const OFFICE_NAME: Record<string, string> = {
  it: "sportello N.O.I. per la casa",
  en: "N.O.I. housing desk",
  fr: "guichet N.O.I. pour le logement",
  es: "oficina N.O.I. para la vivienda",
  ro: "N.O.I. pentru locuințe",
  sq: "N.O.I. për banesën",
  ar: "N.O.I. للسكن",
  uk: "N.O.I. з питань житла",
  zh: "N.O.I. 住房服务处",
};

describe("one name for the office", () => {
  for (const locale of LOCALES) {
    it(`${locale}: every text that names the office names it "${OFFICE_NAME[locale]}"`, () => {
      const keys = ["info-venue-title", "help-text", "first-contact-greeting", "bot-description", "bot-short-description"];
      const other = keys.filter((key) => !show(locale, key).toLocaleLowerCase(locale).includes(OFFICE_NAME[locale]!.toLocaleLowerCase(locale)));
      expect(other).toEqual([]);
    });
  }
});

/**
 * One way to write a request's number in each language (the reviews found "n° 42" beside "numéro 42", "numër 42"
 * beside "nr. 42", "第 42 号" beside "42 号"): every text that names a request by its number writes it like this.
 */
const REQUEST_NUMBER: Record<string, string> = {
  it: "numero 42",
  en: "number 42",
  fr: "numéro 42",
  es: "número 42",
  ro: "numărul 42",
  sq: "nr. 42",
  ar: "رقم 42",
  uk: "номер 42",
  zh: "42 号求助",
};
const NAMES_A_REQUEST = [
  "closed-still-help",
  "request-closed-notice",
  "sat-question",
  "transfer-notice",
  "visit-called-off",
  "visit-proposal",
  "closed-anything-else",
  "sat-sorry-reopen",
  "sat-reopened",
  "old-button-request",
];

describe("a request number is written one way", () => {
  for (const locale of LOCALES) {
    it(`${locale}: "${REQUEST_NUMBER[locale]}"`, () => {
      const other = NAMES_A_REQUEST.filter((key) => !show(locale, key, { ...sample(locale), number: "42" }).includes(REQUEST_NUMBER[locale]!));
      expect(other).toEqual([]);
    });
  }
});

describe("the glossary is followed", () => {
  for (const locale of LOCALES) {
    it(`${locale}: key terms`, () => {
      const g = GLOSSARY[locale]!;
      for (const [key, term] of g.uses) {
        const text = show(locale, key);
        if (typeof term === "string") expect(text, key).toContain(term);
        else expect(text, key).toMatch(term);
      }
      if (g.never) {
        const offending = [...messages(locale).keys()].filter((key) => g.never!.test(show(locale, key)));
        expect(offending).toEqual([]);
      }
    });
  }

  it("the glossary file lists every language", () => {
    const glossary = readFileSync(join(LOCALES_DIR, "GLOSSARY.md"), "utf8");
    for (const term of ["求助", "عاملة رعاية", "îngrijitoare", "aide à domicile", "ATC (case popolari)", "scuola media", "звернення"]) {
      expect(glossary).toContain(term);
    }
  });
});
