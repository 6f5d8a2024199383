// The port for speech synthesis (a voice note read aloud in a resident's language) and what the desk reads out of
// a message. Plain TypeScript: no grammY, no I/O. The adapter is src/engines/speech/.

/** An OGG/Opus voice note, as Telegram and WhatsApp take it. */
export interface VoiceNote {
  bytes: Uint8Array;
  /** The audio's length, as the container declares it. */
  seconds: number;
}

/**
 * A voice note the desk promised (the spoken words of a text just sent to someone who chose voice, or asked with 🔊),
 * queued in the outbox like any other message so a restart does not lose it: synthesised beside the sending loop,
 * then sent at the chat's pace.
 */
export interface VoiceNotePayload {
  type: "voice";
  /** What is read out, as spokenText() gives it (no markup). */
  words: string;
  /** The language the words are in (and of the caption). */
  locale: string;
  /** Whether the words are this person's alone (a staff answer to them), not one of the desk's fixed texts. */
  personal?: boolean;
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
 * isolation marks, no emoji or drawing characters (eSpeak would name them), one space between words, no folded
 * quote.
 */
export function spokenText(html: string): string {
  return html
    // A folded quote holds the Italian original under a translated staff answer: the listener hears the translation.
    .replace(/<blockquote[^>]*>[\s\S]*?<\/blockquote>/gi, "")
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
