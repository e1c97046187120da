/**
 * ECTS credits and class hours at Cnam Paris ("UE en cours du soir"): each unit's credits match a
 * reference volume of class hours, plus or minus 10 %, excluding personal work. The table has five
 * entries; any other value has no official reference, and the answer says so instead of
 * interpolating a figure.
 */
export const TOLERANCE_PERCENT = 10;

export interface CreditHoursReference {
  readonly ects: number;
  /** Reference class hours, personal work excluded. */
  readonly hours: number;
  /** The reference hours minus and plus 10 %. */
  readonly min: number;
  readonly max: number;
}

function reference(ects: number, hours: number): CreditHoursReference {
  // hours * 9 / 10 rather than hours * 0.9: exact on the table (65 h → 71.5, not 71.50000000000001).
  return { ects, hours, min: (hours * (100 - TOLERANCE_PERCENT)) / 100, max: (hours * (100 + TOLERANCE_PERCENT)) / 100 };
}

export const CREDIT_HOURS_TABLE: readonly CreditHoursReference[] = [
  reference(2, 22),
  reference(3, 30),
  reference(4, 40),
  reference(6, 50),
  reference(8, 65),
];

/** What the hours count: class time only. */
export const HOURS_BASIS = "class-time-excluding-personal-work" as const;

type Invalid = { readonly kind: "invalid"; readonly value: number; readonly reason: "not-a-number" | "negative" | "zero" };
type NoReference = { readonly kind: "no-reference"; readonly table: readonly CreditHoursReference[] };

export type HoursForCredits =
  | { readonly kind: "reference"; readonly ects: number; readonly reference: CreditHoursReference; readonly basis: typeof HOURS_BASIS }
  | (NoReference & { readonly ects: number })
  | Invalid;

export type CreditsForHours =
  | {
      readonly kind: "reference";
      readonly hours: number;
      readonly reference: CreditHoursReference;
      /** Signed distance from the reference hours, in percent, to one decimal. */
      readonly deviationPercent: number;
      readonly basis: typeof HOURS_BASIS;
    }
  | {
      readonly kind: "between-references";
      readonly hours: number;
      readonly below: CreditHoursReference;
      readonly above: CreditHoursReference;
      readonly table: readonly CreditHoursReference[];
    }
  | (NoReference & { readonly hours: number; readonly position: "below-table" | "above-table"; readonly units?: UnitsForHours })
  | Invalid;

/**
 * Hours beyond one unit, as units of one size whose reference hours sum to them (±10 %): the closest
 * (100 h: 2 units of 6 ECTS, 12 ECTS), and the credits the other sizes would make (9 to 12 ECTS).
 */
export interface UnitsForHours {
  readonly count: number;
  readonly reference: CreditHoursReference;
  readonly ects: number;
  readonly minEcts: number;
  readonly maxEcts: number;
}

export type HoursCheck =
  | {
      readonly kind: "plausible" | "implausible";
      readonly ects: number;
      readonly hours: number;
      readonly reference: CreditHoursReference;
      readonly deviationPercent: number;
      /** For implausible hours, the credits whose range does hold them, when one does. */
      readonly matchingEcts?: number;
    }
  | (NoReference & { readonly ects: number; readonly hours: number })
  | Invalid;

function invalid(value: number, allowZero: boolean): Invalid | undefined {
  if (!Number.isFinite(value)) return { kind: "invalid", value, reason: "not-a-number" };
  if (value < 0) return { kind: "invalid", value, reason: "negative" };
  if (value === 0 && !allowZero) return { kind: "invalid", value, reason: "zero" };
  return undefined;
}

function deviation(hours: number, ref: CreditHoursReference): number {
  return Math.round(((hours - ref.hours) / ref.hours) * 1000) / 10;
}

/** The reference hours of a credit value, or undefined when the table has none. */
export function referenceForCredits(ects: number): CreditHoursReference | undefined {
  return CREDIT_HOURS_TABLE.find((ref) => ref.ects === ects);
}

/**
 * Class hours for a number of ECTS credits. Rule: reference volumes 2→22 h, 3→30 h, 4→40 h,
 * 6→50 h, 8→65 h, ±10 %, personal work excluded; other values have no reference.
 */
export function hoursForCredits(ects: number): HoursForCredits {
  const bad = invalid(ects, true);
  if (bad) return bad;
  const ref = referenceForCredits(ects);
  return ref ? { kind: "reference", ects, reference: ref, basis: HOURS_BASIS } : { kind: "no-reference", ects, table: CREDIT_HOURS_TABLE };
}

/**
 * Credits for a number of class hours: the reference whose ±10 % range holds them, the two
 * references they fall between (56 h: above 6 ECTS' 45-55 h, below 8 ECTS' 58.5-71.5 h), or no
 * reference outside the table. Rule: credit-hour reference table, read in reverse.
 */
export function creditsForHours(hours: number): CreditsForHours {
  const bad = invalid(hours, false);
  if (bad) return bad;
  const ref = CREDIT_HOURS_TABLE.find((r) => hours >= r.min && hours <= r.max);
  if (ref) return { kind: "reference", hours, reference: ref, deviationPercent: deviation(hours, ref), basis: HOURS_BASIS };
  const first = CREDIT_HOURS_TABLE[0] as CreditHoursReference;
  const last = CREDIT_HOURS_TABLE[CREDIT_HOURS_TABLE.length - 1] as CreditHoursReference;
  if (hours < first.min) return { kind: "no-reference", hours, position: "below-table", table: CREDIT_HOURS_TABLE };
  if (hours > last.max) {
    const units = unitsForHours(hours);
    return { kind: "no-reference", hours, position: "above-table", table: CREDIT_HOURS_TABLE, ...(units ? { units } : {}) };
  }
  const aboveIndex = CREDIT_HOURS_TABLE.findIndex((r) => hours < r.min);
  return {
    kind: "between-references",
    hours,
    below: CREDIT_HOURS_TABLE[aboveIndex - 1] as CreditHoursReference,
    above: CREDIT_HOURS_TABLE[aboveIndex] as CreditHoursReference,
    table: CREDIT_HOURS_TABLE,
  };
}

/** From this many times the largest unit's hours, hours are read as several units. */
const SEVERAL_UNITS_FROM = 1.4;

/**
 * Hours more than one unit's, as several units of one size. Rule: credit-hour reference table, each
 * unit its reference hours ±10 % (a sum of units is within ±10 % of the hours said).
 */
function unitsForHours(hours: number): UnitsForHours | undefined {
  // Just above the largest unit (71.6 h, 80 h) is no several units' worth: only the table says it.
  const largest = CREDIT_HOURS_TABLE[CREDIT_HOURS_TABLE.length - 1] as CreditHoursReference;
  if (hours < SEVERAL_UNITS_FROM * largest.hours) return undefined;
  const fits = CREDIT_HOURS_TABLE.map((reference) => ({ reference, count: Math.round(hours / reference.hours) }))
    .filter(({ reference, count }) => count >= 2 && Math.abs(count * reference.hours - hours) <= (hours * TOLERANCE_PERCENT) / 100)
    .map((fit) => ({ ...fit, off: Math.abs(fit.count * fit.reference.hours - hours) }));
  if (fits.length === 0) return undefined;
  // The closest; between as close, the larger units (fewer to take).
  const best = [...fits].sort((a, b) => a.off - b.off || b.reference.ects - a.reference.ects)[0]!;
  const credits = fits.map((fit) => fit.count * fit.reference.ects);
  return { count: best.count, reference: best.reference, ects: best.count * best.reference.ects, minEcts: Math.min(...credits), maxEcts: Math.max(...credits) };
}

/** The most units of one size a budget of hours is read as. */
const MAX_UNITS_IN_A_BUDGET = 6;

/** A way to spend a budget of class hours: units of one or more sizes, their credits and reference hours. */
export interface UnitsWithinHours {
  /** How many units of each size, largest first. */
  readonly parts: readonly { readonly count: number; readonly reference: CreditHoursReference }[];
  /** How many units in all. */
  readonly count: number;
  readonly ects: number;
  readonly hours: number;
}

/** How many ways a budget's answer names, at most. */
const MAX_WAYS_IN_A_BUDGET = 3;

/**
 * The most credits a budget of class hours holds (« mon employeur finance 60 heures max »): units whose
 * reference hours add up to no more than the budget, of one size or mixed (120 h: one unit of 8 ECTS and one
 * of 6, 115 h, hold 14 ECTS, more than any units of one size); the ways that reach those credits, fewest units
 * first (60 h: one unit of 6 ECTS, 50 h, or two of 3 ECTS, 60 h). Rule: credit-hour reference table, each unit
 * counted at its reference hours, at most MAX_UNITS_IN_A_BUDGET units.
 */
export function creditsWithinHours(hours: number): UnitsWithinHours[] {
  if (invalid(hours, false)) return [];
  const sizes = [...CREDIT_HOURS_TABLE].sort((a, b) => b.ects - a.ects);
  const ways: UnitsWithinHours[] = [];
  // Every multiset of at most MAX_UNITS_IN_A_BUDGET units, size by size, within the budget.
  const extend = (index: number, parts: UnitsWithinHours["parts"], count: number, ects: number, spent: number): void => {
    if (index === sizes.length) {
      if (count > 0) ways.push({ parts, count, ects, hours: spent });
      return;
    }
    const reference = sizes[index]!;
    for (let n = 0; count + n <= MAX_UNITS_IN_A_BUDGET && spent + n * reference.hours <= hours; n++) {
      extend(index + 1, n > 0 ? [...parts, { count: n, reference }] : parts, count + n, ects + n * reference.ects, spent + n * reference.hours);
    }
  };
  extend(0, [], 0, 0, 0);
  const most = Math.max(0, ...ways.map((way) => way.ects));
  return ways
    .filter((way) => way.ects === most)
    .sort((a, b) => a.count - b.count || a.parts.length - b.parts.length || a.hours - b.hours)
    .slice(0, MAX_WAYS_IN_A_BUDGET);
}

/**
 * Is a number of class hours plausible for a credit value ("is 54 h plausible for 6 ECTS?"):
 * plausible within the reference ±10 %, bounds included. Rule: credit-hour reference table.
 */
export function checkHoursForCredits(hours: number, ects: number): HoursCheck {
  const bad = invalid(ects, true) ?? invalid(hours, false);
  if (bad) return bad;
  const ref = referenceForCredits(ects);
  if (!ref) return { kind: "no-reference", ects, hours, table: CREDIT_HOURS_TABLE };
  if (hours >= ref.min && hours <= ref.max) return { kind: "plausible", ects, hours, reference: ref, deviationPercent: deviation(hours, ref) };
  const matching = creditsForHours(hours);
  return {
    kind: "implausible",
    ects,
    hours,
    reference: ref,
    deviationPercent: deviation(hours, ref),
    ...(matching.kind === "reference" ? { matchingEcts: matching.reference.ects } : {}),
  };
}

/** Units of one value making up a total of credits: 2 × 6 ECTS for 12. */
export interface UnitsForCredits {
  readonly count: number;
  readonly reference: CreditHoursReference;
}

/**
 * A total of credits that no single unit carries (12 ECTS for a year, 60 for a licence) is made of
 * units: the ways to make it with units of one value of the table, each with its hours (count ×
 * reference). Empty when the total is a unit's own value or cannot be made so.
 */
export function unitsForTotalCredits(ects: number): UnitsForCredits[] {
  if (!Number.isInteger(ects) || ects <= 0 || referenceForCredits(ects)) return [];
  return CREDIT_HOURS_TABLE.filter((ref) => ects % ref.ects === 0).map((ref) => ({ count: ects / ref.ects, reference: ref }));
}

/** The reference hours of several units together, and the range of their sum (each ±10 %). */
export function totalHours(references: readonly CreditHoursReference[]): { hours: number; min: number; max: number } {
  const sum = (pick: (ref: CreditHoursReference) => number) => Math.round(references.reduce((total, ref) => total + pick(ref), 0) * 10) / 10;
  return { hours: sum((ref) => ref.hours), min: sum((ref) => ref.min), max: sum((ref) => ref.max) };
}
