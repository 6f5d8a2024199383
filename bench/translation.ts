// Child process: does machine translation slow down other chats? Usage:
//   node build/bench/translation.js <on|off> [others=100] [talkers=20]
// "talkers" have open requests and write follow-ups, which the group outbox translates (a fake LibreTranslate that
// answers after 200 ms) before posting; meanwhile "others" onboard and move through the menu. The figure is the
// others' per-update latency, with translation on and off: translation runs in the outbox, never in an update.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { systemClock } from "#src/clock.js";
import { benchDesk } from "./desk.js";
import { fakeBotApi } from "./fake-api.js";
import { drive, percentile, type Step } from "./scenario.js";

const [mode = "on", othersArg = "100", talkersArg = "20"] = process.argv.slice(2);
const ENGINE_DELAY_MS = 200;

/** A LibreTranslate that answers every call after ENGINE_DELAY_MS. */
async function slowLibreTranslate() {
  let calls = 0;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      calls++;
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { q?: string }) : {};
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        if (req.url?.startsWith("/detect")) res.end(JSON.stringify([{ language: "ar", confidence: 95 }]));
        else res.end(JSON.stringify({ translatedText: `[it] ${body.q ?? ""}` }));
      }, ENGINE_DELAY_MS);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-bench-tr-"));
  const engine = await slowLibreTranslate();
  const api = fakeBotApi();
  const { config, db, app } = benchDesk({
    dir,
    clock: systemClock,
    api,
    env: {
      GROUP_POSTS_PER_MINUTE: "600",
      OUTBOX_RATE_PER_SECOND: "30",
      ...(mode === "on" ? { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: engine.url } : {}),
    },
  });
  const { services } = app.deps;
  let updateId = 1;
  const version = config.privacyNoticeVersion;

  // Talkers: onboarded, each with an open request (filed directly: the form is not what is measured).
  const talkers = Array.from({ length: Number(talkersArg) }, (_, i) => 800_000 + i);
  for (const id of talkers) {
    services.residents.chooseLanguage(id, "ar");
    services.residents.consent(id, `T${id}`);
    services.requests.file({ residentId: id, category: "rent", language: "ar", visit: "desk", contact: "chat", pieces: [{ kind: "text", text: "مرحبا", messageId: 1 }] });
  }
  const privateText = (id: number, n: number, text: string): Update =>
    ({
      update_id: updateId++,
      message: { message_id: n, date: 1_790_000_000, chat: { id, type: "private", first_name: "R" }, from: { id, is_bot: false, first_name: "R", language_code: "ar" }, text },
    }) as Update;
  const talkerScripts: Step[][] = talkers.map((id) => Array.from({ length: 5 }, (_, n) => () => privateText(id, n + 10, `رسالة رقم ${n} من ${id}`)));

  // Others: first contact and a walk through the menu, in their own chats.
  const others = Array.from({ length: Number(othersArg) }, (_, i) => 900_000 + i);
  const otherScript = (id: number): Step[] => {
    const from = { id, is_bot: false, first_name: `O${id}`, language_code: "ro" };
    const chat = { id, type: "private" as const, first_name: from.first_name };
    let n = 1;
    const text = (t: string): Update => ({
      update_id: updateId++,
      message: { message_id: n++, date: 1_790_000_000, chat, from, text: t, ...(t.startsWith("/") ? { entities: [{ type: "bot_command", offset: 0, length: t.length }] } : {}) } as never,
    });
    const press = (data: string): Update => {
      const offered = api.offering(id, data) ?? { message_id: n++, reply_markup: { inline_keyboard: [[{ text: data, callback_data: data }]] } };
      return {
        update_id: updateId++,
        callback_query: { id: `${id}-${n++}`, from, chat_instance: String(id), data, message: { ...offered, date: 1_790_000_000, chat, from: { id: 7_000_000_001, is_bot: true, first_name: "NOI Desk" }, text: "…" } as never },
      };
    };
    return [() => text("/start"), () => press("lang:ro"), () => press(`consent:${version}`), () => press("menu:info"), () => text("/menu"), () => press("menu:mine"), () => text("/menu")];
  };

  // The group outbox runs beside the updates, as the desk's scheduler does.
  let dispatching = true;
  const dispatcher = (async () => {
    while (dispatching) {
      await app.dispatcher.run();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();

  const talking = drive((u) => app.bot.handleUpdate(u), talkerScripts);
  const measured = await drive((u) => app.bot.handleUpdate(u), others.map(otherScript));
  await talking;
  // Let the outbox finish posting the talkers' texts (translated or not) before counting.
  const deadline = performance.now() + 60_000;
  while (app.repos.outbox.groupBacklog().count > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  dispatching = false;
  await dispatcher;

  const translated = db.$client.prepare("SELECT count(*) FROM request_messages WHERE translation IS NOT NULL").pluck().get();
  const out = {
    mode,
    engine_delay_ms: ENGINE_DELAY_MS,
    others: others.length,
    talkers: talkers.length,
    other_updates: measured.latencies.length,
    other_p50_ms: percentile(measured.latencies, 50),
    other_p99_ms: percentile(measured.latencies, 99),
    engine_calls: engine.calls(),
    translated_rows: translated,
    group_backlog_left: app.repos.outbox.groupBacklog().count,
  };
  db.$client.close();
  await engine.close();
  rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify(out)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${(error as Error).stack}\n`);
  process.exit(1);
});
