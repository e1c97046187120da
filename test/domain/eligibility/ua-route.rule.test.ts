import { describe, expect, it } from "vitest";
import type { DiplomaLevel } from "../../../domain/catalog/diploma.schema";
import { uaRoute } from "../../../domain/eligibility/ua-route.rule";

describe("UA route from the diploma's experience requirement (facts table)", () => {
  it.each<[DiplomaLevel, number, number, "experience-dossier" | "application-project", { years: number; yearsInField: number } | undefined]>([
    ["bac+2", 2, 0, "experience-dossier", undefined],
    ["bac+2", 1.9, 1.9, "application-project", { years: 0.1, yearsInField: 0 }],
    ["licence-l3", 1, 1, "experience-dossier", undefined],
    ["licence-l3", 10, 0.5, "application-project", { years: 0, yearsInField: 0.5 }],
    ["licence", 3, 1, "experience-dossier", undefined],
    ["licence", 2.5, 1, "application-project", { years: 0.5, yearsInField: 0 }],
    ["licence", 3, 0, "application-project", { years: 0, yearsInField: 1 }],
    ["titre-rncp", 2, 2, "experience-dossier", undefined],
    ["titre-rncp", 3, 0, "application-project", { years: 0, yearsInField: 2 }],
    ["ingenieur", 3, 2, "experience-dossier", undefined],
    ["ingenieur", 4, 1.5, "application-project", { years: 0, yearsInField: 0.5 }],
  ])("%s with %f years, %f in the field: %s", (level, years, yearsInField, route, shortfall) => {
    const answer = uaRoute({ years, yearsInField }, { code: "D", level });
    expect(answer.route).toBe(route);
    if (shortfall) expect(answer.shortfall?.years).toBeCloseTo(shortfall.years);
    if (shortfall) expect(answer.shortfall?.yearsInField).toBeCloseTo(shortfall.yearsInField);
    else expect(answer).not.toHaveProperty("shortfall");
  });

  it.each<[DiplomaLevel, { min: number; max: number } | undefined]>([
    ["licence-l3", { min: 6, max: 6 }],
    ["titre-rncp", { min: 3, max: 6 }],
    ["ingenieur", undefined],
    ["bac+2", undefined],
  ])("the internship length of the project route for %s is the one the facts state", (level, months) => {
    expect(uaRoute({ years: 0, yearsInField: 0 }, { code: "D", level }).requirement.internshipMonths).toEqual(months);
  });
});
