import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkHoursForCredits,
  CREDIT_HOURS_TABLE,
  creditsForHours,
  creditsWithinHours,
  hoursForCredits,
  referenceForCredits,
  totalHours,
  unitsForTotalCredits,
} from "../../../domain/credit-hours/credit-hours.rule";
import {
  describeCreditsForHours,
  describeHoursCheck,
  describeHoursForCredits,
} from "../../../dialogs/credit-hours/credit-hours.wording";

describe("hours for credits (2→22, 3→30, 4→40, 6→50, 8→65 h, ±10 %)", () => {
  it.each([
    [2, 22, 19.8, 24.2],
    [3, 30, 27, 33],
    [4, 40, 36, 44],
    [6, 50, 45, 55],
    [8, 65, 58.5, 71.5],
  ])("%i ECTS → %i h, %f-%f h", (ects, hours, min, max) => {
    expect(hoursForCredits(ects)).toEqual({ kind: "reference", ects, reference: { ects, hours, min, max }, basis: "class-time-excluding-personal-work" });
  });

  it.each([[5], [9], [1], [0], [2.5], [12]])("%f ECTS has no reference: the table, no invented figure", (ects) => {
    const answer = hoursForCredits(ects);
    expect(answer).toEqual({ kind: "no-reference", ects, table: CREDIT_HOURS_TABLE });
    expect(describeHoursForCredits(answer, "fr")).toContain("65 h");
  });

  it.each([
    [-3, "negative"],
    [Number.NaN, "not-a-number"],
    [Number.POSITIVE_INFINITY, "not-a-number"],
  ])("%f ECTS is invalid (%s)", (ects, reason) => {
    expect(hoursForCredits(ects)).toMatchObject({ kind: "invalid", reason });
  });
});

describe("credits for hours, in reverse, with the tolerance ranges", () => {
  it.each([
    [19.8, 2],
    [22, 2],
    [24.2, 2],
    [27, 3],
    [33, 3],
    [36, 4],
    [44, 4],
    [45, 6],
    [50, 6],
    [55, 6],
    [58.5, 8],
    [65, 8],
    [71.5, 8],
  ])("%f h → %i ECTS", (hours, ects) => {
    expect(creditsForHours(hours)).toMatchObject({ kind: "reference", reference: { ects } });
  });

  it.each([
    [24.3, 2, 3],
    [26.9, 2, 3],
    [34, 3, 4],
    [44.5, 4, 6],
    [55.1, 6, 8],
    [56, 6, 8],
    [58.4, 6, 8],
  ])("%f h falls between %i and %i ECTS", (hours, below, above) => {
    const answer = creditsForHours(hours);
    expect(answer).toMatchObject({ kind: "between-references", below: { ects: below }, above: { ects: above } });
    expect(describeCreditsForHours(answer, "en")).toContain("between two references");
  });

  it("reads hours of several units as units of one size: 100 h is about 2 units of 6 ECTS, 9 to 12 ECTS by the units' size", () => {
    const answer = creditsForHours(100);
    expect(answer).toMatchObject({ kind: "no-reference", position: "above-table", units: { count: 2, reference: { ects: 6 }, ects: 12, minEcts: 9, maxEcts: 12 } });
    expect(describeCreditsForHours(answer, "fr")).toMatch(/^100 h, c'est plus qu'une UE : environ 2 UE de 6 ECTS \(2 × 50 h\), soit 12 ECTS ; selon la taille des UE, de 9 à 12 ECTS \(des UE d'une même taille dont les heures de référence font 100 h à ±10 % près\)\./);
  });

  it.each([
    [80, "above-table"],
    [71.6, "above-table"],
    [19.7, "below-table"],
    [3, "below-table"],
  ])("%f h has no reference (%s)", (hours, position) => {
    expect(creditsForHours(hours)).toEqual({ kind: "no-reference", hours, position, table: CREDIT_HOURS_TABLE });
  });

  it.each([[0, "zero"], [-1, "negative"], [Number.NaN, "not-a-number"]])("%f h is invalid (%s)", (hours, reason) => {
    expect(creditsForHours(hours)).toMatchObject({ kind: "invalid", reason });
  });

  it("reports how far the hours are from the reference", () => {
    expect(creditsForHours(54)).toMatchObject({ reference: { ects: 6 }, deviationPercent: 8 });
    expect(creditsForHours(45)).toMatchObject({ deviationPercent: -10 });
  });
});

describe("range check: are H hours plausible for E credits?", () => {
  it.each([
    [54, 6, "plausible"],
    [55, 6, "plausible"],
    [45, 6, "plausible"],
    [44.9, 6, "implausible"],
    [55.1, 6, "implausible"],
    [71.5, 8, "plausible"],
    [72, 8, "implausible"],
    [19.8, 2, "plausible"],
    [30, 6, "implausible"],
  ])("%f h for %i ECTS is %s", (hours, ects, kind) => {
    expect(checkHoursForCredits(hours, ects)).toMatchObject({ kind, ects, hours });
  });

  it("names the credits the hours do match when they are implausible", () => {
    expect(checkHoursForCredits(30, 6)).toMatchObject({ kind: "implausible", matchingEcts: 3, deviationPercent: -40 });
    expect(checkHoursForCredits(56, 6)).not.toHaveProperty("matchingEcts");
  });

  it("has no reference for 5 or 9 ECTS and shows the table", () => {
    const answer = checkHoursForCredits(54, 5);
    expect(answer).toEqual({ kind: "no-reference", ects: 5, hours: 54, table: CREDIT_HOURS_TABLE });
    expect(describeHoursCheck(answer, "en")).toMatch(/no reference volume for 5 ECTS/);
  });
});

describe("properties", () => {
  const onTable = fc.constantFrom(...CREDIT_HOURS_TABLE);

  it("hours → credits → hours is stable on the table", () => {
    fc.assert(
      fc.property(onTable, (ref) => {
        const credits = creditsForHours(ref.hours);
        expect(credits).toMatchObject({ kind: "reference", reference: { ects: ref.ects } });
        expect(hoursForCredits(ref.ects)).toMatchObject({ kind: "reference", reference: { hours: ref.hours } });
      }),
    );
  });

  it("any hours within a reference range read back to that reference, and are plausible for it", () => {
    fc.assert(
      fc.property(
        onTable.chain((ref) => fc.tuple(fc.constant(ref), fc.double({ min: ref.min, max: ref.max, noNaN: true }))),
        ([ref, hours]) => {
          expect(creditsForHours(hours)).toMatchObject({ kind: "reference", reference: { ects: ref.ects } });
          expect(checkHoursForCredits(hours, ref.ects).kind).toBe("plausible");
        },
      ),
    );
  });

  it("never answers a figure that is not in the table", () => {
    const figures = new Set(CREDIT_HOURS_TABLE.map((r) => r.ects));
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 500, noNaN: true }), (hours) => {
        const answer = creditsForHours(hours);
        if (answer.kind === "reference") expect(figures.has(answer.reference.ects)).toBe(true);
        else expect(["between-references", "no-reference"]).toContain(answer.kind);
      }),
    );
  });
});

describe("a total of credits that no unit carries", () => {
  it("is made of units of one value, each way with its count", () => {
    expect(unitsForTotalCredits(12).map((w) => [w.count, w.reference.ects])).toEqual([[6, 2], [4, 3], [3, 4], [2, 6]]);
    expect(unitsForTotalCredits(16).map((w) => [w.count, w.reference.ects])).toEqual([[8, 2], [4, 4], [2, 8]]);
  });

  it("is nothing for a unit's own value or a total no one value makes", () => {
    expect(unitsForTotalCredits(6)).toEqual([]);
    expect(unitsForTotalCredits(5)).toEqual([]);
    expect(unitsForTotalCredits(7.5)).toEqual([]);
  });

  it("adds the hours of several units, each within its ±10 %", () => {
    expect(totalHours([referenceForCredits(6)!, referenceForCredits(3)!])).toEqual({ hours: 80, min: 72, max: 88 });
  });
});

describe("the most credits a budget of class hours holds, units of one size or mixed", () => {
  const said = (hours: number) => creditsWithinHours(hours).map((way) => ({ ects: way.ects, hours: way.hours, units: way.parts.map((part) => `${part.count}×${part.reference.ects}`).join("+") }));

  it.each([
    // 8 + 6 ECTS = 65 + 50 = 115 h: more than any units of one size (12 ECTS) within 120 h.
    [120, [{ ects: 14, hours: 115, units: "1×8+1×6" }]],
    [60, [{ ects: 6, hours: 50, units: "1×6" }, { ects: 6, hours: 60, units: "2×3" }]],
    [100, [{ ects: 12, hours: 100, units: "2×6" }]],
    [20, []],
  ])("%d h", (hours, ways) => {
    expect(said(hours)).toEqual(ways);
  });

  it("never goes over the budget, and no combination within it holds more credits", () => {
    fc.assert(
      fc.property(fc.integer({ min: 22, max: 400 }), (hours) => {
        const ways = creditsWithinHours(hours);
        expect(ways.length).toBeGreaterThan(0);
        for (const way of ways) expect(way.hours).toBeLessThanOrEqual(hours);
        // Brute force over every count of each size (at most 6 units in all).
        let best = 0;
        const sizes = CREDIT_HOURS_TABLE;
        const walk = (i: number, units: number, ects: number, spent: number): void => {
          if (spent > hours || units > 6) return;
          best = Math.max(best, ects);
          if (i === sizes.length) return;
          for (let n = 0; n <= 6; n++) walk(i + 1, units + n, ects + n * sizes[i]!.ects, spent + n * sizes[i]!.hours);
        };
        walk(0, 0, 0, 0);
        expect(ways[0]!.ects).toBe(best);
      }),
    );
  });
});
