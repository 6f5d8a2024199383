// An Ogg container for Opus packets (RFC 7845): what Telegram and WhatsApp take as a voice note. Small enough to
// keep here (no maintained muxer on npm runs in Node without a browser's MediaRecorder); tests decode its output.

/** Opus always counts granule positions at 48 kHz, whatever the input's rate. */
export const OPUS_GRANULE_RATE = 48_000;
/** A page holds at most 255 lacing values; a second of 20 ms packets fits well within that. */
const PACKETS_PER_PAGE = 50;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let r = i << 24;
    for (let bit = 0; bit < 8; bit++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
    table[i] = r >>> 0;
  }
  return table;
})();

/** Ogg's CRC-32: polynomial 0x04C11DB7, no reflection, initial value 0, no final xor. */
export function oggCrc(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) crc = ((crc << 8) ^ (CRC_TABLE[((crc >>> 24) ^ byte) & 0xff] as number)) >>> 0;
  return crc;
}

interface Page {
  packets: Uint8Array[];
  granule: bigint;
  flags: number;
}

function writePage(page: Page, serial: number, sequence: number): Uint8Array {
  const lacing: number[] = [];
  for (const packet of page.packets) {
    let left = packet.length;
    while (left >= 255) {
      lacing.push(255);
      left -= 255;
    }
    lacing.push(left);
  }
  if (lacing.length > 255) throw new RangeError("too many segments for one Ogg page");
  const bodyLength = page.packets.reduce((sum, p) => sum + p.length, 0);
  const out = new Uint8Array(27 + lacing.length + bodyLength);
  const view = new DataView(out.buffer);
  out.set([0x4f, 0x67, 0x67, 0x53], 0); // "OggS"
  out[4] = 0; // stream structure version
  out[5] = page.flags;
  view.setBigInt64(6, page.granule, true);
  view.setUint32(14, serial, true);
  view.setUint32(18, sequence, true);
  // bytes 22–25: the CRC, computed with the field at zero
  out[26] = lacing.length;
  out.set(lacing, 27);
  let offset = 27 + lacing.length;
  for (const packet of page.packets) {
    out.set(packet, offset);
    offset += packet.length;
  }
  view.setUint32(22, oggCrc(out), true);
  return out;
}

function opusHead(inputRate: number, preSkip: number): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(new TextEncoder().encode("OpusHead"), 0);
  head[8] = 1; // version
  head[9] = 1; // channels: a voice note is mono
  view.setUint16(10, preSkip, true);
  view.setUint32(12, inputRate, true);
  view.setInt16(16, 0, true); // output gain
  head[18] = 0; // channel mapping family 0: mono or stereo, no table
  return head;
}

function opusTags(vendor: string): Uint8Array {
  const vendorBytes = new TextEncoder().encode(vendor);
  const tags = new Uint8Array(8 + 4 + vendorBytes.length + 4);
  const view = new DataView(tags.buffer);
  tags.set(new TextEncoder().encode("OpusTags"), 0);
  view.setUint32(8, vendorBytes.length, true);
  tags.set(vendorBytes, 12);
  view.setUint32(12 + vendorBytes.length, 0, true); // no user comments
  return tags;
}

export interface OggOpusStream {
  /** Opus packets in order, each of `samplesPerPacket` samples at 48 kHz (20 ms = 960). */
  packets: Uint8Array[];
  samplesPerPacket: number;
  /** The encoder's look-ahead at 48 kHz, skipped by the player (RFC 7845 §4.2). */
  preSkip: number;
  /** The real length of the audio at 48 kHz: the last packet's padding is trimmed by the end granule. */
  samples: number;
  inputRate: number;
  serial: number;
  vendor?: string;
}

/** Muxes Opus packets into one logical Ogg stream: ID header, comment header, then the audio pages. */
export function muxOggOpus(stream: OggOpusStream): Uint8Array {
  const pages: Page[] = [
    { packets: [opusHead(stream.inputRate, stream.preSkip)], granule: 0n, flags: 0x02 },
    { packets: [opusTags(stream.vendor ?? "noi-desk")], granule: 0n, flags: 0 },
  ];
  const end = BigInt(stream.preSkip + stream.samples);
  for (let i = 0; i < stream.packets.length; i += PACKETS_PER_PAGE) {
    const packets = stream.packets.slice(i, i + PACKETS_PER_PAGE);
    const through = BigInt(stream.samplesPerPacket * (i + packets.length));
    const last = i + PACKETS_PER_PAGE >= stream.packets.length;
    pages.push({ packets, granule: last ? end : through, flags: last ? 0x04 : 0 });
  }
  const written = pages.map((page, sequence) => writePage(page, stream.serial, sequence));
  const out = new Uint8Array(written.reduce((sum, p) => sum + p.length, 0));
  let offset = 0;
  for (const page of written) {
    out.set(page, offset);
    offset += page.length;
  }
  return out;
}
