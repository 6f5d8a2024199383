import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Litestream's binary: LITESTREAM_BIN when set (deploy/run-with-litestream.sh sets it), else the one npm installed
 * for this platform with @flydotio/litestream. Called directly, not through the package's `litestream` script, which
 * runs it with spawnSync and so neither passes signals on nor returns its exit code.
 */
export function litestreamBinary(env: Record<string, string | undefined> = process.env): string {
  if (env.LITESTREAM_BIN) return env.LITESTREAM_BIN;
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve(`@flydotio/litestream-${process.platform}-${process.arch}/package.json`)), "litestream");
}

/** One generation of one replica, as `litestream generations` lists it. */
export interface Generation {
  replica: string;
  generation: string;
  /** The database's last change (its file or WAL) minus the replica's last write; negative when the replica is newer. */
  lagMs: number;
  start: Date;
  end: Date;
}

/**
 * What each replica of the database holds, from Litestream itself (the same configuration it replicates with), so
 * S3, MinIO and a file replica are read alike. The configuration reads DATABASE_PATH, REPLICA_URL... from the
 * environment, as Litestream's own process does (deploy/run-with-litestream.sh exports them to both).
 */
export function listGenerations(bin: string, configPath: string, databasePath: string, timeoutMs = 20_000): Promise<Generation[]> {
  return new Promise((resolve, reject) => {
    execFile(bin, ["generations", "-config", configPath, databasePath], { timeout: timeoutMs, env: { ...process.env, DATABASE_PATH: databasePath } }, (error, stdout, stderr) => {
      if (error) {
        const said = String(stderr).trim().split("\n").at(-1);
        reject(new Error(said || error.message));
        return;
      }
      resolve(parseGenerations(String(stdout)));
    });
  });
}

/** `name generation lag start end` lines, after a header; a replica Litestream could not read is left out (it logs why). */
export function parseGenerations(stdout: string): Generation[] {
  const rows: Generation[] = [];
  for (const line of stdout.split("\n").slice(1)) {
    const [replica, generation, lag, start, end] = line.trim().split(/\s+/);
    if (!replica || !generation || !lag || !start || !end) continue;
    rows.push({ replica, generation, lagMs: parseGoDuration(lag), start: new Date(start), end: new Date(end) });
  }
  return rows;
}

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 1e-3, "µs": 1e-3, ns: 1e-6 };

/** A Go duration as Litestream prints it ("1h2m3.5s", "-768ms", "0s") in milliseconds. */
export function parseGoDuration(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[-+]/, "");
  if (body === "0") return 0;
  let total = 0;
  let rest = body;
  const part = /^(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/;
  while (rest) {
    const found = part.exec(rest);
    if (!found) throw new Error(`not a duration: ${text}`);
    total += Number(found[1]) * UNIT_MS[found[2]!]!;
    rest = rest.slice(found[0].length);
  }
  return sign * total;
}
