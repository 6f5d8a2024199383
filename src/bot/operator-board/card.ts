import { GrammyError, InlineKeyboard } from "grammy";
import type { Locale } from "#src/domain/policy.js";
import type { Request, RequestMessage } from "#src/domain/requests/model.js";
import { cardAction, translationToggle } from "#src/bot/callback-data/staff.js";
import { proposeVisit } from "#src/bot/callback-data/visits.js";
import { staffDateTime } from "#src/text/dates.js";
import { escapeHtml, stripIsolation } from "#src/text/format.js";
import { isWhatsAppChat } from "#src/channels/whatsapp/index.js";
import { isLocale, italianLanguageName, LANGUAGE_NAMES } from "#src/text/languages.js";
import { responseTimesLine } from "#src/bot/features/request-board/response-times.js";
import { visitCardLine } from "#src/bot/features/visits/screens.js";
import { forwardLabel, forwardOf, plainLength, type StaffReading } from "./reading.js";
import type { BoardDeps } from "./types.js";

/** The card's texts (translations and folded originals) within one message, with room for its other lines. */
const CARD_BODY_LIMIT = 3300;

/** A request's card in the operator group (its text and buttons) and its topic's title, kept up to date. */
export class Card {
  constructor(
    private readonly deps: BoardDeps,
    private readonly reading: StaffReading,
  ) {}

  categoryLabel(category: string): string {
    return stripIsolation(this.deps.translate("it", `cat-${category}`));
  }

  text(request: Request): string {
    const { services, italian } = this.deps;
    const r = services.residents.get(request.residentId);
    const status = italian("board-card-status", { status: request.status, assignee: escapeHtml(request.assigneeName ?? "?") });
    const where = request.address ? escapeHtml(request.address) : request.latitude !== null ? italian("board-card-shared-location") : "—";
    const visit = request.visit === "home" ? italian("board-card-home-visit", { where }) : italian("board-card-at-desk");
    const contact = request.contact === "phone" ? italian("board-card-phone", { phone: escapeHtml(r?.phone ?? "—") }) : italian("board-card-chat");
    const initial = services.requests.initialPieces(request.id);
    const onCard = services.requests.cardPieces(request.id);
    // A forwarded piece is marked on a line of its own, so a third party's words never pass as theirs.
    const parts = this.bodies(request, onCard);
    // What the card does not show is posted under it, once: texts are never on both.
    const shownIds = new Set(onCard.map((p) => p.id));
    const more = initial.some((p) => p.kind === "text" && p.text && !shownIds.has(p.id));
    const media = this.countMedia(initial);
    const mark = onCard.some((p) => p.text) ? this.reading.untranslatedMark(request) : "";
    const shown = `${parts.join("\n")}${mark ? `\n${mark}` : ""}${more ? `\n${italian("board-card-more-below")}` : ""}`;
    return [
      `<b>#${request.id} · ${escapeHtml(this.categoryLabel(request.category))}</b>`,
      `👤 ${escapeHtml(this.reading.residentName(request))} · 🌍 ${languageLabel(request.language)}${this.channelMark(request)}`,
      visit,
      contact,
      this.visitLine(request),
      italian("board-card-state", { status }),
      italian("board-card-opened", { date: staffDateTime(request.createdAt, this.deps.timezone) }),
      // Counted in opening hours only: a weekend does not make a request look late.
      request.status === "closed" && !request.firstAnswerAt
        ? ""
        : responseTimesLine(italian, services.serviceLevels.responseTimes(request, this.deps.now())),
      request.erasedAt ? italian("board-card-erased") : "",
      "",
      request.erasedAt ? "" : shown,
      media ? `📎 ${media}` : "",
      this.translationLine(request),
    ]
      .filter((line, i, all) => line !== "" || (i > 0 && all[i - 1] !== ""))
      .join("\n")
      .trim();
  }

  keyboard(request: Request): InlineKeyboard {
    const { italian } = this.deps;
    if (request.status === "closed") return new InlineKeyboard().text(italian("board-button-reopen"), cardAction.pack({ action: "reopen", requestId: request.id }));
    const keyboard = new InlineKeyboard()
      .text(request.status === "taken" ? italian("board-button-take-over") : italian("board-button-take"), cardAction.pack({ action: "take", requestId: request.id }))
      .text(italian("board-button-quick-reply"), cardAction.pack({ action: "quick", requestId: request.id }))
      .row()
      .text(italian("board-button-close"), cardAction.pack({ action: "close", requestId: request.id }))
      .text(italian("visit-card-button"), proposeVisit.pack({ requestId: request.id }));
    if (this.reading.translating && this.reading.residentLocale(request) !== "it") {
      const label = request.translate ? italian("board-button-translate-off") : italian("board-button-translate-on");
      keyboard.text(label, translationToggle.pack({ requestId: request.id, on: request.translate ? "off" : "on" }));
    }
    // Several teams: the request can be passed to the one that should follow it.
    if (this.deps.services.teams.several) keyboard.row().text(italian("team-button-transfer"), cardAction.pack({ action: "transfer", requestId: request.id }));
    return keyboard;
  }

  /** Where the request's home visit stands (proposed, confirmed, done…), when it has one. */
  private visitLine(request: Request): string {
    const { visits } = this.deps.services;
    const visit = request.erasedAt ? undefined : visits.latestFor(request.id);
    return visitCardLine(this.deps.italian, visit, () => (visit ? visits.windows(visit.id) : []), this.deps.timezone);
  }

  topicTitle(request: Request): string {
    // One word per subject, each its own: the label's first word made "Servizi" of both social and health services.
    const short = this.deps.italian(`topic-cat-${request.category}`);
    // Staff read a request's language as its Italian name ("arabo"), not its code.
    const language = italianLanguageName(request.language);
    return `${request.status === "closed" ? "✅ " : ""}#${request.id} · ${short} · ${language}${this.channelMark(request)}`.slice(0, 128);
  }

  /** Staff see which channel the resident writes from; they answer in the topic the same way. */
  private channelMark(request: Request): string {
    return isWhatsAppChat(request.residentId) ? ` · ${this.deps.italian("wa-channel")}` : "";
  }

  /** Re-renders the card (and the topic title) after any change. */
  async refresh(requestId: number): Promise<void> {
    const { api, chatId, services, logger } = this.deps;
    const request = services.requests.get(requestId);
    if (!request?.cardMessageId) return;
    try {
      await api.editMessageText(chatId, request.cardMessageId, this.text(request), {
        parse_mode: "HTML",
        reply_markup: this.keyboard(request),
      });
    } catch (error) {
      if (!(error instanceof GrammyError && error.description.includes("not modified"))) {
        logger.warn({ requestId, err: (error as Error).message }, "could not update the card");
      }
    }
    if (request.topicId) {
      await api.editForumTopic(chatId, request.topicId, { name: this.topicTitle(request) }).catch(() => undefined);
    }
  }

  /** Under the card: whether texts are translated on this request, and how to send one untranslated. */
  private translationLine(request: Request): string {
    if (request.status === "closed" || this.reading.residentLocale(request) === "it") return "";
    if (!this.reading.translating) {
      const language = escapeHtml(italianLanguageName(this.reading.residentLocale(request)));
      return this.deps.italian("card-language-no-engine", { name: escapeHtml(this.reading.residentName(request)), language });
    }
    return request.translate ? this.deps.italian("board-card-translation-on") : this.deps.italian("board-card-translation-off");
  }

  /** The card's texts: translated ones in Italian with the original folded below, cut to fit one message. */
  private bodies(request: Request, onCard: RequestMessage[]): string[] {
    const draw = (maxOriginal?: number) =>
      onCard.map((p) => {
        const forwarded = forwardOf(p);
        return `${forwarded ? `${forwardLabel(this.deps.italian, forwarded)}\n` : ""}${this.reading.bodyOf(request, p, maxOriginal)}`;
      });
    for (const max of [undefined, 300, 80, 0]) {
      const parts = draw(max);
      if (plainLength(parts.join("\n")) <= CARD_BODY_LIMIT) return parts;
    }
    return draw(0);
  }

  /** "2 foto · 1 vocale": the media among the pieces, by kind. */
  private countMedia(pieces: RequestMessage[]): string {
    const counts = new Map<string, number>();
    for (const p of pieces) if (p.kind !== "text") counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
    return [...counts].map(([kind, n]) => `${n} ${this.deps.italian("board-card-media", { kind, n })}`).join(" · ");
  }
}

function languageLabel(code: string): string {
  return isLocale(code) ? `${LANGUAGE_NAMES[code as Locale]} (${code})` : code;
}
