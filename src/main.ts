import { run } from "@grammyjs/runner";
import dotenv from "dotenv";
import { createBot } from "./bot/create-bot.js";
import { publishCommands } from "./bot/publish-commands.js";
import { systemClock } from "./clock.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { openDatabase } from "./db/client.js";
import { createLogger } from "./logger.js";

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
  if (!config.botToken) {
    console.error(
      "BOT_TOKEN is not set. Set BOT_TOKEN (from BotFather) and OPERATOR_CHAT_ID to run the desk; see .env.example.",
    );
    process.exit(2);
  }
  await runDesk(config, config.botToken, config.operatorChatId!);
}

export async function runDesk(config: Config, token: string, operatorChatId: number) {
  const logger = createLogger(config.logLevel, token);
  const db = openDatabase(config.databasePath);
  const { bot, i18n } = createBot({ config, db, clock: systemClock, logger, token, operatorChatId });
  await bot.init();
  await publishCommands(bot.api, i18n, logger);

  // Updates of one chat are handled in order; different chats run side by side.
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ["message", "edited_message", "callback_query", "my_chat_member"] } },
  });
  logger.info({ username: bot.botInfo.username, database: config.databasePath }, "NOI Desk is running (long polling)");

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "stopping: finishing updates in progress");
    if (runner.isRunning()) await runner.stop();
    db.$client.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

void main();
