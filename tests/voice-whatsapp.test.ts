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
});
