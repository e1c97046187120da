import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
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
    // Local stores accept any credentials; on AWS the Lambda role's credentials are used.
    ...(options.endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  // Per attempt (inside the retry middleware); the document client shares this middleware stack.
  client.middlewareStack.add(budgetedAttempt(options.requestTimeoutMs) as never, { step: "finalizeRequest", priority: "low", name: "budgetedAttempt" });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
