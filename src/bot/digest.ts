import type { I18n } from "@grammyjs/i18n";
import type { DigestData } from "../domain/digest.js";
import type { BotContext } from "./context.js";
import { escapeHtml } from "./format.js";
import { stripIsolation } from "./i18n.js";
import { workingHoursItalian } from "./service-texts.js";
import { italianFrom } from "./staff-text.js";

/** The morning digest for staff, in Italian. */
export function renderDigest(i18n: I18n<BotContext>, data: DigestData, timezone: string, now: Date): string {
  const time = new Intl.DateTimeFormat("it-IT", { timeZone: timezone, hour: "2-digit", minute: "2-digit" });
  const day = new Intl.DateTimeFormat("it-IT", { timeZone: timezone, weekday: "long", day: "numeric", month: "long" });
  const name = (id: string) => escapeHtml(stripIsolation(i18n.t("it", id)));
  const italian = italianFrom(i18n);
  const lines = [`☀️ <b>Buongiorno! Oggi, ${day.format(now)}</b>`, ""];
  if (!data.sessions.length) lines.push("Nessuna sessione oggi.");
  for (const { session, seated, waiting } of data.sessions) {
    lines.push(
      `🗓 <b>${time.format(session.startsAt)} · ${name(`act-${session.activityId}`)}</b> (#${session.id}) · ${seated.length}/${session.seats} posti${waiting ? ` · ${waiting} in attesa` : ""}`,
    );
    for (const r of seated) {
      const who = escapeHtml(r.firstName ?? "persona anonimizzata");
      lines.push(`   • ${who}${r.booking.childName ? ` → ${escapeHtml(r.booking.childName)} (${r.booking.childClass})` : ""}`);
    }
  }
  lines.push("");
  const limit = workingHoursItalian(italian, data.staleWorkingHours);
  if (!data.waiting.length) {
    lines.push(`✅ Nessuna richiesta aspetta una risposta da più di 48 ore né da più di ${limit}.`);
  } else {
    lines.push(`⏳ <b>Richieste senza risposta da più di 48 ore o da più di ${limit}: ${data.waiting.length}</b>`);
    for (const { request: r, waitingHours, stale } of data.waiting.slice(0, 30)) {
      const hours = Math.floor((now.getTime() - r.createdAt.getTime()) / 3600_000);
      const working = `${workingHoursItalian(italian, waitingHours, "floor")}${stale ? ` ⏰ oltre le ${data.staleWorkingHours}` : ""}`;
      lines.push(`   • #${r.id} · ${name(`cat-${r.category}`)} · ${r.language} · da ${hours} h (${working})`);
    }
  }
  if (data.backlog.count) {
    const since = data.backlog.oldest ? ` (il più vecchio delle ${time.format(data.backlog.oldest)})` : "";
    lines.push("", `📮 <b>Messaggi in coda per il gruppo: ${data.backlog.count}</b>${since}. Arrivano appena Telegram li accetta.`);
  }
  return lines.join("\n");
}
