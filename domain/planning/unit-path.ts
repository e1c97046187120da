import type { Catalog } from "../catalog/catalog";

/** The way to a unit: the units to take before it, semester by semester, the unit last. */
export interface UnitPath {
  target: string;
  /** Semester by semester, in order: each unit after all its prerequisites; the target alone last. */
  semesters: string[][];
  /** For a prerequisite one of several units satisfies, the others that would do as well. */
  alternatives: { chosen: string; others: string[] }[];
  /** Units the catalog advises before some unit of the path (never required). */
  recommended: string[];
}

/**
 * The shortest way to a unit from the units passed (« Je vise SEC105, dans quel ordre ? », "how many
 * semesters until I can take RSX103?"): every prerequisite not passed, recursively, each one semester
 * after its own prerequisites (a unit and its prerequisite are never taken the same semester). A group
 * « one of » already satisfied adds nothing; otherwise its first unit is taken and the others named.
 * The count assumes each unit is offered when needed: the timetable says whether it is. `order`: units in the
 * order the learner wants them (« NFA031 puis NFA032 puis NFP119 »), each taken after the one before it.
 */
export function pathToUnit(catalog: Catalog, target: string, passed: readonly string[], order: readonly string[] = []): UnitPath {
  const done = new Set(passed);
  const depth = new Map<string, number>();
  const alternatives: UnitPath["alternatives"] = [];
  const recommended = new Set<string>();
  const visiting = new Set<string>();

  const place = (code: string): number => {
    const known = depth.get(code);
    if (known !== undefined) return known;
    // A cycle in the data (the catalog check reports them) is cut rather than followed.
    if (visiting.has(code)) return 0;
    visiting.add(code);
    const unit = catalog.units.get(code);
    // « NFA031 puis NFA032 puis NFP119 »: the order the learner chose counts as well, each unit after the one before it.
    const at = order.indexOf(code);
    const needed = [...(unit?.prerequisites.allOf ?? []), ...(at > 0 ? [order[at - 1]!] : [])];
    for (const group of unit?.prerequisites.anyOf ?? []) {
      if (group.some((c) => done.has(c))) continue;
      const [chosen, ...others] = group as [string, ...string[]];
      needed.push(chosen);
      alternatives.push({ chosen, others });
    }
    for (const advised of unit?.recommended ?? []) if (!done.has(advised)) recommended.add(advised);
    const before = needed.filter((c) => !done.has(c)).map(place);
    const semester = before.length === 0 ? 0 : Math.max(...before) + 1;
    visiting.delete(code);
    depth.set(code, semester);
    return semester;
  };

  place(target);
  const semesters: string[][] = [];
  for (const [code, at] of depth) (semesters[at] ??= []).push(code);
  return {
    target,
    semesters: semesters.map((codes) => (codes ?? []).sort()),
    alternatives,
    recommended: [...recommended].filter((code) => !depth.has(code)).sort(),
  };
}
