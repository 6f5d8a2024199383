// Voice both ways on WhatsApp: "🔊 Listen" in the ten-row menu, and the desk's voice notes reaching the phone as
// WhatsApp voice messages (OGG/Opus — the Cloud API emulator refuses anything else, as Meta requires).
import { afterEach, describe, expect, it } from "vitest";
import type { PhoneMessage } from "#src/playground/whatsapp/cloud-api.js";
import { OPERATOR_CHAT_ID, TestDesk, unmarked } from "./harness/desk.js";
import { hear } from "./harness/voice-notes.js";
import { WhatsAppResident } from "./harness/whatsapp.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t(locale, key, vars));
const voices = (r: WhatsAppResident) => r.inbox.filter((m) => m.type === "audio");

async function played(m: PhoneMessage) {
  expect(m.media?.mime).toBe("audio/ogg");
  const decoded = await hear(new Uint8Array(m.media!.bytes));
  expect(decoded.errors).toBe(0);
  expect(decoded.rms).toBeGreaterThan(0.01);
  return decoded;
}

describe("voice on WhatsApp", () => {
  it("a Ukrainian resident turns voice on from the WhatsApp menu and hears the desk, a staff answer included", async () => {
    desk = new TestDesk({ whatsapp: true });
    const olena = new WhatsAppResident(desk, "Olena");
    await olena.says("Добрий день");
    await olena.presses("Українська");
    await olena.presses(t("uk", "privacy-agree"));
    if (olena.last.choices.some((c) => c.title === t("uk", "held-no"))) await olena.presses(t("uk", "held-no"));
    await olena.says("menu");

    // Ten rows at most: 🔊 has its own row; the language and privacy are under ⚙️.
    const menu = olena.last;
    const rows = menu.choices.map((c) => c.title);
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(rows).toContain(t("uk", "menu-voice-listen"));
    expect(rows).not.toContain(t("uk", "menu-language"));
    await olena.presses(t("uk", "menu-settings"));
    expect(olena.last.choices.map((c) => c.title)).toEqual([t("uk", "menu-language"), t("uk", "menu-privacy"), t("uk", "menu-back")]);
    await olena.presses(t("uk", "menu-back"));

    // 🔊: the answer comes in writing and as a voice message, synthetic, said so below it.
    const before = voices(olena).length;
    await olena.presses(t("uk", "menu-voice-listen"));
    expect(olena.texts).toContain(t("uk", "voice-on"));
    const [on] = voices(olena).slice(before);
    expect(on).toBeDefined();
    expect((await played(on!)).seconds).toBeGreaterThan(3);
    expect(olena.texts.at(-1)).toBe(t("uk", "voice-synthetic"));
    expect(desk.deps.services.voice.listens(olena.chatId)).toBe(true);

    // She files a request; staff answer in its topic: it reaches her phone as text, then as a voice message.
    await olena.presses(t("uk", "menu-back"));
    await olena.presses(t("uk", "menu-desk"));
    await olena.presses(t("uk", "cat-rent"));
    await olena.says("Не можу оплатити рахунок за газ.");
    for (const press of ["req-visit-desk", "req-send"]) await olena.presses(t("uk", press));
    await desk.dispatch();
    const topic = [...desk.em.topics(OPERATOR_CHAT_ID).keys()].at(-1)!;
    const heardBefore = voices(olena).length;
    await desk.giulia.answers("Приходьте у вівторок о десятій з рахунком.", { topic });
    await desk.dispatch();
    const answerAt = olena.inbox.findIndex((m) => m.text.includes("Приходьте у вівторок о десятій з рахунком."));
    expect(answerAt).toBeGreaterThan(-1);
    const note = voices(olena).slice(heardBefore).at(-1)!;
    expect(olena.inbox.indexOf(note)).toBeGreaterThan(answerAt);
    expect((await played(note)).seconds).toBeGreaterThan(2);
    expect(desk.app.voice.outcomes.failed).toBe(0);
  }, 180_000);

  it("at first contact on WhatsApp the notice offers voice beside \"I agree\" as two reply buttons; choosing it reads the notice aloud and all that follows", async () => {
    desk = new TestDesk({ whatsapp: true });
    const amina = new WhatsAppResident(desk, "Amina");
    await amina.says("مرحبا");
    await amina.presses("العربية");
    const notice = [...amina.inbox].reverse().find((m) => m.choices.length)!;
    expect(amina.texts.join("\n")).toContain(t("ar", "privacy-voice"));
    // Two reply buttons (each within WhatsApp's 20 characters), not a list to open first.
    expect(notice.choices.map((c) => c.title)).toEqual([t("ar", "privacy-agree"), t("ar", "voice-first-contact-short")]);
    expect(notice.action).toBeUndefined();

    const before = voices(amina).length;
    await amina.presses(t("ar", "voice-first-contact-short"));
    await desk.app.voice.settled();
    await desk.dispatch();
    const [read] = voices(amina).slice(before);
    expect(read, "the notice, read aloud").toBeDefined();
    // The notice is long: its reading lasts well beyond a few words.
    expect((await played(read!)).seconds).toBeGreaterThan(10);
    expect(amina.texts).toContain(t("ar", "voice-synthetic"));
    expect(desk.deps.services.voice.listens(amina.chatId)).toBe(true);
    // "I agree" is still there to press, and now the desk's answers come with their voice.
    expect(amina.choices()).toEqual([t("ar", "privacy-agree")]);
    const heard = voices(amina).length;
    await amina.presses(t("ar", "privacy-agree"));
    await desk.app.voice.settled();
    await desk.dispatch();
    expect(voices(amina).length).toBeGreaterThan(heard);
    expect(desk.app.voice.outcomes.failed).toBe(0);
  }, 120_000);
});
