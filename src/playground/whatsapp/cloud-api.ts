import { createHmac, randomBytes } from "node:crypto";
import { WHATSAPP_ERRORS as E, WHATSAPP_LIMITS as L } from "#src/channels/whatsapp/limits.js";

/**
 * An in-process WhatsApp Business Cloud API (Graph API /<PHONE_NUMBER_ID>/messages, /media, media download) and the
 * phones of the people who write to the business number. It refuses what Meta refuses — a fourth reply button, a
 * 21-character title, an 11th list row, a body over its limit, free-form text more than 24 hours after the person's
 * last message, a template that is not approved in that language, a bad token — with Meta's error shapes and codes,
 * paces like Meta (per-number throughput, the pair rate limit), and sends its webhooks signed with the app secret
 * (X-Hub-Signature-256), retrying one that was not answered 200 with the same wamid, as Meta does.
 */

export interface TemplateDefinition {
  name: string;
  language: string;
  status: "APPROVED" | "PENDING" | "REJECTED";
  /** The body with {{1}}, {{2}} … */
  body: string;
  /** Quick-reply button labels, in order. */
  buttons: string[];
}

/** What a person sees in their WhatsApp chat with the business. */
export interface PhoneMessage {
  wamid: string;
  from: "business" | "person";
  type: string;
  /** The text the person reads (body, caption, template with its parameters filled in). */
  text: string;
  /** Reply buttons, list rows or template quick replies they can press. */
  choices: Array<{ id: string; title: string; description?: string }>;
  /** A list message's button ("Choose"), or "location" for a location request. */
  action?: string;
  header?: string;
  footer?: string;
  template?: { name: string; language: string };
  media?: { id: string; mime: string; filename?: string; bytes: Uint8Array };
  location?: { latitude: number; longitude: number; name?: string; address?: string };
  replyTo?: string;
  at: number;
  status?: "sent" | "delivered" | "read" | "failed";
  error?: { code: number; title: string };
}

export interface Person {
  waId: string;
  name: string;
  /** When they last wrote: the 24-hour window runs from here. */
  lastInboundAt: number | undefined;
  messages: PhoneMessage[];
  /** Not on WhatsApp: messages to them fail with 131026. */
  absent?: boolean;
}

export interface GraphError {
  error: { message: string; type: string; code: number; error_data?: { messaging_product: "whatsapp"; details: string }; fbtrace_id: string };
}

/** Where the emulator posts its webhooks: the desk's handler, answering with an HTTP status. */
export type WebhookTarget = (rawBody: string, headers: Record<string, string>) => Promise<number>;

/** Meta's webhook bodies escape every non-ASCII character (\uXXXX), and the signature is over those bytes. */
function metaJson(body: unknown): string {
  return JSON.stringify(body).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

const MEDIA_HOST = "https://lookaside.fbsbx.com/whatsapp_business/attachments/";

/** Media types the Cloud API accepts for upload, and each kind's size limit. */
const MEDIA_TYPES: Record<string, number> = {
  "audio/ogg": 16e6, "audio/mpeg": 16e6, "audio/mp4": 16e6, "audio/aac": 16e6, "audio/amr": 16e6,
  "image/jpeg": 5e6, "image/png": 5e6, "image/webp": 5e5,
  "video/mp4": 16e6, "video/3gpp": 16e6,
  "text/plain": 1e8, "application/pdf": 1e8, "application/msword": 1e8, "application/vnd.ms-excel": 1e8,
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": 1e8,
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": 1e8,
};

export class CloudApiEmulator {
  readonly people = new Map<string, Person>();
  readonly templates = new Map<string, TemplateDefinition>();
  readonly media = new Map<string, { mime: string; filename?: string; bytes: Uint8Array; owner: "business" | "person" }>();
  /** Every request the desk made, for tests to look at (method, path, body). */
  readonly requests: Array<{ method: string; path: string; body: unknown; error?: number }> = [];
  /** Webhooks sent, with the status the desk answered (a non-200 is retried once by `retryWebhooks`). */
  readonly webhooks: Array<{ body: string; status: number }> = [];
  /** Status webhooks (sent, delivered, read, failed) waiting to be sent. */
  private pendingStatuses: unknown[] = [];
  private sendsThisSecond: number[] = [];
  private pairBuckets = new Map<string, { tokens: number; at: number }>();
  private sequence = 0;
  webhook: WebhookTarget | undefined;
  /** Send status webhooks as soon as a message is accepted (the playground); tests send them when they ask. */
  autoStatuses = false;
  private listeners = new Set<(e: { type: "message" | "status"; waId: string }) => void>();

  constructor(
    readonly options: {
      now: () => Date;
      token: string;
      appSecret: string;
      phoneNumberId: string;
      displayPhoneNumber: string;
      wabaId: string;
      /** Messages a second the number takes (Meta's default tier is 80). */
      throughput?: number;
    },
  ) {}

  // ------------------------------------------------------------------ the world

  addPerson(waId: string, name: string, options: { absent?: boolean } = {}): Person {
    const person: Person = { waId, name, lastInboundAt: undefined, messages: [], ...(options.absent ? { absent: true } : {}) };
    this.people.set(waId, person);
    return person;
  }

  /** A template as Meta's Business Manager holds it after review. */
  defineTemplate(t: TemplateDefinition) {
    this.templates.set(`${t.name}:${t.language}`, t);
  }

  /** Something changed in a person's chat (a message either way, a status): the playground page redraws it. */
  subscribe(listener: (e: { type: "message" | "status"; waId: string }) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  person(waId: string): Person {
    const p = this.people.get(waId);
    if (!p) throw new Error(`no such person on WhatsApp: ${waId}`);
    return p;
  }

  /** What the business sent to this person, oldest first. */
  received(waId: string): PhoneMessage[] {
    return this.person(waId).messages.filter((m) => m.from === "business");
  }

  private now(): number {
    return this.options.now().getTime();
  }

  private wamid(): string {
    this.sequence++;
    return `wamid.${Buffer.from(`${this.options.phoneNumberId}:${this.sequence}:${randomBytes(4).toString("hex")}`).toString("base64url")}`;
  }

  // ------------------------------------------------------------------ people write (signed webhooks)

  /** The signature Meta puts on a webhook: HMAC-SHA256 of the raw body with the app secret. */
  sign(rawBody: string, secret = this.options.appSecret): string {
    return `sha256=${createHmac("sha256", secret).update(rawBody).digest("hex")}`;
  }

  /** A webhook body as Meta wraps it (tests send a status again, as Meta retries one). */
  envelope(value: Record<string, unknown>) {
    return {
      object: "whatsapp_business_account",
      entry: [
        {
          id: this.options.wabaId,
          changes: [
            {
              field: "messages",
              value: {
                messaging_product: "whatsapp",
                metadata: { display_phone_number: this.options.displayPhoneNumber, phone_number_id: this.options.phoneNumberId },
                ...value,
              },
            },
          ],
        },
      ],
    };
  }

  /** Posts a webhook to the desk, signed; answers the status the desk gave. */
  async deliver(body: unknown): Promise<number> {
    if (!this.webhook) throw new Error("no webhook subscribed");
    const raw = metaJson(body);
    const status = await this.webhook(raw, { "content-type": "application/json", "x-hub-signature-256": this.sign(raw) });
    this.webhooks.push({ body: raw, status });
    return status;
  }

  /** Meta retries a webhook that was not answered 200: the same body, the same wamid. */
  async redeliverLast(): Promise<number> {
    const last = this.webhooks.at(-1);
    if (!last || !this.webhook) throw new Error("no webhook to redeliver");
    const status = await this.webhook(last.body, { "content-type": "application/json", "x-hub-signature-256": this.sign(last.body) });
    this.webhooks.push({ body: last.body, status });
    return status;
  }

  /** A person sends a message: the window opens, the desk gets a signed webhook. */
  async personSends(waId: string, message: Record<string, unknown> & { type: string }, context?: string): Promise<{ wamid: string; status: number }> {
    const person = this.person(waId);
    const wamid = this.wamid();
    const at = this.now();
    person.lastInboundAt = at;
    const shown = this.shownOf(message);
    person.messages.push({ wamid, from: "person", type: message.type, text: shown, choices: [], at, ...(context ? { replyTo: context } : {}) });
    for (const l of this.listeners) l({ type: "message", waId });
    const status = await this.deliver(
      this.envelope({
        contacts: [{ profile: { name: person.name }, wa_id: waId }],
        messages: [{ from: waId, id: wamid, timestamp: String(Math.floor(at / 1000)), ...(context ? { context: { from: this.options.displayPhoneNumber, id: context } } : {}), ...message }],
      }),
    );
    return { wamid, status };
  }

  private shownOf(message: Record<string, any>): string {
    if (message.type === "text") return message.text.body;
    if (message.type === "interactive") return message.interactive[message.interactive.type].title;
    if (message.type === "button") return message.button.text;
    return message[message.type]?.caption ?? `[${message.type}]`;
  }

  says(waId: string, text: string) {
    return this.personSends(waId, { type: "text", text: { body: text } });
  }

  /** A person uploads media from their phone (a voice note, a photo …): it gets a media id the business can fetch. */
  private personMedia(mime: string, bytes: Uint8Array, filename?: string): string {
    const id = String(1_000_000_000_000 + this.media.size + 1);
    this.media.set(id, { mime, bytes, owner: "person", ...(filename ? { filename } : {}) });
    return id;
  }

  sendsVoice(waId: string, bytes = new Uint8Array([0x4f, 0x67, 0x67, 0x53, 1, 2, 3])) {
    const id = this.personMedia("audio/ogg; codecs=opus", bytes);
    return this.personSends(waId, { type: "audio", audio: { id, mime_type: "audio/ogg; codecs=opus", sha256: "x", voice: true } });
  }

  sendsImage(waId: string, caption?: string) {
    const id = this.personMedia("image/jpeg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 9, 9]));
    return this.personSends(waId, { type: "image", image: { id, mime_type: "image/jpeg", sha256: "x", ...(caption ? { caption } : {}) } });
  }

  sendsDocument(waId: string, filename: string, caption?: string) {
    const id = this.personMedia("application/pdf", new TextEncoder().encode("%PDF-1.4 emulated"), filename);
    return this.personSends(waId, { type: "document", document: { id, filename, mime_type: "application/pdf", sha256: "x", ...(caption ? { caption } : {}) } });
  }

  sendsSticker(waId: string) {
    const id = this.personMedia("image/webp", new Uint8Array([0x52, 0x49, 0x46, 0x46]));
    return this.personSends(waId, { type: "sticker", sticker: { id, mime_type: "image/webp", sha256: "x", animated: false } });
  }

  sendsLocation(waId: string, latitude: number, longitude: number) {
    return this.personSends(waId, { type: "location", location: { latitude, longitude } });
  }

  reacts(waId: string, to: string, emoji: string) {
    return this.personSends(waId, { type: "reaction", reaction: { message_id: to, emoji } });
  }

  /**
   * A person presses a reply button, picks a list row or a template's quick reply on a message the business sent
   * (the newest that offers it, unless `on` says which): WhatsApp sends its id with the message's wamid as context.
   */
  async presses(waId: string, title: string | RegExp, on?: string): Promise<{ wamid: string; status: number }> {
    const person = this.person(waId);
    const candidates = person.messages.filter((m) => m.from === "business" && (!on || m.wamid === on)).reverse();
    const match = (t: string) => (typeof title === "string" ? t.includes(title) : title.test(t));
    for (const m of candidates) {
      const choice = m.choices.find((c) => match(c.title) || (c.description !== undefined && match(c.description)) || c.id === title);
      if (!choice) continue;
      if (m.type === "template") {
        return this.personSends(waId, { type: "button", button: { payload: choice.id, text: choice.title } }, m.wamid);
      }
      const kind = m.action && m.action !== "location" ? "list_reply" : "button_reply";
      const reply = kind === "list_reply" ? { id: choice.id, title: choice.title, ...(choice.description ? { description: choice.description } : {}) } : { id: choice.id, title: choice.title };
      return this.personSends(waId, { type: "interactive", interactive: { type: kind, [kind]: reply } }, m.wamid);
    }
    throw new Error(`${waId} sees no choice "${title}"; latest: ${JSON.stringify(candidates[0]?.choices.map((c) => c.title) ?? [])}`);
  }

  /** Sends the status webhooks waiting (sent, delivered; failed ones with their error). */
  async flushStatuses(): Promise<void> {
    const statuses = this.pendingStatuses;
    this.pendingStatuses = [];
    if (statuses.length) await this.deliver(this.envelope({ statuses }));
  }

  /** The person opens the chat: every message is read (a read status each). */
  async reads(waId: string): Promise<void> {
    for (const m of this.received(waId)) {
      if (m.status === "delivered") {
        m.status = "read";
        this.queueStatus(m.wamid, waId, "read");
      }
    }
    await this.flushStatuses();
  }

  private queueStatus(wamid: string, waId: string, status: string, error?: { code: number; title: string }) {
    for (const l of this.listeners) l({ type: "status", waId });
    this.pendingStatuses.push({
      id: wamid,
      status,
      timestamp: String(Math.floor(this.now() / 1000)),
      recipient_id: waId,
      ...(error ? { errors: [{ code: error.code, title: error.title, message: error.title, error_data: { details: error.title } }] } : {}),
    });
    if (this.autoStatuses) void this.flushStatuses().catch(() => undefined);
  }

  // ------------------------------------------------------------------ the Graph API

  /** `fetch` for the desk's Cloud API client: parses the request, answers like graph.facebook.com. */
  fetch = async (input: any, init?: any): Promise<Response> => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const method = (init?.method ?? "GET").toUpperCase();
    const auth = new Headers(init?.headers).get("authorization");
    if (auth !== `Bearer ${this.options.token}`) {
      return this.error(401, E.auth, "Invalid OAuth access token - Cannot parse access token", method, url.pathname);
    }
    if (url.href.startsWith(MEDIA_HOST)) return this.download(url);
    const parts = url.pathname.split("/").filter(Boolean);
    // /v23.0/<id>/<edge>
    const [version, id, edge] = parts;
    if (!version || !/^v\d+\.\d+$/.test(version)) return this.error(400, 100, "Unknown path components", method, url.pathname);
    if (method === "POST" && id === this.options.phoneNumberId && edge === "messages") {
      let body: any;
      try {
        body = JSON.parse(typeof init?.body === "string" ? init.body : new TextDecoder().decode(init?.body));
      } catch {
        return this.error(400, 100, "Invalid parameter", method, url.pathname);
      }
      return this.messages(body, url.pathname);
    }
    if (method === "POST" && id === this.options.phoneNumberId && edge === "media") return this.upload(init?.body, url.pathname);
    if (method === "GET" && id && !edge) return this.mediaInfo(id, url.pathname);
    if (method === "DELETE" && id && !edge) return this.error(400, 100, "Unsupported delete request", method, url.pathname);
    return this.error(400, 100, `Unsupported ${method} request. Object with ID '${id}' does not exist`, method, url.pathname);
  };

  private json(status: number, body: unknown, method: string, path: string, request?: unknown): Response {
    const error = (body as GraphError).error?.code;
    this.requests.push({ method, path, body: request, ...(error ? { error } : {}) });
    return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  }

  private error(status: number, code: number, message: string, method: string, path: string, request?: unknown): Response {
    return this.json(
      status,
      { error: { message, type: "OAuthException", code, error_data: { messaging_product: "whatsapp", details: message }, fbtrace_id: "EmulatedTrace" } },
      method,
      path,
      request,
    );
  }

  /** Per-number throughput (130429) and the pair rate limit (131056), as token buckets on the emulator's clock. */
  private paced(to: string): { code: number; message: string } | undefined {
    const now = this.now();
    this.sendsThisSecond = this.sendsThisSecond.filter((t) => now - t < 1000);
    if (this.sendsThisSecond.length >= (this.options.throughput ?? L.throughputPerSecond)) {
      return { code: E.rateLimit, message: "(#130429) Rate limit hit: Cloud API message throughput has been reached." };
    }
    const bucket = this.pairBuckets.get(to) ?? { tokens: L.pairBurst, at: now };
    bucket.tokens = Math.min(L.pairBurst, bucket.tokens + (now - bucket.at) / L.pairIntervalMs);
    bucket.at = now;
    this.pairBuckets.set(to, bucket);
    if (bucket.tokens < 1) {
      return { code: E.pairRateLimit, message: "(#131056) (Business Account, Consumer Account) pair rate limit hit" };
    }
    bucket.tokens -= 1;
    this.sendsThisSecond.push(now);
    return undefined;
  }

  private messages(body: any, path: string): Response {
    const bad = (message: string, code: number = E.invalidParameter) => this.error(400, code, message, "POST", path, body);
    if (body?.messaging_product !== "whatsapp") return bad("(#100) The parameter messaging_product is required.", 100);
    if (body.status === "read") {
      const read = [...this.people.values()].flatMap((p) => p.messages).find((m) => m.wamid === body.message_id && m.from === "person");
      if (!read) return bad("(#100) Invalid parameter: message_id", 100);
      return this.json(200, { success: true }, "POST", path, body);
    }
    const to = String(body.to ?? "");
    const person = this.people.get(to);
    if (!to) return bad("(#100) The parameter to is required.", 100);
    const type = String(body.type ?? "text");
    const content = body[type];
    if (!content || typeof content !== "object") return bad(`(#100) The parameter ${type} is required.`, E.missingParameter);
    const shaped = this.shape(type, content);
    if (typeof shaped === "string") {
      // Template and media errors carry their own code ((#132001) …); the rest is "parameter value is not valid".
      const code = Number(/^\(#(\d+)\)/.exec(shaped)?.[1] ?? 0);
      return bad(shaped, code >= 130000 ? code : E.invalidParameter);
    }
    if (!person || person.absent) {
      // Accepted, then failed: Meta says so in a status webhook.
      const wamid = this.wamid();
      this.queueStatus(wamid, to, "failed", { code: E.undeliverable, title: "Message undeliverable" });
      return this.json(200, { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] }, "POST", path, body);
    }
    const pace = this.paced(to);
    if (pace) return this.error(400, pace.code, pace.message, "POST", path, body);
    const at = this.now();
    const wamid = this.wamid();
    const message: PhoneMessage = { wamid, from: "business", at, ...shaped, ...(body.context?.message_id ? { replyTo: String(body.context.message_id) } : {}) };
    const open = person.lastInboundAt !== undefined && at - person.lastInboundAt < L.windowMs;
    if (type !== "template" && !open) {
      // The API accepts the request; the message fails, and Meta says why in a status webhook.
      message.status = "failed";
      message.error = { code: E.reEngagement, title: "Re-engagement message" };
      this.queueStatus(wamid, to, "failed", message.error);
    } else {
      person.messages.push(message);
      message.status = "delivered";
      this.queueStatus(wamid, to, "sent");
      this.queueStatus(wamid, to, "delivered");
      for (const l of this.listeners) l({ type: "message", waId: to });
    }
    return this.json(200, { messaging_product: "whatsapp", contacts: [{ input: to, wa_id: to }], messages: [{ id: wamid }] }, "POST", path, body);
  }

  /** What a message of this type shows, or why Meta refuses it. */
  private shape(type: string, c: any): Omit<PhoneMessage, "wamid" | "from" | "at"> | string {
    const len = (s: unknown) => (typeof s === "string" ? s.length : 0);
    switch (type) {
      case "text": {
        if (typeof c.body !== "string" || !c.body.trim()) return "(#100) Param text['body'] is required";
        if (len(c.body) > L.textBody) return `(#100) Param text['body'] must be at most ${L.textBody} characters long.`;
        return { type, text: c.body, choices: [] };
      }
      case "interactive":
        return this.shapeInteractive(c);
      case "template":
        return this.shapeTemplate(c);
      case "location": {
        if (typeof c.latitude !== "number" && typeof c.latitude !== "string") return "(#100) Param location['latitude'] is required";
        const location = { latitude: Number(c.latitude), longitude: Number(c.longitude), ...(c.name ? { name: c.name } : {}), ...(c.address ? { address: c.address } : {}) };
        return { type, text: [c.name, c.address].filter(Boolean).join("\n") || `📍 ${location.latitude}, ${location.longitude}`, choices: [], location };
      }
      case "image":
      case "document":
      case "audio":
      case "video":
      case "sticker": {
        const stored = c.id ? this.media.get(String(c.id)) : undefined;
        if (!stored) return `(#${E.media}) Media upload error: media id ${c.id ?? "(none)"} not found`;
        if (c.caption !== undefined && (type === "audio" || type === "sticker")) return `(#100) Param ${type}['caption'] is not allowed`;
        // A voice message must be an .ogg file encoded with the OPUS codec (Meta's "Audio messages"): anything else
        // is refused here, stricter than a phone that would show it without its play icon and transcript.
        if (type === "audio" && c.voice === true && !isOggOpus(stored.mime, stored.bytes)) {
          return `(#${E.media}) Media upload error: a voice message must be an OGG file encoded with the OPUS codec (got ${stored.mime})`;
        }
        if (len(c.caption) > L.caption) return `(#100) Param ${type}['caption'] must be at most ${L.caption} characters long.`;
        const filename = c.filename ?? stored.filename;
        return { type, text: c.caption ?? (filename ? `📄 ${filename}` : `[${type}]`), choices: [], media: { id: String(c.id), mime: stored.mime, ...(filename ? { filename } : {}), bytes: stored.bytes } };
      }
      case "reaction":
        return { type, text: String(c.emoji ?? ""), choices: [] };
      default:
        return `(#100) Param type must be one of {AUDIO, CONTACTS, DOCUMENT, IMAGE, INTERACTIVE, LOCATION, REACTION, STICKER, TEMPLATE, TEXT, VIDEO} - got "${type}".`;
    }
  }

  private shapeInteractive(c: any): Omit<PhoneMessage, "wamid" | "from" | "at"> | string {
    const len = (s: unknown) => (typeof s === "string" ? s.length : 0);
    const body = c.body?.text;
    if (typeof body !== "string" || !body.trim()) return "(#100) Param interactive['body']['text'] is required";
    if (len(body) > L.interactiveBody) return `(#100) Param interactive['body']['text'] must be at most ${L.interactiveBody} characters long.`;
    const header = c.header?.text;
    if (header !== undefined && len(header) > L.headerText) return `(#100) Param interactive['header']['text'] must be at most ${L.headerText} characters long.`;
    const footer = c.footer?.text;
    if (footer !== undefined && len(footer) > L.footerText) return `(#100) Param interactive['footer']['text'] must be at most ${L.footerText} characters long.`;
    const common = { text: body, ...(header ? { header } : {}), ...(footer ? { footer } : {}) };
    if (c.type === "button") {
      const buttons: any[] = c.action?.buttons ?? [];
      if (buttons.length < 1 || buttons.length > L.buttons) return `(#100) Param interactive['action']['buttons'] must have between 1 and ${L.buttons} elements.`;
      const choices = [];
      for (const b of buttons) {
        const { id, title } = b?.reply ?? {};
        if (b?.type !== "reply" || typeof id !== "string" || typeof title !== "string") return "(#100) Param interactive['action']['buttons'][0]['reply'] is required";
        if (!title.trim()) return "(#100) Button title cannot be empty";
        if (len(title) > L.buttonTitle) return `(#100) Param interactive['action']['buttons'][${choices.length}]['reply']['title'] must be at most ${L.buttonTitle} characters long.`;
        if (len(id) > L.buttonId || id !== id.trim()) return `(#100) Param interactive['action']['buttons'][${choices.length}]['reply']['id'] is invalid.`;
        choices.push({ id, title });
      }
      if (new Set(choices.map((x) => x.id)).size !== choices.length) return "(#100) Button IDs must be unique";
      if (new Set(choices.map((x) => x.title)).size !== choices.length) return "(#100) Button titles must be unique";
      return { type: "interactive", ...common, choices };
    }
    if (c.type === "list") {
      const button = c.action?.button;
      if (typeof button !== "string" || !button.trim() || len(button) > L.listButton) return `(#100) Param interactive['action']['button'] must be between 1 and ${L.listButton} characters long.`;
      const sections: any[] = c.action?.sections ?? [];
      if (sections.length < 1 || sections.length > L.listSections) return "(#100) Param interactive['action']['sections'] must have between 1 and 10 elements.";
      if (sections.length > 1 && sections.some((s) => !s.title)) return "(#100) Param interactive['action']['sections'][0]['title'] is required with several sections";
      const rows = sections.flatMap((s) => s.rows ?? []);
      if (rows.length < 1 || rows.length > L.listRows) return `(#100) Total row count exceed max allowed count: ${L.listRows}`;
      const choices = [];
      for (const r of rows) {
        if (typeof r.id !== "string" || !r.id || len(r.id) > L.rowId) return "(#100) Param interactive['action']['sections'][0]['rows'][0]['id'] is invalid.";
        if (typeof r.title !== "string" || !r.title.trim() || len(r.title) > L.rowTitle) return `(#100) Row title must be between 1 and ${L.rowTitle} characters long.`;
        if (r.description !== undefined && len(r.description) > L.rowDescription) return `(#100) Row description must be at most ${L.rowDescription} characters long.`;
        choices.push({ id: r.id, title: r.title, ...(r.description ? { description: r.description } : {}) });
      }
      if (new Set(choices.map((x) => x.id)).size !== choices.length) return "(#100) Row IDs must be unique";
      return { type: "interactive", ...common, choices, action: button };
    }
    if (c.type === "location_request_message") {
      if (c.action?.name !== "send_location") return "(#100) Param interactive['action']['name'] must be send_location";
      return { type: "interactive", ...common, choices: [], action: "location" };
    }
    return `(#100) Param interactive['type'] must be one of {BUTTON, LIST, LOCATION_REQUEST_MESSAGE, CTA_URL, PRODUCT, PRODUCT_LIST, FLOW} - got "${c.type}".`;
  }

  private shapeTemplate(c: any): Omit<PhoneMessage, "wamid" | "from" | "at"> | string {
    const language = c.language?.code;
    const t = this.templates.get(`${c.name}:${language}`);
    if (t?.status !== "APPROVED") return `(#${E.templateMissing}) Template name does not exist in the translation`;
    const components: any[] = c.components ?? [];
    const params: string[] = (components.find((x) => x.type === "body")?.parameters ?? []).map((p: any) => String(p.text ?? ""));
    const wanted = new Set([...t.body.matchAll(/\{\{(\d+)\}\}/g)].map((m) => m[1])).size;
    if (params.length !== wanted) return `(#${E.templateParams}) Number of parameters does not match the expected number of params`;
    if (params.some((p) => !p.trim() || /[\n\t]| {5,}/.test(p))) return `(#${E.templateParams}) Parameter text cannot have new-line/tab characters or more than 4 consecutive spaces`;
    const text = t.body.replace(/\{\{(\d+)\}\}/g, (_, n) => params[Number(n) - 1] ?? "");
    const choices = t.buttons.map((title, index) => {
      const button = components.find((x) => x.type === "button" && x.sub_type === "quick_reply" && Number(x.index) === index);
      return { id: String(button?.parameters?.[0]?.payload ?? title), title };
    });
    return { type: "template", text, choices, template: { name: t.name, language: t.language } };
  }

  private async upload(body: unknown, path: string): Promise<Response> {
    if (!(body instanceof FormData)) return this.error(400, 100, "(#100) The parameter file is required.", "POST", path);
    const file = body.get("file");
    if (body.get("messaging_product") !== "whatsapp") return this.error(400, 100, "(#100) The parameter messaging_product is required.", "POST", path);
    if (!(file instanceof Blob)) return this.error(400, 100, "(#100) The parameter file is required.", "POST", path);
    const mime = file.type.split(";")[0]!.trim();
    const limit = MEDIA_TYPES[mime];
    if (!limit) return this.error(400, E.media, `(#${E.media}) Param file must be a file with one of the following types: ${Object.keys(MEDIA_TYPES).join(", ")}. Received file of type '${file.type}'.`, "POST", path);
    if (file.size > limit) return this.error(400, E.media, `(#${E.media}) Media file size too big`, "POST", path);
    const id = String(2_000_000_000_000 + this.media.size + 1);
    this.media.set(id, { mime, bytes: new Uint8Array(await file.arrayBuffer()), owner: "business", ...("name" in file && file.name ? { filename: String(file.name) } : {}) });
    return this.json(200, { id }, "POST", path, { file: { type: mime, size: file.size } });
  }

  private mediaInfo(id: string, path: string): Response {
    const m = this.media.get(id);
    if (!m) return this.error(400, 100, `Unsupported get request. Object with ID '${id}' does not exist`, "GET", path);
    return this.json(200, { messaging_product: "whatsapp", url: `${MEDIA_HOST}?mid=${id}`, mime_type: m.mime, sha256: "x", file_size: m.bytes.byteLength, id }, "GET", path);
  }

  private download(url: URL): Response {
    const m = this.media.get(url.searchParams.get("mid") ?? "");
    if (!m) return new Response("Not Found", { status: 404 });
    this.requests.push({ method: "GET", path: "media-download", body: url.searchParams.get("mid") });
    return new Response(new Uint8Array(m.bytes), { status: 200, headers: { "content-type": m.mime } });
  }
}

/** An OGG container whose first stream is Opus: "OggS" at the start and the Opus identification header in it. */
function isOggOpus(mime: string, bytes: Uint8Array): boolean {
  if (mime.split(";")[0]!.trim() !== "audio/ogg") return false;
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 64));
  return head.startsWith("OggS") && head.includes("OpusHead");
}
