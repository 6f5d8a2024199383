import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Request } from "#src/domain/ports/records.js";
import type { Notifications } from "./notifications.js";
import type { ClosureInfo, OpeningHours } from "./opening-hours.js";
import type { Piece } from "./requests/model.js";

/**
 * Service levels: what residents are told when they write while the desk is closed, response times counted in
 * opening hours only, the flag on requests left waiting too long, and the satisfaction question after closing.
 */

const HOUR_MS = 3_600_000;

export const SATISFACTION_ANSWERS = ["yes", "partly", "no"] as const;
export type SatisfactionAnswer = (typeof SATISFACTION_ANSWERS)[number];

/**
 * The question is the closing message itself ("Your request N is closed. Did we help you?"): a separate notice and
 * the question told the resident twice (issue 30). It waits a minute, so a close undone at once (a slip) says nothing.
 */
export const SATISFACTION_DELAY_MS = 60_000;
/** A question the desk could not send for this long (it was down) is not asked any more: it would come out of the blue. */
export const SATISFACTION_EXPIRY_MS = 12 * 3_600_000;
/** After answering, what the resident writes within this time is their comment, not a new message to the desk. */
export const SATISFACTION_COMMENT_MS = 60 * 60_000;

/** The outbox ref of a request's question, so a reopening can withdraw it. */
export const satisfactionRef = (requestId: number) => `satisfaction:${requestId}`;

export interface ClosedNotice {
  /** Why the desk is closed now. */
  closure: ClosureInfo;
  /** When it opens next; undefined if no opening is configured within a year. */
  nextOpening: Date | undefined;
  /** The municipal social emergency number, said with 112. */
  emergencyNumber: string | undefined;
}

export interface ResponseTimes {
  /** Working hours from the resident's request to the first staff answer. */
  firstAnswerHours?: number;
  /** Working hours waited so far, while no staff answer came. */
  waitingHours?: number;
  /** Whether the request waits longer than the configured limit. */
  stale: boolean;
}

export type SatisfactionResult =
  | { ok: true; request: Request }
  | { ok: false; reason: "not-found" | "not-asked" | "already-answered" };

export interface ServiceLevelOptions {
  /** The first desk's hours (figures for the whole network are counted in them). */
  hours: OpeningHours;
  /** A desk's hours: a request's times count in the hours of the desk it was filed at, a resident is told theirs. */
  hoursOf?: (deskId: string | null) => OpeningHours;
  staleWorkingHours: number;
  emergencyNumber: string | undefined;
}

/** The parts of the requests service this one builds on: storing and posting a resident's message. */
interface RequestsPort {
  incoming(requestId: number, piece: Omit<Piece, "messageId">, options?: { sourceMessageId?: number }): { stored: boolean };
  tellStaff(requestId: number, key: string, vars: Record<string, string | number>): void;
}

export interface ServiceLevels {
  hours: OpeningHours;
  hoursOf(deskId: string | null): OpeningHours;
  staleWorkingHours: number;
  emergencyNumber: string | undefined;
  workingHours(from: Date, to: Date, deskId?: string | null): number;
  responseTimes: (request: Pick<Request, "createdAt" | "firstAnswerAt"> & {
    deskId?: string | null;
  }, now?: Date) => ResponseTimes;
  /**
   * A resident's words were received while the desk is closed: the first time in this closed period they are
   * told when it opens again (and whom to call if it is urgent); later messages of the same night are not.
   * Nothing waits for the opening: the words reached staff already.
   */
  closedNotice(residentId: number): ClosedNotice | undefined;
  /** The notice could not be sent (Telegram trouble): the update's rerun gives it again. */
  closedNoticeLost(residentId: number): void;
  /** Unanswered requests waiting longer than the limit, in working hours, oldest first (the digest). */
  staleRequests(now?: Date): Array<{
    request: Request;
    waitingHours: number;
  }>;
  /**
   * Minute chore: each request that has waited longer than the limit is flagged once in its topic (queued,
   * like every post about a request) and stamped, so a restart never flags it twice.
   */
  flagStale(): Request[];
  /**
   * Called when staff close a request (not on erasure): the resident is asked once, in their language, whether
   * the desk helped, with three buttons; this is the closing message, a minute after the close.
   */
  askSatisfaction(request: Request): boolean;
  /** Reopened before the question went out: it is not asked (it will be when the request closes again). */
  withdrawSatisfaction(requestId: number): void;
  /**
   * The resident's answer, checked on the server whatever the button said: their own request, asked, not
   * answered yet. Staff see it in the topic.
   */
  answerSatisfaction(residentId: number, requestId: number, answer: SatisfactionAnswer): SatisfactionResult;
  /** The request whose satisfaction answer this resident gave within the comment window, if any. */
  awaitingComment(residentId: number): Request | undefined;
  /**
   * A comment after the answer (text, voice, photo): stored on the request and posted in its topic under a
   * line that says what it is. Returns false when the resident's storage limit refused it.
   */
  comment(requestId: number, piece: Omit<Piece, "messageId">, sourceMessageId: number): boolean;
}

export function serviceLevelsService(
  repos: Stores,
  clock: Clock,
  notify: Notifications,
  requests: RequestsPort,
  options: ServiceLevelOptions,
): ServiceLevels {
  const { hours, staleWorkingHours } = options;
  const hoursOf = options.hoursOf ?? (() => hours);
  const workingHours = (from: Date, to: Date, deskId: string | null = null) => hoursOf(deskId).workingMillisBetween(from, to) / HOUR_MS;

  function responseTimes(request: Pick<Request, "createdAt" | "firstAnswerAt"> & { deskId?: string | null }, now = clock.now()): ResponseTimes {
    const desk = request.deskId ?? null;
    if (request.firstAnswerAt) return { firstAnswerHours: workingHours(request.createdAt, request.firstAnswerAt, desk), stale: false };
    const waitingHours = workingHours(request.createdAt, now, desk);
    return { waitingHours, stale: waitingHours > staleWorkingHours };
  }

  return {
    hours,
    hoursOf,
    staleWorkingHours,
    emergencyNumber: options.emergencyNumber,
    workingHours,
    responseTimes,

    /**
     * A resident's words were received while the desk is closed: the first time in this closed period they are
     * told when it opens again (and whom to call if it is urgent); later messages of the same night are not.
     * Nothing waits for the opening: the words reached staff already.
     */
    closedNotice(residentId: number): ClosedNotice | undefined {
      const now = clock.now();
      const hours = hoursOf(repos.residents.get(residentId)?.deskId ?? null);
      const closure = hours.closureAt(now);
      if (!closure) return undefined;
      const key = hours.closureKey(now);
      // Told already in this closed period (the usual case for a second message): no need to work out the opening.
      if (repos.residents.get(residentId)?.closedNoticeKey === key) return undefined;
      return repos.transaction(() => {
        const resident = repos.residents.get(residentId);
        if (!resident || resident.forgottenAt || resident.closedNoticeKey === key) return undefined;
        repos.residents.update(residentId, { closedNoticeKey: key });
        return { closure, nextOpening: hours.nextOpening(now)?.start, emergencyNumber: options.emergencyNumber };
      });
    },

    /** The notice could not be sent (Telegram trouble): the update's rerun gives it again. */
    closedNoticeLost(residentId: number): void {
      repos.residents.update(residentId, { closedNoticeKey: null });
    },

    /** Unanswered requests waiting longer than the limit, in working hours, oldest first (the digest). */
    staleRequests(now = clock.now()): Array<{ request: Request; waitingHours: number }> {
      return repos.requests
        .unanswered(new Date(now.getTime() - staleWorkingHours * HOUR_MS))
        .map((request) => ({ request, waitingHours: workingHours(request.createdAt, now, request.deskId) }))
        .filter((r) => r.waitingHours > staleWorkingHours);
    },

    /**
     * Minute chore: each request that has waited longer than the limit is flagged once in its topic (queued,
     * like every post about a request) and stamped, so a restart never flags it twice.
     */
    flagStale(): Request[] {
      const now = clock.now();
      // Working time never exceeds wall time: only requests older than the limit in wall time can qualify.
      const candidates = repos.requests.unflaggedUnanswered(new Date(now.getTime() - staleWorkingHours * HOUR_MS));
      const flagged: Request[] = [];
      for (const request of candidates) {
        const waited = workingHours(request.createdAt, now, request.deskId);
        if (waited <= staleWorkingHours) continue;
        repos.transaction(() => {
          const fresh = repos.requests.get(request.id);
          if (!fresh || fresh.staleFlaggedAt || fresh.firstAnswerAt || fresh.status === "closed") return;
          repos.requests.update(request.id, { staleFlaggedAt: now });
          requests.tellStaff(request.id, "sl-stale", { id: String(request.id), limit: staleWorkingHours, waited: Math.floor(waited * 10) / 10 });
          notify.toGroup({ type: "board", action: "card", requestId: request.id });
          flagged.push(fresh);
        });
      }
      return flagged;
    },

    /**
     * Called when staff close a request (not on erasure): the resident is asked once, in their language, whether
     * the desk helped, with three buttons; this is the closing message, a minute after the close.
     */
    askSatisfaction(request: Request): boolean {
      if (request.satisfactionAskedAt || request.erasedAt) return false;
      const now = clock.now();
      const queued = notify.toResident(
        request.residentId,
        "satisfaction",
        satisfactionRef(request.id),
        {
          type: "t",
          key: "sat-question",
          vars: { number: String(request.id) },
          answers: { kind: "satisfaction", requestId: request.id },
        },
        { dueAt: new Date(now.getTime() + SATISFACTION_DELAY_MS), expiresAt: new Date(now.getTime() + SATISFACTION_DELAY_MS + SATISFACTION_EXPIRY_MS) },
      );
      if (queued) repos.requests.update(request.id, { satisfactionAskedAt: now });
      return queued;
    },

    /** Reopened before the question went out: it is not asked (it will be when the request closes again). */
    withdrawSatisfaction(requestId: number): void {
      if (notify.cancel([satisfactionRef(requestId)]) > 0) repos.requests.update(requestId, { satisfactionAskedAt: null });
    },

    /**
     * The resident's answer, checked on the server whatever the button said: their own request, asked, not
     * answered yet. Staff see it in the topic.
     */
    answerSatisfaction(residentId: number, requestId: number, answer: SatisfactionAnswer): SatisfactionResult {
      return repos.transaction((): SatisfactionResult => {
        const request = repos.requests.get(requestId);
        if (!request || request.residentId !== residentId) return { ok: false, reason: "not-found" };
        if (!request.satisfactionAskedAt) return { ok: false, reason: "not-asked" };
        if (request.satisfaction) return { ok: false, reason: "already-answered" };
        repos.requests.update(requestId, { satisfaction: answer, satisfactionAt: clock.now() });
        requests.tellStaff(requestId, "sl-satisfaction", { id: String(requestId), answer });
        return { ok: true, request: repos.requests.get(requestId)! };
      });
    },

    /** The request whose satisfaction answer this resident gave within the comment window, if any. */
    awaitingComment(residentId: number): Request | undefined {
      const since = new Date(clock.now().getTime() - SATISFACTION_COMMENT_MS);
      return repos.requests.satisfactionAnsweredSince(residentId, since);
    },

    /**
     * A comment after the answer (text, voice, photo): stored on the request and posted in its topic under a
     * line that says what it is. Returns false when the resident's storage limit refused it.
     */
    comment(requestId: number, piece: Omit<Piece, "messageId">, sourceMessageId: number): boolean {
      return repos.transaction(() => {
        const request = repos.requests.get(requestId);
        if (!request?.satisfactionAt) return false;
        const answeredAt = request.satisfactionAt.getTime();
        const first = !repos.requests.messages(requestId).some((m) => m.direction === "in" && m.createdAt.getTime() >= answeredAt);
        if (first) requests.tellStaff(requestId, "sl-satisfaction-comment", { id: String(requestId) });
        return requests.incoming(requestId, piece, { sourceMessageId }).stored;
      });
    },
  };
}

