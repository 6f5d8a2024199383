// Decodes the voice notes the desk sends, as a player would: a test hears their length and whether they are silent.
import { OggOpusDecoder } from "ogg-opus-decoder";

export interface HeardNote {
  seconds: number;
  /** Loudness, 0–1: synthetic speech is well above the silence of an empty note. */
  rms: number;
  errors: number;
}

export async function hear(bytes: Uint8Array): Promise<HeardNote> {
  const decoder = new OggOpusDecoder();
  await decoder.ready;
  try {
    const audio = await decoder.decodeFile(bytes);
    const channel = audio.channelData[0] ?? new Float32Array();
    let sum = 0;
    for (const sample of channel) sum += sample * sample;
    return {
      seconds: audio.samplesDecoded / audio.sampleRate,
      rms: channel.length === 0 ? 0 : Math.sqrt(sum / channel.length),
      errors: audio.errors.length,
    };
  } finally {
    decoder.free();
  }
}

/** An OGG file begins with a capture pattern, and an Opus stream's first packet is its ID header. */
export function isOggOpus(bytes: Uint8Array): boolean {
  const text = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return text.startsWith("OggS") && text.includes("OpusHead");
}
