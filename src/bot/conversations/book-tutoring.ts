import type { Conversation } from "@grammyjs/conversations";
import { InlineKeyboard } from "grammy";
import { type Child, MAX_CHILD_NAME } from "../../domain/booking.js";
import { cb } from "../callback-data.js";
import { press } from "./press.js";
import type { BotContext, FlowContext } from "../context.js";
import { answerBooking, sessionsKeyboard, upcomingChoices, viewOf } from "../features/booking.js";
import { backToMenu } from "../keyboards/main-menu.js";
import { residentDesk } from "../views/desks.js";

type Convo = Conversation<BotContext, FlowContext>;

/** A first name, nothing else: letters, spaces, apostrophes and hyphens. */
const CHILD_NAME = new RegExp(`^[\\p{L}\\p{M}][\\p{L}\\p{M}' -]{0,${MAX_CHILD_NAME - 1}}$`, "u");

/**
 * A parent books after-school help: the child's first name and class (nothing else about the
 * child), the subject, a date; then maybe another child.
 */
export async function bookTutoring(conversation: Convo, ctx: FlowContext) {
  const residentId = ctx.from!.id;
  const catalog = ctx.deps.services.booking.catalog;
  await ctx.reply(ctx.t("tutoring-privacy-note"));
  for (;;) {
    await ctx.reply(ctx.t("tutoring-child-name"));
    let name: string;
    for (;;) {
      const answer = await conversation.waitFor("message:text", {
        otherwise: (c) => c.reply(c.t("tutoring-child-name")),
      });
      const text = answer.message.text.trim().replace(/\s+/g, " ");
      if (CHILD_NAME.test(text)) {
        name = text;
        break;
      }
      await answer.reply(answer.t("tutoring-child-name-invalid"));
    }

    // The classes served at the resident's desk.
    const here = residentDesk(ctx).activities;
    const classes = catalog.inGroup("tutoring").filter((a) => here.includes(a.id)).flatMap((a) => a.classes ?? []);
    const classKb = new InlineKeyboard();
    classes.forEach((c, i) => {
      classKb.text(ctx.t(`class-${c}`), cb.flow(`cls:${c}`));
      if (i % 2 === 1) classKb.row();
    });
    const classQuestion = await ctx.reply(ctx.t("tutoring-child-class", { child: name }), { reply_markup: classKb });
    const schoolClass = (await press(conversation, classQuestion, /^f:cls:([a-z0-9]+)$/)).match[1]!;
    const activity = catalog.forClass(schoolClass);
    if (!activity) return ctx.reply(ctx.t("button-expired"));

    const subjectKb = new InlineKeyboard();
    (activity.subjects ?? []).forEach((s, i) => {
      subjectKb.text(ctx.t(`subject-${s}`), cb.flow(`sub:${s}`));
      if (i % 2 === 1) subjectKb.row();
    });
    const subjectQuestion = await ctx.reply(ctx.t("tutoring-subject", { child: name }), { reply_markup: subjectKb });
    const subject = (await press(conversation, subjectQuestion, /^f:sub:([a-z]+)$/)).match[1]!;
    const child: Child = { name, schoolClass, subject };

    // Read once and remembered: a replay must see the same dates even if staff change them meanwhile.
    const choices = await conversation.external((c) => upcomingChoices(c, activity.id));
    const kb = await sessionsKeyboard(ctx, choices, { book: (id) => cb.flow(`s:${id}`), wait: (id) => cb.flow(`w:${id}`) });
    if (!choices.length) {
      await ctx.reply(ctx.t("book-no-sessions"));
    } else {
      const dates = await ctx.reply(
        ctx.t("book-sessions", { activity: ctx.t(`act-${activity.id}`), description: ctx.t(`act-${activity.id}-desc`) }),
        { parse_mode: "HTML", reply_markup: kb },
      );
      const pick = (await press(conversation, dates, /^f:(s|w):(\d+)$/)).match;
      const sessionId = Number(pick[2]);
      let view = await conversation.external((c) =>
        viewOf(
          pick[1] === "s"
            ? c.deps.services.booking.book(residentId, sessionId, child)
            : c.deps.services.booking.joinWaitlist(residentId, sessionId, child),
        ),
      );
      if (!view.ok && view.reason === "full") {
        const full = await ctx.reply(ctx.t("book-full"), {
          reply_markup: new InlineKeyboard().text(ctx.t("book-join-waitlist"), cb.flow("join")).row().text(ctx.t("tutoring-another-no"), cb.flow("skip")),
        });
        if ((await press(conversation, full, /^f:(join|skip)$/)).match[1] === "join") {
          view = await conversation.external((c) => viewOf(c.deps.services.booking.joinWaitlist(residentId, sessionId, child)));
        }
      }
      if (view.ok || view.reason !== "full") await answerBooking(ctx, view);
    }

    const more = new InlineKeyboard()
      .text(ctx.t("tutoring-another-yes"), cb.flow("more"))
      .row()
      .text(ctx.t("tutoring-another-no"), cb.flow("enough"));
    const another = await ctx.reply(ctx.t("tutoring-another"), { reply_markup: more });
    if ((await press(conversation, another, /^f:(more|enough)$/)).match[1] === "enough") {
      await ctx.reply(ctx.t("reminder-thanks"), { reply_markup: backToMenu(ctx) });
      return;
    }
  }
}
