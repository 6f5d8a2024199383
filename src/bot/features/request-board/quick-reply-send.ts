import { InlineKeyboard } from "grammy";
import { QUICK_REPLY_KEYS, quickReplyUnfit } from "#src/domain/quick-replies.js";
import type { Request } from "#src/domain/requests/model.js";
import type { BotContext } from "#src/bot/context.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import { weeklyHoursText } from "#src/bot/features/opening-hours/texts.js";
import { actorOf } from "#src/bot/features/staff/replies.js";

/** A quick reply in a language: its text, with the address and hours of the request's desk where it names them. */
export function quickReplyText(ctx: BotContext, locale: string, key: string, request: Request): string {
  const desk = ctx.deps.services.requests.deskOf(request);
  const vars: Record<string, string> = key === "qr-hours" ? { hours: weeklyHoursText(desk.hours, locale, (k, v) => ctx.i18n.fluent.translate(locale, k, v)) } : { address: desk.address };
  return stripIsolation(ctx.i18n.fluent.translate(locale, key, vars));
}

/**
 * The team's quick replies that fit this request (a call-back needs a phone, "come to the desk" does not fit a home
 * visit), and the ones left out with why, for staff to read.
 */
export function fittingQuickReplies(ctx: BotContext, request: Request): { keys: string[]; hidden: string[] } {
  const phone = ctx.deps.services.residents.get(request.residentId)?.phone;
  const keys: string[] = [];
  const hidden: string[] = [];
  for (const key of ctx.deps.services.requests.teamOf(request).quickReplies) {
    const unfit = quickReplyUnfit(key, request, phone);
    if (!unfit) keys.push(key);
    else hidden.push(`${ctx.deps.italian("desk-quick-reply-label", { reply: key })} (${ctx.deps.italian("quick-reply-unfit", { why: unfit })})`);
  }
  return { keys, hidden };
}

/** The buttons of the fitting quick replies, two a row, each packed by `pack` with the reply's place in the library. */
export function quickReplyButtons(ctx: BotContext, keys: string[], pack: (index: number) => string): InlineKeyboard {
  const kb = new InlineKeyboard();
  keys.forEach((key, i) => {
    kb.text(ctx.deps.italian("desk-quick-reply-label", { reply: key }), pack(QUICK_REPLY_KEYS.indexOf(key as never)));
    if (i % 2 === 1) kb.row();
  });
  return kb;
}

/** The line under the quick replies that says which were left out and why, or "". */
export function hiddenLine(ctx: BotContext, hidden: string[]): string {
  return hidden.length ? `\n${ctx.deps.italian("quick-replies-hidden", { list: escapeHtml(hidden.join(", ")) })}` : "";
}

/**
 * Sends a quick reply to the resident in their language and records it as the staff's answer; returns its Italian
 * text when it was delivered.
 */
export async function sendQuickReply(ctx: BotContext, request: Request, key: string): Promise<{ ok: true; inItalian: string; locale: string } | { ok: false }> {
  const locale = ctx.deps.board.residentLocale(request);
  const delivery = await ctx.deps.board.tellResident(request, `${quickReplyText(ctx, locale, "relay-staff-prefix", request)}\n${quickReplyText(ctx, locale, key, request)}`, ctx.api);
  if (!delivery.ok) return { ok: false };
  const inItalian = quickReplyText(ctx, "it", key, request);
  ctx.deps.services.requests.answered(request.id, actorOf(ctx), { kind: "quick-reply", text: inItalian }, "quick-reply");
  return { ok: true, inItalian, locale };
}
