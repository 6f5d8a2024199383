/** The Cloud API emulator's account, and the desk's settings that match it. */
export const WHATSAPP_TEST_SETTINGS = {
  token: "EAAG-emulated-system-user-token-0000000000",
  appSecret: "emulated-app-secret-0123456789abcdef",
  phoneNumberId: "109876543210987",
  displayPhoneNumber: "390131000000",
  wabaId: "100000000000001",
};

export const WHATSAPP_VERIFY_TOKEN = "verify-token-for-the-emulator";

export function whatsappEnv(): Record<string, string> {
  return {
    WHATSAPP_TOKEN: WHATSAPP_TEST_SETTINGS.token,
    WHATSAPP_APP_SECRET: WHATSAPP_TEST_SETTINGS.appSecret,
    WHATSAPP_VERIFY_TOKEN,
    WHATSAPP_PHONE_NUMBER_ID: WHATSAPP_TEST_SETTINGS.phoneNumberId,
  };
}
