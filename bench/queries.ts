import type { createBot } from "../src/bot/create-bot.js";
import type { Db } from "../src/db/client.js";
import { percentile } from "./scenario.js";

type App = ReturnType<typeof createBot>;

function time(runs: number, fn: (i: number) => unknown) {
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) fn(i);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    samples.push(performance.now() - t0);
  }
  return { median_ms: percentile(samples, 50), p99_ms: percentile(samples, 99) };
}

/** The queries the desk runs all day, timed on the full database, with their query plans. */
export function hotQueries(db: Db, app: App) {
  const { repos, services } = app.deps;
  const now = new Date();
  const residents = 10_000_000;
  const activityIds = ["italian-a1", "italian-a2", "macrame"];
  const results = {
    staff_queue: time(1000, () => repos.requests.queue(30)),
    queue_counts: time(200, () => repos.requests.countByStatus()),
    free_seats_upcoming: time(1000, () => repos.sessions.upcoming(activityIds, now, 8)),
    claim_due_outbox: time(500, () => {
      // Claim, then put back, so every run sees the same backlog of due rows.
      const rows = repos.outbox.claimDue(now, 25);
      db.$client.prepare(`UPDATE outbox SET status = 'pending' WHERE id IN (${rows.map((r) => r.id).join(",") || 0})`).run();
    }),
    resident_bookings: time(1000, (i) => services.booking.forResident(residents + 1 + ((i * 7919) % 100_000))),
    resident_open_request: time(1000, (i) => repos.requests.openForResident(residents + 1 + ((i * 104_729) % 100_000))),
  };
  const plan = (sql: string, ...params: unknown[]) =>
    (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
  const plans = {
    staff_queue: plan("SELECT * FROM requests WHERE status IN ('open','taken') ORDER BY created_at LIMIT 30"),
    free_seats_upcoming: plan(
      `SELECT s.*, (SELECT count(*) FROM bookings b WHERE b.session_id = s.id AND b.status IN ('booked','offered')) FROM sessions s
       WHERE s.status = 'scheduled' AND s.starts_at > ? AND s.activity_id IN ('italian-a1') ORDER BY s.starts_at LIMIT 8`,
      now.getTime(),
    ),
    claim_due_outbox: plan("SELECT id FROM outbox WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT 25", now.getTime()),
    resident_bookings: plan(
      "SELECT * FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.resident_id = ? AND b.status IN ('booked','waiting','offered') ORDER BY s.starts_at",
      residents + 1,
    ),
  };
  return { ...results, plans };
}
