import { createCatalog, type Catalog } from "../../domain/catalog/catalog";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";
import { BackgroundRefresh } from "../cache/background-refresh";

export type CatalogCacheEvent =
  | { event: "catalog_loaded"; units: number; diplomas: number }
  | { event: "catalog_refresh_failed"; message: string };

export interface CatalogCacheOptions {
  repository: Pick<CatalogRepository, "loadCatalog">;
  /** The catalog is re-read at most this often, in the background. */
  refreshIntervalMs: number;
  /** Injected clock (epoch milliseconds). */
  now?: () => number;
  onEvent?: (event: CatalogCacheEvent) => void;
}

/**
 * The catalog of a warm container: read whole at cold start, then served from memory; once older
 * than the refresh interval, the next turn starts a re-read in the background and keeps the copy it
 * has meanwhile. A turn never waits for DynamoDB, and a failed re-read leaves the old catalog serving.
 */
export class CatalogCache {
  private catalog: Catalog;
  private readonly schedule: BackgroundRefresh<void>;

  private constructor(private readonly options: CatalogCacheOptions, initial: Catalog) {
    this.catalog = initial;
    this.schedule = new BackgroundRefresh(() => this.load(), options.refreshIntervalMs, options.now);
  }

  static async start(options: CatalogCacheOptions): Promise<CatalogCache> {
    const cache = new CatalogCache(options, createCatalog({ units: [], diplomas: [] }));
    await cache.refresh();
    return cache;
  }

  current(): Catalog {
    this.schedule.poke();
    return this.catalog;
  }

  /** Re-reads the catalog now (one read at a time; concurrent callers share it). */
  refresh(): Promise<void> {
    return this.schedule.run();
  }

  private async load(): Promise<void> {
    try {
      const data = await this.options.repository.loadCatalog();
      this.catalog = createCatalog(data);
      this.options.onEvent?.({ event: "catalog_loaded", units: data.units.length, diplomas: data.diplomas.length });
    } catch (error) {
      this.options.onEvent?.({ event: "catalog_refresh_failed", message: (error as Error).message });
    }
  }
}
