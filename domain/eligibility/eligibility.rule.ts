import { diplomasContaining, type Catalog } from "../catalog/catalog";
import { closestCodes } from "../catalog/closest-code";
import { offeringClashes, type Offering } from "../catalog/timetable";
import type { Unit } from "../catalog/unit.schema";
import { findUnitCodes, normalizeUnitCode } from "../catalog/unit-code";
import { bestResult, validatingResult } from "../learner/learner-record";
import type { LearnerRecord } from "../learner/learner.schema";
import {
  compareSemesters,
  currentOrComingSemester,
  formatSemester,
  semesterFromId,
  TERMS,
  termOf,
  type SemesterId,
} from "../semester/semester";
import type {
  ClashDetail,
  EligibilityDecision,
  EligibilityReason,
  NextStep,
  OfferingSummary,
  PrerequisiteRequirement,
  PrerequisiteStatus,
  SatisfiedCheck,
} from "./eligibility.types";
import { misfit, saysAvailability, suitsInTerm, summarizeOffering, type Availability } from "./availability.rule";
import { uaRoute } from "./ua-route.rule";

export interface EligibilityQuery {
  /** The unit asked about, as typed: normalized before lookup ("nfa-031" → NFA031). */
  readonly code: string;
  /** Canonical semester, e.g. "2026-2027 S2" (see semester.ts to read what the learner typed). */
  readonly semester: SemesterId;
  readonly learner: LearnerRecord;
  readonly catalog: Catalog;
  /** Injected clock: tells past semesters and results still awaited. */
  readonly now: Date;
  /** When the learner says they can attend (« pas le samedi »): offerings outside it do not count as open to them. */
  readonly availability?: Availability;
}

/**
 * May the learner enrol in the unit in the semester? Applies, in order:
 * unknown unit (with the closest codes); semester already past; unit already validated (grade
 * ≥ 10/20); already enrolled; US outside the learner's diplomas (and a UA outside them);
 * prerequisites, all-of and any-of, passed only with a grade ≥ 10/20, a pending exam of an earlier
 * semester making it a condition, free-text level requirements as advice; teacher's authorization;
 * offered that semester; timetable clash with the semester's enrolments (FOAD never clashes);
 * same-semester exclusions (RSX101 / UTC505); the learner's stated availability (an offering only on
 * the days or in the ways they say they cannot follow); the UA route (dossier or application project).
 * Every rule that applies is reported, not only the first, so the learner sees all there is to do.
 */
export function checkEligibility(query: EligibilityQuery): EligibilityDecision {
  const { learner, catalog, semester } = query;
  if (!semesterFromId(semester)) throw new RangeError(`checkEligibility needs a canonical semester, got "${semester}"`);
  const code = normalizeUnitCode(query.code);
  const unit = catalog.units.get(code);
  if (!unit) {
    const suggestions = closestCodes(code, catalog.units.keys());
    return {
      outcome: "unknown-unit",
      code,
      semester,
      reasons: [{ rule: "unknown-unit", severity: "blocker", code, suggestions }],
      nextSteps: [{ step: "check-code", suggestions }],
    };
  }
  const summary = { code, title: unit.title, kind: unit.kind, ects: unit.ects };
  const checks: SatisfiedCheck[] = [];
  const decide = (reasons: EligibilityReason[], nextSteps: NextStep[]): EligibilityDecision => ({
    outcome: reasons.some((r) => r.severity === "blocker") ? "not-eligible" : reasons.some((r) => r.severity === "condition") ? "conditional" : "eligible",
    code,
    unit: summary,
    semester,
    // The most important first: what blocks, then what is a condition, then advice.
    reasons: [...reasons].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity)),
    nextSteps: dedupe(nextSteps),
    checks,
  });

  // Questions with a single answer: nothing else matters once they apply.
  const current = formatSemester(currentOrComingSemester(query.now));
  const context: Context = { ...query, running: current };
  if (compareSemesters(semester, current) < 0) {
    return decide([{ rule: "semester-past", severity: "blocker", unit: code, semester, current }], [
      { step: "choose-another-semester", unit: code, terms: offeredTerms(unit) },
    ]);
  }
  const validated = validatingResult(learner, code);
  if (validated) {
    return decide(
      [{ rule: "already-validated", severity: "blocker", unit: code, grade: validated.grade, semester: validated.semester, session: validated.session }],
      [{ step: "no-action-needed", unit: code }],
    );
  }
  if (learner.enrolments.some((e) => e.unit === code && e.semester === semester)) {
    return decide([{ rule: "already-enrolled", severity: "blocker", unit: code, semester }], [{ step: "no-action-needed", unit: code }]);
  }

  const reasons: EligibilityReason[] = [];
  const steps: NextStep[] = [];
  const learnerDiplomas = learner.registrations.map((r) => r.diploma);

  if (unit.kind === "US" && !unit.diplomas.some((d) => learnerDiplomas.includes(d))) {
    reasons.push({ rule: "us-outside-diplomas", severity: "blocker", unit: code, unitDiplomas: unit.diplomas, learnerDiplomas });
    steps.push({ step: "register-in-diploma", unit: code, diplomas: unit.diplomas });
  } else if (unit.kind === "US") {
    checks.push({ check: "registered-in-diploma", unit: code, diplomas: unit.diplomas.filter((d) => learnerDiplomas.includes(d)) });
  }
  const uaDiplomas = unit.kind === "UA" ? diplomasContaining(catalog, code, learnerDiplomas) : [];
  if (unit.kind === "UA" && uaDiplomas.length === 0) {
    const containing = diplomasContaining(catalog, code).map((d) => d.code);
    reasons.push({ rule: "ua-outside-diplomas", severity: "blocker", unit: code, unitDiplomas: containing, learnerDiplomas });
    steps.push({ step: "register-in-diploma", unit: code, diplomas: containing });
  } else if (unit.kind === "UA") {
    checks.push({ check: "registered-in-diploma", unit: code, diplomas: uaDiplomas.map((d) => d.code) });
  }

  prerequisiteReasons(unit, context, reasons, steps, checks);

  const authorized = learner.authorizations.some((a) => a.unit === code && a.semester === semester);
  if (unit.authorizationRequired && authorized) checks.push({ check: "authorization-received", unit: code, semester });
  if (unit.authorizationRequired && !authorized) {
    reasons.push({
      rule: "authorization-required",
      severity: "condition",
      unit: code,
      semester,
      ...(unit.contact?.secretariat ? { secretariat: unit.contact.secretariat } : {}),
      ...(unit.contact?.email ? { email: unit.contact.email } : {}),
    });
    steps.push(
      { step: "download-authorization-template", unit: code, ...(unit.authorizationForm ? { url: unit.authorizationForm } : {}) },
      {
        step: "get-signature-via-secretariat",
        unit: code,
        ...(unit.contact?.secretariat ? { secretariat: unit.contact.secretariat } : {}),
        ...(unit.contact?.email ? { email: unit.contact.email } : {}),
      },
      { step: "enrol-once-authorized", unit: code, semester },
    );
  }

  // UAs have no classes: no offering, no timetable.
  let open: OfferingSummary[] = [];
  if (unit.kind !== "UA") open = timetableReasons(unit, query, reasons, steps, checks);

  for (const other of excludedCompanions(unit, query)) {
    reasons.push({ rule: "exclusion", severity: "blocker", unit: code, other, semester, scope: "same-semester" });
    steps.push({ step: "take-in-different-semester", unit: code, other });
  }

  if (unit.kind === "UA" && unit.uaType === "professional-experience") {
    for (const diploma of uaDiplomas) {
      const route = uaRoute(learner.experience, diploma);
      reasons.push({ rule: "ua-route", severity: "advice", unit: code, ...route });
      steps.push(
        route.route === "experience-dossier"
          ? { step: "write-experience-dossier", unit: code }
          : { step: "find-internship", unit: code, ...(route.requirement.internshipMonths ? { months: route.requirement.internshipMonths } : {}) },
      );
    }
  }

  const blocked = reasons.some((r) => r.severity === "blocker");
  if (!blocked) steps.push({ step: "enrol", unit: code, semester, offerings: open });
  // A blocker (a prerequisite missing, the unit not offered that semester) stops the enrolment whatever the
  // authorization: « inscrivez-vous une fois l'autorisation signée » would be a promise the rules do not keep.
  return decide(reasons, blocked ? steps.filter((s) => s.step !== "enrol-once-authorized") : steps);
}

function offeredTerms(unit: Unit) {
  return TERMS.filter((term) => unit.offerings.some((o) => o.term === term));
}

/** The query, with the running semester worked out once. */
type Context = EligibilityQuery & { readonly running: SemesterId };

type Standing = { passed: true } | { passed: false; status: PrerequisiteStatus; bestGrade?: number; enrolledIn?: SemesterId };

/** Where the learner stands with one prerequisite unit, seen from the semester asked about. */
function standing(code: string, query: Context): Standing {
  const { learner, semester, running } = query;
  if (validatingResult(learner, code)) return { passed: true };
  // An enrolment of an earlier semester, not yet over, whose exams the learner has not all sat:
  // passing it meets the prerequisite in time.
  const pending = learner.enrolments.find(
    (e) =>
      e.unit === code &&
      compareSemesters(e.semester, semester) < 0 &&
      compareSemesters(e.semester, running) >= 0 &&
      !learner.results.some((r) => r.unit === code && r.semester === e.semester && r.session === 2),
  );
  if (pending) return { passed: false, status: "pending", enrolledIn: pending.semester };
  if (learner.enrolments.some((e) => e.unit === code && e.semester === semester)) return { passed: false, status: "same-semester", enrolledIn: semester };
  const best = bestResult(learner, code);
  if (best) return { passed: false, status: "failed", bestGrade: best.grade };
  return { passed: false, status: "not-taken" };
}

const STATUS_ORDER: readonly PrerequisiteStatus[] = ["pending", "same-semester", "failed", "not-taken"];

function prerequisiteReasons(unit: Unit, query: Context, reasons: EligibilityReason[], steps: NextStep[], checks: SatisfiedCheck[]): void {
  const requirements: PrerequisiteRequirement[] = [
    ...unit.prerequisites.allOf.map((code) => ({ kind: "all-of" as const, code })),
    ...unit.prerequisites.anyOf.map((codes) => ({ kind: "any-of" as const, codes })),
  ];
  for (const requirement of requirements) {
    const codes = requirement.kind === "all-of" ? [requirement.code] : requirement.codes;
    const standings = codes.map((code) => ({ code, standing: standing(code, query) }));
    const passed = standings.find((s) => s.standing.passed);
    if (passed) {
      const result = validatingResult(query.learner, passed.code);
      if (result) checks.push({ check: "prerequisite-passed", unit: unit.code, prerequisite: passed.code, grade: result.grade, semester: result.semester });
      continue;
    }
    const missing = standings.map((s) => ({ code: s.code, ...(s.standing as Exclude<Standing, { passed: true }>) }));
    // For an any-of group the closest option to success speaks for the group.
    const best = [...missing].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || (b.bestGrade ?? -1) - (a.bestGrade ?? -1))[0]!;
    const awaiting = missing.filter((m) => m.status === "pending").map((m) => m.code);
    reasons.push({
      rule: "missing-prerequisite",
      severity: best.status === "pending" ? "condition" : "blocker",
      unit: unit.code,
      requirement,
      status: best.status,
      ...(best.bestGrade !== undefined ? { bestGrade: best.bestGrade } : {}),
      ...(best.enrolledIn ? { enrolledIn: best.enrolledIn } : {}),
      ...(requirement.kind === "any-of" && awaiting.length > 0 ? { awaiting } : {}),
    });
    steps.push(
      best.status === "pending"
        ? { step: "await-result", unit: unit.code, prerequisites: awaiting, semester: best.enrolledIn as SemesterId }
        : { step: "pass-prerequisite", unit: unit.code, prerequisites: codes },
    );
  }
  // A level named by units the learner has all validated (« niveau NFA031 ou équivalent ») is met: not said.
  for (const text of unit.prerequisites.advice) {
    const named = findUnitCodes(text);
    if (named.length > 0 && named.every((code) => validatingResult(query.learner, code))) continue;
    reasons.push({ rule: "level-advice", severity: "advice", unit: unit.code, text });
  }
  const notPassed = unit.recommended.filter((code) => !validatingResult(query.learner, code));
  if (notPassed.length > 0) reasons.push({ rule: "recommended-units", severity: "advice", unit: unit.code, codes: notPassed });
}

/** Offerings of the semester free of clashes with the learner's other enrolments of that semester. */
function timetableReasons(unit: Unit, query: EligibilityQuery, reasons: EligibilityReason[], steps: NextStep[], checks: SatisfiedCheck[]): OfferingSummary[] {
  const { learner, catalog, semester } = query;
  const term = termOf(semester);
  const offerings = unit.offerings.filter((o) => o.term === term);
  if (offerings.length === 0) {
    const terms = offeredTerms(unit);
    reasons.push({ rule: "not-offered", severity: "blocker", unit: unit.code, semester, offeredTerms: terms });
    if (terms.length > 0) steps.push({ step: "choose-another-semester", unit: unit.code, terms });
    return [];
  }
  const companions = learner.enrolments
    .filter((e) => e.semester === semester && e.unit !== unit.code)
    .map((e) => {
      const other = catalog.units.get(e.unit);
      const chosen = other?.offerings.filter((o) => (e.offering ? o.id === e.offering : o.term === term)) ?? [];
      return { code: e.unit, offerings: chosen };
    });

  const clashesOf = (offering: Offering): ClashDetail[] =>
    companions.flatMap((companion) => {
      // An enrolment that does not say which of several offerings it follows clashes only if all of them do.
      const perOffering = companion.offerings.map((o) => ({ o, clashes: offeringClashes(offering, o) }));
      if (perOffering.length === 0 || perOffering.some((p) => p.clashes.length === 0)) return [];
      const first = perOffering[0]!;
      return first.clashes.map((c) => ({ offering: offering.id, with: companion.code, withOffering: first.o.id, slot: c.slot, otherSlot: c.otherSlot }));
    });

  const evaluated = offerings.map((offering) => ({ offering, clashes: clashesOf(offering) }));
  const free = evaluated.filter((e) => e.clashes.length === 0).map((e) => summarizeOffering(e.offering));
  const clashes = evaluated.flatMap((e) => e.clashes);
  // Offered, as far as the learner can come: an offering outside what they said is no check met.
  const open = availabilityReasons(unit, query, free, reasons, steps);
  if (open.length > 0) checks.push({ check: "offered", unit: unit.code, semester, offerings: open });
  if (clashes.length === 0) {
    if (companions.length > 0 && free.length > 0) checks.push({ check: "no-clash", unit: unit.code, semester, with: companions.map((c) => c.code) });
    return open;
  }
  if (free.length === 0) {
    reasons.push({ rule: "timetable-clash", severity: "blocker", unit: unit.code, semester, clashes, freeOfferings: [] });
    steps.push({ step: "resolve-timetable-clash", unit: unit.code, with: [...new Set(clashes.map((c) => c.with))] });
  } else {
    reasons.push({ rule: "timetable-clash", severity: "advice", unit: unit.code, semester, clashes, freeOfferings: free });
    steps.push({ step: "choose-offering", unit: unit.code, offerings: free });
  }
  return open;
}

/**
 * The open offerings weighed against what the learner said they can attend: none suits them (only
 * on Saturdays for someone who said « pas le samedi »), a blocker naming the terms where one does;
 * some do, advice to choose those. Returns the offerings that stay open to them.
 */
function availabilityReasons(unit: Unit, query: EligibilityQuery, open: OfferingSummary[], reasons: EligibilityReason[], steps: NextStep[]): OfferingSummary[] {
  const { availability, semester } = query;
  if (!saysAvailability(availability) || open.length === 0) return open;
  const misfits = open.flatMap((offering) => misfit(offering, availability) ?? []);
  if (misfits.length === 0) return open;
  const suitable = open.filter((offering) => !misfits.some((m) => m.offering.id === offering.id));
  if (suitable.length > 0) {
    reasons.push({ rule: "outside-availability", severity: "advice", unit: unit.code, semester, misfits, suitable, suitableTerms: [] });
    steps.push({ step: "choose-offering", unit: unit.code, offerings: suitable });
    return suitable;
  }
  const term = termOf(semester);
  const suitableTerms = TERMS.filter((t) => t !== term && suitsInTerm(unit, t, availability));
  reasons.push({ rule: "outside-availability", severity: "blocker", unit: unit.code, semester, misfits, suitable: [], suitableTerms });
  if (suitableTerms.length > 0) steps.push({ step: "choose-another-semester", unit: unit.code, terms: suitableTerms });
  return [];
}


const SEVERITY_ORDER = ["blocker", "condition", "advice"] as const;

/** Units of the learner's semester that may not share it with this one, whichever side states it. */
function excludedCompanions(unit: Unit, query: EligibilityQuery): string[] {
  const enrolled = query.learner.enrolments.filter((e) => e.semester === query.semester && e.unit !== unit.code).map((e) => e.unit);
  return enrolled.filter(
    (other) =>
      unit.exclusions.some((x) => x.unit === other) || (query.catalog.units.get(other)?.exclusions ?? []).some((x) => x.unit === unit.code),
  );
}

function dedupe(steps: NextStep[]): NextStep[] {
  const seen = new Set<string>();
  return steps.filter((step) => {
    const key = JSON.stringify(step);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
