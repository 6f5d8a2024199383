// Payment codes, protocol numbers and law references: what a resident is asked to quote or pay with.

export interface CodeMatch {
  code: string;
  start: number;
  end: number;
}

/** IBANs, checked with ISO 7064 mod 97 so that a misread digit is not offered as a bank account. */
export function findIbans(text: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  for (const m of text.matchAll(/\b[A-Z]{2}\s?\d{2}(?:\s?[A-Z0-9]){11,30}/g)) {
    const compact = m[0].replace(/\s/g, "");
    const lengths = compact.startsWith("IT") || compact.startsWith("SM") ? [27] : range(Math.min(34, compact.length), 15);
    for (const length of lengths) {
      const candidate = compact.slice(0, length);
      if (candidate.length === length && ibanValid(candidate)) {
        found.push({ code: candidate, start: m.index, end: m.index + spanOf(m[0], length) });
        break;
      }
    }
  }
  return found;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let n = from; n >= to; n--) out.push(n);
  return out;
}

/** How many characters of `raw` (with spaces) hold its first `compactLength` non-space characters. */
function spanOf(raw: string, compactLength: number): number {
  let seen = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== " " && raw[i] !== "\t") seen++;
    if (seen === compactLength) return i + 1;
  }
  return raw.length;
}

export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const value = ch >= "A" && ch <= "Z" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/**
 * The pagoPA notice code ("codice avviso"): 18 digits, printed whole or in groups of four. Any other 18-digit run
 * in an Italian letter is rare enough that no label is required (OCR often loses the label's line).
 */
export function findPagoPaCodes(text: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  for (const m of text.matchAll(/(?<![\dA-Za-z])\d(?:[ ]?\d){17}(?![ ]?\d)/g)) {
    found.push({ code: m[0].replace(/ /g, ""), start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** "Prot. n. 2026/0012345", "Protocollo n. 4567", "N. Prot. 123/AL", a court's "R.G. n. 1234/2026". */
export function findProtocols(text: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  const patterns = [
    /\b(?:n\.?\s*)?prot(?:ocollo\b|\.|\b)\s*(?:gen(?:erale|\.)?\s*)?(?:n(?:r|um)?\.|numero|n°|n\b)?\s*[:°]?\s*([A-Z0-9][A-Z0-9/_-]*\d[A-Z0-9/_-]*)/gi,
    /\bR\.?\s?G\.?\s*(?:n\.|nr\.|n°)?\s*(\d+\/\d{2,4})/g,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const code = m[1]!.replace(/[-/_.]+$/, "");
      if (!/\d/.test(code)) continue;
      found.push({ code, start: m.index, end: m.index + m[0].length });
    }
  }
  return found;
}

const MONTH_WORDS = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";
const DATED = String.raw`\s+(?:del\s+)?\d{1,2}\s*°?\s+(?:${MONTH_WORDS})\s+(\d{4}),?\s+n\.?\s*(\d+)`;
const NUMBERED = String.raw`\s*(?:n\.?\s*)?(\d+)\s?\/\s?(\d{4}|\d{2})\b`;

interface LawRule {
  label: string;
  name: string;
}
const LAWS: LawRule[] = [
  { label: "D.Lgs.", name: String.raw`(?:D\.\s?Lgs\.?|d\.\s?lgs\.?|Decreto Legislativo|decreto legislativo)` },
  { label: "D.P.R.", name: String.raw`(?:D\.\s?P\.\s?R\.?|DPR|Decreto del Presidente della Repubblica)` },
  { label: "D.L.", name: String.raw`(?:D\.\s?L\.(?!\s?gs)|Decreto[- ]legge|decreto[- ]legge)` },
  { label: "L.R.", name: String.raw`(?:L\.\s?R\.|Legge Regionale|legge regionale)` },
  { label: "L.", name: String.raw`(?:\bL\.(?!\s?R\.)|\bLegge(?! Regionale)|\blegge(?! regionale))` },
];
const CODES: Array<{ label: string; pattern: string }> = [
  { label: "c.p.c.", pattern: String.raw`c\.\s?p\.\s?c\.|codice di procedura civile` },
  { label: "c.c.", pattern: String.raw`c\.\s?c\.|codice civile` },
  { label: "c.p.", pattern: String.raw`c\.\s?p\.(?!\s?c)|codice penale` },
];

/** "L. 431/1998", "legge 9 dicembre 1998, n. 431", "D.Lgs. 196/2003", "art. 658 c.p.c.", "Reg. (UE) 2016/679". */
export function findLaws(text: string): CodeMatch[] {
  const found: CodeMatch[] = [];
  for (const law of LAWS) {
    for (const m of text.matchAll(new RegExp(law.name + NUMBERED, "g"))) {
      found.push({ code: `${law.label} ${Number(m[1])}/${fullYear(m[2]!)}`, start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(new RegExp(law.name + DATED, "gi"))) {
      found.push({ code: `${law.label} ${Number(m[2])}/${m[1]}`, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const code of CODES) {
    const pattern = new RegExp(String.raw`\bart(?:icolo|\.)\s*(\d+(?:[-\s]?(?:bis|ter|quater))?)\s+(?:del\s+)?(?:${code.pattern})`, "gi");
    for (const m of text.matchAll(pattern)) {
      found.push({ code: `art. ${m[1]!.replace(/[-\s]/, "-")} ${code.label}`, start: m.index, end: m.index + m[0].length });
    }
  }
  for (const m of text.matchAll(/\bReg(?:olamento|\.)\s*\(?UE\)?\s*(?:n\.\s*)?(\d{4})\/(\d+)/gi)) {
    found.push({ code: `Reg. UE ${m[1]}/${m[2]}`, start: m.index, end: m.index + m[0].length });
  }
  // "L. 431/1998" also matches inside "D.Lgs." rules' text only when overlapping: keep the longest per position.
  return dropOverlaps(found);
}

function fullYear(year: string): number {
  return year.length === 2 ? (Number(year) > 50 ? 1900 : 2000) + Number(year) : Number(year);
}

function dropOverlaps(matches: CodeMatch[]): CodeMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: CodeMatch[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && m.start < last.end) continue;
    kept.push(m);
  }
  return kept;
}
