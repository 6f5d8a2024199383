import { InlineKeyboard } from "grammy";
import { startRequestForm } from "#src/bot/conversations/file-request.js";
import { heldAnswer } from "#src/bot/callback-data/requests.js";
import type { BotContext } from "#src/bot/context.js";
import type { HeldMessage } from "#src/domain/residents.js";
import { type LetterPage, MAX_PAGES } from "#src/domain/letters/service.js";
import { shortDay } from "#src/text/dates.js";

/** The menu's "desk" entry: the request form, unless a request is still open (it takes what they write). */
export async function openRequestForm(ctx: BotContext) {
  const open = ctx.deps.services.requests.openFor(ctx.from!.id);
  if (open) return ctx.reply(ctx.t("req-already-open", { number: String(open.id) }));
  await startRequestForm(ctx);
}

/** The resident's last requests with their status. */
export async function listRequests(ctx: BotContext) {
  const mine = ctx.deps.services.requests.forResident(ctx.from!.id).slice(0, 10);
  if (!mine.length) return ctx.reply(ctx.t("my-requests-none"));
  const locale = await ctx.i18n.getLocale();
  const lines = mine.map((r) =>
    ctx.t("my-request-line", {
      number: String(r.id),
      category: ctx.t(`cat-${r.category}`),
      status: ctx.t(`status-${r.status}`),
      date: shortDay(r.createdAt, locale, ctx.deps.config.timezone),
    }),
  );
  // Every line is the desk's own translated text: nothing of the resident's to escape.
  await ctx.reply([ctx.t("my-requests-title"), ...lines].join("\n"), { parse_mode: "HTML" });
}

/**
 * "Send this to the desk?" under the message the resident sent outside any form; with several held, one question for
 * all of them ("Send these messages (3) to the desk?"), asked again below the newest after the old one is deleted.
 */
export async function askToSendHeld(ctx: BotContext, messageId: number, count = 1) {
  const kb = new InlineKeyboard()
    .text(ctx.t("held-yes"), heldAnswer.pack({ answer: "yes" }))
    .row()
    .text(ctx.t("held-no"), heldAnswer.pack({ answer: "no" }));
  // Photos (or a PDF) sent without a word may be a letter the resident wants read: one more answer says so.
  const { residents } = ctx.deps.services;
  if (lettersPages(residents.held(residents.get(ctx.from!.id)?.pendingFlow ?? null).pieces)) {
    kb.row().text(ctx.t("held-letter"), heldAnswer.pack({ answer: "letter" }));
  }
  const text = count > 1 ? ctx.t("held-ask-many", { count }) : ctx.t("held-ask");
  const asked = await ctx.reply(text, { reply_markup: kb, reply_parameters: { message_id: messageId, allow_sending_without_reply: true } });
  ctx.deps.services.residents.setHeldAsk(ctx.from!.id, asked.message_id);
  return asked;
}

/** The held messages as a letter's pages, when every one of them is a page the desk can read (at most six). */
export function lettersPages(held: HeldMessage[]): LetterPage[] | undefined {
  if (!held.length || held.length > MAX_PAGES || !held.every((h) => h.page && h.fileId)) return undefined;
  return held.map((h) => ({ fileId: h.fileId!, messageId: h.messageId, kind: h.kind === "photo" ? "photo" : "document", ...(h.page === "pdf" ? { pdf: true } : {}) }));
}
