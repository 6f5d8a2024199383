// A letter's facts by voice (issues 32 and 33): a resident who chose voice — or who presses 🔊 under the facts — hears
// them as sentences in their language: who wrote, how much, by when, that the payment code is written above, and that
// a person will check it — never the letter's Italian words nor an 18-digit code read out. The pages are "read" by a
// stub reader (tests/letters.test.ts runs the real OCR); the voice is the desk's own synthesis, decoded here.
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Speaker } from "#src/domain/speech.js";
import type { StoredMessage } from "#src/playground/emulator.js";
import { SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { onboarded, photoOf, printedText, readerOfTexts, readingDone } from "./harness/letters.js";
import { hear } from "./harness/voice-notes.js";

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.app.deps.letters?.close();
  desk?.close();
  desk = undefined;
});

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk!.app.i18n.t(locale, key, vars));

/** What the desk's voice was asked to say, in order (the words of each note it made). */
function spokenWords(d: TestDesk) {
  const speaker = (d.app.voice as unknown as { deps: { speaker: Speaker } }).deps.speaker;
  const speak = vi.spyOn(speaker, "speak");
  return () => speak.mock.calls.map((call) => call[0]);
}

async function played(note: StoredMessage) {
  const heard = await hear(new Uint8Array(note.file!.bytes));
  expect(heard.errors).toBe(0);
  expect(Math.abs(heard.seconds - note.voice!.duration)).toBeLessThanOrEqual(0.5);
  expect(heard.rms).toBeGreaterThan(0.02);
  return heard;
}

async function settled(d: TestDesk) {
  await d.app.voice.settled();
  await d.dispatch();
}

describe("a letter's facts by voice", () => {
  it("a Ukrainian resident who chose voice hears the ATC letter's sender, total, deadline and where the pagoPA code is, then the reminder", { timeout: 120_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS, clock: undefined });
    desk.clock.set("2026-11-25T09:00:00Z");
    const olena = await onboarded(desk, "Olena", "uk");
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-voice-listen"));
    await settled(desk);
    const said = spokenWords(desk);

    const pages = [photoOf(desk, "atc-arrears-1", 1), photoOf(desk, "atc-arrears-2", 2)];
    readerOfTexts(desk, { [pages[0]!.photo[0]!.file_id]: printedText("atc-arrears-1"), [pages[1]!.photo[0]!.file_id]: printedText("atc-arrears-2") });
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-letter"));
    for (const page of pages) await olena.sends(page);
    await olena.presses(t("uk", "letter-pages-done"));
    await readingDone(desk);
    await settled(desk);

    // The written facts first (codes and the letter's words in writing), then their voice note, synthetic.
    const facts = [...olena.inbox].reverse().find((m) => m.plain?.includes(t("uk", "letter-facts-title")))!;
    expect(unmarked(facts.plain!)).toContain("302104000123456789");
    // (Notes of the steps before it may still be arriving at the chat's pace: the facts' note is the last.)
    const note = olena.inbox.slice(olena.inbox.indexOf(facts) + 1).filter((m) => m.voice).at(-1)!;
    expect(note, "the facts, read aloud").toBeDefined();
    expect(unmarked(note.caption ?? "")).toBe(t("uk", "voice-synthetic"));
    expect((await played(note)).seconds).toBeGreaterThan(8);

    const summary = said().find((w) => w.startsWith("Ось що сказано в листі"))!;
    expect(summary).toBeDefined();
    const lines = summary.split("\n");
    expect(lines).toContain("Відправник: ATC (соціальне житло).");
    // A sum a voice reads as one number, in words the listener knows.
    expect(lines).toContain("Усього до сплати: 1248,60 євро.");
    expect(lines).toContain("Термін: 15 січня 2027 р.");
    expect(lines).toContain("Код повідомлення pagoPA: є в тексті вище.");
    expect(lines.at(-1)).toBe("Працівник офісу перевірить усе разом із вами.");
    // Never the Italian words of the letter, nor an 18-digit code said digit by digit.
    expect(summary).not.toMatch(/regolarizzare|entro il|\d{6,}/);

    // Staff confirm the deadline; two days before, the reminder comes written and spoken (without the Italian quote).
    const post = desk.group().find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
    const n = post.plain!.split("\n").find((l) => /^\d+\. 📅 Scadenza: 15 gennaio 2027/.test(l))!.split(".")[0];
    await desk.giulia.presses(`✅ ${n}`, { in: post });
    desk.clock.set("2027-01-13T08:00:00Z");
    await desk.dispatch(0);
    await settled(desk);
    const reminder = [...olena.inbox].reverse().find((m) => m.plain?.includes("⏰"))!;
    expect(unmarked(reminder.plain!)).toContain("regolarizzare");
    expect(olena.inbox.slice(olena.inbox.indexOf(reminder) + 1).some((m) => m.voice)).toBe(true);
    const spokenReminder = said().find((w) => w.startsWith("Нагадування"))!;
    expect(spokenReminder).toContain("15 січня 2027 р.");
    expect(spokenReminder).toContain(t("uk", "letter-reminder-help"));
    expect(spokenReminder).not.toContain("regolarizzare");
    expect(desk.app.voice.outcomes.failed).toBe(0);
  });

  it("🔊 under the facts reads the same summary to a resident who did not choose voice, and what staff confirmed is read as confirmed", { timeout: 120_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const amina = await onboarded(desk, "Amina", "ar");
    const said = spokenWords(desk);
    const page = photoOf(desk, "asl-appointment", 1);
    readerOfTexts(desk, { [page.photo[0]!.file_id]: printedText("asl-appointment") });
    await amina.says("/menu");
    await amina.presses(t("ar", "menu-letter"));
    await amina.sends(page);
    await amina.presses(t("ar", "letter-pages-done"));
    await readingDone(desk);

    const facts = amina.last;
    expect(unmarked(facts.plain!)).toContain(t("ar", "letter-facts-title"));
    expect(desk.em.buttons(facts).map((b) => unmarked(b.text))).toEqual([t("ar", "voice-listen")]);
    expect(amina.inbox.some((m) => m.voice)).toBe(false);
    await amina.presses(t("ar", "voice-listen"), { in: facts });
    await settled(desk);
    const note = amina.last;
    expect(note.voice).toBeDefined();
    await played(note);
    const summary = said().at(-1)!;
    expect(summary.split("\n")[0]).toBe(t("ar", "letter-facts-title").replace("📄 ", ""));
    expect(summary).toContain(`${t("ar", "letter-label-appointment").replace("🗓 ", "")}: `);
    expect(summary).toContain("10:30");
    expect(summary).not.toMatch(/La informiamo|visita cardiologica|Prenotazione/);

    // Staff check every fact (all right): the resident is told, and 🔊 under it reads what was confirmed.
    const post = desk.groupOf(SALUTE_CHAT_ID).find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
    const count = post.plain!.split("\n").filter((l) => /^\d+\. /.test(l)).length;
    for (let i = 1; i <= count; i++) {
      const current = desk.em.messages(post.chat.id).find((m) => m.message_id === post.message_id)!;
      await desk.luca.presses(`✅ ${i}`, { in: current });
    }
    await desk.dispatch();
    const checked = amina.last;
    expect(unmarked(checked.plain!)).toContain(t("ar", "letter-checked-title"));
    await amina.presses(t("ar", "voice-listen"), { in: checked });
    await settled(desk);
    await played(amina.last);
    const heardChecked = said().at(-1)!;
    expect(heardChecked.split("\n")[0]).toBe(t("ar", "letter-checked-title").replace("✅ ", ""));
    expect(heardChecked.split("\n").at(-1)).toBe(t("ar", "letter-checked-footer").replace("👤 ", ""));
  });
});
