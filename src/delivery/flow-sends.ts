import { type Api, GrammyError, type RawApi, type Transformer } from "grammy";
import type { ApiResponse } from "grammy/types";
import { silentAnswerBody } from "./after-commit.js";
import type { GroupLedger } from "./group-ledger.js";

/** What a fetch needs to wait for before a call leaves the process: the writes before it, committed. */
interface Commits {
  readonly pending: boolean;
  settled(): Promise<void>;
}

/** One update's calls through its fetch: the flows' sends on their way, and how many fetches were made. */
interface UpdateCalls {
  sends: FlowSend[];
  fetched: number;
}

/** Answers the conversations plugin gave from its log (a replayed step), as the flow's transformers above it see them. */
const fromLog = new WeakSet<object>();

/**
 * Whether a call of a flow was answered from the conversations plugin's log: a step replayed, not made now. The
 * desk's transformers above the log (offered buttons, the voice companion, the live 🔊) did their work when the call
 * was made; done again on every replay it cost a flow's later steps more than the step itself, and a voice note
 * promised again after a restart (the companion's memory of what it followed is gone) would be heard twice.
 */
export function answeredFromLog(res: unknown): boolean {
  return typeof res === "object" && res !== null && fromLog.has(res);
}

/** A flow's send on its way: what the fetch below the conversations plugin's log needs to settle a lost answer. */
interface FlowSend {
  method: string;
  payload: Record<string, unknown>;
  chatId: number;
  /** The highest id seen in the chat before it went: a lost send can only be above. */
  before: number | undefined;
  /** The fetch for it was made (not an answer replayed from the plugin's log). */
  live: boolean;
}

/** Calls that show a new message to a resident, whose lost answer can be looked for (see GroupLedger.findLost). */
const SETTLED_BELOW = new Set(["sendMessage", "sendPhoto", "sendDocument", "sendVoice", "sendAudio", "sendVideo", "copyMessage"]);

/**
 * A question inside a flow whose answer was lost (Telegram carried the call out, the connection dropped) is settled
 * *below* the conversations plugin's log, so the log holds one answer for one question and a replay stays in step.
 *
 * The plugin logs every call a flow makes, under the desk's transformers, and answers a replayed step from that log:
 * a retry or a probe made above it would be logged as extra steps, and the next replay, which no longer needs them,
 * would be out of step ("Bad replay"). So the flow's Api marks each send it makes (`transformerFor`, installed innermost
 * among the flow's transformers), and the fetch under the update's Api (`fetchFor`) settles a marked send whose connection broke:
 * it looks for it where only it can be and sends it again only when it is not there (`settle`, an Api of its own with
 * the ledger's probe, outside any flow). The plugin then logs what Telegram showed: the resident sees the question
 * once, and the flow goes on as if nothing had happened.
 *
 * The mark goes from the transformer to the fetch through the update: the update's Api is built on a fetch of its own
 * (`fetchFor`), the plugin builds each flow's Api on the update's client options, so each flow's fetch is its update's,
 * and the flow's transformer (`transformerFor(flow's Api)`) finds that update's list of sends on their way. Nothing is
 * kept in an AsyncLocalStorage: one active store would switch on Node's promise hooks for every promise of every update.
 */
export class FlowSends {
  /** Each update's sends on their way and its count of fetches, by the fetch under its Api (and under its flows'). */
  private readonly updates = new WeakMap<object, UpdateCalls>();

  constructor(
    private readonly ledger: GroupLedger,
    /** Sends again after a loss, looking for the lost one first (the ledger's probe), outside the flow's log. */
    private readonly settle: (method: string, payload: Record<string, unknown>) => Promise<ApiResponse<unknown>>,
    /** Chats whose sends can be looked for (Telegram's; not a channel that answers the Bot API itself). */
    private readonly probeable: (chatId: number) => boolean = () => true,
    /**
     * The turn's commit, waited for in the fetch itself (see delivery/after-commit.ts) by every call of the update's Api
     * and of its flows', which carry no wait of their own: below the plugin's log, so a replayed step, which sends
     * nothing, waits for no commit (with many updates in hand, one per step), and no call waits twice.
     */
    private readonly commits?: Commits,
  ) {}

  /**
   * Installed on each flow's Api, first (just above the plugin's log), so each attempt of a retry is marked anew; the
   * flow's Api is built on its update's client options, whose fetch settles what is marked here.
   */
  transformerFor(flowApi: Api): Transformer {
    const fetch = flowApi.options?.fetch;
    const calls = fetch ? this.updates.get(fetch) : undefined;
    if (!calls) return (prev, method, payload, signal) => prev(method, payload, signal);
    return async (prev, method, payload, signal) => {
      const fetched = calls.fetched;
      const chatId = Number((payload as { chat_id?: unknown }).chat_id);
      if (!SETTLED_BELOW.has(method) || !Number.isSafeInteger(chatId) || chatId <= 0 || !this.probeable(chatId)) {
        const res = await prev(method, payload, signal);
        // No fetch of this update's was made meanwhile: the answer came from the log. (A concurrent call's fetch makes
        // a replay look live, which only means the transformers above do their work once more, as they always did.)
        if (calls.fetched === fetched) fromLog.add(res);
        return res;
      }
      const send: FlowSend = { method, payload: payload as Record<string, unknown>, chatId, before: this.ledger.max(chatId), live: false };
      calls.sends.push(send);
      let res: Awaited<ReturnType<typeof prev>>;
      try {
        res = await prev(method, payload, signal);
      } finally {
        calls.sends.splice(calls.sends.indexOf(send), 1);
      }
      // Made by this process now, not replayed from the log: ids above it in the chat can be told apart from an earlier run's.
      const id = res.ok ? (res.result as { message_id?: unknown } | undefined)?.message_id : undefined;
      if (send.live && typeof id === "number") this.ledger.own(chatId, id);
      if (!send.live) fromLog.add(res);
      return res;
    };
  }

  /** The fetch under one update's Api (and its flows'): only a send marked by its flows' transformer is settled here, once. */
  fetchFor(inner: typeof fetch): typeof fetch {
    const calls: UpdateCalls = { sends: [], fetched: 0 };
    const inFlight = calls.sends;
    const fetchFn: typeof fetch = async (input, init) => {
      calls.fetched++;
      if (this.commits?.pending && !silentAnswerBody(urlOf(input), init?.body)) await this.commits.settled();
      const send = inFlight.length ? markedFor(inFlight, input, init) : undefined;
      if (!send) return inner(input, init);
      send.live = true;
      // The same words were lost before and are not accounted for (an earlier attempt): look for them first.
      if (this.ledger.owed(send.method, send.payload)) return this.settled(send);
      try {
        return await inner(input, init);
      } catch {
        // Carried out, perhaps. Whatever settles it runs outside this send (its calls are not the flow's steps).
        this.ledger.lostSend(send.method, send.payload, send.before);
        return this.settled(send);
      }
    };
    this.updates.set(fetchFn, calls);
    return fetchFn;
  }

  /** What Telegram shows for the send, found or sent again (on the settling Api, below no flow); a broken connection here is the flow's retry's to handle. */
  private async settled(send: FlowSend): Promise<Response> {
    const res = await this.settle(send.method, send.payload);
    return new Response(JSON.stringify(res), { status: 200, headers: { "content-type": "application/json" } });
  }
}

/**
 * The marked send this fetch carries, if any: the same method and (when the body can be read) the same chat — a call
 * of the update's own Api that is not a flow's goes through the same fetch unmarked.
 */
function markedFor(inFlight: FlowSend[], input: Parameters<typeof fetch>[0], init: RequestInit | undefined): FlowSend | undefined {
  const url = urlOf(input);
  const body = init?.body;
  let chatId: number | undefined;
  for (const send of inFlight) {
    if (send.live || !url.endsWith(`/${send.method}`)) continue;
    if (typeof body !== "string") return send;
    chatId ??= chatIdOf(body);
    if (chatId === send.chatId) return send;
  }
  return undefined;
}

/** A call through `api` (its transformers: the ledger's recorder and the retries with their probe) as the Bot API answered it. */
export function answerThrough(api: Api): (method: string, payload: Record<string, unknown>) => Promise<ApiResponse<unknown>> {
  return async (method, payload) => {
    try {
      const call = api.raw[method as keyof RawApi] as unknown as (p: Record<string, unknown>) => Promise<unknown>;
      return { ok: true, result: await call(payload) };
    } catch (error) {
      if (!(error instanceof GrammyError)) throw error;
      return { ok: false, error_code: error.error_code, description: error.description, ...(error.parameters ? { parameters: error.parameters } : {}) };
    }
  };
}

/**
 * The chat of a JSON body grammY made: its payloads begin with chat_id, read from the text's start without parsing
 * the whole body (a parse per send was a flow's cost); any other shape is parsed.
 */
function chatIdOf(body: string): number {
  const start = /^\{"chat_id":(-?\d+)[,}]/.exec(body);
  return start ? Number(start[1]) : Number((JSON.parse(body) as { chat_id?: unknown }).chat_id);
}

function urlOf(input: Parameters<typeof fetch>[0]): string {
  if (typeof input === "string") return input;
  return input instanceof URL ? input.href : input.url;
}
