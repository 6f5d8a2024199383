// Child process: OCR per page, as the desk reads a resident's letter (tesseract.js with the Italian model from
// node_modules, in its worker thread, the desk's preprocessing). Usage: node build/bench/ocr.js
// The clean pages of the letter corpus (tests/fixtures/letters: 200 dpi scans of typical letters from ATC, INPS,
// the Comune...), then the same pages upside down (the reader tries the other turns when a page reads badly).
// `npm run bench:letters` scores what is read (facts found per kind and degradation); this measures the time.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import sharp from "sharp";
import { createTesseractReader } from "#src/engines/ocr/tesseract.js";
import { percentile } from "./scenario.js";

const FIXTURES = join(process.cwd(), "tests", "fixtures", "letters");
/** Six pages and two of them upside down: enough for a median, in a minute or two of a busy machine. */
const PAGES = 6;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

async function main() {
  const pages = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".png"))
    .sort()
    .slice(0, PAGES)
    .map((f) => readFileSync(join(FIXTURES, f)));
  const reader = createTesseractReader({ timeoutMs: 300_000 });
  // The first page pays for the worker's start (WASM and the model).
  let began = performance.now();
  await reader.read(pages[0]!);
  const firstMs = performance.now() - began;
  const clean: number[] = [];
  const confidence: number[] = [];
  // CPU of the whole process (the OCR worker thread included): the machine's share a page takes.
  const cpu = process.cpuUsage();
  for (const png of pages) {
    began = performance.now();
    const read = await reader.read(png);
    clean.push(performance.now() - began);
    confidence.push(read.confidence);
  }
  const used = process.cpuUsage(cpu);
  const upsideDown: number[] = [];
  for (const png of pages.slice(0, 2)) {
    const turned = await sharp(png).rotate(180).png().toBuffer();
    began = performance.now();
    await reader.read(turned);
    upsideDown.push(performance.now() - began);
  }
  await reader.close();
  console.log(
    JSON.stringify({
      pages: pages.length,
      first_page_s: round(firstMs / 1000),
      page_median_s: round(percentile(clean, 50) / 1000),
      page_max_s: round(Math.max(...clean) / 1000),
      cpu_s_per_page: round((used.user + used.system) / 1e6 / pages.length),
      mean_confidence: round(confidence.reduce((a, b) => a + b, 0) / confidence.length),
      upside_down_pages: upsideDown.length,
      upside_down_median_s: round(percentile(upsideDown, 50) / 1000),
    }),
  );
}

void main();
