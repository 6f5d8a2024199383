import type { DigestData } from "#src/domain/digest.js";
import { staffDay, staffSessionTime, staffTime } from "#src/text/dates.js";
import { escapeHtml } from "#src/text/format.js";
import type { Italian } from "#src/text/staff-text.js";
import { workingHours } from "#src/bot/features/request-board/response-times.js";

/** Requests listed by name in the digest; the count says how many there are in all. */
const LISTED_REQUESTS = 30;

/** The morning digest for staff, in Italian. */
export function renderDigest(italian: Italian, data: DigestData, timezone: string, now: Date): string {
  const name = (id: string) => escapeHtml(italian(id));
  const lines = [italian("digest-greeting", { day: staffDay(now, timezone) }), ""];
  if (!data.sessions.length) lines.push(italian("digest-no-sessions"));
  for (const { session, seated, waiting } of data.sessions) {
    const line = italian("digest-session", {
      time: staffTime(session.startsAt, timezone),
      activity: name(`act-${session.activityId}`),
      id: String(session.id),
      seated: String(seated.length),
      seats: String(session.seats),
    });
    lines.push(`${line}${waiting ? ` · ${italian("digest-session-waiting", { waiting: String(waiting) })}` : ""}`);
    for (const r of seated) {
      const who = escapeHtml(r.firstName ?? italian("anonymised-person"));
      lines.push(`   • ${who}${r.booking.childName ? ` → ${escapeHtml(r.booking.childName)} (${r.booking.childClass})` : ""}`);
    }
  }
  // Only where home visits happen: a desk without them reads no line about them.
  if (data.visits.length) lines.push("", italian("digest-visits", { count: String(data.visits.length) }));
  for (const v of data.visits) {
    lines.push(`   • ${italian("digest-visit", { time: staffTime(v.startsAt!, timezone), worker: escapeHtml(v.workerName), id: String(v.requestId) })}`);
  }
  if (data.unmarkedVisits.length) lines.push("", italian("digest-visits-unmarked", { count: String(data.unmarkedVisits.length) }));
  for (const v of data.unmarkedVisits) {
    lines.push(`   • ${italian("digest-visit", { time: staffSessionTime(v.startsAt!, timezone), worker: escapeHtml(v.workerName), id: String(v.requestId) })}`);
  }
  lines.push("");
  const limit = workingHours(italian, data.staleWorkingHours);
  if (!data.waiting.length) {
    lines.push(italian("digest-no-waiting", { limit }));
  } else {
    lines.push(italian("digest-waiting", { limit, count: String(data.waiting.length) }));
    for (const { request: r, waitingHours, stale } of data.waiting.slice(0, LISTED_REQUESTS)) {
      const hours = Math.floor((now.getTime() - r.createdAt.getTime()) / 3600_000);
      const late = stale ? ` ${italian("digest-stale", { limit: String(data.staleWorkingHours) })}` : "";
      const working = `${workingHours(italian, waitingHours, "floor")}${late}`;
      const category = name(`cat-${r.category}`);
      lines.push(`   • ${italian("digest-waiting-request", { id: String(r.id), category, language: r.language, hours: String(hours), working })}`);
    }
  }
  if (data.backlog.count) {
    const count = String(data.backlog.count);
    const oldest = data.backlog.oldest;
    lines.push("", oldest ? italian("digest-backlog-since", { count, time: staffTime(oldest, timezone) }) : italian("digest-backlog", { count }));
  }
  return lines.join("\n");
}
