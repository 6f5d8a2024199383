import { GrammyError } from "grammy";
import type { GroupPost } from "#src/domain/notifications.js";
import type { Request, RequestMessage } from "#src/domain/requests/model.js";
import type { GroupStep } from "#src/delivery/outbox.js";
import { staffDateTime } from "#src/text/dates.js";
import { escapeHtml } from "#src/text/format.js";
import { mention, staffWindow } from "#src/bot/features/visits/screens.js";
import { recordRelays } from "./erasure.js";
import type { PostOnce } from "./post-once.js";
import { plainLength, type StaffReading } from "./reading.js";
import type { BoardDeps } from "./types.js";
import { visitRef } from "#src/bot/features/visits/screens.js";

type VacatePost = Extract<GroupPost, { action: "vacate" }>;
type HistoryPost = Extract<GroupPost, { action: "history" }>;

/** One page of the history a transfer brings to the new group, well inside Telegram's 4,096 characters. */
const HISTORY_PAGE_LIMIT = 3500;
/** A single entry of the history is cut here (the whole conversation is in /request and in the resident's data). */
const ENTRY_LIMIT = 700;

/**
 * A request moving between teams (see requests.transfer): the group it leaves keeps one line without the content
 * (the topic goes, with everything in it, or each post of the request is deleted, or redacted when too old to
 * delete); the group it reaches gets, under the new card, what was said so far.
 */
export class Transfer {
  constructor(
    private readonly deps: BoardDeps,
    private readonly reading: StaffReading,
    private readonly poster: PostOnce,
  ) {}

  /**
   * Step 0 deletes the topic (one call); without a topic, or when Telegram refuses, each later step removes one post.
   * The last step posts the note in the general chat.
   */
  async vacate(request: Request, post: VacatePost): Promise<GroupStep> {
    const { api, chatId, italian } = this.deps;
    const posts = [...(post.cardMessageId ? [post.cardMessageId] : []), ...post.messageIds];
    const step = post.step ?? 0;
    if (step === 0) {
      if (post.topicId) {
        try {
          await api.deleteForumTopic(chatId, post.topicId);
          return { done: false, post: { ...post, step: posts.length + 1 } };
        } catch (error) {
          // No right to manage topics (or the topic is gone already): the posts are taken away one by one.
          if (!(error instanceof GrammyError && error.error_code === 400)) throw error;
        }
      }
      return { done: false, post: { ...post, step: 1 } };
    }
    if (step <= posts.length) {
      await this.remove(posts[step - 1]!);
      return { done: false, post: { ...post, step: step + 1 } };
    }
    if (post.quiet) return { done: true };
    const note = italian("team-vacated", { id: String(request.id), to: escapeHtml(post.to), by: escapeHtml(post.by) });
    await this.poster.send(post, request, [note, ...this.visitLine(post)].join("\n"), undefined, undefined, {});
    return { done: true };
  }

  /** The visit that moved with the request, naming its worker so they know it is off their round. */
  private visitLine(post: VacatePost): string[] {
    const visit = post.visitId === undefined ? undefined : this.deps.services.visits.get(post.visitId);
    if (!visit) return [];
    const windows = visit.startsAt && visit.endsAt ? [{ startsAt: visit.startsAt, endsAt: visit.endsAt }] : this.deps.services.visits.windows(visit.id);
    const when = windows.map((w) => staffWindow(w.startsAt, w.endsAt, this.deps.timezone)).join(" · ");
    return [this.deps.italian("team-vacated-visit", { visit: visitRef(visit.id), when, worker: mention(visit.workerId, visit.workerName), to: escapeHtml(post.to) })];
  }

  /** Deletes a post, or redacts it when Telegram will not delete it (older than 48 hours); 429 and 5xx go back to the outbox. */
  private async remove(messageId: number): Promise<void> {
    const { api, chatId, italian } = this.deps;
    const refused = (error: unknown) => error instanceof GrammyError && error.error_code < 429;
    try {
      await api.deleteMessage(chatId, messageId);
      return;
    } catch (error) {
      if (!refused(error)) throw error;
    }
    // A staff member's own message cannot be edited by the bot, and a post already gone needs nothing: both are refused.
    await api.editMessageText(chatId, messageId, italian("team-vacated-post")).catch((error) => {
      if (!refused(error)) throw error;
    });
  }

  /** The history under the new card, one page a step; each page is the resident's words, so erasure finds it. */
  async history(request: Request, post: HistoryPost): Promise<GroupStep> {
    const { services } = this.deps;
    const pages = this.pages(request, post);
    const step = post.step ?? 0;
    if (step >= pages.length) return { done: true };
    const sent = await this.poster.send(post, request, post.uncertain?.html ?? pages[step]!);
    // Staff may answer the resident by replying to any page, as to a relay.
    services.requests.addPart(request.id, sent.message_id);
    recordRelays(this.deps, request, [sent.message_id]);
    return step + 1 < pages.length ? { done: false, post: { ...post, step: step + 1 } } : { done: true };
  }

  /** What was said before the transfer (up to the row the transfer saw last), minus what the new card shows. */
  private pages(request: Request, post: HistoryPost): string[] {
    const { services, italian } = this.deps;
    const onCard = new Set(services.requests.cardPieces(request.id).map((p) => p.id));
    const rows = services.requests
      .messages(request.id)
      .filter((m) => m.id <= post.upTo && !onCard.has(m.id) && m.direction !== "system");
    const lines = rows.length ? rows.map((m) => this.line(request, m)) : [italian("team-history-empty")];
    const title = (part: string) =>
      italian("team-history-title", { id: String(request.id), from: escapeHtml(post.from), by: escapeHtml(post.by), part });
    const pages: string[][] = [[]];
    for (const line of lines) {
      const page = pages.at(-1)!;
      if (page.length && plainLength([title(" (99/99)"), ...page, line].join("\n")) > HISTORY_PAGE_LIMIT) pages.push([line]);
      else page.push(line);
    }
    return pages.map((page, i) => [title(pages.length > 1 ? ` (${i + 1}/${pages.length})` : ""), ...page].join("\n"));
  }

  private line(request: Request, m: RequestMessage): string {
    const { italian, timezone } = this.deps;
    const when = staffDateTime(m.createdAt, timezone);
    const media = m.kind === "text" || m.kind === "quick-reply" ? "" : italian("team-history-media", { kind: m.kind });
    if (m.direction === "in") {
      const said = m.text ? this.reading.bodyOf(request, { ...m, text: m.text.slice(0, ENTRY_LIMIT) }, 200) : "";
      const text = [media, said].filter(Boolean).join(" ");
      return italian("team-history-resident", { when, name: escapeHtml(this.reading.residentName(request)), text });
    }
    const text = [media, escapeHtml((m.text ?? "").slice(0, ENTRY_LIMIT))].filter(Boolean).join(" ");
    const staff = escapeHtml(m.staffName ?? "");
    return italian(m.direction === "note" ? "team-history-note" : "team-history-staff", { when, staff, text });
  }
}
