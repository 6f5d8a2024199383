import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import type { NewSessionsInput } from "../../domain/booking.js";
import { cb } from "../callback-data.js";
import type { BotContext, FlowContext } from "../context.js";
import { escapeHtml } from "../format.js";
import { stripIsolation } from "../i18n.js";

type Convo = Conversation<BotContext, FlowContext>;

const LENGTHS = [60, 90, 120, 180];
const WEEKS = [1, 2, 4, 8, 12];

/**
 * Staff create sessions in the operator group: activity, date, time, length, place, seats,
 * weekly repeats. Only the staff member who started it, in the same thread, drives it;
 * everything else in the group passes by untouched.
 */
export async function newSession(conversation: Convo, ctx: FlowContext, activityIds?: string[]) {
  const userId = ctx.from!.id;
  const thread = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
  const mine = (c: FlowContext) => {
    if (c.from?.id !== userId) return false;
    if (c.callbackQuery) return c.callbackQuery.data?.startsWith("f:") === true;
    const m = c.message;
    if (!m || (m.is_topic_message ? m.message_thread_id : undefined) !== thread) return false;
    // A reply answers a resident and another command is meant as such: neither is for this form.
    const isReply = m.reply_to_message !== undefined && m.reply_to_message.message_id !== m.message_thread_id;
    if (isReply) return false;
    return !(m.text?.startsWith("/") && !c.hasCommand("cancel"));
  };
  const reply = (c: FlowContext, html: string, kb?: InlineKeyboard) =>
    c.reply(html, { parse_mode: "HTML", ...(kb ? { reply_markup: kb } : {}) });

  async function press(pattern: RegExp): Promise<string> {
    for (;;) {
      const c = await conversation.waitUntil(mine, { next: true });
      if (c.callbackQuery?.data && pattern.test(c.callbackQuery.data)) {
        await c.answerCallbackQuery();
        await c.editMessageReplyMarkup().catch(() => undefined);
        return c.callbackQuery.data.match(pattern)![1]!;
      }
      if (c.callbackQuery) await c.answerCallbackQuery({ text: "Usa i bottoni dell'ultima domanda." });
      else if (c.hasCommand("cancel")) return cancelled(c);
      else await reply(c, "Usa i bottoni qui sopra (o /cancel per uscire).");
    }
  }

  async function text<T>(parse: (s: string) => T | undefined, hint: string, buttons?: RegExp): Promise<T | string> {
    for (;;) {
      const c = await conversation.waitUntil(mine, { next: true });
      if (buttons && c.callbackQuery?.data && buttons.test(c.callbackQuery.data)) {
        await c.answerCallbackQuery();
        await c.editMessageReplyMarkup().catch(() => undefined);
        return c.callbackQuery.data.match(buttons)![1]!;
      }
      if (c.callbackQuery) {
        await c.answerCallbackQuery();
        continue;
      }
      if (c.hasCommand("cancel")) return cancelled(c);
      const value = c.message?.text ? parse(c.message.text.trim()) : undefined;
      if (value !== undefined) return value;
      await reply(c, hint);
    }
  }

  async function cancelled(c: FlowContext): Promise<never> {
    await reply(c, "Creazione annullata. Non ho creato niente.");
    return conversation.halt();
  }

  const catalog = ctx.deps.services.booking.catalog;
  const activityKb = new InlineKeyboard();
  // The activities of the team (or teams) of whoever creates it: Azimut's staff schedule the carers' course, not lessons.
  catalog.all.filter((a) => !activityIds || activityIds.includes(a.id)).forEach((a, i) => {
    activityKb.text(stripIsolation(ctx.i18n.fluent.translate("it", `act-${a.id}`)), cb.flow(`na:${a.id}`));
    if (i % 2 === 1) activityKb.row();
  });
  await reply(ctx, "🗓 <b>Nuova sessione</b> (/cancel per uscire)\nQuale attività?", activityKb);
  const activityId = await press(/^f:na:([a-z0-9-]+)$/);
  const activity = catalog.get(activityId)!;
  const activityName = stripIsolation(ctx.i18n.fluent.translate("it", `act-${activity.id}`));

  const now = await conversation.now();
  await reply(ctx, `${escapeHtml(activityName)}. Che giorno? Scrivi la data, per esempio <code>03/12/2026</code>.`);
  const date = (await text((s) => parseDate(s, new Date(now)), "Non capisco la data. Scrivila così: 03/12/2026.")) as {
    year: number;
    month: number;
    day: number;
  };

  await reply(ctx, "A che ora inizia? Per esempio <code>17:30</code>.");
  const time = (await text(parseTime, "Non capisco l'ora. Scrivila così: 17:30.")) as { hour: number; minute: number };

  const lengthKb = new InlineKeyboard();
  for (const m of LENGTHS) lengthKb.text(`${m} min`, cb.flow(`len:${m}`));
  await reply(ctx, "Quanto dura? Scegli o scrivi i minuti.", lengthKb);
  const minutes = Number(await text((s) => parseIntIn(s, 15, 480), "Scrivi i minuti, da 15 a 480.", /^f:len:(\d+)$/));

  // One button per desk where the activity is held (its address comes from data/desk.json).
  const { desks } = ctx.deps.services;
  const where = desks.offering(activity.id).length ? desks.offering(activity.id) : [desks.main];
  const placeKb = new InlineKeyboard();
  for (const d of where) placeKb.text(`Sportello${desks.several ? ` ${d.name}` : ""}, ${d.address}`, cb.flow(`place:${d.id}`)).row();
  await reply(ctx, "Dove? Scegli lo sportello o scrivi il luogo.", placeKb);
  const placeAnswer = String(
    await text((s) => (s.length >= 3 && s.length <= 120 ? s : undefined), "Scrivi il luogo (da 3 a 120 caratteri).", /^f:place:([a-z0-9]{2,24})$/),
  );
  const atDesk = where.find((d) => d.id === placeAnswer);
  const place = atDesk ? null : placeAnswer;
  const desk = atDesk ?? where[0]!;

  const seatsKb = new InlineKeyboard().text(String(activity.defaultSeats), cb.flow(`seats:${activity.defaultSeats}`));
  await reply(ctx, "Quanti posti? Scegli o scrivi un numero.", seatsKb);
  const seats = Number(await text((s) => parseIntIn(s, 1, 200), "Scrivi un numero di posti da 1 a 200.", /^f:seats:(\d+)$/));

  const weeksKb = new InlineKeyboard();
  for (const w of WEEKS) weeksKb.text(w === 1 ? "Solo questa" : `${w} settimane`, cb.flow(`wk:${w}`));
  await reply(ctx, "Si ripete ogni settimana? Per quante settimane in tutto?", weeksKb);
  const weeks = Number(await text((s) => parseIntIn(s, 1, 52), "Scrivi un numero di settimane da 1 a 52.", /^f:wk:(\d+)$/));

  const input: NewSessionsInput = { activityId, date, time, minutes, place, seats, weeks, deskId: desk.id };
  const pad = (n: number) => String(n).padStart(2, "0");
  await reply(
    ctx,
    [
      "<b>Controlla</b>",
      `Attività: ${escapeHtml(activityName)}`,
      `Primo incontro: ${pad(date.day)}/${pad(date.month)}/${date.year} alle ${pad(time.hour)}:${pad(time.minute)}, ${minutes} min`,
      `Luogo: ${place ? escapeHtml(place) : `sportello${desks.several ? ` ${escapeHtml(desk.name)}` : ""}, ${escapeHtml(desk.address)}`}`,
      `Posti: ${seats}`,
      `Settimane: ${weeks}`,
    ].join("\n"),
    new InlineKeyboard().text("✅ Crea", cb.flow("create")).text("✖️ Annulla", cb.flow("abort")),
  );
  if ((await press(/^f:(create|abort)$/)) === "abort") {
    await reply(ctx, "Creazione annullata. Non ho creato niente.");
    return;
  }
  const actor = { id: userId, name: [ctx.from!.first_name, ctx.from!.last_name].filter(Boolean).join(" ") };
  const created = await conversation.external((c) => {
    const result = c.deps.services.booking.createSessions(input, actor);
    if ("error" in result) return { error: result.error };
    const fmt = new Intl.DateTimeFormat("it-IT", { timeZone: c.deps.config.timezone, weekday: "short", day: "2-digit", month: "2-digit", hour: "2-digit", minute: "2-digit" });
    return { lines: result.map((s) => `#${s.id} · ${fmt.format(s.startsAt)}`) };
  });
  if ("error" in created) {
    const why = created.error === "past" ? "la data è già passata" : created.error === "invalid-date" ? "la data non esiste" : "attività sconosciuta";
    await reply(ctx, `Non ho creato niente: ${why}. Ricomincia con /newsession.`);
    return;
  }
  await reply(ctx, [`✅ Create ${created.lines.length} sessioni di ${escapeHtml(activityName)}:`, ...created.lines].join("\n"));
}

export function parseDate(s: string, now: Date): { year: number; month: number; day: number } | undefined {
  const m = s.match(/^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?$/);
  if (!m) return undefined;
  const day = Number(m[1]);
  const month = Number(m[2]);
  let year = m[3] ? Number(m[3]) : now.getUTCFullYear();
  if (year < 100) year += 2000;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return { year, month, day };
}

export function parseTime(s: string): { hour: number; minute: number } | undefined {
  const m = s.match(/^(\d{1,2})[:.](\d{2})$/);
  if (!m) return undefined;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  return hour < 24 && minute < 60 ? { hour, minute } : undefined;
}

function parseIntIn(s: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(s)) return undefined;
  const n = Number(s);
  return n >= min && n <= max ? n : undefined;
}
