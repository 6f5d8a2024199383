import type { RequestMessage } from "#src/domain/ports/records.js";
import type { RequestsDeps } from "./deps.js";

/** How much of a new request's text its card shows; the rest follows as posts of its own, never both. */
export const CARD_TEXT_BUDGET = 2500;

/**
 * The texts a request's card shows: the first text pieces, in order, while they fit the card's
 * budget whole. Everything else (later texts, media) is posted under the card.
 */
export function piecesOnCard(pieces: Array<Pick<RequestMessage, "id" | "kind" | "text">>): Set<number> {
  const shown = new Set<number>();
  let used = 0;
  for (const p of pieces) {
    if (p.kind !== "text" || !p.text) continue;
    if (used + p.text.length > CARD_TEXT_BUDGET) break;
    used += p.text.length + 1;
    shown.add(p.id);
  }
  return shown;
}

export interface CardContent {
  /** What the resident said when filing the request, in order, as the card and its follow-up posts show it. */
  initialPieces(requestId: number): RequestMessage[];
  /** The card's texts, as the card was drawn when the request was filed. */
  cardPieces(requestId: number): RequestMessage[];
}

/** What the resident sent with the form (before the request had a number), and which of it the card shows. */
export function cardContent({ repos }: Pick<RequestsDeps, "repos">): CardContent {
  const { requests } = repos;

  function initialPieces(requestId: number): RequestMessage[] {
    const request = requests.get(requestId);
    if (!request) return [];
    return requests
      .messages(requestId)
      .filter((m) => m.direction === "in" && m.kind !== "part" && m.createdAt.getTime() === request.createdAt.getTime());
  }

  return {
    initialPieces,

    /** The card's texts, as the card was drawn when the request was filed. */
    cardPieces(requestId: number): RequestMessage[] {
      const initial = initialPieces(requestId);
      const onCard = piecesOnCard(initial);
      return initial.filter((p) => onCard.has(p.id));
    },
  };
}
