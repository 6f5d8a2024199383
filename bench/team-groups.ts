// Child process: how many of the residents' messages reach staff per minute when requests go into one operator
// group, against the same requests spread over two teams' groups (health and care at home to Azimut's group, the
// rest to the desk's). Telegram takes about 20 bot posts a minute into one group, and the outbox keeps to that per
// group (GROUP_POSTS_PER_MINUTE): two groups may take twice as many. The Bot API emulator enforces the cap (429,
// retry_after 40); time is virtual, a second per scheduler tick, the outbox running on every tick.
//   node build/bench/team-groups.js <groups: 1 | 2> <residents>
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
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

const GROUPS = Number(process.argv[2] ?? 1) === 2 ? 2 : 1;
const RESIDENTS = Number(process.argv[3] ?? 40);
const PER_MINUTE = 20;
const RETRY_AFTER = 40;
const DESK_GROUP = -1001234567890;
const HEALTH_GROUP = -1001000000002;

/** The second team takes health and care at home: half the requests below. */
const TWO_TEAMS = {
  teams: [
    { id: "sportello", name: "Sportello (Coompany&)" },
    { id: "salute", name: "Salute e assistenza (Azimut)", chatId: HEALTH_GROUP, categories: ["health", "homecare"] },
  ],
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-teams-"));
  const clock = new ManualClock("2026-11-25T09:00:00Z");
  const em = new BotApiEmulator(undefined, () => clock.now());
  const deskFile = join(dir, "desk.json");
  if (GROUPS === 2) writeFileSync(deskFile, JSON.stringify(TWO_TEAMS));
  const config = loadConfig({
    BOT_TOKEN: em.token,
    OPERATOR_CHAT_ID: String(DESK_GROUP),
    DATABASE_PATH: join(dir, "teams.sqlite"),
    GROUP_POSTS_PER_MINUTE: String(PER_MINUTE),
    RATE_LIMIT_PER_MINUTE: "600",
    ...(GROUPS === 2 ? { DESK_FILE: deskFile } : {}),
  });
  const staff = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  const groups = GROUPS === 2 ? [DESK_GROUP, HEALTH_GROUP] : [DESK_GROUP];
  for (const id of groups) em.addGroup({ id, title: `Operatori ${id}`, isForum: true, admins: [staff] });
  const db = openDatabase(config.databasePath);
  const desk = createApp({
    config,
    db,
    clock,
    logger: createLogger("silent"),
    token: em.token,
    operatorChatId: DESK_GROUP,
    client: { fetch: em.fetch as never, apiRoot: "http://emulator.invalid" },
    botInfo: em.me as never,
  });
  const app = { ...desk, bot: createBot(desk) };

  const people: User[] = Array.from({ length: RESIDENTS }, (_, i) => em.addUser({ id: 600_000 + i, first_name: `R${i}`, language_code: "it" }));
  const handle = (u: Update) => app.bot.handleUpdate(u);
  const says = (u: User, text: string) => handle(em.send(u.id, u.id, { text }));
  const presses = async (u: User, data: string | RegExp) => {
    const matches = (d: string | undefined) => (typeof data === "string" ? d === data : data.test(d ?? ""));
    const message = [...em.messages(u.id)].reverse().find((m) => m.fromBot && em.buttons(m).some((b) => matches(b.data)));
    const button = message && em.buttons(message).find((b) => matches(b.data));
    if (!message || !button?.data) throw new Error(`${u.first_name} sees no button ${data}`);
    await handle(em.press(u.id, u.id, message.message_id, button.data));
  };
  for (const u of people) {
    await says(u, "/start");
    await presses(u, "lang:it");
    await presses(u, /^consent:/);
  }
  clock.advance(3_600_000);
  em.limits = { groupPerMinute: PER_MINUTE, privatePerSecond: 30, overallPerSecond: 30, groupRetryAfter: RETRY_AFTER };

  // Each resident: a request with one text, then two follow-ups a few seconds apart (each its own post).
  const texts = people.flatMap((_, i) => [`Richiesta ${i}: descrizione`, `Richiesta ${i}: primo seguito`, `Richiesta ${i}: secondo seguito`]);
  const reachedAt = new Map<string, number>();
  const look = () => {
    const shown = groups.flatMap((g) => em.messages(g).filter((m) => m.fromBot).map((m) => m.plain ?? "")).join("\n");
    for (const t of texts) if (!reachedAt.has(t) && shown.includes(t)) reachedAt.set(t, clock.now().getTime());
  };
  const started = clock.now().getTime();
  const tick = async () => {
    await app.dispatcher.run();
    look();
    clock.advance(1000);
  };
  for (const [i, u] of people.entries()) {
    while (clock.now().getTime() < started + i * 1000) await tick();
    await says(u, "/menu");
    await presses(u, "menu:desk");
    await presses(u, i % 2 ? "cat:health" : "cat:housing");
    await says(u, texts[i * 3]!);
    await presses(u, "f:desk");
    await presses(u, "f:send");
    await tick();
    await says(u, texts[i * 3 + 1]!);
    for (let s = 0; s < 5; s++) await tick();
    await says(u, texts[i * 3 + 2]!);
  }
  while (clock.now().getTime() - started < 60 * 60_000 && (reachedAt.size < texts.length || app.repos.outbox.groupBacklog().count > 0)) await tick();
  look();

  const seconds = (Math.max(...reachedAt.values()) - started) / 1000;
  const perGroup = Object.fromEntries(groups.map((g) => [g, em.messages(g).filter((m) => m.fromBot).length]));
  process.stdout.write(
    `${JSON.stringify({
      groups: GROUPS,
      residents: RESIDENTS,
      texts: texts.length,
      reached: reachedAt.size,
      lost: texts.length - reachedAt.size,
      seconds,
      relays_per_minute: reachedAt.size / (seconds / 60),
      posts_per_group: perGroup,
      group_429: em.limited.filter((l) => l.reason === "group").length,
    })}\n`,
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
