import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import { createDynamoClients, type DynamoClients } from "../../infra/dynamodb/client";
import { ensureTables, tableNames, type TableNames } from "../../infra/dynamodb/tables";
import { DynamoDbEventsRepository } from "../../infra/events/dynamodb-events.repository";

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";

export interface TestDynamo extends DynamoClients {
  endpoint: string;
  prefix: string;
  tables: TableNames;
}

/** Clients for the run's DynamoDB Local. */
export function testDynamoClients(options: { maxAttempts?: number; requestTimeoutMs?: number } = {}): DynamoClients & { endpoint: string } {
  const endpoint = inject("dynamoEndpoint");
  return {
    endpoint,
    ...createDynamoClients({ region: "local", endpoint, requestTimeoutMs: options.requestTimeoutMs ?? 5_000, maxAttempts: options.maxAttempts ?? 3 }),
  };
}

/** A fresh set of tables under a unique prefix on DynamoDB Local, so test files never see each other's items. */
export async function isolatedTables(): Promise<TestDynamo> {
  const clients = testDynamoClients();
  const prefix = `t${randomUUID().slice(0, 8)}-`;
  await ensureTables(clients.client, prefix);
  return { ...clients, prefix, tables: tableNames(prefix) };
}

/** The events repository on a test's tables; records (handoff requests and statistics) expire after `ttlSeconds`. */
export function eventsRepository(dynamo: Pick<TestDynamo, "doc" | "tables">, ttlSeconds = 86_400): DynamoDbEventsRepository {
  return new DynamoDbEventsRepository({ doc: dynamo.doc, tableName: dynamo.tables.events, handoffTtlSeconds: ttlSeconds, eventTtlSeconds: ttlSeconds });
}
