// Shared reports on common areas: one open report per building and kind ("one problem, one report", as FixMyStreet
// does with nearby reports); residents who see the same problem follow it and add what they see; staff record who
// it was passed to and when it was fixed, and every follower is told in their language. No grammY here.
import type { Clock } from "#src/clock.js";
import type { BuildingReport, ReportKind } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Desks } from "#src/domain/desks.js";
import type { Notifications, OutboxPayload } from "#src/domain/notifications.js";
import type { Teams } from "#src/domain/teams.js";
import { normaliseAddress, sameBuilding } from "./buildings.js";
import type { BuildingReportNote } from "#src/domain/ports/records.js";

export type { BuildingReport, ReportKind };

export const REPORT_KINDS = ["lift", "light", "leak", "rubbish", "door", "unsafe"] as const satisfies readonly ReportKind[];
export const PASSED_TO = ["atc", "comune", "police"] as const;
export type PassedTo = (typeof PASSED_TO)[number];

/** What a resident adds to a report: a few words, a photo, a voice note. */
export interface ReportPiece {
  kind: "text" | "photo" | "voice";
  text?: string;
  fileId?: string;
}

/** Longest note a resident adds in words. */
export const MAX_NOTE_CHARS = 1000;

const reportRef = (id: number) => `building-report:${id}`;

/** A safety problem is the neighbours' team's; the rest are the housing team's (ATC maintenance). */
const CATEGORY: Record<ReportKind, string> = { lift: "housing", light: "housing", leak: "housing", rubbish: "housing", door: "housing", unsafe: "neighbours" };

export interface BuildingReportsService {
  /**
   * The buildings a resident may report on: their desk's list (from the desk file), the one matching an address
   * they gave first; without a list, the addresses they gave (else they write it).
   */
  buildingsFor(residentId: number): string[];
  /** The open report of this kind in this building, if there is one. */
  existing(building: string, kind: ReportKind): BuildingReport | undefined;
  followers(reportId: number): number;
  get(id: number): BuildingReport | undefined;
  /**
   * A resident reports a problem: a new report, or — when one of that kind is open in that building — they
   * follow it instead and what they add goes on it. Staff are told either way.
   */
  report(residentId: number, input: {
    building: string;
    kind: ReportKind;
    pieces?: ReportPiece[];
  }): {
    report: BuildingReport;
    joined: boolean;
  };
  /** What a follower adds later (a photo of the leak getting worse). */
  addNote(residentId: number, reportId: number, piece: ReportPiece): boolean;
  /** Staff passed it to ATC, the Comune or the police: recorded with the day, every follower told. */
  pass(reportId: number, to: PassedTo, actor: {
    id: number;
    name: string;
  }): BuildingReport | undefined;
  /** Fixed (followers told, the time to resolution counts) or closed without a fix (told too). */
  resolve(reportId: number, outcome: "fixed" | "closed", actor: {
    id: number;
    name: string;
  }): BuildingReport | undefined;
  /** Open reports in the buildings a resident lives in or follows: what residents may see, with no names. */
  openNear(residentId: number): Array<{
    report: BuildingReport;
    followers: number;
  }>;
  /** Open reports for staff: their team's, or every team's. */
  open(teamIds?: string[]): {
    report: BuildingReport;
    followers: number;
  }[];
  notes(reportId: number): BuildingReportNote[];
  /** Reports by building and kind in a period: how many, how many fixed, and the median days to fix. */
  figures(period: {
    from: Date;
    to: Date;
  }, teamIds?: string[]): {
    medianDays: number | undefined;
    building: string;
    kind: ReportKind;
    reports: number;
    followers: number;
    fixed: number;
  }[];
  /** For /mydata: the reports they follow and what they added. */
  ofResident(residentId: number): {
    following: BuildingReport[];
    notes: BuildingReportNote[];
  };
}

export function buildingReportsService(repos: Stores, clock: Clock, notifications: Notifications, teams: Teams, desks: Desks): BuildingReportsService {
  const store = repos.buildingReports;

  /** A line for the team's group, in staff's Italian (rendered when it goes out). */
  function toTeam(report: BuildingReport, key: string, vars: Record<string, string | number> = {}) {
    const payload: OutboxPayload = {
      type: "t",
      key,
      vars: { id: report.id, building: report.building, followers: store.followerCount(report.id), ...vars },
      keys: { kind: `report-staff-kind-${report.kind}` },
    };
    repos.outbox.insert({
      chatId: teams.of(report.teamId).chatId,
      kind: "report-staff",
      ref: reportRef(report.id),
      payload: JSON.stringify(payload),
      dueAt: clock.now(),
      status: "pending",
      createdAt: clock.now(),
    });
  }

  /** Every follower is told of a step, in their language, through the outbox. */
  function toFollowers(report: BuildingReport, key: string, extra: { keys?: Record<string, string> } = {}) {
    for (const residentId of store.followers(report.id)) {
      notifications.toResident(residentId, "report-update", reportRef(report.id), {
        type: "t",
        key,
        vars: { building: report.building },
        keys: { kind: `report-kind-${report.kind}`, ...extra.keys },
      });
    }
  }

  function addPiece(reportId: number, residentId: number, piece: ReportPiece) {
    store.addNote({ reportId, residentId, kind: piece.kind, text: piece.text?.slice(0, MAX_NOTE_CHARS) ?? null, fileId: piece.fileId ?? null, createdAt: clock.now() });
  }

  return {
    /**
     * The buildings a resident may report on: their desk's list (from the desk file), the one matching an address
     * they gave first; without a list, the addresses they gave (else they write it).
     */
    buildingsFor(residentId: number): string[] {
      const desk = desks.of(repos.residents.get(residentId)?.deskId);
      const theirs = [...new Set(repos.requests.forResident(residentId).map((r) => r.address).filter((a): a is string => Boolean(a)))];
      if (!desk.buildings.length) return theirs.slice(0, 5);
      const mine = desk.buildings.filter((b) => theirs.some((a) => sameBuilding(a, b)));
      return [...mine, ...desk.buildings.filter((b) => !mine.includes(b))];
    },
    /** The open report of this kind in this building, if there is one. */
    existing(building: string, kind: ReportKind): BuildingReport | undefined {
      return store.openFor(normaliseAddress(building), kind);
    },
    followers: (reportId: number) => store.followerCount(reportId),
    get: (id: number) => store.get(id),

    /**
     * A resident reports a problem: a new report, or — when one of that kind is open in that building — they
     * follow it instead and what they add goes on it. Staff are told either way.
     */
    report(residentId: number, input: { building: string; kind: ReportKind; pieces?: ReportPiece[] }): { report: BuildingReport; joined: boolean } {
      return repos.transaction(() => {
        const key = normaliseAddress(input.building);
        const open = store.openFor(key, input.kind);
        if (open) {
          const followed = store.follow(open.id, residentId, clock.now());
          for (const piece of input.pieces ?? []) addPiece(open.id, residentId, piece);
          if (followed) toTeam(open, "report-staff-joined");
          else if (input.pieces?.length) toTeam(open, "report-staff-note");
          return { report: open, joined: true };
        }
        const resident = repos.residents.get(residentId);
        const desk = desks.of(resident?.deskId);
        const report = store.create({
          deskId: desk.id,
          building: input.building.trim(),
          buildingKey: key,
          kind: input.kind,
          status: "open",
          reportedBy: residentId,
          teamId: teams.route(CATEGORY[input.kind], desk).id,
          createdAt: clock.now(),
        });
        store.follow(report.id, residentId, clock.now());
        for (const piece of input.pieces ?? []) addPiece(report.id, residentId, piece);
        toTeam(report, "report-staff-new");
        return { report, joined: false };
      });
    },
    /** What a follower adds later (a photo of the leak getting worse). */
    addNote(residentId: number, reportId: number, piece: ReportPiece): boolean {
      const report = store.get(reportId);
      if (!report || !["open", "passed"].includes(report.status) || !store.followers(reportId).includes(residentId)) return false;
      repos.transaction(() => {
        addPiece(reportId, residentId, piece);
        toTeam(report, "report-staff-note");
      });
      return true;
    },

    /** Staff passed it to ATC, the Comune or the police: recorded with the day, every follower told. */
    pass(reportId: number, to: PassedTo, actor: { id: number; name: string }): BuildingReport | undefined {
      const report = store.get(reportId);
      if (!report || !["open", "passed"].includes(report.status)) return undefined;
      return repos.transaction(() => {
        const now = clock.now();
        store.update(reportId, { status: "passed", passedTo: to, passedAt: now });
        store.addNote({ reportId, residentId: null, kind: "step", text: `passed:${to}`, fileId: null, createdAt: now });
        repos.audit.record(now, actor, "report-passed", { detail: `#${reportId} ${to}` });
        const updated = store.get(reportId)!;
        toFollowers(updated, "report-update-passed", { keys: { to: `report-to-${to}` } });
        return updated;
      });
    },
    /** Fixed (followers told, the time to resolution counts) or closed without a fix (told too). */
    resolve(reportId: number, outcome: "fixed" | "closed", actor: { id: number; name: string }): BuildingReport | undefined {
      const report = store.get(reportId);
      if (!report || !["open", "passed"].includes(report.status)) return undefined;
      return repos.transaction(() => {
        const now = clock.now();
        store.update(reportId, { status: outcome, resolvedAt: now });
        store.addNote({ reportId, residentId: null, kind: "step", text: outcome, fileId: null, createdAt: now });
        repos.audit.record(now, actor, `report-${outcome}`, { detail: `#${reportId}` });
        const updated = store.get(reportId)!;
        toFollowers(updated, outcome === "fixed" ? "report-update-fixed" : "report-update-closed");
        return updated;
      });
    },

    /** Open reports in the buildings a resident lives in or follows: what residents may see, with no names. */
    openNear(residentId: number): Array<{ report: BuildingReport; followers: number }> {
      const keys = new Set(this.buildingsFor(residentId).map(normaliseAddress));
      for (const r of store.followedBy(residentId)) keys.add(r.buildingKey);
      return store.openIn([...keys]).map((report) => ({ report, followers: store.followerCount(report.id) }));
    },
    /** Open reports for staff: their team's, or every team's. */
    open(teamIds?: string[]) {
      return store.open(teamIds).map((report) => ({ report, followers: store.followerCount(report.id) }));
    },
    notes: (reportId: number) => store.notes(reportId),

    /** Reports by building and kind in a period: how many, how many fixed, and the median days to fix. */
    figures(period: { from: Date; to: Date }, teamIds?: string[]) {
      const rows = new Map<string, { building: string; kind: ReportKind; reports: number; followers: number; fixed: number; days: number[] }>();
      for (const r of store.createdBetween(period.from, period.to, teamIds)) {
        const key = `${r.buildingKey}|${r.kind}`;
        const row = rows.get(key) ?? { building: r.building, kind: r.kind, reports: 0, followers: 0, fixed: 0, days: [] };
        row.reports++;
        row.followers += store.followerCount(r.id);
        if (r.status === "fixed" && r.resolvedAt) {
          row.fixed++;
          row.days.push((r.resolvedAt.getTime() - r.createdAt.getTime()) / 86_400_000);
        }
        rows.set(key, row);
      }
      return [...rows.values()].map(({ days, ...row }) => ({ ...row, medianDays: median(days) }));
    },

    /** For /mydata: the reports they follow and what they added. */
    ofResident(residentId: number) {
      return { following: store.followedBy(residentId), notes: store.notesBy(residentId) };
    },
  };
}

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
