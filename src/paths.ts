import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The project's root (where package.json is), found from this file, so the same code finds
 * locales, migrations and seed data whether it runs from src/ (tsx, tests) or build/src/.
 */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above the code");
    dir = parent;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot();
export const fromRoot = (...parts: string[]) => join(PROJECT_ROOT, ...parts);
