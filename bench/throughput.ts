// Child process: one throughput measurement. Usage: tsx bench/throughput.ts <baseline|flow> <empty|full> <residents>
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Bot } from "grammy";
import type { Update } from "grammy/types";
import { createBot } from "../src/bot/create-bot.js";
import { systemClock } from "../src/clock.js";
import { loadConfig } from "../src/config.js";
import { openDatabase } from "../src/db/client.js";
import { createLogger } from "../src/logger.js";
import { fakeBotApi } from "./fake-api.js";
import { prefill } from "./prefill.js";
import { hotQueries } from "./queries.js";
import { drive, percentile, residentScript } from "./scenario.js";

const [mode = "flow", size = "empty", count = "500"] = process.argv.slice(2);
const residents = Number(count);
const api = fakeBotApi();
const TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";
let updateId = 1;
const nextId = () => updateId++;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-bench-"));
  const out: Record<string, unknown> = { mode, size, residents };
  let handle: (u: Update) => Promise<void>;
  let sessionIds: number[] = [];
  if (mode === "baseline") {
    const bot = new Bot(TOKEN, { client: { fetch: api.fetch as never }, botInfo: api.me as never });
    bot.on("message", (ctx) => ctx.reply(ctx.message.text ?? "…"));
    bot.on("callback_query", async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.reply(ctx.callbackQuery.data ?? "…");
    });
    handle = (u) => bot.handleUpdate(u);
    sessionIds = [1];
  } else {
    const config = loadConfig({
      BOT_TOKEN: TOKEN,
      OPERATOR_CHAT_ID: "-1001234567890",
      DATABASE_PATH: join(dir, "bench.sqlite"),
      RATE_LIMIT_PER_MINUTE: "600",
    });
    const db = openDatabase(config.databasePath);
    const app = createBot({
      config,
      db,
      clock: systemClock,
      logger: createLogger("silent"),
      token: TOKEN,
      operatorChatId: -1001234567890,
      client: { fetch: api.fetch as never },
      botInfo: api.me as never,
    });
    if (size === "full") {
      const t0 = performance.now();
      out.prefill = prefill(db, systemClock.now());
      out.prefill_s = (performance.now() - t0) / 1000;
    }
    const now = new Date();
    const created = app.deps.services.booking.createSessions(
      { activityId: "italian-a1", date: { year: now.getFullYear() + 1, month: 1, day: 12 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 200, weeks: 4 },
      { id: 1, name: "bench" },
    );
    if ("error" in created) throw new Error(created.error);
    sessionIds = created.map((s) => s.id);
    handle = (u) => app.bot.handleUpdate(u);
    if (size === "full") out.queries = hotQueries(db, app);
  }
  const scripts = Array.from({ length: residents }, (_, i) => residentScript(1_000_000 + i, sessionIds[i % sessionIds.length]!, nextId, api.offering));
  // Warm-up on other residents so the JIT and caches are in the same state for every mode.
  const warm = Array.from({ length: 50 }, (_, i) => residentScript(2_000_000 + i, sessionIds[0]!, nextId, api.offering));
  await drive(handle, warm);
  if (process.argv.includes("--sequential")) {
    // Service time without queueing: the same residents, one after another.
    const { latencies, seconds } = await drive(handle, [scripts.flat()]);
    out.updates = latencies.length;
    out.updates_per_s = latencies.length / seconds;
    out.p50_ms = percentile(latencies, 50);
    out.p99_ms = percentile(latencies, 99);
    process.stdout.write(`${JSON.stringify(out)}\n`);
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  const { latencies, seconds } = await drive(handle, scripts);
  out.updates = latencies.length;
  out.seconds = seconds;
  out.updates_per_s = latencies.length / seconds;
  out.p50_ms = percentile(latencies, 50);
  out.p99_ms = percentile(latencies, 99);
  out.api_calls = Object.fromEntries(api.calls);
  process.stdout.write(`${JSON.stringify(out)}\n`);
  rmSync(dir, { recursive: true, force: true });
}

void main();
