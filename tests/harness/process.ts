import { createServer, type Server } from "node:http";
import type { BotApiEmulator } from "#src/playground/emulator.js";
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
