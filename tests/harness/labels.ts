/** Width of a button label as a reader sees it: grapheme clusters, wide (CJK, full-width) characters and emoji counting double. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)) {
    if (/^[\u2066-\u2069\u200e\u200f]+$/.test(segment)) continue;
    const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment);
    w += wide ? 2 : 1;
  }
  return w;
}
