import { z } from "zod/v4";
import { ConfigError } from "./env";

/**
 * Configuration of the webchat-token function, parsed once at cold start. It decides whom the
 * function believes (the website's issuer, audience, algorithms and keys) and what it can mint (the
 * Direct Line secret), so every part is required and checked: a missing or weak setting stops the
 * start with a message naming it, rather than minting tokens for the wrong people.
 */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);

/** https, or http on this machine only (the tests' fake identity provider and Direct Line). */
const httpsOrLoopback = z.url().refine((value) => {
  const url = new URL(value);
  return url.protocol === "https:" || (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname));
}, "must be an https URL (http is accepted on loopback only, for tests)");

/**
 * Signature algorithms the website may use: asymmetric only. An HMAC secret would have to be shared
 * with this function (anyone holding it could sign as the website), and "none" signs nothing.
 */
export const WEBSITE_TOKEN_ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"] as const;

const commaList = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

/** A public JSON Web Key: never a private key (`d`) nor a shared secret (`oct`). */
const publicJwk = z.looseObject({
  kty: z.enum(["RSA", "EC", "OKP"], { message: 'kty must be "RSA", "EC" or "OKP" (public keys only; no shared secret)' }),
  kid: z.string().min(1).optional(),
  d: z.undefined({ message: "is a private key member: give the public key only" }).optional(),
});
const jwksJson = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: 'must be JSON: a JSON Web Key Set {"keys":[...]}' });
      return z.NEVER;
    }
  })
  .pipe(z.object({ keys: z.array(publicJwk).min(1, "must hold at least one key") }));

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const required = (what: string) => z.string({ message: `required: ${what}` }).trim().min(1, `required: ${what}`);

export const webchatTokenConfigSchema = z.object({
  STAGE: z.string().min(1).default("local"),
  AWS_REGION: z.string().min(1).default("eu-west-3"),
  /** The `iss` of the website's tokens, exactly as the website writes it. */
  WEBSITE_TOKEN_ISSUER: required("the issuer (iss) of the website's signed tokens"),
  /** The `aud` the website writes in tokens meant for this function. */
  WEBSITE_TOKEN_AUDIENCE: required("the audience (aud) of the website's tokens meant for this function"),
  WEBSITE_TOKEN_ALGORITHMS: z
    .string()
    .default("RS256")
    .transform(commaList)
    .pipe(z.array(z.enum(WEBSITE_TOKEN_ALGORITHMS, { message: `each algorithm must be one of ${WEBSITE_TOKEN_ALGORITHMS.join(", ")}` })).min(1)),
  /** Where the website publishes its public keys (a JWKS), fetched and cached by the function… */
  WEBSITE_JWKS_URL: httpsOrLoopback.optional(),
  /** …or the public keys themselves, as a JWKS in JSON. Exactly one of the two. */
  WEBSITE_JWKS: jwksJson.optional(),
  /** The claim that holds the learner's id (the student record's key). */
  WEBSITE_LEARNER_CLAIM: z.string().trim().min(1).default("sub"),
  /** Allowed clock skew between the website and AWS when checking exp, nbf and iat: a small one. */
  WEBSITE_TOKEN_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(120, "must be at most 120 seconds: a small clock skew, not a longer validity").default(30),
  /**
   * How long after it was signed (`iat`, required) the website's token is accepted, whatever its
   * `exp` says: it is exchanged at once, so a token lasting longer is a leaked or replayed one.
   */
  WEBSITE_TOKEN_MAX_AGE_SECONDS: z.coerce.number().int().min(1, "must be at least 1 second").max(3600, "must be at most 3600 seconds: the token is exchanged at once").default(300),
  /** Direct Line's REST base; regional bots use e.g. https://europe.directline.botframework.com/v3/directline. */
  DIRECT_LINE_ENDPOINT: httpsOrLoopback.default("https://directline.botframework.com/v3/directline"),
  DIRECT_LINE_SECRET: z.string().default(""),
  /** Name of the SSM SecureString holding the Direct Line secret (read at cold start). */
  DIRECT_LINE_SECRET_PARAMETER: z.string().default(""),
  /** Origins allowed to use a minted token (Direct Line's trustedOrigins), comma-separated. */
  DIRECT_LINE_TRUSTED_ORIGINS: z
    .string()
    .default("")
    .transform(commaList)
    .pipe(z.array(z.url().refine((value) => new URL(value).origin === value.replace(/\/$/, ""), "each trusted origin must be an origin like https://www.example.org"))),
  DIRECT_LINE_TIMEOUT_MS: positiveInt(5_000),
});

export type WebchatTokenConfig = z.infer<typeof webchatTokenConfigSchema>;

/** Parses the environment; throws a ConfigError naming every missing or invalid variable. */
export function loadWebchatTokenConfig(env: Record<string, string | undefined> = process.env): WebchatTokenConfig {
  // The deployment passes unset parameters as empty strings: they count as absent.
  const set = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== "")) as Record<string, string>;
  const parsed = webchatTokenConfigSchema.safeParse(set);
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  const keySources = [set.WEBSITE_JWKS_URL, set.WEBSITE_JWKS].filter((value) => value !== undefined).length;
  if (keySources !== 1) {
    problems.push(`WEBSITE_JWKS_URL or WEBSITE_JWKS: exactly one is required (the website's public keys), ${keySources === 0 ? "none is set" : "both are set"}`);
  }
  if (!set.DIRECT_LINE_SECRET && !set.DIRECT_LINE_SECRET_PARAMETER) {
    problems.push("DIRECT_LINE_SECRET_PARAMETER (or DIRECT_LINE_SECRET): required, the Direct Line channel's secret that mints tokens");
  }
  if (problems.length > 0 || !parsed.success) throw new ConfigError(`Invalid configuration of the webchat-token function: ${problems.join("; ")}`);
  return parsed.data;
}
