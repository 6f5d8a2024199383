// Helpers shared by the fact rules: the words around a match (the quote a resident sees) and masking of spans that
// one rule has already claimed, so that "legge 9 dicembre 1998, n. 431" is a law and not also a date.

/** The line(s) holding [start, end), whitespace collapsed, at most `max` characters centred on the match. */
export function quoteAround(text: string, start: number, end: number, max = 160): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const nextBreak = text.indexOf("\n", end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  let from = lineStart;
  let to = lineEnd;
  if (to - from > max) {
    const room = Math.max(0, max - (end - start));
    from = Math.max(lineStart, start - Math.floor(room / 2));
    to = Math.min(lineEnd, from + max);
    // Cut on word boundaries so the quote never starts or ends mid-word.
    if (from > lineStart) {
      const space = text.indexOf(" ", from);
      if (space !== -1 && space < start) from = space + 1;
    }
    if (to < lineEnd) {
      const space = text.lastIndexOf(" ", to);
      if (space > end) to = space;
    }
  }
  const words = text.slice(from, to).replace(/\s+/g, " ").trim();
  return `${from > lineStart ? "…" : ""}${words}${to < lineEnd ? "…" : ""}`;
}

/** The text with [start, end) blanked out, offsets kept. */
export function mask(text: string, start: number, end: number): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, " ") + text.slice(end);
}

/** The text before `index`, back to at most `chars` characters and never across the start of another sentence. */
export function sentenceBefore(text: string, index: number, chars: number): string {
  const window = text.slice(Math.max(0, index - chars), index);
  const cuts = [...window.matchAll(/[.;!?]\s+(?=[A-ZÀ-Ý])|\n\s*\n/g)];
  const last = cuts.at(-1);
  return last?.index === undefined ? window : window.slice(last.index + last[0].length);
}

/** The text after `index`, up to `chars` characters and never past the end of the sentence. */
export function sentenceAfter(text: string, index: number, chars: number): string {
  const window = text.slice(index, index + chars);
  const cut = /[.;!?]\s+(?=[A-ZÀ-Ý])|\n\s*\n/.exec(window);
  return cut ? window.slice(0, cut.index) : window;
}
