import { readFileSync } from "node:fs";
import { request as httpRequest, type Server } from "node:http";
import { type AddressInfo, createServer as createTcpServer } from "node:net";
import { GrammyError } from "grammy";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "#src/settings.js";
import { createLogger } from "#src/logger.js";
import { BotApiEmulator } from "#src/playground/emulator.js";
import { createPlaygroundServer } from "#src/playground/server.js";
import { serveWebhook } from "#src/server/http.js";
import { OPERATOR_CHAT_ID, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";

// Issue 13, security review: each test is named after the attack it shows no longer works.

let desk: TestDesk | undefined;
const servers: Server[] = [];
afterEach(() => {
  desk?.close();
  desk = undefined;
  for (const s of servers.splice(0)) {
    s.close();
    s.closeAllConnections();
  }
});


function logSink() {
  const lines: any[] = [];
  return { lines, write: (line: string) => void lines.push(JSON.parse(line)) };
}

/** A raw HTTP request, so that Host, Origin and Sec-Fetch-* can be set as a browser (or an attacker) would. */
function raw(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string; address?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: options.address ?? "127.0.0.1", port, method: options.method ?? "GET", path: options.path, headers: options.headers },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          body += d;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createTcpServer().listen(0, "127.0.0.1", () => {
      const port = (probe.address() as AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

describe("staff access follows the operator group at once", () => {
  it("a volunteer removed from the operator group cannot keep working the queue for the next minute", async () => {
    desk = new TestDesk();
    const { marco, giulia } = desk;
    const fatima = desk.resident("Fatima", "ar");
    await fatima.onboards();
    await fatima.presses(t("ar", "menu-desk"));
    await fatima.presses("cat:housing");
    await fatima.says("Perde acqua dal soffitto");
    await fatima.presses(t("ar", "req-visit-desk"));
    await fatima.presses(t("ar", "req-send"));

    // Marco, a volunteer, looks at the queue: he is staff.
    const [queue] = await marco.saysPrivately("/queue");
    expect(queue!.plain).toMatch(/^📋 Coda · aperte: 1/);

    // Seconds later Giulia removes him from the operator group; Telegram tells the bot (chat_member).
    await desk.handle(desk.em.removeMember(OPERATOR_CHAT_ID, marco.user.id, giulia.user.id));
    expect(desk.em.chat(OPERATOR_CHAT_ID).members.get(marco.user.id)).toBe("left");

    // Same minute: the queue, taking the request by command and by the card's button are all refused.
    const [refusedQueue] = await marco.saysPrivately("/queue");
    expect(refusedQueue!.plain).toBe(t("it", "staff-only"));
    const [refusedTake] = await marco.saysPrivately("/take 1");
    expect(refusedTake!.plain).toBe(t("it", "staff-only"));
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    await marco.presses("Prendo", { in: card });
    expect(desk.deps.services.requests.get(1)!.status).toBe("open");
    expect(desk.repos.audit.all()).toEqual([]);

    // Giulia, still in the group, is unaffected.
    const [stillStaff] = await giulia.saysPrivately("/queue");
    expect(stillStaff!.plain).toMatch(/^📋 Coda/);
  });

  it("a new volunteer added to the group is not kept out for a minute by an earlier refusal", async () => {
    desk = new TestDesk();
    const sara = desk.stranger("Sara");
    const [before] = await sara.saysPrivately("/queue");
    expect(before!.plain).toBe(t("it", "staff-only"));
    await desk.handle(desk.em.changeMember(OPERATOR_CHAT_ID, sara.user.id, "member", desk.giulia.user.id));
    const [after] = await sara.saysPrivately("/queue");
    expect(after!.plain).toMatch(/^📋 Coda/);
  });
});

describe("the bot stays only where it belongs", () => {
  it("a stranger who adds the bot to their own group finds it gone at once, and the log says so", async () => {
    const sink = logSink();
    desk = new TestDesk({ log: sink, env: { LOG_LEVEL: "info" } });
    const pietro = desk.resident("Pietro");
    const strangers = { id: -1_009_876_543_210, title: "Gruppo di sconosciuti", type: "supergroup" as const };

    await desk.handle(desk.em.addBotTo(strangers, pietro.user.id));

    expect(desk.em.calls.filter((c) => c.method === "leaveChat").map((c) => Number(c.params.chat_id))).toEqual([strangers.id]);
    expect(desk.em.botIsMember(strangers.id)).toBe(false);
    const line = sink.lines.find((l) => l.chatId === strangers.id);
    expect(line).toMatchObject({ level: 40, chatId: strangers.id, title: "Gruppo di sconosciuti", addedBy: pietro.user.id });
    expect(line.msg).toMatch(/not the operator group: left it/);

    // Being made administrator of the operator group is no reason to leave it.
    await desk.handle(desk.em.addBotTo({ id: OPERATOR_CHAT_ID, title: "Sportello N.O.I. – operatori" }, desk.giulia.user.id, "administrator"));
    expect(desk.em.calls.filter((c) => c.method === "leaveChat")).toHaveLength(1);
    expect(desk.em.botIsMember(OPERATOR_CHAT_ID)).toBe(true);
  });

  it("a stranger's channel is left too, and the bot does not answer anything said in a stranger's group", async () => {
    desk = new TestDesk();
    const pietro = desk.resident("Pietro");
    await desk.handle(desk.em.addBotTo({ id: -1_005_555_555_555, title: "Canale qualsiasi", type: "channel" }, pietro.user.id, "administrator"));
    expect(desk.em.botIsMember(-1_005_555_555_555)).toBe(false);

    // A group the bot was added to before this check existed: it reads nothing there.
    const old = -1_004_444_444_444;
    desk.em.addGroup({ id: old, title: "Vecchio gruppo", isForum: false, members: [pietro.user] });
    await desk.handle(desk.em.send(pietro.user.id, old, { text: "/queue" }));
    await desk.handle(desk.em.send(pietro.user.id, old, { text: "/start" }));
    expect(desk.em.messages(old).filter((m) => m.fromBot)).toEqual([]);
  });
});

describe("the playground answers only its own page", () => {
  async function playground() {
    const em = new BotApiEmulator();
    const group = -1_009_999_999_999;
    const giulia = em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" });
    const amina = em.addUser({ id: 600_000, first_name: "Amina", language_code: "ar" });
    em.addGroup({ id: group, title: "Operatori", isForum: true, admins: [giulia] });
    const server = createPlaygroundServer({ em, groupId: group, residents: [amina.id] });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    return { em, group, giulia, amina, port };
  }

  it("a web page on another site cannot post a staff message through the playground (cross-site text/plain POST)", async () => {
    const { em, group, giulia, port } = await playground();
    const forged = JSON.stringify({ userId: giulia.id, chatId: group, text: "/close 1" });
    const host = `127.0.0.1:${port}`;

    // What a foreign page's fetch(..., { mode: "no-cors" }) or a form sends: no preflight needed.
    const simple = await raw(port, {
      method: "POST",
      path: "/api/send",
      headers: { host, origin: "https://evil.example", "sec-fetch-site": "cross-site", "content-type": "text/plain;charset=UTF-8" },
      body: forged,
    });
    expect(simple.status).toBe(403);
    // A browser without Origin or Fetch Metadata, still with text/plain: the API wants JSON.
    const plainText = await raw(port, { method: "POST", path: "/api/send", headers: { host, "content-type": "text/plain" }, body: forged });
    expect(plainText.status).toBe(415);
    const form = await raw(port, {
      method: "POST",
      path: "/api/press",
      headers: { host, "content-type": "application/x-www-form-urlencoded" },
      body: "userId=1",
    });
    expect(form.status).toBe(415);
    // JSON from a foreign origin (had a preflight been granted) is refused as well.
    const foreignJson = await raw(port, {
      method: "POST",
      path: "/api/send",
      headers: { host, origin: "http://localhost:3000", "content-type": "application/json" },
      body: forged,
    });
    expect(foreignJson.status).toBe(403);
    // Nor can it drive the Bot API the bot talks to (the emulator's token is public).
    const botCall = await raw(port, {
      method: "POST",
      path: `/bot${em.token}/sendMessage`,
      headers: { host, origin: "https://evil.example", "content-type": "text/plain" },
      body: JSON.stringify({ chat_id: group, text: "phishing" }),
    });
    expect(botCall.status).toBe(403);
    expect(em.messages(group)).toEqual([]);

    // The page itself (same origin, JSON) still works, as 127.0.0.1 and as localhost.
    for (const own of [host, `localhost:${port}`]) {
      const ok = await raw(port, {
        method: "POST",
        path: "/api/send",
        headers: { host: own, origin: `http://${own}`, "sec-fetch-site": "same-origin", "content-type": "application/json" },
        body: JSON.stringify({ userId: giulia.id, chatId: group, text: `ciao da ${own}` }),
      });
      expect(ok.status).toBe(200);
    }
    expect(em.messages(group).map((m) => m.text)).toEqual([`ciao da ${host}`, `ciao da localhost:${port}`]);
  });

  it("a DNS-rebinding site (a foreign host name pointing at 127.0.0.1) gets neither the page nor the API", async () => {
    const { em, group, giulia, amina, port } = await playground();
    const rebound = `rebind.evil.example:${port}`;
    for (const path of ["/", "/api/state", `/api/file?chat=${amina.id}&message=1`]) {
      const res = await raw(port, { path, headers: { host: rebound } });
      expect(res.status, path).toBe(403);
      expect(res.body).not.toContain("Amina");
    }
    // Same origin as far as the browser knows (the page came from the rebound name), so Origin matches Host.
    const send = await raw(port, {
      method: "POST",
      path: "/api/send",
      headers: { host: rebound, origin: `http://${rebound}`, "content-type": "application/json" },
      body: JSON.stringify({ userId: giulia.id, chatId: group, text: "/queue" }),
    });
    expect(send.status).toBe(403);
    expect(em.messages(group)).toEqual([]);

    const page = await raw(port, { path: "/", headers: { host: `127.0.0.1:${port}`, "sec-fetch-site": "cross-site" } });
    expect(page.status).toBe(200);
    expect(page.body).toContain("<html");
    const state = await raw(port, { path: "/api/state", headers: { host: `localhost:${port}`, "sec-fetch-site": "same-origin" } });
    expect(state.status).toBe(200);
    // The page's own calls are JSON, so they pass the check above.
    expect(readFileSync("src/playground/page.html", "utf8")).toMatch(/method: "POST", headers: \{ "content-type": "application\/json" \}/);
  });
});

describe("network exposure", () => {
  const base = { BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID) };
  const webhookEnv = { WEBHOOK_URL: "https://desk.example.org/telegram", WEBHOOK_SECRET: "s3cret-s3cret-s3cret" };

  it("the webhook server is not reachable on every interface unless configured (WEBHOOK_HOST)", async () => {
    expect(loadConfig({ ...base, ...webhookEnv }).webhook).toMatchObject({ host: "127.0.0.1", port: 8443 });
    expect(loadConfig({ ...base, ...webhookEnv, WEBHOOK_HOST: "0.0.0.0" }).webhook!.host).toBe("0.0.0.0");
    expect(loadConfig({ ...base, ...webhookEnv, WEBHOOK_HOST: "proxy-net.internal" }).webhook!.host).toBe("proxy-net.internal");
    expect(() => loadConfig({ ...base, ...webhookEnv, WEBHOOK_HOST: "http://0.0.0.0:80" })).toThrow(ConfigError);
    try {
      loadConfig({ ...base, ...webhookEnv, WEBHOOK_HOST: "not a host" });
    } catch (e) {
      expect((e as ConfigError).problems.join()).toMatch(/^WEBHOOK_HOST: must be an IP address or a host name/);
    }

    desk = new TestDesk();
    const port = await freePort();
    const config = loadConfig({ ...base, ...webhookEnv, PORT: String(port) });
    const { server } = await serveWebhook(desk.app, config.webhook!, createLogger("silent"));
    servers.push(server);
    expect((server.address() as AddressInfo).address).toBe("127.0.0.1");
  });

  it.skipIf(process.platform !== "linux")("the webhook server listens only on the address WEBHOOK_HOST names", async () => {
    desk = new TestDesk();
    const port = await freePort();
    const config = loadConfig({ ...base, ...webhookEnv, WEBHOOK_HOST: "127.0.0.2", PORT: String(port) });
    const { server } = await serveWebhook(desk.app, config.webhook!, createLogger("silent"));
    servers.push(server);
    expect((server.address() as AddressInfo).address).toBe("127.0.0.2");
    const user = desk.em.addUser({ id: 4_000_002, first_name: "Ana", language_code: "es" });
    const update = JSON.stringify(desk.em.send(user.id, user.id, { text: "/start" }));
    const headers = { "content-type": "application/json", "x-telegram-bot-api-secret-token": "s3cret-s3cret-s3cret" };
    const answered = await raw(port, { method: "POST", path: "/telegram", headers, body: update, address: "127.0.0.2" });
    expect(answered.status).toBe(200);
    await expect(raw(port, { method: "POST", path: "/telegram", headers, body: update, address: "127.0.0.1" })).rejects.toThrow(/ECONNREFUSED/);
  });

  it("the Docker image does not publish the unauthenticated /metrics on every interface by default", () => {
    const dockerfile = readFileSync("Dockerfile", "utf8");
    const env = dockerfile
      .split("\n")
      .filter((l) => /^\s*ENV\s/.test(l))
      .join("\n");
    expect(env).not.toMatch(/METRICS_HOST/);
    expect(dockerfile).not.toMatch(/^EXPOSE .*9464/m);
    // The health check reads the endpoint on the container's own loopback, where it stays.
    expect(dockerfile).toMatch(/HEALTHCHECK .*http:\/\/127\.0\.0\.1:9464\/healthz/);
    expect(loadConfig({}).metrics.host).toBe("127.0.0.1");
  });
});

describe("the emulator measures Telegram's limits as Telegram does", () => {
  it("a card whose HTML is longer than 4,096 characters but whose text is shorter is delivered, as Telegram would", async () => {
    desk = new TestDesk();
    const api = desk.app.bot.api;
    // 1,000 "&amp;" and a bold tag: 5,007 characters of HTML, 1,000 characters a person reads.
    const html = `<b>${"&amp;".repeat(1000)}</b>`;
    expect(html.length).toBeGreaterThan(4096);
    const sent = await api.sendMessage(OPERATOR_CHAT_ID, html, { parse_mode: "HTML" });
    expect(desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === sent.message_id)!.plain).toBe("&".repeat(1000));
    // Exactly 4,096 characters of text, in much more HTML: still one message.
    await api.sendMessage(OPERATOR_CHAT_ID, `<i>${"x".repeat(4000)}</i>${"&lt;".repeat(96)}`, { parse_mode: "HTML" });
    await api.editMessageText(OPERATOR_CHAT_ID, sent.message_id, `<u>${"&quot;".repeat(4096)}</u>`, { parse_mode: "HTML" });
    // Captions: 1,024 characters of text however much HTML carries them.
    await api.sendPhoto(OPERATOR_CHAT_ID, "photo-id", { caption: `<b>${"&gt;".repeat(1024)}</b>`, parse_mode: "HTML" });
  });

  it("a text longer than 4,096 characters once parsed is refused with Telegram's own error, counted in UTF-16 units", async () => {
    desk = new TestDesk();
    const api = desk.app.bot.api;
    const refused = async (call: Promise<unknown>, description: string) => {
      const error = await call.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GrammyError);
      expect((error as GrammyError).description).toBe(description);
    };
    await refused(api.sendMessage(OPERATOR_CHAT_ID, `<b>${"a".repeat(4097)}</b>`, { parse_mode: "HTML" }), "Bad Request: message is too long");
    await refused(api.sendMessage(OPERATOR_CHAT_ID, "a".repeat(4097)), "Bad Request: message is too long");
    // 2,049 emoji are 4,098 UTF-16 code units: too long for Telegram, though 2,049 "characters" to a person.
    await refused(api.sendMessage(OPERATOR_CHAT_ID, "😀".repeat(2049)), "Bad Request: message is too long");
    await api.sendMessage(OPERATOR_CHAT_ID, "😀".repeat(2048));
    await refused(api.sendPhoto(OPERATOR_CHAT_ID, "photo-id", { caption: "&amp;".repeat(1025), parse_mode: "HTML" }), "Bad Request: message caption is too long");
    // Tags with nothing inside are an empty message.
    await refused(api.sendMessage(OPERATOR_CHAT_ID, "<b> </b>", { parse_mode: "HTML" }), "Bad Request: message text is empty");
  });
});
