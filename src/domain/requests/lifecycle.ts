import type { Actor } from "#src/domain/ports/records.js";
import type { Request, RequestMessage } from "#src/domain/ports/records.js";
import { requestRef } from "#src/domain/notifications.js";
import { type CardContent, piecesOnCard } from "./card.js";
import type { RequestsDeps } from "./deps.js";
import { forwardColumns, MAX_ADDRESS_CHARS, type NewRequestInput, REOPEN_DAYS, type StaffResult, type TransferResult } from "./model.js";

/**
 * A request's life: filed with what the resident said (routed to a team by desk and category), taken, closed,
 * reopened, moved to another team; and the lookups of who has what open.
 */
export function requestLifecycle({ repos, clock, notify, hooks, teams, desks }: RequestsDeps, card: Pick<CardContent, "initialPieces">) {
  const { requests, audit } = repos;
  return {
    get: (id: number) => requests.get(id),
    openFor: (residentId: number) => requests.openForResident(residentId),
    forResident: (residentId: number) => requests.forResident(residentId),
    /** Open and taken requests of some teams (every team's when left out), oldest first. */
    queue: (limit?: number, teamIds?: string[]) => requests.queue(limit, teamIds),
    /** Open, taken and recently closed requests of one team (every team's when left out). */
    counts: (teamId?: string) => requests.countByStatus(clock.now(), 30, teamId),
    assignedTo: (staffId: number, teamIds?: string[]) => requests.assignedTo(staffId, teamIds),
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
        if (again) return { request: again, pieces: card.initialPieces(again.id) };
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
  };
}
