import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { BotApiEmulator, type StoredMessage } from "#src/playground/emulator.js";
import { type FakeEngine, PHRASES, startFakeLibreTranslate, startFakeTranscriber } from "./harness/fake-engines.js";
import { OPERATOR_CHAT_ID, unmarked } from "./harness/desk.js";
import { eventually, serveEmulator, startDeskProcess } from "./harness/process.js";
import { t } from "./harness/texts.js";

/**
 * Issue 26 point 2, tried from outside as its author did: the built desk as a real process, Telegram (the emulator)
 * over HTTP, an operator group whose getChat says it is not a forum, an Arabic resident who writes, sends a voice
 * note and a photo — with the engines off, and on. Staff must read the description on the card and have the voice
 * note and the photo under it within 60 seconds of "Send".
 */

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const RENT = PHRASES[0]!;

for (const engines of [false, true]) {
  describe(`a group without topics, a real desk process, engines ${engines ? "on" : "off"}`, () => {
    it("an Arabic resident's description, voice note and photo reach staff within 60 s of 'Send'", async () => {
      const dir = mkdtempSync(join(tmpdir(), "noi-desk-noforum-"));
      cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
      const em = new BotApiEmulator();
      em.queueUpdates = true;
      em.addGroup({ id: OPERATOR_CHAT_ID, title: "Sportello – operatori", isForum: false });
      const amira = em.addUser({ id: 700_001, first_name: "Amira", language_code: "ar" });
      em.files.set("voice-rent", { name: "voice.ogg", mime: "audio/ogg", bytes: new TextEncoder().encode(RENT.ar!) });
      const served = await serveEmulator(em);
      cleanups.push(served.close);
      const env: Record<string, string> = {
        BOT_TOKEN: em.token,
        OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID),
        TELEGRAM_API_ROOT: served.url,
        DATABASE_PATH: join(dir, "desk.sqlite"),
        LOG_LEVEL: process.env.DESK_LOG_LEVEL ?? "error",
      };
      if (engines) {
        const libre: FakeEngine = await startFakeLibreTranslate();
        const whisper: FakeEngine = await startFakeTranscriber();
        cleanups.push(() => libre.close(), () => whisper.close());
        Object.assign(env, { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: libre.url, TRANSCRIPTION_URL: whisper.url, TRANSCRIPTION_MODEL: "whisper-1" });
      }
      const desk = startDeskProcess(env);
      cleanups.push(() => desk.stop());

      const chat = () => em.messages(amira.id).filter((m) => m.fromBot && !m.deleted);
      /** Amira presses the button labelled `label` on the newest message that has it (one she has not pressed yet). */
      const pressed = new Set<string>();
      const press = async (label: string | RegExp) => {
        const fits = (text: string) => (typeof label === "string" ? unmarked(text) === label : label.test(text));
        const found = await eventually(
          () => {
            for (const m of [...chat()].reverse()) {
              const button = (m.reply_markup?.inline_keyboard ?? []).flat().find((b) => fits(b.text) && !pressed.has(`${m.message_id}|${b.text}`));
              if (button) return { m, button: button as { text: string; callback_data: string } };
            }
            return undefined;
          },
          `a button ${String(label)} (chat: ${JSON.stringify(chat().map((m) => m.plain))}; ${desk.output()})`,
          60_000,
        );
        pressed.add(`${found.m.message_id}|${found.button.text}`);
        em.press(amira.id, amira.id, found.m.message_id, found.button.callback_data);
      };
      const says = async (content: Partial<StoredMessage> & { text?: string }) => {
        const before = chat().length;
        em.send(amira.id, amira.id, content as never);
        // The desk answers each piece (a receipt, edited or new): wait for it before the next.
        await eventually(() => chat().length > before || em.calls.filter((c) => c.method === "editMessageText" && Number(c.params.chat_id) === amira.id).length > 0, "an answer", 60_000);
      };

      em.send(amira.id, amira.id, { text: "/start" });
      await press(/✅/);
      await press(/✅/);
      await press(t("ar", "menu-desk"));
      await press(t("ar", "cat-housing"));
      await eventually(() => chat().some((m) => unmarked(m.plain ?? "") === t("ar", "req-describe-open")), "the question", 60_000);
      await says({ text: RENT.ar! });
      await says({ voice: { file_id: "voice-rent", file_unique_id: "voice-rent", duration: 6 } } as never);
      await says({ photo: [{ file_id: "photo-roof", file_unique_id: "photo-roof", width: 800, height: 600 }], caption: "السقف" } as never);
      await press(t("ar", "req-visit-desk"));
      await press(t("ar", "req-send"));
      const sent = Date.now();

      const group = () => em.messages(OPERATOR_CHAT_ID).filter((m) => m.fromBot && !m.deleted);
      const card = await eventually(() => group().find((m) => (m.plain ?? "").includes(RENT.ar!) && (m.plain ?? "").includes("#1")), `the card with the description (group: ${JSON.stringify(group().map((m) => m.plain))})`, 60_000);
      const under = () => group().filter((m) => m.reply_to_message?.message_id === card.message_id);
      await eventually(() => under().some((m) => m.voice) && under().some((m) => m.photo), `the voice note and the photo under the card (group: ${JSON.stringify(group().map((m) => [m.plain ?? m.caption, m.reply_to_message?.message_id]))})`, 60_000);
      expect(Date.now() - sent).toBeLessThanOrEqual(60_000);
      if (engines) expect(card.plain).toContain(RENT.it!);
      // No call into the group was refused (a topic asked of a group without topics, a thread that does not exist).
      const refused = em.calls.filter((c) => Number(c.params.chat_id) === OPERATOR_CHAT_ID && (c.method === "createForumTopic" || c.params.message_thread_id !== undefined));
      expect(refused).toEqual([]);
      await desk.stop();
    }, 300_000);
  });
}
