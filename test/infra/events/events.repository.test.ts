import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import type { EventsRepository } from "../../../domain/ports/events.repository";
import { DynamoDbEventsRepository } from "../../../infra/events/dynamodb-events.repository";
import { InMemoryEventsRepository } from "../../../infra/events/in-memory-events.repository";
import { isolatedTables } from "../../support/dynamo";

const dynamo = await isolatedTables();

function handoff(createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest {
  return { id: randomUUID(), createdAt, language: "fr", channel: "webchat", question: "Puis-je changer de groupe ?", status: "open", ...overrides };
}

describe.each<[string, () => EventsRepository]>([
  ["DynamoDB Local", () => new DynamoDbEventsRepository({ doc: dynamo.doc, tableName: `${dynamo.prefix}events`, handoffTtlSeconds: 180 * 86400, eventTtlSeconds: 365 * 86400 })],
  ["in memory", () => new InMemoryEventsRepository()],
])("EventsRepository contract: %s", (_name, make) => {
  // Each test works in its own year, so the shared DynamoDB table does not mix their items.
  it("records handoff requests and lists them by time range and status, oldest first", async () => {
    const repo = make();
    const a = handoff("2031-01-10T19:00:00.000Z");
    const b = handoff("2031-01-11T19:00:00.000Z", { contact: { kind: "email", value: "learner@example.org" } });
    const c = handoff("2031-02-01T19:00:00.000Z");
    for (const h of [c, a, b]) await repo.recordHandoff(h);
    expect((await repo.listHandoffs({ from: "2031-01-01", to: "2031-02-01" })).map((h) => h.id)).toEqual([a.id, b.id]);
    expect((await repo.listHandoffs({ from: "2031-01-01", to: "2032-01-01" })).map((h) => h.id)).toEqual([a.id, b.id, c.id]);
    expect((await repo.listHandoffs({ from: "2031-01-01", to: "2032-01-01" }))[1]).toEqual(b);
  });

  it("closes an open request and filters by status; an unknown id closes nothing", async () => {
    const repo = make();
    const a = handoff("2032-03-01T19:00:00.000Z");
    const b = handoff("2032-03-02T19:00:00.000Z");
    await repo.recordHandoff(a);
    await repo.recordHandoff(b);
    const closed = await repo.closeHandoff(a.id, { closedAt: "2032-03-03T09:00:00.000Z", closedBy: "advisor-1", resolution: "Répondu par courriel" });
    expect(closed).toEqual({ outcome: "closed", request: { ...a, status: "closed", closedBy: "advisor-1", closedAt: "2032-03-03T09:00:00.000Z", resolution: "Répondu par courriel" } });
    const range = { from: "2032-01-01", to: "2033-01-01" };
    expect((await repo.listHandoffs({ ...range, status: "open" })).map((h) => h.id)).toEqual([b.id]);
    expect((await repo.listHandoffs({ ...range, status: "closed" })).map((h) => h.id)).toEqual([a.id]);
    expect(await repo.closeHandoff("no-such-id", { closedAt: "2032-03-03T09:00:00.000Z" })).toEqual({ outcome: "not-found" });
  });

  it("leaves a closed request as its first closure left it", async () => {
    const repo = make();
    const a = handoff("2032-04-01T19:00:00.000Z");
    await repo.recordHandoff(a);
    await repo.closeHandoff(a.id, { closedAt: "2032-04-02T09:00:00.000Z", closedBy: "advisor-1", resolution: "Rappelé" });
    const again = await repo.closeHandoff(a.id, { closedAt: "2032-04-05T09:00:00.000Z", closedBy: "advisor-2", resolution: "Autre" });
    expect(again).toEqual({ outcome: "already-closed", request: expect.objectContaining({ closedBy: "advisor-1", resolution: "Rappelé", closedAt: "2032-04-02T09:00:00.000Z" }) });
    expect(await repo.getHandoff(a.id)).toEqual(again.outcome === "already-closed" ? again.request : undefined);
  });

  it("records an advisor's answer on an open request, once; a closed request takes none", async () => {
    const repo = make();
    const a = handoff("2033-01-01T19:00:00.000Z", { reach: "web-conversation" });
    const b = handoff("2033-01-02T19:00:00.000Z");
    await repo.recordHandoff(a);
    await repo.recordHandoff(b);
    const answer = { text: "Oui, la session 2 est ouverte aux absents.", by: "Claire", at: "2033-01-03T10:00:00.000Z" };
    const answered = await repo.answerHandoff(a.id, answer, { status: "pending" });
    expect(answered).toEqual({ outcome: "answered", request: { ...a, status: "answered", answer, delivery: { status: "pending" } } });
    expect(await repo.answerHandoff(a.id, { ...answer, text: "Autre" }, { status: "pending" })).toMatchObject({ outcome: "already-answered", request: { answer } });
    await repo.closeHandoff(b.id, { closedAt: "2033-01-03T10:00:00.000Z" });
    expect(await repo.answerHandoff(b.id, answer, { status: "pending" })).toMatchObject({ outcome: "closed" });
    expect(await repo.answerHandoff("no-such-id", answer, { status: "pending" })).toEqual({ outcome: "not-found" });
    // An answered request can still be closed by the advisor.
    expect(await repo.closeHandoff(a.id, { closedAt: "2033-01-04T10:00:00.000Z" })).toMatchObject({ outcome: "closed", request: { answer } });
  });

  it("records where the answer is, and finds a conversation's requests, oldest first", async () => {
    const repo = make();
    const conversation = `conv-${randomUUID()}`;
    const a = handoff("2033-02-01T19:00:00.000Z", { conversationId: conversation });
    const b = handoff("2033-02-02T19:00:00.000Z", { conversationId: conversation });
    const other = handoff("2033-02-03T19:00:00.000Z", { conversationId: `conv-${randomUUID()}` });
    for (const h of [b, other, a]) await repo.recordHandoff(h);
    expect((await repo.handoffsOfConversation(conversation)).map((h) => h.id)).toEqual([a.id, b.id]);
    await repo.answerHandoff(a.id, { text: "Réponse", by: "Claire", at: "2033-02-04T10:00:00.000Z" }, { status: "pending" });
    await repo.markDelivery(a.id, { status: "delivered", at: "2033-02-05T10:00:00.000Z" });
    expect((await repo.getHandoff(a.id))?.delivery).toEqual({ status: "delivered", at: "2033-02-05T10:00:00.000Z" });
    expect(await repo.handoffsOfConversation(`conv-${randomUUID()}`)).toEqual([]);
  });

  it("finds a signed-in learner's requests across conversations, oldest first, and no one else's", async () => {
    const repo = make();
    const learner = `learner-${randomUUID()}`;
    const a = handoff("2033-03-01T19:00:00.000Z", { conversationId: `conv-${randomUUID()}`, learnerId: learner });
    const b = handoff("2033-03-02T19:00:00.000Z", { conversationId: `conv-${randomUUID()}`, learnerId: learner });
    const theirs = handoff("2033-03-03T19:00:00.000Z", { conversationId: `conv-${randomUUID()}`, learnerId: `learner-${randomUUID()}` });
    const anonymous = handoff("2033-03-04T19:00:00.000Z", { conversationId: `conv-${randomUUID()}` });
    for (const h of [b, theirs, anonymous, a]) await repo.recordHandoff(h);
    expect((await repo.handoffsOfLearner(learner)).map((h) => h.id)).toEqual([a.id, b.id]);
    expect(await repo.handoffsOfLearner(`learner-${randomUUID()}`)).toEqual([]);
  });

  it("gives a pending answer to one deliverer only", async () => {
    const repo = make();
    const a = handoff("2033-03-01T19:00:00.000Z", { reach: "teams-chat", teamsChat: { serviceUrl: "https://smba.trafficmanager.net/emea/", conversationId: "a:1" } });
    const b = handoff("2033-03-02T19:00:00.000Z");
    await repo.recordHandoff(a);
    await repo.recordHandoff(b);
    expect(await repo.claimDelivery(a.id, "2033-03-03T10:00:00.000Z")).toBeUndefined();
    await repo.answerHandoff(a.id, { text: "Oui.", by: "Claire", at: "2033-03-03T10:00:00.000Z" }, { status: "pending" });
    const claims = await Promise.all([repo.claimDelivery(a.id, "2033-03-03T10:00:01.000Z"), repo.claimDelivery(a.id, "2033-03-03T10:00:01.000Z")]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(claims.find(Boolean)).toMatchObject({ id: a.id, status: "answered", delivery: { status: "sending", at: "2033-03-03T10:00:01.000Z" }, teamsChat: a.teamsChat });
    await repo.answerHandoff(b.id, { text: "Par courriel.", by: "Claire", at: "2033-03-03T10:00:00.000Z" }, { status: "by-contact" });
    expect(await repo.claimDelivery(b.id, "2033-03-03T10:00:01.000Z")).toBeUndefined();
    expect(await repo.claimDelivery("no-such-id", "2033-03-03T10:00:01.000Z")).toBeUndefined();
  });

  it("gets one request by id, with its origin; an unknown id is undefined", async () => {
    const repo = make();
    const a = handoff("2032-05-01T19:00:00.000Z", { origin: "after-answer", answerId: "exam-id" });
    await repo.recordHandoff(a);
    expect(await repo.getHandoff(a.id)).toEqual(a);
    expect(await repo.getHandoff("260101-ZZZZZ")).toBeUndefined();
  });

  it("records answered questions (no text, no identity) and lists them by range", async () => {
    const repo = make();
    await repo.recordAnswered({ id: randomUUID(), at: "2036-01-05T20:00:00.000Z", answerId: "exam-id", language: "fr" });
    await repo.recordAnswered({ id: randomUUID(), at: "2036-01-12T20:00:00.000Z", answerId: "credit-hours", language: "en" });
    expect((await repo.listAnswered({ from: "2036-01-01", to: "2036-01-10" })).map((a) => a.answerId)).toEqual(["exam-id"]);
    expect((await repo.listAnswered({ from: "2036-01-01", to: "2037-01-01" })).map((a) => a.answerId)).toEqual(["exam-id", "credit-hours"]);
    await expect(repo.recordAnswered({ id: "x", at: "2036-01-05T20:00:00.000Z", answerId: "", language: "fr" })).rejects.toThrow();
  });

  it("records feedback and unanswered questions and lists them by range", async () => {
    const repo = make();
    await repo.recordFeedback({ id: randomUUID(), at: "2033-05-01T20:00:00.000Z", answerId: "what-is-ue", useful: true, language: "fr" });
    await repo.recordFeedback({ id: randomUUID(), at: "2033-06-01T20:00:00.000Z", answerId: "credit-hours", useful: false, language: "en" });
    await repo.recordUnanswered({ id: randomUUID(), at: "2033-05-02T20:00:00.000Z", question: "Quel temps fait-il ?", language: "fr", suggested: [] });
    expect((await repo.listFeedback({ from: "2033-05-01", to: "2033-06-01" })).map((f) => f.answerId)).toEqual(["what-is-ue"]);
    expect((await repo.listFeedback({ from: "2033-01-01", to: "2034-01-01" })).map((f) => f.useful)).toEqual([true, false]);
    expect(await repo.listUnanswered({ from: "2033-01-01", to: "2034-01-01" })).toEqual([expect.objectContaining({ question: "Quel temps fait-il ?", suggested: [] })]);
  });

  it("refuses an invalid record without writing it", async () => {
    const repo = make();
    await expect(repo.recordHandoff({ ...handoff("2034-01-01T00:00:00.000Z"), question: "" })).rejects.toThrow();
    expect(await repo.listHandoffs({ from: "2034-01-01", to: "2035-01-01" })).toEqual([]);
  });
});
