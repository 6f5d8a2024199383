// A letter's facts as a listener hears them (issue 32 with issue 33): the written message shows each fact with the
// letter's Italian words and its codes as printed, which a voice in the resident's language cannot usefully read. The
// voice note says the same facts as sentences instead — the desk's own labels, amounts in words a voice reads
// ("1248,60 euros", no thousands mark read as a pause), dates and times the resident's way — and, for a code or an
// IBAN, that it is written in the message above; never the Italian quotes. What it says is synthesised (it holds
// this letter's values), the labels being the same texts as in the written message.
import { type CheckedFact, confirmedFact, type LetterNotice } from "#src/domain/letters/service.js";
import { day, label } from "./views.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** At most this many amounts, deadlines or appointments are said: the message above has them all. */
const SAID_PER_KIND = 3;

/** "1248,60": digits a voice reads as one number, with the language's decimal mark (and no cents when there are none). */
export function spokenAmount(cents: number, locale: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(locale, {
    useGrouping: false,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
    numberingSystem: "latn",
  }).format(cents / 100);
}

/** A line ended as a sentence, so the voice pauses after it. */
function sentence(line: string): string {
  const trimmed = line.trim();
  // A value ends inside Fluent's isolation marks ("…2027 р.⁩"): the mark is not the end of the words.
  return /[.!?。！？…:;؟][\u2066-\u2069]*$/u.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** What one fact says aloud; undefined for those left to the written message (dates of the letter, references, laws). */
function spokenFact(fact: CheckedFact, t: T, locale: string): string | undefined {
  const line = (value: string) => t("letter-fact-line", { label: label(fact, t), value });
  switch (fact.kind) {
    case "sender":
      return line(t(`letter-from-${fact.sender}`));
    case "amount":
      return line(t("letter-voice-euros", { amount: spokenAmount(fact.cents, locale) }));
    case "deadline":
      return line(day(fact.day, locale));
    case "appointment": {
      const date = day(fact.day, locale);
      const when = fact.time ? t("letter-at-time", { date, time: `${fact.time.hour}:${String(fact.time.minute).padStart(2, "0")}` }) : date;
      return line(fact.place ? `${when}, ${fact.place}` : when);
    }
    case "pagopa":
    case "iban":
      return line(t("letter-voice-written"));
    default:
      return undefined;
  }
}

/**
 * The words of the voice note that goes with a letter's message (its facts, what staff confirmed, a deadline's
 * reminder); undefined where the written message reads well aloud as it is (a translated part, "could not read").
 */
export function spokenLetterNotice(t: T, notice: LetterNotice, locale: string): string | undefined {
  if (notice.mode === "reminder") {
    const deadline = notice.facts.find((f) => f.kind === "deadline");
    const sender = notice.facts.find((f) => f.kind === "sender");
    if (deadline?.kind !== "deadline") return undefined;
    const from = sender?.kind === "sender" ? t(`letter-from-${sender.sender}`) : t("letter-from-unknown");
    return [t("letter-reminder", { from, date: day(deadline.day, locale) }), t("letter-reminder-help")].map(sentence).join("\n");
  }
  if (notice.mode !== "read" && notice.mode !== "checked") return undefined;
  const checked = notice.mode === "checked";
  const facts = checked ? notice.facts.filter(confirmedFact) : notice.facts;
  // The total when the letter names one; the other sums (instalments, items) are in the written message.
  const total = facts.some((f) => f.kind === "amount" && f.total);
  const lines = [t(checked ? "letter-checked-title" : "letter-facts-title")];
  const said = new Map<string, number>();
  let leftOut = false;
  for (const fact of facts) {
    const kind = fact.kind === "amount" && total && !fact.total ? "other-amount" : fact.kind;
    const count = said.get(kind) ?? 0;
    const words = kind === "other-amount" || count >= SAID_PER_KIND ? undefined : spokenFact(fact, t, locale);
    if (!words) {
      leftOut = true;
      continue;
    }
    said.set(kind, count + 1);
    const corrected = checked && fact.check?.verdict === "corrected" ? ` ${t("letter-fact-corrected")}` : "";
    lines.push(words + corrected);
  }
  if (leftOut) lines.push(t("letter-voice-more"));
  if (checked && notice.facts.some((f) => f.check?.verdict === "wrong")) lines.push(t("letter-checked-wrong"));
  if (checked && facts.length === 0) lines.push(t("letter-checked-none"));
  lines.push(t(checked ? "letter-checked-footer" : "letter-staff-check"));
  return lines.map(sentence).join("\n");
}
