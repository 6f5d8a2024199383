import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, type Resident, TestDesk } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());


/** Every text cell of every table, to prove a person is gone. */
const everyText = (d: TestDesk) => d.everyText();

function counts(d: TestDesk) {
  const q = (sql: string) => (d.db.$client.prepare(sql).get() as { n: number }).n;
  return {
    residents: q("SELECT count(*) n FROM residents"),
    requests: q("SELECT count(*) n FROM requests"),
    requestsByCategory: d.db.$client.prepare("SELECT category, language, count(*) n FROM requests GROUP BY 1, 2").all(),
    bookings: q("SELECT count(*) n FROM bookings"),
    attended: q("SELECT count(*) n FROM bookings WHERE attendance = 'present'"),
  };
}

async function residentWithHistory(): Promise<Resident> {
  const [past, future] = desk.deps.services.booking.createSessions(
    { activityId: "tutoring-primary", date: { year: 2026, month: 11, day: 26 }, time: { hour: 16, minute: 0 }, minutes: 90, place: null, seats: 5, weeks: 2 },
    { id: 1, name: "Giulia" },
  ) as { id: number }[];
  const fatima = desk.resident("Fatima", "ar");
  await fatima.onboards();
  await fatima.says("/menu");
  await fatima.presses(t("ar", "menu-desk"));
  await fatima.presses(t("ar", "cat-homecare"));
  await fatima.says("Mia madre Khadija ha bisogno di un'infermiera");
  await fatima.sendsVoice();
  await fatima.presses(t("ar", "req-visit-home"));
  await fatima.says("Via Casalbagliano 7, scala C");
  await fatima.presses(t("ar", "req-call-me-instead"));
  await fatima.sharesContact("+39 347 7654321");
  await fatima.presses(t("ar", "req-send"));
  const b1 = desk.deps.services.booking.book(fatima.user.id, past!.id, { name: "Youssef", schoolClass: "p3", subject: "maths" });
  const b2 = desk.deps.services.booking.book(fatima.user.id, future!.id, { name: "Salma", schoolClass: "p1", subject: "homework" });
  if (!b1.ok || !b2.ok) throw new Error("booking failed");
  desk.clock.set("2026-11-26T18:00:00Z");
  desk.deps.services.booking.markAttendance(b1.booking.id, "present", { id: 1, name: "Giulia" });
  return fatima;
}

describe("privacy", () => {
  it("explains in the resident's language what is kept, why, for how long and who sees it", async () => {
    desk = new TestDesk();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    const [answer] = await olena.says("/privacy");
    // Ending with the line on voice messages, made on the desk's own machine.
    expect(answer!.plain).toBe(`${t("uk", "privacy-details", { days: 365 })}\n${t("uk", "privacy-voice")}`.replace(/<\/?b>/g, ""));
  });

  it("/mydata sends a readable text document with the person's request and two bookings", async () => {
    desk = new TestDesk();
    const fatima = await residentWithHistory();
    const [file] = await fatima.says("/mydata");
    expect(file!.file!.name).toBe(t("ar", "mydata-file-name"));
    expect(file!.plain).toBe(t("ar", "mydata-caption"));
    const doc = Buffer.from(file!.file!.bytes).toString("utf8");
    expect(doc).toContain(`${t("ar", "mydata-name")}: Fatima`);
    expect(doc).toContain(`${t("ar", "mydata-phone")}: +39 347 7654321`);
    expect(doc).toContain(`${t("ar", "mydata-language")}: العربية`);
    expect(doc.match(new RegExp(t("ar", "mydata-request", { number: "1" }), "g"))).toHaveLength(1);
    expect(doc).toContain(`${t("ar", "mydata-address")}: Via Casalbagliano 7, scala C`);
    expect(doc).toContain(`${t("ar", "mydata-from-you")}: Mia madre Khadija ha bisogno di un'infermiera`);
    expect(doc).toContain(`[${t("ar", "mydata-kind-voice")}]`);
    expect(doc.indexOf("Youssef")).toBeGreaterThan(0);
    expect(doc.indexOf("Salma")).toBeGreaterThan(doc.indexOf("Youssef"));
    expect(doc).toContain(t("ar", "mydata-attendance-present"));
  });

  it("/forget erases name, phone, texts and children's names everywhere, keeps the counts, and tells the operators", async () => {
    desk = new TestDesk();
    const fatima = await residentWithHistory();
    const before = counts(desk);
    expect(everyText(desk)).toContain("Khadija");

    // Choosing Arabic gave her chat an Arabic command menu; it goes with the rest.
    expect(desk.em.commands.has(`chat:${fatima.user.id}`)).toBe(true);
    await fatima.says("/forget");
    expect(fatima.last.plain).toBe(t("ar", "forget-confirm"));
    await fatima.presses(t("ar", "forget-yes"));
    expect(fatima.last.plain).toBe(t("ar", "forget-done"));
    expect(desk.em.commands.has(`chat:${fatima.user.id}`)).toBe(false);

    const all = everyText(desk);
    for (const personal of ["Fatima", "+39 347 7654321", "Khadija", "Casalbagliano", "Youssef", "Salma", `"${fatima.user.id}"`, `:${fatima.user.id},`, `:${fatima.user.id}}`]) {
      expect(all).not.toContain(personal);
    }
    const after = counts(desk);
    expect(after.requests).toBe(before.requests);
    expect(after.requestsByCategory).toEqual(before.requestsByCategory);
    expect(after.bookings).toBe(before.bookings);
    expect(after.attended).toBe(before.attended);
    expect(after.residents).toBe(before.residents);

    const [topicId] = [...desk.em.topics(OPERATOR_CHAT_ID).keys()];
    expect(desk.groupTexts(topicId).at(-1)).toContain("ha chiesto di essere dimenticata");
    expect(desk.group(topicId)[0]!.plain).toContain("persona anonimizzata");
    expect(desk.group(topicId).some((m) => m.plain?.includes("Khadija"))).toBe(false);
  });

  it("after /forget the audit trail keeps what the person did, under their anonymous marker and without a name", async () => {
    desk = new TestDesk();
    const fatima = await residentWithHistory();
    await desk.giulia.says("/close 1");
    await fatima.says("ما زلت بحاجة إلى ممرضة");
    await fatima.presses(t("ar", "closed-help-yes"));
    const [before] = await desk.giulia.says("/audit 1");
    expect(before!.plain).toMatch(new RegExp(`residente \\(${fatima.user.id}\\) · reopen`));

    await fatima.says("/forget");
    await fatima.presses(t("ar", "forget-yes"));
    const [after] = await desk.giulia.says("/audit 1");
    expect(after!.plain).toMatch(/persona anonimizzata \(-1\) · reopen/);
    expect(after!.plain).not.toContain(String(fatima.user.id));
    expect(after!.plain).toContain("Giulia (900001) · close");
  });

  it("erases only closed requests older than the retention period", async () => {
    desk = new TestDesk({ env: { RETENTION_DAYS: "30" } });
    const r = desk.resident("Ana", "es");
    await r.onboards();
    const file = (text: string) =>
      desk.deps.services.requests.file({ residentId: r.user.id, category: "rent", language: "es", visit: "desk", contact: "chat", pieces: [{ kind: "text", text, messageId: 1 }] }).request.id;
    const staff = { id: 1, name: "Giulia" };
    const old = file("vieja cerrada");
    desk.deps.services.requests.close(old, staff);
    const oldOpen = file("vieja abierta");
    desk.clock.advance(20 * 86_400_000);
    const recent = file("reciente cerrada");
    desk.deps.services.requests.close(recent, staff);
    desk.clock.advance(15 * 86_400_000);

    expect(desk.deps.services.privacy.applyRetention()).toBe(1);
    const text = (id: number) => desk.deps.services.requests.messages(id)[0]!.text;
    expect(text(old)).toBeNull();
    expect(desk.deps.services.requests.get(old)!.erasedAt).not.toBeNull();
    expect(text(oldOpen)).toBe("vieja abierta");
    expect(text(recent)).toBe("reciente cerrada");
    expect(desk.deps.services.privacy.applyRetention()).toBe(0);
  });

  it("slows a flood of 100 messages in 10 s with one notice, keeps them in the open request, and serves others", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    const ion = desk.resident("Ion", "ro");
    await ana.onboards();
    await ion.onboards();
    await ana.says("/menu");
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-neighbours"));
    await ana.says("Ruido toda la noche");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));

    const flood = Array.from({ length: 100 }, (_, i) => desk.em.send(ana.user.id, ana.chatId, { text: `mensaje ${i}` }));
    await Promise.all(flood.map((u) => desk.handle(u)));
    await ion.says("/menu");
    expect(ion.last.plain).toBe(t("ro", "menu-title"));

    expect(ana.texts.filter((x) => x === t("es", "slow-down"))).toHaveLength(1);
    const stored = desk.deps.services.requests.messages(1).filter((m) => m.text?.startsWith("mensaje"));
    expect(stored).toHaveLength(100);
  });

  it("neutralises bidi overrides in names and texts before staff see them", async () => {
    desk = new TestDesk({ forum: false });
    const evil = desk.resident("Ali\u202Egnp.exe", "ar");
    await evil.onboards();
    await evil.says("/menu");
    await evil.presses(t("ar", "menu-desk"));
    await evil.presses(t("ar", "cat-other"));
    await evil.says("ciao \u202Edlrow\u202C fine \u2067x\u2069");
    await evil.presses(t("ar", "req-visit-desk"));
    await evil.presses(t("ar", "req-send"));
    const card = desk.group().find((m) => m.plain?.startsWith("#1"))!;
    expect(card.plain).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(card.plain).toContain("Alignp.exe");
  });

  it("refuses a file larger than Telegram lets the bot fetch", async () => {
    desk = new TestDesk();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.sends({ document: { file_id: "big", file_unique_id: "big", file_name: "video.mp4", file_size: 80 * 1024 * 1024 } });
    expect(ana.last.plain).toBe(t("es", "input-too-large", { max: 20 }));
  });
});
