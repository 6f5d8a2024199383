// Sums of money in euro as letters print them: "€ 1.234,56", "Euro 350,00", "1.234,56 euro", "EUR 80".

export interface AmountMatch {
  cents: number;
  start: number;
  end: number;
}

const NUMBER = String.raw`(\d{1,3}(?:[.'’ ]\d{3})+(?:,\d{2})?|\d+(?:,\d{2})?)`;
const BEFORE = new RegExp(String.raw`(?:€|\beuro\b|\bEUR\b)\s*${NUMBER}(?![\d,.]\d)`, "gi");
const AFTER = new RegExp(String.raw`(?<![\d.,/])${NUMBER}\s*(?:€|\beuro\b|\bEUR\b)`, "gi");

export function findAmounts(text: string): AmountMatch[] {
  const found: AmountMatch[] = [];
  for (const pattern of [BEFORE, AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const cents = toCents(m[1]!);
      if (cents !== undefined && !found.some((f) => m.index < f.end && f.start < m.index + m[0].length)) {
        found.push({ cents, start: m.index, end: m.index + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function toCents(printed: string): number | undefined {
  const [whole, decimals] = printed.split(",");
  const units = Number(whole!.replace(/[.'’ ]/g, ""));
  if (!Number.isFinite(units)) return undefined;
  return units * 100 + (decimals === undefined ? 0 : Number(decimals));
}

/** Words that, just before an amount, say it is what the resident owes in all. */
export const TOTAL_WORDS = /\b(?:totale|complessiv[aoie]|importo (?:dovuto|da (?:pagare|versare))|da (?:pagare|versare)|saldo|debito|morosit[àa])\b/i;
