import type { SSMClient } from "@aws-sdk/client-ssm";
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { readSecretParameter } from "../infra/config/secrets";
import { loadWebchatTokenConfig, type WebchatTokenConfig } from "../infra/config/webchat-token.env";
import { jsonResponse, type HttpRequest, type HttpResponse } from "./http/bot-http";
import { z } from "zod/v4";
import { directLineTokenClaims, generateDirectLineToken, refreshDirectLineToken } from "./http/direct-line.client";
import { directLineUserId } from "./http/identity";
import { log, withCorrelation } from "./app/logging";
import { createWebsiteTokenVerifier } from "./http/website-token";

/**
 * POST /api/webchat/token: the university website, for a learner who signed in on it, exchanges its
 * own signed token (Authorization: Bearer <JWT>) for a Direct Line token bound to that learner
 * (user id `dl_<learnerId>`), which the page gives to Web Chat. The Direct Line secret never leaves
 * this function; the browser only ever holds a token for one conversation of one learner.
 *
 * A page that kept its conversation (a learner back in the same browser) sends it with the token it
 * holds: `{ "resume": { "conversationId", "token" } }`. Direct Line refreshes that token, and the
 * function hands the new one back only if it is for that very conversation and for this signed-in
 * learner; otherwise (expired, another conversation, another learner) it opens a new conversation
 * and says so (`resumed: false`).
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
      const body = parseBody(request.body);
      if (!body.ok) return noStore(jsonResponse(400, { error: `The request body is invalid: ${body.reason}.`, expected: 'no body, or { "resume": { "conversationId": "…", "token": "<the Direct Line token the page holds>" } }' }));
      const userId = directLineUserId(identity.learnerId);
      if (body.resume) {
        const resumed = await resume(body.resume, userId);
        if (resumed.ok) {
          log("info", "webchat_token_refreshed", { expiresIn: resumed.expiresIn });
          return noStore(jsonResponse(200, { token: resumed.token, conversationId: resumed.conversationId, expiresIn: resumed.expiresIn, resumed: true }));
        }
        // Why is logged, never the token nor the learner; the page starts a new conversation.
        log("info", "webchat_resume_refused", { reason: resumed.reason });
      }
      const minted = await generateDirectLineToken({
        endpoint: config.DIRECT_LINE_ENDPOINT,
        secret,
        userId,
        trustedOrigins: config.DIRECT_LINE_TRUSTED_ORIGINS,
        timeoutMs: config.DIRECT_LINE_TIMEOUT_MS,
      });
      if (!minted.ok) {
        log("error", "direct_line_token_failed", { reason: minted.reason });
        return noStore(jsonResponse(502, { error: "Direct Line did not issue a token.", expected: "the same request again later" }));
      }
      // No learner id, token or secret in the logs: the event is enough to count sign-ins.
      log("info", "webchat_token_issued", { expiresIn: minted.expiresIn });
      return noStore(jsonResponse(200, { token: minted.token, conversationId: minted.conversationId, expiresIn: minted.expiresIn, ...(body.resume ? { resumed: false } : {}) }));
    },
  };

  /**
   * A fresh token for the page's conversation, only if Direct Line refreshes the token the page
   * holds and the new one is bound to that conversation and to this learner: a token of someone
   * else's conversation (copied, or left in a shared browser by the previous learner) resumes nothing.
   */
  async function resume(held: ResumeRequest, userId: string): Promise<{ ok: true; token: string; conversationId: string; expiresIn: number } | { ok: false; reason: string }> {
    const refreshed = await refreshDirectLineToken({ endpoint: config.DIRECT_LINE_ENDPOINT, token: held.token, timeoutMs: config.DIRECT_LINE_TIMEOUT_MS });
    if (!refreshed.ok) return { ok: false, reason: `Direct Line did not refresh the token (${refreshed.reason})` };
    const claims = directLineTokenClaims(refreshed.token);
    if (refreshed.conversationId !== held.conversationId || (claims?.conv !== undefined && claims.conv !== held.conversationId)) return { ok: false, reason: "the token is for another conversation" };
    if (claims?.user !== userId) return { ok: false, reason: "the conversation is not this learner's" };
    return refreshed;
  }
}

interface ResumeRequest {
  conversationId: string;
  token: string;
}

const tokenRequestBody = z.strictObject({
  resume: z.strictObject({ conversationId: z.string().min(1).max(200), token: z.string().min(1).max(4_000) }).optional(),
});

function parseBody(body: string): { ok: true; resume?: ResumeRequest } | { ok: false; reason: string } {
  if (body.trim() === "") return { ok: true };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  const parsed = tokenRequestBody.safeParse(value);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`).join("; ") };
  return { ok: true, ...(parsed.data.resume ? { resume: parsed.data.resume } : {}) };
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
