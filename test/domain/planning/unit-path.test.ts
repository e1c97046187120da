import { describe, expect, it } from "vitest";
import { pathToUnit } from "../../../domain/planning/unit-path";
import { catalog, unit } from "../builders";

/** A chain A → B → D, C → D, an « one of » group for E, and advice. */
const chain = catalog([
  unit({ code: "AAA101" }),
  unit({ code: "BBB101", prerequisites: { allOf: ["AAA101"], anyOf: [], advice: [] } }),
  unit({ code: "CCC101" }),
  unit({ code: "DDD101", prerequisites: { allOf: ["BBB101", "CCC101"], anyOf: [], advice: [] }, recommended: ["FFF101"] }),
  unit({ code: "EEE101", prerequisites: { allOf: [], anyOf: [["BBB101", "CCC101"]], advice: [] } }),
  unit({ code: "FFF101" }),
]);

describe("pathToUnit: the way to a unit, semester by semester", () => {
  it("takes each unit one semester after its own prerequisites, the target last", () => {
    expect(pathToUnit(chain, "DDD101", [])).toEqual({
      target: "DDD101",
      semesters: [["AAA101", "CCC101"], ["BBB101"], ["DDD101"]],
      alternatives: [],
      recommended: ["FFF101"],
    });
  });

  it("leaves out what is passed, and what it no longer needs", () => {
    expect(pathToUnit(chain, "DDD101", ["BBB101"]).semesters).toEqual([["CCC101"], ["DDD101"]]);
    expect(pathToUnit(chain, "DDD101", ["BBB101", "CCC101"]).semesters).toEqual([["DDD101"]]);
  });

  it("takes the first unit of a group « one of », naming the others; a group satisfied adds nothing", () => {
    expect(pathToUnit(chain, "EEE101", [])).toMatchObject({ semesters: [["AAA101"], ["BBB101"], ["EEE101"]], alternatives: [{ chosen: "BBB101", others: ["CCC101"] }] });
    expect(pathToUnit(chain, "EEE101", ["CCC101"]).semesters).toEqual([["EEE101"]]);
  });

  it("stops at a cycle in the data rather than looping", () => {
    const cyclic = catalog([
      unit({ code: "XXX101", prerequisites: { allOf: ["YYY101"], anyOf: [], advice: [] } }),
      unit({ code: "YYY101", prerequisites: { allOf: ["XXX101"], anyOf: [], advice: [] } }),
    ]);
    expect(pathToUnit(cyclic, "XXX101", []).semesters.flat().sort()).toEqual(["XXX101", "YYY101"]);
  });
});
