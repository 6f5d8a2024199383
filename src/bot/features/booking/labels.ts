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

/** The most a button shows whole (Telegram cuts longer ones with "…"). */
export const MAX_BUTTON_WIDTH = 32;

/** Width of a label as a reader sees it: graphemes, wide (CJK) characters and emoji counting double. */
export function buttonWidth(text: string): number {
  let width = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    if (/^[\u2066-\u2069\u200e\u200f]+$/.test(segment)) continue;
    const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment);
    width += wide ? 2 : 1;
  }
  return width;
}

/** A child's name clipped to the room a label leaves for it (`around`: the label with an empty name). */
export function childOnButton(around: string, child: string): string {
  return clip(child, Math.max(3, Math.min(CHILD_ON_BUTTON, MAX_BUTTON_WIDTH - buttonWidth(around))));
}
