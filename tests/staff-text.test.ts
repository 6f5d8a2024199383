import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@fluent/syntax";
import { describe, expect, it } from "vitest";
import { LOCALES_DIR } from "#src/bot/i18n.js";
import { fromRoot } from "#src/paths.js";

function staffKeys(): Set<string> {
  const dir = join(LOCALES_DIR, "it", "staff");
  const keys = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
    const resource = parse(readFileSync(join(dir, file), "utf8"), { withSpans: false });
    for (const entry of resource.body) {
      expect(entry.type, `${file}: unparsable entry`).not.toBe("Junk");
      if (entry.type === "Message") keys.add(entry.id.name);
    }
  }
  return keys;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("staff text", () => {
  it("every key the code reads with italian(...) is defined in locales/it/staff", () => {
    const keys = staffKeys();
    const used = new Set<string>();
    for (const file of sourceFiles(fromRoot("src"))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\bitalian\(\s*"([a-z0-9-]+)"/g)) used.add(m[1]!);
    }
    expect([...used].filter((k) => !keys.has(k))).toEqual([]);
  });

  it("no staff key shadows a resident's key (they share the Italian bundle)", () => {
    const keys = staffKeys();
    const dir = join(LOCALES_DIR, "it");
    const clashes: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ftl"))) {
      for (const entry of parse(readFileSync(join(dir, file), "utf8"), { withSpans: false }).body) {
        if (entry.type === "Message" && keys.has(entry.id.name)) clashes.push(`${file}#${entry.id.name}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
