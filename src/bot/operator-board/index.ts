import type { Message } from "grammy/types";
import type { Actor } from "../../db/repositories/audit.js";
import type { GroupPost } from "../../domain/notifications.js";
import type { Erasure as ErasureOf } from "../../domain/privacy.js";
import type { Incoming, Request } from "../../domain/requests.js";
import type { GroupStep } from "../../scheduler/outbox.js";
import { renderStaffVisitNotice } from "../views/visits.js";
import { Card } from "./card.js";
import { tellResident } from "./delivery-failure.js";
import { Erasure } from "./erasure.js";
import { Forum } from "./forum.js";
import { Opening } from "./opening.js";
import { PostOnce } from "./post-once.js";
import { StaffReading } from "./reading.js";
import { RelayIn } from "./relay-in.js";
import { RelayOut } from "./relay-out.js";
import { Transcripts } from "./transcripts.js";
import type { BoardDeps, Delivery, Followers, Relayed } from "./types.js";

export { forwardLabel, forwardOf } from "./reading.js";
export type { BoardDeps, BoardEngines, Delivery, Relayed } from "./types.js";

/**
 * The operator group's side of a request: its topic (or card), the card kept up to date,
 * and everything relayed between resident and staff. Staff read Italian.
 */
export class OperatorBoard {
  private readonly reading: StaffReading;
  private readonly forum: Forum;
  private readonly card: Card;
  private readonly poster: PostOnce;
  private readonly opening: Opening;
  private readonly in: RelayIn;
  private readonly out: RelayOut;
  private readonly erasure: Erasure;

  constructor(private readonly deps: BoardDeps) {
    this.reading = new StaffReading(deps);
    this.forum = new Forum(deps);
    this.card = new Card(deps, this.reading);
    this.poster = new PostOnce(deps, this.forum);
    this.opening = new Opening(deps, this.forum, this.card, this.reading, this.poster);
    this.in = new RelayIn(deps, this.reading, this.forum, this.poster, new Transcripts(deps, this.reading, this.poster));
    this.out = new RelayOut(deps, this.reading);
    this.erasure = new Erasure(deps, this.card);
  }

  /** Whether staff and residents' texts are machine-translated on this desk (an engine is configured). */
  get translating(): boolean {
    return this.reading.translating;
  }

  /** Staff turn machine translation off or on for one request (the card's 🌐 button); audited. */
  setTranslate(requestId: number, on: boolean, actor: Actor): boolean {
    return this.deps.engines?.translation.setTranslate(requestId, on, actor) ?? false;
  }

  isForum(): Promise<boolean> {
    return this.forum.isForum();
  }

  categoryLabel(category: string): string {
    return this.card.categoryLabel(category);
  }

  /** The resident's language now (they may have changed it since filing), for what is sent to them. */
  residentLocale(request: Request): string {
    return this.reading.residentLocale(request);
  }

  residentName(request: Request): string {
    return this.reading.residentName(request);
  }

  cardText(request: Request): string {
    return this.card.text(request);
  }

  cardKeyboard(request: Request) {
    return this.card.keyboard(request);
  }

  /** Where a message about this request goes: its topic, or as a reply to its card. */
  place(request: Request) {
    return this.forum.place(request);
  }

  /**
   * One step of a queued post into the group (see the outbox): each step is one Bot API call,
   * and what it created (topic, card, part) is saved the moment it exists, so a retry after a
   * 429, a 5xx or a crash resumes where it stopped and never posts anything twice.
   */
  async perform(post: GroupPost, followers: Followers): Promise<GroupStep> {
    const request = this.deps.services.requests.get(post.requestId);
    if (!request) return { done: true };
    if (post.action === "open") return this.opening.open(request, post);
    // Erased meanwhile (/forget): what is still queued about them is not posted.
    if (request.erasedAt && post.action === "piece") return { done: true };
    if (post.action === "note") {
      await this.poster.send(post, request, post.html);
      return { done: true };
    }
    if (post.action === "card") {
      await this.card.refresh(request.id);
      return { done: true };
    }
    if (post.action === "visit") {
      await this.poster.send(post, request, renderStaffVisitNotice(this.deps.italian, post.notice, this.deps.timezone));
      return { done: true };
    }
    return this.in.postPiece(request, post, followers);
  }

  /** A message the resident sent while the request is open: saved and queued for the group; false when not stored. */
  relayIn(request: Request, message: Message): Promise<boolean> {
    return this.in.relayIn(request, message);
  }

  /** The first refusal to store tells the resident in their language and staff in Italian; later ones are silent. */
  storageRefused(request: Request, refusal: Extract<Incoming, { stored: false }>): Promise<void> {
    return this.in.storageRefused(request, refusal);
  }

  /** A staff message (text or media) to the resident, machine-translated when an engine is on. */
  relayOut(request: Request, message: Message, prefix: string): Promise<Relayed> {
    return this.out.relayOut(request, message, prefix);
  }

  /** After a staff answer was delivered and recorded: staff see in the topic what the resident got. */
  relayedAnswer(request: Request, staffMessageId: number, relayed: Relayed): Promise<void> {
    return this.out.relayedAnswer(request, staffMessageId, relayed);
  }

  /** Sends a text to the resident of a request (quick replies, closing notice). */
  tellResident(request: Request, text: string): Promise<Delivery> {
    return tellResident(this.deps, request, text);
  }

  /** An answer to the staff action in hand, in the request's topic (or under its card), sent at once. */
  async sayNow(request: Request, html: string): Promise<void> {
    await this.deps.api.sendMessage(this.deps.chatId, html, { parse_mode: "HTML", ...this.forum.place(request) });
  }

  /** A notice for staff in the request's topic (or under its card): through the outbox, so never lost. */
  async say(request: Request, html: string): Promise<void> {
    this.deps.services.requests.say(request.id, html);
  }

  /** Removes what Telegram holds of an erased person; true when nothing is left to do. */
  erase(erasure: Pick<ErasureOf, "markerId" | "requestIds">): Promise<boolean> {
    return this.erasure.erase(erasure);
  }

  /** Re-renders the card (and the topic title) after any change. */
  refresh(requestId: number): Promise<void> {
    return this.card.refresh(requestId);
  }
}
