import { diplomaUnits, type Diploma } from "./diploma.schema";
import type { Unit } from "./unit.schema";
import { foldText } from "../understanding/text-normalizer";
import { findUnitCodes } from "./unit-code";
import { weekdayOf, type Slot, type Weekday, type WeeklySlot } from "./timetable";

/** The whole catalog, indexed by code. Built once per warm container from the repository. */
export interface Catalog {
  readonly units: ReadonlyMap<string, Unit>;
  readonly diplomas: ReadonlyMap<string, Diploma>;
}

export interface CatalogData {
  readonly units: readonly Unit[];
  readonly diplomas: readonly Diploma[];
}

/**
 * Indexes validated records by code (see catalogIssues for the checks across records). Diplomas in
 * the order of their codes, whatever the store returned: « le troisième » picks the same one in every
 * list that names them.
 */
export function createCatalog(data: CatalogData): Catalog {
  return {
    units: new Map(data.units.map((unit) => [unit.code, unit])),
    diplomas: new Map([...data.diplomas].sort((a, b) => a.code.localeCompare(b.code)).map((diploma) => [diploma.code, diploma])),
  };
}

/** A problem found in a set of records: which record, which field, what is wrong. */
export interface DataIssue {
  readonly collection: "units" | "diplomas" | "learners";
  /** The record's code or id. */
  readonly key: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * Records of a set that failed their schema, by code. A reference to one of them is reported as
 * such, not as a record missing from the catalog: the admin fixes the record, not the reference.
 * A unit's credits are kept when readable, so that its diplomas' totals are still checked.
 */
export interface InvalidRecords {
  readonly units: ReadonlyMap<string, { readonly ects?: number }>;
  readonly diplomas: ReadonlySet<string>;
}

export const NO_INVALID_RECORDS: InvalidRecords = { units: new Map(), diplomas: new Set() };

/** What a reference to a record that is not in the catalog says: missing, or given but invalid. */
export function unresolvedReference(what: string, code: string, invalid: boolean): string {
  return invalid ? `refers to ${code}, which is invalid (see above)` : `${what} ${code} is not in the catalog`;
}

/**
 * Checks what a single record's schema cannot: references between records (prerequisites,
 * exclusions, diploma structures, the diplomas of a US), duplicates, prerequisite cycles and
 * credit totals. `known` adds records already stored, so a folder may extend a loaded catalog;
 * `invalid` names the records of the folder that failed their schema.
 */
export function catalogIssues(data: CatalogData, known: CatalogData = { units: [], diplomas: [] }, invalid: InvalidRecords = NO_INVALID_RECORDS): DataIssue[] {
  const issues: DataIssue[] = [];
  const units = new Map<string, Unit>(known.units.map((unit) => [unit.code, unit]));
  const diplomas = new Map<string, Diploma>(known.diplomas.map((diploma) => [diploma.code, diploma]));

  const seenUnits = new Set<string>();
  for (const unit of data.units) {
    if (seenUnits.has(unit.code)) issues.push({ collection: "units", key: unit.code, path: ["code"], message: `unit ${unit.code} is defined twice` });
    seenUnits.add(unit.code);
    units.set(unit.code, unit);
  }
  const seenDiplomas = new Set<string>();
  for (const diploma of data.diplomas) {
    if (seenDiplomas.has(diploma.code)) {
      issues.push({ collection: "diplomas", key: diploma.code, path: ["code"], message: `diploma ${diploma.code} is defined twice` });
    }
    seenDiplomas.add(diploma.code);
    diplomas.set(diploma.code, diploma);
  }

  for (const unit of data.units) {
    const issue = (path: (string | number)[], message: string) => issues.push({ collection: "units", key: unit.code, path, message });
    const unknown = (path: (string | number)[], code: string, what: string) => {
      if (!units.has(code)) issue(path, unresolvedReference(what, code, invalid.units.has(code)));
    };
    unit.prerequisites.allOf.forEach((code, i) => unknown(["prerequisites", "allOf", i], code, "prerequisite"));
    unit.prerequisites.anyOf.forEach((group, g) => group.forEach((code, i) => unknown(["prerequisites", "anyOf", g, i], code, "prerequisite")));
    unit.recommended.forEach((code, i) => unknown(["recommended", i], code, "recommended unit"));
    unit.exclusions.forEach((exclusion, i) => unknown(["exclusions", i, "unit"], exclusion.unit, "excluded unit"));
    unit.diplomas.forEach((code, i) => {
      if (!diplomas.has(code)) issue(["diplomas", i], unresolvedReference("diploma", code, invalid.diplomas.has(code)));
    });
  }

  for (const diploma of data.diplomas) {
    const issue = (path: (string | number)[], message: string) => issues.push({ collection: "diplomas", key: diploma.code, path, message });
    // The total is checked whenever every unit's credits are known, whatever else is wrong with the diploma.
    let total: number | undefined = 0;
    diploma.requirements.forEach((requirement, r) => {
      const check = (path: (string | number)[], code: string): Unit | undefined => {
        const unit = units.get(code);
        if (!unit) issue(path, unresolvedReference("unit", code, invalid.units.has(code)));
        else if (unit.kind === "US" && !unit.diplomas.includes(diploma.code)) issue(path, `US ${code} does not list ${diploma.code} among its diplomas`);
        return unit;
      };
      if (requirement.kind === "all") {
        requirement.units.forEach((code, i) => {
          const ects = check(["requirements", r, "units", i], code)?.ects ?? invalid.units.get(code)?.ects;
          total = total === undefined || ects === undefined ? undefined : total + ects;
        });
        return;
      }
      if (total !== undefined) total += requirement.ects;
      requirement.groups.forEach((group, g) =>
        group.units.forEach((code, i) => {
          const unit = check(["requirements", r, "groups", g, "units", i], code);
          // With a unit count, the credits only add up if every unit weighs pick-th of the requirement.
          if (unit && requirement.pick !== undefined && unit.ects * requirement.pick !== requirement.ects) {
            issue(["requirements", r, "groups", g, "units", i], `${code} is worth ${unit.ects} ECTS; ${requirement.pick} units must make the requirement's ${requirement.ects} ECTS`);
          }
        }),
      );
    });
    if (total !== undefined && total !== diploma.totalEcts) issue(["totalEcts"], `the requirements add up to ${total} ECTS, not the declared ${diploma.totalEcts}`);
  }

  for (const cycle of prerequisiteCycles(units)) {
    const first = cycle[0] as string;
    if (seenUnits.has(first)) {
      issues.push({ collection: "units", key: first, path: ["prerequisites"], message: `prerequisites go round in a circle: ${[...cycle, first].join(" → ")}` });
    }
  }
  return issues;
}

/** Prerequisite cycles, each reported once from its smallest code. */
function prerequisiteCycles(units: ReadonlyMap<string, Unit>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (code: string) => {
    const unit = units.get(code);
    if (!unit || state.get(code) === "done") return;
    if (state.get(code) === "visiting") {
      const cycle = stack.slice(stack.indexOf(code));
      const start = cycle.indexOf([...cycle].sort()[0] as string);
      cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
      return;
    }
    state.set(code, "visiting");
    stack.push(code);
    for (const next of requiredUnits(unit)) visit(next);
    stack.pop();
    state.set(code, "done");
  };
  for (const code of [...units.keys()].sort()) visit(code);
  return cycles;
}

/** Every unit a unit requires: all those it requires, and each of those one of which it requires. */
export function requiredUnits(unit: Pick<Unit, "prerequisites">): string[] {
  return [...unit.prerequisites.allOf, ...unit.prerequisites.anyOf.flat()];
}

/** The diplomas, among those given, whose structure names the unit. */
export function diplomasContaining(catalog: Catalog, code: string, among?: readonly string[]): Diploma[] {
  const candidates = among ? among.map((c) => catalog.diplomas.get(c)).filter((d): d is Diploma => d !== undefined) : [...catalog.diplomas.values()];
  return candidates.filter((diploma) => diplomaUnits(diploma).includes(code));
}

/**
 * The units of the diplomas' common core (« tronc commun »: a block every one of whose units is
 * required, labelled so), once each: what « j'ai tout le tronc commun » says passed.
 */
export function commonCoreUnits(catalog: Catalog): string[] {
  const units = new Set<string>();
  for (const diploma of catalog.diplomas.values()) {
    for (const requirement of diploma.requirements) {
      const label = foldText(requirement.label);
      if (requirement.kind === "all" && (requirement.id === "tronc-commun" || label.includes("tronc commun"))) requirement.units.forEach((code) => units.add(code));
    }
  }
  return [...units];
}

/** The day a slot meets: its weekday, or the day of its date. */
export function dayOfSlot(slot: Slot): Weekday | "sunday" {
  return "day" in slot ? slot.day : weekdayOf(slot.date);
}

/**
 * Whether any of the slots meets Monday to Friday before `time` (« 19:00 »: « je finis le travail à 19h »); Saturday's do not
 * count; on the weekdays `except` (« … sauf le vendredi où je suis libre dès 17h »), before their own time `exceptAt` if said.
 */
export function meetsOnAWeekdayBefore(slots: readonly Slot[], time: string, except: readonly Weekday[] = [], exceptAt?: string): boolean {
  return slots.some((slot) => {
    const day = dayOfSlot(slot);
    if (day === "saturday" || day === "sunday") return false;
    if (except.includes(day)) return exceptAt !== undefined && slot.start < exceptAt;
    return slot.start < time;
  });
}

/** A half of Saturday a learner can come (« le samedi matin »): the morning ends by 13:00, the afternoon starts from 12:00. */
export type SaturdayHalf = "morning" | "afternoon";

/** Whether any of the slots meets on a Saturday outside the half a learner can come (« le samedi matin »: a class until 17:00). */
export function meetsOnSaturdayOutside(slots: readonly Slot[], half: SaturdayHalf): boolean {
  return slots.some((slot) => dayOfSlot(slot) === "saturday" && (half === "morning" ? slot.end > "13:00" : slot.start < "12:00"));
}

/** Words of an offering's note that say it meets on site too: « FOAD avec regroupements », "in-person gatherings". */
const ON_SITE_GATHERINGS = /\b(regroupements?|en presence|presentiel|sur place|gatherings?|on site)\b/;

/**
 * The minutes of class an offering's weekly slots take in a week (none at a distance). Here, not in timetable.ts, whose text is the
 * catalog's validation rules (a change there re-validates every record stamped before).
 */
export function weeklyMinutes(weekly: readonly WeeklySlot[]): number {
  return weekly.reduce((sum, slot) => sum + minutesOfDay(slot.end) - minutesOfDay(slot.start), 0);
}

/** « 18:15 » as minutes since midnight. */
function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(":").map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Whether an offering's note says its classes meet on site too (a distance unit with group sessions). */
export function meetsOnSiteToo(offering: Unit["offerings"][number]): boolean {
  return ON_SITE_GATHERINGS.test(foldText(offering.note ?? ""));
}

/** A unit that requires another: the other requirements it has (each a choice of one or more units), and those not met yet. */
export interface UnitAfter {
  readonly unit: Unit;
  /** The other requirements (« RSX103 : UTC502, RSX101 »); a choice group (« NFA031 ou NFA035 ») is one of them. */
  readonly alsoRequired: readonly (readonly string[])[];
  /** Those none of whose units is among the units said passed. */
  readonly missing: readonly (readonly string[])[];
}

/** The units that follow one: those that require it (alone or as one of a choice), and those that only advise it. */
export interface UnitsAfter {
  readonly required: readonly UnitAfter[];
  readonly advised: readonly Unit[];
}

/**
 * « UTC505 ouvre quelles UE ? », "what can I take after UTC505?": the catalog's units whose prerequisites
 * name it, in code order, each with what is still missing once `code` and the units `passed` are counted.
 * A choice group that holds it counts as met; its other options are not « also required ».
 */
export function unitsAfter(catalog: Catalog, code: string, passed: readonly string[] = []): UnitsAfter {
  const done = new Set([code, ...passed]);
  const required: UnitAfter[] = [];
  const advised: Unit[] = [];
  for (const unit of [...catalog.units.values()].sort((a, b) => a.code.localeCompare(b.code))) {
    const { allOf, anyOf, advice } = unit.prerequisites;
    // RSX112, which asks RSX101 or RSX102, each of which asks UTC505: UTC505 is required before it all the same.
    const throughEveryOption = anyOf.some((group) => group.every((option) => catalog.units.get(option)?.prerequisites.allOf.includes(code) === true));
    if (allOf.includes(code) || anyOf.some((group) => group.includes(code)) || throughEveryOption) {
      const alsoRequired = [...allOf.filter((other) => other !== code).map((other) => [other]), ...anyOf.filter((group) => !group.includes(code))];
      required.push({ unit, alsoRequired, missing: alsoRequired.filter((group) => !group.some((other) => done.has(other))) });
    } else if (unit.recommended.includes(code) || advice.some((text) => findUnitCodes(text).includes(code))) advised.push(unit);
  }
  return { required, advised };
}

/**
 * The prerequisites of a unit through which another unit is needed first, whichever way in is taken (« RSX112 demande l'une de
 * RSX101 / RSX102, qui demandent chacune UTC505 »): said as the catalog says them; undefined when some way in does without it.
 */
export function neededThrough(catalog: Catalog, unit: Unit, other: string): string | undefined {
  const needs = (code: string, seen: ReadonlySet<string>): boolean => {
    const required = catalog.units.get(code);
    if (!required || seen.has(code)) return false;
    const next = new Set([...seen, code]);
    const { allOf, anyOf } = required.prerequisites;
    return allOf.includes(other) || allOf.some((p) => needs(p, next)) || anyOf.some((group) => group.length > 0 && group.every((alternative) => alternative === other || needs(alternative, next)));
  };
  const seen = new Set([unit.code]);
  const { allOf, anyOf } = unit.prerequisites;
  const through = allOf.find((p) => needs(p, seen));
  if (through) return through;
  const group = anyOf.find((alternatives) => alternatives.length > 0 && !alternatives.includes(other) && alternatives.every((alternative) => needs(alternative, seen)));
  return group?.join(" / ");
}
