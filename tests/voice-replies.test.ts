// Voice both ways: a resident who cannot read hears the desk in their language. Every message that matters comes
// with a voice note — a mediator's recording for a fixed text that has one, offline synthesis (marked as synthetic)
// for the rest — and each note is decoded here as a phone would play it.
import { afterEach, describe, expect, it } from "vitest";
import type { StoredMessage } from "#src/playground/emulator.js";
import { OggOpusEncoder } from "#src/engines/speech/opus-encoder.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { hear } from "./harness/voice-notes.js";

let desk: TestDesk;
afterEach(() => desk?.close());


/** A mediator's recording: two seconds of a tone stand for a voice, as Telegram's microphone makes it (OGG/Opus). */
function mediatorsRecording(seconds: number): Uint8Array {
  const rate = 48_000;
  const samples = new Int16Array(seconds * rate);
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(6000 * Math.sin((2 * Math.PI * 330 * i) / rate));
  return new OggOpusEncoder().encode(samples, rate).bytes;
}

function lessonOnTuesday() {
  const created = desk.deps.services.booking.createSessions(
    { activityId: "italian-a1", date: { year: 2026, month: 12, day: 2 }, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: 10, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created[0]!;
}

/**
 * One step of the resident's: what the bot wrote (new texts and texts edited in place) and the voice notes that
 * followed, once every note on its way has been sent.
 */
async function step(r: Resident, act: () => Promise<unknown>) {
  const calls = desk.em.calls.length;
  const before = r.inbox.length;
  await act();
  await desk.dispatch();
  await desk.app.voice.settled();
  const written = desk.em.calls
    .slice(calls)
    .filter((c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.params.chat_id) === r.user.id);
  const arrived = r.inbox.slice(before);
  return { written, voices: arrived.filter((m) => m.voice), texts: arrived.filter((m) => m.text) };
}

/** Each text written to her came with its voice note, in her language. */
function everyTextVoiced(result: Awaited<ReturnType<typeof step>>) {
  expect(result.written.length).toBeGreaterThan(0);
  expect(result.voices).toHaveLength(result.written.length);
}

async function heard(note: StoredMessage) {
  const bytes = note.file?.bytes;
  expect(bytes, "the note's audio").toBeDefined();
  const decoded = await hear(new Uint8Array(bytes!));
  expect(decoded.errors).toBe(0);
  // The length Telegram shows (the duration sent) is the one the phone plays.
  expect(Math.abs(decoded.seconds - note.voice!.duration)).toBeLessThanOrEqual(0.5);
  return decoded;
}

describe("voice replies", () => {
  it("an Arabic resident who chose voice files a request, books and gets a staff answer: each step as text plus voice", async () => {
    desk = new TestDesk();
    const session = lessonOnTuesday();

    // A mediator records the menu's question in Arabic: the bot asks for it, she answers with a voice note.
    await desk.giulia.says("/registra ar menu-title");
    const prompt = desk.group().at(-1)!;
    expect(prompt.plain).toContain("🎙 Registrazione · ar · menu-title");
    expect(prompt.plain).toContain(t("ar", "menu-title"));
    desk.em.files.set("rec-menu-title-ar", { name: "voice.ogg", mime: "audio/ogg", bytes: mediatorsRecording(2) });
    await desk.giulia.sends({ voice: { file_id: "rec-menu-title-ar", file_unique_id: "rec-menu-title-ar", duration: 2 } }, { replyTo: prompt.message_id });
    expect(desk.group().at(-1)!.plain).toContain("✅ Registrazione salvata: menu-title in ar (2 s)");
    await desk.giulia.says("/registrazioni");
    expect(desk.group().at(-1)!.plain).toMatch(/ar: 1 \/ \d+/);
    expect(desk.group().at(-1)!.plain).toMatch(/uk: 0 \/ \d+/);

    // First contact: she cannot read the notice, so she asks to hear it.
    const amina = desk.resident("Amina", "ar");
    await amina.says("/start");
    await amina.presses("✅");
    const notice = amina.last;
    expect(notice.plain).toContain(t("ar", "privacy-voice"));
    const chose = await step(amina, () => amina.presses(t("ar", "voice-first-contact")));
    expect(chose.voices).toHaveLength(1);
    expect(chose.voices[0]!.caption).toBe(t("ar", "voice-synthetic"));
    const noticeHeard = await heard(chose.voices[0]!);
    expect(noticeHeard.seconds).toBeGreaterThan(10);
    expect(noticeHeard.rms).toBeGreaterThan(0.02);
    expect(desk.deps.services.voice.listens(amina.user.id)).toBe(true);

    // She agrees; the thanks is synthesised, the menu's question is the mediator's recording.
    const agreed = await step(amina, () => amina.presses(t("ar", "privacy-agree")));
    everyTextVoiced(agreed);
    const recorded = agreed.voices.find((v) => v.caption === t("ar", "voice-recorded"));
    expect(recorded, "the menu's question, as recorded").toBeDefined();
    expect((await heard(recorded!)).seconds).toBeCloseTo(2, 1);
    expect(agreed.voices.filter((v) => v.caption === t("ar", "voice-synthetic"))).toHaveLength(agreed.voices.length - 1);

    // She files a request: every question of the form, and the confirmation, come as text plus voice.
    for (const press of [t("ar", "menu-desk"), t("ar", "cat-rent")]) everyTextVoiced(await step(amina, () => amina.presses(press)));
    everyTextVoiced(await step(amina, () => amina.says("الإيجار مرتفع جدا هذا الشهر")));
    for (const press of ["req-visit-desk"]) everyTextVoiced(await step(amina, () => amina.presses(t("ar", press))));
    const sent = await step(amina, () => amina.presses(t("ar", "req-send")));
    everyTextVoiced(sent);
    for (const note of sent.voices) await heard(note);

    // She books a lesson.
    everyTextVoiced(await step(amina, () => amina.presses(t("ar", "menu-back"))));
    everyTextVoiced(await step(amina, () => amina.presses(t("ar", "menu-italian"))));
    everyTextVoiced(await step(amina, () => amina.presses(t("ar", "act-italian-a1"))));
    const booked = await step(amina, () => amina.presses(`b:${session.id}`));
    everyTextVoiced(booked);
    expect(desk.deps.services.booking.session(session.id)!.taken).toBe(1);

    // A staff answer in her request's topic reaches her in writing and read aloud, marked as synthetic.
    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    // With no translation engine the language guarantee holds it first; staff confirm it goes as written.
    const answered = await step(amina, async () => {
      await desk.giulia.says("غدا الساعة العاشرة، أحضري عقد الإيجار من فضلك.", { topic: topicId });
      await desk.giulia.presses("lg:1:send");
    });
    everyTextVoiced(answered);
    const answer = answered.voices.at(-1)!;
    expect(answer.caption).toBe(t("ar", "voice-synthetic"));
    const answerHeard = await heard(answer);
    expect(answerHeard.seconds).toBeGreaterThan(2);
    expect(desk.app.voice.outcomes.recording).toBeGreaterThanOrEqual(1);
    expect(desk.app.voice.outcomes.failed).toBe(0);
  }, 180_000);

  it("a resident who listens is halfway through the request form when the desk restarts: each question is heard once", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.says("/start");
    await amina.presses("✅");
    await step(amina, () => amina.presses(t("ar", "voice-first-contact")));
    await step(amina, () => amina.presses(t("ar", "privacy-agree")));
    for (const press of [t("ar", "menu-desk"), t("ar", "cat-rent")]) everyTextVoiced(await step(amina, () => amina.presses(press)));

    // The desk dies and comes back; the form goes on from where it was. Each later step replays the form's earlier
    // questions inside the desk: she hears only what is new, one note for each text written to her.
    desk.restart();
    const described = await step(amina, () => amina.says("الإيجار مرتفع جدا هذا الشهر"));
    everyTextVoiced(described);
    const visit = await step(amina, () => amina.presses(t("ar", "req-visit-desk")));
    everyTextVoiced(visit);
    const sent = await step(amina, () => amina.presses(t("ar", "req-send")));
    everyTextVoiced(sent);
    expect(sent.texts.some((m) => (m.plain ?? "").includes(t("ar", "req-sent", { number: "1" }).slice(0, 12)))).toBe(true);
  }, 120_000);

  it("a resident who did not choose voice gets none, and can turn it on and off from the menu", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    const menu = await step(olena, () => olena.says("/menu"));
    expect(menu.voices).toHaveLength(0);
    const on = await step(olena, () => olena.presses(t("uk", "menu-voice-listen")));
    expect(on.texts.at(-1)!.text).toBe(t("uk", "voice-on"));
    everyTextVoiced(on);
    await heard(on.voices[0]!);
    const back = await step(olena, () => olena.presses(t("uk", "menu-back")));
    everyTextVoiced(back);
    const off = await step(olena, () => olena.presses(t("uk", "menu-voice-stop")));
    expect(off.texts.at(-1)!.text).toBe(t("uk", "voice-off"));
    expect(off.voices).toHaveLength(0);
    expect(desk.deps.services.voice.listens(olena.user.id)).toBe(false);
  }, 60_000);

  it("a note that cannot be made is left out, logged without the words, and the next note still comes", async () => {
    const lines: string[] = [];
    desk = new TestDesk({ env: { LOG_LEVEL: "warn" }, log: { write: (line) => lines.push(line) } });
    const li = desk.resident("Li", "zh");
    await li.onboards();
    desk.deps.services.voice.choose(li.user.id, true);
    // A text longer than any message cannot be read out (a slow one is the engine test's: its thread is ended).
    const long = "很长的消息。".repeat(1000);
    const result = await step(li, async () => desk.app.voice.follow(li.user.id, long));
    expect(result.voices).toHaveLength(0);
    expect(desk.app.voice.outcomes.failed).toBe(1);
    expect(lines.some((l) => l.includes("voice: synthesis failed") && l.includes("too-long"))).toBe(true);
    // The log never holds the resident's words.
    expect(lines.every((l) => !l.includes("很长的消息"))).toBe(true);
    // A fresh synthesis thread speaks the next message.
    const next = await step(li, () => li.says("/menu"));
    everyTextVoiced(next);
    await heard(next.voices[0]!);
  }, 60_000);

  it("a promised voice note is an outbox row: it survives a restart and goes at the chat's pace, in order", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await step(olena, () => olena.presses(t("uk", "menu-voice-listen")));
    const before = olena.inbox.filter((m) => m.voice).length;
    // Two texts reached her just before the desk went down: their notes are promised, not yet made.
    const first = "Доброго дня! Ваш запит отримано.";
    const second = "Завтра о десятій, будь ласка, принесіть договір оренди.";
    expect(desk.app.voice.follow(olena.user.id, first)).toBe(true);
    expect(desk.app.voice.follow(olena.user.id, second)).toBe(true);
    const promised = desk.repos.outbox.all().filter((r) => r.kind === "voice" && r.status === "pending");
    expect(promised).toHaveLength(2);

    desk.restart();
    await desk.dispatch();
    const notes = olena.inbox.filter((m) => m.voice).slice(before);
    expect(notes).toHaveLength(2);
    // In the order promised: the shorter text first.
    const [a, b] = [await heard(notes[0]!), await heard(notes[1]!)];
    expect(a.seconds).toBeLessThan(b.seconds);
    const sent = desk.repos.outbox.all().filter((r) => promised.some((p) => p.id === r.id));
    expect(sent.map((r) => r.status)).toEqual(["sent", "sent"]);
    // Paced like any message to one chat: a second apart at least.
    expect(sent[1]!.sentAt!.getTime() - sent[0]!.sentAt!.getTime()).toBeGreaterThanOrEqual(1000);
  }, 60_000);

  it("erasing a resident erases their voice choice and the cached notes of their words", async () => {
    desk = new TestDesk();
    const amina = desk.resident("Amina", "ar");
    await amina.onboards();
    await step(amina, () => amina.presses(t("ar", "menu-voice-listen")));
    expect(desk.deps.services.voice.listens(amina.user.id)).toBe(true);
    await amina.says("/forget");
    await amina.presses("pv:forget");
    expect(desk.repos.voice.listens(amina.user.id)).toBeUndefined();
  }, 60_000);
});
