import type { Actor } from "#src/domain/ports/records.js";
import type { BoardBookkeeping } from "./board.js";
import type { RequestsDeps } from "./deps.js";
import { forwardColumns, type Incoming, type Piece, type StaffResult } from "./model.js";

const DAY_MS = 86_400_000;

/**
 * What is said on a request, kept: the resident's messages (within what one person may store), the staff's answers
 * and notes, and the history staff page through.
 */
export function storedMessages({ repos, clock, notify, limits }: RequestsDeps, board: Pick<BoardBookkeeping, "staffPost">) {
  const { requests, audit } = repos;
  return {
    /** What was said on a request (extra parts of long texts left out: their text is on the first). */
    messages: (id: number) => requests.messages(id).filter((m) => m.kind !== "part"),
    message: (id: number) => requests.message(id),

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
        const inGroup = board.staffPost(request, actor, piece);
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
      const inGroup = board.staffPost(request, actor, { groupMessageId, chatId });
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
