import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { DynamoDbLearnerRepository, LearnerRepositoryError } from "../../../infra/learners/dynamodb-learner.repository";
import { InMemoryLearnerRepository } from "../../../infra/learners/in-memory-learner.repository";
import { learner } from "../../domain/builders";
import { isolatedTables } from "../../support/dynamo";
import { learnerRepositoryContract } from "./learner-repository.contract";

learnerRepositoryContract("DynamoDB on DynamoDB Local", async () => {
  const tables = await isolatedTables();
  return new DynamoDbLearnerRepository({ doc: tables.doc, tableName: tables.tables.learners });
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
    await expect(repository.getLearner("broken")).rejects.toThrow(/LEARNER#broken is not valid: results\.0\.grade/);
  });
});
