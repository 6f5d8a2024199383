// The port for speech synthesis (a voice note read aloud in a resident's language) and what the desk reads out of
// a message. Plain TypeScript: no grammY, no I/O. The adapter is src/engines/speech/.

/** An OGG/Opus voice note, as Telegram and WhatsApp take it. */
export interface VoiceNote {
  bytes: Uint8Array;
  /** The audio's length, as the container declares it. */
  seconds: number;
}

export interface SpeakOptions {
  signal?: AbortSignal;
  /**
   * Whose words these are (a resident's id), when the text is theirs alone — a staff answer to them: a cached note
   * of it is erased with their data. Fixed texts of the desk have no owner.
   */
  owner?: number;
}

export interface Speaker {
  readonly name: string;
  /** The voice used for a language of the desk, part of the cache's key; undefined when it cannot speak it. */
  voice(language: string): string | undefined;
  /** Throws EngineError ("unsupported", "timeout", "too-long", "unavailable") so the caller sends the text alone. */
  speak(text: string, language: string, options?: SpeakOptions): Promise<VoiceNote>;
  /** Erases every cached note of this person's words. */
  forget(owner: number): void;
  close(): Promise<void>;
}

/** Telegram's longest message: every text the desk sends can be read out whole. */
export const MAX_SPOKEN_CHARACTERS = 4096;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * What a listener should hear of a message the desk writes in Telegram HTML: no tags, entities decoded, no Fluent
 * isolation marks, no emoji or drawing characters (eSpeak would name them), one space between words.
 */
export function spokenText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith("#")) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/[\u2066-\u2069\u200e\u200f\u061c]/g, "")
    .replace(/\p{Extended_Pictographic}|[\u{1f1e6}-\u{1f1ff}\u2500-\u259f]|\u{fe0f}|\u{200d}|\u{20e3}/gu, " ")
    .replace(/[ \t]+/g, " ")
    .replace(/\s*\n\s*/g, "\n")
    .trim();
}
