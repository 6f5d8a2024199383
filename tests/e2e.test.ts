import { mkdtempSync, rmSync } from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stripIsolation as unmarked } from "#src/text/format.js";
import { BotApiEmulator, type StoredMessage } from "#src/playground/emulator.js";
import { createPlaygroundServer } from "#src/playground/server.js";
import { type DeskProcess, eventually, startDeskProcess } from "./harness/process.js";
import { t } from "./harness/texts.js";

// End to end: the real process (`npm start`'s entry point), talking HTTP to the Bot API emulator.


interface State {
  messages: Record<string, StoredMessage[]>;
  topics: Array<{ id: number; name: string }>;
}

function client(base: string) {
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const state = async (): Promise<State> => (await fetch(`${base}/api/state`)).json() as Promise<State>;
  const botMessages = async (chatId: number) => ((await state()).messages[chatId] ?? []).filter((m) => m.fromBot && !m.deleted);
  return {
    state,
    botMessages,
    say: (userId: number, chatId: number, text: string, threadId?: number) => post("/api/send", { userId, chatId, text, threadId }),
    /** Waits for a bot message with a button whose label contains `label`, then presses it. */
    async press(userId: number, chatId: number, label: string) {
      const [message, data] = await eventually(async () => {
        for (const m of [...(await botMessages(chatId))].reverse()) {
          const b = (m.reply_markup?.inline_keyboard ?? []).flat().find((x: any) => unmarked(x.text).includes(unmarked(label)));
          if (b) return [m, (b as any).callback_data as string] as const;
        }
        return undefined;
      }, `button "${label}" in chat ${chatId}`);
      await post("/api/press", { userId, chatId, messageId: message.message_id, data });
    },
    async waitText(chatId: number, predicate: (text: string) => boolean, what: string, timeoutMs?: number) {
      return eventually(async () => (await botMessages(chatId)).find((m) => predicate(m.plain ?? "")), what, timeoutMs);
    },
  };
}

describe("npm start without a token: the playground", () => {
  let desk: DeskProcess;
  let base: string;

  beforeAll(async () => {
    desk = startDeskProcess({ PLAYGROUND_PORT: "0" });
    base = await eventually(() => desk.output().match(/playground: (http:\/\/127\.0\.0\.1:\d+)/)?.[1], "the playground URL", 30_000);
  }, 40_000);
  afterAll(async () => {
    expect(await desk.stop()).toBe(0);
  });

  it("greets Amina in Arabic, files a request that staff answer with a quick reply she reads in Arabic", async () => {
    const api = client(base);
    const amina = 600_000;
    const group = -1_009_999_999_999;
    const giulia = 900_001;
    await api.say(amina, amina, "/start");
    await api.waitText(amina, (x) => x === t("ar", "language-prompt"), "the Arabic picker");
    await api.press(amina, amina, "✅ العربية");
    await api.press(amina, amina, t("ar", "privacy-agree"));
    await api.waitText(amina, (x) => x === t("ar", "menu-title"), "the Arabic menu");

    await api.press(amina, amina, t("ar", "menu-desk"));
    await api.press(amina, amina, t("ar", "cat-housing"));
    await api.say(amina, amina, "الحمام فيه تسرب ماء");
    await api.waitText(amina, (x) => unmarked(x) === t("ar", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }), "the piece acknowledged");
    await api.press(amina, amina, t("ar", "req-visit-desk"));
    await api.press(amina, amina, t("ar", "req-send"));
    // Requests #1 and #2 are the sample world's home-visit scenario (Rosa and Ion).
    await api.waitText(amina, (x) => x === t("ar", "req-sent", { number: "3" }), "the request number");

    const topic = await eventually(async () => (await api.state()).topics.find((x) => x.name.startsWith("#3")), "the request's topic");
    await api.waitText(group, (x) => x.includes("الحمام فيه تسرب ماء"), "the request in the group");
    await api.press(giulia, group, "Risposta rapida");
    await api.press(giulia, group, "📄 Portare documenti");
    await api.waitText(amina, (x) => x.includes(t("ar", "qr-bring-documents", { address: "via Gandolfi 20" })), "the quick reply in Arabic");
    expect(topic.name).toBe("#3 · Casa · arabo");
  });
});

describe("the real process against the emulator over HTTP", () => {
  let server: import("node:http").Server;
  let base: string;
  let dir: string;
  const em = new BotApiEmulator();
  em.queueUpdates = true;
  const group = -1_001_111_111_111;
  const giulia = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
  const olena = em.addUser({ id: 700_001, first_name: "Olena", language_code: "uk" });
  em.addGroup({ id: group, title: "Operatori", isForum: true, admins: [giulia] });

  beforeAll(async () => {
    server = createPlaygroundServer({ em, groupId: group, residents: [olena.id] });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dir = mkdtempSync(join(tmpdir(), "noi-desk-e2e-"));
  });
  afterAll(() => {
    em.wakePollers();
    server.close();
    server.closeAllConnections();
    rmSync(dir, { recursive: true, force: true });
  });

  const env = (now: string) => ({
    BOT_TOKEN: em.token,
    OPERATOR_CHAT_ID: String(group),
    TELEGRAM_API_ROOT: base,
    DATABASE_PATH: join(dir, "desk.sqlite"),
    FAKE_NOW: now,
  });

  it("books a seat and, with the clock moved on through configuration, delivers the reminder", async () => {
    const api = client(base);
    let desk = startDeskProcess(env("2026-12-01T09:00:00+01:00"));
    try {
      await api.say(giulia.id, group, "/newsession");
      await api.press(giulia.id, group, "Italiano A1");
      await api.say(giulia.id, group, "03/12/2026");
      await api.waitText(group, (x) => x.startsWith("A che ora"), "the time question");
      await api.say(giulia.id, group, "17:30");
      await api.press(giulia.id, group, "90 min");
      await api.press(giulia.id, group, "Sportello");
      await api.press(giulia.id, group, "12");
      await api.press(giulia.id, group, "Solo questa");
      await api.press(giulia.id, group, "Crea");
      await api.waitText(group, (x) => x.startsWith("✅ Creata 1 sessione"), "the session created");

      await api.say(olena.id, olena.id, "/start");
      await api.press(olena.id, olena.id, "✅ Українська");
      await api.press(olena.id, olena.id, t("uk", "privacy-agree"));
      await api.press(olena.id, olena.id, t("uk", "menu-italian"));
      await api.press(olena.id, olena.id, t("uk", "act-italian-a1"));
      await api.press(olena.id, olena.id, "17:30");
      await api.waitText(olena.id, (x) => x.includes(t("uk", "act-italian-a1")) && x.includes("✅"), "the booking confirmation");
    } finally {
      expect(await desk.stop()).toBe(0);
    }

    // The next day, a minute after the 24 h reminder fell due (17:30 local on 2 December).
    desk = startDeskProcess(env("2026-12-02T17:31:00+01:00"));
    try {
      const reminder = await api.waitText(olena.id, (x) => x.includes("⏰"), "the 24 h reminder", 20_000);
      expect(reminder.plain).toContain(t("uk", "act-italian-a1"));
      expect(JSON.stringify(reminder.reply_markup)).toContain(t("uk", "reminder-coming"));
    } finally {
      expect(await desk.stop()).toBe(0);
    }
  });

  it("in webhook mode registers the webhook, handles what Telegram posts, and removes the webhook on stop", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, "127.0.0.1", () => {
        const p = (probe.address() as AddressInfo).port;
        probe.close(() => resolve(p));
      });
    });
    const secret = "e2e-secret-e2e-secret";
    const desk = startDeskProcess({ ...env("2026-12-01T09:00:00+01:00"), WEBHOOK_URL: `http://127.0.0.1:${port}/telegram`, WEBHOOK_SECRET: secret, PORT: String(port) });
    try {
      const registered = await eventually(() => em.webhook, "setWebhook");
      expect(registered).toEqual({ url: `http://127.0.0.1:${port}/telegram`, secret });
      const update = em.send(olena.id, olena.id, { text: "/menu" });
      const refused = await fetch(`http://127.0.0.1:${port}/telegram`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(update) });
      expect(refused.status).toBe(401);
      const accepted = await fetch(`http://127.0.0.1:${port}/telegram`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
        body: JSON.stringify(update),
      });
      expect(accepted.status).toBe(200);
      await client(base).waitText(olena.id, (x) => x === t("uk", "menu-title"), "the menu, through the webhook");
    } finally {
      expect(await desk.stop()).toBe(0);
    }
    expect(em.webhook).toBeUndefined();
  });
});
