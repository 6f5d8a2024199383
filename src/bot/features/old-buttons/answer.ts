import { contactChoice, descriptionDone, editChoice, summaryChoice, visitChoice } from "#src/bot/callback-data/flows.js";
import { category, closedReply, heldAnswer } from "#src/bot/callback-data/requests.js";
import { satisfactionAnswer, satisfactionReopen } from "#src/bot/callback-data/satisfaction.js";
import type { BotContext } from "#src/bot/context.js";
import { backToMenu } from "#src/bot/features/menu/main-menu.js";
import { retireOtherMenus } from "#src/bot/keyboards/in-place.js";
import { flowStorageKey } from "#src/bot/middlewares/idle-flows.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";

/**
 * A button of a step that is over (its keyboard removed, the message too old, or a flow that has ended) answers what
 * is true now, in the resident's language, both in the toast under the finger and in the chat: "this step is done",
 * and what became of what they said — never "start again", which would make them fear it was lost.
 * - A form still open: what they said is kept; the chat line answers the form's current question (quoted), so it is
 *   one tap away without scrolling.
 * - A step of a request of theirs (the form, "send this to the desk?", "did we help you?"): the request is safe,
 *   with its number, and the answer will come in this chat.
 * - Anything else (an old menu, an old list): it does nothing now; the menu is at hand.
 * Staff, in their groups, get a short notice in Italian.
 */
export async function answerOldButton(ctx: BotContext): Promise<void> {
  if (ctx.chat?.type !== "private") {
    await ctx.answerCallbackQuery({ text: ctx.deps.italian("staff-button-stale"), show_alert: true }).catch(() => undefined);
    return;
  }
  const chatId = ctx.chat.id;
  const key = flowStorageKey(ctx);
  if (key && ctx.deps.services.idleFlows.isOpen(key)) {
    await ctx.answerCallbackQuery({ text: ctx.t("old-button-toast-form") }).catch(() => undefined);
    // The form's live step is the newest message offering only its buttons ("f:…"); a topic step has its own.
    const step = [
      ...ctx.deps.services.liveControls.stillOffering(chatId, "f:"),
      ...ctx.deps.services.liveControls.stillOffering(chatId, `${category.prefix}:`),
    ].sort((a, b) => b - a)[0];
    const quote = step !== undefined && !isWhatsAppChat(chatId) ? { reply_parameters: { message_id: step, allow_sending_without_reply: true } } : {};
    await ctx.reply(ctx.t("button-stale-form"), quote);
    return;
  }
  const request = ofARequest(ctx.callbackQuery?.data) && ctx.from ? ctx.deps.services.requests.forResident(ctx.from.id)[0] : undefined;
  if (request) {
    await ctx.answerCallbackQuery({ text: ctx.t("old-button-toast-request") }).catch(() => undefined);
    const sent = await ctx.reply(ctx.t("old-button-request", { number: String(request.id) }), { reply_markup: backToMenu(ctx) });
    // One "🏠 Menu" live: the one under this answer.
    await retireOtherMenus(ctx, sent.message_id);
    return;
  }
  await ctx.answerCallbackQuery().catch(() => undefined);
  const sent = await ctx.reply(ctx.t("button-stale"), { reply_markup: backToMenu(ctx) });
  await retireOtherMenus(ctx, sent.message_id);
}

/** Whether a button belongs to a resident's request: its form, the question about held messages, or its closing. */
function ofARequest(data: string | undefined): boolean {
  const kinds = [category, descriptionDone, visitChoice, contactChoice, summaryChoice, editChoice, heldAnswer, closedReply, satisfactionAnswer, satisfactionReopen];
  return kinds.some((kind) => kind.is(data));
}
