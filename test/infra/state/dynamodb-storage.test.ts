import { describe, expect, it } from "vitest";
import { MemoryStorage } from "botbuilder";
import { BatchGetCommand, GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import type { CollectedPut } from "../../../infra/dynamodb/collected-writes";
import {
  CompanionWriteError,
  DynamoDbStorage,
  ETagConflictError,
  MAX_DOCUMENT_BYTES,
  StorageItemTooLargeError,
  TransactionsUnavailableError,
} from "../../../infra/state/dynamodb-storage";
import { isolatedTables, testDynamoClients } from "../../support/dynamo";
import { storageContract } from "./storage.contract";

const dynamo = await isolatedTables();
const DAY = 24 * 3600;

function storage(now: () => number = Date.now) {
  return new DynamoDbStorage({ doc: dynamo.doc, tableName: dynamo.tables.state, ttlSeconds: DAY, now });
}

storageContract("DynamoDbStorage on DynamoDB Local", () => storage());
storageContract("botbuilder MemoryStorage", () => new MemoryStorage());

describe("DynamoDbStorage specifics", () => {
  it("stores a TTL attribute one lifetime after the write", async () => {
    const now = Date.UTC(2026, 10, 27, 21, 45);
    await storage(() => now).write({ "ttl/stamp": { v: 1 } });
    const { Item } = await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.state, Key: { pk: "ttl/stamp" } }));
    expect(Item?.expiresAt).toBe(now / 1000 + DAY);
  });

  it("reads an expired item as absent even before DynamoDB's TTL sweep removes it", async () => {
    let now = Date.UTC(2026, 10, 27, 21, 45);
    const clocked = storage(() => now);
    await clocked.write({ "ttl/expiring": { v: 1 } });
    now += (DAY - 1) * 1000;
    expect(await clocked.read(["ttl/expiring"])).toHaveProperty(["ttl/expiring", "v"], 1);
    now += 1000;
    expect(await clocked.read(["ttl/expiring"])).toEqual({});
  });

  it("refuses a document over the item size limit with a clear error, writing nothing of the batch", async () => {
    const s = storage();
    const big = "x".repeat(MAX_DOCUMENT_BYTES + 1);
    const write = s.write({ "size/small": { v: 1 }, "size/big": { big } });
    await expect(write).rejects.toBeInstanceOf(StorageItemTooLargeError);
    await expect(write).rejects.toThrow(/"size\/big" is \d+ bytes; the limit is \d+ bytes/);
    expect(await s.read(["size/small", "size/big"])).toEqual({});
  });

  it("stores keys longer than DynamoDB's key limit", async () => {
    const s = storage();
    const long = `conversation/${"é".repeat(1500)}`;
    await s.write({ [long]: { v: 1 } });
    expect((await s.read([long]))[long]?.v).toBe(1);
    await s.delete([long]);
    expect(await s.read([long])).toEqual({});
  });
});

describe("DynamoDbStorage, for optimistic concurrency (OptimisticConversationState)", () => {
  it("hands the new eTag back on the written document, so the next conditional write succeeds", async () => {
    const s = storage();
    const document: Record<string, unknown> = { v: 1 };
    await s.write({ "etag/back": document });
    const stored = (await s.read(["etag/back"]))["etag/back"];
    expect(document.eTag).toBe(stored?.eTag);
    document.v = 2;
    await s.write({ "etag/back": document });
    expect((await s.read(["etag/back"]))["etag/back"]?.v).toBe(2);
  });

  it("treats an expired item, which reads as absent, as absent for a conditional write too", async () => {
    let now = Date.UTC(2026, 10, 27, 21, 45);
    const clocked = storage(() => now);
    await clocked.write({ "ttl/rewrite": { v: 1 } });
    now += DAY * 1000;
    expect(await clocked.read(["ttl/rewrite"])).toEqual({});
    // A turn that found nothing writes on condition that nothing is there (its eTag matches no item).
    await clocked.write({ "ttl/rewrite": { v: 2, eTag: "never-stored" } });
    expect((await clocked.read(["ttl/rewrite"]))["ttl/rewrite"]?.v).toBe(2);
    const conflict = clocked.write({ "ttl/rewrite": { v: 3, eTag: "never-stored" } });
    await expect(conflict).rejects.toThrow(/eTag conflict/);
    await expect(conflict).rejects.toBeInstanceOf(ETagConflictError);
  });
});

describe("DynamoDbStorage.writeWith: a state document and other items in one request", () => {
  const event = (sk: string): CollectedPut => ({ TableName: dynamo.tables.events, Item: { pk: "TEST", sk, at: sk } });
  const eventOf = async (sk: string) => (await dynamo.doc.send(new GetCommand({ TableName: dynamo.tables.events, Key: { pk: "TEST", sk }, ConsistentRead: true }))).Item;

  it("writes both, and hands the new eTag back as write does", async () => {
    const s = storage();
    const document: Record<string, unknown> = { v: 1 };
    await s.writeWith("with/both", document, [event("both-1"), event("both-2")]);
    expect((await s.read(["with/both"]))["with/both"]).toEqual({ v: 1, eTag: document.eTag });
    expect(await eventOf("both-1")).toMatchObject({ at: "both-1" });
    expect(await eventOf("both-2")).toMatchObject({ at: "both-2" });
  });

  it("on a stale eTag: an eTag conflict, and neither is written", async () => {
    const s = storage();
    await s.write({ "with/stale": { v: 1 } });
    const conflict = s.writeWith("with/stale", { v: 2, eTag: "stale" }, [event("stale")]);
    await expect(conflict).rejects.toThrow(/eTag conflict/);
    await expect(conflict).rejects.toBeInstanceOf(ETagConflictError);
    expect((await s.read(["with/stale"]))["with/stale"]?.v).toBe(1);
    expect(await eventOf("stale")).toBeUndefined();
  });

  it("when DynamoDB refuses one of the other items: a CompanionWriteError naming it, and nothing is written", async () => {
    const s = storage();
    await s.writeWith("with/refused", { v: 1 }, [event("taken")]);
    const current = (await s.read(["with/refused"]))["with/refused"] as Record<string, unknown>;
    // The second item cannot be written (its condition fails): DynamoDB gives it as the reason.
    const refused = { ...event("taken"), ConditionExpression: "attribute_not_exists(pk)" } as CollectedPut;
    const write = s.writeWith("with/refused", { ...current, v: 2 }, [event("free"), refused]);
    await expect(write).rejects.toBeInstanceOf(CompanionWriteError);
    await expect(write).rejects.toMatchObject({ failed: [1] });
    expect((await s.read(["with/refused"]))["with/refused"]?.v).toBe(1);
    expect(await eventOf("free")).toBeUndefined();
  });

  it("refuses an oversize document before sending anything", async () => {
    await expect(storage().writeWith("with/big", { big: "x".repeat(MAX_DOCUMENT_BYTES + 1) }, [event("big")])).rejects.toBeInstanceOf(StorageItemTooLargeError);
    expect(await eventOf("big")).toBeUndefined();
  });

  it("on a store without transactions (dynalite answers UnknownOperationException): says so once, then writesTogether is false", async () => {
    const clients = testDynamoClients();
    const mock = mockClient(clients.doc);
    mock.onAnyCommand().rejects(Object.assign(new Error("UnknownError"), { name: "UnknownOperationException" }));
    const s = new DynamoDbStorage({ doc: clients.doc, tableName: dynamo.tables.state, ttlSeconds: DAY });
    expect(s.writesTogether).toBe(true);
    await expect(s.writeWith("with/none", { v: 1 }, [event("none")])).rejects.toBeInstanceOf(TransactionsUnavailableError);
    expect(s.writesTogether).toBe(false);
    mock.restore();
  });
});

describe("DynamoDbStorage, reading other tables' items along with the state (one round trip per turn)", () => {
  const learnersTable = () => dynamo.tables.learners;
  const record = (id: string) => ({ pk: `LEARNER#${id}`, sk: "RECORD", data: { id } });

  type Input = Record<string, unknown>;
  /**
   * The storage on a client that records each command it sends, each reaching DynamoDB Local
   * (`answer` may change what a BatchGetItem gets back). Any other command would answer nothing.
   */
  function counted(answer: (input: Input, send: (input: Input) => Promise<Input>) => Promise<Input> = (input, send) => send(input)) {
    const { doc } = testDynamoClients();
    const real = testDynamoClients().doc;
    const mock = mockClient(doc);
    mock.on(BatchGetCommand).callsFake((input: Input) => answer(input, (request) => real.send(new BatchGetCommand(request as never)) as Promise<Input>));
    const s = new DynamoDbStorage({ doc, tableName: dynamo.tables.state, ttlSeconds: DAY });
    return { storage: s, sent: () => mock.calls().map((call) => call.args[0] as unknown as { constructor: { name: string }; input: Input }) };
  }

  it("reads the state and the other items in one strongly consistent BatchGetItem, items in the order asked, an absent one undefined", async () => {
    await storage().write({ "along/state": { v: 1 } });
    await dynamo.doc.send(new PutCommand({ TableName: learnersTable(), Item: record("along-1") }));
    const { storage: s, sent } = counted();
    const read = await s.readAlong(["along/state"], [
      { tableName: learnersTable(), key: { pk: "LEARNER#nobody", sk: "RECORD" } },
      { tableName: learnersTable(), key: { sk: "RECORD", pk: "LEARNER#along-1" } },
    ]);
    expect(read.items["along/state"]).toMatchObject({ v: 1, eTag: expect.any(String) });
    expect(read.along).toEqual([undefined, record("along-1")]);
    expect(sent()).toHaveLength(1);
    const [command] = sent();
    expect(command?.constructor.name).toBe("BatchGetCommand");
    expect(command?.input.RequestItems).toEqual({
      [dynamo.tables.state]: { Keys: [{ pk: "along/state" }], ConsistentRead: true },
      [learnersTable()]: { Keys: [{ pk: "LEARNER#nobody", sk: "RECORD" }, { sk: "RECORD", pk: "LEARNER#along-1" }], ConsistentRead: true },
    });
  });

  it("reads an absent state beside items that are there, and the same item asked twice once", async () => {
    await dynamo.doc.send(new PutCommand({ TableName: learnersTable(), Item: record("along-2") }));
    const { storage: s, sent } = counted();
    const key = { pk: "LEARNER#along-2", sk: "RECORD" };
    const read = await s.readAlong(["along/absent"], [{ tableName: learnersTable(), key }, { tableName: learnersTable(), key: { ...key } }]);
    expect(read).toEqual({ items: {}, along: [record("along-2"), record("along-2")] });
    expect((sent()[0]?.input.RequestItems as Record<string, { Keys: unknown[] }>)[learnersTable()]?.Keys).toHaveLength(1);
  });

  it("asks again for the keys DynamoDB left unprocessed, whatever their table", async () => {
    await storage().write({ "along/unprocessed": { v: 3 } });
    await dynamo.doc.send(new PutCommand({ TableName: learnersTable(), Item: record("along-3") }));
    let first = true;
    const { storage: s, sent } = counted(async (input, send) => {
      const requestItems = input.RequestItems as Record<string, unknown>;
      if (!first) return send(input);
      first = false;
      // The first answer has the state only; the learners table's keys come back unprocessed.
      const answered = await send({ RequestItems: { [dynamo.tables.state]: requestItems[dynamo.tables.state] } });
      return { ...answered, UnprocessedKeys: { [learnersTable()]: requestItems[learnersTable()] } };
    });
    const read = await s.readAlong(["along/unprocessed"], [{ tableName: learnersTable(), key: { pk: "LEARNER#along-3", sk: "RECORD" } }]);
    expect(read.items["along/unprocessed"]).toMatchObject({ v: 3 });
    expect(read.along).toEqual([record("along-3")]);
    expect(sent().map((command) => Object.keys(command.input.RequestItems as object))).toEqual([[dynamo.tables.state, learnersTable()], [learnersTable()]]);
  });

  it("read(keys) is readAlong(keys, []): the state table alone", async () => {
    await storage().write({ "along/plain": { v: 4 } });
    const { storage: s, sent } = counted();
    expect((await s.read(["along/plain"]))["along/plain"]).toMatchObject({ v: 4 });
    expect(sent().map((command) => command.input.RequestItems)).toEqual([{ [dynamo.tables.state]: { Keys: [{ pk: "along/plain" }], ConsistentRead: true } }]);
  });
});
