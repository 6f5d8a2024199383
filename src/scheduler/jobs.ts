import cron, { type ScheduledTask } from "node-cron";
import type { createBot } from "../bot/create-bot.js";
import { renderDigest } from "../bot/render/digest.js";
import { replayDeferred } from "../delivery/inbox.js";
import { digestData } from "../domain/digest.js";
import type { Logger } from "../logger.js";

type App = ReturnType<typeof createBot>;

/** Updates that met Telegram trouble run again once their pause is over. */
export function replayDeferredUpdates(app: App, logger: Logger): Promise<number> {
  const { repos, clock, services } = app.deps;
  return replayDeferred(app.bot, repos.inbox, clock, logger, (update) => {
    const chatId = update.message?.chat.id ?? update.callback_query?.message?.chat.id;
    if (chatId && chatId > 0) services.notifications.toResident(chatId, "apology", null, { type: "t", key: "error-apology" });
  });
}

/** Daily digest, queued once per day (a restart at the digest minute does not send it twice). */
export function queueDigest(app: App): boolean {
  const { deps } = app;
  const data = digestData(deps.repos, deps.clock, deps.config.timezone, deps.services.serviceLevels);
  const ref = `digest:${data.day}`;
  if (deps.repos.outbox.byRef(ref).length) return false;
  deps.services.notifications.toStaff("digest", ref, renderDigest(deps.italian, data, deps.config.timezone, deps.clock.now()));
  return true;
}

/** Work that runs every minute: lapsed seat offers, abandoned forms, requests waiting too long, a small inbox. */
export function minuteChores(app: App, logger: Logger): void {
  const { deps } = app;
  const expired = deps.services.booking.expireOffers();
  if (expired) logger.info({ expired }, "waiting-list offers lapsed and moved on");
  const abandoned = closeIdleFlows(app);
  if (abandoned) logger.info({ abandoned }, "idle forms closed");
  // Requests waiting longer than STALE_WORKING_HOURS (opening hours only) are flagged once in their topic.
  const stale = deps.services.serviceLevels.flagStale();
  if (stale.length) logger.info({ requests: stale.map((r) => r.id) }, "requests waiting too long flagged");
  // Done updates are kept a week (their ids only): Telegram redelivers within hours at most.
  deps.repos.inbox.prune(new Date(deps.clock.now().getTime() - 7 * 86_400_000));
}

/**
 * Forms left idle longer than FLOW_IDLE_MINUTES are closed, and the resident is told so
 * (in their language, through the outbox) instead of finding out only when they write again.
 */
export function closeIdleFlows(app: App): number {
  const { repos, clock, config, services } = app.deps;
  const keys = repos.conversations.staleKeys(new Date(clock.now().getTime() - config.flowIdleMinutes * 60_000));
  for (const key of keys) {
    repos.conversations.delete(key);
    // Private chats are keyed by the resident's id; the operator group by "chat:staff".
    if (/^\d+$/.test(key)) services.notifications.toResident(Number(key), "flow-expired", null, { type: "t", key: "flow-expired" });
  }
  return keys.length;
}

export interface JobHooks {
  /** Daily jobs added by other modules (retention, backup). */
  daily?: Array<{ name: string; at: string; run: () => unknown }>;
}

/** node-cron registrations: outbox every second, chores every minute, the digest and dailies at their hour. */
export function startJobs(app: App, logger: Logger, hooks: JobHooks = {}): { stop: () => Promise<void> } {
  const { config } = app.deps;
  const [hh, mm] = config.digestTime.split(":");
  const guard = (name: string, fn: () => unknown) => async () => {
    try {
      await fn();
    } catch (error) {
      logger.error({ job: name, err: (error as Error).message }, "scheduled job failed");
    }
  };
  const tasks: ScheduledTask[] = [
    cron.schedule("* * * * * *", guard("outbox", () => app.dispatcher.run()), { name: "outbox", noOverlap: true }),
    cron.schedule("*/5 * * * * *", guard("deferred", () => replayDeferredUpdates(app, logger)), { name: "deferred", noOverlap: true }),
    cron.schedule("* * * * *", guard("chores", () => minuteChores(app, logger)), { name: "chores", noOverlap: true }),
    cron.schedule(`${Number(mm)} ${Number(hh)} * * *`, guard("digest", () => queueDigest(app)), {
      name: "digest",
      timezone: config.timezone,
    }),
  ];
  for (const job of hooks.daily ?? []) {
    const [h, m] = job.at.split(":");
    tasks.push(cron.schedule(`${Number(m)} ${Number(h)} * * *`, guard(job.name, job.run), { name: job.name, timezone: config.timezone, noOverlap: true }));
  }
  return {
    async stop() {
      for (const t of tasks) await t.destroy();
    },
  };
}
