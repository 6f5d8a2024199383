import { type Clock, offsetClock } from "#src/clock.js";

/**
 * The benchmark's time: real time, starting at the next Tuesday 18:00 UTC (evening in Rome, the desk
 * closed, when residents write and each is told once when it opens), so figures do not depend on
 * the hour the benchmark happens to run.
 */
export function benchClock(): Clock {
  const now = new Date();
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 18));
  while (start.getUTCDay() !== 2 || start <= now) start.setUTCDate(start.getUTCDate() + 1);
  return offsetClock(start);
}
