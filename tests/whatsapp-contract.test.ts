import { Text } from "whatsapp-api-js/messages";
import { describe, expect, it } from "vitest";
import { CloudClient } from "#src/channels/whatsapp/client.js";

/**
 * The Cloud API itself, for what the emulator claims about it: runs only with a real token and a test number
 * (WHATSAPP_TOKEN, WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_TEST_RECIPIENT, a number added to the test number's recipients).
 */
const env = process.env;
const live = Boolean(env.WHATSAPP_TOKEN && env.WHATSAPP_PHONE_NUMBER_ID && env.WHATSAPP_TEST_RECIPIENT);

describe.skipIf(!live)("the real Graph API agrees with the emulator", () => {
  const client = () =>
    new CloudClient({
      token: env.WHATSAPP_TOKEN!,
      appSecret: env.WHATSAPP_APP_SECRET ?? "unused-for-these-calls-0000",
      verifyToken: "unused-for-these-calls-0000",
      phoneNumberId: env.WHATSAPP_PHONE_NUMBER_ID!,
      apiVersion: env.WHATSAPP_API_VERSION ?? "v23.0",
      webhookPath: "/whatsapp",
      host: "127.0.0.1",
      port: 0,
    });

  it("refuses a fourth reply button with a parameter error, as the emulator does", async () => {
    const raw = client().rawFetch;
    const response = await raw(`https://graph.facebook.com/${env.WHATSAPP_API_VERSION ?? "v23.0"}/${env.WHATSAPP_PHONE_NUMBER_ID}/messages`, {
      method: "POST",
      headers: { authorization: `Bearer ${env.WHATSAPP_TOKEN}`, "content-type": "application/json" },
      body: JSON.stringify({
        messaging_product: "whatsapp",
        to: env.WHATSAPP_TEST_RECIPIENT,
        type: "interactive",
        interactive: { type: "button", body: { text: "Test" }, action: { buttons: [1, 2, 3, 4].map((i) => ({ type: "reply", reply: { id: `b${i}`, title: `B${i}` } })) } },
      }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: number } };
    expect([100, 131009]).toContain(body.error.code);
  });

  it("accepts a text to the test recipient (it must have written within 24 hours) and gives a wamid", async () => {
    const wamid = await client().send(env.WHATSAPP_TEST_RECIPIENT!, new Text("NOI Desk contract test"));
    expect(wamid).toMatch(/^wamid\./);
  });
});
