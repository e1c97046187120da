import type { Diploma } from "../catalog/diploma.schema";
import type { Unit } from "../catalog/unit.schema";
import { referenceForCredits, totalHours, type CreditHoursReference } from "./credit-hours.rule";

/** One block of a diploma and the reference class hours it takes. */
export interface BlockHours {
  readonly label: string;
  /** Units taught in class (UE, US) counted in the block: named, or how many of what value are picked. */
  readonly parts: readonly { readonly count: number; readonly ects: number; readonly codes?: readonly string[] }[];
  /** Reference class hours of the block: one figure, or a range when they depend on the units chosen. */
  readonly hours: { readonly min: number; readonly max: number };
  /** Activity units (UA): professional experience or an internship project, no class hours. */
  readonly activityUnits: readonly string[];
}

export interface DiplomaHours {
  readonly blocks: readonly BlockHours[];
  /** The sum of the blocks' reference hours (a range when a choice leaves it open). */
  readonly total: { readonly min: number; readonly max: number };
  /** Units whose credits have no reference in the table: their hours are not counted. */
  readonly unknown: readonly string[];
}

/**
 * The reference class hours a diploma takes, block by block (rule: credit-hour reference table,
 * personal work excluded): compulsory units each by their credits; a choice of N units of one value
 * as N × its hours; a choice of credits among units of several values as the range the values allow;
 * activity units (UA) carry no class hours.
 */
export function diplomaClassHours(diploma: Diploma, units: ReadonlyMap<string, Unit>): DiplomaHours {
  const unknown: string[] = [];
  const blocks = diploma.requirements.map((requirement): BlockHours => {
    if (requirement.kind === "all") {
      const taught = requirement.units.filter((code) => units.get(code)?.kind !== "UA");
      const refs: CreditHoursReference[] = [];
      for (const code of taught) {
        const ref = referenceForCredits(units.get(code)?.ects ?? -1);
        if (ref) refs.push(ref);
        else unknown.push(code);
      }
      const sum = totalHours(refs).hours;
      return {
        label: requirement.label,
        parts: taught.filter((code) => !unknown.includes(code)).map((code) => ({ count: 1, ects: units.get(code)!.ects, codes: [code] })),
        hours: { min: sum, max: sum },
        activityUnits: requirement.units.filter((code) => units.get(code)?.kind === "UA"),
      };
    }
    const offered = requirement.groups.flatMap((group) => group.units).filter((code) => units.get(code)?.kind !== "UA");
    const values = [...new Set(offered.map((code) => units.get(code)?.ects ?? 0))].filter((ects) => referenceForCredits(ects)).sort((a, b) => a - b);
    // « 3 UE de 6 ECTS à choisir »: N units of one value; « 36 ECTS à choisir »: as many units as the value allows.
    // Only the ways of one value that make the block's credits: « 3 UE, 18 ECTS » among 4, 6 and 8 ECTS units is 3 × 6.
    const options = values
      .map((ects) => ({ ects, count: requirement.pick ?? (requirement.ects !== undefined && requirement.ects % ects === 0 ? requirement.ects / ects : 0) }))
      .filter((option) => option.count > 0 && (requirement.ects === undefined || option.count * option.ects === requirement.ects))
      .map((option) => ({ ...option, hours: option.count * referenceForCredits(option.ects)!.hours }));
    const hours = options.map((option) => option.hours);
    // Units of several values mixed (10 ECTS from 4- and 6-ECTS units): not counted, and said so.
    if (hours.length === 0) unknown.push(requirement.label);
    return {
      label: requirement.label,
      parts: options.length === 1 ? [{ count: options[0]!.count, ects: options[0]!.ects }] : [],
      hours: hours.length ? { min: Math.min(...hours), max: Math.max(...hours) } : { min: 0, max: 0 },
      activityUnits: [],
    };
  });
  const total = blocks.reduce((sum, block) => ({ min: sum.min + block.hours.min, max: sum.max + block.hours.max }), { min: 0, max: 0 });
  return { blocks, total, unknown };
}
