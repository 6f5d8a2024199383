import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import type { StoredMessage } from "#src/playground/emulator.js";
import { esfTable, published } from "#src/domain/participants/counts.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConfigError, loadConfig } from "#src/settings.js";
import { ManualClock } from "#src/clock.js";
import { type Resident, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";

let desk: TestDesk;
afterEach(() => desk?.close());

/** What a person reads: without the bidi isolation marks around placeables. */
const read = (r: Resident) => unmarked(r.last.plain);

/** The desk as Regione Piemonte's ESF+ call wants it: the default indicators, every activity counted. */
function fundedDesk(participants: Record<string, unknown> = {}) {
  return new TestDesk({ network: { ...TWO_TEAMS, participants }, clock: new ManualClock("2026-11-02T09:00:00Z") });
}

function sessions(activityId: string, day: number, weeks = 1) {
  const created = desk.deps.services.booking.createSessions(
    { activityId, date: { year: 2026, month: 11, day }, time: { hour: 16, minute: 30 }, minutes: 90, place: null, seats: 12, weeks },
    { id: desk.giulia.user.id, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  return created.map((s) => s.id);
}

/** A parent walks the tutoring form up to the date (the 17th). */
async function bookTutoring(parent: Resident, locale: string, child: string) {
  await parent.says("/menu");
  await parent.presses(t(locale, "menu-tutoring"));
  await parent.says(child);
  await parent.presses(t(locale, "class-p3"));
  await parent.presses(t(locale, "subject-maths"));
  return parent.presses(/17/);
}

const sheets = () =>
  desk.db.$client
    .prepare("SELECT resident_id, subject_key, answered_by, consent, sensitive_consent, answers FROM participant_sheets ORDER BY id")
    .all()
    .map((row) => ({ ...(row as Record<string, unknown>), answers: JSON.parse((row as { answers: string }).answers) }));

describe("ESF+ participant sheet", () => {
  it("asks an Albanian mother, in Albanian, the sheet for the son she books tutoring for — once", async () => {
    desk = fundedDesk();
    sessions("tutoring-primary", 17, 2);
    const elira = desk.resident("Elira", "sq");
    await elira.onboards();
    await bookTutoring(elira, "sq", "Arben");
    // The booking's answer, then the sheet about Arben: what it is for, who sees it, how to see and erase it.
    const intro = read(elira);
    expect(intro).toBe(t("sq", "ps-intro", { who: "child", child: "Arben" }));
    expect(intro).toContain("Arben");
    expect(intro).toContain("/mydata");
    expect(intro).toContain("/forget");
    await elira.presses(t("sq", "ps-consent-yes"));
    expect(read(elira)).toBe(t("sq", "ps-q-gender", { who: "child", child: "Arben" }));
    // Every question can be declined.
    expect(elira.buttons()).toContain(t("sq", "ps-a-declined"));
    await elira.presses(t("sq", "ps-a-man"));
    expect(read(elira)).toBe(t("sq", "ps-q-age", { who: "child", child: "Arben" }));
    await elira.presses(t("sq", "ps-a-under-18"));
    // A child's labour status is not asked: next is schooling.
    expect(read(elira)).toBe(t("sq", "ps-q-education", { who: "child", child: "Arben" }));
    await elira.presses(t("sq", "ps-a-isced-0-2"));
    expect(read(elira)).toBe(t("sq", "ps-q-thirdCountry", { who: "child", child: "Arben" }));
    await elira.presses(t("sq", "ps-a-yes"));
    await elira.presses(t("sq", "ps-a-yes")); // foreign background
    await elira.presses(t("sq", "ps-a-no")); // homeless
    expect(elira.texts).toContain(t("sq", "ps-done"));
    // The tutoring form goes on where it was.
    expect(read(elira)).toBe(t("sq", "tutoring-another"));
    await elira.presses(t("sq", "tutoring-another-no"));

    expect(sheets()).toEqual([
      {
        resident_id: elira.user.id,
        subject_key: "arben",
        answered_by: "parent",
        consent: "given",
        sensitive_consent: null,
        answers: { gender: "man", age: "under-18", education: "isced-0-2", thirdCountry: "yes", foreignBackground: "yes", homeless: "no" },
      },
    ]);

    // Booking Arben again (next week) asks nothing more.
    const before = elira.texts.length;
    await bookTutoring(elira, "sq", "Arben");
    expect(elira.texts.slice(before)).not.toContain(t("sq", "ps-intro", { who: "child", child: "Arben" }));
    expect(read(elira)).toBe(t("sq", "tutoring-another"));
    expect(sheets()).toHaveLength(1);
    await elira.presses(t("sq", "tutoring-another-no"));

    // Her copy of her data shows what she answered for Arben, in Albanian.
    const [file] = await elira.says("/mydata");
    const doc = unmarked(Buffer.from(file!.file!.bytes).toString("utf8"));
    expect(doc).toContain(t("sq", "ps-mydata-title"));
    expect(doc).toContain(t("sq", "ps-mydata-child", { child: "Arben" }));
    expect(doc).toContain(`${t("sq", "ps-label-age")}: ${t("sq", "ps-a-under-18")}`);
    expect(doc).toContain(`${t("sq", "ps-label-thirdCountry")}: ${t("sq", "ps-a-yes")}`);
    // /forget erases the sheet with everything else.
    await elira.says("/forget");
    await elira.presses(t("sq", "forget-yes"));
    expect(sheets()).toEqual([]);
  });

  it("lets a Ukrainian resident decline two questions, saving the rest", async () => {
    desk = fundedDesk();
    sessions("italian-a1", 17);
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await olena.booksSeat("uk", /17/);
    expect(read(olena)).toBe(t("uk", "ps-intro", { who: "self", child: "" }));
    await olena.presses(t("uk", "ps-consent-yes"));
    await olena.presses(t("uk", "ps-a-woman"));
    await olena.presses(t("uk", "ps-a-30-54"));
    expect(read(olena)).toBe(t("uk", "ps-q-labour", { who: "self", child: "" }));
    await olena.presses(t("uk", "ps-a-unemployed"));
    expect(read(olena)).toBe(t("uk", "ps-q-joblessFor", { who: "self", child: "" }));
    await olena.presses(t("uk", "ps-a-over-12m"));
    await olena.presses(t("uk", "ps-a-declined")); // education
    await olena.presses(t("uk", "ps-a-declined")); // citizenship
    await olena.presses(t("uk", "ps-a-yes")); // foreign background
    await olena.presses(t("uk", "ps-a-no")); // homeless
    expect(read(olena)).toBe(t("uk", "ps-done"));
    expect(sheets()).toEqual([
      {
        resident_id: olena.user.id,
        subject_key: "",
        answered_by: "self",
        consent: "given",
        sensitive_consent: null,
        answers: {
          gender: "woman",
          age: "30-54",
          labour: "unemployed",
          joblessFor: "over-12m",
          education: "declined",
          thirdCountry: "declined",
          foreignBackground: "yes",
          homeless: "no",
        },
      },
    ]);
  });

  it("takes a no to the whole sheet and never asks again; a forged answer is refused", async () => {
    desk = fundedDesk();
    sessions("italian-a1", 17, 2);
    const rosa = desk.resident("Rosa", "es");
    await rosa.onboards();
    await rosa.booksSeat("es", /17/);
    await rosa.presses(t("es", "ps-consent-no"));
    expect(read(rosa)).toBe(t("es", "ps-declined"));
    expect(sheets()).toMatchObject([{ consent: "declined", answers: {} }]);
    await rosa.booksSeat("es", /17/);
    expect(read(rosa)).not.toBe(t("es", "ps-intro", { who: "self", child: "" }));

    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.booksSeat("ro", /17/);
    await ion.presses(t("ro", "ps-consent-yes"));
    // A modified client sends an answer that was not offered: refused, and the question's buttons come again.
    const question = ion.last;
    await desk.handle(desk.em.press(ion.user.id, ion.chatId, question.message_id, "f:psa:isced-5-8"));
    expect(read(ion)).toBe(t("ro", "button-stale-form"));
    expect(ion.buttons()).toContain(t("ro", "ps-a-declined"));
    expect(sheets()[1]!.answers).toEqual({});
    // The domain refuses it too, whatever a handler passed on.
    const sheet = desk.deps.services.participants.sheetOf(ion.user.id, { kind: "self" })!;
    expect(desk.deps.services.participants.answer(sheet.id, "gender", "isced-5-8")).toBe(false);
    await ion.presses(t("ro", "ps-a-non-binary"));
    expect(sheets()[1]!.answers).toEqual({ gender: "non-binary" });
  });

  it("asks the special categories only when the desk file turns them on, after an explicit yes", async () => {
    desk = fundedDesk({ indicators: ["gender", "age", "disability", "minority"] });
    sessions("caregiver", 17);
    const amal = desk.resident("Amal", "ar");
    await amal.onboards();
    await amal.says("/menu");
    await amal.presses(t("ar", "menu-activities"));
    await amal.presses(t("ar", "act-caregiver"));
    await amal.presses(/17|١٧/);
    await amal.presses(t("ar", "ps-consent-yes"));
    await amal.presses(t("ar", "ps-a-woman"));
    await amal.presses(t("ar", "ps-a-55-plus"));
    expect(read(amal)).toBe(t("ar", "ps-sensitive-intro", { who: "self", child: "" }));
    await amal.presses(t("ar", "ps-sensitive-no"));
    expect(read(amal)).toBe(t("ar", "ps-done"));
    expect(sheets()).toMatchObject([
      { consent: "given", sensitive_consent: "declined", answers: { gender: "woman", age: "55-plus", disability: "declined", minority: "declined" } },
    ]);
  });

  it("counts a person the listening desk follows, when the desk file says so: asked after their first request", async () => {
    desk = fundedDesk({ listeningDesk: true, indicators: ["gender", "age"] });
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ana.says("/menu");
    await ana.presses(t("es", "menu-desk"));
    await ana.presses(t("es", "cat-rent"));
    await ana.says("No puedo pagar el alquiler de diciembre");
    await ana.presses(t("es", "req-visit-desk"));
    await ana.presses(t("es", "req-send"));
    expect(read(ana)).toBe(t("es", "ps-intro", { who: "self", child: "" }));
    await ana.presses(t("es", "ps-consent-yes"));
    await ana.presses(t("es", "ps-a-woman"));
    await ana.presses(t("es", "ps-a-25-29"));
    expect(read(ana)).toBe(t("es", "ps-done"));
    // A health request goes to Azimut's team, not the listening desk: nothing is asked.
    const rosa = desk.resident("Rosa", "es");
    await rosa.onboards();
    await rosa.says("/menu");
    await rosa.presses(t("es", "menu-desk"));
    await rosa.presses(t("es", "cat-health"));
    await rosa.says("Necesito una visita de la enfermera");
    await rosa.presses(t("es", "req-visit-desk"));
    await rosa.presses(t("es", "req-send"));
    expect(rosa.texts).not.toContain(t("es", "ps-intro", { who: "self", child: "" }));
    // She enters the operation when staff first answer her.
    const [card] = desk.group().filter((m) => m.plain?.includes("#1"));
    await desk.giulia.answers("Buongiorno Ana, ci vediamo giovedì", { topic: card!.message_thread_id });
    desk.clock.set("2026-12-01T10:00:00Z");
    const report = desk.deps.services.participants.report(
      { from: new Date("2026-10-31T23:00:00Z"), to: new Date("2026-11-30T23:00:00Z") },
      { listeningDesk: true },
    )!;
    expect(report.byActivity.map((a) => a.activityId)).toEqual(["listening-desk"]);
    expect(report.all.map((r) => [r.id, r.byGender.woman, r.total])).toEqual([
      ["total", 1, 1],
      ["under-18", 0, 0],
      ["18-29", 1, 1],
      ["55-plus", 0, 0],
    ]);
  });

  it("asks nothing where the desk file collects no sheet", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-02T09:00:00Z") });
    sessions("italian-a1", 17);
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await olena.booksSeat("uk", /17/);
    expect(olena.texts).not.toContain(t("uk", "ps-intro", { who: "self", child: "" }));
    expect(sheets()).toEqual([]);
  });
});

/** The coordinator's CSV for the funder, read as rows of [scope, indicator, women, men, non-binary, gender?, total, not said]. */
function esfRows(files: StoredMessage[]): string[][] {
  const csv = files.find((m) => m.file?.name?.startsWith("fse-partecipanti-"));
  if (!csv) throw new Error(`no ESF+ CSV among ${files.map((m) => m.file?.name).join(", ")}`);
  return parse(Buffer.from(csv.file!.bytes).toString("utf8"), { delimiter: ";", bom: true }) as string[][];
}
const row = (rows: string[][], scope: string, indicator: string) => rows.find((r) => r[0] === scope && r[1] === indicator)?.slice(2);

/** Staff press a button in their private chat with the bot (the sheet filled at the desk is asked there). */
async function pressPrivately(userId: number, label: string) {
  const mine = desk.em.messages(userId).filter((m) => m.fromBot);
  for (const m of [...mine].reverse()) {
    const button = desk.em.buttons(m).find((b) => unmarked(b.text).includes(label));
    if (button?.data) {
      await desk.handle(desk.em.press(userId, userId, m.message_id, button.data));
      return desk.em.messages(userId).filter((x) => x.fromBot).at(-1)!;
    }
  }
  throw new Error(`no button "${label}"`);
}

describe("ESF+ sheet filled by staff at the desk", () => {
  it("lets staff fill, in a private chat, the sheet of someone not in the chat: no name, a number for the paper form", async () => {
    desk = fundedDesk();
    const giulia = desk.giulia.user.id;
    const [inGroup] = await desk.giulia.says("/scheda");
    expect(inGroup!.plain).toBe(desk.deps.italian("esf-desk-private-only"));
    const [first] = await desk.giulia.saysPrivately("/scheda");
    expect(first!.plain).toBe(desk.deps.italian("esf-desk-activity"));
    await pressPrivately(giulia, desk.deps.italian("act-italian-a1"));
    await pressPrivately(giulia, "✅ Sì, ha firmato");
    for (const label of ["Femmina", "55 anni o più", "🏠 No, e non cerca lavoro", "Fino alla scuola media", "Sì", "Sì", "🤐 Non vuole rispondere"]) {
      await pressPrivately(giulia, label);
    }
    const saved = desk.em.messages(giulia).at(-1)!.plain!;
    expect(saved).toMatch(/^✅ Scheda FSE\+ n\. \d+ salvata/);
    const report = desk.deps.services.participants.report(
      { from: new Date("2026-10-31T23:00:00Z"), to: new Date("2026-11-30T23:00:00Z") },
      { listeningDesk: false },
    )!;
    const total = report.all.find((r) => r.id === "total")!;
    expect([total.byGender.woman, total.total]).toEqual([1, 1]);
    expect(report.all.find((r) => r.id === "55-plus")!.total).toBe(1);
    expect(report.all.find((r) => r.id === "homeless")!.undeclared).toBe(1);
    expect(report.byActivity.map((a) => a.activityId)).toEqual(["italian-a1"]);
    // The audit trail says who filled sheet number N, never whose it is.
    expect(desk.db.$client.prepare("SELECT action, detail FROM audit WHERE action = 'participant-sheet'").all()).toHaveLength(1);
  });
});

describe("ESF+ figures for the funder", () => {
  it("gives a coordinator November's Annex I table by gender, small cells as < 5, no name; /forget takes a person out", async () => {
    desk = fundedDesk();
    const [a1] = sessions("italian-a1", 10, 1);
    sessions("tutoring-primary", 17, 1);
    const [december] = desk.deps.services.booking.createSessions(
      { activityId: "italian-a2", date: { year: 2026, month: 12, day: 1 }, time: { hour: 9, minute: 0 }, minutes: 90, place: null, seats: 10, weeks: 1 },
      { id: desk.giulia.user.id, name: "Giulia" },
    ) as { id: number }[];
    const { booking, participants } = desk.deps.services;

    // In the chat: Elira answers for Arben; Olena (Ukrainian) declines her schooling and citizenship.
    const elira = desk.resident("Elira", "sq");
    await elira.onboards();
    await elira.says("/menu");
    await elira.presses(t("sq", "menu-tutoring"));
    await elira.says("Arben");
    await elira.presses(t("sq", "class-p3"));
    await elira.presses(t("sq", "subject-maths"));
    await elira.presses(/17/);
    await elira.presses(t("sq", "ps-consent-yes"));
    for (const key of ["ps-a-man", "ps-a-under-18", "ps-a-isced-0-2", "ps-a-yes", "ps-a-yes", "ps-a-no"]) await elira.presses(t("sq", key));
    await elira.presses(t("sq", "tutoring-another-no"));
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-italian"));
    await olena.presses(t("uk", "act-italian-a1"));
    await olena.presses(/10/);
    await olena.presses(t("uk", "ps-consent-yes"));
    for (const key of ["ps-a-woman", "ps-a-30-54", "ps-a-unemployed", "ps-a-over-12m", "ps-a-declined", "ps-a-declined", "ps-a-yes", "ps-a-no"]) {
      await olena.presses(t("uk", key));
    }
    // Six more women of the A1 class, whose sheets were answered the same way (set up directly).
    const seated: number[] = [];
    for (const name of ["Amina", "Fatou", "Leyla", "Nadia", "Rahel", "Samira"]) {
      const r = desk.resident(name, "it");
      await r.onboards();
      const held = booking.book(r.user.id, a1!);
      if (!held.ok) throw new Error(held.reason);
      seated.push(held.booking.id);
      const sheet = participants.open(r.user.id, { kind: "self" }, null);
      participants.consent(sheet.id, true);
      const answers = { gender: "woman", age: "30-54", labour: "unemployed", joblessFor: "over-12m", education: "isced-3-4", thirdCountry: "yes" };
      for (const [q, v] of Object.entries(answers)) expect(participants.answer(sheet.id, q as never, v)).toBe(true);
    }
    // Marco came only in December; Rosa booked in November but never came: neither took part in November.
    const marco = desk.resident("Marco", "it");
    await marco.onboards();
    const rosa = desk.resident("Rosa", "es");
    await rosa.onboards();
    const marcoSeat = booking.book(marco.user.id, december!.id);
    const rosaSeat = booking.book(rosa.user.id, a1!);

    // Attendance, as staff mark it: that is what makes each of them a participant.
    const bookingOf = (r: Resident) =>
      (desk.db.$client.prepare("SELECT id FROM bookings WHERE resident_id = ?").get(r.user.id) as { id: number }).id;
    const giulia = { id: desk.giulia.user.id, name: "Giulia" };
    desk.clock.set("2026-11-10T18:00:00Z");
    for (const id of [...seated, bookingOf(olena)]) booking.markAttendance(id, "present", giulia);
    if (rosaSeat.ok) booking.markAttendance(rosaSeat.booking.id, "absent", giulia);
    desk.clock.set("2026-11-17T18:00:00Z");
    booking.markAttendance(bookingOf(elira), "present", giulia);
    desk.clock.set("2026-12-01T11:00:00Z");
    if (marcoSeat.ok) booking.markAttendance(marcoSeat.booking.id, "present", giulia);

    const files = await desk.paola.says("/export 2026-11");
    const rows = esfRows(files);
    expect(rows[0]).toEqual(["ambito", "indicatore", "donne", "uomini", "persone non binarie", "genere non dichiarato", "totale", "risposta non data"]);
    const all = "Tutte le attività";
    // Eight participants entered in November: seven women (Olena and six), Arben; Marco (December) and Rosa (absent) are not.
    expect(row(rows, all, "Numero totale di partecipanti")).toEqual(["7", "< 5", "0", "0", "8", "0"]);
    expect(row(rows, all, "Disoccupati, compresi i disoccupati di lungo periodo")).toEqual(["7", "0", "0", "0", "7", "0"]);
    expect(row(rows, all, "Disoccupati di lungo periodo")).toEqual(["7", "0", "0", "0", "7", "0"]);
    // Arben, a child, is counted as inactive (not asked).
    expect(row(rows, all, "Persone inattive")).toEqual(["0", "< 5", "0", "0", "< 5", "0"]);
    expect(row(rows, all, "Minori di 18 anni")).toEqual(["0", "< 5", "0", "0", "< 5", "0"]);
    // Olena declined her schooling and citizenship: counted among those who did not say.
    expect(row(rows, all, "Istruzione secondaria superiore o post-secondaria (ISCED 3-4)")).toEqual(["6", "0", "0", "0", "6", "< 5"]);
    expect(row(rows, all, "Cittadini di paesi terzi")).toEqual(["6", "< 5", "0", "0", "7", "< 5"]);
    // Per activity: the A1 course and the tutoring.
    expect(row(rows, "Italiano A1", "Numero totale di partecipanti")).toEqual(["7", "0", "0", "0", "7", "0"]);
    expect(row(rows, "Doposcuola – scuola primaria", "Numero totale di partecipanti")?.[4]).toBe("< 5");
    // No name anywhere: not in the files, not in their captions.
    const everything = files.map((m) => `${m.plain ?? ""}\n${m.file ? Buffer.from(m.file.bytes).toString("latin1") : ""}`).join("\n");
    for (const name of ["Elira", "Arben", "Olena", "Amina", "Samira", "Marco", "Rosa"]) expect(everything).not.toContain(name);
    // The one-page summary for the funder.
    const png = files.find((m) => m.file?.name?.startsWith("fse-riepilogo-"));
    expect(Buffer.from(png!.file!.bytes).subarray(1, 4).toString()).toBe("PNG");

    // Olena erases her data: the next report no longer counts her.
    await olena.says("/forget");
    await olena.presses(t("uk", "forget-yes"));
    const after = esfRows(await desk.paola.says("/export 2026-11"));
    expect(row(after, all, "Numero totale di partecipanti")).toEqual(["6", "< 5", "0", "0", "7", "0"]);
    expect(row(after, all, "Cittadini di paesi terzi")).toEqual(["6", "< 5", "0", "0", "7", "0"]);
  });
});

describe("Annex I rules, without Telegram", () => {
  const count = (answers: Record<string, string>, extra: { child?: boolean; rural?: boolean } = {}) => ({
    answers: answers as never,
    child: extra.child ?? false,
    rural: extra.rural ?? false,
  });
  const cell = (rows: ReturnType<typeof esfTable>, id: string) => rows.find((r) => r.id === id)!;

  it("long-term unemployed: over 6 months below 25, over 12 months from 25; unknown when age or length is not said", () => {
    const rows = esfTable(
      [
        count({ gender: "man", age: "18-24", labour: "unemployed", joblessFor: "6-12m" }),
        count({ gender: "woman", age: "25-29", labour: "unemployed", joblessFor: "6-12m" }),
        count({ gender: "woman", age: "declined", labour: "unemployed", joblessFor: "6-12m" }),
        count({ gender: "non-binary", age: "55-plus", labour: "unemployed", joblessFor: "over-12m" }),
      ],
      ["gender", "age", "labour"],
    );
    expect(cell(rows, "unemployed").total).toBe(4);
    expect(cell(rows, "long-term-unemployed")).toMatchObject({ total: 2, undeclared: 1, byGender: { man: 1, "non-binary": 1 } });
    expect(cell(rows, "18-29")).toMatchObject({ total: 2, undeclared: 1 });
  });

  it("rows follow the indicators switched on; rural follows the desk; a child is inactive", () => {
    const rows = esfTable([count({ gender: "woman", age: "under-18" }, { child: true, rural: true })], ["age", "rural"]);
    expect(rows.map((r) => r.id)).toEqual(["total", "under-18", "18-29", "55-plus", "rural"]);
    expect(cell(rows, "rural").total).toBe(1);
    const labour = esfTable([count({}, { child: true })], ["labour"]);
    expect(cell(labour, "inactive").total).toBe(1);
  });

  it("publishes 0 as it is, 1 to 4 as < 5, 5 and more as the number", () => {
    expect([0, 1, 4, 5, 12].map(published)).toEqual(["0", "< 5", "< 5", "5", "12"]);
  });
});

describe("the desk file's participants section", () => {
  it("is checked at start-up: an unknown activity or desk, or an unknown indicator, stops the desk naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "noi-esf-"));
    const file = join(dir, "desk.json");
    const load = (participants: unknown) => {
      writeFileSync(file, JSON.stringify({ ...TWO_TEAMS, participants }));
      return loadConfig({ DESK_FILE: file, BOT_TOKEN: "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", OPERATOR_CHAT_ID: "-1001234567890" });
    };
    expect(() => load({ activities: ["italian-z9"] })).toThrow(/participants: unknown activity "italian-z9"/);
    expect(() => load({ ruralDesks: ["nowhere"] })).toThrow(/participants: unknown desk "nowhere"/);
    expect(() => load({ indicators: ["religion"] })).toThrow(ConfigError);
    const config = load({ indicators: ["age", "gender"] });
    // The order is Annex I's, whatever the file's; the art. 9 ones stay off unless named.
    expect(config.network.participants).toMatchObject({ indicators: ["gender", "age"], listeningDesk: false, keepYears: 5 });
    expect(load({}).network.participants!.indicators).not.toContain("disability");
  });

  it("keeps a sheet until 31 December of its year plus keepYears, then the nightly retention erases it", async () => {
    desk = fundedDesk({ keepYears: 5 });
    const { participants } = desk.deps.services;
    const r = desk.resident("Olena", "uk");
    await r.onboards();
    const sheet = participants.open(r.user.id, { kind: "self" }, null);
    // Offered twice (two flows at once): one sheet.
    expect(participants.open(r.user.id, { kind: "self" }, null).id).toBe(sheet.id);
    participants.consent(sheet.id, true);
    desk.clock.set("2031-12-31T12:00:00Z");
    expect(participants.prune()).toBe(0);
    desk.clock.set("2032-01-01T12:00:00Z");
    expect(participants.prune()).toBe(1);
    expect(participants.ofResident(r.user.id)).toEqual([]);
  });
});
