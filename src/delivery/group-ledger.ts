import { createHash } from "node:crypto";
import type { Transformer } from "grammy";
import type { StoredLoss } from "#src/db/repositories/group-ledger.js";

/**
 * Where the ledger of operator groups is kept across a restart (see GroupLedger): the ids seen there, and the posts
 * that were in flight or whose answer was lost. Texts are kept as digests: the ledger only compares them, and a
 * resident's words have no business in it (erasure need not look there).
 */
export interface LedgerStore {
  load(): { ids: Array<{ chatId: number; messageId: number }>; lost: StoredLoss[] };
  seen(chatId: number, messageId: number): void;
  /** A post is about to go: until its answer comes, it may be in the group anywhere above `before`. Returns its key. */
  inFlight(chatId: number, before: number, digest: string): number;
  /** Its answer came (or it was found, or given up on and sent again): it stands in nobody's way. */
  drop(key: number): void;
  /** A later post's id: the lost one can only be below it. */
  until(key: number, messageId: number): void;
}

export type { StoredLoss };

/** What a send lost in flight turned out to be, when looked for (see findLost). */
export type LostSendOutcome =
  /** It is there: the message (as far as the desk knows it) is the send's result. */
  | { found: Record<string, unknown> }
  /** Not there, or it cannot be proved where it is: send it again. */
  | "send"
  /** Telegram answered the probe with 429 or 5xx: wait, and look again before sending. */
  | { error_code: number; description: string; parameters?: { retry_after?: number } };

/** How far above the last id seen a lost send is looked for (others may have written meanwhile). */
export const PROBE_SPAN = 6;

/** Private chats whose ids are remembered (the most recently active ones), and how many ids of each. */
const PRIVATE_CHATS = 5000;
const PRIVATE_IDS = 16;

/**
 * The message ids seen in each chat: the bot's own messages (from the Bot API's answers) and everyone else's (from
 * updates). After a send whose answer was lost, an id above the last one seen that nobody accounts for can only be
 * that send: it is looked for before anything is sent again, so a lost answer never makes a duplicate — a post in an
 * operator group (see PostOnce), or a reply to a resident (see retryTransient).
 *
 * Operator groups are kept in full and, with a store, across a restart: a post lost before a crash is still found
 * after it, and a post in flight when the process died counts as lost (it may be anywhere above). Private chats are
 * kept in memory only, for the chats active lately; a probe there is made only above an id this process itself sent
 * in the chat, so nothing a previous run sent can be taken for it.
 */
export class GroupLedger {
  private readonly ids = new Map<number, Set<number>>();
  private readonly highest = new Map<number, number>();
  /** The first id this process sent into each private chat (the end of what an earlier run may have sent). */
  private readonly firstOwn = new Map<number, number>();
  /** Posts whose answer was lost, per chat, still unaccounted for (see `candidates`). */
  private readonly lost = new Map<number, LostPost[]>();
  /** Counts call starts and losses, to tell which answers came for posts made after a loss. */
  private sequence = 0;

  constructor(private readonly store?: LedgerStore) {
    if (!store) return;
    const { ids, lost } = store.load();
    for (const { chatId, messageId } of ids) this.remember(chatId, messageId);
    for (const l of lost) {
      const list = this.lost.get(l.chatId) ?? [];
      // A resident's chat is kept only for an outbox send made above the desk's own message there (see recorder).
      list.push({ before: l.before, text: l.digest, at: ++this.sequence, key: l.key, ...(l.until !== null ? { until: l.until } : {}), ...(l.chatId > 0 ? { proven: true } : {}) });
      this.lost.set(l.chatId, list);
    }
  }

  seen(chatId: number, messageId: number): void {
    if (chatId < 0 && this.known(chatId, messageId)) return;
    this.remember(chatId, messageId);
    if (chatId < 0) this.store?.seen(chatId, messageId);
  }

  private remember(chatId: number, messageId: number): void {
    if (chatId === 0 || !Number.isSafeInteger(chatId)) return;
    let set = this.ids.get(chatId);
    if (chatId > 0) {
      // Most recently active last: the chat least recently seen is the one forgotten.
      if (set) this.ids.delete(chatId);
      else if (this.ids.size >= PRIVATE_CHATS + 100) this.evictPrivate();
    }
    set ??= new Set<number>();
    this.ids.set(chatId, set);
    set.add(messageId);
    // A bounded memory: only the recent ids matter for a probe.
    const max = chatId < 0 ? 2000 : PRIVATE_IDS;
    if (set.size > max) for (const id of [...set].slice(0, set.size - max / 2)) set.delete(id);
    if (messageId > (this.highest.get(chatId) ?? 0)) this.highest.set(chatId, messageId);
  }

  private evictPrivate(): void {
    for (const chatId of this.ids.keys()) {
      if (chatId < 0) continue;
      this.ids.delete(chatId);
      this.highest.delete(chatId);
      this.firstOwn.delete(chatId);
      this.lost.delete(chatId);
      if (this.ids.size < PRIVATE_CHATS) return;
    }
  }

  known(chatId: number, messageId: number): boolean {
    return this.ids.get(chatId)?.has(messageId) ?? false;
  }

  /** The highest id seen in a chat, or undefined when nothing was seen (since start, or kept, for a group). */
  max(chatId: number): number | undefined {
    return this.highest.get(chatId);
  }

  /**
   * Records the ids of everything the bot sends, whichever Api sent it, and every send whose answer was lost (it may
   * or may not be there). Installed inside any retry, so each attempt is seen. `replays`: on a flow's Api, where the
   * conversations plugin answers a replayed step from its log. `residents`: on the outbox's Api, whose sends to a
   * resident are kept across a restart too when a probe could prove them (above a message this process sent there),
   * so one on its way when the process died is looked for after it.
   */
  recorder(options: { replays?: boolean; residents?: boolean } = {}): Transformer {
    return async (prev, method, payload, signal) => {
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      const posting = POSTS.has(method) && Number.isSafeInteger(chatId) && chatId !== 0;
      const before = posting ? this.highest.get(chatId) : undefined;
      const started = ++this.sequence;
      // Kept before the call, so a crash while it is in flight leaves it counted as lost (see the class).
      const kept = chatId < 0 || (options.residents === true && (this.firstOwn.get(chatId) ?? Number.POSITIVE_INFINITY) <= (before ?? 0));
      // The digest is worked out when it is needed: a kept post's, or a send's whose answer was lost (a hash per call was
      // a cost of every reply to a resident).
      const text = before !== undefined && kept ? digest(postText(method, payload)) : undefined;
      const key = text !== undefined ? this.store?.inFlight(chatId, before!, text) : undefined;
      let res: Awaited<ReturnType<typeof prev>>;
      try {
        res = await prev(method, payload, signal);
      } catch (error) {
        // A send whose answer never came: Telegram may have carried it out. Kept until a probe settles it.
        if (before !== undefined) this.lose(chatId, before, text ?? digest(postText(method, payload)), key);
        throw error;
      }
      if (key !== undefined) this.store?.drop(key);
      if (res.ok && Number.isSafeInteger(chatId) && chatId !== 0) {
        const result = res.result as { message_id?: number; message_thread_id?: number } | undefined;
        const id = result?.message_id ?? (method === "createForumTopic" ? result?.message_thread_id : undefined);
        if (typeof id === "number") {
          this.seen(chatId, id);
          // A flow's Api also sees answers replayed from its log, which an earlier run may have got: not proof of ours.
          if (posting && chatId > 0 && !options.replays && !this.firstOwn.has(chatId)) this.firstOwn.set(chatId, id);
          // A send answered after a loss was made later: its id bounds where the lost one can be.
          for (const l of this.lost.get(chatId) ?? []) {
            if (l.until !== undefined || started <= l.at) continue;
            l.until = id;
            if (l.key !== undefined) this.store?.until(l.key, id);
          }
        }
      }
      return res;
    };
  }

  /**
   * A send whose answer was lost below any recorder (a flow's send, settled under the conversations plugin's log, see
   * FlowSends): kept as the recorder would keep it, so the probe that follows can find it.
   */
  lostSend(method: string, payload: unknown, before: number | undefined): void {
    const chatId = Number((payload as { chat_id?: unknown }).chat_id);
    if (before === undefined || !POSTS.has(method) || !Number.isSafeInteger(chatId) || chatId === 0) return;
    this.lose(chatId, before, digest(postText(method, payload)), undefined);
  }

  /** A message this process itself sent into a private chat (a flow's, not replayed): what a probe may look above. */
  own(chatId: number, messageId: number): void {
    if (chatId <= 0) return;
    this.seen(chatId, messageId);
    if (!this.firstOwn.has(chatId)) this.firstOwn.set(chatId, messageId);
  }

  private lose(chatId: number, before: number, text: string, key: number | undefined): void {
    const list = this.lost.get(chatId) ?? [];
    list.push({ before, text, at: ++this.sequence, ...(key !== undefined ? { key } : {}) });
    // Bounded: a loss this old is settled by giving up (posting again), never by a probe.
    if (list.length > 200) for (const gone of list.splice(0, list.length - 200)) if (gone.key !== undefined) this.store?.drop(gone.key);
    this.lost.set(chatId, list);
  }

  /**
   * The ids where a lost send (`text`, sent when `after` was the highest id seen) can be — or undefined when that
   * cannot be proved: the loss is not known (not seen, or not kept), another lost send, still unaccounted for, may sit
   * in the same range (two sends lost together are indistinguishable), or, in a private chat, an earlier run of the
   * desk may have sent something there. A probe touches only these ids; undefined means give up and send again.
   */
  candidates(chatId: number, after: number, text: string, span: number): number[] | undefined {
    const hash = digest(text);
    const list = this.lost.get(chatId) ?? [];
    const mine = list.find((l) => l.before === after && l.text === hash);
    if (!mine) return undefined;
    if (chatId > 0 && !mine.proven && !((this.firstOwn.get(chatId) ?? Number.POSITIVE_INFINITY) <= after)) return undefined;
    const top = mine.until ?? after + span + 1;
    const overlaps = list.some((l) => l !== mine && l.before < top && (l.until ?? Number.POSITIVE_INFINITY) > after);
    if (overlaps) return undefined;
    const ids: number[] = [];
    for (let id = after + 1; id < top && ids.length < span; id++) if (!this.known(chatId, id)) ids.push(id);
    return ids;
  }

  /** The lost send was found, or given up on and sent again: it no longer stands in anyone's way. */
  settle(chatId: number, after: number, text: string): void {
    const hash = digest(text);
    const list = this.lost.get(chatId) ?? [];
    const index = list.findIndex((l) => l.before === after && l.text === hash);
    if (index === -1) return;
    const [gone] = list.splice(index, 1);
    if (gone?.key !== undefined) this.store?.drop(gone.key);
  }

  /** Whether a send into this chat is lost and unsettled (kept across a restart for a group, or a resident's when provable). */
  hasLost(chatId: number): boolean {
    return (this.lost.get(chatId)?.length ?? 0) > 0;
  }

  /** Where the latest unsettled loss of these words in this chat was sent above, if any (a post caught mid-send by a crash). */
  lostAfter(chatId: number, text: string): number | undefined {
    const hash = digest(text);
    return [...(this.lost.get(chatId) ?? [])].reverse().find((l) => l.text === hash)?.before;
  }

  /** Whether a send like this one (same chat, same words) was lost and not yet settled: look before sending it. */
  owed(method: string, payload: unknown): boolean {
    if (!PROBED.has(method)) return false;
    const chatId = Number((payload as { chat_id?: unknown }).chat_id);
    const list = this.lost.get(chatId);
    if (!list?.length) return false;
    const hash = digest(postText(method, payload));
    return list.some((l) => l.text === hash);
  }

  /**
   * Looks for a send whose answer was lost, where only it can be (see `candidates`), with an edit that repeats what
   * it says: "not modified" proves it is there and changes nothing; an edit that went through means only this send
   * could be there, so it is ours. `call` is the raw call below the retries (a probe is not retried on its own).
   */
  async findLost(
    call: (method: string, payload: Record<string, unknown>) => Promise<{ ok: boolean; description?: string; error_code?: number; parameters?: { retry_after?: number } }>,
    method: string,
    payload: Record<string, unknown>,
    now: () => Date,
  ): Promise<LostSendOutcome> {
    const chatId = Number(payload.chat_id);
    const text = postText(method, payload);
    const hash = digest(text);
    const list = this.lost.get(chatId) ?? [];
    const entry = [...list].reverse().find((l) => l.text === hash);
    if (!PROBED.has(method) || !text || !entry) return "send";
    const ids = this.candidates(chatId, entry.before, text, PROBE_SPAN);
    if (ids) {
      const edit = method === "sendMessage" ? "editMessageText" : "editMessageCaption";
      for (const id of ids) {
        const res = await call(edit, probeOf(method, payload, id));
        if (res.ok || res.description?.includes("not modified")) {
          this.seen(chatId, id);
          this.settle(chatId, entry.before, text);
          const field = method === "sendMessage" ? "text" : "caption";
          // What the send would have answered, as far as the desk knows it: its words and the buttons it offers.
          const markup = payload.reply_markup && typeof payload.reply_markup === "object" && "inline_keyboard" in payload.reply_markup ? { reply_markup: payload.reply_markup } : {};
          return { found: { message_id: id, date: Math.floor(now().getTime() / 1000), chat: { id: chatId, type: chatId > 0 ? "private" : "supergroup" }, [field]: text, ...markup } };
        }
        if (res.error_code === 429 || (res.error_code ?? 0) >= 500) {
          return { error_code: res.error_code!, description: res.description ?? "", ...(res.parameters ? { parameters: res.parameters } : {}) };
        }
      }
    }
    this.settle(chatId, entry.before, text);
    return "send";
  }
}

/** Calls that put a new message (or topic) into a chat. */
const POSTS = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "sendLocation", "sendVenue", "copyMessage", "createForumTopic"]);

/** Sends a probe can look for: a text (edited with itself) or a caption. */
const PROBED = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "copyMessage"]);

/** What identifies a post for its probe: its text, its caption, or the topic's name. */
function postText(method: string, payload: unknown): string {
  const p = payload as { text?: unknown; caption?: unknown; name?: unknown };
  const text = method === "createForumTopic" ? p.name : (p.text ?? p.caption);
  return typeof text === "string" ? text : "";
}

/** An edit that says exactly what the send said, with the same buttons: "not modified" if it is that message. */
function probeOf(method: string, payload: Record<string, unknown>, messageId: number): Record<string, unknown> {
  const same = (keys: string[]) => Object.fromEntries(keys.filter((k) => payload[k] !== undefined).map((k) => [k, payload[k]]));
  if (method === "sendMessage") return { chat_id: payload.chat_id, message_id: messageId, ...same(["text", "parse_mode", "entities", "link_preview_options", "reply_markup"]) };
  return { chat_id: payload.chat_id, message_id: messageId, ...same(["caption", "parse_mode", "caption_entities", "reply_markup"]) };
}

/** A text as the ledger keeps it: a digest, never the words. */
function digest(text: string): string {
  return createHash("sha256").update(text).digest("base64url").slice(0, 22);
}

interface LostPost {
  /** The highest id seen in the chat when it was sent: it can only be above. */
  before: number;
  /** The digest of what it says. */
  text: string;
  /** The first id answered for a send made after it: it can only be below (unknown while none came). */
  until?: number;
  /** When it was found lost, in the recorder's sequence of calls and losses. */
  at: number;
  /** Its record in the store, for a group (and an outbox send to a resident). */
  key?: number;
  /** Kept by an earlier run that had sent below it itself (see recorder): a probe may look above it after a restart. */
  proven?: boolean;
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
