import { z } from "zod/v4";
import type { CloudAdapter } from "botbuilder";
import type { ActivityHandler } from "botbuilder";
import { AUTH_FAILURES, AUTHENTICATION_UNAVAILABLE, CHANNEL_REFUSAL_PREFIX } from "./bot-authentication";

/** A transport-neutral HTTP request: the Lambda handler and the local server both map onto it. */
export interface HttpRequest {
  method: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface HttpResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** Bot Framework activities are small; anything larger is refused before parsing. */
export const MAX_BODY_BYTES = 256 * 1024;

/** The part of an activity the assistant needs before botbuilder may see it. */
const activityEnvelope = z.looseObject({
  type: z.string().min(1, "must be a non-empty string"),
  channelId: z.string().min(1, "must be a non-empty string"),
  serviceUrl: z.string().min(1, "must be a non-empty string"),
  conversation: z.looseObject({ id: z.string().min(1, "must be a non-empty string") }),
  from: z.looseObject({ id: z.string().min(1, "must be a non-empty string") }),
  text: z.string().optional(),
  deliveryMode: z.string().optional(),
});

export function jsonResponse(statusCode: number, payload: unknown): HttpResponse {
  return {
    statusCode,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: payload === undefined ? "" : JSON.stringify(payload),
  };
}

function clientError(statusCode: 400 | 401 | 403 | 405 | 413 | 415, error: string, expected: string): HttpResponse {
  return jsonResponse(statusCode, { error, expected });
}

/**
 * Checks that a request carries a Bot Framework activity and returns the parsed body, or the 4xx
 * response that says what is wrong. A client's mistake must never reach botbuilder, which answers
 * some malformed bodies with a 500.
 */
export function parseActivityRequest(request: HttpRequest): { activity: Record<string, unknown> } | { response: HttpResponse } {
  if (request.method.toUpperCase() !== "POST") {
    return { response: clientError(405, `Method ${request.method} is not allowed on this route.`, "POST with a JSON activity") };
  }
  const bytes = Buffer.byteLength(request.body, "utf8");
  if (bytes > MAX_BODY_BYTES) {
    return {
      response: clientError(413, `The request body is ${bytes} bytes, over the limit of ${MAX_BODY_BYTES} bytes.`, "a Bot Framework activity under 256 KB"),
    };
  }
  const contentType = request.headers["content-type"] ?? request.headers["Content-Type"];
  if (contentType && !/^application\/(.+\+)?json\b/i.test(contentType)) {
    return { response: clientError(415, `Content-Type ${contentType} is not accepted.`, "Content-Type: application/json") };
  }
  let body: unknown;
  try {
    body = JSON.parse(request.body);
  } catch {
    return { response: clientError(400, "The request body is not valid JSON.", "a JSON object: a Bot Framework activity") };
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { response: clientError(400, `The request body is JSON ${Array.isArray(body) ? "array" : body === null ? "null" : typeof body}, not an object.`, "a JSON object: a Bot Framework activity") };
  }
  const envelope = activityEnvelope.safeParse(body);
  if (!envelope.success) {
    const problems = envelope.error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
    return {
      response: clientError(400, `The body is not a Bot Framework activity: ${problems.join("; ")}.`, "an activity with type, channelId, serviceUrl, conversation.id and from.id"),
    };
  }
  return { activity: body as Record<string, unknown> };
}

/**
 * Runs one request through botbuilder's CloudAdapter (JWT check included) and awaits the whole turn.
 * Replies go out-of-band to the channel, or in the response body for deliveryMode "expectReplies".
 */
export async function processBotRequest(adapter: CloudAdapter, bot: ActivityHandler, request: HttpRequest): Promise<HttpResponse> {
  const parsed = parseActivityRequest(request);
  if ("response" in parsed) return parsed.response;

  let statusCode = 200;
  let sent: unknown;
  const res = {
    socket: null,
    status(code: number) {
      statusCode = code;
      return res;
    },
    header() {
      return res;
    },
    send(body?: unknown) {
      sent = body;
      return res;
    },
    end() {
      return res;
    },
  };
  await adapter.process({ method: "POST", headers: lowerCaseHeaders(request.headers), body: parsed.activity }, res, (context) =>
    bot.run(context),
  );
  if (statusCode === 401) return refusedResponse(sent);
  if (statusCode >= 400) {
    // botbuilder's own messages for other failures may carry internals: keep them in the logs only.
    console.error(JSON.stringify({ level: "error", event: "adapter_refused", status: statusCode }));
    if (sent === AUTHENTICATION_UNAVAILABLE) {
      // The channel retries; the request was refused, not accepted without a check.
      return jsonResponse(503, { error: "Authentication is temporarily unavailable.", expected: "the same request again later" });
    }
    if (statusCode >= 500) return jsonResponse(statusCode, { error: "The assistant could not process this activity." });
    return clientError(400, "The activity was refused.", "a Bot Framework activity");
  }
  return jsonResponse(statusCode, sent);
}

/**
 * CloudAdapter answers every refusal by the authentication with 401 and the error's message. The
 * assistant's own authentication words those messages for the caller (bot-authentication.ts); any
 * other text is replaced, so nothing internal leaks. A channel policy refusal becomes a 403.
 */
function refusedResponse(sent: unknown): HttpResponse {
  const message = typeof sent === "string" ? sent : "";
  if (message.startsWith(CHANNEL_REFUSAL_PREFIX)) {
    try {
      const { error, expected } = JSON.parse(message.slice(CHANNEL_REFUSAL_PREFIX.length)) as { error: string; expected: string };
      return clientError(403, error, expected);
    } catch {
      return clientError(403, "This channel or tenant is not allowed to use the assistant.", "a Teams conversation in the university's tenant or the university's web chat");
    }
  }
  const reason = (Object.values(AUTH_FAILURES) as string[]).includes(message) ? message : AUTH_FAILURES.rejected;
  return clientError(401, `Authentication failed: ${reason}.`, "a valid Bot Framework bearer token issued for this bot");
}

function lowerCaseHeaders(headers: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) result[name.toLowerCase()] = value;
  return result;
}
