import { parse } from "csv-parse/sync";
import { afterEach, describe, expect, it } from "vitest";
import type { StoredMessage } from "#src/playground/emulator.js";
import { deskFigures, monthPeriod } from "#src/domain/statistics.js";
import { OPERATOR_CHAT_ID, type Resident, TestDesk, unmarked } from "./harness/desk.js";

let desk: TestDesk;
afterEach(() => desk?.close());

// November 2026 in Rome (CET, UTC+1): from 1 Nov 00:00 to 1 Dec 00:00 local time.
const NOV_FROM = Date.parse("2026-10-31T23:00:00Z");
const NOV_TO = Date.parse("2026-11-30T23:00:00Z");

const TEXTS = {
  amiraHome: "Mia madre non cammina più, serve l'infermiere",
  dorinaGas: "Bolletta del gas troppo alta da pagare",
  xiaolingSchool: "Iscrizione alla scuola media per mio figlio",
  amiraLeak: "Perdita d'acqua dal soffitto del bagno",
  besnikNoise: "Rumori notturni dal piano di sopra",
  fatimaVisit: "Devo prenotare una visita cardiologica",
  dorinaRent: "Sostegno per pagare l'affitto",
  veronikaWindow: "La finestra della cucina non si chiude",
  xiaolingContract: "Contratto ATC da rinnovare",
};
const ADDRESSES = ["Via Gandolfi 20, scala B, piano 3", "Via Boves 5, interno 7"];
const PHONE = "+39 333 765 4321";
const CHILD = "Youssef";

interface Month {
  residents: Record<"veronika" | "amira" | "dorina" | "xiaoling" | "besnik" | "fatima" | "olena", Resident>;
}

/** A month at the desk, told in order: residents arrive, ask, get answers, come to classes (or not). */
async function seedNovember(): Promise<Month> {
  const { requests, booking } = desk.deps.services;
  const giulia = { id: desk.giulia.user.id, name: "Giulia" };
  const at = (iso: string) => desk.clock.set(iso);
  const arrive = async (name: string, lang: string, when: string) => {
    at(when);
    const r = desk.resident(name, lang);
    await r.onboards();
    return r;
  };
  const file = (r: Resident, when: string, category: string, text: string, extra: { address?: string; phone?: string } = {}) => {
    at(when);
    const lang = desk.repos.residents.get(r.user.id)!.language!;
    return requests.file({
      residentId: r.user.id,
      category: category as never,
      language: lang,
      visit: extra.address ? "home" : "desk",
      ...(extra.address ? { address: extra.address } : {}),
      contact: extra.phone ? "phone" : "chat",
      ...(extra.phone ? { phone: extra.phone } : {}),
      pieces: [{ kind: "text", text, messageId: 1 }],
    }).request.id;
  };
  const answer = (id: number, when: string) => {
    at(when);
    requests.answered(id, giulia, { kind: "text", text: "Ci sentiamo presto" });
  };
  const close = (id: number, when: string) => {
    at(when);
    expect(requests.close(id, giulia).ok).toBe(true);
  };
  const book = (r: Resident, sessionId: number, child?: { name: string; schoolClass: string; subject: string }) => {
    const result = booking.book(r.user.id, sessionId, child);
    if (!result.ok) throw new Error(`booking refused: ${result.reason}`);
    return result.booking.id;
  };
  const mark = (bookingId: number, attendance: "present" | "absent") => {
    expect(booking.markAttendance(bookingId, attendance, giulia)).toBeDefined();
  };
  const create = (activityId: string, day: number, month: number, hour: number, weeks: number, seats: number) => {
    const created = booking.createSessions(
      { activityId, date: { year: 2026, month, day }, time: { hour, minute: 0 }, minutes: 90, place: null, seats, weeks },
      giulia,
    );
    if (!Array.isArray(created)) throw new Error(created.error);
    return created.map((s) => s.id);
  };

  // October: Veronika arrives and asks; her request is closed only in November.
  const veronika = await arrive("Veronika", "uk", "2026-10-20T09:00:00Z");
  const r1 = file(veronika, "2026-10-28T10:00:00Z", "housing", TEXTS.veronikaWindow);
  answer(r1, "2026-10-29T08:00:00Z");

  // 00:30 on 1 November in Rome, still October in UTC: a November resident.
  const amira = await arrive("Amira", "ar", "2026-10-31T23:30:00Z");

  at("2026-11-01T12:00:00Z");
  const a1 = create("italian-a1", 4, 11, 17, 4, 3); // 4, 11, 18, 25 November
  const macrame = create("macrame", 12, 11, 15, 2, 6); // 12 and 19 November
  const [tutoring] = create("tutoring-primary", 26, 11, 16, 1, 8);
  const [caregiver] = create("caregiver", 27, 11, 10, 1, 10);
  const [december] = create("italian-a2", 2, 12, 17, 1, 10);
  const amiraA1 = a1.map((s) => book(amira, s));
  const amiraMacrame = book(amira, macrame[0]!);

  const dorina = await arrive("Dorina", "ro", "2026-11-02T08:00:00Z");
  const r2 = file(amira, "2026-11-02T09:00:00Z", "homecare", TEXTS.amiraHome, { address: ADDRESSES[0] });
  at("2026-11-02T10:00:00Z");
  const dorinaA1 = a1.map((s) => book(dorina, s));
  answer(r2, "2026-11-02T12:00:00Z"); // 3 h
  const r3 = file(dorina, "2026-11-03T10:00:00Z", "rent", TEXTS.dorinaGas, { phone: PHONE });
  close(r1, "2026-11-03T10:30:00Z");
  answer(r3, "2026-11-04T12:00:00Z"); // 26 h

  at("2026-11-04T18:00:00Z");
  mark(amiraA1[0]!, "present");
  mark(dorinaA1[0]!, "absent");

  const xiaoling = await arrive("Xiaoling", "zh", "2026-11-05T10:00:00Z");
  const r4 = file(xiaoling, "2026-11-05T11:00:00Z", "school", TEXTS.xiaolingSchool);
  answer(r4, "2026-11-05T12:30:00Z"); // 1.5 h
  requests.take(r4, giulia);
  at("2026-11-05T13:00:00Z");
  const xiaolingA1 = a1.slice(1).map((s) => book(xiaoling, s));
  close(r3, "2026-11-06T09:00:00Z");

  const besnik = await arrive("Besnik", "sq", "2026-11-09T15:00:00Z");
  const besnikMacrame = macrame.map((s) => book(besnik, s));
  const r5 = file(amira, "2026-11-10T08:00:00Z", "housing", TEXTS.amiraLeak);
  answer(r5, "2026-11-10T13:00:00Z"); // 5 h
  close(r2, "2026-11-10T14:00:00Z");

  at("2026-11-11T18:00:00Z");
  mark(amiraA1[1]!, "present");
  mark(dorinaA1[1]!, "present");
  mark(xiaolingA1[0]!, "present");
  file(besnik, "2026-11-12T16:00:00Z", "neighbours", TEXTS.besnikNoise); // never answered
  at("2026-11-12T17:00:00Z");
  mark(amiraMacrame, "present");
  mark(besnikMacrame[0]!, "present");

  const fatima = await arrive("Fatima", "ar", "2026-11-16T09:00:00Z");
  book(fatima, tutoring!, { name: CHILD, schoolClass: "p3", subject: "maths" });
  book(fatima, caregiver!);
  const r7 = file(fatima, "2026-11-17T09:30:00Z", "health", TEXTS.fatimaVisit, { address: ADDRESSES[1] });
  at("2026-11-18T18:00:00Z");
  mark(amiraA1[2]!, "present");
  mark(dorinaA1[2]!, "absent");
  mark(xiaolingA1[1]!, "present");
  answer(r7, "2026-11-19T09:30:00Z"); // 48 h
  at("2026-11-19T17:00:00Z");
  mark(besnikMacrame[1]!, "absent");
  close(r5, "2026-11-20T10:00:00Z");
  at("2026-11-22T10:00:00Z");
  expect(booking.cancelSession(caregiver!, giulia).ok).toBe(true);

  const r8 = file(dorina, "2026-11-24T14:00:00Z", "social", TEXTS.dorinaRent);
  expect(booking.cancel(xiaoling.user.id, xiaolingA1[2]!).ok).toBe(true);
  answer(r8, "2026-11-25T00:00:00Z"); // 10 h
  // 25 November: nobody marks attendance. 26 November: tutoring.
  at("2026-11-26T17:00:00Z");
  mark(desk.deps.services.booking.roster(tutoring!)!.seated[0]!.booking.id, "present");

  // 00:30 on 1 December in Rome: December, not November.
  const olena = await arrive("Olena", "uk", "2026-11-30T23:30:00Z");
  file(xiaoling, "2026-11-30T23:30:00Z", "rent", TEXTS.xiaolingContract);
  at("2026-12-01T08:00:00Z");
  book(olena, december!);
  close(r8, "2026-12-01T10:00:00Z");

  at("2026-12-02T09:00:00Z");
  return { residents: { veronika, amira, dorina, xiaoling, besnik, fatima, olena } };
}

/** The database, asked directly, with the definitions the summary promises. */
function countInDatabase() {
  const sql = desk.db.$client;
  const one = (query: string) => (sql.prepare(query).get(NOV_FROM, NOV_TO) as { n: number }).n;
  const answerHours = (
    sql
      .prepare(
        "SELECT (first_answer_at - created_at) / 3600000.0 AS h FROM requests WHERE created_at >= ? AND created_at < ? AND first_answer_at IS NOT NULL ORDER BY h",
      )
      .all(NOV_FROM, NOV_TO) as { h: number }[]
  ).map((r) => r.h);
  const mid = answerHours.length / 2;
  const median = answerHours.length % 2 ? answerHours[Math.floor(mid)]! : (answerHours[mid - 1]! + answerHours[mid]!) / 2;
  const heldBookings = "FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status = 'scheduled'";
  return {
    newResidents: one("SELECT count(*) AS n FROM residents WHERE created_at >= ? AND created_at < ?"),
    opened: one("SELECT count(*) AS n FROM requests WHERE created_at >= ? AND created_at < ?"),
    closed: one("SELECT count(*) AS n FROM requests WHERE status = 'closed' AND closed_at >= ? AND closed_at < ?"),
    homeVisits: one("SELECT count(*) AS n FROM requests WHERE visit = 'home' AND created_at >= ? AND created_at < ?"),
    answered: answerHours.length,
    median,
    sessions: one("SELECT count(*) AS n FROM sessions WHERE starts_at >= ? AND starts_at < ? AND status = 'scheduled'"),
    booked: one(`SELECT count(*) AS n ${heldBookings} AND b.status = 'booked'`),
    present: one(`SELECT count(*) AS n ${heldBookings} AND b.attendance = 'present'`),
    absent: one(`SELECT count(*) AS n ${heldBookings} AND b.attendance = 'absent'`),
    languages: sql
      .prepare("SELECT language, count(*) AS n FROM requests WHERE created_at >= ? AND created_at < ? GROUP BY language")
      .all(NOV_FROM, NOV_TO) as { language: string; n: number }[],
    requestIds: (sql.prepare("SELECT id FROM requests WHERE created_at >= ? AND created_at < ? ORDER BY id").all(NOV_FROM, NOV_TO) as { id: number }[]).map(
      (r) => r.id,
    ),
    bookingsOfNovemberSessions: one(
      "SELECT count(*) AS n FROM bookings b JOIN sessions s ON s.id = b.session_id WHERE s.starts_at >= ? AND s.starts_at < ?",
    ),
  };
}

/** Width and height from the PNG's IHDR chunk, which always comes first. */
function pngSize(bytes: Uint8Array) {
  const b = Buffer.from(bytes);
  expect(b.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const ITALIAN_LANGUAGE = { ar: "arabo", ro: "rumeno", zh: "cinese", sq: "albanese", uk: "ucraino" } as Record<string, string>;

function csvOf(message: StoredMessage, delimiter: string) {
  const bytes = Buffer.from(message.file!.bytes);
  return { bytes, text: bytes.toString("utf8"), rows: parse(bytes, { bom: true, delimiter, columns: true }) as Record<string, string>[] };
}

describe("figures for coordinators and the funder", () => {
  it("/stats sends November's chart with a summary that matches the database", async () => {
    desk = new TestDesk();
    await seedNovember();
    const db = countInDatabase();
    // The seeded month, in plain numbers, so a mistake in the direct count shows too.
    expect(db).toMatchObject({ newResidents: 5, opened: 7, closed: 4, answered: 6, median: 7.5, sessions: 7, booked: 14, present: 9, absent: 3 });

    const [photo] = await desk.giulia.says("/stats 11/2026");
    expect(photo!.photo).toBeDefined();
    expect(photo!.file!.name).toBe("statistiche-2026-11.png");
    const { width, height } = pngSize(photo!.file!.bytes);
    expect(width).toBe(1200);
    expect(height).toBeGreaterThan(700);
    expect(height).toBeLessThan(2500);
    expect(photo!.file!.bytes.length).toBeGreaterThan(15_000);
    expect(photo!.file!.bytes.length).toBeLessThan(1_000_000);

    const caption = photo!.plain!;
    expect(caption.split("\n")[0]).toBe("📊 Statistiche di novembre 2026");
    expect(caption).toContain(`👥 Nuovi residenti: ${db.newResidents}`);
    expect(caption).toContain(`📨 Richieste ricevute: ${db.opened} · chiuse: ${db.closed} · con visita a domicilio: ${db.homeVisits}`);
    expect(caption).toContain(
      `⏱ Prima risposta: mediana ${db.median.toLocaleString("it-IT", { maximumFractionDigits: 1 })} h (${db.answered} su ${db.opened} con risposta)`,
    );
    expect(caption).toContain(`🗓 Prenotazioni: ${db.booked} posti in ${db.sessions} sessioni`);
    expect(caption).toContain(
      `✅ Presenze: ${db.present} su ${db.present + db.absent} segnate (${Math.round((100 * db.present) / (db.present + db.absent))}%)`,
    );
    const languages = caption.split("\n").find((l) => l.startsWith("🌍 Lingue: "))!.slice("🌍 Lingue: ".length);
    const shown = Object.fromEntries(languages.split(" · ").map((part) => [part.split(" ")[0], Number(part.split(" ")[1])]));
    expect(shown).toEqual(Object.fromEntries(db.languages.map((l) => [ITALIAN_LANGUAGE[l.language], l.n])));
    expect(caption).toContain("/export 2026-11-01 2026-11-30");

    // The use is on the record, with the month.
    const audit = desk.repos.audit.all().filter((a) => a.action === "stats");
    expect(audit).toMatchObject([{ actorId: desk.giulia.user.id, actorName: "Giulia", detail: "2026-11" }]);

    // Without a month: the current one (December has just begun; one session, nothing marked yet).
    const [current] = await desk.marco.says("/stats");
    expect(current!.plain!.split("\n")[0]).toBe("📊 Statistiche di dicembre 2026 (mese in corso, fino al 02/12)");
    expect(current!.plain).toContain("👥 Nuovi residenti: 1");
    expect(current!.plain).toContain("Prima risposta: nessuna risposta ancora");
    expect(pngSize(current!.file!.bytes).width).toBe(1200);
  });

  it("counts requests per ISO week and category, and attendance per activity, in Rome's calendar", async () => {
    desk = new TestDesk();
    await seedNovember();
    const figures = deskFigures(desk.repos.statistics, monthPeriod({ year: 2026, month: 11 }, "Europe/Rome")!, "Europe/Rome");
    expect(figures.period).toEqual({ from: new Date(NOV_FROM), to: new Date(NOV_TO) });
    expect(figures.weeks.map((w) => [w.key, w.monday, w.byCategory])).toEqual([
      ["2026-W44", "2026-10-26", {}],
      ["2026-W45", "2026-11-02", { homecare: 1, rent: 1, school: 1 }],
      ["2026-W46", "2026-11-09", { housing: 1, neighbours: 1 }],
      ["2026-W47", "2026-11-16", { health: 1 }],
      ["2026-W48", "2026-11-23", { social: 1 }],
      ["2026-W49", "2026-11-30", {}],
    ]);
    expect(figures.attendance).toEqual([
      { activityId: "italian-a1", sessions: 4, booked: 10, present: 6, absent: 2, rate: 0.75 },
      { activityId: "macrame", sessions: 2, booked: 3, present: 2, absent: 1, rate: 2 / 3 },
      { activityId: "tutoring-primary", sessions: 1, booked: 1, present: 1, absent: 0, rate: 1 },
    ]);
    expect(figures.requests.medianHoursToFirstAnswer).toBe(7.5);
    expect(figures.languages).toEqual([
      { language: "ar", count: 3 },
      { language: "ro", count: 2 },
      { language: "sq", count: 1 },
      { language: "zh", count: 1 },
    ]);
  });

  it("/export sends two spreadsheet-ready CSV files that parse back to the same counts, with nothing personal", async () => {
    desk = new TestDesk();
    const month = await seedNovember();
    const db = countInDatabase();

    const [requestsFile, bookingsFile] = await desk.giulia.says("/export 2026-11-01 2026-11-30");
    expect(requestsFile!.file!.name).toBe("richieste-2026-11-01_2026-11-30.csv");
    expect(bookingsFile!.file!.name).toBe("prenotazioni-2026-11-01_2026-11-30.csv");
    expect(requestsFile!.plain).toBe("📄 Richieste ricevute dal 01/11/2026 al 30/11/2026: 7 righe (senza nomi né testi).");

    const requests = csvOf(requestsFile!, ";");
    expect([...requests.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(requests.text.split("\r\n")[0]).toBe(
      "\uFEFFNumero;Aperta il;Prima risposta il;Chiusa il;Ore alla prima risposta;Categoria;Lingua;Stato;Visita a domicilio;Ore lavorative alla prima risposta;Soddisfazione;Squadra",
    );
    expect(requests.rows.map((r) => Number(r.Numero))).toEqual(db.requestIds);
    // The status is today's: #8, opened in November, was closed on 1 December.
    expect(requests.rows.filter((r) => r.Stato === "chiusa").map((r) => r.Numero)).toEqual(["2", "3", "5", "8"]);
    expect(requests.rows.filter((r) => r["Visita a domicilio"] === "sì")).toHaveLength(db.homeVisits);
    expect(requests.rows.filter((r) => r["Ore alla prima risposta"] !== "")).toHaveLength(db.answered);
    expect(requests.rows[0]).toEqual({
      Numero: "2",
      "Aperta il": "2026-11-02",
      "Prima risposta il": "2026-11-02",
      "Chiusa il": "2026-11-10",
      "Ore alla prima risposta": "3",
      Categoria: "Infermiere o badante a casa",
      Lingua: "arabo",
      Stato: "chiusa",
      "Visita a domicilio": "sì",
      // Filed on Monday 2 November at 10:00, answered at 13:00: all within the desk's 9:00–12:00, so 2 hours.
      "Ore lavorative alla prima risposta": "2",
      Soddisfazione: "",
      // The team's id, never a person.
      Squadra: "sportello",
    });
    // Italian spreadsheets read "1,50" as a number.
    expect(requests.rows.find((r) => r.Numero === "4")!["Ore alla prima risposta"]).toBe("1,50");
    const byLanguage = new Map<string, number>();
    for (const r of requests.rows) byLanguage.set(r.Lingua!, (byLanguage.get(r.Lingua!) ?? 0) + 1);
    expect(Object.fromEntries(byLanguage)).toEqual(Object.fromEntries(db.languages.map((l) => [ITALIAN_LANGUAGE[l.language], l.n])));

    const bookings = csvOf(bookingsFile!, ";");
    expect(bookings.rows).toHaveLength(db.bookingsOfNovemberSessions);
    const held = bookings.rows.filter((r) => r["Sessione annullata"] === "no");
    expect(held.filter((r) => r["Stato prenotazione"] === "prenotato")).toHaveLength(db.booked);
    expect(held.filter((r) => r.Presenza === "presente")).toHaveLength(db.present);
    expect(held.filter((r) => r.Presenza === "assente")).toHaveLength(db.absent);
    expect(new Set(held.map((r) => r.Sessione)).size).toBe(db.sessions);
    expect(bookings.rows.find((r) => r["Sessione annullata"] === "sì")).toMatchObject({
      Attività: "Corso per assistere un familiare",
      Data: "2026-11-27",
      Ora: "10:00",
      "Stato prenotazione": "annullato",
    });
    expect(bookings.rows[0]).toMatchObject({ Attività: "Italiano A1", Data: "2026-11-04", Ora: "17:00", Presenza: "presente" });

    // Nothing that names or describes a person.
    const personal = [
      ...Object.values(month.residents).map((r) => r.user.first_name),
      ...Object.values(month.residents).map((r) => String(r.user.id)),
      ...Object.values(TEXTS),
      ...ADDRESSES,
      PHONE,
      PHONE.replace(/\s/g, ""),
      CHILD,
      "Giulia",
    ];
    for (const csv of [requests.text, bookings.text]) {
      for (const item of personal) expect(csv).not.toContain(item);
    }

    const audit = desk.repos.audit.all().filter((a) => a.action === "export");
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toBe("2026-11-01..2026-11-30 · 7 richieste · 16 prenotazioni");
  });

  it("counts first answers in opening hours only, and the satisfaction given after closing", async () => {
    desk = new TestDesk();
    const month = await seedNovember();
    const { serviceLevels } = desk.deps.services;
    // Asked on each close in November (#1, #3, #2, #5); #8 was closed in December. Answers given on 25 November.
    desk.clock.set("2026-11-25T10:00:00Z");
    expect(serviceLevels.answerSatisfaction(month.residents.amira.user.id, 2, "yes").ok).toBe(true);
    expect(serviceLevels.answerSatisfaction(month.residents.dorina.user.id, 3, "partly").ok).toBe(true);
    expect(serviceLevels.answerSatisfaction(month.residents.amira.user.id, 5, "yes").ok).toBe(true);
    // #7 is still open: never asked, so no answer is taken; and nobody answers for someone else.
    expect(serviceLevels.answerSatisfaction(month.residents.fatima.user.id, 7, "no")).toEqual({ ok: false, reason: "not-asked" });
    expect(serviceLevels.answerSatisfaction(month.residents.amira.user.id, 3, "no")).toEqual({ ok: false, reason: "not-found" });
    desk.clock.set("2026-12-02T09:00:00Z");

    // In opening hours (Mon/Wed/Fri 9–12, Tue/Thu 14–17): #2 2 h, #3 6 h, #4 0 h, #5 0 h (10 November, San
    // Baudolino), #7 6 h, #8 2 h; median 2, where the clock says 7.5.
    const figures = deskFigures(desk.repos.statistics, monthPeriod({ year: 2026, month: 11 }, "Europe/Rome")!, "Europe/Rome", serviceLevels.hours);
    expect(figures.service.medianWorkingHoursToFirstAnswer).toBe(2);
    expect(figures.service.satisfaction).toMatchObject({ asked: 4, answered: 3, yes: 2, partly: 1, no: 0 });

    const [photo] = await desk.giulia.says("/stats 11/2026");
    expect(photo!.plain).toContain("⏱ Prima risposta: mediana 7,5 h (6 su 7 con risposta) · in orario di apertura: mediana 2 ore lavorative");
    expect(photo!.plain).toContain("💬 Soddisfazione: 3 risposte su 4 domande · 😊 sì 67% · 😐 in parte 33% · 🙁 no 0%");

    const [requestsFile] = await desk.giulia.says("/export 2026-11-01 2026-11-30");
    const rows = csvOf(requestsFile!, ";").rows;
    expect(rows.map((r) => [r.Numero, r["Ore lavorative alla prima risposta"], r.Soddisfazione])).toEqual([
      ["2", "2", "sì"],
      ["3", "6", "in parte"],
      ["4", "0", ""],
      ["5", "0", "sì"],
      ["6", "", ""],
      ["7", "6", ""],
      ["8", "2", ""],
    ]);
  });

  it("writes commas when the spreadsheet is set up for them", async () => {
    desk = new TestDesk({ env: { CSV_SEPARATOR: "," } });
    await seedNovember();
    const [requestsFile] = await desk.giulia.says("/export 01/11/2026 30/11/2026");
    const requests = csvOf(requestsFile!, ",");
    expect(requests.text.split("\r\n")[0]).toContain("Numero,Aperta il,");
    expect(requests.rows).toHaveLength(7);
    expect(requests.rows.find((r) => r.Numero === "4")!["Ore alla prima risposta"]).toBe("1.50");
    expect(requests.rows.find((r) => r.Numero === "3")!.Categoria).toBe("Affitto, bollette e documenti");
  });

  it("explains the arguments it expects", async () => {
    desk = new TestDesk();
    const [stats] = await desk.giulia.says("/stats novembre");
    expect(stats!.plain).toBe(
      "Scrivi /stats per il mese in corso, oppure il mese che ti serve: /stats 2026-11 (oppure /stats 11/2026).",
    );
    const [future] = await desk.giulia.says("/stats 2027-01");
    expect(future!.plain).toMatch(/^Gennaio 2027 non è ancora cominciato\./);
    const [month13] = await desk.giulia.says("/stats 2026-13");
    expect(month13!.plain).toBe(stats!.plain);

    const [none] = await desk.giulia.says("/export");
    expect(none!.plain).toMatch(/^Scrivi le date di inizio e fine: \/export 2026-11-01 2026-11-30/);
    const [reversed] = await desk.giulia.says("/export 2026-11-30 2026-11-01");
    expect(reversed!.plain).toBe("La data di inizio (2026-11-30) viene dopo quella di fine (2026-11-01).");
    const [tooLong] = await desk.giulia.says("/export 2025-01-01 2026-11-30");
    expect(tooLong!.plain).toMatch(/^Al massimo un anno per volta/);
    const [wrong] = await desk.giulia.says("/export 2026-02-30 2026-03-01");
    expect(wrong!.plain).toMatch(/^Non riconosco le date\./);
    expect(desk.repos.audit.all()).toEqual([]);

    // A whole month at once.
    const files = await desk.giulia.says("/export 2026-11");
    // The home visits' counts come third (tests/home-visits.test.ts reads them).
    expect(files.map((m) => m.file?.name)).toEqual([
      "richieste-2026-11-01_2026-11-30.csv",
      "prenotazioni-2026-11-01_2026-11-30.csv",
      "visite-2026-11-01_2026-11-30.csv",
      "annunci-2026-11-01_2026-11-30.csv",
      "segnalazioni-2026-11-01_2026-11-30.csv",
    ]);
  });

  it("refuses figures to anyone outside the operator group, and records nothing", async () => {
    desk = new TestDesk();
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    const [refusal] = await amira.says("/stats");
    expect(refusal!.plain).toBe(unmarked(desk.app.i18n.t("ar", "staff-only")));
    const intruder = desk.stranger("Intruso");
    for (const command of ["/stats", "/stats 2026-11", "/export 2026-11-01 2026-11-30"]) {
      const [answer] = await intruder.saysPrivately(command);
      expect(answer!.plain).toBe(unmarked(desk.app.i18n.t("it", "staff-only")));
      expect(answer!.file).toBeUndefined();
    }
    // Someone who left the group loses access too.
    desk.em.setMember(OPERATOR_CHAT_ID, desk.marco.user.id, "left");
    expect(await desk.marco.says("/export 2026-11")).toEqual([]);
    expect(desk.repos.audit.all()).toEqual([]);
  });
});
