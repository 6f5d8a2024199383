import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { NewsPayload } from "./neighbourhood/announcements.js";
import type { LetterNotice } from "./letters/service.js";
import type { ResidentName } from "./resident-names.js";
import type { VoiceNotePayload } from "./speech.js";
import type { Teams } from "./teams.js";
import type { VisitNotice, VisitStaffNotice } from "./visits/notices.js";

/**
 * What the desk says on its own initiative, stored in the outbox and rendered in the
 * resident's language only when sent (they may change language in between).
 */
export type OutboxPayload =
  | {
      type: "t";
      key: string;
      vars?: Record<string, string | number>;
      /** Variables that are themselves locale keys (an activity's name). */
      keys?: Record<string, string>;
      /** Variables that are names said per language (a team's): the desk file's text for the reader's, else a locale key. */
      names?: Record<string, ResidentName>;
      /** Variables that are instants, shown as local date and time in the resident's language. */
      dates?: Record<string, string>;
      /** What the resident may answer; the bot draws the buttons (labels and callback data). */
      answers?: Answers;
      /** Buttons as stored by versions that queued them ready-made: still drawn as they are. */
      buttons?: Array<{ key: string; data: string }>;
    }
  | { type: "html"; text: string }
  | VisitNotice
  | NewsPayload
  | LetterNotice
  | VoiceNotePayload
  | GroupPost;

/**
 * The answers a resident can give under a message the desk sent on its own: the domain says which
 * question it asks about what, never how the buttons are spelled.
 */
export type Answers =
  /** "I'll come" / "I can't come" under a reminder. */
  | { kind: "reminder"; bookingId: number }
  /** Accept or decline a freed seat. */
  | { kind: "offer"; bookingId: number }
  /** "Did we help you?": yes, partly, no. */
  | { kind: "satisfaction"; requestId: number };

/**
 * A post about a request into its team's operator group, rendered by the operator board when it
 * goes out: opening the topic and card, a resident's message (merged with the ones queued after
 * it), a staff notice, a refreshed card. Queued in the same transaction as the change it shows.
 */
export type GroupPost = {
  type: "board";
  requestId: number;
  /** How far a multi-step post got (topic created, parts sent), so a retry resumes there. */
  step?: number;
  /**
   * The last attempt's answer was lost: the id last seen in the group before it, and exactly what
   * was sent, so the next attempt first looks for it instead of posting it twice.
   */
  uncertain?: { after: number; html: string; absorbed?: number[] };
} & (
  | { action: "open" }
  | { action: "piece"; messageRowId: number; text: boolean }
  /** A line for staff: HTML already worded, or a staff text (locales/it/staff/) worded when it is posted. */
  | { action: "note"; html: string; staffText?: undefined }
  | { action: "note"; html?: undefined; staffText: { key: string; vars: Record<string, string | number> } }
  | { action: "card" }
  /** A transfer empties the old group of the request (its topic, card, relays) and leaves a one-line note there. */
  | {
      action: "vacate";
      topicId: number | null;
      cardMessageId: number | null;
      messageIds: number[];
      to: string;
      by: string;
      /** A home visit still to come that moved with the request: the old group is told it is off their lists. */
      visitId?: number;
      /** Only posts to take away (a staff answer that arrived after the move), no note. */
      quiet?: boolean;
    }
  /** After a transfer, the new group gets what was said so far under the new card. */
  | { action: "history"; from: string; by: string; upTo: number }
  | { action: "visit"; notice: VisitStaffNotice }
  /** A letter read for the resident: its facts, each with buttons for staff to confirm or reject it. */
  | { action: "letter"; letterId: number }
  /**
   * The card pinned at the top of its topic: a convenience, not something staff wait for, so it is its own row that
   * goes only when the group's minute has room (see GROUP_WHEN_IDLE) and never holds the request's posts behind it.
   */
  | { action: "pin" }
);

/** Group rows that go only when nothing else waits for the group (or once they have waited long enough). */
export const GROUP_WHEN_IDLE = new Set(["group-pin"]);

export const requestRef = (requestId: number) => `request:${requestId}`;

export interface Notifications {
  /** Queues a message to a resident, unless Telegram told us they cannot be reached. */
  toResident(residentId: number, kind: string, ref: string | null, payload: OutboxPayload, when?: {
    dueAt?: Date;
    expiresAt?: Date;
  }): boolean;
  /**
   * Queues a post about a request into its team's operator group (or into `chatId`, the group a transfer
   * leaves): paced, in order per request, never lost.
   */
  toGroup(post: GroupPost, chatId?: number): void;
  /** A message for a team's staff (the first team's unless `chatId` says which group). */
  toStaff(kind: string, ref: string | null, html: string, dueAt?: Date, chatId?: number): void;
  cancel(refs: string[]): number;
}

export function notificationsService(repos: Stores, clock: Clock, teams: Teams): Notifications {
  /** A request's posts go to the operator group of the team that handles it, and only there. */
  const chatOf = (requestId: number) => teams.of(repos.requests.get(requestId)?.teamId).chatId;
  return {
    /** Queues a message to a resident, unless Telegram told us they cannot be reached. */
    toResident(
      residentId: number,
      kind: string,
      ref: string | null,
      payload: OutboxPayload,
      when: { dueAt?: Date; expiresAt?: Date } = {},
    ): boolean {
      const resident = repos.residents.get(residentId);
      if (!resident || resident.blockedAt || resident.forgottenAt) return false;
      repos.outbox.insert({
        chatId: residentId,
        kind,
        ref,
        payload: JSON.stringify(payload),
        dueAt: when.dueAt ?? clock.now(),
        expiresAt: when.expiresAt ?? null,
        status: "pending",
        createdAt: clock.now(),
      });
      return true;
    },
    /**
     * Queues a post about a request into its team's operator group (or into `chatId`, the group a transfer
     * leaves): paced, in order per request, never lost.
     */
    toGroup(post: GroupPost, chatId = chatOf(post.requestId)): void {
      repos.outbox.insert({
        chatId,
        kind: `group-${post.action}`,
        // A pin keeps out of the request's first-in-first-out line: its posts never wait for it.
        ref: post.action === "pin" ? null : requestRef(post.requestId),
        payload: JSON.stringify(post),
        dueAt: clock.now(),
        status: "pending",
        createdAt: clock.now(),
      });
    },
    /** A message for a team's staff (the first team's unless `chatId` says which group). */
    toStaff(kind: string, ref: string | null, html: string, dueAt?: Date, chatId = teams.lead.chatId): void {
      repos.outbox.insert({
        chatId,
        kind,
        ref,
        payload: JSON.stringify({ type: "html", text: html } satisfies OutboxPayload),
        dueAt: dueAt ?? clock.now(),
        status: "pending",
        createdAt: clock.now(),
      });
    },
    cancel(refs: string[]): number {
      return repos.outbox.cancelPending(refs);
    },
  };
}
