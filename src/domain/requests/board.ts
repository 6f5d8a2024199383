import type { Actor } from "#src/domain/ports/records.js";
import type { Request } from "#src/domain/ports/records.js";
import type { RequestsDeps } from "./deps.js";

export interface BoardBookkeeping {
  /**
   * A staff message about a request (an answer, a "!" note, a /note) is recorded for erasure with the chat it is in,
   * never the request's current team (a transfer may have happened while it was in flight). When it was written in
   * the group the request has just left, it is also taken away from there, as the transfer took the rest. Returns
   * whether the message is in the request's group now (only then is its id one of that group's, for replies).
   */
  staffPost: (request: Request, actor: Actor, piece: {
    groupMessageId?: number | undefined;
    chatId?: number | undefined;
  }) => boolean;
  /** Lookups in a team's operator group: topic and message ids are per group. */
  byGroupMessage(teamId: string, messageId: number): Request | undefined;
  /** The request whose topic this is in a team's operator group. */
  byTopic(teamId: string, topicId: number): Request | undefined;
  /** Where the request lives in the operator group, once posted there. */
  placed(id: number, where: {
    topicId?: number;
    cardMessageId?: number;
  }): void;
  /** The card is to be pinned at the top of its topic, once the group has room for it (see GROUP_WHEN_IDLE). */
  pinCard(id: number): void;
  /** A further part of a long text in the group, so staff can reply to it and erasure finds it. */
  addPart(requestId: number, groupMessageId: number): void;
  /**
   * Which group messages carry a resident's message: the first on its row, any further parts
   * (a long text split in several) on rows of their own, so staff can reply to any of them and
   * erasure can find all of them.
   */
  linkGroupMessages(requestId: number, messageRowId: number, groupMessageIds: number[]): void;
  /** Posts a stored message of the resident's to staff (one held back while the resident was asked something). */
  relayStored(requestId: number, messageRowId: number): void;
  /** A notice for staff under the request (its topic, or its card): queued, paced, never lost. */
  say(requestId: number, html: string): void;
  /** The same, as an event staff read in Italian when it is posted (a key of locales/it/staff/ and its values). */
  tellStaff(requestId: number, key: string, vars: Record<string, string | number>): void;
}

/**
 * The bookkeeping of a request's place on the staff's board: where its topic and card are, which group messages
 * carry what, which staff posts to erase with it, and the notes queued under it.
 */
export function boardBookkeeping({ repos, clock, notify, teams }: RequestsDeps): BoardBookkeeping {
  const { requests } = repos;

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

  return {
    staffPost,

    /** Lookups in a team's operator group: topic and message ids are per group. */
    byGroupMessage: (teamId: string, messageId: number) => requests.byGroupMessage(teamId, messageId),
    byTopic: (teamId: string, topicId: number) => requests.byTopic(teamId, topicId),

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
  };
}
