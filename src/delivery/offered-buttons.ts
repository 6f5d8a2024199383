import type { Transformer } from "grammy";
import type { Clock } from "#src/clock.js";
import type { OfferedButtonsRepository } from "#src/db/repositories/offered-buttons.js";
import { answeredFromLog } from "./flow-sends.js";

/** Calls that post a new message: its keyboard, if any, is what it offers. */
const SENDS = new Set([
  "sendMessage",
  "sendPhoto",
  "sendDocument",
  "sendVoice",
  "sendAudio",
  "sendVideo",
  "sendAnimation",
  "sendVideoNote",
  "sendLocation",
  "sendVenue",
  "sendContact",
  "sendPoll",
  "copyMessage",
]);

/** Calls that change a message: as in Telegram, an edit without a keyboard leaves none. */
const EDITS = new Set(["editMessageText", "editMessageCaption", "editMessageMedia", "editMessageReplyMarkup", "editMessageLiveLocation"]);

type Payload = {
  chat_id?: unknown;
  message_id?: unknown;
  message_ids?: unknown;
  inline_message_id?: unknown;
  reply_markup?: { inline_keyboard?: Array<Array<{ callback_data?: string }>> };
};

function callbackData(payload: Payload): string[] {
  const data: string[] = [];
  for (const row of payload.reply_markup?.inline_keyboard ?? []) for (const b of row) if (typeof b.callback_data === "string") data.push(b.callback_data);
  return data;
}

/**
 * Records, from every call the desk makes (replies, flows, the outbox), the buttons each message offers, so that
 * a press Telegram delivers without the message (an InaccessibleMessage, hours later) can still be checked
 * against what the desk offered on it. Recorded once Telegram has carried the call out; a lost answer records
 * nothing, so such a keyboard is refused when old rather than trusted blindly.
 */
export function recordOfferedButtons(offered: OfferedButtonsRepository, clock: Clock): Transformer {
  const record: Transformer = async (prev, method, payload, signal) => {
    const res = await prev(method, payload, signal);
    // A flow's step replayed from the plugin's log: its buttons were recorded when it was made.
    if (answeredFromLog(res)) return res;
    const p = payload as Payload;
    const chatId = typeof p.chat_id === "number" ? p.chat_id : Number.NaN;
    if (Number.isNaN(chatId) || p.inline_message_id !== undefined) return res;
    if (res.ok && SENDS.has(method)) {
      const data = callbackData(p);
      const messageId = (res.result as { message_id?: number } | undefined)?.message_id;
      if (data.length && typeof messageId === "number") offered.offerOnNew(chatId, messageId, data, clock.now());
    } else if (res.ok && EDITS.has(method) && typeof p.message_id === "number") {
      offered.offer(chatId, p.message_id, callbackData(p), clock.now());
    } else if (method === "deleteMessage" && typeof p.message_id === "number") {
      // Deleted, or already gone ("message to delete not found"): either way nothing can be pressed on it.
      if (res.ok || /not found/.test(res.description)) offered.withdraw(chatId, p.message_id);
    } else if (method === "deleteMessages" && Array.isArray(p.message_ids) && res.ok) {
      for (const id of p.message_ids) if (typeof id === "number") offered.withdraw(chatId, id);
    }
    return res;
  };
  // Calls that neither post, change nor delete a message pass straight through, without an async frame of their own.
  return (prev, method, payload, signal) =>
    SENDS.has(method) || EDITS.has(method) || method === "deleteMessage" || method === "deleteMessages" ? record(prev, method, payload, signal) : prev(method, payload, signal);
}
