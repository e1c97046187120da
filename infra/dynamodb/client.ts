import { DynamoDBClient, type DynamoDBClientConfig } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { BudgetedRetryStrategy, budgetedAttempt } from "./request-budget";

export interface DynamoClientOptions {
  region: string;
  endpoint?: string;
  requestTimeoutMs: number;
  maxAttempts: number;
}

export interface DynamoClients {
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
}

/**
 * DynamoDB clients with explicit timeouts: the SDK's default has none, and a reply must leave within
 * the channel's ~15 s budget. Retries follow an explicit strategy that also respects the current
 * turn's request budget (request-budget.ts): no attempt starts that could end after its deadline.
 */
export function createDynamoClients(options: DynamoClientOptions): DynamoClients {
  const client = new DynamoDBClient({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts,
    retryStrategy: new BudgetedRetryStrategy({ maxAttempts: options.maxAttempts, requestTimeoutMs: options.requestTimeoutMs }),
    requestHandler: new NodeHttpHandler({
      connectionTimeout: Math.min(1_000, options.requestTimeoutMs),
      requestTimeout: options.requestTimeoutMs,
      // Without this, @smithy/node-http-handler 4.x only logs a warning when requestTimeout passes
      // and a hung request waits forever: the timeout above would be decorative.
      throwOnRequestTimeout: true,
    }),
    ...knownSettings(options),
  });
  // Per attempt (inside the retry middleware); the document client shares this middleware stack.
  client.middlewareStack.add(budgetedAttempt(options.requestTimeoutMs) as never, { step: "finalizeRequest", priority: "low", name: "budgetedAttempt" });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}

/** Local stores accept any credentials. */
const LOCAL_CREDENTIALS = { accessKeyId: "local", secretAccessKey: "local" };

/**
 * Credentials and settings given to the SDK when they are known, so that its first call need not
 * look for them: left to itself, the SDK resolves each setting through a chain (environment, then
 * the shared files ~/.aws/config and ~/.aws/credentials, then its default) and the credentials
 * through the default provider chain, a one-time cost of every cold start (about 6 ms of CPU, and
 * two file reads) for values known in advance:
 * - a local store (endpoint): any credentials, the defaults;
 * - on Lambda, where the role's credentials are in the environment (AWS_ACCESS_KEY_ID,
 *   AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN): those, read as the SDK's own environment provider
 *   reads them, and each setting from its environment variable as the SDK reads it, or the SDK's
 *   default; Lambda has no shared files.
 * Anywhere else (the command-line tools on a workstation, a profile in ~/.aws) the SDK resolves
 * everything itself, as before.
 */
function knownSettings(options: DynamoClientOptions): Partial<DynamoDBClientConfig> {
  const env = process.env;
  const credentials = options.endpoint ? LOCAL_CREDENTIALS : env.AWS_LAMBDA_FUNCTION_NAME ? environmentCredentials(env) : undefined;
  if (!credentials) return {};
  const unset = (...names: string[]) => names.every((name) => env[name] === undefined);
  return {
    credentials,
    // Absent from the environment, each takes the SDK's default; present, the SDK reads it there.
    ...(unset("AWS_USE_FIPS_ENDPOINT") ? { useFipsEndpoint: false } : {}),
    ...(unset("AWS_USE_DUALSTACK_ENDPOINT") ? { useDualstackEndpoint: false } : {}),
    ...(unset("AWS_ACCOUNT_ID_ENDPOINT_MODE") ? { accountIdEndpointMode: "preferred" as const } : {}),
    ...(unset("AWS_AUTH_SCHEME_PREFERENCE") ? { authSchemePreference: [] } : {}),
    ...(unset("AWS_SDK_UA_APP_ID") ? { userAgentAppId: async () => undefined } : {}),
    ...(unset("AWS_ENABLE_ENDPOINT_DISCOVERY", "AWS_ENDPOINT_DISCOVERY_ENABLED") ? { endpointDiscoveryEnabledProvider: async () => undefined } : {}),
  };
}

/** The credentials in the environment, as @aws-sdk/credential-provider-env reads them; undefined when absent. */
function environmentCredentials(env: NodeJS.ProcessEnv): DynamoDBClientConfig["credentials"] {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = env;
  if (!accessKeyId || !secretAccessKey) return undefined;
  const { AWS_CREDENTIAL_EXPIRATION: expiry, AWS_CREDENTIAL_SCOPE: credentialScope, AWS_ACCOUNT_ID: accountId } = env;
  return {
    accessKeyId,
    secretAccessKey,
    ...(sessionToken ? { sessionToken } : {}),
    ...(expiry ? { expiration: new Date(expiry) } : {}),
    ...(credentialScope ? { credentialScope } : {}),
    ...(accountId ? { accountId } : {}),
  };
}
