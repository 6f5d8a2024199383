// The letter's whole text for a translation engine and back to the resident: the OCR keeps the printed line breaks,
// which cut sentences in two and make an engine translate half-sentences, so lines are joined into paragraphs first;
// the text is then cut at paragraph (else sentence, else word) boundaries into pieces an engine takes, and the
// translation into pieces a message holds.

/** One engine call at most this long: well under MAX_ENGINE_CHARS, so that a piece is translated within the engine's deadline (TRANSLATION_TIMEOUT_MS, a few seconds, set for chat messages). */
export const ENGINE_PIECE_CHARS = 1500;
/** One message part at most this long: Telegram holds 4,096 characters, the title and the note take the rest. */
export const MESSAGE_PART_CHARS = 3300;
/** A letter of six pages is about 15,000 characters; a text beyond this is not sent to an engine at all. */
export const MAX_TRANSLATED_CHARS = 20_000;

/** Paragraphs as printed: blank lines separate them; inside one, the printed line breaks become spaces. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split("\n")
        .map((line) => line.trim())
        .filter(Boolean)
        // A word hyphenated across lines ("comuni-\ncazione") is one word again.
        .reduce((joined, line) => (joined.endsWith("-") && /^\p{Ll}/u.test(line) ? joined.slice(0, -1) + line : joined ? `${joined} ${line}` : line), ""),
    )
    .filter(Boolean);
}

/** Consecutive paragraphs packed into pieces of at most `max` characters; a longer paragraph is cut between sentences. */
export function piecesOf(paragraphs: string[], max: number, separator = "\n\n"): string[] {
  const pieces: string[] = [];
  let current = "";
  const push = (part: string) => {
    if (!current) current = part;
    else if (current.length + separator.length + part.length <= max) current += separator + part;
    else {
      pieces.push(current);
      current = part;
    }
  };
  for (const paragraph of paragraphs) {
    if (paragraph.length <= max) push(paragraph);
    else for (const part of cut(paragraph, max)) push(part);
  }
  if (current) pieces.push(current);
  return pieces;
}

/** A paragraph longer than `max`: cut after a sentence's end, else at a space, else anywhere. */
function cut(paragraph: string, max: number): string[] {
  const parts: string[] = [];
  let rest = paragraph;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    const sentence = Math.max(window.lastIndexOf(". "), window.lastIndexOf("; "), window.lastIndexOf(": "));
    const space = window.lastIndexOf(" ");
    const at = sentence > max / 3 ? sentence + 1 : space > max / 3 ? space : max;
    parts.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) parts.push(rest);
  return parts;
}

/**
 * Whether what an engine answered for a piece can be a translation of it: something, and not the Italian handed
 * back unchanged (an engine that does not know the pair may echo its input). Length is checked by the engine guard.
 */
export function plausibleTranslation(source: string, translated: string): boolean {
  const answer = translated.trim();
  if (!answer) return false;
  return !(source.length > 40 && answer === source.trim());
}
