// Child process: 60 residents file a request within a minute (two texts in the form, then a
// follow-up), the Bot API emulator enforcing Telegram's cap of 20 posts a minute into a group
// (429, retry_after 40). Time is virtual: the desk's clock moves a second per scheduler tick, and
// the outbox runs on every tick, as the scheduler's job does. Reports whether every text reached
// the group, how long the burst took to get there, and the pace of posts into the group.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update, User } from "grammy/types";
import { createApp } from "#src/app.js";
import { createBot } from "#src/bot/create-bot.js";
import { ManualClock } from "#src/clock.js";
import { loadConfig } from "#src/settings.js";
import { openDatabase } from "#src/db/client.js";
import { createLogger } from "#src/logger.js";
import { BotApiEmulator } from "#src/playground/emulator.js";

const RESIDENTS = Number(process.argv[2] ?? 60);
const PER_MINUTE = 20;
const RETRY_AFTER = 40;
const GROUP = -1001234567890;
const LANGS = ["ar", "uk", "zh", "ro", "es", "it"];

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-burst-"));
  const clock = new ManualClock("2026-11-25T09:00:00Z");
  const em = new BotApiEmulator(undefined, () => clock.now());
  const config = loadConfig({
    BOT_TOKEN: em.token,
    OPERATOR_CHAT_ID: String(GROUP),
    DATABASE_PATH: join(dir, "burst.sqlite"),
    GROUP_POSTS_PER_MINUTE: String(PER_MINUTE),
    RATE_LIMIT_PER_MINUTE: "600",
  });
  const staff = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  em.addGroup({ id: GROUP, title: "Sportello N.O.I. – operatori", isForum: true, admins: [staff] });
  const db = openDatabase(config.databasePath);
  const desk = createApp({
    config,
    db,
    clock,
    logger: createLogger("silent"),
    token: em.token,
    operatorChatId: GROUP,
    client: { fetch: em.fetch as never, apiRoot: "http://emulator.invalid" },
    botInfo: em.me as never,
  });
  const app = { ...desk, bot: createBot(desk) };

  // Every post into the group that Telegram accepted, on the virtual clock.
  const posts: number[] = [];
  em.subscribe((e) => {
    if ((e.type === "message" && e.chatId === GROUP && e.message.fromBot) || (e.type === "topic" && e.chatId === GROUP)) posts.push(clock.now().getTime());
  });

  const people: User[] = Array.from({ length: RESIDENTS }, (_, i) =>
    em.addUser({ id: 600_000 + i, first_name: `R${i}`, language_code: LANGS[i % LANGS.length]! }),
  );
  const handle = (u: Update) => app.bot.handleUpdate(u);
  const says = (u: User, text: string) => handle(em.send(u.id, u.id, { text }));
  /** Presses the newest button the bot drew in this resident's chat with this data (as a person would). */
  const presses = async (u: User, data: string | RegExp) => {
    const message = [...em.messages(u.id)]
      .reverse()
      .find((m) => m.fromBot && em.buttons(m).some((b) => (typeof data === "string" ? b.data === data : data.test(b.data ?? ""))));
    const button = message && em.buttons(message).find((b) => (typeof data === "string" ? b.data === data : data.test(b.data ?? "")));
    if (!message || !button?.data) throw new Error(`${u.first_name} sees no button ${data}`);
    await handle(em.press(u.id, u.id, message.message_id, button.data));
  };

  // Onboarding happens before the burst (on other days), with no limits.
  for (const [i, u] of people.entries()) {
    await says(u, "/start");
    await presses(u, `lang:${LANGS[i % LANGS.length]}`);
    await presses(u, /^consent:/);
  }
  clock.advance(3_600_000);
  em.limits = { groupPerMinute: PER_MINUTE, privatePerSecond: 30, overallPerSecond: 30, groupRetryAfter: RETRY_AFTER };

  const texts = people.flatMap((_, i) => [`Perdita d'acqua n. ${i}, scala B`, `Il soffitto del bagno ${i} è bagnato`, `Aggiungo: la perdita ${i} continua`]);
  const reachedAt = new Map<string, number>();
  const look = () => {
    const shown = em
      .messages(GROUP)
      .filter((m) => m.fromBot)
      .map((m) => m.plain ?? "")
      .join("\n");
    for (const t of texts) if (!reachedAt.has(t) && shown.includes(t)) reachedAt.set(t, clock.now().getTime());
  };
  const started = clock.now().getTime();
  const postsBefore = posts.length;
  const callsBefore = em.calls.length;
  const tick = async () => {
    await app.dispatcher.run();
    look();
    clock.advance(1000);
  };
  // One resident a second, each filing the whole form at their turn: 60 requests within a minute.
  for (const [i, u] of people.entries()) {
    while (clock.now().getTime() < started + i * 1000) await tick();
    await says(u, "/menu");
    await presses(u, "menu:desk");
    await presses(u, "cat:housing");
    await says(u, texts[i * 3]!);
    await says(u, texts[i * 3 + 1]!);
    await presses(u, "f:desk");
    await presses(u, "f:send");
    await says(u, texts[i * 3 + 2]!);
  }
  const filedBy = (clock.now().getTime() - started) / 1000;
  // Then the scheduler's ticks until the group holds it all (or half an hour has gone by).
  while (clock.now().getTime() - started < 30 * 60_000 && (reachedAt.size < texts.length || app.repos.outbox.groupBacklog().count > 0)) await tick();
  look();

  const burstPosts = posts.slice(postsBefore);
  const groupCalls = em.calls
    .slice(callsBefore)
    .filter((c) => Number(c.params.chat_id) === GROUP)
    .map((c) => c.method);
  // A text shown in more than one post of the group (a card and a relay under it, say).
  const groupPosts = em
    .messages(GROUP)
    .filter((m) => m.fromBot)
    .map((m) => m.plain ?? "");
  const duplicates = texts.filter((t) => groupPosts.filter((p) => p.includes(t)).length > 1).length;
  let maxPerMinute = 0;
  for (let i = 0, j = 0; i < burstPosts.length; i++) {
    while (burstPosts[i]! - burstPosts[j]! >= 60_000) j++;
    maxPerMinute = Math.max(maxPerMinute, i - j + 1);
  }
  const lastText = Math.max(...reachedAt.values());
  const seconds = (lastText - started) / 1000;
  const postSpan = burstPosts.length > 1 ? (burstPosts.at(-1)! - burstPosts[0]!) / 60_000 : 0;
  const unmarked = (text: string) => text.replace(/[\u2066-\u2069]/g, "");
  const apologies = people.filter((u, i) => {
    const apology = unmarked(app.i18n.t(LANGS[i % LANGS.length]!, "error-apology"));
    return em.messages(u.id).some((m) => m.fromBot && unmarked(m.plain ?? "") === apology);
  }).length;
  process.stdout.write(
    `${JSON.stringify({
      residents: RESIDENTS,
      texts: texts.length,
      reached: reachedAt.size,
      lost: texts.length - reachedAt.size,
      duplicates,
      seconds,
      filed_within_s: filedBy,
      group_posts: burstPosts.length,
      // The cap's own time for these posts: 20 a minute (its sliding window lets the first 20 go at once).
      cap_seconds: (burstPosts.length / PER_MINUTE) * 60,
      posts_per_minute: postSpan > 0 ? (burstPosts.length - 1) / postSpan : burstPosts.length,
      max_posts_in_a_minute: maxPerMinute,
      // Every Bot API call the desk made into the group during the burst, by method: the dispatcher
      // paces calls (one step each), Telegram's cap counts posts only.
      group_calls: Object.fromEntries(
        [...new Set(groupCalls)].map((m) => [m, groupCalls.filter((x) => x === m).length]),
      ),
      group_429: em.limited.filter((l) => l.reason === "group").length,
      other_429: em.limited.filter((l) => l.reason !== "group").length,
      apologies,
      backlog_left: app.repos.outbox.groupBacklog().count,
    })}\n`,
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
