// A resident's letter, from the photos they sent to the facts staff checked: the pages wait to be read (the OCR runs
// off the update's path), then in one transaction the letter opens or joins a request in the team its sender calls
// for, staff get its facts to check, and the resident gets them in their language. A deadline staff confirm becomes
// a reminder two days before it. Nothing here is advice: the facts are what the letter says, checked by a person.
import { DateTime } from "luxon";
import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { LetterRow } from "#src/domain/ports/records.js";
import type { Notifications } from "#src/domain/notifications.js";
import type { Category, Piece } from "#src/domain/requests/model.js";
import type { RequestsService } from "#src/domain/requests/service.js";
import type { Teams } from "#src/domain/teams.js";
import type { Desks } from "#src/domain/desks.js";
import { applyCorrection, type CorrectableKind, correctable, parseCorrection } from "./corrections.js";
import { extractFacts } from "./extract-facts.js";
import { type LetterFact, type LocalDay, type Sender, factValue, isoDay } from "./facts.js";

/** A page as the resident sent it: a photo (or an image sent as a file). */
export interface LetterPage {
  fileId: string;
  messageId: number;
  kind: "photo" | "document";
  /** A PDF file: its pages are read from its text layer, or drawn and read like photos. */
  pdf?: true;
}

/** Staff's word on a fact: right, wrong, or corrected to a value they typed (`read`: the value the rules had read). */
export type FactCheck = { verdict: "right" | "wrong" | "corrected"; by: string; at: string; read?: string };
export type CheckedFact = LetterFact & { check?: FactCheck };

/** A fact staff stand behind: confirmed as read, or corrected. */
export function confirmedFact(fact: CheckedFact): boolean {
  return fact.check?.verdict === "right" || fact.check?.verdict === "corrected";
}

/** Most letters are one to four pages; beyond this the resident is asked to bring it to the desk (a PDF's too). */
export const MAX_PAGES = 6;
/** A letter's PDF is a few hundred kilobytes, a scan a few megabytes; a larger file is not opened. */
export const MAX_PDF_MB = 10;
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
  /**
   * "read": the facts, at once; "unreadable": nothing could be read; "checked": what staff confirmed; "reminder";
   * "translation": one part of the text machine-translated; "untranslated": the engine failed on it.
   */
  mode: "read" | "unreadable" | "checked" | "reminder" | "translation" | "untranslated";
  facts: CheckedFact[];
  /** With "translation": the translated text of this part (plain text, escaped when rendered). */
  translation?: { text: string; part: number; parts: number };
}

/** What came of asking the engine for the letter's text in the resident's language. */
export type LetterTranslationOutcome =
  | { status: "translated"; parts: string[] }
  /** No engine, no consent to the notice that allows one, or nothing to translate: nothing is said. */
  | { status: "off" }
  | { status: "failed" };

export interface LettersService {
  /** The facts read on a letter, with staff's checks. */
  factsOf(letter: Pick<LetterRow, "facts">): CheckedFact[];
  /** The pages of a letter, as received. */
  pagesOf(letter: Pick<LetterRow, "pages">): LetterPage[];
  /** The pages are kept (their file ids) until the reader gets to them; the resident's update returns at once. */
  receive(residentId: number, language: string, pages: LetterPage[]): LetterRow;
  /** Letters still to be read, oldest first. */
  waiting(limit?: number): LetterRow[];
  /** One letter by id. */
  get(id: number): LetterRow | undefined;
  /** The letters filed on a request. */
  ofRequest(requestId: number): LetterRow[];
  /** A reading attempt failed (the engine down, a page past its deadline): counted, so a letter is not tried forever. */
  attempted(letterId: number): number;
  /**
   * The OCR's result (or none, when no page could be read): the letter opens or joins a request in its sender's
   * team with the pages, staff get the facts to check, the resident gets them now. One transaction: a crash leaves
   * the letter waiting, to be read again, never half-filed.
   */
  read(letterId: number, outcome: {
    text: string;
    confidence: number;
  } | undefined): LetterRow | undefined;
  /** Where the staff post with the facts and their buttons is; recorded, so /forget deletes it from the group. */
  placed(letterId: number, groupMessageId: number, chatId: number): void;
  /** Letters whose text waits for its machine translation. */
  untranslated(limit?: number): LetterRow[];
  /**
   * The engine's answer for the letter's text: the parts go to the resident after the facts, marked as a machine
   * translation; a failure is said once, so the resident is not left waiting for it; "off" says nothing.
   */
  translated(letterId: number, outcome: LetterTranslationOutcome): void;
  /**
   * Staff say a fact is right or wrong. A deadline confirmed becomes the resident's reminder; once every fact is
   * checked the resident is told what staff confirmed. Checking again changes the verdict (and the reminder).
   */
  check(letterId: number, index: number, verdict: "right" | "wrong", actor: Actor): CheckResult;
  /**
   * Staff type the right value of a fact (a date, an amount, a code): checked like the rules read letters, it
   * replaces the value read and counts as confirmed (a corrected deadline is the one reminded).
   */
  correct(letterId: number, index: number, typed: string, actor: Actor): CheckResult | {
    ok: false;
    reason: "invalid";
    kind: CorrectableKind;
  } | {
    ok: false;
    reason: "not-correctable";
  };
  /** Confirmed deadlines of open requests from `from` (a local day) for `days` days, for the team's digest. */
  deadlinesAhead(from: Date, days: number, teamId?: string): Array<{
    requestId: number;
    day: LocalDay;
    sender?: Sender;
  }>;
}

export function lettersService(
  repos: Stores,
  clock: Clock,
  notify: Notifications,
  requests: RequestsService,
  network: { teams: Teams; desks: Desks; timezone: string },
): LettersService {
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

  type Settled = { fact: CheckedFact; check: FactCheck };
  /**
   * One staff decision on one fact, in one transaction: the fact's new state, the audit line, the deadline's
   * reminder (set for a confirmed or corrected day, cancelled otherwise), and the resident told once all are checked.
   */
  function settle(letterId: number, index: number, actor: Actor, decide: (fact: CheckedFact) => Settled): CheckResult {
    return repos.transaction(() => {
      const letter = repos.letters.get(letterId);
      if (!letter) return { ok: false, reason: "not-found" } as const;
      const facts = factsOf(letter);
      const current = facts[index];
      if (!current || !letter.requestId) return { ok: false, reason: letter.facts === null ? "erased" : "not-found" } as const;
      const before = current.kind === "deadline" ? `${ref(letterId)}:deadline:${factValue(current)}` : undefined;
      const decided = decide(current);
      const fact: CheckedFact = { ...decided.fact, check: decided.check };
      facts[index] = fact;
      const now = clock.now();
      const complete = facts.every((f) => f.check);
      repos.letters.update(letterId, { facts: JSON.stringify(facts), ...(complete && !letter.checkedAt ? { checkedAt: now } : {}) });
      const detail = fact.check?.verdict === "corrected" ? `${fact.kind} corrected` : `${fact.kind} ${fact.check?.verdict}`;
      repos.audit.record(now, actor, "letter-check", { requestId: letter.requestId, detail });
      if (fact.kind === "deadline") {
        const reminderRef = `${ref(letterId)}:deadline:${factValue(fact)}`;
        notify.cancel([reminderRef, ...(before && before !== reminderRef ? [before] : [])]);
        if (confirmedFact(fact)) {
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
          // The whole text in the resident's language is asked of the engine after this (off the reading's path).
          translationState: outcome?.text.trim() && letter.language !== "it" ? "pending" : null,
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

    /** Letters whose text waits for its machine translation. */
    untranslated: (limit?: number) => repos.letters.untranslated(limit),

    /**
     * The engine's answer for the letter's text: the parts go to the resident after the facts, marked as a machine
     * translation; a failure is said once, so the resident is not left waiting for it; "off" says nothing.
     */
    translated(letterId: number, outcome: LetterTranslationOutcome): void {
      repos.transaction(() => {
        const letter = repos.letters.get(letterId);
        if (letter?.translationState !== "pending") return;
        if (outcome.status === "off") {
          repos.letters.update(letterId, { translationState: "off" });
          return;
        }
        if (outcome.status === "failed") {
          repos.letters.update(letterId, { translationState: "failed" });
          const notice: LetterNotice = { type: "letter", letterId, mode: "untranslated", facts: [] };
          notify.toResident(letter.residentId, "letter-translation", `${ref(letterId)}:translation`, notice);
          return;
        }
        repos.letters.update(letterId, { translationState: "translated", translation: outcome.parts.join("\n\n") });
        outcome.parts.forEach((text, i) => {
          const notice: LetterNotice = { type: "letter", letterId, mode: "translation", facts: [], translation: { text, part: i + 1, parts: outcome.parts.length } };
          notify.toResident(letter.residentId, "letter-translation", `${ref(letterId)}:translation:${i + 1}`, notice);
        });
      });
    },

    /**
     * Staff say a fact is right or wrong. A deadline confirmed becomes the resident's reminder; once every fact is
     * checked the resident is told what staff confirmed. Checking again changes the verdict (and the reminder).
     */
    check(letterId: number, index: number, verdict: "right" | "wrong", actor: Actor): CheckResult {
      return settle(letterId, index, actor, (fact) => ({ fact, check: { verdict, by: actor.name, at: clock.now().toISOString() } }));
    },

    /**
     * Staff type the right value of a fact (a date, an amount, a code): checked like the rules read letters, it
     * replaces the value read and counts as confirmed (a corrected deadline is the one reminded).
     */
    correct(letterId: number, index: number, typed: string, actor: Actor): CheckResult | { ok: false; reason: "invalid"; kind: CorrectableKind } | { ok: false; reason: "not-correctable" } {
      const letter = repos.letters.get(letterId);
      const fact = letter ? factsOf(letter)[index] : undefined;
      if (!letter || !fact || !letter.requestId) return { ok: false, reason: letter?.facts === null ? "erased" : "not-found" };
      if (!correctable(fact.kind)) return { ok: false, reason: "not-correctable" };
      const correction = parseCorrection(fact.kind, typed);
      if (!correction) return { ok: false, reason: "invalid", kind: fact.kind };
      return settle(letterId, index, actor, (current) => {
        // The value the rules first read stays on record through later corrections.
        const read = current.check?.verdict === "corrected" ? current.check.read : factValue(current);
        return { fact: applyCorrection(current, correction), check: { verdict: "corrected", by: actor.name, at: clock.now().toISOString(), ...(read ? { read } : {}) } };
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
            if (f.kind !== "deadline" || !confirmedFact(f)) continue;
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

export type CheckResult = { ok: true; letter: LetterRow; fact: CheckedFact; complete: boolean } | { ok: false; reason: "not-found" | "erased" };
