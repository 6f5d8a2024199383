import { afterEach, describe, expect, it } from "vitest";
import { OPERATOR_CHAT_ID, TestDesk, } from "./harness/desk.js";
import { t } from "./harness/texts.js";

/**
 * A team's operator group may have topics (a forum) or not. Either way staff must see everything the resident
 * said: the card with the description, and under it (in the topic, or as replies to the card) a voice note, a
 * photo and what they write later.
 */

let desk: TestDesk;
afterEach(() => desk?.close());


for (const forum of [true, false]) {
  describe(forum ? "a group with topics" : "a group without topics", () => {
    it("staff see the card with the description, the voice note, the photo and a later message", async () => {
      desk = new TestDesk({ forum });
      const amira = desk.resident("Amira", "ar");
      await amira.onboards();
      await amira.presses(t("ar", "menu-desk"));
      await amira.presses(t("ar", "cat-housing"));
      await amira.says("الماء يتسرب من السقف في المطبخ");
      await amira.sendsVoice(14);
      await amira.sendsPhoto("السقف");
      await amira.presses(t("ar", "req-visit-desk"));
      await amira.presses(t("ar", "req-send"));
      await desk.dispatch();
      const request = desk.deps.services.requests.openFor(amira.user.id)!;
      expect(Boolean(request.topicId)).toBe(forum);

      const card = desk.group().find((m) => m.message_id === request.cardMessageId)!;
      expect(card.plain).toContain("الماء يتسرب من السقف في المطبخ");
      // Under the card (in its topic, or replying to it): the voice note and the photo, each with who sent it.
      const under = desk.group().filter((m) => m.fromBot && m.message_id > card.message_id && (forum ? m.message_thread_id === request.topicId : m.reply_to_message?.message_id === card.message_id));
      expect(under.some((m) => m.voice && m.caption?.includes("#1"))).toBe(true);
      expect(under.some((m) => m.photo && m.caption?.includes("السقف"))).toBe(true);

      await amira.says("والآن الماء في غرفة النوم أيضا");
      await desk.dispatch();
      const later = desk.group().at(-1)!;
      expect(later.plain).toContain("والآن الماء في غرفة النوم أيضا");
      if (forum) expect(later.message_thread_id).toBe(request.topicId);
      else expect(later.reply_to_message?.message_id).toBe(card.message_id);
      // Nothing in the general chat but the card, when there are no topics (and nothing at all with topics).
      const loose = desk.em.messages(OPERATOR_CHAT_ID).filter((m) => m.fromBot && !m.message_thread_id && m.message_id !== card.message_id && !m.reply_to_message);
      expect(loose.map((m) => m.plain)).toEqual([]);
    });
  });
}

/**
 * From outside, a harness once saw only the card (category, name, address, status) in a group without topics, and
 * nothing under it for a minute. Here at Telegram's own pace (20 posts a minute, the emulator refusing more) and on
 * the desk's scheduler tick (the outbox runs every second): within 60 s of "Send", staff of either kind of group read
 * the description on the card and have the voice note and the photo under it.
 */
for (const forum of [false, true]) {
  it(`${forum ? "with" : "without"} topics, at Telegram's pace: an Arabic resident's description, voice note and photo reach staff within a minute`, async () => {
    desk = new TestDesk({ forum, env: { GROUP_POSTS_PER_MINUTE: "20" } });
    desk.em.limits = { groupPerMinute: 20, privatePerSecond: 30, overallPerSecond: 30, groupRetryAfter: 40 };
    // The group is not idle: two neighbours filed just before.
    for (const [i, name] of ["Ion", "Li"].entries()) {
      const r = desk.resident(name, i ? "zh" : "ro");
      await r.onboards();
      await r.presses(t(i ? "zh" : "ro", "menu-desk"));
      await r.presses(t(i ? "zh" : "ro", "cat-rent"));
      await r.says(`Affitto ${name}`);
      await r.presses(t(i ? "zh" : "ro", "req-visit-desk"));
      await r.presses(t(i ? "zh" : "ro", "req-send"));
    }
    const amira = desk.resident("Amira", "ar");
    await amira.onboards();
    await amira.presses(t("ar", "menu-desk"));
    await amira.presses(t("ar", "cat-housing"));
    await amira.says("الماء يتسرب من السقف في المطبخ منذ يومين");
    await amira.sendsVoice(14);
    await amira.sendsPhoto();
    await amira.presses(t("ar", "req-visit-home"));
    await amira.says("via Gandolfi 20, scala B, piano 3");
    await amira.presses(t("ar", "req-send"));
    const sent = desk.clock.now().getTime();
    const request = desk.deps.services.requests.openFor(amira.user.id)!;

    const seen = () => {
      const card = request && desk.group().find((m) => m.message_id === desk.deps.services.requests.get(request.id)!.cardMessageId);
      if (!card) return false;
      const under = desk.group().filter((m) => m.fromBot && !m.deleted && (forum ? m.message_thread_id === card.message_thread_id : m.reply_to_message?.message_id === card.message_id));
      return card.plain!.includes("الماء يتسرب من السقف في المطبخ منذ يومين") && card.plain!.includes("via Gandolfi 20") && under.some((m) => m.voice) && under.some((m) => m.photo);
    };
    while (!seen() && desk.clock.now().getTime() - sent < 120_000) {
      await desk.app.dispatcher.run();
      if (!seen()) desk.clock.advance(1000);
    }
    expect(seen()).toBe(true);
    expect(desk.clock.now().getTime() - sent).toBeLessThanOrEqual(60_000);
    // The desk kept to the group's cap: Telegram refused none of its posts there.
    expect(desk.em.limited.filter((l) => l.reason === "group")).toEqual([]);
  });
}
