import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import { SEAT_HOLDING } from "./booking/statuses.js";
import type { ServiceLevels } from "./service-levels.js";

/**
 * What the staff's morning digest is made of: today's sessions with rosters, today's home visits and the past ones
 * still unmarked, and requests without a first answer
 * for over 48 hours or over STALE_WORKING_HOURS of opening time (a weekend alone does not make a request late).
 */
export function digestData(
  repos: Stores,
  clock: Clock,
  timezone: string,
  levels: Pick<ServiceLevels, "staleRequests" | "staleWorkingHours" | "workingHours">,
  /** One team's digest: the sessions of its activities and its own requests (every team's when left out). */
  team?: { id: string; activities: readonly string[]; chatId: number },
) {
  const ours = (r: { teamId: string | null }) => !team || r.teamId === team.id;
  const now = DateTime.fromJSDate(clock.now(), { zone: timezone });
  const from = now.startOf("day").toJSDate();
  const to = now.endOf("day").toJSDate();
  const sessions = repos.sessions
    .between(from, to)
    .filter((session) => !team || team.activities.includes(session.activityId))
    .map((session) => ({
    session,
    seated: repos.bookings.forSession(session.id, SEAT_HOLDING),
    waiting: repos.bookings.forSession(session.id, ["waiting"]).length,
  }));
  // Waiting over 48 hours on the clock, or over STALE_WORKING_HOURS of opening time (flagged ⏰), oldest first.
  const stale = levels.staleRequests(clock.now()).filter((s) => ours(s.request));
  const staleIds = new Set(stale.map((s) => s.request.id));
  const waiting = [
    ...stale.map((s) => ({ ...s, stale: true })),
    ...repos.requests
      .unanswered(new Date(clock.now().getTime() - 48 * 3600_000))
      .filter((r) => !staleIds.has(r.id) && ours(r))
      .map((request) => ({ request, waitingHours: levels.workingHours(request.createdAt, clock.now(), request.deskId), stale: false })),
  ].sort((a, b) => a.request.createdAt.getTime() - b.request.createdAt.getTime() || a.request.id - b.request.id);
  // Home visits: today's still to do, and past ones nobody marked (done or not at home), the team's own.
  const teamOf = (visit: { team: string | null; requestId: number }) => visit.team ?? repos.requests.get(visit.requestId)?.teamId ?? null;
  const ourVisit = (visit: { team: string | null; requestId: number }) => !team || teamOf(visit) === team.id;
  const visits = repos.visits.between(from, to).filter((v) => v.status === "confirmed" && ourVisit(v));
  const unmarkedVisits = repos.visits
    .between(new Date(0), from)
    .concat(visits)
    .filter((v) => v.status === "confirmed" && v.endsAt! <= clock.now() && ourVisit(v));
  // Posts still waiting to go into the group (Telegram's cap, an outage): staff should know.
  const backlog = repos.outbox.groupBacklog(team?.chatId);
  return {
    day: now.toISODate()!,
    sessions,
    visits: visits.filter((v) => v.endsAt! > clock.now()),
    unmarkedVisits,
    waiting,
    staleWorkingHours: levels.staleWorkingHours,
    backlog,
  };
}

export type DigestData = ReturnType<typeof digestData>;
