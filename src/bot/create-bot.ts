import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { Api, Bot, type BotConfig, type Composer, type ErrorHandler, type MiddlewareFn } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { Db } from "../db/client.js";
import { createRepositories } from "../db/repositories/index.js";
import { ActivityCatalog } from "../domain/activities.js";
import { conversationTranslation } from "../domain/conversation-translation.js";
import { createServices } from "../domain/index.js";
import { createTranscriber, createTranslator } from "../engines/index.js";
import type { Logger } from "../logger.js";
import { afterCommit } from "../delivery/after-commit.js";
import { callbackAnswersNeverFail, isTransient, retryTransient } from "../delivery/api-retry.js";
import { DeferredUpdates } from "../delivery/deferred-updates.js";
import { GroupLedger } from "../delivery/group-ledger.js";
import { PollingStatus } from "../delivery/inbox.js";
import { OutboxDispatcher } from "../scheduler/outbox.js";
import { DeskMetrics } from "../server/metrics.js";
import type { BotContext, Deps } from "./context.js";
import { flows } from "./conversations/index.js";
import { bookingFeature } from "./features/booking.js";
import { deskFeature } from "./features/desk.js";
import { fallbackFeature } from "./features/fallback.js";
import { globalCommandsFeature } from "./features/global-commands.js";
import { menuFeature } from "./features/menu.js";
import { privacyFeature } from "./features/privacy.js";
import { requestFeature } from "./features/request.js";
import { satisfactionFeature } from "./features/satisfaction.js";
import { sessionsFeature } from "./features/sessions.js";
import { consentGate, startFeature } from "./features/start.js";
import { statsFeature } from "./features/stats.js";
import { floodGuard } from "./flood-guard.js";
import { expireIdleFlows, flowStorageKey } from "./flow-idle.js";
import { createI18n, plainNumbers } from "./i18n.js";
import { inboxGate } from "./middlewares/inbox-gate.js";
import { offeredButtonsOnly } from "./middlewares/offered-buttons.js";
import { staffMembership } from "./middlewares/staff-membership.js";
import { strangersGroups } from "./middlewares/strangers-groups.js";
import { type BoardEngines, OperatorBoard } from "./operator-board.js";
import { renderPayload } from "./render-outbox.js";
import { StaffDirectory } from "./staff.js";
import { italianFrom } from "./staff-text.js";

const API_TIMEOUT_SECONDS = 40;

export interface CreateBotOptions {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  token: string;
  operatorChatId: number;
  /** Only for tests and the playground: where the Bot API lives. */
  client?: BotConfig<BotContext>["client"];
  botInfo?: UserFromGetMe;
  catalog?: ActivityCatalog;
}

export function createBot(options: CreateBotOptions) {
  const { config, db, clock, logger, operatorChatId } = options;
  // One hung call must not hold a chat for grammY's default 500 s (long polls wait 25 s of these).
  const client = { apiRoot: config.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS, ...options.client };
  const bot = new Bot<BotContext>(options.token, {
    client,
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  // Replies to the update in hand retry what Telegram did not carry out, within a bounded wait, and a
  // button's spinner never fails the press; what the desk says on its own goes through the outbox.
  const ledger = new GroupLedger();
  const resilient: MiddlewareFn<BotContext> = (ctx, next) => {
    ctx.api.config.use(afterCommit(db.$commits), retryTransient(clock), callbackAnswersNeverFail, ledger.recorder());
    return next();
  };
  bot.api.config.use(afterCommit(db.$commits), retryTransient(clock), callbackAnswersNeverFail, ledger.recorder());

  const repos = createRepositories(db, clock, { residentCacheSize: config.residentCacheSize });
  const catalog = options.catalog ?? ActivityCatalog.load();
  repos.activities.upsertAll(catalog.all);
  const services = createServices(db, repos, clock, config, catalog, operatorChatId);
  const staff = new StaffDirectory(bot.api, operatorChatId, clock);
  const i18n = createI18n((id) => repos.residents.language(id));
  // Machine translation and voice transcripts (docs/engines.md): undefined engines relay messages as they are.
  const translation = conversationTranslation({
    translator: createTranslator(config.engines.translation),
    transcriber: createTranscriber(config.engines.transcription),
    repos,
    clock,
    noticeVersion: config.privacyNoticeVersion,
    timeoutMs: config.engines.translation.timeoutMs,
    transcriptionTimeoutMs: config.engines.transcription.timeoutMs,
    maxSeconds: config.engines.transcription.maxSeconds,
  });
  const fileFetch = (options.client?.fetch ?? fetch) as unknown as typeof fetch;
  const engines: BoardEngines | undefined =
    translation.translating || translation.transcribing
      ? {
          translation,
          // Voice notes come from the Bot API's file endpoint, under the same API root (a local server, the emulator).
          download: async (filePath, signal) => {
            const response = await fileFetch(`${client.apiRoot}/file/bot${options.token}/${filePath}`, { signal });
            if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
            return new Uint8Array(await response.arrayBuffer());
          },
        }
      : undefined;
  const board = new OperatorBoard(bot.api, operatorChatId, i18n, services, config, logger, () => clock.now(), undefined, engines);
  const deps: Deps = { config, db, clock, logger, repos, services, staff, board, italian: italianFrom(i18n), operatorChatId, deferred: new DeferredUpdates() };
  const metrics = new DeskMetrics(repos, clock);
  metrics.watchEngines(() => translation.status());
  const provideDeps: MiddlewareFn<BotContext> = (ctx, next) => {
    ctx.deps = deps;
    return next();
  };

  // 1. Plumbing: per-chat order, dependencies, duplicate updates, strangers' groups, staff membership, language.
  // With @grammyjs/runner, updates of different chats run side by side; one chat's stay in order.
  bot.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
  bot.use(provideDeps);
  bot.use(async (ctx, next) => {
    metrics.updates.inc({ type: Object.keys(ctx.update).find((k) => k !== "update_id") ?? "unknown" });
    metrics.lastUpdateAt = clock.now();
    return next();
  });
  // Telegram may deliver an update twice (a retry after a timeout): handle it once, and again after a crash.
  bot.use(inboxGate(repos.inbox, clock, deps.deferred));
  bot.use(strangersGroups);
  bot.use((ctx, next) => {
    // Every id staff use in the group is remembered, so a lost post of ours is told from theirs.
    if (ctx.chat && ctx.chat.id < 0 && ctx.msg) ledger.seen(ctx.chat.id, ctx.msg.message_id);
    return next();
  });
  bot.use(staffMembership);
  bot.use(i18n, plainNumbers());
  bot.use((ctx, next) => {
    // Someone who blocked the bot and writes again has unblocked it: reminders may flow again.
    if (ctx.chat?.type === "private" && ctx.from) {
      services.residents.markReachable(ctx.from.id);
      // Retention counts from the last day a person used the desk.
      services.privacy.seen(ctx.from.id);
    }
    return next();
  });
  bot.use(floodGuard(config.rateLimitPerMinute));
  // Every press is checked against the buttons its message offers, before any feature sees it.
  bot.use(offeredButtonsOnly());

  const features = bot.errorBoundary(apologise(logger, metrics, "plumbing"));
  // 2. Flows: persisted in SQLite, so a restart resumes them; idle ones end politely.
  features.use(expireIdleFlows());
  features.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", version: 1, getStorageKey: flowStorageKey, adapter: repos.conversations },
      // Inside a flow ctx.api is a fresh Api without the bot's transformers: they are installed again.
      plugins: [provideDeps, resilient, i18n, plainNumbers()],
    }),
  );
  // Each feature has its own boundary, so a failure is logged with the feature's name.
  const feature = (name: string, middleware: Composer<BotContext>) =>
    features.errorBoundary(apologise(logger, metrics, name), middleware);
  // 3. Ways out that work even inside a flow, then first contact and the consent gate.
  feature("commands", globalCommandsFeature);
  feature("flows", flows);
  feature("start", startFeature);
  // Staff functions come before the residents' consent gate: staff are not residents.
  feature("desk", deskFeature);
  feature("sessions", sessionsFeature);
  feature("stats", statsFeature);
  feature("consent", consentGate);
  // 4. Resident features.
  feature("menu", menuFeature);
  feature("satisfaction", satisfactionFeature);
  feature("request", requestFeature);
  feature("booking", bookingFeature);
  feature("privacy", privacyFeature);
  // 5. Whatever is left.
  feature("fallback", fallbackFeature);

  // The outbox paces itself and handles 429 on its own, so its Api has no retry of its own; its
  // board draws the group posts (topic, card, relays) when they go out.
  const outboxApi = new Api(options.token, client);
  outboxApi.config.use(afterCommit(db.$commits), ledger.recorder());
  const groupBoard = new OperatorBoard(outboxApi, operatorChatId, i18n, services, config, logger, () => clock.now(), ledger, engines);
  const dispatcher = new OutboxDispatcher(
    outboxApi,
    repos,
    services,
    clock,
    logger,
    (payload, chatId) =>
      renderPayload(i18n, payload, chatId > 0 ? (repos.residents.get(chatId)?.language ?? "it") : "it", config.timezone),
    {
      ratePerSecond: config.outboxRatePerSecond,
      perGroupPerMinute: config.groupPostsPerMinute,
      onSent: (seconds) => metrics.dispatchLatency.observe(seconds),
    },
    (post, followers) => groupBoard.perform(post, followers),
  );

  /** Daily jobs of the features (retention), registered by the scheduler. */
  const dailyJobs: Array<{ name: string; at: string; run: () => unknown }> = [
    {
      name: "retention",
      at: "03:30",
      run: async () => {
        const erased = services.privacy.applyRetention();
        // People silent for the whole period are erased as by /forget, their group posts included.
        const forgotten = services.privacy.forgetInactive();
        for (const erasure of forgotten) await board.erase(erasure);
        // Erasures whose posts Telegram could not take at the time (an outage, a crash) are finished now.
        for (const markerId of services.privacy.unfinishedErasures()) await board.erase({ markerId, requestIds: [] });
        logger.info(
          { erased, forgotten: forgotten.length, retentionDays: config.retentionDays },
          "retention: closed requests' content and inactive people erased",
        );
      },
    },
  ];

  /** How long polling is doing, for /healthz (stays "starting" in webhook mode and tests). */
  const polling = new PollingStatus();
  return { bot, deps, i18n, dispatcher, metrics, dailyJobs, polling, engines: translation };
}

/** An error in one update is logged with context and never stops the bot; the resident gets an apology. */
function apologise(logger: Logger, metrics: DeskMetrics, feature: string): ErrorHandler<BotContext> {
  return async (error) => {
    const ctx = error.ctx;
    if (isTransient(error.error) && ctx.deps) {
      // Telegram trouble, not ours: the update runs again shortly and the resident gets their
      // real answer then, instead of an apology that would likely fail too.
      ctx.deps.deferred.update(ctx.update.update_id);
      logger.warn({ updateId: ctx.update.update_id, feature, err: (error.error as Error)?.message }, "update deferred: Telegram unavailable");
      return;
    }
    metrics.errors.inc();
    logger.error(
      {
        updateId: ctx.update.update_id,
        chatId: ctx.chat?.id,
        updateType: Object.keys(ctx.update).find((k) => k !== "update_id"),
        feature,
        err: { name: (error.error as Error)?.name, message: (error.error as Error)?.message, stack: (error.error as Error)?.stack },
      },
      "update failed",
    );
    if (ctx.chat?.type === "private") {
      await ctx.reply(ctx.t("error-apology")).catch(() => undefined);
    }
  };
}
