import { afterEach, describe, expect, it } from "vitest";
import { TestDesk, unmarked } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());

describe("first contact", () => {
  it("greets an Arabic-speaking resident with the Arabic picker, asks consent, then shows the Arabic menu", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");

    const [picker] = await amira.says("/start");
    expect(picker!.plain).toBe("اختر لغتك.");
    expect(amira.buttons()[0]).toBe("✅ العربية");
    expect(amira.buttons()).toEqual(expect.arrayContaining(["Italiano", "Română", "Shqip", "中文", "Українська"]));

    // Nothing but chat id and language before consent.
    let row = desk.repos.residents.get(amira.user.id)!;
    expect(row.firstName).toBeNull();

    const [notice] = await amira.presses("✅ العربية");
    expect(notice!.plain).toContain("/mydata");
    row = desk.repos.residents.get(amira.user.id)!;
    expect(row).toMatchObject({ language: "ar", consentAt: null, firstName: null });

    const answers = await amira.presses(/✅/);
    expect(answers.map((m) => m.plain)).toContain(desk.app.i18n.t("ar", "menu-title"));
    expect(amira.buttons()).toContain(desk.app.i18n.t("ar", "menu-desk"));
    row = desk.repos.residents.get(amira.user.id)!;
    expect(row.consentAt?.toISOString()).toBe("2026-11-25T09:00:00.000Z");
    expect(row.consentVersion).toBe(1);
    expect(row.firstName).toBe("Amira");
  });

  it("switches to Romanian with /language and the menu follows", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();

    await amira.says("/language");
    const answers = await amira.presses("Română");
    const texts = answers.map((m) => m.plain);
    expect(texts).toContain(desk.app.i18n.t("ro", "language-set"));
    expect(texts).toContain(desk.app.i18n.t("ro", "menu-title"));
    expect(amira.buttons()).toContain(desk.app.i18n.t("ro", "menu-italian"));

    await amira.says("/menu");
    expect(amira.last.plain).toBe(desk.app.i18n.t("ro", "menu-title"));
  });

  it("falls back to Italian for a Telegram language the desk does not speak", async () => {
    desk = new TestDesk();
    const pedro = desk.resident("Pedro", "pt-BR");
    await pedro.says("/start");
    expect(pedro.last.plain).toBe("Scelga la lingua.");
    expect(pedro.buttons()[0]).toBe("✅ Italiano");
  });

  it("takes the language from a poster deep link and opens the flow it names after consent", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "en");
    const [notice] = await olena.says("/start uk_info");
    // The notice, and the line naming the voice messages the desk can read out (made on its own machine).
    const expected = `${desk.app.i18n.t("uk", "privacy-notice", { address: "via Gandolfi 20" })}\n${desk.app.i18n.t("uk", "privacy-voice")}`;
    expect(notice!.plain).toBe(expected.replace(/<\/?b>/g, ""));
    const after = await olena.presses(/✅/);
    expect(after.at(-1)!.plain).toContain("Via Gandolfi 20");
  });

  it("asks for consent again before anything else, and again when the notice changes", async () => {
    desk = new TestDesk();
    const ion = desk.resident("Ion", "ro");
    await ion.says("/start");
    await ion.presses("✅ Română");
    // The notice is in the chat already: a reminder to answer it, not the notice a second time (issue 30).
    const replies = await ion.says("ajutor");
    expect(replies.map((m) => m.plain)).toEqual([desk.app.i18n.t("ro", "privacy-needed")]);
    // The notice's own buttons are still the live ones: "I agree" and "I prefer voice messages".
    expect(ion.buttons().map(unmarked)).toEqual(
      [desk.app.i18n.t("ro", "privacy-agree"), desk.app.i18n.t("ro", "voice-first-contact"), desk.app.i18n.t("ro", "privacy-prefer-person")].map(unmarked),
    );
    await ion.presses(/✅/);
    // "ajutor", written before he agreed, is not lost: now that he has, he is asked whether to send it.
    expect(ion.last.plain).toBe(desk.app.i18n.t("ro", "held-ask"));
    await ion.says("/menu");
    expect(ion.last.plain).toBe(desk.app.i18n.t("ro", "menu-title"));

    desk.close();
    const next = new TestDesk({ env: { PRIVACY_NOTICE_VERSION: "2" } });
    desk = next;
    const same = next.resident("Ion", "ro");
    await same.onboards();
    next.repos.residents.update(same.user.id, { consentVersion: 1 });
    await same.says("/menu");
    expect(same.texts.at(-1)).toContain("/privacy");
  });

  it("answers stickers, edits and unknown text outside a flow clearly", async () => {
    desk = new TestDesk();
    const li = desk.resident("Li", "zh");
    await li.onboards();
    await li.sends({ sticker: { file_id: "s", file_unique_id: "s", type: "regular", width: 1, height: 1, is_animated: false, is_video: false } });
    expect(li.last.plain).toBe(desk.app.i18n.t("zh", "input-sticker"));
    await li.says("你好");
    // Unknown text is not dropped for the menu: it may be a request.
    expect(li.last.plain).toBe(desk.app.i18n.t("zh", "held-ask"));
    const sent = desk.em.messages(li.chatId).filter((m) => !m.fromBot).at(-1)!;
    await desk.handle(desk.em.edit(li.user.id, li.chatId, sent.message_id, "你好!"));
    expect(li.last.plain).toBe(desk.app.i18n.t("zh", "input-edited"));
  });

  it("handles a redelivered update once", async () => {
    desk = new TestDesk();
    const li = desk.resident("Li", "zh");
    const update = desk.em.send(li.user.id, li.chatId, { text: "/start" });
    await desk.handle(update);
    await desk.handle(update);
    expect(li.inbox).toHaveLength(1);
  });

  it("ignores groups other than the operator group", async () => {
    desk = new TestDesk();
    const stranger = desk.em.addUser({ id: 4242, first_name: "X" });
    desk.em.addGroup({ id: -100999, title: "Altro gruppo", isForum: false, members: [stranger] });
    await desk.handle(desk.em.send(stranger.id, -100999, { text: "/queue" }));
    await desk.handle(desk.em.send(stranger.id, -100999, { text: "/start" }));
    expect(desk.em.messages(-100999).filter((m) => m.fromBot)).toHaveLength(0);
  });
});
