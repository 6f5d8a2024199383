// The letter's whole text in the resident's language (issue 33): after the facts (read by rules, in the desk's own
// words), the text machine-translated through the desk's engine, marked as such; an engine that is off, hangs or
// answers nonsense costs the resident nothing but the translation, and they are told. The pages are "read" by a
// stub reader here (tests/letters.test.ts runs the real OCR): what is tested is what follows the reading.
import { afterEach, describe, expect, it } from "vitest";
import { TestDesk, unmarked } from "./harness/desk.js";
import { type FakeEngine, startFakeLibreTranslate } from "./harness/fake-engines.js";
import { onboarded, photoOf, printedText, readerOfTexts, readingDone } from "./harness/letters.js";

let desk: TestDesk | undefined;
const engines: FakeEngine[] = [];
afterEach(async () => {
  desk?.close();
  desk = undefined;
  for (const e of engines.splice(0)) await e.close();
});

async function libre(): Promise<FakeEngine> {
  const fake = await startFakeLibreTranslate();
  engines.push(fake);
  return fake;
}

const translateBodies = (fake: FakeEngine) =>
  fake.requests.filter((r) => r.path === "/translate").map((r) => r.body as { q: string; source: string; target: string });

/** A resident sends the given corpus pages as photos, each "read" as its printed text, and presses "That's all". */
async function sendsLetter(d: TestDesk, language: string, pages: string[], texts: Record<string, string> = {}) {
  const resident = await onboarded(d, "Resident", language);
  const photos = pages.map((page, i) => photoOf(d, page, i + 1));
  readerOfTexts(d, Object.fromEntries(pages.map((page, i) => [photos[i]!.photo[0]!.file_id, texts[page] ?? printedText(page)])));
  await resident.says("/menu");
  await resident.presses(unmarked(d.app.i18n.t(language, "menu-letter")));
  for (const photo of photos) await resident.sends(photo);
  await resident.presses(unmarked(d.app.i18n.t(language, "letter-pages-done")));
  await readingDone(d);
  return resident;
}

describe("the letter's text, machine-translated", () => {
  it("an Arabic resident gets the facts, then the whole letter translated paragraph by paragraph, marked as a machine translation; it is in /mydata and goes with /forget", async () => {
    const fake = await libre();
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
    const amira = await sendsLetter(desk, "ar", ["asl-appointment"]);

    const [facts, translation] = amira.inbox.slice(-2).map((m) => unmarked(m.plain ?? ""));
    // The facts first, in the desk's own words: they never wait for, nor depend on, the engine.
    expect(facts).toContain("🗓 موعد: 14 ديسمبر 2026");
    expect(facts).toContain("👤 سيراجع موظف من المكتب كل شيء معك.");
    // Then the text, from Italian into Arabic, each printed paragraph one piece (a sentence cut by the page's line
    // breaks is whole again), and the note that it is a machine's work and that the Italian letter is what counts.
    expect(translation).toContain("🌐 نص الرسالة، مترجم آليًا:");
    // (The fake engine marks what it "translated" with "[ar]".)
    expect(translation).toContain("[ar] ASL AL Azienda Sanitaria Locale di Alessandria");
    expect(translation).toContain(
      "\n\nLe confermiamo la prenotazione della visita cardiologica per il giorno 14/12/2026 alle ore 10:30 presso l'Ambulatorio di Cardiologia, Poliambulatorio di Via Venezia 6, piano terra.\n\n",
    );
    expect(translation).toContain("⚠️ هذه ترجمة آلية: قد تحتوي على أخطاء. الرسالة الأصلية بالإيطالية هي المعتمدة.");
    const asked = translateBodies(fake);
    expect(asked.length).toBe(1);
    expect(asked[0]).toMatchObject({ source: "it", target: "ar" });
    expect(asked[0]!.q.split("\n\n")).toContain("OGGETTO: Promemoria di appuntamento - visita cardiologica");

    // Kept with the letter (the resident's data like the text read): in /mydata, and gone with /forget.
    const [file] = await amira.says("/mydata");
    const doc = Buffer.from(file!.file!.bytes).toString("utf8");
    expect(doc).toContain("الترجمة الآلية للرسالة:");
    expect(doc).toContain("[ar] ASL AL");
    await amira.says("/forget");
    await amira.presses("🗑");
    await desk.dispatch();
    expect(desk.everyText()).not.toContain("[ar] ");
    expect(desk.everyText()).not.toContain("cardiologica");
  });

  it("a long letter comes in parts that each fit in a message, numbered, with the note under the last", async () => {
    const fake = await libre();
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
    const pages = ["atc-arrears-1", "atc-arrears-2", "eviction-notice", "tari-bill", "comune-residence", "inps-documents"];
    const olena = await sendsLetter(desk, "uk", pages);
    const parts = olena.inbox.map((m) => unmarked(m.plain ?? "")).filter((t) => t.startsWith("🌐 Текст листа"));
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((part, i) => {
      expect(part).toContain(`(частина ${i + 1} з ${parts.length})`);
      expect(part.length).toBeLessThanOrEqual(4096);
      expect(part.includes("⚠️ Це машинний переклад")).toBe(i === parts.length - 1);
    });
    // Every piece asked of the engine stays well within what it takes (and within its deadline).
    for (const body of translateBodies(fake)) expect(body.q.length).toBeLessThanOrEqual(1500);
    // Nothing of the letter is lost between the pieces: the last line of the last page is there.
    expect(parts.join("\n")).toContain("[uk] ");
    expect(parts.at(-1)).toContain(printedText("inps-documents").split("\n").filter(Boolean).at(-1)!.slice(0, 30));
  });

  it("an engine that hangs, or answers nonsense, leaves the facts alone and the resident is told the text could not be translated", async () => {
    const fake = await libre();
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url, TRANSLATION_TIMEOUT_MS: "200" } });
    fake.delayMs = 2_000;
    fake.failWith("slow");
    const ivan = await sendsLetter(desk, "uk", ["asl-appointment"]);
    const [facts, note] = ivan.inbox.slice(-2).map((m) => unmarked(m.plain ?? ""));
    expect(facts).toContain("🗓 Зустріч: 14 грудня 2026 р. о 10:30");
    expect(note).toBe("🌐 Цього разу мені не вдалося перекласти весь текст листа. Найважливіше є в повідомленні вище; працівник офісу пояснить вам решту.");
    const letter = desk.deps.services.letters.ofRequest(desk.deps.services.requests.openFor(ivan.user.id)!.id)[0]!;
    expect(letter.translationState).toBe("failed");
    expect(letter.translation).toBeNull();

    // A runaway engine (2 MB for one paragraph): refused by the guard, never posted.
    fake.failWith("runaway");
    const second = await sendsLetter(desk, "fr", ["tari-bill"]);
    expect(unmarked(second.last.plain)).toContain("Cette fois, je n'ai pas pu traduire tout le texte de la lettre.");
    expect(second.inbox.every((m) => (m.plain ?? "").length < 4096)).toBe(true);
  });

  it("without an engine, or for an Italian resident, no translation is asked and nothing is said about one", async () => {
    desk = new TestDesk();
    const nadia = await sendsLetter(desk, "ar", ["asl-appointment"]);
    expect(unmarked(nadia.last.plain)).toContain("👤 سيراجع موظف من المكتب كل شيء معك.");
    expect(nadia.texts.some((t) => t.includes("🌐"))).toBe(false);
    desk.close();

    const fake = await libre();
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
    const rosa = await sendsLetter(desk, "it", ["tari-bill"]);
    expect(unmarked(rosa.last.plain)).toContain(unmarked(desk.app.i18n.t("it", "letter-staff-check")));
    expect(translateBodies(fake)).toEqual([]);
  });

  it("a letter read just before a restart is translated after it: the pending translation is kept", async () => {
    const fake = await libre();
    desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
    fake.failWith("hang-up");
    const resident = await onboarded(desk, "Oksana", "uk");
    const photo = photoOf(desk, "asl-appointment", 1);
    readerOfTexts(desk, { [photo.photo[0]!.file_id]: printedText("asl-appointment") });
    const letterId = desk.deps.services.letters.receive(resident.user.id, "uk", [{ fileId: photo.photo[0]!.file_id, messageId: 1, kind: "photo" }]).id;
    // Read, but the process stops before the engine answers.
    desk.deps.services.letters.read(letterId, { text: printedText("asl-appointment"), confidence: 0.9 });
    expect(desk.deps.services.letters.get(letterId)!.translationState).toBe("pending");
    desk.restart();
    fake.failWith(undefined);
    // The scheduler wakes the reader after a restart (scheduler/jobs.ts).
    readerOfTexts(desk, {});
    desk.app.deps.letters!.wake();
    await readingDone(desk);
    expect(desk.deps.services.letters.get(letterId)!.translationState).toBe("translated");
    expect(unmarked(resident.last.plain)).toContain("⚠️ Це машинний переклад");
  });
});

describe("the text as an engine gets it", () => {
  it("joins a paragraph's printed lines (and a word hyphenated across them), and cuts pieces between paragraphs, else sentences", async () => {
    const { paragraphsOf, piecesOf } = await import("#src/domain/letters/letter-translation.js");
    expect(paragraphsOf("Gentile Sig.ra Rossi\n\nLa invitiamo a regolariz-\nzare la posizione\nentro il 15/01/2027.\n\n\nCordiali saluti")).toEqual([
      "Gentile Sig.ra Rossi",
      "La invitiamo a regolarizzare la posizione entro il 15/01/2027.",
      "Cordiali saluti",
    ]);
    expect(piecesOf(["aaaa", "bbbb", "cccc"], 10)).toEqual(["aaaa\n\nbbbb", "cccc"]);
    const long = "Prima frase qui. Seconda frase più lunga qui. Terza frase.";
    const pieces = piecesOf([long], 30);
    expect(pieces.every((p) => p.length <= 30)).toBe(true);
    expect(pieces.join(" ")).toBe(long);
    expect(pieces[0]).toBe("Prima frase qui.");
  });
});
