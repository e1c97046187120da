import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SSMClient } from "@aws-sdk/client-ssm";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ConfigError } from "../../infra/config/env";
import { REFUSAL_LOG_LINES_PER_MINUTE } from "../../functions/app/logging";
import { loadWebchatTokenConfig } from "../../infra/config/webchat-token.env";
import { createWebchatTokenService, type WebchatTokenService } from "../../functions/webchat-token";
import { httpApiEvent } from "../support/activities";

/**
 * The token function against real parts on loopback: the website's JWKS, a fake Direct Line that
 * records what it is asked, and a fake SSM, with website tokens signed by real RSA and EC keys.
 */
const ISSUER = "https://www.cnam.example/identity";
const AUDIENCE = "ue-advisor-webchat";
const SECRET = "direct-line-secret-from-ssm";

interface Fakes {
  url: string;
  /** Requests Direct Line received: its Authorization header and body. */
  directLine: { authorization?: string; body: Record<string, unknown> }[];
  jwksRequests: number;
  /** How the fake Direct Line answers. */
  directLineMode: "ok" | "error" | "garbage" | "hang";
  jwksMode: "ok" | "error";
  /** Tokens the fake Direct Line issued, with the conversation and user each is bound to. */
  issued: Map<string, { conv: string; user: string }>;
  /** Bearers of POST tokens/refresh. */
  refreshed: string[];
  close(): Promise<void>;
}

let fakes: Fakes;
let signingKey: { privateKey: CryptoKey; publicJwk: JWK };
let otherKey: { privateKey: CryptoKey; publicJwk: JWK };
let ecKey: { privateKey: CryptoKey; publicJwk: JWK };

async function keyPair(alg: "RS256" | "ES256", kid: string) {
  const { privateKey, publicKey } = await generateKeyPair(alg);
  return { privateKey, publicJwk: { ...(await exportJWK(publicKey)), kid, alg, use: "sig" } };
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((done) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => done(chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {}));
  });
}

async function startFakes(publishedKeys: JWK[]): Promise<Fakes> {
  const state: Omit<Fakes, "url" | "close"> = { directLine: [], jwksRequests: 0, directLineMode: "ok", jwksMode: "ok", issued: new Map(), refreshed: [] };
  const server: Server = createServer(async (req, res) => {
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.url === "/.well-known/jwks.json") {
      state.jwksRequests += 1;
      return state.jwksMode === "ok" ? json(200, { keys: publishedKeys }) : json(500, { error: "down" });
    }
    if (req.url === "/v3/directline/tokens/generate" && req.method === "POST") {
      const body = await readJson(req);
      state.directLine.push({ authorization: req.headers.authorization, body });
      if (state.directLineMode === "hang") return; // never answers: the function's timeout must end it
      if (state.directLineMode === "error") return json(500, { error: { code: "ServiceError" } });
      if (state.directLineMode === "garbage") return json(200, { nope: true });
      const user = (body.user as { id: string }).id;
      const conversationId = `conv-${randomUUID()}`;
      const token = `dl-token-for-${user}`;
      state.issued.set(`${token}@${conversationId}`, { conv: conversationId, user });
      return json(200, { conversationId, token, expires_in: 3600 });
    }
    // As Direct Line does: a token it issued and that has not expired becomes a new one, for the same
    // conversation and user (its claims say which); anything else is refused with 403.
    if (req.url === "/v3/directline/tokens/refresh" && req.method === "POST") {
      const bearer = (req.headers.authorization ?? "").replace(/^Bearer /, "");
      state.refreshed.push(bearer);
      const bound = state.issued.get(bearer);
      if (!bound) return json(403, { error: { code: "TokenExpired" } });
      const token = `${b64({ alg: "RS256", typ: "JWT" })}.${b64({ bot: "ue-advisor", conv: bound.conv, user: bound.user, n: randomUUID() })}.signature`;
      state.issued.set(token, bound);
      return json(200, { conversationId: bound.conv, token, expires_in: 3600 });
    }
    // SSM's JSON protocol: POST / with X-Amz-Target naming the operation.
    if (req.method === "POST" && req.headers["x-amz-target"] === "AmazonSSM.GetParameter") {
      const body = await readJson(req);
      if (body.Name !== "/ue-advisor/test/direct-line-secret" || body.WithDecryption !== true) return json(400, { __type: "ParameterNotFound" });
      res.writeHead(200, { "content-type": "application/x-amz-json-1.1" });
      return res.end(JSON.stringify({ Parameter: { Name: body.Name, Type: "SecureString", Value: SECRET, Version: 1 } }));
    }
    json(404, { error: "no such route" });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(state, {
    url,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  });
}

function env(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    STAGE: "test",
    WEBSITE_TOKEN_ISSUER: ISSUER,
    WEBSITE_TOKEN_AUDIENCE: AUDIENCE,
    WEBSITE_JWKS_URL: `${fakes.url}/.well-known/jwks.json`,
    DIRECT_LINE_ENDPOINT: `${fakes.url}/v3/directline`,
    DIRECT_LINE_SECRET: SECRET,
    DIRECT_LINE_TRUSTED_ORIGINS: "https://www.cnam.example",
    DIRECT_LINE_TIMEOUT_MS: "500",
    ...overrides,
  };
}

interface TokenOptions {
  key?: { privateKey: CryptoKey; publicJwk: JWK };
  alg?: string;
  kid?: string;
  claims?: Record<string, unknown>;
  issuer?: string;
  audience?: string;
  expiresIn?: string | number;
  notBefore?: string | number;
  /** When the website signed it (epoch seconds); null: no iat claim. Default: now. */
  issuedAt?: number | null;
}

/** A website token, signed for real; each option breaks one thing. */
async function websiteToken(options: TokenOptions = {}): Promise<string> {
  const key = options.key ?? signingKey;
  let jwt = new SignJWT({ sub: "demo-05", ...options.claims })
    .setProtectedHeader({ alg: options.alg ?? (key.publicJwk.alg as string), kid: options.kid ?? key.publicJwk.kid })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE);
  if (options.issuedAt !== null) jwt = jwt.setIssuedAt(options.issuedAt);
  if (options.expiresIn !== null) jwt = jwt.setExpirationTime(options.expiresIn ?? "5m");
  if (options.notBefore !== undefined) jwt = jwt.setNotBefore(options.notBefore);
  return jwt.sign(key.privateKey);
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
const now = () => Math.floor(Date.now() / 1000);

async function post(service: WebchatTokenService, authorization?: string, body = "") {
  const response = await service.handle({ method: "POST", headers: authorization === undefined ? {} : { Authorization: authorization }, body });
  return { ...response, json: JSON.parse(response.body) as Record<string, unknown> };
}

beforeAll(async () => {
  [signingKey, otherKey, ecKey] = await Promise.all([keyPair("RS256", "site-2026"), keyPair("RS256", "site-2026"), keyPair("ES256", "site-ec")]);
  fakes = await startFakes([signingKey.publicJwk, ecKey.publicJwk]);
});
afterAll(async () => fakes?.close());
beforeEach(() => {
  fakes.directLine.length = 0;
  fakes.refreshed.length = 0;
  fakes.directLineMode = "ok";
  fakes.jwksMode = "ok";
});

describe("POST /api/webchat/token: a Direct Line token for the learner the website signed in", () => {
  it("mints a token bound to dl_<learnerId>, with the secret and the trusted origins, and lets no cache keep it", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const response = await post(service, `Bearer ${await websiteToken()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json).toEqual({ token: "dl-token-for-dl_demo-05", conversationId: expect.stringMatching(/^conv-/), expiresIn: 3600 });
    expect(fakes.directLine).toEqual([{ authorization: `Bearer ${SECRET}`, body: { user: { id: "dl_demo-05" }, trustedOrigins: ["https://www.cnam.example"] } }]);
  });

  it("takes the learner id from the configured claim, and accepts an ES256 token when EC keys are allowed", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env({ WEBSITE_LEARNER_CLAIM: "learner_id", WEBSITE_TOKEN_ALGORITHMS: "RS256,ES256" })));
    const response = await post(service, `Bearer ${await websiteToken({ key: ecKey, claims: { learner_id: "demo-11", sub: "someone-else" } })}`);
    expect(response.statusCode).toBe(200);
    expect(fakes.directLine[0]?.body.user).toEqual({ id: "dl_demo-11" });
  });

  it("reads the website's keys from configuration (WEBSITE_JWKS) as well as from its URL", async () => {
    const config = loadWebchatTokenConfig(env({ WEBSITE_JWKS_URL: "", WEBSITE_JWKS: JSON.stringify({ keys: [signingKey.publicJwk] }) }));
    const before = fakes.jwksRequests;
    const service = await createWebchatTokenService(config);
    expect((await post(service, `Bearer ${await websiteToken()}`)).statusCode).toBe(200);
    expect(fakes.jwksRequests).toBe(before);
  });

  it("reads the Direct Line secret from SSM at start when only its parameter name is configured", async () => {
    const config = loadWebchatTokenConfig(env({ DIRECT_LINE_SECRET: "", DIRECT_LINE_SECRET_PARAMETER: "/ue-advisor/test/direct-line-secret" }));
    const ssm = new SSMClient({ region: "eu-west-3", endpoint: fakes.url, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
    const service = await createWebchatTokenService(config, { ssm });
    expect((await post(service, `Bearer ${await websiteToken()}`)).statusCode).toBe(200);
    expect(fakes.directLine[0]?.authorization).toBe(`Bearer ${SECRET}`);
    const missing = loadWebchatTokenConfig(env({ DIRECT_LINE_SECRET: "", DIRECT_LINE_SECRET_PARAMETER: "/ue-advisor/test/nothing-here" }));
    await expect(createWebchatTokenService(missing, { ssm })).rejects.toThrow(/Could not read SSM parameter \/ue-advisor\/test\/nothing-here/);
  });

  const refusals: [string, () => Promise<string | undefined>, RegExp][] = [
    ["no Authorization header", async () => undefined, /no bearer token/],
    ["a Basic Authorization header", async () => "Basic dXNlcjpwYXNz", /no bearer token/],
    ["a garbage token", async () => "Bearer not.a.jwt", /not a signed JWT/],
    ["a token of two parts", async () => "Bearer abc.def", /not a signed JWT/],
    ["an expired token", async () => `Bearer ${await websiteToken({ expiresIn: now() - 120 })}`, /has expired/],
    ["a token not valid yet", async () => `Bearer ${await websiteToken({ notBefore: now() + 600 })}`, /not valid yet/],
    ["a token without expiry", async () => `Bearer ${await websiteToken({ expiresIn: null as unknown as number })}`, /lacks a required claim/],
    ["a token without iat, valid ten years", async () => `Bearer ${await websiteToken({ issuedAt: null, expiresIn: now() + 10 * 365 * 86_400 })}`, /lacks a required claim \(exp, iat/],
    ["a token issued longer ago than the maximum age, though not expired", async () => `Bearer ${await websiteToken({ issuedAt: now() - 300 - 31, expiresIn: "1h" })}`, /too old: issued more than 300 s ago/],
    ["a token issued in the future, beyond the clock tolerance", async () => `Bearer ${await websiteToken({ issuedAt: now() + 60 })}`, /not valid yet/],
    ["another issuer", async () => `Bearer ${await websiteToken({ issuer: "https://evil.example" })}`, /not issued by the university's website/],
    ["another audience", async () => `Bearer ${await websiteToken({ audience: "another-service" })}`, /not meant for this service/],
    ["no learner id", async () => `Bearer ${await websiteToken({ claims: { sub: undefined } })}`, /lacks a required claim/],
    ["a learner id that is not one", async () => `Bearer ${await websiteToken({ claims: { sub: "../DEMO 05" } })}`, /not a valid learner id/],
    ["a learner id that is not a string", async () => `Bearer ${await websiteToken({ claims: { sub: 5 } })}`, /not a valid learner id/],
    ["an unknown key id", async () => `Bearer ${await websiteToken({ key: otherKey, kid: "rotated-away" })}`, /not signed with one of the website's published keys/],
    ["a published key id on a token signed by another key", async () => `Bearer ${await websiteToken({ key: otherKey })}`, /signature could not be verified/],
    ["an ES256 token when only RS256 is allowed", async () => `Bearer ${await websiteToken({ key: ecKey })}`, /algorithm is not accepted/],
    ["alg none", async () => `Bearer ${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "demo-05", iss: ISSUER, aud: AUDIENCE, exp: now() + 300 })}.`, /algorithm is not accepted/],
    [
      "HS256 keyed with the public key (algorithm confusion)",
      async () => {
        const secret = new TextEncoder().encode(JSON.stringify(signingKey.publicJwk));
        const token = await new SignJWT({ sub: "demo-05" }).setProtectedHeader({ alg: "HS256", kid: "site-2026" }).setIssuer(ISSUER).setAudience(AUDIENCE).setExpirationTime("5m").sign(secret);
        return `Bearer ${token}`;
      },
      /algorithm is not accepted/,
    ],
    ["a token of 9 KB", async () => `Bearer ${"a".repeat(4_500)}.${"b".repeat(4_500)}.c`, /not a signed JWT/],
  ];

  it.each(refusals)("refuses %s with 401 JSON, and asks Direct Line for nothing", async (_case, authorization, reason) => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env({ WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: "30" })));
    const response = await post(service, await authorization());
    expect(response.statusCode).toBe(401);
    expect(response.headers["content-type"]).toMatch(/application\/json/);
    expect(response.json.error).toMatch(reason);
    expect(response.json.expected).toEqual(expect.any(String));
    expect(fakes.directLine).toHaveLength(0);
  });

  it("accepts a token up to its maximum age and within the clock tolerance (an iat a few seconds ahead)", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env({ WEBSITE_TOKEN_MAX_AGE_SECONDS: "120", WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: "30" })));
    expect((await post(service, `Bearer ${await websiteToken({ issuedAt: now() - 120, expiresIn: "1h" })}`)).statusCode).toBe(200);
    expect((await post(service, `Bearer ${await websiteToken({ issuedAt: now() + 20 })}`)).statusCode).toBe(200);
    const old = await post(service, `Bearer ${await websiteToken({ issuedAt: now() - 120 - 40, expiresIn: "1h" })}`);
    expect(old.statusCode).toBe(401);
    expect(old.json.error).toMatch(/too old: issued more than 120 s ago/);
  });

  it("logs refusals as structured lines, at most a few a minute", async () => {
    const lines: string[] = [];
    vi.spyOn(console, "warn").mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
      for (let i = 0; i < REFUSAL_LOG_LINES_PER_MINUTE + 10; i++) expect((await post(service, "Bearer not.a.jwt")).statusCode).toBe(401);
      const refused = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((line) => line.event === "website_token_refused");
      expect(refused).toHaveLength(REFUSAL_LOG_LINES_PER_MINUTE);
      expect(refused[0]).toMatchObject({ level: "warn", reason: "malformed" });
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("answers 405 to another method", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const response = await service.handle({ method: "GET", headers: { authorization: `Bearer ${await websiteToken()}` }, body: "" });
    expect(response.statusCode).toBe(405);
    expect(fakes.directLine).toHaveLength(0);
  });

  it("answers 503 when the website's keys cannot be fetched: our fault, not the learner's", async () => {
    fakes.jwksMode = "error";
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env({ WEBSITE_JWKS_URL: `${fakes.url}/.well-known/jwks.json?fresh=${randomUUID()}` })));
    const response = await post(service, `Bearer ${await websiteToken()}`);
    expect(response.statusCode).toBe(503);
    expect(response.json.error).toMatch(/signing keys could not be fetched/);
    expect(fakes.directLine).toHaveLength(0);
  });

  it.each([
    ["fails", "error"],
    ["answers without a token", "garbage"],
    ["does not answer in time", "hang"],
  ] as const)("answers 502 when Direct Line %s", async (_case, mode) => {
    fakes.directLineMode = mode;
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const response = await post(service, `Bearer ${await websiteToken()}`);
    expect(response.statusCode).toBe(502);
    expect(response.json).toEqual({ error: "Direct Line did not issue a token.", expected: "the same request again later" });
  });
});

describe("POST /api/webchat/token with { resume }: back into the page's own conversation, and no one else's", () => {
  /** A conversation the function opened for this learner, with the token the page keeps (refreshable in the fake). */
  async function opened(service: WebchatTokenService, learner: string) {
    const first = await post(service, `Bearer ${await websiteToken({ claims: { sub: learner } })}`);
    const conversationId = first.json.conversationId as string;
    return { conversationId, token: `${first.json.token as string}@${conversationId}` };
  }
  const resume = (held: { conversationId: string; token: string }) => JSON.stringify({ resume: held });

  it("refreshes the token the page holds and hands back the same conversation, without opening a new one", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const held = await opened(service, "demo-05");
    fakes.directLine.length = 0;
    const response = await post(service, `Bearer ${await websiteToken()}`, resume(held));
    expect(response.statusCode).toBe(200);
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.json).toEqual({ token: expect.stringMatching(/\./), conversationId: held.conversationId, expiresIn: 3600, resumed: true });
    expect(fakes.refreshed).toEqual([held.token]);
    expect(fakes.directLine).toEqual([]);
    // The refreshed token resumes again (the page keeps the newest).
    const again = await post(service, `Bearer ${await websiteToken()}`, resume({ conversationId: held.conversationId, token: response.json.token as string }));
    expect(again.json).toMatchObject({ conversationId: held.conversationId, resumed: true });
  });

  it("never resumes conversation B with the token of conversation A: a new conversation instead", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const a = await opened(service, "demo-05");
    const b = await opened(service, "demo-05");
    const response = await post(service, `Bearer ${await websiteToken()}`, resume({ conversationId: b.conversationId, token: a.token }));
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ resumed: false, token: "dl-token-for-dl_demo-05" });
    expect([a.conversationId, b.conversationId]).not.toContain(response.json.conversationId);
  });

  it("never lets a learner into another learner's conversation (a shared browser, a copied token): a new conversation of their own", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const theirs = await opened(service, "demo-05");
    const response = await post(service, `Bearer ${await websiteToken({ claims: { sub: "demo-11" } })}`, resume(theirs));
    expect(response.json).toMatchObject({ resumed: false, token: "dl-token-for-dl_demo-11" });
    expect(response.json.conversationId).not.toBe(theirs.conversationId);
    expect(fakes.directLine.at(-1)?.body.user).toEqual({ id: "dl_demo-11" });
  });

  it("opens a new conversation when the held token has expired or is unknown to Direct Line", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const response = await post(service, `Bearer ${await websiteToken()}`, resume({ conversationId: "conv-gone", token: "an-expired-token" }));
    expect(response.statusCode).toBe(200);
    expect(response.json).toMatchObject({ resumed: false, conversationId: expect.stringMatching(/^conv-/) });
    expect(response.json.conversationId).not.toBe("conv-gone");
  });

  it("still requires the website's sign-in, and refuses a body it does not understand", async () => {
    const service = await createWebchatTokenService(loadWebchatTokenConfig(env()));
    const held = await opened(service, "demo-05");
    fakes.refreshed.length = 0;
    expect((await post(service, undefined, resume(held))).statusCode).toBe(401);
    expect(fakes.refreshed).toEqual([]);
    const bad = await post(service, `Bearer ${await websiteToken()}`, JSON.stringify({ resume: { conversationId: held.conversationId } }));
    expect(bad.statusCode).toBe(400);
    expect(bad.json.error).toMatch(/^The request body is invalid: resume\.token/);
    expect((await post(service, `Bearer ${await websiteToken()}`, "{not json")).statusCode).toBe(400);
  });
});

describe("the webchat-token function's configuration fails closed", () => {
  function problems(overrides: Record<string, string>): string {
    try {
      loadWebchatTokenConfig(env(overrides));
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    throw new Error("the configuration was accepted");
  }

  it.each([
    ["no issuer", { WEBSITE_TOKEN_ISSUER: "" }, /WEBSITE_TOKEN_ISSUER: required/],
    ["no audience", { WEBSITE_TOKEN_AUDIENCE: " " }, /WEBSITE_TOKEN_AUDIENCE: required/],
    ["no keys", { WEBSITE_JWKS_URL: "" }, /exactly one is required .* none is set/],
    ["two sources of keys", () => ({ WEBSITE_JWKS: JSON.stringify({ keys: [signingKey.publicJwk] }) }), /both are set/],
    ["a JWKS URL over plain http off loopback", { WEBSITE_JWKS_URL: "http://www.cnam.example/jwks.json" }, /WEBSITE_JWKS_URL: must be an https URL/],
    ["a private key in the configured keys", () => ({ WEBSITE_JWKS_URL: "", WEBSITE_JWKS: JSON.stringify({ keys: [{ ...signingKey.publicJwk, d: "private" }] }) }), /private key/],
    ["a shared secret in the configured keys", { WEBSITE_JWKS_URL: "", WEBSITE_JWKS: JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0" }] }) }, /public keys only/],
    ["keys that are not JSON", { WEBSITE_JWKS_URL: "", WEBSITE_JWKS: "{keys" }, /must be JSON/],
    ["HS256 allowed", { WEBSITE_TOKEN_ALGORITHMS: "RS256,HS256" }, /WEBSITE_TOKEN_ALGORITHMS.*must be one of RS256/],
    ["alg none allowed", { WEBSITE_TOKEN_ALGORITHMS: "none" }, /WEBSITE_TOKEN_ALGORITHMS/],
    ["no Direct Line secret", { DIRECT_LINE_SECRET: "" }, /DIRECT_LINE_SECRET_PARAMETER \(or DIRECT_LINE_SECRET\): required/],
    ["a Direct Line endpoint over plain http off loopback", { DIRECT_LINE_ENDPOINT: "http://directline.example/v3/directline" }, /DIRECT_LINE_ENDPOINT: must be an https URL/],
    ["a maximum token age of zero", { WEBSITE_TOKEN_MAX_AGE_SECONDS: "0" }, /WEBSITE_TOKEN_MAX_AGE_SECONDS/],
    ["a maximum token age of a day", { WEBSITE_TOKEN_MAX_AGE_SECONDS: "86400" }, /WEBSITE_TOKEN_MAX_AGE_SECONDS.*3600/],
    ["a clock tolerance of ten minutes", { WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: "600" }, /WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS.*120/],
    ["a trusted origin with a path", { DIRECT_LINE_TRUSTED_ORIGINS: "https://www.cnam.example/chat" }, /trusted origin must be an origin/],
  ] as [string, Record<string, string> | (() => Record<string, string>), RegExp][])("refuses to start with %s, naming the variable", (_case, overrides, message) => {
    expect(problems(typeof overrides === "function" ? overrides() : overrides)).toMatch(message);
  });

  it("names everything missing at once", () => {
    expect(() => loadWebchatTokenConfig({ STAGE: "prod" })).toThrow(/WEBSITE_TOKEN_ISSUER.*WEBSITE_TOKEN_AUDIENCE.*WEBSITE_JWKS_URL or WEBSITE_JWKS.*DIRECT_LINE_SECRET_PARAMETER/);
  });
});

describe("the Lambda handler", () => {
  it("serves the API Gateway event, and a misconfigured function fails its start rather than minting", async () => {
    const saved = { ...process.env };
    try {
      vi.resetModules();
      for (const key of ["WEBSITE_TOKEN_ISSUER", "WEBSITE_TOKEN_AUDIENCE", "WEBSITE_JWKS_URL", "WEBSITE_JWKS", "DIRECT_LINE_SECRET", "DIRECT_LINE_SECRET_PARAMETER"]) delete process.env[key];
      const broken = await import("../../functions/webchat-token");
      await expect(broken.handler(httpApiEvent("", { headers: { authorization: `Bearer ${await websiteToken()}` } }))).rejects.toThrow(/Invalid configuration of the webchat-token function: WEBSITE_TOKEN_ISSUER: required/);

      Object.assign(process.env, env());
      vi.resetModules();
      const { handler } = await import("../../functions/webchat-token");
      const response = (await handler(httpApiEvent("", { headers: { authorization: `Bearer ${await websiteToken()}` } }))) as APIGatewayProxyStructuredResultV2;
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body ?? "{}").token).toBe("dl-token-for-dl_demo-05");
      const refused = (await handler(httpApiEvent("", { headers: { authorization: "Bearer x.y.z" } }))) as APIGatewayProxyStructuredResultV2;
      expect(refused.statusCode).toBe(401);
    } finally {
      process.env = saved;
    }
  });
});
