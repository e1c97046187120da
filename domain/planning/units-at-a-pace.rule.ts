import type { Unit } from "../catalog/unit.schema";
import type { Diploma } from "../catalog/diploma.schema";
import type { Term } from "../semester/semester";
import { offeringClashes, type Offering } from "../catalog/timetable";
import { findUnitCodes } from "../catalog/unit-code";

/** One semester of a sequence: its term and the units taken in it. */
export interface PacedSemester {
  readonly term: Term;
  readonly codes: readonly string[];
}

/** Named units taken a few a semester: how many semesters at the least, and the sequence the catalog allows. */
export interface UnitsAtAPace {
  /** Semesters needed if every unit were open in the semester needed. */
  readonly least: number;
  /** The shortest sequence the catalog's terms and the units' prerequisites among them allow, from the better start. */
  readonly sequence: readonly PacedSemester[];
  /** Whether a start in September (S1) and one in February (S2) both reach `least`. */
  readonly eitherStart: boolean;
  /** Units offered in one term only. */
  readonly oneTermOnly: readonly { code: string; term: Term }[];
  /** Units the catalog offers in no term: left out of the sequence and of `least`; `activity` when a UA (it has no classes at all). */
  readonly notOffered: readonly { code: string; activity: boolean }[];
}

/** More semesters than this is no sequence to give. */
const MAX_SEMESTERS = 20;

/**
 * « Si je ne prends qu'une UE par semestre, il me faut combien de temps pour faire UTC501 à UTC505 ? »: `perSemester` units a
 * semester make ceil(n / perSemester) semesters at the least, if each unit is open in the semester needed. The catalog says in
 * which terms each is offered, and the prerequisites among them set an order: the sequence is built semester by semester
 * (units offered in that term only first, then those others need), from September and from February, and the shorter kept.
 * Rule: a unit is taken in a term it is offered, after the units it requires (catalog offerings and prerequisites).
 */
export function unitsAtAPace(units: readonly Unit[], perSemester: number, advisedFirst = false): UnitsAtAPace {
  const offered = units.filter((unit) => unit.offerings.length > 0);
  const termsOf = new Map(offered.map((unit) => [unit.code, new Set(unit.offerings.map((offering) => offering.term))]));
  const codes = new Set(offered.map((unit) => unit.code));
  // (`advisedFirst`: a unit advised before another among them, or named in its advised level, is taken a semester before it too.)
  const before = (unit: Unit) => [...unit.prerequisites.allOf, ...(advisedFirst ? advisedAmong(unit, [...codes]) : [])];
  const requires = new Map(offered.map((unit) => [unit.code, [...new Set(before(unit))].filter((code) => codes.has(code) && code !== unit.code)]));
  const neededBy = (code: string) => offered.filter((unit) => requires.get(unit.code)!.includes(code)).length;
  const sequenceFrom = (start: Term): PacedSemester[] => {
    const done = new Set<string>();
    const sequence: PacedSemester[] = [];
    let term = start;
    while (done.size < offered.length && sequence.length < MAX_SEMESTERS) {
      const open = offered
        .filter((unit) => !done.has(unit.code) && termsOf.get(unit.code)!.has(term) && requires.get(unit.code)!.every((code) => done.has(code)))
        .sort((a, b) => termsOf.get(a.code)!.size - termsOf.get(b.code)!.size || neededBy(b.code) - neededBy(a.code))
        .slice(0, perSemester)
        .map((unit) => unit.code);
      open.forEach((code) => done.add(code));
      sequence.push({ term, codes: open });
      term = term === "S1" ? "S2" : "S1";
    }
    // (Trailing empty semesters say nothing.)
    while (sequence.length > 0 && sequence.at(-1)!.codes.length === 0) sequence.pop();
    return sequence;
  };
  const [fromS1, fromS2] = [sequenceFrom("S1"), sequenceFrom("S2")];
  const least = Math.ceil(offered.length / perSemester);
  const complete = (sequence: PacedSemester[]) => sequence.flatMap((semester) => semester.codes).length === offered.length;
  const better = !complete(fromS1) || (complete(fromS2) && fromS2.length < fromS1.length) ? fromS2 : fromS1;
  return {
    least,
    sequence: better,
    eitherStart: complete(fromS1) && complete(fromS2) && fromS1.length === least && fromS2.length === least,
    oneTermOnly: offered.flatMap((unit) => (termsOf.get(unit.code)!.size === 1 ? [{ code: unit.code, term: [...termsOf.get(unit.code)!][0]! }] : [])),
    notOffered: units.filter((unit) => unit.offerings.length === 0).map((unit) => ({ code: unit.code, activity: unit.kind === "UA" })),
  };
}

/**
 * The units among `codes` advised before a unit, not required: its « conseillées » (recommended) and those its advised level names
 * (« niveau NFA031 (programmation Java de base) ou équivalent », « niveau NFA031 et NFA032 »). Rule: the catalog's advice, never
 * blocking, but what the teacher expects known on the first day: taken before, not the same semester.
 */
export function advisedAmong(unit: Unit, codes: readonly string[]): string[] {
  const advised = [...unit.recommended, ...unit.prerequisites.advice.flatMap((advice) => findUnitCodes(advice))];
  return [...new Set(advised)].filter((code) => code !== unit.code && codes.includes(code) && !unit.prerequisites.allOf.includes(code));
}

/** A diploma's units with classes still to take, read from its structure: those it requires, and how many each choice asks. */
export interface DiplomaAtAPace {
  /** Units every learner takes (UE, US), not passed yet, in the diploma's order. */
  readonly required: readonly string[];
  /** Each choice still open: its label and how many units it still asks at least. */
  readonly choices: readonly { readonly label: string; readonly count: number }[];
  /** Activity units (UA): no classes, so no semester of classes, and no part of the count. */
  readonly activity: readonly string[];
  /** Taught units still to take: `required` and the units of the `choices`. */
  readonly count: number;
  /** Semesters at the least at `perSemester` units a semester, if each unit is open in the semester needed. */
  readonly least: number;
}

/**
 * « Si je prends 2 UE par semestre, combien de temps pour la licence ? »: the diploma's taught units (its required units with
 * classes, and for each choice the units it picks, or the fewest of its units that make its credits), less those passed, taken
 * `perSemester` a semester: ceil(count / perSemester) semesters at the least. Its activity units have no classes and are not
 * counted. Rule: diploma structure (requirements, choices), a unit taken in a semester of classes; offerings and prerequisites
 * may make it longer (the plan says).
 */
export function diplomaAtAPace(diploma: Diploma, units: ReadonlyMap<string, Unit>, perSemester: number, passed: readonly string[] = []): DiplomaAtAPace {
  const done = new Set(passed);
  const isActivity = (code: string) => units.get(code)?.kind === "UA";
  const required: string[] = [];
  const activity: string[] = [];
  const choices: { label: string; count: number }[] = [];
  for (const requirement of diploma.requirements) {
    if (requirement.kind === "all") {
      for (const code of requirement.units) {
        if (isActivity(code)) activity.push(code);
        else if (!done.has(code)) required.push(code);
      }
      continue;
    }
    const taught = [...new Set(requirement.groups.flatMap((group) => group.units))].filter((code) => !isActivity(code));
    const passedHere = taught.filter((code) => done.has(code));
    // (Units of one group count once where each must come from a different group: NFP119 and NFP121 passed leave two to choose.)
    const passedCounted = requirement.distinctGroups ? requirement.groups.filter((group) => group.units.some((code) => done.has(code) && !isActivity(code))).length : passedHere.length;
    const count = requirement.pick !== undefined ? Math.max(0, requirement.pick - passedCounted) : fewestToReach(requirement.ects - passedHere.reduce((sum, code) => sum + (units.get(code)?.ects ?? 0), 0), taught.filter((code) => !done.has(code)), units);
    if (count > 0) choices.push({ label: requirement.label, count });
  }
  const count = required.length + choices.reduce((sum, choice) => sum + choice.count, 0);
  return { required, choices, activity, count, least: Math.ceil(count / Math.max(1, perSemester)) };
}

/** The fewest units that make `ects` credits, the largest first. */
function fewestToReach(ects: number, codes: readonly string[], units: ReadonlyMap<string, Unit>): number {
  const sizes = codes.map((code) => units.get(code)?.ects ?? 0).filter((size) => size > 0).sort((a, b) => b - a);
  let sum = 0;
  let count = 0;
  for (const size of sizes) {
    if (sum >= ects) break;
    sum += size;
    count++;
  }
  return ects > 0 ? count : 0;
}

/**
 * Whether units can all be taken in one term: each has an offering in it, and one offering each can be chosen whose sessions do not
 * clash (FOAD occupies none). Rule: a learner cannot attend two sessions at the same time (catalog timetable).
 */
export function takenTogether(units: readonly Unit[], term: Term): boolean {
  const choices = units.map((unit) => unit.offerings.filter((offering) => offering.term === term));
  if (choices.some((offerings) => offerings.length === 0)) return false;
  const chosen: Offering[] = [];
  const fits = (i: number): boolean => {
    if (i === choices.length) return true;
    for (const offering of choices[i]!) {
      if (chosen.some((other) => offeringClashes(offering, other).length > 0)) continue;
      chosen.push(offering);
      if (fits(i + 1)) return true;
      chosen.pop();
    }
    return false;
  };
  return fits(0);
}
