import type { MiddlewareFn } from "grammy";
import type { BotContext } from "../context.js";

/**
 * A button press is input like any other: a modified client can send any callback_data for a
 * message that has a keyboard. Telegram reports the message as it is now, keyboard included, so
 * a press counts only when its data is one of the buttons that message still offers; a press on
 * a keyboard the desk has since removed, or on data it never offered, is refused here.
 */
export function offeredButtonsOnly(): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    if (!query) return next();
    if (query.data !== undefined && wasOffered(query.message, query.data)) return next();
    await ctx.answerCallbackQuery({ text: ctx.t("button-expired") }).catch(() => undefined);
  };
}

type PressedMessage = NonNullable<NonNullable<BotContext["callbackQuery"]>["message"]>;

export function wasOffered(message: PressedMessage | undefined, data: string): boolean {
  // An inaccessible message (date 0) carries no keyboard to check against.
  if (!message || message.date === 0 || !("reply_markup" in message)) return false;
  return (message.reply_markup?.inline_keyboard ?? []).some((row) =>
    row.some((button) => "callback_data" in button && button.callback_data === data),
  );
}
