import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


function createLesson() {
  const created = desk.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 10, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created[0]!;
}

/** A resident files a plain request by buttons and text, to have something to close. */
async function filesAndIsClosed(r: Resident, locale: string) {
  await r.says("/menu");
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-rent"));
  await r.says("La bolletta è troppo alta");
  await r.presses(t(locale, "req-visit-desk"));
  await r.presses(t(locale, "req-send"));
  await desk.giulia.says("/close 1");
}

describe("voice first: nothing a resident sends is lost", () => {
  it("a resident who only ever sends voice notes and presses buttons reaches the desk, books a lesson and cancels it", async () => {
    desk = new TestDesk();
    const session = createLesson();
    const fatima = desk.resident("Fatima", "ar");
    // Her very first message is a voice note: it waits while she picks a language and agrees.
    await fatima.sendsVoice(25);
    // She is greeted (issue 30), then asked for her language.
    expect(unmarked(fatima.last.plain)).toBe(`${t("ar", "first-contact-greeting")}\n\n${t("ar", "language-prompt")}`);
    await fatima.presses("✅");
    await fatima.presses(t("ar", "privacy-agree"));
    expect(fatima.last.plain).toBe(t("ar", "held-ask"));
    await fatima.presses(t("ar", "held-yes"));
    // The topic is asked (by buttons), then her voice note is the first piece.
    expect(unmarked(fatima.last.plain)).toBe(unmarked(t("ar", "req-choose-category-explained")));
    await fatima.presses(t("ar", "cat-other"));
    expect(unmarked(fatima.last.plain)).toBe(t("ar", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
    await fatima.sendsVoice(10);
    await fatima.presses(t("ar", "req-visit-desk"));
    await fatima.presses(t("ar", "req-send"));
    const [request] = desk.deps.services.requests.forResident(fatima.user.id);
    expect(request).toMatchObject({ category: "other", status: "open" });
    // Both voice notes reached staff, copied from her chat, under her request's card.
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    expect(desk.group(topicId).filter((m) => m.fromBot && m.voice)).toHaveLength(2);

    // A lesson, by buttons only.
    await fatima.presses(t("ar", "menu-back"));
    await fatima.presses(t("ar", "menu-italian"));
    await fatima.presses(t("ar", "act-italian-a1"));
    await fatima.presses(`b:${session.id}`);
    expect(desk.deps.services.booking.session(session.id)!.taken).toBe(1);
    await fatima.presses(t("ar", "menu-back"));
    await fatima.presses(t("ar", "menu-mine"));
    await fatima.presses(/✖️/);
    await fatima.presses(/✅|نعم/);
    expect(desk.deps.services.booking.session(session.id)!.taken).toBe(0);
  });

  it("a voice note at the topic step becomes the description, under 'other'", async () => {
    desk = new TestDesk();
    const li = desk.resident("Li", "zh");
    await li.onboards();
    await li.says("/menu");
    await li.presses(t("zh", "menu-desk"));
    await li.sendsVoice(30);
    expect(unmarked(li.last.plain)).toBe(t("zh", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
    await li.presses(t("zh", "req-visit-desk"));
    await li.presses(t("zh", "req-send"));
    expect(desk.deps.services.requests.forResident(li.user.id)[0]).toMatchObject({ category: "other" });
  });

  it("a text at the menu is not dropped: 'Send this to the desk?' — No keeps it to themselves", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.says("Bună ziua, am o problemă cu caloriferul");
    expect(ion.last.plain).toBe(t("ro", "held-ask"));
    expect(ion.last.reply_to_message?.message_id).toBe(ion.inbox.length ? desk.em.messages(ion.chatId).filter((m) => !m.fromBot).at(-1)!.message_id : -1);
    await ion.presses(t("ro", "held-no"));
    expect(ion.last.plain).toBe(t("ro", "held-not-sent"));
    expect(desk.deps.services.requests.forResident(ion.user.id)).toEqual([]);
    expect(desk.group()).toEqual([]);
  });

  it("/menu in the middle of a form asks before throwing the draft away: Continue keeps it, Discard drops it", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("/menu");
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-housing"));
    await ana.says("Hay humedad en el dormitorio");
    await ana.says("/menu");
    expect(ana.last.plain).toBe(t("es", "unfinished-request"));
    await ana.presses(t("es", "unfinished-continue"));
    // The step she was at shows itself again, below: what she said arrived, she may add more or press Done.
    expect(unmarked(ana.last.plain)).toBe(t("es", "req-pieces-then-visit", { count: 1, address: "via Gandolfi 20" }));
    // The draft is intact: the form goes on from where it was, its visit question live on that receipt.
    expect(ana.buttons()).toEqual([t("es", "req-visit-desk"), t("es", "req-visit-home")]);
    await ana.says("/start");
    await ana.presses(t("es", "unfinished-discard"));
    expect(ana.texts.at(-2)).toBe(t("es", "unfinished-discarded"));
    expect(desk.deps.services.requests.forResident(ana.user.id)).toEqual([]);
  });

  it("a hint that asks for a button shows the buttons again, and they work", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-desk"));
    await olena.presses(t("uk", "cat-rent"));
    await olena.says("Рахунок за світло");
    await olena.presses(t("uk", "req-visit-desk"));
    const summary = olena.last;
    // A word where a button is expected: the question comes again below, whole, with its buttons; the copy above
    // loses them (one live control).
    await olena.says("так");
    expect(unmarked(olena.last.plain)).toBe(`${t("uk", "input-answer-below")}\n\n${unmarked(summary.plain ?? "")}`);
    expect(olena.buttons()).toEqual([t("uk", "req-send"), t("uk", "req-call-me-instead"), t("uk", "req-edit"), t("uk", "req-cancel")]);
    expect(desk.em.buttons(olena.inbox.find((m) => m.message_id === summary.message_id)!)).toEqual([]);
    await olena.presses(t("uk", "req-send"), { in: olena.last });
    expect(desk.deps.services.requests.openFor(olena.user.id)).toBeDefined();
  });

  it("'thank you' after a request was closed does not reopen it: staff see the thanks; 'I still need help' reopens it", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await filesAndIsClosed(ana, "es");
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    await ana.says("¡Muchas gracias!");
    // The closing message already said it is closed: the question does not say it again.
    expect(ana.last.plain).toBe(t("es", "closed-anything-else", { number: "1" }));
    await ana.presses(t("es", "closed-help-no"));
    expect(ana.last.plain).toBe(t("es", "closed-thanks"));
    expect(desk.deps.services.requests.get(1)!.status).toBe("closed");
    expect(desk.groupTexts(topicId).join("\n")).toContain("la persona ringrazia");
    expect(desk.groupTexts(topicId).join("\n")).toContain("¡Muchas gracias!");

    await ana.says("Perdón, la factura ha vuelto a llegar");
    await ana.presses(t("es", "closed-help-yes"));
    expect(ana.last.plain).toBe(t("es", "request-reopened", { number: "1" }));
    expect(desk.deps.services.requests.get(1)!.status).not.toBe("closed");
    expect(desk.groupTexts(topicId).join("\n")).toContain("la factura ha vuelto a llegar");
  });
});
