// Letters sent as PDF files (issue 33): a PDF an office's software made is read from its text layer (exact, no OCR),
// a scanned one has its pages drawn and read by the OCR like photos; a file too large, broken or of too many pages
// is handled without losing the letter. pdf.js runs in its own thread, the OCR is the real one (tesseract.js).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { LETTER_FIXTURES, onboarded, readingDone } from "./harness/letters.js";
import { linesOf, textPdf } from "./fixtures/letters/make-pdfs.js";

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.app.deps.letters?.close();
  desk?.close();
  desk = undefined;
});

/** A PDF sent as a file: the emulator keeps its bytes under a file id, as Telegram would. */
function pdfOf(d: TestDesk, name: string, bytes: Uint8Array, mime = "application/pdf") {
  const id = `pdf-${name}-${Math.random().toString(36).slice(2, 8)}`;
  d.em.files.set(id, { name, mime, bytes: Buffer.from(bytes) });
  return { document: { file_id: id, file_unique_id: id, file_name: name, mime_type: mime, file_size: bytes.byteLength } };
}

const fixture = (name: string) => readFileSync(join(LETTER_FIXTURES, name));
const letterOf = (d: TestDesk, residentId: number) => d.deps.services.letters.ofRequest(d.deps.services.requests.openFor(residentId)!.id)[0]!;

describe("letters sent as PDF files", () => {
  it("a Ukrainian resident sends the ATC arrears letter as a PDF: read from its text layer, both pages, the facts in Ukrainian", { timeout: 120_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const olena = await onboarded(desk, "Olena", "uk");
    await olena.says("/menu");
    await olena.presses("📄 Прочитати мені лист");
    await olena.sends(pdfOf(desk, "Sollecito ATC.pdf", fixture("atc-arrears.pdf")));
    expect(olena.last.plain).toContain("Файл PDF отримано (файл 1)");
    await olena.presses("✅ Це все");
    expect(olena.last.plain).toContain("Я читаю лист");
    await readingDone(desk);

    const facts = unmarked(olena.last.plain);
    expect(facts).toContain("🏢 Відправник: ATC (соціальне житло)");
    expect(facts).toMatch(/💶 Усього до сплати: 1\s248,60\s€/);
    expect(facts).toContain("📅 Термін: 15 січня 2027 р.");
    expect(facts).toContain("🔢 Код повідомлення pagoPA: 302104000123456789");
    // The text layer is the letter's own text: read exactly, with a blank line kept between paragraphs.
    const letter = letterOf(desk, olena.user.id);
    expect(letter.confidence).toBe(1);
    expect(letter.text).toContain("La invitiamo a regolarizzare la Sua posizione entro il 15/01/2027,");
    expect(letter.text).toContain("Codice avviso: 3021 0400 0123 4567 89");
    // Staff get the file on the card, and the facts to check.
    const post = desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
    expect(post.plain).toContain("lettura al 100 %");
    expect(desk.em.messages(OPERATOR_CHAT_ID).some((m) => m.document?.file_name === "Sollecito ATC.pdf" || m.document !== undefined)).toBe(true);
  });

  it("a scanned PDF captioned \"lettera\" has its page drawn and read by the OCR: an ASL appointment goes to the health team", { timeout: 180_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const ivan = await onboarded(desk, "Ivan", "it");
    await ivan.sends({ ...pdfOf(desk, "scansione.pdf", fixture("asl-appointment-scan.pdf")), caption: "lettera ASL" });
    expect(ivan.last.plain).toContain("File PDF ricevuto (file 1)");
    await ivan.presses("✅ Ho finito");
    await readingDone(desk);
    const facts = unmarked(ivan.last.plain);
    expect(facts).toContain("🏢 Chi scrive: l'ASL (servizio sanitario)");
    expect(facts).toContain("🗓 Appuntamento: 14 dicembre 2026 alle 10:30");
    const letter = letterOf(desk, ivan.user.id);
    expect(letter.confidence).toBeGreaterThan(0.6);
    expect(letter.confidence).toBeLessThan(1);
    expect(desk.groupOf(SALUTE_CHAT_ID).some((m) => m.plain?.includes("Lettera letta per la richiesta"))).toBe(true);
  });

  it("a PDF of eight pages is read up to six; a broken one goes to staff at once, unread, and the resident is told", { timeout: 120_000 }, async () => {
    desk = new TestDesk();
    const rosa = await onboarded(desk, "Rosa", "it");
    const pages = Array.from({ length: 8 }, (_, i) => [`# Pagina ${i + 1} di 8`, ...linesOf("tari-bill").slice(1)]);
    // Sent by a client that does not say it is a PDF: its name does.
    await rosa.sends({ ...pdfOf(desk, "avviso TARI.pdf", textPdf(pages), "application/octet-stream"), caption: "lettera" });
    await rosa.presses("✅ Ho finito");
    await readingDone(desk);
    const text = letterOf(desk, rosa.user.id).text!;
    expect(text).toContain("Pagina 6 di 8");
    expect(text).not.toContain("Pagina 7 di 8");

    const marta = await onboarded(desk, "Marta", "es");
    await marta.sends({ ...pdfOf(desk, "carta.pdf", new TextEncoder().encode("%PDF-1.4 not really a pdf")), caption: "carta" });
    await marta.presses("✅ Listo");
    await readingDone(desk);
    expect(unmarked(marta.last.plain)).toContain("No pude leer esta carta.");
    expect(letterOf(desk, marta.user.id).status).toBe("unreadable");
    expect(letterOf(desk, marta.user.id).attempts).toBe(1);
  });
});
