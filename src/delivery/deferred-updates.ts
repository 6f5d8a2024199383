import type { Update } from "grammy/types";

/**
 * Updates whose handling met Telegram trouble that outlasted the retries: not marked done but
 * handed over again later (see the inbox). An error boundary knows the update in hand; a flow
 * knows only its chat (its context is the one that entered it), which is enough, since a chat's
 * updates are handled one at a time.
 */
export class DeferredUpdates {
  private readonly updates = new Set<number>();
  private readonly chats = new Set<number>();

  update(updateId: number): void {
    this.updates.add(updateId);
  }

  chat(chatId: number): void {
    this.chats.add(chatId);
  }

  /** Whether this update, or the update in hand of its chat, was deferred (without taking note of it). */
  pending(update: Update, chatId: number | undefined): boolean {
    return this.updates.has(update.update_id) || (chatId !== undefined && this.chats.has(chatId));
  }

  /** True (once) when this update, or the update in hand of its chat, was deferred. */
  take(update: Update, chatId: number | undefined): boolean {
    const byUpdate = this.updates.delete(update.update_id);
    const byChat = chatId !== undefined && this.chats.delete(chatId);
    return byUpdate || byChat;
  }
}
