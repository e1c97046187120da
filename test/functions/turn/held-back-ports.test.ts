import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { AnsweredQuestion, Feedback, HandoffRequest, UnansweredQuestion } from "../../../domain/events/events.schema";
import type { HandoffNotifier } from "../../../domain/ports/handoff-notifier";
import { HeldBackEventsRepository, HeldBackHandoffNotifier } from "../../../functions/turn/held-back-ports";
import { runInUnitOfWork, TurnUnitOfWork } from "../../../functions/turn/unit-of-work";
import { conversationKey } from "../../../infra/events/conversation-key";
import { DynamoDbEventsRepository } from "../../../infra/events/dynamodb-events.repository";
import { isolatedTables, eventsRepository } from "../../support/dynamo";

/**
 * The ports the dialogs write through during a turn, on the events table of DynamoDB Local: which
 * writes wait for the turn's state, under which policy, and what passes through. How TurnGuard then
 * settles them is tested end to end in test/functions/reliability/.
 */
let events: DynamoDbEventsRepository;
beforeAll(async () => {
  const dynamo = await isolatedTables();
  events = eventsRepository(dynamo, 3600);
});

// Now: an item past its retention reads as absent.
const at = new Date().toISOString();
const handoff = (): HandoffRequest => ({ id: `h-${randomUUID()}`, createdAt: at, language: "fr", channel: "webchat", question: "Puis-je faire mon stage à l'étranger ?", status: "open", origin: "direct" });
const vote = (): Feedback => ({ id: randomUUID(), at, answerId: "ua-definition", useful: true, language: "fr" });
const answered = (): AnsweredQuestion => ({ id: randomUUID(), at, answerId: "credit-hours", language: "fr" });
const unanswered = (): UnansweredQuestion => ({ id: randomUUID(), at, question: "quel temps fera-t-il ?", language: "fr", suggested: [] });

describe("the events repository during a turn", () => {
  it("holds back every write until the turn runs it, each with its policy, and copies its argument", async () => {
    const held = new HeldBackEventsRepository(events);
    const unit = new TurnUnitOfWork();
    const request = handoff();
    const [feedback, answer, question] = [vote(), answered(), unanswered()];

    await runInUnitOfWork(unit, async () => {
      await held.recordHandoff(request);
      await held.recordFeedback(feedback);
      await held.recordAnswered(answer);
      await held.recordUnanswered(question);
    });
    request.question = "changed after the call";

    expect(unit.writes.map(({ name, policy }) => ({ name, policy }))).toEqual([
      { name: "recordHandoff", policy: { onFailure: "undo-turn", travels: "with-state" } },
      { name: "recordFeedback", policy: { onFailure: "undo-turn", travels: "with-state" } },
      { name: "recordAnswered", policy: { onFailure: "log", travels: "with-state" } },
      { name: "recordUnanswered", policy: { onFailure: "log", travels: "with-state" } },
    ]);
    expect(await events.getHandoff(request.id)).toBeUndefined();
    expect((await events.listFeedback()).map((f) => f.id)).not.toContain(feedback.id);

    for (const write of unit.writes) await write.run();
    expect(await events.getHandoff(request.id)).toMatchObject({ question: "Puis-je faire mon stage à l'étranger ?" });
    expect((await events.listFeedback()).map((f) => f.id)).toContain(feedback.id);
    expect((await events.listAnswered()).map((a) => a.id)).toContain(answer.id);
    expect((await events.listUnanswered()).map((u) => u.id)).toContain(question.id);
  });

  it("stamps the turn's conversation key on its statistics, and only there: the report reads abandoned questions from it", async () => {
    const held = new HeldBackEventsRepository(events);
    const key = conversationKey("webchat", "conv-42");
    const unit = new TurnUnitOfWork(key);
    const [answer, question, feedback] = [answered(), unanswered(), vote()];
    await runInUnitOfWork(unit, async () => {
      await held.recordAnswered(answer);
      await held.recordUnanswered(question);
      await held.recordFeedback(feedback);
    });
    for (const write of unit.writes) await write.run();

    expect(key).toMatch(/^[0-9a-f]{16}$/);
    expect(key).toBe(conversationKey("webchat", "conv-42"));
    expect(key).not.toBe(conversationKey("msteams", "conv-42"));
    expect((await events.listAnswered()).find((a) => a.id === answer.id)).toMatchObject({ conversation: key });
    expect((await events.listUnanswered()).find((u) => u.id === question.id)).toMatchObject({ conversation: key });
    expect((await events.listFeedback()).find((f) => f.id === feedback.id)).not.toHaveProperty("conversation");
    // Outside a turn (a unit without a conversation), nothing is stamped.
    const bare = new TurnUnitOfWork();
    const other = unanswered();
    await runInUnitOfWork(bare, () => held.recordUnanswered(other));
    for (const write of bare.writes) await write.run();
    expect((await events.listUnanswered()).find((u) => u.id === other.id)).not.toHaveProperty("conversation");
  });

  it("reads, and closing a request (the advisors' tool), go straight to the repository", async () => {
    const request = handoff();
    await events.recordHandoff(request);
    const held = new HeldBackEventsRepository(events);
    const unit = new TurnUnitOfWork();
    await runInUnitOfWork(unit, async () => {
      expect(await held.getHandoff(request.id)).toMatchObject({ status: "open" });
      expect((await held.listHandoffs({ status: "open" })).map((h) => h.id)).toContain(request.id);
      expect(await held.closeHandoff(request.id, { closedAt: at, resolution: "answered by mail" })).toMatchObject({ outcome: "closed" });
    });
    expect(unit.writes).toEqual([]);
    expect(await events.getHandoff(request.id)).toMatchObject({ status: "closed" });
  });

  it("outside a turn (tools, dialog tests) writes at once", async () => {
    const request = handoff();
    await new HeldBackEventsRepository(events).recordHandoff(request);
    expect(await events.getHandoff(request.id)).toMatchObject({ id: request.id });
  });
});

describe("the advisors' channel during a turn", () => {
  it("announces after the state, best effort", async () => {
    const announced: string[] = [];
    const channel: HandoffNotifier = { notify: async (request) => void announced.push(request.id) };
    const unit = new TurnUnitOfWork();
    const request = handoff();
    await runInUnitOfWork(unit, () => new HeldBackHandoffNotifier(channel).notify(request));

    expect(announced).toEqual([]);
    expect(unit.writes.map(({ name, policy }) => ({ name, policy }))).toEqual([{ name: "notify", policy: { onFailure: "log", travels: "after-state" } }]);
    expect(unit.pending("log")).toHaveLength(1);
    expect(unit.pending("undo-turn")).toEqual([]);
    await unit.writes[0]?.run();
    expect(announced).toEqual([request.id]);
  });
});
