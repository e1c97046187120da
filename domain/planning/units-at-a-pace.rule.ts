import type { Unit } from "../catalog/unit.schema";
import type { Term } from "../semester/semester";

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
export function unitsAtAPace(units: readonly Unit[], perSemester: number): UnitsAtAPace {
  const offered = units.filter((unit) => unit.offerings.length > 0);
  const termsOf = new Map(offered.map((unit) => [unit.code, new Set(unit.offerings.map((offering) => offering.term))]));
  const codes = new Set(offered.map((unit) => unit.code));
  const requires = new Map(offered.map((unit) => [unit.code, [...unit.prerequisites.allOf].filter((code) => codes.has(code) && code !== unit.code)]));
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
