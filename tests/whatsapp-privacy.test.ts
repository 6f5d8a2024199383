import { afterEach, describe, expect, it } from "vitest";
import { dailyJobs } from "#src/scheduler/jobs.js";
import { TestDesk } from "./harness/desk.js";
import { WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const DAY = 86_400_000;
const retention = () => dailyJobs(desk.app).find((j) => j.name === "retention")!.run();
/** What the WhatsApp channel itself holds (the desk's other tables have their own retention tests). */
const channelText = () => JSON.stringify(desk.db.$client.prepare("SELECT * FROM whatsapp_messages").all()) + JSON.stringify(desk.db.$client.prepare("SELECT * FROM whatsapp_contacts").all());
const rows = (chatId: number) =>
  desk.db.$client.prepare("SELECT direction, payload FROM whatsapp_messages WHERE chat_id = ? ORDER BY id").all(chatId) as Array<{ direction: string; payload: string | null }>;

describe("the notice says where Meta keeps the messages", () => {
  it("in the EU only when the deployer registered the number with local storage in Germany", async () => {
    desk = new TestDesk({ whatsapp: true, env: { WHATSAPP_LOCAL_STORAGE: "DE" } });
    const amina = new WhatsAppResident(desk, "Amina");
    await amina.says("ciao");
    const [notice] = await amina.presses(/Italiano/);
    expect(notice!.text).toContain("Meta li conserva nell'Unione Europea (in Germania), solo per consegnarli, al massimo 30 giorni.");
    desk.close();

    // Without it (or with a region outside the EU) the notice does not promise the EU.
    desk = new TestDesk({ whatsapp: true, env: { WHATSAPP_LOCAL_STORAGE: "GB" } });
    const omar = new WhatsAppResident(desk, "Omar");
    await omar.says("ciao");
    const [other] = await omar.presses(/Italiano/);
    expect(other!.text).toContain("anche su server fuori dall'Unione Europea");
  });
});

describe("retention covers WhatsApp's own tables", () => {
  it("what a resident sent loses its words after 30 days; after the period the rows go and a silent number becomes its hash", async () => {
    desk = new TestDesk({ whatsapp: true, env: { RETENTION_DAYS: "90" } });
    const amina = new WhatsAppResident(desk, "Amina");
    await amina.onboards();
    await amina.says("Il mio codice fiscale è RSSMRA80A01H501U");
    const chatId = amina.chatId;
    expect(channelText()).toContain("RSSMRA80A01H501U");

    // A month later she writes again: the desk keeps her account and her new words, not the old ones.
    desk.clock.advance(31 * DAY);
    await amina.says("Ci sono ancora novità?");
    await retention();
    const all = channelText();
    expect(all).not.toContain("RSSMRA80A01H501U");
    expect(all).toContain("Ci sono ancora novità?");
    expect(desk.repos.residents.get(chatId)?.forgottenAt).toBeNull();
    expect(rows(chatId).filter((r) => r.direction === "in" && r.payload !== null).length).toBeGreaterThan(0);

    // Then she falls silent for the whole period: like /forget, nothing of hers is left — not her number, not her
    // name, not the rows of what was said; the chat's newest row stays, blank, so a desk message id is never reused.
    desk.clock.advance(91 * DAY);
    await retention();
    const after = desk.everyText();
    for (const s of ["Ci sono ancora novità?", amina.waId, "Amina"]) expect({ s, kept: after.includes(s) }).toEqual({ s, kept: false });
    expect(rows(chatId)).toEqual([{ direction: expect.any(String), payload: null }]);

    // If she writes again she is a new person in the same chat, as a Telegram user would be.
    const [again] = await amina.says("ciao");
    expect(again!.choices.map((c) => c.title)).toContain("✅ Italiano");
    expect(amina.chatId).toBe(chatId);
  });

  it("a number that only said hello goes after the period; unused link codes go after a day", async () => {
    desk = new TestDesk({ whatsapp: true, env: { RETENTION_DAYS: "30" } });
    const stranger = new WhatsAppResident(desk, "Sconosciuto");
    await stranger.says("ciao");
    const chatId = stranger.chatId;
    // Nothing consented: the contact row exists, the resident row (language not chosen) is what first contact keeps.
    desk.db.$client.prepare("INSERT INTO channel_links (chat_id, code, code_expires_at, created_at) VALUES (?, '123456', ?, ?)").run(chatId, desk.clock.now().getTime() + 600_000, desk.clock.now().getTime());
    desk.clock.advance(31 * DAY);
    await retention();
    expect(desk.everyText()).not.toContain(stranger.waId);
    expect(desk.everyText()).not.toContain("Sconosciuto");
    expect(desk.db.$client.prepare("SELECT count(*) AS n FROM channel_links").get()).toEqual({ n: 0 });
  });
});
