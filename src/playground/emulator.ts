import type { InlineKeyboardMarkup, Message, ReplyKeyboardMarkup, Update, User } from "grammy/types";
import { htmlToPlain, validateHtml } from "./html.js";

/**
 * An in-process Telegram Bot API: the real bot talks to it over HTTP (playground) or through
 * its `fetch` (tests), so every plugin runs unchanged. It keeps chats, messages, topics and
 * members, records each call, and answers with the API's own error shapes.
 */

export interface ApiError {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}
export type ApiResult = { ok: true; result: unknown } | ApiError;

export interface StoredFile {
  name: string;
  mime?: string;
  bytes: Uint8Array;
}

export interface StoredMessage extends Message {
  /** The plain text a person would read (HTML rendered away). */
  plain?: string;
  reply_markup?: InlineKeyboardMarkup;
  /** Reply keyboard shown under the input field after this message, if any. */
  keyboard?: ReplyKeyboardMarkup | { remove_keyboard: true };
  file?: StoredFile;
  deleted?: boolean;
  fromBot: boolean;
  /** The bot's reaction on it (setMessageReaction), as people in the chat see it. */
  reaction?: string[];
}

interface ChatState {
  chat: Message["chat"];
  messages: StoredMessage[];
  members: Map<number, string>;
  blocked: boolean;
  topics: Map<number, { name: string; closed: boolean }>;
}

export interface RecordedCall {
  method: string;
  params: Record<string, any>;
}

export type EmulatorEvent =
  | { type: "message"; chatId: number; message: StoredMessage }
  | { type: "edit"; chatId: number; message: StoredMessage }
  | { type: "delete"; chatId: number; messageId: number }
  | { type: "callback-answer"; chatId: number | undefined; userId: number; text?: string; alert: boolean }
  | { type: "topic"; chatId: number; threadId: number; name: string }
  | { type: "topic-deleted"; chatId: number; threadId: number };

const err = (code: number, description: string, parameters?: ApiError["parameters"]): ApiError => ({
  ok: false,
  error_code: code,
  description,
  ...(parameters ? { parameters } : {}),
});
const ok = (result: unknown): ApiResult => ({ ok: true, result });

/** A ChatMember object as the Bot API shapes it, with only the fields the desk reads. */
function memberOf(user: User, status: string) {
  if (status === "kicked") return { status, user, until_date: 0 };
  if (status === "administrator") return { status, user, can_be_edited: false, is_anonymous: false };
  return { status, user };
}

/**
 * Telegram's limits count what a person reads: the text after the parse mode is applied (tags and
 * entities count nothing, "&amp;" counts one), in UTF-16 code units, which is what String#length counts.
 */
/** How long Telegram waits for a button's answer before refusing it as too old. */
const CALLBACK_ANSWER_WINDOW_MS = 15_000;

/**
 * After how long a press comes without its message (an InaccessibleMessage: date 0, only chat and message_id).
 * Telegram does not document the age (the Bot API server stops holding a message some hours after it was sent;
 * reports range from "several hours" to a day: tdlib/telegram-bot-api#401, aiogram#1675, teloxide#873). Two hours
 * is shorter than any reported case, so a desk that works here works there; a press within a form's minutes still
 * comes with its message, as it does on Telegram.
 */
export const INACCESSIBLE_AFTER_MS = 2 * 3_600_000;
const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;

export class BotApiEmulator {
  readonly me: User = {
    id: 7_000_000_001,
    is_bot: true,
    first_name: "NOI Desk",
    username: "noi_desk_bot",
    can_join_groups: true,
    can_read_all_group_messages: true,
    supports_inline_queries: false,
  } as User;
  readonly users = new Map<number, User>();
  readonly chats = new Map<number, ChatState>();
  readonly calls: RecordedCall[] = [];
  readonly commands = new Map<string, unknown>();
  readonly descriptions = new Map<string, string>();
  webhook: { url: string; secret?: string } | undefined;
  /** Lets a test or benchmark answer a call with an error (429, 5xx) before it is carried out. */
  fault: ((method: string, params: Record<string, any>) => ApiError | undefined) | undefined;
  /**
   * Telegram's flood limits, when a test asks for them: at most `groupPerMinute` messages a
   * minute into one group, `privatePerSecond` a second into one private chat, `overallPerSecond`
   * in all; beyond them 429 with a retry_after, as the real API answers.
   */
  limits: { groupPerMinute: number; privatePerSecond: number; overallPerSecond: number; groupRetryAfter?: number } | undefined;
  /** A call carried out whose answer never reaches the bot (a dropped connection): fetch fails after the fact. */
  dropAnswer: ((method: string, params: Record<string, any>) => boolean) | undefined;
  /** A connection dropped before Telegram saw the call: fetch fails and nothing was carried out. */
  dropRequest: ((method: string, params: Record<string, any>) => boolean) | undefined;
  /** A call carried out whose answer is still on its way (a hung connection, a process about to die): fetch never settles. */
  holdAnswer: ((method: string, params: Record<string, any>) => boolean) | undefined;
  /** How long each call takes; awaited through `wait`, so a test can run it on virtual time. */
  latency: { ms: (method: string, params: Record<string, any>) => number; wait: (ms: number) => Promise<void> } | undefined;
  /** Calls answered 429 by the limits, for tests to see that pacing held. */
  readonly limited: Array<{ method: string; chatId: number; reason: "group" | "private" | "overall" }> = [];
  private sends = new Map<number, number[]>();
  private allSends: number[] = [];
  /** When true, user actions also wait in the getUpdates queue (playground); tests feed the bot directly. */
  queueUpdates = false;
  /**
   * The bytes behind file ids people sent (a voice note's audio), for getFile and the file download endpoint
   * (/file/bot<token>/<file_path>); files the bot uploaded are found on their messages.
   */
  readonly files = new Map<string, StoredFile>();
  private filePaths = new Map<string, string>();

  private nextUpdateId = 1;
  private nextUserMessageId = new Map<number, number>();
  private queue: Update[] = [];
  private pollers: Array<() => void> = [];
  private listeners = new Set<(e: EmulatorEvent) => void>();
  private nowSeconds: () => number;
  private nowMs: () => number;

  constructor(
    readonly token = "7000000001:TEST_TOKEN_FOR_THE_EMULATOR_ONLY",
    now: () => Date = () => new Date(),
  ) {
    this.nowSeconds = () => Math.floor(now().getTime() / 1000);
    this.nowMs = () => now().getTime();
  }

  // ---------------------------------------------------------------- the world

  addUser(user: { id: number; first_name: string; last_name?: string; language_code?: string; username?: string }) {
    const u: User = { is_bot: false, ...user };
    this.users.set(u.id, u);
    if (!this.chats.has(u.id)) {
      this.chats.set(u.id, {
        chat: { id: u.id, type: "private", first_name: u.first_name, ...(u.last_name ? { last_name: u.last_name } : {}) },
        messages: [],
        members: new Map([[u.id, "member"]]),
        blocked: false,
        topics: new Map(),
      });
    }
    return u;
  }

  addGroup(group: { id: number; title: string; isForum: boolean; admins?: User[]; members?: User[] }) {
    const members = new Map<number, string>([[this.me.id, "administrator"]]);
    for (const a of group.admins ?? []) members.set(a.id, "administrator");
    for (const m of group.members ?? []) members.set(m.id, "member");
    this.chats.set(group.id, {
      chat: { id: group.id, type: "supergroup", title: group.title, ...(group.isForum ? { is_forum: true } : {}) } as any,
      messages: [],
      members,
      blocked: false,
      topics: new Map(),
    });
  }

  setMember(chatId: number, userId: number, status: "member" | "administrator" | "left" | "kicked") {
    this.chat(chatId).members.set(userId, status);
  }

  /**
   * An administrator (or the person themselves) changes someone's membership of a group. Telegram
   * tells the group's administrator bots with a `chat_member` update, which is returned; from now on
   * getChatMember answers with the new status.
   */
  changeMember(
    chatId: number,
    userId: number,
    status: "member" | "administrator" | "left" | "kicked",
    by: number = userId,
  ): Update {
    const state = this.chat(chatId);
    const user = this.users.get(userId);
    const actor = this.users.get(by);
    if (!user || !actor) throw new Error(`no user ${user ? by : userId}`);
    const old = state.members.get(userId) ?? "left";
    state.members.set(userId, status);
    return this.enqueue({
      chat_member: {
        chat: state.chat,
        from: actor,
        date: this.nowSeconds(),
        old_chat_member: memberOf(user, old),
        new_chat_member: memberOf(user, status),
      },
    } as Omit<Update, "update_id">);
  }

  /** An administrator removes someone from a group (they can join again later). */
  removeMember(chatId: number, userId: number, by?: number): Update {
    return this.changeMember(chatId, userId, "left", by ?? this.adminOf(chatId, userId));
  }

  private adminOf(chatId: number, except: number): number {
    for (const [id, status] of this.chat(chatId).members) {
      if (id !== except && id !== this.me.id && (status === "administrator" || status === "creator")) return id;
    }
    return except;
  }

  /**
   * Someone adds the bot to a group (or channel) of their own: the chat appears, the bot is a member,
   * and Telegram tells the bot with a `my_chat_member` update, which is returned.
   */
  addBotTo(
    chat: { id: number; title: string; type?: "group" | "supergroup" | "channel" },
    by: number,
    status: "member" | "administrator" = "member",
  ): Update {
    const actor = this.users.get(by);
    if (!actor) throw new Error(`no user ${by}`);
    const state = this.chats.get(chat.id) ?? {
      chat: { id: chat.id, type: chat.type ?? "group", title: chat.title } as Message["chat"],
      messages: [],
      members: new Map<number, string>(chat.type === "channel" ? [] : [[by, "creator"]]),
      blocked: false,
      topics: new Map(),
    };
    this.chats.set(chat.id, state);
    const old = state.members.get(this.me.id) ?? "left";
    state.members.set(this.me.id, status);
    return this.enqueue({
      my_chat_member: {
        chat: state.chat,
        from: actor,
        date: this.nowSeconds(),
        old_chat_member: memberOf(this.me, old),
        new_chat_member: memberOf(this.me, status),
      },
    } as Omit<Update, "update_id">);
  }

  /** Whether the bot is (still) in a chat. */
  botIsMember(chatId: number): boolean {
    return ["creator", "administrator", "member"].includes(this.chats.get(chatId)?.members.get(this.me.id) ?? "left");
  }

  /** The resident blocks the bot: every later send to them answers 403. */
  block(userId: number, blocked = true) {
    this.chat(userId).blocked = blocked;
  }

  chat(id: number): ChatState {
    const c = this.chats.get(id);
    if (!c) throw new Error(`no chat ${id} in the emulator`);
    return c;
  }

  messages(chatId: number): StoredMessage[] {
    return this.chat(chatId).messages.filter((m) => !m.deleted);
  }

  topics(chatId: number) {
    return this.chat(chatId).topics;
  }

  subscribe(listener: (e: EmulatorEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------------------------------------------------------------- people act

  private newMessageId(chatId: number): number {
    const state = this.chat(chatId);
    const last = state.messages.at(-1)?.message_id ?? 0;
    const next = Math.max(last, this.nextUserMessageId.get(chatId) ?? 0) + 1;
    this.nextUserMessageId.set(chatId, next);
    return next;
  }

  private emit(e: EmulatorEvent) {
    for (const l of this.listeners) l(e);
  }

  private enqueue(update: Omit<Update, "update_id">): Update {
    const full = { update_id: this.nextUpdateId++, ...update } as Update;
    if (this.queueUpdates) {
      this.queue.push(full);
      for (const p of this.pollers.splice(0)) p();
    }
    return full;
  }

  /** A person writes (or sends media, a contact, a location) in a chat. */
  send(
    userId: number,
    chatId: number,
    content: Partial<Message> & { text?: string },
    opts: { replyTo?: number; threadId?: number } = {},
  ): Update {
    const from = this.users.get(userId);
    if (!from) throw new Error(`no user ${userId}`);
    const state = this.chat(chatId);
    const message = {
      message_id: this.newMessageId(chatId),
      date: this.nowSeconds(),
      chat: state.chat,
      from,
      ...content,
      fromBot: false,
    } as StoredMessage;
    if (message.text?.startsWith("/")) {
      const cmd = message.text.split(/\s/)[0]!;
      message.entities = [{ type: "bot_command", offset: 0, length: cmd.length }];
    }
    if (opts.threadId !== undefined) {
      message.message_thread_id = opts.threadId;
      (message as any).is_topic_message = true;
    }
    if (opts.replyTo !== undefined) {
      const original = state.messages.find((m) => m.message_id === opts.replyTo);
      if (original) {
        message.reply_to_message = asTelegramSends(original) as any;
        const thread = replyThread(state, original);
        if (thread !== undefined && message.message_thread_id === undefined) message.message_thread_id = thread;
      }
    }
    message.plain = message.text ?? message.caption;
    state.messages.push(message);
    this.emit({ type: "message", chatId, message });
    const { plain: _p, fromBot: _b, ...wire } = message;
    return this.enqueue({ message: wire as any });
  }

  /**
   * Messages older than this come with a press as Telegram sends them after some hours: inaccessible (see
   * INACCESSIBLE_AFTER_MS); a test may shorten or lengthen it.
   */
  inaccessibleAfterMs = INACCESSIBLE_AFTER_MS;

  /**
   * A person presses an inline button under a bot message. As on Telegram, the press carries the message as it
   * is now (text and keyboard) while it is recent; an older or deleted one comes as an InaccessibleMessage.
   */
  press(userId: number, chatId: number, messageId: number, data: string): Update {
    const from = this.users.get(userId)!;
    const message = this.chat(chatId).messages.find((m) => m.message_id === messageId);
    if (!message) throw new Error(`no message ${messageId} in chat ${chatId}`);
    const wire = asTelegramSends(message);
    const inaccessible = message.deleted || this.nowMs() - message.date * 1000 > this.inaccessibleAfterMs;
    this.pressedAt.set(String(this.nextUpdateId * 7919), this.nowMs());
    return this.enqueue({
      callback_query: {
        id: String(this.nextUpdateId * 7919),
        from,
        chat_instance: String(chatId),
        message: (inaccessible ? { chat: message.chat, message_id: message.message_id, date: 0 } : wire) as Message as any,
        data,
      },
    });
  }

  /** A person edits a message they sent earlier. */
  edit(userId: number, chatId: number, messageId: number, text: string): Update {
    const message = this.chat(chatId).messages.find((m) => m.message_id === messageId && m.from?.id === userId);
    if (!message) throw new Error("no such message to edit");
    message.text = text;
    message.plain = text;
    const { plain: _p, fromBot: _b, ...wire } = message;
    return this.enqueue({ edited_message: { ...(wire as Message), edit_date: this.nowSeconds() } as any });
  }

  /** The bot's inline keyboard buttons on a message, as [text, data] pairs. */
  buttons(message: StoredMessage): Array<{ text: string; data?: string; url?: string }> {
    return (message.reply_markup?.inline_keyboard ?? []).flat().map((b: any) => ({
      text: b.text,
      data: b.callback_data,
      url: b.url,
    }));
  }

  /**
   * The reply keyboard a person has under the input field of a chat, as Telegram keeps it: the last one a bot message
   * set stays until a later message removes it (a one-time keyboard only folds away and is one tap from coming back),
   * so its buttons still send a location or a contact long after the step that offered them.
   */
  replyKeyboard(chatId: number): Array<{ text: string; request_location?: boolean; request_contact?: boolean }> | undefined {
    const setter = [...this.chat(chatId).messages].reverse().find((m) => m.fromBot && m.keyboard !== undefined);
    if (!setter?.keyboard || !("keyboard" in setter.keyboard)) return undefined;
    return setter.keyboard.keyboard.flat().map((b: unknown) => (typeof b === "string" ? { text: b } : (b as { text: string })));
  }

  // ---------------------------------------------------------------- the Bot API

  /** `fetch` for grammY's `client.fetch`: parses the request, answers like Telegram would. */
  fetch = async (input: any, init?: any): Promise<Response> => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const download = this.downloadFile(new URL(url).pathname);
    if (download) return download;
    const headers = new Headers(init?.headers);
    const body = await collectBody(init?.body);
    const path = new URL(url).pathname;
    const method = path.slice(path.lastIndexOf("/") + 1);
    if (this.dropRequest) {
      let sent: Record<string, any> = {};
      try {
        sent = parseParams(headers.get("content-type") ?? "", body);
      } catch {
        // Unreadable: the emulator answers it below.
      }
      if (this.dropRequest(method, sent)) throw new TypeError("fetch failed: connection reset before the request was sent");
    }
    const { status, body: answer, params } = await this.handleHttpWithParams(path, headers.get("content-type") ?? "", body);
    if (answer.ok && params && this.dropAnswer?.(method, params)) throw new TypeError("fetch failed: connection reset after the request was sent");
    if (answer.ok && params && this.holdAnswer?.(method, params)) return new Promise<Response>(() => undefined);
    return new Response(JSON.stringify(answer), { status, headers: { "content-type": "application/json" } });
  };

  /** The Bot API's file endpoint (GET /file/bot<token>/<file_path>); undefined when the path is not one. */
  downloadFile(path: string): Response | undefined {
    const m = path.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (!m) return undefined;
    if (m[1] !== this.token) return new Response(JSON.stringify(err(401, "Unauthorized")), { status: 401 });
    const fileId = this.filePaths.get(decodeURIComponent(m[2]!));
    const file = fileId === undefined ? undefined : this.fileOf(fileId);
    if (!file) return new Response(JSON.stringify(err(404, "Not Found")), { status: 404 });
    return new Response(new Uint8Array(file.bytes), { status: 200, headers: { "content-type": file.mime ?? "application/octet-stream" } });
  }

  private fileOf(fileId: string): StoredFile | undefined {
    const known = this.files.get(fileId);
    if (known) return known;
    for (const state of this.chats.values()) {
      for (const m of state.messages) {
        const ids = [m.voice?.file_id, m.audio?.file_id, m.document?.file_id, ...(m.photo ?? []).map((p) => p.file_id)];
        if (m.file && ids.includes(fileId)) return m.file;
      }
    }
    return undefined;
  }

  /** getFile: a file_path to download from, as Telegram gives one (files over 20 MB are refused). */
  protected api_getFile(params: Record<string, any>): ApiResult {
    const fileId = String(params.file_id ?? "");
    const file = this.fileOf(fileId);
    if (!file) return err(400, "Bad Request: invalid file_id");
    if (file.bytes.byteLength > 20 * 1024 * 1024) return err(400, "Bad Request: file is too big");
    let path = [...this.filePaths].find(([, id]) => id === fileId)?.[0];
    if (!path) {
      path = `files/file_${this.filePaths.size + 1}${file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")) : ""}`;
      this.filePaths.set(path, fileId);
    }
    return ok({ file_id: fileId, file_unique_id: fileId, file_size: file.bytes.byteLength, file_path: path });
  }

  /** Shared by `fetch` (tests) and the playground's HTTP server. */
  async handleHttp(path: string, contentType: string, body: Buffer): Promise<{ status: number; body: ApiResult }> {
    const { status, body: answer } = await this.handleHttpWithParams(path, contentType, body);
    return { status, body: answer };
  }

  private async handleHttpWithParams(path: string, contentType: string, body: Buffer) {
    const m = path.match(/\/bot([^/]+)\/([A-Za-z]+)$/);
    if (!m) return { status: 404, body: err(404, "Not Found") };
    if (m[1] !== this.token) return { status: 401, body: err(401, "Unauthorized") };
    let params: Record<string, any>;
    try {
      params = parseParams(contentType, body);
    } catch {
      return { status: 400, body: err(400, "Bad Request: can't parse request body") };
    }
    const result = await this.call(m[2]!, params);
    return { status: result.ok ? 200 : result.error_code, body: result, params };
  }

  /** Methods that post a message into a chat, which Telegram's flood limits count. */
  private static readonly POSTING = new Set([
    "sendMessage", "copyMessage", "forwardMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio",
    "sendVideo", "sendLocation", "sendVenue", "sendContact", "createForumTopic",
  ]);

  /** 429 when a post would break Telegram's limits; otherwise the post is counted. */
  private floodCheck(method: string, params: Record<string, any>): ApiError | undefined {
    if (!this.limits || !BotApiEmulator.POSTING.has(method)) return undefined;
    const chatId = Number(params.chat_id);
    const now = this.nowMs();
    const group = chatId < 0;
    const windowMs = group ? 60_000 : 1000;
    const max = group ? this.limits.groupPerMinute : this.limits.privatePerSecond;
    const recent = (this.sends.get(chatId) ?? []).filter((t) => now - t < windowMs);
    this.allSends = this.allSends.filter((t) => now - t < 1000);
    const reason = recent.length >= max ? (group ? "group" : "private") : this.allSends.length >= this.limits.overallPerSecond ? "overall" : undefined;
    if (reason) {
      const retry =
        reason === "group" ? (this.limits.groupRetryAfter ?? Math.max(1, Math.ceil((recent[0]! + windowMs - now) / 1000))) : 1;
      this.sends.set(chatId, recent);
      this.limited.push({ method, chatId, reason });
      return err(429, `Too Many Requests: retry after ${retry}`, { retry_after: retry });
    }
    recent.push(now);
    this.sends.set(chatId, recent);
    this.allSends.push(now);
    return undefined;
  }

  async call(method: string, params: Record<string, any>): Promise<ApiResult> {
    this.calls.push({ method, params });
    if (this.latency) await this.latency.wait(this.latency.ms(method, params));
    const injected = this.fault?.(method, params) ?? this.floodCheck(method, params);
    if (injected) return injected;
    const handler = (this as any)[`api_${method}`] as ((p: Record<string, any>) => ApiResult | Promise<ApiResult>) | undefined;
    if (!handler) return err(404, "Not Found: method not found");
    try {
      return await handler.call(this, params);
    } catch (e) {
      return err(400, `Bad Request: ${(e as Error).message}`);
    }
  }

  private target(params: Record<string, any>): ChatState | ApiError {
    const id = Number(params.chat_id);
    const state = this.chats.get(id);
    if (!state) return err(400, "Bad Request: chat not found");
    if (state.blocked) return err(403, "Forbidden: bot was blocked by the user");
    if (state.chat.type !== "private" && !["administrator", "member"].includes(state.members.get(this.me.id) ?? "")) {
      return err(403, "Forbidden: bot is not a member of the supergroup chat");
    }
    return state;
  }

  private checkMarkup(params: Record<string, any>): ApiError | undefined {
    const markup = params.reply_markup;
    if (!markup?.inline_keyboard) return undefined;
    for (const b of markup.inline_keyboard.flat()) {
      if (b.callback_data !== undefined && Buffer.byteLength(b.callback_data) > 64) {
        return err(400, "Bad Request: BUTTON_DATA_INVALID");
      }
      if (!b.text) return err(400, "Bad Request: text buttons are unallowed in the inline keyboard");
    }
    return undefined;
  }

  private render(text: string, parseMode: string | undefined): { plain: string } | ApiError {
    if (parseMode === "HTML") {
      const problem = validateHtml(text);
      if (problem) return err(400, `Bad Request: can't parse entities: ${problem}`);
      return { plain: htmlToPlain(text) };
    }
    if (parseMode) return err(400, "Bad Request: unsupported parse_mode in the emulator");
    return { plain: text };
  }

  private store(state: ChatState, params: Record<string, any>, content: Partial<StoredMessage>): StoredMessage {
    const threadId = params.message_thread_id !== undefined ? Number(params.message_thread_id) : undefined;
    const message = {
      message_id: this.newMessageId(state.chat.id),
      date: this.nowSeconds(),
      chat: state.chat,
      from: this.me,
      fromBot: true,
      ...(threadId !== undefined ? { message_thread_id: threadId, is_topic_message: true } : {}),
      ...content,
    } as StoredMessage;
    const markup = params.reply_markup;
    if (markup?.inline_keyboard) message.reply_markup = markup;
    else if (markup?.keyboard || markup?.remove_keyboard) message.keyboard = markup;
    if (params.reply_parameters?.message_id ?? params.reply_to_message_id) {
      const id = Number(params.reply_parameters?.message_id ?? params.reply_to_message_id);
      const original = state.messages.find((m) => m.message_id === id);
      if (original) {
        message.reply_to_message = { message_id: id, chat: state.chat, date: original.date } as any;
        const thread = replyThread(state, original);
        if (thread !== undefined && message.message_thread_id === undefined) message.message_thread_id = thread;
      }
    }
    state.messages.push(message);
    this.emit({ type: "message", chatId: state.chat.id, message });
    return message;
  }

  private wire(message: StoredMessage): Message {
    return asTelegramSends(message);
  }

  protected api_getMe(): ApiResult {
    return ok(this.me);
  }

  protected async api_getUpdates(params: Record<string, any>): Promise<ApiResult> {
    const offset = Number(params.offset ?? 0);
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    const limit = Number(params.limit ?? 100);
    if (this.queue.length === 0 && Number(params.timeout ?? 0) > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(Number(params.timeout), 50) * 1000);
        this.pollers.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return ok(this.queue.slice(0, limit));
  }

  /** Ends pending long polls at once (used when the bot is stopping). */
  wakePollers() {
    for (const p of this.pollers.splice(0)) p();
  }

  protected api_deleteWebhook(): ApiResult {
    this.webhook = undefined;
    return ok(true);
  }

  protected api_setWebhook(params: Record<string, any>): ApiResult {
    this.webhook = { url: params.url, secret: params.secret_token };
    return ok(true);
  }

  protected api_setMyCommands(params: Record<string, any>): ApiResult {
    const key = params.scope?.type === "chat" ? `chat:${params.scope.chat_id}` : (params.language_code ?? "");
    this.commands.set(key, params.commands);
    return ok(true);
  }

  protected api_deleteMyCommands(params: Record<string, any>): ApiResult {
    const key = params.scope?.type === "chat" ? `chat:${params.scope.chat_id}` : (params.language_code ?? "");
    this.commands.delete(key);
    return ok(true);
  }

  protected api_setMyDescription(params: Record<string, any>): ApiResult {
    this.descriptions.set(`description:${params.language_code ?? ""}`, params.description);
    return ok(true);
  }

  protected api_setMyShortDescription(params: Record<string, any>): ApiResult {
    this.descriptions.set(`short:${params.language_code ?? ""}`, params.short_description);
    return ok(true);
  }

  protected api_getChat(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    if (!state) return err(400, "Bad Request: chat not found");
    return ok(state.chat);
  }

  protected api_getChatMember(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    if (!state) return err(400, "Bad Request: chat not found");
    const userId = Number(params.user_id);
    const user = this.users.get(userId) ?? (userId === this.me.id ? this.me : undefined);
    if (!user) return err(400, "Bad Request: user not found");
    return ok({ status: state.members.get(userId) ?? "left", user });
  }

  protected api_sendChatAction(): ApiResult {
    return ok(true);
  }

  protected api_leaveChat(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    if (!state) return err(400, "Bad Request: chat not found");
    if (!this.botIsMember(state.chat.id)) return err(403, "Forbidden: bot is not a member of the group chat");
    state.members.set(this.me.id, "left");
    return ok(true);
  }

  protected api_sendMessage(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const text = String(params.text ?? "");
    const rendered = this.render(text, params.parse_mode);
    if ("ok" in rendered) return rendered;
    if (!rendered.plain.trim()) return err(400, "Bad Request: message text is empty");
    if (rendered.plain.length > TEXT_LIMIT) return err(400, "Bad Request: message is too long");
    const bad = this.checkMarkup(params);
    if (bad) return bad;
    const topicProblem = this.checkThread(state, params);
    if (topicProblem) return topicProblem;
    return ok(this.wire(this.store(state, params, { text, plain: rendered.plain })));
  }

  private checkThread(state: ChatState, params: Record<string, any>): ApiError | undefined {
    // As Telegram: a reply to a message that is not there is refused, unless the sender allowed sending without it.
    const replyTo = params.reply_parameters?.message_id ?? params.reply_to_message_id;
    const allowed = params.reply_parameters?.allow_sending_without_reply === true || params.allow_sending_without_reply === true;
    if (replyTo !== undefined && !allowed && !state.messages.some((m) => m.message_id === Number(replyTo) && !m.deleted)) {
      return err(400, "Bad Request: message to be replied not found");
    }
    if (params.message_thread_id === undefined) return undefined;
    const id = Number(params.message_thread_id);
    if (!(state.chat as any).is_forum || !state.topics.has(id)) return err(400, "Bad Request: message thread not found");
    return undefined;
  }

  private sendMedia(kind: "photo" | "document" | "voice", params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const caption = params.caption !== undefined ? String(params.caption) : undefined;
    let plain = caption;
    if (caption !== undefined) {
      const rendered = this.render(caption, params.parse_mode);
      if ("ok" in rendered) return rendered;
      if (rendered.plain.length > CAPTION_LIMIT) return err(400, "Bad Request: message caption is too long");
      plain = rendered.plain;
    }
    const topicProblem = this.checkThread(state, params);
    if (topicProblem) return topicProblem;
    const input = params[kind];
    const file: StoredFile | undefined = input instanceof StoredUpload ? input.file : undefined;
    const fileId = typeof input === "string" ? input : `emulated-${kind}-${this.calls.length}`;
    // Telegram shows an upload as a voice note only if it is OGG/Opus (other audio arrives as a plain file), and
    // reads its length from the parameter, else from the file.
    if (kind === "voice" && file && !isOggFile(file.bytes)) kind = "document";
    const duration = params.duration !== undefined ? Number(params.duration) : file ? Math.round(oggSeconds(file.bytes)) : 0;
    const media =
      kind === "photo"
        ? { photo: [{ file_id: fileId, file_unique_id: fileId, width: 800, height: 600 }] }
        : kind === "voice"
          ? { voice: { file_id: fileId, file_unique_id: fileId, duration, mime_type: "audio/ogg" } }
          : { document: { file_id: fileId, file_unique_id: fileId, file_name: file?.name } };
    return ok(
      this.wire(
        this.store(state, params, { ...(media as any), ...(caption ? { caption } : {}), plain, ...(file ? { file } : {}) }),
      ),
    );
  }

  protected api_sendPhoto(params: Record<string, any>) {
    return this.sendMedia("photo", params);
  }
  protected api_sendDocument(params: Record<string, any>) {
    return this.sendMedia("document", params);
  }
  protected api_sendVoice(params: Record<string, any>) {
    return this.sendMedia("voice", params);
  }

  protected api_sendLocation(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const location = { latitude: Number(params.latitude), longitude: Number(params.longitude) };
    return ok(this.wire(this.store(state, params, { location, plain: `📍 ${location.latitude}, ${location.longitude}` })));
  }

  protected api_sendVenue(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const location = { latitude: Number(params.latitude), longitude: Number(params.longitude) };
    const venue = { location, title: String(params.title), address: String(params.address) };
    return ok(this.wire(this.store(state, params, { venue, location, plain: `📍 ${venue.title}\n${venue.address}` })));
  }

  protected api_copyMessage(params: Record<string, any>): ApiResult {
    const from = this.chats.get(Number(params.from_chat_id));
    const original = from?.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!original) return err(400, "Bad Request: message to copy not found");
    const state = this.target(params);
    if ("ok" in state) return state;
    const topicProblem = this.checkThread(state, params);
    if (topicProblem) return topicProblem;
    const {
      message_id: _id,
      date: _date,
      chat: _chat,
      from: _from,
      reply_to_message: _r,
      message_thread_id: _t,
      reply_markup: _m,
      keyboard: _k,
      entities: _e,
      ...content
    } = original as any;
    let plain = content.plain;
    if (params.caption !== undefined) {
      const rendered = this.render(String(params.caption), params.parse_mode);
      if ("ok" in rendered) return rendered;
      if (rendered.plain.length > CAPTION_LIMIT) return err(400, "Bad Request: message caption is too long");
      content.caption = params.caption;
      plain = rendered.plain;
    }
    const copy = this.store(state, params, { ...content, plain, fromBot: true, copiedFrom: original.message_id } as any);
    return ok({ message_id: copy.message_id });
  }

  protected api_editMessageText(params: Record<string, any>): ApiResult {
    return this.editBody(params, "text", (plain) => {
      if (!plain.trim()) return err(400, "Bad Request: message text is empty");
      return plain.length > TEXT_LIMIT ? err(400, "Bad Request: MESSAGE_TOO_LONG") : undefined;
    });
  }

  protected api_editMessageCaption(params: Record<string, any>): ApiResult {
    return this.editBody(
      params,
      "caption",
      (plain) => (plain.length > CAPTION_LIMIT ? err(400, "Bad Request: message caption is too long") : undefined),
      (message) =>
        message.text !== undefined || (message.caption === undefined && !(message as any).photo && !(message as any).voice && !(message as any).document)
          ? err(400, "Bad Request: there is no caption in the message to edit")
          : undefined,
    );
  }

  /**
   * An edit of a bot message's text or caption, refused as Telegram refuses it: not found, not the bot's, the
   * wrong kind of message, malformed or too long, or nothing changed. As every edit: without a keyboard in the
   * call, the message has none afterwards.
   */
  private editBody(
    params: Record<string, any>,
    field: "text" | "caption",
    invalid: (plain: string) => ApiResult | undefined,
    wrongKind?: (message: StoredMessage) => ApiResult | undefined,
  ): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    const message = state?.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!state || !message) return err(400, "Bad Request: message to edit not found");
    if (!message.fromBot) return err(400, "Bad Request: message can't be edited");
    const refused = wrongKind?.(message);
    if (refused) return refused;
    const body = String(params[field] ?? "");
    const rendered = this.render(body, params.parse_mode);
    if ("ok" in rendered) return rendered;
    const tooLong = invalid(rendered.plain);
    if (tooLong) return tooLong;
    const bad = this.checkMarkup(params);
    if (bad) return bad;
    const sameMarkup = JSON.stringify(message.reply_markup ?? null) === JSON.stringify(params.reply_markup ?? null);
    if (message[field] === body && sameMarkup) {
      return err(400, "Bad Request: message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
    }
    message[field] = body;
    message.plain = rendered.plain;
    if (params.reply_markup?.inline_keyboard) message.reply_markup = params.reply_markup;
    else delete message.reply_markup;
    message.edit_date = this.nowSeconds();
    this.emit({ type: "edit", chatId: state.chat.id, message });
    return ok(this.wire(message));
  }

  protected api_editMessageReplyMarkup(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    const message = state?.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!state || !message) return err(400, "Bad Request: message to edit not found");
    const bad = this.checkMarkup(params);
    if (bad) return bad;
    if (JSON.stringify(message.reply_markup ?? null) === JSON.stringify(params.reply_markup ?? null)) {
      return err(400, "Bad Request: message is not modified");
    }
    if (params.reply_markup?.inline_keyboard) message.reply_markup = params.reply_markup;
    else delete message.reply_markup;
    this.emit({ type: "edit", chatId: state.chat.id, message });
    return ok(this.wire(message));
  }

  protected api_deleteMessage(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    const message = state?.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!state || !message) return err(400, "Bad Request: message to delete not found");
    message.deleted = true;
    this.emit({ type: "delete", chatId: state.chat.id, messageId: message.message_id });
    return ok(true);
  }

  /** When each button was pressed: Telegram refuses an answer that comes too late. */
  private pressedAt = new Map<string, number>();

  protected api_answerCallbackQuery(params: Record<string, any>): ApiResult {
    const pressed = this.pressedAt.get(String(params.callback_query_id));
    if (pressed !== undefined && this.nowMs() - pressed > CALLBACK_ANSWER_WINDOW_MS) {
      return err(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
    }
    this.emit({
      type: "callback-answer",
      chatId: undefined,
      userId: 0,
      text: params.text,
      alert: Boolean(params.show_alert),
    });
    return ok(true);
  }

  /** Pinned messages per chat (and topic), as the operator group shows them. */
  readonly pinned = new Map<number, Set<number>>();

  /** Telegram's reactions a bot may set: only these emoji (a tick or a cross is refused), at most one for a bot. */
  static readonly REACTIONS = new Set(["👍", "👎", "❤", "🔥", "🥰", "👏", "😁", "🤔", "🤯", "😱", "🤬", "😢", "🎉", "🤩", "🤮", "💩", "🙏", "👌", "🕊", "🤡", "🥱", "🥴", "😍", "🐳", "❤‍🔥", "🌚", "🌭", "💯", "🤣", "⚡", "🍌", "🏆", "💔", "🤨", "😐", "🍓", "🍾", "💋", "🖕", "😈", "😴", "😭", "🤓", "👻", "👨‍💻", "👀", "🎃", "🙈", "😇", "😨", "🤝", "✍", "🤗", "🫡", "🎅", "🎄", "☃", "💅", "🤪", "🗿", "🆒", "💘", "🙉", "🦄", "😘", "💊", "🙊", "😎", "👾", "🤷‍♂", "🤷", "🤷‍♀", "😡"]);

  protected api_setMessageReaction(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const message = state.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!message) return err(400, "Bad Request: message to react not found");
    const reaction = (typeof params.reaction === "string" ? JSON.parse(params.reaction) : (params.reaction ?? [])) as Array<{ type: string; emoji?: string }>;
    if (reaction.length > 1) return err(400, "Bad Request: REACTIONS_TOO_MANY");
    if (reaction.some((r) => r.type !== "emoji" || !BotApiEmulator.REACTIONS.has(r.emoji ?? ""))) return err(400, "Bad Request: REACTION_INVALID");
    message.reaction = reaction.map((r) => r.emoji!);
    return ok(true);
  }

  protected api_pinChatMessage(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    const message = state.messages.find((m) => m.message_id === Number(params.message_id) && !m.deleted);
    if (!message) return err(400, "Bad Request: message to pin not found");
    const set = this.pinned.get(state.chat.id) ?? new Set<number>();
    set.add(message.message_id);
    this.pinned.set(state.chat.id, set);
    return ok(true);
  }

  protected api_createForumTopic(params: Record<string, any>): ApiResult {
    const state = this.target(params);
    if ("ok" in state) return state;
    if (!(state.chat as any).is_forum) return err(400, "Bad Request: the chat is not a forum");
    const name = String(params.name ?? "");
    if (!name || name.length > 128) return err(400, "Bad Request: TOPIC_TITLE_INVALID");
    // As in Telegram, a topic's id is the id of the message that created it: ids are one sequence.
    const threadId = this.newMessageId(state.chat.id);
    state.topics.set(threadId, { name, closed: false });
    this.emit({ type: "topic", chatId: state.chat.id, threadId, name });
    return ok({ message_thread_id: threadId, name, icon_color: 7322096 });
  }

  protected api_editForumTopic(params: Record<string, any>): ApiResult {
    const topic = this.chats.get(Number(params.chat_id))?.topics.get(Number(params.message_thread_id));
    if (!topic) return err(400, "Bad Request: TOPIC_ID_INVALID");
    // As MTProto's channels.editForumTopic: renaming a topic to the name it has changes nothing and says so.
    if (params.name !== undefined && String(params.name) === topic.name && params.icon_custom_emoji_id === undefined) {
      return err(400, "Bad Request: TOPIC_NOT_MODIFIED");
    }
    if (params.name) topic.name = String(params.name);
    this.emit({ type: "topic", chatId: Number(params.chat_id), threadId: Number(params.message_thread_id), name: topic.name });
    return ok(true);
  }

  /** As in Telegram: the topic goes with every message in it. */
  protected api_deleteForumTopic(params: Record<string, any>): ApiResult {
    const state = this.chats.get(Number(params.chat_id));
    const threadId = Number(params.message_thread_id);
    if (!state?.topics.has(threadId)) return err(400, "Bad Request: TOPIC_ID_INVALID");
    state.topics.delete(threadId);
    for (const m of state.messages) {
      if (m.message_thread_id === threadId && !m.deleted) {
        m.deleted = true;
        this.emit({ type: "delete", chatId: state.chat.id, messageId: m.message_id });
      }
    }
    this.emit({ type: "topic-deleted", chatId: state.chat.id, threadId });
    return ok(true);
  }

  protected api_closeForumTopic(params: Record<string, any>): ApiResult {
    const topic = this.chats.get(Number(params.chat_id))?.topics.get(Number(params.message_thread_id));
    if (!topic) return err(400, "Bad Request: TOPIC_ID_INVALID");
    topic.closed = true;
    return ok(true);
  }

  protected api_reopenForumTopic(params: Record<string, any>): ApiResult {
    const topic = this.chats.get(Number(params.chat_id))?.topics.get(Number(params.message_thread_id));
    if (!topic) return err(400, "Bad Request: TOPIC_ID_INVALID");
    topic.closed = false;
    return ok(true);
  }
}

/**
 * As Telegram: in a supergroup without topics a reply belongs to the reply thread of the message it answers, and
 * says so in `message_thread_id` (the thread's first message) without `is_topic_message` — a bot that takes that id
 * for a topic and sends into it is refused ("message thread not found"). Undefined elsewhere.
 */
function replyThread(state: ChatState, original: StoredMessage): number | undefined {
  const chat = state.chat as { type: string; is_forum?: boolean };
  if (chat.type !== "supergroup" || chat.is_forum) return undefined;
  return original.message_thread_id ?? original.message_id;
}

/** A file the bot uploaded through multipart/form-data. */
/** An OGG file: Telegram plays one as a voice note (MP3, WAV and the rest arrive as plain files). */
function isOggFile(bytes: Uint8Array): boolean {
  return new TextDecoder("latin1").decode(bytes.subarray(0, 4)) === "OggS";
}

/** An OGG file whose first stream is Opus. */
function isOggOpusFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return head.startsWith("OggS") && head.includes("OpusHead");
}

/** An Ogg/Opus file's length: its last page's granule position, less the pre-skip, at 48 kHz. */
function oggSeconds(bytes: Uint8Array): number {
  if (!isOggOpusFile(bytes)) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const preSkip = view.getUint16(28 + 10, true);
  let last = 0n;
  for (let offset = 0; offset + 27 <= bytes.length; ) {
    if (view.getUint32(offset, false) !== 0x4f676753) break;
    last = view.getBigInt64(offset + 6, true);
    const segments = bytes[offset + 26] ?? 0;
    let body = 0;
    for (let i = 0; i < segments; i++) body += bytes[offset + 27 + i] ?? 0;
    offset += 27 + segments + body;
  }
  return Math.max(0, Number(last) - preSkip) / 48_000;
}

export class StoredUpload {
  constructor(readonly file: StoredFile) {}
}

async function collectBody(body: unknown): Promise<Buffer> {
  if (body == null) return Buffer.alloc(0);
  if (typeof body === "string") return Buffer.from(body);
  if (body instanceof Uint8Array) return Buffer.from(body);
  if (typeof (body as any)[Symbol.asyncIterator] === "function") {
    const chunks: Buffer[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(Buffer.from(chunk));
    return Buffer.concat(chunks);
  }
  if (typeof (body as any).getReader === "function") {
    return Buffer.from(await new Response(body as ReadableStream).arrayBuffer());
  }
  return Buffer.from(String(body));
}

function parseParams(contentType: string, body: Buffer): Record<string, any> {
  const boundary = contentType.match(/boundary=(.+)$/)?.[1];
  if (!boundary) return body.length ? JSON.parse(body.toString("utf8")) : {};
  const fields = new Map<string, string>();
  const files = new Map<string, StoredFile>();
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos !== -1) {
    const start = pos + delimiter.length;
    const next = body.indexOf(delimiter, start);
    if (next === -1) break;
    // each part: CRLF headers CRLF CRLF content CRLF
    const part = body.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = headers.match(/name="([^"]+)"/i)?.[1];
    const filename = headers.match(/filename="?([^";\r\n]+)"?/i)?.[1];
    if (name) {
      if (filename !== undefined) files.set(name, { name: filename, bytes: new Uint8Array(content) });
      else fields.set(name, content.toString("utf8"));
    }
    pos = next;
  }
  const params: Record<string, any> = {};
  for (const [key, value] of fields) {
    const attach = value.match(/^attach:\/\/(.+)$/);
    if (attach && files.has(attach[1]!)) {
      params[key] = new StoredUpload(files.get(attach[1]!)!);
      continue;
    }
    try {
      const parsed = JSON.parse(value);
      params[key] = typeof parsed === "object" || /^-?\d+(\.\d+)?$|^(true|false)$/.test(value) ? parsed : value;
    } catch {
      params[key] = value;
    }
  }
  return params;
}

/**
 * A stored message as Telegram sends it back (in a press, a reply, a send's result): a bot's text or caption sent with
 * parse_mode comes back as the plain text a person reads (Telegram returns entities, never the HTML that was sent).
 */
function asTelegramSends(message: StoredMessage): Message {
  const { plain, keyboard: _k, file: _f, deleted: _d, fromBot, ...rest } = message;
  const wire = rest as Record<string, unknown>;
  if (fromBot && plain !== undefined) {
    if (wire.text !== undefined) wire.text = plain;
    else if (wire.caption !== undefined) wire.caption = plain;
  }
  return wire as unknown as Message;
}
