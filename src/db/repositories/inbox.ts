import type { Update } from "grammy/types";
import type { Db } from "#src/db/client.js";

export type InboxStatus = "pending" | "processing" | "done" | "failed";

interface InboxRow {
  update_id: number;
  payload: string | null;
  status: InboxStatus;
  attempts: number;
}

/**
 * The journal of updates: written before Telegram is told they arrived, claimed once, marked
 * done when handled. The payload (it holds what residents wrote) is dropped once done.
 * From its claim to its end an update is in hand, and its writes share the turn's transaction
 * with those of the other updates in hand (see group-commit.ts).
 */
export function inboxRepository(db: Db) {
  const commits = db.$commits;
  const journal = db.$client.prepare(
    "INSERT OR IGNORE INTO inbox (update_id, from_id, chat_id, payload, status, attempts, received_at) VALUES (?, ?, ?, ?, 'pending', 0, ?)",
  );
  // One statement claims a new update or a journaled one still pending; a second delivery of the
  // same update_id (or one already in hand) changes nothing and is dropped.
  const claim = db.$client.prepare(
    `INSERT INTO inbox (update_id, from_id, chat_id, payload, status, attempts, received_at) VALUES (@id, @from, @chat, @payload, 'processing', 1, @now)
     ON CONFLICT (update_id) DO UPDATE SET status = 'processing', attempts = attempts + 1 WHERE status = 'pending'`,
  );
  const finish = db.$client.prepare("UPDATE inbox SET status = ?, payload = NULL, done_at = ?, last_error = ? WHERE update_id = ?");
  const unfinished = db.$client.prepare<[], InboxRow>("SELECT update_id, payload, status, attempts FROM inbox WHERE status IN ('pending', 'processing') ORDER BY update_id");
  // The pause grows with the attempts: 5 s, doubling, at most five minutes.
  const defer = db.$client.prepare(
    "UPDATE inbox SET status = 'pending', retry_at = @at + min(5000 * (1 << min(attempts - 1, 10)), 300000) WHERE update_id = @id AND status = 'processing'",
  );
  const due = db.$client.prepare<[number, number], InboxRow>(
    "SELECT update_id, payload, status, attempts FROM inbox WHERE status = 'pending' AND retry_at IS NOT NULL AND retry_at <= ? ORDER BY update_id LIMIT ?",
  );
  const waiting = db.$client.prepare<[number, number], number>(
    "SELECT retry_at FROM inbox WHERE chat_id = ? AND update_id < ? AND status = 'pending' AND retry_at IS NOT NULL ORDER BY update_id DESC LIMIT 1",
  ).pluck();
  const deferTo = db.$client.prepare("UPDATE inbox SET status = 'pending', retry_at = ? WHERE update_id = ? AND status = 'processing'");
  const nextRetry = db.$client.prepare<[], number | null>("SELECT min(retry_at) FROM inbox WHERE status = 'pending' AND retry_at IS NOT NULL").pluck();
  const requeue = db.$client.prepare("UPDATE inbox SET status = 'pending' WHERE status = 'processing'");
  const forget = db.$client.prepare("UPDATE inbox SET payload = NULL, from_id = NULL, chat_id = NULL WHERE from_id = @id OR chat_id = @id");
  const prune = db.$client.prepare("DELETE FROM inbox WHERE status IN ('done', 'failed') AND done_at < ?");
  const backlog = db.$client.prepare<[], { n: number; oldest: number | null }>(
    "SELECT count(*) AS n, min(received_at) AS oldest FROM inbox WHERE status IN ('pending', 'processing')",
  );
  const journalAll = db.$client.transaction((updates: Update[], at: number) => {
    for (const u of updates) journal.run(u.update_id, senderOf(u), chatOf(u), JSON.stringify(u), at);
  });
  return {
    /**
     * Commits a batch before the next getUpdates confirms it to Telegram (or before a webhook's
     * 200): the writes of updates in hand that share the turn's transaction are committed with it.
     */
    journal(updates: Update[], at: Date): void {
      if (!updates.length) return;
      journalAll(updates, at.getTime());
      commits.flush();
    },
    /**
     * True if this process now handles the update (it is in hand until done, defer or deferTo);
     * false for a duplicate or one already handled.
     */
    claim(update: Update, at: Date): boolean {
      commits.enter();
      const claimed = claim.run({ id: update.update_id, from: senderOf(update), chat: chatOf(update), payload: JSON.stringify(update), now: at.getTime() }).changes === 1;
      if (!claimed) commits.leave();
      return claimed;
    },
    done(updateId: number, at: Date): void {
      finish.run("done", at.getTime(), null, updateId);
      commits.leave();
    },
    /** Back in line after Telegram trouble: the wait grows with each attempt, up to five minutes. */
    defer(updateId: number, at: Date): void {
      defer.run({ at: at.getTime(), id: updateId });
      commits.leave();
    },
    /** Resolves once the writes of the updates handled so far are committed: an update ends there. */
    committed(): Promise<void> {
      return commits.settled();
    },
    /**
     * When an earlier update of the same chat is deferred, the instant it runs again: a chat's
     * updates keep their order, so this one waits behind it.
     */
    deferredBefore(update: Update): Date | undefined {
      const chat = chatOf(update);
      if (chat === null) return undefined;
      const at = waiting.get(chat, update.update_id);
      return at === undefined ? undefined : new Date(at);
    },
    /** Defers an update to a given instant (behind an earlier deferred one of its chat). */
    deferTo(updateId: number, at: Date): void {
      deferTo.run(at.getTime(), updateId);
      commits.leave();
    },
    /** Deferred updates whose pause is over, oldest first. */
    due(now: Date, limit = 100): Array<{ update: Update; attempts: number }> {
      return due
        .all(now.getTime(), limit)
        .filter((r) => r.payload !== null)
        .map((r) => ({ update: JSON.parse(r.payload!) as Update, attempts: r.attempts }));
    },
    /** When the next deferred update is due, if any. */
    nextRetry(): Date | undefined {
      const at = nextRetry.get();
      return at === null || at === undefined ? undefined : new Date(at);
    },
    failed(updateId: number, at: Date, reason: string): void {
      finish.run("failed", at.getTime(), reason.slice(0, 500), updateId);
    },
    /** Updates a crashed process had journaled or started: handled again at start-up, in order. */
    unfinished(): Array<{ update: Update; attempts: number }> {
      requeue.run();
      return unfinished
        .all()
        .filter((r) => r.payload !== null)
        .map((r) => ({ update: JSON.parse(r.payload!) as Update, attempts: r.attempts }));
    },
    backlog(): { count: number; oldest: Date | null } {
      const row = backlog.get()!;
      return { count: row.n, oldest: row.oldest === null ? null : new Date(row.oldest) };
    },
    /** An erased person's updates keep only their ids. */
    forget(userId: number): void {
      forget.run({ id: userId });
    },
    prune(before: Date): number {
      return prune.run(before.getTime()).changes;
    },
  };
}

/** Who an update is from, whatever its kind (message, press, member change). */
function senderOf(update: Update): number | null {
  for (const value of Object.values(update)) {
    const from = (value as { from?: { id?: number } } | undefined)?.from?.id;
    if (typeof from === "number") return from;
  }
  return null;
}

/** The chat an update belongs to, whatever its kind. */
function chatOf(update: Update): number | null {
  const chat =
    update.message?.chat ??
    update.edited_message?.chat ??
    update.callback_query?.message?.chat ??
    update.my_chat_member?.chat ??
    update.chat_member?.chat;
  return chat?.id ?? update.callback_query?.from.id ?? null;
}
