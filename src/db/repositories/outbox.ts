import { and, eq, inArray, lte, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { outbox } from "../schema.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;
export type OutboxStatus = OutboxRow["status"];

export function outboxRepository(db: Db) {
  // One statement: rows move from pending to sending atomically, so two dispatchers (or two
  // overlapping ticks) never claim the same row.
  const claim = db.$client.prepare(
    `UPDATE outbox SET status = 'sending', claimed_at = @now, send_started_at = NULL
     WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' AND due_at <= @now ORDER BY due_at, id LIMIT @limit)
     RETURNING *`,
  );
  // Every booking queues its reminders: a prepared insert keeps that cheap.
  const insert = db.$client.prepare(
    "INSERT INTO outbox (due_at, expires_at, chat_id, kind, ref, payload, status, attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?)",
  );
  const startSend = db.$client.prepare(
    "UPDATE outbox SET send_started_at = ?, attempts = ? WHERE id = ? AND status = 'sending' AND send_started_at IS NULL",
  );
  const toRow = (r: any): OutboxRow => ({
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
      return db.select().from(outbox).where(eq(outbox.id, id)).get();
    },
    claimDue(now: Date, limit: number): OutboxRow[] {
      return (claim.all({ now: now.getTime(), limit }) as any[]).map(toRow).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || a.id - b.id);
    },
    mark(id: number, values: Partial<NewOutboxRow>): void {
      // Once a row is done with, its text (a digest names people) has no reason to stay.
      const done = values.status === "sent" || values.status === "failed" || values.status === "expired";
      db.update(outbox)
        .set(done ? { ...values, payload: "{}" } : values)
        .where(eq(outbox.id, id))
        .run();
    },
    /**
     * Marks a claimed row as going out now; false if it was cancelled meanwhile (a booking
     * cancelled while its reminder waited for the rate limit), so it is not sent.
     */
    markStarted(id: number, at: Date, attempts: number): boolean {
      return startSend.run(at.getTime(), attempts, id).changes === 1;
    },
    /** Pending rows about a booking or session that no longer needs them. */
    cancelPending(refs: string[]): number {
      if (!refs.length) return 0;
      return db
        .update(outbox)
        .set({ status: "cancelled", payload: "{}" })
        .where(
          and(
            inArray(outbox.ref, refs),
            sql`(${outbox.status} = 'pending' or (${outbox.status} = 'sending' and ${outbox.sendStartedAt} is null))`,
          ),
        )
        .run().changes;
    },
    /** Rows left in 'sending' by a process that died mid-send. */
    interrupted(): OutboxRow[] {
      return db.select().from(outbox).where(eq(outbox.status, "sending")).all();
    },
    cancelForChat(chatId: number, reason: string): number {
      return db
        .update(outbox)
        .set({ status: "cancelled", lastError: reason })
        .where(and(eq(outbox.chatId, chatId), eq(outbox.status, "pending")))
        .run().changes;
    },
    counts(): Record<OutboxStatus, number> {
      const out: Record<OutboxStatus, number> = { pending: 0, sending: 0, sent: 0, failed: 0, expired: 0, cancelled: 0 };
      for (const r of db.select({ status: outbox.status, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.status).all()) {
        out[r.status] = r.n;
      }
      return out;
    },
    due(now: Date): number {
      return (
        db
          .select({ n: sql<number>`count(*)` })
          .from(outbox)
          .where(and(eq(outbox.status, "pending"), lte(outbox.dueAt, now)))
          .get()?.n ?? 0
      );
    },
    byRef(ref: string): OutboxRow[] {
      return db.select().from(outbox).where(eq(outbox.ref, ref)).all();
    },
    all(): OutboxRow[] {
      return db.select().from(outbox).all();
    },
  };
}
