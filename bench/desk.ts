import { join } from "node:path";
import { createApp } from "#src/app.js";
import { createBot } from "#src/bot/create-bot.js";
import type { Clock } from "#src/clock.js";
import { type Db, openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { loadConfig } from "#src/settings.js";
import type { fakeBotApi } from "./fake-api.js";

export const BENCH_TOKEN = "7000000001:BENCH_TOKEN_FOR_THE_FAKE_API_ONLY";
export const BENCH_GROUP = -1001234567890;

export interface BenchDeskOptions {
  /** A temporary folder for the database, removed by the bench. */
  dir: string;
  clock: Clock;
  api: ReturnType<typeof fakeBotApi>;
  /** Environment beyond the token, the group and the database (engines, pacing, WhatsApp). */
  env?: Record<string, string>;
  /** Changes to the database before the desk opens it (a pragma a variant compares). */
  tune?: (db: Db) => void;
  /** The WhatsApp Cloud API (its emulator), when the bench has the channel. */
  whatsappFetch?: unknown;
}

/**
 * The desk as the benches run it: the real application and bot on a temporary database, talking to the fake Bot
 * API, without logs; a resident may send 600 messages a minute (the flood guard is not what is measured).
 */
export function benchDesk(o: BenchDeskOptions) {
  const config = loadConfig({
    BOT_TOKEN: BENCH_TOKEN,
    OPERATOR_CHAT_ID: String(BENCH_GROUP),
    DATABASE_PATH: join(o.dir, "bench.sqlite"),
    RATE_LIMIT_PER_MINUTE: "600",
    ...o.env,
  });
  const db = openDatabase(config.databasePath);
  o.tune?.(db);
  const built = createApp({
    config,
    db,
    clock: o.clock,
    logger: createLogger("silent"),
    token: BENCH_TOKEN,
    operatorChatId: BENCH_GROUP,
    client: { fetch: o.api.fetch as never },
    botInfo: o.api.me as never,
    ...(o.whatsappFetch ? { whatsappFetch: o.whatsappFetch as never } : {}),
  });
  return { config, db, app: { ...built, bot: createBot(built) } };
}

/** The nine languages, Italian first, as the announcement benches spread their subscribers over them. */
export const BENCH_LANGUAGES = ["it", "ar", "ro", "uk", "zh", "es", "sq", "fr", "en"];

/** `count` residents from id `first`, languages in turn, consent given and every news topic on, in one transaction. */
export function seedSubscribers(db: Db, clock: Clock, first: number, count: number) {
  db.$client.transaction(() => {
    const now = clock.now().getTime();
    const r = db.$client.prepare("INSERT INTO residents (id, language, first_name, consent_at, consent_version, created_at) VALUES (?, ?, 'P', ?, 1, ?)");
    const p = db.$client.prepare("INSERT INTO news_preferences (resident_id, activities, works, health, asked_at, updated_at) VALUES (?, 1, 1, 1, ?, ?)");
    for (let i = 0; i < count; i++) {
      r.run(first + i, BENCH_LANGUAGES[i % BENCH_LANGUAGES.length], now, now);
      p.run(first + i, now, now);
    }
  })();
}

/**
 * An event for everyone, drafted by Giulia in the operators' group and written in every language (as a mediator
 * would), so nobody is skipped; the caller sends it and times what it measures.
 */
export function eventInEveryLanguage(app: ReturnType<typeof createApp>, textIt: string, eventAt: Date, originChatId: number) {
  const { announcements } = app.deps.services;
  const actor = { id: 900_001, name: "Giulia" };
  const draft = announcements.draft({ kind: "event", topic: "activities", audience: { type: "all" }, textIt, eventAt, originChatId, actor });
  for (const l of BENCH_LANGUAGES.slice(1)) announcements.putText(draft.id, l, `[${l}] ${draft.textIt}`, "mediator");
  return { draft, actor, announcements };
}
