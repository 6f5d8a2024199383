import { type Api, GrammyError, HttpError, type InlineKeyboard } from "grammy";
import type { Clock } from "#src/clock.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { OutboxRow } from "#src/db/repositories/outbox.js";
import type { Services } from "#src/domain/index.js";
import { UncertainPost } from "./group-ledger.js";
import { GROUP_WHEN_IDLE, type GroupPost, type OutboxPayload } from "#src/domain/notifications.js";
import type { VoiceNotePayload } from "#src/domain/speech.js";
import type { Logger } from "#src/logger.js";

/** How many chats' next-send times are kept before those already past are swept (see send). */
const CHAT_TIMES_SWEEP_AT = 1000;

/** A message ready to go: HTML text in the recipient's language and its buttons (drawn by the bot's renderers). */
export interface RenderedMessage {
  text: string;
  reply_markup?: InlineKeyboard;
  /** What a listener hears instead of the text's words (a letter's facts said as sentences); plain text. */
  spoken?: string;
}

export interface DispatcherOptions {
  /** Messages per second overall (Telegram allows about 30). */
  ratePerSecond: number;
  /** Per private chat: one message a second. */
  perChatMs?: number;
  /** Per group: twenty a minute. */
  perGroupPerMinute?: number;
  /**
   * Per request, of a resident's messages relayed into its group: a share of the group's minute (a quarter unless
   * said), so one resident's burst never takes the whole of it and another's first message waits seconds, not minutes.
   */
  perRequestPerMinute?: number;
  /** 5xx and network errors are retried with back-off this many times, then the row fails. */
  maxAttempts?: number;
  /** Whether a send to this resident caught mid-send by a crash can be looked for (the ledger kept it in flight). */
  lookable?: (chatId: number) => boolean;
  /** Seconds from due time to delivery, for the metrics. */
  onSent?: (seconds: number) => void;
  /**
   * The Api to send a message to a resident through, for a channel that may send it as something else (a WhatsApp
   * template): it carries what the message is down to the channel. Undefined: the outbox's own Api.
   */
  sendingApi?: (payload: OutboxPayload, chatId: number) => Api | undefined;
  /**
   * A 403 from a resident's channel that is not a blocked bot (WhatsApp's 24-hour window): the channel tells staff
   * and returns true, and the resident is not marked unreachable (their next message opens the window again).
   */
  refused?: (chatId: number, kind: string, description: string) => boolean;
  /**
   * Voice notes (features/voice/): their synthesis is engine work beside the sending loop, as a group post's is;
   * once made, the note goes at the chat's pace like any message.
   */
  voiceNotes?: VoiceNoteSender;
}

export interface VoiceNoteSender {
  /** The synthesis this note still needs, or undefined when it is ready (or is a recording). */
  prepare(rowId: number, note: VoiceNotePayload, chatId: number): (() => Promise<unknown>) | undefined;
  /** Sends the prepared note; throws when it could not be made (the text went alone). */
  send(api: Api, rowId: number, note: VoiceNotePayload, chatId: number): Promise<void>;
}

/**
 * One step of a post into an operator group (one Bot API call, so pacing counts every call):
 * either the post is complete (with the rows it absorbed), or it goes back in line with its progress.
 */
export type GroupStep = { done: true; absorbed?: number[] } | { done: false; post: GroupPost };

/** Draws and sends group posts into `chatId`; `followers` are queued rows of the same request it may merge in. */
export type GroupPoster = (post: GroupPost, followers: Array<{ id: number; post: GroupPost }>, chatId: number) => Promise<GroupStep>;

/** The engine work a group post needs before it is drawn, or undefined when none is left (see OperatorBoard.prepare). */
export type GroupPreparer = (post: GroupPost, followers: Array<{ id: number; post: GroupPost }>, chatId: number) => (() => Promise<unknown>) | undefined;

/**
 * How long a row waits aside while its engine work runs: longer than any engine's deadline (a download and a
 * transcript), so it is due again only when the work ended, or after a crash that lost it.
 */
const PREPARE_HOLD_MS = 5 * 60_000;

/** A row that goes when the group is idle (a pin) looks again this often while posts wait, and waits at most this long. */
const WHEN_IDLE_RECHECK_MS = 30_000;
const WHEN_IDLE_MAX_WAIT_MS = 15 * 60_000;

export interface DispatchStats {
  sent: number;
  failed: number;
  expired: number;
  retried: number;
  deferred: number;
}

/**
 * Sends what the outbox holds, never faster than Telegram allows: a sliding one-second window
 * overall, one message a second per chat, twenty a minute per group. 429 waits the retry_after
 * Telegram gives; 5xx and network errors back off; 403 gives up at once and flags the resident.
 */
export class OutboxDispatcher {
  private window: number[] = [];
  private chatNext = new Map<number, number>();
  /**
   * A group whose post lost its answer: until that post is found or sent again, nothing else goes into the group,
   * so no other post of ours can take an id where the lost one may be (its probe could not tell them apart).
   */
  private uncertainGroups = new Map<number, { rowId: number; until: number }>();
  private groupSends = new Map<number, number[]>();
  /** Relays of residents' messages sent in the last minute, per group and request. */
  private requestSends = new Map<string, number[]>();
  private running: Promise<DispatchStats> | undefined;
  /** Rows whose engine work runs beside the sending loop, by outbox id. */
  private readonly preparing = new Map<number, Promise<void>>();
  /** Steps of rows whose engine work has run (by "id:step"): drawn now, never set aside twice. */
  private readonly prepared = new Set<string>();
  /** Wakes a run waiting for engine work when new rows are queued. */
  private wake: (() => void) | undefined;
  /** Operator groups the bot cannot post to right now, for /healthz and the logs. */
  readonly unreachableGroups = new Map<number, { since: Date; reason: string }>();

  constructor(
    private readonly api: Api,
    private readonly repos: Repositories,
    private readonly services: Services,
    private readonly clock: Clock,
    private readonly logger: Logger,
    private readonly render: (payload: OutboxPayload, chatId: number) => RenderedMessage,
    private readonly options: DispatcherOptions,
    private readonly postToGroup?: GroupPoster,
    private readonly prepareGroup?: GroupPreparer,
  ) {}

  /**
   * After a crash, rows still 'sending' were either never tried (back in line), or may have reached Telegram. One
   * caught mid-send goes back in line as uncertain when its next attempt can look for it before sending again (a group
   * post: the group's ledger is kept; a message to a resident the ledger kept as in flight, see GroupLedger) — given
   * up, it would be lost when it had not gone. A message to a resident that cannot be looked for is given up, as
   * sending it blindly could show it twice.
   */
  recover(): { requeued: number; uncertain: number } {
    let requeued = 0;
    let uncertain = 0;
    for (const row of this.repos.outbox.interrupted()) {
      if (row.sendStartedAt && (row.chatId < 0 || this.options.lookable?.(row.chatId))) {
        this.repos.outbox.mark(row.id, { status: "pending", lastError: "interrupted during sending: looked for before sending again", sendStartedAt: null });
        uncertain++;
      } else if (row.sendStartedAt) {
        this.repos.outbox.mark(row.id, { status: "failed", lastError: "interrupted during sending: delivery unknown, not repeated" });
        uncertain++;
      } else {
        this.repos.outbox.mark(row.id, { status: "pending" });
        requeued++;
      }
    }
    if (requeued || uncertain) this.logger.warn({ requeued, uncertain }, "outbox recovered after an interrupted run");
    return { requeued, uncertain };
  }

  /** One dispatch run; a second call while one is running joins it instead of racing it. */
  run(): Promise<DispatchStats> {
    this.wake?.();
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async drain(): Promise<DispatchStats> {
    const stats: DispatchStats = { sent: 0, failed: 0, expired: 0, retried: 0, deferred: 0 };
    for (;;) {
      const rows = this.repos.outbox.claimDue(this.clock.now(), Math.max(1, this.options.ratePerSecond));
      if (rows.length) {
        for (const row of rows) await this.dispatch(row, stats);
        continue;
      }
      if (!this.preparing.size) return stats;
      // Nothing to send now but engine work under way: wait for some of it to end, or for new rows, and look again.
      await new Promise<void>((resolve) => {
        this.wake = resolve;
        for (const work of this.preparing.values()) void work.then(resolve);
      });
      this.wake = undefined;
    }
  }

  /**
   * Engine work (a translation, a voice note's transcript) runs beside the sending loop, never in it: its row waits
   * aside, every other request and group is served meanwhile, and the row is due again once the work ended (an engine
   * that fails or passes its deadline leaves a note on the message, and the post goes without the translation).
   */
  private setAside(row: OutboxRow, stepKey: string, work: () => Promise<unknown>): void {
    this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(this.clock.now().getTime() + PREPARE_HOLD_MS) });
    const done = Promise.resolve()
      .then(work)
      .catch((error: unknown) => this.logger.warn({ outboxId: row.id, err: (error as Error).message }, "outbox: engine work for a post failed"))
      .then(() => {
        this.preparing.delete(row.id);
        this.prepared.add(stepKey);
        this.repos.outbox.dueAgain(row.id, this.clock.now());
      });
    this.preparing.set(row.id, done);
  }

  private async pace(): Promise<void> {
    const limit = this.options.ratePerSecond;
    for (;;) {
      const now = this.clock.now().getTime();
      this.window = this.window.filter((t) => now - t < 1000);
      if (this.window.length < limit) return;
      await this.clock.sleep(1000 - (now - this.window[0]!));
    }
  }

  private forgetPastChatTimes(now: number): void {
    for (const [chatId, next] of this.chatNext) if (next <= now) this.chatNext.delete(chatId);
  }

  /** When this chat may receive its next message, or undefined if now. */
  private chatReadyAt(chatId: number, now: number): number | undefined {
    const next = this.chatNext.get(chatId);
    if (next !== undefined && next > now) return next;
    if (chatId < 0) {
      const perMinute = this.options.perGroupPerMinute ?? 20;
      const sends = (this.groupSends.get(chatId) ?? []).filter((t) => now - t < 60_000);
      this.groupSends.set(chatId, sends);
      if (sends.length >= perMinute) return sends[0]! + 60_000;
    }
    return undefined;
  }

  /** A resident's relayed message, paced per request within its group (see perRequestPerMinute). */
  private requestKey(row: OutboxRow): string | undefined {
    return row.chatId < 0 && row.ref && row.kind.startsWith("group-piece") ? `${row.chatId}|${row.ref}` : undefined;
  }

  /**
   * When this request may have its next relay posted, or undefined if now. Within its share it goes; beyond it only
   * while the group keeps a share free, so whoever writes next (another resident's first, urgent message) finds room
   * at once, and a lone burst still uses the rest of the group's minute.
   */
  private requestReadyAt(key: string | undefined, chatId: number, now: number): number | undefined {
    if (!key) return undefined;
    const perGroup = this.options.perGroupPerMinute ?? 20;
    const share = Math.min(perGroup, this.options.perRequestPerMinute ?? Math.max(1, Math.ceil(perGroup / 4)));
    const sends = (this.requestSends.get(key) ?? []).filter((t) => now - t < 60_000);
    if (sends.length) this.requestSends.set(key, sends);
    else this.requestSends.delete(key);
    if (sends.length < share) return undefined;
    const group = (this.groupSends.get(chatId) ?? []).filter((t) => now - t < 60_000);
    if (group.length < perGroup - share) return undefined;
    // Whichever frees first: one of this request's own sends, or enough of the group's.
    const groupFrees = group[group.length - (perGroup - share)] ?? group[0]!;
    return Math.min(sends[0]! + 60_000, groupFrees + 60_000);
  }

  private async dispatch(row: OutboxRow, stats: DispatchStats): Promise<void> {
    const now = this.clock.now();
    if (row.expiresAt && row.expiresAt <= now) {
      this.repos.outbox.mark(row.id, { status: "expired" });
      stats.expired++;
      return;
    }
    const requestKey = this.requestKey(row);
    const readyAt =
      this.chatReadyAt(row.chatId, now.getTime()) ??
      this.requestReadyAt(requestKey, row.chatId, now.getTime()) ??
      this.blockedUntil(row) ??
      this.idleReadyAt(row, now.getTime());
    if (readyAt !== undefined) {
      this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(readyAt) });
      stats.deferred++;
      return;
    }
    let message: RenderedMessage | undefined;
    let post: GroupPost | undefined;
    let sendingApi: Api | undefined;
    let voiceNote: VoiceNotePayload | undefined;
    try {
      const payload = JSON.parse(row.payload) as OutboxPayload;
      if (payload.type === "board") post = payload;
      else if (payload.type === "voice") voiceNote = payload;
      else {
        message = this.render(payload, row.chatId);
        sendingApi = this.options.sendingApi?.(payload, row.chatId);
      }
    } catch (error) {
      this.repos.outbox.mark(row.id, { status: "failed", lastError: `render: ${(error as Error).message}` });
      stats.failed++;
      return;
    }
    if ((post || voiceNote) && this.preparing.has(row.id)) {
      this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(now.getTime() + PREPARE_HOLD_MS) });
      stats.deferred++;
      return;
    }
    const stepKey = `${row.id}:${post?.step ?? 0}`;
    const work = this.prepared.has(stepKey)
      ? undefined
      : post
        ? this.prepareGroup?.(post, this.followersOf(row), row.chatId)
        : voiceNote
          ? this.options.voiceNotes?.prepare(row.id, voiceNote, row.chatId)
          : undefined;
    if (work) {
      this.setAside(row, stepKey, work);
      stats.deferred++;
      return;
    }
    this.prepared.delete(stepKey);
    await this.pace();
    const started = this.clock.now();
    if (!this.repos.outbox.markStarted(row.id, started, row.attempts + 1)) return;
    this.window.push(started.getTime());
    // A private chat takes about one message a second; a group's limit is its twenty a minute, bursts allowed.
    if (row.chatId > 0) {
      // A time already past says nothing: forgotten, so the map holds the chats of the last second or so, not every
      // resident ever written to (a broadcast to thousands would otherwise stay in memory for the life of the process).
      if (this.chatNext.size >= CHAT_TIMES_SWEEP_AT) this.forgetPastChatTimes(started.getTime());
      this.chatNext.set(row.chatId, started.getTime() + (this.options.perChatMs ?? 1000));
    }
    if (row.chatId < 0) this.groupSends.get(row.chatId)?.push(started.getTime()) ?? this.groupSends.set(row.chatId, [started.getTime()]);
    if (requestKey) this.requestSends.get(requestKey)?.push(started.getTime()) ?? this.requestSends.set(requestKey, [started.getTime()]);
    try {
      if (post) {
        if (!this.postToGroup) throw new Error("no operator board to draw group posts");
        const step = await this.postToGroup(post, this.followersOf(row), row.chatId);
        if (!step.done) {
          this.settled(row);
          this.repos.outbox.progress(row.id, JSON.stringify(step.post), this.clock.now());
          return;
        }
        if (step.absorbed?.length) this.repos.outbox.absorb(step.absorbed, this.clock.now());
      } else if (voiceNote) {
        if (!this.options.voiceNotes) throw new Error("no voice companion to send voice notes");
        await this.options.voiceNotes.send(this.api, row.id, voiceNote, row.chatId);
      } else {
        await (sendingApi ?? this.api).sendMessage(row.chatId, message!.text, {
          parse_mode: "HTML",
          ...(message!.reply_markup ? { reply_markup: message!.reply_markup } : {}),
        });
      }
      const sentAt = this.clock.now();
      this.settled(row);
      if (row.chatId < 0 && this.unreachableGroups.delete(row.chatId)) this.logger.info({ chatId: row.chatId }, "outbox: operator group reachable again");
      this.repos.outbox.mark(row.id, { status: "sent", sentAt, lastError: null });
      this.options.onSent?.((sentAt.getTime() - row.dueAt.getTime()) / 1000);
      stats.sent++;
    } catch (error) {
      this.onError(row, error, stats);
    }
  }

  /**
   * When a row that spends the group's minute on no one's words (a card's pin) may go: not while posts wait for the
   * group, nor when the minute has less than a request's share left, so the cap carries what staff read first. A row
   * that has waited long enough goes anyway, so a group that is never idle still gets its pins.
   */
  private idleReadyAt(row: OutboxRow, now: number): number | undefined {
    if (row.chatId >= 0 || !GROUP_WHEN_IDLE.has(row.kind) || now - row.createdAt.getTime() >= WHEN_IDLE_MAX_WAIT_MS) return undefined;
    const perGroup = this.options.perGroupPerMinute ?? 20;
    const reserve = Math.max(1, Math.ceil(perGroup / 4));
    const sent = (this.groupSends.get(row.chatId) ?? []).filter((t) => now - t < 60_000).length;
    const busy = sent > perGroup - reserve || this.repos.outbox.othersWaiting(row.chatId, row.kind, new Date(now + WHEN_IDLE_RECHECK_MS));
    return busy ? now + WHEN_IDLE_RECHECK_MS : undefined;
  }

  /** When a row may go into its group, if another post there is still uncertain (see uncertainGroups). */
  private blockedUntil(row: OutboxRow): number | undefined {
    const blocker = this.uncertainGroups.get(row.chatId);
    if (!blocker || blocker.rowId === row.id) return undefined;
    const current = this.repos.outbox.get(blocker.rowId);
    if (!current || (current.status !== "pending" && current.status !== "sending")) {
      this.uncertainGroups.delete(row.chatId);
      return undefined;
    }
    // Just after the uncertain post's next attempt, which goes first.
    return Math.max(blocker.until, current.dueAt.getTime()) + 1;
  }

  /** The uncertain post went out or was found: its group is open again. */
  private settled(row: OutboxRow): void {
    if (this.uncertainGroups.get(row.chatId)?.rowId === row.id) this.uncertainGroups.delete(row.chatId);
  }

  /** Resident messages queued right behind this piece, none in hand elsewhere: candidates for one merged post. */
  private followersOf(row: OutboxRow): Array<{ id: number; post: GroupPost }> {
    if (!row.ref || !row.kind.startsWith("group-piece")) return [];
    const out: Array<{ id: number; post: GroupPost }> = [];
    for (const f of this.repos.outbox.followers(row.ref, row.id, 20)) {
      const post = JSON.parse(f.payload) as OutboxPayload;
      if (post.type !== "board" || post.action !== "piece" || !post.text || post.step) break;
      out.push({ id: f.id, post });
    }
    return out;
  }

  private onError(row: OutboxRow, error: unknown, stats: DispatchStats) {
    const now = this.clock.now().getTime();
    const attempts = row.attempts + 1;
    if (error instanceof UncertainPost) {
      // The post may be in the group already: the next attempt looks for it before sending again.
      const wait = Math.min(1000 * 2 ** Math.min(attempts - 1, 8), 5 * 60_000);
      this.repos.outbox.progress(row.id, JSON.stringify(error.retry), new Date(now + wait));
      this.uncertainGroups.set(row.chatId, { rowId: row.id, until: now + wait });
      this.logger.warn({ outboxId: row.id, chatId: row.chatId }, "outbox: answer to a group post lost; will check before resending");
      stats.retried++;
      return;
    }
    if (error instanceof GrammyError && error.error_code === 429) {
      const wait = (error.parameters.retry_after ?? 1) * 1000;
      this.chatNext.set(row.chatId, now + wait);
      this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(now + wait), lastError: error.description, sendStartedAt: null });
      stats.retried++;
      return;
    }
    if (row.chatId < 0 && error instanceof GrammyError && groupUnreachable(error)) {
      // The bot was removed from the operator group or lost its rights: nothing is dropped; the
      // post waits, staff and logs are told (healthz), and it goes out once the group is back.
      const wait = 5 * 60_000;
      this.chatNext.set(row.chatId, now + wait);
      this.unreachableGroups.set(row.chatId, { since: this.unreachableGroups.get(row.chatId)?.since ?? new Date(now), reason: error.description });
      this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(now + wait), lastError: error.description, sendStartedAt: null });
      this.logger.error({ chatId: row.chatId, reason: error.description }, "outbox: operator group unreachable; posts wait");
      stats.retried++;
      return;
    }
    if (error instanceof GrammyError && error.error_code === 403 && row.chatId > 0 && this.options.refused?.(row.chatId, row.kind, error.description)) {
      this.repos.outbox.mark(row.id, { status: "failed", lastError: error.description, sendStartedAt: null });
      this.logger.warn({ outboxId: row.id, chatId: row.chatId, reason: error.description }, "outbox: resident's channel refused; staff told");
      stats.failed++;
      return;
    }
    if (error instanceof GrammyError && error.error_code === 403) {
      this.repos.outbox.mark(row.id, { status: "failed", lastError: error.description, sendStartedAt: null });
      if (row.chatId > 0) {
        this.services.residents.markUnreachable(row.chatId, error.description);
        this.repos.outbox.cancelForChat(row.chatId, `resident unreachable: ${error.description}`);
      }
      this.logger.warn({ outboxId: row.id, chatId: row.chatId, reason: error.description }, "outbox: chat unreachable");
      stats.failed++;
      return;
    }
    const transient = error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);
    const description = error instanceof GrammyError ? error.description : (error as Error).message;
    // A post promised to staff is never given up on transient errors; a message to a resident is, after a few tries.
    if (transient && (row.chatId < 0 || attempts < (this.options.maxAttempts ?? 5))) {
      const backoff = Math.min(5_000 * 2 ** (attempts - 1), 10 * 60_000);
      this.repos.outbox.mark(row.id, { status: "pending", dueAt: new Date(now + backoff), lastError: description, sendStartedAt: null });
      stats.retried++;
      return;
    }
    this.repos.outbox.mark(row.id, { status: "failed", lastError: description, sendStartedAt: null });
    this.logger.warn({ outboxId: row.id, chatId: row.chatId, reason: description }, "outbox: message failed");
    stats.failed++;
  }
}

/** Errors that mean "this group cannot take the bot's posts now", as opposed to a bad message. */
function groupUnreachable(error: GrammyError): boolean {
  if (error.error_code === 403) return true;
  return error.error_code === 400 && /chat not found|not enough rights|have no rights|CHAT_WRITE_FORBIDDEN|CHAT_ADMIN_REQUIRED/i.test(error.description);
}
