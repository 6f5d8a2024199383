import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Update } from "grammy/types";
import { ManualClock } from "#src/clock.js";
import { type Config, loadConfig } from "#src/settings.js";
import { type Db, openDatabase } from "#src/db/client.js";
import { type App, createApp } from "#src/app.js";
import { stripIsolation } from "#src/text/format.js";
import { createBot } from "#src/bot/create-bot.js";
import { replayDeferredUpdates } from "#src/scheduler/jobs.js";
import { createLogger } from "#src/logger.js";
import { BotApiEmulator, type StoredMessage } from "#src/playground/emulator.js";
import { CloudApiEmulator } from "#src/playground/whatsapp/cloud-api.js";
import { t } from "./texts.js";
import { WHATSAPP_TEST_SETTINGS, whatsappEnv } from "./whatsapp-settings.js";

export const OPERATOR_CHAT_ID = -1001234567890;
/** Azimut's group (health and care at home) and the coordinators', in the desks built with `TWO_TEAMS`. */
export const SALUTE_CHAT_ID = -1001000000002;
export const COORDINATORS_CHAT_ID = -1001000000009;

/**
 * A network as data/desk.json writes it: the desk's own team (Coompany&, in OPERATOR_CHAT_ID) and Azimut's team
 * for health and care at home, in its own group, with a coordinators' group; one desk, the Cristo one.
 */
export const TWO_TEAMS = {
  teams: [
    {
      id: "sportello",
      name: "Sportello (Coompany&)",
      categories: ["housing", "rent", "social", "school", "neighbours", "other"],
      quickReplies: ["qr-call-back", "qr-bring-documents", "qr-more-info", "qr-home-visit", "qr-social-services", "qr-hours", "qr-solved"],
    },
    {
      id: "salute",
      name: "Salute e assistenza (Azimut)",
      chatId: SALUTE_CHAT_ID,
      categories: ["health", "homecare"],
      activities: ["caregiver"],
      quickReplies: ["qr-call-back", "qr-nurse", "qr-caregiver", "qr-family-doctor", "qr-health-documents", "qr-urgent", "qr-solved"],
    },
  ],
  coordinatorsChatId: COORDINATORS_CHAT_ID,
};

let nextUserId = 500_000;

/** A label as a person reads it: bidi isolation marks (which keep Latin words in order in Arabic) are invisible. */
export const unmarked = stripIsolation;

export interface DeskOptions {
  forum?: boolean;
  /** Teams and desks (what data/desk.json holds): each team's group is created with its own staff. */
  network?: Record<string, unknown>;
  env?: Record<string, string>;
  clock?: ManualClock;
  /** Where log lines go (at LOG_LEVEL); silent otherwise. */
  log?: { write(line: string): void };
  /** WhatsApp residents too, over the Cloud API emulator (tests/harness/whatsapp.ts). */
  whatsapp?: boolean;
}

/**
 * A whole desk for one test: a temporary database, the real bot with every plugin, and the
 * Bot API emulator it talks to through `fetch`. Residents and staff are actors that write,
 * press buttons and read what the bot answered.
 */
export class TestDesk {
  readonly em: BotApiEmulator;
  /** The WhatsApp Cloud API and the phones on it, when the desk has the channel. */
  readonly wa: CloudApiEmulator | undefined;
  readonly clock: ManualClock;
  readonly config: Config;
  readonly dir: string;
  db!: Db;
  app!: App;
  readonly giulia: Staff;
  readonly marco: Staff;
  /** Azimut's nurse coordinator and a carer: staff of the health team's group (with `network`). */
  readonly luca: Staff;
  readonly elena: Staff;
  /** A coordinator of the network: member of the coordinators' group only (with `network`). */
  readonly paola: Staff;

  private readonly log: DeskOptions["log"];

  constructor(options: DeskOptions = {}) {
    this.log = options.log;
    this.clock = options.clock ?? new ManualClock("2026-11-25T09:00:00Z");
    this.em = new BotApiEmulator(undefined, () => this.clock.now());
    this.wa = options.whatsapp ? new CloudApiEmulator({ now: () => this.clock.now(), ...WHATSAPP_TEST_SETTINGS }) : undefined;
    this.dir = mkdtempSync(join(tmpdir(), "noi-desk-test-"));
    const deskFile = join(this.dir, "desk.json");
    if (options.network) writeFileSync(deskFile, JSON.stringify(options.network));
    this.config = loadConfig({
      ...(options.network ? { DESK_FILE: deskFile } : {}),
      BOT_TOKEN: this.em.token,
      OPERATOR_CHAT_ID: String(OPERATOR_CHAT_ID),
      DATABASE_PATH: join(this.dir, "desk.sqlite"),
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? "silent",
      // Telegram's 20 a minute per group is tested where it matters (durable delivery); elsewhere
      // posts into the group go out as soon as the update that caused them is handled.
      GROUP_POSTS_PER_MINUTE: "600",
      ...(options.whatsapp ? whatsappEnv() : {}),
      ...options.env,
    });
    this.giulia = new Staff(this, this.em.addUser({ id: 900_001, first_name: "Giulia", language_code: "it" }));
    this.marco = new Staff(this, this.em.addUser({ id: 900_002, first_name: "Marco", language_code: "it" }));
    this.em.addGroup({
      id: OPERATOR_CHAT_ID,
      title: "Sportello N.O.I. – operatori",
      isForum: options.forum ?? true,
      admins: [this.giulia.user],
      members: [this.marco.user],
    });
    this.luca = new Staff(this, this.em.addUser({ id: 900_011, first_name: "Luca", language_code: "it" }), SALUTE_CHAT_ID);
    this.elena = new Staff(this, this.em.addUser({ id: 900_012, first_name: "Elena", language_code: "it" }), SALUTE_CHAT_ID);
    this.paola = new Staff(this, this.em.addUser({ id: 900_021, first_name: "Paola", language_code: "it" }), COORDINATORS_CHAT_ID);
    // Every other team's group, and the coordinators', with their own staff.
    for (const team of this.config.network.teams.slice(1)) {
      this.em.addGroup({
        id: team.chatId!,
        title: `${team.name} – operatori`,
        isForum: options.forum ?? true,
        ...(team.chatId === SALUTE_CHAT_ID ? { admins: [this.luca.user], members: [this.elena.user] } : {}),
      });
    }
    if (this.config.network.coordinatorsChatId) {
      this.em.addGroup({ id: this.config.network.coordinatorsChatId, title: "Coordinamento N.O.I.", isForum: false, admins: [this.paola.user] });
    }
    this.boot();
  }

  private boot() {
    // Tests never cut the power: the fsync that FULL adds to each commit would only slow them.
    this.db = openDatabase(this.config.databasePath, { synchronous: "NORMAL" });
    this.app = this.build(this.db);
    if (this.wa) {
      // Meta's webhooks reach the desk's receiver; the test waits for their handling and the outbox, as for Telegram's.
      this.wa.webhook = async (raw, headers) => {
        const answer = await this.app.whatsapp!.receiver.receive("POST", this.config.whatsapp!.webhookPath, headers, raw);
        await answer.handled;
        await this.app.dispatcher.run();
        return answer.status;
      };
    }
  }

  /** Another bot process on the same database file (its own connection). */
  secondInstance() {
    return this.build(openDatabase(this.config.databasePath, { synchronous: "NORMAL" }));
  }

  private build(db: Db): App {
    const desk = createApp({
      config: this.config,
      db,
      clock: this.clock,
      logger: this.log ? createLogger(this.config.logLevel, this.config.botToken, this.log as never) : createLogger("silent"),
      token: this.em.token,
      operatorChatId: OPERATOR_CHAT_ID,
      client: { fetch: this.em.fetch as never, apiRoot: "http://emulator.invalid" },
      botInfo: this.em.me as never,
      ...(this.wa ? { whatsappFetch: this.wa.fetch as never } : {}),
    });
    return { ...desk, bot: createBot(desk) };
  }

  get deps() {
    return this.app.deps;
  }

  /** The desk's queries, for a test to look at (or set up) what the bot stored; handlers never see them. */
  get repos() {
    return this.app.repos;
  }

  /** Simulates a crash and a restart: a new bot instance on a freshly opened database file. */
  restart() {
    this.db.$client.close();
    this.boot();
  }

  /** Handles an update, then lets the outbox post what it queued for the group, as the desk's scheduler would. */
  async handle(update: Update) {
    await this.app.bot.handleUpdate(update);
    await this.app.dispatcher.run();
  }

  /**
   * Runs the outbox as the scheduler would, moving the clock through the short waits the rate
   * limits impose (a second per chat), but not to messages due later (reminders).
   */
  async dispatch(maxWaitMs = 5_000) {
    for (let i = 0; i < 1000; i++) {
      // Updates deferred because Telegram was down run again, as the scheduler's job does.
      await replayDeferredUpdates(this.app, createLogger("silent"));
      await this.app.dispatcher.run();
      const now = this.clock.now().getTime();
      // Rows already due but waiting their turn (an older post of the same request) are not a reason to stop.
      const next = this.repos.outbox
        .all()
        .filter((r) => r.status === "pending" && r.dueAt.getTime() > now)
        .map((r) => r.dueAt.getTime())
        .concat(this.repos.inbox.nextRetry()?.getTime() ?? [])
        .filter((t) => t > now)
        .sort((a, b) => a - b)[0];
      if (next === undefined || next > now + maxWaitMs) return;
      this.clock.set(new Date(next));
    }
  }

  /** Every text cell of every table, to prove a person is gone. */
  everyText(): string {
    const tables = this.db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => JSON.stringify(this.db.$client.prepare(`SELECT * FROM "${name}"`).all())).join("\n");
  }

  resident(firstName: string, languageCode?: string): Resident {
    const user = this.em.addUser({ id: nextUserId++, first_name: firstName, ...(languageCode ? { language_code: languageCode } : {}) });
    return new Resident(this, user);
  }

  /** A person outside the operator group who tries staff commands. */
  stranger(firstName: string): Staff {
    return new Staff(this, this.em.addUser({ id: nextUserId++, first_name: firstName }));
  }

  /** Messages the bot posted in the operator group (optionally one topic). */
  group(threadId?: number): StoredMessage[] {
    return this.groupOf(OPERATOR_CHAT_ID, threadId);
  }

  groupTexts(threadId?: number): string[] {
    return this.groupTextsOf(OPERATOR_CHAT_ID, threadId);
  }

  /** Messages in one team's group (optionally one topic). */
  groupOf(chatId: number, threadId?: number): StoredMessage[] {
    return this.em.messages(chatId).filter((m) => threadId === undefined || m.message_thread_id === threadId);
  }

  groupTextsOf(chatId: number, threadId?: number): string[] {
    return this.groupOf(chatId, threadId)
      .filter((m) => m.fromBot)
      .map((m) => m.plain ?? "");
  }

  /** U+FFFD in anything a person was shown means text was mangled on its way (see the resident-experience issue). */
  private assertNoReplacementCharacter() {
    for (const [chatId, state] of this.em.chats) {
      for (const m of state.messages) {
        const shown = [m.plain, m.text, m.caption, ...(m.reply_markup?.inline_keyboard ?? []).flat().map((b) => b.text)];
        if (shown.some((x) => typeof x === "string" && x.includes("\uFFFD"))) {
          throw new Error(`U+FFFD reached a person in chat ${chatId}: ${JSON.stringify(m.plain ?? m.text)}`);
        }
      }
    }
  }

  close() {
    const mangled = (() => {
      try {
        this.assertNoReplacementCharacter();
        return undefined;
      } catch (error) {
        return error;
      }
    })();
    try {
      this.db.$client.close();
    } catch {
      // already closed
    }
    rmSync(this.dir, { recursive: true, force: true });
    if (mangled) throw mangled;
  }
}

abstract class Actor {
  constructor(
    readonly desk: TestDesk,
    readonly user: import("grammy/types").User,
  ) {}

  abstract get chatId(): number;

  protected async act(update: Update): Promise<StoredMessage[]> {
    const before = this.desk.em.messages(this.chatId).length;
    await this.desk.handle(update);
    return this.desk.em
      .messages(this.chatId)
      .slice(before)
      .filter((m) => m.fromBot);
  }

  /** Bot messages in this actor's chat, oldest first. */
  get inbox(): StoredMessage[] {
    return this.desk.em.messages(this.chatId).filter((m) => m.fromBot);
  }

  get texts(): string[] {
    return this.inbox.map((m) => m.plain ?? "");
  }

  get last(): StoredMessage & { plain: string } {
    const m = this.inbox.at(-1);
    if (!m) throw new Error(`${this.user.first_name} has received nothing`);
    m.plain ??= "";
    return m as StoredMessage & { plain: string };
  }

  /** Labels of the buttons under the latest bot message that has any. */
  buttons(): string[] {
    const m = [...this.inbox].reverse().find((x) => x.reply_markup?.inline_keyboard?.length);
    return m ? this.desk.em.buttons(m).map((b) => b.text) : [];
  }

  /** Presses the newest button whose label contains `label` (or whose data equals it). */
  async presses(label: string | RegExp, options: { in?: StoredMessage } = {}): Promise<StoredMessage[]> {
    const candidates = options.in ? [options.in] : [...this.inbox].reverse();
    for (const m of candidates) {
      const button = this.desk.em
        .buttons(m)
        .find((b) => (typeof label === "string" ? unmarked(b.text).includes(unmarked(label)) || b.data === label : label.test(unmarked(b.text))));
      if (button?.data) return this.act(this.desk.em.press(this.user.id, this.chatId, m.message_id, button.data));
    }
    throw new Error(
      `${this.user.first_name} sees no button "${label}"; latest buttons: ${JSON.stringify(this.buttons())}`,
    );
  }

  /** The update a press would send, for tests that deliver it twice or concurrently. */
  pressUpdate(label: string): Update {
    for (const m of [...this.inbox].reverse()) {
      const button = this.desk.em.buttons(m).find((b) => unmarked(b.text).includes(unmarked(label)) || b.data === label);
      if (button?.data) return this.desk.em.press(this.user.id, this.chatId, m.message_id, button.data);
    }
    throw new Error(`no button ${label}`);
  }
}

export class Resident extends Actor {
  get chatId() {
    return this.user.id;
  }

  says(text: string): Promise<StoredMessage[]> {
    return this.act(this.desk.em.send(this.user.id, this.chatId, { text }));
  }

  sends(content: Record<string, unknown>): Promise<StoredMessage[]> {
    return this.act(this.desk.em.send(this.user.id, this.chatId, content as never));
  }

  sharesContact(phone: string) {
    return this.sends({ contact: { phone_number: phone, first_name: this.user.first_name, user_id: this.user.id } });
  }

  sharesLocation(latitude: number, longitude: number) {
    return this.sends({ location: { latitude, longitude } });
  }

  sendsVoice(seconds = 12) {
    const id = `voice-${this.user.id}-${Math.random().toString(36).slice(2, 8)}`;
    return this.sends({ voice: { file_id: id, file_unique_id: id, duration: seconds } });
  }

  sendsPhoto(caption?: string) {
    const id = `photo-${this.user.id}-${Math.random().toString(36).slice(2, 8)}`;
    return this.sends({ photo: [{ file_id: id, file_unique_id: id, width: 800, height: 600 }], ...(caption ? { caption } : {}) });
  }

  /**
   * Files a request through the form as a resident does, in `locale`: the menu's "talk to the desk", a category
   * (`rent` unless said), what they say (texts, "voice", "photo"), at the desk (or a home visit at `home`) — the
   * receipt's question, which ends the description — and Send (answered in the chat); then the outbox runs.
   * Returns the request.
   */
  async filesRequest(locale: string, options: { category?: string; say?: Array<string | "voice" | "photo">; home?: string } = {}) {
    await this.presses(t(locale, "menu-desk"));
    await this.presses(t(locale, `cat-${options.category ?? "rent"}`));
    for (const piece of options.say ?? []) {
      if (piece === "voice") await this.sendsVoice();
      else if (piece === "photo") await this.sendsPhoto();
      else await this.says(piece);
    }
    if (options.home) {
      await this.presses(t(locale, "req-visit-home"));
      await this.says(options.home);
    } else await this.presses(t(locale, "req-visit-desk"));
    await this.presses(t(locale, "req-send"));
    await this.desk.dispatch();
    return this.desk.deps.services.requests.openFor(this.user.id)!;
  }

  /** Opens the dates of an activity as a resident does: /menu, its group (Italian classes unless told), the activity. */
  async opensDates(locale: string, activityKey = "act-italian-a1", menuKey = "menu-italian") {
    await this.says("/menu");
    await this.presses(t(locale, menuKey));
    return this.presses(t(locale, activityKey));
  }

  /** Books a seat as a resident does: the activity's dates (see opensDates), then the date whose button matches. */
  async booksSeat(locale: string, date: string | RegExp, activityKey?: string, menuKey?: string) {
    await this.opensDates(locale, activityKey, menuKey);
    return this.presses(date);
  }

  /** Runs the first-contact steps: /start, language, consent. */
  async onboards(languageLabel?: string) {
    await this.says("/start");
    if (languageLabel) await this.presses(languageLabel);
    else await this.presses("✅");
    await this.presses(/✅/);
  }
}

export class Staff extends Actor {
  constructor(
    desk: TestDesk,
    user: import("grammy/types").User,
    /** The group this person works in (their team's). */
    readonly home: number = OPERATOR_CHAT_ID,
  ) {
    super(desk, user);
  }

  get chatId() {
    return this.home;
  }

  /** Writes in their team's group, optionally inside a topic or as a reply to a message. */
  says(text: string, where: { topic?: number; replyTo?: number } = {}): Promise<StoredMessage[]> {
    return this.act(
      this.desk.em.send(this.user.id, this.home, { text }, { threadId: where.topic, replyTo: where.replyTo }),
    );
  }

  sends(content: Record<string, unknown>, where: { topic?: number; replyTo?: number } = {}) {
    return this.act(
      this.desk.em.send(this.user.id, this.home, content as never, { threadId: where.topic, replyTo: where.replyTo }),
    );
  }

  /**
   * Writes to the resident in a topic (or as a reply to the card) and, when the desk holds the text because it would
   * reach them in a language they did not choose (the language guarantee), sends it anyway, as staff would.
   */
  async answers(text: string, where: { topic?: number; replyTo?: number } = {}): Promise<StoredMessage[]> {
    const replies = await this.says(text, where);
    const warning = replies.find((m) => m.plain?.startsWith("⚠️ Non ancora inviato"));
    if (!warning) return replies;
    return [...replies, ...(await this.presses("📤 Invia comunque", { in: warning }))];
  }

  /** Writes to the bot in a private chat (staff may use staff functions there too). */
  async saysPrivately(text: string): Promise<StoredMessage[]> {
    const em = this.desk.em;
    if (!em.chats.has(this.user.id)) em.addUser({ ...this.user });
    const before = em.messages(this.user.id).length;
    await this.desk.handle(em.send(this.user.id, this.user.id, { text }));
    return em
      .messages(this.user.id)
      .slice(before)
      .filter((m) => m.fromBot);
  }
}
