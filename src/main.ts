import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import dotenv from "dotenv";
import { type App, createApp } from "./app.js";
import { createBot } from "./bot/create-bot.js";
import { publishCommands } from "./bot/features/menu/publish-commands.js";
import { type Clock, offsetClock, systemClock } from "./clock.js";
import { templateTexts } from "./channels/whatsapp/template-texts.js";
import { type Config, ConfigError, loadConfig } from "./settings.js";
import { LOCALES } from "./domain/policy.js";
import { type Db, openDatabase } from "./db/client.js";
import { replayUnfinished, startPolling } from "./delivery/inbox.js";
import { createLogger, type Logger } from "./logger.js";
import { createPlaygroundServer, listenPlayground, PlaygroundPortTaken } from "./playground/server.js";
import { CloudApiEmulator } from "./playground/whatsapp/cloud-api.js";
import { PLAYGROUND_WHATSAPP } from "./playground/whatsapp/phone-api.js";
import { playgroundNetwork, SAMPLE_VISITS, sampleWorld, seedSampleSessions, seedSampleVisits } from "./playground/world.js";
import { startJobs } from "./scheduler/jobs.js";
import { serveWebhook, serveWhatsAppWebhook, startHealthServer } from "./server/http.js";

// chat_member: the operator group's membership changes, so a removed volunteer loses staff access at once
// (Telegram sends them only when asked for by name, and only to administrators, which the bot is there).
const ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member", "chat_member"] as const;

interface DeskOptions {
  token: string;
  operatorChatId: number;
  apiRoot: string;
  clock: Clock;
  logger: Logger;
  databasePath: string;
  onStarted?: (app: App) => void;
  /** The playground's WhatsApp Cloud API emulator (its fetch); in production the desk calls graph.facebook.com. */
  whatsappFetch?: typeof fetch;
}

/** Runs the desk: database, bot, scheduler, health endpoint, then polling or webhook. */
export async function runDesk(config: Config, o: DeskOptions) {
  const { logger } = o;
  const db = openDatabase(o.databasePath);
  const app = assemble(config, db, o);
  await catchUp(app, o);
  const jobs = startJobs(app, logger);
  app.replica.start();
  const servers: Server[] = [];
  const health = await serveHealth(app, config, logger);
  if (health) servers.push(health);
  const updates = config.webhook ? await receiveByWebhook(app, config.webhook, logger) : await receiveByPolling(app, logger);
  if (updates.server) servers.push(updates.server);
  // WhatsApp's webhook: on the Telegram webhook's server in webhook mode, on its own in long polling.
  if (app.whatsapp && !config.webhook && !o.whatsappFetch) {
    const wa = await serveWhatsAppWebhook(app, logger);
    servers.push(wa.server);
    logger.info({ host: app.whatsapp.settings.host, port: wa.port, path: app.whatsapp.settings.webhookPath }, "WhatsApp webhook listening");
  }
  return {
    app,
    async stop() {
      // Finish the updates in hand, then stop the scheduler, then close the database.
      await updates.stop();
      await jobs.stop();
      app.replica.stop();
      // A letter being read finishes (its result is written), then the OCR worker stops.
      await app.deps.letters?.close().catch(() => undefined);
      await app.dispatcher.run().catch(() => undefined);
      for (const s of servers) s.close();
      // The last turn's writes (an update marked done, a reply's record) commit before the connection
      // closes: an open transaction would otherwise be rolled back by the close.
      db.$commits.flush();
      db.$client.close();
    },
  };
}

/** The application and the bot that brings updates into it. */
function assemble(config: Config, db: Db, o: DeskOptions): App {
  const desk = createApp({
    config: { ...config, apiRoot: o.apiRoot },
    db,
    clock: o.clock,
    logger: o.logger,
    token: o.token,
    operatorChatId: o.operatorChatId,
    ...(o.whatsappFetch ? { whatsappFetch: o.whatsappFetch } : {}),
  });
  return { ...desk, bot: createBot(desk) };
}

/** Before new updates: the bot's identity and menus, the outbox after a crash, and the updates a stop left unfinished. */
async function catchUp(app: App, o: DeskOptions): Promise<void> {
  await app.bot.init();
  const { teams } = app.deps.services;
  void publishCommands(app.bot.api, app.i18n, o.logger, { teams: teams.all.map((t) => t.chatId), coordinators: teams.coordinatorsChatId });
  app.dispatcher.recover();
  // Updates journaled but not finished when the last run stopped are handled first, in order.
  await replayUnfinished(app.bot, app.repos.inbox, o.clock, o.logger);
  o.onStarted?.(app);
}

/** /healthz and /metrics, unless METRICS_PORT is 0. */
async function serveHealth(app: App, config: Config, logger: Logger): Promise<Server | undefined> {
  if (config.metrics.port <= 0) return undefined;
  const health = startHealthServer(app, config.metrics.host, config.metrics.port, logger);
  const port = await health.listen();
  logger.info({ url: `http://${config.metrics.host}:${port}/healthz` }, "health and metrics endpoint");
  return health.server;
}

interface Updates {
  server?: Server;
  stop: () => Promise<void>;
}

async function receiveByWebhook(app: App, webhook: NonNullable<Config["webhook"]>, logger: Logger): Promise<Updates> {
  const { server } = await serveWebhook(app, webhook, logger);
  await app.bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: [...ALLOWED_UPDATES] });
  logger.info({ host: webhook.host, port: webhook.port }, "NOI Desk is running (webhook)");
  return {
    server,
    async stop() {
      await app.bot.api.deleteWebhook().catch(() => undefined);
    },
  };
}

async function receiveByPolling(app: App, logger: Logger): Promise<Updates> {
  await app.bot.api.deleteWebhook().catch(() => undefined);
  const { runner } = startPolling(app.bot, app.repos.inbox, app.clock, logger, ALLOWED_UPDATES, app.polling);
  logger.info({ username: app.bot.botInfo.username }, "NOI Desk is running (long polling)");
  return {
    async stop() {
      if (runner.isRunning()) await runner.stop();
    },
  };
}

/** No token: the Bot API emulator and the two-phone page, with the real bot pointed at them. */
async function runPlayground(config: Config, logger: Logger, clock: Clock) {
  // Two teams (two operator groups) unless a desk file says what to show.
  const { world, network } = sampleWorld(clock, playgroundNetwork(config.network, config.networkFile !== undefined));
  // The third phone: WhatsApp over the Cloud API emulator, its templates approved in the nine languages.
  const wa = new CloudApiEmulator({ now: () => clock.now(), ...PLAYGROUND_WHATSAPP });
  wa.autoStatuses = true;
  world.wa = wa;
  const whatsapp = { ...PLAYGROUND_WHATSAPP, apiVersion: "v23.0", webhookPath: "/whatsapp", host: "127.0.0.1", port: 0 };
  const server = createPlaygroundServer(world);
  const port = await listenPlayground(server, config.playgroundPort);
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-playground-"));
  const desk = await runDesk(
    { ...config, network, webhook: undefined, metrics: { ...config.metrics, port: 0 }, whatsapp },
    {
      token: world.em.token,
      operatorChatId: world.groupId,
      apiRoot: `http://127.0.0.1:${port}`,
      clock,
      logger,
      databasePath: join(dir, "playground.sqlite"),
      whatsappFetch: wa.fetch as unknown as typeof fetch,
      onStarted: (app) => {
        for (const lang of LOCALES) {
          for (const t of templateTexts((key, vars) => app.i18n.t(lang, key, vars), lang)) {
            wa.defineTemplate({ name: t.name, language: t.language, status: "APPROVED", body: t.body, buttons: t.buttons });
          }
        }
        // Meta's webhooks go straight to the desk's receiver (signed and verified as in production).
        wa.webhook = async (raw, headers) => (await app.whatsapp!.receiver.receive("POST", whatsapp.webhookPath, headers, raw)).status;
        seedSampleSessions(app.deps.services.booking, clock.now(), config.timezone, app.deps.services.desks.main.hours);
        seedSampleVisits(app.deps.services, SAMPLE_VISITS, clock.now(), config.timezone);
      },
    },
  );
  // What a newcomer reads first after `npm start`: where to go and how to stop, in words, not a log line.
  console.log(
    `\nNOI Desk playground: http://127.0.0.1:${port} – open this address in a browser. Press Ctrl+C to stop.\n` +
      "(No BOT_TOKEN is set, so the desk talks to a Telegram emulator on this computer, with sample lessons; nothing reaches Telegram.)\n",
  );
  return {
    async stop() {
      world.em.wakePollers();
      await desk.stop();
      server.close();
      server.closeAllConnections();
      rmSync(dir, { recursive: true, force: true });
      console.log("Playground stopped.");
    },
  };
}

async function main() {
  dotenv.config({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  // The playground is for people trying the desk: unless LOG_LEVEL asks for more, only problems are logged,
  // so the first thing on the screen is the address to open.
  const quietPlayground = !config.botToken && !process.env.LOG_LEVEL;
  const logger = createLogger(quietPlayground ? "warn" : config.logLevel, config.botToken);
  const clock = config.fakeNow ? offsetClock(config.fakeNow) : systemClock;
  // A stop asked for during start-up (the inbox's replay may take a moment) waits for start-up to
  // finish, then stops cleanly: updates in hand are never cut off half-way.
  let stopping = false;
  let started: Promise<{ stop: () => Promise<void> } | undefined> = Promise.resolve(undefined);
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing updates in progress");
    try {
      await (await started)?.stop();
    } catch (error) {
      logger.error({ err: (error as Error).message }, "error while stopping");
    }
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
  started = (
    config.botToken
      ? runDesk(config, {
          token: config.botToken,
          operatorChatId: config.operatorChatId!,
          apiRoot: config.apiRoot,
          clock,
          logger,
          databasePath: config.databasePath,
        })
      : runPlayground(config, logger, clock)
  ).catch((error) => {
    if (error instanceof PlaygroundPortTaken) {
      console.error(error.message);
      process.exit(1);
    }
    logger.fatal({ err: (error as Error).message }, "could not start");
    process.exit(1);
  });
  await started;
}

void main();
