/**
 * Issue 30, the second round of resident and staff experience: a loop that closes properly (one closing message,
 * "still broken" reopens), "not at home" confirmed and never before the window, one live "Done" control while a
 * request is described, quick replies that fit the request. Each test reads as the person experiences it.
 */
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const read = (m: { plain?: string } | undefined) => unmarked(m?.plain ?? "");
const liveButtons = (r: Resident) => r.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0);

/** A request filed from the menu with the given pieces; returns its topic. */
async function files(r: Resident, locale: string, pieces: Array<string | "voice" | "photo">, options: { category?: string; home?: string } = {}) {
  await r.says("/menu");
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, options.category ?? "cat-housing"));
  for (const p of pieces) {
    if (p === "voice") await r.sendsVoice(5);
    else if (p === "photo") await r.sendsPhoto();
    else await r.says(p);
  }
  if (options.home) {
    await r.presses(t(locale, "req-visit-home"));
    await r.says(options.home);
  } else {
    await r.presses(t(locale, "req-visit-desk"));
  }
  await r.presses(t(locale, "req-send"));
  await desk.dispatch();
  desk.clock.advance(60_000);
  return [...desk.em.topics(OPERATOR_CHAT_ID)].at(-1)?.[0] ?? 0;
}

describe("one live control while describing a request", () => {
  it("three pieces give one 'Received: 3' message, edited as they come, asking the visit question with its two buttons", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    // Her first contact ends on the menu.
    await oksana.onboards();
    await oksana.presses(t("uk", "menu-desk"));
    await oksana.presses(t("uk", "cat-housing"));
    const asked = oksana.last;
    // Nothing to press before she has said something.
    expect(read(asked)).toBe(t("uk", "req-describe-open"));
    expect(desk.em.buttons(asked)).toEqual([]);

    // First piece: one receipt below it.
    const first = await oksana.says("Стеля протікає у ванній.");
    const receiptText = (count: number) => t("uk", "req-pieces-then-visit", { count, address: "via Gandolfi 20" });
    expect(first.map(read)).toEqual([receiptText(1)]);
    const receipt = first[0]!;
    // A photo and a voice note: no new message, the same receipt counts them.
    expect(await oksana.sendsPhoto()).toEqual([]);
    expect(await oksana.sendsVoice(4)).toEqual([]);
    const counted = oksana.inbox.find((m) => m.message_id === receipt.message_id)!;
    expect(read(counted)).toBe(receiptText(3));
    expect(liveButtons(oksana).map((m) => m.message_id)).toEqual([receipt.message_id]);
    expect(desk.em.buttons(counted).map((b) => unmarked(b.text))).toEqual([t("uk", "req-visit-desk"), t("uk", "req-visit-home")]);

    // Her answer ends the description: the receipt keeps its text, shows her choice and loses its buttons.
    await oksana.presses(t("uk", "req-visit-desk"));
    const answered = oksana.inbox.find((m) => m.message_id === receipt.message_id)!;
    expect(read(answered)).toBe(`${receiptText(3)}\n\n✔️ ${t("uk", "req-visit-desk")}`);
    expect(desk.em.buttons(answered)).toEqual([]);
    expect(liveButtons(oksana)).toHaveLength(1);
    expect(read(oksana.last)).toContain(t("uk", "req-summary-contact-chat"));
  });

  it("changing the description from the summary keeps the ✅ Done button, and Done goes back to the summary", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    await ana.says("No me llega el recibo.");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-edit"));
    await ana.presses(t("es", "req-edit-description"));
    expect(ana.buttons().map(unmarked)).toEqual([t("es", "req-done")]);
    await ana.says("Es el recibo de noviembre.");
    expect(read(ana.last)).toBe(t("es", "req-pieces-received", { count: 1 }));
    await ana.presses(t("es", "req-done"));
    expect(read(ana.last)).toContain(t("es", "req-summary-visit-desk"));
    await ana.presses(t("es", "req-send"));
    expect(desk.deps.services.requests.messages(1).map((m) => m.text)).toEqual(["Es el recibo de noviembre."]);
  });
});

/** A resident reports something; Giulia closes the request; a minute later the closing message has reached them. */
async function reportedAndClosed(name: string, locale: string, words: string) {
  desk = new TestDesk();
  const resident = desk.resident(name, locale);
  await resident.onboards();
  const topic = await files(resident, locale, [words]);
  await desk.giulia.says("/close", { topic });
  desk.clock.advance(61_000);
  await desk.dispatch();
  return { resident, topic };
}

/** Oksana (uk) reports a leaking ceiling; Giulia closes it; a minute later the closing message has reached her. */
async function oksanasLeakClosed() {
  const { resident: oksana, topic } = await reportedAndClosed("Oksana", "uk", "Стеля протікає.");
  return { oksana, topic };
}

describe("the loop closes properly", () => {
  it("closing sends one message (closed + did we help?); 🙁 asks to reopen; 'yes' reopens it and flags staff", async () => {
    desk = new TestDesk();
    const oksana = desk.resident("Oksana", "uk");
    await oksana.onboards();
    const topic = await files(oksana, "uk", ["Стеля протікає."]);

    const before = oksana.inbox.length;
    await desk.giulia.says("/close", { topic });
    // Nothing at once (a close undone within the minute says nothing); then one message.
    expect(oksana.inbox.length).toBe(before);
    desk.clock.advance(61_000);
    await desk.dispatch();
    // One message says it is closed and asks whether we helped.
    expect(oksana.inbox.length).toBe(before + 1);
    expect(read(oksana.last)).toBe(t("uk", "sat-question", { number: "1" }));

    await oksana.presses("🙁");
    expect(read(oksana.last)).toBe(t("uk", "sat-sorry-reopen", { number: "1" }));
    expect(oksana.buttons().map(unmarked)).toEqual([t("uk", "sat-reopen-yes"), t("uk", "sat-reopen-no")]);
    await oksana.presses(t("uk", "sat-reopen-yes"));
    expect(read(oksana.last)).toBe(t("uk", "sat-reopened", { number: "1" }));
    expect(desk.deps.services.requests.get(1)!.status).not.toBe("closed");
    await desk.dispatch();
    expect(desk.groupTexts(topic).some((x) => x.startsWith("🔁 ⚠️ #1 riaperta dalla persona"))).toBe(true);
    // The question she answered keeps her choice and no buttons.
    const question = oksana.inbox.find((m) => read(m).startsWith(t("uk", "sat-sorry-reopen", { number: "1" })))!;
    expect(read(question)).toContain(t("uk", "sat-reopen-yes"));
    expect(desk.em.buttons(question)).toEqual([]);
  });

  it("'Still leaking, nobody called' after a 😐 is not filed as a comment: staff are flagged and she is asked to reopen", async () => {
    const { oksana, topic } = await oksanasLeakClosed();
    await oksana.presses("😐");
    await oksana.presses(t("uk", "sat-reopen-no"));
    expect(read(oksana.last)).toBe(t("uk", "sat-thanks"));

    await oksana.says("Досі тече, ніхто не подзвонив.");
    await desk.dispatch();
    expect(read(oksana.last)).toBe(t("uk", "sat-sorry-reopen", { number: "1" }));
    expect(desk.groupTexts(topic).some((x) => x.startsWith("⚠️ #1: la persona non è soddisfatta"))).toBe(true);
    expect(desk.groupTexts(topic).some((x) => x.includes("Досі тече"))).toBe(true);
    await oksana.presses(t("uk", "sat-reopen-yes"));
    expect(desk.deps.services.requests.get(1)!.status).toBe("open");
  });

  it("'still leaking' twice instead of answering 'did we help you?': one question for both; yes reopens, staff read both", async () => {
    const { oksana, topic } = await oksanasLeakClosed();
    const closing = oksana.last;

    await oksana.says("Досі тече, ніхто не подзвонив.");
    await oksana.says("Вода знову біля розетки.");
    // One question, under her last words; the closing message's 😊 😐 🙁 gave way to it.
    const asked = oksana.inbox.filter((m) => read(m) === t("uk", "closed-anything-else", { number: "1" }));
    expect(asked).toHaveLength(1);
    expect(desk.em.buttons(oksana.inbox.find((m) => m.message_id === closing.message_id)!)).toEqual([]);
    expect(liveButtons(oksana).filter((m) => desk.em.buttons(m).some((b) => !b.data?.startsWith("menu:")))).toHaveLength(1);

    await oksana.presses(t("uk", "closed-help-yes"));
    await desk.dispatch();
    expect(desk.deps.services.requests.get(1)!.status).not.toBe("closed");
    // Staff read both messages, in the order she wrote them, under the reopening.
    const texts = desk.groupTexts(topic).join("\n");
    expect(texts.indexOf("Досі тече")).toBeGreaterThan(-1);
    expect(texts.indexOf("Вода знову")).toBeGreaterThan(texts.indexOf("Досі тече"));
    expect(texts.split("Досі тече")).toHaveLength(2);
  });

  it("a 'thank you' after the closing message does not say 'closed' a second time", async () => {
    const { resident: ana } = await reportedAndClosed("Ana", "es", "La caldera no funciona.");
    await ana.says("¡Gracias!");
    expect(read(ana.last)).toBe(t("es", "closed-anything-else", { number: "1" }));
    const closedSaid = ana.texts.filter((x) => unmarked(x).includes("cerrada") || unmarked(x).includes("cerrado"));
    expect(closedSaid).toHaveLength(1);
  });
});

describe("quick replies that do not fit the request are not offered", () => {
  it("no phone: no 'we'll call you'; a home visit: no 'come to the desk'; staff read why", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const topic = await files(ion, "ro", ["Nu pot ieși din casă."], { home: "Via Casale 12" });
    await desk.giulia.presses("⚡", { in: desk.group(topic)[0]! });
    const picker = desk.group(topic).filter((m) => m.fromBot).at(-1)!;
    const labels = desk.em.buttons(picker).map((b) => b.text);
    expect(labels).not.toContain("📞 Vi richiamiamo");
    expect(labels).not.toContain("📄 Portare documenti");
    expect(labels).toContain("🏠 Visita a casa");
    expect(picker.plain).toContain("Non proposte perché non adatte: 📞 Vi richiamiamo (nessun numero di telefono), 📄 Portare documenti (ha chiesto una visita a casa).");
    // A forged press for "we'll call you" sends nothing.
    const count = ion.inbox.length;
    await desk.handle(desk.em.press(desk.giulia.user.id, OPERATOR_CHAT_ID, picker.message_id, "qr:1:0"));
    expect(ion.inbox.length).toBe(count);
  });
});

describe("'not at home' is confirmed, and refused before the window opens", () => {
  it("three minutes before 9:30 Marco is told it is too early; at 9:45 he is asked, confirms, and only then Ion is written to", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const topic = await files(ion, "ro", ["Mama nu mai poate merge."], { category: "cat-homecare", home: "Via Casale 12" });
    await desk.marco.says("/visita gio 26/11 9:30-10:30 | l'infermiere di quartiere", { topic });
    await desk.dispatch();
    await ion.presses(ion.buttons()[0]!);
    await desk.dispatch();
    const visit = desk.deps.services.visits.latestFor(1)!;
    const [, entry] = await desk.marco.says("/visite domani");

    // 9:27 in Rome: the window has not opened, nobody can be "not at home" yet.
    desk.clock.set("2026-11-26T08:27:00Z");
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    expect(desk.em.calls.filter((c) => c.method === "answerCallbackQuery").at(-1)!.params.text).toBe(
      "La visita comincia alle 09:30: «non in casa» si può segnare solo da quell'ora.",
    );
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("confirmed");

    // 9:45: the entry asks first, saying what Ion will receive; nothing is sent yet.
    desk.clock.set("2026-11-26T08:45:00Z");
    const before = ion.inbox.length;
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    const asking = desk.group().find((m) => m.message_id === entry!.message_id)!;
    expect(asking.plain).toContain("🚪 Confermate: nessuno in casa? La persona riceve subito un messaggio");
    expect(desk.em.buttons(asking).map((b) => b.text)).toEqual(["✅ Sì, confermo", "↩️ Indietro"]);
    expect(ion.inbox.length).toBe(before);
    // "Back" restores the entry with its buttons; then he confirms.
    await desk.marco.presses("↩️ Indietro", { in: asking });
    expect(desk.em.buttons(desk.group().find((m) => m.message_id === entry!.message_id)!).map((b) => b.text)).toContain("🚪 Non in casa");
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("confirmed");
    await desk.marco.presses("🚪 Non in casa", { in: entry });
    await desk.marco.presses("✅ Sì, confermo", { in: desk.group().find((m) => m.message_id === entry!.message_id)! });
    expect(desk.deps.services.visits.get(visit.id)!.status).toBe("not-home");
    await desk.dispatch();
    expect(ion.inbox.length).toBe(before + 1);
    expect(read(ion.last)).toContain("🚪");
  });
});

describe("staff are staff wherever they write", () => {
  it("Giulia writing to the bot privately gets the staff guide in Italian, not the language picker, and is not a resident", async () => {
    desk = new TestDesk();
    const [guide] = await desk.giulia.saysPrivately("/start");
    expect(guide!.plain).toContain("Fai parte del personale dello sportello: qui il bot non ti tratta come residente.");
    expect(desk.em.buttons(guide!)).toEqual([]);
    const [again] = await desk.giulia.saysPrivately("Ciao, come rispondo alla signora?");
    expect(again!.plain).toContain("Per rispondere a una persona scrivi nell'argomento della sua richiesta");
    // Her staff commands work here.
    const [queue] = await desk.giulia.saysPrivately("/queue");
    expect(queue!.plain).not.toContain("Fai parte del personale");
    expect(desk.repos.residents.get(desk.giulia.user.id)).toBeUndefined();
    // A resident who writes "ciao" is still welcomed as a resident.
    const amina = desk.resident("Amina", "ar");
    await amina.says("/start");
    expect(amina.buttons().length).toBeGreaterThan(0);
  });

  it("a reply to her own /request page is answered as staff, and /stats counts only the residents who wrote", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    await files(amina, "ar", ["الماء يتسرب من السقف"]);
    const [page] = await desk.giulia.saysPrivately("/request 1");
    expect(page!.plain).toContain("#1");
    // She answers the page as she would a resident's message: the staff guide says where answers go; Amina gets nothing.
    const before = amina.inbox.length;
    const em = desk.em;
    await desk.handle(em.send(desk.giulia.user.id, desk.giulia.user.id, { text: "La chiamo domani" }, { replyTo: page!.message_id }));
    const answer = em.messages(desk.giulia.user.id).filter((m) => m.fromBot).at(-1)!;
    expect(answer.plain).toContain("Per rispondere a una persona scrivi nell'argomento della sua richiesta");
    expect(desk.em.buttons(answer)).toEqual([]);
    expect(amina.inbox.length).toBe(before);
    // Two staff wrote privately, one resident wrote: one new resident.
    await desk.marco.saysPrivately("ciao");
    await desk.giulia.says("/stats");
    expect(desk.group().at(-1)!.caption).toContain("👥 Nuovi residenti: 1");
  });

  it("/help in the coordinators' group is answered", async () => {
    const { TWO_TEAMS } = await import("./harness/desk.js");
    desk = new TestDesk({ network: TWO_TEAMS });
    const [help] = await desk.paola.says("/help");
    expect(help!.plain).toContain("Sportello N.O.I. – comandi per gli operatori");
  });

  it("a line starting with '!' is marked in the topic as an internal note the resident does not see", async () => {
    desk = new TestDesk();
    const rosa = desk.resident("Rosa", "it");
    await rosa.onboards();
    const topic = await files(rosa, "it", ["Perde il rubinetto."]);
    const before = rosa.inbox.length;
    const [mark] = await desk.giulia.says("! la conosco, abita al piano terra", { topic });
    expect(mark!.plain).toBe("📝 Nota interna salvata su #1 (la persona non la vede).");
    expect(mark!.reply_to_message).toBeDefined();
    expect(rosa.inbox.length).toBe(before);
  });
});

describe("cancelling a booking says what it does and what was cancelled", () => {
  it("the button says 'Cancel' and the day; the answer names the lesson; the old '✅ Booked' now says it was cancelled", async () => {
    desk = new TestDesk();
    const created = desk.deps.services.booking.createSessions(
      { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 1 },
      { id: 1, name: "Giulia" },
    );
    if (!Array.isArray(created)) throw new Error(created.error);
    const amina = desk.resident("Amina", "en");
    await amina.onboards();
    // She books from the menu: the screen becomes "✅ Booked".
    await amina.presses(t("en", "menu-italian"));
    await amina.presses(t("en", "act-italian-a1"));
    await amina.presses("Wed");
    const booked = amina.last;
    expect(read(booked)).toContain(t("en", "act-italian-a1"));
    await amina.presses(t("en", "menu-back"));
    await amina.presses(t("en", "menu-mine"));
    // The list says what its buttons do; each button says "Cancel" and the day, and fits a phone's width.
    expect(amina.inbox.some((m) => read(m).endsWith(t("en", "my-bookings-cancel-hint")))).toBe(true);
    expect(amina.buttons().map(unmarked)[0]).toBe("✖️ Cancel Wed 2 Dec");
    await amina.presses("✖️ Cancel Wed");
    await amina.presses(t("en", "booking-cancel-yes"));
    expect(amina.inbox.map(read)).toContain(`✖️ Cancelled: ${t("en", "act-italian-a1")}, Wednesday 2 December at 17:00. Thank you for telling us: the place goes to someone else.`);
    // Scrolling up, the message that said "Booked" says it was cancelled.
    const before = amina.inbox.find((m) => m.message_id === booked.message_id)!;
    expect(read(before)).toBe(`✖️ Booking cancelled: ${t("en", "act-italian-a1")}, Wednesday 2 December at 17:00.`);
    expect(desk.deps.services.booking.upcomingFor(amina.user.id)).toEqual([]);
  });

  it("two bookings on the same day: the buttons add the time, so they never look alike", async () => {
    desk = new TestDesk();
    for (const hour of [10, 17]) {
      desk.deps.services.booking.createSessions(
        { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour, minute: 0 }, minutes: 60, place: null, seats: 5, weeks: 1 },
        { id: 1, name: "Giulia" },
      );
    }
    const ion = desk.resident("Ion", "uk");
    await ion.onboards();
    for (const s of desk.deps.services.booking.upcoming(["italian-a1"], 8)) desk.deps.services.booking.book(ion.user.id, s.id);
    await ion.says("/menu");
    await ion.presses(t("uk", "menu-mine"));
    const labels = ion.buttons().map(unmarked).filter((l) => l.startsWith("✖️"));
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^✖️ Скасувати .+ 10:00$/);
    expect(labels[1]).toMatch(/^✖️ Скасувати .+ 17:00$/);
  });
});

describe("first contact: greeted, the notice once", () => {
  it("a French phone's 'ciao' is greeted in French with the picker; the agreement is written into the notice", async () => {
    desk = new TestDesk();
    const amelie = desk.resident("Amélie", "fr");
    const [greeting] = await amelie.says("ciao");
    expect(read(greeting)).toBe(`${t("fr", "first-contact-greeting")}\n\n${t("fr", "language-prompt")}`);
    expect(amelie.buttons()[0]).toBe("✅ Français");
    await amelie.presses("✅ Français");
    // The picker loses its buttons once she has chosen.
    const picker = amelie.inbox.find((m) => m.message_id === greeting!.message_id)!;
    expect(desk.em.buttons(picker)).toEqual([]);
    // Another word before agreeing: a reminder, not the notice again.
    const [reminder, ...more] = await amelie.says("allô ?");
    expect(read(reminder)).toBe(t("fr", "privacy-needed"));
    expect(more).toEqual([]);
    await amelie.presses(/✅/);
    // The notice says she agreed, in the same message; no separate "thank you".
    const notice = amelie.inbox.find((m) => read(m).includes(t("fr", "privacy-thanks")))!;
    expect(read(notice)).toContain("N.O.I.");
    expect(desk.em.buttons(notice)).toEqual([]);
  });

  it("a first message in Arabic script from a phone in another language is greeted in Arabic", async () => {
    desk = new TestDesk();
    const omar = desk.resident("Omar");
    const [greeting] = await omar.says("السلام عليكم");
    expect(read(greeting)).toBe(`${t("ar", "first-contact-greeting")}\n\n${t("ar", "language-prompt")}`);
  });
});

describe("messages outside a form: one question for all of them", () => {
  it("three messages give one 'send your messages (3)?' below the last; yes asks the topic, then keeps all three", async () => {
    desk = new TestDesk();
    const amelie = desk.resident("Amélie", "fr");
    await amelie.onboards();
    await amelie.says("Bonjour");
    await amelie.sendsVoice(7);
    await amelie.says("La fuite continue");
    // One question, under the newest message; the earlier ones are gone.
    const asks = amelie.inbox.filter((m) => [t("fr", "held-ask"), t("fr", "held-ask-many", { count: 3 })].includes(read(m)));
    expect(asks.map(read)).toEqual([t("fr", "held-ask-many", { count: 3 })]);
    expect(liveButtons(amelie).filter((m) => read(m) !== t("fr", "menu-title"))).toHaveLength(1);
    await amelie.presses(t("fr", "held-yes"));
    // The topic is asked, then the three are the description.
    expect(read(amelie.last)).toBe(t("fr", "req-choose-category-explained"));
    await amelie.presses(t("fr", "cat-housing"));
    expect(read(amelie.last)).toBe(t("fr", "req-pieces-then-visit", { count: 3, address: "via Gandolfi 20" }));
    await amelie.presses(t("fr", "req-visit-desk"));
    await amelie.presses(t("fr", "req-send"));
    expect(desk.deps.services.requests.get(1)).toMatchObject({ category: "housing" });
    expect(desk.deps.services.requests.messages(1).filter((m) => m.direction === "in").map((m) => m.kind)).toEqual(["text", "voice", "text"]);
  });
});

describe("groups without topics", () => {
  it("/note as a reply to the card is saved like in a topic; a transfer from the card leaves one line in the old group", async () => {
    const { TWO_TEAMS } = await import("./harness/desk.js");
    desk = new TestDesk({ network: TWO_TEAMS, forum: false });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await files(ion, "ro", ["Mama mea are nevoie de îngrijire acasă"], { category: "cat-social" });
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;

    const [saved] = await desk.giulia.says("/note abita al terzo piano", { replyTo: card.message_id });
    expect(saved!.plain).toBe("📝 Nota interna salvata su #1 (la persona non la vede).");
    expect(desk.deps.services.requests.history(1)!.messages.filter((m) => m.direction === "note").map((m) => m.text)).toEqual(["abita al terzo piano"]);

    await desk.giulia.presses("Prendo", { in: card });
    // The team picker can be dismissed: it goes, and #1 stays with the desk.
    await desk.giulia.presses("➡️ Trasferisci", { in: desk.group().find((m) => m.message_id === card.message_id)! });
    const picker = desk.group().filter((m) => m.fromBot).at(-1)!;
    expect(desk.em.buttons(picker).map((b) => b.text)).toEqual(["➡️ Salute e assistenza (Azimut)", "✖️ Non ora"]);
    await desk.giulia.presses("✖️ Non ora", { in: picker });
    expect(desk.group().some((m) => m.message_id === picker.message_id)).toBe(false);
    expect(desk.deps.services.requests.get(1)!.teamId).toBe("sportello");
    await desk.giulia.presses("➡️ Trasferisci", { in: desk.group().find((m) => m.message_id === card.message_id)! });
    await desk.giulia.presses("➡️ Salute e assistenza (Azimut)");
    await desk.dispatch();
    // Of everything the bot posted about #1 in the desk's group, one line stays.
    const left = desk.group().filter((m) => m.fromBot && !m.plain?.startsWith("📝 Nota interna salvata")).map((m) => m.plain ?? "");
    expect(left).toEqual([expect.stringContaining("➡️ #1 trasferita alla squadra «Salute e assistenza (Azimut)» da Giulia")]);
  });
});

describe("home visits for staff: public holidays", () => {
  it("the ready-made /visita skips 8 December; a proposal on it is sent with a warning", async () => {
    const { ManualClock } = await import("#src/clock.js");
    // Friday 4 December 2026, 10:00 in Rome.
    desk = new TestDesk({ clock: new ManualClock("2026-12-04T09:00:00Z") });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const topic = await files(ion, "ro", ["Mama nu mai poate merge."], { category: "cat-homecare", home: "Via Casale 12" });
    await desk.marco.presses("🏠 Visita", { in: desk.group(topic)[0]! });
    const help = desk.group(topic).filter((m) => m.fromBot).at(-1)!;
    expect(help.plain).toContain("/visita 1 lun 7/12 10:00-11:00; mer 9/12 15:00-16:00 | Marco");
    expect(help.plain).not.toContain("8/12");

    const replies = await desk.marco.says("/visita mar 8/12 10:00-11:00 | l'infermiere di quartiere", { topic });
    expect(replies.map((m) => m.plain)).toContain(
      "⚠️ Attenzione: mar 8/12 (Immacolata Concezione) è un giorno festivo. La proposta è partita; se è una svista, mandate un nuovo /visita con altri giorni.",
    );
  });
});
