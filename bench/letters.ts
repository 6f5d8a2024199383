// npm run bench:letters — the letter corpus read by the desk's OCR, clean and degraded (turned sideways, upside
// down, a few degrees askew, faded, photographed by a phone): time per page and the facts right, per kind and per
// degradation. Run with tsx: the corpus and its degradations live beside the tests (tests/fixtures/letters).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createTesseractReader } from "#src/engines/ocr/tesseract.js";
import { CORPUS } from "../tests/fixtures/letters/corpus.js";
import { DEGRADATIONS, degrade } from "../tests/fixtures/letters/degrade.js";
import { emptyScores, precision, recall, scorePage, scoreTable, totals } from "../tests/fixtures/letters/score.js";

const FIXTURES = join(import.meta.dirname, "..", "tests", "fixtures", "letters");
const only = process.argv.slice(2);

async function main() {
  const reader = createTesseractReader({ timeoutMs: 120_000 });
  // The first page pays for the worker's start (WASM and the model): measured apart.
  const started = performance.now();
  await reader.read(readFileSync(join(FIXTURES, `${CORPUS[0]!.id}.png`)));
  const warmup = performance.now() - started;
  const summary: string[] = [];
  for (const how of ["clean", ...DEGRADATIONS] as const) {
    if (only.length > 0 && !only.includes(how)) continue;
    const scores = emptyScores();
    const times: number[] = [];
    const confidences: number[] = [];
    const problems: string[] = [];
    for (const page of CORPUS) {
      const png = readFileSync(join(FIXTURES, `${page.id}.png`));
      const image = how === "clean" ? png : await degrade(png, how);
      const read = await reader.read(image);
      times.push(read.ms);
      confidences.push(read.confidence);
      const { missed, wrong } = scorePage(scores, page, read.text);
      problems.push(...missed, ...wrong);
    }
    const all = totals(scores);
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const meanConfidence = confidences.reduce((a, b) => a + b, 0) / confidences.length;
    console.log(`\n### ${how}: ${CORPUS.length} pages, median ${(median / 1000).toFixed(1)} s a page (max ${(sorted.at(-1)! / 1000).toFixed(1)} s), mean confidence ${meanConfidence.toFixed(2)}\n`);
    console.log(scoreTable(scores));
    if (problems.length > 0) console.log(`\n${problems.join("\n")}`);
    summary.push(
      `| ${how} | ${(median / 1000).toFixed(1)} s | ${meanConfidence.toFixed(2)} | ${(precision(all) * 100).toFixed(0)} % | ${(recall(all) * 100).toFixed(0)} % |`,
    );
  }
  console.log(`\nfirst page (worker start included): ${(warmup / 1000).toFixed(1)} s\n`);
  console.log("| pages | median time a page | mean confidence | precision | recall |\n| --- | --- | --- | --- | --- |");
  console.log(summary.join("\n"));
  await reader.close();
}

await main();
