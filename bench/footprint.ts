// Child process: peak RSS once 10,000 residents are each in the middle of filing a request.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "#src/app.js";
import { createBot } from "#src/bot/create-bot.js";
import { loadConfig } from "#src/settings.js";
import { openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { benchClock } from "./clock.js";
import { fakeBotApi } from "./fake-api.js";
import { drive, residentScript } from "./scenario.js";

const RESIDENTS = Number(process.argv[2] ?? 10_000);
// Usage: node build/bench/footprint.js <residents> [--cache_size=N]
const TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-rss-"));
  const api = fakeBotApi();
  const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "-1001234567890", DATABASE_PATH: join(dir, "f.sqlite") });
  const db = openDatabase(config.databasePath);
  // A variant may override the page cache the desk opens with, to compare both in the same run.
  const cacheSize = process.argv.find((a) => a.startsWith("--cache_size="))?.split("=")[1];
  if (cacheSize !== undefined) db.$client.pragma(`cache_size = ${Number(cacheSize)}`);
  const desk = createApp({ config, db, clock: benchClock(), logger: createLogger("silent"), token: TOKEN, operatorChatId: -1001234567890, client: { fetch: api.fetch as never }, botInfo: api.me as never });
  const app = { ...desk, bot: createBot(desk) };
  let id = 1;
  // A press the desk never offered would be refused and keep nobody in a conversation: counted and reported.
  let unoffered = 0;
  const offering = (chatId: number, choices: readonly string[]) => {
    const offered = api.firstOffered(chatId, choices);
    if (!offered) unoffered++;
    return offered;
  };
  // Onboarding, then into the request form up to its description step: /start, language,
  // consent, "listening desk", a category, a first message. 500 at a time, as a busy hour would.
  for (let batch = 0; batch < RESIDENTS; batch += 500) {
    const scripts = Array.from({ length: Math.min(500, RESIDENTS - batch) }, (_, i) => {
      const s = residentScript(3_000_000 + batch + i, 1, () => id++, offering);
      return [s[0]!, s[1]!, s[2]!, s[7]!, s[8]!, s[9]!];
    });
    await drive((u) => app.bot.handleUpdate(u), scripts);
    // Their scripts are done: the fake Telegram forgets their keyboards (the desk keeps what it keeps).
    for (let i = 0; i < scripts.length; i++) api.forget(3_000_000 + batch + i);
  }
  const inFlow = db.$client.prepare("SELECT count(*) FROM conversation_states").pluck().get();
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ residents: RESIDENTS, in_conversation: inFlow, peak_rss_mb: rssMb, cache_size: db.$client.pragma("cache_size", { simple: true }), heap_used_mb: process.memoryUsage().heapUsed / 1048576, unoffered })}\n`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
