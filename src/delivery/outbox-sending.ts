import { AsyncLocalStorage } from "node:async_hooks";

/**
 * What the outbox is sending at this moment (its message key and plain variables, in the recipient's language),
 * for a channel that must send it in another form: WhatsApp sends an approved template instead of free text once
 * the 24-hour window is closed, and only the outbox knows which message it is.
 */
export interface OutboxSending {
  key: string;
  vars: Record<string, string>;
  locale: string;
}

export const outboxSending = new AsyncLocalStorage<OutboxSending>();
