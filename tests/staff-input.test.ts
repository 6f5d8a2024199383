import { describe, expect, it } from "vitest";
import { parseMonth } from "#src/domain/report-periods.js";
import { parseCivilDay, parseTime, parseWholeNumber } from "#src/domain/staff-input/numbers-and-dates.js";

const NOW = new Date("2026-11-28T10:00:00Z");

describe("what staff type in /newsession", () => {
  it("reads a day as Italians write it, day first, this year when the year is left out", () => {
    expect(parseCivilDay("03/12/2026", NOW, "Europe/Rome")).toEqual({ year: 2026, month: 12, day: 3 });
    expect(parseCivilDay("3.12.27", NOW, "Europe/Rome")).toEqual({ year: 2027, month: 12, day: 3 });
    expect(parseCivilDay("15-1", NOW, "Europe/Rome")).toEqual({ year: 2026, month: 1, day: 15 });
  });

  it("takes the year of the desk's own zone: at 00:30 on 1 January in Rome it is already the new year", () => {
    const newYearInRome = new Date("2026-12-31T23:30:00Z");
    expect(parseCivilDay("15/1", newYearInRome, "Europe/Rome")).toEqual({ year: 2027, month: 1, day: 15 });
    expect(parseCivilDay("15/1", newYearInRome, "UTC")).toEqual({ year: 2026, month: 1, day: 15 });
  });

  it("refuses what is not a day rather than guessing", () => {
    for (const text of ["2026-12-03", "12/13/2026", "0/5", "32/1", "domani", "3 dicembre", ""]) {
      expect(parseCivilDay(text, NOW, "Europe/Rome"), text).toBeUndefined();
    }
  });

  it("reads a time on a 24-hour clock, with a colon or a dot", () => {
    expect(parseTime("17:30")).toEqual({ hour: 17, minute: 30 });
    expect(parseTime("9.05")).toEqual({ hour: 9, minute: 5 });
    for (const text of ["24:00", "17:60", "17", "5pm", "17:3"]) expect(parseTime(text), text).toBeUndefined();
  });

  it("takes a whole number only inside its range", () => {
    expect(parseWholeNumber("90", 15, 480)).toBe(90);
    expect(parseWholeNumber(" 15 ", 15, 480)).toBe(15);
    for (const text of ["14", "481", "90 min", "1.5", "-3", ""]) expect(parseWholeNumber(text, 15, 480), text).toBeUndefined();
  });
});

describe("what staff type in /stats and /export", () => {
  it("reads a month either way round, and the current one (in Rome) when none is given", () => {
    expect(parseMonth("2026-11", NOW, "Europe/Rome")).toEqual({ year: 2026, month: 11 });
    expect(parseMonth("3/2026", NOW, "Europe/Rome")).toEqual({ year: 2026, month: 3 });
    // 23:30 UTC on 31 December is already January in Rome.
    expect(parseMonth(" ", new Date("2026-12-31T23:30:00Z"), "Europe/Rome")).toEqual({ year: 2027, month: 1 });
    for (const text of ["2026-13", "11/26", "novembre", "1999-05"]) expect(parseMonth(text, NOW, "Europe/Rome"), text).toBeUndefined();
  });
});
