import { afterEach, describe, expect, it } from "vitest";
import { LINK_TRIES_PER_CHAT } from "#src/channels/whatsapp/links.js";
import { RESIDENT_COLUMNS } from "#src/db/repositories/channel-links.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t(locale, key, vars));
const HOUR = 60 * 60 * 1000;
const codeIn = (text: string) => /\d{6}/.exec(unmarked(text))?.[0] ?? "";

async function files(r: Resident, text: string) {
  await r.filesRequest("it", { say: [text] });
}

describe("one person on Telegram and WhatsApp, only when they say so", () => {
  it("a code shown on Telegram and typed on WhatsApp joins them: one history, answers where she last wrote, /mydata and /forget cover both", async () => {
    desk = new TestDesk({ whatsapp: true });
    const fatima = desk.resident("Fatima", "it");
    await fatima.onboards();
    await files(fatima, "Non riesco a pagare l'affitto di dicembre");
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];

    // On Telegram she asks to join her WhatsApp: a code, for the other chat, within ten minutes.
    const [shown] = await fatima.says("/link");
    const code = codeIn(shown!.plain ?? "");
    expect(unmarked(shown!.plain ?? "").replace(code, "CODE")).toBe(t("it", "wa-link-code", { other: "WhatsApp", code: "CODE" }));
    expect(code).toMatch(/^\d{6}$/);

    // Her first words on WhatsApp are the code: no language list, no second notice to accept — she is known.
    const phone = new WhatsAppResident(desk, "Fatima B.");
    const [done] = await phone.says(code);
    expect(done!.text).toContain(t("it", "wa-link-done"));
    // What WhatsApp adds to the notice (Meta) she reads now, having agreed on Telegram only.
    expect(done!.text).toContain(t("it", "wa-privacy-note", { eu: "no" }));
    expect(done!.choices.map((c) => c.title)).toEqual([t("it", "menu-back")]);
    // One person: her request is under the WhatsApp chat, the Telegram record is gone, staff are told.
    expect(desk.repos.requests.forResident(phone.chatId)).toHaveLength(1);
    expect(desk.repos.residents.get(fatima.user.id)).toBeUndefined();
    expect(desk.groupTexts(topicId).at(-1)).toContain("🔗 Questa persona ha unito la chat WhatsApp a quella Telegram con un codice");

    // She last wrote on WhatsApp: staff's answer goes there, not to Telegram.
    const onTelegram = fatima.inbox.length;
    await desk.giulia.answers("Venga giovedì con il contratto.", { topic: topicId });
    expect(phone.last.text).toContain("Venga giovedì con il contratto.");
    expect(fatima.inbox.length).toBe(onTelegram);

    // Then she writes from Telegram: it reaches the same topic, and the next answer comes to Telegram.
    await fatima.says("Va bene, porto anche la busta paga");
    expect(desk.groupTexts(topicId).some((x) => x.includes("Va bene, porto anche la busta paga"))).toBe(true);
    const onWhatsApp = phone.inbox.length;
    await desk.giulia.answers("Perfetto, a giovedì.", { topic: topicId });
    expect(fatima.last.plain).toContain("Perfetto, a giovedì.");
    expect(phone.inbox.length).toBe(onWhatsApp);
    // A button under an old Telegram message still works, and the screen it edits is edited on Telegram.
    await fatima.presses(t("it", "menu-back"));
    expect(fatima.last.plain).toContain(t("it", "menu-title").slice(0, 10));
    expect(phone.inbox.length).toBe(onWhatsApp);

    // She writes on WhatsApp, then a day passes: WhatsApp's window is closed, so the answer comes on Telegram
    // instead of not at all.
    await phone.says("Posso venire venerdì invece?");
    desk.clock.advance(25 * HOUR);
    const telegramBefore = fatima.inbox.length;
    await desk.giulia.answers("Sì, venerdì va bene.", { topic: topicId });
    await desk.dispatch();
    expect(fatima.inbox.slice(telegramBefore).some((m) => m.plain?.includes("Sì, venerdì va bene."))).toBe(true);
    expect(desk.groupTexts(topicId).at(-1)).not.toContain("Non inviato su WhatsApp");

    // /mydata (typed as a word on WhatsApp) lists both chats.
    await phone.says("i miei dati");
    const copy = new TextDecoder().decode(phone.last.media!.bytes);
    expect(copy).toContain(`Telegram (id ${fatima.user.id})`);
    expect(copy).toContain(`WhatsApp (+${phone.waId})`);
    expect(copy).toContain("Non riesco a pagare l'affitto di dicembre");

    // /forget from Telegram erases the one person: both chats' traces, the number, the link.
    await fatima.says("/forget");
    const [erased] = await fatima.presses(t("it", "forget-yes"));
    expect(erased!.plain).toContain(t("it", "forget-done"));
    expect(erased!.plain).toContain(t("it", "wa-forget-limits"));
    const all = desk.everyText();
    for (const s of [phone.waId, "Fatima", "affitto di dicembre", "busta paga", "venerdì invece"]) expect({ s, kept: all.includes(s) }).toEqual({ s, kept: false });
    expect(desk.db.$client.prepare("SELECT count(*) AS n FROM channel_links").get()).toEqual({ n: 0 });
    // Each chat, writing again, is a new person of its own.
    const [picker] = await phone.says("ciao");
    expect(picker!.choices.map((c) => c.title)).toContain("✅ Italiano");
    await fatima.says("/start");
    expect(fatima.buttons().some((b) => b.includes("Italiano"))).toBe(true);
  });

  it("codes are single-use, expire, are typed in the other chat only, and are not for guessing", async () => {
    desk = new TestDesk({ whatsapp: true });
    const omar = desk.resident("Omar", "it");
    await omar.onboards();
    const code = codeIn((await omar.says("/link"))[0]!.plain ?? "");
    // The same chat.
    expect((await omar.says(code))[0]!.plain).toBe(t("it", "wa-link-same-chat"));

    // A stranger on WhatsApp guessing: each wrong code is answered, then no code is accepted for an hour — not
    // even the right one.
    const guesser = new WhatsAppResident(desk, "Guesser");
    await guesser.onboards();
    for (let i = 0; i < LINK_TRIES_PER_CHAT; i++) {
      const wrong = String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0");
      expect((await guesser.says(wrong))[0]!.text).toBe(t("it", "wa-link-wrong"));
    }
    expect((await guesser.says(code))[0]!.text).toBe(t("it", "wa-link-too-many"));
    expect(desk.app.whatsapp!.links.telegramOf(guesser.chatId)).toBeUndefined();

    // Eleven minutes later the code has expired.
    const late = new WhatsAppResident(desk, "Omar");
    await late.onboards();
    desk.clock.advance(11 * 60_000);
    expect((await late.says(code))[0]!.text).toBe(t("it", "wa-link-wrong"));

    // A new code, asked for with the word on WhatsApp and typed on Telegram in Arabic-Indic digits with a space.
    const [shown] = await late.says("collega");
    const fresh = codeIn(shown!.text);
    expect(shown!.text.replace(fresh, "CODE")).toBe(t("it", "wa-link-code", { other: "Telegram", code: "CODE" }));
    const arabic = [...fresh].map((d) => String.fromCharCode(0x0660 + Number(d))).join("");
    const [done] = await omar.says(`${arabic.slice(0, 3)} ${arabic.slice(3)}`);
    expect(done!.plain).toContain(t("it", "wa-link-done"));
    expect(desk.app.whatsapp!.links.telegramOf(late.chatId)).toBe(omar.user.id);
    // Used once: typed again elsewhere it is nothing.
    const third = new WhatsAppResident(desk, "Someone");
    await third.onboards();
    expect((await third.says(fresh))[0]!.text).toBe(t("it", "wa-link-wrong"));
    // Asking again in a joined chat says so.
    expect((await late.says("collega"))[0]!.text).toBe(t("it", "wa-link-already", { other: "Telegram" }));
  });

  it("a six-digit number with no code about is just a message, and inside a form it is an answer", async () => {
    desk = new TestDesk({ whatsapp: true });
    const ana = desk.resident("Ana", "it");
    await ana.onboards();
    await ana.presses(t("it", "menu-desk"));
    await ana.presses(t("it", "cat-rent"));
    const [taken] = await ana.says("123456");
    expect(taken?.plain ?? "").not.toContain(t("it", "wa-link-wrong"));
    await ana.presses(t("it", "req-visit-desk"));
    await ana.presses(t("it", "req-send"));
    await desk.dispatch();
    expect(desk.everyText()).toContain("123456");
  });

  it("joining moves every column that names a resident (a new table cannot be forgotten)", () => {
    desk = new TestDesk({ whatsapp: true });
    const tables = desk.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    const found: string[] = [];
    for (const { name } of tables) {
      const columns = desk.db.$client.prepare(`PRAGMA table_info("${name}")`).all() as Array<{ name: string }>;
      for (const c of columns) if (/^(resident_id|reported_by|actor_id)$/.test(c.name)) found.push(`${name}.${c.name}`);
    }
    expect(found.sort()).toEqual(RESIDENT_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
  });
});
