import type { Clock } from "#src/clock.js";
import { WHATSAPP_LIMITS as L } from "./limits.js";

/**
 * Meta's pace, kept before Meta has to refuse: the business number's throughput (80 messages a second) and the
 * pair rate limit (about one message every 6 s to one person, bursts allowed), as a sliding window and token
 * buckets on the desk's clock. A send that would exceed them waits: its caller gets a 429 with the seconds to
 * wait, as from Telegram, which the outbox and the reply retries already honour.
 */
export class WhatsAppPacer {
  private recent: number[] = [];
  private pairs = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly throughput: number = L.throughputPerSecond,
  ) {}

  /** Seconds to wait before messaging this person, or 0 (and the send is counted). */
  take(waId: string): number {
    const now = this.clock.now().getTime();
    this.recent = this.recent.filter((t) => now - t < 1000);
    if (this.recent.length >= this.throughput) return Math.max(1, Math.ceil((this.recent[0]! + 1000 - now) / 1000));
    const bucket = this.pairs.get(waId) ?? { tokens: L.pairBurst, at: now };
    bucket.tokens = Math.min(L.pairBurst, bucket.tokens + (now - bucket.at) / L.pairIntervalMs);
    bucket.at = now;
    this.pairs.set(waId, bucket);
    if (bucket.tokens < 1) return Math.max(1, Math.ceil(((1 - bucket.tokens) * L.pairIntervalMs) / 1000));
    bucket.tokens -= 1;
    this.recent.push(now);
    if (this.pairs.size > 10_000) this.prune(now);
    return 0;
  }

  /** Buckets that have refilled carry no information: dropped so memory stays flat. */
  private prune(now: number) {
    for (const [id, b] of this.pairs) if (b.tokens + (now - b.at) / L.pairIntervalMs >= L.pairBurst) this.pairs.delete(id);
  }
}
