import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { buildBundle } from "../infra/build/build-bundle";
import { createDynamoClients } from "../infra/dynamodb/client";
import { ensureTables } from "../infra/dynamodb/tables";
import { startDynamoDbLocal } from "../infra/local/dynamodb-local";

export const TEST_TABLE_PREFIX = "test-";

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    dynamoPort: number;
    /** The Lambda bundle built with the production options, infra/build/bundle-options.ts (test/support/production-bundle.ts). */
    productionBundle: string;
  }
}

/**
 * Starts AWS's DynamoDB Local once for the whole run, creates the tables, and stops it at the end.
 * Meanwhile builds the production bundle once, for the tests that run conversations through it.
 */
export default async function setup(project: TestProject) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  const bundleDir = mkdtempSync(join(tmpdir(), "ue-advisor-bundle-"));
  const [started, built] = await Promise.allSettled([
    startDynamoDbLocal({ timeoutMs: 60_000 }),
    buildBundle("functions/messages.ts", bundleDir, { trimmed: true, logLevel: "error" }),
  ]);
  if (started.status === "rejected" || built.status === "rejected") {
    if (started.status === "fulfilled") await started.value.stop();
    throw started.status === "rejected" ? started.reason : (built as PromiseRejectedResult).reason;
  }
  const [local, bundle] = [started.value, built.value];
  const { client } = createDynamoClients({ region: "local", endpoint: local.endpoint, requestTimeoutMs: 5_000, maxAttempts: 3 });
  await ensureTables(client, TEST_TABLE_PREFIX);
  client.destroy();
  project.provide("dynamoEndpoint", local.endpoint);
  project.provide("dynamoPort", local.port);
  project.provide("productionBundle", bundle.file);
  return async () => {
    await local.stop();
    rmSync(bundleDir, { recursive: true, force: true });
  };
}
