import type { Actor } from "#src/domain/ports/records.js";
import type { Request, RequestMessage } from "#src/domain/ports/records.js";
import type { Team } from "#src/domain/teams.js";

export type { Request, RequestMessage };

export const CATEGORIES = ["housing", "rent", "social", "health", "homecare", "school", "neighbours", "other"] as const;
export type Category = (typeof CATEGORIES)[number];

/** A closed request can be reopened by its resident within this many days; after that a new one starts. */
export const REOPEN_DAYS = 7;
/** The whole description of one request, all text pieces together. */
export const MAX_DESCRIPTION_CHARS = 12_000;
export const MAX_ADDRESS_CHARS = 300;

export type PieceKind = "text" | "voice" | "photo" | "document" | "audio" | "video" | "video_note" | "location" | "other";
/** Where a forwarded message came from; `name` is missing when the sender hid their account. */
export interface ForwardOrigin {
  origin: "user" | "hidden_user" | "chat" | "channel";
  name?: string;
}

export interface Piece {
  kind: PieceKind;
  text?: string;
  fileId?: string;
  forwarded?: ForwardOrigin;
  /** The resident's own message, so it can be copied to the group as it is. */
  messageId: number;
}

export interface NewRequestInput {
  residentId: number;
  category: Category;
  language: string;
  visit: "desk" | "home";
  address?: string;
  location?: { latitude: number; longitude: number };
  contact: "chat" | "phone";
  phone?: string;
  pieces: Piece[];
  /** The form's first message: sending the same form again files nothing new. */
  formKey?: number;
}

export type StaffResult =
  | { ok: true; request: Request }
  | { ok: false; reason: "not-found" | "already-closed" | "not-closed" | "already-taken-by-you" };

export type TransferResult =
  | { ok: true; request: Request; from: Team; to: Team }
  | { ok: false; reason: "not-found" | "already-closed" | "same-team" | "unknown-team" };

/** What one resident may have stored (see STORED_PER_REQUEST and STORED_PER_DAY). */
export interface StorageLimits {
  perRequest: number;
  perDay: number;
}

/** The outcome of storing a resident's message: beyond a limit nothing is stored, and `first` says whether to tell people. */
export type Incoming = { stored: true; row: RequestMessage } | { stored: false; limit: "request" | "day"; first: boolean };

/** What other rules do when staff close or reopen a request (the satisfaction question, a visit still to come). */
export interface RequestHooks {
  closed?(request: Request, actor: Actor): void;
  reopened?(request: Request): void;
}

/** Where a forwarded piece came from, as its row stores it. */
export const forwardColumns = (f: ForwardOrigin | undefined) => ({
  forwardOrigin: f?.origin ?? null,
  forwardName: f?.name?.slice(0, 128) ?? null,
});
