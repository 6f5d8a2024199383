/**
 * Pieces of the booking buttons' labels. Telegram cuts a long label with "…", and two bookings cut at the same
 * place would look the same, so the date comes first and what follows is kept short.
 */

/** A child's name on a cancel button: with the longest date (Arabic weekdays) it still fits in 32. */
export const CHILD_ON_BUTTON = 10;

/** At most `max` graphemes (letters as a reader counts them), the last one an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].map((s) => s.segment);
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join("")}…`;
}

/** A button's label starts with a capital, as a sentence would ("Mer 02/12", not "mer 02/12"). */
export function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
