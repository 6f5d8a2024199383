import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { easterSunday, italianHolidays } from "#src/domain/italian-holidays.js";
import {
  DEFAULT_OPENING_HOURS,
  type OpeningHoursSpecInput,
  openingHours,
  openingHoursSpecSchema,
} from "#src/domain/opening-hours.js";

const HOUR = 3_600_000;

/** A Rome wall-clock time ("2026-11-28T22:30") as the UTC instant the desk stores. */
function rome(local: string): Date {
  const dt = DateTime.fromISO(local, { zone: "Europe/Rome" });
  if (!dt.isValid) throw new Error(`bad local time ${local}`);
  return dt.toJSDate();
}

const cristo = openingHours(DEFAULT_OPENING_HOURS);
/** Every weekday morning, so that a holiday on any weekday shows. */
const weekdays = openingHours({
  weekly: { mon: ["9:00-12:00"], tue: ["9:00-12:00"], wed: ["9:00-12:00"], thu: ["9:00-12:00"], fri: ["9:00-12:00"] },
  patronDay: "11-10",
  patronName: "San Baudolino",
});

describe("Italian holidays", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2030, "2030-04-21"],
    [2038, "2038-04-25"],
    [2285, "2285-03-22"],
  ])("Easter %i is on %s", (year, date) => {
    const easter = easterSunday(year);
    expect(`${easter.year}-${String(easter.month).padStart(2, "0")}-${String(easter.day).padStart(2, "0")}`).toBe(date);
  });

  it("puts Easter Monday on the day after Easter, across the end of March", () => {
    const dates = (year: number) => italianHolidays(year).find((h) => h.id === "easter-monday")?.date;
    expect(dates(2024)).toBe("2024-04-01");
    expect(dates(2026)).toBe("2026-04-06");
  });

  it("lists the national holidays with Italian names and stable ids, the patron day included", () => {
    const list = italianHolidays(2026, { patronDay: "11-10", patronName: "San Baudolino" });
    expect(list.map((h) => `${h.date} ${h.id}`)).toEqual([
      "2026-01-01 new-year",
      "2026-01-06 epiphany",
      "2026-04-05 easter",
      "2026-04-06 easter-monday",
      "2026-04-25 liberation-day",
      "2026-05-01 labour-day",
      "2026-06-02 republic-day",
      "2026-08-15 assumption",
      "2026-10-04 st-francis",
      "2026-11-01 all-saints",
      "2026-11-10 patron-saint",
      "2026-12-08 immaculate-conception",
      "2026-12-25 christmas",
      "2026-12-26 st-stephen",
    ]);
    expect(list.find((h) => h.id === "easter-monday")?.name).toBe("Lunedì dell'Angelo (Pasquetta)");
    expect(list.find((h) => h.id === "patron-saint")?.name).toBe("San Baudolino");
  });

  it("counts 4 October (San Francesco, law 151/2025) only from 2026", () => {
    expect(italianHolidays(2025).some((h) => h.id === "st-francis")).toBe(false);
    expect(italianHolidays(2027).find((h) => h.id === "st-francis")?.date).toBe("2027-10-04");
  });

  it("keeps only the patron day when the national holidays are off", () => {
    expect(italianHolidays(2026, { national: false, patronDay: "11-10" }).map((h) => h.id)).toEqual(["patron-saint"]);
  });
});

describe("holidays close the desk", () => {
  it("closes on Easter Monday", () => {
    expect(cristo.isOpen(rome("2026-04-06T10:00"))).toBe(false);
    expect(cristo.closureAt(rome("2026-04-06T10:00"))).toEqual({
      reason: "holiday",
      holiday: { id: "easter-monday", name: "Lunedì dell'Angelo (Pasquetta)" },
    });
    // The Monday after is an ordinary one.
    expect(cristo.isOpen(rome("2026-04-13T10:00"))).toBe(true);
  });

  it("closes on San Baudolino, 10 November, in Alessandria", () => {
    // 10 November 2027 is a Wednesday, an afternoon the Cristo desk opens.
    expect(cristo.isOpen(rome("2027-11-10T15:00"))).toBe(false);
    expect(cristo.closureAt(rome("2027-11-10T15:00"))).toEqual({
      reason: "holiday",
      holiday: { id: "patron-saint", name: "San Baudolino" },
    });
    expect(cristo.isOpen(rome("2027-11-17T15:00"))).toBe(true);
    expect(weekdays.isOpen(rome("2026-11-10T10:00"))).toBe(false);
    expect(weekdays.isOpen(rome("2026-11-11T10:00"))).toBe(true);
  });

  it("closes on 25 April and 2 June", () => {
    expect(weekdays.closureAt(rome("2028-04-25T10:00"))?.holiday?.id).toBe("liberation-day");
    expect(weekdays.closureAt(rome("2026-06-02T10:00"))?.holiday?.id).toBe("republic-day");
    expect(weekdays.isOpen(rome("2026-06-03T10:00"))).toBe(true);
  });

  it("opens on national holidays when they are turned off, but not on the patron day", () => {
    const noNational = openingHours({ weekly: { tue: ["9:00-12:00"] }, patronDay: "11-10", nationalHolidays: false });
    expect(noNational.isOpen(rome("2026-06-02T10:00"))).toBe(true);
    expect(noNational.isOpen(rome("2026-11-10T10:00"))).toBe(false);
  });

  it("tells which holiday falls on an instant's local date", () => {
    // 23:30 UTC on 31 December is already 1 January in Rome.
    expect(cristo.holidayOn(new Date("2026-12-31T23:30:00Z"))?.id).toBe("new-year");
    expect(cristo.holidayOn(rome("2026-11-11T10:00"))).toBeUndefined();
  });
});

describe("opening and the next opening", () => {
  it("is open inside the hours and closed outside them, with the reason", () => {
    expect(cristo.isOpen(rome("2026-11-30T09:00"))).toBe(true);
    expect(cristo.isOpen(rome("2026-11-30T11:59"))).toBe(true);
    expect(cristo.isOpen(rome("2026-11-30T12:00"))).toBe(false);
    expect(cristo.isOpen(rome("2026-11-30T08:59"))).toBe(false);
    expect(cristo.closureAt(rome("2026-11-30T10:00"))).toBeUndefined();
    expect(cristo.closureAt(rome("2026-11-30T13:00"))).toEqual({ reason: "outside-hours" });
  });

  it("answers a Saturday night message with Monday 9:00, Rome time", () => {
    const next = cristo.nextOpening(rome("2026-11-28T22:30"));
    expect(next?.start.toISOString()).toBe("2026-11-30T08:00:00.000Z");
    expect(next?.end.toISOString()).toBe("2026-11-30T11:00:00.000Z");
  });

  it("gives the current interval while open", () => {
    const next = cristo.nextOpening(rome("2026-12-02T15:30"));
    expect(next).toEqual({ start: rome("2026-12-02T14:00"), end: rome("2026-12-02T17:00") });
  });

  it("skips the summer closure, yearly or for one year", () => {
    // Thursday 6 August 2026 after closing: 10 to 23 August are closed, Monday 24 opens.
    expect(cristo.nextOpening(rome("2026-08-06T13:00"))?.start).toEqual(rome("2026-08-24T09:00"));
    expect(cristo.closureAt(rome("2026-08-12T15:00"))).toEqual({ reason: "closure", closure: { label: "Chiusura estiva" } });

    const once = openingHours({
      weekly: { mon: ["9:00-12:00"], wed: ["14:00-17:00"], thu: ["9:00-12:00"] },
      closures: [{ from: "2026-08-10", to: "2026-08-23", label: "Chiusura estiva" }],
    });
    expect(once.nextOpening(rome("2026-08-06T13:00"))?.start).toEqual(rome("2026-08-24T09:00"));
    // A closure with years does not come back: Monday 16 August 2027 is an ordinary Monday.
    expect(once.isOpen(rome("2027-08-16T10:00"))).toBe(true);
  });

  it("prefers the closure's label to a holiday inside it", () => {
    expect(cristo.closureAt(rome("2026-12-25T10:00"))).toEqual({ reason: "closure", closure: { label: "Chiusura natalizia" } });
  });

  it("wraps the Christmas closure over the new year", () => {
    expect(cristo.isOpen(rome("2026-12-21T10:00"))).toBe(true);
    expect(cristo.isOpen(rome("2026-12-24T10:00"))).toBe(false);
    expect(cristo.isOpen(rome("2027-01-04T10:00"))).toBe(false);
    expect(cristo.nextOpening(rome("2026-12-23T18:00"))?.start).toEqual(rome("2027-01-07T09:00"));
  });

  it("finds no opening when the desk stays closed beyond the search bound", () => {
    const shut = openingHours({
      weekly: { mon: ["9:00-12:00"] },
      closures: [{ from: "2026-01-01", to: "2028-12-31", label: "Lavori" }],
    });
    expect(shut.nextOpening(rome("2026-03-01T10:00"))).toBeUndefined();
    expect(shut.addWorkingHours(rome("2026-03-01T10:00"), 1)).toBeUndefined();
    expect(shut.closureKey(rome("2026-03-01T10:00"))).toBe("closed-until:never");
  });

  it("joins touching ranges, across midnight too", () => {
    const joined = openingHours({ weekly: { mon: ["9:00-12:00", "12:00-13:00"] } });
    expect(joined.nextOpening(rome("2026-11-30T08:00"))).toEqual({ start: rome("2026-11-30T09:00"), end: rome("2026-11-30T13:00") });
    const night = openingHours({ weekly: { sun: ["20:00-24:00"], mon: ["0:00-2:00"] } });
    expect(night.nextOpening(rome("2026-11-29T21:00"))).toEqual({ start: rome("2026-11-29T20:00"), end: rome("2026-11-30T02:00") });
    expect(night.isOpen(rome("2026-11-30T00:00"))).toBe(true);
    // After midnight the interval is still the one that opened on Sunday evening.
    expect(night.nextOpening(rome("2026-11-30T01:00"))).toEqual({ start: rome("2026-11-29T20:00"), end: rome("2026-11-30T02:00") });
    expect(night.closureKey(rome("2026-11-30T01:00"))).toBe(night.closureKey(rome("2026-11-29T21:00")));
  });
});

describe("daylight saving time", () => {
  it("opens at 9:00 local on the Mondays after both changes", () => {
    // Last Sunday of March 2026 is the 29th: Monday 30 is on CEST (UTC+2).
    expect(cristo.nextOpening(rome("2026-03-28T22:00"))?.start.toISOString()).toBe("2026-03-30T07:00:00.000Z");
    // Last Sunday of October 2026 is the 25th: Monday 26 is on CET (UTC+1).
    expect(cristo.nextOpening(rome("2026-10-24T22:00"))?.start.toISOString()).toBe("2026-10-26T08:00:00.000Z");
    expect(cristo.isOpen(new Date("2026-03-30T07:30:00Z"))).toBe(true);
    expect(cristo.isOpen(new Date("2026-10-26T07:30:00Z"))).toBe(false);
  });

  it("counts real hours in a range the clock change crosses", () => {
    const nights = openingHours({ weekly: { sun: ["1:00-4:00"] } });
    const spring = nights.workingMillisBetween(rome("2026-03-29T00:00"), rome("2026-03-29T12:00"));
    const autumn = nights.workingMillisBetween(rome("2026-10-25T00:00"), rome("2026-10-25T12:00"));
    expect(spring).toBe(2 * HOUR);
    expect(autumn).toBe(4 * HOUR);
  });
});

describe("working time", () => {
  const friMon = openingHours({ weekly: { fri: ["9:00-12:00"], mon: ["9:00-12:00"] } });

  it("counts 3 h from Friday 11:00 to Monday 11:00, not 72 h", () => {
    expect(friMon.workingMillisBetween(rome("2026-11-27T11:00"), rome("2026-11-30T11:00"))).toBe(3 * HOUR);
  });

  it("counts 3 h over both DST weekends too", () => {
    expect(friMon.workingMillisBetween(rome("2026-03-27T11:00"), rome("2026-03-30T11:00"))).toBe(3 * HOUR);
    expect(friMon.workingMillisBetween(rome("2026-10-23T11:00"), rome("2026-10-26T11:00"))).toBe(3 * HOUR);
  });

  it("counts nothing outside hours, and nothing backwards", () => {
    expect(friMon.workingMillisBetween(rome("2026-11-28T08:00"), rome("2026-11-29T20:00"))).toBe(0);
    expect(friMon.workingMillisBetween(rome("2026-11-30T11:00"), rome("2026-11-27T11:00"))).toBe(0);
  });

  it("leaves holidays out: Easter Monday is not a working day", () => {
    expect(friMon.workingMillisBetween(rome("2026-04-03T11:00"), rome("2026-04-13T11:00"))).toBe((1 + 3 + 2) * HOUR);
  });

  it("counts a year of the Cristo desk quickly", () => {
    const fresh = openingHours(DEFAULT_OPENING_HOURS);
    const started = performance.now();
    const hours = fresh.workingMillisBetween(rome("2026-01-01T00:00"), rome("2027-01-01T00:00")) / HOUR;
    expect(performance.now() - started).toBeLessThan(500);
    // 52 weeks × 9 h, minus holidays and closures; the exact sum is checked against a minute-by-minute walk below.
    expect(hours).toBeGreaterThan(300);
    expect(hours).toBeLessThan(52 * 9);
  });

  it("agrees with a minute-by-minute walk over a month with a DST change", () => {
    const from = rome("2026-10-01T00:00");
    const to = rome("2026-11-15T00:00");
    let minutes = 0;
    for (let t = from.getTime(); t < to.getTime(); t += 60_000) if (cristo.isOpen(new Date(t))) minutes++;
    expect(cristo.workingMillisBetween(from, to)).toBe(minutes * 60_000);
  });

  it("makes a request stale after 16 working hours on the right day", () => {
    // Mon, Wed, Thu, Mon, Wed give 15 h; the 16th ends at 10:00 on Thursday 3 December.
    expect(cristo.addWorkingHours(rome("2026-11-23T09:00"), 16)).toEqual(rome("2026-12-03T10:00"));
    // From Saturday night the clock starts at Monday's opening.
    expect(cristo.addWorkingHours(rome("2026-11-21T23:00"), 16)).toEqual(rome("2026-12-03T10:00"));
    // Across the Christmas closure: 17, 21 and 23 December give 9 h, then 7 and 11 January, then 1 h on the 13th.
    expect(cristo.addWorkingHours(rome("2026-12-17T09:00"), 16)).toEqual(rome("2027-01-13T15:00"));
  });

  it("is the inverse of workingMillisBetween", () => {
    const from = rome("2026-03-20T10:30");
    for (const hours of [0.5, 2.5, 7, 40]) {
      const due = cristo.addWorkingHours(from, hours)!;
      expect(cristo.workingMillisBetween(from, due)).toBe(hours * HOUR);
    }
    expect(cristo.addWorkingHours(from, 0)).toEqual(from);
    expect(() => cristo.addWorkingHours(from, -1)).toThrow(RangeError);
  });
});

describe("closure keys", () => {
  it("is the same within one closed period and changes across an opening", () => {
    const saturday = cristo.closureKey(rome("2026-11-28T22:30"));
    const sunday = cristo.closureKey(rome("2026-11-29T10:00"));
    const mondayEarly = cristo.closureKey(rome("2026-11-30T08:59"));
    const mondayAfternoon = cristo.closureKey(rome("2026-11-30T13:00"));
    expect(saturday).toBe("closed-until:2026-11-30T08:00:00.000Z");
    expect(sunday).toBe(saturday);
    expect(mondayEarly).toBe(saturday);
    expect(mondayAfternoon).not.toBe(saturday);
  });

  it("names the open interval while open", () => {
    expect(cristo.closureKey(rome("2026-11-30T10:00"))).toBe("open:2026-11-30T08:00:00.000Z");
  });
});

describe("describing the week", () => {
  it("lists the open days Monday first, times as Italians write them", () => {
    expect(cristo.describeWeek()).toEqual([
      { weekday: 1, name: "lunedì", intervals: [{ from: "9:00", to: "12:00" }] },
      { weekday: 3, name: "mercoledì", intervals: [{ from: "14:00", to: "17:00" }] },
      { weekday: 4, name: "giovedì", intervals: [{ from: "9:00", to: "12:00" }] },
    ]);
  });

  it("names the weekdays in the resident's language and keeps several ranges in order", () => {
    const split = openingHours({ weekly: { sat: ["14:30-17:00", "09:00-12:00"] } });
    expect(split.describeWeek("en")).toEqual([
      {
        weekday: 6,
        name: "Saturday",
        intervals: [
          { from: "9:00", to: "12:00" },
          { from: "14:30", to: "17:00" },
        ],
      },
    ]);
  });
});

describe("spec validation", () => {
  function problems(spec: unknown): string {
    const result = openingHoursSpecSchema.safeParse(spec);
    if (result.success) return "";
    return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n");
  }

  it("accepts the default and fills the defaults in", () => {
    expect(problems(DEFAULT_OPENING_HOURS)).toBe("");
    const parsed = openingHoursSpecSchema.parse({ weekly: { mon: ["9:00-12:00"] } });
    expect(parsed).toEqual({ timezone: "Europe/Rome", weekly: { mon: ["9:00-12:00"] }, closures: [], nationalHolidays: true });
  });

  it("rejects impossible times", () => {
    expect(problems({ weekly: { mon: ["25:00-26:00"] } })).toMatch(
      /^weekly\.mon\.0: "25:00-26:00" is not a valid time range: times go from 0:00 to 23:59/,
    );
    expect(problems({ weekly: { mon: ["9-12"] } })).toMatch(/"9-12" is not a time range like "9:00-12:00"/);
    expect(problems({ weekly: { mon: ["14:00-24:00"] } })).toBe("");
  });

  it("rejects a range that ends before it starts", () => {
    expect(problems({ weekly: { tue: ["12:00-9:00"] } })).toMatch(/weekly\.tue\.0: "12:00-9:00": the opening time must come before the closing time/);
    expect(problems({ weekly: { tue: ["9:00-9:00"] } })).toMatch(/the opening time must come before the closing time/);
  });

  it("rejects overlapping ranges", () => {
    expect(problems({ weekly: { wed: ["9:00-12:00", "11:30-13:00"] } })).toBe('weekly.wed: "11:30-13:00" overlaps "9:00-12:00"');
  });

  it("rejects unknown days, zones and patron days, and a week with no hours", () => {
    expect(problems({ weekly: { lun: ["9:00-12:00"], mon: ["9:00-12:00"] } })).toMatch(/lun/);
    expect(problems({ weekly: { mon: ["9:00-12:00"] }, timezone: "Europe/Alessandria" })).toMatch(/timezone: not a known IANA time zone/);
    expect(problems({ weekly: { mon: ["9:00-12:00"] }, patronDay: "10-11-2026" })).toMatch(/patronDay/);
    expect(problems({ weekly: { mon: ["9:00-12:00"] }, patronDay: "02-30" })).toMatch(/patronDay/);
    expect(problems({ weekly: {} })).toMatch(/the desk must open at least once a week/);
  });

  it("rejects malformed closures", () => {
    const base: OpeningHoursSpecInput = { weekly: { mon: ["9:00-12:00"] } };
    expect(problems({ ...base, closures: [{ from: "2026-08-23", to: "2026-08-10", label: "Estate" }] })).toMatch(
      /closure "Estate" ends \(2026-08-10\) before it starts \(2026-08-23\)/,
    );
    expect(problems({ ...base, closures: [{ from: "2026-02-30", to: "2026-03-01", label: "x" }] })).toMatch(/closures\.0\.from/);
    expect(problems({ ...base, closures: [{ from: "08-10", to: "2026-08-23", label: "x" }] })).toMatch(/must both be/);
    expect(problems({ ...base, closures: [{ from: "08-10", to: "08-23", label: "  " }] })).toMatch(/a closure needs a label/);
  });

  it("throws the same messages when building the calendar", () => {
    expect(() => openingHours({ weekly: { mon: ["9:00-12:00", "10:00-11:00"] } })).toThrow(/overlaps/);
  });
});
