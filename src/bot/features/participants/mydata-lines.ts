import type { ParticipantSheet } from "#src/domain/participants/service.js";
import { ANSWERS, type Question } from "#src/domain/participants/indicators.js";

type T = (key: string, vars?: Record<string, string | number>) => string;

/** The order answers are listed in a person's copy: the sheet's own order. */
const LISTED = Object.keys(ANSWERS) as Question[];

/**
 * The ESF+ sheets in a person's copy of their data (/mydata), in their language: about them and about each child
 * they answered for, what they said (or that they said no). Empty when the person has no sheet.
 */
export function participantSheetLines(sheets: readonly ParticipantSheet[], t: T): string[] {
  if (!sheets.length) return [];
  const lines: string[] = ["", t("ps-mydata-title"), "=".repeat(Math.max(8, t("ps-mydata-title").length))];
  for (const sheet of sheets) {
    // The child's seat key is their first name, lower-cased: shown as the parent typed it, capitalised.
    const child = sheet.subjectKey ? sheet.subjectKey.charAt(0).toLocaleUpperCase() + sheet.subjectKey.slice(1) : "";
    lines.push(child ? t("ps-mydata-child", { child }) : t("ps-mydata-self"));
    if (sheet.consent === "declined") {
      lines.push(`   ${t("ps-mydata-declined")}`);
      continue;
    }
    const answers = sheet.answers as Partial<Record<Question, string>>;
    const given = LISTED.filter((q) => answers[q] !== undefined);
    if (!given.length) lines.push(`   ${t("ps-mydata-pending")}`);
    for (const q of given) lines.push(`   ${t(`ps-label-${q}`)}: ${t(`ps-a-${answers[q]}`)}`);
    if (sheet.sensitiveConsent === "given") lines.push(`   ${t("ps-mydata-sensitive")}`);
  }
  return lines;
}
