import type { Desk } from "#src/domain/desks.js";
import type { ResidentName } from "#src/domain/resident-names.js";
import { capitalised, escapeHtml } from "#src/text/format.js";

/**
 * A team's (or any) name as a resident reads it: the desk file's text in their language, else the generic locale
 * text ("the health and care team"). Never the staff's Italian name. HTML-escaped: it goes into HTML messages.
 */
export function residentName(t: (key: string) => string, name: ResidentName, locale: string): string {
  const own = name.names[locale];
  return own ? escapeHtml(own) : t(name.fallback);
}

/**
 * A desk as a resident reads it in a sentence ("Your desk: …"): the desk file's text in their language ("Cristo
 * district (Alessandria)"), else its name, which is then a place name ("Casale Monferrato").
 */
export function deskName(desk: Desk, locale: string): string {
  return desk.residentName?.[locale] ?? desk.name;
}

/**
 * A desk on the picker's button: its text in the reader's language, else "Cristo · Alessandria" (or just the town).
 * A button starts with a capital even where the sentence form does not (uk "район Cristo" inside a sentence).
 */
export function deskLabel(desk: Desk, locale: string): string {
  const own = desk.residentName?.[locale];
  if (own) return capitalised(own, locale);
  return desk.name === desk.town ? desk.name : `${desk.name} · ${desk.town}`;
}
