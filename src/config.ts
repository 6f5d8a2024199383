import { existsSync, readFileSync } from "node:fs";
import { isIP } from "node:net";
import { z } from "zod";
import { dirname, resolve } from "node:path";
import { ActivityCatalog } from "./domain/activities.js";
import { CRISTO, type DeskSpec, deskSpecSchema } from "./domain/desks.js";
import { participantsSpecSchema, resolveParticipants } from "./domain/participants/indicators.js";
import { DEFAULT_OPENING_HOURS, type OpeningHoursSpec, openingHoursSpecSchema } from "./domain/opening-hours.js";
import { DEFAULT_QUICK_REPLIES } from "./domain/quick-replies.js";
import { DEFAULT_TEAM, type TeamSpec, teamSpecSchema } from "./domain/teams.js";
import { LOCALES, type NetworkSpec } from "./domain/policy.js";
import type { ReplicaSettings } from "./replica/replica-monitor.js";
import { fromRoot } from "./paths.js";

/** The nine resident languages; Italian is the default and the staff's language. */

const TELEGRAM_API_ROOT = "https://api.telegram.org";

const HOST_NAME = /^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$/;

const intFromEnv = (def: number, min: number, max: number) =>
  z.coerce.number().int().min(min).max(max).default(def);

const schema = z.object({
  BOT_TOKEN: z
    .string()
    .regex(/^\d{3,}:[A-Za-z0-9_-]{20,}$/, "must look like 123456:ABC-... (from BotFather)")
    .optional(),
  OPERATOR_CHAT_ID: z
    .string()
    .regex(/^-\d+$/, "must be the negative numeric id of the operator supergroup, e.g. -1001234567890")
    .transform(Number)
    .optional(),
  DATABASE_PATH: z.string().min(1).default("data/noi-desk.sqlite"),
  TIMEZONE: z
    .string()
    .default("Europe/Rome")
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, "must be an IANA time zone such as Europe/Rome"),
  TELEGRAM_API_ROOT: z.string().url("must be a URL").default(TELEGRAM_API_ROOT),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEBHOOK_URL: z.string().url("must be an https URL").optional(),
  WEBHOOK_SECRET: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,256}$/, "must be 16-256 characters of A-Z, a-z, 0-9, _ and -")
    .optional(),
  PORT: intFromEnv(8443, 1, 65535),
  /** Where the webhook server listens: loopback behind the reverse proxy that terminates HTTPS. */
  WEBHOOK_HOST: z
    .string()
    .default("127.0.0.1")
    .refine((h) => isIP(h) !== 0 || HOST_NAME.test(h), "must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0"),
  METRICS_PORT: intFromEnv(9464, 0, 65535),
  METRICS_HOST: z.string().default("127.0.0.1"),
  PLAYGROUND_PORT: intFromEnv(8080, 0, 65535),
  DIGEST_TIME: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")
    .default("08:00"),
  WAITLIST_HOLD_HOURS: z.coerce.number().positive().max(168).default(12),
  /** A freed seat is kept at least until this local time of the next day the desk opens. */
  WAITLIST_HOLD_UNTIL: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM")
    .default("12:00"),
  MAX_CHILDREN_PER_SESSION: intFromEnv(3, 1, 10),
  RETENTION_DAYS: intFromEnv(365, 1, 3650),
  OUTBOX_RATE_PER_SECOND: intFromEnv(25, 1, 30),
  /** Telegram takes about 20 bot messages a minute into one group; a self-hosted API or the emulator may take more. */
  GROUP_POSTS_PER_MINUTE: intFromEnv(20, 1, 600),
  RATE_LIMIT_PER_MINUTE: intFromEnv(30, 5, 600),
  STORED_PER_REQUEST: intFromEnv(200, 10, 100_000),
  STORED_PER_DAY: intFromEnv(300, 10, 100_000),
  FLOW_IDLE_MINUTES: intFromEnv(180, 1, 10_080),
  /** People whose language the process keeps in memory (read on every update and every flow replay). */
  RESIDENT_CACHE_SIZE: intFromEnv(50_000, 0, 10_000_000),
  CSV_SEPARATOR: z.enum([";", ","]).default(";"),
  BACKUP_DIR: z.string().optional(),
  BACKUP_KEEP: intFromEnv(7, 1, 365),
  /** Litestream's configuration (deploy/litestream.yml; set by deploy/run-with-litestream.sh): the replica's lag is watched. */
  LITESTREAM_CONFIG: z.string().min(1).optional(),
  LITESTREAM_BIN: z.string().min(1).optional(),
  /** The replica counts as behind (/healthz, the digest) beyond this lag. */
  REPLICA_MAX_LAG_SECONDS: intFromEnv(60, 1, 86_400),
  REPLICA_CHECK_SECONDS: intFromEnv(30, 1, 3600),
  PRIVACY_NOTICE_VERSION: intFromEnv(1, 1, 1000),
  /** Teams and desks (JSON, see the README); unset: data/desk.json if present, else one team in OPERATOR_CHAT_ID at one desk. */
  DESK_FILE: z.string().min(1).optional(),
  /** Weekly hours, holidays and closures (JSON); unset: data/opening-hours.json if present, else the built-in hours. */
  OPENING_HOURS_FILE: z.string().min(1).optional(),
  /** The municipal social emergency number, told to residents who write while the desk is closed. */
  EMERGENCY_SOCIAL_NUMBER: z
    .string()
    .regex(/^\+?[0-9][0-9 ./-]{1,20}$/, "must be a phone number, e.g. 0131 515111")
    .optional(),
  /** Working hours after which a request still without a first answer is flagged to staff. */
  STALE_WORKING_HOURS: z.coerce.number().positive().max(500).default(16),
  /** Machine translation of free text both ways (docs/engines.md): off, a self-hosted LibreTranslate, or DeepL. */
  TRANSLATION_ENGINE: z.enum(["off", "libretranslate", "deepl"]).default("off"),
  TRANSLATION_URL: z.string().url("must be a URL, e.g. http://libretranslate:5000").optional(),
  TRANSLATION_API_KEY: z.string().min(1).optional(),
  TRANSLATION_TIMEOUT_MS: intFromEnv(4000, 100, 120_000),
  /** Who translates, as residents read it in the privacy notice (free text); unset: the engine's host. */
  TRANSLATION_PRIVACY_NOTE: z.string().min(1).max(200).optional(),
  /** Voice-note transcripts through an OpenAI-compatible server (speaches, OpenAI); unset: none. */
  TRANSCRIPTION_URL: z.string().url("must be a URL, e.g. http://whisper:8000").optional(),
  TRANSCRIPTION_MODEL: z.string().min(1).optional(),
  TRANSCRIPTION_API_KEY: z.string().min(1).optional(),
  TRANSCRIPTION_TIMEOUT_MS: intFromEnv(60_000, 1000, 600_000),
  TRANSCRIPTION_MAX_SECONDS: intFromEnv(120, 1, 3600),
  /** Voice notes read to residents who chose them: eSpeak NG on this machine (WASM, no cloud), or off. */
  SPEECH_ENGINE: z.enum(["off", "espeak"]).default("espeak"),
  SPEECH_TIMEOUT_MS: intFromEnv(30_000, 1000, 600_000),
  /** Memory kept for voice notes already spoken (a reminder to forty residents is synthesised once). */
  SPEECH_CACHE_MB: intFromEnv(32, 1, 1024),
  /** Training and end-to-end tests only: the desk's clock starts at this instant and runs on. */
  FAKE_NOW: z.string().datetime({ offset: true, message: "must be an ISO date-time, e.g. 2026-12-01T08:00:00+01:00" }).optional(),
  /** WhatsApp Business Cloud API (README "WhatsApp"): all four, or none. */
  WHATSAPP_TOKEN: z.string().min(20, "must be a system user's access token").optional(),
  WHATSAPP_APP_SECRET: z.string().min(16, "must be the Meta app's secret (App settings → Basic)").optional(),
  WHATSAPP_VERIFY_TOKEN: z.string().min(16, "must be at least 16 characters (you choose it, Meta echoes it)").optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d{6,}$/, "must be the numeric phone number id from WhatsApp Manager").optional(),
  WHATSAPP_API_VERSION: z.string().regex(/^v\d+\.\d+$/, "must look like v23.0").default("v23.0"),
  WHATSAPP_WEBHOOK_PATH: z.string().regex(/^\/[A-Za-z0-9/_-]*$/, "must be a path like /whatsapp").default("/whatsapp"),
  // The local-storage region the number was registered with (README, "EU data at rest"): the notice says where
  // Meta keeps messages. Only what the deployer set at Meta; the desk cannot check it.
  WHATSAPP_LOCAL_STORAGE: z.string().regex(/^[A-Z]{2}$/, "must be the two-letter region given to Meta (DE for the EU)").optional(),
});

export interface Config {
  /** Missing token means "local playground"; a malformed one is an error. */
  botToken: string | undefined;
  operatorChatId: number | undefined;
  databasePath: string;
  timezone: string;
  apiRoot: string;
  logLevel: z.infer<typeof schema>["LOG_LEVEL"];
  webhook: { url: string; secret: string; host: string; port: number } | undefined;
  metrics: { host: string; port: number };
  playgroundPort: number;
  digestTime: string;
  waitlistHoldHours: number;
  /** Local time of the next opening day until which a waiting-list offer is kept at least. */
  waitlistHoldUntil: { hour: number; minute: number };
  /** Seats one parent may hold in a tutoring session (one per child); an adult holds one seat. */
  maxChildrenPerSession: number;
  retentionDays: number;
  outboxRatePerSecond: number;
  groupPostsPerMinute: number;
  rateLimitPerMinute: number;
  /** What one resident may have stored: messages per request, and per 24 hours over all requests. */
  storedPerRequest: number;
  storedPerDay: number;
  flowIdleMinutes: number;
  residentCacheSize: number;
  csvSeparator: ";" | ",";
  backup: { dir: string; keep: number } | undefined;
  /** Litestream's replica off the machine, when the desk runs under it (src/replica/). */
  replica: ReplicaSettings | undefined;
  /**
   * The notice residents accept: PRIVACY_NOTICE_VERSION, one more while an engine is on (the notice then
   * says where messages go), so turning an engine on asks everyone to read and accept it again.
   */
  privacyNoticeVersion: number;
  /** Machine translation and transcription (docs/engines.md); engine "off" and no URL mean none. */
  engines: {
    translation: { engine: "off" | "libretranslate" | "deepl"; url?: string; apiKey?: string; timeoutMs: number };
    transcription: { url?: string; model: string; apiKey?: string; timeoutMs: number; maxSeconds: number };
    /** Offline synthesis of voice notes (src/engines/speech); nothing leaves the machine. */
    speech: { engine: "off" | "espeak"; timeoutMs: number; cacheBytes: number };
    /** Where residents' words go, for the privacy notice: a configured sentence, else the engines' hosts. */
    privacyNote: string | undefined;
    /** Whether every engine runs on the desk's own network (no third party). */
    selfHosted: boolean;
  };
  fakeNow: Date | undefined;
  /** When the desk is open: weekly hours, Italian holidays, the patron day, closures. */
  openingHours: OpeningHoursSpec;
  /** The file the opening hours came from; undefined for the built-in ones. */
  openingHoursFile: string | undefined;
  /** Said to residents who write while the desk is closed, with 112. */
  emergencySocialNumber: string | undefined;
  staleWorkingHours: number;
  /** Teams (each with its operator group) and desks (places); one of each unless a desk file says otherwise. */
  network: NetworkSpec;
  /** The file teams and desks came from; undefined for the built-in single team and desk. */
  networkFile: string | undefined;
  /** The WhatsApp channel (residents only), when configured. */
  whatsapp: WhatsAppSettings | undefined;
}

export interface WhatsAppSettings {
  token: string;
  appSecret: string;
  verifyToken: string;
  phoneNumberId: string;
  apiVersion: string;
  webhookPath: string;
  /** Meta's local-storage region for the number (its data at rest), as the deployer registered it; absent: none. */
  localStorage?: string;
  /** Where the webhook server listens (the Telegram webhook's, or its own in long-polling mode): WEBHOOK_HOST:PORT. */
  host: string;
  port: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Reads and validates the environment once; every problem is named in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
  const hours = loadOpeningHours(e.OPENING_HOURS_FILE);
  if (!hours.ok) problems.push(hours.problem);
  const network = hours.ok ? loadNetwork(e.DESK_FILE, hours.spec) : undefined;
  if (network && !network.ok) problems.push(network.problem);
  const teams = network?.ok ? network.spec.teams : [];
  if (e.BOT_TOKEN && e.OPERATOR_CHAT_ID === undefined && teams[0]?.chatId === undefined) {
    problems.push("OPERATOR_CHAT_ID: required when BOT_TOKEN is set (the operator group's id)");
  }
  const elsewhere = teams.slice(1).find((t) => t.chatId === e.OPERATOR_CHAT_ID);
  if (teams[0]?.chatId === undefined && e.OPERATOR_CHAT_ID !== undefined && (elsewhere || network?.ok && network.spec.coordinatorsChatId === e.OPERATOR_CHAT_ID)) {
    problems.push(`OPERATOR_CHAT_ID: is the group of ${elsewhere ? `team "${elsewhere.id}"` : "the coordinators"} in ${network?.ok ? network.named : "DESK_FILE"}: each team needs its own group`);
  }
  if (e.BOT_TOKEN) {
    for (const team of teams.slice(1)) {
      if (team.chatId === undefined) problems.push(`DESK_FILE (${network?.ok ? network.named : ""}): team "${team.id}" needs its operator group's chatId`);
    }
  }
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    problems.push("WEBHOOK_SECRET: required when WEBHOOK_URL is set");
  }
  if (e.TRANSLATION_ENGINE === "libretranslate" && !e.TRANSLATION_URL) {
    problems.push("TRANSLATION_URL: required with TRANSLATION_ENGINE=libretranslate (e.g. http://libretranslate:5000)");
  }
  if (e.TRANSLATION_ENGINE === "deepl" && !e.TRANSLATION_API_KEY) {
    problems.push("TRANSLATION_API_KEY: required with TRANSLATION_ENGINE=deepl");
  }
  if (e.TRANSCRIPTION_URL && !e.TRANSCRIPTION_MODEL) {
    problems.push("TRANSCRIPTION_MODEL: required with TRANSCRIPTION_URL (e.g. Systran/faster-whisper-small, whisper-1)");
  }
  if (problems.length || !hours.ok || !network?.ok) throw new ConfigError(problems);
  return {
    botToken: e.BOT_TOKEN,
    operatorChatId: e.OPERATOR_CHAT_ID,
    databasePath: e.DATABASE_PATH,
    timezone: e.TIMEZONE,
    apiRoot: e.TELEGRAM_API_ROOT,
    logLevel: e.LOG_LEVEL,
    webhook: e.WEBHOOK_URL ? { url: e.WEBHOOK_URL, secret: e.WEBHOOK_SECRET!, host: e.WEBHOOK_HOST, port: e.PORT } : undefined,
    metrics: { host: e.METRICS_HOST, port: e.METRICS_PORT },
    playgroundPort: e.PLAYGROUND_PORT,
    digestTime: e.DIGEST_TIME,
    waitlistHoldHours: e.WAITLIST_HOLD_HOURS,
    waitlistHoldUntil: { hour: Number(e.WAITLIST_HOLD_UNTIL.slice(0, 2)), minute: Number(e.WAITLIST_HOLD_UNTIL.slice(3)) },
    maxChildrenPerSession: e.MAX_CHILDREN_PER_SESSION,
    retentionDays: e.RETENTION_DAYS,
    outboxRatePerSecond: e.OUTBOX_RATE_PER_SECOND,
    groupPostsPerMinute: e.GROUP_POSTS_PER_MINUTE,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    storedPerRequest: e.STORED_PER_REQUEST,
    storedPerDay: e.STORED_PER_DAY,
    flowIdleMinutes: e.FLOW_IDLE_MINUTES,
    residentCacheSize: e.RESIDENT_CACHE_SIZE,
    csvSeparator: e.CSV_SEPARATOR,
    backup: e.BACKUP_DIR ? { dir: e.BACKUP_DIR, keep: e.BACKUP_KEEP } : undefined,
    replica: e.LITESTREAM_CONFIG
      ? {
          configPath: e.LITESTREAM_CONFIG,
          databasePath: e.DATABASE_PATH,
          maxLagSeconds: e.REPLICA_MAX_LAG_SECONDS,
          checkSeconds: e.REPLICA_CHECK_SECONDS,
          ...(e.LITESTREAM_BIN ? { bin: e.LITESTREAM_BIN } : {}),
        }
      : undefined,
    privacyNoticeVersion: e.PRIVACY_NOTICE_VERSION + (e.TRANSLATION_ENGINE !== "off" || e.TRANSCRIPTION_URL ? 1 : 0),
    engines: enginesOf(e),
    fakeNow: e.FAKE_NOW ? new Date(e.FAKE_NOW) : undefined,
    openingHours: hours.spec,
    openingHoursFile: hours.file,
    emergencySocialNumber: e.EMERGENCY_SOCIAL_NUMBER,
    staleWorkingHours: e.STALE_WORKING_HOURS,
    network: network.spec,
    networkFile: network.file,
    whatsapp: whatsappOf(e),
  };
}

/** WhatsApp needs its four settings together: one without the others is a mistake, named. */
function whatsappOf(e: z.infer<typeof schema>): WhatsAppSettings | undefined {
  const set = { WHATSAPP_TOKEN: e.WHATSAPP_TOKEN, WHATSAPP_APP_SECRET: e.WHATSAPP_APP_SECRET, WHATSAPP_VERIFY_TOKEN: e.WHATSAPP_VERIFY_TOKEN, WHATSAPP_PHONE_NUMBER_ID: e.WHATSAPP_PHONE_NUMBER_ID };
  const missing = Object.entries(set).filter(([, v]) => !v).map(([k]) => k);
  if (missing.length === 4) return undefined;
  if (missing.length) throw new ConfigError([`${missing.join(", ")}: required with the other WhatsApp settings`]);
  return {
    token: e.WHATSAPP_TOKEN!,
    appSecret: e.WHATSAPP_APP_SECRET!,
    verifyToken: e.WHATSAPP_VERIFY_TOKEN!,
    phoneNumberId: e.WHATSAPP_PHONE_NUMBER_ID!,
    apiVersion: e.WHATSAPP_API_VERSION,
    webhookPath: e.WHATSAPP_WEBHOOK_PATH,
    ...(e.WHATSAPP_LOCAL_STORAGE ? { localStorage: e.WHATSAPP_LOCAL_STORAGE } : {}),
    host: e.WEBHOOK_HOST,
    port: e.PORT,
  };
}

/** The desk's own file, used when OPENING_HOURS_FILE is not set. */
export const DEFAULT_OPENING_HOURS_FILE = "data/opening-hours.json";

type LoadedHours = { ok: true; spec: OpeningHoursSpec; file: string | undefined } | { ok: false; problem: string };

/**
 * Opening hours from OPENING_HOURS_FILE, else data/opening-hours.json, else the built-in ones; a file that is
 * missing (when named), not JSON or not valid stops start-up with the file and the problem named.
 */
function loadOpeningHours(configured: string | undefined): LoadedHours {
  const file = configured ?? fromRoot(DEFAULT_OPENING_HOURS_FILE);
  if (!configured && !existsSync(file)) return { ok: true, spec: DEFAULT_OPENING_HOURS, file: undefined };
  return loadOpeningHoursFile(file, `OPENING_HOURS_FILE (${configured ?? DEFAULT_OPENING_HOURS_FILE})`);
}

/** An opening-hours file, read and checked; a problem names the file (as `named`) and what is wrong. */
function loadOpeningHoursFile(file: string, named: string): LoadedHours {
  const read = readJson(file, named);
  if (!read.ok) return read;
  const parsed = openingHoursSpecSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, problem: `${named}: ${issuesOf(parsed.error)}` };
  return { ok: true, spec: parsed.data, file };
}

/** The desk's own teams-and-desks file, used when DESK_FILE is not set. */
export const DEFAULT_DESK_FILE = "data/desk.json";

const deskFileSchema = z
  .object({
    teams: z.array(teamSpecSchema).min(1),
    coordinatorsChatId: z.number().int().negative("must be the negative id of the coordinators' group").optional(),
    desks: z.array(deskSpecSchema).min(1).optional(),
    participants: participantsSpecSchema.optional(),
  })
  .strict();

type LoadedNetwork = { ok: true; spec: NetworkSpec; file: string | undefined; named: string } | { ok: false; problem: string };

/** One team (the operator group of OPERATOR_CHAT_ID) at one desk, the Cristo desk: the desk as it was before teams. */
function singleDesk(hours: OpeningHoursSpec, activities: string[]): NetworkSpec {
  return {
    teams: [{ ...DEFAULT_TEAM, chatId: undefined, categories: [], activities: [], quickReplies: [...DEFAULT_QUICK_REPLIES] }],
    desks: [{ ...CRISTO, location: { ...CRISTO.location }, openingHours: hours, teams: [DEFAULT_TEAM.id], activities, buildings: [] }],
    coordinatorsChatId: undefined,
  };
}

/**
 * Teams and desks from DESK_FILE, else data/desk.json, else one team at one desk. Everything that would only show
 * later as a request in the wrong group is checked here: unknown teams and activities, a category claimed twice at
 * one desk, two teams in one group, an activity run by two teams, hours files.
 */
function loadNetwork(configured: string | undefined, hours: OpeningHoursSpec): LoadedNetwork {
  const file = configured ?? fromRoot(DEFAULT_DESK_FILE);
  const activities = ActivityCatalog.load().all.map((a) => a.id);
  if (!configured && !existsSync(file)) return { ok: true, spec: singleDesk(hours, activities), file: undefined, named: "" };
  const shown = configured ?? DEFAULT_DESK_FILE;
  const named = `DESK_FILE (${shown})`;
  const read = readJson(file, named);
  if (!read.ok) return read;
  const parsed = deskFileSchema.safeParse(read.value);
  if (!parsed.success) return { ok: false, problem: `${named}: ${issuesOf(parsed.error)}` };
  const { teams: teamInputs, coordinatorsChatId, desks: deskInputs, participants: participantsInput } = parsed.data;
  const problems: string[] = [];
  const teams: TeamSpec[] = teamInputs.map((t) => ({ ...t, chatId: t.chatId, quickReplies: t.quickReplies ?? [...DEFAULT_QUICK_REPLIES] }));
  const teamIds = new Set<string>();
  const chats = new Map<number, string>();
  const runBy = new Map<string, string>();
  /** A resident name in a language the desk does not speak would never be read: a typo ("gb" for "en"). */
  const unknownLanguages = (names: Record<string, string> | undefined, where: string) => {
    for (const code of Object.keys(names ?? {})) {
      if (!(LOCALES as readonly string[]).includes(code)) problems.push(`${where}: residentName "${code}" is not one of the languages (${LOCALES.join(", ")})`);
    }
  };
  for (const team of teams) {
    unknownLanguages(team.residentName, `team "${team.id}"`);
    if (teamIds.has(team.id)) problems.push(`team "${team.id}" appears twice`);
    teamIds.add(team.id);
    if (team.chatId !== undefined) {
      if (chats.has(team.chatId)) problems.push(`teams "${chats.get(team.chatId)}" and "${team.id}" have the same group (${team.chatId}): each team needs its own`);
      chats.set(team.chatId, team.id);
    }
    for (const activity of team.activities) {
      if (!activities.includes(activity)) problems.push(`team "${team.id}": unknown activity "${activity}" (see data/activities.json)`);
      else if (runBy.has(activity)) problems.push(`activity "${activity}" is run by two teams ("${runBy.get(activity)}" and "${team.id}")`);
      runBy.set(activity, team.id);
    }
  }
  if (coordinatorsChatId !== undefined && chats.has(coordinatorsChatId)) {
    problems.push(`coordinatorsChatId: the coordinators' group must not be a team's group ("${chats.get(coordinatorsChatId)}")`);
  }
  const teamOfActivity = (activity: string) => runBy.get(activity) ?? teams[0]!.id;
  const desks: DeskSpec[] = [];
  const deskIds = new Set<string>();
  for (const input of deskInputs ?? [{ ...CRISTO, location: { ...CRISTO.location } }]) {
    if (deskIds.has(input.id)) problems.push(`desk "${input.id}" appears twice`);
    unknownLanguages(input.residentName, `desk "${input.id}"`);
    deskIds.add(input.id);
    const deskTeams = input.teams ?? teams.map((t) => t.id);
    for (const id of deskTeams) if (!teamIds.has(id)) problems.push(`desk "${input.id}": unknown team "${id}"`);
    const claimed = new Map<string, string>();
    for (const team of teams.filter((t) => deskTeams.includes(t.id))) {
      for (const category of team.categories) {
        if (claimed.has(category)) problems.push(`desk "${input.id}": category "${category}" is claimed by "${claimed.get(category)}" and "${team.id}"`);
        claimed.set(category, team.id);
      }
    }
    const deskActivities = input.activities ?? activities.filter((a) => deskTeams.includes(teamOfActivity(a)));
    for (const activity of deskActivities) {
      if (!activities.includes(activity)) problems.push(`desk "${input.id}": unknown activity "${activity}"`);
      else if (!deskTeams.includes(teamOfActivity(activity))) {
        problems.push(`desk "${input.id}": activity "${activity}" is run by "${teamOfActivity(activity)}", which does not work at this desk`);
      }
    }
    let deskHours = hours;
    if (typeof input.openingHours === "string") {
      const loaded = loadOpeningHoursFile(resolve(dirname(file), input.openingHours), `desk "${input.id}": openingHours (${input.openingHours})`);
      if (loaded.ok) deskHours = loaded.spec;
      else problems.push(loaded.problem);
    } else if (input.openingHours) {
      deskHours = input.openingHours;
    }
    desks.push({
      id: input.id,
      name: input.name,
      ...(input.residentName ? { residentName: input.residentName } : {}),
      town: input.town,
      address: input.address,
      venue: input.venue ?? `${input.address.charAt(0).toUpperCase()}${input.address.slice(1)}, ${input.town}`,
      location: input.location,
      openingHours: deskHours,
      teams: deskTeams,
      activities: deskActivities,
      buildings: input.buildings ?? [],
    });
  }
  const participants = participantsInput && resolveParticipants(participantsInput, activities);
  for (const activity of participants?.activities ?? []) {
    if (!activities.includes(activity)) problems.push(`participants: unknown activity "${activity}"`);
  }
  for (const desk of participants?.ruralDesks ?? []) if (!deskIds.has(desk)) problems.push(`participants: unknown desk "${desk}"`);
  if (problems.length) return { ok: false, problem: `${named}: ${problems.join("; ")}` };
  return { ok: true, spec: { teams, desks, coordinatorsChatId, ...(participants ? { participants } : {}) }, file, named: shown };
}

function issuesOf(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? `${i.path.join(".")}: ` : ""}${i.message}`).join("; ");
}

function readJson(file: string, named: string): { ok: true; value: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, "utf8")) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${named}: ${code === "ENOENT" ? "file not found" : `not readable JSON: ${(error as Error).message}`}` };
  }
}

/** The engines' settings, and what the privacy notice says about them. */
function enginesOf(e: z.infer<typeof schema>): Config["engines"] {
  const translationUrl =
    e.TRANSLATION_ENGINE === "deepl"
      ? (e.TRANSLATION_URL ?? (e.TRANSLATION_API_KEY?.endsWith(":fx") ? "https://api-free.deepl.com" : "https://api.deepl.com"))
      : e.TRANSLATION_URL;
  const hosts = [
    ...(e.TRANSLATION_ENGINE !== "off" && translationUrl ? [translationUrl] : []),
    ...(e.TRANSCRIPTION_URL ? [e.TRANSCRIPTION_URL] : []),
  ].map((url) => new URL(url).hostname);
  return {
    translation: {
      engine: e.TRANSLATION_ENGINE,
      ...(e.TRANSLATION_URL ? { url: e.TRANSLATION_URL } : {}),
      ...(e.TRANSLATION_API_KEY ? { apiKey: e.TRANSLATION_API_KEY } : {}),
      timeoutMs: e.TRANSLATION_TIMEOUT_MS,
    },
    transcription: {
      ...(e.TRANSCRIPTION_URL ? { url: e.TRANSCRIPTION_URL } : {}),
      model: e.TRANSCRIPTION_MODEL ?? "",
      ...(e.TRANSCRIPTION_API_KEY ? { apiKey: e.TRANSCRIPTION_API_KEY } : {}),
      timeoutMs: e.TRANSCRIPTION_TIMEOUT_MS,
      maxSeconds: e.TRANSCRIPTION_MAX_SECONDS,
    },
    speech: { engine: e.SPEECH_ENGINE, timeoutMs: e.SPEECH_TIMEOUT_MS, cacheBytes: e.SPEECH_CACHE_MB * 1024 * 1024 },
    privacyNote: e.TRANSLATION_PRIVACY_NOTE ?? (hosts.length ? [...new Set(hosts)].join(", ") : undefined),
    selfHosted: !e.TRANSLATION_PRIVACY_NOTE && hosts.every(isPrivateHost),
  };
}

/** A host on the desk's own machine or private network (compose service names have no dot). */
function isPrivateHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "");
  if (!h.includes(".") && !h.includes(":")) return true;
  if (h === "localhost" || h === "::1" || h.endsWith(".internal") || h.endsWith(".local")) return true;
  return /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(h) || /^f[cd][0-9a-f]{2}:/i.test(h);
}
