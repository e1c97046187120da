import { randomUUID } from "node:crypto";
import type { Activity } from "botbuilder";
import { GetCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { createApp, type App, type AppOverrides } from "../../functions/app/composition-root";
import { loadConfig } from "../../infra/config/env";
import { DynamoDbCatalogRepository } from "../../infra/catalog/dynamodb-catalog.repository";
import { publishContentFiles } from "../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../infra/knowledge/dynamodb-content.repository";
import { loadDataFolder, SAMPLE_DATA_FOLDER } from "../../infra/data-loader/data-folder.loader";
import type { DynamoClients } from "../../infra/dynamodb/client";
import type { TableNames } from "../../infra/dynamodb/tables";
import { DynamoDbLearnerRepository } from "../../infra/learners/dynamodb-learner.repository";
import { conversationStateKey, journalOf } from "../../infra/state/optimistic-conversation-state";
import { createUnderstanding, type Understanding } from "../../domain/understanding/understanding";
import { isolatedTables, type TestDynamo } from "./dynamo";
import { shippedData } from "./advisor-services";

/** Fresh tables on DynamoDB Local with the shipped content published and the sample data loaded, as `npm start` has them. */
export async function seededTables(): Promise<TestDynamo> {
  const dynamo = await isolatedTables();
  await seed(dynamo.doc, dynamo.tables);
  return dynamo;
}

export async function seed(doc: DynamoDBDocumentClient, tables: TableNames): Promise<void> {
  const published = await publishContentFiles({ repository: new DynamoDbContentRepository({ doc, tableName: tables.content }) });
  if (published.outcome !== "published") throw new Error(`content not published: ${published.outcome}`);
  const loaded = await loadDataFolder(SAMPLE_DATA_FOLDER, {
    catalog: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
    learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
  });
  if (!loaded.ok) throw new Error("sample data not loaded");
}

/** The app as the Lambda handler builds it (anonymous local stage), on the given tables. */
export async function reliableApp(
  dynamo: Pick<TestDynamo, "endpoint" | "prefix">,
  options: { env?: Record<string, string>; overrides?: AppOverrides } = {},
): Promise<App> {
  return createApp(loadConfig({ STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix, ...options.env }), options.overrides);
}

export interface Posted {
  status: number;
  replies: Partial<Activity>[];
}

export async function post(app: App, activity: Record<string, unknown>): Promise<Posted> {
  const response = await app.handle({ requestId: randomUUID(), method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(activity) });
  const body = response.body ? (JSON.parse(response.body) as { activities?: Partial<Activity>[] }) : {};
  return { status: response.statusCode, replies: body.activities ?? [] };
}

export const texts = (replies: Partial<Activity>[]) => replies.map((reply) => reply.text ?? "");

/** A learner's message in one conversation, replies in the body unless the overrides say otherwise. */
export function message(conversationId: string, text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: "message",
    id: `act-${randomUUID()}`,
    text,
    channelId: "emulator",
    serviceUrl: "http://127.0.0.1:9",
    deliveryMode: "expectReplies",
    conversation: { id: conversationId },
    from: { id: "learner-1" },
    recipient: { id: "ue-advisor" },
    locale: "fr-FR",
    ...overrides,
  };
}

/** The conversation's state document as stored (the bot's properties, the journal, the participants). */
export async function conversationDocument(dynamo: Pick<TestDynamo, "doc" | "tables">, conversationId: string, channelId = "emulator"): Promise<Record<string, unknown> | undefined> {
  const { Item } = await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.state, Key: { pk: conversationStateKey(channelId, conversationId) }, ConsistentRead: true }));
  return Item ? (JSON.parse(Item.doc as string) as Record<string, unknown>) : undefined;
}

/** Activity ids in the conversation's journal, in order: each turn that took effect appears once. */
export async function journaled(dynamo: Pick<TestDynamo, "doc" | "tables">, conversationId: string): Promise<string[]> {
  return journalOf(await conversationDocument(dynamo, conversationId)).map((entry) => entry.a);
}

/** The events repository on a test's tables (one definition: support/dynamo's). */
export { eventsRepository as events } from "./dynamo";

/**
 * The real understanding, with a hook run once at the start of the next message turn (after the
 * conversation state was read): lets a test deliver another activity while a turn is in progress,
 * deterministically, without timers.
 */
export async function interleavingUnderstanding(): Promise<{ understanding: () => Promise<Understanding>; during(next: () => Promise<void>): void }> {
  const { entries } = await shippedData();
  const real = createUnderstanding(entries);
  let hook: (() => Promise<void>) | undefined;
  return {
    understanding: async () => {
      const run = hook;
      hook = undefined;
      if (run) await run();
      return real;
    },
    during(next) {
      hook = next;
    },
  };
}

/**
 * DynamoDB clients whose document client goes through aws-sdk-client-mock: each command reaches
 * DynamoDB Local unless `fault` returns an error for it. A mocked send replaces the SDK's own
 * retries, so an injected error is what the SDK reports once its retries are spent.
 */
export type SentCommand = { constructor: { name: string }; input: Record<string, unknown> };
/** An error instead of the call, or the call then an error (its acknowledgement lost: it took effect, the caller is told it failed). */
export type Fault = Error | { afterSending: Error } | undefined;

/** The tables a command names (TableName, a batch's RequestItems, a transaction's items), each once. */
export function tablesOf(command: SentCommand): string[] {
  const transacted = ((command.input.TransactItems as Record<string, { TableName?: string }>[] | undefined) ?? []).flatMap((item) => Object.values(item).map((part) => part.TableName));
  const tables = [command.input.TableName, ...Object.keys((command.input.RequestItems as object | undefined) ?? {}), ...transacted];
  return [...new Set(tables.filter((table): table is string => typeof table === "string"))];
}

export function faultyClients(clients: DynamoClients, fault: (command: SentCommand) => Fault) {
  const send = clients.doc.send.bind(clients.doc) as (command: unknown) => Promise<never>;
  const mock = mockClient(clients.doc);
  mock.send.callsFake(async (command: unknown) => {
    const injected = fault(command as SentCommand);
    if (injected instanceof Error) throw injected;
    const result = await send(command);
    if (injected) throw injected.afterSending;
    return result;
  });
  return { clients, mock };
}
