import { beforeAll, describe, expect, it } from "vitest";
import { createCatalog, type Catalog } from "../../../domain/catalog/catalog";
import { checkEligibility } from "../../../domain/eligibility/eligibility.rule";
import { ELIGIBILITY_RULES, NEXT_STEP_CODES, type Availability, type EligibilityDecision } from "../../../domain/eligibility/eligibility.types";
import { describeNextStep, describeReason } from "../../../dialogs/eligibility/eligibility.wording";
import { gradeEarnsCredits } from "../../../domain/eligibility/grade.rule";
import { diplomaProgress } from "../../../domain/progress/progress.rule";
import { readDataFolder, SAMPLE_DATA_FOLDER, type DataSet } from "../../../infra/data-loader/data-folder.loader";

/** The demo records are dated for 2026-2027: asked in late November 2026, S1 runs and S2 comes next. */
const NOW = new Date("2026-11-27T12:00:00Z");
const SEMESTERS = ["2025-2026 S2", "2026-2027 S1", "2026-2027 S2"];

let data: DataSet;
let catalog: Catalog;
let decisions: EligibilityDecision[];

beforeAll(async () => {
  const read = await readDataFolder(SAMPLE_DATA_FOLDER);
  if (!read.ok) throw new Error(`the shipped sample data is invalid:\n${read.errors.map((e) => JSON.stringify(e)).join("\n")}`);
  data = read.data;
  catalog = createCatalog(data);
  // Every demo learner asks about every unit (and a mistyped code) in three semesters; the first one
  // also says when they can attend (no Saturdays; at a distance only).
  const availabilities: (Availability | undefined)[] = [undefined];
  decisions = data.learners.flatMap((learner, k) =>
    (k === 0 ? [undefined, { unavailableDays: ["saturday"] } as const, { unavailableDays: [], modalities: ["distance"] } as const] : availabilities).flatMap((availability) =>
      [...catalog.units.keys(), "NFA301"].flatMap((code) => SEMESTERS.map((semester) => checkEligibility({ code, semester, learner, catalog, now: NOW, ...(availability ? { availability } : {}) }))),
    ),
  );
});

describe("shipped sample data", () => {
  it("has at least 60 real UE, the UAs, and US marked as sample data", () => {
    const units = [...catalog.units.values()];
    expect(units.filter((u) => u.kind === "UE").length).toBeGreaterThanOrEqual(60);
    expect(units.filter((u) => u.kind === "UA").map((u) => u.code)).toEqual(expect.arrayContaining(["UAALOT", "UAEP04", "UAAD91"]));
    const us = units.filter((u) => u.kind === "US");
    expect(us.length).toBeGreaterThan(0);
    for (const unit of us) expect(unit).toMatchObject({ sample: true, sampleNote: expect.any(String) });
    for (const unit of units.filter((u) => u.authorizationRequired)) expect(unit).toMatchObject({ sample: true, sampleNote: expect.stringMatching(/authorization/i) });
  });

  it("has the Licence L3 with its choice groups and an engineering diploma", () => {
    const l3 = catalog.diplomas.get("LG02501A")!;
    expect(l3).toMatchObject({ level: "licence-l3", totalEcts: 60 });
    expect(l3.requirements).toContainEqual(expect.objectContaining({ kind: "choice", pick: 3, distinctGroups: true, ects: 18 }));
    const options = l3.requirements.find((r) => r.kind === "choice");
    expect(options?.kind === "choice" && options.groups.map((g) => g.units.length)).toEqual([4, 4, 5, 4, 2]);
    expect([...catalog.diplomas.values()].some((d) => d.level === "ingenieur" && /^CYC910[16]A$/.test(d.code))).toBe(true);
  });

  it("has at least 10 fictional demo learners", () => {
    expect(data.learners.length).toBeGreaterThanOrEqual(10);
    for (const learner of data.learners) expect(learner).toMatchObject({ id: expect.stringMatching(/^demo-\d{2}$/), sample: true });
  });
});

describe("the demo learners exercise every outcome", () => {
  it("every decision outcome", () => {
    expect(new Set(decisions.map((d) => d.outcome))).toEqual(new Set(["eligible", "conditional", "not-eligible", "unknown-unit"]));
  });

  it("every eligibility rule and every next step", () => {
    const reasons = decisions.flatMap((d) => d.reasons);
    expect(new Set(reasons.map((r) => r.rule))).toEqual(new Set(ELIGIBILITY_RULES));
    expect(new Set(decisions.flatMap((d) => d.nextSteps.map((s) => s.step)))).toEqual(new Set(NEXT_STEP_CODES));
  });

  it("every variant within a rule: prerequisite status and kind, clash and availability severity, UA route", () => {
    const reasons = decisions.flatMap((d) => d.reasons);
    const variants = new Set(
      reasons.flatMap((r) => {
        if (r.rule === "missing-prerequisite") return [`prerequisite:${r.status}`, `prerequisite:${r.requirement.kind}`, `prerequisite:${r.severity}`];
        if (r.rule === "timetable-clash") return [`clash:${r.severity}`];
        if (r.rule === "outside-availability") return [`availability:${r.severity}`];
        if (r.rule === "ua-route") return [`ua:${r.route}`];
        return [];
      }),
    );
    expect(variants).toEqual(
      new Set([
        "prerequisite:not-taken",
        "prerequisite:failed",
        "prerequisite:pending",
        "prerequisite:same-semester",
        "prerequisite:all-of",
        "prerequisite:any-of",
        "prerequisite:blocker",
        "prerequisite:condition",
        "clash:blocker",
        "clash:advice",
        "availability:blocker",
        "availability:advice",
        "ua:experience-dossier",
        "ua:application-project",
      ]),
    );
  });

  it("every grade outcome among their results", () => {
    const outcomes = new Set(
      data.learners.flatMap((l) => l.results.map((r) => gradeEarnsCredits(r.grade, { session: r.session }))).map((g) => (g.outcome === "credits-not-earned" ? `${g.outcome}:${g.nextStep}` : g.outcome)),
    );
    expect(outcomes).toEqual(new Set(["credits-earned", "credits-not-earned:session-2", "credits-not-earned:retake-unit"]));
  });

  it("every progress outcome: not registered, in progress, complete, with units to take next", () => {
    const reports = data.learners.flatMap((learner) => [...catalog.diplomas.keys()].map((diploma) => diplomaProgress({ learner, diploma, catalog, now: NOW })));
    expect(new Set(reports.map((r) => (r.outcome === "progress" ? `progress:${r.complete ? "complete" : "partial"}` : r.outcome)))).toEqual(
      new Set(["not-registered", "progress:partial", "progress:complete"]),
    );
    const takeNext = reports.flatMap((r) => (r.outcome === "progress" ? r.takeNext.map((t) => t.outcome) : []));
    expect(new Set(takeNext)).toEqual(new Set(["eligible", "conditional"]));
  });

  it("every reason and step they meet is worded in French and English", () => {
    for (const decision of decisions) {
      for (const reason of decision.reasons) for (const language of ["fr", "en"] as const) expect(describeReason(reason, language)).not.toMatch(/undefined|NaN/);
      for (const step of decision.nextSteps) for (const language of ["fr", "en"] as const) expect(describeNextStep(step, language)).not.toMatch(/undefined|NaN/);
    }
  });
});
