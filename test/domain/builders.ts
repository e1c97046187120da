import { createCatalog, type Catalog } from "../../domain/catalog/catalog";
import { diplomaSchema, type Diploma, type DiplomaInput } from "../../domain/catalog/diploma.schema";
import type { Offering } from "../../domain/catalog/timetable";
import { unitSchema, type Unit, type UnitInput } from "../../domain/catalog/unit.schema";
import { learnerSchema, type LearnerInput, type LearnerRecord } from "../../domain/learner/learner.schema";

/** Test data through the real schemas, so defaults and validation match production. */
export function unit(input: Partial<UnitInput> & { code: string }): Unit {
  return unitSchema.parse({ title: `Unit ${input.code}`, kind: "UE", ects: 6, ...input });
}

export function diploma(input: Partial<DiplomaInput> & { code: string; requirements: DiplomaInput["requirements"] }): Diploma {
  return diplomaSchema.parse({ title: `Diploma ${input.code}`, level: "licence-l3", totalEcts: 60, ...input });
}

export function learner(input: Partial<LearnerInput> = {}): LearnerRecord {
  return learnerSchema.parse({ id: "learner-1", name: { given: "Test", family: "Learner" }, ...input });
}

export function catalog(units: Unit[], diplomas: Diploma[] = []): Catalog {
  return createCatalog({ units, diplomas });
}

export const evening = (id: string, term: "S1" | "S2", day: string, start = "18:15", end = "21:45"): Offering =>
  ({ id, term, modality: "evening", weekly: [{ day, start, end }], dated: [] }) as Offering;

export const foad = (id: string, term: "S1" | "S2"): Offering => ({ id, term, modality: "distance", weekly: [], dated: [] });

/** Late November 2026: 2026-2027 S1 is running, the next semester is 2026-2027 S2. */
export const NOW = new Date("2026-11-27T12:00:00Z");
export const CURRENT = "2026-2027 S1";
export const NEXT = "2026-2027 S2";
