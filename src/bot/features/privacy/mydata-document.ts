import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Services } from "#src/domain/index.js";
import type { RequestMessage } from "#src/domain/requests/model.js";
import { longDateTime } from "#src/text/dates.js";
import { andList, nameList } from "#src/text/lists.js";
import { isLocale, LANGUAGE_NAMES, stripIsolation } from "#src/bot/i18n.js";
import { participantSheetLines } from "#src/bot/features/participants/mydata-lines.js";

export const MYDATA_FILE_NAME = "noi-desk-my-data.txt";

const MEDIA_KINDS = new Set(["voice", "photo", "document", "audio", "video", "video_note", "location", "other"]);

export interface MyDataOptions {
  privacy: Services["privacy"];
  /** The ESF+ participant sheets (theirs and their children's), when the desk collects them. */
  participants?: Services["participants"];
  /** Translates into the person's language (the document's labels are locale keys). */
  translate: (key: string, vars?: Record<string, string | number>) => string;
  timezone: string;
  locale: string;
  /** The desk's clock: the moment the copy is made. */
  now: Date;
  /** The chats the person writes from (with WhatsApp configured): "Telegram (id …)", "WhatsApp (+39…)". */
  chats?: Array<{ channel: "telegram" | "whatsapp"; id: string }>;
}

/**
 * Writes a person's copy of their data (GDPR art. 15) as a plain UTF-8 text document in their
 * language, into `path`. It is written line by line with the history read a page at a time, so
 * ten thousand long messages take no more memory than twenty: a /mydata must never take the desk
 * down. Staff working notes are not included; the document says they exist.
 * Returns false when nothing is stored about the person.
 */
export async function writeMyData(path: string, residentId: number, options: MyDataOptions): Promise<boolean> {
  const { privacy, translate, timezone, locale, now } = options;
  const outline = privacy.exportOutline(residentId);
  const t = (key: string, vars?: Record<string, string | number>) => stripIsolation(translate(key, vars));
  const at = (d: Date) => longDateTime(d, locale, timezone);

  const out = createWriteStream(path, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) => out.once("error", reject));
  failed.catch(() => undefined);
  const write = async (...lines: string[]) => {
    // Waits for the disk when the stream's buffer is full: memory stays bounded whatever the history.
    if (!out.write(`${lines.join("\n")}\n`)) await Promise.race([once(out, "drain"), failed]);
  };
  const section = (title: string) => write("", title, "=".repeat(Math.max(8, title.length)));

  try {
    await write(t("mydata-title"), t("mydata-exported", { date: at(now) }), t("mydata-controller"));
    if (!outline) {
      await write("", t("mydata-nothing"));
      return false;
    }
    const { resident, requests, bookings } = outline;

    await section(t("mydata-section-you"));
    const language = resident.language && isLocale(resident.language) ? LANGUAGE_NAMES[resident.language] : (resident.language ?? "—");
    await write(
      `${t("mydata-name")}: ${resident.firstName ?? "—"}`,
      `${t("mydata-language")}: ${language}`,
      `${t("mydata-phone")}: ${resident.phone ?? "—"}`,
      `${t("mydata-first-contact")}: ${at(resident.createdAt)}`,
      ...(options.chats?.length ? [t("mydata-chats", { chats: andList(options.chats.map((c) => t(`mydata-chat-${c.channel}`, { id: c.id })), locale) })] : []),
      resident.consentAt
        ? t("mydata-consent", { date: at(resident.consentAt), version: String(resident.consentVersion ?? 1) })
        : t("mydata-consent-none"),
    );

    await section(t("mydata-section-requests"));
    if (!requests.length) await write(t("mydata-requests-none"));
    for (const { request, hasNotes, visits } of [...requests].reverse()) {
      await write(
        "",
        `${t("mydata-request", { number: String(request.id) })} · ${t(`cat-${request.category}`)} · ${t(`status-${request.status}`)}`,
        `${t("mydata-opened")}: ${at(request.createdAt)}`,
        ...(request.closedAt ? [`${t("mydata-closed")}: ${at(request.closedAt)}`] : []),
        request.visit === "home" ? t("mydata-visit-home") : t("mydata-visit-desk"),
        ...(request.address ? [`${t("mydata-address")}: ${request.address}`] : []),
        ...(request.latitude !== null ? [`${t("mydata-location")}: ${request.latitude}, ${request.longitude}`] : []),
        request.contact === "phone" ? t("mydata-contact-phone") : t("mydata-contact-chat"),
        ...(request.erasedAt ? [t("mydata-content-erased")] : []),
        ...visits.map((v) => t("mydata-visit", { when: at(v.startsAt!), status: v.status })),
      );
      let after = 0;
      for (;;) {
        const page = privacy.exportMessages(request.id, after);
        for (const m of page) await write(messageLine(m, at, t));
        if (page.length === 0) break;
        after = page.at(-1)!.id;
      }
      for (const letter of privacy.exportLetters(request.id)) {
        await write(`[${at(letter.readAt ?? letter.createdAt)}] ${t("mydata-letter")}:`, letter.text ?? "");
        if (letter.translation) await write(`${t("mydata-letter-translation")}:`, letter.translation);
      }
      if (hasNotes) await write(t("mydata-notes-exist"));
    }

    await section(t("mydata-section-bookings"));
    if (!bookings.length) await write(t("mydata-bookings-none"));
    for (const { booking, session } of bookings) {
      const activity = t(`act-${session.activityId}`);
      const attendance = booking.attendance ? ` · ${t(`mydata-attendance-${booking.attendance}`)}` : "";
      await write(`${activity} · ${at(session.startsAt)} · ${t(`mydata-booking-${booking.status}`)}${attendance}`);
      if (booking.childName) {
        await write(
          `   ${t("mydata-child", {
            name: booking.childName,
            class: booking.childClass ? t(`class-${booking.childClass}`) : "—",
            subject: booking.subject ? t(`subject-${booking.subject}`) : "—",
          })}`,
        );
      }
    }

    // The neighbourhood: which news they chose, what they were sent, and their answers to events.
    await section(t("mydata-section-news"));
    const prefs = outline.preferences;
    const topics = (["activities", "works", "health"] as const).filter((topic) => prefs?.[topic]).map((topic) => t(`news-topic-${topic}`));
    await write(topics.length ? t("mydata-news-topics", { topics: nameList(topics, locale) }) : t("mydata-news-none"));
    for (const { recipient, announcement } of outline.neighbourhood) {
      const reply = recipient.reply ? ` · ${t(recipient.reply === "yes" ? "news-event-yes" : "news-event-no")}` : "";
      await write(`${t(announcement.kind === "event" ? "news-event-heading" : "news-heading")} · ${at(announcement.sentAt ?? announcement.createdAt)}${reply}`);
    }

    // Reports on their building's common areas they follow, and what they added to each.
    await section(t("mydata-section-reports"));
    if (!outline.reports.length) await write(t("mydata-reports-none"));
    for (const report of outline.reports) {
      await write(`${t("mydata-report-line", { kind: t(`report-kind-${report.kind}`), building: report.building })} · ${at(report.createdAt)}`);
      for (const note of outline.reportNotes.filter((n) => n.reportId === report.id)) {
        const media = note.kind === "text" ? "" : `[${t(`mydata-kind-${note.kind}`)}] `;
        await write(`   [${at(note.createdAt)}] ${media}${note.text ?? ""}`.trimEnd());
      }
    }

    // The sheets for the funder's statistics (ESF+): what they answered, for themselves and their children.
    for (const line of participantSheetLines(options.participants?.ofResident(residentId) ?? [], t)) await write(line);

    await section(t("mydata-section-kept"));
    await write(t("mydata-retention", { days: outline.retentionDays }), t("mydata-notes-general"));
    return true;
  } finally {
    out.end();
    await Promise.race([once(out, "close"), failed]).catch(() => undefined);
  }
}

function messageLine(m: RequestMessage, at: (d: Date) => string, t: (key: string, vars?: Record<string, string | number>) => string): string {
  const who = m.direction === "in" ? t("mydata-from-you") : t("mydata-from-desk");
  const forwarded =
    m.forwardOrigin === null ? "" : ` (${m.forwardName ? t("mydata-forwarded", { name: m.forwardName }) : t("mydata-forwarded-hidden")})`;
  const media = MEDIA_KINDS.has(m.kind) ? `[${t(`mydata-kind-${m.kind}`)}] ` : "";
  const line = `[${at(m.createdAt)}] ${who}${forwarded}: ${media}${m.text ?? (media ? "" : "—")}`.trimEnd();
  // What the desk's engines made of it: a voice note's words, a machine translation (into Italian, or into theirs).
  const transcript = m.transcript ? [`   ${t("mydata-transcript")}: ${m.transcript}`] : [];
  const translation = m.translation ? [`   ${t("mydata-translation")}: ${m.translation}`] : [];
  return [line, ...transcript, ...translation].join("\n");
}
