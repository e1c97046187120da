import { BatchWriteCommand, type BatchWriteCommandInput, DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { CONTENT_ENTRY_SCHEMA_VERSION } from "../../../domain/knowledge/content-entry.schema";
import { ContentRepositoryError } from "../../../domain/ports/content.repository";
import { analyzeContent } from "../../../domain/understanding/content-analysis";
import { createUnderstanding } from "../../../domain/understanding/understanding";
import { loadContentFiles } from "../../../infra/knowledge/content-files.loader";
import { contentDigest, jsonContentDigest } from "../../../infra/knowledge/content-publication";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { InMemoryContentRepository } from "../../../infra/knowledge/in-memory-content.repository";
import { isolatedTables, testDynamoClients } from "../../support/dynamo";
import { contentRepositoryContract, contentSet } from "./content-repository.contract";

const dynamo = await isolatedTables();
const NOW = Date.UTC(2026, 10, 27, 20, 0);

/** A fresh content table per repository: the contract's version numbers start at 1 every time. */
async function freshTable(): Promise<string> {
  return (await isolatedTables()).tables.content;
}

contentRepositoryContract("DynamoDB on DynamoDB Local", async () => new DynamoDbContentRepository({ doc: dynamo.doc, tableName: await freshTable(), now: () => NOW }));
contentRepositoryContract("in memory", () => new InMemoryContentRepository(() => NOW));

describe("DynamoDbContentRepository specifics", () => {
  it("never moves the pointer back to an older version", async () => {
    const tableName = await freshTable();
    const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName });
    await repository.publish(contentSet("first"));
    // A newer publish already switched the pointer (as a concurrent, faster publish would).
    await dynamo.doc.send(new UpdateCommand({ TableName: tableName, Key: { pk: "content", sk: "active" }, UpdateExpression: "SET #s = :s", ExpressionAttributeNames: { "#s": "sequence" }, ExpressionAttributeValues: { ":s": 99 } }));
    const outcome = await repository.publish(contentSet("late"));
    expect(outcome).toMatchObject({ outcome: "superseded", version: { version: "v000002" }, active: { version: "v000001", sequence: 99 } });
    expect((await repository.active())?.sequence).toBe(99);
  });

  it("changes nothing when DynamoDB fails in the middle of a publish, and cleans up the partial version", async () => {
    const tableName = await freshTable();
    const healthy = new DynamoDbContentRepository({ doc: dynamo.doc, tableName });
    await healthy.publish(contentSet("before"));
    const before = await healthy.active();

    // A second client whose second BatchWrite fails; every other call goes to DynamoDB Local.
    const real = testDynamoClients().doc;
    const faulty = DynamoDBDocumentClient.from(testDynamoClients().client);
    const mock = mockClient(faulty);
    mock.on(UpdateCommand).callsFake((input) => real.send(new UpdateCommand(input)));
    mock.on(PutCommand).callsFake((input) => real.send(new PutCommand(input)));
    mock.on(GetCommand).callsFake((input) => real.send(new GetCommand(input)));
    mock.on(QueryCommand).callsFake((input) => real.send(new QueryCommand(input)));
    let batches = 0;
    mock.on(BatchWriteCommand).callsFake((input) => {
      batches++;
      if (batches === 2) return Promise.reject(Object.assign(new Error("Throughput exceeded"), { name: "ProvisionedThroughputExceededException" }));
      return real.send(new BatchWriteCommand(input));
    });

    const failing = new DynamoDbContentRepository({ doc: faulty, tableName });
    const publish = failing.publish(contentSet("during", 60));
    await expect(publish).rejects.toBeInstanceOf(ContentRepositoryError);
    await expect(publish).rejects.toMatchObject({ message: expect.stringMatching(/v000002.*Throughput exceeded/), cause: expect.objectContaining({ name: "ProvisionedThroughputExceededException" }) });
    expect(await healthy.active()).toEqual(before);
    expect(await healthy.read("v000002")).toBeUndefined();
    const leftovers = await real.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "content#v000002" } }));
    expect(leftovers.Items).toEqual([]);
    mock.restore();
  });

  it("cleans up the partial version of a failed publish even when DynamoDB leaves some deletes unprocessed", async () => {
    const tableName = await freshTable();
    const real = testDynamoClients().doc;
    const faulty = DynamoDBDocumentClient.from(testDynamoClients().client);
    const mock = mockClient(faulty);
    mock.on(UpdateCommand).callsFake((input) => real.send(new UpdateCommand(input)));
    mock.on(QueryCommand).callsFake((input) => real.send(new QueryCommand(input)));
    let puts = 0;
    let deletes = 0;
    mock.on(BatchWriteCommand).callsFake(async (input: BatchWriteCommandInput) => {
      const requests = input.RequestItems?.[tableName] ?? [];
      if (!requests[0]?.DeleteRequest) {
        if (++puts === 2) throw Object.assign(new Error("Throughput exceeded"), { name: "ProvisionedThroughputExceededException" });
        return real.send(new BatchWriteCommand(input));
      }
      // The first delete request is only half done, as a throttled table answers.
      if (++deletes > 1) return real.send(new BatchWriteCommand(input));
      const half = Math.ceil(requests.length / 2);
      await real.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests.slice(0, half) } }));
      return { UnprocessedItems: { [tableName]: requests.slice(half) } };
    });

    await expect(new DynamoDbContentRepository({ doc: faulty, tableName }).publish(contentSet("during", 60))).rejects.toBeInstanceOf(ContentRepositoryError);
    expect(deletes).toBeGreaterThan(1);
    const leftovers = await real.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "content#v000001" } }));
    expect(leftovers.Items).toEqual([]);
    mock.restore();
  });

  it("lets a rollback win over a publish that was already writing when it happened", async () => {
    const tableName = await freshTable();
    const admin = new DynamoDbContentRepository({ doc: dynamo.doc, tableName });
    await admin.publish(contentSet("first"));
    await admin.publish(contentSet("second"));

    // A deploy's publish whose switch of the pointer waits until the rollback is done.
    const real = testDynamoClients().doc;
    const slow = DynamoDBDocumentClient.from(testDynamoClients().client);
    const mock = mockClient(slow);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let reachedSwitch: () => void = () => undefined;
    const atSwitch = new Promise<void>((resolve) => (reachedSwitch = resolve));
    mock.on(UpdateCommand).callsFake(async (input) => {
      if (input.Key?.sk === "active") {
        reachedSwitch();
        await gate;
      }
      return real.send(new UpdateCommand(input));
    });
    mock.on(PutCommand).callsFake((input) => real.send(new PutCommand(input)));
    mock.on(GetCommand).callsFake((input) => real.send(new GetCommand(input)));
    mock.on(QueryCommand).callsFake((input) => real.send(new QueryCommand(input)));
    mock.on(BatchWriteCommand).callsFake((input) => real.send(new BatchWriteCommand(input)));

    const publish = new DynamoDbContentRepository({ doc: slow, tableName }).publish(contentSet("deploy"));
    await atSwitch;
    expect(await admin.activate("v000001", { expectedActive: "v000002" })).toMatchObject({ outcome: "activated" });
    release();
    expect(await publish).toMatchObject({ outcome: "superseded", version: { version: "v000003" }, active: { version: "v000001" } });
    expect((await admin.active())?.version).toBe("v000001");
    // The next publish, decided after the rollback, moves the pointer again.
    expect(await admin.publish(contentSet("fix"))).toMatchObject({ outcome: "published", version: { version: "v000005" } });
    mock.restore();
  });

  it("reports a version whose entries do not match its manifest as a fault", async () => {
    const tableName = await freshTable();
    const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName });
    await repository.publish(contentSet("intact"));
    await dynamo.doc.send(new PutCommand({ TableName: tableName, Item: { pk: "content#v000001", sk: "entry#00099", data: "{}" } }));
    await expect(repository.read("v000001")).rejects.toThrow(/4 entries, its manifest says 3/);
  });

  describe("entries read back", () => {
    /** Publishes a version, then gives its first entry other data (the digest left as published unless `digest`). */
    async function tampered(data: Record<string, unknown>, manifest: { digest?: "recomputed"; entrySchema?: number } = {}) {
      const tableName = await freshTable();
      const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName });
      const entries = contentSet("published");
      await repository.publish(entries);
      const changed = [{ ...entries[0], ...data }, ...entries.slice(1)];
      await dynamo.doc.send(new PutCommand({ TableName: tableName, Item: { pk: "content#v000001", sk: "entry#00000", entryId: "entry-0", data: JSON.stringify(changed[0]) } }));
      const { Item } = await dynamo.doc.send(new GetCommand({ TableName: tableName, Key: { pk: "content#v000001", sk: "manifest" } }));
      const { Items = [] } = await dynamo.doc.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "content#v000001" } }));
      const stored = Items.filter((item) => String(item.sk).startsWith("entry#")).map((item) => ({ id: String(item.entryId), json: String(item.data) }));
      const digest = manifest.digest === "recomputed" ? jsonContentDigest(stored) : Item?.digest;
      await dynamo.doc.send(new PutCommand({ TableName: tableName, Item: { ...Item, digest, ...(manifest.entrySchema !== undefined ? { entrySchema: manifest.entrySchema } : {}) } }));
      return repository;
    }

    it("give the digest of the entries from their JSON texts alone, as stored, in any order", async () => {
      const loaded = await loadContentFiles();
      if (!loaded.valid) throw new Error("content is invalid");
      const texts = loaded.entries.map((entry) => ({ id: entry.id, json: JSON.stringify(entry) })).reverse();
      expect(jsonContentDigest(texts)).toBe(contentDigest(loaded.entries));
    });

    it("are not validated again when they are exactly those validated at publish (the manifest's digest and entry schema)", async () => {
      // Data no publish would write, with a digest that matches it: read as stored, since only the digest is checked.
      const repository = await tampered({ tags: [] }, { digest: "recomputed" });
      expect((await repository.read("v000001"))?.entries[0]?.tags).toEqual([]);
    });

    it("are validated again when they differ from what was published, and refused if invalid", async () => {
      const repository = await tampered({ tags: [] });
      await expect(repository.read("v000001")).rejects.toThrow(/v000001 holds an invalid entry at entry#00000: tags: give at least one tag/);
      const valid = await tampered({ tags: ["changed-since"] });
      expect((await valid.read("v000001"))?.entries[0]?.tags).toEqual(["changed-since"]);
    });

    it("are validated again when they were published under another entry schema", async () => {
      const repository = await tampered({ tags: [] }, { digest: "recomputed", entrySchema: CONTENT_ENTRY_SCHEMA_VERSION - 1 });
      await expect(repository.read("v000001")).rejects.toThrow(/invalid entry at entry#00000/);
    });
  });

  it("stores the search index in parts that each fit in an item, and reads it back whole", async () => {
    const tableName = await freshTable();
    const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName, indexPartLength: 500 });
    const entries = contentSet("indexed", 30);
    await repository.publish(entries);
    const { Items } = await dynamo.doc.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "content#v000001" } }));
    const parts = (Items ?? []).filter((item) => String(item.sk).startsWith("index#"));
    const manifest = (Items ?? []).find((item) => item.sk === "manifest");
    const index = analyzeContent(entries).index ?? "";
    expect(parts.length).toBe(Math.ceil(index.length / 500));
    expect(manifest?.indexParts).toBe(parts.length);
    expect(parts.every((part) => typeof part.data === "string" && part.data.length <= 500)).toBe(true);
    const read = await repository.read("v000001");
    expect(read?.analysis?.index).toBe(index);
    expect(createUnderstanding(read?.entries ?? [], undefined, read?.analysis).usedStoredIndex).toBe(true);
  });

  it("reads a version whose index is incomplete without it: the index is then built at load", async () => {
    const tableName = await freshTable();
    const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName, indexPartLength: 500 });
    await repository.publish(contentSet("torn", 30));
    await dynamo.doc.send(new DeleteCommand({ TableName: tableName, Key: { pk: "content#v000001", sk: "index#001" } }));
    const read = await repository.read("v000001");
    expect(read?.entries).toHaveLength(30);
    expect(read?.analysis?.entries).toBeDefined();
    expect(read?.analysis?.index).toBeUndefined();
  });

  it("wraps an unreachable store in a ContentRepositoryError with the cause", async () => {
    const { doc } = testDynamoClients({ maxAttempts: 1 });
    const unreachable = new DynamoDbContentRepository({ doc, tableName: "t-missing-content" });
    await expect(unreachable.active()).rejects.toMatchObject({ name: "ContentRepositoryError", message: expect.stringMatching(/active pointer/), cause: expect.anything() });
  });
});
