import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "#src/clock.js";
import { MAX_ANNOUNCEMENT_CHARS } from "#src/domain/neighbourhood/announcements.js";
import { createLogger } from "#src/logger.js";
import { minuteChores } from "#src/scheduler/jobs.js";
import { type FakeEngine, startFakeLibreTranslate } from "./harness/fake-engines.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";
import { t } from "./harness/texts.js";
import { labelWidth } from "./harness/labels.js";

/**
 * The neighbourhood, told as chats (issue 34). The desk's clock starts on Wednesday 25 November 2026 at 10:00 in
 * Rome. Giulia writes from the desk's operator group; the translation engine knows Arabic and Ukrainian only.
 */

let desk: TestDesk;
const engines: FakeEngine[] = [];
afterEach(async () => {
  desk?.close();
  for (const e of engines.splice(0)) await e.close();
});

/** Staff's Italian as they read it (without the markup). */
const staffSays = (key: string, vars?: Record<string, string | number>) => desk.deps.italian(key, vars).replace(/<[^>]+>/g, "");
const WORKSHOP = "Laboratorio di macramè: giovedì in via Gandolfi 20, portate un gomitolo.";

async function deskWithEngine(languages = ["it", "ar", "uk"]) {
  const fake = await startFakeLibreTranslate({ languages });
  engines.push(fake);
  desk = new TestDesk({ env: { TRANSLATION_ENGINE: "libretranslate", TRANSLATION_URL: fake.url } });
  return desk;
}

/** First contact, then the question about news: yes (every topic) or no. */
async function joins(name: string, locale: string, news: boolean): Promise<Resident> {
  const r = desk.resident(name, locale);
  await r.onboards();
  if (!news) return r;
  // Nobody gets news without saying yes: from the menu, 🏘 then 📣, "yes to all".
  await r.presses(t(locale, "menu-building"));
  await r.presses(t(locale, "menu-news"));
  await r.presses(t(locale, "news-all"));
  return r;
}

/** Giulia starts an event for the desk's residents, in the operator group, up to its day and time (17:00). */
async function startsEvent(day: string) {
  const giulia = desk.giulia;
  await giulia.says("/annuncio");
  await giulia.presses(staffSays("ann-kind-event"));
  await giulia.presses(staffSays("ann-topic-activities"));
  await giulia.presses(staffSays("ann-audience-desk"));
  await giulia.says(day);
  return giulia.says("17:00");
}

/** Giulia writes an event on 10 December, up to the preview. */
async function writesEvent(text: string) {
  await startsEvent("10/12/2026");
  await desk.giulia.says(text);
}

describe("announcements and events", () => {
  it("an event's day typed without its year is read on the desk's clock, not the machine's", async () => {
    // February 2027 on the desk's clock: "15/03" is next month, not a March already gone.
    desk = new TestDesk({ clock: new ManualClock("2027-02-01T09:00:00Z") });
    const [asked] = await startsEvent("15/03");
    expect(asked!.plain).not.toContain(staffSays("ann-when-past"));
    expect(asked!.plain).toBe(staffSays("ann-ask-text", { max: MAX_ANNOUNCEMENT_CHARS }));
  });

  it("a workshop reaches the Cristo desk's opted-in residents each in their language; the rest are skipped, refused or counted", async () => {
    await deskWithEngine();
    const amira = await joins("Amira", "ar", true);
    const olena = await joins("Olena", "uk", true);
    const giuseppe = await joins("Giuseppe", "it", true);
    const mario = await joins("Mario", "it", false);
    const li = await joins("Li", "zh", true);
    const john = await joins("John", "en", true);
    const ahmed = await joins("Ahmed", "ar", true);
    desk.em.block(ahmed.user.id);

    await writesEvent(WORKSHOP);
    // The preview shows every language of the audience: Arabic and Ukrainian by the engine, Chinese and English without.
    const preview = desk.groupTexts().find((x) => x.includes(staffSays("ann-preview-event", { id: 1 })))!;
    expect(preview).toContain(`[ar] ${WORKSHOP}`);
    expect(preview).toContain(`[uk] ${WORKSHOP}`);
    expect(preview).toContain(staffSays("ann-preview-missing", { count: 1 }));
    expect(preview).toContain(staffSays("ann-preview-skipped", { count: 2 }));
    // A mediator writes the English text.
    await desk.giulia.presses("✏️ English");
    await desk.giulia.says("Macramé workshop: Thursday at via Gandolfi 20, bring a ball of yarn.");
    const again = desk.groupTexts().filter((x) => x.includes(staffSays("ann-preview-event", { id: 1 }))).at(-1)!;
    expect(again).toContain("Macramé workshop: Thursday");
    expect(again).toContain(staffSays("ann-source-mediator"));
    expect(again).toContain(staffSays("ann-preview-skipped", { count: 1 }));

    // Six opted in; Li's Chinese has no text. Ahmed's block is not known yet: Telegram will say so.
    await desk.giulia.presses(staffSays("ann-send", { count: 5 }));
    expect(desk.giulia.last.plain).toBe(staffSays("ann-queued", { id: 1, queued: 5, blocked: 0, skipped: 1 }));
    await desk.dispatch();

    expect(amira.last.plain).toContain(t("ar", "news-event-heading"));
    expect(amira.last.plain).toContain(`[ar] ${WORKSHOP}`);
    expect(amira.buttons()).toEqual([t("ar", "news-event-yes"), t("ar", "news-event-no"), t("ar", "news-stop")]);
    expect(olena.last.plain).toContain(`[uk] ${WORKSHOP}`);
    expect(olena.last.plain).toContain(t("uk", "news-event-heading"));
    expect(giuseppe.last.plain).toContain(WORKSHOP);
    expect(giuseppe.last.plain).not.toContain("[it]");
    expect(john.last.plain).toContain("Macramé workshop: Thursday");
    // Mario said no; Li's language has no text: neither receives anything, and nobody gets Italian instead.
    expect(mario.texts.some((x) => x.includes(t("it", "news-event-heading")))).toBe(false);
    expect(li.texts.some((x) => x.includes(WORKSHOP))).toBe(false);
    expect(ahmed.texts.some((x) => x.includes(WORKSHOP))).toBe(false);

    // Once everything is out, Giulia's group gets the report.
    minuteChores(desk.app, createLogger("silent"));
    await desk.dispatch();
    const report = desk.groupTexts().at(-1)!;
    expect(report).toContain(staffSays("ann-report-title"));
    expect(report).toContain(staffSays("ann-summary-delivery", { delivered: 4, blocked: 1, failed: 0, skipped: 1 }));
    // Reported once.
    minuteChores(desk.app, createLogger("silent"));
    await desk.dispatch();
    expect(desk.groupTexts().filter((x) => x.includes(staffSays("ann-report-title")))).toHaveLength(1);
  });

  it("three residents answer the event, staff see who is coming, and those coming get the reminder of a lesson", async () => {
    await deskWithEngine();
    const amira = await joins("Amira", "ar", true);
    const olena = await joins("Olena", "uk", true);
    const giuseppe = await joins("Giuseppe", "it", true);
    const ion = await joins("Ion", "it", true);
    await writesEvent(WORKSHOP);
    await desk.giulia.presses(staffSays("ann-send", { count: 4 }));
    await desk.dispatch();

    await amira.presses(t("ar", "news-event-yes"));
    expect(amira.last.plain).toBe(t("ar", "news-event-thanks-yes"));
    await olena.presses(t("uk", "news-event-yes"));
    await giuseppe.presses(t("it", "news-event-yes"));
    await ion.presses(t("it", "news-event-no"));
    expect(ion.last.plain).toBe(t("it", "news-event-thanks-no"));

    await desk.giulia.says("/annuncio 1");
    const summary = desk.giulia.last.plain;
    expect(summary).toContain(staffSays("ann-summary-replies", { yes: 3, no: 1 }));
    expect(summary).toContain(staffSays("ann-summary-coming", { names: "Amira, Olena, Giuseppe" }));
    // A resident does not see the list: /annuncio is staff's.
    await amira.says("/annuncio 1");
    expect(amira.last.plain).not.toContain("Olena");

    // The day before, at the same hour, those coming are reminded in their language; Ion is not.
    desk.clock.set("2026-12-09T16:00:00Z");
    await desk.dispatch();
    expect(amira.last.plain).toContain("⏰");
    expect(amira.last.plain).toContain(`[ar] ${WORKSHOP}`);
    expect(amira.buttons()).toEqual([t("ar", "news-event-cannot-now")]);
    expect(olena.last.plain).toContain("⏰");
    expect(giuseppe.last.plain).toContain("⏰");
    expect(ion.texts.some((x) => x.includes("⏰"))).toBe(false);
    // Olena cannot come after all: her two-hour reminder goes.
    await olena.presses(t("uk", "news-event-cannot-now"));
    desk.clock.set("2026-12-10T14:00:00Z");
    await desk.dispatch();
    expect(olena.texts.filter((x) => x.includes("⏰"))).toHaveLength(1);
    expect(amira.texts.filter((x) => x.includes("⏰"))).toHaveLength(2);
  });

  it("an event answered days later (Telegram sends the press without the message) still counts, and its reminders follow", async () => {
    await deskWithEngine();
    const amira = await joins("Amira", "ar", true);
    await writesEvent(WORKSHOP);
    await desk.giulia.presses(staffSays("ann-send", { count: 1 }));
    await desk.dispatch();
    // Three days later the announcement is an old message: the press is checked against what the desk kept.
    desk.clock.set("2026-11-28T18:00:00Z");
    await amira.presses(t("ar", "news-event-yes"));
    expect(amira.last.plain).toBe(t("ar", "news-event-thanks-yes"));
    expect(desk.deps.services.announcements.summary(1).yes).toBe(1);
    desk.clock.set("2026-12-09T16:00:00Z");
    await desk.dispatch();
    expect(amira.last.plain).toContain("⏰");
    // After the event, a press is answered politely and changes nothing.
    desk.clock.set("2026-12-11T09:00:00Z");
    await amira.presses(t("ar", "news-event-no"), { in: amira.inbox.find((m) => m.plain?.includes(t("ar", "news-event-heading"))) });
    expect(amira.last.plain).toBe(t("ar", "news-event-over"));
    expect(desk.deps.services.announcements.summary(1).yes).toBe(1);
  });

  it("news only with a yes: chosen per topic from the menu, stopped with one tap under any announcement", async () => {
    desk = new TestDesk();
    const ana = await joins("Ana", "es", false);
    await ana.presses(t("es", "menu-building"));
    await ana.presses(t("es", "menu-news"));
    expect(ana.last.plain).toBe(t("es", "news-screen-off"));
    await ana.presses(t("es", "news-topic-health"));
    expect(ana.buttons()[2]).toBe(`✅ ${t("es", "news-topic-health")}`);
    expect(desk.deps.services.announcements.preferences(ana.user.id)).toEqual({ activities: false, works: false, health: true });

    // A health announcement reaches her; an activities one does not.
    const news = (topic: "health" | "activities", text: string) => {
      const a = desk.deps.services.announcements.draft({
        kind: "news", topic, audience: { type: "all" }, textIt: text, originChatId: OPERATOR_CHAT_ID, actor: { id: 1, name: "Giulia" },
      });
      desk.deps.services.announcements.putText(a.id, "es", `[es] ${text}`, "mediator");
      return desk.deps.services.announcements.send(a.id, { id: 1, name: "Giulia" });
    };
    expect(news("activities", "Corso di cucito")).toEqual({ queued: 0, blocked: 0, skipped: 0 });
    expect(news("health", "Giornata delle vaccinazioni")).toEqual({ queued: 1, blocked: 0, skipped: 0 });
    await desk.dispatch();
    expect(ana.last.plain).toContain("[es] Giornata delle vaccinazioni");
    await ana.presses(t("es", "news-stop"));
    expect(ana.last.plain).toBe(t("es", "news-stopped"));
    expect(news("health", "Secondo giorno di vaccinazioni")).toEqual({ queued: 0, blocked: 0, skipped: 0 });
  });

  it("a restart in the middle of sending goes on where it stopped: nothing lost, nothing twice", async () => {
    // Seven a second for the outbox, two of them for the broadcast: twelve residents take six seconds.
    desk = new TestDesk({ env: { OUTBOX_RATE_PER_SECOND: "7" } });
    const people: Resident[] = [];
    for (let i = 0; i < 12; i++) people.push(await joins(`P${i}`, "it", true));
    const a = desk.deps.services.announcements.draft({
      kind: "news", topic: "works", audience: { type: "all" }, textIt: "Manca l'acqua giovedì dalle 8 alle 12.", originChatId: OPERATOR_CHAT_ID, actor: { id: 1, name: "Giulia" },
    });
    desk.deps.services.announcements.send(a.id, { id: 1, name: "Giulia" });
    const due = desk.repos.outbox.byRef(`announcement:${a.id}`).map((r) => r.dueAt.getTime());
    expect(new Set(due).size).toBe(6);
    const got = () => people.filter((p) => p.texts.some((x) => x.includes("Manca l'acqua"))).length;
    await desk.app.dispatcher.run();
    expect(got()).toBe(2);
    desk.restart();
    desk.app.dispatcher.recover();
    await desk.dispatch();
    for (const p of people) expect(p.texts.filter((x) => x.includes("Manca l'acqua"))).toHaveLength(1);
  });

  it("/mydata lists the choice of news and the events answered; /forget takes the choice away and keeps the counts", async () => {
    await deskWithEngine();
    const amira = await joins("Amira", "ar", true);
    await writesEvent(WORKSHOP);
    await desk.giulia.presses(staffSays("ann-send", { count: 1 }));
    await desk.dispatch();
    await amira.presses(t("ar", "news-event-yes"));
    const [file] = await amira.says("/mydata");
    const doc = unmarked(Buffer.from(file!.file!.bytes).toString("utf8"));
    // The topics are separated by Arabic's own comma, not by "و": a topic's name holds "و" itself ("الدورات والأنشطة"),
    // and "الدورات والأنشطة وأعمال…" would not show where one ends.
    const topics = [t("ar", "news-topic-activities"), t("ar", "news-topic-works"), t("ar", "news-topic-health")].join("، ");
    expect(doc).toContain(t("ar", "mydata-news-topics", { topics }));

    // Chinese enumerates names with "、": "课程和活动、楼里的施工、健康", never "课程和活动和健康".
    const mei = await joins("Mei", "zh", true);
    const [meiFile] = await mei.says("/mydata");
    const meiDoc = unmarked(Buffer.from(meiFile!.file!.bytes).toString("utf8"));
    const zhTopics = [t("zh", "news-topic-activities"), t("zh", "news-topic-works"), t("zh", "news-topic-health")].join("、");
    expect(meiDoc).toContain(t("zh", "mydata-news-topics", { topics: zhTopics }));
    expect(doc).toContain(`${t("ar", "news-event-heading")} · `);
    expect(doc).toContain(t("ar", "news-event-yes"));

    await amira.says("/forget");
    await amira.presses(t("ar", "forget-yes"));
    expect(desk.repos.announcements.preferences(amira.user.id)).toBeUndefined();
    const s = desk.deps.services.announcements.summary(1);
    expect([s.yes, s.names]).toEqual([1, ["—"]]);
    expect(desk.everyText()).not.toContain("Amira");
  });
});

/** One team, one desk, the Cristo one, with the buildings of its blocks in the desk file. */
const CRISTO_BLOCKS = {
  teams: [{ id: "sportello", name: "Sportello (Coompany&)", categories: ["housing", "rent", "social", "health", "homecare", "school", "neighbours", "other"] }],
  desks: [
    {
      id: "cristo",
      name: "Cristo",
      town: "Alessandria",
      address: "via Gandolfi 20",
      location: { latitude: 44.8969, longitude: 8.6236 },
      buildings: ["via Gandolfi 20", "via Maggioli 3", "corso Acqui 120"],
    },
  ],
};

/** A resident reports a problem from the menu up to the photo or voice note; returns what the bot said last. */
async function reports(r: Resident, locale: string, kind: string, building: string, piece: () => Promise<unknown>, follow = true) {
  await r.says("/menu");
  await r.presses(t(locale, "menu-building"));
  await r.presses(t(locale, "menu-report"));
  await r.presses(t(locale, `report-kind-${kind}`));
  await r.presses(building);
  if (r.buttons().includes(t(locale, "report-follow"))) {
    if (!follow) return r.presses(t(locale, "report-cancel"));
    await r.presses(t(locale, "report-follow"));
  }
  await piece();
  return r.presses(t(locale, "report-done"));
}

describe("shared reports on common areas", () => {
  it("two residents of one building report the broken lift: one report, both followers, told of ATC and of the fix in their languages", async () => {
    desk = new TestDesk({ network: CRISTO_BLOCKS });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();

    await reports(amira, "ar", "lift", "via Gandolfi 20", () => amira.sendsPhoto("لا يعمل منذ الصباح"));
    expect(amira.last.plain).toBe(t("ar", "report-sent", { id: 1 }));
    expect(desk.groupTexts().at(-1)).toBe(staffSays("report-staff-new", { id: 1, kind: staffSays("report-staff-kind-lift"), building: "via Gandolfi 20" }));

    // Olena sees it is already reported and follows it with a voice note, instead of opening a duplicate.
    await olena.says("/menu");
    await olena.presses(t("uk", "menu-building"));
    await olena.presses(t("uk", "menu-report"));
    await olena.presses(t("uk", "report-kind-lift"));
    await olena.presses("via Gandolfi 20");
    expect(unmarked(olena.last.plain)).toContain(t("uk", "report-already", { date: "25 листопада", kind: t("uk", "report-kind-lift"), building: "via Gandolfi 20" }));
    expect(unmarked(olena.last.plain)).toContain(t("uk", "report-followers", { count: 1 }));
    await olena.presses(t("uk", "report-follow"));
    await olena.sendsVoice(8);
    await olena.presses(t("uk", "report-done"));
    expect(olena.last.plain).toBe(t("uk", "report-joined", { id: 1 }));
    expect(desk.repos.buildingReports.open()).toHaveLength(1);
    await desk.dispatch();
    expect(desk.groupTexts().at(-1)).toContain(staffSays("report-staff-joined", { id: 1, kind: staffSays("report-staff-kind-lift"), building: "via Gandolfi 20", followers: 2 }));

    // Giulia passes it to ATC the next day: both are told, each in their language.
    desk.clock.set("2026-11-26T09:00:00Z");
    await desk.giulia.says("/segnalazione 1");
    expect(desk.giulia.texts.some((x) => x.includes(staffSays("report-card-opened", { date: "mercoledì 25 novembre", followers: 2 })))).toBe(true);
    expect(desk.group().filter((m) => (m.photo || m.voice) && m.plain === staffSays("report-media-caption", { id: 1 }))).toHaveLength(2);
    await desk.giulia.presses(staffSays("report-step-atc"));
    await desk.dispatch();
    expect(unmarked(amira.last.plain)).toBe(t("ar", "report-update-passed", { kind: t("ar", "report-kind-lift"), building: "via Gandolfi 20", to: t("ar", "report-to-atc") }));
    expect(unmarked(olena.last.plain)).toBe(t("uk", "report-update-passed", { kind: t("uk", "report-kind-lift"), building: "via Gandolfi 20", to: t("uk", "report-to-atc") }));

    // A third neighbour is shown when it was reported and when ATC was told.
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    await ion.presses(t("ro", "menu-building"));
    await ion.presses(t("ro", "menu-report"));
    await ion.presses(t("ro", "report-kind-lift"));
    await ion.presses("via Gandolfi 20");
    expect(unmarked(ion.last.plain)).toContain(t("ro", "report-already-passed", { to: t("ro", "report-to-atc"), date: "26 noiembrie" }));
    expect(unmarked(ion.last.plain)).toContain(t("ro", "report-followers", { count: 2 }));
    await ion.presses(t("ro", "report-cancel"));
    expect(ion.last.plain).toBe(t("ro", "report-cancelled"));

    // Fixed a week later: both are told, each in their language.
    desk.clock.set("2026-12-02T09:00:00Z");
    await desk.giulia.says("/segnalazione 1");
    expect(desk.giulia.texts.some((x) => x.includes(staffSays("report-card-opened", { date: "mercoledì 25 novembre", followers: 2 })))).toBe(true);
    await desk.giulia.presses(staffSays("report-step-fixed"));
    await desk.dispatch();
    expect(unmarked(amira.last.plain)).toBe(t("ar", "report-update-fixed", { kind: t("ar", "report-kind-lift"), building: "via Gandolfi 20" }));
    expect(unmarked(olena.last.plain)).toBe(t("uk", "report-update-fixed", { kind: t("uk", "report-kind-lift"), building: "via Gandolfi 20" }));
    expect(olena.texts.filter((x) => unmarked(x).startsWith(`🏢 ${t("uk", "report-kind-lift")}`))).toHaveLength(2);

    // A fixed lift that breaks again is a new report.
    const [, again] = [await reports(olena, "uk", "lift", "via Gandolfi 20", () => olena.says("Знову не працює")), olena.last.plain];
    expect(again).toBe(t("uk", "report-sent", { id: 2 }));

    // /stats counts it by building and kind with its time to resolution (7 days); /export has a row per building and kind.
    await desk.giulia.says("/stats 2026-11");
    expect(desk.giulia.last.caption).toContain(staffSays("report-stats-line", { reports: 1, fixed: 1, days: "7,0" }));
    const files = await desk.giulia.says("/export 2026-11");
    const csv = Buffer.from(files.find((m) => m.file?.name?.startsWith("segnalazioni"))!.file!.bytes).toString("utf8");
    expect(csv).toContain("via Gandolfi 20;Ascensore guasto;1;2;1;7");
    expect(csv).not.toContain("Amira");
  });

  it("'What is reported in my building' shows open reports without names; staff list them; residents cannot open staff's card", async () => {
    desk = new TestDesk({ network: CRISTO_BLOCKS });
    const ion = desk.resident("Ion", "ro");
    await ion.onboards();
    const ana = desk.resident("Ana", "es");
    await ana.onboards();
    await ion.presses(t("ro", "menu-building"));
    await ion.presses(t("ro", "menu-reported"));
    expect(ion.last.plain).toBe(t("ro", "reported-none"));
    await reports(ion, "ro", "leak", "via Maggioli 3", () => ion.says("Apa curge pe peretele din pivniță."));
    await reports(ana, "es", "leak", "via Maggioli 3", () => ana.sendsPhoto());
    await ana.says("/menu");
    await ana.presses(t("es", "menu-building"));
    await ana.presses(t("es", "menu-reported"));
    expect(unmarked(ana.last.plain)).toContain(t("es", "reported-line", { kind: t("es", "report-kind-leak"), building: "via Maggioli 3", date: "25 de noviembre" }));
    expect(unmarked(ana.last.plain)).toContain(t("es", "report-followers", { count: 2 }));
    expect(ana.last.plain).not.toContain("Ion");

    await desk.giulia.says("/segnalazioni");
    expect(desk.giulia.last.plain).toContain(staffSays("report-list-line", { id: 1, kind: staffSays("report-staff-kind-leak"), building: "via Maggioli 3", followers: 2, date: "mercoledì 25 novembre" }));
    // A resident cannot open staff's card, nor record a step.
    await ana.says("/segnalazione 1");
    expect(ana.last.plain).not.toContain("Maggioli");
    expect(desk.repos.buildingReports.get(1)!.status).toBe("open");
  });

  it("/forget: the person stops following and what they added goes; the report stays for the others", async () => {
    desk = new TestDesk({ network: CRISTO_BLOCKS });
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const olena = desk.resident("Olena", "uk");
    await olena.onboards();
    await reports(amira, "ar", "door", "corso Acqui 120", () => amira.says("الباب لا يغلق، يدخل الغرباء"));
    await reports(olena, "uk", "door", "corso Acqui 120", () => olena.says("Двері не зачиняються"));
    const [file] = await amira.says("/mydata");
    const doc = unmarked(Buffer.from(file!.file!.bytes).toString("utf8"));
    expect(doc).toContain(t("ar", "mydata-report-line", { kind: t("ar", "report-kind-door"), building: "corso Acqui 120" }));
    expect(doc).toContain("الباب لا يغلق");
    await amira.says("/forget");
    await amira.presses(t("ar", "forget-yes"));
    expect(desk.everyText()).not.toContain("الباب لا يغلق");
    expect(desk.repos.buildingReports.followers(1)).toEqual([olena.user.id]);
    expect(desk.repos.buildingReports.get(1)!.reportedBy).toBeLessThan(0);
  });
});

describe("the neighbourhood's buttons", () => {
  it("fit in 32 in every language (a topic with its ✅ too)", () => {
    desk = new TestDesk();
    const keys = [
      ...["menu-news", "menu-building", "menu-report", "menu-reported", "news-event-yes", "news-event-no", "news-event-cannot-now", "news-stop", "news-all", "news-none"],
      ...["news-first-yes", "news-first-choose", "news-first-no", "report-follow", "report-cancel", "report-done"],
      ...["lift", "light", "leak", "rubbish", "door", "unsafe"].map((k) => `report-kind-${k}`),
    ];
    const tooLong: string[] = [];
    for (const locale of ["it", "en", "fr", "es", "ro", "sq", "ar", "uk", "zh"]) {
      const labels = [...keys.map((k) => t(locale, k)), ...["activities", "works", "health"].map((k) => `✅ ${t(locale, `news-topic-${k}`)}`)];
      for (const label of labels) if (labelWidth(label) > 32) tooLong.push(`${locale}:${label}`);
    }
    expect(tooLong).toEqual([]);
  });
});
