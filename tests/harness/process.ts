import { createServer, type Server } from "node:http";
import type { User } from "grammy/types";
import { ManualClock } from "#src/clock.js";
import { openDatabase } from "#src/db/client.js";
import { createRepositories } from "#src/db/repositories/index.js";
import { ActivityCatalog } from "#src/domain/activities.js";
import { createServices } from "#src/domain/index.js";
import type { BotApiEmulator } from "#src/playground/emulator.js";
import { loadConfig } from "#src/settings.js";
import { type ChildProcess, spawn } from "node:child_process";

export interface DeskProcess {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<number | null>;
}

/** Starts the built desk (what `npm start` runs) as a real child process with the given environment. */
export function startDeskProcess(env: Record<string, string>): DeskProcess {
  let output = "";
  const child = spawn(process.execPath, ["build/src/main.js"], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", LOG_LEVEL: "warn", METRICS_PORT: "0", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return {
    child,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        child.once("exit", (code) => resolve(code));
        child.kill("SIGTERM");
      }),
  };
}

/** Polls until `probe` returns a value (not undefined/false), or fails with what was last seen. */
export async function eventually<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The emulator served over HTTP, as Telegram is to a real desk process: its address, and how to stop serving
 * (waking its long polls first, so the process is not left hanging).
 */
export async function serveEmulator(em: BotApiEmulator): Promise<{ url: string; close: () => void }> {
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const { status, body } = await em.handleHttp(req.url ?? "/", String(req.headers["content-type"] ?? ""), Buffer.concat(chunks));
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`,
    close: () => {
      em.wakePollers();
      server.closeAllConnections();
      server.close();
    },
  };
}

/**
 * The world a process test starts the desk on, written into its database before the process opens it: a lesson a
 * week from now with `seats` seats, and residents who already chose Italian and accepted the notice. Returns the
 * lesson's id; the database is closed again.
 */
export function seedLesson(path: string, o: { seats: number; group: number; residents: User[] }): number {
  const clock = new ManualClock(new Date());
  const db = openDatabase(path);
  const repos = createRepositories(db, clock);
  const catalog = ActivityCatalog.load();
  repos.activities.upsertAll(catalog.all);
  const services = createServices(repos, clock, loadConfig({ DATABASE_PATH: path }), catalog, o.group);
  const next = new Date(Date.now() + 7 * 86_400_000);
  const date = { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
  const created = services.booking.createSessions(
    { activityId: "italian-a1", date, time: { hour: 17, minute: 0 }, minutes: 90, place: null, seats: o.seats, weeks: 1 },
    { id: 1, name: "Giulia" },
  );
  if (!Array.isArray(created)) throw new Error(created.error);
  for (const p of o.residents) {
    repos.residents.ensure(p.id, clock.now());
    repos.residents.update(p.id, { language: "it", firstName: p.first_name, consentAt: clock.now(), consentVersion: 1 });
  }
  db.$client.close();
  return created[0]!.id;
}
