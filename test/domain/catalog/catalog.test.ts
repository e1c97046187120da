import { describe, expect, it } from "vitest";
import { catalogIssues } from "../../../domain/catalog/catalog";
import { closestCodes } from "../../../domain/catalog/closest-code";
import { editDistance as codeDistance } from "../../../domain/text/edit-distance";
import { diplomaSchema } from "../../../domain/catalog/diploma.schema";
import { unitSchema } from "../../../domain/catalog/unit.schema";
import { diploma, unit } from "../builders";
import fc from "fast-check";

describe("unit schema", () => {
  const base = { code: "NFA031", title: "Programmation avec Java", kind: "UE", ects: 6 };
  it.each([
    ["a minimal UE", {}, true],
    ["a lower-case code", { code: "nfa031" }, false],
    ["fractional credits", { ects: 5.5 }, false],
    ["negative credits", { ects: -1 }, false],
    ["an unknown field (typo)", { prerequisite: { allOf: ["NFA031"] } }, false],
    ["a UA without uaType", { code: "UAALOT", kind: "UA" }, false],
    ["a UA with a type", { code: "UAALOT", kind: "UA", uaType: "professional-experience" }, true],
    ["a UA with offerings", { code: "UAALOT", kind: "UA", uaType: "professional-experience", offerings: [{ id: "o", term: "S1", modality: "distance" }] }, false],
    ["a UE with a uaType", { uaType: "thesis" }, false],
    ["a US without diplomas", { code: "USSI01", kind: "US" }, false],
    ["a US in a diploma", { code: "USSI01", kind: "US", diplomas: ["CYC9106A"] }, true],
    ["a UE listing diplomas", { diplomas: ["LG02501A"] }, false],
    ["a self prerequisite", { prerequisites: { allOf: ["NFA031"] } }, false],
    ["a one-unit any-of group", { prerequisites: { anyOf: [["NFA032"]] } }, false],
    ["a self exclusion", { exclusions: [{ unit: "NFA031", scope: "same-semester" }] }, false],
    ["two offerings with one id", { offerings: [{ id: "o", term: "S1", modality: "distance" }, { id: "o", term: "S2", modality: "distance" }] }, false],
    ["a sampleNote without sample", { sampleNote: "invented" }, false],
  ])("%s: valid %s", (_label, fields, valid) => {
    expect(unitSchema.safeParse({ ...base, ...fields }).success).toBe(valid);
  });
});

describe("diploma schema", () => {
  const choice = { kind: "choice", id: "options", label: "Options", ects: 12, pick: 2, distinctGroups: true, groups: [{ id: "a", units: ["NFP121"] }, { id: "b", units: ["NFP107"] }] };
  it.each([
    ["a choice from distinct groups", [choice], true],
    ["picking more units than groups", [{ ...choice, pick: 3 }], false],
    ["distinct groups without pick", [{ ...choice, pick: undefined }], false],
    ["two requirements with one id", [choice, { ...choice }], false],
    ["an unknown requirement kind", [{ ...choice, kind: "some" }], false],
  ])("%s: valid %s", (_label, requirements, valid) => {
    expect(diplomaSchema.safeParse({ code: "LG02501A", title: "L3", level: "licence-l3", totalEcts: 12, requirements }).success).toBe(valid);
  });
});

describe("catalog cross-references", () => {
  const units = [unit({ code: "UTC505", ects: 3 }), unit({ code: "RSX101", prerequisites: { allOf: ["UTC505"] } })];

  it("accepts a consistent catalog", () => {
    const l3 = diploma({ code: "LG02501A", totalEcts: 9, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC505", "RSX101"] }] });
    expect(catalogIssues({ units, diplomas: [l3] })).toEqual([]);
  });

  it.each([
    ["an unknown prerequisite", [unit({ code: "RSX102", prerequisites: { allOf: ["UTC999"] } })], ["prerequisites", "allOf", 0], /UTC999 is not in the catalog/],
    ["an unknown any-of option", [unit({ code: "RSX112", prerequisites: { anyOf: [["RSX101", "RSX199"]] } })], ["prerequisites", "anyOf", 0, 1], /RSX199/],
    ["an unknown recommended unit", [unit({ code: "NFP119", recommended: ["NFA040"] })], ["recommended", 0], /NFA040/],
    ["an unknown excluded unit", [unit({ code: "RSX102", exclusions: [{ unit: "UTC506", scope: "same-semester" }] })], ["exclusions", 0, "unit"], /UTC506/],
    ["a US of an unknown diploma", [unit({ code: "USSI01", kind: "US", diplomas: ["CYC9999A"] })], ["diplomas", 0], /CYC9999A/],
    ["a unit defined twice", [unit({ code: "UTC505" })], ["code"], /defined twice/],
  ])("reports %s with its record and field", (_label, extra, path, message) => {
    const issues = catalogIssues({ units: [...units, ...extra], diplomas: [] });
    expect(issues).toEqual([expect.objectContaining({ collection: "units", key: extra[0]!.code, path, message: expect.stringMatching(message) })]);
  });

  it("reports prerequisite cycles", () => {
    const cycle = [unit({ code: "AAA101", prerequisites: { allOf: ["BBB101"] } }), unit({ code: "BBB101", prerequisites: { allOf: ["AAA101"] } })];
    expect(catalogIssues({ units: cycle, diplomas: [] })).toEqual([
      expect.objectContaining({ key: "AAA101", message: "prerequisites go round in a circle: AAA101 → BBB101 → AAA101" }),
    ]);
  });

  it("checks diploma structures: known units, US membership, credits per pick, total", () => {
    const us = unit({ code: "USSI01", kind: "US", diplomas: ["CYC9106A"] });
    const bad = diploma({
      code: "LG02501A",
      totalEcts: 10,
      requirements: [
        { kind: "all", id: "core", label: "Core", units: ["UTC505", "NFA999", "USSI01"] },
        { kind: "choice", id: "options", label: "Options", ects: 12, pick: 2, groups: [{ id: "a", units: ["RSX101", "UTC505"] }] },
      ],
    });
    const messages = catalogIssues({ units: [...units, us], diplomas: [bad] }, { units: [], diplomas: [diploma({ code: "CYC9106A", requirements: [{ kind: "all", id: "x", label: "x", units: ["USSI01"] }] })] }).map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "requirements.0.units.1: unit NFA999 is not in the catalog",
      "requirements.0.units.2: US USSI01 does not list LG02501A among its diplomas",
      "requirements.1.groups.0.units.1: UTC505 is worth 3 ECTS; 2 units must make the requirement's 12 ECTS",
    ]);
  });

  it("reports a declared total that the requirements do not make", () => {
    const l3 = diploma({ code: "LG02501A", totalEcts: 60, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC505"] }] });
    expect(catalogIssues({ units, diplomas: [l3] })).toEqual([
      expect.objectContaining({ collection: "diplomas", key: "LG02501A", path: ["totalEcts"], message: "the requirements add up to 3 ECTS, not the declared 60" }),
    ]);
  });

  it("resolves references against records already stored", () => {
    expect(catalogIssues({ units: [units[1]!], diplomas: [] }, { units: [units[0]!], diplomas: [] })).toEqual([]);
  });

  it("says a reference is to an invalid record, not a missing one, and still checks the total with its readable credits", () => {
    const l3 = diploma({
      code: "LG02501A",
      totalEcts: 60,
      requirements: [
        { kind: "all", id: "core", label: "Core", units: ["UTC505", "HOA201"] },
        { kind: "all", id: "more", label: "More", units: ["RSX101"] },
      ],
    });
    const rsx = unit({ code: "RSX101", kind: "US", diplomas: ["CYC9106A"], prerequisites: { allOf: ["HOA201"] } });
    const invalid = { units: new Map([["HOA201", { ects: 6 }]]), diplomas: new Set(["CYC9106A"]) };
    const messages = catalogIssues({ units: [units[0]!, rsx], diplomas: [l3] }, undefined, invalid).map((i) => `${i.key} ${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "RSX101 prerequisites.allOf.0: refers to HOA201, which is invalid (see above)",
      "RSX101 diplomas.0: refers to CYC9106A, which is invalid (see above)",
      "LG02501A requirements.0.units.1: refers to HOA201, which is invalid (see above)",
      "LG02501A requirements.1.units.0: US RSX101 does not list LG02501A among its diplomas",
      "LG02501A totalEcts: the requirements add up to 15 ECTS, not the declared 60",
    ]);
  });

  it("leaves the total unchecked when a unit's credits are unknown", () => {
    const l3 = diploma({ code: "LG02501A", totalEcts: 60, requirements: [{ kind: "all", id: "core", label: "Core", units: ["UTC505", "HOA201"] }] });
    expect(catalogIssues({ units, diplomas: [l3] }, undefined, { units: new Map([["HOA201", {}]]), diplomas: new Set() }).map((i) => i.message)).toEqual([
      "refers to HOA201, which is invalid (see above)",
    ]);
  });
});

describe("closest codes for an unknown unit", () => {
  const codes = ["NFA031", "NFA032", "NFA035", "NFA041", "RSX101", "RSX102", "RSX112", "UTC505", "UAALOT"];
  it.each([
    ["NFA301", ["NFA031", "NFA041", "NFA035"]],
    ["nfa-033", ["NFA032", "NFA031", "NFA035"]],
    ["RSX110", ["RSX112", "RSX101", "RSX102"]],
    ["UTC550", ["UTC505"]],
    ["UAALTO", ["UAALOT"]],
    ["XYZ999", []],
  ])("%s → %j", (input, expected) => {
    expect(closestCodes(input, codes)).toEqual(expected);
  });

  it.each([
    ["NFA031", "NFA013", 1],
    ["NFA031", "NFA031", 0],
    ["RSX101", "RSX112", 2],
    ["", "ABC", 3],
  ])("distance %s → %s is %i", (a, b, d) => {
    expect(codeDistance(a, b)).toBe(d);
  });

  it("suggests only other codes, within two edits, at most three", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z]{3}\d{3}$/), (input) => {
        const suggestions = closestCodes(input, codes);
        expect(suggestions.length).toBeLessThanOrEqual(3);
        for (const code of suggestions) {
          expect(code).not.toBe(input);
          expect(codeDistance(input, code)).toBeLessThanOrEqual(2);
        }
      }),
    );
  });
});
