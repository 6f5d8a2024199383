import type { Clock } from "#src/clock.js";
import type { Stores } from "#src/domain/ports/stores.js";
import { MAX_DESCRIPTION_CHARS, type Piece } from "./requests/model.js";

export interface FormPiecesService {
  /** The description starts (again) with what the resident already said. */
  start(flowKey: string, carried: Piece[]): void;
  /** Keeps a piece, unless its text would take the description past MAX_DESCRIPTION_CHARS. */
  add(flowKey: string, piece: Piece): "kept" | "too-long";
  /** The message that says how many pieces arrived, edited as more come: one live "Done" button, not one per piece. */
  receipt(flowKey: string): number | undefined;
  setReceipt(flowKey: string, messageId: number): void;
  all(flowKey: string): Piece[];
  /** Where the form stands (its own JSON), and keeping it: beside the flow, gone with it. */
  form(flowKey: string): string | undefined;
  setForm(flowKey: string, json: string): void;
  /** The form is over: its state, its pieces and its receipt go. */
  discard(flowKey: string): void;
}

/**
 * A form's description while the resident writes it: each piece they send is kept beside the flow
 * (see flow_pieces), not in the flow's replay log, so the form does not get slower with every piece.
 */
export function formPiecesService(repos: Stores, clock: Clock): FormPiecesService {
  const { conversations } = repos;
  const keep = (flowKey: string, piece: Piece) =>
    conversations.addPiece(flowKey, piece.messageId, JSON.stringify(piece), piece.text?.length ?? 0, clock.now());
  return {
    /** The description starts (again) with what the resident already said. */
    start(flowKey: string, carried: Piece[]): void {
      conversations.clearPieces(flowKey);
      for (const piece of carried) keep(flowKey, piece);
    },
    /** Keeps a piece, unless its text would take the description past MAX_DESCRIPTION_CHARS. */
    add(flowKey: string, piece: Piece): "kept" | "too-long" {
      const { chars } = conversations.piecesSize(flowKey);
      if (piece.text && chars + piece.text.length > MAX_DESCRIPTION_CHARS) return "too-long";
      keep(flowKey, piece);
      return "kept";
    },
    /** The message that says how many pieces arrived, edited as more come: one live "Done" button, not one per piece. */
    receipt(flowKey: string): number | undefined {
      return conversations.receipt(flowKey);
    },
    setReceipt(flowKey: string, messageId: number): void {
      conversations.setReceipt(flowKey, messageId, clock.now());
    },
    all(flowKey: string): Piece[] {
      return conversations.pieces(flowKey).map((json) => JSON.parse(json) as Piece);
    },
    form(flowKey: string): string | undefined {
      return conversations.form(flowKey);
    },
    setForm(flowKey: string, json: string): void {
      conversations.setForm(flowKey, json, clock.now());
    },
    discard(flowKey: string): void {
      conversations.discardForm(flowKey);
    },
  };
}
