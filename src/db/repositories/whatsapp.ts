import type { Db } from "#src/db/client.js";

/** Desk chat ids of WhatsApp contacts start here: Telegram user ids fit in 52 bits, so none is ever this large. */
export const WHATSAPP_CHAT_BASE = 2 ** 52;

export interface WhatsAppContact {
  chatId: number;
  waId: string;
  phoneNumberId: string;
  profileName: string | null;
  lastInboundAt: Date | null;
}

export interface WhatsAppMessageRow {
  id: number;
  chatId: number;
  messageId: number;
  wamid: string;
  direction: "in" | "out";
  kind: string;
  current: boolean;
  payload: string | null;
  status: string | null;
  createdAt: Date;
}

interface ContactRow {
  chat_id: number;
  wa_id: string;
  phone_number_id: string;
  profile_name: string | null;
  last_inbound_at: number | null;
}

interface MessageRow {
  id: number;
  chat_id: number;
  message_id: number;
  wamid: string;
  direction: "in" | "out";
  kind: string;
  current: number;
  payload: string | null;
  status: string | null;
  created_at: number;
}

const contactOf = (r: ContactRow | undefined): WhatsAppContact | undefined =>
  r && {
    chatId: r.chat_id,
    waId: r.wa_id,
    phoneNumberId: r.phone_number_id,
    profileName: r.profile_name,
    lastInboundAt: r.last_inbound_at === null ? null : new Date(r.last_inbound_at),
  };

const messageOf = (r: MessageRow | undefined): WhatsAppMessageRow | undefined =>
  r && {
    id: r.id,
    chatId: r.chat_id,
    messageId: r.message_id,
    wamid: r.wamid,
    direction: r.direction,
    kind: r.kind,
    current: r.current === 1,
    payload: r.payload,
    status: r.status,
    createdAt: new Date(r.created_at),
  };

/** Meta's statuses in the order a message goes through them; "failed" ends it. */
const rank = (column: string) => `CASE ${column} WHEN 'accepted' THEN 0 WHEN 'sent' THEN 1 WHEN 'delivered' THEN 2 WHEN 'read' THEN 3 WHEN 'failed' THEN 4 ELSE 0 END`;

/**
 * WhatsApp contacts (wa_id ↔ desk chat id, the 24-hour window) and messages (wamid ↔ desk message id, what each
 * offered, delivery statuses). Queries only: what they mean is src/channels/whatsapp/.
 */
export function whatsappRepository(db: Db) {
  const c = db.$client;
  const contactByWa = c.prepare<[string, string], ContactRow>("SELECT * FROM whatsapp_contacts WHERE wa_id = ? AND phone_number_id = ?");
  const contactByChat = c.prepare<[number], ContactRow>("SELECT * FROM whatsapp_contacts WHERE chat_id = ?");
  const nextChat = c.prepare<[number], number>("SELECT coalesce(max(chat_id) + 1, ?) FROM whatsapp_contacts").pluck();
  const insertContact = c.prepare(
    "INSERT INTO whatsapp_contacts (chat_id, wa_id, phone_number_id, profile_name, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const touch = c.prepare("UPDATE whatsapp_contacts SET last_inbound_at = max(coalesce(last_inbound_at, 0), ?), profile_name = coalesce(?, profile_name) WHERE chat_id = ?");
  const nextMessageId = c.prepare<[number], number>("SELECT coalesce(max(message_id), 0) + 1 FROM whatsapp_messages WHERE chat_id = ?").pluck();
  const insertMessage = c.prepare(
    `INSERT OR IGNORE INTO whatsapp_messages (chat_id, message_id, wamid, direction, kind, current, payload, created_at)
     VALUES (@chatId, @messageId, @wamid, @direction, @kind, 1, @payload, @at)`,
  );
  const retire = c.prepare("UPDATE whatsapp_messages SET current = 0 WHERE chat_id = ? AND message_id = ? AND direction = 'out' AND wamid <> ?");
  const byWamid = c.prepare<[string], MessageRow>("SELECT * FROM whatsapp_messages WHERE wamid = ?");
  const latest = c.prepare<[number, number], MessageRow>(
    "SELECT * FROM whatsapp_messages WHERE chat_id = ? AND message_id = ? ORDER BY id DESC LIMIT 1",
  );
  const withChoices = c.prepare<[number], MessageRow>(
    "SELECT * FROM whatsapp_messages WHERE chat_id = ? AND direction = 'out' AND kind IN ('buttons', 'list', 'numbers', 'location', 'contact') ORDER BY id DESC LIMIT 1",
  );
  const lastOut = c.prepare<[number], MessageRow>("SELECT * FROM whatsapp_messages WHERE chat_id = ? AND direction = 'out' ORDER BY id DESC LIMIT 1");
  const lastIn = c.prepare<[number], MessageRow>("SELECT * FROM whatsapp_messages WHERE chat_id = ? AND direction = 'in' ORDER BY id DESC LIMIT 1");
  // Statuses come out of order (a "read" before its "delivered"): a message only moves forward.
  const status = c.prepare(
    `UPDATE whatsapp_messages SET status = @status, status_at = @at, error = @error
     WHERE wamid = @wamid AND ${rank("coalesce(status, 'accepted')")} < ${rank("@status")}`,
  );
  const echo = c.prepare("UPDATE whatsapp_messages SET staff_chat_id = ?, staff_message_id = ? WHERE chat_id = ? AND message_id = ? AND direction = 'out'");
  const setPayload = c.prepare("UPDATE whatsapp_messages SET payload = ?, kind = coalesce(?, kind) WHERE id = ?");
  const erasing = c.prepare<[], ContactRow>("SELECT * FROM whatsapp_contacts WHERE wa_id LIKE 'forget:%'");
  const setWaId = c.prepare("UPDATE whatsapp_contacts SET wa_id = ? WHERE chat_id = ?");
  const statuses = c.prepare<[number], { status: string | null; n: number }>(
    "SELECT status, count(*) AS n FROM whatsapp_messages WHERE chat_id = ? AND direction = 'out' GROUP BY status",
  );
  const addContact = c.transaction((waId: string, phoneNumberId: string, name: string | null, at: number) => {
    const existing = contactByWa.get(waId, phoneNumberId);
    if (existing) return existing.chat_id;
    const chatId = nextChat.get(WHATSAPP_CHAT_BASE)!;
    insertContact.run(chatId, waId, phoneNumberId, name, at);
    return chatId;
  });
  const record = c.transaction(
    (row: { chatId: number; messageId?: number; wamid: string; direction: "in" | "out"; kind: string; payload: string | null }, at: number) => {
      const messageId = row.messageId ?? nextMessageId.get(row.chatId)!;
      const inserted = insertMessage.run({ ...row, messageId, at }).changes === 1;
      if (inserted && row.direction === "out") retire.run(row.chatId, messageId, row.wamid);
      return inserted ? byWamid.get(row.wamid)!.id : undefined;
    },
  );
  return {
    contact(waId: string, phoneNumberId: string): WhatsAppContact | undefined {
      return contactOf(contactByWa.get(waId, phoneNumberId) ?? contactByWa.get(`forget:${waId}`, phoneNumberId));
    },
    /** A contact by desk chat id; a number being erased still answers until the erasure is finished. */
    contactOfChat(chatId: number): WhatsAppContact | undefined {
      const row = contactByChat.get(chatId);
      return contactOf(row && { ...row, wa_id: row.wa_id.replace(/^forget:/, "") });
    },
    /** The contact's desk chat id, created on their first message. */
    ensureContact(waId: string, phoneNumberId: string, profileName: string | null, at: Date, hashed?: string): number {
      // Someone who erased their data and writes again keeps their desk chat id, as a Telegram user keeps theirs.
      const returning = hashed ? (contactByWa.get(hashed, phoneNumberId) ?? contactByWa.get(`forget:${waId}`, phoneNumberId)) : undefined;
      if (returning) {
        setWaId.run(waId, returning.chat_id);
        return returning.chat_id;
      }
      return addContact(waId, phoneNumberId, profileName, at.getTime());
    },
    /** They wrote: the 24-hour window opens again from this moment. */
    inbound(chatId: number, at: Date, profileName: string | null): void {
      touch.run(at.getTime(), profileName, chatId);
    },
    /** The next desk message id of a chat (Telegram's are per chat, counting up). */
    nextMessageId(chatId: number): number {
      return nextMessageId.get(chatId)!;
    },
    /**
     * Records a message by its wamid; a wamid already known (Meta retrying a webhook) records nothing and
     * returns undefined. An outgoing message with the id of an earlier one is its new version: the old ones retire.
     */
    record(
      row: { chatId: number; messageId?: number; wamid: string; direction: "in" | "out"; kind: string; payload: string | null },
      at: Date,
    ): number | undefined {
      return record(row, at.getTime());
    },
    byWamid(wamid: string): WhatsAppMessageRow | undefined {
      return messageOf(byWamid.get(wamid));
    },
    /** The newest version of a desk message. */
    latest(chatId: number, messageId: number): WhatsAppMessageRow | undefined {
      return messageOf(latest.get(chatId, messageId));
    },
    /** The newest message that offered choices in this chat (a typed number answers it only if it offered numbers). */
    latestWithChoices(chatId: number): WhatsAppMessageRow | undefined {
      return messageOf(withChoices.get(chatId));
    },
    /** What the desk sent last in this chat. */
    latestOut(chatId: number): WhatsAppMessageRow | undefined {
      return messageOf(lastOut.get(chatId));
    },
    /** What the person sent last (its wamid is what "typing…" is shown on). */
    lastInbound(chatId: number): WhatsAppMessageRow | undefined {
      return messageOf(lastIn.get(chatId));
    },
    setPayload(id: number, payload: string | null, kind?: string): void {
      setPayload.run(payload, kind ?? null, id);
    },
    /** Records a delivery status; false when it says nothing new (a retry, or older than what is known). */
    status(wamid: string, value: string, at: Date, error: string | null): boolean {
      return status.run({ status: value, at: at.getTime(), error, wamid }).changes === 1;
    },
    /** The staff message in a topic that this desk message relays (its marks are shown there). */
    echo(chatId: number, messageId: number, staffChatId: number, staffMessageId: number): void {
      echo.run(staffChatId, staffMessageId, chatId, messageId);
    },
    /** The staff message a WhatsApp message relays, if it relays one. */
    staffMessageOf(wamid: string): { chatId: number; messageId: number } | undefined {
      const row = byWamid.get(wamid) as (MessageRow & { staff_chat_id: number | null; staff_message_id: number | null }) | undefined;
      return row?.staff_chat_id != null && row.staff_message_id != null ? { chatId: row.staff_chat_id, messageId: row.staff_message_id } : undefined;
    },
    statusCounts(chatId: number): Record<string, number> {
      return Object.fromEntries(statuses.all(chatId).map((r) => [r.status ?? "accepted", r.n]));
    },
    /**
     * Erasures the privacy repository began (the number marked "forget:"): the number becomes a keyed hash, so it
     * is no longer stored, yet a person who writes again gets back the same desk chat id (as on Telegram).
     */
    finishErasures(hash: (waId: string) => string): number {
      const rows = erasing.all();
      for (const r of rows) setWaId.run(hash(r.wa_id.slice("forget:".length)), r.chat_id);
      return rows.length;
    },
  };
}

export type WhatsAppRepository = ReturnType<typeof whatsappRepository>;
