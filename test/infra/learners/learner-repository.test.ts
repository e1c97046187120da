import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { mockClient } from "aws-sdk-client-mock";
import { DynamoDbLearnerRepository, learnerKey, LearnerRepositoryError, LEARNER_SCHEMA_VERSION, teamsLinkKey } from "../../../infra/learners/dynamodb-learner.repository";
import { turnItemId, type TurnItems } from "../../../infra/learners/turn-items";
import { InMemoryLearnerRepository } from "../../../infra/learners/in-memory-learner.repository";
import { learner } from "../../domain/builders";
import { isolatedTables, testDynamoClients } from "../../support/dynamo";
import { learnerRepositoryContract } from "./learner-repository.contract";

learnerRepositoryContract("DynamoDB on DynamoDB Local", async () => {
  const tables = await isolatedTables();
  return new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners });
});
learnerRepositoryContract("DynamoDB on DynamoDB Local, all calls in one run of a turn", async () => {
  const tables = await isolatedTables();
  const items: TurnItems = new Map();
  return new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners, turnItems: () => items });
});
learnerRepositoryContract("in memory", () => new InMemoryLearnerRepository());

describe("DynamoDB learner specifics", () => {
  it("keeps one item per learner: pk LEARNER#<id>, sk RECORD", async () => {
    const tables = await isolatedTables();
    await new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners }).saveLearners([learner({ id: "demo-02" })]);
    const { Item } = await tables.doc.send(new GetCommand({ TableName: tables.tables.learners, Key: { pk: "LEARNER#demo-02", sk: "RECORD" } }));
    expect(Item).toMatchObject({ schemaVersion: 1, data: { id: "demo-02" } });
  });

  it("refuses a stored record that is not valid, naming it", async () => {
    const tables = await isolatedTables();
    await tables.doc.send(
      new PutCommand({ TableName: tables.tables.learners, Item: { pk: "LEARNER#broken", sk: "RECORD", schemaVersion: 1, data: { id: "broken", name: { given: "A", family: "B" }, results: [{ unit: "NFA031", semester: "2025-2026 S1", session: 1, grade: 42 }] } } }),
    );
    const repository = new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners });
    await expect(repository.getLearner("broken")).rejects.toThrow(LearnerRepositoryError);
    await expect(repository.getLearner("broken")).rejects.toThrow(/LEARNER#broken is not valid: results\[0\]\.grade: a grade is between 0 and 20/);
  });
});

describe("DynamoDB learner repository inside a turn: each item read once per run, and not at all when read along with the state", () => {
  const TENANT = "0f6b3c2e-1d2a-4b5c-8d9e-0a1b2c3d4e5f";
  const OBJECT_ID = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0d";
  const camille = learner({ id: "demo-01", teams: { tenantId: TENANT, objectId: OBJECT_ID } });
  const recordItem = (record: ReturnType<typeof learner>) => ({ ...learnerKey(record.id), schemaVersion: LEARNER_SCHEMA_VERSION, data: record });
  const linkItem = (learnerId: string) => ({ ...teamsLinkKey(TENANT, OBJECT_ID), learnerId });

  /** A repository on a client whose commands are counted (each reaches DynamoDB Local), with this turn's items. */
  async function inTurn(items: TurnItems | undefined) {
    const tables = await isolatedTables();
    await new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners }).saveLearners([camille]);
    const { doc } = testDynamoClients();
    const real = tables.doc;
    const mock = mockClient(doc);
    const sent: string[] = [];
    mock.on(GetCommand).callsFake(async (input: { Key: { pk: string } }) => (sent.push(input.Key.pk), real.send(new GetCommand(input as never))));
    const repository = new DynamoDbLearnerRepository({ doc, tableName: tables.tables.learners, turnItems: () => items });
    const along = (key: { pk: string; sk: string }, item: Record<string, unknown> | undefined) => items?.set(turnItemId(tables.tables.learners, key), Promise.resolve(item));
    return { repository, sent, along, tables };
  }

  it("reads a record once per run of a turn, however many times it is asked", async () => {
    const { repository, sent } = await inTurn(new Map());
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(await repository.getLearner("nobody")).toBeUndefined();
    expect(await repository.getLearner("nobody")).toBeUndefined();
    expect(sent).toEqual(["LEARNER#demo-01", "LEARNER#nobody"]);
  });

  it("uses a record read along with the state without reading it, parsed as if read alone, and an absent one as absent", async () => {
    const { repository, sent, along } = await inTurn(new Map());
    along(learnerKey("demo-01"), recordItem(camille));
    along(learnerKey("nobody"), undefined);
    along(learnerKey("broken"), { ...learnerKey("broken"), schemaVersion: LEARNER_SCHEMA_VERSION, data: { id: "broken" } });
    along(learnerKey("future"), { ...recordItem(learner({ id: "future" })), schemaVersion: LEARNER_SCHEMA_VERSION + 1 });
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(await repository.getLearner("nobody")).toBeUndefined();
    await expect(repository.getLearner("broken")).rejects.toThrow(/LEARNER#broken is not valid: name/);
    await expect(repository.getLearner("future")).rejects.toThrow(/schemaVersion 2; this code reads 1/);
    expect(sent).toEqual([]);
  });

  it("hands out a fresh copy each time: a caller changing its record changes nothing another caller gets", async () => {
    const { repository, along } = await inTurn(new Map());
    along(learnerKey("demo-01"), recordItem(camille));
    (await repository.getLearner("demo-01"))!.results.push({ unit: "UTC505", semester: "2025-2026 S2", session: 1, grade: 15 });
    expect(await repository.getLearner("demo-01")).toEqual(camille);
  });

  it("finds a Teams account from its link and record read along, without a read, and the record is then not read again", async () => {
    const { repository, sent, along } = await inTurn(new Map());
    along(teamsLinkKey(TENANT, OBJECT_ID), linkItem("demo-01"));
    along(learnerKey("demo-01"), recordItem(camille));
    expect(await repository.findByTeamsAccount(TENANT.toUpperCase(), OBJECT_ID)).toBe("demo-01");
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(sent).toEqual([]);
  });

  it("reads the record a link read along names when it was not read along (a first turn), once", async () => {
    const { repository, sent, along } = await inTurn(new Map());
    along(teamsLinkKey(TENANT, OBJECT_ID), linkItem("demo-01"));
    expect(await repository.findByTeamsAccount(TENANT, OBJECT_ID)).toBe("demo-01");
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(sent).toEqual(["LEARNER#demo-01"]);
  });

  it("trusts a link read along only if the record read in this turn holds the account", async () => {
    const { repository, sent, along } = await inTurn(new Map());
    along(teamsLinkKey(TENANT, OBJECT_ID), linkItem("demo-01"));
    along(learnerKey("demo-01"), recordItem({ ...camille, teams: undefined }));
    expect(await repository.findByTeamsAccount(TENANT, OBJECT_ID)).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it("a link read along and absent names nobody, without a read", async () => {
    const { repository, sent, along } = await inTurn(new Map());
    along(teamsLinkKey(TENANT, OBJECT_ID), undefined);
    expect(await repository.findByTeamsAccount(TENANT, OBJECT_ID)).toBeUndefined();
    expect(sent).toEqual([]);
  });

  it("outside a turn, reads at every call, as before", async () => {
    const { repository, sent } = await inTurn(undefined);
    expect(await repository.findByTeamsAccount(TENANT, OBJECT_ID)).toBe("demo-01");
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(sent).toEqual([teamsLinkKey(TENANT, OBJECT_ID).pk, "LEARNER#demo-01", "LEARNER#demo-01"]);
  });

  it("does not keep a read that failed: the next call of the turn reads again", async () => {
    const items: TurnItems = new Map();
    const { tables } = await inTurn(undefined);
    const { doc } = testDynamoClients();
    const mock = mockClient(doc);
    let calls = 0;
    mock.on(GetCommand).callsFake(async (input: Record<string, unknown>) => {
      calls++;
      if (calls === 1) throw Object.assign(new Error("timed out"), { name: "TimeoutError" });
      return tables.doc.send(new GetCommand(input as never));
    });
    const repository = new DynamoDbLearnerRepository({ doc, tableName: tables.tables.learners, turnItems: () => items });
    await expect(repository.getLearner("demo-01")).rejects.toThrow(/timed out/);
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(await repository.getLearner("demo-01")).toEqual(camille);
    expect(calls).toBe(2);
  });
});
