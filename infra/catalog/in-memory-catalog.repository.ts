import type { CatalogData } from "../../domain/catalog/catalog";
import type { Diploma } from "../../domain/catalog/diploma.schema";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";

/**
 * The catalog in process memory, for tests and for running without a store. Records are copied in
 * and out, so a caller changing a returned object never changes what is stored (as with DynamoDB).
 */
export class InMemoryCatalogRepository implements CatalogRepository {
  private readonly units = new Map<string, Unit>();
  private readonly diplomas = new Map<string, Diploma>();

  constructor(initial: Partial<CatalogData> = {}) {
    for (const unit of initial.units ?? []) this.units.set(unit.code, structuredClone(unit));
    for (const diploma of initial.diplomas ?? []) this.diplomas.set(diploma.code, structuredClone(diploma));
  }

  async loadCatalog(): Promise<CatalogData> {
    const byCode = <T>(map: Map<string, T>) => [...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => structuredClone(v));
    return { units: byCode(this.units), diplomas: byCode(this.diplomas) };
  }

  async getUnit(code: string): Promise<Unit | undefined> {
    const unit = this.units.get(code);
    return unit && structuredClone(unit);
  }

  async getDiploma(code: string): Promise<Diploma | undefined> {
    const diploma = this.diplomas.get(code);
    return diploma && structuredClone(diploma);
  }

  async saveUnits(units: readonly Unit[]): Promise<void> {
    for (const unit of units) this.units.set(unit.code, structuredClone(unit));
  }

  async saveDiplomas(diplomas: readonly Diploma[]): Promise<void> {
    for (const diploma of diplomas) this.diplomas.set(diploma.code, structuredClone(diploma));
  }
}
