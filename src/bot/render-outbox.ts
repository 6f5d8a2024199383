import type { I18n } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import type { OutboxPayload } from "../domain/notifications.js";
import type { BotContext } from "./context.js";
import { escapeHtml } from "./format.js";
import { unwrapNumbers } from "./i18n.js";
import { renderVisitNotice } from "./views/visits.js";

export interface RenderedMessage {
  text: string;
  reply_markup?: InlineKeyboard;
}

/**
 * Dates as a resident reads them, in their language and the desk's zone, always with a 24-hour clock (as
 * time is written in Italy, on the desk's posters and on bus timetables), and with the year only when it
 * is not this year's.
 * - long: "mercoledì 2 dicembre alle ore 17:00", "Wednesday 2 December at 17:00" (messages);
 * - short: "mer 2 dic 17:00", "Wed 2 Dec 17:00", "13/01/2027 09:00" (at most 17–20 wide: date buttons, where the
 *   seats left must fit after it in 32);
 * - day: "mer 02/12", "Wed 02/12", "ср 02.12", "13/01/27" (the date first on a booking's button).
 */
export type WhenStyle = "long" | "short" | "day";

type Shape = WhenStyle | "time";

const STYLES: Record<Shape, Intl.DateTimeFormatOptions> = {
  long: { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  // The short form is this date, then the time: composed, so that no comma is spent between them.
  short: { weekday: "short", day: "numeric", month: "short" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23" },
  day: { weekday: "short", day: "2-digit", month: "2-digit" },
};

/**
 * Where a language's short month would not leave room for the seats on a button: Arabic weekday names have
 * no short form, and Romanian "21 de locuri" is long.
 */
const SHORT_OVERRIDES: Partial<Record<string, Intl.DateTimeFormatOptions>> = {
  ar: { month: "numeric" },
  ro: { month: "2-digit", day: "2-digit" },
};

/**
 * Another year's date: the long form adds the year; the button forms leave out the weekday to make room for it
 * ("13/01/2027 09:00", "13/01/27").
 */
const WITH_YEAR: Record<Shape, Intl.DateTimeFormatOptions> = {
  long: { year: "numeric" },
  short: { weekday: undefined, day: "2-digit", month: "2-digit", year: "numeric" },
  time: {},
  day: { weekday: undefined, year: "2-digit" },
};

/** English as written in Europe: day before month, 24-hour clock. */
const INTL_LOCALES: Partial<Record<string, string>> = { en: "en-GB" };

function formatter(shape: Shape, locale: string, timezone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${shape}|${locale}|${timezone}|${withYear ? "y" : ""}`;
  let format = WHEN_FORMATS.get(key);
  if (!format) {
    // Building an Intl formatter costs far more than using one: keep one per shape, language, zone and year.
    format = new Intl.DateTimeFormat(INTL_LOCALES[locale] ?? locale, {
      timeZone: timezone,
      ...STYLES[shape],
      ...(shape === "short" ? SHORT_OVERRIDES[locale] : {}),
      ...(withYear ? WITH_YEAR[shape] : {}),
    });
    WHEN_FORMATS.set(key, format);
  }
  return format;
}
const WHEN_FORMATS = new Map<string, Intl.DateTimeFormat>();

function yearIn(date: Date, timezone: string): string {
  return formatter("day", "en", timezone, true).formatToParts(date).find((p) => p.type === "year")?.value ?? "";
}

/** A button's date: the comma after the weekday ("mié, 2 dic", "الثلاثاء، 13/10") becomes a space, to save room. */
function buttonDate(shape: "short" | "day", date: Date, locale: string, timezone: string, withYear: boolean): string {
  const parts = formatter(shape, locale, timezone, withYear).formatToParts(date);
  return parts.map((p, i) => (p.type === "literal" && parts[i - 1]?.type === "weekday" && parts[i + 1] ? " " : p.value)).join("");
}

/** A date in one of the resident styles; `now` decides whether the year is worth showing. */
export function formatDate(style: WhenStyle, date: Date, locale: string, timezone: string, now: Date = new Date()): string {
  const withYear = yearIn(date, timezone) !== yearIn(now, timezone);
  if (style === "long") return formatter(style, locale, timezone, withYear).format(date);
  const day = buttonDate(style, date, locale, timezone, withYear);
  return style === "day" ? day : `${day} ${formatter("time", locale, timezone, false).format(date)}`;
}

/** The long form, for messages: "mercoledì 2 dicembre alle ore 17:00". */
export function formatWhen(date: Date, locale: string, timezone: string, now: Date = new Date()): string {
  return formatDate("long", date, locale, timezone, now);
}

/** The short form, for buttons: "mer 2 dic 17:00". */
export function formatShortWhen(date: Date, locale: string, timezone: string, now: Date = new Date()): string {
  return formatDate("short", date, locale, timezone, now);
}

/** Turns an outbox payload into HTML text in the recipient's language, at the moment of sending. */
export function renderPayload(
  i18n: I18n<BotContext>,
  payload: OutboxPayload,
  locale: string,
  timezone: string,
  now: Date = new Date(),
): RenderedMessage {
  if (payload.type === "html") return { text: payload.text };
  // Posts about a request are drawn by the operator board when they go out, not here.
  if (payload.type === "board") throw new Error("a group post is rendered by the operator board");
  const t = (key: string, vars?: Record<string, string | number>) => unwrapNumbers(i18n.t(locale, key, vars));
  if (payload.type === "visit") return renderVisitNotice(t, payload, locale, timezone, now);
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(payload.vars ?? {})) vars[k] = typeof v === "string" ? escapeHtml(v) : v;
  for (const [k, key] of Object.entries(payload.keys ?? {})) vars[k] = t(key);
  for (const [k, iso] of Object.entries(payload.dates ?? {})) vars[k] = formatWhen(new Date(iso), locale, timezone, now);
  const text = t(payload.key, vars);
  if (!payload.buttons?.length) return { text };
  const kb = new InlineKeyboard();
  for (const b of payload.buttons) kb.text(t(b.key), b.data).row();
  return { text, reply_markup: kb };
}
