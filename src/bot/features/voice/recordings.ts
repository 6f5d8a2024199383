import type { BotContext } from "#src/bot/context.js";
import { escapeHtml } from "#src/text/format.js";

export interface RecordingTarget {
  locale: string;
  key: string;
}

/** The bot's ask for a recording of one fixed text, or undefined when the key is not one in that language. */
export function recordingPrompt(ctx: BotContext, target: RecordingTarget): string | undefined {
  const text = ctx.deps.voice?.fixed.text(target.locale, target.key);
  if (text === undefined) return undefined;
  return ctx.deps.italian("voice-record-prompt", {
    locale: target.locale,
    key: escapeHtml(target.key),
    text: escapeHtml(text.replace(/[\u2066-\u2069]/g, "")),
  });
}

/** Telegram's voice notes are OGG/Opus; a file that is not cannot be sent back as one. */
export function isOggOpus(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return head.startsWith("OggS") && head.includes("OpusHead");
}
