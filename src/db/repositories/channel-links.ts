import type { Db } from "#src/db/client.js";

/** A chat's row: the code it showed, the chat it is linked to, when it last wrote, its wrong codes. */
export interface ChannelLinkRow {
  chatId: number;
  code: string | null;
  codeExpiresAt: Date | null;
  linkedChatId: number | null;
  lastInboundAt: Date | null;
  failedAttempts: number;
  failedSince: Date | null;
  forgottenAt: Date | null;
}

interface Raw {
  chat_id: number;
  code: string | null;
  code_expires_at: number | null;
  linked_chat_id: number | null;
  last_inbound_at: number | null;
  failed_attempts: number;
  failed_since: number | null;
  forgotten_at: number | null;
}

const date = (ms: number | null) => (ms === null ? null : new Date(ms));
const rowOf = (r: Raw | undefined): ChannelLinkRow | undefined =>
  r && {
    chatId: r.chat_id,
    code: r.code,
    codeExpiresAt: date(r.code_expires_at),
    linkedChatId: r.linked_chat_id,
    lastInboundAt: date(r.last_inbound_at),
    failedAttempts: r.failed_attempts,
    failedSince: date(r.failed_since),
    forgottenAt: date(r.forgotten_at),
  };

/**
 * Everything of a person kept under their id, by table and column: what joining two chats moves from the one
 * that goes to the one that stays. `unique` columns may meet a row the staying person already has (the same
 * preference, the same follow): theirs is kept and the other dropped. tests/channel-links.test.ts checks that
 * every column naming a resident is here.
 */
export const RESIDENT_COLUMNS: ReadonlyArray<{ table: string; column: string; unique?: boolean }> = [
  { table: "requests", column: "resident_id" },
  { table: "bookings", column: "resident_id", unique: true },
  { table: "group_posts", column: "resident_id", unique: true },
  { table: "audit", column: "actor_id" },
  { table: "translation_cache", column: "resident_id" },
  { table: "news_preferences", column: "resident_id", unique: true },
  { table: "announcement_recipients", column: "resident_id", unique: true },
  { table: "building_reports", column: "reported_by" },
  { table: "building_report_followers", column: "resident_id", unique: true },
  { table: "building_report_notes", column: "resident_id" },
  { table: "letters", column: "resident_id" },
  { table: "voice_preferences", column: "resident_id", unique: true },
  { table: "participant_sheets", column: "resident_id", unique: true },
];

/** Joining `from` into `to`: `issuer` showed the code (its language is kept), `claimer` typed it. */
export interface JoinParams {
  from: number;
  to: number;
  issuer: number;
  claimer: number;
  at: Date;
  /** Added to `from`'s message ids under `to`. */
  offset: number;
  /** The storage key of `from`'s flow. */
  flowKey: string;
}

/** Queries behind joining a Telegram chat and a WhatsApp chat into one person (src/channels/whatsapp/links.ts). */
export function channelLinksRepository(db: Db) {
  const c = db.$client;
  const byChat = c.prepare<[number], Raw>("SELECT * FROM channel_links WHERE chat_id = ?");
  const byCode = c.prepare<[string], Raw>("SELECT * FROM channel_links WHERE code = ? ORDER BY id DESC LIMIT 1");
  const ensure = c.prepare("INSERT OR IGNORE INTO channel_links (chat_id, created_at) VALUES (?, ?)");
  const setCode = c.prepare("UPDATE channel_links SET code = ?, code_expires_at = ? WHERE chat_id = ?");
  const liveCodes = c.prepare<[number], number>("SELECT count(*) FROM channel_links WHERE code IS NOT NULL AND code_expires_at > ?").pluck();
  const failedSince = c.prepare<[number], number>("SELECT coalesce(sum(failed_attempts), 0) FROM channel_links WHERE failed_since > ?").pluck();
  const fail = c.prepare(
    `UPDATE channel_links SET failed_attempts = CASE WHEN coalesce(failed_since, 0) > @windowStart THEN failed_attempts + 1 ELSE 1 END,
       failed_since = CASE WHEN coalesce(failed_since, 0) > @windowStart THEN failed_since ELSE @now END
     WHERE chat_id = @chatId`,
  );
  // A used code stays a day as spent (typed again, it is answered as no longer valid), then retention clears it.
  const link = c.prepare(
    `UPDATE channel_links SET linked_chat_id = ?, linked_at = ?, last_inbound_at = ?, code_expires_at = min(coalesce(code_expires_at, 0), ?),
       failed_attempts = 0, failed_since = NULL WHERE chat_id = ?`,
  );
  // Later than the other chat's, even within the same millisecond: the chat written from last is the one answered.
  const touch = c.prepare(
    `UPDATE channel_links SET last_inbound_at = max(@now, coalesce((SELECT o.last_inbound_at + 1 FROM channel_links o WHERE o.chat_id = channel_links.linked_chat_id), 0))
     WHERE chat_id = @chatId AND linked_chat_id IS NOT NULL`,
  );
  const forget = c.prepare("UPDATE channel_links SET forgotten_at = ?, code = NULL, code_expires_at = NULL WHERE chat_id IN (?, ?)");
  const dropForgotten = c.prepare<[number, number]>("DELETE FROM channel_links WHERE forgotten_at IS NOT NULL AND chat_id IN (?, ?)");
  const resident = c.prepare<[number], Record<string, unknown>>("SELECT * FROM residents WHERE id = ?");
  const copyResident = c.prepare(
    `INSERT INTO residents (id, language, pending_flow, first_name, phone, consent_at, consent_version, blocked_at, blocked_reason,
       forgotten_at, last_seen_at, closed_notice_key, desk_id, desk_prompt_at, created_at)
     SELECT @to, language, NULL, first_name, phone, consent_at, consent_version, NULL, NULL, NULL, last_seen_at, closed_notice_key,
       desk_id, desk_prompt_at, created_at FROM residents WHERE id = @from`,
  );
  // The staying person keeps what they have; what they lack comes from the other; the consent given later counts.
  const mergeResident = c.prepare(
    `UPDATE residents SET
       language = coalesce((SELECT i.language FROM residents i WHERE i.id = @issuer), residents.language, o.language),
       first_name = coalesce(residents.first_name, o.first_name),
       phone = coalesce(residents.phone, o.phone),
       consent_at = CASE WHEN coalesce(o.consent_version, 0) > coalesce(residents.consent_version, 0) THEN o.consent_at ELSE residents.consent_at END,
       consent_version = max(coalesce(residents.consent_version, 0), coalesce(o.consent_version, 0)),
       blocked_at = NULL, blocked_reason = NULL,
       last_seen_at = max(coalesce(residents.last_seen_at, 0), coalesce(o.last_seen_at, 0)),
       desk_id = coalesce(residents.desk_id, o.desk_id),
       created_at = min(residents.created_at, o.created_at)
     FROM (SELECT * FROM residents WHERE id = @from) AS o
     WHERE residents.id = @to`,
  );
  const zeroConsent = c.prepare("UPDATE residents SET consent_version = NULL WHERE id = ? AND consent_version = 0");
  const dropResident = c.prepare("DELETE FROM residents WHERE id = ?");
  const moves = RESIDENT_COLUMNS.map(({ table, column, unique }) => ({
    move: c.prepare(`UPDATE ${unique ? "OR IGNORE " : ""}${table} SET ${column} = @to WHERE ${column} = @from`),
    leftovers: unique ? c.prepare(`DELETE FROM ${table} WHERE ${column} = @from`) : undefined,
  }));
  const moveButtons = c.prepare("UPDATE OR IGNORE offered_buttons SET chat_id = @to, message_id = message_id + @offset WHERE chat_id = @from");
  const dropButtons = c.prepare("DELETE FROM offered_buttons WHERE chat_id = @from");
  const moveOutbox = c.prepare("UPDATE outbox SET chat_id = @to WHERE chat_id = @from");
  const dropFlow = c.prepare("DELETE FROM conversation_states WHERE key = ?");
  const dropFlowPieces = c.prepare("DELETE FROM flow_pieces WHERE key = ?");

  const join = c.transaction((p: JoinParams) => {
    const at = p.at.getTime();
    const ids = { from: p.from, to: p.to };
    if (resident.get(p.from)) {
      if (resident.get(p.to)) {
        mergeResident.run({ ...ids, issuer: p.issuer });
        zeroConsent.run(p.to);
      } else copyResident.run(ids);
    }
    for (const m of moves) {
      m.move.run(ids);
      m.leftovers?.run(ids);
    }
    // The buttons the goer was offered stay pressable: a press from that chat arrives under the stayer's id.
    moveButtons.run({ ...ids, offset: p.offset });
    dropButtons.run({ from: p.from });
    moveOutbox.run(ids);
    // A flow half-done in the chat that goes is not carried over (its steps name that chat's messages).
    dropFlow.run(p.flowKey);
    dropFlowPieces.run(p.flowKey);
    dropResident.run(p.from);
    ensure.run(p.from, at);
    ensure.run(p.to, at);
    // The chat that typed the code is where the person is now: the desk answers there (the other a moment older).
    link.run(p.to, at, p.claimer === p.from ? at : at - 1, at, p.from);
    link.run(p.from, at, p.claimer === p.to ? at : at - 1, at, p.to);
  });

  return {
    get(chatId: number): ChannelLinkRow | undefined {
      return rowOf(byChat.get(chatId));
    },
    /** The newest row that showed this code (live or not). */
    byCode(code: string): ChannelLinkRow | undefined {
      return rowOf(byCode.get(code));
    },
    /** Shows a code in this chat (replacing any earlier one). */
    setCode(chatId: number, code: string, expiresAt: Date, at: Date): void {
      ensure.run(chatId, at.getTime());
      setCode.run(code, expiresAt.getTime(), chatId);
    },
    liveCodes(at: Date): number {
      return liveCodes.get(at.getTime())!;
    },
    /** A wrong code typed in this chat; counts restart after the window. Returns the chat's count. */
    failed(chatId: number, at: Date, windowMs: number): number {
      ensure.run(chatId, at.getTime());
      fail.run({ chatId, now: at.getTime(), windowStart: at.getTime() - windowMs });
      return byChat.get(chatId)!.failed_attempts;
    },
    /** Wrong codes typed anywhere since `since` (a guesser with many chats meets this limit). */
    failedSince(since: Date): number {
      return failedSince.get(since.getTime())!;
    },
    /**
     * Joins `from` into `to`: the person and everything under their id move to `to` (which stays), the chats
     * name each other. `offset` is added to `from`'s message ids (its buttons are kept under `to`).
     */
    join(p: JoinParams): void {
      join(p);
    },
    /** This chat wrote (while linked): the desk answers here from now on. */
    touch(chatId: number, at: Date): void {
      touch.run({ now: at.getTime(), chatId });
    },
    /** An erasure: the link routes its last answer, then goes (`dropForgotten`). */
    forget(chatId: number, other: number, at: Date): void {
      forget.run(at.getTime(), chatId, other);
    },
    dropForgotten(chatId: number, other: number): number {
      return dropForgotten.run(chatId, other).changes;
    },
  };
}

export type ChannelLinksRepository = ReturnType<typeof channelLinksRepository>;
