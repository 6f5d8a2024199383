import cron, { type ScheduledTask } from "node-cron";
import type { Bot } from "grammy";
import type { BotContext, Deps } from "#src/bot/context.js";
import type { WhatsAppChannel } from "#src/channels/whatsapp/index.js";
import type { Config } from "#src/settings.js";
import type { Clock } from "#src/clock.js";
import type { Db } from "#src/db/client.js";
import type { Repositories } from "#src/db/repositories/index.js";
import { renderDigest } from "#src/bot/features/staff/digest.js";
import { renderLetterDeadlines } from "#src/bot/features/letters/views.js";
import { dailyBackup } from "#src/db/backup.js";
import { replayDeferred } from "#src/delivery/inbox.js";
import { digestData } from "#src/domain/digest.js";
import { queueAnnouncementReports } from "#src/bot/features/neighbourhood/report.js";
import type { Logger } from "#src/logger.js";
import { replicaDigestLine } from "#src/replica/digest-line.js";
import type { ReplicaStatus } from "#src/replica/replica-monitor.js";

/** What the jobs need of the application (app.ts builds it): the scheduler imports nothing above itself. */
export interface JobsDeps {
  deps: Deps;
  repos: Repositories;
  dispatcher: { run(): Promise<unknown> };
  bot: Bot<BotContext>;
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  whatsapp?: Pick<WhatsAppChannel, "finishErasures"> | undefined;
  /** Litestream's replica: the digest says when it is behind. */
  replica: { status(): ReplicaStatus };
}

/** A job that runs once a day at a local time ("HH:MM" in the desk's time zone). */
export interface DailyJob {
  name: string;
  at: string;
  run: () => unknown;
}

/** Every job the desk runs once a day, declared here and nowhere else. */
export function dailyJobs(app: JobsDeps): DailyJob[] {
  const { config } = app;
  return [
    { name: "digest", at: config.digestTime, run: () => queueDigest(app) },
    ...(config.backup ? [{ name: "backup", at: "03:15", run: () => backUp(app) }] : []),
    { name: "retention", at: "03:30", run: () => applyRetention(app) },
  ];
}

/** node-cron registrations: outbox every second, deferred updates every five, chores every minute, the dailies at their hour. */
export function startJobs(app: JobsDeps, logger: Logger): { stop: () => Promise<void> } {
  const { config } = app;
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
  ];
  for (const job of dailyJobs(app)) {
    const [h, m] = job.at.split(":");
    tasks.push(cron.schedule(`${Number(m)} ${Number(h)} * * *`, guard(job.name, job.run), { name: job.name, timezone: config.timezone, noOverlap: true }));
  }
  return {
    async stop() {
      for (const t of tasks) await t.destroy();
    },
  };
}

/** Updates that met Telegram trouble run again once their pause is over. */
export function replayDeferredUpdates(app: JobsDeps, logger: Logger): Promise<number> {
  const { clock, services } = app.deps;
  return replayDeferred(app.bot, app.repos.inbox, clock, logger, (update) => {
    const chatId = update.message?.chat.id ?? update.callback_query?.message?.chat.id;
    if (chatId && chatId > 0) services.notifications.toResident(chatId, "apology", null, { type: "t", key: "error-apology" });
  });
}

/** Work that runs every minute: lapsed seat offers, abandoned forms, requests waiting too long, a small inbox. */
export function minuteChores(app: JobsDeps, logger: Logger): void {
  const { deps } = app;
  const expired = deps.services.booking.expireOffers();
  if (expired) logger.info({ expired }, "waiting-list offers lapsed and moved on");
  const abandoned = closeIdleFlows(app);
  if (abandoned) logger.info({ abandoned }, "idle forms closed");
  // Requests waiting longer than STALE_WORKING_HOURS (opening hours only) are flagged once in their topic.
  const stale = deps.services.serviceLevels.flagStale();
  if (stale.length) logger.info({ requests: stale.map((r) => r.id) }, "requests waiting too long flagged");
  // An announcement whose every message is out: its sender is told how it went.
  queueAnnouncementReports(app.deps);
  // Done updates are kept a week (their ids only): Telegram redelivers within hours at most.
  app.repos.inbox.prune(new Date(deps.clock.now().getTime() - 7 * 86_400_000));
  // What unfinished updates sent, kept for their rerun: one still there after a week was set aside long ago.
  app.repos.replyJournal.prune(new Date(deps.clock.now().getTime() - 7 * 86_400_000));
  // Letters left waiting (a restart, an engine that failed): read again.
  deps.letters?.wake();
}

/**
 * Forms left idle longer than FLOW_IDLE_MINUTES are closed, and the resident is told so
 * (in their language, through the outbox) instead of finding out only when they write again.
 */
export function closeIdleFlows(app: JobsDeps): number {
  return app.deps.services.idleFlows.endAllIdle();
}

/**
 * Daily digest, queued once per day (a restart at the digest minute does not send it twice). With several teams, each
 * team's group gets its own: the sessions of its activities, with their rosters, and its requests waiting too long.
 */
export function queueDigest(app: JobsDeps): boolean {
  const { deps } = app;
  const { teams } = deps.services;
  let queued = false;
  for (const team of teams.several ? teams.all : [undefined]) {
    const data = digestData(app.repos, deps.clock, deps.config.timezone, deps.services.serviceLevels, team);
    const ref = team ? `digest:${data.day}:${team.id}` : `digest:${data.day}`;
    if (app.repos.outbox.byRef(ref).length) continue;
    // Deadlines staff confirmed on residents' letters, the week ahead: a missed one can cost a home.
    const deadlines = deps.services.letters.deadlinesAhead(deps.clock.now(), 7, team?.id);
    const html =
      renderDigest(deps.italian, data, deps.config.timezone, deps.clock.now()) +
      renderLetterDeadlines(deps.italian, deadlines) +
      replicaDigestLine(deps.italian, app.replica.status(), deps.config.timezone);
    deps.services.notifications.toStaff("digest", ref, html, undefined, team?.chatId);
    queued = true;
  }
  return queued;
}

/** An online copy of the database in BACKUP_DIR, keeping BACKUP_KEEP of them. */
async function backUp(app: JobsDeps): Promise<void> {
  const { config, db, clock, logger } = app;
  if (!config.backup) return;
  const result = await dailyBackup(db.$client, config.backup.dir, config.backup.keep, clock.now());
  logger.info({ file: result.file, pages: result.pages }, "daily backup written");
}

/** Closed requests lose their content, inactive people are forgotten, and unfinished erasures are finished. */
async function applyRetention(app: JobsDeps): Promise<void> {
  const { services, board } = app.deps;
  const erased = services.privacy.applyRetention();
  // ESF+ sheets past the programme's retention period.
  const sheets = services.participants.prune();
  // People silent for the whole period are erased as by /forget, their group posts included.
  const forgotten = services.privacy.forgetInactive();
  for (const erasure of forgotten) await board.erase(erasure);
  // Erasures whose posts Telegram could not take at the time (an outage, a crash) are finished now.
  for (const markerId of services.privacy.unfinishedErasures()) await board.erase({ markerId, requestIds: [] });
  // WhatsApp numbers that retention (or an erasure) marked are replaced by their keyed hash now, not on the next webhook.
  app.whatsapp?.finishErasures();
  app.logger.info(
    { erased, forgotten: forgotten.length, sheets, retentionDays: app.config.retentionDays },
    "retention: closed requests' content and inactive people erased",
  );
}
