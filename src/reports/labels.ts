import type { Italian } from "#src/text/staff-text.js";

/** Names shown in reports instead of internal codes; all are the desk's own words, never user input. */
export interface ReportLabels {
  category(id: string): string;
  language(code: string): string;
  activity(id: string): string;
}

const ITALIAN_LANGUAGE_NAMES = new Intl.DisplayNames(["it"], { type: "language" });

/** Categories and activities as residents read them in Italian (without their emoji), languages by their Italian name. */
export function reportLabels(italian: Italian): ReportLabels {
  // An export names a category or an activity on every row: each is looked up once.
  const known = new Map<string, string>();
  const once = (key: string, make: () => string) => known.get(key) ?? known.set(key, make()).get(key)!;
  return {
    category: (id) => once(`cat-${id}`, () => italian(`cat-${id}`).replace(/^\P{L}+/u, "")),
    activity: (id) => once(`act-${id}`, () => italian(`act-${id}`)),
    language: (code) => {
      try {
        return ITALIAN_LANGUAGE_NAMES.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
}
