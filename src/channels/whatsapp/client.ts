import { webcrypto } from "node:crypto";
import { WhatsAppAPI } from "whatsapp-api-js";
import type { ClientMessage } from "whatsapp-api-js/types";
import type { WhatsAppSettings } from "#src/config.js";

/** An error the Cloud API answered (Graph's error object), with Meta's code. */
export class CloudApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly httpStatus: number,
  ) {
    super(message);
    this.name = "CloudApiError";
  }
}

type GraphAnswer = { error?: { code: number; message: string } } & Record<string, any>;

/**
 * The Cloud API through whatsapp-api-js: its message classes shape requests as Meta documents them and refuse what
 * Meta refuses (a fourth button, a 21-character title) before anything is sent; its signature check and challenge
 * answer serve the webhook. `fetch` is the emulator's in tests and the playground.
 */
export class CloudClient {
  readonly api: WhatsAppAPI;
  private readonly fetch: typeof fetch;

  constructor(
    readonly settings: WhatsAppSettings,
    fetchImpl: typeof fetch = fetch,
  ) {
    this.fetch = fetchImpl;
    // The library keeps the answer's status to itself; a wrapper sees it, so an HTTP error becomes a CloudApiError.
    this.api = new WhatsAppAPI({
      token: settings.token,
      appSecret: settings.appSecret,
      webhookVerifyToken: settings.verifyToken,
      v: settings.apiVersion as never,
      secure: true,
      ponyfill: { fetch: fetchImpl as never, subtle: webcrypto.subtle as never },
    });
  }

  /** Sends one message; the wamid Meta gave it. `context` quotes an earlier message (a contextual reply). */
  async send(to: string, message: ClientMessage, context?: string): Promise<string> {
    const answer = (await this.api.sendMessage(this.settings.phoneNumberId, to, message, context)) as unknown as GraphAnswer;
    if (answer.error) throw new CloudApiError(answer.error.code, answer.error.message, 400);
    const id = answer.messages?.[0]?.id;
    if (!id) throw new CloudApiError(0, "the Cloud API answered without a message id", 502);
    return id;
  }

  /** Marks a person's message read and shows "typing…" until the answer (or 25 s). */
  async typing(wamid: string): Promise<void> {
    const answer = (await this.api.markAsRead(this.settings.phoneNumberId, wamid, "text")) as unknown as GraphAnswer;
    if (answer.error) throw new CloudApiError(answer.error.code, answer.error.message, 400);
  }

  /** Uploads a file for a message; its media id. */
  async upload(bytes: Uint8Array, mime: string, filename: string): Promise<string> {
    const form = new FormData();
    form.set("messaging_product", "whatsapp");
    form.set("type", mime);
    form.set("file", new File([bytes as BlobPart], filename, { type: mime }));
    const answer = (await this.api.uploadMedia(this.settings.phoneNumberId, form, false)) as unknown as GraphAnswer;
    if (answer.error) throw new CloudApiError(answer.error.code, answer.error.message, 400);
    return String(answer.id);
  }

  /** A person's media (a voice note, a photo) by its id: the URL Meta gives, then its bytes with the token. */
  async download(mediaId: string): Promise<{ bytes: Uint8Array; mime: string; size: number }> {
    const info = (await this.api.retrieveMedia(mediaId)) as unknown as GraphAnswer;
    if (info.error) throw new CloudApiError(info.error.code, info.error.message, 400);
    const response = await this.api.fetchMedia(String(info.url));
    if (!response.ok) throw new CloudApiError(0, `media download failed: HTTP ${response.status}`, response.status);
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { bytes, mime: String(info.mime_type ?? "application/octet-stream"), size: bytes.byteLength };
  }

  /** Whether a webhook's body was signed with the app secret (HMAC-SHA256, compared in constant time). */
  verify(rawBody: string, signature: string | undefined): Promise<boolean> {
    // WebCrypto's HMAC verify compares in constant time; Meta signs the body with non-ASCII escaped as \uXXXX.
    if (!signature?.startsWith("sha256=") || !/^sha256=[0-9a-f]{64}$/.test(signature)) return Promise.resolve(false);
    return this.api.verifyRequestSignature(rawBody, signature);
  }

  /** Meta's subscription check: the challenge when the verify token is ours, else an error. */
  challenge(params: URLSearchParams): string | undefined {
    try {
      return this.api.get({
        "hub.mode": params.get("hub.mode") ?? "",
        "hub.verify_token": params.get("hub.verify_token") ?? "",
        "hub.challenge": params.get("hub.challenge") ?? "",
      } as never);
    } catch {
      return undefined;
    }
  }

  /** Raw fetch for the contract test's reads. */
  get rawFetch(): typeof fetch {
    return this.fetch;
  }
}
