import { GrammyError, HttpError } from "grammy";
import { UncertainPost } from "#src/delivery/group-ledger.js";
import type { GroupPost } from "#src/domain/notifications.js";
import type { Request } from "#src/domain/requests/model.js";
import type { GroupStep } from "#src/delivery/outbox.js";
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
    const { api, chatId, services, logger, ledger } = this.deps;
    if (!post.step && !request.topicId && !request.cardMessageId && (await this.forum.isForum())) {
      const title = this.card.topicTitle(request);
      // The last attempt's answer was lost: the topic may exist already, and is looked for before making another.
      if (post.uncertain?.html === topicMark(title)) {
        const found = await this.findTopic(post.uncertain.after, title);
        ledger?.settle(chatId, post.uncertain.after, title);
        if (found !== undefined) {
          services.requests.placed(request.id, { topicId: found });
          return { done: false, post: { type: post.type, action: post.action, requestId: post.requestId, step: 1 } };
        }
      }
      const before = ledger?.max(chatId);
      try {
        const topic = await api.createForumTopic(chatId, title);
        services.requests.placed(request.id, { topicId: topic.message_thread_id });
        return { done: false, post: { type: post.type, action: post.action, requestId: post.requestId, step: 1 } };
      } catch (error) {
        if (error instanceof HttpError && before !== undefined) {
          throw new UncertainPost({ ...post, uncertain: { after: before, html: topicMark(title) } }, error);
        }
        // Topics off or no right to manage them: the card goes to the general chat. Anything
        // transient (429, 5xx, network) is the outbox's to retry.
        if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        logger.warn({ requestId: request.id, err: error.description }, "could not create a topic; posting a card");
      }
    }
    if (request.cardMessageId) {
      // A row queued before pins had rows of their own stops where it pinned: the pin is queued instead.
      if (post.step === 2 && request.topicId) services.requests.pinCard(request.id);
      return { done: true };
    }
    // The card shows the description in Italian: translated first (bounded by the engine's deadline).
    if (!post.uncertain) await this.reading.translateAll(request, services.requests.cardPieces(request.id));
    const html = post.uncertain?.html ?? this.card.text(request);
    const card = await this.poster.send(post, request, html, this.card.keyboard(request));
    services.requests.placed(request.id, { topicId: request.topicId ?? undefined, cardMessageId: card.message_id });
    // The texts the card shows are not linked to it as relays: erasure redraws the card, never deletes it.
    // Pinned later, when the group has room: staff wait for the words, not for the pin (see GROUP_WHEN_IDLE).
    if (request.topicId) services.requests.pinCard(request.id);
    return { done: true };
  }

  /**
   * The card pinned at the top of its topic, so Take and Close are never out of reach as the topic grows. Only a card
   * in a topic of this group, still there: a transfer or an erasure since then leaves nothing to pin.
   */
  async pin(request: Request): Promise<GroupStep> {
    const { api, chatId } = this.deps;
    if (!request.topicId || !request.cardMessageId) return { done: true };
    await api.pinChatMessage(chatId, request.cardMessageId, { disable_notification: true }).catch((error) => {
      if (error instanceof GrammyError && error.error_code === 400) return; // no right to pin: the card is still there
      throw error;
    });
    return { done: true };
  }

  /**
   * A topic whose creation lost its answer, where only it can be (see GroupLedger.candidates): renaming a topic to
   * the name it already has is refused as "not modified", which proves it is this one and changes nothing.
   */
  private async findTopic(after: number, title: string): Promise<number | undefined> {
    const { api, chatId, ledger, logger } = this.deps;
    const ids = ledger?.candidates(chatId, after, title, TOPIC_PROBE_SPAN);
    if (!ids) return undefined;
    for (const id of ids) {
      try {
        await api.editForumTopic(chatId, id, { name: title });
        logger.error({ threadId: id }, "topic probe renamed an unaccounted topic");
        ledger?.seen(chatId, id);
        return id;
      } catch (error) {
        if (!(error instanceof GrammyError)) throw error;
        if (/TOPIC_NOT_MODIFIED/.test(error.description)) {
          ledger?.seen(chatId, id);
          return id;
        }
        if (error.error_code === 429 || error.error_code >= 500) throw error;
      }
    }
    return undefined;
  }
}

/** How a lost topic is marked on its post's retry (a topic has a name, not a text). */
const topicMark = (title: string) => `topic:${title}`;

/** How far above the last id seen a lost topic is looked for. */
const TOPIC_PROBE_SPAN = 6;
