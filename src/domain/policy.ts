import { z } from "zod";
import type { DeskSpec } from "./desks.js";
import type { TeamSpec } from "./teams.js";
import type { ParticipantsSpec } from "./participants/indicators.js";

/** The languages residents read, Italian (the default) first. */
export const LOCALES = ["it", "en", "fr", "es", "ro", "sq", "ar", "uk", "zh"] as const;
export type Locale = (typeof LOCALES)[number];

/** Teams and desks as configured: chat ids may still be missing (the first team's is OPERATOR_CHAT_ID, the playground's are its own). */
export interface NetworkSpec {
  teams: TeamSpec[];
  desks: DeskSpec[];
  /** A group that sees every team's figures (/stats, /export, /queue counts), never a request's content. */
  coordinatorsChatId: number | undefined;
  /** ESF+ participant sheets and counts (desk file's `participants`); undefined: the desk collects none. */
  participants?: ParticipantsSpec;
}

/**
 * The desk's rules as a deployment sets them (config.ts reads them and fills the defaults documented in
 * .env.example): what the services are built from. The domain owns this shape; the configuration only fills it.
 */
export interface DeskPolicy {
  timezone: string;
  network: NetworkSpec;
  /** How long a freed seat is held for the next on the waiting list, and the latest hour of the day it may end. */
  waitlistHoldHours: number;
  waitlistHoldUntil: { hour: number; minute: number };
  maxChildrenPerSession: number;
  /** Stored messages: at most this many per request and per resident per day. */
  storedPerRequest: number;
  storedPerDay: number;
  /** A request without a first answer after this many working hours is flagged. */
  staleWorkingHours: number;
  emergencySocialNumber?: string | undefined;
  privacyNoticeVersion: number;
  retentionDays: number;
  flowIdleMinutes: number;
  /** The outbox's pace: announcements leave a margin of it for everything else. */
  outboxRatePerSecond: number;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const whole = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

/**
 * The desk's policy as the desk file's "policy" object sets it; every default is here and nowhere else (README
 * "Desk policy"). A few are also accepted from the environment as overrides (src/config.ts, POLICY_OVERRIDES).
 */
export const policySchema = z
  .object({
    /** When the morning digest reaches the operator groups (local time). */
    digestTime: z.string().regex(HH_MM, "must be HH:MM").default("08:00"),
    /** Wall-clock hours a freed seat is kept for the first on the waiting list... */
    waitlistHoldHours: z.coerce.number().positive().max(168).default(12),
    /** ...but at least until this local time of the next day the desk opens; never past the lesson's start. */
    waitlistHoldUntil: z.string().regex(HH_MM, "must be HH:MM").default("12:00"),
    /** Seats one parent may hold in one tutoring session (one per child); an adult holds one seat. */
    maxChildrenPerSession: whole(3, 1, 10),
    /** Days a closed request's content is kept before it is erased. */
    retentionDays: whole(365, 1, 3650),
    /** Messages one person may send a minute before the flood guard answers for them. */
    rateLimitPerMinute: whole(30, 5, 600),
    /** What one resident may have stored: messages per request, and per 24 hours (beyond: one notice, nothing stored). */
    storedPerRequest: whole(200, 10, 100_000),
    storedPerDay: whole(300, 10, 100_000),
    /** A flow left unanswered this long is closed, with a word to the resident. */
    flowIdleMinutes: whole(180, 1, 10_080),
    /** A request still without a first answer after this many working hours is flagged in its topic and the digest. */
    staleWorkingHours: z.coerce.number().positive().max(500).default(16),
    /** The column separator of CSV exports (";" for an Italian spreadsheet). */
    csvSeparator: z.enum([";", ","]).default(";"),
    /** The privacy notice's version: raising it asks everyone to read and accept it again. */
    privacyNoticeVersion: whole(1, 1, 1000),
    /** Told (with 112) to residents who write while the desk is closed: the municipality's social emergency line. */
    emergencySocialNumber: z
      .string()
      .regex(/^\+?[0-9][0-9 ./-]{1,20}$/, "must be a phone number, e.g. 0131 515111")
      .optional(),
  })
  .strict();

export type PolicySettings = z.output<typeof policySchema>;
