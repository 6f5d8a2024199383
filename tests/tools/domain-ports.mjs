// Writes src/domain/ports/{records,stores}.ts: the row types and the store methods the domain uses, as the domain's
// own interfaces (the repositories implement them; the compiler checks it where app.ts hands them to createServices).
// Run `node tests/tools/domain-ports.mjs` when the domain starts calling a repository method it did not call before
// (the compiler then says the port lacks it), or a record it reads changes; review the diff like any other code.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const root = process.cwd();
const cfg = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
const program = ts.createProgram(["src/db/repositories/index.ts"], cfg.options);
const checker = program.getTypeChecker();
const F = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;
const F2 = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

const repoDir = path.join(root, "src/db/repositories");
// Row and helper types the domain names, by the name it knows them by.
const wanted = [
  ...["Actor", "AuditEntry", "Resident", "MessageTranslation", "GroupPost", "NewGroupPost"],
  ...["Request", "NewRequest", "RequestMessage", "NewRequestMessage", "RequestStatus", "RequestFacts", "SatisfactionCounts"],
  ...["Booking", "NewBooking", "BookingStatus", "BookingFacts", "Session", "NewSession", "SessionWithSeats", "StatisticsScope"],
  ...["Visit", "NewVisit", "VisitWindow", "VisitStatus", "VisitCounts", "LetterRow", "NewLetterRow", "HeldAnswer", "NewHeldAnswer"],
  ...["ParticipantSheetRow", "NewParticipantSheetRow", "EntryRow", "BuildingReport", "NewBuildingReport", "BuildingReportNote"],
  ...["ReportKind", "NewsPreferences", "Announcement", "NewAnnouncement", "AnnouncementText", "AnnouncementRecipient", "NewsTopic"],
  ...["Subscriber", "DeliveryCounts"],
];
const records = new Map(); // name -> { expanded, text }
for (const file of fs.readdirSync(repoDir)) {
  const sf = program.getSourceFile(path.join("src/db/repositories", file)) ?? program.getSourceFile(path.join(repoDir, file));
  if (!sf) continue;
  const mod = checker.getSymbolAtLocation(sf);
  if (!mod) continue;
  for (const [name, sym] of mod.exports) {
    if (!wanted.includes(name)) continue;
    const type = checker.getDeclaredTypeOfSymbol(sym);
    const decl = sym.declarations?.[0];
    const expanded = checker.typeToString(type, decl, F2);
    records.set(name, { type, expanded, decl });
  }
}
const missing = wanted.filter((w) => !records.has(w));
if (missing.length) console.error("not found:", missing.join(", "));

// The stores and their methods.
const idx = program.getSourceFile("src/db/repositories/index.ts") ?? program.getSourceFile(path.join(repoDir, "index.ts"));
const reposType = checker.getDeclaredTypeOfSymbol(checker.getSymbolAtLocation(idx).exports.get("Repositories"));

// Which methods the domain calls, read from its text.
const domainFiles = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) { const p = path.join(d, e.name); if (e.isDirectory()) { if (e.name !== "ports") walk(p); } else if (p.endsWith(".ts")) domainFiles.push(p); } };
walk(path.join(root, "src/domain"));
const text = domainFiles.map((f) => fs.readFileSync(f, "utf8")).join("\n");
const stores = reposType.getProperties().map((p) => p.name).filter((n) => n !== "transaction");
const used = new Map();
const whole = new Set();
for (const s of stores) {
  const methods = new Set();
  for (const m of text.matchAll(new RegExp(`\\b${s}\\??\\.(\\w+)`, "g"))) methods.add(m[1]);
  if (new RegExp(`repos\\.${s}\\b(?!\\.)`).test(text)) whole.add(s);
  used.set(s, methods);
}
// Object types written out in signatures, replaced by their names (longest first).
const subst = [...records.entries()].filter(([, r]) => r.expanded.startsWith("{") || r.expanded.includes(" | ")).sort((a, b) => b[1].expanded.length - a[1].expanded.length);
const named = (s, self) => {
  for (const [name, r] of subst) if (name !== self) s = s.split(r.expanded).join(name);
  return s.replace(/, any, any>/g, ">").replace(/^\{ scoped\(scope: StatisticsScope\): any;[\s\S]*\}$/, "StatisticsStore");
};
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const storeName = (s) => `${cap(s)}Store`;

let out = "";
const storeFields = [];
for (const p of reposType.getProperties()) {
  if (p.name === "transaction") continue;
  const t = checker.getTypeOfSymbolAtLocation(p, idx);
  const methods = t.getProperties().filter((m) => whole.has(p.name) || used.get(p.name).has(m.name));
  if (!methods.length) continue;
  storeFields.push(p.name);
  out += `export interface ${storeName(p.name)} {\n`;
  for (const m of methods) {
    const mt = checker.getTypeOfSymbolAtLocation(m, idx);
    const sigs = mt.getCallSignatures();
    if (!sigs.length) { out += `  ${m.name}: ${named(checker.typeToString(mt, idx, F))};\n`; continue; }
    for (const sig of sigs) {
      const tps = sig.getTypeParameters()?.map((tp) => checker.typeToString(tp, idx, F)) ?? [];
      const params = sig.getParameters().map((prm) => {
        const d = prm.valueDeclaration;
        const optional = d && ts.isParameter(d) && (d.questionToken || d.initializer);
        const rest = d && ts.isParameter(d) && d.dotDotDotToken;
        let pt = checker.typeToString(checker.getTypeOfSymbolAtLocation(prm, idx), idx, F);
        if (optional) pt = pt.replace(/ \| undefined$/, "");
        return `${rest ? "..." : ""}${prm.name}${optional ? "?" : ""}: ${named(pt)}`;
      });
      const ret = named(checker.typeToString(sig.getReturnType(), idx, F));
      out += `  ${m.name}${tps.length ? `<${tps.join(", ")}>` : ""}(${params.join(", ")}): ${ret};\n`;
    }
  }
  out += "}\n\n";
}
const recordsOut = [...records.entries()].map(([name, r]) => {
  if (r.expanded.startsWith("{") || (!r.type.isUnion() && r.type.getProperties().length > 0)) {
    const props = r.type.getProperties().map((pr) => {
      const opt = (pr.flags & ts.SymbolFlags.Optional) !== 0;
      let pt = checker.typeToString(checker.getTypeOfSymbolAtLocation(pr, r.decl), r.decl, F);
      if (opt) pt = pt.replace(/ \| undefined$/, "");
      return `  ${pr.name}${opt ? "?" : ""}: ${named(pt, name)};`;
    });
    return `export interface ${name} {\n${props.join("\n")}\n}\n`;
  }
  return `export type ${name} = ${named(r.expanded, name)};\n`;
});
fs.mkdirSync(path.join(root, "src/domain/ports"), { recursive: true });
const head = (what) => `// ${what}\n// Written by tests/tools/domain-ports.mjs from src/db/repositories (run it after a repository changes what the\n// domain reads); tests/architecture.test.ts checks that the domain imports these and never db/.\n\n`;
fs.writeFileSync(path.join(root, "src/domain/ports/records.ts"), head("The records the domain reads and writes, as the domain names them: the repositories return these shapes.") + recordsOut.join("\n"));
const imports = `import type { ${[...records.keys()].filter((n) => out.includes(n)).sort().join(", ")} } from "./records.js";\n\n`;
fs.writeFileSync(path.join(root, "src/domain/ports/stores.ts"), head("The stores the domain needs, and only the methods it calls: ports the repositories implement (app.ts hands\n// createRepositories() to createServices(), so the compiler checks that they fit).") + imports + out + `export interface Stores {\n${storeFields.map((s) => `  ${s}: ${storeName(s)};`).join("\n")}\n  /** Runs fn as one write transaction: everything or nothing. */\n  transaction<T>(fn: () => T): T;\n}\n`);
console.log("stores:", storeFields.length, "whole:", [...whole].join(","));
