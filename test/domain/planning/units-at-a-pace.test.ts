import { describe, expect, it } from "vitest";
import { diplomaAtAPace } from "../../../domain/planning/units-at-a-pace.rule";
import { catalog, diploma, unit } from "../builders";

const units = catalog([
  unit({ code: "AAA101", ects: 3 }),
  unit({ code: "BBB101", ects: 3 }),
  unit({ code: "CCC101", ects: 6 }),
  unit({ code: "DDD101", ects: 6 }),
  unit({ code: "EEE101", ects: 6 }),
  unit({ code: "FFF101", ects: 4 }),
  unit({ code: "UAXX01", ects: 17, kind: "UA", uaType: "professional-experience", offerings: [] }),
]).units;

const picked = diploma({
  code: "LG00001A",
  requirements: [
    { kind: "all", id: "core", label: "Core", units: ["AAA101", "BBB101"] },
    { kind: "choice", id: "options", label: "Two options", ects: 12, pick: 2, distinctGroups: true, groups: [{ id: "g1", units: ["CCC101"] }, { id: "g2", units: ["DDD101", "EEE101"] }] },
    { kind: "all", id: "ua", label: "Experience", units: ["UAXX01"] },
  ],
});

describe("diplomaAtAPace: a diploma's taught units taken a few a semester", () => {
  it("counts the required units and the units a choice picks, not the activity unit", () => {
    expect(diplomaAtAPace(picked, units, 2)).toEqual({ required: ["AAA101", "BBB101"], choices: [{ label: "Two options", count: 2 }], activity: ["UAXX01"], count: 4, least: 2 });
    expect(diplomaAtAPace(picked, units, 3).least).toBe(2);
    expect(diplomaAtAPace(picked, units, 1).least).toBe(4);
  });

  it("leaves out the units passed, in the required units and in the choice", () => {
    expect(diplomaAtAPace(picked, units, 2, ["AAA101", "DDD101"])).toMatchObject({ required: ["BBB101"], choices: [{ label: "Two options", count: 1 }], count: 2, least: 1 });
  });

  it("reads a choice of credits without a number of units as the fewest units that make them", () => {
    const byCredits = diploma({ code: "LG00002A", requirements: [{ kind: "choice", id: "spec", label: "16 ECTS", ects: 16, groups: [{ id: "g", units: ["AAA101", "CCC101", "DDD101", "FFF101"] }] }] });
    expect(diplomaAtAPace(byCredits, units, 2)).toMatchObject({ choices: [{ label: "16 ECTS", count: 3 }], count: 3, least: 2 });
  });
});
