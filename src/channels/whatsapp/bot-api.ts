import { InputFile } from "grammy";
import type { OutboxSending } from "#src/delivery/outbox-sending.js";
import type { ChannelLinks } from "./links.js";
import type { WhatsAppOutbound } from "./outbound.js";

/** A person on both channels: their calls that must go to Telegram, and the way there. */
export interface LinkedRouting {
  links: ChannelLinks;
  telegram: (method: string, params: Record<string, unknown>) => Promise<{ ok: boolean; error_code?: number }>;
}

/** A request body that might name a WhatsApp chat (desk chat ids from 2^52 have 16 digits) or a WhatsApp media id. */
const MAYBE_WHATSAPP = /"(?:chat_id|from_chat_id)":"?\d{16}|"callback_query_id":"wa:|"file_id":"\d{6,}"/;

/**
 * WhatsApp as a Bot API server: the `fetch` under every grammY Api of the desk (the bot's, each flow's, the
 * outbox's) answers the calls for WhatsApp chats itself, Telegram-shaped, and passes the rest to Telegram untouched.
 * It sits below grammY's transformers, so the conversations plugin's replay (which serves a replayed call from its
 * log without calling the API) and the desk's retries treat WhatsApp exactly as Telegram.
 */
export function whatsappBotApiFetch(
  outbound: WhatsAppOutbound,
  telegramFetch: typeof fetch,
  download: (mediaId: string) => Promise<Uint8Array>,
  linked?: LinkedRouting,
  /** What the outbox is sending through this fetch (a message that may go as an approved template): see OutboxSending. */
  sending?: OutboxSending,
): typeof fetch {
  // A linked person's call goes to Telegram when that is where they are (or where its message is): see links.ts.
  const handle = async (method: string, params: Record<string, any>) => {
    const route = linked?.links.telegramRoute(method, params);
    if (route) return route.answer(await linked!.telegram(method, route.params)) as { ok: boolean; error_code?: number };
    return outbound.handle(method, params, sending);
  };
  return (async (input: any, init?: any) => {
    const url = new URL(typeof input === "string" ? input : input instanceof URL ? input.href : input.url);
    const file = /\/file\/bot[^/]+\/whatsapp\/(\d+)$/.exec(url.pathname);
    if (file) {
      // A WhatsApp media id's getFile path: the bytes come from Meta, with the token.
      try {
        return new Response(new Uint8Array(await download(file[1]!)), { status: 200 });
      } catch (error) {
        return new Response(JSON.stringify({ ok: false, error_code: 404, description: (error as Error).message }), { status: 404 });
      }
    }
    const method = /\/bot[^/]+\/([A-Za-z]+)$/.exec(url.pathname)?.[1];
    const body = init?.body;
    if (!method || body == null) return telegramFetch(input, init);
    if (typeof body === "string") {
      if (!MAYBE_WHATSAPP.test(body)) return telegramFetch(input, init);
      const answer = await handle(method, JSON.parse(body));
      return answer ? respond(answer) : telegramFetch(input, init);
    }
    // A multipart body (a file): read once, and passed on as bytes when it is Telegram's.
    const bytes = await collect(body);
    const contentType = new Headers(init?.headers).get("content-type") ?? "";
    const params = parseMultipart(contentType, bytes);
    const answer = params ? await handle(method, params) : undefined;
    return answer ? respond(answer) : telegramFetch(input, { ...init, body: bytes });
  }) as typeof fetch;
}

function respond(answer: { ok: boolean; error_code?: number }): Response {
  return new Response(JSON.stringify(answer), { status: answer.ok ? 200 : (answer.error_code ?? 400), headers: { "content-type": "application/json" } });
}

async function collect(body: unknown): Promise<Uint8Array> {
  if (body instanceof Uint8Array) return body;
  if (typeof (body as any)[Symbol.asyncIterator] === "function") {
    const chunks: Uint8Array[] = [];
    for await (const chunk of body as AsyncIterable<Uint8Array | string>) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    return new Uint8Array(Buffer.concat(chunks));
  }
  return new Uint8Array(await new Response(body as BodyInit).arrayBuffer());
}

/** grammY's multipart body back into parameters, files as InputFile (attach://name references resolved). */
function parseMultipart(contentType: string, body: Uint8Array): Record<string, unknown> | undefined {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) return undefined;
  const buf = Buffer.from(body);
  const delimiter = Buffer.from(`--${boundary}`);
  const fields = new Map<string, string>();
  const files = new Map<string, InputFile>();
  for (let pos = buf.indexOf(delimiter); pos !== -1; ) {
    const start = pos + delimiter.length;
    const next = buf.indexOf(delimiter, start);
    if (next === -1) break;
    const part = buf.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    const headers = part.subarray(0, headerEnd).toString("utf8");
    const content = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/i.exec(headers)?.[1];
    const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
    if (name && filename !== undefined) files.set(name, new InputFile(new Uint8Array(content), filename));
    else if (name) fields.set(name, content.toString("utf8"));
    pos = next;
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of fields) {
    const attach = /^attach:\/\/(.+)$/.exec(value);
    if (attach && files.has(attach[1]!)) params[key] = files.get(attach[1]!);
    else {
      try {
        const parsed = JSON.parse(value);
        params[key] = typeof parsed === "object" || /^-?\d+(\.\d+)?$|^(true|false)$/.test(value) ? parsed : value;
      } catch {
        params[key] = value;
      }
    }
  }
  for (const [key, file] of files) if (!(key in params)) params[key] = file;
  return params;
}
