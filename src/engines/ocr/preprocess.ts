// Makes a photo or scan of a page easier for Tesseract: upright by the camera's EXIF tag, grey, uneven light
// flattened (a phone photo is darker at one corner, and Tesseract's single Otsu threshold then loses that part),
// contrast stretched (faded prints), scaled so that body text is ~20–30 px high, and optionally thresholded.
// Orientation by content (a page photographed sideways) is left to Tesseract's layout analysis and to the
// reading trials in tesseract.ts.
import type Sharp from "sharp";

/** sharp (libvips, some 30 MB of resident memory) is loaded with the first page read, not with the desk. */
let loading: Promise<typeof Sharp> | undefined;
const loadSharp = () => (loading ??= import("sharp").then((m) => m.default));

/** Tesseract reads best when a line of body text is 20–40 px: an A4 page about 1,200–2,500 px wide. */
const MIN_SIDE = 1000;
const MAX_SIDE = 2600;
/** Refuses images that would take the worker minutes (or memory) to read. */
export const MAX_INPUT_PIXELS = 40_000_000;
/** The background is estimated on a copy this many times smaller: large enough to step over a line of text. */
const BACKGROUND_CELL = 24;

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
}

export interface PrepareOptions {
  /** Degrees clockwise, applied after the EXIF orientation. */
  rotate?: 0 | 90 | 180 | 270;
  /** Hard black-and-white at this level (0–255) after normalising; off by default (Tesseract binarises by Otsu). */
  threshold?: number;
  /** A smaller copy, e.g. for orientation trials. */
  maxSide?: number;
}

export async function preparePage(image: Uint8Array, options: PrepareOptions = {}): Promise<PreparedPage> {
  const sharp = await loadSharp();
  let pipeline = sharp(image, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
  if (options.rotate) pipeline = pipeline.rotate(options.rotate, { background: "#ffffff" });
  const { data: grey0, info: info0 } = await pipeline
    .flatten({ background: "#ffffff" })
    .greyscale()
    .toColourspace("b-w")
    .extractChannel(0)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const maxSide = options.maxSide ?? MAX_SIDE;
  const longest = Math.max(info0.width, info0.height);
  const shortest = Math.min(info0.width, info0.height);
  let scale = 1;
  if (longest > maxSide) scale = maxSide / longest;
  else if (shortest < MIN_SIDE) scale = Math.min(MIN_SIDE / shortest, maxSide / longest);
  const width = Math.round(info0.width * scale);
  const height = Math.round(info0.height * scale);
  const grey =
    scale === 1
      ? grey0
      : await sharp(grey0, { raw: { width: info0.width, height: info0.height, channels: 1 } })
          .resize(width, height, { kernel: "lanczos3" })
          .extractChannel(0)
          .raw()
          .toBuffer();
  const flat = await flattenLight(grey, width, height);
  let out = sharp(flat, { raw: { width, height, channels: 1 } }).normalise({ lower: 1, upper: 99 });
  if (options.threshold !== undefined) out = out.threshold(options.threshold);
  const png = await out.png({ compressionLevel: 1 }).toBuffer();
  return { png, width, height };
}

/**
 * Divides each pixel by the paper's brightness around it, so a page lit unevenly becomes evenly white. The paper is
 * estimated on a small copy as the brightest value around each cell (text is dark and thin), then smoothed back up.
 */
async function flattenLight(grey: Buffer, width: number, height: number): Promise<Buffer> {
  const sharp = await loadSharp();
  const w = Math.max(1, Math.round(width / BACKGROUND_CELL));
  const h = Math.max(1, Math.round(height / BACKGROUND_CELL));
  const small = await sharp(grey, { raw: { width, height, channels: 1 } }).resize(w, h, { kernel: "cubic" }).extractChannel(0).raw().toBuffer();
  const paper = Buffer.alloc(small.length);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let max = 0;
      for (let dy = -2; dy <= 2; dy++) {
        const yy = y + dy;
        if (yy < 0 || yy >= h) continue;
        for (let dx = -2; dx <= 2; dx++) {
          const xx = x + dx;
          if (xx < 0 || xx >= w) continue;
          const v = small[yy * w + xx]!;
          if (v > max) max = v;
        }
      }
      paper[y * w + x] = max;
    }
  }
  const background = await sharp(paper, { raw: { width: w, height: h, channels: 1 } })
    .blur(1.5)
    .resize(width, height, { kernel: "cubic" })
    .extractChannel(0)
    .raw()
    .toBuffer();
  // sharp hands raw output back as sRGB unless asked for one channel: every raw read above extracts channel 0.
  const out = Buffer.alloc(grey.length);
  for (let i = 0; i < grey.length; i++) {
    const v = (grey[i]! * 255) / Math.max(32, background[i]!);
    out[i] = Math.min(v, 255);
  }
  return out;
}
