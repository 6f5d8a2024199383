import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "#src/db/client.js";
import { audit } from "#src/db/schema.js";

export type AuditEntry = typeof audit.$inferSelect;
export interface Actor {
  id: number;
  name: string;
}

export function auditRepository(db: Db) {
  const record = db
    .insert(audit)
    .values({
      at: sql.placeholder("at"),
      actorId: sql.placeholder("actorId"),
      actorName: sql.placeholder("actorName"),
      action: sql.placeholder("action"),
      requestId: sql.placeholder("requestId"),
      sessionId: sql.placeholder("sessionId"),
      detail: sql.placeholder("detail"),
    })
    .prepare();
  const forRequest = db.select().from(audit).where(eq(audit.requestId, sql.placeholder("requestId"))).orderBy(asc(audit.id)).prepare();
  const all = db.select().from(audit).orderBy(asc(audit.id)).prepare();
  return {
    record(
      at: Date,
      actor: Actor,
      action: string,
      target: { requestId?: number; sessionId?: number; detail?: string } = {},
    ): void {
      record.run({
        at,
        actorId: actor.id,
        actorName: actor.name,
        action,
        requestId: target.requestId ?? null,
        sessionId: target.sessionId ?? null,
        detail: target.detail ?? null,
      });
    },
    forRequest(requestId: number): AuditEntry[] {
      return forRequest.all({ requestId });
    },
    all(): AuditEntry[] {
      return all.all();
    },
  };
}
