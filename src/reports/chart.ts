import { escapeHtml } from "#src/text/format.js";
import type { Italian } from "#src/text/staff-text.js";
import { fitText, strokeText, svgToPng, textWidth } from "./svg-text.js";

/** What the monthly picture shows; labels come in already translated. */
export interface StatsChartInput {
  title: string;
  subtitle?: string;
  footer?: string;
  /** Stack order and legend; colours follow this order. */
  categories: { id: string; label: string }[];
  weeks: { label: string; sublabel?: string; byCategory: Record<string, number> }[];
  /** One row per activity; `note` is a smaller second line (e.g. how many sessions). */
  attendance: { label: string; note?: string; present: number; absent: number }[];
  /** One row per month, oldest first: first answers in opening hours (in `note`) and satisfaction answers. */
  service?: { label: string; note?: string; yes: number; partly: number; no: number }[];
}

/** Okabe–Ito colours (told apart by colour-blind readers too), then greys. */
const PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#999999", "#555555", "#BBBBBB"];
const INK = "#222222";
const MUTED = "#777777";
const GRID = "#E3E3E3";
const ATTENDANCE = "#3D5A80";
/** Satisfaction answers: 😊 yes, 😐 partly, 🙁 no (Okabe–Ito bluish green, yellow, vermillion). */
const SATISFACTION = [
  { key: "yes", color: "#009E73" },
  { key: "partly", color: "#E69F00" },
  { key: "no", color: "#D55E00" },
] as const;

const WIDTH = 1200;
const MARGIN = 48;
/** Bar panels (attendance, service): labels on the left, a bar's track on the right. */
const LABEL_WIDTH = 440;
const TRACK_LEFT = MARGIN + LABEL_WIDTH + 12;
const TRACK_WIDTH = 420;

function rect(x: number, y: number, w: number, h: number, fill: string, extra = "") {
  return `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${Math.max(0, w).toFixed(1)}" height="${Math.max(0, h).toFixed(1)}" fill="${escapeHtml(fill)}"${extra}/>`;
}

function line(x1: number, y1: number, x2: number, y2: number, color: string, width = 1, dash = "") {
  return `<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="${color}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ""}/>`;
}

/** A row of a bar panel: its label (and a smaller note under it) on the left, the empty track of its bar on the right. */
function barRow(row: { label: string; note?: string | undefined }, rowY: number, barHeight: number, noteOffset: number): string[] {
  const middle = rowY + barHeight / 2;
  const out = [strokeText(fitText(row.label, 14, LABEL_WIDTH), MARGIN, row.note ? middle - 1 : middle + 7, { size: 14, color: INK })];
  if (row.note) out.push(strokeText(fitText(row.note, 11, LABEL_WIDTH), MARGIN, middle + noteOffset, { size: 11, color: MUTED }));
  out.push(rect(TRACK_LEFT, rowY, TRACK_WIDTH, barHeight, "#EEEEEE", ' rx="4"'));
  return out;
}

/** A round axis maximum and step: at most six gridlines, steps of 1, 2 or 5 × 10ⁿ. */
function niceScale(max: number): { top: number; step: number } {
  if (max <= 0) return { top: 4, step: 1 };
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) {
      const step = base * magnitude;
      if (Math.ceil(max / step) <= 6) return { top: step * Math.ceil(max / step), step };
    }
  }
}

function requestsPanel(input: StatsChartInput, top: number, italian: Italian): { svg: string[]; bottom: number } {
  const out: string[] = [];
  out.push(strokeText(italian("chart-requests-title"), MARGIN, top + 18, { size: 18, color: INK, weight: 0.13 }));
  const plotTop = top + 50;
  const plotHeight = 320;
  const plotBottom = plotTop + plotHeight;
  const left = MARGIN + 56;
  const right = WIDTH - MARGIN;
  const totals = input.weeks.map((w) => Object.values(w.byCategory).reduce((a, b) => a + b, 0));
  const { top: yMax, step } = niceScale(Math.max(0, ...totals));
  const y = (v: number) => plotBottom - (v / yMax) * plotHeight;

  for (let v = 0; v <= yMax; v += step) {
    out.push(line(left, y(v), right, y(v), v === 0 ? "#999999" : GRID, v === 0 ? 1.5 : 1));
    out.push(strokeText(String(v), left - 12, y(v) + 6, { size: 12, color: MUTED, anchor: "end" }));
  }

  const band = (right - left) / Math.max(1, input.weeks.length);
  const barWidth = Math.min(110, band * 0.62);
  // Labels of narrow bands would collide: show every k-th one.
  const every = Math.max(1, Math.ceil(120 / band));
  input.weeks.forEach((week, i) => {
    const cx = left + band * (i + 0.5);
    let stacked = 0;
    input.categories.forEach((c, ci) => {
      const count = week.byCategory[c.id] ?? 0;
      if (!count) return;
      const y0 = y(stacked);
      const y1 = y(stacked + count);
      // A white hairline between segments keeps neighbouring colours apart.
      out.push(rect(cx - barWidth / 2, y1, barWidth, y0 - y1, PALETTE[ci % PALETTE.length]!, ' stroke="#ffffff" stroke-width="1"'));
      stacked += count;
    });
    if (totals[i]) out.push(strokeText(String(totals[i]), cx, y(stacked) - 8, { size: 14, color: INK, anchor: "middle" }));
    if (i % every === 0) {
      out.push(strokeText(week.label, cx, plotBottom + 24, { size: 13, color: INK, anchor: "middle" }));
      if (week.sublabel) out.push(strokeText(week.sublabel, cx, plotBottom + 44, { size: 11, color: MUTED, anchor: "middle" }));
    }
  });
  if (!totals.some(Boolean)) {
    out.push(strokeText(italian("chart-no-requests"), (left + right) / 2, plotTop + plotHeight / 2, { size: 16, color: MUTED, anchor: "middle" }));
  }

  // Legend: two columns, every category with its total, so colours can be read without the bars.
  const legendTop = plotBottom + 74;
  const columnWidth = (WIDTH - 2 * MARGIN) / 2;
  const rowHeight = 28;
  input.categories.forEach((c, ci) => {
    const total = input.weeks.reduce((sum, w) => sum + (w.byCategory[c.id] ?? 0), 0);
    const x = MARGIN + (ci % 2) * columnWidth;
    const rowY = legendTop + Math.floor(ci / 2) * rowHeight;
    out.push(rect(x, rowY, 18, 18, PALETTE[ci % PALETTE.length]!, ' rx="3"'));
    const count = ` ${total}`;
    const label = fitText(c.label, 13, columnWidth - 40 - textWidth(count, 13));
    out.push(strokeText(`${label}${count}`, x + 28, rowY + 15, { size: 13, color: total ? INK : MUTED }));
  });
  return { svg: out, bottom: legendTop + Math.ceil(input.categories.length / 2) * rowHeight };
}

function attendancePanel(input: StatsChartInput, top: number, italian: Italian): { svg: string[]; bottom: number } {
  const out: string[] = [];
  out.push(strokeText(italian("chart-attendance-title"), MARGIN, top + 18, { size: 18, color: INK, weight: 0.13 }));
  const rowsTop = top + 58;
  const rowHeight = 50;
  const barHeight = 26;
  if (!input.attendance.length) {
    out.push(strokeText(italian("chart-no-sessions"), WIDTH / 2, rowsTop + 24, { size: 16, color: MUTED, anchor: "middle" }));
    return { svg: out, bottom: rowsTop + 48 };
  }
  for (const pct of [0, 25, 50, 75, 100]) {
    const x = TRACK_LEFT + (TRACK_WIDTH * pct) / 100;
    out.push(strokeText(`${pct}%`, x, rowsTop - 10, { size: 11, color: MUTED, anchor: "middle" }));
  }
  input.attendance.forEach((a, i) => {
    const rowY = rowsTop + i * rowHeight;
    const middle = rowY + barHeight / 2;
    const marked = a.present + a.absent;
    out.push(...barRow(a, rowY, barHeight, 17));
    if (marked) {
      const rate = a.present / marked;
      out.push(rect(TRACK_LEFT, rowY, TRACK_WIDTH * rate, barHeight, ATTENDANCE, ' rx="4"'));
      out.push(strokeText(`${Math.round(rate * 100)}% (${a.present}/${marked})`, TRACK_LEFT + TRACK_WIDTH + 14, middle + 7, { size: 14, color: INK }));
    } else {
      out.push(strokeText(italian("chart-attendance-unmarked"), TRACK_LEFT + TRACK_WIDTH + 14, middle + 6, { size: 12, color: MUTED }));
    }
    // Quarter marks over the bar, so a rate can be read without the number.
    for (const pct of [25, 50, 75]) {
      const x = TRACK_LEFT + (TRACK_WIDTH * pct) / 100;
      out.push(line(x, rowY, x, rowY + barHeight, "#FFFFFF", 1.5));
    }
  });
  return { svg: out, bottom: rowsTop + input.attendance.length * rowHeight - (rowHeight - barHeight) + 20 };
}

/** First answers and satisfaction by month: one row each, the answers as a 100 % stacked bar. */
function servicePanel(rows: NonNullable<StatsChartInput["service"]>, top: number, italian: Italian): { svg: string[]; bottom: number } {
  const out: string[] = [];
  out.push(strokeText(italian("chart-service-title"), MARGIN, top + 18, { size: 18, color: INK, weight: 0.13 }));
  const legendY = top + 44;
  SATISFACTION.forEach((s, i) => {
    const x = MARGIN + i * 150;
    out.push(rect(x, legendY - 13, 16, 16, s.color, ' rx="3"'));
    out.push(strokeText(italian("chart-satisfaction", { answer: s.key }), x + 24, legendY, { size: 13, color: INK }));
  });
  const rowsTop = top + 70;
  const rowHeight = 44;
  const barHeight = 24;
  rows.forEach((row, i) => {
    const rowY = rowsTop + i * rowHeight;
    const middle = rowY + barHeight / 2;
    out.push(...barRow(row, rowY, barHeight, 16));
    const total = row.yes + row.partly + row.no;
    if (!total) {
      out.push(strokeText(italian("chart-no-judgement"), TRACK_LEFT + TRACK_WIDTH + 14, middle + 6, { size: 12, color: MUTED }));
      return;
    }
    let x = TRACK_LEFT;
    for (const s of SATISFACTION) {
      const width = (TRACK_WIDTH * row[s.key]) / total;
      if (width > 0) out.push(rect(x, rowY, width, barHeight, s.color, ' stroke="#ffffff" stroke-width="1"'));
      x += width;
    }
    out.push(strokeText(italian("chart-satisfied-share", { percent: String(Math.round((100 * row.yes) / total)), yes: String(row.yes), total: String(total) }), TRACK_LEFT + TRACK_WIDTH + 14, middle + 6, { size: 14, color: INK }));
  });
  return { svg: out, bottom: rowsTop + rows.length * rowHeight - (rowHeight - barHeight) + 20 };
}

/** The monthly chart as an SVG document, its own words in Italian. */
export function statsChartSvg(input: StatsChartInput, italian: Italian): { svg: string; width: number; height: number } {
  const parts: string[] = [];
  parts.push(strokeText(input.title, MARGIN, 76, { size: 30, color: INK, weight: 0.14 }));
  if (input.subtitle) parts.push(strokeText(input.subtitle, MARGIN, 108, { size: 14, color: MUTED }));
  const requests = requestsPanel(input, 140, italian);
  parts.push(...requests.svg);
  parts.push(line(MARGIN, requests.bottom + 20, WIDTH - MARGIN, requests.bottom + 20, GRID, 2));
  const attendance = attendancePanel(input, requests.bottom + 48, italian);
  parts.push(...attendance.svg);
  let bottom = attendance.bottom;
  if (input.service?.length) {
    parts.push(line(MARGIN, bottom + 20, WIDTH - MARGIN, bottom + 20, GRID, 2));
    const service = servicePanel(input.service, bottom + 48, italian);
    parts.push(...service.svg);
    bottom = service.bottom;
  }
  let height = bottom + 40;
  if (input.footer) {
    parts.push(strokeText(input.footer, WIDTH - MARGIN, height, { size: 11, color: MUTED, anchor: "end" }));
    height += 28;
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${rect(0, 0, WIDTH, height, "#FFFFFF")}${parts.join("")}</svg>`;
  return { svg, width: WIDTH, height };
}

/**
 * The monthly chart as a PNG, rasterised in-process by resvg with the bundled font (no browser,
 * no system fonts). The rasteriser is loaded on first use: most days nobody asks for a chart.
 */
export async function renderStatsChart(input: StatsChartInput, italian: Italian): Promise<Buffer> {
  return svgToPng(statsChartSvg(input, italian).svg);
}
