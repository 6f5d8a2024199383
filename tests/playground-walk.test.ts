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
  it("from /start to the request's number: six taps, eight bot messages, no live control left behind", async () => {
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
    // The receipt of what arrived asks the visit question: answering it is how she says she has finished.
    expect(unmarked(oksana.last.plain)).toBe(t("req-pieces-then-visit", { count: 3, address: "via Gandolfi 20" }));
    await walk.tap(t("req-visit-desk"));
    // The summary says she is answered here, with a call one tap away; nothing asked that has an obvious answer.
    expect(unmarked(oksana.last.plain)).toContain(t("req-summary-contact-chat"));
    expect(oksana.buttons().map(unmarked)).toContain(t("req-call-me-instead"));
    await walk.tap(t("req-send"));
    expect(oksana.texts.map(unmarked).at(-1)).toContain(t("req-sent", { number: "1" }).split("\n")[0]!);

    // Every answered question shows the answer under it.
    expect(oksana.texts.map(unmarked).some((x) => x.startsWith(t("req-choose-category-explained")) && x.endsWith(`✔️ ${t("cat-housing")}`))).toBe(true);
    const live = oksana.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0);
    // Only the last message keeps a control (its way back to the menu), and no keyboard stays under the input field.
    expect(live.map((m) => m.message_id)).toEqual([oksana.last.message_id]);
    expect(desk.em.replyKeyboard(oksana.chatId)).toBeUndefined();
    console.log(`playground walk: ${walk.taps} taps, ${walk.messages} bot messages, ${live.length} live control(s) at the end`);
    expect(walk.taps).toBeLessThanOrEqual(6);
    expect(walk.messages).toBeLessThanOrEqual(8);
  });

  it("with a home visit and a call: the 📍 and 📞 keyboards go when their step ends, and the request is the same", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    const r = (key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t("ro", key, vars));
    await ion.onboards();
    await ion.presses(r("menu-desk"));
    await ion.presses(r("cat-homecare"));
    await ion.says("Mama nu mai poate merge.");
    await ion.presses(r("req-visit-home"));
    expect(desk.em.replyKeyboard(ion.chatId)?.[0]).toMatchObject({ request_location: true });
    await ion.says("Via Casale 12, scara B");
    // The address is typed: the "📍 Send my location" button under the input field goes with the summary.
    expect(desk.em.replyKeyboard(ion.chatId)).toBeUndefined();
    expect(ion.buttons().map(unmarked)).toEqual([r("req-send"), r("req-call-me-instead"), r("req-edit"), r("req-cancel")]);
    await ion.presses(r("req-call-me-instead"));
    expect(desk.em.replyKeyboard(ion.chatId)?.[0]).toMatchObject({ request_contact: true });
    await ion.sharesContact("+39 333 1234567");
    expect(desk.em.replyKeyboard(ion.chatId)).toBeUndefined();
    // The summary again, now with the phone, and no second "call me" button.
    expect(unmarked(ion.last.plain)).toContain("+39 333 1234567");
    expect(ion.buttons().map(unmarked)).toEqual([r("req-send"), r("req-edit"), r("req-cancel")]);
    await ion.presses(r("req-send"));
    expect(desk.deps.services.requests.get(1)).toMatchObject({ visit: "home", contact: "phone", address: "Via Casale 12, scara B" });
    expect(ion.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0)).toHaveLength(1);
  });

  it("a phone number typed instead of shared with the 📞 button is taken, and the keyboard goes", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const e = (key: string) => unmarked(desk.app.i18n.t("es", key));
    await ana.onboards();
    await ana.presses(e("menu-desk"));
    await ana.presses(e("cat-rent"));
    await ana.says("No me llega el recibo.");
    await ana.presses(e("req-visit-desk"));
    await ana.presses(e("req-call-me-instead"));
    // The question says she may write it; a sentence is not a number and is asked again.
    expect(unmarked(ana.last.plain)).toBe(e("req-phone-or-type"));
    await ana.says("no sé");
    expect(unmarked(ana.last.plain)).toBe(e("req-phone-or-type"));
    await ana.says("333 123 4567");
    expect(desk.em.replyKeyboard(ana.chatId)).toBeUndefined();
    expect(unmarked(ana.last.plain)).toContain("333 123 4567");
    await ana.presses(e("req-send"));
    expect(desk.deps.services.requests.get(1)).toMatchObject({ contact: "phone" });
    expect(desk.repos.residents.get(ana.user.id)?.phone).toBe("333 123 4567");
  });
});

describe("one menu live at a time", () => {
  it("a second /menu takes the buttons off the first; an old '🏠 Menu' goes too", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    const first = amina.last;
    expect(desk.em.buttons(first).length).toBeGreaterThan(3);
    await amina.says("/menu");
    const second = amina.last;
    expect(second.message_id).not.toBe(first.message_id);
    expect(desk.em.buttons(amina.inbox.find((m) => m.message_id === first.message_id)!)).toEqual([]);
    expect(amina.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0).map((m) => m.message_id)).toEqual([second.message_id]);
    // A press on the old menu (a client that still shows it) opens nothing and says what to do now.
    const before = amina.inbox.length;
    await desk.handle(desk.em.press(amina.user.id, amina.chatId, first.message_id, "menu:info"));
    expect(amina.inbox.slice(before).map((m) => unmarked(m.plain ?? ""))).toEqual([unmarked(desk.app.i18n.t("ar", "button-stale"))]);
  });
});
