// "🔊" under a single message: a resident who cannot read has what the desk tells them on its own (a staff answer,
// a reminder, an offer) read aloud with one press, without choosing voice for everything — and the chat keeps one
// live control.
import { afterEach, describe, expect, it } from "vitest";
import type { StoredMessage } from "#src/playground/emulator.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { hear } from "./harness/voice-notes.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk.app.i18n.t(locale, key, vars));

/** Messages of hers that still offer a button, and what they offer. */
const live = (r: Resident) => r.inbox.filter((m) => (m.reply_markup?.inline_keyboard ?? []).length > 0);
const labels = (m: StoredMessage) => desk.em.buttons(m).map((b) => unmarked(b.text));

async function files(r: Resident, locale: string, words: string): Promise<number> {
  await r.presses(t(locale, "menu-desk"));
  await r.presses(t(locale, "cat-rent"));
  await r.says(words);
  for (const press of ["req-visit-desk", "req-send"]) await r.presses(t(locale, press));
  await desk.dispatch();
  return [...desk.em.topics(OPERATOR_CHAT_ID).keys()].at(-1)!;
}

function lessonTomorrow() {
  const created = desk.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: 11, day: 27 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created[0]!;
}

describe("🔊 under a message", () => {
  it("a staff answer carries 🔊, a reminder keeps just its answers; a press reads the message aloud; one 🔊 live at a time", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    const topic = await files(olena, "uk", "Стеля протікає у ванній.");

    // Staff answer: it reaches her in writing with 🔊 under it.
    await desk.giulia.answers("Завтра о десятій прийде майстер.", { topic });
    await desk.dispatch();
    const answer = olena.last;
    expect(answer.plain).toContain("Завтра о десятій прийде майстер.");
    expect(labels(answer)).toEqual([t("uk", "voice-listen")]);
    // Live: the request's confirmation with its way back to the menu, and the answer's 🔊.
    const sentOn = live(olena)[0]!;
    expect(labels(sentOn)).toEqual([t("uk", "menu-back")]);
    expect(live(olena).map((m) => m.message_id)).toEqual([sentOn.message_id, answer.message_id]);

    // She presses it: the answer arrives as a voice note, marked as synthetic, of the right length.
    await olena.presses(t("uk", "voice-listen"), { in: answer });
    await desk.dispatch();
    const note = olena.last;
    expect(note.voice).toBeDefined();
    expect(unmarked(note.caption ?? "")).toBe(t("uk", "voice-synthetic"));
    const heard = await hear(new Uint8Array(note.file!.bytes));
    expect(heard.errors).toBe(0);
    expect(Math.abs(heard.seconds - note.voice!.duration)).toBeLessThanOrEqual(0.5);
    expect(heard.seconds).toBeGreaterThan(1.5);
    // She did not choose voice for everything.
    expect(desk.deps.services.voice.listens(olena.user.id)).toBe(false);

    // A reminder the next day: its answers are its one live control (no 🔊 beside them); the answer above loses its 🔊.
    const session = lessonTomorrow();
    desk.deps.services.booking.book(olena.user.id, session.id);
    desk.clock.set("2026-11-26T16:00:00Z");
    await desk.dispatch();
    const reminder = olena.last;
    expect(labels(reminder)).toEqual([t("uk", "reminder-coming"), t("uk", "reminder-not-coming")]);
    expect(live(olena).map((m) => m.message_id)).toEqual([sentOn.message_id, reminder.message_id]);
    expect(labels(olena.inbox.find((m) => m.message_id === answer.message_id)!)).toEqual([]);

    // Another staff answer carries 🔊 again, and a press Telegram sends hours later without the message still reads it.
    await desk.giulia.answers("Il tecnico ha confermato: martedì alle dieci.", { topic });
    await desk.dispatch();
    const later = olena.last;
    expect(labels(later)).toEqual([t("uk", "voice-listen")]);
    const notes = olena.inbox.filter((m) => m.voice).length;
    desk.clock.advance(3 * 3_600_000);
    await olena.presses(t("uk", "voice-listen"), { in: later });
    await desk.dispatch();
    expect(olena.inbox.filter((m) => m.voice)).toHaveLength(notes + 1);
    const late = await hear(new Uint8Array(olena.last.file!.bytes));
    expect(late.seconds).toBeGreaterThan(1.5);
    await olena.presses(t("uk", "reminder-coming"), { in: reminder });
    expect(labels(olena.inbox.find((m) => m.message_id === reminder.message_id)!)).toEqual([]);
  }, 90_000);

  it("a retired 🔊 pressed later is refused as stale; a resident who chose voice gets no 🔊 (the voice comes anyway)", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    const topic = await files(amina, "ar", "الإيجار مرتفع جدا");
    await desk.giulia.answers("سنتصل بك غدا.", { topic });
    await desk.dispatch();
    const first = amina.last;
    const press = desk.em.buttons(first).find((b) => unmarked(b.text) === t("ar", "voice-listen"))!;
    expect(press).toBeDefined();
    await desk.giulia.answers("أحضري العقد من فضلك.", { topic });
    await desk.dispatch();
    expect(labels(amina.inbox.find((m) => m.message_id === first.message_id)!)).toEqual([]);
    // A press on the first answer's old 🔊 (a client that kept it): checked against what the desk offers now.
    const before = amina.inbox.filter((m) => m.voice).length;
    await desk.handle(desk.em.press(amina.user.id, amina.chatId, first.message_id, press.data!));
    await desk.dispatch();
    expect(amina.inbox.filter((m) => m.voice)).toHaveLength(before);
    expect(amina.last.plain).toBe(t("ar", "button-stale"));

    // Chose voice: the next answer comes with its voice note and without 🔊.
    await amina.says("/menu");
    await amina.presses(t("ar", "menu-voice-listen"));
    await desk.giulia.answers("الموعد يوم الثلاثاء.", { topic });
    await desk.dispatch();
    const text = [...amina.inbox].reverse().find((m) => m.text)!;
    expect(text.plain).toContain("الموعد يوم الثلاثاء.");
    expect(labels(text)).toEqual([]);
    expect(amina.last.voice).toBeDefined();
  }, 90_000);

  it("a staff answer sent as a photo or a document is read by its caption: 🔊 under it, and a voice note for a resident who listens", async () => {
    desk = new TestDesk();
    const marco = desk.resident("Marco", "it");
    await marco.onboards();
    const topic = await files(marco, "it", "Non trovo l'ufficio per il contratto.");

    // A photo with words: 🔊 under it reads the caption aloud.
    const map = "mappa-ufficio";
    desk.em.files.set(map, { name: "mappa.png", mime: "image/png", bytes: new Uint8Array([137, 80, 78, 71]) });
    await desk.giulia.sends({ photo: [{ file_id: map, file_unique_id: map, width: 800, height: 600 }], caption: "Ecco la piantina: l'ufficio è al piano terra, seconda porta a destra." }, { topic });
    await desk.dispatch();
    const photo = marco.last;
    expect(photo.photo).toBeDefined();
    expect(photo.caption).toContain("l'ufficio è al piano terra");
    expect(labels(photo)).toEqual([t("it", "voice-listen")]);
    await marco.presses(t("it", "voice-listen"), { in: photo });
    await desk.dispatch();
    const read = marco.last;
    expect(read.voice).toBeDefined();
    expect(unmarked(read.caption ?? "")).toBe(t("it", "voice-synthetic"));
    const heard = await hear(new Uint8Array(read.file!.bytes));
    expect(heard.errors).toBe(0);
    expect(Math.abs(heard.seconds - read.voice!.duration)).toBeLessThanOrEqual(0.5);
    expect(heard.seconds).toBeGreaterThan(3);

    // He chooses voice: a document with words comes, then its caption as a voice note (and no 🔊: the voice comes anyway).
    await marco.says("/menu");
    await marco.presses(t("it", "menu-voice-listen"));
    await desk.dispatch();
    await desk.app.voice.settled();
    const before = marco.inbox.filter((m) => m.voice).length;
    const form = "modulo-contratto";
    desk.em.files.set(form, { name: "modulo.pdf", mime: "application/pdf", bytes: new Uint8Array([37, 80, 68, 70]) });
    await desk.giulia.sends({ document: { file_id: form, file_unique_id: form, file_name: "modulo.pdf" }, caption: "Compili questo modulo e lo porti martedì." }, { topic });
    await desk.dispatch();
    await desk.app.voice.settled();
    await desk.dispatch();
    const doc = marco.inbox.find((m) => m.document && m.caption?.includes("Compili questo modulo"))!;
    expect(doc).toBeDefined();
    expect(labels(doc)).toEqual([]);
    const notes = marco.inbox.filter((m) => m.voice).slice(before);
    expect(notes).toHaveLength(1);
    expect(marco.inbox.indexOf(notes[0]!)).toBeGreaterThan(marco.inbox.indexOf(doc));
    const spoken = await hear(new Uint8Array(notes[0]!.file!.bytes));
    expect(spoken.errors).toBe(0);
    expect(spoken.seconds).toBeGreaterThan(2);
    expect(desk.app.voice.outcomes.failed).toBe(0);
  }, 90_000);
});
