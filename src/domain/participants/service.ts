import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { EntryRow, ParticipantSheetRow } from "#src/domain/ports/records.js";
import { type CountedParticipant, esfTable, type TableRow } from "./counts.js";
import { DECLINED, type ParticipantsSpec, type Question } from "./indicators.js";
import { isAnswer, questionsFor, sensitiveQuestions, type SheetAnswers, type Subject, subjectKey } from "./sheet.js";

export type ParticipantSheet = ParticipantSheetRow;

/** The pseudo-activity of people followed by the listening desk. */
export const LISTENING_DESK = "listening-desk";

export interface ReportScope {
  /** Activities whose participants count (a team's); every one the desk file names when undefined. */
  activityIds?: string[];
  /** Whether people followed by the listening desk count (the desk's own team, or the whole network). */
  listeningDesk: boolean;
}

export interface ParticipantsReport {
  /** Participants who entered the operation in the period, once each, whatever they took part in. */
  all: TableRow[];
  /** Per activity: those who entered that activity in the period. */
  byActivity: Array<{ activityId: string; rows: TableRow[] }>;
  /** Of those in `all`: sheets declined whole, and sheets never answered (offered and left, or never offered). */
  declinedSheet: number;
  unanswered: number;
}

export interface ParticipantsService {
  /** The desk's participant sheet (undefined when the desk asks none). */
  spec: ParticipantsSpec | undefined;
  /** The sheet's questions for this subject, without the special categories. */
  questions(subject: Subject): Question[];
  /** The special categories this desk asks, each after an explicit yes. */
  sensitive(): Question[];
  /** Whether taking part in this activity makes the subject a participant not yet offered the sheet. */
  toAsk(residentId: number, activityId: string, subject: Subject): boolean;
  /** The same for someone who filed a request with the listening desk's team (`teamId`: the request's). */
  toAskListening(residentId: number, teamId: string | null | undefined): boolean;
  /** A person's (or their child's) sheet, if one was offered. */
  sheetOf(residentId: number, subject: Subject): ParticipantSheetRow | undefined;
  /** One sheet by id. */
  byId(id: number): ParticipantSheetRow | undefined;
  /** The sheet is offered: it exists (pending) from now on, so it is offered once, whatever the answer. */
  open(residentId: number, subject: Subject, deskId: string | null): ParticipantSheetRow;
  /** Yes or no to the sheet; a no keeps nothing but the no (so it is not asked again). */
  consent(sheetId: number, given: boolean): void;
  /** Explicit consent to the special categories; a no records each of them as declined. */
  sensitiveConsent(sheetId: number, given: boolean): void;
  /**
   * One answer. Refused (false) when the value is not one of the question's, when the person has not consented,
   * or when a special category comes without its explicit consent: the domain checks whatever a button said.
   */
  answer(sheetId: number, question: Question, value: string): boolean;
  /** Every question was answered (or skipped): the sheet is done. */
  complete(sheetId: number): void;
  /**
   * Staff fill a sheet at the desk for someone not in the chat, who consented on paper: no name, no link to anyone,
   * only the activity and the day they entered. Returns the sheet's number (written on the paper form).
   */
  fillAtDesk(input: {
    activityId: string;
    deskId: string | null;
    answers: SheetAnswers;
    sensitiveConsent: boolean;
  }): ParticipantSheetRow | undefined;
  /** A person's sheets (theirs and their children's), for /mydata. */
  ofResident(residentId: number): ParticipantSheetRow[];
  /** Erasure: every sheet of the person goes (their children's too). */
  forget(residentId: number): number;
  /**
   * Retention: a sheet is kept until 31 December of the year it was filled in plus `keepYears`, then erased.
   * Returns how many went.
   */
  prune(): number;
  /**
   * The ESF+ table of a period: participants who entered the operation in it (their first attendance, or the
   * listening desk's first answer), by gender, with those who did not say. Counts only: no one is named.
   */
  report(period: {
    from: Date;
    to: Date;
  }, scope: ReportScope): ParticipantsReport | undefined;
}

/**
 * ESF+ participants (Annex I to Regulation (EU) 2021/1057): who is one (attendance the staff mark, in an activity the
 * desk file names; optionally the listening desk's people), their sheet (asked once, with its own consent and each
 * question declinable), and the counts — never names — for the funder. Undefined `spec`: the desk collects nothing.
 */
export function participantsService(
  repos: Stores,
  clock: Clock,
  spec: ParticipantsSpec | undefined,
  /** The first desk (a session without a desk is there) and the team that runs the listening desk. */
  options: { timezone: string; mainDeskId: string; listeningTeamId: string },
): ParticipantsService {
  const { timezone, mainDeskId, listeningTeamId } = options;
  const now = () => clock.now();
  const sheetKey = (residentId: number | null, key: string) => `${residentId}:${key}`;

  function counted(sheet: ParticipantSheetRow | undefined, child: boolean, deskId: string | null | undefined): CountedParticipant {
    const answers = sheet?.consent === "given" ? (sheet.answers as SheetAnswers) : {};
    // A session or request without a desk is at the first desk.
    return { answers, child, rural: spec!.ruralDesks.includes(deskId ?? mainDeskId) };
  }

  return {
    spec,

    /** The sheet's questions for this subject, without the special categories. */
    questions: (subject: Subject): Question[] => (spec ? questionsFor(spec, subject) : []),
    /** The special categories this desk asks, each after an explicit yes. */
    sensitive: (): Question[] => (spec ? sensitiveQuestions(spec) : []),

    /** Whether taking part in this activity makes the subject a participant not yet offered the sheet. */
    toAsk(residentId: number, activityId: string, subject: Subject): boolean {
      if (!spec?.activities.includes(activityId)) return false;
      return repos.participants.get(residentId, subjectKey(subject)) === undefined;
    },
    /** The same for someone who filed a request with the listening desk's team (`teamId`: the request's). */
    toAskListening(residentId: number, teamId: string | null | undefined): boolean {
      if (spec?.listeningDesk !== true || teamId !== listeningTeamId) return false;
      return repos.participants.get(residentId, "") === undefined;
    },

    sheetOf: (residentId: number, subject: Subject) => repos.participants.get(residentId, subjectKey(subject)),
    byId: (id: number) => repos.participants.byId(id),

    /** The sheet is offered: it exists (pending) from now on, so it is offered once, whatever the answer. */
    open(residentId: number, subject: Subject, deskId: string | null): ParticipantSheetRow {
      const at = now();
      return repos.participants.open({
        residentId,
        subjectKey: subjectKey(subject),
        answeredBy: subject.kind === "child" ? "parent" : "self",
        consent: "pending",
        answers: {},
        deskId,
        createdAt: at,
        updatedAt: at,
      });
    },

    /** Yes or no to the sheet; a no keeps nothing but the no (so it is not asked again). */
    consent(sheetId: number, given: boolean): void {
      const at = now();
      repos.participants.update(sheetId, { consent: given ? "given" : "declined", consentAt: at, updatedAt: at, ...(given ? {} : { answers: {} }) });
    },

    /** Explicit consent to the special categories; a no records each of them as declined. */
    sensitiveConsent(sheetId: number, given: boolean): void {
      const at = now();
      repos.participants.update(sheetId, { sensitiveConsent: given ? "given" : "declined", sensitiveConsentAt: at, updatedAt: at });
      if (!given) for (const q of this.sensitive()) repos.participants.answer(sheetId, q, DECLINED, at);
    },

    /**
     * One answer. Refused (false) when the value is not one of the question's, when the person has not consented,
     * or when a special category comes without its explicit consent: the domain checks whatever a button said.
     */
    answer(sheetId: number, question: Question, value: string): boolean {
      const sheet = repos.participants.byId(sheetId);
      if (sheet?.consent !== "given" || !isAnswer(question, value)) return false;
      if (this.sensitive().includes(question) && sheet.sensitiveConsent !== "given" && value !== DECLINED) return false;
      repos.participants.answer(sheetId, question, value, now());
      return true;
    },

    complete(sheetId: number): void {
      const at = now();
      repos.participants.update(sheetId, { completedAt: at, updatedAt: at });
    },

    /**
     * Staff fill a sheet at the desk for someone not in the chat, who consented on paper: no name, no link to anyone,
     * only the activity and the day they entered. Returns the sheet's number (written on the paper form).
     */
    fillAtDesk(input: { activityId: string; deskId: string | null; answers: SheetAnswers; sensitiveConsent: boolean }): ParticipantSheetRow | undefined {
      if (!spec) return undefined;
      const at = now();
      const answers: Record<string, string> = {};
      for (const [q, v] of Object.entries(input.answers)) if (v !== undefined && isAnswer(q as Question, v)) answers[q] = v;
      if (!input.sensitiveConsent) for (const q of this.sensitive()) answers[q] = DECLINED;
      return repos.participants.open({
        residentId: null,
        subjectKey: "",
        answeredBy: "staff",
        consent: "given",
        consentAt: at,
        ...(this.sensitive().length ? { sensitiveConsent: input.sensitiveConsent ? "given" : "declined", sensitiveConsentAt: at } : {}),
        answers,
        deskId: input.deskId,
        activityId: input.activityId,
        enteredAt: at,
        completedAt: at,
        createdAt: at,
        updatedAt: at,
      });
    },

    /** A person's sheets (theirs and their children's), for /mydata. */
    ofResident: (residentId: number) => repos.participants.ofResident(residentId),

    /** Erasure: every sheet of the person goes (their children's too). */
    forget: (residentId: number) => repos.participants.forgetResident(residentId),

    /**
     * Retention: a sheet is kept until 31 December of the year it was filled in plus `keepYears`, then erased.
     * Returns how many went.
     */
    prune(): number {
      if (!spec) return 0;
      // Filled in a year before (this year - keepYears): its keeping ended last 31 December at the latest.
      const year = DateTime.fromJSDate(now(), { zone: timezone }).year;
      const firstKept = DateTime.fromObject({ year: year - spec.keepYears, month: 1, day: 1 }, { zone: timezone });
      return repos.participants.pruneBefore(firstKept.toJSDate());
    },

    /**
     * The ESF+ table of a period: participants who entered the operation in it (their first attendance, or the
     * listening desk's first answer), by gender, with those who did not say. Counts only: no one is named.
     */
    report(period: { from: Date; to: Date }, scope: ReportScope): ParticipantsReport | undefined {
      if (!spec) return undefined;
      const activities = spec.activities.filter((a) => scope.activityIds === undefined || scope.activityIds.includes(a));
      const rows: EntryRow[] = repos.participants.entries(activities, period.to);
      if (spec.listeningDesk && scope.listeningDesk) rows.push(...repos.participants.followedByListeningDesk(period.to, listeningTeamId));
      const sheets = new Map(repos.participants.chatSheets().map((s) => [sheetKey(s.residentId, s.subjectKey), s]));
      // Per person (or child): their first entry overall, and their entries per activity.
      const people = new Map<string, { first: EntryRow; sheet: ParticipantSheetRow | undefined; child: boolean }>();
      const byActivity = new Map<string, CountedParticipant[]>();
      const within = (t: number) => t >= period.from.getTime() && t < period.to.getTime();
      for (const entry of rows) {
        const key = sheetKey(entry.residentId, entry.subjectKey);
        const sheet = sheets.get(key);
        const child = entry.subjectKey !== "";
        const known = people.get(key);
        if (!known || entry.enteredAt < known.first.enteredAt) people.set(key, { first: entry, sheet, child });
        if (within(entry.enteredAt)) {
          const list = byActivity.get(entry.activityId) ?? [];
          list.push(counted(sheet, child, entry.deskId ?? sheet?.deskId));
          byActivity.set(entry.activityId, list);
        }
      }
      const all: CountedParticipant[] = [];
      let declinedSheet = 0;
      let unanswered = 0;
      const tally = (sheet: ParticipantSheetRow | undefined) => {
        if (sheet?.consent === "declined") declinedSheet++;
        else if (sheet?.consent !== "given") unanswered++;
      };
      for (const { first, sheet, child } of people.values()) {
        if (!within(first.enteredAt)) continue;
        all.push(counted(sheet, child, first.deskId ?? sheet?.deskId));
        tally(sheet);
      }
      // People not in the chat, whose sheet staff filled at the desk on the day they entered.
      for (const sheet of repos.participants.deskSheets()) {
        if (!sheet.activityId || !sheet.enteredAt || !within(sheet.enteredAt.getTime())) continue;
        if (sheet.activityId === LISTENING_DESK ? !(spec.listeningDesk && scope.listeningDesk) : !activities.includes(sheet.activityId)) continue;
        const one = counted(sheet, false, sheet.deskId);
        all.push(one);
        const list = byActivity.get(sheet.activityId) ?? [];
        list.push(one);
        byActivity.set(sheet.activityId, list);
      }
      const order = [...activities, LISTENING_DESK];
      return {
        all: esfTable(all, spec.indicators),
        byActivity: [...byActivity.entries()]
          .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
          .map(([activityId, list]) => ({ activityId, rows: esfTable(list, spec.indicators) })),
        declinedSheet,
        unanswered,
      };
    },
  };
}
