import { Api, type ApiClientOptions, type Bot, type InlineKeyboard, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { BotContext, Deps } from "./bot/context.js";
import { createI18n } from "./bot/i18n.js";
import { type BoardDeps, type BoardEngines, OperatorBoard } from "./bot/operator-board/index.js";
import { payloadVars, renderPayload } from "./bot/features/outbox-messages.js";
import { EXPLAINED_FAILURES } from "./channels/whatsapp/errors.js";
import { createWhatsAppChannel, isWhatsAppChat, isWindowClosed } from "./channels/whatsapp/index.js";
import { templateFor } from "./channels/whatsapp/templates.js";
import { LOCALES } from "./domain/policy.js";
import { StaffDirectory } from "./bot/features/staff/directory.js";
import { italianFrom, type Translate } from "./text/staff-text.js";
import { escapeHtml, stripIsolation } from "./text/format.js";
import type { Clock } from "./clock.js";
import type { Config } from "./settings.js";
import type { Db } from "./db/client.js";
import { flowKey } from "./db/repositories/conversations.js";
import { createRepositories } from "./db/repositories/index.js";
import { afterCommit } from "./delivery/after-commit.js";
import { callbackAnswersNeverFail, probeBeforeResending, retryTransient } from "./delivery/api-retry.js";
import { DeferredUpdates } from "./delivery/deferred-updates.js";
import { GroupLedger } from "./delivery/group-ledger.js";
import { answerThrough, FlowSends } from "./delivery/flow-sends.js";
import { ReplyJournal } from "./delivery/reply-journal.js";
import { recordOfferedButtons } from "./delivery/offered-buttons.js";
import { PollingStatus } from "./delivery/inbox.js";
import { ActivityCatalog } from "./domain/activities.js";
import { type ConversationTranslation, conversationTranslation } from "./domain/conversation-translation.js";
import { createServices } from "./domain/index.js";
import { createSpeaker, createTranscriber, createTranslator } from "./engines/index.js";
import { VoiceCompanion } from "./bot/features/voice/companion.js";
import { FixedTexts } from "./bot/features/voice/fixed-texts.js";
import { LiveListenButtons, withListenButton } from "./bot/features/voice/listen-button.js";
import { createTesseractReader } from "./engines/ocr/tesseract.js";
import { createPdfPages } from "./engines/ocr/pdf-pages.js";
import { LetterReading } from "./bot/features/letters/reading.js";
import type { OutboxPayload } from "./domain/notifications.js";
import type { Logger } from "./logger.js";
import { OutboxDispatcher } from "./delivery/outbox.js";
import { DeskMetrics } from "./server/metrics.js";
import { ReplicaMonitor } from "./replica/replica-monitor.js";

const API_TIMEOUT_SECONDS = 40;
/** One page of a letter (orientation trials included); a slower page costs the OCR worker, restarted for the next. */
const OCR_TIMEOUT_MS = 90_000;
/** Opening one PDF letter (its pages drawn when scanned); a file that takes longer goes to staff unread. */
const PDF_TIMEOUT_MS = 60_000;
/** Outbox kinds staff are told about by name when WhatsApp's window refuses them (locales/it/staff/whatsapp.ftl). */
const WINDOW_KINDS = ["reminder-24h", "reminder-2h", "waitlist-offer", "satisfaction", "visit-reminder-day", "visit-reminder-hour"];

export interface CreateAppOptions {
  config: Config;
  db: Db;
  clock: Clock;
  logger: Logger;
  token: string;
  operatorChatId: number;
  /** Only for tests and the playground: where the Bot API lives. */
  client?: ApiClientOptions;
  botInfo?: UserFromGetMe;
  catalog?: ActivityCatalog;
  /** Only for tests and the playground: the Cloud API's fetch (the WhatsApp emulator). */
  whatsappFetch?: typeof fetch;
}

/**
 * The application: repositories, services, the operator board, engines, metrics and the outbox
 * dispatcher, built once per process (or per test). How an update travels through it is
 * src/bot/create-bot.ts; when it runs on its own is src/scheduler/jobs.ts.
 */
export function createApp(options: CreateAppOptions) {
  const { config, db, clock, logger, token, operatorChatId } = options;
  const telegram = telegramClient(options);
  // Replies to the update in hand retry what Telegram did not carry out, within a bounded wait, and a
  // button's spinner never fails the press; what the desk says on its own goes through the outbox.
  // Every call waits for the commit of what was written before it (group commit), then retries what Telegram did not carry out.
  const repos = createRepositories(db, clock, { residentCacheSize: config.residentCacheSize });
  // The ids seen in each chat, the operator groups' kept across restarts: a send whose answer was lost is found, not repeated.
  const ledger = new GroupLedger(repos.groupLedger);
  // What each message offers is kept on the server: Telegram stops sending old messages with presses.
  const offeredButtons = recordOfferedButtons(repos.offeredButtons, clock);
  const catalog = options.catalog ?? ActivityCatalog.load();
  repos.activities.upsertAll(catalog.all);
  const services = createServices(repos, clock, config, catalog, operatorChatId);
  const i18n = createI18n((id) => repos.residents.language(id));
  const italianText = italianFrom(i18n);
  // WhatsApp residents reach the same bot: the Bot API's fetch carries every call for their chats to the Cloud API.
  const whatsapp = config.whatsapp
    ? createWhatsAppChannel({
        settings: config.whatsapp,
        ...(options.whatsappFetch ? { fetch: options.whatsappFetch } : {}),
        db,
        inbox: repos.inbox,
        clock,
        logger,
        translate: (locale, key, vars) => i18n.t(locale, key, vars),
        locale: (chatId) => repos.residents.language(chatId) ?? "it",
        locales: LOCALES,
        telegram: { token, apiRoot: telegram.client.apiRoot, fetch: (telegram.client.fetch ?? fetch) as unknown as typeof fetch },
        evict: (residentId) => repos.residents.evict(residentId),
        flowKey: (chatId) => flowKey.resident(chatId),
        failed: (chatId, code, title) => {
          // What the code means for staff, in Italian, where it is known; Meta's own words otherwise.
          const reason = (EXPLAINED_FAILURES as readonly number[]).includes(code) ? italianText(`wa-failed-${code}`) : escapeHtml(title);
          tellStaffAboutResident(services, chatId, italianText("wa-board-failed", { code: String(code), reason }));
        },
        // A staff answer on the resident's phone (👌), then read (👀): a reaction on staff's own message in the topic.
        marked: async (staffChatId, staffMessageId, status) => {
          await api.setMessageReaction(staffChatId, staffMessageId, [{ type: "emoji", emoji: status === "read" ? "👀" : "👌" }]);
        },
      })
    : undefined;
  // Below grammY (its fetch), so every Api built on this client — the bot's, each flow's, the outbox's — reaches WhatsApp.
  if (whatsapp) telegram.client.fetch = whatsapp.botApiFetch as never;
  // A flow's send whose answer was lost is looked for, and sent again only if absent, below the flows' log (FlowSends).
  const innerFetch = (telegram.client.fetch ?? fetch) as unknown as typeof fetch;
  const settleApi = new Api(token, { ...telegram.client, fetch: innerFetch as never });
  settleApi.config.use(ledger.recorder(), retryTransient(clock, undefined, ledger));
  // Each update's Api is built on a fetch of its own that settles its flows' sends (see create-bot.ts).
  const flowSends = new FlowSends(ledger, answerThrough(settleApi), (chatId) => !isWhatsAppChat(chatId), db.$commits);
  telegram.client.fetch = innerFetch as never;
  // The ledger sits inside the retries: a post whose answer was lost is recorded even when a retry then succeeds.
  // An update run again (after Telegram trouble, or a crash) does not send again what its first run sent (ReplyJournal).
  const journal = new ReplyJournal(repos.replyJournal, clock);
  // Each update's Api waits for the turn's commit in its fetch (FlowSends.fetchFor, below every transformer); an Api
  // that speaks for no update (the bot's own, this one) waits here, first among its transformers.
  const commitFirst = afterCommit(db.$commits);
  const updateTransformers: Transformer[] = [
    ledger.recorder(),
    retryTransient(clock, undefined, ledger),
    // The update's Api journals here (ReplyJournal.during); other Apis speak for no update and journal nothing.
    journal.place,
    callbackAnswersNeverFail,
    offeredButtons,
  ];
  // A flow's Api answers a replayed step from the conversations plugin's log, below these transformers: a probe or a
  // journaled answer here would put the log out of step, so a lost answer is settled below the log (FlowSends: its
  // transformer goes first on each flow's Api, see create-bot.ts).
  // (A flow's calls wait for the turn's commit in the update's fetch, below the log: see FlowSends.)
  const flowTransformers: Transformer[] = [ledger.recorder({ replays: true }), retryTransient(clock), callbackAnswersNeverFail, offeredButtons];
  const api = new Api(token, telegram.client);
  api.config.use(commitFirst, ...updateTransformers);
  const translation = translationOf(options, repos);
  const translate: Translate = (locale, key, vars) => i18n.t(locale, key, vars);
  const italian = italianText;
  /**
   * "🔊" under what the desk says on its own to a resident (the outbox's messages, staff answers): offered where the
   * desk can speak and the resident has not chosen voice for everything (they get the note anyway).
   */
  const listenUnder = (chatId: number, locale: string, markup?: InlineKeyboard): InlineKeyboard | undefined =>
    voice.speaking && chatId > 0 && !services.voice.listens(chatId)
      ? withListenButton(markup, stripIsolation(translate(locale, "voice-listen")))
      : markup;
  const boardDeps: BoardDeps = {
    api,
    chatId: operatorChatId,
    services,
    timezone: config.timezone,
    logger,
    now: () => clock.now(),
    translate,
    italian,
    engines: boardEngines(translation, telegram),
    listenUnder,
    ...(whatsapp ? { echo: (residentId: number, messageId: number, groupChatId: number, staffMessageId: number) => whatsapp.echo(residentId, messageId, groupChatId, staffMessageId) } : {}),
  };
  const board = new OperatorBoard(boardDeps);
  const voice = voiceOf(options, api, services, i18n, translate);
  // Installed on every Api that speaks to residents (the bot's takes replyTransformers, each flow's flowTransformers).
  api.config.use(voice.transformer, voice.listening.transformer);
  updateTransformers.push(voice.transformer, voice.listening.transformer);
  flowTransformers.push(voice.transformer, voice.listening.transformer);
  const deps: Deps = {
    config,
    clock,
    logger,
    services,
    staff: new StaffDirectory(api, services.teams, clock),
    board,
    italian,
    operatorChatId,
    deferred: new DeferredUpdates(),
    voice,
    translation,
    letters: new LetterReading({
      api,
      services,
      // Tesseract with the Italian model from node_modules: the desk's own machine reads the letters.
      reader: createTesseractReader({ timeoutMs: OCR_TIMEOUT_MS }),
      // pdf.js in a thread of its own: text PDFs by their text layer, scans drawn for the reader.
      pdf: createPdfPages({ timeoutMs: PDF_TIMEOUT_MS }),
      download: telegramDownload(telegram),
      logger,
      translation,
    }),
    ...(whatsapp ? { channels: { chatsOf: (residentId: number) => whatsapp.chatsOf(residentId) } } : {}),
  };
  const metrics = new DeskMetrics(repos, clock);
  metrics.watchEngines(() => translation.status());
  // Litestream's replica off the machine (deploy/litestream.yml): its lag for /healthz, /metrics and the digest.
  const replica = new ReplicaMonitor(config.replica, clock, logger);
  if (config.replica) metrics.watchReplica(() => replica.status());

  // The outbox paces itself and handles 429 on its own, so its Api has no retry of its own; its
  // board draws the group posts (topic, card, relays) when they go out.
  const outboxApi = new Api(token, telegram.client);
  // A send to a resident whose answer was lost (or on its way at a crash) is looked for before it goes again.
  outboxApi.config.use(
    afterCommit(db.$commits),
    ledger.recorder({ residents: true }),
    probeBeforeResending(clock, ledger, (chatId) => !isWhatsAppChat(chatId)),
    offeredButtons,
    voice.transformer,
    voice.listening.transformer,
  );
  const groupBoard = new OperatorBoard({ ...boardDeps, api: outboxApi, ledger });
  const dispatcher = new OutboxDispatcher(
    outboxApi,
    repos,
    services,
    clock,
    logger,
    (payload, chatId) => {
      if (chatId > 0) {
        const locale = repos.residents.get(chatId)?.language ?? "it";
        const rendered = renderPayload(translate, payload, locale, config.timezone, clock.now());
        // On WhatsApp a message that may go as an approved template (its window closed) keeps the template's buttons.
        const template = isWhatsAppChat(chatId) && templateFor(payloadVars(translate, payload, locale, config.timezone, clock.now())?.key ?? "");
        const markup = template ? rendered.reply_markup : listenUnder(chatId, locale, rendered.reply_markup);
        // A listener (or a 🔊 press) hears these words instead of the text's: a letter's facts as sentences.
        if (rendered.spoken) voice.speakInstead(chatId, rendered.text, rendered.spoken);
        return { text: rendered.text, ...(markup ? { reply_markup: markup } : {}) };
      }
      // Staff copy ids and names from their posts: no bidi isolation marks there (as in italian()).
      const rendered = renderPayload(translate, payload, "it", config.timezone, clock.now());
      return { ...rendered, text: stripIsolation(rendered.text) };
    },
    {
      ratePerSecond: config.outboxRatePerSecond,
      perGroupPerMinute: config.groupPostsPerMinute,
      onSent: (seconds) => metrics.dispatchLatency.observe(seconds),
      lookable: (chatId) => ledger.hasLost(chatId),
      voiceNotes: voice,
      ...(whatsapp
        ? {
            // What the message is goes down to WhatsApp in the fetch of an Api made for this one send.
            sendingApi: (payload: OutboxPayload, chatId: number) => {
              if (!isWhatsAppChat(chatId)) return undefined;
              const locale = repos.residents.language(chatId) ?? "it";
              const found = payloadVars(translate, payload, locale, config.timezone, clock.now());
              if (!found) return undefined;
              const sending = new Api(token, { ...telegram.client, fetch: whatsapp.sendingFetch({ ...found, locale }) as never });
              sending.config.use(...outboxApi.config.installedTransformers());
              return sending;
            },
            refused: (chatId: number, kind: string, description: string) => {
              if (!isWhatsAppChat(chatId) || !isWindowClosed(description)) return false;
              // The text itself went as a template; its voice note cannot follow until the resident writes again.
              if (kind === "voice") return true;
              const what = WINDOW_KINDS.includes(kind) ? italian(`wa-what-${kind}`) : italian("wa-what-other");
              tellStaffAboutResident(services, chatId, italian("wa-board-window-closed", { what }));
              return true;
            },
          }
        : {}),
    },
    (post, followers, chatId) => groupBoard.perform(post, followers, chatId),
    (post, followers, chatId) => groupBoard.prepare(post, followers, chatId),
  );

  return {
    config,
    db,
    clock,
    logger,
    /** Queries, for the plumbing that journals updates and keeps flows, the scheduler's chores and /healthz; handlers use deps.services. */
    repos,
    /** What the bot is built from: its token, API root and, in tests, its fetch and identity. */
    telegram,
    /** The Bot API as handlers use it; the bot's own Api (and each flow's) get the same transformers. */
    api,
    /** The bot's own Api's (calls made for no update): the commit's wait, then each update's. */
    replyTransformers: [commitFirst, ...updateTransformers],
    /** Each update's Api's, with the journal's place among them (its fetch waits for the turn's commit). */
    updateTransformers,
    /** What each flow's Api takes (see flowTransformers above). */
    flowTransformers,
    /** What the update in hand sent, kept while it may run again. */
    journal,
    /** A flow's sends whose answer was lost, settled below the flows' log (each update's Api gets its fetch). */
    flowSends,
    /** The message ids seen in operator groups (see GroupLedger). */
    ledger,
    deps,
    i18n,
    metrics,
    dispatcher,
    /** How long polling is doing, for /healthz (stays "starting" in webhook mode and tests). */
    polling: new PollingStatus(),
    engines: translation,
    replica,
    /** Voice notes with the desk's messages (features/voice/): settled() waits for those on their way. */
    voice,
    /** Residents on WhatsApp (the Cloud API), when configured. */
    whatsapp,
  };
}

export type AppParts = ReturnType<typeof createApp>;

/** The application with its bot: what the scheduler, the HTTP server and the process run. */
export type App = AppParts & { bot: Bot<BotContext> };

function telegramClient(options: CreateAppOptions) {
  // One hung call must not hold a chat for grammY's default 500 s (long polls wait 25 s of these).
  const client = { apiRoot: options.config.apiRoot, timeoutSeconds: API_TIMEOUT_SECONDS, ...options.client };
  return { token: options.token, client, botInfo: options.botInfo };
}

/** Machine translation and voice transcripts (docs/engines.md): undefined engines relay messages as they are. */
function translationOf(options: CreateAppOptions, repos: ReturnType<typeof createRepositories>) {
  const { config, clock } = options;
  return conversationTranslation({
    translator: createTranslator(config.engines.translation),
    transcriber: createTranscriber(config.engines.transcription),
    repos,
    clock,
    noticeVersion: config.privacyNoticeVersion,
    timeoutMs: config.engines.translation.timeoutMs,
    transcriptionTimeoutMs: config.engines.transcription.timeoutMs,
    maxSeconds: config.engines.transcription.maxSeconds,
  });
}

/** Voice notes for residents who chose them: eSpeak NG offline, or mediators' recordings (features/voice/). */
function voiceOf(options: CreateAppOptions, api: Api, services: ReturnType<typeof createServices>, i18n: ReturnType<typeof createI18n>, translate: Translate) {
  const { config, logger } = options;
  const telegram = telegramClient(options);
  const fileFetch = (telegram.client.fetch ?? fetch) as unknown as typeof fetch;
  const voice = new VoiceCompanion({
    speaker: createSpeaker(config.engines.speech),
    voice: services.voice,
    fixed: new FixedTexts(i18n),
    // Promised like any message: durable, paced, sent by the outbox once made (see OutboxDispatcher's voiceNotes).
    enqueue: (chatId, note) => services.notifications.toResident(chatId, "voice", null, note),
    download: async (fileId) => {
      const file = await api.getFile(fileId);
      const response = await fileFetch(`${telegram.client.apiRoot}/file/bot${telegram.token}/${file.file_path}`);
      if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    translate: (locale, key, vars) => stripIsolation(translate(locale, key, vars)),
    localeOf: (chatId) => services.residents.get(chatId)?.language ?? undefined,
    logger,
    listening: new LiveListenButtons(() => api),
  });
  // A cached note of a person's words goes with their other data.
  services.privacy.onForget((residentId) => voice.forget(residentId));
  return voice;
}

/** A file sent to the bot, from the Bot API's file endpoint under the same API root (a local server, the emulator). */
function telegramDownload(telegram: ReturnType<typeof telegramClient>) {
  const fileFetch = (telegram.client.fetch ?? fetch) as unknown as typeof fetch;
  return async (filePath: string, signal: AbortSignal) => {
    const response = await fileFetch(`${telegram.client.apiRoot}/file/bot${telegram.token}/${filePath}`, { signal });
    if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  };
}

function boardEngines(translation: ConversationTranslation, telegram: ReturnType<typeof telegramClient>): BoardEngines | undefined {
  if (!translation.translating && !translation.transcribing) return undefined;
  const fileFetch = (telegram.client.fetch ?? fetch) as unknown as typeof fetch;
  return {
    translation,
    // Voice notes come from the Bot API's file endpoint, under the same API root (a local server, the emulator);
    // a WhatsApp resident's are served there too, from Meta (see channels/whatsapp/bot-api.ts).
    download: async (filePath, signal) => {
      const response = await fileFetch(`${telegram.client.apiRoot}/file/bot${telegram.token}/${filePath}`, { signal });
      if (!response.ok) throw new Error(`file download failed: HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    },
  };
}

/** Something staff must know about a resident reached on WhatsApp: under their open (else latest) request. */
function tellStaffAboutResident(services: ReturnType<typeof createServices>, chatId: number, html: string) {
  const request = services.requests.openFor(chatId) ?? services.requests.forResident(chatId)[0];
  if (request) services.requests.say(request.id, html);
}
