// Child process: 10,000 due reminders to 10,000 chats through a fake Bot API that answers 429
// whenever Telegram's limits would be exceeded. Time is virtual (the dispatcher's clock), so the
// run takes seconds while measuring a 400-second dispatch at 25 messages per second.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "#src/app.js";
import { createBot } from "#src/bot/create-bot.js";
import { ManualClock } from "#src/clock.js";
import { loadConfig } from "#src/settings.js";
import { openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { fakeBotApi, telegramPace } from "./fake-api.js";

const CHATS = Number(process.argv[2] ?? 10_000);
const RATE = 25;
const TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-outbox-"));
  const clock = new ManualClock("2026-12-01T07:00:00Z");
  const lean = fakeBotApi();
  // Telegram's side of the limits, judged on the same clock: 30/s overall, 1/s per chat.
  const { fetch, perChat, received, counters } = telegramPace(clock, lean.fetch);
  const config = loadConfig({ BOT_TOKEN: TOKEN, OPERATOR_CHAT_ID: "-1001234567890", DATABASE_PATH: join(dir, "o.sqlite"), OUTBOX_RATE_PER_SECOND: String(RATE) });
  const db = openDatabase(config.databasePath);
  const desk = createApp({ config, db, clock, logger: createLogger("silent"), token: TOKEN, operatorChatId: -1001234567890, client: { fetch: fetch as never }, botInfo: lean.me as never });
  const app = { ...desk, bot: createBot(desk) };
  const langs = ["it", "ar", "ro", "uk", "zh", "es", "sq", "fr", "en"];
  db.$client.transaction(() => {
    const r = db.$client.prepare("INSERT INTO residents (id, language, first_name, consent_at, consent_version, created_at) VALUES (?, ?, 'P', ?, 1, ?)");
    const o = db.$client.prepare("INSERT INTO outbox (due_at, expires_at, chat_id, kind, ref, payload, status, attempts, created_at) VALUES (?, ?, ?, 'reminder-24h', ?, ?, 'pending', 0, ?)");
    const now = clock.now().getTime();
    for (let i = 0; i < CHATS; i++) {
      const chat = 5_000_000 + i;
      r.run(chat, langs[i % langs.length], now, now);
      const payload = JSON.stringify({ type: "t", key: "reminder-24h", keys: { activity: "act-italian-a1", place: "place-desk" }, vars: { address: "via Gandolfi 20" }, dates: { when: "2026-12-02T16:30:00.000Z" }, buttons: [{ key: "reminder-coming", data: `rc:${i}` }, { key: "reminder-not-coming", data: `rx:${i}` }] });
      o.run(now - 1000, now + 86_400_000, chat, `booking:${i}`, payload, now);
    }
  })();
  const start = clock.now().getTime();
  const realStart = performance.now();
  for (let i = 0; i < 100 && db.$client.prepare("SELECT count(*) n FROM outbox WHERE status = 'pending'").pluck().get(); i++) {
    await app.dispatcher.run();
    clock.advance(1000);
  }
  const virtualSeconds = (clock.now().getTime() - start) / 1000;
  const counts = app.repos.outbox.counts();
  const duplicates = [...received.values()].filter((n) => n > 1).length;
  const lost = CHATS - [...received.keys()].length;
  const lastSend = Math.max(...[...perChat.values()]);
  // n sends at a steady rate span n - 1 intervals.
  const achieved = (CHATS - 1) / ((lastSend - start) / 1000);
  process.stdout.write(
    `${JSON.stringify({ chats: CHATS, rate_limit: RATE, achieved_per_s: achieved, rate_vs_limit: achieved / RATE, http_429: counters.http429, duplicates, lost, status: counts, virtual_seconds: virtualSeconds, real_seconds: (performance.now() - realStart) / 1000 })}\n`,
  );
  rmSync(dir, { recursive: true, force: true });
}

void main();
