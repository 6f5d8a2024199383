import { InlineKeyboard } from "grammy";
import type { NewsPayload } from "#src/domain/neighbourhood/announcements.js";
import { eventReply, newsStop } from "#src/bot/callback-data/neighbourhood.js";
import { formatWhen } from "#src/text/dates.js";
import { escapeMarkup } from "#src/text/format.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/**
 * An announcement or an event as a resident reads it, framed in the language of its text: the desk's heading, the
 * text, an event's day and time with "I'll come" / "I can't", and always the one tap that stops the news.
 * A reminder of an event keeps only "I can't come after all".
 */
export function renderNews(t: T, payload: NewsPayload, timezone: string, now: Date): { text: string; reply_markup: InlineKeyboard } {
  const locale = payload.language;
  const when = payload.eventAt ? formatWhen(new Date(payload.eventAt), locale, timezone, now) : undefined;
  const heading = payload.reminder ? t("news-event-reminder", { when: when! }) : t(payload.eventAt ? "news-event-heading" : "news-heading");
  const lines = [heading, "", escapeMarkup(payload.text)];
  if (when && !payload.reminder) lines.push("", t("news-event-when", { when }));
  const kb = new InlineKeyboard();
  const id = payload.announcementId;
  if (payload.reminder) kb.text(t("news-event-cannot-now"), eventReply.pack({ reply: "no", id })).row();
  else if (payload.eventAt) kb.text(t("news-event-yes"), eventReply.pack({ reply: "yes", id })).row().text(t("news-event-no"), eventReply.pack({ reply: "no", id })).row();
  if (!payload.reminder) kb.text(t("news-stop"), newsStop.pack({ id }));
  return { text: lines.join("\n"), reply_markup: kb };
}
