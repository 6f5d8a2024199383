import type { Clock } from "#src/clock.js";
import type { Actor } from "#src/domain/ports/records.js";
import type { HeldAnswer } from "#src/domain/ports/records.js";
import type { Stores } from "#src/domain/ports/stores.js";
import type { EngineErrorKind } from "./translation.js";

/**
 * The language guarantee: no resident receives staff's words in a language they did not choose without staff having
 * been warned first. Why a text would go as written: the desk has no engine, staff turned translation off for the
 * request, staff wrote "=" (send as it is), a media's caption (never translated), or the engine failed on it.
 */
export type UntranslatedReason = "no-engine" | "off" | "verbatim" | "caption" | EngineErrorKind;

/** The staff language: what staff write is Italian unless they say otherwise. */
export const STAFF_LANGUAGE = "it";

/** Whether a text would reach the resident in a language they did not choose, and so must be confirmed first. */
export function needsConfirmation(residentLanguage: string, text: string | undefined): boolean {
  return residentLanguage !== STAFF_LANGUAGE && Boolean(text?.trim());
}

export interface LanguageGuarantee {
  /** Holds a staff message until staff confirm it (the same message held twice is one row). */
  hold(requestId: number, message: {
    chatId: number;
    messageId: number;
    kind: string;
    text: string;
  }, author: Actor, why: {
    reason: UntranslatedReason;
    language: string;
  }): HeldAnswer;
  /** One held answer by id. */
  get(id: number): HeldAnswer | undefined;
  /**
   * One decision per held answer: "sent" (as written), "replaced" (a quick reply went instead) or "dropped".
   * Returns the answer as it was held for the press that decided it, undefined for any later press.
   */
  decide(id: number, status: "sent" | "replaced" | "dropped", actor: Actor): HeldAnswer | undefined;
}

export function languageGuaranteeService(repos: Stores, clock: Clock): LanguageGuarantee {
  const { heldAnswers, audit } = repos;
  return {
    /** Holds a staff message until staff confirm it (the same message held twice is one row). */
    hold(
      requestId: number,
      message: { chatId: number; messageId: number; kind: string; text: string },
      author: Actor,
      why: { reason: UntranslatedReason; language: string },
    ): HeldAnswer {
      const row = heldAnswers.hold({
        requestId,
        chatId: message.chatId,
        staffMessageId: message.messageId,
        authorId: author.id,
        authorName: author.name,
        kind: message.kind,
        text: message.text,
        reason: why.reason,
        language: why.language,
        createdAt: clock.now(),
      });
      return row;
    },
    get(id: number): HeldAnswer | undefined {
      return heldAnswers.get(id);
    },
    /**
     * One decision per held answer: "sent" (as written), "replaced" (a quick reply went instead) or "dropped".
     * Returns the answer as it was held for the press that decided it, undefined for any later press.
     */
    decide(id: number, status: "sent" | "replaced" | "dropped", actor: Actor): HeldAnswer | undefined {
      const held = heldAnswers.get(id);
      if (held?.status !== "held") return undefined;
      if (!heldAnswers.decide(id, status, actor.name)) return undefined;
      audit.record(clock.now(), actor, `held-${status}`, { requestId: held.requestId, detail: `${held.reason}:${held.language}` });
      return held;
    },
  };
}
