import { isIP } from "node:net";
import { z } from "zod";
import type { ReplicaSettings } from "./replica/replica-monitor.js";

/**
 * The environment: what a deployment sets (token, chat ids, paths, ports, engines, the machine's limits). The desk's
 * policy (teams, desks, hours, holds, limits, retention) is the desk file's, read by src/domain/desk-file.ts; a few
 * policy variables are still accepted here as overrides of it (POLICY_OVERRIDES, README "Desk policy").
 * src/settings.ts puts the two together into one Config.
 */

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
  OUTBOX_RATE_PER_SECOND: intFromEnv(25, 1, 30),
  /** Telegram takes about 20 bot messages a minute into one group; a self-hosted API or the emulator may take more. */
  GROUP_POSTS_PER_MINUTE: intFromEnv(20, 1, 600),
  /** People whose language the process keeps in memory (read on every update and every flow replay). */
  RESIDENT_CACHE_SIZE: intFromEnv(50_000, 0, 10_000_000),
  BACKUP_DIR: z.string().optional(),
  BACKUP_KEEP: intFromEnv(7, 1, 365),
  /** Litestream's configuration (deploy/litestream.yml; set by deploy/run-with-litestream.sh): the replica's lag is watched. */
  LITESTREAM_CONFIG: z.string().min(1).optional(),
  LITESTREAM_BIN: z.string().min(1).optional(),
  /** The replica counts as behind (/healthz, the digest) beyond this lag. */
  REPLICA_MAX_LAG_SECONDS: intFromEnv(60, 1, 86_400),
  REPLICA_CHECK_SECONDS: intFromEnv(30, 1, 3600),
  /** Teams and desks (JSON, see the README); unset: data/desk.json if present, else one team in OPERATOR_CHAT_ID at one desk. */
  DESK_FILE: z.string().min(1).optional(),
  /** Weekly hours, holidays and closures (JSON); unset: data/opening-hours.json if present, else the built-in hours. */
  OPENING_HOURS_FILE: z.string().min(1).optional(),
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

/**
 * Desk-policy variables still accepted from the environment, each overriding its value in the desk file's "policy"
 * (README "Desk policy" lists them): by name, the policy key it overrides. Checked with the policy's own rules.
 */
export const POLICY_OVERRIDES = {
  DIGEST_TIME: "digestTime",
  WAITLIST_HOLD_HOURS: "waitlistHoldHours",
  WAITLIST_HOLD_UNTIL: "waitlistHoldUntil",
  MAX_CHILDREN_PER_SESSION: "maxChildrenPerSession",
  RETENTION_DAYS: "retentionDays",
  RATE_LIMIT_PER_MINUTE: "rateLimitPerMinute",
  STORED_PER_REQUEST: "storedPerRequest",
  STORED_PER_DAY: "storedPerDay",
  FLOW_IDLE_MINUTES: "flowIdleMinutes",
  STALE_WORKING_HOURS: "staleWorkingHours",
  CSV_SEPARATOR: "csvSeparator",
  PRIVACY_NOTICE_VERSION: "privacyNoticeVersion",
  EMERGENCY_SOCIAL_NUMBER: "emergencySocialNumber",
} as const;

/** One policy value set in the environment: the variable, the policy key, the text as given. */
export interface PolicyOverride {
  variable: string;
  key: string;
  value: string;
}

/** What the environment says: the deployment, where the desk file is, and any policy it overrides. */
export interface Environment {
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
  /** The outbox's pace and the posts one operator group takes a minute: the Bot API server's limits. */
  outboxRatePerSecond: number;
  groupPostsPerMinute: number;
  /** People whose language the process keeps in memory: this machine's memory. */
  residentCacheSize: number;
  backup: { dir: string; keep: number } | undefined;
  /** Litestream's replica off the machine, when the desk runs under it (src/replica/). */
  replica: ReplicaSettings | undefined;
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
  /** The WhatsApp channel (residents only), when configured. */
  whatsapp: WhatsAppSettings | undefined;
  /** The desk file and the opening-hours file as named (DESK_FILE, OPENING_HOURS_FILE); unset: the defaults. */
  files: { desk: string | undefined; openingHours: string | undefined };
  /** Policy values the environment overrides (POLICY_OVERRIDES), checked with the desk file's. */
  policyOverrides: PolicyOverride[];
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
export function loadEnvironment(env: Record<string, string | undefined> = process.env): Environment {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];
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
  if (problems.length) throw new ConfigError(problems);
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
    outboxRatePerSecond: e.OUTBOX_RATE_PER_SECOND,
    groupPostsPerMinute: e.GROUP_POSTS_PER_MINUTE,
    residentCacheSize: e.RESIDENT_CACHE_SIZE,
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
    engines: enginesOf(e),
    fakeNow: e.FAKE_NOW ? new Date(e.FAKE_NOW) : undefined,
    whatsapp: whatsappOf(e),
    files: { desk: e.DESK_FILE, openingHours: e.OPENING_HOURS_FILE },
    policyOverrides: Object.entries(POLICY_OVERRIDES).flatMap(([variable, key]) =>
      cleaned[variable] === undefined ? [] : [{ variable, key, value: String(cleaned[variable]) }],
    ),
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

/** The engines' settings, and what the privacy notice says about them. */
function enginesOf(e: z.infer<typeof schema>): Environment["engines"] {
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
