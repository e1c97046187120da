import { describe, expect, it } from "vitest";
import type { CatalogData } from "../../../domain/catalog/catalog";
import { CatalogCache, CatalogUnavailableError, type CatalogCacheEvent } from "../../../infra/catalog/catalog-cache";
import { FIRST_LOAD_BACKOFF } from "../../../infra/cache/background-refresh";
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

  it("serves no catalog before its first read succeeds: a turn reads it again itself, at once after a failed start, then with a short backoff", async () => {
    const { catalog } = await shippedData();
    const repository = new CountingRepository(new InMemoryCatalogRepository({ units: [...catalog.units.values()].slice(0, 10), diplomas: [] }));
    repository.failing = true;
    let now = 0;
    const events: CatalogCacheEvent[] = [];
    const cache = await CatalogCache.start({ repository, refreshIntervalMs: 300_000, now: () => now, onEvent: (e) => events.push(e) });
    expect(repository.reads).toBe(1);
    // An empty catalog would answer « je ne trouve pas l'unité »: the turn fails instead (the apology).
    expect(() => cache.current()).toThrow(CatalogUnavailableError);
    await expect(cache.ready()).rejects.toThrow(CatalogUnavailableError);
    expect(repository.reads).toBe(2);
    // Within the backoff, the next turns do not read again.
    now += FIRST_LOAD_BACKOFF.firstMs - 1;
    await expect(cache.ready()).rejects.toThrow(/The catalog could not be read yet/);
    expect(repository.reads).toBe(2);
    repository.failing = false;
    now += 1;
    expect((await cache.ready()).units.size).toBe(10);
    expect(repository.reads).toBe(3);
    expect(events.map((e) => e.event)).toEqual(["catalog_refresh_failed", "catalog_refresh_failed", "catalog_loaded"]);
    // Loaded: served from memory, re-read after the interval only.
    now += 1_000;
    await cache.ready();
    expect(repository.reads).toBe(3);
  });

  it("backs off longer after each failed read, up to its maximum", async () => {
    const repository = new CountingRepository(new InMemoryCatalogRepository({ units: [], diplomas: [] }));
    repository.failing = true;
    let now = 0;
    const cache = await CatalogCache.start({ repository, refreshIntervalMs: 300_000, now: () => now });
    const readsAfter = async (ms: number) => {
      now += ms;
      await cache.ready().catch(() => undefined);
      return repository.reads;
    };
    expect(await readsAfter(0)).toBe(2);
    expect(await readsAfter(FIRST_LOAD_BACKOFF.firstMs)).toBe(3);
    expect(await readsAfter(FIRST_LOAD_BACKOFF.firstMs)).toBe(3);
    expect(await readsAfter(FIRST_LOAD_BACKOFF.firstMs)).toBe(4);
    for (let i = 0; i < 10; i++) await readsAfter(FIRST_LOAD_BACKOFF.maxMs);
    const before = repository.reads;
    expect(await readsAfter(FIRST_LOAD_BACKOFF.maxMs)).toBe(before + 1);
    // An empty catalog read successfully is a catalog: the turns get it.
    repository.failing = false;
    now += FIRST_LOAD_BACKOFF.maxMs;
    expect((await cache.ready()).units.size).toBe(0);
  });
});
