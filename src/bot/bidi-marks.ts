/**
 * Fluent isolates every placeable with bidi marks (FSI … PDI): right for a Latin name inside Arabic text,
 * wrong where a person copies or types the text back. One place removes them, for the code and its tests.
 */

const ISOLATES = /[\u2066-\u2069]/g;

/** Removes the isolation marks where a person must copy the text (ids, commands) or reads it as staff. */
export function stripIsolation(text: string): string {
  return text.replace(ISOLATES, "");
}

/** Keeps the marks around names but not around numbers a person types back (request numbers, phone numbers). */
export function unwrapNumbers(text: string): string {
  return text.replace(/\u2068([0-9#:+\-/., ]+)\u2069/g, "$1");
}
