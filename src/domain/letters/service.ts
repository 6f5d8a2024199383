// A resident's letter, from the photos they sent to the facts staff checked: the pages wait to be read (the OCR runs
// off the update's path), then in one transaction the letter opens or joins a request in the team its sender calls
// for, staff get its facts to check, and the resident gets them in their language. A deadline staff confirm becomes
// a reminder two days before it. Nothing here is advice: the facts are what the letter says, checked by a person.
import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/db/repositories/audit.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { LetterRow } from "#src/db/repositories/letters.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Category, Piece } from "#src/domain/requests.js";
import type { requestsService } from "#src/domain/requests.js";
import type { Teams } from "#src/domain/teams.js";
import type { Desks } from "#src/domain/desks.js";
import { extractFacts } from "./extract-facts.js";
import { type LetterFact, type LocalDay, type Sender, factValue, isoDay } from "./facts.js";

/** A page as the resident sent it: a photo (or an image sent as a file). */
export interface LetterPage {
  fileId: string;
  messageId: number;
  kind: "photo" | "document";
}

export type FactCheck = { verdict: "right" | "wrong"; by: string; at: string };
export type CheckedFact = LetterFact & { check?: FactCheck };

/** Most letters are one to four pages; beyond this the resident is asked to bring it to the desk. */
export const MAX_PAGES = 6;
/** The reminder of a confirmed deadline: two days before, at this local hour. */
export const REMINDER_DAYS_BEFORE = 2;
const REMINDER_HOUR = 9;

/** The team a letter goes to follows its sender: the housing agency and the courts are housing, the ASL health. */
const CATEGORY_OF: Record<Sender, Category> = {
  atc: "housing",
  court: "housing",
  utility: "housing",
  comune: "social",
  inps: "social",
  inail: "social",
  entrate: "social",
  riscossione: "social",
  questura: "social",
  prefettura: "social",
  asl: "health",
};

/** What the resident is shown first: who, by when, how much, how to pay; the references last. */
const ORDER: Record<LetterFact["kind"], number> = {
  sender: 0,
  deadline: 1,
  appointment: 2,
  amount: 3,
  pagopa: 4,
  iban: 5,
  protocol: 6,
  date: 7,
  law: 8,
};

/** A letter's facts as a resident's message carries them (the outbox renders them in their language when sent). */
export interface LetterNotice {
  type: "letter";
  letterId: number;
  /** "read": the facts, at once; "unreadable": nothing could be read; "checked": what staff confirmed; "reminder". */
  mode: "read" | "unreadable" | "checked" | "reminder";
  facts: CheckedFact[];
}

type RequestsService = ReturnType<typeof requestsService>;

export function lettersService(
  repos: Repositories,
  clock: Clock,
  notify: Notifications,
  requests: RequestsService,
  network: { teams: Teams; desks: Desks; timezone: string },
) {
  const factsOf = (letter: Pick<LetterRow, "facts">): CheckedFact[] => (letter.facts ? (JSON.parse(letter.facts) as CheckedFact[]) : []);
  const pagesOf = (letter: Pick<LetterRow, "pages">): LetterPage[] => (letter.pages ? (JSON.parse(letter.pages) as LetterPage[]) : []);
  const ref = (letterId: number) => `letter:${letterId}`;

  /** The open request of the resident in the team the category routes to, if any: the letter joins it. */
  function openRequestIn(residentId: number, category: Category) {
    const open = requests.openFor(residentId);
    if (!open) return undefined;
    const desk = network.desks.of(repos.residents.get(residentId)?.deskId);
    return open.teamId === network.teams.route(category, desk).id ? open : undefined;
  }

  return {
    factsOf,
    pagesOf,

    /** The pages are kept (their file ids) until the reader gets to them; the resident's update returns at once. */
    receive(residentId: number, language: string, pages: LetterPage[]): LetterRow {
      return repos.letters.insert({
        residentId,
        language,
        status: "reading",
        pages: JSON.stringify(pages.slice(0, MAX_PAGES)),
        createdAt: clock.now(),
      });
    },

    waiting: (limit?: number) => repos.letters.waiting(limit),
    get: (id: number) => repos.letters.get(id),
    ofRequest: (requestId: number) => repos.letters.ofRequest(requestId),

    /** A reading attempt failed (the engine down, a page past its deadline): counted, so a letter is not tried forever. */
    attempted(letterId: number): number {
      const letter = repos.letters.get(letterId);
      const attempts = (letter?.attempts ?? 0) + 1;
      repos.letters.update(letterId, { attempts });
      return attempts;
    },

    /**
     * The OCR's result (or none, when no page could be read): the letter opens or joins a request in its sender's
     * team with the pages, staff get the facts to check, the resident gets them now. One transaction: a crash leaves
     * the letter waiting, to be read again, never half-filed.
     */
    read(letterId: number, outcome: { text: string; confidence: number } | undefined): LetterRow | undefined {
      return repos.transaction(() => {
        const letter = repos.letters.get(letterId);
        // Read already (a second reader got there first), or the person asked to be forgotten meanwhile.
        if (letter?.status !== "reading") return undefined;
        const resident = repos.residents.get(letter.residentId);
        if (!resident || resident.forgottenAt) {
          repos.letters.forgetResident(letter.residentId);
          return undefined;
        }
        const facts = outcome ? extractFacts(outcome.text).sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.at - b.at) : [];
        const sender = facts.find((f) => f.kind === "sender");
        const category: Category = sender?.kind === "sender" ? CATEGORY_OF[sender.sender] : "other";
        const pages = pagesOf(letter);
        const pieces: Piece[] = pages.map((p) => ({ kind: p.kind, fileId: p.fileId, messageId: p.messageId }));
        const joined = openRequestIn(letter.residentId, category);
        let requestId: number;
        if (joined) {
          requestId = joined.id;
          for (const piece of pieces) requests.incoming(requestId, piece, { sourceMessageId: piece.messageId });
        } else {
          const filed = requests.file({
            residentId: letter.residentId,
            category,
            language: letter.language,
            visit: "desk",
            contact: "chat",
            pieces,
            formKey: pages[0]?.messageId,
          });
          requestId = filed.request.id;
        }
        repos.letters.update(letterId, {
          requestId,
          status: outcome ? "read" : "unreadable",
          text: outcome?.text ?? null,
          facts: JSON.stringify(facts),
          confidence: outcome?.confidence ?? null,
          readAt: clock.now(),
        });
        notify.toGroup({ type: "board", action: "letter", requestId, letterId });
        const notice: LetterNotice = { type: "letter", letterId, mode: outcome && facts.length ? "read" : "unreadable", facts };
        notify.toResident(letter.residentId, "letter-facts", ref(letterId), notice);
        return repos.letters.get(letterId);
      });
    },

    /** Where the staff post with the facts and their buttons is; recorded, so /forget deletes it from the group. */
    placed(letterId: number, groupMessageId: number, chatId: number): void {
      const letter = repos.letters.get(letterId);
      if (!letter) return;
      repos.letters.update(letterId, { groupMessageId });
      repos.privacy.recordPost({ residentId: letter.residentId, chatId, messageId: groupMessageId, kind: "relay", requestId: letter.requestId, createdAt: clock.now() });
    },

    /**
     * Staff say a fact is right or wrong. A deadline confirmed becomes the resident's reminder; once every fact is
     * checked the resident is told what staff confirmed. Checking again changes the verdict (and the reminder).
     */
    check(
      letterId: number,
      index: number,
      verdict: FactCheck["verdict"],
      actor: Actor,
    ): { ok: true; letter: LetterRow; fact: CheckedFact; complete: boolean } | { ok: false; reason: "not-found" | "erased" } {
      return repos.transaction(() => {
        const letter = repos.letters.get(letterId);
        if (!letter) return { ok: false, reason: "not-found" } as const;
        const facts = factsOf(letter);
        const fact = facts[index];
        if (!fact || !letter.requestId) return { ok: false, reason: letter.facts === null ? "erased" : "not-found" } as const;
        const now = clock.now();
        fact.check = { verdict, by: actor.name, at: now.toISOString() };
        const complete = facts.every((f) => f.check);
        repos.letters.update(letterId, { facts: JSON.stringify(facts), ...(complete && !letter.checkedAt ? { checkedAt: now } : {}) });
        repos.audit.record(now, actor, "letter-check", { requestId: letter.requestId, detail: `${fact.kind} ${verdict}` });
        if (fact.kind === "deadline") {
          const reminderRef = `${ref(letterId)}:deadline:${factValue(fact)}`;
          notify.cancel([reminderRef]);
          if (verdict === "right") {
            const dueAt = reminderTime(fact.day, now, network.timezone);
            if (dueAt) {
              const notice: LetterNotice = { type: "letter", letterId, mode: "reminder", facts: [fact, ...facts.filter((f) => f.kind === "sender")] };
              notify.toResident(letter.residentId, "letter-reminder", reminderRef, notice, { dueAt, expiresAt: endOfDay(fact.day, network.timezone) });
            }
          }
        }
        if (complete && !letter.checkedAt) {
          const notice: LetterNotice = { type: "letter", letterId, mode: "checked", facts };
          notify.toResident(letter.residentId, "letter-checked", ref(letterId), notice);
        }
        return { ok: true, letter: repos.letters.get(letterId)!, fact, complete } as const;
      });
    },

    /** Confirmed deadlines of open requests from `from` (a local day) for `days` days, for the team's digest. */
    deadlinesAhead(from: Date, days: number, teamId?: string): Array<{ requestId: number; day: LocalDay; sender?: Sender }> {
      const start = DateTime.fromJSDate(from, { zone: network.timezone }).startOf("day");
      const first = start.toISODate()!;
      const last = start.plus({ days }).toISODate()!;
      const out: Array<{ requestId: number; day: LocalDay; sender?: Sender }> = [];
      for (const request of requests.queue(500, teamId ? [teamId] : undefined)) {
        for (const letter of repos.letters.ofRequest(request.id)) {
          const facts = factsOf(letter);
          const sender = facts.find((f) => f.kind === "sender");
          for (const f of facts) {
            if (f.kind !== "deadline" || f.check?.verdict !== "right") continue;
            const iso = isoDay(f.day);
            if (iso >= first && iso <= last) out.push({ requestId: request.id, day: f.day, ...(sender?.kind === "sender" ? { sender: sender.sender } : {}) });
          }
        }
      }
      return out.sort((a, b) => isoDay(a.day).localeCompare(isoDay(b.day)) || a.requestId - b.requestId);
    },
  };
}

/** Two days before the deadline at 9:00 local time; now when that has passed but the day has not; none after it. */
export function reminderTime(day: LocalDay, now: Date, timezone: string): Date | undefined {
  const deadline = DateTime.fromObject({ ...day, hour: REMINDER_HOUR }, { zone: timezone });
  if (!deadline.isValid) return undefined;
  const due = deadline.minus({ days: REMINDER_DAYS_BEFORE }).toJSDate();
  if (due > now) return due;
  return endOfDay(day, timezone) > now ? now : undefined;
}

function endOfDay(day: LocalDay, timezone: string): Date {
  return DateTime.fromObject(day, { zone: timezone }).endOf("day").toJSDate();
}

export type LettersService = ReturnType<typeof lettersService>;
