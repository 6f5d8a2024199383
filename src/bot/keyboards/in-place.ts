import { GrammyError, type InlineKeyboard } from "grammy";
import type { BotContext, FlowContext } from "#src/bot/context.js";

type AnyContext = BotContext | FlowContext;

/** Presses on a screen of the menu or of booking: their answer redraws the pressed message. */
const screens = new WeakSet<object>();
/** Presses whose message has already been redrawn: a second answer is a new message. */
const redrawn = new WeakSet<object>();

/**
 * Marks the presses a composer serves as steps of one screen. Only these are redrawn: the answer to a
 * privacy notice or a language choice stays a new message, so what the resident agreed to stays readable.
 */
export function markScreens(ctx: AnyContext, next: () => Promise<void>): Promise<void> {
  if (ctx.callbackQuery) screens.add(ctx);
  return next();
}

/**
 * Shows the answer to a press in the message that carried the button, so menu → activity → dates →
 * confirmation is one message that changes, not a new one per tap (a long chat is hard to follow for
 * someone who reads slowly). Outside a screen, on a message that cannot become text (a map pin) or for a
 * second answer to the same press, it sends a new message instead.
 */
export async function showInPlace(
  ctx: AnyContext,
  text: string,
  extra: { parse_mode?: "HTML"; reply_markup?: InlineKeyboard } = {},
): Promise<number | undefined> {
  const message = ctx.callbackQuery?.message;
  if (screens.has(ctx) && !redrawn.has(ctx) && message && "text" in message && message.text !== undefined) {
    try {
      await ctx.editMessageText(text, extra);
      redrawn.add(ctx);
      return message.message_id;
    } catch (error) {
      if (!(error instanceof GrammyError) || error.error_code !== 400) throw error;
      // A second tap on the same answer: the message already says what is true.
      if (/not modified/.test(error.description)) {
        redrawn.add(ctx);
        return message.message_id;
      }
      // Any other refusal to edit (the message is gone, or is not text): say it in a new message.
    }
  }
  return (await ctx.reply(text, extra)).message_id;
}

/**
 * One menu live at a time: drawing one (after /menu, "🏠 Menu", the end of first contact) takes the buttons off every
 * earlier message that offers only the menu's (an older menu, a "🏠 Menu" under a past answer), so an old menu
 * pressed by mistake cannot open something the resident is no longer looking at.
 */
export async function retireOtherMenus(ctx: AnyContext, shown: number | undefined): Promise<void> {
  const chatId = ctx.chat?.id;
  if (chatId === undefined || shown === undefined) return;
  for (const id of ctx.deps.services.liveControls.stillOffering(chatId, "menu:", shown)) {
    await ctx.api.editMessageReplyMarkup(chatId, id).catch(() => undefined);
  }
}

/** A keyboard that has been used goes, unless its message was redrawn with a new one. */
export async function retireKeyboard(ctx: AnyContext): Promise<void> {
  if (redrawn.has(ctx) || !ctx.callbackQuery?.message) return;
  await ctx.editMessageReplyMarkup().catch(() => undefined);
}
