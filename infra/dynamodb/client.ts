import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { NodeHttpHandler } from "@smithy/node-http-handler";

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
 * the channel's ~15 s budget (attempts × timeout stays well under it).
 */
export function createDynamoClients(options: DynamoClientOptions): DynamoClients {
  const client = new DynamoDBClient({
    region: options.region,
    endpoint: options.endpoint,
    maxAttempts: options.maxAttempts,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: Math.min(1_000, options.requestTimeoutMs),
      requestTimeout: options.requestTimeoutMs,
    }),
    // Local stores accept any credentials; on AWS the Lambda role's credentials are used.
    ...(options.endpoint ? { credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
  return { client, doc };
}
