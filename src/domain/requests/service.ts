import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Desks } from "#src/domain/desks.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Teams } from "#src/domain/teams.js";
import { type BoardBookkeeping, boardBookkeeping } from "./board.js";
import { cardContent } from "./card.js";
import type { RequestsDeps } from "./deps.js";
import { requestLifecycle } from "./lifecycle.js";
import { storedMessages } from "./messages.js";
import type { RequestHooks, StorageLimits } from "./model.js";
import type { Request, RequestMessage, Piece, Incoming, StaffResult, NewRequestInput, TransferResult } from "./model.js";
import type { Actor, AuditEntry, RequestStatus } from "#src/domain/ports/records.js";
import type { Team } from "#src/domain/teams.js";
import type { Desk } from "#src/domain/desks.js";

/** The board's bookkeeping (board.ts) is part of the contract, save staffPost, which the lifecycle uses inside. */
export interface RequestsService extends Omit<BoardBookkeeping, "staffPost"> {
  /** What the resident said when filing the request, in order, as the card and its follow-up posts show it. */
  initialPieces(requestId: number): RequestMessage[];
  /** The card's texts, as the card was drawn when the request was filed. */
  cardPieces(requestId: number): RequestMessage[];
  /** What was said on a request (extra parts of long texts left out: their text is on the first). */
  messages(id: number): RequestMessage[];
  /** One stored message by its row id. */
  message(id: number): RequestMessage | undefined;
  /**
   * Something the resident sent while the request is open, stored unless they reached what one
   * person may store (per request, per 24 hours): one resident must not fill the disk or the
   * staff's screens. The first refusal leaves a marker, so people are told once.
   */
  incoming(requestId: number, piece: Omit<Piece, "messageId">, options?: {
    sourceMessageId?: number;
    relay?: boolean;
  }): Incoming;
  /** How much one resident may store per request and per 24 hours. */
  limits: StorageLimits;
  /** One page of a request's history for staff, newest page first; never the whole of it at once. */
  historyPage(requestId: number, page: number, size: number): {
    request: Request;
    total: number;
    page: number;
    pages: number;
    messages: RequestMessage[];
  } | undefined;
  /** A staff answer delivered to the resident; the first one stamps the time to first answer. */
  answered(requestId: number, actor: Actor, piece: {
    kind: string;
    text?: string;
    groupMessageId?: number;
    chatId?: number;
  }, action?: string): void;
  /** A staff note on the request: kept in its history (and its group post), never sent to the resident. Audited. */
  note(requestId: number, actor: Actor, text: string, groupMessageId?: number, chatId?: number): StaffResult;
  /** A request's whole history (long texts' extra parts left out) with its audit trail, in one piece. */
  history(requestId: number): {
    request: Request;
    messages: RequestMessage[];
    audit: AuditEntry[];
  } | undefined;
  /** What staff did on a request. */
  auditTrail(requestId: number): AuditEntry[];
  /** Writes a staff action to the audit log, stamped with the desk's clock. */
  record(actor: Actor, action: string, target: { requestId?: number; sessionId?: number; detail?: string }): void;
  /** One request by id. */
  get(id: number): Request | undefined;
  /** The resident's request still open or taken, if any: what they write next joins it. */
  openFor(residentId: number): Request | undefined;
  /** Every request of a resident (for /mydata and erasure). */
  forResident(residentId: number): Request[];
  /** Open and taken requests of some teams (every team's when left out), oldest first. */
  queue(limit?: number, teamIds?: string[]): Request[];
  /** Open, taken and recently closed requests of one team (every team's when left out). */
  counts(teamId?: string): Record<RequestStatus, number>;
  /** Requests a staff member has taken, in some teams (every team's when left out). */
  assignedTo(staffId: number, teamIds?: string[]): Request[];
  /** The team that handles a request (the lead team for one without). */
  teamOf(request: Pick<Request, "teamId">): Team;
  /** The desk a request was filed at: its address and hours are the ones the resident is told. */
  deskOf(request: Pick<Request, "deskId">): Desk;
  /** The resident's request closed within REOPEN_DAYS, which writing again may reopen. */
  recentlyClosedFor(residentId: number): Request | undefined;
  /**
   * Files a request with everything the resident said, and queues its posts for the operator
   * group (topic and card, then what the card does not show) in the same transaction: once this
   * returns, the request reaches staff whatever Telegram does.
   */
  file(input: NewRequestInput): {
    request: Request;
    pieces: RequestMessage[];
  };
  /** A staff member takes the request on; refused when closed or already theirs. Audited. */
  take(requestId: number, actor: Actor): StaffResult;
  /** Staff close the request; refused when already closed. Audited. */
  close(requestId: number, actor: Actor): StaffResult;
  /** Staff reopen (actor given) or the resident writes again within REOPEN_DAYS. */
  reopen(requestId: number, actor: Actor): StaffResult;
  /**
   * Moves a request to another team: its posts leave the old group (a one-line note stays there, without the
   * content), the new group gets the topic or card and the whole history, the resident is told in their language
   * who follows them now, and the move is audited. Whoever had taken it in the old team no longer has it.
   */
  transfer(requestId: number, toTeamId: string, actor: Actor): TransferResult;
}

/**
 * Requests as one service, built from its parts: a request's life (lifecycle.ts), what is said on it (messages.ts),
 * its card (card.ts) and its place on the staff's board (board.ts). The words and types are in model.ts.
 */
export function requestsService(
  repos: Stores,
  clock: Clock,
  notify: Notifications,
  limits: StorageLimits,
  hooks: RequestHooks,
  network: { teams: Teams; desks: Desks },
): RequestsService {
  const deps: RequestsDeps = { repos, clock, notify, limits, hooks, ...network };
  const card = cardContent(deps);
  // The board's own step of recording a staff post stays inside: answers and notes call it, nobody else does.
  const { staffPost, ...board } = boardBookkeeping(deps);
  return {
    ...requestLifecycle(deps, card),
    ...storedMessages(deps, { staffPost }),
    ...card,
    ...board,
  };
}
