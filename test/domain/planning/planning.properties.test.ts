import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Catalog } from "../../../domain/catalog/catalog";
import { MODALITIES, type Modality, type Weekday } from "../../../domain/catalog/timetable";
import type { DiplomaInput } from "../../../domain/catalog/diploma.schema";
import type { UnitInput } from "../../../domain/catalog/unit.schema";
import { planViolations } from "../../../domain/planning/plan-check";
import { buildProblem } from "../../../domain/planning/planning.problem";
import { constraintConflicts, planDiploma } from "../../../domain/planning/planning.rule";
import { PlanSearch } from "../../../domain/planning/planning.search";
import type { PlanningQuery } from "../../../domain/planning/planning.types";
import { catalog, diploma, unit } from "../builders";
import { bruteForce, compareCosts, type Cost } from "./brute-force";

/**
 * Random small catalogs: five units (and sometimes a UA and a US) with evening, Saturday and
 * distance offerings, prerequisites pointing backwards, an exclusion now and then; a diploma with
 * an all-of block and a choice (by count, from distinct groups, or by credits); random constraints
 * (evenings, credits and units a semester among them) and a random learner. The planner's answer
 * is compared with brute force over four semesters.
 */

const CODES = ["PLA101", "PLB102", "PLC103", "PLD104", "PLE105"];
const DIPLOMA = "PLN0001";
const MAX_SEMESTERS = 4;
const HALVES = { early: ["18:15", "20:00"], late: ["20:00", "21:45"], full: ["18:15", "21:45"] } as const;

const offeringArb = (id: string) =>
  fc.oneof(
    fc.record({ term: fc.constantFrom("S1", "S2"), day: fc.constantFrom("monday", "tuesday", "wednesday"), part: fc.constantFrom("early", "late", "full") }).map(({ term, day, part }) => ({
      id,
      term,
      modality: "evening",
      weekly: [{ day, start: HALVES[part][0], end: HALVES[part][1] }],
    })),
    fc.record({ term: fc.constantFrom("S1", "S2"), part: fc.constantFrom("am", "pm") }).map(({ term, part }) => ({
      id,
      term,
      modality: "saturday",
      weekly: [{ day: "saturday", start: part === "am" ? "09:00" : "13:30", end: part === "am" ? "12:30" : "17:00" }],
    })),
    fc.constantFrom("S1", "S2").map((term) => ({ id, term, modality: "distance" })),
  );

const unitArb = (index: number) =>
  fc
    .record({
      ects: fc.constantFrom(3, 6),
      offerings: fc.array(fc.constant(0), { minLength: 0, maxLength: 2 }).chain((slots) => fc.tuple(...slots.map((_, k) => offeringArb(`O${k}`)))),
      allOf: fc.subarray(CODES.slice(0, index), { maxLength: Math.min(1, index) }),
      anyOf: index >= 2 ? fc.option(fc.shuffledSubarray(CODES.slice(0, index), { minLength: 2, maxLength: 2 }), { freq: 4 }) : fc.constant(null),
      exclusion: index >= 1 ? fc.option(fc.constantFrom(...CODES.slice(0, index)), { freq: 5 }) : fc.constant(null),
      authorizationRequired: fc.boolean(),
    })
    .map(
      (u): UnitInput => ({
        code: CODES[index]!,
        title: `Unité ${index}`,
        kind: "UE",
        ects: u.ects,
        offerings: u.offerings as never,
        prerequisites: { allOf: u.allOf, anyOf: u.anyOf ? [u.anyOf.filter((c) => !u.allOf.includes(c))].filter((g) => g.length >= 2) : [], advice: [] },
        exclusions: u.exclusion && !u.allOf.includes(u.exclusion) ? [{ unit: u.exclusion, scope: "same-semester" }] : [],
        authorizationRequired: u.authorizationRequired,
      }),
    );

const instanceArb = fc
  .record({
    units: fc.tuple(...CODES.map((_, i) => unitArb(i))),
    withUa: fc.boolean(),
    withUs: fc.boolean(),
    usOffering: offeringArb("US"),
    allCount: fc.integer({ min: 0, max: 2 }),
    choice: fc.oneof(
      fc.record({ kind: fc.constant("pick" as const), pick: fc.integer({ min: 1, max: 2 }), distinct: fc.boolean() }),
      fc.record({ kind: fc.constant("credits" as const), ects: fc.constantFrom(3, 6, 9) }),
    ),
    split: fc.integer({ min: 1, max: 3 }),
    maxEvenings: fc.option(fc.integer({ min: 0, max: 2 }), { freq: 2 }),
    maxEcts: fc.option(fc.constantFrom(6, 9, 12), { freq: 4 }),
    maxUnits: fc.option(fc.integer({ min: 1, max: 3 }), { freq: 3 }),
    unavailableDays: fc.subarray<Weekday>(["monday", "saturday"]),
    modalities: fc.subarray<Modality>(["evening", "saturday", "distance"], { minLength: 1 }),
    preferred: fc.subarray<Modality>(["evening", "saturday", "distance"], { maxLength: 1 }),
    firstTerm: fc.constantFrom("S1", "S2"),
    passed: fc.subarray(CODES, { maxLength: 2 }),
    committedIndex: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 3 }),
    registered: fc.boolean(),
  })
  .map((raw) => {
    const units = raw.units.map((u) => unit(u));
    const extra = [];
    if (raw.withUa) extra.push(unit({ code: "UAPLA", title: "Activité", kind: "UA", uaType: "professional-experience", ects: 6 }));
    if (raw.withUs) extra.push(unit({ code: "USPL01", title: "Spécifique", kind: "US", ects: 6, diplomas: [DIPLOMA], offerings: [raw.usOffering as never] }));
    const allUnits = [...CODES.slice(0, raw.allCount), ...(raw.withUa ? ["UAPLA"] : [])];
    const optionUnits = [...CODES.slice(raw.allCount), ...(raw.withUs ? ["USPL01"] : [])];
    const groups = [optionUnits.slice(0, raw.split), optionUnits.slice(raw.split)].filter((g) => g.length > 0).map((g, i) => ({ id: `g${i}`, units: g }));
    const choice: DiplomaInput["requirements"][number] =
      raw.choice.kind === "pick"
        ? { kind: "choice", id: "choix", label: "Choix", ects: 6 * raw.choice.pick, pick: raw.choice.pick, distinctGroups: raw.choice.distinct && groups.length >= raw.choice.pick, groups }
        : { kind: "choice", id: "choix", label: "Choix", ects: raw.choice.ects, groups };
    const requirements: DiplomaInput["requirements"] = [...(allUnits.length ? [{ kind: "all" as const, id: "tronc", label: "Tronc", units: allUnits }] : []), ...(groups.length ? [choice] : [])];
    if (requirements.length === 0) requirements.push({ kind: "all", id: "tronc", label: "Tronc", units: [CODES[0]!] });
    const cat = catalog([...units, ...extra], [diploma({ code: DIPLOMA, requirements })]);
    const firstSemester = raw.firstTerm === "S1" ? "2026-2027 S1" : "2026-2027 S2";
    const committedUnit = raw.committedIndex === null ? undefined : cat.units.get(CODES[raw.committedIndex]!)!;
    const committedOffering = committedUnit?.offerings.find((o) => o.term === raw.firstTerm);
    const query: PlanningQuery = {
      diploma: DIPLOMA,
      standing: {
        passed: raw.passed.filter((c) => c !== committedUnit?.code),
        inProgress: [],
        committed: committedUnit && committedOffering && !raw.passed.includes(committedUnit.code) ? [{ unit: committedUnit.code, semester: firstSemester, offering: committedOffering.id }] : [],
        registeredIn: raw.registered ? [DIPLOMA] : [],
        authorizations: [],
      },
      constraints: {
        firstSemester,
        ...(raw.maxEvenings !== null ? { maxEvenings: raw.maxEvenings } : {}),
        ...(raw.maxEcts !== null ? { maxEcts: raw.maxEcts } : {}),
        ...(raw.maxUnits !== null ? { maxUnits: raw.maxUnits } : {}),
        unavailableDays: raw.unavailableDays,
        modalities: raw.modalities.length === 1 && raw.modalities[0] === "evening" && raw.maxEvenings === 0 ? ["evening", "distance"] : raw.modalities,
        preferredModalities: raw.preferred,
      },
    };
    return { catalog: cat, query };
  });

function costOf(result: ReturnType<typeof planDiploma>, cat: Catalog, query: PlanningQuery): Cost | undefined {
  if (result.outcome !== "plan") return undefined;
  const plan = result.plan;
  const units = plan.semesters.flatMap((s) => s.units);
  const preferred = query.constraints.preferredModalities;
  return {
    semesters: plan.semesters.length,
    peak: plan.peakEvenings,
    credits: units.reduce((sum, u) => sum + cat.units.get(u.code)!.ects, 0),
    penalty: preferred.length === 0 ? 0 : units.filter((u) => u.offering && !preferred.includes(u.offering.modality)).length,
  };
}

describe("the planner on random small catalogs", () => {
  it("finds a plan exactly when one exists, of least cost (semesters, evenings, credits, preferences), and every plan is valid", () => {
    fc.assert(
      fc.property(instanceArb, ({ catalog: cat, query }) => {
        const result = planDiploma(cat, query);
        const best = bruteForce(cat, query, MAX_SEMESTERS);
        if (result.outcome === "plan") {
          expect(planViolations(cat, query, result.plan)).toEqual([]);
          expect(result.plan.proven).toBe(true);
          const cost = costOf(result, cat, query)!;
          if (best) expect(cost).toEqual(best.cost);
          else expect(cost.semesters).toBeGreaterThan(MAX_SEMESTERS);
        } else if (result.outcome === "invalid-constraints") {
          // Refused up front: no taught unit could be planned, whatever the diploma (enrolments kept aside).
          const kept = new Set(query.standing.committed.map((c) => c.unit));
          expect(best?.placements.filter((p) => p.offering && !kept.has(p.code)) ?? []).toEqual([]);
        } else if (result.outcome === "complete") {
          expect(best?.cost.semesters ?? 0).toBe(0);
        } else {
          expect(result.outcome).toBe("infeasible");
          expect(best).toBeUndefined();
        }
      }),
      { numRuns: Number(process.env.PLANNING_RUNS ?? 300) },
    );
  });

  it("never bounds the semesters a plan takes above the fewest it can take (the search prunes on that bound)", () => {
    fc.assert(
      fc.property(instanceArb, ({ catalog: cat, query }) => {
        if (constraintConflicts(query.constraints, query.standing).length > 0) return;
        const best = bruteForce(cat, query, MAX_SEMESTERS);
        if (!best) return;
        const problem = buildProblem(cat, cat.diplomas.get(DIPLOMA)!, query.standing, query.constraints);
        expect(new PlanSearch(problem).bounds(0, problem.start, problem.maxEvenings).semesters).toBeLessThanOrEqual(best.cost.semesters);
      }),
      { numRuns: Number(process.env.PLANNING_RUNS ?? 300) },
    );
  });

  it("orders costs as the objective says", () => {
    const a = { semesters: 2, peak: 3, credits: 30, penalty: 0 };
    expect(compareCosts(a, { ...a, semesters: 3, peak: 1 })).toBeLessThan(0);
    expect(compareCosts(a, { ...a, peak: 2 })).toBeGreaterThan(0);
    expect(compareCosts(a, { ...a, credits: 24, penalty: 5 })).toBeGreaterThan(0);
    void MODALITIES;
  });
});
