import type { MiddlewareFn } from "grammy";
import type { BotContext } from "#src/bot/context.js";
import { answerOldButton } from "#src/bot/features/old-buttons/answer.js";

/** What the desk keeps of the buttons it offered (see delivery/offered-buttons.ts). */
export interface OfferedButtonsRecord {
  wasOffered(chatId: number, messageId: number, data: string): boolean;
}

type PressedMessage = NonNullable<NonNullable<BotContext["callbackQuery"]>["message"]>;

/**
 * A button press is input like any other: a modified client can send any callback_data for a message that has a
 * keyboard. A press counts only when its data is one of the buttons the desk offered on that message: the keyboard
 * Telegram reports with the message, or — when Telegram sends an older message without its content (an
 * InaccessibleMessage, hours later) — the buttons the desk recorded when it sent or last edited it. A press on a
 * keyboard since removed, on a deleted message, or on data never offered is refused, with what to do now.
 */
export function offeredButtonsOnly(record: OfferedButtonsRecord): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const query = ctx.callbackQuery;
    if (!query) return next();
    const data = query.data;
    if (data !== undefined && (wasOffered(query.message, data) || wasRecorded(record, query.message, data))) return next();
    // Answered with what is true now: this step is done, and what became of it (see features/old-buttons).
    await answerOldButton(ctx);
  };
}

/** Against the keyboard Telegram sent with the message (none on an inaccessible one). */
export function wasOffered(message: PressedMessage | undefined, data: string): boolean {
  if (!message || message.date === 0 || !("reply_markup" in message)) return false;
  return (message.reply_markup?.inline_keyboard ?? []).some((row) =>
    row.some((button) => "callback_data" in button && button.callback_data === data),
  );
}

/** Against what the desk recorded, only when Telegram no longer sends the message itself. */
function wasRecorded(record: OfferedButtonsRecord, message: PressedMessage | undefined, data: string): boolean {
  if (message?.date !== 0) return false;
  return record.wasOffered(message.chat.id, message.message_id, data);
}
