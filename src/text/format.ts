/** Escaping and splitting of text for Telegram's HTML parse mode. */

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * Bidi overrides and isolates can make "evil.exe" read as "exe.live" in a staff member's client;
 * they have no place in a name or a request, so they are removed and the text reads in the order
 * it was typed (a replacement character would be one more thing no person should ever see).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

export function neutraliseBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** Resident text on its way to staff: bidi controls neutralised, HTML escaped. */
export function escapeHtml(text: string): string {
  return neutraliseBidi(text).replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * HTML escaping alone, for a person's own words shown back to them (their address in the form's
 * summary): escaped before they enter a translation, so Fluent's isolation marks stay intact.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"]/g, (c) => HTML_ESCAPES[c]!);
}

export const TELEGRAM_TEXT_LIMIT = 4096;

/**
 * Splits plain text into pieces Telegram accepts, preferring line and word boundaries,
 * so a 10,000-character message arrives whole in order.
 */
export function splitText(text: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf("\n", limit);
    if (cut < limit / 2) cut = rest.lastIndexOf(" ", limit);
    if (cut < limit / 2) cut = limit;
    // never cut a surrogate pair in two
    if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? "")) cut -= 1;
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^[\n ]/, "");
  }
  if (rest.length || parts.length === 0) parts.push(rest);
  return parts;
}

/**
 * Splits resident text so that each piece, once escaped and given a header, stays within
 * Telegram's limit (escaping can make text longer, so the budget is measured after it).
 */
export function splitEscaped(text: string, header: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  const budget = limit - header.length - 16;
  const pieces: string[] = [];
  const queue = splitText(text, budget);
  while (queue.length) {
    const chunk = queue.shift()!;
    const escaped = escapeHtml(chunk);
    if (escaped.length <= budget) pieces.push(escaped);
    else queue.unshift(...splitText(chunk, Math.ceil(chunk.length / 2)));
  }
  return pieces.map((p, i) => (pieces.length > 1 ? `${header} (${i + 1}/${pieces.length})\n${p}` : `${header}\n${p}`));
}

/**
 * Fluent isolates every placeable with bidi marks: right for names in Arabic text, wrong for
 * numbers a person types back (request numbers, phone numbers), so those lose the marks.
 */
export function unwrapNumbers(text: string): string {
  return text.replace(/\u2068([0-9#:+\-/., ]+)\u2069/g, "$1");
}

/** Removes Fluent's bidi isolation marks where a person must copy the text (ids, commands). */
export function stripIsolation(text: string): string {
  return text.replace(/[\u2068\u2069]/g, "");
}

/** A text as the start of a line or a button: its first letter a capital, in the language's own rule. */
export function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}
