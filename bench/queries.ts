import type { App } from "#src/app.js";
import type { Db } from "#src/db/client.js";
import { BENCH_TEAMS, BENCH_WORKERS } from "./prefill.js";
import { percentile } from "./scenario.js";

/** Median and p99 of `fn`; `reset` (not timed) puts back what a run changed. */
function time<T>(runs: number, fn: (i: number) => T, reset?: (result: T) => void) {
  const samples: number[] = [];
  for (let i = 0; i < 50; i++) reset ? reset(fn(i)) : fn(i);
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const result = fn(i);
    samples.push(performance.now() - t0);
    reset?.(result);
  }
  return { median_ms: percentile(samples, 50), p99_ms: percentile(samples, 99) };
}

/** The queries the desk runs all day, timed on the full database, with their query plans. */
export function hotQueries(db: Db, app: App, now: Date) {
  const { services } = app.deps;
  const { repos } = app;
  const residents = 10_000_000;
  const activityIds = ["italian-a1", "italian-a2", "macrame"];
  const results = {
    staff_queue: time(1000, () => repos.requests.queue(30)),
    queue_counts: time(200, () => repos.requests.countByStatus(now)),
    free_seats_upcoming: time(1000, () => repos.sessions.upcoming(activityIds, now, 8)),
    claim_due_outbox: time(500, () => {
      // Claim, then put back, so every run sees the same backlog of due rows.
      const rows = repos.outbox.claimDue(now, 25);
      db.$client.prepare(`UPDATE outbox SET status = 'pending' WHERE id IN (${rows.map((r) => r.id).join(",") || 0})`).run();
    }),
    resident_bookings: time(1000, (i) => services.booking.forResident(residents + 1 + ((i * 7919) % 100_000))),
    resident_open_request: time(1000, (i) => repos.requests.openForResident(residents + 1 + ((i * 104_729) % 100_000))),
    // The second team's group asks for its own queue (/queue there).
    team_queue: time(1000, () => repos.requests.queue(30, [BENCH_TEAMS[1]!])),
    // A field worker's day list (/giro): today's visits of one of them, in order.
    worker_day_visits: time(1000, (i) => {
      const day = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000 + (i % 30) * 86_400_000);
      return repos.visits.between(day, new Date(day.getTime() + 86_400_000), 900_100 + (i % BENCH_WORKERS));
    }),
    ...inboxQueries(app, now),
    ...groupOutboxQueries(db, app, now),
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
    group_outbox_claim: plan(
      `SELECT o.id FROM outbox o WHERE o.status = 'pending' AND o.due_at <= ?
         AND NOT (o.chat_id < 0 AND o.ref IS NOT NULL AND EXISTS (
           SELECT 1 FROM outbox p WHERE p.ref = o.ref AND p.id < o.id AND p.status IN ('pending', 'sending')))
       ORDER BY o.due_at, o.id LIMIT 25`,
      now.getTime(),
    ),
    inbox_deferred_before: plan(
      "SELECT retry_at FROM inbox WHERE chat_id = ? AND update_id < ? AND status = 'pending' AND retry_at IS NOT NULL ORDER BY update_id DESC LIMIT 1",
      residents + 1,
      900_000_000,
    ),
    resident_bookings: plan(
      "SELECT * FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE b.resident_id = ? AND b.status IN ('booked','waiting','offered') ORDER BY s.starts_at",
      residents + 1,
    ),
    team_queue: plan(
      "SELECT * FROM requests WHERE status IN ('open','taken') AND team_id IN (SELECT value FROM json_each(?)) ORDER BY created_at LIMIT 30",
      JSON.stringify([BENCH_TEAMS[1]]),
    ),
    worker_day_visits: plan(
      "SELECT * FROM visits WHERE status IN ('confirmed','done','not-home') AND starts_at >= ? AND starts_at < ? AND worker_id = ? ORDER BY starts_at, id",
      now.getTime(),
      now.getTime() + 86_400_000,
      900_100,
    ),
  };
  return { ...results, plans };
}

/**
 * The inbox's per-update statements, on a week of handled updates: claiming a fresh update (the
 * journal row), looking for an earlier deferred update of its chat, marking it done.
 */
let nextUpdateId = 900_000_000;
function inboxQueries(app: App, now: Date) {
  const { repos } = app;
  const claimed: Array<import("grammy/types").Update> = [];
  const update = () => {
    const chat = 10_000_001 + ((nextUpdateId * 7919) % 100_000);
    const u = {
      update_id: nextUpdateId++,
      message: { message_id: 1, date: 1_790_000_000, chat: { id: chat, type: "private", first_name: "P" }, from: { id: chat, is_bot: false, first_name: "P" }, text: "Perdita d'acqua dal soffitto del bagno, scala B, terzo piano." },
    } as import("grammy/types").Update;
    claimed.push(u);
    return u;
  };
  const inbox_claim = time(1000, () => repos.inbox.claim(update(), now));
  let k = 0;
  const inbox_deferred_before = time(1000, () => repos.inbox.deferredBefore(claimed[k++ % claimed.length]!));
  k = 0;
  const inbox_done = time(1000, () => repos.inbox.done(claimed[k++]!.update_id, now));
  return { inbox_claim, inbox_deferred_before, inbox_done };
}

/**
 * The group outbox with a burst in it: 60 requests, each with its card and two pieces pending,
 * older than the due reminders so they come first. Timed: the dispatcher's claim (first in,
 * first out per request), the merge of a piece's followers, and the backlog gauge.
 */
function groupOutboxQueries(db: Db, app: App, now: Date) {
  const { repos } = app;
  const sqlite = db.$client;
  const chat = -1001234567890;
  const ids: number[] = [];
  const t = now.getTime() - 10 * 86_400_000;
  sqlite.transaction(() => {
    const insert = sqlite.prepare(
      "INSERT INTO outbox (due_at, chat_id, kind, ref, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, ?, 'pending', 0, ?)",
    );
    for (let step = 0; step < 3; step++) {
      for (let r = 0; r < 60; r++) {
        const requestId = 900_000 + r;
        const payload = JSON.stringify({ type: "board", action: step ? "piece" : "open", requestId, text: step ? `Aggiungo ${step}` : undefined });
        ids.push(Number(insert.run(t + step * 1000 + r, chat, step ? "group-piece" : "group-open", `request:${requestId}`, payload, t).lastInsertRowid));
      }
    }
  })();
  // Claimed, then put back (untimed), so every run sees the same burst.
  const group_outbox_claim = time(
    500,
    () => repos.outbox.claimDue(now, 25),
    (rows) => {
      if (!rows.length || rows[0]!.chatId !== chat) throw new Error("group rows were not claimed first");
      sqlite.prepare(`UPDATE outbox SET status = 'pending' WHERE id IN (${rows.map((r) => r.id).join(",")})`).run();
    },
  );
  let k = 0;
  const group_outbox_followers = time(1000, () => repos.outbox.followers(`request:${900_000 + (k % 60)}`, ids[k++ % 60]!, 20));
  const group_backlog = time(200, () => repos.outbox.groupBacklog());
  sqlite.prepare(`DELETE FROM outbox WHERE id IN (${ids.join(",")})`).run();
  return { group_outbox_claim, group_outbox_followers, group_backlog };
}
