import { describe, expect, it } from "vitest";
import type { AnsweredQuestion, Feedback, HandoffRequest, UnansweredQuestion } from "../../../domain/events/events.schema";
import { advisorReport, deflection, feedbackPerAnswer } from "../../../domain/reporting/advisor-report";
import { isoWeekOf, isoWeekOfDate, weeksBetween } from "../../../domain/reporting/iso-week";
import { groupSimilarQuestions, jaccard } from "../../../domain/reporting/question-groups";
import { handoffRequest } from "../../support/handoff-request";

let n = 0;
const answered = (at: string, answerId = "exam-id"): AnsweredQuestion => ({ id: `a${++n}`, at, answerId, language: "fr" });
const unanswered = (at: string, question = "Quel est le tarif ?", language: "fr" | "en" = "fr"): UnansweredQuestion => ({ id: `u${++n}`, at, question, language, suggested: [] });
const vote = (at: string, answerId: string, useful: boolean): Feedback => ({ id: `f${++n}`, at, answerId, useful, language: "fr" });
const handoff = (createdAt: string, overrides: Partial<HandoffRequest> = {}): HandoffRequest => handoffRequest(`H${++n}`, createdAt, overrides);

describe("ISO weeks, Paris time", () => {
  it.each([
    ["2026-11-23", "2026-W48", "2026-11-23"],
    ["2026-11-29", "2026-W48", "2026-11-23"],
    ["2026-01-01", "2026-W01", "2025-12-29"],
    ["2027-01-01", "2026-W53", "2026-12-28"],
    ["2024-12-30", "2025-W01", "2024-12-30"],
    ["2021-01-03", "2020-W53", "2020-12-28"],
  ])("%s is in %s (Monday %s)", (date, week, monday) => {
    expect(isoWeekOfDate(date)).toEqual({ week, monday });
  });

  it("puts an instant in the week of its Paris date, not its UTC date", () => {
    // Sunday 23:30 UTC in winter is Monday 00:30 in Paris.
    expect(isoWeekOf("2026-11-29T23:30:00.000Z").week).toBe("2026-W49");
    expect(isoWeekOf("2026-11-29T22:30:00.000Z").week).toBe("2026-W48");
  });

  it("lists every week of a period, both ends included", () => {
    expect(weeksBetween("2026-11-25", "2026-12-08").map((w) => w.week)).toEqual(["2026-W48", "2026-W49", "2026-W50"]);
  });

  it("refuses what is not a date", () => {
    expect(() => isoWeekOfDate("next monday")).toThrow(/not a date/);
  });
});

describe("deflection rate", () => {
  it("counts answered questions not followed by an advisor request, over all questions", () => {
    const result = deflection({
      answered: [answered("2026-11-23T18:00:00Z"), answered("2026-11-23T18:05:00Z"), answered("2026-11-24T18:00:00Z"), answered("2026-11-24T19:00:00Z")],
      unanswered: [unanswered("2026-11-23T18:10:00Z")],
      handoffs: [
        handoff("2026-11-23T18:06:00Z", { origin: "after-answer", answerId: "exam-id" }),
        handoff("2026-11-23T18:11:00Z", { origin: "after-unanswered" }),
        handoff("2026-11-24T20:00:00Z", { origin: "direct" }),
        handoff("2026-11-24T21:00:00Z"),
      ],
    });
    // 4 answered + 1 unanswered + 2 direct (one of them recorded before origins existed) = 7 questions;
    // 4 answered − 1 escalated = 3 deflected.
    expect(result).toEqual({ answered: 4, unanswered: 1, directHandoffs: 2, handoffsAfterAnswer: 1, handoffsAfterUnanswered: 1, questions: 7, deflected: 3, rate: 3 / 7 });
  });

  it("has no rate without questions, and never a negative count", () => {
    expect(deflection({ answered: [], unanswered: [], handoffs: [] })).not.toHaveProperty("rate");
    // The answer was in the previous week, the request in this one.
    expect(deflection({ answered: [], unanswered: [], handoffs: [handoff("2026-11-30T08:00:00Z", { origin: "after-answer", answerId: "x" })] })).toMatchObject({ deflected: 0, questions: 0 });
  });
});

describe("feedback per answer", () => {
  it("tallies votes per answer, the most voted first, then the least liked", () => {
    const at = "2026-11-23T18:00:00Z";
    expect(feedbackPerAnswer([vote(at, "a", true), vote(at, "b", false), vote(at, "b", true), vote(at, "c", false), vote(at, "c", false), vote(at, "d", true)])).toEqual([
      { answerId: "c", useful: 0, notUseful: 2 },
      { answerId: "b", useful: 1, notUseful: 1 },
      { answerId: "a", useful: 1, notUseful: 0 },
      { answerId: "d", useful: 1, notUseful: 0 },
    ]);
  });
});

describe("unanswered questions grouped by similarity", () => {
  it("groups the same question asked differently, with the understanding's normalization and stems", () => {
    const at = "2026-11-23T18:00:00Z";
    const groups = groupSimilarQuestions(
      [
        unanswered(at, "Quel est le tarif d'une UE ?"),
        unanswered(at, "quels sont les tarifs des UE"),
        unanswered(at, "Quel est le tarif d'une UE ?"),
        unanswered(at, "Où se garer près du Cnam ?"),
        unanswered(at, "ou se garer pres du cnam"),
        unanswered(at, "Y a-t-il une cafétéria ?"),
      ],
    );
    expect(groups).toEqual([
      { label: "Quel est le tarif d'une UE ?", count: 3, variants: ["quels sont les tarifs des UE"], languages: ["fr"] },
      { label: expect.stringMatching(/^o[uù] se garer/i), count: 2, variants: [expect.any(String)], languages: ["fr"] },
      { label: "Y a-t-il une cafétéria ?", count: 1, variants: [], languages: ["fr"] },
    ]);
  });

  it("joins a group from the similarity threshold on, and not below it", () => {
    const terms = (text: string) => text.split(" ");
    const questions = [{ question: "a b c d", language: "fr" as const }, { question: "a b c e", language: "en" as const }, { question: "a x y z", language: "fr" as const }];
    expect(groupSimilarQuestions(questions, { terms, threshold: 0.6 }).map((g) => g.count)).toEqual([2, 1]);
    expect(groupSimilarQuestions(questions, { terms, threshold: 0.61 }).map((g) => g.count)).toEqual([1, 1, 1]);
    expect(jaccard(new Set(["a", "b", "c", "d"]), new Set(["a", "b", "c", "e"]))).toBe(0.6);
  });
});

describe("the advisors' weekly report", () => {
  it("computes each ISO week of the period and the total, empty weeks included", () => {
    const report = advisorReport(
      {
        answered: [answered("2026-11-23T18:00:00Z"), answered("2026-11-24T18:00:00Z"), answered("2026-12-08T18:00:00Z"), answered("2026-10-01T18:00:00Z")],
        unanswered: [unanswered("2026-11-25T18:00:00Z"), unanswered("2026-12-09T18:00:00Z", "tarifs ?")],
        feedback: [vote("2026-11-23T18:01:00Z", "exam-id", true), vote("2026-12-08T18:01:00Z", "exam-id", false)],
        handoffs: [
          handoff("2026-11-24T18:02:00Z", { origin: "after-answer", answerId: "exam-id", status: "closed", closedAt: "2026-12-01T09:00:00Z" }),
          handoff("2026-12-09T18:02:00Z", { origin: "after-unanswered" }),
          handoff("2026-11-01T10:00:00Z", { origin: "direct" }),
        ],
      },
      { fromDate: "2026-11-23", toDate: "2026-12-10" },
    );
    expect(report.weeks.map((w) => [w.week, w.answered, w.unanswered, w.deflected, w.questions])).toEqual([
      ["2026-W48", 2, 1, 1, 3],
      ["2026-W49", 0, 0, 0, 0],
      ["2026-W50", 1, 1, 1, 2],
    ]);
    expect(report.weeks[0]).toMatchObject({ rate: 1 / 3, feedback: [{ answerId: "exam-id", useful: 1, notUseful: 0 }], handoffs: { opened: 1, closed: 0, stillOpen: 0 } });
    expect(report.weeks[1]).toMatchObject({ handoffs: { opened: 0, closed: 1, stillOpen: 0 } });
    expect(report.weeks[1]).not.toHaveProperty("rate");
    expect(report.weeks[2]?.unansweredGroups).toEqual([{ label: "tarifs ?", count: 1, variants: [], languages: ["fr"] }]);
    // Events outside the period (October, 1 November) do not count.
    expect(report.total).toMatchObject({ answered: 3, unanswered: 2, questions: 5, deflected: 2, rate: 2 / 5, handoffs: { opened: 2, closed: 1, stillOpen: 1 } });
    expect(report.total.feedback).toEqual([{ answerId: "exam-id", useful: 1, notUseful: 1 }]);
    // The backlog: every request still open, oldest first, whenever created.
    expect(report.openHandoffs.map((h) => h.createdAt)).toEqual(["2026-11-01T10:00:00Z", "2026-12-09T18:02:00Z"]);
  });
});
