import type { Update } from "grammy/types";

/**
 * The updates one resident sends to book a seat and then file a listening-desk request,
 * as Telegram would deliver them (buttons pressed on the bot's previous messages).
 */
export type Offering = (chatId: number, data: string) => { message_id: number; reply_markup: unknown } | undefined;

/** One step of a script: built when it is sent, so a press can name the message that offered it. */
export type Step = () => Update;

export function residentScript(userId: number, sessionId: number, nextUpdateId: () => number, offering: Offering = () => undefined): Step[] {
  const from = { id: userId, is_bot: false, first_name: `R${userId}`, language_code: ["ar", "ro", "uk", "zh", "es", "it"][userId % 6] };
  const chat = { id: userId, type: "private" as const, first_name: from.first_name };
  let msg = 1;
  const text = (t: string): Update => {
    const message: any = { message_id: msg++, date: 1_790_000_000, chat, from, text: t };
    if (t.startsWith("/")) message.entities = [{ type: "bot_command", offset: 0, length: t.split(" ")[0]!.length }];
    return { update_id: nextUpdateId(), message };
  };
  const press = (data: string): Update => {
    // The bare-grammY baseline draws no keyboards: it gets a message offering the button anyway.
    const offered = offering(userId, data) ?? { message_id: msg++, reply_markup: { inline_keyboard: [[{ text: data, callback_data: data }]] } };
    return {
      update_id: nextUpdateId(),
      callback_query: {
        id: `${userId}-${msg++}`,
        from,
        chat_instance: String(userId),
        message: { ...offered, date: 1_790_000_000, chat, from: { id: 7_000_000_001, is_bot: true, first_name: "NOI Desk" }, text: "…" } as any,
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
    () => press(`b:${sessionId}`),
    () => press("menu:desk"),
    () => press("cat:housing"),
    () => text("Perdita d'acqua dal soffitto del bagno, scala B, terzo piano."),
    () => press("f:done"),
    () => press("f:desk"),
    () => press("f:chat"),
    () => press("f:send"),
    () => text("Grazie, aspetto la vostra chiamata."),
  ];
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
