// Child process: WhatsApp webhooks through the desk's inbox. Usage: node build/bench/whatsapp.js [people]
// Each person writes for the first time ("Buongiorno"): Meta posts a signed webhook, the desk verifies the signature,
// turns the message into an update and journals it in the inbox (committed, synchronous=FULL) before its 200, then
// handles it like a Telegram update (the first-contact language list, sent through the Cloud API emulator, which
// refuses what Meta refuses and paces like Meta: 80 messages a second from one number).
// - intake: webhooks answered 200 per second, 50 in flight at once (Meta sends several at a time), and their latency;
// - handled: webhooks fully handled per second (bounded by Meta's 80 a second for the answers) and the CPU per webhook,
//   the desk's own cost, comparable with a Telegram update's (cpu_ms_per_update of the throughput bench).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CloudApiEmulator } from "#src/playground/whatsapp/cloud-api.js";
import { benchClock } from "./clock.js";
import { benchDesk } from "./desk.js";
import { fakeBotApi } from "./fake-api.js";
import { percentile } from "./scenario.js";

const people = Number(process.argv[2] ?? 2000);
const IN_FLIGHT = 50;
const ACCOUNT = {
  token: "EAAG-bench-system-user-token-00000000000",
  appSecret: "bench-app-secret-0123456789abcdef",
  phoneNumberId: "109876543210987",
  displayPhoneNumber: "390131000000",
  wabaId: "100000000000001",
};

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "noi-desk-bench-wa-"));
  const clock = benchClock();
  const api = fakeBotApi();
  const wa = new CloudApiEmulator({ now: () => clock.now(), ...ACCOUNT });
  const { config, db, app } = benchDesk({
    dir,
    clock,
    api,
    env: {
      WHATSAPP_TOKEN: ACCOUNT.token,
      WHATSAPP_APP_SECRET: ACCOUNT.appSecret,
      WHATSAPP_VERIFY_TOKEN: "verify-token-for-the-bench",
      WHATSAPP_PHONE_NUMBER_ID: ACCOUNT.phoneNumberId,
    },
    whatsappFetch: wa.fetch,
  });
  const receiver = app.whatsapp!.receiver;
  const handled: Array<Promise<void>> = [];
  const intake: number[] = [];
  wa.webhook = async (raw, headers) => {
    const t0 = performance.now();
    const answer = await receiver.receive("POST", config.whatsapp!.webhookPath, headers, raw);
    intake.push(performance.now() - t0);
    handled.push(answer.handled);
    return answer.status;
  };
  const ids = Array.from({ length: people + 50 }, (_, i) => {
    const waId = `39333${String(1_000_000 + i)}`;
    wa.addPerson(waId, `P${i}`);
    return waId;
  });
  // Warm-up on other people, as the throughput bench does.
  for (const waId of ids.slice(people)) await wa.says(waId, "Buongiorno");
  await Promise.all(handled.splice(0));
  intake.length = 0;

  const cpu = process.cpuUsage();
  const began = performance.now();
  let next = 0;
  let refused = 0;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < people) {
        const { status } = await wa.says(ids[next++]!, "Buongiorno");
        if (status !== 200) refused++;
      }
    }),
  );
  const intakeSeconds = (performance.now() - began) / 1000;
  await Promise.all(handled);
  const seconds = (performance.now() - began) / 1000;
  const used = process.cpuUsage(cpu);
  const answered = ids.slice(0, people).filter((id) => wa.received(id).length > 0).length;
  const inbox = db.$client.prepare("SELECT status, count(*) n FROM inbox GROUP BY status").all();
  console.log(
    JSON.stringify({
      people,
      in_flight: IN_FLIGHT,
      intake_webhooks_per_s: people / intakeSeconds,
      intake_p50_ms: percentile(intake, 50),
      intake_p99_ms: percentile(intake, 99),
      handled_per_s: people / seconds,
      cpu_ms_per_webhook: (used.user + used.system) / 1000 / people,
      answered,
      refused,
      inbox,
    }),
  );
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
}

void main();
