import { conversations } from "@grammyjs/conversations";
import { sequentialize } from "@grammyjs/runner";
import { type ApiClientOptions, Bot, type Composer, type Transformer } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { WhatsAppChannel } from "#src/channels/whatsapp/index.js";
import type { Clock } from "#src/clock.js";
import type { Config } from "#src/settings.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { GroupLedger } from "#src/delivery/group-ledger.js";
import type { FlowSends } from "#src/delivery/flow-sends.js";
import type { ReplyJournal } from "#src/delivery/reply-journal.js";
import type { Logger } from "#src/logger.js";
import type { BotContext, Deps } from "./context.js";
import { flows } from "./conversations/index.js";
import { apologise } from "./middlewares/error-boundary.js";
import { boundedInOrder, Feature, type NamedFeature } from "./middlewares/flat-composer.js";
import { bookingFeature } from "./features/booking/booking.js";
import { requestBoardFeature } from "./features/request-board/index.js";
import { desksFeature } from "./features/places/choose-place.js";
import { channelLinksFeature } from "./features/channel-links/index.js";
import { fallbackFeature } from "./features/fallback.js";
import { globalCommandsFeature } from "./features/menu/global-commands.js";
import { letterChecksFeature } from "./features/letters/checks.js";
import { lettersFeature } from "./features/letters/resident.js";
import { menuFeature } from "./features/menu/menu.js";
import { announcementsFeature } from "./features/neighbourhood/announcements.js";
import { buildingReportsFeature } from "./features/neighbourhood/building-reports.js";
import { privacyFeature } from "./features/privacy/privacy.js";
import { requestFeature } from "./features/requests/request.js";
import { satisfactionFeature } from "./features/requests/satisfaction.js";
import { sessionsFeature } from "./features/booking/sessions.js";
import { consentGate } from "./features/onboarding/consent-gate.js";
import { staffPrivateFeature } from "./features/staff/private-chat.js";
import { startFeature } from "./features/onboarding/start.js";
import { statsFeature } from "./features/staff/stats.js";
import { participantsStaffFeature } from "./features/participants/desk-sheet.js";
import { visitsFeature } from "./features/visits/index.js";
import type { createI18n } from "./i18n.js";
import { flowContext } from "./middlewares/flow-context.js";
import { provideDeps } from "./middlewares/deps.js";
import { floodGuard } from "./middlewares/flood-guard.js";
import { seenInGroups } from "./middlewares/group-ledger.js";
import { journalReplies } from "./middlewares/reply-journal.js";
import { expireIdleFlows, flowStorageKey } from "./middlewares/idle-flows.js";
import { inboxGate } from "./middlewares/inbox-gate.js";
import { countUpdates, type UpdateMetrics } from "./middlewares/metrics.js";
import { offeredButtonsOnly } from "./middlewares/offered-buttons.js";
import { reachability } from "./middlewares/reachability.js";
import { staffMembership } from "./middlewares/staff-membership.js";
import { strangersGroups } from "./middlewares/strangers-groups.js";
import { voiceFeature } from "./features/voice/index.js";

/** What the bot is built from: the application (app.ts) gives these, and nothing above the bot is imported. */
export interface BotParts {
  deps: Deps;
  i18n: ReturnType<typeof createI18n>;
  metrics: UpdateMetrics;
  logger: Logger;
  clock: Clock;
  config: Config;
  telegram: { token: string; client: ApiClientOptions; botInfo?: UserFromGetMe | undefined };
  /** Installed on the bot's own Api, for calls made for no update (the commit's wait first). */
  replyTransformers: Transformer[];
  /**
   * Installed on each update's Api, with the update's journal in ReplyJournal.place; no commit's wait among them: the
   * update's fetch (FlowSends.fetchFor) waits for the turn's commit, below every transformer and every flow's log.
   */
  updateTransformers: Transformer[];
  /** Installed on each flow's Api (no probes, no journal: the conversations plugin replays below them). */
  flowTransformers: Transformer[];
  /** What the update in hand sent, kept while it may run again. */
  journal: ReplyJournal;
  /** A flow's send whose answer was lost, settled below the plugin's log (on the fetch of each update's Api). */
  flowSends: FlowSends;
  repos: Pick<Repositories, "inbox" | "conversations" | "offeredButtons">;
  ledger: GroupLedger;
  whatsapp?: WhatsAppChannel | undefined;
}

/** The path of an update through the desk, top to bottom: plumbing, flows, features, whatever is left. */
export function createBot(desk: BotParts): Bot<BotContext> {
  const { deps, i18n, metrics, logger, clock, config, telegram } = desk;
  const bot = new Bot<BotContext>(telegram.token, {
    client: telegram.client,
    ...(telegram.botInfo ? { botInfo: telegram.botInfo } : {}),
  });
  bot.api.config.use(...desk.replyTransformers);
  // WhatsApp residents' events come in as updates of this bot; a press on choices it replaced gets a short answer.
  desk.whatsapp?.connect(
    async (update) => {
      if (!bot.isInited()) await bot.init();
      await bot.handleUpdate(update);
    },
    async (chatId, text) => {
      await bot.api.sendMessage(chatId, text).catch(() => undefined);
    },
  );

  // The whole path is one flat composer (see middlewares/flat-composer.ts): the same order and boundaries as grammY's, walked in loops.
  const path = new Feature<BotContext>();
  bot.use(path);
  // One person on Telegram and WhatsApp: their Telegram updates are theirs under one id, before anything else.
  if (desk.whatsapp) path.use(desk.whatsapp.links.middleware);
  // 1. Plumbing: per-chat order, dependencies, duplicate updates, strangers' groups, staff membership, language.
  // With @grammyjs/runner, updates of different chats run side by side; one chat's stay in order.
  path.use(sequentialize((ctx) => String(ctx.chat?.id ?? ctx.from?.id ?? "")));
  path.use(provideDeps(deps));
  path.use(countUpdates(metrics, clock));
  // Telegram may deliver an update twice (a retry after a timeout): handle it once, and again after a crash.
  path.use(inboxGate(desk.repos.inbox, clock, deps.deferred));
  // What the update sends is kept while it may run again (deferred), so a rerun does not say it twice: ctx.api is
  // made here, with the update's journal (the operator board's direct sends take ctx.api too).
  const { journal, flowSends } = desk;
  path.use(journalReplies({ token: telegram.token, client: telegram.client, transformers: desk.updateTransformers, journal, flowSends }, deps.deferred));
  path.use(strangersGroups);
  path.use(seenInGroups(desk.ledger));
  // Staff's media in the groups, for copies to WhatsApp residents (copyMessage names only the message).
  if (desk.whatsapp) path.use(desk.whatsapp.rememberGroupMedia);
  path.use(staffMembership);
  path.use(i18n);
  path.use(reachability);
  path.use(floodGuard(config.rateLimitPerMinute));
  // Every press is checked against the buttons the desk offered on its message, before any feature sees it.
  path.use(offeredButtonsOnly(desk.repos.offeredButtons));

  const features = new Feature<BotContext>();
  path.errorBoundary(apologise(logger, metrics, "plumbing"), features);
  // 2. Flows: persisted in SQLite, so a restart resumes them; idle ones end politely.
  features.use(expireIdleFlows());
  features.use(
    conversations<BotContext, BotContext>({
      storage: { type: "key", version: 1, getStorageKey: flowStorageKey, adapter: desk.repos.conversations },
      // Inside a flow ctx.api is a fresh Api without the bot's transformers: they are installed again (flow-context.ts).
      plugins: [flowContext(deps, flowSends, desk.flowTransformers, i18n.middleware())],
    }),
  );
  // Each feature has its own boundary, so a failure is logged with the feature's name.
  const named: Array<NamedFeature<BotContext>> = [];
  const feature = (name: string, middleware: Composer<BotContext>) => named.push({ name, middleware });
  // 3. Ways out that work even inside a flow, then first contact and the consent gate.
  // A code shown in one chat and typed in the other (even as a new chat's first words, even inside a form).
  if (desk.whatsapp) feature("channel-links", channelLinksFeature(desk.whatsapp.links));
  feature("commands", globalCommandsFeature);
  feature("flows", flows);
  // Staff writing privately are answered as staff, before first contact would take them for residents.
  feature("staff-private", staffPrivateFeature);
  feature("start", startFeature);
  // Staff functions come before the residents' consent gate: staff are not residents.
  // Voice: mediators' recordings (before the desk takes voice notes in its groups), and "hear it" before consent.
  feature("voice", voiceFeature);
  feature("request-board", requestBoardFeature);
  feature("sessions", sessionsFeature);
  feature("stats", statsFeature);
  feature("participants", participantsStaffFeature);
  // Home visits: staff's commands and buttons, and the resident's answers (they filed a request: consent was given).
  feature("visits", visitsFeature);
  // The neighbourhood: staff write announcements and events; residents choose their news and answer events.
  feature("announcements", announcementsFeature);
  feature("building-reports", buildingReportsFeature);
  // Staff check the facts read from a resident's letter.
  feature("letter-checks", letterChecksFeature);
  feature("consent", consentGate);
  // 4. Resident features: the desk (a place) first, where there are several to choose from.
  feature("desks", desksFeature);
  feature("menu", menuFeature);
  // A photo captioned "lettera" is read as a letter (before a request's relay would take it).
  feature("letters", lettersFeature);
  feature("satisfaction", satisfactionFeature);
  feature("request", requestFeature);
  feature("booking", bookingFeature);
  feature("privacy", privacyFeature);
  // 5. Whatever is left.
  feature("fallback", fallbackFeature);
  features.use(boundedInOrder(named, (name) => apologise(logger, metrics, name)));

  return bot;
}
