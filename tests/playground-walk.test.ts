/**
 * Issue 30's measure: the playground walk of a newcomer's first request (a Ukrainian resident with a leaking ceiling
 * who says it in three pieces: a text, a photo, a voice note), counted as she lives it: the buttons she taps and the
 * messages the bot sends her (an edit of a message already there is not a new message), and the live controls left
 * in her chat once the request is sent.
 */
import { afterEach, describe, expect, it } from "vitest";
import { type Resident, TestDesk, unmarked } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());
const t = (key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t("uk", key, vars));

/** Counts taps and new bot messages around a resident's actions. */
function counter(r: Resident) {
  const seen = () => r.inbox.length;
  let taps = 0;
  const start = seen();
  return {
    tap: async (label: string | RegExp) => {
      taps++;
      await r.presses(label);
    },
    get taps() {
      return taps;
    },
    get messages() {
      return seen() - start;
    },
  };
}

describe("the playground walk: a first request", () => {
  it("from /start to the request's number: taps, bot messages, and no live control left behind", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    const walk = counter(oksana);
    await oksana.says("/start");
    await walk.tap("✅");
    await walk.tap(/✅/);
    await walk.tap(t("menu-desk"));
    await walk.tap(t("cat-housing"));
    await oksana.says("Стеля у ванній протікає, вода біля розетки.");
    await oksana.sendsPhoto();
    await oksana.sendsVoice(6);
    await walk.tap(t("req-done"));
    await walk.tap(t("req-visit-desk"));
    await walk.tap(t("req-contact-chat"));
    await walk.tap(t("req-send"));
    expect(oksana.texts.map(unmarked).at(-1)).toContain(t("req-sent", { number: "1" }).split("\n")[0]!);

    const live = oksana.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0);
    // Only the last message keeps a control (its way back to the menu).
    expect(live.map((m) => m.message_id)).toEqual([oksana.last.message_id]);
    console.log(`playground walk: ${walk.taps} taps, ${walk.messages} bot messages, ${live.length} live control(s) at the end`);
    expect(walk.taps).toBeLessThanOrEqual(8);
    expect(walk.messages).toBeLessThanOrEqual(11);
  });
});
