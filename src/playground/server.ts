import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { fromRoot } from "../paths.js";
import type { BotApiEmulator, EmulatorEvent } from "./emulator.js";

const PAGE = fromRoot("src", "playground", "page.html");
const MAX_BODY = 5 * 1024 * 1024;

export interface PlaygroundWorld {
  em: BotApiEmulator;
  groupId: number;
  residents: number[];
}

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

/**
 * One HTTP server for the playground: the Bot API the real bot talks to (/bot<token>/...),
 * the two-phone page, and the small API the page uses to play residents and staff.
 */
export function createPlaygroundServer(world: PlaygroundWorld): Server {
  const { em } = world;
  const sseClients = new Set<(e: unknown) => void>();
  em.subscribe((e: EmulatorEvent) => {
    for (const send of sseClients) send(e);
  });

  const state = () => {
    const group = em.chat(world.groupId);
    const messages: Record<string, unknown[]> = {};
    for (const id of [world.groupId, ...world.residents]) messages[id] = em.messages(id);
    return {
      bot: em.me,
      residents: world.residents.map((id) => em.users.get(id)),
      group: {
        id: world.groupId,
        title: (group.chat as { title?: string }).title,
        is_forum: (group.chat as { is_forum?: boolean }).is_forum === true,
        members: [...group.members]
          .filter(([id]) => id !== em.me.id)
          .map(([id, status]) => ({ id, first_name: em.users.get(id)?.first_name, status })),
      },
      topics: [...em.topics(world.groupId)].map(([id, t]) => ({ id, name: t.name })),
      messages,
    };
  };

  const json = (res: ServerResponse, status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify(value));
  };

  const server = createServer(async (req, res) => {
    const refused = refusal(req, (server.address() as AddressInfo).port);
    if (refused) return json(res, refused.status, { ok: false, error: refused.error });
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      if (url.pathname.startsWith("/bot")) {
        // grammY always POSTs; a GET (an image tag on some page) must not call a method.
        if (req.method !== "POST") return json(res, 405, { ok: false, error: "POST only" });
        const answer = await em.handleHttp(url.pathname, req.headers["content-type"] ?? "", await body(req));
        return json(res, answer.status, answer.body);
      }
      if (req.method === "GET" && url.pathname.startsWith("/file/bot")) {
        // The bot downloads a voice note here to have it transcribed, as from Telegram's file server.
        const file = em.downloadFile(url.pathname);
        if (!file) return json(res, 404, { ok: false, error: "Not Found" });
        res.writeHead(file.status, { "content-type": file.headers.get("content-type") ?? "application/octet-stream" });
        return res.end(Buffer.from(await file.arrayBuffer()));
      }
      if (req.method === "GET" && (url.pathname === "/" || url.pathname === "/index.html")) {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
        return res.end(readFileSync(PAGE));
      }
      if (req.method === "GET" && url.pathname === "/api/state") return json(res, 200, state());
      if (req.method === "GET" && url.pathname === "/api/events") {
        res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
        res.write(": connected\n\n");
        const send = (e: unknown) => res.write(`data: ${JSON.stringify(e)}\n\n`);
        sseClients.add(send);
        const ping = setInterval(() => res.write(": ping\n\n"), 15_000);
        req.on("close", () => {
          clearInterval(ping);
          sseClients.delete(send);
        });
        return;
      }
      if (req.method === "GET" && url.pathname === "/api/file") {
        const message = em
          .messages(Number(url.searchParams.get("chat")))
          .find((m) => m.message_id === Number(url.searchParams.get("message")));
        if (!message?.file) return json(res, 404, { ok: false });
        res.writeHead(200, {
          "content-type": message.file.mime || "application/octet-stream",
          "content-disposition": `attachment; filename="${message.file.name.replace(/"/g, "")}"`,
        });
        return res.end(Buffer.from(message.file.bytes));
      }
      if (req.method === "POST" && url.pathname.startsWith("/api/")) {
        const input = JSON.parse((await body(req)).toString("utf8") || "{}");
        if (url.pathname === "/api/residents") {
          const name = String(input.first_name ?? "").trim().slice(0, 64) || "Residente";
          const lang = String(input.language_code ?? "it").slice(0, 8);
          const user = em.addUser({ id: 600_000 + world.residents.length, first_name: name, language_code: lang });
          world.residents.push(user.id);
          for (const send of sseClients) send({ type: "resident", user });
          return json(res, 200, user);
        }
        if (url.pathname === "/api/send") {
          const userId = Number(input.userId);
          const chatId = Number(input.chatId);
          const user = em.users.get(userId);
          if (!user) return json(res, 400, { ok: false, error: "unknown user" });
          const where = { threadId: input.threadId ?? undefined, replyTo: input.replyTo ?? undefined };
          const stamp = `${Date.now().toString(36)}`;
          const content = input.contact
            ? { contact: { phone_number: "+39 333 000 0000", first_name: user.first_name, user_id: user.id } }
            : input.location
              ? { location: { latitude: Number(input.location.latitude), longitude: Number(input.location.longitude) } }
              : input.voice
                ? { voice: { file_id: `voice-${stamp}`, file_unique_id: `voice-${stamp}`, duration: 5 } }
                : input.photo
                  ? { photo: [{ file_id: `photo-${stamp}`, file_unique_id: `photo-${stamp}`, width: 800, height: 600 }] }
                  : { text: String(input.text ?? "").slice(0, 4096) };
          if ("text" in content && !content.text) return json(res, 400, { ok: false, error: "empty text" });
          em.send(userId, chatId, content as never, where);
          return json(res, 200, { ok: true });
        }
        if (url.pathname === "/api/press") {
          em.press(Number(input.userId), Number(input.chatId), Number(input.messageId), String(input.data));
          return json(res, 200, { ok: true });
        }
      }
      json(res, 404, { ok: false, error: "not found" });
    } catch (error) {
      json(res, 400, { ok: false, error: (error as Error).message });
    }
  });
  return server;
}
