import { and, asc, desc, eq, gt, gte, inArray, ne, sql } from "drizzle-orm";
import type { Db } from "../client.js";
import { requestMessages, requests } from "../schema.js";

export type Request = typeof requests.$inferSelect;
export type NewRequest = typeof requests.$inferInsert;
export type RequestMessage = typeof requestMessages.$inferSelect;
export type NewRequestMessage = typeof requestMessages.$inferInsert;
export type RequestStatus = Request["status"];

export function requestsRepository(db: Db) {
  const openForResident = db
    .select()
    .from(requests)
    .where(and(eq(requests.residentId, sql.placeholder("residentId")), ne(requests.status, "closed")))
    .orderBy(desc(requests.id))
    .limit(1)
    .prepare();
  // Message ids are per chat: a message is looked for among the requests of the team whose group it is in.
  const byGroupMessage = db
    .select({ requestId: requestMessages.requestId })
    .from(requestMessages)
    .innerJoin(requests, eq(requests.id, requestMessages.requestId))
    .where(and(eq(requestMessages.groupMessageId, sql.placeholder("id")), eq(requests.teamId, sql.placeholder("teamId"))))
    .limit(1)
    .prepare();
  const queue = db
    .select()
    .from(requests)
    .where(inArray(requests.status, ["open", "taken"]))
    .orderBy(asc(requests.createdAt))
    .limit(sql.placeholder("limit"))
    .prepare();

  const byId = db
    .select()
    .from(requests)
    .where(eq(requests.id, sql.placeholder("id")))
    .prepare();
  const messagesOf = db
    .select()
    .from(requestMessages)
    .where(eq(requestMessages.requestId, sql.placeholder("id")))
    .orderBy(asc(requestMessages.id))
    .prepare();
  const addMessage = db
    .insert(requestMessages)
    .values({
      requestId: sql.placeholder("requestId"),
      direction: sql.placeholder("direction"),
      kind: sql.placeholder("kind"),
      text: sql.placeholder("text"),
      fileId: sql.placeholder("fileId"),
      staffId: sql.placeholder("staffId"),
      staffName: sql.placeholder("staffName"),
      groupMessageId: sql.placeholder("groupMessageId"),
      sourceMessageId: sql.placeholder("sourceMessageId"),
      forwardOrigin: sql.placeholder("forwardOrigin"),
      forwardName: sql.placeholder("forwardName"),
      createdAt: sql.placeholder("createdAt"),
    })
    .returning()
    .prepare();

  const countStatus = db.$client.prepare(
    `SELECT (SELECT count(*) FROM requests WHERE status = 'open') AS open,
            (SELECT count(*) FROM requests WHERE status = 'taken') AS taken,
            (SELECT count(*) FROM requests INDEXED BY requests_closed_at WHERE status = 'closed' AND closed_at >= @since) AS closed`,
  );
  // One team's counts: each an index range on (team_id, status, ...).
  const countTeamStatus = db.$client.prepare(
    `SELECT (SELECT count(*) FROM requests WHERE team_id = @team AND status = 'open') AS open,
            (SELECT count(*) FROM requests WHERE team_id = @team AND status = 'taken') AS taken,
            (SELECT count(*) FROM requests WHERE team_id = @team AND status = 'closed' AND closed_at >= @since) AS closed`,
  );

  // What a resident has stored: counted on every message they send, so prepared once.
  const storedOnRequest = db.$client
    .prepare("SELECT count(*) FROM request_messages WHERE request_id = ? AND direction = 'in' AND kind != 'part'")
    .pluck();
  const storedSince = db.$client
    .prepare(
      `SELECT count(*) FROM request_messages m JOIN requests q ON q.id = m.request_id
       WHERE q.resident_id = ? AND m.direction = 'in' AND m.kind != 'part' AND m.created_at >= ?`,
    )
    .pluck();
  const markerOnRequest = db.$client
    .prepare("SELECT 1 FROM request_messages WHERE request_id = ? AND direction = 'system' AND kind = ? AND created_at >= ? LIMIT 1")
    .pluck();
  const markerOfResident = db.$client
    .prepare(
      `SELECT 1 FROM request_messages m JOIN requests q ON q.id = m.request_id
       WHERE q.resident_id = ? AND m.direction = 'system' AND m.kind = ? AND m.created_at >= ? LIMIT 1`,
    )
    .pluck();
  const historyCount = db.$client.prepare("SELECT count(*) FROM request_messages WHERE request_id = ? AND kind != 'part'").pluck();
  const historyPage = db
    .select()
    .from(requestMessages)
    .where(and(eq(requestMessages.requestId, sql.placeholder("id")), ne(requestMessages.kind, "part")))
    .orderBy(desc(requestMessages.id))
    .limit(sql.placeholder("limit"))
    .offset(sql.placeholder("offset"))
    .prepare();
  const exportPage = db
    .select()
    .from(requestMessages)
    .where(
      and(
        eq(requestMessages.requestId, sql.placeholder("id")),
        inArray(requestMessages.direction, ["in", "out"]),
        ne(requestMessages.kind, "part"),
        gt(requestMessages.id, sql.placeholder("after")),
      ),
    )
    .orderBy(asc(requestMessages.id))
    .limit(sql.placeholder("limit"))
    .prepare();
  const notesCount = db.$client.prepare("SELECT count(*) FROM request_messages WHERE request_id = ? AND direction = 'note'").pluck();

  return {
    /** Requests without a team, or of a team no longer configured, become the lead team's; returns how many moved. */
    adoptOrphans(teamIds: string[], leadId: string): number {
      return db
        .update(requests)
        .set({ teamId: leadId })
        .where(sql`${requests.teamId} is null or ${requests.teamId} not in ${teamIds}`)
        .run().changes;
    },
    insert(values: NewRequest): Request {
      return db.insert(requests).values(values).returning().get();
    },
    get(id: number): Request | undefined {
      return byId.get({ id });
    },
    update(id: number, values: Partial<NewRequest>): void {
      db.update(requests).set(values).where(eq(requests.id, id)).run();
    },
    openForResident(residentId: number): Request | undefined {
      return openForResident.get({ residentId });
    },
    lastClosedForResident(residentId: number, since: Date): Request | undefined {
      return db
        .select()
        .from(requests)
        .where(and(eq(requests.residentId, residentId), eq(requests.status, "closed"), gte(requests.closedAt, since)))
        .orderBy(desc(requests.closedAt))
        .limit(1)
        .get();
    },
    forResident(residentId: number): Request[] {
      return db.select().from(requests).where(eq(requests.residentId, residentId)).orderBy(desc(requests.id)).all();
    },
    /** The request whose topic this is, in the group of `teamId` (topic ids are per group). */
    byTopic(teamId: string, topicId: number): Request | undefined {
      return db.select().from(requests).where(and(eq(requests.topicId, topicId), eq(requests.teamId, teamId))).get();
    },
    byCard(teamId: string, messageId: number): Request | undefined {
      return db.select().from(requests).where(and(eq(requests.cardMessageId, messageId), eq(requests.teamId, teamId))).get();
    },
    /** The request a message in the group of `teamId` belongs to (a relay, a part, the card). */
    byGroupMessage(teamId: string, messageId: number): Request | undefined {
      const hit = byGroupMessage.get({ id: messageId, teamId });
      return hit ? this.get(hit.requestId) : this.byCard(teamId, messageId);
    },
    /** The staff queue: open and taken requests, oldest first; of some teams only when `teamIds` is given. */
    queue(limit = 30, teamIds?: string[]): Request[] {
      if (!teamIds) return queue.all({ limit });
      return db
        .select()
        .from(requests)
        .where(and(inArray(requests.status, ["open", "taken"]), inArray(requests.teamId, teamIds)))
        .orderBy(asc(requests.createdAt))
        .limit(limit)
        .all();
    },
    /**
     * Open and taken requests, and those closed in the last `closedDays` days: each an index
     * range, so the count stays instant with years of closed requests behind it. Of one team when `teamId` is given.
     */
    countByStatus(now: Date = new Date(), closedDays = 30, teamId?: string): Record<RequestStatus, number> {
      const since = now.getTime() - closedDays * 86_400_000;
      if (teamId !== undefined) return countTeamStatus.get({ since, team: teamId }) as Record<RequestStatus, number>;
      return countStatus.get({ since }) as Record<RequestStatus, number>;
    },
    assignedTo(staffId: number, teamIds?: string[]): Request[] {
      return db
        .select()
        .from(requests)
        .where(and(eq(requests.assigneeId, staffId), eq(requests.status, "taken"), teamIds ? inArray(requests.teamId, teamIds) : undefined))
        .orderBy(asc(requests.createdAt))
        .all();
    },
    /**
     * A transfer leaves the old group: the request's messages no longer point at posts there, and the extra parts of
     * long texts (rows that only carried a group message id) go. Returns the old group's message ids.
     */
    leaveGroup(requestId: number): number[] {
      const rows = db
        .select({ groupMessageId: requestMessages.groupMessageId })
        .from(requestMessages)
        .where(and(eq(requestMessages.requestId, requestId), sql`${requestMessages.groupMessageId} is not null`))
        .all();
      db.update(requestMessages).set({ groupMessageId: null }).where(eq(requestMessages.requestId, requestId)).run();
      db.delete(requestMessages).where(and(eq(requestMessages.requestId, requestId), eq(requestMessages.kind, "part"))).run();
      return rows.map((r) => r.groupMessageId!);
    },
    /** The resident's request whose description began with this message of theirs, if filed already. */
    filedWith(residentId: number, sourceMessageId: number): Request | undefined {
      return db
        .select({ request: requests })
        .from(requestMessages)
        .innerJoin(requests, eq(requests.id, requestMessages.requestId))
        .where(and(eq(requests.residentId, residentId), eq(requestMessages.sourceMessageId, sourceMessageId), eq(requestMessages.direction, "in")))
        .limit(1)
        .get()?.request;
    },
    /** The stored row of a resident's message on a request, by its id in their chat. */
    bySource(requestId: number, sourceMessageId: number): RequestMessage | undefined {
      return db
        .select()
        .from(requestMessages)
        .where(and(eq(requestMessages.requestId, requestId), eq(requestMessages.sourceMessageId, sourceMessageId)))
        .get();
    },
    message(id: number): RequestMessage | undefined {
      return db.select().from(requestMessages).where(eq(requestMessages.id, id)).get();
    },
    addMessage(values: NewRequestMessage): RequestMessage {
      return addMessage.get({
        text: null,
        fileId: null,
        staffId: null,
        staffName: null,
        groupMessageId: null,
        sourceMessageId: null,
        forwardOrigin: null,
        forwardName: null,
        ...values,
        createdAt: values.createdAt,
      })!;
    },
    /** Messages the resident stored on a request (parts of long texts not counted twice). */
    storedOn(requestId: number): number {
      return storedOnRequest.get(requestId) as number;
    },
    /** Messages the resident stored on any of their requests since `since`. */
    storedSince(residentId: number, since: Date): number {
      return storedSince.get(residentId, since.getTime()) as number;
    },
    /** Whether a system marker of this kind was written on the request since `since`. */
    hasMarker(requestId: number, kind: string, since: Date): boolean {
      return markerOnRequest.get(requestId, kind, since.getTime()) === 1;
    },
    /** Whether a system marker of this kind was written on any of the resident's requests since `since`. */
    residentHasMarker(residentId: number, kind: string, since: Date): boolean {
      return markerOfResident.get(residentId, kind, since.getTime()) === 1;
    },
    /** How many entries the staff history of a request has. */
    historyCount(requestId: number): number {
      return historyCount.get(requestId) as number;
    },
    /** One page of the staff history, counted from the newest (page 0 = the latest `limit`), oldest first. */
    historyPage(requestId: number, limit: number, offset: number): RequestMessage[] {
      return historyPage.all({ id: requestId, limit, offset }).reverse();
    },
    /** What the resident said and was told, `limit` rows after row `after`: a copy is built page by page. */
    exportPage(requestId: number, after: number, limit: number): RequestMessage[] {
      return exportPage.all({ id: requestId, after, limit });
    },
    notesCount(requestId: number): number {
      return notesCount.get(requestId) as number;
    },
    setGroupMessage(messageRowId: number, groupMessageId: number): void {
      db.update(requestMessages).set({ groupMessageId }).where(eq(requestMessages.id, messageRowId)).run();
    },
    messages(requestId: number): RequestMessage[] {
      return messagesOf.all({ id: requestId });
    },
    /** Requests without a first answer, created before `before`, not flagged yet as waiting too long. */
    unflaggedUnanswered(before: Date): Request[] {
      return db
        .select()
        .from(requests)
        .where(
          and(
            ne(requests.status, "closed"),
            sql`${requests.firstAnswerAt} is null`,
            sql`${requests.staleFlaggedAt} is null`,
            sql`${requests.createdAt} < ${before.getTime()}`,
          ),
        )
        .orderBy(asc(requests.createdAt))
        .all();
    },
    /** The resident's request whose satisfaction question they answered since `since`, latest first. */
    satisfactionAnsweredSince(residentId: number, since: Date): Request | undefined {
      return db
        .select()
        .from(requests)
        .where(and(eq(requests.residentId, residentId), gte(requests.satisfactionAt, since)))
        .orderBy(desc(requests.satisfactionAt))
        .limit(1)
        .get();
    },
    /** Requests waiting for a first staff answer since before `before`. */
    unanswered(before: Date): Request[] {
      return db
        .select()
        .from(requests)
        .where(and(ne(requests.status, "closed"), sql`${requests.firstAnswerAt} is null`, sql`${requests.createdAt} < ${before.getTime()}`))
        .orderBy(asc(requests.createdAt))
        .all();
    },
  };
}
