// Staff correct a fact read from a letter by typing its right value (issue 33): ✏️ under the fact asks for it, the
// value is checked the way the rules read letters (a real date, a sum, 18 digits, an IBAN's check digits), it is
// never taken for an answer to the resident, and a corrected deadline is the one the resident is reminded of.
import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, SALUTE_CHAT_ID, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { onboarded, photoOf, printedText, readerOfTexts, readingDone } from "./harness/letters.js";

let desk: TestDesk | undefined;
afterEach(() => {
  desk?.close();
  desk = undefined;
});

/** The ATC arrears letter as the OCR misread it: the deadline's 5 taken for a 6, the total's 8 for a 3. */
const MISREAD = (text: string) => text.replace("entro il 15/01/2027", "entro il 16/01/2027").replace("dovuto: € 1.248,60", "dovuto: € 1.243,60");

describe("typing the right value of a fact", () => {
  it(
    "Giulia corrects the deadline and the total of a Ukrainian resident's ATC letter; bad values are refused, the value never reaches the resident as an answer, and the corrected deadline is reminded",
    { timeout: 60_000 },
    async () => {
      desk = new TestDesk({ network: TWO_TEAMS });
      desk.clock.set("2026-11-25T09:00:00Z");
      const olena = await onboarded(desk, "Olena", "uk");
      const page1 = photoOf(desk, "atc-arrears-1", 1);
      const page2 = photoOf(desk, "atc-arrears-2", 2);
      readerOfTexts(desk, { [page1.photo[0]!.file_id]: printedText("atc-arrears-1", MISREAD), [page2.photo[0]!.file_id]: printedText("atc-arrears-2") });
      await olena.sends({ ...page1, caption: "лист" });
      await olena.sends(page2);
      await olena.presses("✅ Це все");
      await readingDone(desk);
      expect(unmarked(olena.last.plain)).toContain("📅 Термін: 16 січня 2027 р.");

      const request = desk.deps.services.requests.openFor(olena.user.id)!;
      const postOf = () => desk!.em.messages(OPERATOR_CHAT_ID).find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
      const numberOf = (pattern: RegExp) => postOf().plain!.split("\n").find((l) => pattern.test(l))!.split(".")[0]!;
      const deadline = numberOf(/^\d+\. 📅 Scadenza: 16 gennaio 2027/);
      const total = numberOf(/^\d+\. 💶 Da pagare in tutto: 1243,60\s€/);
      // A sender is confirmed or rejected, not typed: no ✏️ under it.
      const sender = numberOf(/^\d+\. 🏢/);
      expect(desk.em.buttons(postOf()).map((b) => b.text)).not.toContain(`✏️ ${sender}`);

      // ✏️ asks Giulia, in the request's topic, for the right value, showing what was read and an example.
      const told = olena.inbox.length;
      const [ask] = await desk.giulia.presses(`✏️ ${deadline}`, { in: postOf() });
      expect(ask!.message_thread_id).toBe(request.topicId);
      expect(ask!.plain).toContain(`Correggi il fatto ${deadline} della lettera (richiesta #${request.id}): 📅 Scadenza, letto come 16 gennaio 2027.`);
      expect(ask!.plain).toContain("per esempio 15/01/2027");

      // Not a date, and a day that does not exist: refused, with the example again; nothing changes.
      let [answer] = await desk.giulia.says("il quindici", { topic: request.topicId! });
      expect(answer!.plain).toBe("Non riesco a leggerlo come valore valido. Scrivilo per esempio così: 15/01/2027 (oppure /cancel).");
      [answer] = await desk.giulia.says("31/02/2027", { topic: request.topicId! });
      expect(answer!.plain).toContain("Non riesco a leggerlo come valore valido.");
      expect(postOf().plain).toContain("Scadenza: 16 gennaio 2027\n");

      // The right one, typed as a reply to the question: taken, shown on the post with what had been read.
      [answer] = await desk.giulia.says("15/01/2027", { topic: request.topicId!, replyTo: ask!.message_id });
      expect(answer!.plain).toBe(`✏️ Fatto ${deadline} corretto: 15 gennaio 2027.`);
      expect(postOf().plain).toMatch(/📅 Scadenza: 15 gennaio 2027 ✏️ Giulia \(letto: 16\/01\/2027\)/);
      // None of what she typed went to the resident as a staff answer.
      await desk.dispatch();
      expect(olena.inbox.length).toBe(told);
      expect(desk.deps.services.requests.messages(request.id).filter((m) => m.direction === "out")).toEqual([]);

      // The total, typed the Italian way, without replying: the form knows it is hers, in this topic.
      await desk.giulia.presses(`✏️ ${total}`, { in: postOf() });
      [answer] = await desk.giulia.says("€ 1.248,60", { topic: request.topicId! });
      expect(answer!.plain).toMatch(new RegExp(`^✏️ Fatto ${total} corretto: 1248,60\\s€\\.$`));
      expect(postOf().plain).toMatch(/💶 Da pagare in tutto: 1248,60\s€ ✏️ Giulia \(letto: 1243,60\s€\)/);

      // /cancel leaves a fact as it was.
      const protocol = numberOf(/^\d+\. 📎/);
      await desk.giulia.presses(`✏️ ${protocol}`, { in: postOf() });
      [answer] = await desk.giulia.says("/cancel", { topic: request.topicId! });
      expect(answer!.plain).toBe("Correzione annullata: il fatto resta com'era.");

      // Everything else confirmed: the resident gets the checked facts, the corrected ones said to be corrected.
      const lines = postOf().plain!.split("\n").filter((l) => /^\d+\. /.test(l));
      for (const line of lines) {
        if (/✏️|✅/.test(line)) continue;
        await desk.giulia.presses(`✅ ${line.split(".")[0]}`, { in: postOf() });
      }
      await desk.dispatch();
      const checked = unmarked(olena.last.plain);
      expect(checked).toContain("✅ Працівник офісу перевірив ваш лист");
      expect(checked).toContain("📅 Термін: 15 січня 2027 р. (виправлено працівником офісу)\n");
      // The misread words are not shown to her next to the corrected value.
      expect(checked).not.toContain("16/01/2027");
      expect(checked).toMatch(/💶 Усього до сплати: 1\s248,60\s€ \(виправлено працівником офісу\)/);

      // The reminder is for the corrected deadline: two days before the 15th, not the 16th.
      desk.clock.set("2027-01-13T07:59:00Z");
      await desk.dispatch(0);
      const before = olena.inbox.length;
      desk.clock.set("2027-01-13T08:00:00Z");
      await desk.dispatch(0);
      expect(olena.inbox.length).toBe(before + 1);
      expect(unmarked(olena.last.plain)).toContain("15 січня 2027");
      // Two lines of the letter give the same (corrected) day: one reminder, not two.
      expect(desk.repos.outbox.all().filter((r) => r.kind === "letter-reminder" && r.status === "sent").length).toBe(1);
    },
  );

  it("staff of another team cannot correct a fact, and an IBAN with wrong check digits or a pagoPA code of 17 digits is refused", { timeout: 60_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const pietro = await onboarded(desk, "Pietro", "it");
    const page = photoOf(desk, "water-bill", 1);
    readerOfTexts(desk, { [page.photo[0]!.file_id]: printedText("water-bill") });
    await pietro.sends({ ...page, caption: "lettera" });
    await pietro.presses("✅ Ho finito");
    await readingDone(desk);
    const post = desk.em.messages(OPERATOR_CHAT_ID).find((m) => m.plain?.includes("Lettera letta per la richiesta"))!;
    const line = (pattern: RegExp) => post.plain!.split("\n").find((l) => pattern.test(l));
    const iban = line(/^\d+\. 🏦/)!.split(".")[0]!;
    const pagopa = line(/^\d+\. 🔢/)!.split(".")[0]!;

    // Luca works in the health team's group: this letter is not his team's.
    await desk.luca.presses(`✏️ ${iban}`, { in: post }).catch(() => undefined);
    expect(desk.em.messages(SALUTE_CHAT_ID).some((m) => m.plain?.includes("Correggi il fatto"))).toBe(false);
    expect(desk.em.messages(OPERATOR_CHAT_ID).some((m) => m.plain?.includes("Correggi il fatto"))).toBe(false);

    const request = desk.deps.services.requests.openFor(pietro.user.id)!;
    {
      await desk.giulia.presses(`✏️ ${iban}`, { in: post });
      const [refused] = await desk.giulia.says("IT60 X054 2811 1010 0000 0123 457", { topic: request.topicId! });
      expect(refused!.plain).toContain("Non riesco a leggerlo come valore valido");
      const [taken] = await desk.giulia.says("IT60 X054 2811 1010 0000 0123 456", { topic: request.topicId! });
      expect(taken!.plain).toContain("corretto: IT60X0542811101000000123456");
    }
    {
      await desk.giulia.presses(`✏️ ${pagopa}`, { in: post });
      const [refused] = await desk.giulia.says("30210400012345678", { topic: request.topicId! });
      expect(refused!.plain).toContain("Non riesco a leggerlo come valore valido");
      const [taken] = await desk.giulia.says("3021 0400 0123 4567 89", { topic: request.topicId! });
      expect(taken!.plain).toContain("corretto: 302104000123456789");
    }
  });
});

describe("what a typed value must be", () => {
  it("reads dates, sums, times and codes the Italian way, and refuses what cannot be one", async () => {
    const { parseCorrection } = await import("#src/domain/letters/corrections.js");
    expect(parseCorrection("deadline", "15/01/2027")).toEqual({ kind: "deadline", day: { year: 2027, month: 1, day: 15 } });
    expect(parseCorrection("deadline", "15.1.27")).toEqual({ kind: "deadline", day: { year: 2027, month: 1, day: 15 } });
    expect(parseCorrection("date", "3 marzo 2027")).toEqual({ kind: "date", day: { year: 2027, month: 3, day: 3 } });
    expect(parseCorrection("date", "2027-03-03")).toEqual({ kind: "date", day: { year: 2027, month: 3, day: 3 } });
    for (const bad of ["31/02/2027", "domani", "15/01/2027 o 16/01/2027", "entro il 15/01/2027", ""]) expect(parseCorrection("deadline", bad)).toBeUndefined();
    expect(parseCorrection("appointment", "14/12/2026 10:30")).toEqual({ kind: "appointment", day: { year: 2026, month: 12, day: 14 }, time: { hour: 10, minute: 30 } });
    expect(parseCorrection("appointment", "14/12/2026 ore 9.15")).toEqual({ kind: "appointment", day: { year: 2026, month: 12, day: 14 }, time: { hour: 9, minute: 15 } });
    expect(parseCorrection("appointment", "14/12/2026")).toEqual({ kind: "appointment", day: { year: 2026, month: 12, day: 14 } });
    expect(parseCorrection("appointment", "14/12/2026 25:00")).toBeUndefined();
    const cents = (typed: string) => (parseCorrection("amount", typed) as { cents: number } | undefined)?.cents;
    expect([cents("1.248,60"), cents("1248,60"), cents("1248.60"), cents("€ 1.248,60"), cents("80 euro"), cents("1.248"), cents("0,5")]).toEqual([124860, 124860, 124860, 124860, 8000, 124800, 50]);
    for (const bad of ["0", "-5", "1,2,3", "12.34.56", "tanti", "1.24,60", "9999999999"]) expect(cents(bad)).toBeUndefined();
    expect(parseCorrection("pagopa", "3021 0400 0123 4567 89")).toEqual({ kind: "pagopa", code: "302104000123456789" });
    expect(parseCorrection("pagopa", "3021 0400 0123 4567 8")).toBeUndefined();
    expect(parseCorrection("iban", "it60 x054 2811 1010 0000 0123 456")).toEqual({ kind: "iban", code: "IT60X0542811101000000123456" });
    expect(parseCorrection("iban", "IT61X0542811101000000123456")).toBeUndefined();
    expect(parseCorrection("protocol", "Prot. n. 2026/0012345")).toEqual({ kind: "protocol", code: "2026/0012345" });
    expect(parseCorrection("protocol", "nessuno")).toBeUndefined();
  });
});
