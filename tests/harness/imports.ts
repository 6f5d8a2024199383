import fs from "node:fs";
import path from "node:path";

/** One import statement of a source file: where it points and whether it only brings types. */
export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
  line: number;
}

const SRC = path.resolve("src");

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(p, out);
    else if (p.endsWith(".ts") && !p.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function resolveSpecifier(from: string, spec: string): string | undefined {
  let p: string;
  if (spec.startsWith("#src/")) p = path.join(SRC, spec.slice(5));
  else if (spec.startsWith(".")) p = path.resolve(path.dirname(from), spec);
  else return undefined;
  const ts = p.replace(/\.js$/, ".ts");
  for (const candidate of [ts, `${p}.ts`, path.join(p, "index.ts")]) if (fs.existsSync(candidate)) return candidate;
  return undefined;
}

// `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`; a statement is type-only when it says
// `import type`/`export type`, or every name in its braces is marked `type`.
const STATEMENT =
  /(?:^|\n)[ \t]*(import|export)\s+(type\s+)?(?:([\s\S]*?)\s+from\s+)?["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** Every import between files under src/, read from the text (paths relative to src/, e.g. "bot/context.ts"). */
export function importGraph(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(STATEMENT)) {
      const spec = m[4] ?? m[5];
      if (!spec) continue;
      const to = resolveSpecifier(file, spec);
      if (!to) continue;
      const names = m[3]?.match(/^\{([\s\S]*)\}$/)?.[1];
      const named = names
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean);
      const typeOnly = Boolean(m[2]) || (named?.every((s) => s.startsWith("type ")) ?? false);
      const line = text.slice(0, m.index).split("\n").length + (text[m.index] === "\n" ? 1 : 0);
      edges.push({ from: path.relative(SRC, file), to: path.relative(SRC, to), typeOnly, line });
    }
  }
  return edges;
}

/** The part of the tree a file belongs to: its top folder under src/ (`bot`, `domain`…), or the file itself (`app`). */
export function layerOf(file: string): string {
  const [top, ...rest] = file.split("/");
  return rest.length === 0 ? (top ?? file).replace(/\.ts$/, "") : (top ?? file);
}

/** Groups of files that import each other at run time (strongly connected components larger than one file). */
export function runtimeCycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (!e.typeOnly) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) visit(v);
  return cycles;
}
