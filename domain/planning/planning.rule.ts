import { requiredUnits, type Catalog } from "../catalog/catalog";
import { closestCodes } from "../catalog/closest-code";
import type { Diploma } from "../catalog/diploma.schema";
import { MODALITIES, WEEKDAYS } from "../catalog/timetable";
import { referenceForCredits } from "../credit-hours/credit-hours.rule";
import { uaRoute } from "../eligibility/ua-route.rule";
import { formatSemester, semesterFromId, type SemesterId } from "../semester/semester";
import { bitCount, buildProblem, daysOf, semesterAtIndex, type Problem, type Relaxed } from "./planning.problem";
import { PlanSearch, SearchBudgetError, type SearchPlan } from "./planning.search";
import type {
  Assumption,
  AuthorizationStep,
  BlockedRequirement,
  ConstraintChange,
  ConstraintConflict,
  CriticalReason,
  LearnerStanding,
  Plan,
  PlannedSemester,
  PlannedUnit,
  PlanningConstraints,
  PlanningQuery,
  PlanningResult,
  Relaxation,
} from "./planning.types";

/** Plans longer than this are not looked for: ten years of evening classes. */
const MAX_SEMESTERS = 20;
/** Single-term units tried one by one to say which one makes the plan wait. */
const MAX_UNITS_TRIED = 8;

interface Context {
  readonly catalog: Catalog;
  readonly diploma: Diploma;
  readonly standing: LearnerStanding;
  /** UAs with nothing before or after them: planned apart, as their own step (see setAsideUas). */
  readonly setAside: readonly string[];
}

interface Solved {
  readonly problem: Problem;
  readonly search: PlanSearch;
  readonly plan: SearchPlan;
  readonly proven: boolean;
}

/**
 * The fastest valid path to a diploma. Rule: a plan meets the diploma's requirements (all-of
 * units, choices by count, from distinct groups or by credits, each unit counting once) with the
 * units passed and those planned; each planned unit's prerequisites are passed, or planned in an
 * earlier semester; each unit follows an offering of its semester's term, in a modality the learner
 * accepts, on days they can attend; no two units of a semester clash or exclude each other; a
 * semester holds no more evenings a week (or credits, or taught units) than the learner allows,
 * unless its kept enrolments alone take more; a US is open only to a learner registered in one of
 * its diplomas; a UA, which has no classes, is a step of its own.
 * Optimal: fewest semesters; then fewest evenings a week in the busiest semester; then fewest
 * credits taken; then fewest offerings outside the learner's preferred modalities.
 */
export function planDiploma(catalog: Catalog, query: PlanningQuery): PlanningResult {
  const code = query.diploma.trim().toUpperCase();
  const diploma = catalog.diplomas.get(code);
  if (!diploma) return { outcome: "unknown-diploma", code, suggestions: closestCodes(code, catalog.diplomas.keys()) };
  const conflicts = constraintConflicts(query.constraints, query.standing);
  if (conflicts.length > 0) return { outcome: "invalid-constraints", conflicts };
  const summary = { code: diploma.code, title: diploma.title, totalEcts: diploma.totalEcts };
  const context: Context = { catalog, diploma, standing: query.standing, setAside: setAsideUas(catalog, diploma, query.standing) };

  const problem = buildFor(context, query.constraints);
  const search = new PlanSearch(problem);
  if (search.meets(problem.start) && context.setAside.length === 0) return { outcome: "complete", diploma: summary };
  if (!search.possible()) {
    return { outcome: "infeasible", diploma: summary, blocked: blockedRequirements(problem), relaxations: relaxationsToPlan(context, query.constraints) };
  }
  const solved = solve(problem, search);
  if (solved === "none") {
    return { outcome: "infeasible", diploma: summary, blocked: blockedRequirements(problem), relaxations: relaxationsToPlan(context, query.constraints) };
  }
  if (solved === "unknown") return { outcome: "too-complex", diploma: summary };
  const semesters = Math.max(solved.plan.moves.length, 1);
  const whyNotFaster = semesters <= 1 ? [{ kind: "single-semester" } as const] : criticalReasons(context, query.constraints, solved);
  return { outcome: "plan", plan: describePlan(context, solved, whyNotFaster) };
}

/**
 * Constraints that leave nothing to plan with, whatever the diploma. A semester of kept enrolments
 * holds what they take whatever the limits, so with one, only the search can tell.
 */
export function constraintConflicts(constraints: PlanningConstraints, standing?: LearnerStanding): ConstraintConflict[] {
  const conflicts: ConstraintConflict[] = [];
  const kept = (standing?.committed.length ?? 0) > 0;
  if (!semesterFromId(constraints.firstSemester)) conflicts.push({ kind: "first-semester", semester: constraints.firstSemester });
  if (constraints.modalities.length === 0) conflicts.push({ kind: "no-modality" });
  const inPerson = constraints.modalities.some((m) => m !== "distance");
  if (!kept && constraints.maxEvenings === 0 && !constraints.modalities.includes("distance") && !constraints.modalities.includes("blocked-days")) {
    conflicts.push({ kind: "no-evening-no-distance" });
  }
  if (!kept && inPerson && WEEKDAYS.every((day) => constraints.unavailableDays.includes(day)) && !constraints.modalities.includes("distance")) {
    conflicts.push({ kind: "every-day-unavailable" });
  }
  if (constraints.maxEcts !== undefined && constraints.maxEcts <= 0) conflicts.push({ kind: "zero-ects" });
  if (constraints.maxUnits !== undefined && constraints.maxUnits <= 0) conflicts.push({ kind: "zero-units" });
  return conflicts;
}

/**
 * UAs of the diploma's all-of requirements that nothing comes before or after: they take no
 * evening, so they are placed once the rest is planned (an admission exam first, the others last).
 */
function setAsideUas(catalog: Catalog, diploma: Diploma, standing: LearnerStanding): string[] {
  const done = new Set([...standing.passed, ...standing.inProgress, ...standing.committed.map((c) => c.unit)]);
  const needed = new Set([...catalog.units.values()].flatMap(requiredUnits));
  return diploma.requirements
    .flatMap((r) => (r.kind === "all" ? r.units : []))
    .filter((code) => {
      const unit = catalog.units.get(code);
      return unit?.kind === "UA" && !done.has(code) && !needed.has(code) && unit.prerequisites.allOf.length === 0 && unit.prerequisites.anyOf.length === 0;
    });
}

function buildFor(context: Context, constraints: PlanningConstraints, relaxed: Relaxed = {}): Problem {
  const standing = { ...context.standing, passed: [...context.standing.passed, ...context.setAside] };
  return buildProblem(context.catalog, context.diploma, standing, constraints, relaxed);
}

/** The least semesters a plan takes (at most `upTo`), with a plan of that length; undefined: none within. */
function fewestSemesters(problem: Problem, search: PlanSearch, evenings: number, upTo = MAX_SEMESTERS): { semesters: number; plan: SearchPlan } | undefined {
  if (search.meets(problem.start)) return { semesters: 0, plan: { moves: [], credits: 0, penalty: 0 } };
  const floor = search.bounds(0, problem.start, evenings).semesters;
  for (let cap = Math.max(1, floor); cap <= upTo; cap++) {
    const plan = search.feasible({ cap, evenings });
    if (plan) return { semesters: cap, plan };
  }
  return undefined;
}

function peakOf(plan: SearchPlan): number {
  return Math.max(0, ...plan.moves.map((m) => bitCount(m.days)));
}

/**
 * Fewest semesters, then the busiest semester as light as it can be, then the cheapest plan of
 * those. A search that runs out of budget keeps the best plan it has, said to be unproven; "none":
 * no plan exists (within MAX_SEMESTERS); "unknown": the budget ran out before any plan was found.
 */
function solve(problem: Problem, search: PlanSearch): Solved | "none" | "unknown" {
  let proven = true;
  let plan: SearchPlan | undefined;
  let cap = MAX_SEMESTERS;
  try {
    const fewest = fewestSemesters(problem, search, problem.maxEvenings);
    if (fewest) {
      plan = fewest.plan;
      cap = fewest.semesters;
    }
  } catch (error) {
    if (!(error instanceof SearchBudgetError)) throw error;
    proven = false;
  }
  if (!plan && proven) return "none";
  plan ??= greedyPlan(problem, search);
  if (!plan) return "unknown";
  cap = Math.min(cap, plan.moves.length);
  let evenings = Math.min(problem.maxEvenings, peakOf(plan));
  try {
    // Lighter and lighter, while the busiest semester gets lighter: below a kept semester's own
    // evenings, a lower cap would only constrain the other semesters, not the peak.
    for (let lighter = evenings - 1; proven && lighter >= 0; lighter = evenings - 1) {
      const found = search.feasible({ cap, evenings: lighter });
      if (!found || peakOf(found) >= evenings) break;
      plan = found;
      evenings = peakOf(found);
    }
    if (proven) plan = search.cheapest({ cap, evenings }, plan);
  } catch (error) {
    if (!(error instanceof SearchBudgetError)) throw error;
    proven = false;
  }
  return { problem, search, plan, proven };
}

/** A plan when the search ran out of budget: each semester, what fits, most urgent first. */
function greedyPlan(problem: Problem, search: PlanSearch): SearchPlan | undefined {
  try {
    for (let cap = 1; cap <= MAX_SEMESTERS * 2; cap *= 2) {
      const plan = search.feasible({ cap, evenings: problem.maxEvenings });
      if (plan) return plan;
    }
  } catch (error) {
    if (!(error instanceof SearchBudgetError)) throw error;
  }
  return undefined;
}

// ---- why not faster ------------------------------------------------------------------------

/** Whether the plan could take fewer semesters with the constraints changed or a rule set aside. */
function fewerWith(context: Context, constraints: PlanningConstraints, relaxed: Relaxed, than: number): number | undefined {
  try {
    const problem = buildFor(context, constraints, relaxed);
    const search = new PlanSearch(problem);
    if (!search.possible()) return undefined;
    const found = fewestSemesters(problem, search, problem.maxEvenings, than - 1);
    return found ? Math.max(1, found.semesters) : undefined;
  } catch (error) {
    if (error instanceof SearchBudgetError) return undefined;
    throw error;
  }
}

function completion(constraints: PlanningConstraints, semesters: number): SemesterId {
  return formatSemester(semesterAtIndex(semesterFromId(constraints.firstSemester)!, semesters - 1));
}

/** The constraint changes worth trying: one more evening each time, each day, each modality, no credit limit, no limit of units. */
function changesToTry(constraints: PlanningConstraints): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  if (constraints.maxEvenings !== undefined) {
    for (let limit = constraints.maxEvenings + 1; limit <= WEEKDAYS.length; limit++) changes.push({ kind: "evenings", limit });
  }
  if (constraints.maxEcts !== undefined) changes.push({ kind: "ects", limit: undefined });
  if (constraints.maxUnits !== undefined) changes.push({ kind: "units", limit: undefined });
  for (const day of constraints.unavailableDays) changes.push({ kind: "allow-day", day });
  if (constraints.unavailableDays.length > 1) changes.push({ kind: "allow-days", days: constraints.unavailableDays });
  for (const modality of MODALITIES) if (!constraints.modalities.includes(modality)) changes.push({ kind: "add-modality", modality });
  return changes;
}

export function applyChange(constraints: PlanningConstraints, change: ConstraintChange): PlanningConstraints {
  switch (change.kind) {
    case "evenings": {
      const { maxEvenings: _, ...rest } = constraints;
      return change.limit === undefined ? rest : { ...rest, maxEvenings: change.limit };
    }
    case "ects": {
      const { maxEcts: _, ...rest } = constraints;
      return change.limit === undefined ? rest : { ...rest, maxEcts: change.limit };
    }
    case "units": {
      const { maxUnits: _, ...rest } = constraints;
      return change.limit === undefined ? rest : { ...rest, maxUnits: change.limit };
    }
    case "allow-day":
      return { ...constraints, unavailableDays: constraints.unavailableDays.filter((d) => d !== change.day) };
    case "allow-days":
      return { ...constraints, unavailableDays: constraints.unavailableDays.filter((d) => !change.days.includes(d)) };
    case "add-modality":
      return { ...constraints, modalities: [...constraints.modalities, change.modality] };
  }
}

/**
 * Why the plan is no shorter, each reason checked by planning again without it: prerequisites
 * set aside, terms set aside (all units, then each unit offered in one term), each of the
 * learner's constraints loosened, clashes set aside.
 */
function criticalReasons(context: Context, constraints: PlanningConstraints, solved: Solved): CriticalReason[] {
  const semesters = solved.plan.moves.length;
  const reasons: CriticalReason[] = [];
  const { problem, plan } = solved;
  const planned = plan.moves.flatMap((move, s) => move.items.map((i) => ({ item: i, semester: s })));

  if (fewerWith(context, constraints, { prerequisites: true }, semesters) !== undefined) {
    const chain = longestChain(problem, planned);
    if (chain.length > 1) reasons.push({ kind: "prerequisite-chain", chain });
  }
  if (fewerWith(context, constraints, { terms: true }, semesters) !== undefined) {
    const onceAYear = planned
      .map(({ item }) => problem.items[item]!)
      .filter((item) => !item.ua && (item.options.S1.length === 0) !== (item.options.S2.length === 0))
      .map((item) => ({ code: item.code, term: item.options.S1.length > 0 ? ("S1" as const) : ("S2" as const) }));
    const alone = onceAYear.slice(0, MAX_UNITS_TRIED).filter((unit) => fewerWith(context, constraints, { terms: new Set([unit.code]) }, semesters) !== undefined);
    const units = alone.length > 0 ? alone : onceAYear;
    // « GDN100 n'est proposée qu'au premier semestre », said of a unit whose second-semester class is on a Saturday afternoon
    // the learner ruled out, would be false: it is so at the times they can come.
    const atYourTimes = units.some((unit) => problem.items.find((item) => item.code === unit.code)?.unit.offerings.some((offering) => offering.term !== unit.term));
    reasons.push({ kind: "once-a-year", units, ...(atYourTimes ? { atYourTimes: true as const } : {}) });
  }
  const tried = new Set<string>();
  for (const change of changesToTry(constraints)) {
    // One more evening is enough to say; the next ones would only repeat it.
    if (change.kind === "evenings" && tried.has("evenings")) continue;
    if (change.kind === "allow-days" && tried.has("allow-day")) continue;
    const fewer = fewerWith(context, applyChange(constraints, change), {}, semesters);
    if (fewer === undefined) continue;
    tried.add(change.kind);
    reasons.push({ kind: "constraint", relaxation: { change, semesters: fewer, completes: completion(constraints, fewer) } });
  }
  if (fewerWith(context, constraints, { clashes: true }, semesters) !== undefined) reasons.push({ kind: "timetable" });
  return reasons.length > 0 ? reasons : [{ kind: "combined" }];
}

/** The longest run of planned units each a prerequisite of the next, in order. */
function longestChain(problem: Problem, planned: readonly { item: number; semester: number }[]): string[] {
  const at = new Map(planned.map((p) => [p.item, p.semester]));
  const memo = new Map<number, number[]>();
  const chainTo = (i: number): number[] => {
    const known = memo.get(i);
    if (known) return known;
    const item = problem.items[i]!;
    let best: number[] = [];
    for (const p of [...item.allOf, ...item.anyOf.flat()]) {
      if (!at.has(p) || at.get(p)! >= at.get(i)!) continue;
      const chain = chainTo(p);
      if (chain.length > best.length) best = chain;
    }
    const result = [...best, i];
    memo.set(i, result);
    return result;
  };
  let longest: number[] = [];
  for (const { item } of planned) {
    const chain = chainTo(item);
    if (chain.length > longest.length) longest = chain;
  }
  return longest.map((i) => problem.items[i]!.code);
}

// ---- when no plan exists -------------------------------------------------------------------

/** The requirements the units the learner may take cannot meet, with the units they cannot take and why. */
function blockedRequirements(problem: Problem): BlockedRequirement[] {
  const done = (i: number) => problem.items[i]!.done;
  const open = (i: number) => done(i) || problem.items[i]!.usable || problem.items[i]!.committedAt !== undefined;
  const describe = (items: readonly number[]) =>
    items
      .filter((i) => !open(i))
      .map((i) => ({ code: problem.items[i]!.code, title: problem.items[i]!.unit.title, block: problem.items[i]!.block ?? { reason: "not-offered" as const } }));
  const blocked: BlockedRequirement[] = [];
  for (const requirement of problem.all) {
    const units = describe(requirement.items);
    if (units.length > 0) blocked.push({ id: requirement.id, label: requirement.label, units });
  }
  const search = new PlanSearch(problem);
  const reachable = problem.start.slice();
  for (const item of problem.items) if (open(item.index)) reachable[item.index >>> 5]! |= 1 << (item.index & 31);
  for (const choice of problem.choices) {
    // A choice is blocking when its open units, all of them, still fall short.
    const only = new Uint32Array(reachable.length);
    for (const requirement of problem.all) for (const i of requirement.items) only[i >>> 5]! |= 1 << (i & 31);
    for (const i of choice.items) if (open(i)) only[i >>> 5]! |= 1 << (i & 31);
    for (const other of problem.choices) if (other !== choice) for (const i of other.items) only[i >>> 5]! |= 1 << (i & 31);
    if (!search.meets(only)) blocked.push({ id: choice.id, label: choice.label, units: describe(choice.items) });
  }
  return blocked;
}

/** Single changes to the constraints that make a plan possible, with the plan each gives, shortest first. */
function relaxationsToPlan(context: Context, constraints: PlanningConstraints): Relaxation[] {
  const relaxations: Relaxation[] = [];
  let eveningsFound = false;
  let dayFound = false;
  for (const change of changesToTry(constraints)) {
    if (change.kind === "evenings" && eveningsFound) continue;
    // Every day at once is said only when no single day is enough.
    if (change.kind === "allow-days" && dayFound) continue;
    const changed = applyChange(constraints, change);
    const fewer = fewerWith(context, changed, {}, MAX_SEMESTERS + 1);
    if (fewer === undefined) continue;
    if (change.kind === "evenings") eveningsFound = true;
    if (change.kind === "allow-day") dayFound = true;
    relaxations.push({ change, semesters: fewer, completes: completion(constraints, fewer) });
  }
  return relaxations.sort((a, b) => a.semesters - b.semesters);
}

// ---- the plan as the learner reads it ------------------------------------------------------

/** The first semester's kept enrolments alone, each in its first offering of the term. */
function keptOnly(problem: Problem): SearchPlan["moves"][number] {
  const term = problem.firstSemester.term;
  const items = (problem.committed.get(0) ?? []).filter((i) => problem.items[i]!.options[term].length > 0);
  const options = items.map((i) => problem.items[i]!.options[term][0]!.id);
  return { items, options, days: options.reduce((mask, o) => mask | problem.options[o]!.days, 0) };
}

function describePlan(context: Context, solved: Solved, whyNotFaster: readonly CriticalReason[]): Plan {
  const { catalog, diploma, standing } = context;
  const { problem, plan } = solved;
  const first = problem.firstSemester;
  const requirementOf = (code: string) =>
    diploma.requirements.find((r) => (r.kind === "all" ? r.units.includes(code) : r.groups.some((g) => g.units.includes(code))));
  const plannedCodes = new Set([...plan.moves.flatMap((m) => m.items.map((i) => problem.items[i]!.code)), ...context.setAside]);

  const unitOf = (code: string, offeringId: number | undefined): PlannedUnit => {
    const unit = catalog.units.get(code)!;
    const requirement = requirementOf(code);
    const offering = offeringId === undefined ? undefined : problem.options[offeringId]!.offering;
    const item = problem.byCode.get(code) === undefined ? undefined : problem.items[problem.byCode.get(code)!];
    const hours = referenceForCredits(unit.ects)?.hours;
    const dependents = [...plannedCodes].filter((other) => {
      const p = catalog.units.get(other)!.prerequisites;
      return p.allOf.includes(code) || p.anyOf.some((g) => g.includes(code));
    });
    return {
      code,
      title: unit.title,
      kind: unit.kind,
      ...(unit.uaType ? { uaType: unit.uaType } : {}),
      ects: unit.ects,
      ...(hours !== undefined && unit.kind !== "UA" ? { referenceHours: hours } : {}),
      ...(offering
        ? { offering: { id: offering.id, modality: offering.modality, weekly: offering.weekly, dated: offering.dated, ...(offering.note ? { note: offering.note } : {}) } }
        : {}),
      committed: item?.committedAt !== undefined,
      ...(requirement ? { fills: { id: requirement.id, label: requirement.label } } : {}),
      ...(!requirement && dependents.length > 0 ? { prerequisiteOf: dependents } : {}),
      ...(unit.kind === "UA" && unit.uaType === "professional-experience" && standing.experience ? { uaRoute: uaRoute(standing.experience, diploma) } : {}),
    };
  };

  const count = Math.max(plan.moves.length, 1);
  // Only UAs left: the plan's one semester still holds the enrolments kept in it.
  const moves = plan.moves.length > 0 ? plan.moves : [keptOnly(problem)];
  const semesters: PlannedSemester[] = [];
  for (let s = 0; s < count; s++) {
    const move = moves[s];
    const units = move ? move.items.map((i, k) => unitOf(problem.items[i]!.code, move.options[k])) : [];
    for (const code of context.setAside) {
      const admission = catalog.units.get(code)!.uaType === "admission";
      if ((admission && s === 0) || (!admission && s === count - 1)) units.push(unitOf(code, undefined));
    }
    const semester = semesterAtIndex(first, s);
    semesters.push({
      semester: formatSemester(semester),
      term: semester.term,
      units,
      evenings: daysOf(move?.days ?? 0),
      blockedDays: units.reduce((sum, u) => sum + (u.offering?.dated.length ?? 0), 0),
      ects: units.filter((u) => u.kind !== "UA").reduce((sum, u) => sum + u.ects, 0),
    });
  }

  const authorizations: AuthorizationStep[] = semesters.flatMap((semester) =>
    semester.units
      .filter((u) => catalog.units.get(u.code)!.authorizationRequired && !u.committed)
      .map((u) => {
        const unit = catalog.units.get(u.code)!;
        const start = semesterFromId(semester.semester)!;
        return {
          unit: u.code,
          semester: semester.semester,
          before: start.term === "S1" ? { year: start.startYear, month: 9 as const } : { year: start.startYear + 1, month: 2 as const },
          ...(unit.contact?.secretariat ? { secretariat: unit.contact.secretariat } : {}),
          ...(unit.contact?.email ? { email: unit.contact.email } : {}),
          granted: standing.authorizations.some((a) => a.unit === u.code && a.semester === semester.semester),
        };
      }),
  );

  const assumptions: Assumption[] = [{ kind: "each-unit-passed" }, { kind: "offerings-repeat" }];
  if (standing.inProgress.length > 0) assumptions.push({ kind: "in-progress-passed", units: standing.inProgress });
  const kept = semesters.flatMap((s) => s.units.filter((u) => u.committed).map((u) => u.code));
  if (kept.length > 0) assumptions.push({ kind: "committed-kept", units: kept });

  const evenings = semesters.map((s) => s.evenings.length);
  return {
    diploma: { code: diploma.code, title: diploma.title, totalEcts: diploma.totalEcts },
    semesters,
    completes: semesters[semesters.length - 1]!.semester,
    peakEvenings: Math.max(...evenings),
    totalEvenings: evenings.reduce((sum, e) => sum + e, 0),
    authorizations,
    assumptions,
    whyNotFaster,
    proven: solved.proven,
  };
}
