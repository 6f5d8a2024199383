import type { RenderedMessage } from "#src/delivery/outbox.js";
import { InlineKeyboard } from "grammy";
import type { OutboxPayload } from "#src/domain/notifications.js";
import { formatWhen } from "#src/text/dates.js";
import { escapeHtml, unwrapNumbers } from "#src/text/format.js";
import type { Translate } from "#src/text/staff-text.js";
import { answerButtons } from "./booking/answer-buttons.js";
import { spokenLetterNotice } from "./letters/spoken.js";
import { renderLetterNotice } from "./letters/views.js";
import { residentName } from "./places/resident-names.js";
import { renderVisitNotice, visitNoticeVars } from "./visits/screens.js";
import { renderNews } from "./neighbourhood/render-news.js";

/** Turns an outbox payload into HTML text in the recipient's language, at the moment of sending. */
export function renderPayload(
  translate: Translate,
  payload: OutboxPayload,
  locale: string,
  timezone: string,
  /** The desk's clock: whether a date shows its year is decided against it. */
  now: Date,
): RenderedMessage {
  if (payload.type === "html") return { text: payload.text };
  // Posts about a request are drawn by the operator board when they go out, not here.
  if (payload.type === "board") throw new Error("a group post is rendered by the operator board");
  if (payload.type === "voice") throw new Error("a voice note is made by the voice companion");
  const t = (key: string, vars?: Record<string, string | number>) => unwrapNumbers(translate(locale, key, vars));
  if (payload.type === "visit") return renderVisitNotice(t, payload, locale, timezone, now);
  // An announcement is framed in the language of its text, which may differ from the one the resident has now.
  if (payload.type === "news") {
    const inText = (key: string, vars?: Record<string, string | number>) => unwrapNumbers(translate(payload.language, key, vars));
    return renderNews(inText, payload, timezone, now);
  }
  if (payload.type === "letter") {
    const spoken = spokenLetterNotice(t, payload, locale);
    return { text: renderLetterNotice(t, payload, locale), ...(spoken ? { spoken } : {}) };
  }
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(payload.vars ?? {})) vars[k] = typeof v === "string" ? escapeHtml(v) : v;
  // A nested text may name the plain values too (the desk's address in "N.O.I. desk, via Gandolfi 20").
  for (const [k, key] of Object.entries(payload.keys ?? {})) vars[k] = t(key, vars);
  for (const [k, name] of Object.entries(payload.names ?? {})) vars[k] = residentName(t, name, locale);
  for (const [k, iso] of Object.entries(payload.dates ?? {})) vars[k] = formatWhen(new Date(iso), locale, timezone, now);
  const text = t(payload.key, vars);
  const buttons = payload.answers ? answerButtons(payload.answers) : (payload.buttons ?? []);
  if (!buttons.length) return { text };
  const kb = new InlineKeyboard();
  for (const b of buttons) kb.text(t(b.key), b.data).row();
  return { text, reply_markup: kb };
}

/**
 * The message key and its variables, in the resident's language and as plain text, of what the outbox is about to
 * send: a WhatsApp template (sent when the 24-hour window is closed) fills its placeholders with them.
 */
export function payloadVars(
  translate: Translate,
  payload: OutboxPayload,
  locale: string,
  timezone: string,
  now: Date = new Date(),
): { key: string; vars: Record<string, string> } | undefined {
  const t = (key: string, vars?: Record<string, string | number>) => unwrapNumbers(translate(locale, key, vars));
  if (payload.type === "visit") return visitNoticeVars(t, payload, locale, timezone, now);
  if (payload.type !== "t") return undefined;
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(payload.vars ?? {})) vars[k] = String(v);
  for (const [k, key] of Object.entries(payload.keys ?? {})) vars[k] = t(key, vars);
  for (const [k, iso] of Object.entries(payload.dates ?? {})) vars[k] = formatWhen(new Date(iso), locale, timezone, now);
  return { key: payload.key, vars };
}
