// The fact rules on text alone (no OCR): what a letter says, read by rules, each fact with the letter's own words.
import { describe, expect, it } from "vitest";
import { extractFacts, factValue, type LetterFact } from "#src/domain/letters/index.js";

function pairs(facts: LetterFact[]): string[] {
  return facts.map((f) => `${f.kind} ${factValue(f)}`);
}

describe("facts read from a letter's text", () => {
  it("reads an ATC reminder: sender, total, deadline, pagoPA code and IBAN, each with its words", () => {
    const facts = extractFacts(
      [
        "ATC Piemonte Sud",
        "Prot. n. 2026/0018734      Alessandria, 20 novembre 2026",
        "Importo complessivo dovuto: € 1.248,60",
        "La invitiamo a pagare entro il 15/01/2027.",
        "Codice avviso: 3021 0400 0123 4567 89",
        "IBAN: IT30 X060 8510 4000 0000 0012 345",
      ].join("\n"),
    );
    expect(pairs(facts)).toEqual([
      "sender atc",
      "protocol 2026/0018734",
      "date 2026-11-20",
      "amount 124860",
      "deadline 2027-01-15",
      "pagopa 302104000123456789",
      "iban IT30X0608510400000000012345",
    ]);
    const amount = facts.find((f) => f.kind === "amount");
    expect(amount).toMatchObject({ total: true, quote: "Importo complessivo dovuto: € 1.248,60" });
    expect(facts.find((f) => f.kind === "deadline")?.quote).toBe("La invitiamo a pagare entro il 15/01/2027.");
  });

  it("does not offer an IBAN whose check digits fail (a misread digit)", () => {
    expect(pairs(extractFacts("IBAN: IT30 X060 8510 4000 0000 0012 346"))).toEqual([]);
  });

  it("takes a law's date as part of the law, not as a date of the letter", () => {
    const facts = extractFacts("ai sensi della legge 9 dicembre 1998, n. 431, e del D.Lgs. 196/2003");
    expect(pairs(facts)).toEqual(["law L. 431/1998", "law D.Lgs. 196/2003"]);
  });

  it("tells a deadline from an appointment and a plain date", () => {
    const facts = extractFacts(
      [
        "Il Suo permesso risulta rinnovato il 12/10/2026.",
        "Lei e' convocata il giorno 11/12/2026 alle ore 8:45 presso l'Ufficio Immigrazione, Via Ghilini 42.",
        "La domanda va presentata entro e non oltre il 28 febbraio 2027.",
      ].join("\n"),
    );
    expect(pairs(facts)).toEqual(["date 2026-10-12", "appointment 2026-12-11T08:45", "deadline 2027-02-28"]);
    expect(facts[1]).toMatchObject({ place: "Ufficio Immigrazione, Via Ghilini 42" });
  });

  it("names the letterhead as the sender even when the body names other offices", () => {
    const facts = extractFacts("TRIBUNALE ORDINARIO DI ALESSANDRIA\nL'ATC Piemonte Sud intima lo sfratto ... il Comune di Alessandria");
    expect(facts.filter((f) => f.kind === "sender").map((f) => f.kind === "sender" && f.sender)).toEqual(["court"]);
  });

  it("finds nothing in a text that is not a letter", () => {
    expect(extractFacts("ciao, come stai? ci vediamo domani")).toEqual([]);
  });

  it("does not read a phone number or a tax code as a payment code, nor a year as an amount", () => {
    const facts = extractFacts("tel. 0131 234567 - C.F. 00429440068\nSeconda rata scadenza 16/02/2027   € 143,00");
    expect(pairs(facts)).toEqual(["deadline 2027-02-16", "amount 14300"]);
  });
});
