import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { loadConfig, type Config } from "../infra/config/env";
import { createApologyApp, createApp, resolveSecrets, type App } from "./app/composition-root";
import { jsonResponse } from "./http/bot-http";
import { log } from "./app/logging";

let config: Promise<Config> | undefined;
let app: Promise<App> | undefined;

/**
 * Built once per cold start; a failed start is retried by the next invocation, not cached. While the
 * app cannot start for want of its data (DynamoDB), a message gets the apology rather than a 500; a
 * configuration or secret that cannot be read still fails the invocation (nothing could authenticate).
 */
async function getApp(): Promise<App> {
  config ??= resolveSecrets(loadConfig());
  config.catch(() => (config = undefined));
  const resolved = await config;
  app ??= createApp(resolved);
  app.catch(() => (app = undefined));
  try {
    return await app;
  } catch (error) {
    log("error", "start_failed", { error });
    return createApologyApp(resolved);
  }
}

/**
 * Builds the app ahead of the first request, as the first invocation would (the benchmark times the
 * two apart; a warmer or provisioned concurrency may call it during initialisation).
 */
export async function prepare(): Promise<void> {
  await getApp();
}

/** POST /api/messages behind an API Gateway HTTP API (payload v2). */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  // Before the cold start: the turn's budget counts from here, so a slow start shortens the turn
  // rather than pushing the reply past the channel's ~15 s and the function's timeout.
  const receivedAt = Date.now();
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body) : "";
  const instance = await getApp();
  try {
    return await instance.handle({ requestId: event.requestContext.requestId, receivedAt, method: event.requestContext.http.method, headers: event.headers ?? {}, body });
  } catch (error) {
    log("error", "request_failed", { error });
    return jsonResponse(500, { error: "The assistant could not process this activity." });
  }
}
