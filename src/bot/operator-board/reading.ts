import type { ForwardOrigin, Request, RequestMessage } from "#src/domain/requests/model.js";
import { escapeHtml, splitEscaped } from "#src/text/format.js";
import { italianLanguageName } from "#src/text/languages.js";
import type { Italian } from "#src/text/staff-text.js";
import type { BoardDeps } from "./types.js";

/** A merged burst of follow-ups stays well inside Telegram's 4,096 characters. */
export const MERGED_POST_LIMIT = 3500;

/**
 * A resident's words as staff read them: in Italian first when an engine translated them (kept on
 * their row, so a retried post never calls the engine again), the original folded below.
 */
export class StaffReading {
  constructor(private readonly deps: BoardDeps) {}

  /** Whether staff and residents' texts are machine-translated on this desk (an engine is configured). */
  get translating(): boolean {
    return this.deps.engines?.translation.translating ?? false;
  }

  /** The resident's language now (they may have changed it since filing), for what is sent to them. */
  residentLocale(request: Request): string {
    return this.deps.services.residents.get(request.residentId)?.language ?? request.language;
  }

  residentName(request: Request): string {
    const r = this.deps.services.residents.get(request.residentId);
    if (!r || r.forgottenAt) return this.deps.italian("anonymised-person");
    return r.firstName ?? "—";
  }

  /**
   * "🌐 non tradotto · ucraino": beside a resident's words that reach staff as written although the resident chose
   * another language than Italian (no engine, or translation off for the request); "" when they are translated.
   */
  untranslatedMark(request: Request): string {
    const locale = this.residentLocale(request);
    if (locale === "it" || (this.translating && request.translate)) return "";
    return this.deps.italian("untranslated-mark", { language: escapeHtml(italianLanguageName(locale)) });
  }

  /**
   * A resident's text as staff read it: the Italian translation first, the original folded in an expandable
   * quote below it; or the original with a short note when the engine could not translate it.
   */
  bodyOf(request: Request, row: RequestMessage, maxOriginal?: number): string {
    const original = escapeHtml(row.text ?? "");
    if (!this.translating || !request.translate) return original;
    if (row.translation && row.translatedFrom) {
      const folded = maxOriginal === undefined ? original : clipHtml(row.text ?? "", maxOriginal);
      const quote = folded ? `\n<blockquote expandable>${folded}</blockquote>` : "";
      return `${escapeHtml(row.translation)}\n${this.translatedFrom(row.translatedFrom)}${quote}`;
    }
    if (row.translationNote) return `${original}\n${this.untranslated(row.translationNote)}`;
    return original;
  }

  /** A text's post(s): one when it fits, else the translation's parts, then the original's. */
  partsOf(request: Request, row: RequestMessage, header: string): string[] {
    const text = row.text ?? "";
    if (!this.translating || !request.translate || (!row.translation && !row.translationNote)) return splitEscaped(text, header);
    const whole = `${header}\n${this.bodyOf(request, row)}`;
    if (plainLength(whole) <= MERGED_POST_LIMIT) return [whole];
    const stem = header.replace(/:$/, "");
    if (row.translation && row.translatedFrom) {
      return [
        ...splitEscaped(row.translation, `${stem} · ${this.translatedFrom(row.translatedFrom)}:`),
        ...splitEscaped(text, `${stem} · ${this.deps.italian("board-original")}:`),
      ];
    }
    return splitEscaped(text, `${stem} · ${this.untranslated(row.translationNote!)}:`);
  }

  /**
   * Translates a resident's text into Italian once, keeping the result (or why there is none) on its row, so a
   * retried post never calls the engine again. Never throws: an engine's failure becomes a note.
   */
  async translated(request: Request, row: RequestMessage): Promise<RequestMessage> {
    const translation = this.deps.engines?.translation;
    if (!translation || !this.needsTranslation(request, row) || !row.text) return row;
    const outcome = await translation.toItalian(request.residentId, row.text, this.residentLocale(request));
    const values =
      outcome.status === "translated"
        ? { translation: outcome.text, translatedFrom: outcome.from, translationNote: null }
        : outcome.status === "failed"
          ? { translationNote: outcome.kind }
          : undefined;
    if (!values) return row;
    translation.saveOnMessage(row.id, values);
    return { ...row, ...values };
  }

  /** Whether the row still waits for its Italian (no translation and no reason for none kept yet). */
  needsTranslation(request: Request, row: RequestMessage): boolean {
    // Texts and the captions of photos, documents and voice notes alike (a location's "text" is its coordinates).
    if (!this.translating || !request.translate || row.kind === "location" || !row.text) return false;
    return row.translation === null && row.translationNote === null;
  }

  /** The rows of a text post, translated side by side (each call has its own deadline). */
  translateAll(request: Request, rows: RequestMessage[]): Promise<RequestMessage[]> {
    return Promise.all(rows.map((row) => this.translated(request, row)));
  }

  /** "🌐 tradotto automaticamente dall'arabo". */
  private translatedFrom(code: string): string {
    return this.deps.italian("board-translated-from", { from: this.deps.italian("board-language-from", { code: escapeHtml(code) }) });
  }

  /** "🌐 traduzione non disponibile (motore non raggiungibile)". */
  private untranslated(kind: string): string {
    return this.deps.italian("board-untranslated", { why: engineNote(this.deps.italian, kind) });
  }
}

/** Why a text went untranslated, for staff: short, and never the engine's own message. */
export function engineNote(italian: Italian, kind: string): string {
  return italian("board-engine-note", { kind });
}

/** Staff read who really wrote a forwarded text: a lawyer's letter is not the resident's own words. */
export function forwardLabel(italian: Italian, forwarded: ForwardOrigin): string {
  return forwarded.origin === "hidden_user" || !forwarded.name
    ? italian("board-forwarded-hidden")
    : italian("board-forwarded-from", { name: escapeHtml(forwarded.name) });
}

export function forwardOf(row: Pick<RequestMessage, "forwardOrigin" | "forwardName">): ForwardOrigin | undefined {
  return row.forwardOrigin ? { origin: row.forwardOrigin, ...(row.forwardName ? { name: row.forwardName } : {}) } : undefined;
}

/** Escaped text cut to `max` characters (with "…"), never inside an entity. */
export function clipHtml(text: string, max: number): string {
  if (max <= 0) return "";
  return text.length <= max ? escapeHtml(text) : `${escapeHtml(text.slice(0, max).replace(/[\uD800-\uDBFF]$/, ""))}…`;
}

/** The length Telegram counts: the text once the HTML tags and entities are applied. */
export function plainLength(html: string): number {
  return html.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot|#39);/g, "_").length;
}
