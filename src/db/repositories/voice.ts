import { and, eq, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { voicePreferences, voiceRecordings } from "#src/db/schema.js";

export type VoiceRecordingRow = typeof voiceRecordings.$inferSelect;

/** Who listens to the desk, and the mediators' recordings of its fixed texts. */
export function voiceRepository(db: Db) {
  // Asked for every message that reaches a resident (see the voice companion): a plain statement.
  const preference = db.$client.prepare<[number], number>("SELECT listens FROM voice_preferences WHERE resident_id = ?").pluck();
  const recording = db
    .select()
    .from(voiceRecordings)
    .where(and(eq(voiceRecordings.key, sql.placeholder("key")), eq(voiceRecordings.locale, sql.placeholder("locale"))))
    .prepare();
  const recorded = db.select({ key: voiceRecordings.key, locale: voiceRecordings.locale }).from(voiceRecordings).prepare();
  return {
    listens: (residentId: number): boolean | undefined => {
      const listens = preference.get(residentId);
      return listens === undefined ? undefined : listens === 1;
    },
    setListens(residentId: number, listens: boolean, at: Date): void {
      db.insert(voicePreferences)
        .values({ residentId, listens, changedAt: at })
        .onConflictDoUpdate({ target: voicePreferences.residentId, set: { listens, changedAt: at } })
        .run();
    },
    forgetResident(residentId: number): void {
      db.delete(voicePreferences).where(eq(voicePreferences.residentId, residentId)).run();
    },
    recording: (key: string, locale: string): VoiceRecordingRow | undefined => recording.get({ key, locale }),
    /** Which keys have a recording in which language (no audio). */
    recorded: (): Array<{ key: string; locale: string }> => recorded.all(),
    saveRecording(row: VoiceRecordingRow): void {
      db.insert(voiceRecordings)
        .values(row)
        .onConflictDoUpdate({
          target: [voiceRecordings.key, voiceRecordings.locale],
          set: { audio: row.audio, seconds: row.seconds, recordedBy: row.recordedBy, recordedAt: row.recordedAt },
        })
        .run();
    },
    deleteRecording(key: string, locale: string): boolean {
      return db.delete(voiceRecordings).where(and(eq(voiceRecordings.key, key), eq(voiceRecordings.locale, locale))).run().changes > 0;
    },
  };
}
