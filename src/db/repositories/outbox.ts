import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { updateByKey } from "#src/db/prepared.js";
import { outbox } from "#src/db/schema.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type OutboxStatus = OutboxRow["status"];

/** An outbox row as SQLite returns it from the claim (RETURNING *): times in milliseconds. */
interface StoredOutboxRow {
  id: number;
  due_at: number;
  expires_at: number | null;
  chat_id: number;
  kind: string;
  ref: string | null;
  payload: string;
  status: OutboxStatus;
  attempts: number;
  last_error: string | null;
  claimed_at: number | null;
  send_started_at: number | null;
  sent_at: number | null;
  created_at: number;
}

export function outboxRepository(db: Db) {
  // One statement: rows move from pending to sending atomically, so two dispatchers (or two
  // overlapping ticks) never claim the same row.
  // Posts into a group about one request go out first-in-first-out: a row waits while an older
  // row of the same request is still pending or being sent (a card before its pieces).
  const claim = db.$client.prepare<{ now: number; limit: number }, StoredOutboxRow>(
    `UPDATE outbox SET status = 'sending', claimed_at = @now, send_started_at = NULL
     WHERE id IN (
       SELECT o.id FROM outbox o
       WHERE o.status = 'pending' AND o.due_at <= @now
         AND NOT (o.chat_id < 0 AND o.ref IS NOT NULL AND EXISTS (
           SELECT 1 FROM outbox p WHERE p.ref = o.ref AND p.id < o.id AND p.status IN ('pending', 'sending')))
       ORDER BY o.due_at, o.id LIMIT @limit)
     RETURNING *`,
  );
  const progress = db.$client.prepare(
    "UPDATE outbox SET status = 'pending', payload = ?, due_at = ?, send_started_at = NULL, last_error = NULL WHERE id = ? AND status = 'sending'",
  );
  // Resident messages queued right behind a piece, with nothing else between: one post can carry them.
  const followers = db.$client.prepare(
    `SELECT id, payload FROM outbox
     WHERE ref = @ref AND id > @id AND status IN ('pending', 'sending') ORDER BY id LIMIT @limit`,
  );
  const absorb = db.$client.prepare("UPDATE outbox SET status = 'sent', sent_at = ?, payload = '{}' WHERE id = ? AND status = 'pending'");
  const depth = db.$client.prepare(
    "SELECT count(*) AS n, min(created_at) AS oldest FROM outbox INDEXED BY outbox_chat_status WHERE chat_id < 0 AND status IN ('pending', 'sending')",
  );
  const depthOf = db.$client.prepare(
    "SELECT count(*) AS n, min(created_at) AS oldest FROM outbox INDEXED BY outbox_chat_status WHERE chat_id = ? AND status IN ('pending', 'sending')",
  );
  // Whether anything but rows of one kind waits for a group (to be sent by a moment): pins go when nothing does.
  const othersWaiting = db.$client.prepare<[number, string, number]>(
    `SELECT 1 FROM outbox INDEXED BY outbox_chat_status
     WHERE chat_id = ? AND status IN ('pending', 'sending') AND kind <> ? AND due_at <= ? LIMIT 1`,
  );
  // Every booking queues its reminders: a prepared insert keeps that cheap.
  const insert = db.$client.prepare(
    "INSERT INTO outbox (due_at, expires_at, chat_id, kind, ref, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
  );
  const startSend = db.$client.prepare(
    "UPDATE outbox SET send_started_at = ?, attempts = ? WHERE id = ? AND status = 'sending' AND send_started_at IS NULL",
  );
  const update = updateByKey(db, outbox, outbox.id);
  const dueAgain = db.$client.prepare("UPDATE outbox SET due_at = ? WHERE id = ? AND status = 'pending'");
  const byId = db.select().from(outbox).where(eq(outbox.id, sql.placeholder("id"))).prepare();
  const cancelForChat = db
    .update(outbox)
    .set({ status: "cancelled", lastError: sql`${sql.placeholder("reason")}` })
    .where(and(eq(outbox.chatId, sql.placeholder("chatId")), eq(outbox.status, "pending")))
    .prepare();
  const interrupted = db.select().from(outbox).where(eq(outbox.status, "sending")).prepare();
  const counts = db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).prepare();
  const due = db
    .select({ n: sql<number>`count(*)` })
    .from(outbox)
    .where(and(eq(outbox.status, "pending"), lte(outbox.dueAt, sql.placeholder("now"))))
    .prepare();
  const cancelPending = db
    .update(outbox)
    .set({ status: "cancelled", payload: "{}" })
    .where(
      and(
        inArray(outbox.ref, sql`(select value from json_each(${sql.placeholder("refs")}))`),
        sql`(${outbox.status} = 'pending' or (${outbox.status} = 'sending' and ${outbox.sendStartedAt} is null))`,
      ),
    )
    .prepare();
  const byRef = db.select().from(outbox).where(eq(outbox.ref, sql.placeholder("ref"))).prepare();
  const all = db.select().from(outbox).prepare();
  const toRow = (r: StoredOutboxRow): OutboxRow => ({
    id: r.id,
    dueAt: new Date(r.due_at),
    expiresAt: r.expires_at === null ? null : new Date(r.expires_at),
    chatId: r.chat_id,
    kind: r.kind,
    ref: r.ref,
    payload: r.payload,
    status: r.status,
    attempts: r.attempts,
    lastError: r.last_error,
    claimedAt: r.claimed_at === null ? null : new Date(r.claimed_at),
    sendStartedAt: r.send_started_at === null ? null : new Date(r.send_started_at),
    sentAt: r.sent_at === null ? null : new Date(r.sent_at),
    createdAt: new Date(r.created_at),
  });
  return {
    insert(values: NewOutboxRow): number {
      return Number(
        insert.run(
          values.dueAt.getTime(),
          values.expiresAt?.getTime() ?? null,
          values.chatId,
          values.kind,
          values.ref ?? null,
          values.payload,
          values.status,
          values.createdAt.getTime(),
        ).lastInsertRowid,
      );
    },
    get(id: number): OutboxRow | undefined {
      return byId.get({ id });
    },
    claimDue(now: Date, limit: number): OutboxRow[] {
      return claim.all({ now: now.getTime(), limit }).map(toRow).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
    },
    mark(id: number, values: Partial<NewOutboxRow>): void {
      // Once a row is done with, its text (a digest names people) has no reason to stay.
      const done = values.status === "sent" || values.status === "failed" || values.status === "expired";
      update(id, done ? { ...values, payload: "{}" } : values);
    },
    /**
     * Marks a claimed row as going out now; false if it was cancelled meanwhile (a booking
     * cancelled while its reminder waited for the rate limit), so it is not sent.
     */
    markStarted(id: number, at: Date, attempts: number): boolean {
      return startSend.run(at.getTime(), attempts, id).changes === 1;
    },
    /** A row set aside (its engine work under way) is due again, unless it was cancelled or taken meanwhile. */
    dueAgain(id: number, at: Date): void {
      dueAgain.run(at.getTime(), id);
    },
    /** A multi-step post advanced one step: it goes back in line with where it got to. */
    progress(id: number, payload: string, dueAt: Date): void {
      progress.run(payload, dueAt.getTime(), id);
    },
    /** The rows queued right after `id` for the same ref, oldest first (pending or in hand). */
    followers(ref: string, id: number, limit: number): Array<{ id: number; payload: string }> {
      return followers.all({ ref, id, limit }) as Array<{ id: number; payload: string }>;
    },
    /** Marks pending rows as sent as part of another row's post; returns those it could take. */
    absorb(ids: number[], at: Date): number[] {
      return ids.filter((id) => absorb.run(at.getTime(), id).changes === 1);
    },
    /** Posts waiting to go into operator groups: how many, and since when. */
    groupBacklog(chatId?: number): { count: number; oldest: Date | null } {
      const row = (chatId === undefined ? depth.get() : depthOf.get(chatId)) as { n: number; oldest: number | null };
      return { count: row.n, oldest: row.oldest === null ? null : new Date(row.oldest) };
    },
    /** Whether rows of another kind than `kind` wait for this group, due by `until`. */
    othersWaiting(chatId: number, kind: string, until: Date): boolean {
      return othersWaiting.get(chatId, kind, until.getTime()) !== undefined;
    },
    /** Pending rows about a booking or session that no longer needs them. */
    cancelPending(refs: string[]): number {
      if (!refs.length) return 0;
      return cancelPending.run({ refs: JSON.stringify(refs) }).changes;
    },
    /** Pending rows about some requests that were to go into one group (a transfer moves them elsewhere). */
    cancelPendingIn(refs: string[], chatId: number): number {
      if (!refs.length) return 0;
      return db
        .update(outbox)
        .set({ status: "cancelled", payload: "{}" })
        .where(
          and(
            inArray(outbox.ref, refs),
            eq(outbox.chatId, chatId),
            sql`(${outbox.status} = 'pending' or (${outbox.status} = 'sending' and ${outbox.sendStartedAt} is null))`,
          ),
        )
        .run().changes;
    },
    /** Rows left in 'sending' by a process that died mid-send. */
    interrupted(): OutboxRow[] {
      return interrupted.all();
    },
    cancelForChat(chatId: number, reason: string): number {
      return cancelForChat.run({ chatId, reason }).changes;
    },
    counts(): Record<OutboxStatus, number> {
      const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, expired: 0, cancelled: 0 };
      for (const r of counts.all()) {
        out[r.status] = r.n;
      }
      return out;
    },
    due(now: Date): number {
      return due.get({ now: now.getTime() })?.n ?? 0;
    },
    byRef(ref: string): OutboxRow[] {
      return byRef.all({ ref });
    },
    all(): OutboxRow[] {
      return all.all();
    },
  };
}
