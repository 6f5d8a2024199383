// Who wrote the letter: the offices the residents of the ATC blocks hear from. The earliest mention wins, because
// a letterhead comes first and the body often names other offices ("il Comune", "l'ATC" as the landlord).
import type { Sender } from "./facts.js";

interface SenderRule {
  sender: Sender;
  pattern: RegExp;
}

const UTILITIES = ["AMAG", "Iren", "Enel", "Hera", "A2A", "Acea", "Edison", "Plenitude", "Servizio Elettrico Nazionale", "Gestore Acqua"];

const RULES: SenderRule[] = [
  { sender: "atc", pattern: /\bA\.?T\.?C\.?\b(?:\s+Piemonte(?:\s+Sud)?)?|Agenzia Territoriale per la Casa(?: del Piemonte(?: Sud)?)?/gi },
  { sender: "riscossione", pattern: /Agenzia delle Entrate\s?[-–]\s?Riscossione/gi },
  { sender: "entrate", pattern: /Agenzia delle Entrate/gi },
  { sender: "inps", pattern: /\bI\.?N\.?P\.?S\.?\b|Istituto Nazionale (?:della )?Previdenza Sociale/gi },
  { sender: "inail", pattern: /\bINAIL\b/g },
  { sender: "asl", pattern: /\bA\.?S\.?L\.?(?:\s+AL)?\b|Azienda Sanitaria Locale(?:\s+AL)?/gi },
  { sender: "court", pattern: /Tribunale(?: Ordinario)? di [A-ZÀ-Ý][\p{L}']+|Giudice di Pace di [A-ZÀ-Ý][\p{L}']+|Corte d['’]Appello di [A-ZÀ-Ý][\p{L}']+|Ufficiale Giudiziario/giu },
  { sender: "questura", pattern: /Questura di [A-ZÀ-Ý][\p{L}']+/giu },
  { sender: "prefettura", pattern: /Prefettura(?:\s*[-–]\s*Ufficio Territoriale del Governo)? di [A-ZÀ-Ý][\p{L}']+/giu },
  {
    sender: "comune",
    pattern: /\b(?:Comune|COMUNE) (?:di|DI) [A-ZÀ-Ý][\p{L}']+(?: [A-ZÀ-Ý][\p{L}']+)?|\b(?:Citt[àa']|CITT[ÀA'])'?\s(?:di|DI) [A-ZÀ-Ý][\p{L}']+/gu,
  },
  { sender: "utility", pattern: new RegExp(String.raw`\b(?:${UTILITIES.join("|")})\b(?:\s+(?:S\.p\.A\.|Energia|Reti Idriche|Mercato|Luce e Gas))?`, "g") },
];

export interface SenderMatch {
  sender: Sender;
  name: string;
  start: number;
  end: number;
}

/** The letter's sender, or undefined when no rule matches. Only the first page's top third is preferred. */
export function findSender(text: string): SenderMatch | undefined {
  let best: SenderMatch | undefined;
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      // "Comune di" inside "Agenzia delle Entrate" lines, or "ASL" inside another word: the rule's \b handles
      // words; here the earliest wins, ties go to the longer (more specific) match.
      const candidate = { sender: rule.sender, name: m[0].replace(/\s+/g, " ").trim(), start: m.index, end: m.index + m[0].length };
      if (!best || candidate.start < best.start || (candidate.start === best.start && candidate.end > best.end)) best = candidate;
      break;
    }
  }
  return best;
}
