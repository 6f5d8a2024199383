import { z } from "zod";

/**
 * The common output indicators for participants of Annex I to Regulation (EU) 2021/1057 (ESF+), as the desk asks
 * them. Point 1.1: labour status, age groups, education (ISCED), the total; point 1.2 (the "other" indicators):
 * disabilities, third-country nationals, foreign background, minorities (incl. Roma), homeless or affected by housing
 * exclusion, from rural areas. Personal data are broken down by gender: women, men, non-binary persons. For the
 * specific objective of Article 4(1)(l) (social integration of people at risk of poverty) only the age groups and
 * the total apply: so the set is the desk file's choice, not the code's.
 */
export const INDICATORS = [
  "gender",
  "age",
  "labour",
  "education",
  "thirdCountry",
  "foreignBackground",
  "homeless",
  "rural",
  "disability",
  "minority",
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** Special categories of personal data (GDPR art. 9): off unless the desk file turns them on, then asked with explicit consent. */
export const SENSITIVE: readonly Indicator[] = ["disability", "minority"];

/** What a desk asks when its file names no indicators: everything of Annex I but the special categories. */
export const DEFAULT_INDICATORS: readonly Indicator[] = INDICATORS.filter((i) => !SENSITIVE.includes(i));

/** "From rural areas" is not asked: it follows from the desk (the municipality's degree of urbanisation). */
export const ASKED: readonly Indicator[] = INDICATORS.filter((i) => i !== "rural");

export const GENDERS = ["woman", "man", "non-binary"] as const;
/** Bands fine enough for Annex I's groups (below 18, 18–29, 55 and over) and for long-term unemployment (under 25: over 6 months). */
export const AGE_GROUPS = ["under-18", "18-24", "25-29", "30-54", "55-plus"] as const;
export const LABOUR = ["employed", "unemployed", "inactive"] as const;
/** How long an unemployed person has been looking for work. */
export const JOBLESS_FOR = ["under-6m", "6-12m", "over-12m"] as const;
export const EDUCATION = ["isced-0-2", "isced-3-4", "isced-5-8"] as const;
export const YES_NO = ["yes", "no"] as const;

/** Every question has this answer too: "I'd rather not say". */
export const DECLINED = "declined";

/** The answers of one question: its values, and "declined". */
export const ANSWERS = {
  gender: GENDERS,
  age: AGE_GROUPS,
  labour: LABOUR,
  joblessFor: JOBLESS_FOR,
  education: EDUCATION,
  thirdCountry: YES_NO,
  foreignBackground: YES_NO,
  homeless: YES_NO,
  disability: YES_NO,
  minority: YES_NO,
} as const;
export type Question = keyof typeof ANSWERS;
export type Answer<Q extends Question> = (typeof ANSWERS)[Q][number] | typeof DECLINED;

/** `participants` in the desk file. */
export const participantsSpecSchema = z
  .object({
    /** Activities whose attendees are ESF+ participants (ids of data/activities.json); every activity when left out. */
    activities: z.array(z.string()).optional(),
    /** People followed by the listening desk (a request answered by staff) are participants too. */
    listeningDesk: z.boolean().default(false),
    /** The indicators the call asks for; every one but disability and minority when left out. */
    indicators: z.array(z.enum(INDICATORS)).min(1).optional(),
    /** Desks in a rural municipality (DEGURBA 3): their participants count as "from rural areas". */
    ruralDesks: z.array(z.string()).default([]),
    /**
     * How long a sheet is kept: until 31 December of the year it was filled in, plus this many years (the
     * programme's retention of documents, Regulation (EU) 2021/1060 art. 82: five years by default).
     */
    keepYears: z.number().int().min(1).max(15).default(5),
  })
  .strict();
export type ParticipantsSpecInput = z.input<typeof participantsSpecSchema>;

/** The sheet as this desk runs it: indicators resolved, activities filled in. */
export interface ParticipantsSpec {
  activities: string[];
  listeningDesk: boolean;
  indicators: Indicator[];
  ruralDesks: string[];
  keepYears: number;
}

/** The desk file's section with its defaults; undefined input means the desk collects no sheet. */
export function resolveParticipants(input: z.output<typeof participantsSpecSchema>, allActivities: string[]): ParticipantsSpec {
  const indicators = input.indicators ? INDICATORS.filter((i) => input.indicators!.includes(i)) : [...DEFAULT_INDICATORS];
  return {
    activities: input.activities ?? [...allActivities],
    listeningDesk: input.listeningDesk,
    indicators,
    ruralDesks: input.ruralDesks,
    keepYears: input.keepYears,
  };
}
