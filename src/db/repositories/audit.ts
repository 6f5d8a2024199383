import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.js";
import { audit } from "../schema.js";

export type AuditEntry = typeof audit.$inferSelect;
export interface Actor {
  id: number;
  name: string;
}

export function auditRepository(db: Db) {
  return {
    record(
      at: Date,
      actor: Actor,
      action: string,
      target: { requestId?: number; sessionId?: number; detail?: string } = {},
    ): void {
      db.insert(audit)
        .values({
          at,
          actorId: actor.id,
          actorName: actor.name,
          action,
          requestId: target.requestId ?? null,
          sessionId: target.sessionId ?? null,
          detail: target.detail ?? null,
        })
        .run();
    },
    forRequest(requestId: number): AuditEntry[] {
      return db.select().from(audit).where(eq(audit.requestId, requestId)).orderBy(asc(audit.id)).all();
    },
    all(): AuditEntry[] {
      return db.select().from(audit).orderBy(asc(audit.id)).all();
    },
  };
}
