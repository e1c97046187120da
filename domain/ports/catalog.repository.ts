import type { CatalogData } from "../catalog/catalog";
import type { Diploma } from "../catalog/diploma.schema";
import type { Unit } from "../catalog/unit.schema";

/**
 * Where the catalog lives. The assistant reads the whole catalog once per warm container and keeps
 * it (`loadCatalog`); single lookups serve callers that need one record fresh. Admins write it
 * through the data loader, which validates every record first.
 */
export interface CatalogRepository {
  /** Every unit and diploma, each list sorted by code. */
  loadCatalog(): Promise<CatalogData>;
  getUnit(code: string): Promise<Unit | undefined>;
  getDiploma(code: string): Promise<Diploma | undefined>;
  /** Creates or replaces units by code. */
  saveUnits(units: readonly Unit[]): Promise<void>;
  /** Creates or replaces diplomas by code. */
  saveDiplomas(diplomas: readonly Diploma[]): Promise<void>;
}
