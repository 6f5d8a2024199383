// "🔊 Listen" under a message: anyone can have one message read aloud. It goes on what the desk says on its own —
// what arrives unprompted and must be understood even by someone who cannot read: a staff answer, a reminder, an
// offer, a visit proposal, a notice, news — not on the steps of a form the resident is going through (the menu's
// "🔊 Listen to messages" reads those). A resident who chose voice gets every message read anyway: no button.
//
// One live control in the chat: a message with answers of its own (a reminder's "I'll come", a visit's windows)
// keeps just those; a message whose only control is 🔊 keeps it until the desk next offers a control (another 🔊, a
// menu, a question), then its 🔊 is taken away.
import { type Api, InlineKeyboard, type Transformer } from "grammy";
import type { InlineKeyboardButton } from "grammy/types";
import { listenOnce } from "#src/bot/callback-data/voice.js";
import { answeredFromLog } from "#src/delivery/flow-sends.js";
import { escapeHtml } from "#src/text/format.js";

type Rows = InlineKeyboardButton[][];

/**
 * "🔊" as the keyboard of a message that has no buttons of its own. A message with answers (a reminder's "I'll come",
 * a visit's windows) keeps exactly its answers: they are its one live control, and Telegram's and WhatsApp's button
 * limits stay the question's (a resident who chose voice hears those messages anyway).
 */
export function withListenButton(markup: { inline_keyboard: Rows } | undefined, label: string): InlineKeyboard | undefined {
  const rows = markup?.inline_keyboard ?? [];
  if (rows.length) return InlineKeyboard.from(rows);
  return InlineKeyboard.from([[InlineKeyboard.text(label, listenOnce.pack())]]);
}

const SENDS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendLocation", "copyMessage"]);
const EDITS = new Set(["editMessageText", "editMessageCaption", "editMessageMedia", "editMessageReplyMarkup"]);

type Payload = { chat_id?: unknown; message_id?: unknown; reply_markup?: { inline_keyboard?: Rows } };

/** Messages whose words are kept for a late 🔊 (Telegram sends a press on an older message without its text). */
const KEPT_WORDS = 2000;

/**
 * Keeps one 🔊-only message live per chat (see above), and the words of each message sent with 🔊, so a press that
 * Telegram delivers hours later without the message still reads it. Memory only, bounded, erased with the person:
 * after a restart an older 🔊 may stay live, and a press on an old message is answered that it is too old.
 */
export class LiveListenButtons {
  private readonly live = new Map<number, number>();
  private readonly words = new Map<string, string>();

  constructor(private readonly api: () => Api) {}

  readonly transformer: Transformer = (prev, method, payload, signal) =>
    // Only sends and edits can carry 🔊; every other call passes straight through, without an async frame of its own.
    SENDS.has(method) || EDITS.has(method) ? this.watch(prev, method, payload, signal) : prev(method, payload, signal);

  private readonly watch: Transformer = async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    // A flow's step replayed from the plugin's log changed nothing on screen: the live 🔊 stays where it is.
    if (!result.ok || answeredFromLog(result)) return result;
    const p = payload as Payload;
    const chatId = typeof p.chat_id === "number" ? p.chat_id : Number(p.chat_id);
    const buttons = (p.reply_markup?.inline_keyboard ?? []).flat();
    if (!(chatId > 0) || buttons.length === 0) return result;
    const messageId = SENDS.has(method) ? (result.result as { message_id?: number }).message_id : typeof p.message_id === "number" ? p.message_id : undefined;
    const said = (payload as { text?: string; caption?: string }).text ?? (payload as { caption?: string }).caption;
    if (messageId !== undefined && said && buttons.some((b) => "callback_data" in b && listenOnce.is(b.callback_data))) {
      this.words.set(`${chatId}:${messageId}`, (payload as { parse_mode?: string }).parse_mode === "HTML" ? said : escapeHtml(said));
      if (this.words.size > KEPT_WORDS) this.words.delete(this.words.keys().next().value as string);
    }
    const previous = this.live.get(chatId);
    const listenOnly = buttons.every((b) => "callback_data" in b && listenOnce.is(b.callback_data));
    if (listenOnly && messageId !== undefined) this.live.set(chatId, messageId);
    else if (previous !== messageId) this.live.delete(chatId);
    if (previous !== undefined && previous !== messageId) {
      // The earlier message keeps its words; only its 🔊 goes (a message already gone or changed: nothing to do).
      await this.api()
        .editMessageReplyMarkup(chatId, previous, { reply_markup: { inline_keyboard: [] } })
        .catch(() => undefined);
    }
    return result;
  };

  /** The HTML of a message sent with 🔊, for a press that came without it. */
  wordsOf(chatId: number, messageId: number): string | undefined {
    return this.words.get(`${chatId}:${messageId}`);
  }

  forget(chatId: number): void {
    this.live.delete(chatId);
    for (const key of this.words.keys()) if (key.startsWith(`${chatId}:`)) this.words.delete(key);
  }
}
