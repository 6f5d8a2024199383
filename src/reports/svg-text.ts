import { createRequire } from "node:module";
import { escapeHtml } from "#src/text/format.js";

/**
 * Text for the charts, set in DejaVu Sans shipped by the `dejavu-fonts-ttf` npm package, so a
 * machine without system fonts (a clean CI box, a slim container) renders the same labels.
 */
const require = createRequire(import.meta.url);
export const CHART_FONT_FILES = [
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"),
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf"),
];
export const CHART_FONT_FAMILY = "DejaVu Sans";

/** DejaVu Sans: capitals are 0.73 em tall, an average character is about 0.6 em wide. */
const CAP_HEIGHT = 0.73;
const AVERAGE_ADVANCE = 0.6;

/** Approximate width in pixels of `text` whose capitals are `size` pixels tall. */
export function textWidth(text: string, size: number): number {
  return [...text].length * (size / CAP_HEIGHT) * AVERAGE_ADVANCE;
}

/** The longest start of `text` (ending in "…") that fits in `maxWidth`. */
export function fitText(text: string, size: number, maxWidth: number): string {
  if (textWidth(text, size) <= maxWidth) return text;
  let cut = text;
  while (cut.length > 1 && textWidth(`${cut}…`, size) > maxWidth) cut = cut.slice(0, -1).trimEnd();
  return `${cut}…`;
}

export interface TextOptions {
  /** Capital height in pixels. */
  size: number;
  color?: string;
  anchor?: "start" | "middle" | "end";
  /** Above 0.125 the text is bold (titles). */
  weight?: number;
}

/** An SVG <text> with its baseline at `y`. */
export function strokeText(text: string, x: number, y: number, options: TextOptions): string {
  const { size, color = "#222", anchor = "start", weight = 0.12 } = options;
  const fontSize = (size / CAP_HEIGHT).toFixed(1);
  const bold = weight > 0.125 ? ' font-weight="bold"' : "";
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" font-family="${CHART_FONT_FAMILY}" font-size="${fontSize}"${bold} fill="${color}" text-anchor="${anchor}">${escapeHtml(text)}</text>`;
}

/**
 * An SVG page as a PNG, rasterised in-process by resvg with the bundled font (no browser, no system fonts). The
 * rasteriser is loaded on first use: most days nobody asks for a chart.
 */
export async function svgToPng(svg: string): Promise<Buffer> {
  const { Resvg } = await import("@resvg/resvg-js");
  return new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: CHART_FONT_FILES, defaultFontFamily: CHART_FONT_FAMILY },
    background: "#FFFFFF",
  })
    .render()
    .asPng();
}
