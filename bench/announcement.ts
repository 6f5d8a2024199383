// Child process: one announcement to 5,000 opted-in residents in the nine languages, through a fake Bot API that
// answers 429 whenever Telegram's limits (30 a second overall, 1 a second per chat) would be exceeded. Halfway
// through, the process "restarts" (the database reopened, the dispatcher recovered). Time is virtual: the run takes
// seconds while measuring the minutes the broadcast really takes. Nothing may be lost, nothing sent twice.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "#src/app.js";
import { createBot } from "#src/bot/create-bot.js";
import { ManualClock } from "#src/clock.js";
import { loadConfig } from "#src/settings.js";
import { openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { eventInEveryLanguage, seedSubscribers } from "./desk.js";
import { fakeBotApi, telegramPace } from "./fake-api.js";

const RESIDENTS = Number(process.argv[2] ?? 5_000);
const RATE = 25;
const TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";
const OPERATORS = -1001234567890;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-announce-"));
  const clock = new ManualClock("2026-12-01T07:00:00Z");
  const lean = fakeBotApi();
  // Telegram's side of the limits, judged on the same clock: 30/s overall, 1/s per chat.
  const { fetch, perChat, received, counters } = telegramPace(clock, lean.fetch);
  const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: String(OPERATORS), DATABASE_PATH: join(dir, "a.sqlite"), OUTBOX_RATE_PER_SECOND: String(RATE) });
  const open = () => {
    const db = openDatabase(config.databasePath);
    const desk = createApp({ config, db, clock, logger: createLogger("silent"), token: TOKEN, operatorChatId: OPERATORS, client: { fetch: fetch as never }, botInfo: lean.me as never });
    return { ...desk, bot: createBot(desk) };
  };
  let app = open();
  seedSubscribers(app.db, clock, 5_000_000, RESIDENTS);
  const { draft, actor, announcements } = eventInEveryLanguage(
    app,
    "Laboratorio di macramè giovedì alle 17 in via Gandolfi 20: portate un gomitolo.",
    new Date("2026-12-03T16:00:00Z"),
    OPERATORS,
  );
  const queuedAt = performance.now();
  const queued = announcements.send(draft.id, actor)!;
  const queueMs = performance.now() - queuedAt;

  const start = clock.now().getTime();
  const realStart = performance.now();
  const pending = () => app.db.$client.prepare("SELECT count(*) FROM outbox WHERE status IN ('pending', 'sending')").pluck().get() as number;
  let restarted = false;
  for (let i = 0; i < 2000 && pending(); i++) {
    await app.dispatcher.run();
    if (!restarted && received.size >= RESIDENTS / 2) {
      // A restart mid-broadcast: a new process on the same file finds the rest still queued.
      app.db.$client.close();
      app = open();
      app.dispatcher.recover();
      restarted = true;
    }
    clock.advance(1000);
  }
  const virtualSeconds = (clock.now().getTime() - start) / 1000;
  const summary = app.deps.services.announcements.summary(draft.id);
  const duplicates = [...received.values()].filter((n) => n > 1).length;
  const lost = RESIDENTS - received.size;
  const lastSend = Math.max(...perChat.values());
  const achieved = (RESIDENTS - 1) / ((lastSend - start) / 1000);
  process.stdout.write(
    `${JSON.stringify({
      residents: RESIDENTS,
      queued: queued.queued,
      queue_ms: queueMs,
      outbox_rate_limit: RATE,
      achieved_per_s: achieved,
      http_429: counters.http429,
      duplicates,
      lost,
      delivered: summary.delivered,
      restarted,
      virtual_seconds: virtualSeconds,
      real_seconds: (performance.now() - realStart) / 1000,
    })}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
}

void main();
