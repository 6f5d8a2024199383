// Notes already spoken, kept in memory: a reminder sent to forty residents is synthesised once, and the same
// question of a form is not synthesised again for each resident. Bounded in bytes (least recently used goes
// first); a note of one person's words (a staff answer to them) is erased with that person's data. Memory only:
// nothing of a resident's words is left on disk, and a restart simply synthesises again.
import { createHash } from "node:crypto";
import type { SpeakOptions, Speaker, VoiceNote } from "#src/domain/speech.js";

interface Entry {
  note: VoiceNote;
  owners: Set<number>;
}

export interface VoiceCacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

export class CachedSpeaker implements Speaker {
  readonly name: string;
  /** Map keeps insertion order: re-inserting on a hit makes its first key the least recently used. */
  private readonly entries = new Map<string, Entry>();
  /** Notes being synthesised: concurrent asks for the same one share the work. */
  private readonly inFlight = new Map<string, Promise<VoiceNote>>();
  private bytes = 0;
  private hits = 0;
  private misses = 0;

  constructor(
    private readonly inner: Speaker,
    private readonly maxBytes: number,
  ) {
    this.name = inner.name;
  }

  voice(language: string): string | undefined {
    return this.inner.voice(language);
  }

  async speak(text: string, language: string, options: SpeakOptions = {}): Promise<VoiceNote> {
    const voice = this.inner.voice(language);
    // Hashed: the key does not keep the words in memory longer than the note does.
    const key = createHash("sha256").update(`${language}\u0000${voice ?? ""}\u0000${text}`).digest("base64url");
    const entry = this.entries.get(key);
    if (entry) {
      this.hits++;
      this.entries.delete(key);
      this.entries.set(key, entry);
      if (options.owner !== undefined) entry.owners.add(options.owner);
      return entry.note;
    }
    this.misses++;
    let pending = this.inFlight.get(key);
    if (!pending) {
      const { owner: _owner, ...rest } = options;
      pending = this.inner.speak(text, language, rest).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    const note = await pending;
    this.store(key, note, options.owner);
    return note;
  }

  forget(owner: number): void {
    for (const [key, entry] of this.entries) {
      if (!entry.owners.has(owner)) continue;
      this.entries.delete(key);
      this.bytes -= entry.note.bytes.length;
    }
    this.inner.forget(owner);
  }

  stats(): VoiceCacheStats {
    return { entries: this.entries.size, bytes: this.bytes, hits: this.hits, misses: this.misses };
  }

  close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
    return this.inner.close();
  }

  private store(key: string, note: VoiceNote, owner: number | undefined): void {
    const existing = this.entries.get(key);
    if (existing) {
      if (owner !== undefined) existing.owners.add(owner);
      return;
    }
    if (note.bytes.length > this.maxBytes) return;
    this.entries.set(key, { note, owners: new Set(owner === undefined ? [] : [owner]) });
    this.bytes += note.bytes.length;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.note.bytes.length;
    }
  }
}
