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
