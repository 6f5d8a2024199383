// What the desk read in a resident's letter is theirs like a message (issue 33, privacy): in /mydata while it is kept,
// gone with the request's content once the retention period has passed after it was closed, and never kept as an
// image (only Telegram's file ids, which go with it). The page is "read" by a stub reader.
import { afterEach, describe, expect, it } from "vitest";
import { TestDesk } from "./harness/desk.js";
import { onboarded, photoOf, printedText, readerOfTexts, readingDone } from "./harness/letters.js";

let desk: TestDesk | undefined;
afterEach(async () => {
  await desk?.app.deps.letters?.close();
  desk?.close();
  desk = undefined;
});

describe("a letter's text and retention", () => {
  it("the text read is in /mydata; 30 days after the request was closed it is erased with the request's content", { timeout: 60_000 }, async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const ana = await onboarded(desk, "Ana", "es");
    const page = photoOf(desk, "tari-bill", 1);
    readerOfTexts(desk, { [page.photo[0]!.file_id]: printedText("tari-bill") });
    await ana.sends({ ...page, caption: "carta" });
    await ana.presses(desk.app.i18n.t("es", "letter-pages-done"));
    await readingDone(desk);
    const request = desk.deps.services.requests.openFor(ana.user.id)!;
    const [letter] = desk.deps.services.letters.ofRequest(request.id);
    expect(letter!.text).toContain("TARI");

    const [file] = await ana.says("/mydata");
    expect(Buffer.from(file!.file!.bytes).toString("utf8")).toContain("TARI");

    desk.deps.services.requests.close(request.id, { id: 1, name: "Giulia" });
    desk.clock.advance(29 * 86_400_000);
    desk.deps.services.privacy.applyRetention();
    expect(desk.deps.services.letters.ofRequest(request.id)[0]!.text).toContain("TARI");
    desk.clock.advance(2 * 86_400_000);
    expect(desk.deps.services.privacy.applyRetention()).toBe(1);
    const erased = desk.deps.services.letters.ofRequest(request.id)[0]!;
    expect(erased.text).toBeNull();
    expect(erased.facts).toBeNull();
    expect(erased.pages).toBeNull();
    const [after] = await ana.says("/mydata");
    expect(Buffer.from(after!.file!.bytes).toString("utf8")).not.toContain("TARI");
  });
});
