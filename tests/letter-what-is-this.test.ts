// Photos sent without a word (issue 33: "chosen after 'what is this?'"): the desk asks whether to send them to the
// desk, and — when every one of them could be a letter's page — also offers "📄 It's a letter", which reads them as
// one. The pages are "read" by a stub reader (tests/letters.test.ts runs the real OCR).
import { afterEach, describe, expect, it } from "vitest";
import { heldAnswer } from "#src/bot/callback-data/requests.js";
import { TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { onboarded, photoOf, printedText, readerOfTexts, readingDone } from "./harness/letters.js";

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.app.deps.letters?.close();
  desk?.close();
  desk = undefined;
});

const t = (locale: string, key: string, vars?: Record<string, string | number>) => unmarked(desk!.app.i18n.t(locale, key, vars));

describe("photos first, then called a letter", () => {
  it("a Romanian resident sends two photos without a word, answers \"It's a letter\", and gets the ATC letter's facts in Romanian", { timeout: 60_000 }, async () => {
    desk = new TestDesk({ network: TWO_TEAMS });
    const ioana = await onboarded(desk, "Ioana", "ro");
    const pages = [photoOf(desk, "atc-arrears-1", 1), photoOf(desk, "atc-arrears-2", 2)];
    readerOfTexts(desk, { [pages[0]!.photo[0]!.file_id]: printedText("atc-arrears-1"), [pages[1]!.photo[0]!.file_id]: printedText("atc-arrears-2") });
    await ioana.sends(pages[0]!);
    await ioana.sends(pages[1]!);
    // One question for both, with the third answer.
    const asked = ioana.last;
    expect(unmarked(asked.plain!)).toBe(t("ro", "held-ask-many", { count: 2 }));
    expect(desk.em.buttons(asked).map((b) => unmarked(b.text))).toEqual([t("ro", "held-yes"), t("ro", "held-no"), t("ro", "held-letter")]);

    await ioana.presses(t("ro", "held-letter"));
    // Both photos are the letter's pages already; more may follow, or "That's all".
    expect(unmarked(ioana.last.plain!)).toBe(t("ro", "letter-page-received", { count: 2 }));
    await ioana.presses(t("ro", "letter-pages-done"));
    await readingDone(desk);
    const facts = unmarked(ioana.last.plain!);
    expect(facts).toContain(t("ro", "letter-facts-title"));
    expect(facts).toContain(`${t("ro", "letter-label-sender")}: ${t("ro", "letter-from-atc")}`);
    expect(facts).toContain("302104000123456789");
    const request = desk.deps.services.requests.openFor(ioana.user.id)!;
    expect(request.category).toBe("housing");
    expect(desk.deps.services.letters.ofRequest(request.id)).toHaveLength(1);
  });

  it("a photo with a text beside it is not offered as a letter: the two go to the desk as one request, as before", { timeout: 60_000 }, async () => {
    desk = new TestDesk();
    const ioana = await onboarded(desk, "Ioana", "ro");
    await ioana.says("Am primit asta ieri");
    await ioana.sends(photoOf(desk, "atc-arrears-1", 1));
    expect(desk.em.buttons(ioana.last).map((b) => unmarked(b.text))).toEqual([t("ro", "held-yes"), t("ro", "held-no")]);
    // A modified client pressing "letter" anyway: checked against what the desk offered, nothing is read.
    const question = ioana.last;
    await desk.handle(desk.em.press(ioana.user.id, ioana.chatId, question.message_id, heldAnswer.pack({ answer: "letter" })));
    expect(desk.deps.services.letters.waiting(5)).toEqual([]);
    expect(ioana.last.plain).toBe(t("ro", "button-stale"));
    // Her two messages are still hers to send.
    await ioana.presses(t("ro", "held-yes"), { in: question });
    expect(desk.deps.services.letters.waiting(5)).toEqual([]);
  });
});
