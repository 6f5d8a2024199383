import type { Update } from "grammy/types";

/**
 * The message in a chat that offers one of `choices` (the first of them offered, the newest message offering it), as
 * Telegram would send it back with a press; undefined when the desk offered none of them.
 */
export type Offering = (chatId: number, choices: readonly string[]) => { data: string; message_id: number; reply_markup: unknown } | undefined;

/** One step of a script: built when it is sent, so a press can name the message that offered it. */
export type Step = () => Update;

/**
 * The updates one resident sends to book a seat and then file a listening-desk request (back to the menu after the
 * booking, then the six-tap form: the desk, a category, their words, at the desk, send; then a follow-up), as Telegram
 * would deliver them: each press is on a button the desk offered on its message, chosen when the step is sent (as a
 * person reads the screen first). A date that is full when the list is shown offers its waiting list, and the resident
 * joins it; a date that filled up between the list and the press answers "full: join the waiting list?" with
 * "🏠 Menu" of the screen kind, which the resident takes. Always 13 updates.
 */
export function residentScript(userId: number, sessionId: number, nextUpdateId: () => number, offering: Offering = () => undefined): Step[] {
  const from = { id: userId, is_bot: false, first_name: `R${userId}`, language_code: ["ar", "ro", "uk", "zh", "es", "it"][userId % 6] };
  const chat = { id: userId, type: "private" as const, first_name: from.first_name };
  let msg = 1;
  const text = (t: string): Update => {
    const message: any = { message_id: msg++, date: 1_790_000_000, chat, from, text: t };
    if (t.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: t.split(" ")[0]!.length }];
    return { update_id: nextUpdateId(), message };
  };
  /** A press on the first of `choices` the desk offered (the order is the resident's preference). */
  const press = (...choices: string[]): Update => {
    // The bare-grammY baseline draws no keyboards: it gets a message offering the first choice anyway.
    const offered = offering(userId, choices) ?? { data: choices[0]!, message_id: msg++, reply_markup: { inline_keyboard: [[{ text: choices[0]!, callback_data: choices[0]! }]] } };
    const { data, ...message } = offered;
    return {
      update_id: nextUpdateId(),
      callback_query: {
        id: `${userId}-${msg++}`,
        from,
        chat_instance: String(userId),
        message: { ...message, date: 1_790_000_000, chat, from: { id: 7_000_000_001, is_bot: true, first_name: "NOI Desk" }, text: "…" } as any,
        data,
      },
    };
  };
  const lang = from.language_code;
  return [
    () => text("/start"),
    () => press(`lang:${lang}`),
    () => press("consent:1"),
    () => press("menu:italian"),
    () => press("act:italian-a1"),
    // Book the date, or wait for it if it was full when the list was shown.
    () => press(`b:${sessionId}`, `w:${sessionId}`),
    // "🏠 Menu" under the booking's answer; the screen's own "🏠 Menu" when the date filled up meanwhile.
    () => press("menu:home", "menu:main"),
    () => press("menu:desk"),
    () => press("cat:housing"),
    () => text("Perdita d'acqua dal soffitto del bagno, scala B, terzo piano."),
    () => press("f:desk"),
    () => press("f:send"),
    () => text("Grazie, aspetto la vostra chiamata."),
  ];
}

/**
 * A resident who has already onboarded files a listening-desk request whose description comes in
 * `pieces` texts: `setup` is the onboarding (not timed), `request` the form itself.
 */
export function requestScript(
  userId: number,
  pieces: number,
  nextUpdateId: () => number,
  offering: Offering,
): { setup: Step[]; request: Step[] } {
  const all = residentScript(userId, 1, nextUpdateId, offering);
  // residentScript's steps: 0 /start, 1 language, 2 consent, 3–5 a booking, 6 back to the menu, 7 menu:desk, 8 category, 9 text,
  // 10 at the desk, 11 send, 12 follow-up.
  const text = all[9]!;
  const piece = (i: number): Step => () => {
    const u = text();
    (u.message as { text: string }).text = `Parte ${i + 1} della descrizione: perdita d'acqua dal soffitto del bagno, scala B, terzo piano.`;
    return u;
  };
  return {
    setup: [all[0]!, all[1]!, all[2]!],
    request: [all[7]!, all[8]!, ...Array.from({ length: pieces }, (_, i) => piece(i)), all[10]!, all[11]!],
  };
}

/** A small deterministic random source (same arrivals on every run). */
export function seeded(seed: number) {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return (x + 0.5) / 4294967296;
  };
}

/**
 * How an open loop's arrivals are drawn. `rounds`: each resident's next step in turn, a round visiting every resident
 * once in random order, so all residents are at the same step at once (the worst case: a thousand people send the
 * request form within the same two seconds). `mixed`: each arrival is a resident drawn at random among those with
 * steps left, so residents move at their own pace and the steps mix, as independent people's do.
 */
export type Arrivals = "rounds" | "mixed";

/**
 * Open-loop load: updates arrive at scheduled instants of a Poisson process of `perSecond`,
 * whether or not earlier ones are done (as Telegram delivers them), in the order `mix` draws (see Arrivals); a
 * resident's updates are handled in order, as the desk's per-chat sequentialize does. Latency runs from an update's
 * scheduled arrival to the end of its handling, so time spent waiting behind others counts.
 */
/** One update of an open loop as it went: ms from the loop's start (`at` its scheduled arrival), for a tail's anatomy. */
export interface Handled {
  resident: number;
  step: number;
  at: number;
  started: number;
  ended: number;
}

export async function openLoop(
  handle: (u: Update) => Promise<void>,
  scripts: Step[][],
  perSecond: number,
  seed = 7,
  onHandled?: (h: Handled) => void,
  mix: Arrivals = "rounds",
): Promise<{ latencies: number[]; seconds: number; offered_per_s: number; lag_ms: number }> {
  const random = seeded(seed);
  const arrivals: Array<{ at: number; resident: number }> = [];
  let t = 0;
  const steps = Math.max(...scripts.map((s) => s.length));
  if (mix === "mixed") {
    // Each arrival is the next step of a resident drawn at random among those with steps left: residents move through
    // their scripts at their own pace, so at any moment some open the menu while others send the form.
    const left = scripts.map((s) => s.length);
    const pool = scripts.map((_, i) => i).filter((i) => left[i]! > 0);
    while (pool.length) {
      const j = Math.floor(random() * pool.length);
      const resident = pool[j]!;
      t += (-Math.log(random()) * 1000) / perSecond;
      arrivals.push({ at: t, resident });
      if (--left[resident]! === 0) {
        pool[j] = pool[pool.length - 1]!;
        pool.pop();
      }
    }
  }
  for (let round = 0; mix === "rounds" && round < steps; round++) {
    const order = scripts.map((_, i) => i).filter((i) => round < scripts[i]!.length);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const resident of order) {
      t += (-Math.log(random()) * 1000) / perSecond;
      arrivals.push({ at: t, resident });
    }
  }
  const next = scripts.map(() => 0);
  const chains: Array<Promise<void>> = scripts.map(() => Promise.resolve());
  const latencies: number[] = [];
  let maxLag = 0;
  const start = performance.now();
  let k = 0;
  while (k < arrivals.length) {
    const now = performance.now() - start;
    while (k < arrivals.length && arrivals[k]!.at <= now) {
      const { at, resident } = arrivals[k++]!;
      maxLag = Math.max(maxLag, now - at);
      const index = next[resident]!++;
      const step = scripts[resident]![index]!;
      chains[resident] = chains[resident]!.then(async () => {
        const started = performance.now() - start;
        await handle(step());
        const ended = performance.now() - start;
        latencies.push(ended - at);
        onHandled?.({ resident, step: index, at, started, ended });
      });
    }
    if (k < arrivals.length) await new Promise((r) => setTimeout(r, Math.max(0, arrivals[k]!.at - (performance.now() - start))));
  }
  await Promise.all(chains);
  return { latencies, seconds: (performance.now() - start) / 1000, offered_per_s: arrivals.length / (t / 1000), lag_ms: maxLag };
}

/** Runs each resident's updates in order, all residents at once; returns per-update latencies in ms. */
export async function drive(handle: (u: Update) => Promise<void>, scripts: Step[][]): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    scripts.map(async (updates) => {
      for (const step of updates) {
        const u = step();
        const t0 = performance.now();
        await handle(u);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return { latencies, seconds: (performance.now() - start) / 1000 };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}
