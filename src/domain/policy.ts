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
  emergencySocialNumber: string | undefined;
  privacyNoticeVersion: number;
  retentionDays: number;
  flowIdleMinutes: number;
  /** The outbox's pace: announcements leave a margin of it for everything else. */
  outboxRatePerSecond: number;
}
