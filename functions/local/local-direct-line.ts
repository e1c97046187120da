import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { z } from "zod/v4";
import { jsonResponse, type HttpRequest, type HttpResponse } from "../http/bot-http";
import { log } from "../app/logging";

/**
 * A small stand-in for the Direct Line 3.0 service, for the local server only, so that Microsoft's
 * Web Chat can talk to the local assistant exactly as it will talk to Azure's Direct Line in
 * production: token, conversation, POST activities, GET activities?watermark= (Web Chat's polling
 * mode, `webSocket: false`).
 *
 * Each client activity is forwarded to the bot with deliveryMode "expectReplies"; the replies come
 * back in the response body and are queued for the client's next poll. A token binds one
 * conversation to one user id, and the user id of every activity is the token's, whatever the
 * client writes in `from` — as Azure's Direct Line does with enhanced authentication. That is what
 * lets the local demo-learner picker stand in for a signed-in learner without trusting the page.
 */
export interface LocalDirectLine {
  /** Answers a request under /v3/directline, or returns undefined for any other path. */
  handle(request: DirectLineRequest): Promise<HttpResponse | undefined>;
  /** Conversations held in memory (for tests and limits). */
  readonly conversationCount: number;
}

export interface DirectLineRequest extends HttpRequest {
  /** The path without the query string. */
  path: string;
  query: URLSearchParams;
}

export interface LocalDirectLineOptions {
  /** The assistant's request handling (the same as POST /api/messages). */
  bot: (request: HttpRequest) => Promise<HttpResponse>;
  /** Written as the activities' serviceUrl: the local server's own address, known once it listens. */
  serviceUrl: () => string;
  botId?: string;
  botName?: string;
  tokenTtlSeconds?: number;
  /** Oldest conversations are forgotten beyond this many (memory stays bounded). */
  maxConversations?: number;
  /** Oldest activities of a conversation are forgotten beyond this many. */
  maxActivitiesPerConversation?: number;
  now?: () => Date;
}

export const DIRECT_LINE_PREFIX = "/v3/directline";

/**
 * User ids as Direct Line takes them. "dl_" ids are the ones the production token function mints
 * for signed-in learners (`dl_<learnerId>`); the local page mints the same for demo learners.
 */
const USER_ID = /^[A-Za-z0-9_.:-]{1,64}$/;

const generateBody = z.strictObject({
  user: z.looseObject({ id: z.string().regex(USER_ID, "must be 1 to 64 letters, digits, '_', '.', ':' or '-'").optional(), name: z.string().max(100).optional() }).optional(),
  trustedOrigins: z.array(z.string()).optional(),
});

/** What the client may set on an activity; everything else (ids, from, channel, serviceUrl) is the service's. */
const CLIENT_FIELDS = ["type", "text", "textFormat", "locale", "value", "name", "channelData", "attachments", "entities", "replyToId", "localTimestamp", "localTimezone", "attachmentLayout"] as const;

/** The claims of a token, as Azure's Direct Line puts them in its JWTs (Web Chat reads `user`). */
interface TokenClaims {
  bot: string;
  site: string;
  conv: string;
  user: string;
  nbf: number;
  exp: number;
}

interface Conversation {
  id: string;
  userId: string;
  userName?: string;
  started: boolean;
  sequence: number;
  activities: { sequence: number; activity: Record<string, unknown> }[];
  /** Turns of one conversation run one after the other, so replies follow their message in order. */
  turns: Promise<unknown>;
}

type Route = (request: DirectLineRequest, match: RegExpMatchArray) => Promise<HttpResponse>;

export function createLocalDirectLine(options: LocalDirectLineOptions): LocalDirectLine {
  const botId = options.botId ?? "ue-advisor";
  const botName = options.botName ?? "Assistant d'orientation";
  const ttlSeconds = options.tokenTtlSeconds ?? 1800;
  const maxConversations = options.maxConversations ?? 500;
  const maxActivities = options.maxActivitiesPerConversation ?? 1000;
  const now = options.now ?? (() => new Date());
  const conversations = new Map<string, Conversation>();
  // Tokens are JWTs, as Direct Line's are: Web Chat reads the bound user id from the `user` claim
  // (and refuses a `dl_` user id given any other way). Signed with a key of this process only.
  const signingKey = randomBytes(32);

  function mint(conversation: Conversation): { conversationId: string; token: string; expires_in: number } {
    const issuedAt = Math.floor(now().getTime() / 1000);
    const claims: TokenClaims = { bot: botId, site: "local", conv: conversation.id, user: conversation.userId, nbf: issuedAt, exp: issuedAt + ttlSeconds };
    const unsigned = `${base64url({ alg: "HS256", typ: "JWT" })}.${base64url(claims)}`;
    return { conversationId: conversation.id, token: `${unsigned}.${sign(unsigned)}`, expires_in: ttlSeconds };
  }

  function sign(unsigned: string): string {
    return createHmac("sha256", signingKey).update(unsigned).digest("base64url");
  }

  /** The claims of a token this emulation minted and that has not expired, else undefined. */
  function verify(token: string): TokenClaims | undefined {
    const [header, payload, signature, ...rest] = token.split(".");
    if (!header || !payload || !signature || rest.length > 0) return undefined;
    const expected = Buffer.from(sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as TokenClaims;
    return claims.exp * 1000 > now().getTime() ? claims : undefined;
  }

  function newConversation(userId: string, userName: string | undefined): Conversation {
    while (conversations.size >= maxConversations) {
      const oldest = conversations.keys().next().value as string;
      conversations.delete(oldest);
    }
    const conversation: Conversation = {
      id: randomBytes(12).toString("base64url"),
      userId,
      userName,
      started: false,
      sequence: 0,
      activities: [],
      turns: Promise.resolve(),
    };
    conversations.set(conversation.id, conversation);
    return conversation;
  }

  /** The conversation of the request's bearer token, or the 401/403/404 that refuses it. */
  function authorize(request: DirectLineRequest, conversationId?: string): { token: string; conversation: Conversation } | { response: HttpResponse } {
    const header = request.headers.authorization ?? "";
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header.trim());
    if (!match) {
      return { response: jsonResponse(401, { error: "The request has no Direct Line token.", expected: "Authorization: Bearer <token from POST /v3/directline/tokens/generate>" }) };
    }
    const token = match[1]!;
    const claims = verify(token);
    // 403 is what Direct Line answers for an expired or unknown token; Web Chat then stops polling.
    if (!claims) {
      return { response: jsonResponse(403, { error: "The Direct Line token is unknown or has expired.", expected: "a token from POST /v3/directline/tokens/generate, refreshed before it expires" }) };
    }
    if (conversationId !== undefined && claims.conv !== conversationId) {
      return { response: jsonResponse(403, { error: "The Direct Line token does not give access to this conversation.", expected: "the conversation id the token was generated for" }) };
    }
    const conversation = conversations.get(claims.conv);
    if (!conversation) {
      return { response: jsonResponse(404, { error: "The conversation has ended (the local server forgot it).", expected: "a new token from POST /v3/directline/tokens/generate" }) };
    }
    return { token, conversation };
  }

  function append(conversation: Conversation, activity: Record<string, unknown>): string {
    conversation.sequence += 1;
    const id = `${conversation.id}|${String(conversation.sequence).padStart(7, "0")}`;
    conversation.activities.push({ sequence: conversation.sequence, activity: { ...activity, id } });
    if (conversation.activities.length > maxActivities) conversation.activities.splice(0, conversation.activities.length - maxActivities);
    return id;
  }

  /** Runs one activity through the bot; on success, the echo (when given) and the replies join the conversation. */
  function runTurn(conversation: Conversation, activity: Record<string, unknown>, echo: boolean): Promise<HttpResponse> {
    const turn = conversation.turns.then(async () => {
      const timestamp = now().toISOString();
      const inbound = {
        ...activity,
        channelId: "directline",
        serviceUrl: options.serviceUrl(),
        timestamp,
        conversation: { id: conversation.id },
        from: { id: conversation.userId, ...(conversation.userName ? { name: conversation.userName } : {}), role: "user" },
        recipient: { id: botId, name: botName, role: "bot" },
      };
      // Turns are serialized, so the echo will take the next sequence number; other activities get an id of their own.
      const id = echo ? `${conversation.id}|${String(conversation.sequence + 1).padStart(7, "0")}` : `${conversation.id}|in-${randomBytes(6).toString("hex")}`;
      const response = await options.bot({
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...inbound, id, deliveryMode: "expectReplies" }),
      });
      if (response.statusCode >= 500) {
        log("error", "direct_line_bot_failed", { status: response.statusCode });
        return jsonResponse(502, { error: "The assistant could not process this activity.", expected: "the same activity again later" });
      }
      if (response.statusCode >= 400) return response; // the client's mistake, said by the bot's own checks
      const replies = parseReplies(response.body);
      const echoId = echo ? append(conversation, inbound) : undefined;
      for (const reply of replies) {
        const { deliveryMode: _mode, serviceUrl: _url, ...rest } = reply;
        append(conversation, {
          ...rest,
          type: typeof reply.type === "string" ? reply.type : "message",
          channelId: "directline",
          timestamp: now().toISOString(),
          conversation: { id: conversation.id },
          from: { id: botId, name: botName, role: "bot" },
          recipient: { id: conversation.userId, role: "user" },
          ...(echoId ? { replyToId: echoId } : {}),
        });
      }
      return jsonResponse(200, { id: echoId ?? id });
    });
    conversation.turns = turn.catch(() => undefined);
    return turn;
  }

  const routes: [string, RegExp, Route][] = [
    [
      "POST",
      /^\/tokens\/generate$/,
      async (request) => {
        // Locally nobody holds a Direct Line secret: the server is on loopback and anonymous (see local-server.ts).
        const body = parseJson(request.body === "" ? "{}" : request.body);
        if ("response" in body) return body.response;
        const parsed = generateBody.safeParse(body.value);
        if (!parsed.success) return invalid(parsed.error, "a JSON object { user: { id, name? } }, the id of letters, digits, '_', '.', ':' or '-'");
        const userId = parsed.data.user?.id ?? `visiteur-${randomBytes(8).toString("hex")}`;
        return jsonResponse(200, mint(newConversation(userId, parsed.data.user?.name)));
      },
    ],
    [
      "POST",
      /^\/tokens\/refresh$/,
      async (request) => {
        const auth = authorize(request);
        if ("response" in auth) return auth.response;
        return jsonResponse(200, mint(auth.conversation));
      },
    ],
    [
      "POST",
      /^\/conversations$/,
      async (request) => {
        const auth = authorize(request);
        if ("response" in auth) return auth.response;
        const { conversation } = auth;
        if (!conversation.started) {
          conversation.started = true;
          // As Direct Line does when a conversation starts with a user id: the bot learns who joined
          // (and greets them) before the learner types anything.
          const joined = await runTurn(conversation, { type: "conversationUpdate", membersAdded: [{ id: conversation.userId }, { id: botId }] }, false);
          if (joined.statusCode !== 200) return joined;
        }
        return jsonResponse(201, { conversationId: conversation.id, token: auth.token, expires_in: ttlSeconds });
      },
    ],
    [
      "GET",
      /^\/conversations\/([^/]+)$/,
      async (request, match) => {
        const auth = authorize(request, match[1]);
        if ("response" in auth) return auth.response;
        return jsonResponse(200, { conversationId: auth.conversation.id, token: auth.token, expires_in: ttlSeconds });
      },
    ],
    [
      "GET",
      /^\/conversations\/([^/]+)\/activities$/,
      async (request, match) => {
        const auth = authorize(request, match[1]);
        if ("response" in auth) return auth.response;
        const raw = request.query.get("watermark") ?? "";
        if (!/^\d{0,12}$/.test(raw)) return jsonResponse(400, { error: `The watermark "${raw.slice(0, 20)}" is not one this service gave.`, expected: "the watermark of the previous answer, or none" });
        const after = raw === "" ? 0 : Number(raw);
        const activities = auth.conversation.activities.filter((entry) => entry.sequence > after).map((entry) => entry.activity);
        return jsonResponse(200, { activities, watermark: String(Math.max(after, auth.conversation.sequence)) });
      },
    ],
    [
      "POST",
      /^\/conversations\/([^/]+)\/activities$/,
      async (request, match) => {
        const auth = authorize(request, match[1]);
        if ("response" in auth) return auth.response;
        const body = parseJson(request.body);
        if ("response" in body) return body.response;
        const value = body.value;
        if (typeof value !== "object" || value === null || Array.isArray(value) || typeof (value as { type?: unknown }).type !== "string") {
          return jsonResponse(400, { error: "The body is not an activity.", expected: "a JSON object with a string type, e.g. { type: 'message', text: 'bonjour' }" });
        }
        const activity: Record<string, unknown> = {};
        for (const field of CLIENT_FIELDS) if (field in value) activity[field] = (value as Record<string, unknown>)[field];
        return runTurn(auth.conversation, activity, activity.type === "message");
      },
    ],
    [
      "POST",
      /^\/conversations\/([^/]+)\/upload$/,
      async () => jsonResponse(400, { error: "The assistant reads no files: uploads are not accepted.", expected: "a text message" }),
    ],
  ];

  return {
    get conversationCount() {
      return conversations.size;
    },
    async handle(request) {
      if (request.path !== DIRECT_LINE_PREFIX && !request.path.startsWith(`${DIRECT_LINE_PREFIX}/`)) return undefined;
      const path = request.path.slice(DIRECT_LINE_PREFIX.length);
      let pathMatched = false;
      for (const [method, pattern, route] of routes) {
        const match = pattern.exec(path);
        if (!match) continue;
        pathMatched = true;
        if (method === request.method.toUpperCase()) return route(request, match);
      }
      if (pathMatched) return jsonResponse(405, { error: `Method ${request.method} is not allowed on ${request.path}.`, expected: "the Direct Line 3.0 method of this route" });
      return jsonResponse(404, {
        error: `No Direct Line route for ${request.method} ${request.path}.`,
        expected: "POST tokens/generate, POST conversations, GET|POST conversations/{id}/activities (polling; no WebSocket locally)",
      });
    },
  };
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}

function parseJson(body: string): { value: unknown } | { response: HttpResponse } {
  try {
    return { value: JSON.parse(body) as unknown };
  } catch {
    return { response: jsonResponse(400, { error: "The request body is not valid JSON.", expected: "a JSON object" }) };
  }
}

function invalid(error: z.ZodError, expected: string): HttpResponse {
  const problems = error.issues.map((issue) => `${issue.path.join(".") || "(body)"}: ${issue.message}`);
  return jsonResponse(400, { error: `The request body is invalid: ${problems.join("; ")}.`, expected });
}

function parseReplies(body: string): Record<string, unknown>[] {
  if (!body) return [];
  const parsed = JSON.parse(body) as { activities?: unknown };
  return Array.isArray(parsed.activities) ? (parsed.activities.filter((a) => typeof a === "object" && a !== null) as Record<string, unknown>[]) : [];
}
