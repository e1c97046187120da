import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { advisorReport } from "../../../domain/reporting/advisor-report";
import { parisDate } from "../../../domain/reporting/iso-week";
import { conversationKey } from "../../../infra/events/conversation-key";
import { events, message, post, reliableApp, seededTables } from "../../support/reliability";

/**
 * The abandoned rate from real turns: the app as the Lambda builds it records each question with its
 * conversation's key, and the report tells the learner who left after « je ne sais pas » from the
 * one who went on asking. DynamoDB Local, the shipped content.
 */
describe("abandoned questions, from learners' turns", () => {
  it("counts the learner who leaves after an unanswered question, not the one who asks again", async () => {
    const dynamo = await seededTables();
    const app = await reliableApp(dynamo);
    const [left, stayed] = [`left-${randomUUID()}`, `stayed-${randomUUID()}`];

    for (const conversation of [left, stayed]) {
      const reply = await post(app, message(conversation, "Quelle est la couleur préférée du directeur du Cnam ?"));
      expect(reply.status).toBe(200);
    }
    await post(app, message(stayed, "Quand ont lieu les examens ?"));

    const recorded = events(dynamo);
    const [answered, unanswered, handoffs] = await Promise.all([recorded.listAnswered(), recorded.listUnanswered(), recorded.listHandoffs()]);
    expect(unanswered.map((question) => question.conversation).sort()).toEqual([conversationKey("emulator", left), conversationKey("emulator", stayed)].sort());
    expect(answered.map((question) => question.conversation)).toEqual([conversationKey("emulator", stayed)]);

    const now = new Date(Date.now() + 60 * 60_000);
    const today = parisDate(new Date());
    const report = advisorReport({ answered, unanswered, feedback: [], handoffs }, { fromDate: today, toDate: parisDate(now) }, { now });
    expect(report.total.outcomes).toMatchObject({ questions: 3, answered: 1, abandoned: 1, undetermined: 0 });
  }, 60_000);
});
