import { afterEach, describe, expect, it } from "vitest";
import { TestDesk } from "./harness/desk.js";
import { type FakeEngine, PHRASES, startFakeLibreTranslate, startFakeTranscriber } from "./harness/fake-engines.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
const engines: FakeEngine[] = [];
afterEach(async () => {
  desk?.close();
  for (const e of engines.splice(0)) await e.close();
});

const RENT = PHRASES[0]!;

for (const forum of [false, true]) {
  describe(`${forum ? "with" : "without"} topics, with the translation and transcription engines on`, () => {
    it("an Arabic resident's description, voice note and photo reach staff: the card carries the description", async () => {
      const libre = await startFakeLibreTranslate();
      const whisper = await startFakeTranscriber();
      engines.push(libre, whisper);
      desk = new TestDesk({
        forum,
        env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: libre.url, TRANSCRIPTION_URL: whisper.url, TRANSCRIPTION_MODEL: "whisper-1" },
      });
      desk.em.files.set("voice-rent", { name: "voice.ogg", mime: "audio/ogg", bytes: new TextEncoder().encode(RENT.ar!) });
      const amira = desk.resident("Amira", "ar");
      await amira.onboards();
      await amira.presses(t("ar", "menu-desk"));
      await amira.presses(t("ar", "cat-housing"));
      await amira.says(RENT.ar!);
      await amira.sends({ voice: { file_id: "voice-rent", file_unique_id: "voice-rent", duration: 6 } });
      await amira.sendsPhoto("السقف");
      await amira.presses(t("ar", "req-visit-desk"));
      await amira.presses(t("ar", "req-send"));
      await desk.dispatch(60_000);
      const request = desk.deps.services.requests.openFor(amira.user.id)!;
      const card = desk.group().find((m) => m.message_id === request.cardMessageId)!;
      expect(card.plain).toContain(RENT.ar!);
      expect(card.plain).toContain(RENT.it!);
      const under = desk.group().filter((m) => m.fromBot && m.message_id > card.message_id && (forum ? m.message_thread_id === request.topicId : m.reply_to_message?.message_id === card.message_id));
      expect(under.some((m) => m.voice)).toBe(true);
      expect(under.some((m) => m.photo)).toBe(true);
      expect(under.some((m) => (m.plain ?? "").includes(RENT.it!))).toBe(true);
    });
  });
}
