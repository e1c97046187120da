import { meetsOnAWeekdayBefore, meetsOnSaturdayOutside, type Catalog } from "../catalog/catalog";
import type { Diploma } from "../catalog/diploma.schema";
import { slotsClash, WEEKDAYS, weekdayOf, type Offering, type Slot, type Weekday } from "../catalog/timetable";
import type { Unit } from "../catalog/unit.schema";
import { compareSemesters, followingSemester, formatSemester, semesterFromId, type Semester, type SemesterId, type Term } from "../semester/semester";
import type { LearnerStanding, OfferingExclusion, PlanningConstraints, SaturdayHalf, UnitBlock } from "./planning.types";

/**
 * The planning problem in numbers: the units that matter (the diploma's, their prerequisites, the
 * learner's enrolments in the planned semesters) as items, each with the offerings it may use under
 * the learner's constraints, the clashes between offerings, and the diploma's requirements over
 * items. Semesters are indices from the first planned one (0).
 */

export interface ProblemOption {
  readonly id: number;
  readonly item: number;
  readonly offering?: Offering;
  /** Days with weekly sessions, one bit per weekday (WEEKDAYS order). */
  readonly days: number;
  readonly dayCount: number;
  /**
   * A lower bound of the evenings the option takes: each weekly session's share of its day, the day
   * being as long as the span of every session the problem has on that day. Sessions of a semester
   * do not overlap, so the shares of a semester's units add up to at most its evenings.
   */
  readonly load: number;
  /** 1 when outside the learner's preferred modalities (none stated: 0). */
  readonly penalty: number;
}

export interface ProblemItem {
  readonly index: number;
  readonly code: string;
  readonly unit: Unit;
  /** Credits counted toward the learner's ECTS limit: none for a UA. */
  readonly limitEcts: number;
  /** What the item counts toward the learner's limit of units a semester: 1 for a taught unit, 0 for a UA. */
  readonly limitUnits: number;
  readonly ua: boolean;
  readonly options: Readonly<Record<Term, readonly ProblemOption[]>>;
  /** Items to pass before, each (prerequisites already passed are left out). */
  readonly allOf: readonly number[];
  /** Groups of items, one of each group to pass before (groups already met are left out). */
  readonly anyOf: readonly (readonly number[])[];
  readonly excludes: readonly number[];
  /** The semester index of an enrolment kept where it is. */
  readonly committedAt?: number;
  readonly done: boolean;
  readonly usable: boolean;
  readonly block?: UnitBlock;
  readonly minLoad: number;
}

export interface ProblemChoice {
  readonly id: string;
  readonly label: string;
  readonly ects: number;
  readonly pick?: number;
  readonly distinct: boolean;
  readonly groups: readonly (readonly number[])[];
  readonly items: readonly number[];
}

export interface Problem {
  readonly diploma: Diploma;
  readonly items: readonly ProblemItem[];
  readonly options: readonly ProblemOption[];
  /** clash[a * options.length + b] = 1 when options a and b have overlapping sessions. */
  readonly clash: Uint8Array;
  readonly excluded: Uint8Array;
  /** 32-bit words in an item set. */
  readonly words: number;
  readonly start: Uint32Array;
  readonly all: readonly { readonly id: string; readonly label: string; readonly items: readonly number[] }[];
  /** Items some all-of requirement names: they count there, never toward a choice. */
  readonly allItems: ReadonlySet<number>;
  readonly choices: readonly ProblemChoice[];
  /** An item named by two choices: the requirement check must then assign it to one. */
  readonly sharedChoices: boolean;
  readonly firstSemester: Semester;
  readonly maxEvenings: number;
  readonly maxEcts: number;
  /** Most taught units a semester (Infinity: no limit). */
  readonly maxUnits: number;
  /** Committed items by semester index. */
  readonly committed: ReadonlyMap<number, readonly number[]>;
  readonly byCode: ReadonlyMap<string, number>;
}

/** What the planner may set aside to find out what makes a plan long (see planning.rule.ts). */
export interface Relaxed {
  readonly prerequisites?: boolean;
  /** Units (or all, with true) whose offerings are taken to run in either term. */
  readonly terms?: boolean | ReadonlySet<string>;
  readonly clashes?: boolean;
}

const NO_LIMIT_EVENINGS = WEEKDAYS.length;

export function semesterAtIndex(first: Semester, index: number): Semester {
  let semester = first;
  for (let i = 0; i < index; i++) semester = followingSemester(semester);
  return semester;
}

export function termAt(first: Semester, index: number): Term {
  return (index % 2 === 0) === (first.term === "S1") ? "S1" : "S2";
}

function minutes(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

function dayBit(day: Weekday): number {
  return 1 << WEEKDAYS.indexOf(day);
}

export function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count++;
  return count;
}

export function daysOf(mask: number): Weekday[] {
  return WEEKDAYS.filter((_, i) => mask & (1 << i));
}

/** The units a plan may need: the diploma's, then their prerequisites (transitively), in a fixed order. */
function universe(catalog: Catalog, diploma: Diploma, committed: readonly string[]): string[] {
  const codes: string[] = [];
  const seen = new Set<string>();
  const add = (code: string) => {
    if (seen.has(code) || !catalog.units.has(code)) return;
    seen.add(code);
    codes.push(code);
  };
  for (const requirement of diploma.requirements) {
    if (requirement.kind === "all") requirement.units.forEach(add);
    else requirement.groups.forEach((group) => group.units.forEach(add));
  }
  for (let i = 0; i < codes.length; i++) {
    const unit = catalog.units.get(codes[i]!)!;
    unit.prerequisites.allOf.forEach(add);
    unit.prerequisites.anyOf.flat().forEach(add);
  }
  committed.forEach(add);
  return codes;
}

/**
 * Builds the problem. Units passed (or in progress before the first semester) are done; an
 * offering is usable when the learner accepts its modality, none of its sessions falls on a day they
 * cannot attend, and its weekly days fit their evening limit. A unit is usable when it has a usable
 * offering (a UA needs none), its credits fit the ECTS limit, a US is open to the learner, and its
 * prerequisites are passed or usable.
 */
export function buildProblem(catalog: Catalog, diploma: Diploma, standing: LearnerStanding, constraints: PlanningConstraints, relaxed: Relaxed = {}): Problem {
  const first = semesterFromId(constraints.firstSemester);
  if (!first) throw new RangeError(`buildProblem needs a canonical first semester, got "${constraints.firstSemester}"`);
  const passed = new Set([...standing.passed, ...standing.inProgress]);
  const committedByCode = new Map<string, { index: number; offering?: string }>();
  for (const enrolment of standing.committed) {
    const index = semesterIndex(first, enrolment.semester);
    if (index >= 0 && !passed.has(enrolment.unit)) committedByCode.set(enrolment.unit, { index, ...(enrolment.offering ? { offering: enrolment.offering } : {}) });
  }
  const codes = universe(catalog, diploma, [...committedByCode.keys()]);
  const byCode = new Map(codes.map((code, i) => [code, i]));
  const maxEvenings = constraints.maxEvenings ?? NO_LIMIT_EVENINGS;
  const maxEcts = constraints.maxEcts ?? Number.POSITIVE_INFINITY;
  // A limit of units rules no unit out: one always fits a semester (a limit of 0 is refused up front).
  const maxUnits = constraints.maxUnits ?? Number.POSITIVE_INFINITY;
  // A semester of kept enrolments may hold more than the limits: an offering or a unit that fits
  // there is not ruled out at once (the search holds each semester to its own limit).
  const kept = keptLoads(catalog, committedByCode, first);
  const unavailable = new Set<Weekday>(constraints.unavailableDays);
  const accepted = new Set(constraints.modalities);
  const preferred = new Set(constraints.preferredModalities);

  // The span of each day's sessions over every offering considered: a day holds no more than that.
  const span = new Map<Weekday, { start: number; end: number }>();
  for (const code of codes) {
    for (const offering of catalog.units.get(code)!.offerings) {
      for (const slot of offering.weekly) {
        const current = span.get(slot.day);
        span.set(slot.day, { start: Math.min(current?.start ?? Infinity, minutes(slot.start)), end: Math.max(current?.end ?? -Infinity, minutes(slot.end)) });
      }
    }
  }
  const loadOf = (offering: Offering) =>
    relaxed.clashes
      ? 0
      : offering.weekly.reduce((sum, slot) => {
          const day = span.get(slot.day)!;
          return sum + (minutes(slot.end) - minutes(slot.start)) / (day.end - day.start);
        }, 0);

  const options: ProblemOption[] = [];
  const draft = codes.map((code, index) => {
    const unit = catalog.units.get(code)!;
    const ua = unit.kind === "UA";
    const commitment = committedByCode.get(code);
    const byTerm: Record<Term, ProblemOption[]> = { S1: [], S2: [] };
    const exclusions: OfferingExclusion[] = [];
    const everyTerm = relaxed.terms === true || (relaxed.terms instanceof Set && relaxed.terms.has(code));
    const addOption = (offering: Offering | undefined, terms: readonly Term[]) => {
      const days = offering ? offering.weekly.reduce((mask, slot) => mask | dayBit(slot.day), 0) : 0;
      const option: ProblemOption = {
        id: options.length,
        item: index,
        ...(offering ? { offering } : {}),
        days,
        dayCount: bitCount(days),
        load: offering ? loadOf(offering) : 0,
        penalty: offering && preferred.size > 0 && !preferred.has(offering.modality) ? 1 : 0,
      };
      options.push(option);
      for (const term of terms) byTerm[term].push(option);
    };
    if (commitment) {
      // An enrolment is kept as it is, whatever the constraints: the learner chose it.
      const term = termAt(first, commitment.index);
      const chosen = unit.offerings.filter((o) => o.term === term && (commitment.offering ? o.id === commitment.offering : true));
      if (ua) addOption(undefined, [term]);
      else for (const offering of chosen) addOption(offering, [term]);
    } else if (ua) {
      addOption(undefined, ["S1", "S2"]);
    } else {
      for (const offering of unit.offerings) {
        const exclusion = offeringExclusion(offering, accepted, unavailable, Math.max(maxEvenings, kept.evenings[offering.term]), constraints.weekdaysFrom, constraints.saturdayHalf, constraints.weekdaysFromExcept, constraints.weekdaysFromExceptAt);
        if (exclusion) exclusions.push(exclusion);
        else addOption(offering, everyTerm ? ["S1", "S2"] : [offering.term]);
      }
    }
    const us = unit.kind === "US" && !unit.diplomas.some((d) => standing.registeredIn.includes(d));
    let block: UnitBlock | undefined;
    if (!commitment) {
      if (us) block = { reason: "us-not-registered", diplomas: unit.diplomas };
      else if (!ua && unit.ects > Math.max(maxEcts, kept.ects.S1, kept.ects.S2)) block = { reason: "ects", ects: unit.ects, limit: maxEcts };
      else if (!ua && unit.offerings.length === 0) block = { reason: "not-offered" };
      else if (!ua && byTerm.S1.length + byTerm.S2.length === 0) block = { reason: "constraints", offerings: exclusions };
    }
    return { index, code, unit, ua, byTerm, commitment, block, done: passed.has(code) };
  });

  const prerequisitesOf = (unit: Unit) => {
    if (relaxed.prerequisites) return { allOf: [] as number[], anyOf: [] as number[][] };
    const allOf = unit.prerequisites.allOf.filter((code) => !passed.has(code)).map((code) => byCode.get(code)!);
    const anyOf = unit.prerequisites.anyOf.filter((group) => !group.some((code) => passed.has(code))).map((group) => group.map((code) => byCode.get(code)!));
    return { allOf, anyOf };
  };

  // Usable: offered to the learner, and each prerequisite passed or usable (prerequisites form no cycle).
  const usable = new Map<number, boolean>();
  const blockedBy = new Map<number, string[]>();
  const isUsable = (index: number, visiting = new Set<number>()): boolean => {
    const known = usable.get(index);
    if (known !== undefined) return known;
    const item = draft[index]!;
    if (item.done) return true;
    if (visiting.has(index)) return false;
    visiting.add(index);
    let ok = item.block === undefined;
    if (ok && !item.commitment) {
      const { allOf, anyOf } = prerequisitesOf(item.unit);
      const missing = [...allOf.filter((p) => !isUsable(p, visiting)), ...anyOf.filter((group) => !group.some((p) => isUsable(p, visiting))).flat()];
      if (missing.length > 0) {
        ok = false;
        blockedBy.set(index, missing.map((p) => codes[p]!));
      }
    }
    visiting.delete(index);
    usable.set(index, ok);
    return ok;
  };

  const items: ProblemItem[] = draft.map((item) => {
    const ok = isUsable(item.index);
    const { allOf, anyOf } = item.commitment ? { allOf: [], anyOf: [] } : prerequisitesOf(item.unit);
    const excludes = new Set<number>();
    for (const exclusion of item.unit.exclusions) if (byCode.has(exclusion.unit)) excludes.add(byCode.get(exclusion.unit)!);
    for (const other of draft) if (other.unit.exclusions.some((x) => x.unit === item.code)) excludes.add(other.index);
    const all = [...item.byTerm.S1, ...item.byTerm.S2];
    const block = item.block ?? (blockedBy.has(item.index) ? ({ reason: "prerequisite", prerequisites: blockedBy.get(item.index)! } as const) : undefined);
    return {
      index: item.index,
      code: item.code,
      unit: item.unit,
      limitEcts: item.ua ? 0 : item.unit.ects,
      limitUnits: item.ua ? 0 : 1,
      ua: item.ua,
      options: item.byTerm,
      allOf,
      anyOf,
      excludes: [...excludes].sort((a, b) => a - b),
      ...(item.commitment ? { committedAt: item.commitment.index } : {}),
      done: item.done,
      usable: ok && !item.done,
      ...(block && !item.done ? { block } : {}),
      minLoad: all.length ? Math.min(...all.map((o) => o.load)) : 0,
    };
  });

  const n = options.length;
  const clash = new Uint8Array(n * n);
  if (!relaxed.clashes) {
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        const x = options[a]!.offering;
        const y = options[b]!.offering;
        if (!x || !y || options[a]!.item === options[b]!.item) continue;
        if (sessionsClash(x, y)) clash[a * n + b] = clash[b * n + a] = 1;
      }
    }
  }
  const excluded = new Uint8Array(codes.length * codes.length);
  for (const item of items) for (const other of item.excludes) excluded[item.index * codes.length + other] = excluded[other * codes.length + item.index] = 1;

  const words = Math.max(1, Math.ceil(codes.length / 32));
  const start = new Uint32Array(words);
  for (const item of items) if (item.done) start[item.index >>> 5]! |= 1 << (item.index & 31);

  const all = diploma.requirements.flatMap((r) => (r.kind === "all" ? [{ id: r.id, label: r.label, items: r.units.map((code) => byCode.get(code)!) }] : []));
  const allItems = new Set(all.flatMap((r) => r.items));
  const choices: ProblemChoice[] = diploma.requirements.flatMap((r) => {
    if (r.kind !== "choice") return [];
    const groups = r.groups.map((g) => g.units.map((code) => byCode.get(code)!).filter((i) => !allItems.has(i)));
    return [{ id: r.id, label: r.label, ects: r.ects, ...(r.pick !== undefined ? { pick: r.pick } : {}), distinct: r.distinctGroups, groups, items: [...new Set(groups.flat())] }];
  });
  const counted = new Map<number, number>();
  for (const choice of choices) for (const i of choice.items) counted.set(i, (counted.get(i) ?? 0) + 1);

  const committed = new Map<number, number[]>();
  for (const item of items) if (item.committedAt !== undefined && !item.done) committed.set(item.committedAt, [...(committed.get(item.committedAt) ?? []), item.index]);

  return {
    diploma,
    items,
    options,
    clash,
    excluded,
    words,
    start,
    all,
    allItems,
    choices,
    sharedChoices: [...counted.values()].some((c) => c > 1),
    firstSemester: first,
    maxEvenings,
    maxEcts,
    maxUnits,
    committed,
    byCode,
  };
}

/** The most evenings a week, and the most credits, the kept enrolments take in one semester of each term. */
function keptLoads(
  catalog: Catalog,
  committed: ReadonlyMap<string, { index: number; offering?: string }>,
  first: Semester,
): { evenings: Record<Term, number>; ects: Record<Term, number> } {
  const days = new Map<number, Set<Weekday>>();
  const ects = new Map<number, number>();
  for (const [code, { index, offering }] of committed) {
    const unit = catalog.units.get(code);
    if (!unit || unit.kind === "UA") continue;
    const term = termAt(first, index);
    const chosen = unit.offerings.find((o) => o.term === term && (offering === undefined || o.id === offering));
    for (const slot of chosen?.weekly ?? []) days.set(index, (days.get(index) ?? new Set()).add(slot.day));
    ects.set(index, (ects.get(index) ?? 0) + unit.ects);
  }
  const most = (values: Map<number, number>, term: Term) => Math.max(0, ...[...values].filter(([index]) => termAt(first, index) === term).map(([, v]) => v));
  const evenings = new Map([...days].map(([index, d]) => [index, d.size]));
  return { evenings: { S1: most(evenings, "S1"), S2: most(evenings, "S2") }, ects: { S1: most(ects, "S1"), S2: most(ects, "S2") } };
}

/** The first reason, in the order learners can act on, why an offering is not for this learner. */
function offeringExclusion(offering: Offering, accepted: ReadonlySet<string>, unavailable: ReadonlySet<Weekday>, maxEvenings: number, weekdaysFrom?: string, saturdayHalf?: SaturdayHalf, weekdaysFromExcept?: readonly Weekday[], weekdaysFromExceptAt?: string): OfferingExclusion | undefined {
  const base = { offering: offering.id, term: offering.term, modality: offering.modality };
  if (!accepted.has(offering.modality)) return { ...base, by: "modality" };
  for (const slot of offering.weekly) if (unavailable.has(slot.day)) return { ...base, by: "day", day: slot.day };
  // « je finis le travail à 19h »: a weekday session starting before then.
  const sessions = [...offering.weekly, ...offering.dated];
  if (weekdaysFrom !== undefined && meetsOnAWeekdayBefore(sessions, weekdaysFrom, weekdaysFromExcept, weekdaysFromExceptAt)) {
    // (« … sauf le vendredi où je suis libre dès 19h »: early for that day's own time.)
    const early = meetsOnAWeekdayBefore(sessions, weekdaysFrom, weekdaysFromExcept) ? weekdaysFrom : (weekdaysFromExceptAt ?? weekdaysFrom);
    return { ...base, by: "from", from: early };
  }
  // « trois soirs plus le samedi matin »: a Saturday session in the other half of the day.
  if (saturdayHalf !== undefined && meetsOnSaturdayOutside([...offering.weekly, ...offering.dated], saturdayHalf)) return { ...base, by: "saturday-half", half: saturdayHalf };
  for (const slot of offering.dated) {
    const day = weekdayOf(slot.date);
    if (day !== "sunday" && unavailable.has(day)) return { ...base, by: "day", day };
  }
  const evenings = new Set(offering.weekly.map((slot) => slot.day)).size;
  if (evenings > maxEvenings) return { ...base, by: "evenings", evenings };
  return undefined;
}

/**
 * Whether two offerings have overlapping sessions, remembered per pair of offerings: the catalog
 * is cached per container and its offerings do not change, while a turn plans several problems over them.
 */
const clashMemo = new WeakMap<Offering, WeakMap<Offering, boolean>>();

function sessionsClash(a: Offering, b: Offering): boolean {
  let known = clashMemo.get(a);
  if (!known) clashMemo.set(a, (known = new WeakMap()));
  let value = known.get(b);
  if (value === undefined) {
    value = anyClash(a.weekly, b.weekly) || anyClash(a.weekly, b.dated) || anyClash(a.dated, b.weekly) || anyClash(a.dated, b.dated);
    known.set(b, value);
  }
  return value;
}

function anyClash(xs: readonly Slot[], ys: readonly Slot[]): boolean {
  for (const x of xs) for (const y of ys) if (slotsClash(x, y)) return true;
  return false;
}

/** How many semesters after the first a semester comes (negative before it). */
export function semesterIndex(first: Semester, id: SemesterId): number {
  return compareSemesters(id, first);
}

export function semesterIdAt(problem: Pick<Problem, "firstSemester">, index: number): SemesterId {
  return formatSemester(semesterAtIndex(problem.firstSemester, index));
}
