// Child process: an event announced to 2,000 residents at once, and their replies within a minute. The announcement
// goes out through the outbox on virtual time (as bench/announcement.ts measures it); then every resident answers the
// event's button ("I'll come" / "I can't") and every second one also writes a line of thanks, at open-loop arrivals
// spread over sixty seconds of real time. Latency runs from an update's scheduled arrival to the end of its handling.
// Usage: node build/bench/announcement-replies.js [residents] [seconds] [--trace]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { createApp } from "#src/app.js";
import { eventReply } from "#src/bot/callback-data/neighbourhood.js";
import { createBot } from "#src/bot/create-bot.js";
import { ManualClock } from "#src/clock.js";
import { loadConfig } from "#src/settings.js";
import { openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { BENCH_LANGUAGES, eventInEveryLanguage, seedSubscribers } from "./desk.js";
import { fakeBotApi } from "./fake-api.js";
import { openLoop, percentile, type Step } from "./scenario.js";
import { tailTrace } from "./tail.js";

const RESIDENTS = Number(process.argv[2] ?? 2_000);
const SECONDS = Number(process.argv[3] ?? 60);
const TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";
const OPERATORS = -1001234567890;
const FIRST = 6_000_000;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-replies-"));
  // The desk's clock stands at a Tuesday morning; it moves only while the announcement is dispatched.
  const clock = new ManualClock("2026-12-01T08:00:00Z");
  const api = fakeBotApi();
  const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATORS), DATABASE_PATH: join(dir, "r.sqlite"), RATE_LIMIT_PER_MINUTE: "600" });
  const db = openDatabase(config.databasePath);
  const desk = createApp({ config, db, clock, logger: createLogger("silent"), token: TOKEN, operatorChatId: OPERATORS, client: { fetch: api.fetch as never }, botInfo: api.me as never });
  const app = { ...desk, bot: createBot(desk) };
  seedSubscribers(db, clock, FIRST, RESIDENTS);
  const { draft, actor, announcements } = eventInEveryLanguage(
    app,
    "Assemblea di scala giovedì alle 18 in via Gandolfi 20: si parla dei lavori al tetto.",
    new Date("2026-12-03T17:00:00Z"),
    OPERATORS,
  );
  announcements.send(draft.id, actor);
  const pending = () => db.$client.prepare("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')").pluck().get() as number;
  for (let i = 0; i < 2000 && pending(); i++) {
    await app.dispatcher.run();
    clock.advance(1000);
  }
  if (!app.bot.isInited()) await app.bot.init();

  let updateId = 1;
  const scripts: Step[][] = Array.from({ length: RESIDENTS }, (_, i) => {
    const id = FIRST + i;
    const from = { id, is_bot: false, first_name: "P", language_code: BENCH_LANGUAGES[i % BENCH_LANGUAGES.length] };
    const chat = { id, type: "private" as const, first_name: "P" };
    const data = eventReply.pack({ reply: i % 3 === 0 ? "no" : "yes", id: draft.id });
    const press: Step = (): Update => {
      const offered = api.offering(id, data);
      if (!offered) throw new Error(`resident ${id} was not offered ${data}`);
      return {
        update_id: updateId++,
        callback_query: {
          id: `${id}-reply`,
          from,
          chat_instance: String(id),
          message: { ...offered, date: Math.floor(clock.now().getTime() / 1000), chat, from: { id: 7_000_000_001, is_bot: true, first_name: "NOI Desk" }, text: "…" } as never,
          data,
        },
      };
    };
    const thanks: Step = (): Update => ({
      update_id: updateId++,
      message: { message_id: 10_000 + i, date: Math.floor(clock.now().getTime() / 1000), chat, from, text: "Grazie, ci sarò!" },
    });
    return i % 2 === 0 ? [press, thanks] : [press];
  });
  const updates = scripts.reduce((n, s) => n + s.length, 0);
  // --trace: where the slowest replies' time went (see tail.ts).
  const trace = process.argv.includes("--trace") ? tailTrace(db.$commits, db.$client) : undefined;
  const cpu = process.cpuUsage();
  trace?.start();
  const run = await openLoop((u) => app.bot.handleUpdate(u), scripts, updates / SECONDS, undefined, trace?.record);
  const used = process.cpuUsage(cpu);
  const summary = announcements.summary(draft.id);
  process.stdout.write(
    `${JSON.stringify({
      residents: RESIDENTS,
      delivered: summary.delivered,
      updates: run.latencies.length,
      offered_per_s: run.offered_per_s,
      seconds: run.seconds,
      p50_ms: percentile(run.latencies, 50),
      p99_ms: percentile(run.latencies, 99),
      max_ms: percentile(run.latencies, 100),
      cpu_ms_per_update: (used.user + used.system) / 1000 / run.latencies.length,
      answers: { yes: summary.yes, no: summary.no },
      ...(trace ? { trace: trace.report() } : {}),
    })}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
}

void main();
