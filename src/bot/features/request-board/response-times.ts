import type { ResponseTimes } from "#src/domain/service-levels.js";
import type { Italian } from "#src/text/staff-text.js";

/** "3 ore lavorative", "1 ora lavorativa", "meno di un'ora lavorativa" (staff read Italian). */
export function workingHours(italian: Italian, hours: number, round: "floor" | "tenth" = "tenth"): string {
  if (hours < 1) return italian("board-working-hours-under-one");
  return italian("board-working-hours", { hours: round === "floor" ? Math.floor(hours) : Math.round(hours * 10) / 10 });
}

/** The card's line on response time: waiting so far, or how long the first answer took, in opening hours. */
export function responseTimesLine(italian: Italian, times: ResponseTimes): string {
  if (times.firstAnswerHours !== undefined) return italian("board-card-first-answer-after", { hours: workingHours(italian, times.firstAnswerHours) });
  const waiting = times.waitingHours ?? 0;
  if (waiting < 1) return italian("board-card-waiting-first-answer");
  return `${times.stale ? "⏰" : "⏳"} ${italian("board-card-waiting-since", { hours: workingHours(italian, waiting, "floor") })}`;
}

/** The same, short, for a /queue line. */
export function responseTimesQueue(italian: Italian, times: ResponseTimes): string {
  if (times.firstAnswerHours !== undefined) return ` · ${italian("board-queue-first-answer-after", { hours: workingHours(italian, times.firstAnswerHours) })}`;
  return ` ${italian("board-queue-waiting-since", { hours: workingHours(italian, times.waitingHours ?? 0, "floor") })}${times.stale ? " ⏰" : ""}`;
}
