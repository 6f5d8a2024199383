import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { TELEGRAM_TEXT_LIMIT } from "#src/text/format.js";
import { fromRoot } from "#src/paths.js";
import { listen } from "#src/server/http.js";
import type { BotApiEmulator, EmulatorEvent } from "./emulator.js";
import { whatsappAction, whatsappState } from "./whatsapp/phone-api.js";
import type { PlaygroundWorld } from "./world.js";

const PAGE = fromRoot("src", "playground", "page.html");
const MAX_BODY = 5 * 1024 * 1024;

async function body(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error("body too large");
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Why a request is refused, or undefined when it may go on. The playground drives a bot and plays
 * staff, and it listens on loopback, so the threats are other web sites open in the same browser:
 * - DNS rebinding (a foreign name resolving to 127.0.0.1): only our own Host names are answered;
 * - cross-site requests: a page elsewhere can POST text/plain or a form without asking, so every
 *   request a browser marks as coming from another origin is refused, and the API only takes
 *   application/json, which a foreign page cannot send without a CORS preflight we never grant.
 */
function refusal(req: IncomingMessage, port: number): { status: 403 | 415; error: string } | undefined {
  const own = port === 80 ? ["127.0.0.1", "localhost", "127.0.0.1:80", "localhost:80"] : [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = (req.headers.host ?? "").toLowerCase();
  if (!own.includes(host)) return { status: 403, error: "unknown host" };
  // Browsers send Origin with every POST and with cross-origin GETs; the bot and scripts send none.
  const origin = req.headers.origin;
  if (origin !== undefined && origin.toLowerCase() !== `http://${host}`) return { status: 403, error: "cross-origin request" };
  const path = (req.url ?? "/").split("?")[0]!;
  // Following a link to the page from elsewhere is fine; anything else must come from the page itself.
  const page = req.method === "GET" && (path === "/" || path === "/index.html");
  const site = req.headers["sec-fetch-site"];
  if (!page && site !== undefined && site !== "same-origin" && site !== "none") {
    return { status: 403, error: "cross-site request" };
  }
  if (req.method === "POST") {
    const type = (req.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
    // The bot (grammY) sends JSON, or multipart/form-data when it uploads a file.
    const accepted = path.startsWith("/bot") ? ["application/json", "multipart/form-data"] : ["application/json"];
    if (!accepted.includes(type)) return { status: 415, error: "unsupported content type" };
  }
  return undefined;
}

/** Answers of the small API the page uses to play residents and staff (POST /api/<name>, JSON in and out). */
type ApiAction = (world: PlaygroundWorld, input: Record<string, unknown>, events: EventStream) => { status: number; body: unknown };

/**
 * One HTTP server for the playground: the Bot API the real bot talks to (/bot<token>/...),
 * the two-phone page, and the small API the page uses to play residents and staff.
 */
export function createPlaygroundServer(world: PlaygroundWorld): Server {
  const events = eventStream(world.em);
  // The WhatsApp phone redraws when its chat changes.
  world.wa?.subscribe((e) => events.publish({ type: "whatsapp", waId: e.waId }));
  const server = createServer(async (req, res) => {
    const refused = refusal(req, (server.address() as AddressInfo).port);
    if (refused) return json(res, refused.status, { ok: false, error: refused.error });
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      await route(world, events, req, res, url);
    } catch (error) {
      json(res, 400, { ok: false, error: (error as Error).message });
    }
  });
  return server;
}

async function route(world: PlaygroundWorld, events: EventStream, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const path = url.pathname;
  if (path.startsWith("/bot")) return botApi(world.em, req, res, path);
  if (req.method === "GET") {
    if (path.startsWith("/file/bot")) return botFile(world.em, res, path);
    if (path === "/" || path === "/index.html") return page(res);
    if (path === "/api/state") return json(res, 200, stateOf(world));
    if (path === "/api/events") return events.serve(req, res);
    if (path === "/api/file") return attachment(world.em, res, url, req.headers.range);
    if (path === "/api/wa/state") return world.wa ? json(res, 200, whatsappState(world.wa)) : json(res, 404, { ok: false });
  }
  if (req.method === "POST" && path.startsWith("/api/wa/") && world.wa) {
    const input = JSON.parse((await body(req)).toString("utf8") || "{}");
    const answer = await whatsappAction(world.wa, path.slice("/api/wa/".length), input);
    return json(res, answer.status, answer.body);
  }
  if (req.method === "POST" && path.startsWith("/api/")) {
    const input = JSON.parse((await body(req)).toString("utf8") || "{}");
    const action = API_ACTIONS[path.slice("/api/".length)];
    if (action) {
      const answer = action(world, input, events);
      return json(res, answer.status, answer.body);
    }
  }
  json(res, 404, { ok: false, error: "not found" });
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(value));
}

/** The Bot API itself, as the emulator answers it. */
async function botApi(em: BotApiEmulator, req: IncomingMessage, res: ServerResponse, path: string) {
  // grammY always POSTs; a GET (an image tag on some page) must not call a method.
  if (req.method !== "POST") return json(res, 405, { ok: false, error: "POST only" });
  const answer = await em.handleHttp(path, req.headers["content-type"] ?? "", await body(req));
  json(res, answer.status, answer.body);
}

/** The bot downloads a voice note here to have it transcribed, as from Telegram's file server. */
async function botFile(em: BotApiEmulator, res: ServerResponse, path: string) {
  const file = em.downloadFile(path);
  if (!file) return json(res, 404, { ok: false, error: "Not Found" });
  res.writeHead(file.status, { "content-type": file.headers.get("content-type") ?? "application/octet-stream" });
  res.end(Buffer.from(await file.arrayBuffer()));
}

function page(res: ServerResponse) {
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(readFileSync(PAGE));
}

/**
 * Everything the page draws: the bot, the residents, each operator group (one per team) with its members and topics,
 * every chat's messages. `group` and `topics` are the first group's, as the page first shows it.
 */
function stateOf(world: PlaygroundWorld) {
  const { em } = world;
  const groupIds = world.groupIds ?? [world.groupId];
  const groupOf = (groupId: number) => {
    const group = em.chat(groupId);
    return {
      id: groupId,
      title: (group.chat as { title?: string }).title,
      is_forum: (group.chat as { is_forum?: boolean }).is_forum === true,
      members: [...group.members]
        .filter(([id]) => id !== em.me.id)
        .map(([id, status]) => ({ id, first_name: em.users.get(id)?.first_name, status })),
      topics: [...em.topics(groupId)].map(([id, t]) => ({ id, name: t.name })),
    };
  };
  const messages: Record<string, unknown[]> = {};
  for (const id of [...groupIds, ...world.residents]) messages[id] = em.messages(id);
  const groups = groupIds.map(groupOf);
  return {
    bot: em.me,
    residents: world.residents.map((id) => em.users.get(id)),
    group: groups[0],
    groups,
    topics: groups[0]!.topics,
    messages,
  };
}

/** A file the bot sent (a CSV, a chart, /mydata, a voice note), downloaded or played from the page. */
function attachment(em: BotApiEmulator, res: ServerResponse, url: URL, range?: string) {
  const message = em.messages(Number(url.searchParams.get("chat"))).find((m) => m.message_id === Number(url.searchParams.get("message")));
  if (!message?.file) return json(res, 404, { ok: false });
  const bytes = Buffer.from(message.file.bytes);
  const headers = {
    // A voice note is OGG/Opus (the emulator takes no other): the page's player needs to be told.
    "content-type": message.voice ? "audio/ogg; codecs=opus" : message.file.mime || "application/octet-stream",
    "content-disposition": `attachment; filename="${message.file.name.replace(/"/g, "")}"`,
    // A player reads an Ogg file's length from its last page: it asks for byte ranges.
    "accept-ranges": "bytes",
  };
  const wanted = range?.match(/^bytes=(\d*)-(\d*)$/);
  if (wanted && (wanted[1] || wanted[2])) {
    const start = wanted[1] ? Number(wanted[1]) : Math.max(0, bytes.length - Number(wanted[2]));
    const end = wanted[1] && wanted[2] ? Math.min(Number(wanted[2]), bytes.length - 1) : bytes.length - 1;
    if (start >= bytes.length || start > end) {
      res.writeHead(416, { "content-range": `bytes */${bytes.length}` });
      res.end();
      return;
    }
    res.writeHead(206, { ...headers, "content-range": `bytes ${start}-${end}/${bytes.length}`, "content-length": end - start + 1 });
    res.end(bytes.subarray(start, end + 1));
    return;
  }
  res.writeHead(200, { ...headers, "content-length": bytes.length });
  res.end(bytes);
}

/** The emulator's events (and new residents), pushed to every open page as server-sent events. */
function eventStream(em: BotApiEmulator) {
  const clients = new Set<(e: unknown) => void>();
  const publish = (e: unknown) => {
    for (const send of clients) send(e);
  };
  em.subscribe((e: EmulatorEvent) => publish(e));
  return {
    publish,
    serve(req: IncomingMessage, res: ServerResponse) {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      const send = (e: unknown) => res.write(`data: ${JSON.stringify(e)}\n\n`);
      clients.add(send);
      const ping = setInterval(() => res.write(": ping\n\n"), 15_000);
      req.on("close", () => {
        clearInterval(ping);
        clients.delete(send);
      });
    },
  };
}

type EventStream = ReturnType<typeof eventStream>;

const API_ACTIONS: Record<string, ApiAction> = {
  /** A new resident phone on the page. */
  residents(world, input, events) {
    const name = String(input.first_name ?? "").trim().slice(0, 64) || "Residente";
    const lang = String(input.language_code ?? "it").slice(0, 8);
    const user = world.em.addUser({ id: 600_000 + world.residents.length, first_name: name, language_code: lang });
    world.residents.push(user.id);
    events.publish({ type: "resident", user });
    return { status: 200, body: user };
  },
  /** A person on the page writes, shares a contact or a location, records a voice note or sends a photo. */
  send(world, input) {
    const userId = Number(input.userId);
    const chatId = Number(input.chatId);
    const user = world.em.users.get(userId);
    if (!user) return { status: 400, body: { ok: false, error: "unknown user" } };
    const where = { threadId: (input.threadId as number | undefined) ?? undefined, replyTo: (input.replyTo as number | undefined) ?? undefined };
    const content = contentOf(input, user);
    if ("text" in content && !content.text) return { status: 400, body: { ok: false, error: "empty text" } };
    world.em.send(userId, chatId, content as never, where);
    return { status: 200, body: { ok: true } };
  },
  /** A person on the page presses a button. */
  press(world, input) {
    world.em.press(Number(input.userId), Number(input.chatId), Number(input.messageId), String(input.data));
    return { status: 200, body: { ok: true } };
  },
};

/** What the page's composer sends, as the message content Telegram would carry. */
function contentOf(input: Record<string, unknown>, user: { id: number; first_name: string }) {
  const stamp = `${Date.now().toString(36)}`;
  const location = input.location as { latitude?: unknown; longitude?: unknown } | undefined;
  if (input.contact) return { contact: { phone_number: "+39 333 000 0000", first_name: user.first_name, user_id: user.id } };
  if (location) return { location: { latitude: Number(location.latitude), longitude: Number(location.longitude) } };
  if (input.voice) return { voice: { file_id: `voice-${stamp}`, file_unique_id: `voice-${stamp}`, duration: 5 } };
  if (input.photo) return { photo: [{ file_id: `photo-${stamp}`, file_unique_id: `photo-${stamp}`, width: 800, height: 600 }] };
  // Residents send stickers ("👍" for thanks): the desk must answer them as Telegram delivers them.
  if (input.sticker) {
    return { sticker: { file_id: `sticker-${stamp}`, file_unique_id: `sticker-${stamp}`, type: "regular", width: 512, height: 512, is_animated: false, is_video: false, emoji: "👍" } };
  }
  return { text: String(input.text ?? "").slice(0, TELEGRAM_TEXT_LIMIT) };
}

/** The playground's port is taken: said in one line, naming the variable that moves it. */
export class PlaygroundPortTaken extends Error {
  constructor(port: number) {
    super(
      `Port ${port} on 127.0.0.1 is already in use (is another playground still running?). ` +
        `Stop that program, or start on another port: PLAYGROUND_PORT=${port === 8081 ? 8082 : 8081} npm start`,
    );
    this.name = "PlaygroundPortTaken";
  }
}

/** Listens on loopback only (the page plays staff); a taken port is a PlaygroundPortTaken. */
export async function listenPlayground(server: Server, port: number): Promise<number> {
  return listen(server, port, "127.0.0.1").catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EADDRINUSE" ? new PlaygroundPortTaken(port) : error;
  });
}
