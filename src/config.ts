import { isIP } from "node:net";
import { z } from "zod";

/** The nine resident languages; Italian is the default and the staff's language. */
export const LOCALES = ["it", "en", "fr", "es", "ro", "sq", "ar", "uk", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

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
  CSV_SEPARATOR: z.enum([";", ","]).default(";"),
  BACKUP_DIR: z.string().optional(),
  BACKUP_KEEP: intFromEnv(7, 1, 365),
  PRIVACY_NOTICE_VERSION: intFromEnv(1, 1, 1000),
  /** Training and end-to-end tests only: the desk's clock starts at this instant and runs on. */
  FAKE_NOW: z.string().datetime({ offset: true, message: "must be an ISO date-time, e.g. 2026-12-01T08:00:00+01:00" }).optional(),
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
  csvSeparator: ";" | ",";
  backup: { dir: string; keep: number } | undefined;
  privacyNoticeVersion: number;
  fakeNow: Date | undefined;
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
  if (e.BOT_TOKEN && e.OPERATOR_CHAT_ID === undefined) {
    problems.push("OPERATOR_CHAT_ID: required when BOT_TOKEN is set (the operator group's id)");
  }
  if (e.WEBHOOK_URL && !e.WEBHOOK_SECRET) {
    problems.push("WEBHOOK_SECRET: required when WEBHOOK_URL is set");
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
    csvSeparator: e.CSV_SEPARATOR,
    backup: e.BACKUP_DIR ? { dir: e.BACKUP_DIR, keep: e.BACKUP_KEEP } : undefined,
    privacyNoticeVersion: e.PRIVACY_NOTICE_VERSION,
    fakeNow: e.FAKE_NOW ? new Date(e.FAKE_NOW) : undefined,
  };
}
