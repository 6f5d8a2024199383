import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import dotenv from "dotenv";
import { createBot } from "./bot/create-bot.js";
import { replayUnfinished, startPolling } from "./delivery/inbox.js";
import { publishCommands } from "./bot/publish-commands.js";
import { type Clock, offsetClock, systemClock } from "./clock.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { dailyBackup } from "./db/backup.js";
import { openDatabase } from "./db/client.js";
import { createLogger, type Logger } from "./logger.js";
import { BotApiEmulator } from "./playground/emulator.js";
import { seedSampleSessions, seedSampleVisits } from "./playground/sample-data.js";
import { createPlaygroundServer } from "./playground/server.js";
import { type JobHooks, startJobs } from "./scheduler/jobs.js";
import { listen, serveWebhook, startHealthServer } from "./server/http.js";

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
  onStarted?: (app: ReturnType<typeof createBot>) => void;
}

/** Runs the desk: database, bot, scheduler, health endpoint, then polling or webhook. */
export async function runDesk(config: Config, o: DeskOptions) {
  const { logger, clock } = o;
  const db = openDatabase(o.databasePath);
  const app = createBot({
    config: { ...config, apiRoot: o.apiRoot },
    db,
    clock,
    logger,
    token: o.token,
    operatorChatId: o.operatorChatId,
  });
  await app.bot.init();
  void publishCommands(app.bot.api, app.i18n, logger, o.operatorChatId);
  app.dispatcher.recover();
  // Updates journaled but not finished when the last run stopped are handled first, in order.
  await replayUnfinished(app.bot, app.deps.repos.inbox, clock, logger);
  o.onStarted?.(app);

  const hooks: JobHooks = { daily: [] };
  if (config.backup) {
    const backup = config.backup;
    hooks.daily!.push({
      name: "backup",
      at: "03:15",
      run: async () => {
        const result = await dailyBackup(db.$client, backup.dir, backup.keep, clock.now());
        logger.info({ file: result.file, pages: result.pages }, "daily backup written");
      },
    });
  }
  for (const job of app.dailyJobs) hooks.daily!.push(job);
  const jobs = startJobs(app, logger, hooks);

  const servers: Server[] = [];
  if (config.metrics.port > 0) {
    const health = startHealthServer(app, config.metrics.host, config.metrics.port, logger);
    const port = await health.listen();
    servers.push(health.server);
    logger.info({ url: `http://${config.metrics.host}:${port}/healthz` }, "health and metrics endpoint");
  }

  let stopUpdates: () => Promise<void>;
  if (config.webhook) {
    const { server } = await serveWebhook(app, config.webhook, logger);
    servers.push(server);
    await app.bot.api.setWebhook(config.webhook.url, {
      secret_token: config.webhook.secret,
      allowed_updates: [...ALLOWED_UPDATES],
    });
    logger.info({ host: config.webhook.host, port: config.webhook.port }, "NOI Desk is running (webhook)");
    stopUpdates = async () => {
      await app.bot.api.deleteWebhook().catch(() => undefined);
    };
  } else {
    await app.bot.api.deleteWebhook().catch(() => undefined);
    const { runner } = startPolling(app.bot, app.deps.repos.inbox, clock, logger, ALLOWED_UPDATES, app.polling);
    logger.info({ username: app.bot.botInfo.username }, "NOI Desk is running (long polling)");
    stopUpdates = async () => {
      if (runner.isRunning()) await runner.stop();
    };
  }

  return {
    app,
    async stop() {
      // Finish the updates in hand, then stop the scheduler, then close the database.
      await stopUpdates();
      await jobs.stop();
      await app.dispatcher.run().catch(() => undefined);
      for (const s of servers) s.close();
      db.$client.close();
    },
  };
}

/** The playground's port is taken: said in one line, naming the variable that moves it. */
class PlaygroundPortTaken extends Error {
  constructor(port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use (is another playground still running?). ` +
        `Stop that program, or start on another port: PLAYGROUND_PORT=${port === 8081 ? 8082 : 8081} npm start`,
    );
    this.name = "PlaygroundPortTaken";
  }
}

/** No token: the Bot API emulator and the two-phone page, with the real bot pointed at them. */
async function runPlayground(config: Config, logger: Logger, clock: Clock) {
  const em = new BotApiEmulator(undefined, () => clock.now());
  em.queueUpdates = true;
  const groupId = -1_009_999_999_999;
  const giulia = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  const marco = em.addUser({ id: 900_002, first_name: "Marco", language_code: "it" });
  const sara = em.addUser({ id: 900_003, first_name: "Sara", language_code: "it" });
  em.addGroup({ id: groupId, title: "Sportello N.O.I. – operatori", isForum: true, admins: [giulia], members: [marco, sara] });
  const amina = em.addUser({ id: 600_000, first_name: "Amina", language_code: "ar" });
  // Rosa and Ion are the home-visit scenario (see seedSampleVisits).
  const rosa = em.addUser({ id: 600_101, first_name: "Rosa", language_code: "it" });
  const ion = em.addUser({ id: 600_102, first_name: "Ion", language_code: "ro" });
  const world = { em, groupId, residents: [amina.id, rosa.id, ion.id] };
  const server = createPlaygroundServer(world);
  const port = await listen(server, config.playgroundPort, "127.0.0.1").catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EADDRINUSE" ? new PlaygroundPortTaken(config.playgroundPort) : error;
  });
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-playground-"));
  const desk = await runDesk(
    { ...config, webhook: undefined, metrics: { ...config.metrics, port: 0 } },
    {
      token: em.token,
      operatorChatId: groupId,
      apiRoot: `http://127.0.0.1:${port}`,
      clock,
      logger,
      databasePath: join(dir, "playground.sqlite"),
      onStarted: (app) => {
        seedSampleSessions(app.deps.services.booking, clock.now(), config.timezone);
        seedSampleVisits(app.deps.services, { rosa: rosa.id, ion: ion.id, worker: { id: marco.id, name: "Marco" } }, clock.now(), config.timezone);
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
      em.wakePollers();
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
