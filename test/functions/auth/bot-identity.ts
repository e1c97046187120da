import { randomUUID } from "node:crypto";

/**
 * The bot's registration in a test: a fresh app id, tenant and password for each test file (test
 * files run in their own module registry), and the advisors' Teams channel it posts to.
 */
export const APP_ID = randomUUID();
export const TENANT = randomUUID();
export const PASSWORD = `secret-${randomUUID()}`;
export const CHANNEL = "19:advisors0123456789abcdef@thread.tacv2";
