import { describe, expect, it } from "vitest";
import type { CatalogRepository } from "../../../domain/ports/catalog.repository";
import { diploma, evening, unit } from "../../domain/builders";

/** What every CatalogRepository does. Each call of makeRepository gives an empty repository. */
export function catalogRepositoryContract(name: string, makeRepository: () => Promise<CatalogRepository> | CatalogRepository): void {
  describe(`CatalogRepository contract: ${name}`, () => {
    const rsx101 = unit({
      code: "RSX101",
      title: "Réseaux et protocoles pour l'Internet",
      prerequisites: { allOf: ["UTC505"], advice: ["niveau Bac+2 — réseaux"] },
      exclusions: [{ unit: "UTC505", scope: "same-semester" }],
      offerings: [evening("S1-soir", "S1", "tuesday")],
      sample: true,
      sampleNote: "Créneaux inventés 🚀",
    });
    const utc505 = unit({ code: "UTC505", ects: 3 });
    const l3 = diploma({
      code: "LG02501A",
      totalEcts: 9,
      requirements: [
        { kind: "all", id: "core", label: "Tronc commun", units: ["UTC505"] },
        { kind: "choice", id: "options", label: "Options", ects: 6, pick: 1, distinctGroups: true, groups: [{ id: "reseaux", units: ["RSX101"] }] },
      ],
    });

    it("reads an empty catalog and unknown codes as absent", async () => {
      const repository = await makeRepository();
      expect(await repository.loadCatalog()).toEqual({ units: [], diplomas: [] });
      expect(await repository.getUnit("NFA031")).toBeUndefined();
      expect(await repository.getDiploma("LG02501A")).toBeUndefined();
    });

    it("returns what was saved, field for field, nested values and accents included", async () => {
      const repository = await makeRepository();
      await repository.saveUnits([rsx101, utc505]);
      await repository.saveDiplomas([l3]);
      expect(await repository.getUnit("RSX101")).toEqual(rsx101);
      expect(await repository.getDiploma("LG02501A")).toEqual(l3);
    });

    it("loads the whole catalog sorted by code", async () => {
      const repository = await makeRepository();
      await repository.saveUnits([rsx101, utc505, unit({ code: "NFA031" })]);
      await repository.saveDiplomas([l3]);
      const catalog = await repository.loadCatalog();
      expect(catalog.units.map((u) => u.code)).toEqual(["NFA031", "RSX101", "UTC505"]);
      expect(catalog.diplomas).toEqual([l3]);
    });

    it("replaces a record saved again under the same code", async () => {
      const repository = await makeRepository();
      await repository.saveUnits([utc505]);
      await repository.saveUnits([{ ...utc505, title: "Nouveau titre" }]);
      expect((await repository.getUnit("UTC505"))?.title).toBe("Nouveau titre");
      expect((await repository.loadCatalog()).units).toHaveLength(1);
    });

    it("accepts an empty save", async () => {
      const repository = await makeRepository();
      await expect(repository.saveUnits([])).resolves.toBeUndefined();
      await expect(repository.saveDiplomas([])).resolves.toBeUndefined();
    });

    it("saves more records than one DynamoDB batch (25)", async () => {
      const repository = await makeRepository();
      const many = Array.from({ length: 70 }, (_, i) => unit({ code: `ABC${String(100 + i)}` }));
      await repository.saveUnits(many);
      expect((await repository.loadCatalog()).units.map((u) => u.code)).toEqual(many.map((u) => u.code));
    });

    it("hands out copies: changing a returned record changes nothing stored", async () => {
      const repository = await makeRepository();
      await repository.saveUnits([rsx101]);
      const read = await repository.getUnit("RSX101");
      read!.prerequisites.allOf.push("NFA031");
      const loaded = await repository.loadCatalog();
      loaded.units[0]!.offerings.length = 0;
      expect(await repository.getUnit("RSX101")).toEqual(rsx101);
    });
  });
}
