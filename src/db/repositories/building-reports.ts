import { and, desc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { buildingReportFollowers, buildingReportNotes, buildingReports } from "#src/db/schema.js";

export type BuildingReport = typeof buildingReports.$inferSelect;
export type NewBuildingReport = typeof buildingReports.$inferInsert;
export type BuildingReportNote = typeof buildingReportNotes.$inferSelect;
export type ReportKind = BuildingReport["kind"];

const OPEN = ["open", "passed"] as const;

/** Queries behind shared reports on common areas: one open report per building and kind, its followers and notes. */
export function buildingReportsRepository(db: Db) {
  return {
    openFor(buildingKey: string, kind: ReportKind): BuildingReport | undefined {
      return db
        .select()
        .from(buildingReports)
        .where(and(eq(buildingReports.buildingKey, buildingKey), eq(buildingReports.kind, kind), inArray(buildingReports.status, [...OPEN])))
        .get();
    },
    openIn(buildingKeys: string[]): BuildingReport[] {
      if (!buildingKeys.length) return [];
      return db
        .select()
        .from(buildingReports)
        .where(and(inArray(buildingReports.buildingKey, buildingKeys), inArray(buildingReports.status, [...OPEN])))
        .orderBy(buildingReports.id)
        .all();
    },
    open(teamIds?: string[]): BuildingReport[] {
      return db
        .select()
        .from(buildingReports)
        .where(and(inArray(buildingReports.status, [...OPEN]), teamIds ? inArray(buildingReports.teamId, teamIds) : undefined))
        .orderBy(buildingReports.id)
        .all();
    },
    get(id: number): BuildingReport | undefined {
      return db.select().from(buildingReports).where(eq(buildingReports.id, id)).get();
    },
    create(values: NewBuildingReport): BuildingReport {
      return db.insert(buildingReports).values(values).returning().get();
    },
    update(id: number, values: Partial<NewBuildingReport>): void {
      db.update(buildingReports).set(values).where(eq(buildingReports.id, id)).run();
    },
    createdBetween(from: Date, to: Date, teamIds?: string[]): BuildingReport[] {
      return db
        .select()
        .from(buildingReports)
        .where(and(gte(buildingReports.createdAt, from), lt(buildingReports.createdAt, to), teamIds ? inArray(buildingReports.teamId, teamIds) : undefined))
        .orderBy(buildingReports.id)
        .all();
    },

    follow(reportId: number, residentId: number, at: Date): boolean {
      return db.insert(buildingReportFollowers).values({ reportId, residentId, createdAt: at }).onConflictDoNothing().run().changes === 1;
    },
    followers(reportId: number): number[] {
      return db
        .select({ id: buildingReportFollowers.residentId })
        .from(buildingReportFollowers)
        .where(eq(buildingReportFollowers.reportId, reportId))
        .all()
        .map((r) => r.id);
    },
    followerCount(reportId: number): number {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(buildingReportFollowers)
          .where(eq(buildingReportFollowers.reportId, reportId))
          .get()?.n ?? 0
      );
    },
    followedBy(residentId: number): BuildingReport[] {
      return db
        .select({ report: buildingReports })
        .from(buildingReportFollowers)
        .innerJoin(buildingReports, eq(buildingReports.id, buildingReportFollowers.reportId))
        .where(eq(buildingReportFollowers.residentId, residentId))
        .orderBy(desc(buildingReports.id))
        .all()
        .map((r) => r.report);
    },

    addNote(values: typeof buildingReportNotes.$inferInsert): number {
      return db.insert(buildingReportNotes).values(values).returning({ id: buildingReportNotes.id }).get().id;
    },
    notes(reportId: number): BuildingReportNote[] {
      return db.select().from(buildingReportNotes).where(eq(buildingReportNotes.reportId, reportId)).orderBy(buildingReportNotes.id).all();
    },
    notesBy(residentId: number): BuildingReportNote[] {
      return db.select().from(buildingReportNotes).where(eq(buildingReportNotes.residentId, residentId)).orderBy(buildingReportNotes.id).all();
    },

    /** Erasure: they follow nothing; what they added goes (words, photos, voice); a report they opened stays, nameless. */
    forget(residentId: number, markerId: number): void {
      db.delete(buildingReportFollowers).where(eq(buildingReportFollowers.residentId, residentId)).run();
      db.delete(buildingReportNotes).where(eq(buildingReportNotes.residentId, residentId)).run();
      db.update(buildingReports).set({ reportedBy: markerId }).where(eq(buildingReports.reportedBy, residentId)).run();
    },
  };
}
