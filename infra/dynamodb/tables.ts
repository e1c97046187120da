import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  type KeySchemaElement,
  type AttributeDefinition,
} from "@aws-sdk/client-dynamodb";

/**
 * The tables of the assistant. serverless.yml declares the same tables for AWS; a test compares the
 * packaged CloudFormation template with this list so the two cannot drift apart.
 *
 * Every table uses a string partition key `pk`; those holding several item types under one partition
 * add a string sort key `sk`. Items that expire carry `expiresAt` (epoch seconds), DynamoDB's TTL.
 */
export interface TableDefinition {
  /** Logical name; the physical name is TABLE_PREFIX + logical name. */
  readonly name: TableName;
  readonly sortKey: boolean;
  readonly ttlAttribute?: string;
}

export const TTL_ATTRIBUTE = "expiresAt";

export const TABLES = [
  { name: "state", sortKey: false, ttlAttribute: TTL_ATTRIBUTE },
  { name: "catalog", sortKey: true },
  { name: "learners", sortKey: true },
  { name: "content", sortKey: true },
  { name: "events", sortKey: true, ttlAttribute: TTL_ATTRIBUTE },
] as const satisfies readonly { name: string; sortKey: boolean; ttlAttribute?: string }[];

export type TableName = (typeof TABLES)[number]["name"];

export type TableNames = Record<TableName, string>;

export function tableNames(prefix: string): TableNames {
  return Object.fromEntries(TABLES.map((t) => [t.name, `${prefix}${t.name}`])) as TableNames;
}

function keySchema(definition: TableDefinition): { KeySchema: KeySchemaElement[]; AttributeDefinitions: AttributeDefinition[] } {
  const KeySchema: KeySchemaElement[] = [{ AttributeName: "pk", KeyType: "HASH" }];
  const AttributeDefinitions: AttributeDefinition[] = [{ AttributeName: "pk", AttributeType: "S" }];
  if (definition.sortKey) {
    KeySchema.push({ AttributeName: "sk", KeyType: "RANGE" });
    AttributeDefinitions.push({ AttributeName: "sk", AttributeType: "S" });
  }
  return { KeySchema, AttributeDefinitions };
}

/**
 * Creates the tables that do not exist yet (local stores and tests; AWS gets them from CloudFormation).
 * Waits until each is ACTIVE.
 */
export async function ensureTables(client: DynamoDBClient, prefix: string): Promise<void> {
  const names = tableNames(prefix);
  await Promise.all(
    (TABLES as readonly TableDefinition[]).map(async (definition) => {
      const TableName = names[definition.name];
      try {
        await client.send(new CreateTableCommand({ TableName, BillingMode: "PAY_PER_REQUEST", ...keySchema(definition) }));
      } catch (error) {
        if (!(error instanceof ResourceInUseException)) throw error;
      }
      for (let attempt = 0; ; attempt++) {
        const { Table } = await client.send(new DescribeTableCommand({ TableName }));
        if (Table?.TableStatus === "ACTIVE") break;
        if (attempt > 100) throw new Error(`Table ${TableName} did not become ACTIVE`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      if (definition.ttlAttribute) {
        try {
          await client.send(
            new UpdateTimeToLiveCommand({
              TableName,
              TimeToLiveSpecification: { AttributeName: definition.ttlAttribute, Enabled: true },
            }),
          );
        } catch (error) {
          // dynalite does not implement TTL, and a second enable is refused; expiry is also enforced on read.
          const name = (error as { name?: string }).name ?? "";
          if (!["UnknownOperationException", "ValidationException"].includes(name)) throw error;
        }
      }
    }),
  );
}
