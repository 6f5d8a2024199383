import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Request } from "#src/domain/ports/records.js";
import type { Visit, VisitCounts, VisitWindow } from "#src/domain/ports/records.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Period } from "#src/domain/statistics.js";
import { type VisitEvent, type VisitStaffNotice, visitProposalRef, visitReminderTimes, visitRemindersRef } from "./notices.js";
import { MARK_EARLY_MS, MAX_AHEAD_MS, MAX_WINDOWS, type TimeWindow, looksLikeName, roleOf, whoComes } from "#src/domain/staff-input/visits.js";
import { STAFF_LANGUAGE } from "#src/domain/language-guarantee.js";

export type { Visit, VisitCounts, VisitWindow };

/**
 * Home visits as appointments. Staff propose one to three time windows and who will come; the resident picks
 * one in their language (or says none works); reminders go the day before and an hour before; the worker marks
 * each visit done, not at home, or to be moved. Times are instants (UTC) typed and shown in the desk's zone.
 */
// ---------------------------------------------------------------- the rules

export interface ProposalInput {
  requestId: number;
  windows: TimeWindow[];
  /** Who comes as the resident will read it; the worker's name when left out. */
  who?: string;
  notes?: string;
  worker: Actor;
}

export type ProposeResult =
  | { ok: true; visit: Visit; windows: VisitWindow[]; superseded?: Visit }
  | { ok: false; reason: "not-found" | "closed" | "no-address" | "unreachable" | "no-windows" }
  | { ok: false; reason: "too-many"; count: number }
  | { ok: false; reason: "past" | "too-far"; window: TimeWindow }
  | { ok: false; reason: "overlap"; window: TimeWindow; other: Visit }
  /** Who comes is neither a role the desk translates nor a name: the resident, who reads `language`, would get Italian. */
  | { ok: false; reason: "who-in-italian"; who: string; language: string };

export type ChooseResult =
  | { ok: true; visit: Visit; calendarUpdate: boolean }
  | { ok: false; reason: "not-found" | "expired" }
  /** The window was taken meanwhile (another visit of the worker) or has passed: these are still open. */
  | { ok: false; reason: "unavailable"; remaining: VisitWindow[] };

export type ResidentAnswer = { ok: true; visit: Visit } | { ok: false; reason: "not-found" | "expired" };

export type Outcome = "done" | "not-home" | "rescheduled";
export type MarkResult =
  | { ok: true; visit: Visit }
  | { ok: false; reason: "not-found" | "not-yours" | "not-confirmed" | "too-early" | "not-started" };

export interface DayVisit {
  visit: Visit;
  request: Request;
  residentName: string | undefined;
  phone: string | undefined;
  language: string;
}

/** Visits that may still change: the series a new proposal continues. */
const OPEN_SERIES: Visit["status"][] = ["proposed", "none-works", "confirmed", "declined", "not-home", "rescheduled"];

export interface VisitsService {
  /** One visit by id. */
  get(visitId: number): Visit | undefined;
  /** Every window proposed for a visit, in order (their positions are what the resident presses). */
  windows(visitId: number): VisitWindow[];
  /** A request's most recent visit, whatever its status. */
  latestFor(requestId: number): Visit | undefined;
  /** Windows still open to the resident: in the future and free in the worker's day. */
  openWindows(visit: Visit): VisitWindow[];
  /**
   * Staff propose windows for a request's home visit. Refused: a closed or unknown request, no address (nor a
   * note saying where), a window in the past, a window that overlaps another visit of the same worker. A pending
   * proposal of the same request is withdrawn, a confirmed visit moved: the new one continues its series.
   */
  propose(input: ProposalInput): ProposeResult;
  /** The resident picks window `position`: checked against what was proposed and the worker's day now. */
  choose(residentId: number, visitId: number, position: number): ChooseResult;
  /** "None of these works": staff are told; what the resident writes next reaches the topic as always. */
  noneWorks(residentId: number, visitId: number): ResidentAnswer;
  /** [OK] or [I can't] under a reminder; "I can't" tells staff at once and reopens scheduling. */
  answerReminder(residentId: number, visitId: number, answer: "ok" | "cant"): ResidentAnswer;
  /**
   * The request was closed: a visit still to come is called off, so that nobody goes to a closed case's door. The
   * resident is told why, the worker's reminders and day list lose it, the topic says so. Runs inside the close.
   */
  callOff(requestId: number, actor: Actor): Visit | undefined;
  /** After "not at home": whether the resident wants another appointment (asked once). */
  answerAgain(residentId: number, visitId: number, answer: "yes" | "no"): ResidentAnswer;
  /**
   * The worker (or a coordinator) marks a confirmed visit: done, not at home (the resident is asked whether to
   * set another), or to be moved (the resident is told a new time will come). Audited.
   */
  mark(visitId: number, outcome: Outcome, actor: Actor, may: {
    coordinator: boolean;
  }): MarkResult;
  /** The visits of a local day that hold time, one worker's or everyone's, in time order, with where to go. */
  day(from: Date, to: Date, workerId?: number): DayVisit[];
  /** A visit with its request and how to reach the person (name, phone if they shared it, language). */
  entry(visit: Visit): DayVisit | undefined;
  /** The resident took the calendar file: a later time of the same series will be sent to them unasked. */
  calendarTaken(visitId: number): void;
  /** Whose home a visit is at (the resident of its request). */
  residentOf(visitId: number): number | undefined;
  /** Visits planned, done, not at home, moved or cancelled, by month and team (some teams' only), for /stats and /export. */
  figures(period: Period, teamIds?: readonly string[]): VisitCounts[];
}

export function visitsService(repos: Stores, clock: Clock, notify: Notifications, options: { timezone: string }): VisitsService {
  const { visits, requests, audit } = repos;
  const residentActor = (residentId: number): Actor => ({ id: residentId, name: "residente" });

  function tellStaff(visit: Visit, event: VisitEvent, extra: Partial<VisitStaffNotice> = {}): void {
    const notice: VisitStaffNotice = {
      event,
      visitId: visit.id,
      workerId: visit.workerId,
      workerName: visit.workerName,
      who: visit.who,
      ...(visit.startsAt && visit.endsAt ? { from: visit.startsAt.toISOString(), to: visit.endsAt.toISOString() } : {}),
      ...extra,
    };
    notify.toGroup({ type: "board", action: "visit", requestId: visit.requestId, notice });
    // The card shows the visit's state.
    notify.toGroup({ type: "board", action: "card", requestId: visit.requestId });
  }

  function record(actor: Actor, visit: Visit, action: string, detail?: string): void {
    audit.record(clock.now(), actor, action, { requestId: visit.requestId, detail: `visita V${visit.id}${detail ? ` · ${detail}` : ""}` });
  }

  function planReminders(visit: Visit, residentId: number): void {
    for (const r of visitReminderTimes(visit.startsAt!, clock.now(), options.timezone)) {
      notify.toResident(
        residentId,
        `visit-${r.notice}`,
        visitRemindersRef(visit.id),
        {
          type: "visit",
          notice: r.notice,
          visitId: visit.id,
          requestId: visit.requestId,
          who: whoComes(visit),
          from: visit.startsAt!.toISOString(),
          to: visit.endsAt!.toISOString(),
        },
        { dueAt: r.dueAt, expiresAt: visit.startsAt! },
      );
    }
  }

  /** A press of the resident's on a visit: theirs, and still in the state the button was for. */
  function residentsVisit(residentId: number, visitId: number): { visit: Visit; request: Request } | undefined {
    const visit = visits.get(visitId);
    const request = visit && requests.get(visit.requestId);
    if (!visit || !request || request.residentId !== residentId) return undefined;
    return { visit, request };
  }

  /** A visit with its request and how to reach the person (name, phone if they shared it, language). */
  function entry(visit: Visit): DayVisit | undefined {
    const request = requests.get(visit.requestId);
    if (!request) return undefined;
    const resident = repos.residents.get(request.residentId);
    const known = resident && !resident.forgottenAt;
    return {
      visit,
      request,
      residentName: known ? (resident.firstName ?? undefined) : undefined,
      phone: known ? (resident.phone ?? undefined) : undefined,
      language: resident?.language ?? request.language,
    };
  }

  /** Windows still open to the resident: in the future and free in the worker's day. */
  function openWindows(visit: Visit): VisitWindow[] {
    const now = clock.now();
    return visits.windows(visit.id).filter((w) => w.startsAt > now && !visits.overlapping(visit.workerId, w.startsAt, w.endsAt, visit.id).length);
  }

  return {
    get: (visitId: number) => visits.get(visitId),
    windows: (visitId: number) => visits.windows(visitId),
    latestFor: (requestId: number) => visits.latestFor(requestId),
    openWindows,

    /**
     * Staff propose windows for a request's home visit. Refused: a closed or unknown request, no address (nor a
     * note saying where), a window in the past, a window that overlaps another visit of the same worker. A pending
     * proposal of the same request is withdrawn, a confirmed visit moved: the new one continues its series.
     */
    propose(input: ProposalInput): ProposeResult {
      if (!input.windows.length) return { ok: false, reason: "no-windows" };
      if (input.windows.length > MAX_WINDOWS) return { ok: false, reason: "too-many", count: input.windows.length };
      return repos.transaction((): ProposeResult => {
        const now = clock.now();
        const request = requests.get(input.requestId);
        if (!request) return { ok: false, reason: "not-found" };
        if (request.status === "closed" || request.erasedAt) return { ok: false, reason: "closed" };
        const resident = repos.residents.get(request.residentId);
        if (!resident || resident.blockedAt || resident.forgottenAt) return { ok: false, reason: "unreachable" };
        if (!request.address && request.latitude === null && !input.notes) return { ok: false, reason: "no-address" };
        // The language guarantee: staff's Italian never reaches a resident who reads another language unannounced.
        const language = resident.language ?? STAFF_LANGUAGE;
        if (input.who && language !== STAFF_LANGUAGE && !roleOf(input.who) && !looksLikeName(input.who)) {
          return { ok: false, reason: "who-in-italian", who: input.who, language };
        }
        const previous = visits.latestFor(request.id);
        for (const window of input.windows) {
          if (window.startsAt <= now) return { ok: false, reason: "past", window };
          if (window.startsAt.getTime() > now.getTime() + MAX_AHEAD_MS) return { ok: false, reason: "too-far", window };
          const [other] = visits.overlapping(input.worker.id, window.startsAt, window.endsAt, previous?.status === "confirmed" ? previous.id : undefined);
          if (other) return { ok: false, reason: "overlap", window, other };
        }
        let superseded: Visit | undefined;
        if (previous?.status === "proposed" || previous?.status === "confirmed") {
          superseded = visits.update(previous.id, { status: previous.status === "proposed" ? "withdrawn" : "rescheduled", outcomeAt: now })!;
          notify.cancel([visitProposalRef(previous.id), visitRemindersRef(previous.id)]);
          record(input.worker, superseded, previous.status === "proposed" ? "visit-withdraw" : "visit-reschedule", "nuova proposta");
          // The agreed time is off: said first, so the proposal that follows reads as its replacement.
          if (previous.status === "confirmed") {
            notify.toResident(request.residentId, "visit-moved", `visit:${previous.id}:moved`, {
              type: "visit",
              notice: "moved",
              visitId: previous.id,
              requestId: request.id,
              who: whoComes(previous),
              from: previous.startsAt!.toISOString(),
              to: previous.endsAt!.toISOString(),
            });
          }
        }
        const continues = previous && OPEN_SERIES.includes(previous.status);
        const who = (input.who ?? input.worker.name.split(" ")[0] ?? input.worker.name).trim() || input.worker.name;
        const visit = visits.insert(
          {
            requestId: request.id,
            sequence: continues ? previous.sequence + 1 : 0,
            // The worker's team, which stays the visit's if the request later moves to another team.
            team: request.teamId,
            workerId: input.worker.id,
            workerName: input.worker.name,
            who,
            role: roleOf(who) ?? null,
            address: request.address,
            latitude: request.latitude,
            longitude: request.longitude,
            notes: input.notes ?? null,
            status: "proposed",
            proposedAt: now,
            createdBy: input.worker.id,
            createdAt: now,
          },
          continues ? previous.series : undefined,
        );
        visits.addWindows(visit.id, input.windows);
        const windows = visits.windows(visit.id);
        notify.toResident(request.residentId, "visit-proposal", visitProposalRef(visit.id), {
          type: "visit",
          notice: "proposal",
          visitId: visit.id,
          requestId: request.id,
          who: whoComes(visit),
          windows: windows.map((w) => ({ position: w.position, from: w.startsAt.toISOString(), to: w.endsAt.toISOString() })),
        });
        record(input.worker, visit, "visit-propose", windows.map((w) => w.startsAt.toISOString()).join(", "));
        tellStaff(visit, "proposed", { windows: windows.map((w) => ({ from: w.startsAt.toISOString(), to: w.endsAt.toISOString() })) });
        return { ok: true, visit, windows, ...(superseded ? { superseded } : {}) };
      });
    },

    /** The resident picks window `position`: checked against what was proposed and the worker's day now. */
    choose(residentId: number, visitId: number, position: number): ChooseResult {
      return repos.transaction((): ChooseResult => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        const { visit } = found;
        if (visit.status !== "proposed") return { ok: false, reason: "expired" };
        const open = openWindows(visit);
        const window = open.find((w) => w.position === position);
        if (!window) return { ok: false, reason: "unavailable", remaining: open };
        const now = clock.now();
        const confirmed = visits.update(visit.id, { status: "confirmed", startsAt: window.startsAt, endsAt: window.endsAt, confirmedAt: now })!;
        planReminders(confirmed, residentId);
        record(residentActor(residentId), confirmed, "visit-confirm", `fascia ${position}`);
        tellStaff(confirmed, "confirmed");
        return { ok: true, visit: confirmed, calendarUpdate: confirmed.sequence > 0 && visits.seriesInCalendar(confirmed.series) };
      });
    },

    /** "None of these works": staff are told; what the resident writes next reaches the topic as always. */
    noneWorks(residentId: number, visitId: number): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        if (found.visit.status !== "proposed") return { ok: false, reason: "expired" };
        const visit = visits.update(visitId, { status: "none-works", outcomeAt: clock.now() })!;
        record(residentActor(residentId), visit, "visit-none-works");
        tellStaff(visit, "none-works");
        return { ok: true, visit };
      });
    },

    /** [OK] or [I can't] under a reminder; "I can't" tells staff at once and reopens scheduling. */
    answerReminder(residentId: number, visitId: number, answer: "ok" | "cant"): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        const now = clock.now();
        if (found.visit.status !== "confirmed" || found.visit.endsAt! <= now) return { ok: false, reason: "expired" };
        if (answer === "ok") {
          record(residentActor(residentId), found.visit, "visit-reminder-ok");
          tellStaff(found.visit, "reminder-ok");
          return { ok: true, visit: found.visit };
        }
        const visit = visits.update(visitId, { status: "declined", outcomeAt: now })!;
        notify.cancel([visitRemindersRef(visitId)]);
        record(residentActor(residentId), visit, "visit-declined");
        tellStaff(visit, "declined");
        return { ok: true, visit };
      });
    },

    /**
     * The request was closed: a visit still to come is called off, so that nobody goes to a closed case's door. The
     * resident is told why, the worker's reminders and day list lose it, the topic says so. Runs inside the close.
     */
    callOff(requestId: number, actor: Actor): Visit | undefined {
      return repos.transaction(() => {
        const visit = visits.latestFor(requestId);
        const request = requests.get(requestId);
        if (!visit || !request) return undefined;
        const now = clock.now();
        const pending = visit.status === "proposed" || visit.status === "none-works";
        const coming = visit.status === "confirmed" && visit.endsAt! > now;
        if (!pending && !coming) return undefined;
        const cancelled = visits.update(visit.id, { status: "cancelled", outcomeAt: now })!;
        notify.cancel([visitProposalRef(visit.id), visitRemindersRef(visit.id)]);
        const notice = coming ? ("called-off" as const) : ("proposal-called-off" as const);
        const told = { type: "visit" as const, notice, visitId: visit.id, requestId, who: whoComes(visit) };
        const when = coming ? { from: visit.startsAt!.toISOString(), to: visit.endsAt!.toISOString() } : {};
        notify.toResident(request.residentId, `visit-${notice}`, `visit:${visit.id}:called-off`, { ...told, ...when });
        record(actor, cancelled, "visit-cancel", "richiesta chiusa");
        tellStaff(cancelled, notice);
        return cancelled;
      });
    },

    /** After "not at home": whether the resident wants another appointment (asked once). */
    answerAgain(residentId: number, visitId: number, answer: "yes" | "no"): ResidentAnswer {
      return repos.transaction((): ResidentAnswer => {
        const found = residentsVisit(residentId, visitId);
        if (!found) return { ok: false, reason: "not-found" };
        if (found.visit.status !== "not-home" || found.visit.again) return { ok: false, reason: "expired" };
        const visit = visits.update(visitId, { again: answer })!;
        record(residentActor(residentId), visit, answer === "yes" ? "visit-again-yes" : "visit-again-no");
        tellStaff(visit, answer === "yes" ? "again-yes" : "again-no");
        return { ok: true, visit };
      });
    },

    /**
     * The worker (or a coordinator) marks a confirmed visit: done, not at home (the resident is asked whether to
     * set another), or to be moved (the resident is told a new time will come). Audited.
     */
    mark(visitId: number, outcome: Outcome, actor: Actor, may: { coordinator: boolean }): MarkResult {
      return repos.transaction((): MarkResult => {
        const visit = visits.get(visitId);
        const request = visit && requests.get(visit.requestId);
        if (!visit || !request) return { ok: false, reason: "not-found" };
        if (visit.workerId !== actor.id && !may.coordinator) return { ok: false, reason: "not-yours" };
        if (visit.status !== "confirmed") return { ok: false, reason: "not-confirmed" };
        const now = clock.now();
        if (outcome !== "rescheduled" && now.getTime() < visit.startsAt!.getTime() - MARK_EARLY_MS) return { ok: false, reason: "too-early" };
        // Nobody can be "not at home" before the window opens: the resident would be told so while still waiting.
        if (outcome === "not-home" && now.getTime() < visit.startsAt!.getTime()) return { ok: false, reason: "not-started" };
        const marked = visits.update(visitId, { status: outcome, outcomeAt: now })!;
        notify.cancel([visitRemindersRef(visitId)]);
        const told = { type: "visit" as const, visitId, requestId: visit.requestId, who: whoComes(visit), from: visit.startsAt!.toISOString(), to: visit.endsAt!.toISOString() };
        if (outcome === "not-home") notify.toResident(request.residentId, "visit-not-home", `visit:${visitId}:not-home`, { ...told, notice: "not-home" });
        if (outcome === "rescheduled") notify.toResident(request.residentId, "visit-moved", `visit:${visitId}:moved`, { ...told, notice: "moved" });
        record(actor, marked, `visit-${outcome}`);
        tellStaff(marked, outcome, actor.id === visit.workerId ? {} : { by: actor.name });
        return { ok: true, visit: marked };
      });
    },

    /** The visits of a local day that hold time, one worker's or everyone's, in time order, with where to go. */
    day(from: Date, to: Date, workerId?: number): DayVisit[] {
      return visits.between(from, to, workerId).flatMap((visit) => entry(visit) ?? []);
    },

    entry,

    /** The resident took the calendar file: a later time of the same series will be sent to them unasked. */
    calendarTaken(visitId: number): void {
      visits.update(visitId, { residentCalendarAt: clock.now() });
    },

    residentOf: (visitId: number) => visits.residentOf(visitId),

    /** Visits planned, done, not at home, moved or cancelled, by month and team (some teams' only), for /stats and /export. */
    figures(period: Period, teamIds?: readonly string[]): VisitCounts[] {
      const monthOf = (at: number) => DateTime.fromMillis(at, { zone: options.timezone }).toFormat("yyyy-LL");
      return visits.counts(period.from, period.to, monthOf, teamIds);
    },
  };
}
