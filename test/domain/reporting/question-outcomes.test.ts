import { describe, expect, it } from "vitest";
import type { AnsweredQuestion, HandoffRequest, UnansweredQuestion } from "../../../domain/events/events.schema";
import type { ContentEntry } from "../../../domain/knowledge/content-entry.schema";
import { advisorReport } from "../../../domain/reporting/advisor-report";
import { groupsNearAnswers } from "../../../domain/reporting/near-answers";
import { answerTimes, nearestRank, openByAge, questionOutcomes } from "../../../domain/reporting/question-outcomes";
import { handoffRequest } from "../../support/handoff-request";

let n = 0;
const A = "aaaaaaaaaaaaaaaa";
const B = "bbbbbbbbbbbbbbbb";
const C = "cccccccccccccccc";
const answered = (at: string, conversation?: string): AnsweredQuestion => ({ id: `a${++n}`, at, answerId: "exam-id", language: "fr", ...(conversation ? { conversation } : {}) });
const unanswered = (at: string, conversation?: string, question = "Quel est le tarif ?", suggested: string[] = []): UnansweredQuestion => ({
  id: `u${++n}`,
  at,
  question,
  language: "fr",
  suggested,
  ...(conversation ? { conversation } : {}),
});
const handoff = (createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest => handoffRequest(`H${++n}`, createdAt, overrides);

describe("answered, escalated and abandoned rates", () => {
  it("calls a question abandoned when nothing follows it in its conversation within 30 minutes", () => {
    // A: « je ne sais pas », then nothing: abandoned. B: « je ne sais pas », then a rephrasing answered 2 min
    // later: not abandoned. C: « je ne sais pas », then an advisor request (keyed by infra): not abandoned.
    const events = {
      answered: [answered("2026-12-01T10:02:00.000Z", B), answered("2026-12-01T11:00:00.000Z", A)],
      unanswered: [unanswered("2026-12-01T10:00:00.000Z", A), unanswered("2026-12-01T10:00:00.000Z", B), unanswered("2026-12-01T10:00:00.000Z", C)],
      handoffs: [handoff("2026-12-01T10:01:00.000Z", { origin: "after-unanswered", conversationId: "conv-c" })],
    };
    const outcomes = questionOutcomes(events, events, { conversationOfHandoff: (request) => (request.conversationId === "conv-c" ? C : undefined) });
    // 2 answered + 3 unanswered + 0 direct = 5 questions. A's answer at 11:00 is an hour later: she had left.
    expect(outcomes).toEqual({ questions: 5, answered: 2, answeredRate: 0.4, escalated: 1, escalatedRate: 0.2, abandoned: 1, abandonedRate: 0.2, undetermined: 0 });
  });

  it("leaves undetermined a question without a conversation key, or too recent to tell", () => {
    const events = { answered: [], unanswered: [unanswered("2026-12-01T10:00:00.000Z"), unanswered("2026-12-01T11:50:00.000Z", A)], handoffs: [] };
    const outcomes = questionOutcomes(events, events, { now: new Date("2026-12-01T12:00:00.000Z") });
    expect(outcomes).toMatchObject({ questions: 2, abandoned: 0, abandonedRate: 0, undetermined: 2 });
  });

  it("has no rate without questions", () => {
    const none = { answered: [], unanswered: [], handoffs: [] };
    expect(questionOutcomes(none, none)).toEqual({ questions: 0, answered: 0, escalated: 0, abandoned: 0, undetermined: 0 });
  });
});

describe("time to an advisor's answer", () => {
  const answeredAfter = (hours: number, at = "2026-12-01T00:00:00.000Z") =>
    handoff(at, { status: "answered", answer: { text: "Réponse", by: "conseil", at: new Date(Date.parse(at) + hours * 3_600_000).toISOString() } });

  it("gives the median and the 90th percentile by nearest rank, over the answers of the period", () => {
    const handoffs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30].map((hours) => answeredAfter(hours));
    handoffs.push(handoff("2026-12-01T00:00:00.000Z"), answeredAfter(100, "2026-10-01T00:00:00.000Z"));
    const times = answerTimes(handoffs, (at) => at >= "2026-11-30");
    expect(times).toEqual({ count: 10, medianMs: 5 * 3_600_000, p90Ms: 9 * 3_600_000 });
  });

  it.each([
    [[5], 0.5, 5],
    [[1, 2], 0.5, 1],
    [[1, 2, 3], 0.9, 3],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.9, 10],
  ])("nearest rank of %j at %s is %s", (values, p, expected) => {
    expect(nearestRank(values, p)).toBe(expected);
  });

  it("is empty when no request was answered", () => {
    expect(answerTimes([handoff("2026-12-01T00:00:00.000Z")], () => true)).toEqual({ count: 0 });
  });
});

describe("open requests by age", () => {
  it("puts each waiting request in its bucket and counts the answers that did not reach the learner", () => {
    const now = new Date("2026-12-10T12:00:00.000Z");
    const handoffs = [
      handoff("2026-12-10T08:00:00.000Z"),
      handoff("2026-12-08T12:00:00.000Z"),
      handoff("2026-12-05T12:00:00.000Z"),
      handoff("2026-12-01T12:00:00.000Z"),
      handoff("2026-11-01T12:00:00.000Z"),
      handoff("2026-11-01T12:00:00.000Z", { status: "closed" }),
      handoff("2026-12-09T12:00:00.000Z", { status: "answered", delivery: { status: "failed", error: "410" } }),
      handoff("2026-12-09T12:00:00.000Z", { status: "answered", delivery: { status: "delivered" } }),
    ];
    expect(openByAge(handoffs, now)).toEqual({ buckets: { "under-1d": 1, "1-3d": 1, "3-7d": 1, "over-7d": 2 }, undelivered: 1 });
  });
});

const entry = (id: string, fr: string[], en: string[]): ContentEntry => ({
  id,
  questions: { fr, en },
  answer: { fr: "Une réponse assez longue pour le schéma.", en: "An answer long enough for the schema." },
  tags: ["test"],
  source: "test",
  reviewBy: "2027-06-30",
});

describe("unanswered questions close to an existing answer", () => {
  const entries = [
    entry("exams-when", ["Quand ont lieu les examens ?", "Quelles sont les dates des examens ?"], ["When are the exams?", "What are the exam dates?"]),
    entry("fees", ["Combien coûte une UE ?", "Quel est le prix d'une UE ?"], ["How much does a unit cost?", "What is the price of a unit?"]),
  ];

  it("lists each close group with the wordings the entry lacks, in their languages, the most frequent group first", () => {
    const questions = [
      unanswered("2026-12-01T10:00:00.000Z", A, "quelles dates pour les examens"),
      unanswered("2026-12-01T10:00:00.000Z", A, "quelles dates pour les examens"),
      unanswered("2026-12-02T10:00:00.000Z", B, "les dates d'examens"),
      { ...unanswered("2026-12-02T10:00:00.000Z", B, "exam dates please"), language: "en" as const },
      // Suggested the fees answer twice, in words that share little with its variants.
      unanswered("2026-12-03T10:00:00.000Z", C, "faut-il payer pour s'inscrire", ["fees"]),
      unanswered("2026-12-03T10:00:00.000Z", C, "faut-il payer pour s'inscrire", ["fees", "exams-when"]),
      // Close to nothing.
      unanswered("2026-12-03T10:00:00.000Z", C, "où garer mon vélo"),
    ];
    const groups = groupsNearAnswers(questions, entries);
    // The English wording joins the French group: the report's analysis maps concepts across languages.
    expect(groups.map((group) => [group.entryId, group.count, group.variants])).toEqual([
      [
        "exams-when",
        4,
        [
          { text: "quelles dates pour les examens", language: "fr" },
          { text: "exam dates please", language: "en" },
          { text: "les dates d'examens", language: "fr" },
        ],
      ],
      ["fees", 2, [{ text: "faut-il payer pour s'inscrire", language: "fr" }]],
    ]);
    expect(groups[1]).toMatchObject({ suggested: 2, entryQuestion: "Combien coûte une UE ?" });
  });

  it("is part of the report when the entries are given, with the backlog by age at its now", () => {
    const report = advisorReport(
      { answered: [], unanswered: [unanswered("2026-12-01T10:00:00.000Z", A, "quelles dates pour les examens")], feedback: [], handoffs: [handoff("2026-12-01T10:00:00.000Z")] },
      { fromDate: "2026-11-30", toDate: "2026-12-06" },
      { entries, now: new Date("2026-12-06T12:00:00.000Z") },
    );
    expect(report.nearAnswers).toEqual([expect.objectContaining({ entryId: "exams-when", count: 1 })]);
    expect(report.openByAge?.buckets).toEqual({ "under-1d": 0, "1-3d": 0, "3-7d": 1, "over-7d": 0 });
    expect(report.total.outcomes).toMatchObject({ questions: 2, escalated: 1, abandoned: 1 });
    expect(report.weeks[0]?.outcomes).toEqual(report.total.outcomes);
  });
});
