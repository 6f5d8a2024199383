// The corpus of letters (tests/fixtures/letters), read by the desk's own OCR and its fact rules: at least 95 % of
// the facts right on clean pages, for every kind of fact. Degraded pages (rotated, faded, phone photos) are in the
// benchmark (`npm run bench:letters`), their figures in the README: they take too long for every test run.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTesseractReader, italianModelDir } from "#src/engines/ocr/tesseract.js";
import { CORPUS } from "./fixtures/letters/corpus.js";
import { emptyScores, precision, recall, scorePage, scoreTable, totals } from "./fixtures/letters/score.js";

const FIXTURES = join(import.meta.dirname, "fixtures", "letters");

describe("reading the corpus of letters", () => {
  const reader = createTesseractReader({ timeoutMs: 60_000 });
  afterAll(() => reader.close());

  it("reads the Italian model from node_modules, never from a CDN", () => {
    // tesseract.js fetches only when langPath is a URL; a local directory is read from disk (checked with the
    // network off: see the README).
    expect(existsSync(join(italianModelDir(), "ita.traineddata.gz"))).toBe(true);
  });

  it("finds at least 95 % of the facts, of every kind, on clean pages", { timeout: 240_000 }, async () => {
    const scores = emptyScores();
    const problems: string[] = [];
    const confidences: number[] = [];
    for (const page of CORPUS) {
      const read = await reader.read(readFileSync(join(FIXTURES, `${page.id}.png`)));
      confidences.push(read.confidence);
      const { missed, wrong } = scorePage(scores, page, read.text);
      problems.push(...missed, ...wrong);
    }
    const all = totals(scores);
    const table = scoreTable(scores);
    expect(CORPUS.length).toBeGreaterThanOrEqual(12);
    expect(precision(all), `${table}\n${problems.join("\n")}`).toBeGreaterThanOrEqual(0.95);
    expect(recall(all), `${table}\n${problems.join("\n")}`).toBeGreaterThanOrEqual(0.95);
    for (const [kind, score] of Object.entries(scores)) {
      if (score.expected === 0) continue;
      expect(recall(score), `${kind}\n${table}\n${problems.join("\n")}`).toBeGreaterThanOrEqual(0.9);
      expect(precision(score), `${kind}\n${table}\n${problems.join("\n")}`).toBeGreaterThanOrEqual(0.9);
    }
    expect(Math.min(...confidences)).toBeGreaterThan(0.8);
  });

  it("refuses what is not an image with an engine error, and reads the next page normally", { timeout: 60_000 }, async () => {
    await expect(reader.read(new TextEncoder().encode("not a picture"))).rejects.toMatchObject({ name: "EngineError" });
    const page = await reader.read(readFileSync(join(FIXTURES, "pagopa-notice.png")));
    expect(page.text).toContain("Codice avviso");
  });

  it("gives up on a page past its deadline and recovers for the next one", { timeout: 60_000 }, async () => {
    const hasty = createTesseractReader({ timeoutMs: 1 });
    await expect(hasty.read(readFileSync(join(FIXTURES, "pagopa-notice.png")))).rejects.toMatchObject({ kind: "timeout" });
    await hasty.close();
  });
});
