import type { Catalog } from "../../../domain/catalog/catalog";
import { slotsClash, weekdayOf, type Offering } from "../../../domain/catalog/timetable";
import type { Unit } from "../../../domain/catalog/unit.schema";
import type { PlanningQuery } from "../../../domain/planning/planning.types";
import { compareSemesters, semesterFromId, type Term } from "../../../domain/semester/semester";

/** A plan's cost, compared lexicographically in this order. */
export interface Cost {
  semesters: number;
  peak: number;
  credits: number;
  penalty: number;
}

export function compareCosts(a: Cost, b: Cost): number {
  return a.semesters - b.semesters || a.peak - b.peak || a.credits - b.credits || a.penalty - b.penalty;
}

interface Placement {
  code: string;
  semester: number;
  offering?: Offering;
}

/**
 * The best plan of at most `maxSemesters` semesters by trying every placement of every unit of the
 * catalog (or none), written without the planner's model: no lower bounds, no dominance, no
 * maximal moves; only the rules, checked as units are placed. For small catalogs only.
 */
export function bruteForce(catalog: Catalog, query: PlanningQuery, maxSemesters: number): { cost: Cost; placements: Placement[] } | undefined {
  const diploma = catalog.diplomas.get(query.diploma)!;
  const { standing, constraints } = query;
  const first = semesterFromId(constraints.firstSemester)!;
  const termAt = (s: number): Term => ((s % 2 === 0) === (first.term === "S1") ? "S1" : "S2");
  const done = new Set([...standing.passed, ...standing.inProgress]);
  const committed = new Map(standing.committed.map((c) => [c.unit, c]));
  const units = [...catalog.units.values()].filter((u) => !done.has(u.code));
  const dayOf = (slot: { day: string } | { date: string }) => ("day" in slot ? slot.day : weekdayOf(slot.date));

  /** Where a unit may go: nowhere, or a semester with one of its offerings. */
  const choices = (unit: Unit): (Placement | undefined)[] => {
    const kept = committed.get(unit.code);
    if (kept) {
      // An enrolment is kept where it is, when the plan reaches its semester (checked in valid()).
      const s = compareSemesters(kept.semester, constraints.firstSemester);
      if (s >= maxSemesters) return [undefined];
      if (unit.kind === "UA") return [undefined, { code: unit.code, semester: s }];
      return [undefined, ...unit.offerings.filter((o) => o.term === termAt(s) && (!kept.offering || o.id === kept.offering)).map((offering) => ({ code: unit.code, semester: s, offering }))];
    }
    const list: (Placement | undefined)[] = [undefined];
    if (unit.kind === "US" && !unit.diplomas.some((d) => standing.registeredIn.includes(d))) return list;
    if (unit.kind !== "UA" && unit.ects > (constraints.maxEcts ?? Infinity)) return list;
    for (let s = 0; s < maxSemesters; s++) {
      if (unit.kind === "UA") {
        list.push({ code: unit.code, semester: s });
        continue;
      }
      for (const offering of unit.offerings) {
        if (offering.term !== termAt(s) || !constraints.modalities.includes(offering.modality)) continue;
        if ([...offering.weekly, ...offering.dated].some((slot) => constraints.unavailableDays.includes(dayOf(slot) as never))) continue;
        list.push({ code: unit.code, semester: s, offering });
      }
    }
    return list;
  };

  const options = units.map(choices);
  const placed: (Placement | undefined)[] = [];
  let best: { cost: Cost; placements: Placement[] } | undefined;

  const valid = (): Cost | undefined => {
    const at = new Map<string, Placement>();
    for (const p of placed) if (p) at.set(p.code, p);
    const before = (code: string, s: number) => done.has(code) || (at.has(code) && at.get(code)!.semester < s);
    for (const p of at.values()) {
      if (committed.has(p.code)) continue;
      const unit = catalog.units.get(p.code)!;
      if (!unit.prerequisites.allOf.every((code) => before(code, p.semester))) return undefined;
      if (!unit.prerequisites.anyOf.every((group) => group.some((code) => before(code, p.semester)))) return undefined;
    }
    let peak = 0;
    let last = -1;
    for (let s = 0; s < maxSemesters; s++) {
      const here = [...at.values()].filter((p) => p.semester === s);
      if (here.length > 0) last = s;
      const kept = here.filter((p) => committed.has(p.code));
      const keptDays = new Set(kept.flatMap((p) => p.offering?.weekly.map((w) => w.day) ?? [])).size;
      const keptEcts = kept.reduce((sum, p) => sum + (catalog.units.get(p.code)!.kind === "UA" ? 0 : catalog.units.get(p.code)!.ects), 0);
      const keptUnits = kept.filter((p) => catalog.units.get(p.code)!.kind !== "UA").length;
      const days = new Set(here.flatMap((p) => p.offering?.weekly.map((w) => w.day) ?? [])).size;
      const ects = here.reduce((sum, p) => sum + (catalog.units.get(p.code)!.kind === "UA" ? 0 : catalog.units.get(p.code)!.ects), 0);
      const units = here.filter((p) => catalog.units.get(p.code)!.kind !== "UA").length;
      if (days > Math.max(constraints.maxEvenings ?? Infinity, keptDays)) return undefined;
      if (ects > Math.max(constraints.maxEcts ?? Infinity, keptEcts)) return undefined;
      if (units > Math.max(constraints.maxUnits ?? Infinity, keptUnits)) return undefined;
      peak = Math.max(peak, days);
      for (const a of here) {
        for (const b of here) {
          if (a.code >= b.code) continue;
          if (catalog.units.get(a.code)!.exclusions.some((x) => x.unit === b.code) || catalog.units.get(b.code)!.exclusions.some((x) => x.unit === a.code)) return undefined;
          if (committed.has(a.code) && committed.has(b.code)) continue;
          const sa = [...(a.offering?.weekly ?? []), ...(a.offering?.dated ?? [])];
          const sb = [...(b.offering?.weekly ?? []), ...(b.offering?.dated ?? [])];
          if (sa.some((x) => sb.some((y) => slotsClash(x, y)))) return undefined;
        }
      }
    }
    for (const [code, kept] of committed) {
      if (done.has(code)) continue;
      if (at.has(code) !== compareSemesters(kept.semester, constraints.firstSemester) <= last) return undefined;
    }
    if (!meets(catalog, diploma.code, new Set([...done, ...at.keys()]))) return undefined;
    const credits = [...at.keys()].reduce((sum, code) => sum + catalog.units.get(code)!.ects, 0);
    const preferred = constraints.preferredModalities;
    const penalty = preferred.length === 0 ? 0 : [...at.values()].filter((p) => p.offering && !preferred.includes(p.offering.modality)).length;
    return { semesters: last + 1, peak, credits, penalty };
  };

  const walk = (k: number) => {
    if (k === units.length) {
      const cost = valid();
      if (cost && (!best || compareCosts(cost, best.cost) < 0)) best = { cost, placements: placed.filter((p): p is Placement => p !== undefined) };
      return;
    }
    for (const choice of options[k]!) {
      placed.push(choice);
      walk(k + 1);
      placed.pop();
    }
  };
  walk(0);
  return best;
}

/** The requirements, counted as the rules say, by exhaustive assignment of units to choices. */
export function meets(catalog: Catalog, code: string, passed: ReadonlySet<string>): boolean {
  const diploma = catalog.diplomas.get(code)!;
  const allUnits = new Set(diploma.requirements.flatMap((r) => (r.kind === "all" ? r.units : [])));
  for (const u of allUnits) if (!passed.has(u)) return false;
  for (const r of diploma.requirements) {
    if (r.kind !== "choice") continue;
    const available = [...new Set(r.groups.flatMap((g) => g.units))].filter((u) => passed.has(u) && !allUnits.has(u));
    if (r.pick === undefined) {
      if (available.reduce((sum, u) => sum + catalog.units.get(u)!.ects, 0) < r.ects) return false;
    } else if (!r.distinctGroups) {
      if (available.length < r.pick) return false;
    } else {
      // Some `pick` groups, each given a different unit it lists.
      const fill = (g: number, used: Set<string>, filled: number): boolean => {
        if (filled >= r.pick!) return true;
        if (g === r.groups.length) return false;
        if (fill(g + 1, used, filled)) return true;
        for (const u of r.groups[g]!.units) {
          if (!available.includes(u) || used.has(u)) continue;
          used.add(u);
          if (fill(g + 1, used, filled + 1)) return true;
          used.delete(u);
        }
        return false;
      };
      if (!fill(0, new Set(), 0)) return false;
    }
  }
  return true;
}
