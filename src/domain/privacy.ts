import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { BookingService } from "./booking/service.js";
import { CACHE_DAYS } from "./conversation-translation.js";
import { heldAfterRetention } from "./residents.js";
import type { Request, RequestMessage } from "./requests/model.js";
import type { Booking, Resident, Session, Visit, AnnouncementRecipient, Announcement, NewsPreferences, BuildingReport, BuildingReportNote, LetterRow, GroupPost, NewGroupPost } from "#src/domain/ports/records.js";

export type { GroupPost };

/** What an erasure leaves for the bot to do in Telegram: the marker's posts to delete, the cards to redraw. */
export interface Erasure {
  markerId: number;
  requestIds: number[];
  /** Requests that were still open and are now closed; staff are told in their topic. */
  openRequests: Request[];
}

const DAY_MS = 86_400_000;
/** What a resident sent on WhatsApp is kept (for relaying and copying it) this long: Meta's media ids live 30 days. */
export const WHATSAPP_INBOUND_DAYS = 30;
/** Rows of a request's history read at once while a copy is written: memory stays flat with any history. */
export const EXPORT_PAGE_ROWS = 200;

export interface PrivacyService {
  retentionDays: number;
  /** The person wrote or pressed a button: retention counts from here. */
  seen(residentId: number): void;
  /**
   * Everything stored about a person except the messages of their requests, which are read
   * page by page with `exportMessages` (a long history must not be loaded at once).
   */
  exportOutline(residentId: number): {
    resident: Resident;
    requests: {
      request: Request;
      hasNotes: boolean;
      visits: Visit[];
    }[];
    bookings: Array<{ booking: Booking; session: Session }>;
    neighbourhood: {
      recipient: AnnouncementRecipient;
      announcement: Announcement;
    }[];
    preferences: NewsPreferences | undefined;
    reports: BuildingReport[];
    reportNotes: BuildingReportNote[];
    retentionDays: number;
    exportedAt: Date;
  } | undefined;
  /** What the resident sent and was told on a request, after row `after`, oldest first; no staff notes. */
  exportMessages(requestId: number, after?: number, limit?: number): RequestMessage[];
  /** The letters read for the resident on a request: what the OCR read is theirs like a message. */
  exportLetters(requestId: number): LetterRow[];
  /** A bot message showing this person's data, to be deleted or redacted when they are erased. */
  recordPost(residentIds: number[], post: Omit<NewGroupPost, "residentId" | "createdAt">): void;
  postsOf(markerId: number): GroupPost[];
  postHandled(postId: number): void;
  /** Erasures whose group posts are not all gone yet (a crash, Telegram down): the nightly run retries. */
  unfinishedErasures(): number[];
  /** Called after each erasure, for what the desk keeps in memory about a person (cached voice notes). */
  onForget(listener: (residentId: number) => void): void;
  /**
   * Erases a person: their seats are given up first (so the next in line gets them), then
   * everything moves to an anonymous marker, and the WAL is checkpointed so the old pages leave
   * the disk. What Telegram holds is left to the caller (see OperatorBoard.erase).
   */
  forget(residentId: number): Erasure | undefined;
  /**
   * Daily: closed requests older than the retention period lose their content. Returns how
   * many requests were erased.
   */
  applyRetention(): number;
  /**
   * Daily: people with no activity for the retention period are erased exactly as if they had
   * asked with /forget: name, phone, addresses, words, children's names, group posts.
   */
  forgetInactive(): Erasure[];
}

/**
 * Access, erasure and retention (GDPR arts. 15, 17 and 5(1)(e)). Counts for statistics survive
 * erasure: requests and bookings stay, attached to an anonymous marker, without content.
 */
export function privacyService(
  repos: Stores,
  clock: Clock,
  booking: BookingService,
  retentionDays: number,
  /** The operator group of a team (a request's posts are in its team's group). */
  groupOf: (teamId: string | null) => number,
): PrivacyService {
  // Last day each person was marked as seen by this process: one write a day, not one per update.
  const seenOn = new Map<number, number>();
  const forgotten: Array<(residentId: number) => void> = [];

  return {
    retentionDays,

    /** The person wrote or pressed a button: retention counts from here. */
    seen(residentId: number): void {
      const now = clock.now();
      const day = Math.floor(now.getTime() / DAY_MS);
      if (seenOn.get(residentId) === day) return;
      if (seenOn.size > 50_000) seenOn.clear();
      seenOn.set(residentId, day);
      repos.privacy.seen(residentId, now, DAY_MS);
    },

    /**
     * Everything stored about a person except the messages of their requests, which are read
     * page by page with `exportMessages` (a long history must not be loaded at once).
     */
    exportOutline(residentId: number) {
      const resident = repos.residents.get(residentId);
      if (!resident || resident.forgottenAt) return undefined;
      const requests = repos.requests.forResident(residentId).map((request) => ({
        request,
        // Staff working notes are not handed out, but their existence is stated.
        hasNotes: repos.requests.notesCount(request.id) > 0,
        // Home visits with the time agreed (what came of each); staff's notes for the worker are not handed out.
        visits: repos.visits.agreedFor(request.id),
      }));
      const bookings = repos.bookings.forResident(residentId, ["booked", "waiting", "offered", "cancelled", "expired", "declined"]);
      // Their choice of news and the announcements and events they were sent (with their answers).
      const neighbourhood = repos.announcements.ofResident(residentId);
      return { resident, requests, bookings, neighbourhood, preferences: repos.announcements.preferences(residentId), reports: repos.buildingReports.followedBy(residentId), reportNotes: repos.buildingReports.notesBy(residentId), retentionDays, exportedAt: clock.now() };
    },

    /** What the resident sent and was told on a request, after row `after`, oldest first; no staff notes. */
    exportMessages(requestId: number, after = 0, limit = EXPORT_PAGE_ROWS): RequestMessage[] {
      return repos.requests.exportPage(requestId, after, limit);
    },

    /** The letters read for the resident on a request: what the OCR read is theirs like a message. */
    exportLetters(requestId: number) {
      return repos.letters.ofRequest(requestId).filter((l) => l.text !== null);
    },

    /** A bot message showing this person's data, to be deleted or redacted when they are erased. */
    recordPost(residentIds: number[], post: Omit<NewGroupPost, "residentId" | "createdAt">): void {
      const createdAt = clock.now();
      for (const residentId of new Set(residentIds)) {
        if (residentId > 0) repos.privacy.recordPost({ ...post, residentId, createdAt });
      }
    },
    postsOf: (markerId: number) => repos.privacy.postsOf(markerId),
    postHandled: (postId: number) => repos.privacy.removePost(postId),
    /** Erasures whose group posts are not all gone yet (a crash, Telegram down): the nightly run retries. */
    unfinishedErasures: () => repos.privacy.markersWithPosts(),

    /**
     * Erases a person: their seats are given up first (so the next in line gets them), then
     * everything moves to an anonymous marker, and the WAL is checkpointed so the old pages leave
     * the disk. What Telegram holds is left to the caller (see OperatorBoard.erase).
     */
    /** Called after each erasure, for what the desk keeps in memory about a person (cached voice notes). */
    onForget(listener: (residentId: number) => void): void {
      forgotten.push(listener);
    },

    forget(residentId: number): Erasure | undefined {
      if (!repos.residents.get(residentId)) return undefined;
      for (const { booking: b } of repos.bookings.forResident(residentId)) booking.cancel(residentId, b.id);
      const erasure = repos.transaction(() => {
        const all = repos.requests.forResident(residentId);
        const open = all.filter((r) => r.status !== "closed");
        for (const r of open) {
          repos.requests.update(r.id, { status: "closed", closedAt: clock.now() });
          repos.audit.record(clock.now(), { id: residentId, name: "residente" }, "forget", { requestId: r.id });
        }
        const markerId = repos.privacy.nextAnonymousId();
        repos.privacy.anonymise(residentId, markerId, clock.now(), groupOf);
        repos.announcements.forget(residentId, markerId);
        repos.buildingReports.forget(residentId, markerId);
        // The ESF+ sheets (theirs, their children's) go entirely: the next report no longer counts them.
        repos.participants.forgetResident(residentId);
        repos.residents.evict(residentId);
        repos.voice.forgetResident(residentId);
        // Updates of theirs still journaled (this very /forget among them) keep no words or name.
        repos.inbox.forget(residentId);
        return { markerId, requestIds: all.map((r) => r.id), openRequests: open.map((r) => repos.requests.get(r.id)!) };
      });
      seenOn.delete(residentId);
      repos.privacy.checkpoint();
      // What is kept outside the database (cached voice notes of their words) goes too.
      for (const listener of forgotten) listener(residentId);
      return erasure;
    },

    /**
     * Daily: closed requests older than the retention period lose their content. Returns how
     * many requests were erased.
     */
    applyRetention(): number {
      const before = new Date(clock.now().getTime() - retentionDays * DAY_MS);
      const erased = repos.transaction(() => {
        const ids = repos.privacy.expiredContent(before);
        repos.privacy.eraseContent(ids, clock.now());
        // Buttons kept for presses on old messages: none of them is acted on after the retention period.
        repos.offeredButtons.pruneBefore(before);
        return ids.length;
      });
      // People still around keep their account, not the phone and children's names the old requests and classes needed.
      const details = repos.transaction(() => repos.privacy.eraseLapsedDetails(before));
      // Messages held while the desk asks whether they go to it (or waits for consent) do not wait longer than the period.
      const held = repos.transaction(() => {
        let trimmed = 0;
        for (const { id, pendingFlow } of repos.privacy.withHeldMessages()) {
          const next = heldAfterRetention(pendingFlow, before.getTime(), clock.now().getTime());
          if (next === undefined) continue;
          repos.residents.update(id, { pendingFlow: next });
          trimmed++;
        }
        return trimmed;
      });
      // WhatsApp's own tables: residents' messages lose their content, old rows and silent numbers go.
      const inboundBefore = new Date(clock.now().getTime() - Math.min(retentionDays, WHATSAPP_INBOUND_DAYS) * DAY_MS);
      const whatsapp = repos.transaction(() => repos.privacy.trimWhatsApp(before, inboundBefore, clock.now()));
      // Cached machine translations live CACHE_DAYS at most, and never longer than retention.
      const cacheBefore = new Date(clock.now().getTime() - Math.min(retentionDays, CACHE_DAYS) * DAY_MS);
      const pruned = repos.privacy.pruneTranslations(cacheBefore);
      if (erased || pruned || details || whatsapp || held) repos.privacy.checkpoint();
      return erased;
    },

    /**
     * Daily: people with no activity for the retention period are erased exactly as if they had
     * asked with /forget: name, phone, addresses, words, children's names, group posts.
     */
    forgetInactive(): Erasure[] {
      const before = new Date(clock.now().getTime() - retentionDays * DAY_MS);
      const erasures: Erasure[] = [];
      for (const id of repos.privacy.inactiveSince(before)) {
        const erasure = this.forget(id);
        if (erasure) erasures.push(erasure);
      }
      return erasures;
    },
  };
}
