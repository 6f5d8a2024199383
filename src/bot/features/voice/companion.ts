// The voice that goes with the desk's messages. It watches what the desk sends through the Bot API (an API
// transformer, so replies, flows, the outbox and the operator board are all covered, on any channel that takes
// sendVoice): after a text reaches a resident who chose voice, a voice note of it follows — a mediator's recording
// when the text is one of the desk's fixed texts and one was made, else synthesis, marked as synthetic. The work
// runs in the background, per chat in order: never on the update's path nor in the outbox's sending loop. A note
// that cannot be made leaves the text alone, logged.
import { type Api, InputFile, type Transformer } from "grammy";
import { type Speaker, spokenText, type VoiceNote } from "#src/domain/speech.js";
import { isEngineError } from "#src/domain/translation.js";
import type { VoiceService } from "#src/domain/voice.js";
import type { Logger } from "#src/logger.js";
import { stripIsolation } from "#src/text/format.js";
import type { Translate } from "#src/text/staff-text.js";
import type { FixedTexts } from "./fixed-texts.js";

export interface VoiceCompanionDeps {
  /** Where voice notes are sent from: the desk's API, with its retries and whatever routes a chat to its channel. */
  api: () => Api;
  speaker: Speaker | undefined;
  voice: VoiceService;
  fixed: FixedTexts;
  /** A file people sent (a mediator's voice note), from the Bot API's file endpoint. */
  download: (fileId: string) => Promise<Uint8Array>;
  translate: Translate;
  localeOf: (chatId: number) => string | undefined;
  logger: Logger;
}

export type VoiceOutcome = "recording" | "synthesised" | "failed" | "nothing";

export class VoiceCompanion {
  private readonly chains = new Map<number, Promise<void>>();
  /** A flow's Api can carry the transformer twice (its own and the bot's): one message, one note. */
  private readonly followed = new Set<string>();
  /** Counts per outcome, for tests and /healthz-like checks. */
  readonly outcomes: Record<VoiceOutcome, number> = { recording: 0, synthesised: 0, failed: 0, nothing: 0 };

  constructor(private readonly deps: VoiceCompanionDeps) {}

  get speaking(): boolean {
    return this.deps.speaker !== undefined;
  }

  get fixed(): FixedTexts {
    return this.deps.fixed;
  }

  download(fileId: string): Promise<Uint8Array> {
    return this.deps.download(fileId);
  }

  /** Install on every Api the desk speaks to residents with. */
  readonly transformer: Transformer = async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (!result.ok || (method !== "sendMessage" && method !== "editMessageText")) return result;
    const { chat_id: chat, text } = payload as { chat_id?: number | string; text?: string };
    const chatId = Number(chat);
    if (!(chatId > 0) || !text) return result;
    const sent = result.result as { message_id?: number } | true;
    const once = `${chatId}:${sent === true ? "" : sent.message_id}:${text}`;
    if (this.followed.has(once)) return result;
    this.followed.add(once);
    if (this.followed.size > 1000) this.followed.delete(this.followed.values().next().value as string);
    if (this.deps.voice.listens(chatId)) this.follow(chatId, text);
    return result;
  };

  /** A voice note of this text for this chat, after the ones already on their way. */
  follow(chatId: number, html: string, locale = this.deps.localeOf(chatId) ?? "it"): Promise<VoiceOutcome> {
    const words = spokenText(html);
    return this.enqueue(chatId, () => (words ? this.deliver(chatId, words, locale) : Promise.resolve("nothing")));
  }

  /** Resolves when every note asked for so far has been sent (or given up). */
  async settled(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  forget(residentId: number): void {
    this.deps.speaker?.forget(residentId);
  }

  private enqueue(chatId: number, job: () => Promise<VoiceOutcome>): Promise<VoiceOutcome> {
    const before = this.chains.get(chatId) ?? Promise.resolve();
    const outcome = before.then(job).catch((error: unknown) => {
      this.deps.logger.warn({ chatId, err: error }, "voice: note not sent; the text went alone");
      return "failed" as const;
    });
    const chain = outcome.then((o) => {
      this.outcomes[o]++;
      if (this.chains.get(chatId) === chain) this.chains.delete(chatId);
    });
    this.chains.set(chatId, chain);
    return outcome;
  }

  private async deliver(chatId: number, words: string, locale: string): Promise<VoiceOutcome> {
    const key = this.deps.fixed.keyOf(locale, words);
    const recording = key ? this.deps.voice.recording(key, locale) : undefined;
    let note: VoiceNote;
    let caption: string;
    if (recording) {
      note = { bytes: recording.audio, seconds: recording.seconds };
      caption = this.deps.translate(locale, "voice-recorded");
    } else {
      const speaker = this.deps.speaker;
      if (!speaker) return "nothing";
      try {
        // A fixed text is the same for everyone; any other holds this person's words (a staff answer, their date).
        note = await speaker.speak(words, locale, key ? {} : { owner: chatId });
      } catch (error) {
        const kind = isEngineError(error) ? error.kind : "unexpected";
        this.deps.logger.warn({ chatId, locale, kind, engine: speaker.name }, "voice: synthesis failed; the text went alone");
        return "failed";
      }
      caption = this.deps.translate(locale, "voice-synthetic");
    }
    await this.deps.api().sendVoice(chatId, new InputFile(note.bytes, "voice.ogg"), {
      caption: stripIsolation(caption),
      duration: Math.max(1, Math.round(note.seconds)),
    });
    return recording ? "recording" : "synthesised";
  }
}
