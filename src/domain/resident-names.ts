import { z } from "zod";

/**
 * What residents read for a team or a desk, per language. Staff know a team as "Salute e assistenza (Azimut)";
 * that Italian name must not land in a French or Arabic sentence ("…est maintenant suivie par Salute e
 * assistenza"), so the desk file may say it per language, and a language it leaves out reads a generic text
 * (a locale key, per team's first category: "the health and care team").
 */
export function residentNamesSchema(maxLength: number) {
  return z.record(z.string().regex(/^[a-z]{2}$/, 'a language code of two letters, e.g. "en"'), z.string().trim().min(2).max(maxLength)).optional();
}

export type ResidentNames = Readonly<Record<string, string>>;

/**
 * A name a resident reads, resolved in their language only when the text is rendered (they may change language
 * in between): the desk file's text for that language, else the locale key `fallback`.
 */
export interface ResidentName {
  names: ResidentNames;
  fallback: string;
}

/** The generic text for a team, by what it handles first: "team-of-health" → "the health and care team". */
export function teamFallbackKey(categories: readonly string[]): string {
  return `team-of-${categories[0] ?? "other"}`;
}
