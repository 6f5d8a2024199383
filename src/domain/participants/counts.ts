import { GENDERS, type Indicator } from "./indicators.js";
import type { SheetAnswers } from "./sheet.js";

/** One participant as counted: their answers (none when they declined the sheet or were never asked), nothing else. */
export interface CountedParticipant {
  answers: SheetAnswers;
  /** A child booked by a parent: not asked the labour status, counted as inactive. */
  child: boolean;
  /** Taking part at a desk in a rural municipality. */
  rural: boolean;
}

/** The rows of the ESF+ table (Annex I, points 1.1 and 1.2), each tied to the indicator that switches it on. */
export const ROWS = [
  ["total", undefined],
  ["unemployed", "labour"],
  ["long-term-unemployed", "labour"],
  ["inactive", "labour"],
  ["employed", "labour"],
  ["under-18", "age"],
  ["18-29", "age"],
  ["55-plus", "age"],
  ["isced-0-2", "education"],
  ["isced-3-4", "education"],
  ["isced-5-8", "education"],
  ["disability", "disability"],
  ["third-country", "thirdCountry"],
  ["foreign-background", "foreignBackground"],
  ["minority", "minority"],
  ["homeless", "homeless"],
  ["rural", "rural"],
] as const satisfies ReadonlyArray<readonly [string, Indicator | undefined]>;
export type RowId = (typeof ROWS)[number][0];

/** Columns: the three genders of Annex I, then those who did not say (or were not asked). */
export const GENDER_COLUMNS = [...GENDERS, "undeclared"] as const;
export type GenderColumn = (typeof GENDER_COLUMNS)[number];

export interface TableRow {
  id: RowId;
  byGender: Record<GenderColumn, number>;
  total: number;
  /** Participants who declined (or were not asked) the question this row depends on. */
  undeclared: number;
}

/** Whether a participant counts in a row: true, false, or undefined when the answer it needs is missing. */
function inRow(row: RowId, p: CountedParticipant): boolean | undefined {
  const a = p.answers;
  const known = <T>(v: T | "declined" | undefined) => (v === undefined || v === "declined" ? undefined : v);
  const labour = p.child ? "inactive" : known(a.labour);
  const age = known(a.age);
  const yes = (v: "yes" | "no" | "declined" | undefined) => (known(v) === undefined ? undefined : v === "yes");
  switch (row) {
    case "total":
      return true;
    case "unemployed":
    case "inactive":
    case "employed":
      return labour === undefined ? undefined : labour === row;
    case "long-term-unemployed": {
      if (labour === undefined) return undefined;
      if (labour !== "unemployed") return false;
      // Long-term: over 12 months, or over 6 months below the age of 25 (the Commission's ESF+ definition).
      const since = known(a.joblessFor);
      if (since === undefined) return undefined;
      if (since === "over-12m") return true;
      if (since === "under-6m") return false;
      return age === undefined ? undefined : age === "under-18" || age === "18-24";
    }
    case "under-18":
      return age === undefined ? undefined : age === "under-18";
    case "18-29":
      return age === undefined ? undefined : age === "18-24" || age === "25-29";
    case "55-plus":
      return age === undefined ? undefined : age === "55-plus";
    case "isced-0-2":
    case "isced-3-4":
    case "isced-5-8":
      return known(a.education) === undefined ? undefined : a.education === row;
    case "disability":
      return yes(a.disability);
    case "third-country":
      return yes(a.thirdCountry);
    case "foreign-background":
      return yes(a.foreignBackground);
    case "minority":
      return yes(a.minority);
    case "homeless":
      return yes(a.homeless);
    case "rural":
      return p.rural;
  }
}

/** The ESF+ table for these participants: the rows of the indicators switched on, each by gender. */
export function esfTable(participants: readonly CountedParticipant[], indicators: readonly Indicator[]): TableRow[] {
  const rows = ROWS.filter(([, indicator]) => indicator === undefined || indicators.includes(indicator));
  return rows.map(([id]) => {
    const byGender = Object.fromEntries(GENDER_COLUMNS.map((g) => [g, 0])) as Record<GenderColumn, number>;
    let total = 0;
    let undeclared = 0;
    for (const p of participants) {
      const counted = inRow(id, p);
      if (counted === undefined) undeclared++;
      if (!counted) continue;
      total++;
      const gender = p.answers.gender;
      byGender[gender === undefined || gender === "declined" ? "undeclared" : gender]++;
    }
    return { id, byGender, total, undeclared };
  });
}

/** Fewer than this many people in a cell is shown as "< 5": a small count could point at someone. */
export const SMALL_CELL = 5;

/** A count as published: 0 as it is, 1 to 4 as "< 5", the rest as the number. */
export function published(n: number): string {
  return n > 0 && n < SMALL_CELL ? `< ${SMALL_CELL}` : String(n);
}
