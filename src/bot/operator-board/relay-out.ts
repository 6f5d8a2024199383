import type { Message } from "grammy/types";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { needsConfirmation, type UntranslatedReason } from "#src/domain/language-guarantee.js";
import type { Request } from "#src/domain/requests/model.js";
import { escapeHtml, escapeMarkup, stripIsolation, TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import { deliveryFailed } from "./delivery-failure.js";
import { engineNote, plainLength, type StaffReading } from "./reading.js";
import type { BoardDeps, Held, Relayed, UpdateApi } from "./types.js";

/** A caption holds at most 1,024 characters. */
const CAPTION_LIMIT = 1024;

/** Staff → resident: answers written in the request's topic, quick replies and notices, in the resident's language. */
export class RelayOut {
  constructor(
    private readonly deps: BoardDeps,
    private readonly reading: StaffReading,
  ) {}

  /**
   * A staff message (text or media) to the resident. Text is machine-translated into the resident's language, with
   * the Italian original folded below and a line saying so. What would reach a resident who did not choose Italian as
   * written (no engine, translation off, a leading "=", the engine failed, a caption) is held back instead, for staff
   * to confirm (`confirmed`): the language guarantee.
   */
  async relayOut(request: Request, message: Pick<Message, "message_id" | "text" | "caption">, prefix: string, api: UpdateApi, confirmed = false): Promise<Relayed | Held> {
    const { chatId } = this.deps;
    try {
      if (message.text) return await this.relayText(request, message.text, prefix, confirmed, api);
      const locale = this.reading.residentLocale(request);
      if (!confirmed && message.caption && needsConfirmation(locale, message.caption)) return { held: "caption", said: message.caption };
      const caption = message.caption ? `${prefix}\n${message.caption}` : prefix;
      // 🔊 under a photo or a document with words: its caption read aloud (WhatsApp puts no buttons under media).
      const listen = message.caption && !isWhatsAppChat(request.residentId) ? this.deps.listenUnder?.(request.residentId, locale) : undefined;
      const copy = await api.copyMessage(request.residentId, chatId, message.message_id, { caption: caption.slice(0, CAPTION_LIMIT), ...(listen ? { reply_markup: listen } : {}) });
      return { ok: true, messageId: copy.message_id, ...(message.caption ? { said: message.caption } : {}) };
    } catch (error) {
      return deliveryFailed(this.deps, request, error);
    }
  }

  private async relayText(request: Request, raw: string, prefix: string, confirmed: boolean, api: UpdateApi): Promise<Relayed | Held> {
    const { engines, translate } = this.deps;
    const translating = this.reading.translating;
    const verbatim = raw.startsWith("=");
    const said = verbatim ? raw.slice(1).trim() || raw : raw;
    const locale = this.reading.residentLocale(request);
    const outcome =
      // Confirmed after the language warning: sent as written, as staff chose.
      translating && request.translate && !verbatim && !confirmed && locale !== "it"
        ? await engines!.translation.toResident(request.residentId, said, locale)
        : undefined;
    if (outcome?.status === "translated") {
      const note = stripIsolation(translate(locale, "translation-machine-note"));
      const html = `${escapeMarkup(prefix)}\n${escapeMarkup(outcome.text)}\n<blockquote expandable>${escapeMarkup(said)}</blockquote>\n<i>${escapeMarkup(note)}</i>`;
      if (plainLength(html) <= TELEGRAM_TEXT_LIMIT - 32) {
        const listen = this.deps.listenUnder?.(request.residentId, locale);
        const sent = await api.sendMessage(request.residentId, html, { parse_mode: "HTML", ...(listen ? { reply_markup: listen } : {}) });
        return { ok: true, messageId: sent.message_id, said, translated: { text: outcome.text, to: locale } };
      }
    }
    const failed = outcome?.status === "failed" ? outcome.kind : outcome?.status === "translated" ? "too-long" : undefined;
    if (!confirmed && needsConfirmation(locale, said)) {
      const reason: UntranslatedReason = !translating ? "no-engine" : !request.translate ? "off" : verbatim ? "verbatim" : (failed ?? "unavailable");
      return { held: reason, said };
    }
    const listen = this.deps.listenUnder?.(request.residentId, locale);
    const sent = await api.sendMessage(request.residentId, `${prefix}\n${said}`, listen ? { reply_markup: listen } : {});
    return { ok: true, messageId: sent.message_id, said, ...(failed ? { untranslated: failed } : {}), ...(confirmed ? { confirmed } : {}) };
  }

  /**
   * After a staff answer was delivered and recorded: its translation is kept with it, and staff see in the topic what
   * the resident got (or that it went in Italian because the engine failed).
   */
  async relayedAnswer(request: Request, staffMessageId: number, relayed: Relayed): Promise<void> {
    if (!relayed.ok) return;
    const { engines, italian, services } = this.deps;
    if (relayed.translated) {
      engines?.translation.saveOnAnswer(request.id, staffMessageId, { translation: relayed.translated.text, translatedFrom: "it" });
      const into = italian("board-language-into", { code: escapeHtml(relayed.translated.to) });
      services.requests.say(request.id, italian("board-sent-translated", { into, text: escapeHtml(relayed.translated.text) }));
    } else if (relayed.untranslated && !relayed.confirmed) {
      engines?.translation.saveOnAnswer(request.id, staffMessageId, { translationNote: relayed.untranslated });
      services.requests.say(request.id, italian("board-sent-untranslated", { why: engineNote(italian, relayed.untranslated) }));
    }
  }
}
