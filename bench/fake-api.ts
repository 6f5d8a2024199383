/**
 * A lean Bot API at the fetch layer for benchmarks: it answers every method the bot uses with a
 * plausible result and keeps only counters, so the harness costs little and the same for the
 * real bot and the bare-grammY baseline.
 */
export function fakeBotApi() {
  let messageId = 1;
  let topicId = 1000;
  const calls = new Map<string, number>();
  // The last few keyboards per chat, so a scripted press can name the message that offered its
  // button, as Telegram does (the desk refuses presses on data a message never offered).
  const keyboards = new Map<number, Array<{ message_id: number; reply_markup: any }>>();
  const remember = (chatId: number, id: number, markup: any) => {
    const list = (keyboards.get(chatId) ?? []).filter((k) => k.message_id !== id);
    if (markup?.inline_keyboard) list.push({ message_id: id, reply_markup: markup });
    keyboards.set(chatId, list.slice(-4));
  };
  const me = { id: 7_000_000_001, is_bot: true, first_name: "NOI Desk", username: "noi_desk_bot", can_join_groups: true, can_read_all_group_messages: true, supports_inline_queries: false };
  const fetch = async (input: any, init?: any): Promise<Response> => {
    const url = typeof input === "string" ? input : input.url;
    const method = url.slice(url.lastIndexOf("/") + 1);
    calls.set(method, (calls.get(method) ?? 0) + 1);
    const body = typeof init?.body === "string" ? JSON.parse(init.body) : {};
    const chat = (id: number) => (id < 0 ? { id, type: "supergroup", title: "Operatori", is_forum: true } : { id, type: "private", first_name: "R" });
    let result: unknown = true;
    switch (method) {
      case "getMe":
        result = me;
        break;
      case "sendMessage":
      case "sendDocument":
      case "sendPhoto":
      case "sendVenue":
        // Telegram echoes the keyboard in the sent message, and the desk checks presses against it.
        result = { message_id: messageId++, date: 1_790_000_000, chat: chat(Number(body.chat_id)), text: body.text ?? "", ...(body.reply_markup?.inline_keyboard ? { reply_markup: body.reply_markup } : {}) };
        if (body.reply_markup) remember(Number(body.chat_id), messageId - 1, body.reply_markup);
        break;
      case "copyMessage":
        result = { message_id: messageId++ };
        break;
      case "editMessageText":
        result = { message_id: Number(body.message_id), date: 1_790_000_000, chat: chat(Number(body.chat_id)), text: body.text };
        remember(Number(body.chat_id), Number(body.message_id), body.reply_markup);
        break;
      case "editMessageReplyMarkup":
        remember(Number(body.chat_id), Number(body.message_id), body.reply_markup);
        break;
      case "createForumTopic":
        result = { message_thread_id: topicId++, name: body.name, icon_color: 7322096 };
        break;
      case "getChat":
        result = chat(Number(body.chat_id));
        break;
      case "getChatMember":
        // Staff in the benches have ids below 1,000,000; residents (1,000,000 and up) are not in the operator group,
        // or every resident would be taken for staff.
        result = { status: Number(body.user_id) < 1_000_000 ? "member" : "left", user: { id: Number(body.user_id), is_bot: false, first_name: "S" } };
        break;
    }
    return new Response(JSON.stringify({ ok: true, result }), { status: 200, headers: { "content-type": "application/json" } });
  };
  /** The newest message in a chat whose keyboard offers `data`. */
  const offering = (chatId: number, data: string) =>
    keyboards
      .get(chatId)
      ?.slice()
      .reverse()
      .find((k) => k.reply_markup.inline_keyboard.some((row: any[]) => row.some((b) => b.callback_data === data)));
  /** The first of `choices` some message in the chat offers, with the newest message offering it (see scenario's Offering). */
  const firstOffered = (chatId: number, choices: readonly string[]) => {
    for (const data of choices) {
      const found = offering(chatId, data);
      if (found) return { data, ...found };
    }
    return undefined;
  };
  /** Every button the chat's last keyboards offer (for a script that lost its way). */
  const offered = (chatId: number): string[] =>
    (keyboards.get(chatId) ?? []).flatMap((k) => k.reply_markup.inline_keyboard.flat().map((b: any) => b.callback_data));
  /**
   * A chat the script is done with: its keyboards go. The harness shares the desk's process, and 10,000 finished chats'
   * keyboards would count in the desk's peak RSS (bench/footprint.ts) though Telegram, not the desk, keeps them.
   */
  const forget = (chatId: number) => keyboards.delete(chatId);
  return { fetch, me, calls, offering, firstOffered, offered, forget };
}

/**
 * Telegram's side of the limits in front of a fake Bot API, judged on the benchmark's clock: 30 messages a second
 * overall and one a second per chat, else 429 with retry_after 1, as Telegram answers. Counts what each private
 * chat received (a second copy is a duplicate), when each chat last got one, and the 429s.
 */
export function telegramPace(clock: { now(): Date }, inner: (input: any, init?: any) => Promise<Response>) {
  const sent: number[] = [];
  const perChat = new Map<number, number>();
  const received = new Map<number, number>();
  const counters = { http429: 0 };
  const fetch = async (input: any, init?: any): Promise<Response> => {
    const url = typeof input === "string" ? input : input.url;
    if (url.endsWith("/sendMessage")) {
      const chat = Number(JSON.parse(init.body).chat_id);
      const now = clock.now().getTime();
      while (sent.length && now - sent[0]! >= 1000) sent.shift();
      if (sent.length >= 30 || now - (perChat.get(chat) ?? -Infinity) < 1000) {
        counters.http429++;
        return new Response(JSON.stringify({ ok: false, error_code: 429, description: "Too Many Requests: retry after 1", parameters: { retry_after: 1 } }), { status: 429 });
      }
      sent.push(now);
      perChat.set(chat, now);
      if (chat > 0) received.set(chat, (received.get(chat) ?? 0) + 1);
    }
    return inner(input, init);
  };
  return { fetch, perChat, received, counters };
}
