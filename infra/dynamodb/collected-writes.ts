import { AsyncLocalStorage } from "node:async_hooks";
import { PutCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * A put another write carries: a turn's records in other tables (handoff requests, votes,
 * statistics) travel in the same TransactWriteItems as its conversation state, so a turn makes one
 * write request and its records exist exactly when its state was saved.
 */
export interface CollectedPut {
  TableName: string;
  Item: Record<string, unknown>;
}

const collectors = new AsyncLocalStorage<CollectedPut[]>();

/** Runs the work; the puts it makes through `putItem` are returned instead of sent. */
export async function collectPuts(work: () => Promise<unknown>): Promise<CollectedPut[]> {
  const puts: CollectedPut[] = [];
  await collectors.run(puts, work);
  return puts;
}

/** Sends one PutItem, or, inside `collectPuts`, adds it to the collected puts. */
export async function putItem(doc: DynamoDBDocumentClient, put: CollectedPut): Promise<void> {
  const collected = collectors.getStore();
  if (collected) {
    // A copy: the caller may change its object once the call returned.
    collected.push(structuredClone(put));
    return;
  }
  await doc.send(new PutCommand(put));
}
