import type { Catalog } from "../catalog/catalog";
import type { ChoiceRequirement, DiplomaLevel, Requirement } from "../catalog/diploma.schema";
import { checkEligibility } from "../eligibility/eligibility.rule";
import type { EligibilityDecision } from "../eligibility/eligibility.types";
import { passedUnits, validatingResult } from "../learner/learner-record";
import type { LearnerRecord } from "../learner/learner.schema";
import { compareSemesters, currentOrComingSemester, formatSemester, nextSemester, type SemesterId } from "../semester/semester";

export interface CountedUnit {
  readonly unit: string;
  readonly ects: number;
  readonly grade: number;
  readonly semester: SemesterId;
  /** The group the unit fills, for a choice requirement. */
  readonly group?: string;
}

export interface RequirementProgress {
  readonly id: string;
  readonly label: string;
  readonly kind: Requirement["kind"];
  readonly satisfied: boolean;
  readonly creditsRequired: number;
  readonly creditsEarned: number;
  /** Validated units this requirement counts, each unit counted by one requirement only. */
  readonly counted: readonly CountedUnit[];
  readonly remaining: {
    /** Units still to validate (all of them for "all"; the options left for a choice). */
    readonly units: readonly string[];
    readonly credits: number;
    /** For a choice by count: how many more units to pick. */
    readonly pick?: number;
    /** For a choice from distinct groups: the groups not yet filled. */
    readonly openGroups?: readonly string[];
  };
}

export interface TakeNext {
  readonly unit: string;
  readonly outcome: "eligible" | "conditional";
  readonly decision: EligibilityDecision;
}

export type DiplomaProgress =
  | { readonly outcome: "unknown-diploma"; readonly code: string; readonly registeredIn: readonly string[] }
  | { readonly outcome: "not-registered"; readonly code: string; readonly title: string; readonly registeredIn: readonly string[] }
  | {
      readonly outcome: "progress";
      readonly diploma: { readonly code: string; readonly title: string; readonly level: DiplomaLevel; readonly totalEcts: number };
      /** Credits counted toward the diploma, each requirement capped at its own credits. */
      readonly creditsEarned: number;
      readonly creditsRequired: number;
      /** Credits of every unit the learner validated, in this diploma or not. */
      readonly creditsEarnedOverall: number;
      readonly complete: boolean;
      readonly requirements: readonly RequirementProgress[];
      /** Units of the diploma the learner is enrolled in now or later, results not yet in. */
      readonly inProgress: readonly { readonly unit: string; readonly semester: SemesterId }[];
      readonly remainingUnits: readonly string[];
      readonly nextSemester: SemesterId;
      /** Remaining units, not in progress, that the learner may take next semester (now or once a condition is met). */
      readonly takeNext: readonly TakeNext[];
    };

export interface ProgressQuery {
  readonly learner: LearnerRecord;
  readonly diploma: string;
  readonly catalog: Catalog;
  /** Injected clock: decides the running and next semesters. */
  readonly now: Date;
}

/**
 * Progress toward a diploma the learner is registered in. Rule: a unit counts once validated with
 * a grade ≥ 10/20, toward one requirement only; "all" requirements are filled first, then choices
 * in the diploma's order, a choice from distinct groups taking at most one unit per group (the
 * Licence L3's "three 6-ECTS units from three different groups"). The remaining units the learner
 * may take next semester come from the eligibility rules.
 */
export function diplomaProgress(query: ProgressQuery): DiplomaProgress {
  const { learner, catalog } = query;
  const registeredIn = learner.registrations.map((r) => r.diploma);
  const diploma = catalog.diplomas.get(query.diploma.toUpperCase());
  if (!diploma) return { outcome: "unknown-diploma", code: query.diploma, registeredIn };
  if (!registeredIn.includes(diploma.code)) return { outcome: "not-registered", code: diploma.code, title: diploma.title, registeredIn };

  const passed = new Set(passedUnits(learner));
  const used = new Set<string>();
  const ects = (code: string) => catalog.units.get(code)?.ects ?? 0;
  const counted = (code: string, group?: string): CountedUnit => {
    const result = validatingResult(learner, code)!;
    return { unit: code, ects: ects(code), grade: result.grade, semester: result.semester, ...(group ? { group } : {}) };
  };

  // "all" first: their units have no alternative, whereas a choice can be filled by another unit.
  const order = [...diploma.requirements.filter((r) => r.kind === "all"), ...diploma.requirements.filter((r) => r.kind === "choice")];
  const progressById = new Map<string, RequirementProgress>();
  for (const requirement of order) {
    if (requirement.kind === "all") {
      const done = requirement.units.filter((code) => passed.has(code) && !used.has(code));
      done.forEach((code) => used.add(code));
      const required = requirement.units.reduce((sum, code) => sum + ects(code), 0);
      const earned = done.reduce((sum, code) => sum + ects(code), 0);
      const left = requirement.units.filter((code) => !done.includes(code));
      progressById.set(requirement.id, {
        id: requirement.id,
        label: requirement.label,
        kind: "all",
        satisfied: left.length === 0,
        creditsRequired: required,
        creditsEarned: earned,
        counted: done.map((code) => counted(code)),
        remaining: { units: left, credits: required - earned },
      });
    } else {
      progressById.set(requirement.id, choiceProgress(requirement, passed, used, ects, counted));
    }
  }
  const requirements = diploma.requirements.map((r) => progressById.get(r.id)!);
  const creditsEarned = requirements.reduce((sum, r) => sum + r.creditsEarned, 0);
  const remainingUnits = [...new Set(requirements.filter((r) => !r.satisfied).flatMap((r) => r.remaining.units))];

  const running = formatSemester(currentOrComingSemester(query.now));
  const inProgress = learner.enrolments
    .filter((e) => remainingUnits.includes(e.unit) && compareSemesters(e.semester, running) >= 0)
    .map((e) => ({ unit: e.unit, semester: e.semester }));
  const next = formatSemester(nextSemester(query.now));
  const takeNext: TakeNext[] = [];
  for (const unit of remainingUnits) {
    if (inProgress.some((p) => p.unit === unit)) continue;
    const decision = checkEligibility({ code: unit, semester: next, learner, catalog, now: query.now });
    if (decision.outcome === "eligible" || decision.outcome === "conditional") takeNext.push({ unit, outcome: decision.outcome, decision });
  }

  return {
    outcome: "progress",
    diploma: { code: diploma.code, title: diploma.title, level: diploma.level, totalEcts: diploma.totalEcts },
    creditsEarned,
    creditsRequired: diploma.totalEcts,
    creditsEarnedOverall: [...passed].reduce((sum, code) => sum + ects(code), 0),
    complete: requirements.every((r) => r.satisfied),
    requirements,
    inProgress,
    remainingUnits,
    nextSemester: next,
    takeNext,
  };
}

function choiceProgress(
  requirement: ChoiceRequirement,
  passed: ReadonlySet<string>,
  used: Set<string>,
  ects: (code: string) => number,
  counted: (code: string, group?: string) => CountedUnit,
): RequirementProgress {
  const candidates = (group: ChoiceRequirement["groups"][number]) => group.units.filter((code) => passed.has(code) && !used.has(code));
  let chosen: { code: string; group: string }[];
  if (requirement.distinctGroups) {
    chosen = matchOnePerGroup(requirement.groups.map((g) => ({ id: g.id, units: candidates(g) })), requirement.pick ?? requirement.groups.length);
  } else {
    const all = requirement.groups.flatMap((g) => candidates(g).map((code) => ({ code, group: g.id })));
    const unique = all.filter((c, i) => all.findIndex((d) => d.code === c.code) === i);
    if (requirement.pick !== undefined) {
      chosen = unique.slice(0, requirement.pick);
    } else {
      chosen = [];
      let sum = 0;
      for (const c of unique) {
        if (sum >= requirement.ects) break;
        chosen.push(c);
        sum += ects(c.code);
      }
    }
  }
  chosen.forEach((c) => used.add(c.code));
  const earned = Math.min(requirement.ects, chosen.reduce((sum, c) => sum + ects(c.code), 0));
  const satisfied = requirement.pick !== undefined ? chosen.length >= requirement.pick : earned >= requirement.ects;
  const filled = new Set(chosen.map((c) => c.group));
  const openGroups = requirement.distinctGroups ? requirement.groups.filter((g) => !filled.has(g.id)) : requirement.groups;
  const options = satisfied ? [] : [...new Set(openGroups.flatMap((g) => g.units).filter((code) => !passed.has(code) && !used.has(code)))];
  return {
    id: requirement.id,
    label: requirement.label,
    kind: "choice",
    satisfied,
    creditsRequired: requirement.ects,
    creditsEarned: earned,
    counted: chosen.map((c) => counted(c.code, c.group)),
    remaining: {
      units: options,
      credits: requirement.ects - earned,
      ...(requirement.pick !== undefined ? { pick: Math.max(0, requirement.pick - chosen.length) } : {}),
      ...(requirement.distinctGroups ? { openGroups: satisfied ? [] : openGroups.map((g) => g.id) } : {}),
    },
  };
}

/**
 * A largest assignment of validated units to groups, one unit per group and one group per unit, of
 * at most `limit` pairs (augmenting paths; the groups are few). A greedy pass could waste a unit
 * listed in two groups on the one another unit could have filled.
 */
export function matchOnePerGroup(groups: readonly { id: string; units: readonly string[] }[], limit: number): { code: string; group: string }[] {
  const groupOf = new Map<string, string>();
  const unitOf = new Map<string, string>();
  const tryAssign = (groupId: string, seen: Set<string>): boolean => {
    const group = groups.find((g) => g.id === groupId)!;
    for (const code of group.units) {
      if (seen.has(code)) continue;
      seen.add(code);
      const holder = groupOf.get(code);
      if (holder === undefined || tryAssign(holder, seen)) {
        groupOf.set(code, groupId);
        unitOf.set(groupId, code);
        return true;
      }
    }
    return false;
  };
  for (const group of groups) {
    if (unitOf.size >= limit) break;
    tryAssign(group.id, new Set());
  }
  return groups.filter((g) => unitOf.has(g.id)).map((g) => ({ code: unitOf.get(g.id)!, group: g.id }));
}
