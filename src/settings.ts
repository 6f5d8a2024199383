import { ConfigError, type Environment, loadEnvironment } from "./config.js";
import { type DeskSettings, loadDeskFile } from "./domain/desk-file.js";

export { ConfigError };

/**
 * Everything the desk is started with: the environment (the deployment, src/config.ts) and the desk file (the
 * desk's policy, src/domain/desk-file.ts), checked together at start-up. The environment says where the desk file
 * is and may override some of its policy; the two are read apart so that neither knows the other.
 */
export interface Config extends Environment, Omit<DeskSettings, "networkNamed" | "privacyNoticeVersion"> {
  /**
   * The notice residents accept: the policy's version, one more while an engine is on (the notice then says where
   * messages go), so turning an engine on asks everyone to read and accept it again.
   */
  privacyNoticeVersion: number;
}

/** Reads the environment and the desk file once; every problem is named in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const e = loadEnvironment(env);
  const desk = loadDeskFile({ deskFile: e.files.desk, openingHoursFile: e.files.openingHours, overrides: e.policyOverrides });
  if (!desk.ok) throw new ConfigError(desk.problems);
  const { networkNamed, ...settings } = desk.settings;
  const teams = settings.network.teams;
  const problems: string[] = [];
  if (e.botToken && e.operatorChatId === undefined && teams[0]?.chatId === undefined) {
    problems.push("OPERATOR_CHAT_ID: required when BOT_TOKEN is set (the operator group's id)");
  }
  const elsewhere = teams.slice(1).find((t) => t.chatId === e.operatorChatId);
  if (teams[0]?.chatId === undefined && e.operatorChatId !== undefined && (elsewhere || settings.network.coordinatorsChatId === e.operatorChatId)) {
    problems.push(
      `OPERATOR_CHAT_ID: is the group of ${elsewhere ? `team "${elsewhere.id}"` : "the coordinators"} in ${networkNamed || "DESK_FILE"}: each team needs its own group`,
    );
  }
  if (e.botToken) {
    for (const team of teams.slice(1)) {
      if (team.chatId === undefined) problems.push(`DESK_FILE (${networkNamed}): team "${team.id}" needs its operator group's chatId`);
    }
  }
  if (problems.length) throw new ConfigError(problems);
  const enginesOn = e.engines.translation.engine !== "off" || e.engines.transcription.url !== undefined;
  return { ...e, ...settings, privacyNoticeVersion: settings.privacyNoticeVersion + (enginesOn ? 1 : 0) };
}
