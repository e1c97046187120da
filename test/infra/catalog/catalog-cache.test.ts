import { describe, expect, it } from "vitest";
import type { CatalogData } from "../../../domain/catalog/catalog";
import { CatalogCache, type CatalogCacheEvent } from "../../../infra/catalog/catalog-cache";
import { InMemoryCatalogRepository } from "../../../infra/catalog/in-memory-catalog.repository";
import { shippedData } from "../../support/advisor-services";

/** Counts the reads that reach the repository, and can fail them. */
class CountingRepository {
  reads = 0;
  failing = false;
  constructor(readonly inner: InMemoryCatalogRepository) {}
  async loadCatalog(): Promise<CatalogData> {
    this.reads++;
    if (this.failing) throw new Error("DynamoDB unavailable");
    return this.inner.loadCatalog();
  }
}

async function setup() {
  const { catalog } = await shippedData();
  const units = [...catalog.units.values()];
  const inner = new InMemoryCatalogRepository({ units: units.slice(0, 10), diplomas: [] });
  const repository = new CountingRepository(inner);
  let now = 0;
  const events: CatalogCacheEvent[] = [];
  const cache = await CatalogCache.start({ repository, refreshIntervalMs: 60_000, now: () => now, onEvent: (e) => events.push(e) });
  return { cache, repository, inner, units, events, tick: (ms: number) => (now += ms) };
}

describe("CatalogCache", () => {
  it("reads the catalog once at start, then serves turns from memory until the interval", async () => {
    const { cache, repository, tick } = await setup();
    expect(cache.current().units.size).toBe(10);
    tick(59_999);
    for (let i = 0; i < 100; i++) cache.current();
    expect(repository.reads).toBe(1);
  });

  it("re-reads in the background once the interval passed, and serves the new catalog after", async () => {
    const { cache, repository, inner, units, tick } = await setup();
    await inner.saveUnits(units.slice(10, 12));
    tick(60_000);
    expect(cache.current().units.size).toBe(10);
    await cache.refresh();
    expect(repository.reads).toBe(2);
    expect(cache.current().units.size).toBe(12);
  });

  it("keeps serving the old catalog when a re-read fails, and says so", async () => {
    const { cache, repository, events, tick } = await setup();
    repository.failing = true;
    tick(60_000);
    cache.current();
    await cache.refresh();
    expect(cache.current().units.size).toBe(10);
    expect(events.at(-1)).toEqual({ event: "catalog_refresh_failed", message: "DynamoDB unavailable" });
  });
});
