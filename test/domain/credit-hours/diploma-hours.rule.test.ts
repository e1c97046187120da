import { describe, expect, it } from "vitest";
import { diplomaClassHours } from "../../../domain/credit-hours/diploma-hours.rule";
import { catalog, diploma, unit } from "../builders";

describe("diplomaClassHours: a diploma's reference class hours, block by block", () => {
  const units = catalog([
    unit({ code: "AAA101", ects: 3 }),
    unit({ code: "AAA102", ects: 6 }),
    unit({ code: "BBB101", ects: 6 }),
    unit({ code: "BBB102", ects: 6 }),
    unit({ code: "CCC101", ects: 3 }),
    unit({ code: "CCC102", ects: 6 }),
    unit({ code: "DDD101", ects: 5 }),
    unit({ code: "UAXX01", kind: "UA", uaType: "professional-experience", ects: 12 }),
  ]).units;

  it("counts compulsory units by their credits, N picked units of one value, and no class hours for a UA", () => {
    const result = diplomaClassHours(
      diploma({
        code: "DIP0001A",
        totalEcts: 33,
        requirements: [
          { kind: "all", id: "core", label: "Core", units: ["AAA101", "AAA102", "UAXX01"] },
          { kind: "choice", id: "opt", label: "Options", ects: 12, pick: 2, groups: [{ id: "g", units: ["BBB101", "BBB102"] }] },
        ],
      }),
      units,
    );
    expect(result.blocks.map((b) => [b.label, b.hours, b.activityUnits])).toEqual([
      ["Core", { min: 80, max: 80 }, ["UAXX01"]],
      ["Options", { min: 100, max: 100 }, []],
    ]);
    expect(result.blocks[1]?.parts).toEqual([{ count: 2, ects: 6 }]);
    expect(result.total).toEqual({ min: 180, max: 180 });
    expect(result.unknown).toEqual([]);
  });

  it("gives a range for credits chosen among units of several values, and sets aside credits without a reference", () => {
    const result = diplomaClassHours(
      diploma({
        code: "DIP0002A",
        totalEcts: 17,
        requirements: [
          { kind: "choice", id: "free", label: "Free", ects: 12, groups: [{ id: "g", units: ["CCC101", "CCC102"] }] },
          { kind: "all", id: "odd", label: "Odd", units: ["DDD101"] },
        ],
      }),
      units,
    );
    // 12 ECTS: four units of 3 (120 h) or two of 6 (100 h).
    expect(result.blocks[0]?.hours).toEqual({ min: 100, max: 120 });
    expect(result.blocks[0]?.parts).toEqual([]);
    expect(result.unknown).toEqual(["DDD101"]);
    expect(result.total).toEqual({ min: 100, max: 120 });
  });
});
