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

  /** Posts into groups whose answer was lost, per group, still unaccounted for (see `candidates`). */
  private readonly lost = new Map<number, LostPost[]>();

  /**
   * Records the ids of everything the bot posts into groups, whichever Api posted it, and every post whose answer
   * was lost (it may or may not be there). Installed inside any retry, so each attempt is seen.
   */
  recorder(): Transformer {
    return async (prev, method, payload, signal) => {
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      const before = this.highest.get(chatId);
      const started = ++this.sequence;
      let res: Awaited<ReturnType<typeof prev>>;
      try {
        res = await prev(method, payload, signal);
      } catch (error) {
        // A post whose answer never came: Telegram may have carried it out. Kept until a probe settles it.
        if (chatId < 0 && before !== undefined && POSTS.has(method)) this.lose(chatId, before, postText(method, payload));
        throw error;
      }
      if (res.ok && chatId < 0) {
        const result = res.result as { message_id?: number; message_thread_id?: number } | undefined;
        const id = result?.message_id ?? (method === "createForumTopic" ? result?.message_thread_id : undefined);
        if (typeof id === "number") {
          this.seen(chatId, id);
          // A post answered after a loss was made later: its id bounds where the lost one can be.
          for (const l of this.lost.get(chatId) ?? []) if (l.until === undefined && started > l.at) l.until = id;
        }
      }
      return res;
    };
  }

  /** Counts call starts and losses, to tell which answers came for posts made after a loss. */
  private sequence = 0;

  private lose(chatId: number, before: number, text: string): void {
    const list = this.lost.get(chatId) ?? [];
    list.push({ before, text, at: ++this.sequence });
    // Bounded: a loss this old is settled by giving up (posting again), never by a probe.
    if (list.length > 200) list.splice(0, list.length - 200);
    this.lost.set(chatId, list);
  }

  /**
   * The ids where a lost post (`text`, sent when `after` was the highest id seen) can be — or undefined when that
   * cannot be proved: the loss was not seen by this process (a restart), or another lost post, still unaccounted
   * for, may sit in the same range (two posts lost together are indistinguishable). A probe touches only these ids;
   * undefined means give up and post again.
   */
  candidates(chatId: number, after: number, text: string, span: number): number[] | undefined {
    const list = this.lost.get(chatId) ?? [];
    const mine = list.find((l) => l.before === after && l.text === text);
    if (!mine) return undefined;
    const top = mine.until ?? after + span + 1;
    const overlaps = list.some((l) => l !== mine && l.before < top && (l.until ?? Number.POSITIVE_INFINITY) > after);
    if (overlaps) return undefined;
    const ids: number[] = [];
    for (let id = after + 1; id < top && ids.length < span; id++) if (!this.known(chatId, id)) ids.push(id);
    return ids;
  }

  /** The lost post was found, or given up on and sent again: it no longer stands in anyone's way. */
  settle(chatId: number, after: number, text: string): void {
    const list = this.lost.get(chatId) ?? [];
    const index = list.findIndex((l) => l.before === after && l.text === text);
    if (index !== -1) list.splice(index, 1);
  }
}

/** Calls that put a new message (or topic) into a group. */
const POSTS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "sendLocation", "sendVenue", "copyMessage", "createForumTopic"]);

/** What identifies a post for its probe: its text, its caption, or the topic's name. */
function postText(method: string, payload: unknown): string {
  const p = payload as { text?: unknown; caption?: unknown; name?: unknown };
  const text = method === "createForumTopic" ? p.name : (p.text ?? p.caption);
  return typeof text === "string" ? text : "";
}

interface LostPost {
  /** The highest id seen in the group when it was sent: it can only be above. */
  before: number;
  text: string;
  /** The first id answered for a post made after it: it can only be below (unknown while none came). */
  until?: number;
  /** When it was found lost, in the recorder's sequence of calls and losses. */
  at: number;
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
