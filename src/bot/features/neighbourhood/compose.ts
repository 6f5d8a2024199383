import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { type Audience, MAX_ANNOUNCEMENT_CHARS, NEWS_TOPICS, type NewsTopic } from "#src/domain/neighbourhood/announcements.js";
import { localToUtc } from "#src/domain/reminders.js";
import { parseCivilDay, parseTime } from "#src/domain/staff-input/numbers-and-dates.js";
import { annActivity, annAudience, annDesk, annEdit, annKind, annLanguage, annPreview, annTopic } from "#src/bot/callback-data/neighbourhood.js";
import type { BotContext, FlowContext } from "#src/bot/context.js";
import { ask, answersOf, deskNow, type Form, read, say } from "#src/bot/conversations/new-session.js";
import { LANGUAGE_NAMES } from "#src/bot/i18n.js";
import { twoPerRow } from "#src/bot/keyboards/two-per-row.js";
import { actorOf, activityName, answer } from "#src/bot/features/staff/replies.js";
import { previewText } from "./staff-views.js";

type Convo = Conversation<BotContext, FlowContext>;

const BUILDING_CHARS = { min: 3, max: 80 };
const LANGUAGE_CODES = Object.keys(LANGUAGE_NAMES);

/**
 * Staff write an announcement or an event in Italian, in their team's group or the coordinators': what, about
 * what, for whom, (when), the text; then a preview in every language of the audience (machine-translated where an
 * engine is on), each editable by a mediator, and Send. Only the person who started it drives it.
 */
export async function newAnnouncement(conversation: Convo, ctx: FlowContext) {
  const form: Form = { conversation, ctx, mine: answersOf(ctx) };
  const italian = ctx.deps.italian;
  const kind = await ask(form, italian("ann-ask-kind"), {
    keyboard: new InlineKeyboard().text(italian("ann-kind-news"), annKind.pack({ kind: "news" })).row().text(italian("ann-kind-event"), annKind.pack({ kind: "event" })),
    pressed: read(annKind, (v) => v.kind),
  });
  const topic = await ask(form, italian("ann-ask-topic"), {
    keyboard: twoPerRow(NEWS_TOPICS.map((t) => [italian(`ann-topic-${t}`), annTopic.pack({ topic: t })])),
    pressed: read(annTopic, (v) => v.topic as NewsTopic),
  });
  const audience = await askAudience(form);
  let eventAt: Date | undefined;
  if (kind === "event") eventAt = await askWhen(form);
  const textIt = await ask(form, italian("ann-ask-text", { max: MAX_ANNOUNCEMENT_CHARS }), {
    typed: { parse: (s) => (s.length >= 3 && s.length <= MAX_ANNOUNCEMENT_CHARS ? s : undefined), hint: italian("ann-text-hint", { max: MAX_ANNOUNCEMENT_CHARS }) },
  });
  const actor = actorOf(ctx);
  const originChatId = ctx.chat!.id;
  const id = await conversation.external((c) =>
    c.deps.services.announcements.draft({ kind, topic, audience, textIt, originChatId, actor, ...(eventAt ? { eventAt } : {}) }).id,
  );
  // The engine's texts are made once, off the replay: a restart does not ask it again.
  await conversation.external(async (c) => {
    const { announcements } = c.deps.services;
    for (const language of announcements.missingForEngine(id)) {
      const text = await c.deps.translation.forEveryone(textIt, language);
      if (text) announcements.putText(id, language, text, "engine");
    }
  });
  for (;;) {
    const preview = await conversation.external((c) => previewText(c, id));
    await answer(ctx, preview.html);
    const keyboard = new InlineKeyboard();
    for (const language of preview.editable) keyboard.text(italian("ann-edit-language", { language: LANGUAGE_NAMES[language as keyof typeof LANGUAGE_NAMES] ?? language }), annEdit.pack({ language }));
    keyboard.row().text(italian("ann-send", { count: preview.reach }), annPreview.pack({ action: "send" })).row().text(italian("ann-abort"), annPreview.pack({ action: "cancel" }));
    const choice = await ask<{ edit: string } | { action: "send" | "cancel" }>(form, italian("ann-preview-question"), {
      keyboard,
      pressed: (data) => (annEdit.is(data) ? { edit: annEdit.unpack(data).language } : annPreview.is(data) ? { action: annPreview.unpack(data).action } : undefined),
    });
    if ("edit" in choice) {
      const name = LANGUAGE_NAMES[choice.edit as keyof typeof LANGUAGE_NAMES] ?? choice.edit;
      const text = await ask(form, italian("ann-ask-translation", { language: name }), {
        typed: { parse: (s) => (s.length >= 3 && s.length <= MAX_ANNOUNCEMENT_CHARS * 2 ? s : undefined), hint: italian("ann-text-hint", { max: MAX_ANNOUNCEMENT_CHARS * 2 }) },
      });
      await conversation.external((c) => c.deps.services.announcements.putText(id, choice.edit, text, "mediator", actor));
      continue;
    }
    if (choice.action === "cancel") {
      await conversation.external((c) => c.deps.services.announcements.cancel(id));
      await say(ctx, italian("ann-cancelled"));
      return;
    }
    const sent = await conversation.external((c) => c.deps.services.announcements.send(id, actor) ?? null);
    if (!sent) {
      await say(ctx, italian("ann-already-sent", { id }));
      return;
    }
    await say(ctx, italian("ann-queued", { id, queued: sent.queued, blocked: sent.blocked, skipped: sent.skipped }));
    return;
  }
}

async function askAudience(form: Form): Promise<Audience> {
  const { ctx } = form;
  const italian = ctx.deps.italian;
  const { desks, booking } = ctx.deps.services;
  const types = ["all", "desk", "building", "activity", "languages"] as const;
  const type = await ask(form, italian("ann-ask-audience"), {
    keyboard: twoPerRow(types.map((t) => [italian(`ann-audience-${t}`), annAudience.pack({ type: t })])),
    pressed: read(annAudience, (v) => v.type),
  });
  if (type === "all") return { type };
  if (type === "desk") {
    if (!desks.several) return { type, deskId: desks.main.id };
    const deskId = await ask(form, italian("ann-ask-desk"), {
      keyboard: twoPerRow(desks.all.map((d) => [d.name, annDesk.pack({ deskId: d.id })])),
      pressed: read(annDesk, (v) => v.deskId),
    });
    return { type, deskId };
  }
  if (type === "building") {
    const building = await ask(form, italian("ann-ask-building"), {
      typed: {
        parse: (s) => (s.length >= BUILDING_CHARS.min && s.length <= BUILDING_CHARS.max ? s : undefined),
        hint: italian("ann-building-hint", BUILDING_CHARS),
      },
    });
    return { type, building };
  }
  if (type === "activity") {
    const activityId = await ask(form, italian("ann-ask-activity"), {
      keyboard: twoPerRow(booking.catalog.all.map((a) => [activityName(ctx, a.id), annActivity.pack({ activityId: a.id })])),
      pressed: read(annActivity, (v) => v.activityId),
    });
    return { type, activityId };
  }
  // Some languages: each press adds or removes one; "Done" once at least one is chosen.
  const chosen: string[] = [];
  for (;;) {
    const kb = new InlineKeyboard();
    LANGUAGE_CODES.forEach((code, i) => {
      const name = LANGUAGE_NAMES[code as keyof typeof LANGUAGE_NAMES];
      kb.text(chosen.includes(code) ? `✅ ${name}` : name, annLanguage.pack({ language: code }));
      if (i % 3 === 2) kb.row();
    });
    if (chosen.length) kb.row().text(italian("ann-languages-done"), annLanguage.pack({ language: "ok" }));
    const question = chosen.length
      ? italian("ann-ask-languages-chosen", { languages: chosen.map((c) => LANGUAGE_NAMES[c as keyof typeof LANGUAGE_NAMES]).join(", ") })
      : italian("ann-ask-languages");
    const language = await ask(form, question, { keyboard: kb, pressed: read(annLanguage, (v) => v.language) });
    if (language === "ok") return { type, languages: chosen };
    if (chosen.includes(language)) chosen.splice(chosen.indexOf(language), 1);
    else chosen.push(language);
  }
}

async function askWhen(form: Form): Promise<Date> {
  const { ctx } = form;
  const italian = ctx.deps.italian;
  const timezone = ctx.deps.config.timezone;
  const now = await deskNow(form);
  for (;;) {
    const date = await ask(form, italian("ann-ask-date"), { typed: { parse: (s) => parseCivilDay(s, now, timezone), hint: italian("new-session-date-hint") } });
    const time = await ask(form, italian("ann-ask-time"), { typed: { parse: parseTime, hint: italian("new-session-time-hint") } });
    const at = localToUtc(date, time, timezone);
    if (at && at > now) return at;
    await say(ctx, italian("ann-when-past"));
  }
}
