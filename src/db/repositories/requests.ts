import { and, asc, desc, eq, gte, inArray, ne, sql } from "drizzle-orm";
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
  const byGroupMessage = db
    .select({ requestId: requestMessages.requestId })
    .from(requestMessages)
    .where(eq(requestMessages.groupMessageId, sql.placeholder("id")))
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
      createdAt: sql.placeholder("createdAt"),
    })
    .returning()
    .prepare();

  const countStatus = db.$client.prepare(
    `SELECT (SELECT count(*) FROM requests WHERE status = 'open') AS open,
            (SELECT count(*) FROM requests WHERE status = 'taken') AS taken,
            (SELECT count(*) FROM requests INDEXED BY requests_closed_at WHERE status = 'closed' AND closed_at >= @since) AS closed`,
  );

  return {
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
    byTopic(topicId: number): Request | undefined {
      return db.select().from(requests).where(eq(requests.topicId, topicId)).get();
    },
    byCard(messageId: number): Request | undefined {
      return db.select().from(requests).where(eq(requests.cardMessageId, messageId)).get();
    },
    byGroupMessage(messageId: number): Request | undefined {
      const hit = byGroupMessage.get({ id: messageId });
      return hit ? this.get(hit.requestId) : this.byCard(messageId);
    },
    /** The staff queue: open and taken requests, oldest first. */
    queue(limit = 30): Request[] {
      return queue.all({ limit });
    },
    /**
     * Open and taken requests, and those closed in the last `closedDays` days: each an index
     * range, so the count stays instant with years of closed requests behind it.
     */
    countByStatus(now: Date = new Date(), closedDays = 30): Record<RequestStatus, number> {
      return countStatus.get({ since: now.getTime() - closedDays * 86_400_000 }) as Record<RequestStatus, number>;
    },
    assignedTo(staffId: number): Request[] {
      return db
        .select()
        .from(requests)
        .where(and(eq(requests.assigneeId, staffId), eq(requests.status, "taken")))
        .orderBy(asc(requests.createdAt))
        .all();
    },
    addMessage(values: NewRequestMessage): RequestMessage {
      return addMessage.get({
        text: null,
        fileId: null,
        staffId: null,
        staffName: null,
        groupMessageId: null,
        ...values,
        createdAt: values.createdAt,
      })!;
    },
    setGroupMessage(messageRowId: number, groupMessageId: number): void {
      db.update(requestMessages).set({ groupMessageId }).where(eq(requestMessages.id, messageRowId)).run();
    },
    messages(requestId: number): RequestMessage[] {
      return messagesOf.all({ id: requestId });
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
