// From a letter's text (OCR'd or typed) to its facts, by rules only. Order matters: law references are read first
// and blanked so their dates are not dates; IBANs before pagoPA codes so an IBAN's digits are not a notice code.
import { findAmounts, TOTAL_WORDS } from "./amounts.js";
import { findIbans, findLaws, findPagoPaCodes, findProtocols } from "./codes.js";
import { findDates, findTimes } from "./dates.js";
import { factValue, type LetterFact } from "./facts.js";
import { findSender } from "./senders.js";
import { mask, quoteAround, sentenceAfter, sentenceBefore } from "./text-spans.js";

/** Words just before a date that make it the day by which something must be done. */
const DEADLINE_BEFORE =
  /(?:\bentro(?: e non oltre)?|\bnon oltre|\bscadenz[ae](?: (?:del|di) pagamento| della rata| ultima)?|\bscade|\btermine(?: ultimo)?(?: (?:di|per) [\p{L} ]{0,40})?|\bda (?:pagare|versare|presentare) entro)\s*[:,]?\s*(?:(?:il|la data del|del|giorno|al|è|e'|fissat[oa] al)\s+)*$/iu;
/** Words just before a date that make it an appointment even without an hour. */
const APPOINTMENT_BEFORE = /\b(?:appuntamento|convocat[oaie]|present(?:arsi|ersi)|sopralluogo|visita|intervento|colloquio|udienza)\b/i;
/** "alle ore 10:30", ", ore 9", "dalle ore 8.30 alle 12.30" right after the date. */
const TIME_AFTER = /^[\s,]*(?:(?:al|dal)l[ea]\s+)?(?:ore|h\.?)\s*\d/i;
const TIME_BEFORE = /(?:ore|h\.?)\s*\d{1,2}(?:[:.,]\d{2})?\s*(?:del(?:\s+giorno)?|di|,)?\s*(?:\w+\s+)?$/i;
const PLACE = /\bpresso\s+(?:(?:la|il|lo|i|gli|le|l['’])\s*)?([^.;\n]{3,90}?)(?=[.;\n]|,\s*(?:alle|ore|il|per|munit|con)\b|$)/i;

export function extractFacts(input: string): LetterFact[] {
  let text = normalise(input);
  const facts: LetterFact[] = [];
  const add = (fact: LetterFact) => {
    if (!facts.some((f) => f.kind === fact.kind && factValue(f) === factValue(fact))) facts.push(fact);
  };

  const sender = findSender(text);
  if (sender) add({ kind: "sender", sender: sender.sender, name: sender.name, quote: quoteAround(text, sender.start, sender.end), at: sender.start });

  for (const law of findLaws(text)) {
    add({ kind: "law", code: law.code, quote: quoteAround(text, law.start, law.end), at: law.start });
    text = mask(text, law.start, law.end);
  }
  for (const iban of findIbans(text)) {
    add({ kind: "iban", code: iban.code, quote: quoteAround(text, iban.start, iban.end), at: iban.start });
    text = mask(text, iban.start, iban.end);
  }
  for (const code of findPagoPaCodes(text)) {
    add({ kind: "pagopa", code: code.code, quote: quoteAround(text, code.start, code.end), at: code.start });
    text = mask(text, code.start, code.end);
  }
  for (const protocol of findProtocols(text)) {
    add({ kind: "protocol", code: protocol.code, quote: quoteAround(text, protocol.start, protocol.end), at: protocol.start });
  }
  for (const amount of findAmounts(text)) {
    const before = sentenceBefore(text, amount.start, 80);
    add({ kind: "amount", cents: amount.cents, total: TOTAL_WORDS.test(before), quote: quoteAround(text, amount.start, amount.end), at: amount.start });
  }

  const times = findTimes(text);
  for (const date of findDates(text)) {
    const before = sentenceBefore(text, date.start, 90);
    const after = sentenceAfter(text, date.end, 40);
    const quote = quoteAround(text, date.start, date.end);
    if (DEADLINE_BEFORE.test(before)) {
      add({ kind: "deadline", day: date.day, quote, at: date.start });
      continue;
    }
    const time =
      TIME_AFTER.test(after) ? times.find((t) => t.start >= date.end && t.start - date.end <= 25)
      : TIME_BEFORE.test(before) ? [...times].reverse().find((t) => t.end <= date.start && date.start - t.end <= 25)
      : undefined;
    if (time || APPOINTMENT_BEFORE.test(before)) {
      const around = text.slice(Math.max(0, date.start - 160), Math.min(text.length, date.end + 200));
      const place = PLACE.exec(around)?.[1]?.replace(/\s+/g, " ").replace(/[\s,:-]+$/, "").trim();
      add({
        kind: "appointment",
        day: date.day,
        ...(time ? { time: { hour: time.hour, minute: time.minute } } : {}),
        ...(place ? { place } : {}),
        quote,
        at: date.start,
      });
      continue;
    }
    add({ kind: "date", day: date.day, quote, at: date.start });
  }
  return facts.sort((a, b) => a.at - b.at);
}

/** OCR and PDFs bring ligatures, odd spaces and typographic quotes; the rules expect plain text. */
function normalise(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"');
}
