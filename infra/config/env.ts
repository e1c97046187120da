import { z } from "zod/v4";

/**
 * Runtime configuration, parsed once at cold start. A missing or malformed variable fails the start
 * with a message naming it, rather than surfacing later as a confusing runtime fault.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const configSchema = z.object({
  /** "local" for the loopback server, anything else is a deployed stage. */
  STAGE: z.string().min(1).default("local"),
  AWS_REGION: z.string().min(1).default("eu-west-3"),
  /** Prefix of every table name, e.g. "ue-advisor-prod-". */
  TABLE_PREFIX: z.string().min(1).default("ue-advisor-local-"),
  /** Endpoint of a DynamoDB-compatible store (dynalite, DynamoDB Local); absent on AWS. */
  DYNAMODB_ENDPOINT: z.url().optional(),
  /** Per-request timeout of DynamoDB calls; retries included must fit the channel's ~15 s budget. */
  DYNAMODB_REQUEST_TIMEOUT_MS: positiveInt(2_000),
  DYNAMODB_MAX_ATTEMPTS: positiveInt(3),
  /** Lifetime of conversation and user state, from its last write. */
  STATE_TTL_DAYS: positiveInt(30),
  /** Retention of handoff requests, and of feedback votes and unanswered questions. */
  HANDOFF_TTL_DAYS: positiveInt(365),
  EVENTS_TTL_DAYS: positiveInt(400),
  /** What advisors commit to for answering a handoff request, in working days (said to learners). */
  HANDOFF_RESPONSE_DAYS: positiveInt(3),
  /** How often a warm container checks for a newly published catalog or content version. */
  CATALOG_REFRESH_SECONDS: positiveInt(300),
  CONTENT_REFRESH_SECONDS: positiveInt(60),
  MicrosoftAppId: z.string().default(""),
  MicrosoftAppPassword: z.string().default(""),
  /** Name of the SSM SecureString holding the app password on deployed stages (read at cold start). */
  MICROSOFT_APP_PASSWORD_PARAMETER: z.string().default(""),
  MicrosoftAppTenantId: z.string().default(""),
  MicrosoftAppType: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).default("SingleTenant"),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Parses the environment; throws a ConfigError naming every missing or invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const config = parsed.data;
  if (config.STAGE !== "local") {
    const missing: string[] = (["MicrosoftAppId", "MicrosoftAppTenantId"] as const).filter((name) => config[name].trim() === "");
    if (!config.MicrosoftAppPassword.trim() && !config.MICROSOFT_APP_PASSWORD_PARAMETER.trim()) {
      missing.push("MicrosoftAppPassword (or MICROSOFT_APP_PASSWORD_PARAMETER)");
    }
    if (missing.length > 0) {
      throw new ConfigError(
        `Stage "${config.STAGE}" refuses to start without Bot Framework credentials; missing: ${missing.join(", ")}`,
      );
    }
  }
  return config;
}
