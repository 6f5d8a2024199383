import { DateTime } from "luxon";
import type { WhoComes } from "#src/domain/staff-input/visits.js";

/** When the reminders of a visit fall due: the day before at the same local time, and an hour before. */
export function visitReminderTimes(startsAt: Date, now: Date, timezone: string): Array<{ notice: "reminder-day" | "reminder-hour"; dueAt: Date }> {
  const dayBefore = DateTime.fromJSDate(startsAt, { zone: timezone }).minus({ days: 1 }).toJSDate();
  const hourBefore = new Date(startsAt.getTime() - 3_600_000);
  return [
    ...(dayBefore > now ? [{ notice: "reminder-day" as const, dueAt: dayBefore }] : []),
    ...(hourBefore > now ? [{ notice: "reminder-hour" as const, dueAt: hourBefore }] : []),
  ];
}

// ---------------------------------------------------------------- what the desk says (intents; the bot words them)

/** A message to the resident about a visit, queued in the outbox and worded in their language when sent. */
export type VisitNotice = {
  type: "visit";
  notice: "proposal" | "reminder-day" | "reminder-hour" | "not-home" | "moved" | "called-off" | "proposal-called-off";
  visitId: number;
  requestId: number;
  who: WhoComes;
  /** The proposal's windows, ISO instants. */
  windows?: Array<{ position: number; from: string; to: string }>;
  /** The agreed time. */
  from?: string;
  to?: string;
};

export type VisitEvent =
  | "proposed"
  | "confirmed"
  | "none-works"
  | "reminder-ok"
  | "declined"
  | "done"
  | "not-home"
  | "rescheduled"
  | "again-yes"
  | "again-no"
  | "called-off"
  | "proposal-called-off"
  /** The request moved to another team with its visit still to come (see requests.transfer). */
  | "team-moved";

/** A notice about a visit for staff in its request's topic, worded in Italian when it is posted. */
export interface VisitStaffNotice {
  event: VisitEvent;
  visitId: number;
  workerId: number;
  workerName: string;
  who: string;
  /** Who acted, when not the resident (a colleague marking the visit). */
  by?: string;
  windows?: Array<{ from: string; to: string }>;
  from?: string;
  to?: string;
}

export const visitProposalRef = (visitId: number) => `visit:${visitId}:proposal`;
export const visitRemindersRef = (visitId: number) => `visit:${visitId}:reminders`;
