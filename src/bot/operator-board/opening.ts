import { GrammyError } from "grammy";
import type { GroupPost } from "../../domain/notifications.js";
import type { Request } from "../../domain/requests.js";
import type { GroupStep } from "../../scheduler/outbox.js";
import type { Card } from "./card.js";
import type { Forum } from "./forum.js";
import type { PostOnce } from "./post-once.js";
import type { StaffReading } from "./reading.js";
import type { BoardDeps } from "./types.js";

type OpenPost = Extract<GroupPost, { action: "open" }>;

/** A new request reaches the group: its topic first (when topics are on), saved at once; then the card in it, pinned. */
export class Opening {
  constructor(
    private readonly deps: BoardDeps,
    private readonly forum: Forum,
    private readonly card: Card,
    private readonly reading: StaffReading,
    private readonly poster: PostOnce,
  ) {}

  async open(request: Request, post: OpenPost): Promise<GroupStep> {
    const { api, chatId, services, logger } = this.deps;
    if (!post.step && !request.topicId && !request.cardMessageId && (await this.forum.isForum())) {
      try {
        const topic = await api.createForumTopic(chatId, this.card.topicTitle(request));
        services.requests.placed(request.id, { topicId: topic.message_thread_id });
        return { done: false, post: { ...post, step: 1 } };
      } catch (error) {
        // Topics off or no right to manage them: the card goes to the general chat. Anything
        // transient (429, 5xx, network) is the outbox's to retry.
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        logger.warn({ requestId: request.id, err: error.description }, "could not create a topic; posting a card");
      }
    }
    if (request.cardMessageId) {
      if (post.step !== 2 || !request.topicId) return { done: true };
      // The card stays pinned at the top of its topic, so Take and Close are never out of reach as it grows.
      await api.pinChatMessage(chatId, request.cardMessageId, { disable_notification: true }).catch((error) => {
        if (error instanceof GrammyError && error.error_code === 400) return; // no right to pin: the card is still there
        throw error;
      });
      return { done: true };
    }
    // The card shows the description in Italian: translated first (bounded by the engine's deadline).
    if (!post.uncertain) await this.reading.translateAll(request, services.requests.cardPieces(request.id));
    const html = post.uncertain?.html ?? this.card.text(request);
    const card = await this.poster.send(post, request, html, this.card.keyboard(request));
    services.requests.placed(request.id, { topicId: request.topicId ?? undefined, cardMessageId: card.message_id });
    // The texts the card shows are not linked to it as relays: erasure redraws the card, never deletes it.
    return request.topicId ? { done: false, post: { type: post.type, action: post.action, requestId: post.requestId, step: 2 } } : { done: true };
  }
}
