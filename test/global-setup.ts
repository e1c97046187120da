import type { TestProject } from "vitest/node";
import { createDynamoClients } from "../infra/dynamodb/client";
import { ensureTables } from "../infra/dynamodb/tables";
import { startDynamoDbLocal } from "../infra/local/dynamodb-local";

export const TEST_TABLE_PREFIX = "test-";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    dynamoPort: number;
  }
}

/** Starts AWS's DynamoDB Local once for the whole run, creates the tables, and stops it at the end. */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const local = await startDynamoDbLocal({ timeoutMs: 60_000 });
  const { client } = createDynamoClients({ region: "local", endpoint: local.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
  await ensureTables(client, TEST_TABLE_PREFIX);
  client.destroy();
  project.provide("dynamoEndpoint", local.endpoint);
  project.provide("dynamoPort", local.port);
  return async () => {
    await local.stop();
  };
}
