import type { SSMClient } from "@aws-sdk/client-ssm";
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { readSecretParameter } from "../infra/config/secrets";
import { loadWebchatTokenConfig, type WebchatTokenConfig } from "../infra/config/webchat-token.env";
import { jsonResponse, type HttpRequest, type HttpResponse } from "./http/bot-http";
import { generateDirectLineToken } from "./http/direct-line.client";
import { directLineUserId } from "./http/identity";
import { log, withCorrelation } from "./app/logging";
import { createWebsiteTokenVerifier } from "./http/website-token";

/**
 * POST /api/webchat/token: the university website, for a learner who signed in on it, exchanges its
 * own signed token (Authorization: Bearer <JWT>) for a Direct Line token bound to that learner
 * (user id `dl_<learnerId>`), which the page gives to Web Chat. The Direct Line secret never leaves
 * this function; the browser only ever holds a token for one conversation of one learner.
 */
export interface WebchatTokenService {
  handle(request: HttpRequest): Promise<HttpResponse>;
}

/** Secrets that deployed stages keep out of the environment: the Direct Line secret, from SSM. */
export async function resolveDirectLineSecret(config: WebchatTokenConfig, ssm?: SSMClient): Promise<string> {
  if (config.DIRECT_LINE_SECRET) return config.DIRECT_LINE_SECRET;
  return readSecretParameter(config.DIRECT_LINE_SECRET_PARAMETER, config.AWS_REGION, ssm);
}

export async function createWebchatTokenService(config: WebchatTokenConfig, options: { ssm?: SSMClient } = {}): Promise<WebchatTokenService> {
  const secret = await resolveDirectLineSecret(config, options.ssm);
  const verify = createWebsiteTokenVerifier(config);
  return {
    async handle(request) {
      if (request.method.toUpperCase() !== "POST") {
        return noStore(jsonResponse(405, { error: `Method ${request.method} is not allowed on this route.`, expected: "POST with Authorization: Bearer <the website's signed token>" }));
      }
      const identity = await verify(header(request.headers, "authorization"));
      if (!identity.ok) {
        return noStore(
          identity.status === 401
            ? jsonResponse(401, { error: `Authentication failed: ${identity.reason}.`, expected: "Authorization: Bearer <a valid token signed by the university's website for this service>" })
            : jsonResponse(503, { error: `Sign-in cannot be checked right now: ${identity.reason}.`, expected: "the same request again later" }),
        );
      }
      const minted = await generateDirectLineToken({
        endpoint: config.DIRECT_LINE_ENDPOINT,
        secret,
        userId: directLineUserId(identity.learnerId),
        trustedOrigins: config.DIRECT_LINE_TRUSTED_ORIGINS,
        timeoutMs: config.DIRECT_LINE_TIMEOUT_MS,
      });
      if (!minted.ok) {
        log("error", "direct_line_token_failed", { reason: minted.reason });
        return noStore(jsonResponse(502, { error: "Direct Line did not issue a token.", expected: "the same request again later" }));
      }
      // No learner id, token or secret in the logs: the event is enough to count sign-ins.
      log("info", "webchat_token_issued", { expiresIn: minted.expiresIn });
      return noStore(jsonResponse(200, { token: minted.token, conversationId: minted.conversationId, expiresIn: minted.expiresIn }));
    },
  };
}

/** A token is a credential: no cache anywhere may keep it. */
function noStore(response: HttpResponse): HttpResponse {
  return { ...response, headers: { ...response.headers, "cache-control": "no-store" } };
}

function header(headers: Record<string, string | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) if (key.toLowerCase() === name) return value;
  return undefined;
}

let service: Promise<WebchatTokenService> | undefined;

/** Built once per cold start; a failed start is retried by the next invocation, not cached. */
function getService(): Promise<WebchatTokenService> {
  service ??= Promise.resolve()
    .then(() => loadWebchatTokenConfig())
    .then((config) => createWebchatTokenService(config));
  service.catch(() => (service = undefined));
  return service;
}

/** POST /api/webchat/token behind an API Gateway HTTP API (payload v2). */
export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2> {
  const instance = await getService();
  const body = event.body ? (event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body) : "";
  return withCorrelation(event.requestContext.requestId, async () => {
    try {
      return await instance.handle({ method: event.requestContext.http.method, headers: event.headers ?? {}, body });
    } catch (error) {
      log("error", "request_failed", { error });
      return noStore(jsonResponse(500, { error: "The token could not be issued." }));
    }
  });
}
