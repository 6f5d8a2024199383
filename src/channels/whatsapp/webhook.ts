import type { IncomingMessage, ServerResponse } from "node:http";
import type { Update } from "grammy/types";
import type { Clock } from "#src/clock.js";
import type { Db } from "#src/db/client.js";
import type { inboxRepository } from "#src/db/repositories/inbox.js";
import type { WhatsAppRepository } from "#src/db/repositories/whatsapp.js";
import type { Logger } from "#src/logger.js";
import type { CloudClient } from "./client.js";
import type { Inbound, InboundConverter, WaMessage, WaStatus } from "./inbound.js";

/** Meta's webhooks are small (a message, a few statuses); anything larger is refused before it is read whole. */
export const MAX_WEBHOOK_BYTES = 3 * 1024 * 1024;

export interface WebhookAnswer {
  status: number;
  body: string;
  /** The handling of what the webhook brought, after the answer (tests await it). */
  handled: Promise<void>;
}

export interface ReceiverDeps {
  db: Db;
  inbox: ReturnType<typeof inboxRepository>;
  repo: WhatsAppRepository;
  client: CloudClient;
  converter: InboundConverter;
  clock: Clock;
  logger: Logger;
  phoneNumberId: string;
  /** Runs an update through the bot (set once the bot exists). */
  handle: (update: Update) => Promise<void>;
  /** A press on choices the desk has since replaced: a short answer in the resident's language. */
  stalePress: (chatId: number) => Promise<void>;
  /** A message the desk sent that WhatsApp could not deliver: staff see it in the request's topic. */
  failed: (chatId: number, code: number, title: string) => void;
  /** A staff answer reached the phone, or was read: staff see it on their message in the topic. */
  marked: (staffChatId: number, staffMessageId: number, status: "delivered" | "read") => Promise<void>;
}

type Mark = { chatId: number; messageId: number; status: "delivered" | "read" };

/**
 * The WhatsApp webhook: Meta's subscription check (hub.challenge) answered, every POST's X-Hub-Signature-256
 * verified against the app secret, each message turned into a Telegram-shaped update and journaled in the inbox
 * before the 200 (so a crash after it loses nothing, and Meta's retries of the same wamid are dropped), statuses
 * recorded; the updates are then handled like Telegram's.
 */
export class WebhookReceiver {
  constructor(private readonly deps: ReceiverDeps) {}

  async receive(method: string, url: string, headers: Record<string, string | undefined>, rawBody: string): Promise<WebhookAnswer> {
    const done = Promise.resolve();
    if (method === "GET") {
      const challenge = this.deps.client.challenge(new URL(url, "http://desk.invalid").searchParams);
      return challenge === undefined ? { status: 403, body: "verification failed", handled: done } : { status: 200, body: challenge, handled: done };
    }
    if (method !== "POST") return { status: 405, body: "", handled: done };
    if (Buffer.byteLength(rawBody) > MAX_WEBHOOK_BYTES) return { status: 413, body: "", handled: done };
    if (!(await this.deps.client.verify(rawBody, headers["x-hub-signature-256"]))) {
      this.deps.logger.warn("whatsapp: webhook with a missing or wrong signature refused");
      return { status: 401, body: "signature mismatch", handled: done };
    }
    let payload: { object?: string; entry?: Array<{ changes?: Array<{ field?: string; value?: any }> }> };
    try {
      payload = JSON.parse(rawBody);
    } catch {
      return { status: 400, body: "", handled: done };
    }
    if (payload.object !== "whatsapp_business_account") return { status: 404, body: "", handled: done };
    const { events, marks } = this.journal(payload);
    return { status: 200, body: "EVENT_RECEIVED", handled: this.handleAll(events, marks) };
  }

  /** Node's HTTP adapter: reads at most MAX_WEBHOOK_BYTES, answers, then handles. */
  async http(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_WEBHOOK_BYTES) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const answer = await this.receive(req.method ?? "GET", req.url ?? "/", headers, Buffer.concat(chunks).toString("utf8"));
    res.writeHead(answer.status, { "content-type": "text/plain" }).end(answer.body);
    await answer.handled;
  }

  /** Every event of the body, recorded and journaled in one transaction: all or none, before the 200. */
  private journal(payload: { entry?: Array<{ changes?: Array<{ field?: string; value?: any }> }> }): { events: Inbound[]; marks: Mark[] } {
    const { db, inbox, converter, clock, repo } = this.deps;
    const out: Inbound[] = [];
    const marks: Mark[] = [];
    // The turn's open transaction (updates in hand) is committed first: inside it this one would be a savepoint, and
    // the journal's own commit before the 200 would end it under the savepoint (a burst of webhooks failed so).
    db.$commits.flush();
    db.$client.transaction(() => {
      for (const change of (payload.entry ?? []).flatMap((e) => e.changes ?? [])) {
        const value = change.value ?? {};
        if (change.field !== "messages" || value.metadata?.phone_number_id !== this.deps.phoneNumberId) continue;
        const names = new Map<string, string>((value.contacts ?? []).map((c: any) => [String(c.wa_id), String(c.profile?.name ?? "")]));
        for (const m of (value.messages ?? []) as WaMessage[]) out.push(converter.convert(m, names.get(m.from) || null, this.deps.phoneNumberId));
        for (const s of (value.statuses ?? []) as WaStatus[]) {
          const mark = this.status(s);
          if (mark) marks.push(mark);
        }
      }
      const updates = out.flatMap((e) => (e.type === "update" ? [e.update] : []));
      if (updates.length) inbox.journal(updates, clock.now());
    })();
    void repo;
    return { events: out, marks };
  }

  /** Records a status; a staff answer newly delivered or read gives a mark to show on staff's message. */
  private status(s: WaStatus): Mark | undefined {
    const { repo, clock } = this.deps;
    const error = s.errors?.[0];
    const moved = repo.status(s.id, s.status, clock.now(), error ? `${error.code} ${error.title ?? error.message ?? ""}`.trim() : null);
    if (!moved) return undefined;
    if (s.status === "delivered" || s.status === "read") {
      const staff = repo.staffMessageOf(s.id);
      return staff ? { ...staff, status: s.status } : undefined;
    }
    if (s.status !== "failed") return undefined;
    const contact = repo.contact(s.recipient_id, this.deps.phoneNumberId);
    if (contact) this.deps.failed(contact.chatId, error?.code ?? 0, error?.title ?? error?.message ?? "failed");
    return undefined;
  }

  private async handleAll(events: Inbound[], marks: Mark[] = []): Promise<void> {
    for (const m of marks) {
      try {
        await this.deps.marked(m.chatId, m.messageId, m.status);
      } catch (error) {
        this.deps.logger.warn({ err: (error as Error).message }, "whatsapp: a delivery mark could not be shown");
      }
    }
    for (const e of events) {
      try {
        if (e.type === "update") await this.deps.handle(e.update);
        else if (e.type === "stale") await this.deps.stalePress(e.chatId);
      } catch (error) {
        this.deps.logger.error({ err: (error as Error).message }, "whatsapp: event failed");
      }
    }
  }
}
