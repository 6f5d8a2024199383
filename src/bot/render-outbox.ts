import type { I18n } from "@grammyjs/i18n";
import { InlineKeyboard } from "grammy";
import type { OutboxPayload } from "../domain/notifications.js";
import type { BotContext } from "./context.js";
import { escapeHtml } from "./format.js";
import { unwrapNumbers } from "./i18n.js";

export interface RenderedMessage {
  text: string;
  reply_markup?: InlineKeyboard;
}

/** Dates as a resident reads them: weekday, day, month and time, in their language and the desk's zone. */
export function formatWhen(date: Date, locale: string, timezone: string): string {
  const key = `${locale}|${timezone}`;
  let format = WHEN_FORMATS.get(key);
  if (!format) {
    // Building an Intl formatter costs far more than using one: keep one per language and zone.
    format = new Intl.DateTimeFormat(locale, {
      timeZone: timezone,
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "2-digit",
      minute: "2-digit",
    });
    WHEN_FORMATS.set(key, format);
  }
  return format.format(date);
}
const WHEN_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** Turns an outbox payload into HTML text in the recipient's language, at the moment of sending. */
export function renderPayload(i18n: I18n<BotContext>, payload: OutboxPayload, locale: string, timezone: string): RenderedMessage {
  if (payload.type === "html") return { text: payload.text };
  const t = (key: string, vars?: Record<string, string | number>) => unwrapNumbers(i18n.t(locale, key, vars));
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(payload.vars ?? {})) vars[k] = typeof v === "string" ? escapeHtml(v) : v;
  for (const [k, key] of Object.entries(payload.keys ?? {})) vars[k] = t(key);
  for (const [k, iso] of Object.entries(payload.dates ?? {})) vars[k] = formatWhen(new Date(iso), locale, timezone);
  const text = t(payload.key, vars);
  if (!payload.buttons?.length) return { text };
  const kb = new InlineKeyboard();
  for (const b of payload.buttons) kb.text(t(b.key), b.data).row();
  return { text, reply_markup: kb };
}
