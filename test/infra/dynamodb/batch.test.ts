import { mockClient } from "aws-sdk-client-mock";
import { BatchGetCommand, BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { batchGet, batchWrite, runLimited, UnprocessedItemsError, type WriteRequest } from "../../../infra/dynamodb/batch";
import { InfraError } from "../../../infra/errors";
import { isolatedTables, testDynamoClients } from "../../support/dynamo";

const dynamo = await isolatedTables();
const catalog = dynamo.tables.catalog;
const learners = dynamo.tables.learners;

const item = (pk: string, i: number) => ({ pk, sk: `S${String(i).padStart(3, "0")}`, n: i });
const put = (pk: string, i: number): WriteRequest => ({ PutRequest: { Item: item(pk, i) } });
const noWait = async () => undefined;

async function partition(pk: string, tableName = catalog): Promise<Record<string, unknown>[]> {
  const { Items } = await dynamo.doc.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": pk }, ConsistentRead: true }));
  return Items ?? [];
}

/**
 * A document client whose batch requests reach DynamoDB Local, except that `leave` picks, from each
 * request, what the fake answer hands back as unprocessed (DynamoDB Local never throttles).
 */
function throttled<C extends typeof BatchWriteCommand | typeof BatchGetCommand>(command: C, leave: (input: C extends typeof BatchWriteCommand ? BatchWriteInput : BatchGetInput, call: number) => Record<string, unknown> | undefined) {
  const real = testDynamoClients().doc;
  const doc = DynamoDBDocumentClient.from(testDynamoClients().client);
  const mock = mockClient(doc);
  let calls = 0;
  mock.on(command as typeof BatchWriteCommand).callsFake(async (input) => {
    const left = leave(input as never, calls++);
    if (command === BatchWriteCommand) {
      const leftItems = (left ?? {}) as BatchWriteInput["RequestItems"];
      const sent = Object.fromEntries(Object.entries(input.RequestItems).map(([table, requests]) => [table, (requests as WriteRequest[]).filter((r) => !leftItems[table]?.includes(r))]).filter(([, r]) => (r as unknown[]).length > 0));
      if (Object.keys(sent).length > 0) await real.send(new BatchWriteCommand({ RequestItems: sent }));
      return { UnprocessedItems: leftItems };
    }
    const leftKeys = (left ?? {}) as BatchGetInput["RequestItems"];
    const asked = Object.fromEntries(
      Object.entries(input.RequestItems as unknown as BatchGetInput["RequestItems"])
        .map(([table, request]) => [table, { ...request, Keys: request.Keys.filter((key) => !leftKeys[table]?.Keys.includes(key)) }] as const)
        .filter(([, request]) => request.Keys.length > 0),
    );
    const answered = Object.keys(asked).length > 0 ? await real.send(new BatchGetCommand({ RequestItems: asked })) : { Responses: {} };
    return { Responses: answered.Responses, UnprocessedKeys: leftKeys };
  });
  return { doc, mock };
}
type BatchWriteInput = { RequestItems: Record<string, WriteRequest[]> };
type BatchGetInput = { RequestItems: Record<string, { Keys: Record<string, unknown>[]; ConsistentRead?: boolean }> };

describe("batchWrite on DynamoDB Local", () => {
  it("writes any number of items, 25 per request, and deletes them the same way", async () => {
    const sent: number[] = [];
    const { doc, mock } = throttled(BatchWriteCommand, (input) => void sent.push(input.RequestItems[catalog]?.length ?? 0));
    await batchWrite(doc, catalog, Array.from({ length: 60 }, (_, i) => put("W1", i)));
    expect(await partition("W1")).toHaveLength(60);
    expect(sent.sort()).toEqual([10, 25, 25]);

    await batchWrite(doc, catalog, Array.from({ length: 60 }, (_, i) => ({ DeleteRequest: { Key: { pk: "W1", sk: item("W1", i).sk } } })));
    expect(await partition("W1")).toEqual([]);
    mock.restore();
  });

  it("sends again what DynamoDB left unprocessed, after a growing wait, until all is written", async () => {
    const { doc, mock } = throttled(BatchWriteCommand, (input, call) => (call < 3 ? { [catalog]: input.RequestItems[catalog]?.slice(0, 2) } : undefined));
    const waits: number[] = [];
    await batchWrite(doc, catalog, Array.from({ length: 5 }, (_, i) => put("W2", i)), { sleep: async (ms) => void waits.push(ms) });
    expect((await partition("W2")).map((stored) => stored.n)).toEqual([0, 1, 2, 3, 4]);
    expect(mock.commandCalls(BatchWriteCommand).map((call) => call.args[0].input.RequestItems?.[catalog]?.length)).toEqual([5, 2, 2, 2]);
    expect(waits).toEqual([50, 100, 200]);
    mock.restore();
  });

  it("gives up after its retries with an UnprocessedItemsError naming the table, having written what it could", async () => {
    const { doc, mock } = throttled(BatchWriteCommand, (input) => ({ [catalog]: input.RequestItems[catalog]?.slice(0, 1) }));
    const write = batchWrite(doc, catalog, [put("W3", 0), put("W3", 1)], { maxRetries: 2, sleep: noWait });
    await expect(write).rejects.toBeInstanceOf(UnprocessedItemsError);
    await expect(write).rejects.toThrow(`DynamoDB left 1 item(s) of ${catalog} unprocessed after 2 retries.`);
    await expect(write).rejects.toBeInstanceOf(InfraError);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(3);
    expect((await partition("W3")).map((stored) => stored.n)).toEqual([1]);
    mock.restore();
  });

  it("reports its progress chunk by chunk; one at a time keeps the chunks in order", async () => {
    const progress: [number, number][] = [];
    const { doc, mock } = throttled(BatchWriteCommand, () => undefined);
    await batchWrite(doc, catalog, Array.from({ length: 55 }, (_, i) => put("W4", i)), { concurrency: 1, onProgress: (done, total) => void progress.push([done, total]) });
    expect(progress).toEqual([[25, 55], [50, 55], [55, 55]]);
    expect(mock.commandCalls(BatchWriteCommand).map((call) => (call.args[0].input.RequestItems?.[catalog]?.[0] as { PutRequest: { Item: { n: number } } }).PutRequest.Item.n)).toEqual([0, 25, 50]);
    mock.restore();
  });

  it("writes nothing, and sends nothing, for no request", async () => {
    const { doc, mock } = throttled(BatchWriteCommand, () => undefined);
    await batchWrite(doc, catalog, []);
    expect(mock.commandCalls(BatchWriteCommand)).toHaveLength(0);
    mock.restore();
  });
});

describe("batchGet on DynamoDB Local", () => {
  it("reads keys of several tables, strongly consistent, 100 keys per request; an absent item is not there", async () => {
    await batchWrite(dynamo.doc, catalog, Array.from({ length: 120 }, (_, i) => put("G1", i)));
    await batchWrite(dynamo.doc, learners, [put("G1", 0)]);
    const { doc, mock } = throttled(BatchGetCommand, () => undefined);
    const reads = [
      ...Array.from({ length: 130 }, (_, i) => ({ tableName: catalog, key: { pk: "G1", sk: item("G1", i).sk } })),
      { tableName: learners, key: { pk: "G1", sk: item("G1", 0).sk } },
    ];
    const found = await batchGet(doc, reads);
    expect(found[catalog]?.map((stored) => stored.n).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 120 }, (_, i) => i));
    expect(found[learners]).toEqual([item("G1", 0)]);
    const requests = mock.commandCalls(BatchGetCommand).map((call) => call.args[0].input.RequestItems ?? {});
    expect(requests.map((request) => Object.values(request).reduce((total, table) => total + (table.Keys?.length ?? 0), 0))).toEqual([100, 31]);
    expect(requests.flatMap((request) => Object.values(request).map((table) => table.ConsistentRead))).toEqual([true, true, true]);
    mock.restore();
  });

  it("asks again for the keys DynamoDB left unprocessed, whatever their table", async () => {
    await batchWrite(dynamo.doc, catalog, [put("G2", 0)]);
    await batchWrite(dynamo.doc, learners, [put("G2", 1)]);
    const { doc, mock } = throttled(BatchGetCommand, (input, call) => (call === 0 ? { [learners]: input.RequestItems[learners] } : undefined));
    const found = await batchGet(doc, [
      { tableName: catalog, key: { pk: "G2", sk: item("G2", 0).sk } },
      { tableName: learners, key: { pk: "G2", sk: item("G2", 1).sk } },
    ], { sleep: noWait });
    expect(found).toEqual({ [catalog]: [item("G2", 0)], [learners]: [item("G2", 1)] });
    expect(mock.commandCalls(BatchGetCommand).map((call) => Object.keys(call.args[0].input.RequestItems ?? {}))).toEqual([[catalog, learners], [learners]]);
    mock.restore();
  });

  it("gives up after its retries with an UnprocessedItemsError", async () => {
    const { doc, mock } = throttled(BatchGetCommand, (input) => input.RequestItems);
    const read = batchGet(doc, [{ tableName: catalog, key: { pk: "G3", sk: "S000" } }], { maxRetries: 1, sleep: noWait });
    await expect(read).rejects.toThrow(new UnprocessedItemsError("DynamoDB left 1 key(s) unprocessed after 1 retries."));
    expect(mock.commandCalls(BatchGetCommand)).toHaveLength(2);
    mock.restore();
  });
});

describe("runLimited", () => {
  it("runs every task, never more than the limit at once", async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await runLimited([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5 * (n % 3)));
      running--;
      done.push(n);
    });
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  it("after a failure starts nothing new, lets the running tasks end, then rejects with the first error", async () => {
    const started: number[] = [];
    const ended: number[] = [];
    const run = runLimited([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error("first");
      await new Promise((resolve) => setTimeout(resolve, 20));
      ended.push(n);
      if (n === 2) throw new Error("second");
    });
    await expect(run).rejects.toThrow("first");
    expect(started).toEqual([1, 2]);
    expect(ended).toEqual([2]);
  });
});
