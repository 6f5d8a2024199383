import type { Audience } from "#src/domain/neighbourhood/announcements.js";
import type { Services } from "#src/domain/index.js";
import type { BaseContext } from "#src/bot/context.js";
import { staffSessionTime } from "#src/text/dates.js";
import { escapeHtml } from "#src/text/format.js";
import { LANGUAGE_NAMES } from "#src/bot/i18n.js";
import type { Italian } from "#src/text/staff-text.js";

const languageName = (code: string) => LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES] ?? code;

/** Who an announcement is for, as staff read it. */
export function audienceLine(italian: Italian, services: Services, audience: Audience): string {
  switch (audience.type) {
    case "all":
      return italian("ann-audience-all");
    case "desk":
      return italian("ann-for-desk", { desk: escapeHtml(services.desks.of(audience.deskId).name) });
    case "building":
      return italian("ann-for-building", { building: escapeHtml(audience.building) });
    case "activity":
      return italian("ann-for-activity", { activity: escapeHtml(italian(`act-${audience.activityId}`)) });
    case "languages":
      return italian("ann-for-languages", { languages: audience.languages.map(languageName).join(", ") });
  }
}

/**
 * The preview in every language of the audience: how many read each, the text they would read and where it comes
 * from; a language without a text says its residents will not receive it (never Italian in its place).
 */
export function previewText(ctx: BaseContext, id: number): { html: string; editable: string[]; reach: number } {
  const { italian, services, config } = ctx.deps;
  const preview = services.announcements.preview(id);
  const a = preview.announcement;
  const head = [
    italian(a.kind === "event" ? "ann-preview-event" : "ann-preview-news", { id }),
    italian("ann-preview-topic", { topic: italian(`ann-topic-${a.topic}`) }),
    audienceLine(italian, services, JSON.parse(a.audience) as Audience),
    ...(a.eventAt ? [italian("ann-preview-when", { when: staffSessionTime(a.eventAt, config.timezone) })] : []),
    italian("ann-preview-total", { total: preview.total }),
  ];
  const blocks = preview.languages.map((l) => {
    const title = italian("ann-preview-language", { language: languageName(l.language), count: l.count });
    if (l.text === undefined) return `${title}\n${italian("ann-preview-missing", { count: l.count })}`;
    return `${title} · ${italian(`ann-source-${l.source}`)}\n${escapeHtml(l.text)}`;
  });
  if (!preview.languages.length) blocks.push(italian("ann-preview-nobody"));
  const footer = preview.skipped ? [italian("ann-preview-skipped", { count: preview.skipped })] : [];
  return {
    html: [head.join("\n"), ...blocks, ...footer].join("\n\n"),
    editable: preview.languages.map((l) => l.language).filter((l) => l !== "it"),
    reach: preview.total - preview.skipped,
  };
}

/** Delivered, blocked, failed, skipped; for an event, who is coming (first names: only this team's staff read it). */
export function summaryText(italian: Italian, services: Services, timezone: string, id: number): string {
  const s = services.announcements.summary(id);
  const a = s.announcement;
  const lines = [
    italian(a.kind === "event" ? "ann-summary-event" : "ann-summary-news", { id, by: escapeHtml(a.createdByName) }),
    audienceLine(italian, services, JSON.parse(a.audience) as Audience),
    ...(a.eventAt ? [italian("ann-preview-when", { when: staffSessionTime(a.eventAt, timezone) })] : []),
    italian("ann-summary-delivery", { delivered: s.delivered, blocked: s.blocked, failed: s.failed, skipped: s.skipped }),
    ...(s.pending ? [italian("ann-summary-pending", { pending: s.pending })] : []),
  ];
  if (a.kind === "event") {
    lines.push(italian("ann-summary-replies", { yes: s.yes, no: s.no }));
    if (s.names.length) lines.push(italian("ann-summary-coming", { names: s.names.map(escapeHtml).join(", ") }));
  }
  return lines.join("\n");
}
