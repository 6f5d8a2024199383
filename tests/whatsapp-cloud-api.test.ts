import { ActionButtons, ActionList, Body, Button, Interactive, ListSection, Row, Text } from "whatsapp-api-js/messages";
import { afterEach, describe, expect, it } from "vitest";
import { OggOpusEncoder } from "#src/engines/speech/opus-encoder.js";
import { CloudApiEmulator } from "#src/playground/whatsapp/cloud-api.js";
import { printableTemplates } from "#src/whatsapp-templates-cli.js";
import { OPERATOR_CHAT_ID, TestDesk } from "./harness/desk.js";
import { WhatsAppResident } from "./harness/whatsapp.js";
import { WHATSAPP_TEST_SETTINGS, WHATSAPP_VERIFY_TOKEN } from "./harness/whatsapp-settings.js";

let desk: TestDesk | undefined;
afterEach(() => desk?.close());

const { token, phoneNumberId } = WHATSAPP_TEST_SETTINGS;
const now = new Date("2026-11-25T09:00:00Z");

function emulator(clock = { t: now.getTime() }) {
  const em = new CloudApiEmulator({ now: () => new Date(clock.t), ...WHATSAPP_TEST_SETTINGS });
  em.addPerson("393330000001", "Amina").lastInboundAt = now.getTime();
  return em;
}

/** A raw Cloud API request, as any client (not only the desk's) would make it. */
async function send(em: CloudApiEmulator, message: Record<string, unknown>, bearer = token) {
  const response = await em.fetch(`https://graph.facebook.com/v23.0/${phoneNumberId}/messages`, {
    method: "POST",
    headers: { authorization: `Bearer ${bearer}`, "content-type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to: "393330000001", ...message }),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const buttons = (n: number, title = (i: number) => `Option ${i}`) =>
  Array.from({ length: n }, (_, i) => ({ type: "reply", reply: { id: `b${i}`, title: title(i) } }));

describe("the WhatsApp Cloud API emulator refuses what Meta refuses", () => {
  it("a fourth reply button, a 21-character title, an 11th list row, a 73-character description, oversize bodies", async () => {
    const em = emulator();
    const ok = await send(em, { type: "interactive", interactive: { type: "button", body: { text: "Choose" }, action: { buttons: buttons(3) } } });
    expect(ok.status).toBe(200);
    expect(ok.body.messages[0].id).toMatch(/^wamid\./);

    const four = await send(em, { type: "interactive", interactive: { type: "button", body: { text: "Choose" }, action: { buttons: buttons(4) } } });
    expect(four.status).toBe(400);
    expect(four.body.error.code).toBe(131009);
    const long = await send(em, { type: "interactive", interactive: { type: "button", body: { text: "Choose" }, action: { buttons: buttons(1, () => "x".repeat(21)) } } });
    expect(long.body.error.message).toContain("at most 20 characters");
    const rows = (n: number, description?: string) => Array.from({ length: n }, (_, i) => ({ id: `r${i}`, title: `Row ${i}`, ...(description ? { description } : {}) }));
    const list = (r: unknown[]) => send(em, { type: "interactive", interactive: { type: "list", body: { text: "Pick" }, action: { button: "Choose", sections: [{ rows: r }] } } });
    expect((await list(rows(10))).status).toBe(200);
    expect((await list(rows(11))).body.error.message).toContain("Total row count exceed max allowed count: 10");
    expect((await list(rows(1, "d".repeat(73)))).status).toBe(400);
    const body = await send(em, { type: "interactive", interactive: { type: "button", body: { text: "b".repeat(1025) }, action: { buttons: buttons(1) } } });
    expect(body.body.error.message).toContain("1024");
    expect((await send(em, { type: "text", text: { body: "t".repeat(4097) } })).status).toBe(400);
    expect((await send(em, { type: "text", text: { body: "t".repeat(4096) } })).status).toBe(200);
    // A wrong token is refused before anything else.
    expect((await send(em, { type: "text", text: { body: "hi" } }, "wrong")).status).toBe(401);
  });

  it("a voice message must be OGG/Opus: an MP3 or a bare OGG sent as voice is refused, the same MP3 as plain audio goes", async () => {
    const em = emulator();
    const upload = async (bytes: Uint8Array, type: string) => {
      const form = new FormData();
      form.set("messaging_product", "whatsapp");
      form.set("file", new Blob([new Uint8Array(bytes)], { type }), "note");
      const response = await em.fetch(`https://graph.facebook.com/v23.0/${phoneNumberId}/media`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form,
      });
      return ((await response.json()) as { id: string }).id;
    };
    const tone = new Int16Array(48_000).map((_, i) => Math.round(5000 * Math.sin(i / 10)));
    const opus = await upload(new OggOpusEncoder().encode(tone, 48_000).bytes, "audio/ogg");
    const mp3 = await upload(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0]), "audio/mpeg");
    // An OGG file with another codec inside (Vorbis): the container alone is not enough.
    const vorbis = await upload(new TextEncoder().encode("OggS\u0000\u0002\u0001vorbis-stream"), "audio/ogg");
    expect((await send(em, { type: "audio", audio: { id: opus, voice: true } })).status).toBe(200);
    const refused = await send(em, { type: "audio", audio: { id: mp3, voice: true } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe(131053);
    expect(refused.body.error.message).toContain("OPUS");
    expect((await send(em, { type: "audio", audio: { id: vorbis, voice: true } })).status).toBe(400);
    expect((await send(em, { type: "audio", audio: { id: mp3 } })).status).toBe(200);
  });

  it("whatsapp-api-js refuses the same shapes before sending (the desk shapes within them)", () => {
    expect(() => new ActionButtons(new Button("1", "a"), new Button("2", "b"), new Button("3", "c"), new Button("4", "d") as never)).toThrow();
    expect(() => new Button("1", "x".repeat(21))).toThrow(/20 characters/);
    expect(() => new Row("1", "x".repeat(25))).toThrow(/24 characters/);
    expect(() => new Interactive(new ActionList("Choose", new ListSection(undefined, new Row("1", "a"))), new Body("b".repeat(1025)))).toThrow(/1024/);
    expect(() => new Text("t".repeat(4097))).toThrow(/4096/);
  });

  it("free text more than 24 hours after the person's last message is accepted, then fails with 131047; a template goes", async () => {
    const clock = { t: now.getTime() };
    const em = emulator(clock);
    em.defineTemplate({ name: "noi_satisfaction", language: "it", status: "APPROVED", body: "La richiesta {{1}} è chiusa.", buttons: ["Sì", "No"] });
    em.defineTemplate({ name: "noi_waitlist_offer", language: "it", status: "PENDING", body: "Un posto {{1}}", buttons: [] });
    const statuses: any[] = [];
    em.webhook = async (raw) => {
      statuses.push(...(JSON.parse(raw).entry[0].changes[0].value.statuses ?? []));
      return 200;
    };
    clock.t += 24 * 60 * 60 * 1000 + 1;
    const late = await send(em, { type: "text", text: { body: "Ciao" } });
    expect(late.status).toBe(200);
    await em.flushStatuses();
    expect(statuses.find((s) => s.id === late.body.messages[0].id)).toMatchObject({ status: "failed", errors: [{ code: 131047 }] });
    expect(em.received("393330000001").map((m) => m.text)).not.toContain("Ciao");

    const template = await send(em, { type: "template", template: { name: "noi_satisfaction", language: { code: "it" }, components: [{ type: "body", parameters: [{ type: "text", text: "42" }] }] } });
    expect(template.status).toBe(200);
    expect(em.received("393330000001").at(-1)!.text).toBe("La richiesta 42 è chiusa.");
    const pending = await send(em, { type: "template", template: { name: "noi_waitlist_offer", language: { code: "it" }, components: [{ type: "body", parameters: [{ type: "text", text: "x" }] }] } });
    expect(pending.body.error.code).toBe(132001);
    const wrongCount = await send(em, { type: "template", template: { name: "noi_satisfaction", language: { code: "it" }, components: [] } });
    expect(wrongCount.body.error.code).toBe(132000);
    expect((await send(em, { type: "template", template: { name: "noi_satisfaction", language: { code: "ar" } } })).body.error.code).toBe(132001);
  });

  it("paces like Meta: a burst to one person beyond the pair rate limit gets 131056", async () => {
    const em = emulator();
    const codes: number[] = [];
    for (let i = 0; i < 46; i++) codes.push((await send(em, { type: "text", text: { body: `m${i}` } })).body.error?.code ?? 200);
    expect(codes.slice(0, 45).every((c) => c === 200)).toBe(true);
    expect(codes[45]).toBe(131056);
  });
});

describe("the desk's WhatsApp webhook", () => {
  it("answers Meta's verification with the challenge only for its verify token", async () => {
    desk = new TestDesk({ whatsapp: true });
    const receiver = desk.app.whatsapp!.receiver;
    const good = await receiver.receive("GET", `/whatsapp?hub.mode=subscribe&hub.verify_token=${WHATSAPP_VERIFY_TOKEN}&hub.challenge=1158201444`, {}, "");
    expect([good.status, good.body]).toEqual([200, "1158201444"]);
    const bad = await receiver.receive("GET", "/whatsapp?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1", {}, "");
    expect(bad.status).toBe(403);
  });

  it("refuses unsigned, wrongly signed and oversize webhooks, journals nothing from them, and handles a retried event once", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    const receiver = desk.app.whatsapp!.receiver;
    const em = desk.wa!;
    const body = JSON.stringify({
      object: "whatsapp_business_account",
      entry: [{ id: "1", changes: [{ field: "messages", value: { metadata: { phone_number_id: phoneNumberId }, contacts: [{ wa_id: amina.waId, profile: { name: "Amina" } }], messages: [{ from: amina.waId, id: "wamid.forged", timestamp: "1795597200", type: "text", text: { body: "/forget" } }] } }] }],
    });
    const inboxBefore = desk.repos.inbox.backlog?.() ?? null;
    expect((await receiver.receive("POST", "/whatsapp", {}, body)).status).toBe(401);
    expect((await receiver.receive("POST", "/whatsapp", { "x-hub-signature-256": em.sign(body, "another-app-secret-000000") }, body)).status).toBe(401);
    expect((await receiver.receive("POST", "/whatsapp", { "x-hub-signature-256": "sha256=zz" }, body)).status).toBe(401);
    expect((await receiver.receive("POST", "/whatsapp", { "x-hub-signature-256": em.sign("x".repeat(4 * 1024 * 1024)) }, "x".repeat(4 * 1024 * 1024))).status).toBe(413);
    expect(desk.app.whatsapp!.repo.contact(amina.waId, phoneNumberId)).toBeUndefined();
    void inboxBefore;

    // A signed message is handled; Meta's retry of the same event (same wamid) changes nothing.
    await amina.says("مرحبا");
    const answers = amina.inbox.length;
    const updates = desk.db.$client.prepare("SELECT count(*) AS n FROM inbox").get() as { n: number };
    expect(await em.redeliverLast()).toBe(200);
    await desk.dispatch();
    expect(amina.inbox.length).toBe(answers);
    expect((desk.db.$client.prepare("SELECT count(*) AS n FROM inbox").get() as { n: number }).n).toBe(updates.n);
  });

  it("records delivery statuses and shows a failed one to staff in the topic", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await amina.says("مرحبا");
    await amina.presses("العربية");
    await amina.presses(/✅/);
    await amina.presses("لا، شكرًا");
    await amina.says("/menu");
    await amina.presses(desk.app.i18n.t("ar", "menu-desk"));
    await amina.presses(desk.app.i18n.t("ar", "cat-other"));
    await amina.says("سؤال");
    await amina.presses(/🚶/);
    await amina.presses(/📨/);
    await desk.wa!.flushStatuses();
    await desk.wa!.reads(amina.waId);
    const counts = desk.app.whatsapp!.repo.statusCounts(amina.chatId);
    expect(counts.read).toBeGreaterThan(5);

    // The phone goes off WhatsApp: the next answer is accepted, then fails; staff see it in the topic.
    desk.wa!.person(amina.waId).absent = true;
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID)][0]!;
    await desk.giulia.answers("Ci sentiamo domani.", { topic: topicId });
    await desk.wa!.flushStatuses();
    await desk.dispatch();
    expect(desk.groupTexts(topicId).at(-1)).toContain("WhatsApp non ha consegnato un messaggio a questa persona (errore 131026): il numero non può ricevere questo messaggio");
  });
});

describe("WhatsApp templates for Meta's review", () => {
  it("prints each purpose in each language: the desk's own text numbered where that language puts it, a closing line, quick replies", () => {
    const printed = printableTemplates(["it", "ar"]);
    expect(printed).toContain("=== noi_reminder_day_before · it · UTILITY");
    expect(printed).toContain("=== noi_satisfaction · ar · UTILITY");
    expect(printed).toContain("⏰ Promemoria: domani, {{1}}\n{{2}}\n📍 {{3}}\n\nRisponda qui per scrivere allo sportello.");
    expect(printed.match(/^=== /gm)).toHaveLength(12);
    // No body ends with a placeholder and none carries Fluent's isolation marks (Meta refuses the first, shows the second).
    for (const body of printed.split("Body:\n").slice(1).map((b) => b.split("\nQuick replies:")[0]!)) {
      expect(body.trim()).not.toMatch(/\}\}$/);
      expect(body).not.toMatch(/[\u2066-\u2069]/);
    }
  });
});

describe("the playground's WhatsApp phone", () => {
  it("is on the page, and its contacts write through the emulator's signed webhooks", async () => {
    const { createPlaygroundServer } = await import("#src/playground/server.js");
    const { BotApiEmulator } = await import("#src/playground/emulator.js");
    const { PLAYGROUND_WHATSAPP } = await import("#src/playground/whatsapp/phone-api.js");
    const wa = new CloudApiEmulator({ now: () => now, ...PLAYGROUND_WHATSAPP });
    const received: string[] = [];
    wa.webhook = async (raw, headers) => {
      received.push(headers["x-hub-signature-256"] === wa.sign(raw) ? JSON.parse(raw).entry[0].changes[0].value.messages[0].text.body : "unsigned");
      return 200;
    };
    const server = createPlaygroundServer({ em: new BotApiEmulator(), groupId: -1, residents: [], wa });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      expect(await (await fetch(`${base}/`)).text()).toContain('data-testid="whatsapp-phone"');
      const post = (path: string, body: unknown) => fetch(`${base}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json() as Promise<any>);
      const person = await post("/api/wa/person", { name: "Amina" });
      expect((await post("/api/wa/send", { waId: person.waId, text: "مرحبا" })).ok).toBe(true);
      expect(received).toEqual(["مرحبا"]);
      const state = (await (await fetch(`${base}/api/wa/state`)).json()) as any;
      expect(state.people).toEqual([{ waId: person.waId, name: "Amina" }]);
      expect(state.chats[person.waId][0]).toMatchObject({ from: "person", text: "مرحبا" });
    } finally {
      server.close();
    }
  });
});
