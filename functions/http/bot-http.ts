import { z } from "zod/v4";
import { log, withCorrelation, withoutConsoleErrors } from "../app/logging";
import { WEB_JOIN_EVENT } from "../../dialogs/web-join";
import type { CloudAdapter, TurnContext } from "botbuilder";
import { AUTH_FAILURES, AUTHENTICATION_UNAVAILABLE, CHANNEL_REFUSAL_PREFIX } from "./bot-authentication";

/** A transport-neutral HTTP request: the Lambda handler and the local server both map onto it. */
export interface HttpRequest {
  /** The platform's id of this request (API Gateway's), used as the turn's correlation id in logs. */
  requestId?: string;
  /** When the request arrived (epoch ms), before a cold start: the turn's time budget counts from it. */
  receivedAt?: number;
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
/** A question to an advisor fits in a few paragraphs; longer text is refused, not truncated. */
export const MAX_TEXT_CHARS = 2_000;
/**
 * Channels' ids are far shorter (a Teams personal conversation id, the longest, is under 200
 * characters). Ids are kept in the conversation's journal and participants: an absurd one is refused.
 */
export const MAX_ID_CHARS = 512;
/** Teams adds one attachment (the HTML rendering) to ordinary messages; the assistant reads none. */
export const MAX_ATTACHMENTS = 10;

/** Activity types the assistant's turn logic handles. */
const HANDLED_TYPES = ["message", "conversationUpdate", "messageReaction"] as const;
/**
 * Activity types channels send on their own, answered 200 after authentication without running the
 * turn: Web Chat's typing and its own events, the end of a Direct Line conversation, a Teams install.
 * One event runs the turn: the chat page's WEB_JOIN_EVENT (a learner back in their conversation).
 * Invoke (card actions, sign-in) joins HANDLED_TYPES when a feature needs it.
 */
const IGNORED_TYPES = ["typing", "endOfConversation", "installationUpdate", "event"] as const;
const ACCEPTED_TYPES = new Set<string>([...HANDLED_TYPES, ...IGNORED_TYPES]);

const nonEmpty = z.string().min(1, "must be a non-empty string");
const bounded = (schema: z.ZodString) => schema.max(MAX_ID_CHARS, `must be at most ${MAX_ID_CHARS} characters`);
const nonEmptyId = bounded(nonEmpty);
const account = z.looseObject({ id: nonEmptyId, aadObjectId: bounded(z.string()).optional() });

/**
 * The part of an activity the assistant relies on, checked before botbuilder may see it: botbuilder
 * and the turn logic read these fields without checking their types.
 */
const activityEnvelope = z.looseObject({
  type: nonEmpty,
  channelId: nonEmpty,
  serviceUrl: nonEmpty.refine(isHttpUrl, "must be an absolute http(s) URL"),
  conversation: z.looseObject({ id: nonEmptyId }),
  from: account,
  recipient: account.optional(),
  id: bounded(z.string()).optional(),
  replyToId: bounded(z.string()).optional(),
  locale: z.string().optional(),
  text: z.string().optional(),
  deliveryMode: z.string().optional(),
  attachments: z.array(z.looseObject({})).optional(),
  entities: z.array(z.looseObject({})).optional(),
  membersAdded: z.array(account).optional(),
  membersRemoved: z.array(account).optional(),
  channelData: z.looseObject({}).optional(),
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
      response: clientError(400, `The body is not a Bot Framework activity: ${problems.join("; ")}.`, `an activity with type, channelId, serviceUrl, conversation.id and from.id, ids of at most ${MAX_ID_CHARS} characters`),
    };
  }
  const { type, text, attachments } = envelope.data;
  if (!ACCEPTED_TYPES.has(type)) {
    return {
      response: clientError(400, `Activities of type "${type.slice(0, 40)}" are not accepted.`, `an activity of type ${[...ACCEPTED_TYPES].join(", ")}`),
    };
  }
  if (text !== undefined) {
    const characters = countCharacters(text);
    if (characters > MAX_TEXT_CHARS) {
      return {
        response: clientError(413, `The message text is ${characters} characters, over the limit of ${MAX_TEXT_CHARS}.`, `a message of at most ${MAX_TEXT_CHARS} characters`),
      };
    }
  }
  if (attachments !== undefined && attachments.length > MAX_ATTACHMENTS) {
    return {
      response: clientError(400, `The activity has ${attachments.length} attachments, over the limit of ${MAX_ATTACHMENTS}.`, `at most ${MAX_ATTACHMENTS} attachments`),
    };
  }
  return { activity: body as Record<string, unknown> };
}

/** Characters as a learner counts them: code points, not UTF-16 units (an emoji is one). */
function countCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** What runs a turn: the bot itself, or the TurnGuard around it (functions/turn/turn-guard.ts). */
export interface TurnRunner {
  /** `receivedAt`: when the request arrived (epoch ms), for a runner whose budget counts from it. */
  run(context: TurnContext, receivedAt?: number): Promise<void>;
}

/**
 * Runs one request through botbuilder's CloudAdapter (JWT check included) and awaits the whole turn.
 * Replies go out-of-band to the channel, or in the response body for deliveryMode "expectReplies".
 */
export async function processBotRequest(adapter: CloudAdapter, bot: TurnRunner, request: HttpRequest): Promise<HttpResponse> {
  return withCorrelation(request.requestId, async () => {
    const started = request.receivedAt ?? Date.now();
    const response = await processActivity(adapter, bot, request);
    const activity = response.activity;
    log(response.statusCode >= 500 ? "error" : "info", "request", {
      status: response.statusCode,
      durationMs: Date.now() - started,
      channel: typeof activity?.channelId === "string" ? activity.channelId : undefined,
      activityType: typeof activity?.type === "string" ? activity.type : undefined,
    });
    return response.http;
  });
}

async function processActivity(
  adapter: CloudAdapter,
  bot: TurnRunner,
  request: HttpRequest,
): Promise<{ http: HttpResponse; statusCode: number; activity?: Record<string, unknown> }> {
  const parsed = parseActivityRequest(request);
  if ("response" in parsed) return { http: parsed.response, statusCode: parsed.response.statusCode };
  const respond = (http: HttpResponse) => ({ http, statusCode: http.statusCode, activity: parsed.activity });

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
  const ignored = new Set<string>(IGNORED_TYPES);
  // botbuilder prints refused tokens (a key's PEM among them) with console.error; BotAuthentication
  // logs one structured, rate-limited line per refusal instead.
  await withoutConsoleErrors(() =>
    adapter.process({ method: "POST", headers: lowerCaseHeaders(request.headers), body: parsed.activity }, res, async (context) => {
      const { type, name } = context.activity;
      if (!ignored.has(type) || (type === "event" && name === WEB_JOIN_EVENT)) await bot.run(context, request.receivedAt);
    }),
  );
  if (statusCode === 401) return respond(refusedResponse(sent));
  if (statusCode >= 400) {
    // botbuilder's own messages for other failures may carry internals: keep them in the logs only.
    log("error", "adapter_refused", { status: statusCode });
    if (sent === AUTHENTICATION_UNAVAILABLE) {
      // The channel retries; the request was refused, not accepted without a check.
      return respond(jsonResponse(503, { error: "Authentication is temporarily unavailable.", expected: "the same request again later" }));
    }
    if (statusCode >= 500) return respond(jsonResponse(statusCode, { error: "The assistant could not process this activity." }));
    return respond(clientError(400, "The activity was refused.", "a Bot Framework activity"));
  }
  return respond(jsonResponse(statusCode, sent));
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
