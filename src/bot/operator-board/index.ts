import type { Message } from "grammy/types";
import type { Actor } from "#src/db/repositories/audit.js";
import type { GroupPost } from "#src/domain/notifications.js";
import type { Erasure as ErasureOf } from "#src/domain/privacy.js";
import type { Incoming, Request } from "#src/domain/requests/model.js";
import type { GroupStep } from "#src/delivery/outbox.js";
import { renderLetterPost } from "#src/bot/features/letters/views.js";
import { renderStaffVisitNotice } from "#src/bot/features/visits/screens.js";
import { Card } from "./card.js";
import { tellResident } from "./delivery-failure.js";
import { Erasure, recordRelays } from "./erasure.js";
import { Forum } from "./forum.js";
import { Opening } from "./opening.js";
import { PostOnce } from "./post-once.js";
import { StaffReading } from "./reading.js";
import { RelayIn } from "./relay-in.js";
import { RelayOut } from "./relay-out.js";
import { Transcripts } from "./transcripts.js";
import { Transfer } from "./transfer.js";
import type { BoardDeps, Delivery, Followers, Held, Relayed, UpdateApi } from "./types.js";

export { forwardLabel, forwardOf } from "./reading.js";
export type { BoardDeps, BoardEngines, Delivery, Held, Relayed, UpdateApi } from "./types.js";

/** A board's parts for one operator group: each team's group has its own topics, cards and relays. */
class GroupParts {
  readonly reading: StaffReading;
  readonly forum: Forum;
  readonly card: Card;
  readonly poster: PostOnce;
  readonly opening: Opening;
  readonly in: RelayIn;
  readonly out: RelayOut;
  readonly transfer: Transfer;

  constructor(deps: BoardDeps) {
    this.reading = new StaffReading(deps);
    this.forum = new Forum(deps);
    this.card = new Card(deps, this.reading);
    this.poster = new PostOnce(deps, this.forum);
    this.opening = new Opening(deps, this.forum, this.card, this.reading, this.poster);
    this.in = new RelayIn(deps, this.reading, this.forum, this.poster, new Transcripts(deps, this.reading, this.poster));
    this.out = new RelayOut(deps, this.reading);
    this.transfer = new Transfer(deps, this.reading, this.poster);
  }
}

/**
 * The operator groups' side of a request: its topic (or card) in the group of the team that handles it, the card
 * kept up to date, and everything relayed between resident and staff. Staff read Italian. Every request-bound call
 * goes to its team's group; a queued post goes to the group its outbox row names (a transfer empties the old one).
 */
export class OperatorBoard {
  private readonly groups = new Map<number, GroupParts>();
  private readonly erasure: Erasure;

  constructor(private readonly deps: BoardDeps) {
    this.erasure = new Erasure(deps, (requestId) => this.refresh(requestId));
  }

  /** The parts working in one group, made on first use. */
  private group(chatId: number): GroupParts {
    let parts = this.groups.get(chatId);
    if (!parts) {
      parts = new GroupParts({ ...this.deps, chatId });
      this.groups.set(chatId, parts);
    }
    return parts;
  }

  /** The group of the team that handles the request. */
  private of(request: Pick<Request, "teamId">): GroupParts {
    return this.group(this.chatOf(request));
  }

  /** The operator group of the team that handles a request. */
  chatOf(request: Pick<Request, "teamId">): number {
    return this.deps.services.requests.teamOf(request).chatId;
  }

  /** What does not depend on a group (labels, names, languages) is read through the first team's parts. */
  private get any(): GroupParts {
    return this.group(this.deps.chatId);
  }

  /** Whether staff and residents' texts are machine-translated on this desk (an engine is configured). */
  get translating(): boolean {
    return this.any.reading.translating;
  }

  /** Staff turn machine translation off or on for one request (the card's 🌐 button); audited. */
  setTranslate(requestId: number, on: boolean, actor: Actor): boolean {
    return this.deps.engines?.translation.setTranslate(requestId, on, actor) ?? false;
  }

  /** Whether a team's group (the first team's unless said) has topics. */
  isForum(chatId = this.deps.chatId): Promise<boolean> {
    return this.group(chatId).forum.isForum();
  }

  categoryLabel(category: string): string {
    return this.any.card.categoryLabel(category);
  }

  /** The resident's language now (they may have changed it since filing), for what is sent to them. */
  residentLocale(request: Request): string {
    return this.any.reading.residentLocale(request);
  }

  residentName(request: Request): string {
    return this.any.reading.residentName(request);
  }

  cardText(request: Request): string {
    return this.of(request).card.text(request);
  }

  cardKeyboard(request: Request) {
    return this.of(request).card.keyboard(request);
  }

  /** Where a message about this request goes in its team's group: its topic, or as a reply to its card. */
  place(request: Request) {
    return this.of(request).forum.place(request);
  }

  /**
   * One step of a queued post into a group (see the outbox): each step is one Bot API call,
   * and what it created (topic, card, part) is saved the moment it exists, so a retry after a
   * 429, a 5xx or a crash resumes where it stopped and never posts anything twice.
   */
  async perform(post: GroupPost, followers: Followers, chatId?: number): Promise<GroupStep> {
    const request = this.deps.services.requests.get(post.requestId);
    if (!request) return { done: true };
    const parts = this.group(chatId ?? this.chatOf(request));
    // A transfer leaves the old group with a one-line note; the posts about the request go to its new team's group.
    if (post.action === "vacate") return parts.transfer.vacate(request, post);
    if (chatId !== undefined && chatId !== this.chatOf(request)) return { done: true };
    if (post.action === "open") return parts.opening.open(request, post);
    if (post.action === "pin") return request.erasedAt ? { done: true } : parts.opening.pin(request);
    // Erased meanwhile (/forget): what is still queued about them is not posted.
    if (request.erasedAt && (post.action === "piece" || post.action === "history")) return { done: true };
    if (post.action === "history") return parts.transfer.history(request, post);
    if (post.action === "note") {
      const html = post.html ?? this.deps.italian(post.staffText.key, post.staffText.vars);
      const sent = await parts.poster.send(post, request, html);
      // A note may carry the request's content (the "🌐 sent in …" echo of an answer): erasure and a transfer find it.
      recordRelays({ ...this.deps, chatId: parts.poster.chatId }, request, [sent.message_id]);
      return { done: true };
    }
    if (post.action === "card") {
      await parts.card.refresh(request.id);
      return { done: true };
    }
    if (post.action === "letter") {
      // The letter's facts with their ✅/❌ buttons, under the card (in its topic), where staff check them.
      const letters = this.deps.services.letters;
      const letter = letters.get(post.letterId);
      if (!letter || request.erasedAt || letter.facts === null) return { done: true };
      const { html, keyboard } = renderLetterPost(this.deps.italian, letter, letters.factsOf(letter), letters.pagesOf(letter).length);
      const sent = await parts.poster.send(post, request, html, keyboard);
      letters.placed(letter.id, sent.message_id, this.chatOf(request));
      return { done: true };
    }
    if (post.action === "visit") {
      await parts.poster.send(post, request, renderStaffVisitNotice(this.deps.italian, post.notice, this.deps.timezone));
      return { done: true };
    }
    return parts.in.postPiece(request, post, followers);
  }

  /**
   * The engine work a queued post needs before it is drawn (translations, a voice note's transcript), or undefined when
   * none is left. The outbox runs it beside its sending loop and posts the row once it is done (see OutboxDispatcher).
   */
  prepare(post: GroupPost, followers: Followers, chatId?: number): (() => Promise<unknown>) | undefined {
    if (!this.deps.engines || post.uncertain) return undefined;
    const request = this.deps.services.requests.get(post.requestId);
    if (!request || request.erasedAt) return undefined;
    if (chatId !== undefined && chatId !== this.chatOf(request)) return undefined;
    const parts = this.of(request);
    if (post.action === "open" && !request.cardMessageId) {
      const rows = this.deps.services.requests.cardPieces(request.id).filter((row) => parts.reading.needsTranslation(request, row));
      return rows.length ? () => parts.reading.translateAll(request, rows) : undefined;
    }
    return post.action === "piece" ? parts.in.prepare(request, post, followers) : undefined;
  }

  /** A message the resident sent while the request is open: saved and queued for the group; false when not stored. */
  relayIn(request: Request, message: Message, api: UpdateApi): Promise<boolean> {
    return this.of(request).in.relayIn(request, message, api);
  }

  /** The first refusal to store tells the resident in their language and staff in Italian; later ones are silent. */
  storageRefused(request: Request, refusal: Extract<Incoming, { stored: false }>, api: UpdateApi): Promise<void> {
    return this.of(request).in.storageRefused(request, refusal, api);
  }

  /** A staff message (text or media, in the request's team's group) to the resident, machine-translated when an engine is on. */
  relayOut(request: Request, message: Pick<Message, "message_id" | "text" | "caption">, prefix: string, api: UpdateApi, confirmed = false): Promise<Relayed | Held> {
    return this.of(request).out.relayOut(request, message, prefix, api, confirmed);
  }

  /** After a staff answer was delivered and recorded: staff see in the topic what the resident got. */
  relayedAnswer(request: Request, staffMessageId: number, relayed: Relayed): Promise<void> {
    // Where the channel reports delivery (WhatsApp), staff will see it on their own message.
    if (relayed.ok) this.deps.echo?.(request.residentId, relayed.messageId, this.chatOf(request), staffMessageId);
    return this.of(request).out.relayedAnswer(request, staffMessageId, relayed);
  }

  /** Sends a text to the resident of a request (quick replies, closing notice), for the update in hand. */
  tellResident(request: Request, text: string, api: UpdateApi): Promise<Delivery> {
    return tellResident(this.deps, request, text, api);
  }

  /** An answer to the staff action in hand, in the request's topic (or under its card), sent at once. */
  async sayNow(request: Request, html: string, api: UpdateApi): Promise<void> {
    const parts = this.of(request);
    const sent = await api.sendMessage(this.chatOf(request), html, { parse_mode: "HTML", ...parts.forum.place(request) });
    this.remember(request, [sent.message_id]);
  }

  /**
   * Posts about a request sent directly (not through the outbox) are kept on the record like its relays: in a group
   * without topics a transfer then leaves one line in the old group, and erasure finds them (a topic goes whole).
   */
  remember(request: Request, messageIds: number[]): void {
    if (request.topicId) return;
    recordRelays({ ...this.deps, chatId: this.chatOf(request) }, request, messageIds);
  }

  /** A notice for staff in the request's topic (or under its card): through the outbox, so never lost. */
  async say(request: Request, html: string): Promise<void> {
    this.deps.services.requests.say(request.id, html);
  }

  /** Removes what Telegram holds of an erased person, in every group; true when nothing is left to do. */
  erase(erasure: Pick<ErasureOf, "markerId" | "requestIds">): Promise<boolean> {
    return this.erasure.erase(erasure);
  }

  /** Re-renders the card (and the topic title) in its team's group after any change. */
  async refresh(requestId: number): Promise<void> {
    const request = this.deps.services.requests.get(requestId);
    if (request) await this.of(request).card.refresh(requestId);
  }
}
