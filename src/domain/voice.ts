// Who hears the desk, and the mediators' recordings of its fixed texts. Plain TypeScript over the repositories.
import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";

export interface Recording {
  audio: Uint8Array;
  seconds: number;
}

/** What a mediator may record: the desk's fixed resident texts (no placeables), in each resident language. */
export interface RecordableTexts {
  keys(locale: string): string[];
}

export interface VoiceService {
  /** Whether this person chose voice notes with the desk's messages. */
  listens(residentId: number): boolean;
  /** The person's choice of voice notes with the desk's messages, kept until they change it. */
  choose(residentId: number, listens: boolean): void;
  /** A mediator's recording of a fixed text in one language, if any. */
  recording(key: string, locale: string): Recording | undefined;
  /** A mediator (`by`) records a fixed text in one language; it replaces an earlier one. */
  record(key: string, locale: string, recording: Recording, by: number): void;
  /** Removes a recording; false when there was none. */
  removeRecording(key: string, locale: string): boolean;
  /** Per language: the fixed texts recorded and those still missing, for the mediators. */
  coverage(texts: RecordableTexts, locales: readonly string[]): Array<{
    locale: string;
    recorded: string[];
    missing: string[];
  }>;
  /** With the person's other data: the choice goes (the voice cache is erased by the caller). */
  forget(residentId: number): void;
}

export function voiceService(repos: Stores, clock: Clock): VoiceService {
  return {
    /** Whether this person chose voice notes with the desk's messages. */
    listens: (residentId: number): boolean => repos.voice.listens(residentId) ?? false,
    choose(residentId: number, listens: boolean): void {
      repos.voice.setListens(residentId, listens, clock.now());
    },
    recording(key: string, locale: string): Recording | undefined {
      const row = repos.voice.recording(key, locale);
      return row ? { audio: new Uint8Array(row.audio), seconds: row.seconds } : undefined;
    },
    record(key: string, locale: string, recording: Recording, by: number): void {
      repos.voice.saveRecording({
        key,
        locale,
        audio: Buffer.from(recording.audio),
        seconds: recording.seconds,
        recordedBy: by,
        recordedAt: clock.now(),
      });
    },
    removeRecording: (key: string, locale: string): boolean => repos.voice.deleteRecording(key, locale),
    /** Per language: the fixed texts recorded and those still missing, for the mediators. */
    coverage(texts: RecordableTexts, locales: readonly string[]): Array<{ locale: string; recorded: string[]; missing: string[] }> {
      const done = new Set(repos.voice.recorded().map((r) => `${r.locale}\u0000${r.key}`));
      return locales.map((locale) => {
        const keys = texts.keys(locale);
        return {
          locale,
          recorded: keys.filter((k) => done.has(`${locale}\u0000${k}`)),
          missing: keys.filter((k) => !done.has(`${locale}\u0000${k}`)),
        };
      });
    },
    /** With the person's other data: the choice goes (the voice cache is erased by the caller). */
    forget: (residentId: number): void => repos.voice.forgetResident(residentId),
  };
}
