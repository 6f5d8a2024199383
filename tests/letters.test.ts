// Reading a letter for a resident, as a chat: photos of the pages in, the facts out in their language at once,
// staff checking them on the request's post, and a confirmed deadline reminded two days before. The OCR is the
// real one (tesseract.js, offline) on the corpus's rendered pages.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "letters");
let desk: TestDesk | undefined;

afterEach(async () => {
  await desk?.app.deps.letters?.close();
  desk?.close();
  desk = undefined;
});

/** A page photographed: the emulator holds its bytes under a file id, as Telegram would. */
function photoOf(d: TestDesk, page: string, n: number) {
  const id = `photo-${page}-${n}`;
  d.em.files.set(id, { name: `${page}.png`, mime: "image/png", bytes: readFileSync(join(FIXTURES, `${page}.png`)) });
  return { photo: [{ file_id: id, file_unique_id: id, width: 1240, height: 1754 }] };
}

/** The desk reads what is waiting (beside the update loop), then the outbox sends what came of it. */
async function readingDone(d: TestDesk) {
  await d.app.deps.letters!.idle();
  await d.dispatch();
}

async function onboarded(d: TestDesk, name: string, language: string): Promise<Resident> {
  const resident = d.resident(name, language);
  await resident.onboards();
  return resident;
}

describe("reading a letter for a resident", () => {
  it(
    "a Ukrainian resident sends two photos of an ATC arrears letter, reads sender, amount, deadline and pagoPA code in Ukrainian, and is reminded of the deadline staff confirmed",
    { timeout: 180_000 },
    async () => {
      desk = new TestDesk({ network: TWO_TEAMS, clock: undefined });
      desk.clock.set("2026-11-25T09:00:00Z");
      const olena = await onboarded(desk, "Olena", "uk");
      await olena.says("/menu");
      await olena.presses("📄 Прочитати мені лист");
      expect(olena.last.plain).toContain("Надішліть мені фото кожної сторінки");

      await olena.sends(photoOf(desk, "atc-arrears-1", 1));
      expect(olena.last.plain).toContain("Сторінку 1 отримано");
      await olena.sends(photoOf(desk, "atc-arrears-2", 2));
      expect(olena.last.plain).toContain("Сторінку 2 отримано");
      await olena.presses("✅ Це все");
      expect(olena.last.plain).toContain("Я читаю лист");

      await readingDone(desk);
      const facts = unmarked(olena.last.plain);
      expect(facts).toContain("📄 Ось що сказано в листі:");
      expect(facts).toContain("🏢 Відправник: ATC (соціальне житло)");
      expect(facts).toMatch(/💶 Усього до сплати: 1\s248,60\s€/);
      expect(facts).toContain("📅 Термін: 15 січня 2027");
      expect(facts).toContain("🔢 Код повідомлення pagoPA: 302104000123456789");
      // Each fact with the letter's own words, and never advice: a person checks it with them.
      expect(facts).toContain("«La invitiamo a regolarizzare la Sua posizione entro il 15/01/2027,»");
      expect(facts).toContain("👤 Працівник офісу перевірить усе разом із вами.");

      // ATC is housing: the desk's own team, not the health team; the card has both photos, the post the facts.
      expect(desk.groupTextsOf(SALUTE_CHAT_ID)).toEqual([]);
      const request = desk.deps.services.requests.openFor(olena.user.id)!;
      expect(request.category).toBe("housing");
      const topic = desk.group().filter((m) => m.message_thread_id === request.topicId);
      expect(topic.filter((m) => m.photo).length).toBe(2);
      const post = topic.find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
      expect(post.plain).toContain("ATC (case popolari)");
      expect(post.plain).toContain("302104000123456789");
      expect(post.plain).toContain("Importo complessivo dovuto: € 1.248,60");
      const deadlineLine = post.plain!.split("\n").find((l) => /^\d+\. 📅 Scadenza: 15 gennaio 2027/.test(l))!;
      const n = deadlineLine.split(".")[0];

      // The reminder exists only once staff confirm the deadline.
      expect(desk.repos.outbox.all().filter((r) => r.kind === "letter-reminder")).toEqual([]);
      await desk.giulia.presses(`✅ ${n}`, { in: post });
      const edited = desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.message_id === post.message_id)!;
      expect(edited.plain).toMatch(/📅 Scadenza: 15 gennaio 2027 ✅ Giulia/);

      // Two days before, at 9:00 in Alessandria: not a minute earlier.
      const before = olena.inbox.length;
      desk.clock.set("2027-01-13T07:59:00Z");
      await desk.dispatch(0);
      expect(olena.inbox.length).toBe(before);
      desk.clock.set("2027-01-13T08:00:00Z");
      await desk.dispatch(0);
      const reminder = unmarked(olena.last.plain);
      expect(reminder).toContain("⏰ Нагадування: 15 січня 2027 р. — термін, указаний у листі. Відправник: ATC (соціальне житло).");
    },
  );

  it(
    "a photo captioned \"lettre\" is read at once; an ASL letter goes to the health team, whose staff check every fact; the resident is told, finds the text in /mydata, and /forget erases it",
    { timeout: 180_000 },
    async () => {
      desk = new TestDesk({ network: TWO_TEAMS });
      const amina = await onboarded(desk, "Amina", "fr");
      await amina.sends({ ...photoOf(desk, "asl-appointment", 1), caption: "une lettre" });
      expect(amina.last.plain).toContain("Page 1 reçue");
      // A PDF too large to be a letter is refused with the way to send it instead; the page already sent is kept.
      await amina.sends({
        document: { file_id: "pdf-1", file_unique_id: "pdf-1", file_name: "lettera.pdf", mime_type: "application/pdf", file_size: 15 * 1024 * 1024 },
      });
      expect(amina.last.plain).toContain("Ce PDF est trop lourd (plus de 10 Mo)");
      await amina.presses("✅ C'est tout");
      await readingDone(desk);
      const facts = unmarked(amina.last.plain);
      expect(facts).toContain("🏢 Expéditeur : l'ASL (service de santé)");
      expect(facts).toContain("🗓 Rendez-vous : 14 décembre 2026 à 10:30 — Ambulatorio di Cardiologia");
      expect(facts).toContain("👤 Une personne du guichet vérifiera tout avec vous.");

      // Health: Azimut's group, not the desk's.
      const post = desk.groupOf(SALUTE_CHAT_ID).find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
      expect(post).toBeDefined();
      expect(desk.groupTextsOf(OPERATOR_CHAT_ID).some((t) => t.includes("Lettera letta"))).toBe(false);
      // Staff of another team cannot check it.
      const facts0 = post.plain!.split("\n").filter((l) => /^\d+\. /.test(l));
      await desk.giulia.presses("✅ 1", { in: post }).catch(() => undefined);
      expect(desk.deps.services.letters.factsOf(desk.deps.services.letters.ofRequest(desk.deps.services.requests.openFor(amina.user.id)!.id)[0]!)[0]!.check).toBeUndefined();

      // Luca checks each fact: the last one wrong. Only then is the resident told what was confirmed.
      const told = amina.inbox.length;
      for (let i = 1; i <= facts0.length; i++) {
        const current = desk.em.messages(SALUTE_CHAT_ID).find((m) => m.message_id === post.message_id)!;
        await desk.luca.presses(i === facts0.length ? `❌ ${i}` : `✅ ${i}`, { in: current });
        if (i < facts0.length) expect(amina.inbox.length).toBe(told);
      }
      await desk.dispatch();
      const checked = unmarked(amina.last.plain);
      expect(checked).toContain("✅ Une personne du guichet a vérifié votre lettre :");
      expect(checked).toContain("🗓 Rendez-vous : 14 décembre 2026 à 10:30");
      expect(checked).toContain("Certaines informations n'étaient pas exactes");

      // The text read is hers: in /mydata, and gone with /forget.
      const [file] = await amina.says("/mydata");
      const doc = Buffer.from(file!.file!.bytes).toString("utf8");
      expect(doc).toContain("Lettre lue par le guichet");
      expect(doc).toContain("visita cardiologica");
      await amina.says("/forget");
      await amina.presses(/✅|Oui|oui/);
      await desk.dispatch();
      expect(desk.everyText()).not.toContain("cardiologica");
      expect(desk.everyText()).not.toContain("IVAN PETRENKO");
    },
  );
});

