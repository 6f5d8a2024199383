import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { Notifications } from "./notifications.js";

export interface IdleFlows {
  /** Ends the flow under `key` if it was left idle too long; true when it did. */
  endIfIdle(key: string): boolean;
  /** Whether a flow (a form, a booking) is open under `key` and not yet idle too long. */
  isOpen(key: string): boolean;
  /** Ends every idle flow, telling each resident whose form it was; how many ended. */
  endAllIdle(): number;
}

/**
 * A flow (a form, a booking) left alone longer than FLOW_IDLE_MINUTES ends: when the person writes
 * again (their message is then handled as fresh input, and the bot says so in its answer), or when
 * the minute sweep finds it first (a resident is then told through the outbox, in their language).
 * Both go through here, so "idle" means one thing.
 */
export function idleFlowsService(repos: Stores, clock: Clock, notifications: Notifications, idleMinutes: number): IdleFlows {
  const idleSince = () => new Date(clock.now().getTime() - idleMinutes * 60_000);
  return {
    /** Ends the flow under `key` if it was left idle too long; true when it did. */
    endIfIdle(key: string): boolean {
      const updatedAt = repos.conversations.updatedAt(key);
      if (!updatedAt || updatedAt >= idleSince()) return false;
      repos.conversations.delete(key);
      return true;
    },
    /** Whether a flow (a form, a booking) is open under `key` and not yet idle too long. */
    isOpen(key: string): boolean {
      const updatedAt = repos.conversations.updatedAt(key);
      return updatedAt !== undefined && updatedAt >= idleSince();
    },
    /** Ends every idle flow, telling each resident whose form it was; how many ended. */
    endAllIdle(): number {
      const keys = repos.conversations.staleKeys(idleSince());
      for (const key of keys) {
        repos.conversations.delete(key);
        const residentId = repos.conversations.residentOf(key);
        if (residentId !== undefined) notifications.toResident(residentId, "flow-expired", null, { type: "t", key: "flow-expired" });
      }
      return keys.length;
    },
  };
}
