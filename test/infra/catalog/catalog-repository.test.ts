import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { mockClient } from "aws-sdk-client-mock";
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { CATALOG_VALIDATION_VERSION, CatalogRepositoryError, DynamoDbCatalogRepository, stamp } from "../../../infra/catalog/dynamodb-catalog.repository";
import { InMemoryCatalogRepository } from "../../../infra/catalog/in-memory-catalog.repository";
import { unit } from "../../domain/builders";
import { isolatedTables } from "../../support/dynamo";
import { catalogRepositoryContract } from "./catalog-repository.contract";

const dynamo = await isolatedTables();

// Each repository gets its own table prefix, so the contract's "empty repository" holds.
catalogRepositoryContract("DynamoDB on DynamoDB Local", async () => {
  const tables = await isolatedTables();
  return new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
});
catalogRepositoryContract("in memory", () => new InMemoryCatalogRepository());

describe("DynamoDB catalog specifics", () => {
  it("stores units under pk UNIT and diplomas under pk DIPLOMA, sorted by code, with a schema version", async () => {
    const tables = await isolatedTables();
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    await repository.saveUnits([unit({ code: "NFA031" })]);
    const { Item } = await tables.doc.send(new GetCommand({ TableName: tables.tables.catalog, Key: { pk: "UNIT", sk: "NFA031" } }));
    expect(Item).toMatchObject({ pk: "UNIT", sk: "NFA031", schemaVersion: 1 });
  });

  it("stores each record as JSON text, which reads back as the record", async () => {
    const tables = await isolatedTables();
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    const saved = unit({ code: "NFA031", title: "Programmation « Java » : notions de base" });
    await repository.saveUnits([saved]);
    const { Item } = await tables.doc.send(new GetCommand({ TableName: tables.tables.catalog, Key: { pk: "UNIT", sk: "NFA031" } }));
    expect(typeof Item?.data).toBe("string");
    expect(JSON.parse(Item?.data as string)).toEqual(saved);
    expect(await repository.getUnit("NFA031")).toEqual(saved);
    expect((await repository.loadCatalog()).units).toEqual([saved]);
  });

  it("still reads records written as a DynamoDB map, as they were before", async () => {
    const tables = await isolatedTables();
    const asMap = unit({ code: "NFA032" });
    await tables.doc.send(new PutCommand({ TableName: tables.tables.catalog, Item: { pk: "UNIT", sk: "NFA032", schemaVersion: 1, data: asMap } }));
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    await repository.saveUnits([unit({ code: "NFA031" })]);
    expect((await repository.loadCatalog()).units.map((u) => u.code)).toEqual(["NFA031", "NFA032"]);
    expect(await repository.getUnit("NFA032")).toEqual(asMap);
  });

  describe("records validated when saved", () => {
    async function saved() {
      const tables = await isolatedTables();
      const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
      await repository.saveUnits([unit({ code: "NFA031" })]);
      const key = { pk: "UNIT", sk: "NFA031" };
      const { Item } = await tables.doc.send(new GetCommand({ TableName: tables.tables.catalog, Key: key }));
      const rewrite = (data: string, checked: unknown) => tables.doc.send(new PutCommand({ TableName: tables.tables.catalog, Item: { ...Item, data, checked } }));
      return { repository, item: Item as { data: string; checked: string }, rewrite };
    }
    const invalid = JSON.stringify({ ...unit({ code: "NFA031" }), ects: "six" });

    it("carry a stamp of their JSON text, under which they are read back without being validated again", async () => {
      const { repository, item, rewrite } = await saved();
      expect(item.checked).toBe(stamp("UNIT", item.data));
      // Data no save would write, stamped as if it had been: read as stored, since only the stamp is checked.
      await rewrite(invalid, stamp("UNIT", invalid));
      expect((await repository.getUnit("NFA031"))?.ects).toBe("six");
    });

    it("are validated again when changed since (the stamp no longer matches), and refused if invalid", async () => {
      const { repository, item, rewrite } = await saved();
      await rewrite(invalid, item.checked);
      await expect(repository.loadCatalog()).rejects.toThrow(/UNIT\/NFA031 is not a valid record: ects/);
      const renamed = JSON.stringify({ ...unit({ code: "NFA031" }), title: "Changed since" });
      await rewrite(renamed, item.checked);
      expect((await repository.getUnit("NFA031"))?.title).toBe("Changed since");
    });

    it("are validated again when stamped under other rules or not at all", async () => {
      const { repository, rewrite } = await saved();
      await rewrite(invalid, "0".repeat(32));
      await expect(repository.getUnit("NFA031")).rejects.toThrow(/not a valid record: ects/);
      await rewrite(invalid, undefined);
      await expect(repository.getUnit("NFA031")).rejects.toThrow(/not a valid record: ects/);
    });

    it("refuses to save an invalid record, writing nothing", async () => {
      const tables = await isolatedTables();
      const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
      const bad = { ...unit({ code: "BAD101" }), ects: -1 };
      await expect(repository.saveUnits([unit({ code: "NFA031" }), bad])).rejects.toThrow(/UNIT\/BAD101 is not a valid record: ects/);
      expect((await repository.loadCatalog()).units).toEqual([]);
    });
  });

  it("refuses an item whose data is text but not JSON, naming its key", async () => {
    const tables = await isolatedTables();
    await tables.doc.send(new PutCommand({ TableName: tables.tables.catalog, Item: { pk: "UNIT", sk: "BAD102", schemaVersion: 1, data: "{ code: BAD102" } }));
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    await expect(repository.loadCatalog()).rejects.toThrow(/UNIT\/BAD102 is not a valid record: its data is not JSON/);
  });

  it("refuses JSON text that is not a valid record, naming its key and the field", async () => {
    const tables = await isolatedTables();
    await tables.doc.send(new PutCommand({ TableName: tables.tables.catalog, Item: { pk: "UNIT", sk: "BAD103", schemaVersion: 1, data: JSON.stringify({ ...unit({ code: "BAD103" }), ects: "six" }) } }));
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    await expect(repository.getUnit("BAD103")).rejects.toThrow(/UNIT\/BAD103 is not a valid record: ects/);
  });

  it("reads a catalog larger than one Query page (1 MB)", async () => {
    const tables = await isolatedTables();
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    const bulky = "x".repeat(6_000);
    const units = Array.from({ length: 220 }, (_, i) => unit({ code: `BIG${String(100 + i)}`, sample: true, sampleNote: bulky }));
    await repository.saveUnits(units);
    let queries = 0;
    tables.doc.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === "QueryCommand") queries++;
        return next(args);
      },
      { step: "initialize" },
    );
    const loaded = await repository.loadCatalog();
    // Two pages of units, one of diplomas: the page boundary was crossed.
    expect(queries).toBe(3);
    expect(loaded.units).toHaveLength(220);
    expect(loaded.units.at(-1)?.code).toBe("BIG319");
  });

  it("refuses an item that is not a valid record, naming its key", async () => {
    await dynamo.doc.send(new PutCommand({ TableName: dynamo.tables.catalog, Item: { pk: "UNIT", sk: "BAD101", schemaVersion: 1, data: { code: "BAD101", ects: "six" } } }));
    const repository = new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog });
    await expect(repository.getUnit("BAD101")).rejects.toThrow(CatalogRepositoryError);
    await expect(repository.loadCatalog()).rejects.toThrow(/UNIT\/BAD101 is not a valid record: .*ects/);
  });

  it("refuses an item of an unknown schema version", async () => {
    const tables = await isolatedTables();
    await tables.doc.send(new PutCommand({ TableName: tables.tables.catalog, Item: { pk: "UNIT", sk: "NEW101", schemaVersion: 2, data: {} } }));
    const repository = new DynamoDbCatalogRepository({ doc: tables.doc, tableName: tables.tables.catalog });
    await expect(repository.getUnit("NEW101")).rejects.toThrow(/schemaVersion 2/);
  });
});

describe("reading a large catalog", () => {
  const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "local" }));

  it("reads every Query page", async () => {
    const mock = mockClient(doc);
    const item = (code: string) => ({ pk: "UNIT", sk: code, schemaVersion: 1, data: unit({ code }) });
    mock
      .on(QueryCommand, { ExpressionAttributeValues: { ":pk": "UNIT" } })
      .resolvesOnce({ Items: [item("AAA101")], LastEvaluatedKey: { pk: "UNIT", sk: "AAA101" } })
      .resolvesOnce({ Items: [item("BBB101")] });
    mock.on(QueryCommand, { ExpressionAttributeValues: { ":pk": "DIPLOMA" } }).resolves({ Items: [] });
    const loaded = await new DynamoDbCatalogRepository({ doc, tableName: "t" }).loadCatalog();
    expect(loaded.units.map((u) => u.code)).toEqual(["AAA101", "BBB101"]);
    mock.restore();
  });
});

describe("the version of the catalog's validation", () => {
  /** The rules a stamp vouches for: the records' zod schemas, what they use, and zod itself. */
  const RULES = ["domain/catalog/unit.schema.ts", "domain/catalog/diploma.schema.ts", "domain/catalog/timetable.ts", "domain/catalog/unit-code.ts", "domain/semester/semester.ts"];

  function rulesDigest(): string {
    const root = join(__dirname, "../../..");
    const hash = createHash("sha256");
    for (const file of RULES) hash.update(`${file}\n${readFileSync(join(root, file), "utf8").replace(/\r\n/g, "\n")}\n`);
    const { version } = JSON.parse(readFileSync(join(root, "node_modules/zod/package.json"), "utf8")) as { version: string };
    hash.update(`zod@${version}\n`);
    return hash.digest("hex").slice(0, 16);
  }

  it("is bumped with every change to the rules", () => {
    // Records stamped under these rules are read without being validated again. When this fails:
    // bump CATALOG_VALIDATION_VERSION in infra/catalog/dynamodb-catalog.repository.ts and write both
    // new values here; records saved before are then validated on every read until the next load.
    expect({ version: CATALOG_VALIDATION_VERSION, rules: rulesDigest() }).toEqual({ version: 5, rules: "2401d0175b5cc663" });
  });
});
