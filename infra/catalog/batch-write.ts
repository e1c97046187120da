import { BatchWriteCommand, type DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/** BatchWriteItem takes at most 25 requests. */
export const BATCH_WRITE_LIMIT = 25;
/** Chunks in flight at once: enough for a catalog load, gentle on a table's capacity. */
const CONCURRENCY = 4;

export class BatchWriteError extends Error {
  override readonly name = "BatchWriteError";
}

export type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: Record<string, unknown> } };

export interface BatchWriteOptions {
  /** Retries of the items DynamoDB leaves unprocessed (throttling), with exponential backoff. */
  maxRetries?: number;
  /** Injected for tests; waits `ms` milliseconds. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * Writes every request in chunks of 25, retrying the items DynamoDB returns as unprocessed: a
 * BatchWriteItem that succeeds may still have written only part of its chunk.
 * (Shared by the catalog and learner adapters; it belongs in infra/dynamodb/ if the owners agree.)
 */
export async function batchWriteAll(
  doc: DynamoDBDocumentClient,
  tableName: string,
  requests: readonly WriteRequest[],
  options: BatchWriteOptions = {},
): Promise<void> {
  const maxRetries = options.maxRetries ?? 8;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const chunks: WriteRequest[][] = [];
  for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) chunks.push(requests.slice(i, i + BATCH_WRITE_LIMIT));

  const writeChunk = async (chunk: WriteRequest[]) => {
    let pending: WriteRequest[] = chunk;
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > maxRetries) {
        throw new BatchWriteError(`DynamoDB left ${pending.length} item(s) of ${tableName} unprocessed after ${maxRetries} retries.`);
      }
      if (attempt > 0) await sleep(Math.min(2_000, 2 ** attempt * 25));
      const response = await doc.send(new BatchWriteCommand({ RequestItems: { [tableName]: pending } }));
      pending = (response.UnprocessedItems?.[tableName] ?? []) as WriteRequest[];
    }
  };

  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, chunks.length) }, async () => {
      while (next < chunks.length) await writeChunk(chunks[next++] as WriteRequest[]);
    }),
  );
}
