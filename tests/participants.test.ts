import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../src/clock.js";
import { type Resident, TestDesk, TWO_TEAMS, unmarked } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());

const t = (locale: string, key: string, vars?: Record<string, string | number>) =>
  desk.app.i18n.t(locale, key, vars).replace(/[\u2068\u2069]/g, "");
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

async function bookItalianA1(r: Resident, locale: string) {
  await r.says("/menu");
  await r.presses(t(locale, "menu-italian"));
  await r.presses(t(locale, "act-italian-a1"));
  return r.presses(/17/);
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
    await bookItalianA1(olena, "uk");
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
    await bookItalianA1(rosa, "es");
    await rosa.presses(t("es", "ps-consent-no"));
    expect(read(rosa)).toBe(t("es", "ps-declined"));
    expect(sheets()).toMatchObject([{ consent: "declined", answers: {} }]);
    await bookItalianA1(rosa, "es");
    expect(read(rosa)).not.toBe(t("es", "ps-intro", { who: "self", child: "" }));

    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await bookItalianA1(ion, "ro");
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

  it("asks nothing where the desk file collects no sheet", async () => {
    desk = new TestDesk({ clock: new ManualClock("2026-11-02T09:00:00Z") });
    sessions("italian-a1", 17);
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await bookItalianA1(olena, "uk");
    expect(olena.texts).not.toContain(t("uk", "ps-intro", { who: "self", child: "" }));
    expect(sheets()).toEqual([]);
  });
});
