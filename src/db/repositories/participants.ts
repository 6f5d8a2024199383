import { and, asc, eq, isNull, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { participantSheets } from "#src/db/schema.js";

export type ParticipantSheetRow = typeof participantSheets.$inferSelect;
export type NewParticipantSheetRow = Omit<typeof participantSheets.$inferInsert, "id">;

/** A participant's first attendance in one activity: the day they entered it. */
export interface EntryRow {
  residentId: number;
  subjectKey: string;
  activityId: string;
  enteredAt: number;
  deskId: string | null;
}

/** The ESF+ participant sheets, and the attendance that makes someone a participant. */
export function participantsRepository(db: Db) {
  const bySubject = db
    .select()
    .from(participantSheets)
    .where(and(eq(participantSheets.residentId, sql.placeholder("residentId")), eq(participantSheets.subjectKey, sql.placeholder("subjectKey"))))
    .prepare();
  // One row per person (or child) and activity: the first session they were marked present at. The forgotten
  // (whose bookings moved to an anonymous marker, id < 0) are no one's any more and are not counted.
  const entries = db.$client.prepare<{ activities: string; before: number }, EntryRow>(
    `SELECT b.resident_id AS residentId, b.seat_key AS subjectKey, s.activity_id AS activityId,
            min(s.starts_at) AS enteredAt, s.desk_id AS deskId
     FROM bookings b JOIN sessions s ON s.id = b.session_id
     WHERE b.attendance = 'present' AND b.resident_id > 0
       AND s.activity_id IN (SELECT value FROM json_each(@activities))
     GROUP BY b.resident_id, b.seat_key, s.activity_id
     HAVING min(s.starts_at) < @before`,
  );
  // The listening desk follows someone from its staff's first answer on a request of theirs.
  const followed = db.$client.prepare<{ before: number; teamId: string }, EntryRow>(
    `SELECT q.resident_id AS residentId, '' AS subjectKey, 'listening-desk' AS activityId,
            min(q.first_answer_at) AS enteredAt, q.desk_id AS deskId
     FROM requests q
     WHERE q.first_answer_at IS NOT NULL AND q.resident_id > 0 AND q.team_id = @teamId
     GROUP BY q.resident_id
     HAVING min(q.first_answer_at) < @before`,
  );
  return {
    get(residentId: number, subjectKey: string): ParticipantSheetRow | undefined {
      return bySubject.get({ residentId, subjectKey });
    },
    byId(id: number): ParticipantSheetRow | undefined {
      return db.select().from(participantSheets).where(eq(participantSheets.id, id)).get();
    },
    /** A new sheet, or the one already there for this subject (a double press, two flows at once). */
    open(row: NewParticipantSheetRow): ParticipantSheetRow {
      // One sheet per subject (a unique index): a second insert does nothing and the first one is returned.
      const inserted = db.insert(participantSheets).values(row).onConflictDoNothing().returning().get();
      return inserted ?? bySubject.get({ residentId: row.residentId!, subjectKey: row.subjectKey ?? "" })!;
    },
    update(id: number, fields: Partial<NewParticipantSheetRow>): void {
      db.update(participantSheets).set(fields).where(eq(participantSheets.id, id)).run();
    },
    /** One answer, written into the sheet's answers without reading them first. */
    answer(id: number, question: string, value: string, at: Date): void {
      db.update(participantSheets)
        .set({ answers: sql`json_set(${participantSheets.answers}, ${`$.${question}`}, ${value})`, updatedAt: at })
        .where(eq(participantSheets.id, id))
        .run();
    },
    ofResident(residentId: number): ParticipantSheetRow[] {
      return db.select().from(participantSheets).where(eq(participantSheets.residentId, residentId)).orderBy(asc(participantSheets.id)).all();
    },
    /** Every sheet of people in the chat, by resident and subject, for counting. */
    chatSheets(): ParticipantSheetRow[] {
      return db.select().from(participantSheets).where(sql`${participantSheets.residentId} IS NOT NULL`).all();
    },
    /** Sheets staff filled at the desk for people not in the chat. */
    deskSheets(): ParticipantSheetRow[] {
      return db.select().from(participantSheets).where(isNull(participantSheets.residentId)).orderBy(asc(participantSheets.id)).all();
    },
    entries(activityIds: string[], before: Date): EntryRow[] {
      return entries.all({ activities: JSON.stringify(activityIds), before: before.getTime() });
    },
    /** People whose requests to the listening desk's team (`teamId`) staff answered before `before`. */
    followedByListeningDesk(before: Date, teamId: string): EntryRow[] {
      return followed.all({ before: before.getTime(), teamId });
    },
    /** Erasure: the person's sheets and their children's go entirely. */
    forgetResident(residentId: number): number {
      return db.delete(participantSheets).where(eq(participantSheets.residentId, residentId)).run().changes;
    },
    /** Retention: sheets filled before this instant are past the programme's retention. */
    pruneBefore(before: Date): number {
      return db.delete(participantSheets).where(lt(participantSheets.createdAt, before)).run().changes;
    },
  };
}
