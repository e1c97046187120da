import { describe, expect, it } from "vitest";
import { findUnits, unitsAbout } from "../../../domain/catalog/unit-search";
import { testServices } from "../../support/advisor-services";

describe("unitsAbout: the catalog's units on a subject", async () => {
  const catalog = await (await testServices()).catalog();
  const codes = (subject: string) => unitsAbout(catalog, subject).map((unit) => unit.code);

  it.each<[string, string[]]>([
    // A plural, a singular: the same root.
    ["réseau", ["UTC505", "NFA009", "RSX101", "RSX102", "RSX103", "RSX112"]],
    ["bases de données", ["UTC504", "NFA008", "NFA011", "NFP107", "NFE113"]],
    // English words read as the titles' French ones.
    ["databases", ["UTC504", "NFA006", "NFA008", "NFA011", "NFP107", "NFE113", "NFE115"]],
    ["law", ["DRS101", "DRS102", "DNT104"]],
    // A short word is the whole word: « java » is not « javascript ».
    ["java", ["NFA031", "NFA032", "NFA035", "NFP101"]],
    // « Gestion de projet », « Conduite d'un projet », « Management de projet »: a project managed, however the title says it
    // (the cybersecurity diploma's US « Projet de synthèse » is no unit to look for on its own).
    ["gestion de projet", ["NFA018", "NSY115", "GDN100"]],
  ])("%j → %j", (subject, expected) => {
    expect(codes(subject)).toEqual(expected);
  });

  it("finds nothing for a subject no title speaks of", () => {
    expect(codes("cuisine")).toEqual([]);
    expect(codes("de la")).toEqual([]);
  });
});

describe("findUnits: a word one letter off the catalog's is the catalog's", async () => {
  const catalog = await (await testServices()).catalog();
  it("reads « resaux » as « réseaux » and « managment » as the Management department", () => {
    expect(findUnits(catalog, "resaux", {}).units.map((unit) => unit.code)).toEqual(["UTC505", "NFA009", "RSX101", "RSX102", "RSX103", "RSX112"]);
    expect(findUnits(catalog, "managment", { distance: true }).department).toBe("Management");
  });

  it("leaves short words and words of no title alone (« droit » is no typo of anything, « cuisine » finds nothing)", () => {
    expect(findUnits(catalog, "cuisine", {}).units).toEqual([]);
    expect(findUnits(catalog, "droit", {}).units.map((unit) => unit.code)).toEqual(unitsAbout(catalog, "droit").map((unit) => unit.code));
  });
});
