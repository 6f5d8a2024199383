import { DateTime } from "luxon";
import type { Clock } from "../clock.js";
import type { Repositories } from "../db/repositories/index.js";

/** What the staff's morning digest is made of: today's sessions with rosters, and requests left unanswered. */
export function digestData(repos: Repositories, clock: Clock, timezone: string) {
  const now = DateTime.fromJSDate(clock.now(), { zone: timezone });
  const from = now.startOf("day").toJSDate();
  const to = now.endOf("day").toJSDate();
  const sessions = repos.sessions.between(from, to).map((session) => ({
    session,
    seated: repos.bookings.forSession(session.id, ["booked", "offered"]),
    waiting: repos.bookings.forSession(session.id, ["waiting"]).length,
  }));
  const unanswered = repos.requests.unanswered(new Date(clock.now().getTime() - 48 * 3600_000));
  // Posts still waiting to go into the group (Telegram's cap, an outage): staff should know.
  const backlog = repos.outbox.groupBacklog();
  return { day: now.toISODate()!, sessions, unanswered, backlog };
}

export type DigestData = ReturnType<typeof digestData>;
