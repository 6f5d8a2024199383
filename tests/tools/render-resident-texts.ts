/**
 * Every resident text of the desk, rendered through the app's own i18n and formatters with the values the code
 * passes (the shipped example network: the Cristo desk and its hours, both teams; dates on the desk's clock), one
 * section per language. For reviewers of the translations (issue 31): what a resident actually reads, every plural
 * form and every variant of a select, isolation marks included (they are invisible; `--marks` shows them as ⟨ ⟩).
 *
 *   npm run --silent lang:render > lang-render.txt
 *   npm run --silent lang:render -- ar uk --marks
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Entry, type Message, parse, type SelectExpression, Visitor } from "@fluent/syntax";
import { dayAndMonth } from "#src/bot/features/neighbourhood/day.js";
import { createI18n, hasText, LANGUAGE_NAMES, LOCALES_DIR } from "#src/bot/i18n.js";
import { dateFormat, formatDate, formatShortWhen, formatWhen, longDateTime, shortDay, weekdayAndDay } from "#src/text/dates.js";
import { andList, nameList } from "#src/text/lists.js";
import { spokenAmount } from "#src/bot/features/letters/spoken.js";
import { openingHoursText } from "#src/bot/features/opening-hours/texts.js";
import { deskName, residentName } from "#src/bot/features/places/resident-names.js";
import { windowText } from "#src/bot/features/visits/screens.js";
import { loadConfig } from "#src/settings.js";
import { LOCALES } from "#src/domain/policy.js";
import { Desks } from "#src/domain/desks.js";
import { Teams } from "#src/domain/teams.js";
import { fromRoot } from "#src/paths.js";

const args = process.argv.slice(2);
const showMarks = args.includes("--marks");
const only = args.filter((a) => !a.startsWith("--"));
const locales = only.length ? LOCALES.filter((l) => only.includes(l)) : LOCALES;

const TZ = "Europe/Rome";
/** The desk's clock: Wednesday 2 December 2026, 10:00 in Alessandria. */
const NOW = new Date("2026-12-02T09:00:00Z");
const SESSION = new Date("2026-12-09T16:00:00Z"); // Wednesday 9 December, 17:00
const VISIT = { from: new Date("2026-12-03T14:00:00Z"), to: new Date("2026-12-03T15:30:00Z") }; // Thursday 3 December, 15:00–16:30
const REPORTED = new Date("2026-11-25T08:00:00Z");
const PASSED = new Date("2026-11-27T11:00:00Z");

const config = loadConfig({
  DESK_FILE: fromRoot("data/desk.example.json"),
  BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
  OPERATOR_CHAT_ID: "-1001000000001",
});
const desks = new Desks(config.network.desks);
const teams = new Teams(config.network.teams, -1001000000001, []);
const cristo = desks.find("cristo")!;
const salute = teams.all.find((x) => x.id === "salute")!;
const i18n = createI18n(() => undefined);

type Vars = Record<string, string | number>;

/** The letter's dates, as features/letters/views.ts writes them (day, month in words, year). */
const letterDay = (date: Date, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(date);

/** The values the code passes, by placeable; a few placeables mean different things in different keys. */
function values(locale: string, key: string): Vars {
  const t = (k: string, vars?: Vars) => i18n.t(locale, k, vars);
  const when = key.startsWith("visit-") || key === "mydata-visit" ? windowText(t, VISIT.from, VISIT.to, locale, TZ, NOW) : formatWhen(SESSION, locale, TZ, NOW);
  const reportDay = key.startsWith("report") || key.startsWith("reported");
  const date = reportDay
    ? dayAndMonth(key.endsWith("passed") ? PASSED : REPORTED, locale, TZ)
    : key.startsWith("booking-cancel-day")
      ? formatDate("day", SESSION, locale, TZ, NOW)
      : key === "my-request-line"
        ? shortDay(REPORTED, locale, TZ)
        : key.startsWith("mydata-")
          ? longDateTime(REPORTED, locale, TZ)
          : letterDay(new Date("2026-12-15T12:00:00Z"), locale);
  const v: Vars = {
    activity: t("act-italian-a2"),
    description: t("act-italian-a2-desc"),
    when: key.startsWith("book-session") || key.startsWith("book-course-line") ? formatShortWhen(SESSION, locale, TZ, NOW) : when,
    until: formatWhen(new Date("2026-12-08T17:00:00Z"), locale, TZ, NOW),
    place: t("place-desk", { address: cristo.address }),
    address: key === "req-summary-visit-home" ? "via Maggioli 3, scala B, piano 2" : cristo.address,
    child: "Amina",
    name: key.startsWith("desk-") ? deskName(cristo, locale) : key === "visit-who-name" ? "Luca" : key === "mydata-forwarded" ? "Fatima" : "Amina",
    km: new Intl.NumberFormat(locale === "en" ? "en-GB" : locale, { maximumFractionDigits: 1 }).format(1.2),
    number: key === "closed-urgent-social" ? "0131 515111" : "42",
    id: key === "mydata-chat-telegram" ? "123456789" : key === "mydata-chat-whatsapp" ? "+393331234567" : "17",
    date,
    time: key === "visit-reminder-hour" ? "15:00" : key === "closed-notice" ? "9:00" : "10:30",
    // The day the desk opens again, as features/opening-hours/texts.ts writes it.
    day:
      key === "hours-holidays-patron"
        ? "10 novembre"
        : weekdayAndDay(dateFormat("weekday-day-month", locale, TZ, { weekday: "long", day: "numeric", month: "long" }), new Date("2026-12-07T08:00:00Z"), locale),
    hours: openingHoursText(t, cristo.hours, locale),
    directions: hasText(i18n, locale, "desk-cristo-directions") ? t("desk-cristo-directions") : "",
    category: t("cat-housing"),
    status: key === "my-request-line" ? t("status-open") : t("booking-status-booked"),
    visit: t("req-summary-visit-desk"),
    contact: t("req-summary-contact-chat"),
    phone: "+39 333 123 4567",
    team: residentName((k) => t(k), salute.residentName, locale),
    who: t("visit-who-nurse"),
    kind: t("report-kind-lift"),
    building: "via Maggioli 3",
    to: key === "visit-when" ? "16:30" : key === "hours-range" ? "12:00" : t("report-to-comune"),
    from: key === "visit-when" ? "15:00" : key === "hours-range" ? "9:00" : t("letter-from-inps"),
    label: t("letter-label-deadline"),
    value: `<b>${letterDay(new Date("2026-12-15T12:00:00Z"), locale)}</b>`,
    // Joined as features/privacy/mydata-document.ts joins them.
    topics: nameList([t("news-topic-activities"), t("news-topic-health")], locale),
    chats: andList([t("mydata-chat-telegram", { id: "123456789" }), t("mydata-chat-whatsapp", { id: "+393331234567" })], locale),
    // The part of a long translation being sent: the first of `parts`.
    part: 1,
    amount: spokenAmount(12050, locale),
    service: "LibreTranslate",
    version: "2",
    code: "482913",
    other: "Telegram",
    subject: t("subject-maths"),
    class: t("class-p3"),
    position: 2,
    free: 3,
    days: 180,
    pieces: 3,
    count: 3,
    max: key.startsWith("letter") ? 6 : 20,
  };
  // Hours and closures come out of the desk's hours, in the reader's language.
  if (key === "hours-closure" || key === "hours-holidays-patron") {
    const day = (d: Date) => new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", timeZone: "UTC" }).format(d);
    v.from = day(new Date("2026-08-10T12:00:00Z"));
    // The same days as data/opening-hours.json, so that the sample agrees with the info text.
    v.to = day(new Date("2026-08-23T12:00:00Z"));
    v.day = day(new Date("2026-11-10T12:00:00Z"));
  }
  return v;
}

class Shape extends Visitor {
  names = new Set<string>();
  selects = new Map<string, string[]>();
  override visitVariableReference(node: { id: { name: string } }) {
    this.names.add(node.id.name);
  }
  override visitSelectExpression(node: SelectExpression) {
    if (node.selector.type === "VariableReference") {
      const keys = node.variants.map((x) => (x.key.type === "Identifier" ? x.key.name : x.key.value));
      this.selects.set(node.selector.id.name, [...(this.selects.get(node.selector.id.name) ?? []), ...keys]);
    }
    this.genericVisit(node);
  }
}

const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];

/** One number per plural category of the language (and 21, which is "one" in Ukrainian), the values a count takes. */
function counts(locale: string): number[] {
  const rules = new Intl.PluralRules(locale);
  const seen = new Map<string, number>();
  for (const n of [1, 2, 3, 5, 11, 21, 100, 0]) if (!seen.has(rules.select(n)) && n > 0) seen.set(rules.select(n), n);
  return [...new Set([...seen.values(), 21])].sort((a, b) => a - b);
}

/** The variants to show: every number category for a count, every key for a select on a word. */
function variants(locale: string, shape: Shape): Vars[] {
  let combos: Vars[] = [{}];
  for (const [name, keys] of shape.selects) {
    const plural = keys.some((k) => CATEGORIES.includes(k) || /^\d+$/.test(k));
    const options: Array<string | number> = plural ? counts(locale) : [...new Set(keys)];
    combos = combos.flatMap((c) => options.map((o) => ({ ...c, [name]: o })));
  }
  return combos;
}

const marks = (text: string) => (showMarks ? text.replace(/[\u2066\u2067\u2068]/g, "⟨").replace(/\u2069/g, "⟩") : text);

for (const locale of locales) {
  console.log(`\n======== ${locale} · ${LANGUAGE_NAMES[locale]} ========`);
  const dir = join(LOCALES_DIR, locale);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl")).sort()) {
    console.log(`\n---- ${locale}/${file}`);
    for (const entry of parse(readFileSync(join(dir, file), "utf8"), { withSpans: false }).body as Entry[]) {
      if (entry.type !== "Message") continue;
      const key = (entry as Message).id.name;
      const shape = new Shape();
      shape.visit(entry);
      for (const variant of variants(locale, shape)) {
        // A placeable this table does not know (a text added later) shows its name.
        const unknown = Object.fromEntries([...shape.names].map((name) => [name, `‹${name}›`]));
        const vars = { ...unknown, ...values(locale, key), ...variant };
        const label = Object.keys(variant).length ? ` [${Object.entries(variant).map(([k, x]) => `${k}=${x}`).join(", ")}]` : "";
        const text = marks(i18n.t(locale, key, vars));
        console.log(`${key}${label}: ${text.replace(/\n/g, "\n    ")}`);
      }
    }
  }
}
