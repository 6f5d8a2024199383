import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/db/repositories/audit.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { Request, RequestMessage } from "#src/db/repositories/requests.js";
import type { Desks } from "./desks.js";
import { type Notifications, requestRef } from "./notifications.js";
import type { Team, Teams } from "./teams.js";

export type { Request, RequestMessage };

export const CATEGORIES = ["housing", "rent", "social", "health", "homecare", "school", "neighbours", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

/** A closed request can be reopened by its resident within this many days; after that a new one starts. */
export const REOPEN_DAYS = 7;
/** The whole description of one request, all text pieces together. */
export const MAX_DESCRIPTION_CHARS = 12_000;
export const MAX_ADDRESS_CHARS = 300;

export type PieceKind = "text" | "voice" | "photo" | "document" | "audio" | "video" | "video_note" | "location" | "other";
/** Where a forwarded message came from; `name` is missing when the sender hid their account. */
export interface ForwardOrigin {
  origin: "user" | "hidden_user" | "chat" | "channel";
  name?: string;
}

export interface Piece {
  kind: PieceKind;
  text?: string;
  fileId?: string;
  forwarded?: ForwardOrigin;
  /** The resident's own message, so it can be copied to the group as it is. */
  messageId: number;
}

export interface NewRequestInput {
  residentId: number;
  category: Category;
  language: string;
  visit: "desk" | "home";
  address?: string;
  location?: { latitude: number; longitude: number };
  contact: "chat" | "phone";
  phone?: string;
  pieces: Piece[];
  /** The form's first message: sending the same form again files nothing new. */
  formKey?: number;
}

export type StaffResult =
  | { ok: true; request: Request }
  | { ok: false; reason: "not-found" | "already-closed" | "not-closed" | "already-taken-by-you" };

export type TransferResult =
  | { ok: true; request: Request; from: Team; to: Team }
  | { ok: false; reason: "not-found" | "already-closed" | "same-team" | "unknown-team" };

/** What one resident may have stored (see STORED_PER_REQUEST and STORED_PER_DAY). */
export interface StorageLimits {
  perRequest: number;
  perDay: number;
}

/** How much of a new request's text its card shows; the rest follows as posts of its own, never both. */
export const CARD_TEXT_BUDGET = 2500;

/**
 * The texts a request's card shows: the first text pieces, in order, while they fit the card's
 * budget whole. Everything else (later texts, media) is posted under the card.
 */
export function piecesOnCard(pieces: Array<Pick<RequestMessage, "id" | "kind" | "text">>): Set<number> {
  const shown = new Set<number>();
  let used = 0;
  for (const p of pieces) {
    if (p.kind !== "text" || !p.text) continue;
    if (used + p.text.length > CARD_TEXT_BUDGET) break;
    used += p.text.length + 1;
    shown.add(p.id);
  }
  return shown;
}

/** The outcome of storing a resident's message: beyond a limit nothing is stored, and `first` says whether to tell people. */
export type Incoming = { stored: true; row: RequestMessage } | { stored: false; limit: "request" | "day"; first: boolean };

const DAY_MS = 86_400_000;

/** What other rules do when staff close or reopen a request (the satisfaction question, a visit still to come). */
export interface RequestHooks {
  closed?(request: Request, actor: Actor): void;
  reopened?(request: Request): void;
}

export function requestsService(
  repos: Repositories,
  clock: Clock,
  notify: Notifications,
  limits: StorageLimits,
  hooks: RequestHooks,
  network: { teams: Teams; desks: Desks },
) {
  const { teams, desks } = network;
  const { requests, audit } = repos;
  const forwardColumns = (f: ForwardOrigin | undefined) => ({
    forwardOrigin: f?.origin ?? null,
    forwardName: f?.name?.slice(0, 128) ?? null,
  });

  /** What the resident sent with the form, before the request had a number. */
  /**
   * A staff message about a request (an answer, a "!" note, a /note) is recorded for erasure with the chat it is in,
   * never the request's current team (a transfer may have happened while it was in flight). When it was written in
   * the group the request has just left, it is also taken away from there, as the transfer took the rest. Returns
   * whether the message is in the request's group now (only then is its id one of that group's, for replies).
   */
  function staffPost(request: Request, actor: Actor, piece: { groupMessageId?: number | undefined; chatId?: number | undefined }): boolean {
    if (piece.groupMessageId === undefined || piece.chatId === undefined) return true;
    repos.privacy.recordPost({
      residentId: request.residentId,
      chatId: piece.chatId,
      messageId: piece.groupMessageId,
      threadId: null,
      kind: "staff",
      requestId: request.id,
      createdAt: clock.now(),
    });
    const team = teams.of(request.teamId);
    const moved = piece.chatId < 0 && piece.chatId !== team.chatId && teams.byChat(piece.chatId) !== undefined;
    if (moved) {
      const post = { type: "board" as const, action: "vacate" as const, requestId: request.id, topicId: null, cardMessageId: null };
      notify.toGroup({ ...post, messageIds: [piece.groupMessageId], to: team.name, by: actor.name, quiet: true }, piece.chatId);
    }
    return piece.chatId === team.chatId;
  }

  function initialPieces(requestId: number): RequestMessage[] {
    const request = requests.get(requestId);
    if (!request) return [];
    return requests
      .messages(requestId)
      .filter((m) => m.direction === "in" && m.kind !== "part" && m.createdAt.getTime() === request.createdAt.getTime());
  }

  return {
    get: (id: number) => requests.get(id),
    openFor: (residentId: number) => requests.openForResident(residentId),
    forResident: (residentId: number) => requests.forResident(residentId),
    /** What was said on a request (extra parts of long texts left out: their text is on the first). */
    messages: (id: number) => requests.messages(id).filter((m) => m.kind !== "part"),
    /** Open and taken requests of some teams (every team's when left out), oldest first. */
    queue: (limit?: number, teamIds?: string[]) => requests.queue(limit, teamIds),
    /** Open, taken and recently closed requests of one team (every team's when left out). */
    counts: (teamId?: string) => requests.countByStatus(clock.now(), 30, teamId),
    assignedTo: (staffId: number, teamIds?: string[]) => requests.assignedTo(staffId, teamIds),
    /** Lookups in a team's operator group: topic and message ids are per group. */
    byGroupMessage: (teamId: string, messageId: number) => requests.byGroupMessage(teamId, messageId),
    byTopic: (teamId: string, topicId: number) => requests.byTopic(teamId, topicId),
    /** The team that handles a request (the lead team for one without). */
    teamOf: (request: Pick<Request, "teamId">) => teams.of(request.teamId),
    /** The desk a request was filed at: its address and hours are the ones the resident is told. */
    deskOf: (request: Pick<Request, "deskId">) => desks.of(request.deskId),

    recentlyClosedFor(residentId: number): Request | undefined {
      const since = new Date(clock.now().getTime() - REOPEN_DAYS * 86_400_000);
      return requests.lastClosedForResident(residentId, since);
    },

    /**
     * Files a request with everything the resident said, and queues its posts for the operator
     * group (topic and card, then what the card does not show) in the same transaction: once this
     * returns, the request reaches staff whatever Telegram does.
     */
    file(input: NewRequestInput): { request: Request; pieces: RequestMessage[] } {
      return repos.transaction(() => {
        // The same form sent twice (its step run again after Telegram trouble) files one request.
        const again = input.formKey === undefined ? undefined : requests.filedWith(input.residentId, input.formKey);
        if (again) return { request: again, pieces: initialPieces(again.id) };
        const now = clock.now();
        if (input.phone) repos.residents.update(input.residentId, { phone: input.phone.slice(0, 32) });
        // The resident's desk decides which teams may take it; the category, which of them does.
        const desk = desks.of(repos.residents.get(input.residentId)?.deskId);
        const team = teams.route(input.category, desk);
        const request = requests.insert({
          teamId: team.id,
          deskId: desk.id,
          residentId: input.residentId,
          category: input.category,
          language: input.language,
          visit: input.visit,
          address: input.address?.slice(0, MAX_ADDRESS_CHARS) ?? null,
          latitude: input.location?.latitude ?? null,
          longitude: input.location?.longitude ?? null,
          contact: input.contact,
          status: "open",
          createdAt: now,
        });
        const pieces = input.pieces.map((p) =>
          requests.addMessage({
            requestId: request.id,
            direction: "in",
            kind: p.kind,
            text: p.text ?? null,
            fileId: p.fileId ?? null,
            sourceMessageId: p.messageId,
            ...forwardColumns(p.forwarded),
            createdAt: now,
          }),
        );
        notify.toGroup({ type: "board", action: "open", requestId: request.id });
        const onCard = piecesOnCard(pieces);
        for (const p of pieces) {
          if (!onCard.has(p.id)) notify.toGroup({ type: "board", action: "piece", requestId: request.id, messageRowId: p.id, text: p.kind === "text" });
        }
        return { request, pieces };
      });
    },

    /** Where the request lives in the operator group, once posted there. */
    placed(id: number, where: { topicId?: number; cardMessageId?: number }): void {
      requests.update(id, {
        ...(where.topicId !== undefined ? { topicId: where.topicId } : {}),
        ...(where.cardMessageId !== undefined ? { cardMessageId: where.cardMessageId } : {}),
      });
    },

    /** The card is to be pinned at the top of its topic, once the group has room for it (see GROUP_WHEN_IDLE). */
    pinCard(id: number): void {
      notify.toGroup({ type: "board", action: "pin", requestId: id });
    },

    /** A further part of a long text in the group, so staff can reply to it and erasure finds it. */
    addPart(requestId: number, groupMessageId: number): void {
      requests.addMessage({ requestId, direction: "in", kind: "part", groupMessageId, createdAt: clock.now() });
    },

    /**
     * Which group messages carry a resident's message: the first on its row, any further parts
     * (a long text split in several) on rows of their own, so staff can reply to any of them and
     * erasure can find all of them.
     */
    linkGroupMessages(requestId: number, messageRowId: number, groupMessageIds: number[]): void {
      const [first, ...rest] = groupMessageIds;
      if (first === undefined) return;
      requests.setGroupMessage(messageRowId, first);
      for (const id of rest) {
        requests.addMessage({ requestId, direction: "in", kind: "part", groupMessageId: id, createdAt: clock.now() });
      }
    },

    /**
     * Something the resident sent while the request is open, stored unless they reached what one
     * person may store (per request, per 24 hours): one resident must not fill the disk or the
     * staff's screens. The first refusal leaves a marker, so people are told once.
     */
    incoming(requestId: number, piece: Omit<Piece, "messageId">, options: { sourceMessageId?: number; relay?: boolean } = {}): Incoming {
      return repos.transaction((): Incoming => {
        const now = clock.now();
        const request = requests.get(requestId);
        // The same message handled again (its update re-run after Telegram trouble) is stored and relayed once.
        const again = options.sourceMessageId === undefined || !request ? undefined : requests.filedWith(request.residentId, options.sourceMessageId);
        if (again?.id === requestId) {
          const row = requests.bySource(requestId, options.sourceMessageId!);
          if (row) return { stored: true, row };
        }
        const since = new Date(now.getTime() - DAY_MS);
        const limit =
          requests.storedOn(requestId) >= limits.perRequest
            ? "request"
            : request && requests.storedSince(request.residentId, since) >= limits.perDay
              ? "day"
              : undefined;
        if (!limit) {
          const row = requests.addMessage({
            requestId,
            direction: "in",
            kind: piece.kind,
            text: piece.text ?? null,
            fileId: piece.fileId ?? null,
            sourceMessageId: options.sourceMessageId ?? null,
            ...forwardColumns(piece.forwarded),
            // Strictly after the filing instant: the form's own pieces are those stamped with it (the card shows them).
            createdAt: request && now.getTime() <= request.createdAt.getTime() ? new Date(request.createdAt.getTime() + 1) : now,
          });
          // Saved and queued for the group in one transaction: "received" is true from here on.
          if (options.relay !== false) {
            notify.toGroup({ type: "board", action: "piece", requestId, messageRowId: row.id, text: piece.kind === "text" && !!piece.text });
          }
          return { stored: true, row };
        }
        const marker = `limit-${limit}`;
        const told =
          limit === "request"
            ? requests.hasMarker(requestId, marker, new Date(0))
            : requests.residentHasMarker(request!.residentId, marker, since);
        if (!told) requests.addMessage({ requestId, direction: "system", kind: marker, createdAt: now });
        return { stored: false, limit, first: !told };
      });
    },

    limits,

    /** Posts a stored message of the resident's to staff (one held back while the resident was asked something). */
    relayStored(requestId: number, messageRowId: number): void {
      const row = requests.message(messageRowId);
      if (!row || row.requestId !== requestId) return;
      notify.toGroup({ type: "board", action: "piece", requestId, messageRowId, text: row.kind === "text" && !!row.text });
    },

    /** A notice for staff under the request (its topic, or its card): queued, paced, never lost. */
    say(requestId: number, html: string): void {
      notify.toGroup({ type: "board", action: "note", requestId, html });
    },

    /** The same, as an event staff read in Italian when it is posted (a key of locales/it/staff/ and its values). */
    tellStaff(requestId: number, key: string, vars: Record<string, string | number>): void {
      notify.toGroup({ type: "board", action: "note", requestId, staffText: { key, vars } });
    },

    /** The card's texts, as the card was drawn when the request was filed. */
    cardPieces(requestId: number): RequestMessage[] {
      const initial = initialPieces(requestId);
      const onCard = piecesOnCard(initial);
      return initial.filter((p) => onCard.has(p.id));
    },

    initialPieces,

    message: (id: number) => requests.message(id),

    /** One page of a request's history for staff, newest page first; never the whole of it at once. */
    historyPage(requestId: number, page: number, size: number) {
      const request = requests.get(requestId);
      if (!request) return undefined;
      const total = requests.historyCount(requestId);
      const pages = Math.max(1, Math.ceil(total / size));
      const current = Math.min(Math.max(0, page), pages - 1);
      return { request, total, page: current, pages, messages: requests.historyPage(requestId, size, current * size) };
    },

    /** A staff answer delivered to the resident; the first one stamps the time to first answer. */
    answered(requestId: number, actor: Actor, piece: { kind: string; text?: string; groupMessageId?: number; chatId?: number }, action = "reply") {
      const now = clock.now();
      repos.transaction(() => {
        const request = requests.get(requestId);
        if (!request) return;
        const inGroup = staffPost(request, actor, piece);
        requests.addMessage({
          requestId,
          direction: "out",
          kind: piece.kind,
          text: piece.text ?? null,
          staffId: actor.id,
          staffName: actor.name,
          groupMessageId: inGroup ? (piece.groupMessageId ?? null) : null,
          createdAt: now,
        });
        if (!request.firstAnswerAt) {
          requests.update(requestId, { firstAnswerAt: now });
          // The card shows the time to the first answer: redrawn once, through the outbox.
          notify.toGroup({ type: "board", action: "card", requestId });
        }
        audit.record(now, actor, action, { requestId, detail: piece.kind });
      });
    },

    note(requestId: number, actor: Actor, text: string, groupMessageId?: number, chatId?: number): StaffResult {
      const request = requests.get(requestId);
      if (!request) return { ok: false, reason: "not-found" };
      const now = clock.now();
      const inGroup = staffPost(request, actor, { groupMessageId, chatId });
      requests.addMessage({
        requestId,
        direction: "note",
        kind: "text",
        text,
        staffId: actor.id,
        staffName: actor.name,
        groupMessageId: inGroup ? (groupMessageId ?? null) : null,
        createdAt: now,
      });
      audit.record(now, actor, "note", { requestId });
      return { ok: true, request };
    },

    take(requestId: number, actor: Actor): StaffResult {
      return repos.transaction(() => {
        const request = requests.get(requestId);
        if (!request) return { ok: false, reason: "not-found" } as const;
        if (request.status === "closed") return { ok: false, reason: "already-closed" } as const;
        if (request.assigneeId === actor.id) return { ok: false, reason: "already-taken-by-you" } as const;
        requests.update(requestId, { status: "taken", assigneeId: actor.id, assigneeName: actor.name });
        audit.record(clock.now(), actor, "take", { requestId });
        return { ok: true, request: requests.get(requestId)! } as const;
      });
    },

    close(requestId: number, actor: Actor): StaffResult {
      return repos.transaction(() => {
        const request = requests.get(requestId);
        if (!request) return { ok: false, reason: "not-found" } as const;
        if (request.status === "closed") return { ok: false, reason: "already-closed" } as const;
        requests.update(requestId, { status: "closed", closedAt: clock.now() });
        audit.record(clock.now(), actor, "close", { requestId });
        hooks.closed?.(requests.get(requestId)!, actor);
        return { ok: true, request: requests.get(requestId)! } as const;
      });
    },

    /** Staff reopen (actor given) or the resident writes again within REOPEN_DAYS. */
    reopen(requestId: number, actor: Actor): StaffResult {
      return repos.transaction(() => {
        const request = requests.get(requestId);
        if (!request) return { ok: false, reason: "not-found" } as const;
        if (request.status !== "closed") return { ok: false, reason: "not-closed" } as const;
        // Content erased by retention stays erased, but what is said from now on is kept and erased in turn.
        requests.update(requestId, { status: request.assigneeId ? "taken" : "open", closedAt: null, erasedAt: null });
        audit.record(clock.now(), actor, "reopen", { requestId });
        hooks.reopened?.(requests.get(requestId)!);
        return { ok: true, request: requests.get(requestId)! } as const;
      });
    },

    /**
     * Moves a request to another team: its posts leave the old group (a one-line note stays there, without the
     * content), the new group gets the topic or card and the whole history, the resident is told in their language
     * who follows them now, and the move is audited. Whoever had taken it in the old team no longer has it.
     */
    transfer(requestId: number, toTeamId: string, actor: Actor): TransferResult {
      return repos.transaction((): TransferResult => {
        const request = requests.get(requestId);
        if (!request) return { ok: false, reason: "not-found" };
        if (request.status === "closed") return { ok: false, reason: "already-closed" };
        const from = teams.of(request.teamId);
        const to = teams.find(toTeamId);
        if (!to) return { ok: false, reason: "unknown-team" };
        if (to.id === from.id) return { ok: false, reason: "same-team" };
        const now = clock.now();
        // What was still waiting to be posted in the old group goes to the new one with the history instead.
        repos.outbox.cancelPendingIn([requestRef(requestId)], from.chatId);
        // Relays, staff answers, parts, /request pages: everything of the request in the old group goes.
        const messageIds = [...new Set([...requests.leaveGroup(requestId), ...repos.privacy.takeRequestPosts(requestId, from.chatId)])];
        const said = requests.messages(requestId);
        const upTo = said.at(-1)?.id ?? 0;
        // A home visit still to come moves with the request: the resident keeps the appointment they were promised,
        // the new team takes it over (its coordinators see it, mark it or propose other times) and the old team's
        // lists lose it, address and phone included, since that team may no longer read the request. Both groups
        // are told; the worker is named in the old one so they know it is off their round.
        const latest = repos.visits.latestFor(requestId);
        const visit = latest && (latest.status === "proposed" || (latest.status === "confirmed" && latest.startsAt! > now)) ? latest : undefined;
        notify.toGroup(
          {
            type: "board",
            action: "vacate",
            requestId,
            topicId: request.topicId,
            cardMessageId: request.cardMessageId,
            messageIds,
            to: to.name,
            by: actor.name,
            ...(visit ? { visitId: visit.id } : {}),
          },
          from.chatId,
        );
        requests.update(requestId, {
          teamId: to.id,
          topicId: null,
          cardMessageId: null,
          ...(request.status === "taken" ? { status: "open", assigneeId: null, assigneeName: null } : {}),
        });
        audit.record(now, actor, "transfer", { requestId, detail: `${from.id} → ${to.id}` });
        notify.toGroup({ type: "board", action: "open", requestId }, to.chatId);
        notify.toGroup({ type: "board", action: "history", requestId, from: from.name, by: actor.name, upTo }, to.chatId);
        if (visit) {
          const windows = visit.status === "proposed" ? repos.visits.windows(visit.id).map((w) => ({ from: w.startsAt.toISOString(), to: w.endsAt.toISOString() })) : [];
          const notice = {
            event: "team-moved" as const,
            visitId: visit.id,
            workerId: visit.workerId,
            workerName: visit.workerName,
            who: visit.who,
            windows,
            ...(visit.startsAt && visit.endsAt && visit.status === "confirmed" ? { from: visit.startsAt.toISOString(), to: visit.endsAt.toISOString() } : {}),
          };
          notify.toGroup({ type: "board", action: "visit", requestId, notice }, to.chatId);
        }
        // Photos, voice notes and documents are copied again under the history, where staff can open them.
        for (const row of said) {
          if (row.direction === "in" && row.kind !== "text" && row.kind !== "part") {
            notify.toGroup({ type: "board", action: "piece", requestId, messageRowId: row.id, text: false }, to.chatId);
          }
        }
        notify.toResident(request.residentId, "transfer", requestRef(requestId), {
          type: "t",
          key: "transfer-notice",
          vars: { number: String(requestId) },
          // Never the staff's Italian name: the team as residents read it, in their language when it is sent.
          names: { team: to.residentName },
        });
        return { ok: true, request: requests.get(requestId)!, from, to };
      });
    },

    history(requestId: number) {
      const request = requests.get(requestId);
      if (!request) return undefined;
      return { request, messages: requests.messages(requestId).filter((m) => m.kind !== "part"), audit: audit.forRequest(requestId) };
    },

    auditTrail: (requestId: number) => audit.forRequest(requestId),
    record: (actor: Actor, action: string, target: { requestId?: number; sessionId?: number; detail?: string }) =>
      audit.record(clock.now(), actor, action, target),
  };
}
