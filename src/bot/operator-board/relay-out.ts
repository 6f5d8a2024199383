import type { Message } from "grammy/types";
import type { Request } from "../../domain/requests.js";
import { escapeHtml, escapeMarkup, stripIsolation, TELEGRAM_TEXT_LIMIT } from "../format.js";
import { deliveryFailed } from "./delivery-failure.js";
import { engineNote, plainLength, type StaffReading } from "./reading.js";
import type { BoardDeps, Relayed } from "./types.js";

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
   * the Italian original folded below and a line saying so; a leading "=" sends it as it is. An engine's failure
   * sends the Italian text at once (staff are told).
   */
  async relayOut(request: Request, message: Message, prefix: string): Promise<Relayed> {
    const { api, chatId } = this.deps;
    try {
      if (message.text) return await this.relayText(request, message.text, prefix);
      const caption = message.caption ? `${prefix}\n${message.caption}` : prefix;
      const copy = await api.copyMessage(request.residentId, chatId, message.message_id, { caption: caption.slice(0, CAPTION_LIMIT) });
      return { ok: true, messageId: copy.message_id };
    } catch (error) {
      return deliveryFailed(this.deps, request, error);
    }
  }

  private async relayText(request: Request, raw: string, prefix: string): Promise<Relayed> {
    const { api, engines, translate } = this.deps;
    const translating = this.reading.translating;
    const verbatim = translating && raw.startsWith("=");
    const said = verbatim ? raw.slice(1).trim() || raw : raw;
    const locale = this.reading.residentLocale(request);
    const outcome =
      translating && request.translate && !verbatim && locale !== "it"
        ? await engines!.translation.toResident(request.residentId, said, locale)
        : undefined;
    if (outcome?.status === "translated") {
      const note = stripIsolation(translate(locale, "translation-machine-note"));
      const html = `${escapeMarkup(prefix)}\n${escapeMarkup(outcome.text)}\n<blockquote expandable>${escapeMarkup(said)}</blockquote>\n<i>${escapeMarkup(note)}</i>`;
      if (plainLength(html) <= TELEGRAM_TEXT_LIMIT - 32) {
        const sent = await api.sendMessage(request.residentId, html, { parse_mode: "HTML" });
        return { ok: true, messageId: sent.message_id, said, translated: { text: outcome.text, to: locale } };
      }
    }
    const sent = await api.sendMessage(request.residentId, `${prefix}\n${said}`);
    const untranslated = outcome?.status === "failed" ? outcome.kind : outcome?.status === "translated" ? "too-long" : undefined;
    return { ok: true, messageId: sent.message_id, said, ...(untranslated ? { untranslated } : {}) };
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
    } else if (relayed.untranslated) {
      engines?.translation.saveOnAnswer(request.id, staffMessageId, { translationNote: relayed.untranslated });
      services.requests.say(request.id, italian("board-sent-untranslated", { why: engineNote(italian, relayed.untranslated) }));
    }
  }
}
