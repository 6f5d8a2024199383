import { fitText, strokeText, svgToPng } from "./svg-text.js";

/** One row of a table on the page: its label and its cells, already as published ("< 5", "12"). */
export interface SummaryRow {
  label: string;
  cells: string[];
  /** A total row is set in bold with a rule above it. */
  strong?: boolean;
}

/** What the funder's one-page summary shows; every word comes in already written (staff's Italian). */
export interface EsfSummaryInput {
  title: string;
  subtitle: string;
  columns: string[];
  rows: SummaryRow[];
  /** Under the table: sheets declined, sheets not answered, the small-cell rule. */
  notes: string[];
  activitiesTitle: string;
  activities: SummaryRow[];
  /** The desk's own figures of the same period, one line each. */
  deskTitle: string;
  desk: string[];
  footer: string;
}

/** Landscape, about A4's proportions, so it prints on one page. */
const WIDTH = 1400;
const MARGIN = 48;
const CELL_WIDTH = 100;
/** What the six columns of numbers leave for the indicator's name. */
const LABEL_WIDTH = WIDTH - 2 * MARGIN - 6 * CELL_WIDTH;
const ROW = 30;
const INK = "#222222";
const MUTED = "#666666";
const RULE = "#D0D0D0";
const BAND = "#F3F6FA";

function rule(y: number, color = RULE, width = 1): string {
  return `<line x1="${MARGIN}" y1="${y.toFixed(1)}" x2="${WIDTH - MARGIN}" y2="${y.toFixed(1)}" stroke="${color}" stroke-width="${width}"/>`;
}

/** A long column name on two lines, broken where the two halves are most even. */
function headerLines(name: string): string[] {
  const words = name.split(" ");
  if (name.length <= 12 || words.length < 2) return [name];
  let best = [name];
  let longest = Number.POSITIVE_INFINITY;
  for (let k = 1; k < words.length; k++) {
    const pair = [words.slice(0, k).join(" "), words.slice(k).join(" ")];
    const length = Math.max(...pair.map((p) => p.length));
    if (length < longest) [best, longest] = [pair, length];
  }
  return best;
}

/** A table: a header of column names over the numbers, zebra bands, totals in bold. */
function table(columns: string[], rows: SummaryRow[], top: number): { svg: string[]; bottom: number } {
  const out: string[] = [];
  const cellX = (i: number) => MARGIN + LABEL_WIDTH + CELL_WIDTH * (i + 1) - 10;
  columns.forEach((c, i) => {
    const lines = headerLines(c);
    lines.forEach((l, j) => {
      out.push(strokeText(fitText(l, 10, CELL_WIDTH - 4), cellX(i), top + 16 + j * 15 + (lines.length === 1 ? 15 : 0), { size: 10, color: MUTED, anchor: "end" }));
    });
  });
  let y = top + 44;
  out.push(rule(y, "#999999", 1.5));
  rows.forEach((row, index) => {
    if (index % 2 === 1) out.push(`<rect x="${MARGIN}" y="${y.toFixed(1)}" width="${WIDTH - 2 * MARGIN}" height="${ROW}" fill="${BAND}"/>`);
    if (row.strong && index > 0) out.push(rule(y, "#999999"));
    const weight = row.strong ? 0.14 : 0.12;
    out.push(strokeText(fitText(row.label, 13, LABEL_WIDTH - 12), MARGIN + 8, y + 21, { size: 13, color: INK, weight }));
    row.cells.forEach((cell, i) => {
      out.push(strokeText(cell, cellX(i), y + 21, { size: 13, color: INK, anchor: "end", weight }));
    });
    y += ROW;
  });
  out.push(rule(y));
  return { svg: out, bottom: y };
}

/** DejaVu has no colour emoji: the page keeps the words and drops the pictographs staff's lines start with. */
const plain = (text: string) => text.replace(/\p{Extended_Pictographic}\u{FE0F}?\s*/gu, "");

/** The funder's summary as an SVG document. */
export function esfSummarySvg(input: EsfSummaryInput): { svg: string; width: number; height: number } {
  const parts: string[] = [];
  parts.push(strokeText(input.title, MARGIN, 70, { size: 28, color: INK, weight: 0.14 }));
  parts.push(strokeText(fitText(input.subtitle, 13, WIDTH - 2 * MARGIN), MARGIN, 100, { size: 13, color: MUTED }));
  const main = table(input.columns, input.rows, 120);
  parts.push(...main.svg);
  let y = main.bottom + 26;
  for (const note of input.notes) {
    parts.push(strokeText(fitText(note, 12, WIDTH - 2 * MARGIN), MARGIN, y, { size: 12, color: MUTED }));
    y += 20;
  }
  if (input.activities.length) {
    y += 16;
    parts.push(strokeText(input.activitiesTitle, MARGIN, y + 10, { size: 17, color: INK, weight: 0.14 }));
    const byActivity = table(input.columns, input.activities, y + 16);
    parts.push(...byActivity.svg);
    y = byActivity.bottom + 26;
  }
  y += 16;
  parts.push(strokeText(input.deskTitle, MARGIN, y + 10, { size: 17, color: INK, weight: 0.14 }));
  y += 40;
  for (const line of input.desk) {
    parts.push(strokeText(fitText(plain(line), 13, WIDTH - 2 * MARGIN), MARGIN, y, { size: 13, color: INK }));
    y += 24;
  }
  const height = Math.max(y + 40, Math.round(WIDTH / Math.SQRT2));
  parts.push(strokeText(input.footer, WIDTH - MARGIN, height - 20, { size: 11, color: MUTED, anchor: "end" }));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}"><rect x="0" y="0" width="${WIDTH}" height="${height}" fill="#FFFFFF"/>${parts.join("")}</svg>`;
  return { svg, width: WIDTH, height };
}

/** The summary as a PNG, rasterised like the monthly chart. */
export async function renderEsfSummary(input: EsfSummaryInput): Promise<Buffer> {
  return svgToPng(esfSummarySvg(input).svg);
}
