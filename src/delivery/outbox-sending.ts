/**
 * What the outbox is sending at this moment (its message key and plain variables, in the recipient's language),
 * for a channel that must send it in another form: WhatsApp sends an approved template instead of free text once
 * the 24-hour window is closed, and only the outbox knows which message it is. It goes down with the one send, in the
 * fetch of an Api made for it (see OutboxOptions.sendingApi), not in an AsyncLocalStorage: one active store would switch
 * on Node's promise hooks, and every promise of every update would pay for them.
 */
export interface OutboxSending {
  key: string;
  vars: Record<string, string>;
  locale: string;
}

