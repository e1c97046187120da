import { describe, expect, it } from "vitest";
import { MemoryStorage } from "botbuilder";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDbStorage, MAX_DOCUMENT_BYTES, StorageItemTooLargeError } from "../../../infra/state/dynamodb-storage";
import { isolatedTables } from "../../support/dynamo";
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
    await expect(clocked.write({ "ttl/rewrite": { v: 3, eTag: "never-stored" } })).rejects.toThrow(/eTag conflict/);
  });
});
