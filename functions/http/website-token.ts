import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from "jose";
import { learnerIdSchema } from "../../domain/learner/learner.schema";
import type { WebchatTokenConfig } from "../../infra/config/webchat-token.env";
import { log, RateLimitedLog, REFUSAL_LOG_LINES_PER_MINUTE } from "../app/logging";

/**
 * The website's proof of who the learner is: a JWT it signed for this function when the learner
 * signed in. Verified with jose against the website's public keys: signature, algorithm allow-list,
 * issuer, audience, expiry, not-before, its age (from `iat`, required, at most
 * WEBSITE_TOKEN_MAX_AGE_SECONDS), and a learner id in the configured claim.
 */
export type WebsiteTokenCheck =
  | { ok: true; learnerId: string }
  /** The caller's token is refused (401), with a reason safe to show. */
  | { ok: false; status: 401; reason: string }
  /** The website's keys could not be fetched: a fault on our side (503), not the caller's. */
  | { ok: false; status: 503; reason: string };

/** Why a token was refused, worded for the caller; never the token, a key or jose's internals. */
export const WEBSITE_TOKEN_FAILURES = {
  missing: "the request has no bearer token (Authorization: Bearer <the website's signed token>)",
  malformed: "the bearer token is not a signed JWT",
  algorithm: "the bearer token's signature algorithm is not accepted",
  unknownKey: "the bearer token was not signed with one of the website's published keys",
  signature: "the bearer token's signature could not be verified",
  expired: "the bearer token has expired",
  tooOld: "the bearer token is too old",
  notYetValid: "the bearer token is not valid yet",
  issuer: "the bearer token was not issued by the university's website",
  audience: "the bearer token is not meant for this service",
  claims: "the bearer token lacks a required claim (exp, iat and the learner's id)",
  learner: "the bearer token's learner id is not a valid learner id",
} as const;

/** A JWT of any realistic size fits; anything longer is refused before parsing. */
const MAX_TOKEN_CHARS = 8_192;

export function createWebsiteTokenVerifier(config: WebchatTokenConfig): (authorization: string | undefined) => Promise<WebsiteTokenCheck> {
  const keys: JWTVerifyGetKey = config.WEBSITE_JWKS
    ? createLocalJWKSet(config.WEBSITE_JWKS as Parameters<typeof createLocalJWKSet>[0])
    : // Cached for the container's life, refetched at most every 30 s when an unknown kid shows up (key rotation).
      createRemoteJWKSet(new URL(config.WEBSITE_JWKS_URL!), { timeoutDuration: 3_000, cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  const claim = config.WEBSITE_LEARNER_CLAIM;
  // Anyone on the internet can send tokens: refusals are logged, but not all of a flood.
  const refusals = new RateLimitedLog(REFUSAL_LOG_LINES_PER_MINUTE);
  const refused = (reason: keyof typeof WEBSITE_TOKEN_FAILURES, detail?: string, more = ""): WebsiteTokenCheck => {
    refusals.log("warn", "website_token_refused", { reason, ...(detail ? { detail } : {}) });
    return { ok: false, status: 401, reason: `${WEBSITE_TOKEN_FAILURES[reason]}${more}` };
  };

  return async (authorization) => {
    const match = /^Bearer ([^\s]+)$/i.exec((authorization ?? "").trim());
    if (!match) return refused("missing");
    const token = match[1]!;
    if (token.length > MAX_TOKEN_CHARS || token.split(".").length !== 3) return refused("malformed");
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.WEBSITE_TOKEN_ISSUER,
        audience: config.WEBSITE_TOKEN_AUDIENCE,
        algorithms: [...config.WEBSITE_TOKEN_ALGORITHMS],
        clockTolerance: config.WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS,
        // A token without an expiry, or valid for years, would prove the learner long after the
        // exchange it was signed for: its age counts from iat, whatever exp says.
        maxTokenAge: config.WEBSITE_TOKEN_MAX_AGE_SECONDS,
        requiredClaims: ["exp", "iat", claim],
      });
      const learnerId = payload[claim];
      if (typeof learnerId !== "string" || !learnerIdSchema.safeParse(learnerId).success) return refused("learner");
      return { ok: true, learnerId };
    } catch (error) {
      return classify(error, config.WEBSITE_TOKEN_MAX_AGE_SECONDS, refused);
    }
  };
}

type Refuse = (reason: keyof typeof WEBSITE_TOKEN_FAILURES, detail?: string, more?: string) => WebsiteTokenCheck;

function classify(error: unknown, maxAgeSeconds: number, refused: Refuse): WebsiteTokenCheck {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof errors.JWTExpired) {
    return error.claim === "iat" ? refused("tooOld", detail, `: issued more than ${maxAgeSeconds} s ago`) : refused("expired", detail);
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.reason === "missing") return refused("claims", detail);
    // Signed in the future, beyond the clock tolerance.
    if (error.claim === "iat") return refused("notYetValid", detail);
    if (error.claim === "iss") return refused("issuer", detail);
    if (error.claim === "aud") return refused("audience", detail);
    if (error.claim === "nbf") return refused("notYetValid", detail);
    return refused("claims", detail);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return refused("algorithm", detail);
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWKSMultipleMatchingKeys) return refused("unknownKey", detail);
  if (error instanceof errors.JWSSignatureVerificationFailed) return refused("signature", detail);
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JOSENotSupported) return refused("malformed", detail);
  // Anything else (the keys' URL down, slow, or answering garbage) is ours to fix: the caller may retry.
  log("error", "website_keys_unavailable", { detail });
  return { ok: false, status: 503, reason: "the website's signing keys could not be fetched" };
}
