// Time from starting the desk process to its first answer, against the emulator over HTTP.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BotApiEmulator } from "#src/playground/emulator.js";
import { createPlaygroundServer } from "#src/playground/server.js";

export async function measureStartup(entry: string, nodeArgs: string[] = []): Promise<number> {
  const em = new BotApiEmulator();
  em.queueUpdates = true;
  const group = -1_001_111_111_111;
  const resident = em.addUser({ id: 700_001, first_name: "Olena", language_code: "uk" });
  const staff = em.addUser({ id: 900_001, first_name: "Giulia" });
  em.addGroup({ id: group, title: "Operatori", isForum: true, admins: [staff] });
  const server = createPlaygroundServer({ em, groupId: group, residents: [resident.id] });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-startup-"));
  // The resident is already waiting when the desk starts.
  em.send(resident.id, resident.id, { text: "/start" });
  const answered = new Promise<number>((resolve) => {
    em.subscribe((e) => {
      if (e.type === "message" && e.chatId === resident.id && e.message.fromBot) resolve(performance.now());
    });
  });
  const started = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    env: {
      PATH: process.env.PATH ?? "",
      BOT_TOKEN: em.token,
      OPERATOR_CHAT_ID: String(group),
      TELEGRAM_API_ROOT: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      DATABASE_PATH: join(dir, "desk.sqlite"),
      METRICS_PORT: "0",
      LOG_LEVEL: "warn",
    },
    stdio: "ignore",
  });
  const ms = (await answered) - started;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  em.wakePollers();
  server.close();
  server.closeAllConnections();
  rmSync(dir, { recursive: true, force: true });
  return ms;
}
