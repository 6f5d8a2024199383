// How a letter's facts read: for the resident in their language (the desk's own labels, so this works without any
// translation engine), and for staff in Italian with a button pair per fact. Values stay as the letter prints them
// where a person must copy them (codes, the Italian quote); amounts and dates are written the resident's way.
import { InlineKeyboard } from "grammy";
import { correctable } from "#src/domain/letters/corrections.js";
import { type CheckedFact, confirmedFact, type LetterNotice } from "#src/domain/letters/service.js";
import type { LetterRow } from "#src/db/repositories/letters.js";
import { LOW_CONFIDENCE } from "#src/domain/letters/reader.js";
import type { LocalDay } from "#src/domain/letters/facts.js";
import { letterCheck, letterCorrect } from "#src/bot/callback-data/letters.js";
import { escapeHtml } from "#src/text/format.js";
import type { Italian } from "#src/text/staff-text.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** Staff buttons are drawn for this many facts at most (a keyboard of two per row stays usable). */
const FACTS_WITH_BUTTONS = 20;
/** What of the OCR text the staff post shows; the photos are under the card for the rest. */
const TEXT_ON_POST = 2500;
const QUOTE_MAX = 140;

/** "15 January 2027": English as written in Europe, day first (as every other date a resident reads). */
export function day(d: LocalDay, locale: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC", numberingSystem: "latn" }).format(
    new Date(Date.UTC(d.year, d.month - 1, d.day)),
  );
}

function euros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: "currency", currency: "EUR", currencyDisplay: "narrowSymbol", numberingSystem: "latn" }).format(cents / 100);
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** One fact's value, in the reader's language (t: the resident's texts, or Italian for staff). */
function value(fact: CheckedFact, t: T, locale: string): string {
  switch (fact.kind) {
    case "sender":
      return escapeHtml(t(`letter-from-${fact.sender}`));
    case "amount":
      return `<b>${euros(fact.cents, locale)}</b>`;
    case "deadline":
    case "date":
      return `<b>${day(fact.day, locale)}</b>`;
    case "appointment": {
      const when = fact.time
        ? t("letter-at-time", { date: day(fact.day, locale), time: `${fact.time.hour}:${String(fact.time.minute).padStart(2, "0")}` })
        : day(fact.day, locale);
      return `<b>${escapeHtml(when)}</b>${fact.place ? ` — ${escapeHtml(fact.place)}` : ""}`;
    }
    default:
      return `<code>${escapeHtml(fact.code)}</code>`;
  }
}

const MARKS = { right: "✅", wrong: "❌", corrected: "✏️" } as const;

/** After a correction, what the rules had read, so colleagues see what changed. */
function readBefore(italian: Italian, fact: CheckedFact): string {
  const read = fact.check?.verdict === "corrected" ? fact.check.read : undefined;
  if (!read) return "";
  let shown = read;
  if (fact.kind === "amount" && /^\d+$/.test(read)) shown = euros(Number(read), "it");
  else if (/^\d{4}-\d{2}-\d{2}/.test(read)) shown = read.replace(/^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?$/, (_, y, m, d, time) => `${d}/${m}/${y}${time ? ` ${time}` : ""}`);
  return ` (${escapeHtml(italian("board-letter-read-was", { value: shown }))})`;
}

/** A fact's value as the staff post shows it (HTML, escaped). */
export function factValueForStaff(italian: Italian, fact: CheckedFact): string {
  return value(fact, italian, "it");
}

export function factLabel(fact: CheckedFact, t: T): string {
  return label(fact, t);
}

export function label(fact: CheckedFact, t: T): string {
  return t(fact.kind === "amount" && fact.total ? "letter-label-total" : `letter-label-${fact.kind}`);
}

/** The digest's lines for confirmed letter deadlines in the week ahead; nothing when there are none. */
export function renderLetterDeadlines(italian: Italian, deadlines: Array<{ requestId: number; day: LocalDay; sender?: string }>): string {
  if (deadlines.length === 0) return "";
  const lines = ["", "", italian("digest-letter-deadlines", { count: String(deadlines.length) })];
  for (const d of deadlines) {
    const date = `${String(d.day.day).padStart(2, "0")}/${String(d.day.month).padStart(2, "0")}/${d.day.year}`;
    const from = escapeHtml(italian(`letter-from-${d.sender ?? "unknown"}`));
    lines.push(`   • ${italian("digest-letter-deadline", { id: String(d.requestId), date, from })}`);
  }
  return lines.join("\n");
}

/** The resident's message: the facts with their labels, each with the letter's own words, and who checks them. */
export function renderLetterNotice(t: T, notice: LetterNotice, locale: string): string {
  if (notice.mode === "unreadable") return `${t("letter-unreadable")}\n\n${t("letter-staff-check")}`;
  if (notice.mode === "untranslated") return t("letter-translation-failed");
  if (notice.mode === "translation" && notice.translation) {
    // Plain text, escaped: what an engine answered never carries markup into the chat.
    const { text, part, parts } = notice.translation;
    const lines = [t("letter-translation-title", { part, parts }), "", escapeHtml(text)];
    if (part === parts) lines.push("", t("letter-translation-note"));
    return lines.join("\n");
  }
  if (notice.mode === "reminder") {
    const deadline = notice.facts.find((f) => f.kind === "deadline");
    const sender = notice.facts.find((f) => f.kind === "sender");
    if (deadline?.kind !== "deadline") return t("letter-staff-check");
    const from = sender?.kind === "sender" ? t(`letter-from-${sender.sender}`) : t("letter-from-unknown");
    return `${t("letter-reminder", { from, date: day(deadline.day, locale) })}\n\n<i>«${escapeHtml(clip(deadline.quote, QUOTE_MAX))}»</i>\n\n${t("letter-reminder-help")}`;
  }
  const checked = notice.mode === "checked";
  const lines = [t(checked ? "letter-checked-title" : "letter-facts-title"), ""];
  for (const fact of notice.facts) {
    if (checked && !confirmedFact(fact)) continue;
    const corrected = checked && fact.check?.verdict === "corrected" ? ` ${t("letter-fact-corrected")}` : "";
    lines.push(t("letter-fact-line", { label: label(fact, t), value: value(fact, t, locale) }) + corrected);
    // A corrected value's words are what the OCR misread: shown to staff, not to the resident.
    if (!corrected) lines.push(`   <i>«${escapeHtml(clip(fact.quote, QUOTE_MAX))}»</i>`);
  }
  if (checked && notice.facts.some((f) => f.check?.verdict === "wrong")) lines.push("", t("letter-checked-wrong"));
  if (checked && !notice.facts.some(confirmedFact)) lines.push(t("letter-checked-none"));
  lines.push("", t(checked ? "letter-checked-footer" : "letter-staff-check"));
  return lines.join("\n");
}

/** The staff post under the request: what was read, each fact with ✅/❌, the text read in a folded quote. */
export function renderLetterPost(italian: Italian, letter: LetterRow, facts: CheckedFact[], pages: number): { html: string; keyboard?: InlineKeyboard } {
  const id = String(letter.requestId);
  if (letter.status === "unreadable") return { html: italian("board-letter-unreadable", { id, pages: String(pages) }) };
  const confidence = Math.round((letter.confidence ?? 0) * 100);
  const lines = [italian("board-letter-title", { id, pages: String(pages), confidence: String(confidence) })];
  if ((letter.confidence ?? 0) < LOW_CONFIDENCE) lines.push(italian("board-letter-low"));
  lines.push("", facts.length ? italian("board-letter-facts") : italian("board-letter-none"));
  facts.forEach((fact, i) => {
    const check = fact.check ? ` ${MARKS[fact.check.verdict]} ${escapeHtml(fact.check.by)}${readBefore(italian, fact)}` : "";
    lines.push(`${i + 1}. ${label(fact, italian)}: ${value(fact, italian, "it")}${check}`);
    lines.push(`   <i>«${escapeHtml(clip(fact.quote, QUOTE_MAX))}»</i>`);
  });
  if (facts.length && facts.every((f) => f.check)) lines.push("", italian("board-letter-all-checked"));
  if (letter.text) lines.push("", italian("board-letter-text"), `<blockquote expandable>${escapeHtml(clip(letter.text, TEXT_ON_POST))}</blockquote>`);
  // One row a fact: right, wrong, and — for a value a person can type (a date, a sum, a code) — the right value.
  const keyboard = new InlineKeyboard();
  facts.slice(0, FACTS_WITH_BUTTONS).forEach((fact, i) => {
    keyboard
      .text(`✅ ${i + 1}`, letterCheck.pack({ letterId: letter.id, index: i, verdict: "right" }))
      .text(`❌ ${i + 1}`, letterCheck.pack({ letterId: letter.id, index: i, verdict: "wrong" }));
    if (correctable(fact.kind)) keyboard.text(`✏️ ${i + 1}`, letterCorrect.pack({ letterId: letter.id, index: i }));
    keyboard.row();
  });
  return facts.length ? { html: lines.join("\n"), keyboard } : { html: lines.join("\n") };
}
