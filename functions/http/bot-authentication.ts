import { log, RateLimitedLog, REFUSAL_LOG_LINES_PER_MINUTE } from "../app/logging";
import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type Activity,
} from "botbuilder";
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult, type ServiceClientCredentialsFactory } from "botframework-connector";
import { isLocalStage, type Config } from "../../infra/config/env";
import { FunctionsError } from "../app/errors";
import { channelPolicyFromConfig, checkChannel, checkTenant, type ChannelPolicy } from "./channel-policy";

/**
 * The endpoints botbuilder authenticates against: where the channels' signing keys are published,
 * which issuer their tokens carry, and where the bot gets its own token to reply.
 */
export interface BotAuthenticationEndpoints {
  readonly toBotFromChannelOpenIdMetadataUrl: string;
  readonly toBotFromChannelTokenIssuer: string;
  readonly toBotFromEmulatorOpenIdMetadataUrl: string;
  readonly toChannelFromBotLoginUrl: string;
  readonly toChannelFromBotOAuthScope: string;
  readonly oAuthUrl: string;
  readonly callerId: string;
}

/**
 * Microsoft's public-cloud endpoints, unless the configuration overrides them. `loadConfig` accepts
 * overrides only as loopback URLs, and on a deployed stage only with BOT_AUTH_ALLOW_TEST_ENDPOINTS,
 * so production always trusts Microsoft's keys.
 */
export function authenticationEndpoints(config: Config): BotAuthenticationEndpoints {
  return {
    toBotFromChannelOpenIdMetadataUrl: config.BOT_AUTH_OPENID_METADATA_URL ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    toBotFromChannelTokenIssuer: config.BOT_AUTH_TOKEN_ISSUER ?? AuthenticationConstants.ToBotFromChannelTokenIssuer,
    toBotFromEmulatorOpenIdMetadataUrl: config.BOT_AUTH_EMULATOR_OPENID_METADATA_URL ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    toChannelFromBotLoginUrl: config.BOT_AUTH_LOGIN_URL ?? AuthenticationConstants.ToChannelFromBotLoginUrl,
    toChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    oAuthUrl: AuthenticationConstants.OAuthUrl,
    callerId: CallerIdConstants.PublicAzureChannel,
  };
}

/**
 * Why a request was not authenticated, worded for the caller. botbuilder's own messages can carry
 * key material and internals; these never do. The details go to the logs.
 */
export const AUTH_FAILURES = {
  missing: "the request has no bearer token (Authorization: Bearer <token>)",
  expired: "the bearer token has expired",
  notYetValid: "the bearer token is not valid yet",
  issuer: "the bearer token was not issued by the Bot Framework service",
  audience: "the bearer token is not meant for this bot",
  signature: "the bearer token's signature could not be verified",
  endorsement: "the bearer token's signing key does not endorse this channel",
  serviceUrl: "the bearer token does not cover this activity's serviceUrl",
  rejected: "the bearer token was not accepted",
} as const;

export type AuthFailure = keyof typeof AUTH_FAILURES;

/**
 * How long after its `exp` (and before its `nbf`) a Bot Connector token is still accepted: the clocks
 * of Azure and AWS agree to within seconds. botbuilder alone tolerates 5 minutes; the assistant
 * checks again after it, with this.
 */
export const BOT_TOKEN_CLOCK_TOLERANCE_SECONDS = 60;

/**
 * Marks a refusal by the channel policy in the message of the AuthenticationError that carries it:
 * CloudAdapter answers every AuthenticationError with 401 and its message, and `processBotRequest`
 * turns this prefix back into a 403. The request is refused either way; only the status differs.
 */
export const CHANNEL_REFUSAL_PREFIX = "channel-policy:";

/** The message CloudAdapter passes on when the signing keys could not be fetched (answered 503). */
export const AUTHENTICATION_UNAVAILABLE = "The Bot Framework signing keys could not be fetched.";

/** The OpenID metadata or signing keys could not be fetched: a fault on our side, not the caller's. */
export class AuthenticationUnavailableError extends FunctionsError {}

/** A deployed stage configured without the bot's app id: botbuilder would accept any caller. */
export class MissingAppIdError extends FunctionsError {}

/**
 * Builds the Bot Framework authentication for a configuration: botbuilder's JWT validation with
 * every endpoint given explicitly, wrapped in the channel allow-list (before the JWT check), the
 * Teams tenant check (after it), and, on deployed stages, acceptance of Bot Connector tokens only.
 *
 * `options.credentialsFactory` replaces how the bot obtains its own outbound tokens; production
 * passes nothing (the app id and secret from the configuration). Tests use it to reach a token
 * endpoint on loopback. The inbound checks stay botbuilder's whatever is passed.
 */
export function createBotAuthentication(
  config: Config,
  options: { credentialsFactory?: ServiceClientCredentialsFactory } = {},
): BotAuthentication {
  if (!isLocalStage(config) && config.MicrosoftAppId.trim() === "") {
    // loadConfig already refuses this; a hand-made Config must not get botbuilder's anonymous mode either.
    throw new MissingAppIdError(`Stage "${config.STAGE}" needs MicrosoftAppId: an empty app id turns Bot Framework authentication off.`);
  }
  const endpoints = authenticationEndpoints(config);
  const credentials = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    // Without an app id (local loopback only) authentication is off; botbuilder then wants MultiTenant.
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : "MultiTenant",
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  return new BotAuthentication(
    {
      ...credentials,
      // Any one of these set makes botbuilder take all of them as given: all are set, none forgotten.
      ToBotFromChannelOpenIdMetadataUrl: endpoints.toBotFromChannelOpenIdMetadataUrl,
      ToBotFromChannelTokenIssuer: endpoints.toBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: endpoints.toBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: endpoints.toChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: endpoints.toChannelFromBotOAuthScope,
      OAuthUrl: endpoints.oAuthUrl,
      CallerId: endpoints.callerId,
      ValidateAuthority: true,
    },
    options.credentialsFactory ?? new ConfigurationServiceClientCredentialFactory(credentials),
    {
      endpoints,
      policy: channelPolicyFromConfig(config),
      // Deployed stages take tokens from the Bot Connector only; the local server also accepts the Emulator's.
      connectorTokensOnly: !isLocalStage(config),
      authenticationEnabled: config.MicrosoftAppId.trim() !== "",
      appId: config.MicrosoftAppId,
      refusals: new RateLimitedLog(REFUSAL_LOG_LINES_PER_MINUTE),
    },
  );
}

interface Guard {
  endpoints: BotAuthenticationEndpoints;
  policy: ChannelPolicy;
  connectorTokensOnly: boolean;
  authenticationEnabled: boolean;
  appId: string;
  /** Where refusals are logged, rate-limited: a flood of forged requests must not flood the logs. */
  refusals: RateLimitedLog;
}

/** botbuilder's authentication with the assistant's channel and token rules around it. */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(
    settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0],
    credentialsFactory: ServiceClientCredentialsFactory,
    private readonly guard: Guard,
  ) {
    super(settings, credentialsFactory);
  }

  /** What this instance trusts, for tests and diagnostics. */
  get endpoints(): BotAuthenticationEndpoints {
    return this.guard.endpoints;
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const { refusals } = this.guard;
    const channel = checkChannel(this.guard.policy, activity.channelId);
    if (!channel.allowed) throw channelRefusal(channel, refusals);

    if (this.guard.authenticationEnabled && this.guard.connectorTokensOnly && authHeader.trim() !== "") {
      // botbuilder picks its validation path from the unverified issuer: an Emulator or skill issuer
      // would be checked against other keys and without the serviceUrl claim. Refuse those first.
      if (unverifiedIssuer(authHeader) !== this.guard.endpoints.toBotFromChannelTokenIssuer) throw refusal("issuer", "issuer is not the Bot Connector's", refusals);
    }

    let result: AuthenticateRequestResult;
    try {
      // botbuilder's own console.error lines on a refused token are held back (processBotRequest): this refusal is logged below.
      result = await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      throw classify(error, authHeader, refusals);
    }

    if (this.guard.authenticationEnabled) {
      const claims = result.claimsIdentity;
      if (this.guard.connectorTokensOnly && claims.getClaimValue(AuthenticationConstants.IssuerClaim) !== this.guard.endpoints.toBotFromChannelTokenIssuer) {
        throw refusal("issuer", "validated token has another issuer", refusals);
      }
      // botbuilder's Emulator path checks `appid` but not `aud`, then fails to build the reply
      // credentials for a foreign audience with a 500: refuse such a token as what it is.
      const audience = claims.getClaimValue(AuthenticationConstants.AudienceClaim) ?? claims.getClaimValue(AuthenticationConstants.AppIdClaim);
      if (audience !== this.guard.appId) throw refusal("audience", "validated token is for another audience", refusals);
      const late = timeRefusal(claims.getClaimValue("exp"), claims.getClaimValue("nbf"), Date.now() / 1000);
      if (late) throw refusal(late.reason, late.detail, refusals);
    }
    const tenant = checkTenant(this.guard.policy, activity);
    if (!tenant.allowed) throw channelRefusal(tenant, refusals);
    return result;
  }

  /** Not used by this assistant (no streaming connection): refused rather than left open. */
  override async authenticateStreamingRequest(_authHeader: string, _channelIdHeader: string): Promise<AuthenticateRequestResult> {
    throw new AuthenticationError("Streaming connections are not accepted.", 401);
  }

  /** Not used by this assistant (no skills): refused rather than left open. */
  override async authenticateChannelRequest(_authHeader: string): Promise<never> {
    throw new AuthenticationError("Skill requests are not accepted.", 401);
  }
}

function channelRefusal(verdict: { error: string; expected: string }, refusals: RateLimitedLog): AuthenticationError {
  refusals.log("warn", "channel_refused", { reason: verdict.error });
  return new AuthenticationError(`${CHANNEL_REFUSAL_PREFIX}${JSON.stringify({ error: verdict.error, expected: verdict.expected })}`, 403);
}

function refusal(reason: AuthFailure, detail: string, refusals: RateLimitedLog): AuthenticationError {
  refusals.log("warn", "auth_refused", { reason, detail });
  return new AuthenticationError(AUTH_FAILURES[reason], 401);
}

/**
 * A validated token's lifetime against BOT_TOKEN_CLOCK_TOLERANCE_SECONDS (botbuilder allowed 5
 * minutes either way): past `exp`, or before `nbf`, by more than that is refused; so is a token
 * without `exp`, which would be valid forever.
 */
function timeRefusal(exp: unknown, nbf: unknown, nowSeconds: number): { reason: AuthFailure; detail: string } | undefined {
  const expiry = typeof exp === "number" || typeof exp === "string" ? Number(exp) : Number.NaN;
  if (!Number.isFinite(expiry)) return { reason: "rejected", detail: "validated token has no exp" };
  if (expiry + BOT_TOKEN_CLOCK_TOLERANCE_SECONDS < nowSeconds) return { reason: "expired", detail: `expired ${Math.round(nowSeconds - expiry)} s ago` };
  const notBefore = typeof nbf === "number" || typeof nbf === "string" ? Number(nbf) : Number.NaN;
  if (Number.isFinite(notBefore) && notBefore - BOT_TOKEN_CLOCK_TOLERANCE_SECONDS > nowSeconds) return { reason: "notYetValid", detail: `valid in ${Math.round(notBefore - nowSeconds)} s` };
  return undefined;
}

/**
 * Maps whatever botbuilder threw to a 401 with a public reason, except a failure to fetch the signing
 * keys, which is ours (CloudAdapter answers 500, processBotRequest 503). jsonwebtoken's own errors
 * (bad signature, algorithm, not yet valid) escape botbuilder as plain errors that CloudAdapter would
 * answer with 500, though they are the caller's mistake.
 */
function classify(error: unknown, authHeader: string, refusals: RateLimitedLog): Error {
  const name = error instanceof Error ? error.name : "";
  const message = error instanceof Error ? error.message : String(error);
  if ((error instanceof AuthenticationError && error.statusCode >= 500) || name === "FetchError") {
    log("error", "auth_unavailable", { detail: message });
    return new AuthenticationUnavailableError(AUTHENTICATION_UNAVAILABLE, { cause: error });
  }
  return refusal(reasonOf(name, message, authHeader), `${name}: ${message}`, refusals);
}

function reasonOf(name: string, message: string, authHeader: string): AuthFailure {
  if (authHeader.trim() === "") return "missing";
  if (name === "TokenExpiredError" || /expired/i.test(message)) return "expired";
  if (name === "NotBeforeError") return "notYetValid";
  if (/endorsement/i.test(message)) return "endorsement";
  if (/serviceurl/i.test(message)) return "serviceUrl";
  if (/invalid appid|audience/i.test(message)) return "audience";
  if (/issuer/i.test(message)) return "issuer";
  if (/signature|algorithm|signing key|malformed/i.test(message)) return "signature";
  return "rejected";
}

/** The `iss` of a bearer token, read without verification: only ever used to refuse early. */
function unverifiedIssuer(authHeader: string): string | undefined {
  const [scheme, token, ...rest] = authHeader.trim().split(" ");
  if (scheme !== "Bearer" || !token || rest.length > 0) return undefined;
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    return typeof claims === "object" && claims !== null && "iss" in claims && typeof claims.iss === "string" ? claims.iss : undefined;
  } catch {
    return undefined;
  }
}
