import { z } from "zod/v4";
import { InfraError } from "../errors";

/**
 * Runtime configuration, parsed once at cold start. A missing or malformed variable fails the start
 * with a message naming it, rather than surfacing later as a confusing runtime fault.
 */
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** serverless.yml passes an unset optional setting as an empty string: read it as unset. */
const unsetWhenEmpty = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema);

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
  /**
   * Time a turn may spend on DynamoDB (its state, its records), from its start: no DynamoDB attempt
   * starts that could end after it. With the clean-up after a fault (one attempt) and the reply, it
   * must fit the channel's ~15 s reply budget (checked below).
   */
  TURN_BUDGET_MS: positiveInt(9_000),
  /**
   * Time a cold start may spend reading the catalog and the content: past it, the container starts
   * without them and the turns read them (infra/cache/background-refresh.ts, FirstLoadRetry). With
   * the secret's read it comes out of the first turn's budget (checked below).
   */
  COLD_START_BUDGET_MS: positiveInt(3_500),
  /** Runs of one turn when its conversation state was changed meanwhile by a concurrent turn (eTag conflict). */
  TURN_MAX_ATTEMPTS: positiveInt(4),
  /** Lifetime of conversation state, from its last write. */
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
  /**
   * Microsoft Entra tenants whose Teams conversations the assistant accepts, comma-separated.
   * Empty means the bot's own tenant (MicrosoftAppTenantId): the university's.
   */
  TEAMS_TENANT_IDS: z
    .string()
    .default("")
    .transform((value) => value.split(",").map((id) => id.trim().toLowerCase()).filter((id) => id !== ""))
    .pipe(z.array(z.string().regex(GUID, "must be a comma-separated list of tenant ids (GUIDs)"))),
  /**
   * "true" once the Azure Bot's Direct Line channel has "Enhanced authentication options" on: Direct
   * Line then writes the user id bound in the token (minted by the webchat-token function as
   * `dl_<learnerId>` for a signed-in learner) into every activity's from.id, whatever the client
   * sends, so the assistant may take that id as the learner's. Off, website visitors stay anonymous.
   */
  DIRECT_LINE_ENHANCED_AUTH: z.enum(["true", "false"]).default("false"),
  /**
   * Test-only replacements for Microsoft's Bot Framework authentication endpoints, so tests can run
   * a local identity provider. Each must be a loopback URL, and a deployed stage accepts them only
   * with BOT_AUTH_ALLOW_TEST_ENDPOINTS=true (see loadConfig): production always uses Microsoft's.
   */
  BOT_AUTH_OPENID_METADATA_URL: z.url().optional(),
  BOT_AUTH_EMULATOR_OPENID_METADATA_URL: z.url().optional(),
  BOT_AUTH_LOGIN_URL: z.url().optional(),
  BOT_AUTH_TOKEN_ISSUER: z.string().min(1).optional(),
  BOT_AUTH_ALLOW_TEST_ENDPOINTS: z.enum(["true", "false"]).default("false"),
  /**
   * The advisors' Teams channel, where each new handoff request is posted (a proactive message).
   * Set all of SERVICE_URL and CONVERSATION_ID, or none (no announcement: the inbox still lists
   * requests). Take them from an activity the bot received in that channel: `serviceUrl` (e.g.
   * https://smba.trafficmanager.net/emea/) and `conversation.id` (19:…@thread.tacv2). The tenant
   * defaults to MicrosoftAppTenantId.
   */
  ADVISORS_TEAMS_SERVICE_URL: unsetWhenEmpty(z.url().optional()),
  ADVISORS_TEAMS_CONVERSATION_ID: unsetWhenEmpty(
    z
      .string()
      .regex(/^19:\S+@thread\.(tacv2|skype)$/, "must be a Teams channel conversation id, e.g. 19:abc…@thread.tacv2")
      .optional(),
  ),
  ADVISORS_TEAMS_TENANT_ID: unsetWhenEmpty(z.string().regex(GUID, "must be a tenant id (GUID)").optional()),
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends InfraError {}

/** Parses the environment; throws a ConfigError naming every missing or invalid variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  }
  const config = parsed.data;
  const problems = [...deployedStageProblems(config, env), ...authEndpointProblems(config), ...advisorsChannelProblems(config), ...replyBudgetProblems(config)];
  if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join("; ")}`);
  return config;
}

/** True for the stage of the loopback server, where anonymous Bot Framework mode is allowed. */
export function isLocalStage(config: Pick<Config, "STAGE">): boolean {
  return config.STAGE === "local";
}

/**
 * A deployed stage fails closed: a single-tenant bot with its app id, tenant and secret, or no start
 * at all. An empty app id would turn botbuilder's authentication off for every caller.
 */
function deployedStageProblems(config: Config, env: Record<string, string | undefined>): string[] {
  if (isLocalStage(config)) {
    // STAGE defaults to "local": a function deployed without STAGE must not run anonymously.
    return env.AWS_LAMBDA_FUNCTION_NAME
      ? ['STAGE: "local" is for the loopback server; a Lambda function needs its deployed stage name (and Bot Framework credentials)']
      : [];
  }
  const missing: string[] = (["MicrosoftAppId", "MicrosoftAppTenantId"] as const).filter((name) => config[name].trim() === "");
  if (!config.MicrosoftAppPassword.trim() && !config.MICROSOFT_APP_PASSWORD_PARAMETER.trim()) {
    missing.push("MicrosoftAppPassword (or MICROSOFT_APP_PASSWORD_PARAMETER)");
  }
  const problems =
    missing.length > 0 ? [`stage "${config.STAGE}" refuses to start without Bot Framework credentials; missing: ${missing.join(", ")}`] : [];
  if (config.MicrosoftAppType !== "SingleTenant") {
    problems.push(`MicrosoftAppType: stage "${config.STAGE}" runs as a SingleTenant bot (the university's tenant), not ${config.MicrosoftAppType}`);
  }
  return problems;
}

/** Teams redelivers an activity not answered within about 15 s; Direct Line's client gives up too. */
export const CHANNEL_REPLY_BUDGET_MS = 15_000;
/** Kept for sending the replies (or the apology) to the channel after the DynamoDB work. */
export const REPLY_SEND_RESERVE_MS = 2_000;
/** The clean-up after a fault gets one request timeout plus this, for its attempt to start. */
export const CLEANUP_MARGIN_MS = 250;

/**
 * The longest read of a secret from SSM at a cold start (infra/config/secrets.ts: two attempts of at
 * most 1.5 s, and the SDK's backoff between them).
 */
export const SECRET_READ_WORST_MS = 3_500;

/**
 * The longest cold start, as configured: the secret, then the catalog and the content (read in
 * parallel, within COLD_START_BUDGET_MS). A turn's budget counts from the request's arrival, so this
 * comes out of the first turn's TURN_BUDGET_MS, which must still leave it one DynamoDB attempt.
 */
export function coldStartMs(config: Pick<Config, "COLD_START_BUDGET_MS">): number {
  return SECRET_READ_WORST_MS + config.COLD_START_BUDGET_MS;
}

/**
 * The worst case of one turn, as configured, from the request's arrival (a cold start included): every DynamoDB attempt within the turn budget, then one
 * clean-up attempt after a fault (putting back the conversation state the turn wrote), then the
 * reply. docs/reliability.md states the same arithmetic with the defaults.
 */
export function worstCaseTurnMs(config: Pick<Config, "TURN_BUDGET_MS" | "DYNAMODB_REQUEST_TIMEOUT_MS">): number {
  return config.TURN_BUDGET_MS + config.DYNAMODB_REQUEST_TIMEOUT_MS + CLEANUP_MARGIN_MS + REPLY_SEND_RESERVE_MS;
}

function replyBudgetProblems(config: Config): string[] {
  const problems: string[] = [];
  const worst = worstCaseTurnMs(config);
  if (worst > CHANNEL_REPLY_BUDGET_MS) {
    problems.push(
      `TURN_BUDGET_MS: ${config.TURN_BUDGET_MS} ms of DynamoDB work + ${config.DYNAMODB_REQUEST_TIMEOUT_MS + CLEANUP_MARGIN_MS} ms of clean-up (DYNAMODB_REQUEST_TIMEOUT_MS + ${CLEANUP_MARGIN_MS}) + ${REPLY_SEND_RESERVE_MS} ms to reply is ${worst} ms, over the channel's ${CHANNEL_REPLY_BUDGET_MS} ms`,
    );
  }
  if (config.DYNAMODB_REQUEST_TIMEOUT_MS >= config.TURN_BUDGET_MS) {
    problems.push(`DYNAMODB_REQUEST_TIMEOUT_MS: ${config.DYNAMODB_REQUEST_TIMEOUT_MS} ms leaves no attempt within TURN_BUDGET_MS (${config.TURN_BUDGET_MS} ms)`);
  } else if (config.COLD_START_BUDGET_MS < config.DYNAMODB_REQUEST_TIMEOUT_MS) {
    problems.push(`COLD_START_BUDGET_MS: ${config.COLD_START_BUDGET_MS} ms leaves a cold start no DynamoDB attempt of ${config.DYNAMODB_REQUEST_TIMEOUT_MS} ms (DYNAMODB_REQUEST_TIMEOUT_MS)`);
  } else if (coldStartMs(config) + config.DYNAMODB_REQUEST_TIMEOUT_MS > config.TURN_BUDGET_MS) {
    problems.push(
      `COLD_START_BUDGET_MS: a cold start of up to ${coldStartMs(config)} ms (${SECRET_READ_WORST_MS} ms for the secret + COLD_START_BUDGET_MS ${config.COLD_START_BUDGET_MS} ms) leaves the first turn no DynamoDB attempt of ${config.DYNAMODB_REQUEST_TIMEOUT_MS} ms within TURN_BUDGET_MS (${config.TURN_BUDGET_MS} ms), which counts from the request's arrival`,
    );
  }
  return problems;
}

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "[::1]", "localhost"]);
const AUTH_ENDPOINT_OVERRIDES = [
  "BOT_AUTH_OPENID_METADATA_URL",
  "BOT_AUTH_EMULATOR_OPENID_METADATA_URL",
  "BOT_AUTH_LOGIN_URL",
  "BOT_AUTH_TOKEN_ISSUER",
] as const;

/**
 * The endpoint overrides decide whose signing keys the bot trusts. They may only point at this
 * machine (nothing an outsider controls), and a deployed stage must opt in explicitly, so a stray
 * variable can never make production trust another identity provider.
 */
function authEndpointProblems(config: Config): string[] {
  const set = AUTH_ENDPOINT_OVERRIDES.filter((name) => config[name] !== undefined);
  const problems: string[] = [];
  for (const name of set) {
    if (name === "BOT_AUTH_TOKEN_ISSUER") continue;
    if (!LOOPBACK_HOSTS.has(new URL(config[name] as string).hostname)) problems.push(`${name}: must be a loopback URL (127.0.0.1, [::1] or localhost); it exists for tests only`);
  }
  if (set.length > 0 && !isLocalStage(config) && config.BOT_AUTH_ALLOW_TEST_ENDPOINTS !== "true") {
    problems.push(
      `${set.join(", ")}: stage "${config.STAGE}" uses Microsoft's authentication endpoints; overrides are for tests and need BOT_AUTH_ALLOW_TEST_ENDPOINTS=true`,
    );
  }
  return problems;
}

/** The advisors' channel settings, when configured: where and how new requests are announced. */
export interface AdvisorsChannelSettings {
  serviceUrl: string;
  conversationId: string;
  tenantId: string;
}

export function advisorsChannelOf(config: Config): AdvisorsChannelSettings | undefined {
  if (!config.ADVISORS_TEAMS_SERVICE_URL || !config.ADVISORS_TEAMS_CONVERSATION_ID) return undefined;
  return {
    serviceUrl: config.ADVISORS_TEAMS_SERVICE_URL,
    conversationId: config.ADVISORS_TEAMS_CONVERSATION_ID,
    tenantId: (config.ADVISORS_TEAMS_TENANT_ID ?? config.MicrosoftAppTenantId).toLowerCase(),
  };
}

/**
 * A proactive message is sent with the bot's own credentials to the channel's serviceUrl: both
 * settings or neither, an app id to sign with, and HTTPS except a loopback test connector (which a
 * deployed stage accepts only with BOT_AUTH_ALLOW_TEST_ENDPOINTS, like the other test endpoints).
 */
function advisorsChannelProblems(config: Config): string[] {
  const url = config.ADVISORS_TEAMS_SERVICE_URL;
  const conversation = config.ADVISORS_TEAMS_CONVERSATION_ID;
  if (!url && !conversation && !config.ADVISORS_TEAMS_TENANT_ID) return [];
  if (!url || !conversation) {
    return [`${url ? "ADVISORS_TEAMS_CONVERSATION_ID" : "ADVISORS_TEAMS_SERVICE_URL"}: the advisors' Teams channel needs both ADVISORS_TEAMS_SERVICE_URL and ADVISORS_TEAMS_CONVERSATION_ID (or neither)`];
  }
  const problems: string[] = [];
  if (!config.MicrosoftAppId.trim()) problems.push("ADVISORS_TEAMS_SERVICE_URL: posting to the advisors' Teams channel needs the bot's MicrosoftAppId and password");
  if (!config.ADVISORS_TEAMS_TENANT_ID && !config.MicrosoftAppTenantId.trim()) problems.push("ADVISORS_TEAMS_TENANT_ID: the channel's tenant is needed (or MicrosoftAppTenantId)");
  const parsed = new URL(url);
  const loopback = LOOPBACK_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== "https:" && !loopback) problems.push("ADVISORS_TEAMS_SERVICE_URL: must be an https URL (the Teams serviceUrl, e.g. https://smba.trafficmanager.net/emea/)");
  if (loopback && !isLocalStage(config) && config.BOT_AUTH_ALLOW_TEST_ENDPOINTS !== "true") {
    problems.push(`ADVISORS_TEAMS_SERVICE_URL: stage "${config.STAGE}" posts to Teams, not to a loopback test connector`);
  }
  return problems;
}
