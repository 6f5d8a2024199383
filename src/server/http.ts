import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { Bot } from "grammy";
import type { BotContext, Deps } from "#src/bot/context.js";
import type { WhatsAppChannel } from "#src/channels/whatsapp/index.js";
import type { Config } from "#src/settings.js";
import { journalingWebhook } from "#src/delivery/inbox.js";
import type { Logger } from "#src/logger.js";
import type { Repositories } from "#src/db/repositories/index.js";
import type { PollingStatus } from "#src/delivery/inbox.js";
import type { ConversationTranslation } from "#src/domain/conversation-translation.js";
import type { DeskMetrics } from "./metrics.js";
import { replicaJson } from "#src/replica/replica-monitor.js";
import type { ReplicaMonitor } from "#src/replica/replica-monitor.js";

/** What the HTTP side needs of the application (app.ts builds it): the server imports nothing above itself. */
export interface ServedApp {
  deps: Pick<Deps, "clock" | "config">;
  repos: Pick<Repositories, "health" | "outbox" | "inbox">;
  dispatcher: { unreachableGroups: ReadonlyMap<number, { since: Date; reason: string }> };
  metrics: DeskMetrics;
  polling: PollingStatus;
  engines: Pick<ConversationTranslation, "status">;
  bot: Bot<BotContext>;
  whatsapp?: WhatsAppChannel | undefined;
  replica: Pick<ReplicaMonitor, "status">;
}

export function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}

/** /healthz and /metrics: on loopback by default, in polling and webhook mode alike. */
export function healthHandler(app: ServedApp) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const path = (req.url ?? "/").split("?")[0];
    if (path === "/healthz") {
      const { repos } = app;
      const { clock } = app.deps;
      let database = "ok";
      try {
        repos.health.ping();
      } catch (error) {
        database = (error as Error).message;
      }
      const outbox = repos.outbox.counts();
      const group = repos.outbox.groupBacklog();
      const unreachable = [...app.dispatcher.unreachableGroups].map(([chatId, u]) => ({ chatId, since: u.since.toISOString(), reason: u.reason }));
      const body = {
        status: database === "ok" ? "ok" : "error",
        database,
        lastUpdateAt: app.metrics.lastUpdateAt?.toISOString() ?? null,
        telegram: app.deps.config.webhook ? { state: "webhook" } : app.polling.toJSON(),
        inbox: repos.inbox.backlog(),
        outbox: { pending: outbox.pending, due: repos.outbox.due(clock.now()), failed: outbox.failed },
        groupOutbox: { depth: group.count, oldest: group.oldest?.toISOString() ?? null, unreachableGroups: unreachable },
        // Translation and transcription: state, last latency, failures by kind ([] when no engine is configured).
        engines: app.engines.status().map((e) => ({ ...e, since: e.since?.toISOString() ?? null })),
        // Litestream's replica off the machine (state "off" when the desk runs without one).
        replica: replicaJson(app.replica.status()),
      };
      res.writeHead(database === "ok" ? 200 : 503, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
      return true;
    }
    if (path === "/metrics") {
      res.writeHead(200, { "content-type": app.metrics.registry.contentType });
      res.end(await app.metrics.registry.metrics());
      return true;
    }
    return false;
  };
}

export function startHealthServer(app: ServedApp, host: string, port: number, logger: Logger) {
  const health = healthHandler(app);
  const server = createServer((req, res) => {
    health(req, res)
      .then((handled) => {
        if (!handled) {
          res.writeHead(404).end();
        }
      })
      .catch((error) => {
        logger.error({ err: (error as Error).message }, "health endpoint failed");
        res.writeHead(500).end();
      });
  });
  return { server, listen: () => listen(server, port, host) };
}

/**
 * Webhook mode: Telegram posts updates here with the secret token header (anything else gets 401);
 * each update is journaled in the inbox before Telegram gets its 200, then handled.
 */
export function startWebhookServer(app: ServedApp, secret: string | undefined, path: string | undefined, logger: Logger) {
  const handle = secret ? journalingWebhook(app.bot, app.repos.inbox, app.deps.clock, logger, secret) : undefined;
  const server = createServer((req, res) => {
    const at = (req.url ?? "").split("?")[0];
    // WhatsApp's webhook (Meta's verification GET and signed POSTs) on its own path of the same server.
    if (app.whatsapp && at === app.whatsapp.settings.webhookPath) {
      app.whatsapp.receiver.http(req, res).catch((error: unknown) => {
        logger.error({ err: (error as Error).message }, "whatsapp webhook request failed");
        if (!res.headersSent) res.writeHead(500).end();
      });
      return;
    }
    if (!handle || req.method !== "POST" || at !== path) {
      res.writeHead(404).end();
      return;
    }
    handle!(req, res).catch((error: unknown) => {
      logger.error({ err: (error as Error).message }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return server;
}

/**
 * Webhook mode as the desk runs it: the server on the path of WEBHOOK_URL, listening on
 * WEBHOOK_HOST:PORT. The host is loopback unless configured, because Telegram only posts to HTTPS
 * and the documented setup is a reverse proxy on the same machine that terminates it.
 */
export async function serveWebhook(app: ServedApp, webhook: NonNullable<Config["webhook"]>, logger: Logger) {
  const server = startWebhookServer(app, webhook.secret, new URL(webhook.url).pathname, logger);
  const port = await listen(server, webhook.port, webhook.host);
  return { server, port };
}

/** Long polling with WhatsApp: the webhook server serves WhatsApp's path only (on WEBHOOK_HOST:PORT, behind the proxy). */
export async function serveWhatsAppWebhook(app: ServedApp, logger: Logger) {
  const settings = app.whatsapp!.settings;
  const server = startWebhookServer(app, undefined, undefined, logger);
  const port = await listen(server, settings.port, settings.host);
  return { server, port };
}
