import type { Transformer } from "grammy";

/**
 * The message ids this process has seen in each operator group: its own posts (from the Bot
 * API's answers) and everyone else's (from updates). After a post whose answer was lost, an id
 * above the last one seen that nobody accounts for can only be that post: it is probed for
 * before anything is sent again (see OperatorBoard), so a lost answer never makes a duplicate.
 */
export class GroupLedger {
  private readonly ids = new Map<number, Set<number>>();
  private readonly highest = new Map<number, number>();

  seen(chatId: number, messageId: number): void {
    if (chatId >= 0) return;
    const set = this.ids.get(chatId) ?? new Set<number>();
    this.ids.set(chatId, set);
    set.add(messageId);
    // A bounded memory: only the recent ids matter for a probe.
    if (set.size > 2000) for (const id of [...set].slice(0, 1000)) set.delete(id);
    if (messageId > (this.highest.get(chatId) ?? 0)) this.highest.set(chatId, messageId);
  }

  known(chatId: number, messageId: number): boolean {
    return this.ids.get(chatId)?.has(messageId) ?? false;
  }

  /** The highest id seen in a group, or undefined when nothing was seen since start. */
  max(chatId: number): number | undefined {
    return this.highest.get(chatId);
  }

  /** Records the ids of everything the bot posts into groups, whichever Api posted it. */
  recorder(): Transformer {
    return async (prev, method, payload, signal) => {
      const res = await prev(method, payload, signal);
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      if (res.ok && chatId < 0) {
        const result = res.result as { message_id?: number; message_thread_id?: number } | undefined;
        const id = result?.message_id ?? (method === "createForumTopic" ? result?.message_thread_id : undefined);
        if (typeof id === "number") this.seen(chatId, id);
      }
      return res;
    };
  }
}

/** A post into a group whose answer was lost: it may or may not be there (see GroupLedger). */
export class UncertainPost<P = unknown> extends Error {
  constructor(
    /** The post again, with what a probe needs (the last id seen before it, the exact text sent). */
    readonly retry: P,
    cause: unknown,
  ) {
    super(`the answer to a group post was lost: ${(cause as Error)?.message}`);
    this.name = "UncertainPost";
  }
}
