import { createCatalog, type Catalog } from "../../domain/catalog/catalog";
import type { CatalogRepository } from "../../domain/ports/catalog.repository";
import { BackgroundRefresh, FirstLoadRetry } from "../cache/background-refresh";
import { InfraError } from "../errors";

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

/** The catalog was never read successfully in this container: the turn cannot answer from it. */
export class CatalogUnavailableError extends InfraError {}

/**
 * The catalog of a warm container: read whole at cold start, then served from memory; once older
 * than the refresh interval, the next turn starts a re-read in the background and keeps the copy it
 * has meanwhile. A failed re-read leaves the old catalog serving. Until a first read succeeds there
 * is no catalog: a turn that needs it reads it itself (FirstLoadRetry) or fails, and the learner
 * gets the apology, never « je ne trouve pas l'unité » from an empty catalog.
 */
export class CatalogCache {
  private catalog: Catalog | undefined;
  private readonly schedule: BackgroundRefresh<void>;
  private readonly retry: FirstLoadRetry;

  private constructor(private readonly options: CatalogCacheOptions) {
    this.schedule = new BackgroundRefresh(() => this.load(), options.refreshIntervalMs, options.now);
    this.retry = new FirstLoadRetry(options.now);
  }

  /** Reads the catalog; a failed read leaves the cache without one (see `ready`), it does not fail the start. */
  static async start(options: CatalogCacheOptions): Promise<CatalogCache> {
    const cache = new CatalogCache(options);
    await cache.refresh();
    return cache;
  }

  /** The catalog in memory, never waiting; CatalogUnavailableError before a first read succeeded. */
  current(): Catalog {
    if (!this.catalog) throw unavailable();
    this.schedule.poke();
    return this.catalog;
  }

  /** The catalog for a turn: the one in memory, or, before a first read succeeded, read now when the backoff allows. */
  async ready(): Promise<Catalog> {
    if (!this.catalog && (this.schedule.running || this.retry.due())) await this.refresh();
    return this.current();
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
      if (!this.catalog) this.retry.failed();
      this.options.onEvent?.({ event: "catalog_refresh_failed", message: (error as Error).message });
    }
  }
}

function unavailable(): CatalogUnavailableError {
  return new CatalogUnavailableError("The catalog could not be read yet (DynamoDB): this turn gets the apology, and a later one reads it again.");
}
