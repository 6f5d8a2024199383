import { timingSafeEqual } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createConcurrentSink, createRunner, createSource, type RunnerHandle, type UpdateSupplier } from "@grammyjs/runner";
import { type Api, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Clock } from "#src/clock.js";
import type { inboxRepository } from "#src/db/repositories/inbox.js";
import type { Logger } from "#src/logger.js";

/** Where the inbox hands updates: the bot of create-bot.ts, seen only as this (delivery sits below the bot). */
export interface UpdateConsumer {
  init(): Promise<void>;
  handleUpdate(update: Update): Promise<void>;
  api: { getUpdates: Api["getUpdates"] };
}

type Inbox = ReturnType<typeof inboxRepository>;

/** An update that made the process fail this often is set aside instead of crashing it forever. */
export const MAX_ATTEMPTS = 3;
const POLL_TIMEOUT_S = 25;
const MAX_BACKOFF_MS = 30_000;

/** What /healthz says about the link to Telegram. */
export class PollingStatus {
  lastOkAt: Date | undefined;
  failingSince: Date | undefined;
  lastError: string | undefined;
  failures = 0;

  ok(at: Date) {
    this.lastOkAt = at;
    this.failingSince = undefined;
    this.lastError = undefined;
    this.failures = 0;
  }

  failed(at: Date, error: string) {
    this.failingSince ??= at;
    this.lastError = error;
    this.failures++;
  }

  toJSON() {
    return {
      state: this.failingSince ? "failing" : this.lastOkAt ? "ok" : "starting",
      lastOkAt: this.lastOkAt?.toISOString() ?? null,
      failingSince: this.failingSince?.toISOString() ?? null,
      lastError: this.lastError ?? null,
    };
  }
}

/**
 * Updates a crashed process had journaled but not finished are handled again at start-up,
 * before new ones: per-chat order holds, so the resident gets the answer they were owed.
 */
export async function replayUnfinished(bot: UpdateConsumer, inbox: Inbox, clock: Clock, logger: Logger): Promise<number> {
  const rows = inbox.unfinished();
  const runnable = rows.filter(({ update, attempts }) => {
    if (attempts < MAX_ATTEMPTS) return true;
    inbox.failed(update.update_id, clock.now(), `set aside after ${attempts} attempts`);
    logger.error({ updateId: update.update_id, attempts }, "inbox: update set aside after repeated failures");
    return false;
  });
  if (runnable.length) logger.warn({ updates: runnable.length }, "inbox: handling updates left unfinished by the last run");
  await Promise.all(runnable.map(({ update }) => bot.handleUpdate(update).catch((error) => logUpdateError(logger, update, error))));
  return runnable.length;
}

/** How often a deferred update is tried again before the desk gives up on it (about an hour in all). */
export const MAX_DEFERRED_ATTEMPTS = 15;

/**
 * Deferred updates (Telegram was down while they were handled) whose pause is over are handled
 * again; one that keeps failing is set aside, and its sender hears that something went wrong.
 */
export async function replayDeferred(
  bot: UpdateConsumer,
  inbox: Inbox,
  clock: Clock,
  logger: Logger,
  onGiveUp: (update: Update) => void = () => undefined,
): Promise<number> {
  const rows = inbox.due(clock.now());
  const runnable = rows.filter(({ update, attempts }) => {
    if (attempts < MAX_DEFERRED_ATTEMPTS) return true;
    inbox.failed(update.update_id, clock.now(), `gave up after ${attempts} attempts`);
    logger.error({ updateId: update.update_id, attempts }, "inbox: deferred update given up");
    onGiveUp(update);
    return false;
  });
  await Promise.all(runnable.map(({ update }) => bot.handleUpdate(update).catch((error) => logUpdateError(logger, update, error))));
  return runnable.length;
}

function logUpdateError(logger: Logger, update: Update, error: unknown) {
  logger.error({ updateId: update.update_id, err: (error as Error)?.message }, "inbox: update failed");
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * Long polling that journals each batch in SQLite before asking for the next one (which is what
 * confirms the batch to Telegram), so an update in hand survives a crash. Failures back off up to
 * 30 s and show in /healthz; a revoked token (401) or a second poller (409) stops the desk.
 */
export function startPolling(
  bot: UpdateConsumer,
  inbox: Inbox,
  clock: Clock,
  logger: Logger,
  allowedUpdates: readonly string[],
  status = new PollingStatus(),
): { runner: RunnerHandle; status: PollingStatus } {
  let offset = 0;
  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, runnerSignal) {
      // The runner ships an AbortSignal polyfill; grammY and timers want the platform's own type.
      const signal = runnerSignal as unknown as AbortSignal;
      await bot.init();
      for (let wait = 1000; ; wait = Math.min(wait * 2, MAX_BACKOFF_MS)) {
        try {
          const updates = await bot.api.getUpdates(
            { offset, limit: Math.max(1, Math.min(batchSize, 100)), timeout: POLL_TIMEOUT_S, allowed_updates: [...allowedUpdates] as never },
            runnerSignal as never,
          );
          inbox.journal(updates, clock.now());
          const last = updates.at(-1);
          if (last) offset = last.update_id + 1;
          if (status.failingSince) logger.info({ since: status.failingSince }, "polling: Telegram reachable again");
          status.ok(clock.now());
          return updates;
        } catch (error) {
          if (signal.aborted) throw error;
          if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 409)) throw error;
          status.failed(clock.now(), (error as Error).message);
          const log = { err: (error as Error).message, failures: status.failures, retryInMs: wait };
          if (status.failures === 1 || status.failures % 10 === 0) logger.error(log, "polling: cannot reach Telegram");
          await sleep(wait, signal);
        }
      }
    },
  };
  const sink = createConcurrentSink<Update>(
    { consume: (update) => bot.handleUpdate(update) },
    async (error) => {
      logger.error({ err: (error as Error)?.message }, "update failed outside the error boundaries");
    },
  );
  const runner = createRunner(createSource(supplier), sink);
  runner.start();
  return { runner, status };
}

const MAX_WEBHOOK_BODY = 1024 * 1024;

/**
 * Webhook mode: the update is journaled before Telegram gets its 200, then handled in the
 * background; a request without Telegram's secret header is refused with 401.
 */
export function journalingWebhook(bot: UpdateConsumer, inbox: Inbox, clock: Clock, logger: Logger, secret: string) {
  const expected = Buffer.from(secret);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const header = req.headers["x-telegram-bot-api-secret-token"];
    const given = Buffer.from(typeof header === "string" ? header : "");
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      res.writeHead(401).end("secret token is wrong");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_WEBHOOK_BODY) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    let update: Update;
    try {
      update = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Update;
      if (typeof update.update_id !== "number") throw new Error("no update_id");
    } catch {
      res.writeHead(400).end();
      return;
    }
    inbox.journal([update], clock.now());
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
    await bot.init();
    await bot.handleUpdate(update).catch((error) => logUpdateError(logger, update, error));
  };
}
