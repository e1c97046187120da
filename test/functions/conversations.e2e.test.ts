import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { Activity } from "botbuilder";
import { DynamoDbCatalogRepository } from "../../infra/catalog/dynamodb-catalog.repository";
import { publishContentFiles } from "../../infra/knowledge/content-publisher";
import { DynamoDbContentRepository } from "../../infra/knowledge/dynamodb-content.repository";
import { loadDataFolder, SAMPLE_DATA_FOLDER } from "../../infra/data-loader/data-folder.loader";
import { DynamoDbLearnerRepository } from "../../infra/learners/dynamodb-learner.repository";
import { httpApiEvent, messageActivity } from "../support/activities";
import { isolatedTables, type TestDynamo, eventsRepository } from "../support/dynamo";
import { HANDLER_VARIANTS } from "../support/production-bundle";

const text = (reply: Partial<Activity> | undefined) => reply?.text ?? reply?.summary ?? "";

// The production bundle leaves out what the assistant never runs: these conversations prove it runs
// every job without it.
describe.each(HANDLER_VARIANTS)("one full conversation per learner job, through the HTTP handler (%s) on DynamoDB Local", (_variant, load) => {
  let handler: Awaited<ReturnType<typeof load>>["handler"];
  let dynamo: TestDynamo;

  beforeAll(async () => {
    dynamo = await isolatedTables();
    const published = await publishContentFiles({ repository: new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }) });
    expect(published.outcome).toBe("published");
    const loaded = await loadDataFolder(SAMPLE_DATA_FOLDER, {
      catalog: new DynamoDbCatalogRepository({ doc: dynamo.doc, tableName: dynamo.tables.catalog }),
      learners: new DynamoDbLearnerRepository({ doc: dynamo.doc, tableName: dynamo.tables.learners }),
    });
    expect(loaded.ok).toBe(true);
    Object.assign(process.env, { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix });
    ({ handler } = await load());
  }, 60_000);

  /** One learner's conversation through the Lambda handler, replies in the response body. */
  function chat(userId: string, channelId = "emulator") {
    const conversation = { id: `e2e-${randomUUID()}` };
    return async (text: string | Record<string, unknown>): Promise<Partial<Activity>[]> => {
      const activity = messageActivity(typeof text === "string" ? text : "", { conversation, from: { id: userId }, channelId, ...(typeof text === "string" ? {} : text) });
      const response = (await handler(httpApiEvent(JSON.stringify(activity)))) as APIGatewayProxyStructuredResultV2;
      expect(response.statusCode).toBe(200);
      return (JSON.parse(response.body ?? "{}") as { activities: Partial<Activity>[] }).activities;
    };
  }

  it("knowledge base: a question, its answer, a vote recorded in DynamoDB", async () => {
    const say = chat("visitor-faq");
    expect(text((await say("bonjour"))[0])).toMatch(/^Bonjour ! Je suis l'assistant/);
    expect(text((await say("c'est quoi une UA ?"))[0])).toMatch(/unité d'activité|UA/);
    expect(text((await say("utile"))[0])).toBe("Merci pour votre retour !");
    const events = eventsRepository(dynamo);
    const votes = await events.listFeedback();
    expect(votes).toEqual([expect.objectContaining({ useful: true, language: "fr" })]);
  });

  it("credit hours: numbers in one turn, and a unit from the catalog", async () => {
    const say = chat("visitor-hours");
    expect(text((await say("cb d'h pr 1 UE de 4 ects"))[0])).toMatch(/4 ECTS correspond à 40 heures/);
    expect(text((await say("NFA031 c'est combien d'heures ?"))[0])).toMatch(/^NFA031 — .*50 heures/);
  });

  it("unit information from the catalog", async () => {
    const say = chat("visitor-unit");
    expect(text((await say("c'est quoi NSY103 ?"))[0])).toMatch(/^NSY103 — Linux : principes et programmation/);
  });

  it("eligibility for an identified (demo) learner: an Adaptive Card from the learner's record", async () => {
    const say = chat("demo-05");
    expect(text((await say("puis-je m'inscrire à ANG320 ?"))[0])).toMatch(/^Pour quel semestre/);
    const [decision] = await say("S2");
    expect(decision?.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(text(decision)).toMatch(/autorisation/);
    expect(text(decision)).not.toMatch(/Simulation indicative/);
  });

  it("eligibility for an anonymous visitor: a what-if, said to be indicative", async () => {
    const say = chat("visitor-whatif");
    expect(text((await say("puis-je m'inscrire à RSX101 au S2 ?"))[0])).toMatch(/simulation indicative/);
    expect(text((await say("aucune"))[0])).toMatch(/^⛔ Non, vous ne pouvez pas vous inscrire à RSX101[\s\S]*UTC505[\s\S]*Simulation indicative/);
  });

  it("progress of an identified (demo) learner", async () => {
    const say = chat("demo-12", "webchat");
    expect(text((await say("où en suis-je dans ma licence ?"))[0])).toMatch(/LG02501A\) : \d+ ECTS sur 60/);
  });

  it("handoff: the request is stored in DynamoDB, open, with the consented contact", async () => {
    const say = chat("visitor-handoff");
    await say("je veux parler à un conseiller");
    await say("Puis-je faire mon stage à l'étranger ?");
    const [confirmation] = await say("06 12 34 56 78");
    const id = /demande n° (\S+) est transmise/.exec(text(confirmation))?.[1];
    expect(id).toMatch(/^\d{6}-[A-Z0-9]{5}$/);
    const events = eventsRepository(dynamo);
    const open = await events.listHandoffs({ status: "open" });
    expect(open).toEqual([expect.objectContaining({ id, question: "Puis-je faire mon stage à l'étranger ?", contact: { kind: "phone", value: "06 12 34 56 78" } })]);
  });
});
