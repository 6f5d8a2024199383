// The voice that goes with the desk's messages. It watches what the desk sends through the Bot API (an API
// transformer, so replies, flows, the outbox and the operator board are all covered, on any channel that takes
// sendVoice): after a text reaches a resident who chose voice, a voice note of it is promised — a row in the outbox,
// so a restart does not lose it and it goes at the chat's pace like any message. The outbox has the note made beside
// its sending loop (prepare), then sends it (send): a mediator's recording when the text is one of the desk's fixed
// texts and one was made, else synthesis, marked as synthetic. A note that cannot be made leaves the text alone,
// logged.
import { type Api, InputFile, type Transformer } from "grammy";
import { type Speaker, spokenText, type VoiceNote, type VoiceNotePayload } from "#src/domain/speech.js";
import { isEngineError } from "#src/domain/translation.js";
import type { VoiceService } from "#src/domain/voice.js";
import type { Logger } from "#src/logger.js";
import { answeredFromLog } from "#src/delivery/flow-sends.js";
import type { VoiceNoteSender } from "#src/delivery/outbox.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import type { Translate } from "#src/text/staff-text.js";
import type { FixedTexts } from "./fixed-texts.js";
import type { LiveListenButtons } from "./listen-button.js";

export interface VoiceCompanionDeps {
  speaker: Speaker | undefined;
  voice: VoiceService;
  fixed: FixedTexts;
  /** Queues a promised note in the outbox (false when the person cannot be reached, or was erased). */
  enqueue: (chatId: number, note: VoiceNotePayload) => boolean;
  /** A file people sent (a mediator's voice note), from the Bot API's file endpoint. */
  download: (fileId: string) => Promise<Uint8Array>;
  translate: Translate;
  localeOf: (chatId: number) => string | undefined;
  logger: Logger;
  /** "🔊" under single messages: one live at a time, and their words for a late press. */
  listening: LiveListenButtons;
}

/** Methods whose text is read, and those whose caption is (a staff answer sent as a photo, a document …). */
const SAID = new Set(["sendMessage", "editMessageText"]);
const CAPTIONED = new Set(["sendPhoto", "sendDocument", "sendVideo", "sendAnimation", "copyMessage", "editMessageCaption"]);

export type VoiceOutcome = "recording" | "synthesised" | "failed" | "nothing";

export class VoiceCompanion implements VoiceNoteSender {
  /** Syntheses per chat, in order: a chat's notes are made (and so become due) in the order they were promised. */
  private readonly chains = new Map<number, Promise<void>>();
  /** Notes made and not yet sent, by outbox row: memory only (a restart makes them again from the row). */
  private readonly ready = new Map<number, { chatId: number; note?: VoiceNote; failed?: string }>();
  /** A flow's Api can carry the transformer twice (its own and the bot's): one message, one note. */
  private readonly followed = new Set<string>();
  /** Words to say instead of a message's own, by chat and message words, until the message is sent (see speakInstead). */
  private readonly instead = new Map<string, string>();
  /** Those words by message sent, for a 🔊 press on it (memory only, bounded, erased with the person). */
  private readonly insteadOf = new Map<string, string>();
  /** Counts per outcome, for tests and /healthz-like checks. */
  readonly outcomes: Record<VoiceOutcome, number> = { recording: 0, synthesised: 0, failed: 0, nothing: 0 };

  constructor(private readonly deps: VoiceCompanionDeps) {}

  get speaking(): boolean {
    return this.deps.speaker !== undefined;
  }

  get listening(): LiveListenButtons {
    return this.deps.listening;
  }

  get fixed(): FixedTexts {
    return this.deps.fixed;
  }

  download(fileId: string): Promise<Uint8Array> {
    return this.deps.download(fileId);
  }

  /** Install on every Api the desk speaks to residents with. */
  readonly transformer: Transformer = (prev, method, payload, signal) =>
    // Only what shows words is followed; every other call passes straight through, without an async frame of its own.
    SAID.has(method) || CAPTIONED.has(method) ? this.follows(prev, method, payload, signal) : prev(method, payload, signal);

  private readonly follows: Transformer = async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    // Not ok, or a flow's step replayed from the plugin's log (its note was promised when it was said).
    if (!result.ok || answeredFromLog(result)) return result;
    const { chat_id: chat, parse_mode: parseMode, ...said } = payload as { chat_id?: number | string; text?: string; caption?: string; parse_mode?: string };
    const chatId = Number(chat);
    // A staff answer that is a photo or a document is read by its caption (copyMessage keeps the original's when
    // none is given: then the staff's words are not in hand, and only a caption given here is read).
    const words = SAID.has(method) ? said.text : said.caption;
    if (!(chatId > 0) || !words) return result;
    const html = parseMode === "HTML" ? words : escapeHtml(words);
    const sent = result.result as { message_id?: number } | true;
    const once = `${chatId}:${sent === true ? "" : sent.message_id}:${html}`;
    if (this.followed.has(once)) return result;
    this.followed.add(once);
    if (this.followed.size > 1000) this.followed.delete(this.followed.values().next().value as string);
    // Words to say instead are rare (a letter's facts): the spoken form of every message is worked out only then.
    const insteadKey = this.instead.size ? `${chatId}\u0000${spokenText(html)}` : undefined;
    const spoken = insteadKey === undefined ? undefined : this.instead.get(insteadKey);
    if (spoken !== undefined) {
      this.instead.delete(insteadKey!);
      if (sent !== true && sent.message_id !== undefined) remember(this.insteadOf, `${chatId}:${sent.message_id}`, spoken);
    }
    if (this.deps.voice.listens(chatId)) this.follow(chatId, spoken ?? html);
    return result;
  };

  /**
   * The next message to this chat with these words (HTML) is heard as `plain` instead (a letter's facts as sentences,
   * without the letter's Italian quotes and codes a voice cannot usefully read), by a listener and on 🔊.
   */
  speakInstead(chatId: number, html: string, plain: string): void {
    remember(this.instead, `${chatId}\u0000${spokenText(html)}`, escapeHtml(plain));
  }

  /** The words said instead of a message's own, for a 🔊 press on it. */
  spokenOf(chatId: number, messageId: number): string | undefined {
    return this.insteadOf.get(`${chatId}:${messageId}`);
  }

  /** Promises a voice note of this text to this chat, after the ones already promised. */
  follow(chatId: number, html: string, locale = this.deps.localeOf(chatId) ?? "it"): boolean {
    const words = spokenText(html);
    const key = words ? this.deps.fixed.keyOf(locale, words) : undefined;
    if (!words || (!this.deps.speaker && !(key && this.deps.voice.recording(key, locale)))) {
      this.outcomes.nothing++;
      return false;
    }
    // A fixed text is the same for everyone; any other holds this person's words (a staff answer, their date).
    return this.deps.enqueue(chatId, { type: "voice", words, locale, ...(key ? {} : { personal: true }) });
  }

  /** The synthesis a promised note still needs (none for a recording, or one already made). */
  prepare(rowId: number, note: VoiceNotePayload, chatId: number): (() => Promise<unknown>) | undefined {
    const speaker = this.deps.speaker;
    if (this.ready.has(rowId) || this.recordingOf(note) || !speaker) return undefined;
    return () =>
      this.inOrder(chatId, async () => {
        try {
          const made = await speaker.speak(note.words, note.locale, note.personal ? { owner: chatId } : {});
          this.ready.set(rowId, { chatId, note: made });
        } catch (error) {
          const kind = isEngineError(error) ? error.kind : "unexpected";
          this.deps.logger.warn({ chatId, locale: note.locale, kind, engine: speaker.name }, "voice: synthesis failed; the text went alone");
          this.ready.set(rowId, { chatId, failed: kind });
        }
      });
  }

  /** Sends a promised note, once made; throws when it could not be (the outbox marks the row failed). */
  async send(api: Api, rowId: number, note: VoiceNotePayload, chatId: number): Promise<void> {
    const recording = this.recordingOf(note);
    const made = this.ready.get(rowId);
    // A retry after an error prepares it again (from the cache).
    this.ready.delete(rowId);
    let audio: VoiceNote;
    let caption: string;
    if (recording) {
      audio = { bytes: recording.audio, seconds: recording.seconds };
      caption = this.deps.translate(note.locale, "voice-recorded");
    } else if (made?.note) {
      audio = made.note;
      caption = this.deps.translate(note.locale, "voice-synthetic");
    } else {
      this.outcomes.failed++;
      throw new Error(`voice note not made: ${made?.failed ?? (this.deps.speaker ? "not prepared" : "no speech engine")}`);
    }
    await api.sendVoice(chatId, new InputFile(audio.bytes, "voice.ogg"), {
      caption: stripIsolation(caption),
      duration: Math.max(1, Math.round(audio.seconds)),
    });
    this.outcomes[recording ? "recording" : "synthesised"]++;
  }

  /** Resolves when every synthesis asked for so far has ended. */
  async settled(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  forget(residentId: number): void {
    this.deps.listening.forget(residentId);
    for (const map of [this.instead, this.insteadOf]) for (const key of map.keys()) if (key.startsWith(`${residentId}:`) || key.startsWith(`${residentId}\u0000`)) map.delete(key);
    for (const [rowId, entry] of this.ready) if (entry.chatId === residentId) this.ready.delete(rowId);
    this.deps.speaker?.forget(residentId);
  }

  private recordingOf(note: VoiceNotePayload) {
    const key = note.personal ? undefined : this.deps.fixed.keyOf(note.locale, note.words);
    return key ? this.deps.voice.recording(key, note.locale) : undefined;
  }

  private inOrder(chatId: number, job: () => Promise<void>): Promise<void> {
    const run = (this.chains.get(chatId) ?? Promise.resolve()).then(job);
    this.chains.set(chatId, run);
    void run.finally(() => {
      if (this.chains.get(chatId) === run) this.chains.delete(chatId);
    });
    return run;
  }
}

/** Words kept for messages: a few hundred at most, the oldest dropped first. */
const KEPT = 500;

function remember(map: Map<string, string>, key: string, words: string): void {
  map.delete(key);
  map.set(key, words);
  if (map.size > KEPT) map.delete(map.keys().next().value as string);
}
