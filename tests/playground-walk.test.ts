/**
 * Issue 30's measure: the playground walk of a newcomer's first request (a Ukrainian resident with a leaking ceiling
 * who says it in three pieces: a text, a photo, a voice note), counted as she lives it: the buttons she taps and the
 * messages the bot sends her (an edit of a message already there is not a new message), and the live controls left
 * in her chat once the request is sent.
 */
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";

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

describe("the walk, staff side: no resident ever receives staff's Italian without staff having been warned", () => {
  it("a topic answer, a photo's caption, a visit's 'who comes', a quick reply: Oksana reads Italian only after staff confirmed", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    await oksana.filesRequest("uk", { category: "homecare", say: ["Стеля у ванній протікає, вода біля розетки."], home: "Via Gandolfi 20, scala C" });
    desk.clock.advance(60_000);
    const topic = [...desk.em.topics(OPERATOR_CHAT_ID)].at(-1)![0];
    const quiet = () => oksana.inbox.length;
    const lastPost = () => desk.group(topic).filter((m) => m.fromBot).at(-1)!;

    // 1. An answer in the topic: held, and the topic warns first.
    let count = quiet();
    await desk.giulia.says("Lunedì chiamiamo il tecnico ATC. Intanto chiuda l'acqua e non tocchi la presa.", { topic });
    expect(quiet()).toBe(count);
    const warning = lastPost();
    expect(warning.plain).toContain("⚠️ Non ancora inviato. La persona ha scelto di leggere in ucraino");

    // 2. A photo with an Italian caption: held the same way.
    await desk.giulia.sends({ photo: [{ file_id: "tap", file_unique_id: "tap", width: 800, height: 600 }], caption: "Questo è il rubinetto da chiudere" }, { topic });
    expect(quiet()).toBe(count);
    expect(lastPost().plain).toContain("⚠️ Non ancora inviato");

    // 3. A home visit whose "who comes" is Italian words, not a name or a role: refused, saying why; a role goes, translated.
    const [refused] = await desk.marco.says("/visita gio 26/11 10:00-11:00 | la signora della cooperativa", { topic });
    expect(refused!.plain).toBe(
      "⛔ Visita non proposta: «la signora della cooperativa» arriverebbe alla persona in italiano, ma legge in ucraino. Dopo «|» scrivi un nome (Marco) o un ruolo che il bot traduce: l'infermiere di quartiere, la badante, l'operatore.",
    );
    await desk.dispatch();
    expect(quiet()).toBe(count);
    await desk.marco.says("/visita gio 26/11 10:00-11:00 | l'infermiere di quartiere", { topic });
    await desk.dispatch();
    expect(oksana.last.plain).toContain(unmarked(desk.app.i18n.t("uk", "visit-who-nurse")));
    // A name is a name in every language.
    await desk.marco.says("/visita ven 27/11 15:00-16:00 | Marco Bianchi", { topic });
    await desk.dispatch();
    expect(oksana.last.plain).toContain("Marco Bianchi");

    // 4. A quick reply from the warning: Ukrainian, written by people.
    count = quiet();
    await desk.giulia.presses("❓ Servono più informazioni", { in: warning });
    expect(quiet()).toBe(count + 1);
    expect(unmarked(oksana.last.plain)).toContain(unmarked(desk.app.i18n.t("uk", "qr-more-info")));

    // 5. The photo is sent anyway, once Giulia confirms it.
    await desk.giulia.presses("📤 Invia comunque", { in: desk.group(topic).filter((m) => m.plain?.startsWith("⚠️ Non ancora inviato")).at(-1)! });

    // Every staff text that reached Oksana as written was held, and sent only on a staff member's confirmation.
    const staffWrote = desk.group(topic).filter((m) => !m.fromBot && m.plain && !m.plain.startsWith("/"));
    const confirmed = desk.db.$client.prepare("SELECT staff_message_id FROM held_answers WHERE status = 'sent'").pluck().all() as number[];
    const reached = staffWrote.filter((s) => oksana.texts.some((m) => m.includes(s.plain!)));
    expect(reached.map((s) => s.plain)).toEqual(["Questo è il rubinetto da chiudere"]);
    for (const s of reached) expect(confirmed).toContain(s.message_id);
    expect(oksana.texts.some((m) => m.includes("chiuda l'acqua") || m.includes("signora della cooperativa"))).toBe(false);
  });
});

/**
 * The controls a resident can still use: messages with inline buttons, and the keyboard under the input field. A
 * "🏠 Menu" alone is not a step's control (it always opens a fresh menu, whatever happened since).
 */
function liveControls(r: Resident) {
  const steps = r.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).flat().some((b) => !("callback_data" in b) || !String(b.callback_data).startsWith("menu:")));
  return { steps: steps.map((m) => m.message_id), underInput: desk.em.replyKeyboard(r.chatId) !== undefined };
}

describe("the walk: no live control left in any chat after its step", () => {
  it("consent, held messages, a home visit, a call, three pieces with ✅ Done, sending, closing, a booking and its cancel", async () => {
    desk = new TestDesk();
    const sessions = desk.deps.services.booking.createSessions(
      { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 1 },
      { id: 1, name: "Giulia" },
    );
    if (!Array.isArray(sessions)) throw new Error(sessions.error);
    const amelie = desk.resident("Amélie", "fr");
    const f = (key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t("fr", key, vars));
    /** After each step: at most one control, and it is the newest message's (or the keyboard under the input field). */
    const oneLive = (step: string, expected: "inline" | "under-input" | "none" = "inline") => {
      const live = liveControls(amelie);
      const newest = amelie.last.message_id;
      if (expected === "inline") expect(live, step).toEqual({ steps: [newest], underInput: false });
      if (expected === "under-input") expect(live, step).toEqual({ steps: [], underInput: true });
      if (expected === "none") expect(live, step).toEqual({ steps: [], underInput: false });
    };

    await amelie.says("ciao");
    oneLive("greeting: the language picker");
    await amelie.presses("✅ Français");
    oneLive("the privacy notice");
    // "I'd rather talk to a person": the answer, and the notice keeps its buttons above (they are still the step).
    await amelie.presses(f("privacy-prefer-person"));
    expect(liveControls(amelie).steps).toHaveLength(1);
    await amelie.presses(/✅/);
    // Her "ciao" was kept: once she agrees she is asked whether to send it (the notice and the menu hold no step).
    oneLive("agreed: send 'ciao' to the desk?");
    // Two more messages outside a form: one question for the three, under the newest.
    await amelie.says("Bonjour");
    await amelie.says("J'ai une fuite");
    oneLive("held messages: one question");
    expect(unmarked(amelie.last.plain)).toBe(f("held-ask-many", { count: 3 }));
    await amelie.presses(f("held-yes"));
    oneLive("the topic");
    await amelie.presses(f("cat-housing"));
    oneLive("the receipt with the visit question");
    await amelie.presses(f("req-visit-home"));
    oneLive("the address, with 📍 under the input field", "under-input");
    await amelie.says("Via Gandolfi 20, scala C");
    oneLive("the summary");
    await amelie.presses(f("req-call-me-instead"));
    oneLive("the phone, with 📞 under the input field", "under-input");
    await amelie.sharesContact("+39 333 7654321");
    oneLive("the summary again");
    await amelie.presses(f("req-edit"));
    oneLive("what to change");
    await amelie.presses(f("req-edit-description"));
    oneLive("the description again, with ✅ Done");
    await amelie.says("La fuite est au plafond.");
    await amelie.sendsPhoto();
    await amelie.sendsVoice(5);
    // Three pieces: one "Received (3)" message with the one ✅ Done.
    oneLive("three pieces");
    expect(unmarked(amelie.last.plain)).toBe(f("req-pieces-received", { count: 3 }));
    await amelie.presses(f("req-done"));
    oneLive("the summary, third time");
    await amelie.presses(f("req-send"));
    oneLive("sent", "none");
    await desk.dispatch();

    // Closed by staff: one message with its three answers; then the reopen question; then nothing.
    await desk.giulia.says("/close 1");
    desk.clock.advance(61_000);
    await desk.dispatch();
    oneLive("did we help you?");
    await amelie.presses("😐");
    oneLive("reopen?");
    await amelie.presses(f("sat-reopen-no"));
    oneLive("thanks", "none");

    // A booking, then its cancel.
    await amelie.says("/menu");
    await amelie.presses(f("menu-italian"));
    oneLive("the courses");
    await amelie.presses(f("act-italian-a1"));
    oneLive("the dates");
    await amelie.presses(/^mer\.? /i);
    oneLive("booked", "none");
    await amelie.presses(f("menu-back"));
    await amelie.presses(f("menu-mine"));
    // The list of bookings carries the cancel buttons; the list of requests under it has none.
    expect(liveControls(amelie)).toEqual({ steps: [amelie.inbox.at(-2)!.message_id], underInput: false });
    await amelie.presses("✖️");
    // "Cancel …?" is asked in the list's own message, redrawn: still one control.
    expect(liveControls(amelie)).toEqual({ steps: [amelie.inbox.at(-2)!.message_id], underInput: false });
    await amelie.presses(f("booking-cancel-yes"));
    oneLive("cancelled", "none");
    expect(desk.deps.services.booking.upcomingFor(amelie.user.id)).toEqual([]);
  });
});
