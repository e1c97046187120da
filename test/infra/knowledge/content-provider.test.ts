import { describe, expect, it } from "vitest";
import type { ContentRepository } from "../../../domain/ports/content.repository";
import { ContentProvider, ContentUnavailableError, startKnowledgeProvider, type ContentProviderEvent } from "../../../infra/knowledge/content-provider";
import { FIRST_LOAD_BACKOFF } from "../../../infra/cache/background-refresh";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { InMemoryContentRepository } from "../../../infra/knowledge/in-memory-content.repository";
import { entry } from "../../knowledge/content-fixtures";
import { isolatedTables } from "../../support/dynamo";
import { contentSet } from "./content-repository.contract";

const INTERVAL = 60_000;

/** The repository, with a count of the calls a turn must never make. */
function counted(repository: ContentRepository) {
  const calls = { active: 0, read: 0 };
  return {
    calls,
    repository: {
      active: () => {
        calls.active++;
        return repository.active();
      },
      read: (version: string) => {
        calls.read++;
        return repository.read(version);
      },
    },
  };
}

async function setup() {
  const { doc, tables } = await isolatedTables();
  const store = new DynamoDbContentRepository({ doc, tableName: tables.content });
  let now = Date.UTC(2026, 10, 27, 18, 15);
  const clock = { now: () => now, advance: (ms: number) => (now += ms) };
  const events: ContentProviderEvent[] = [];
  const { repository, calls } = counted(store);
  return { store, repository, calls, clock, events };
}

describe("content provider on DynamoDB Local", () => {
  it("loads the active version at start and serves it from memory, with no read per turn", async () => {
    const { store, repository, calls, clock, events } = await setup();
    await store.publish(contentSet("first"));
    const provider = await ContentProvider.start({ repository, prepare: (entries) => entries.length, refreshIntervalMs: INTERVAL, now: clock.now, onEvent: (e) => events.push(e) });
    expect(provider.current()).toMatchObject({ version: { version: "v000001" }, prepared: 3 });
    expect(events).toEqual([{ event: "content_loaded", version: "v000001", entries: 3 }]);
    const before = { ...calls };
    for (let turn = 0; turn < 50; turn++) {
      clock.advance(100);
      provider.current();
    }
    expect(calls).toEqual(before);
  });

  it("picks up a newly published version after the interval, and not before", async () => {
    const { store, repository, calls, clock, events } = await setup();
    await store.publish(contentSet("first"));
    const provider = await ContentProvider.start({ repository, prepare: (entries) => entries[0]?.tags[0], refreshIntervalMs: INTERVAL, now: clock.now, onEvent: (e) => events.push(e) });
    await store.publish(contentSet("second"));

    clock.advance(INTERVAL - 1);
    expect(provider.current().prepared).toBe("first");
    await provider.settled();
    expect(provider.current().prepared).toBe("first");
    expect(calls.active).toBe(1);

    clock.advance(1);
    // The turn that finds the interval elapsed is not delayed: it still gets the old version...
    expect(provider.current().prepared).toBe("first");
    await provider.settled();
    // ...and the next turns get the new one.
    expect(provider.current()).toMatchObject({ version: { version: "v000002" }, prepared: "second" });
    expect(calls).toEqual({ active: 2, read: 2 });
    expect(events.at(-1)).toEqual({ event: "content_switched", from: "v000001", to: "v000002", entries: 3 });
  });

  it("re-checks only the small pointer while nothing changes", async () => {
    const { store, repository, calls, clock } = await setup();
    await store.publish(contentSet("first"));
    const provider = await ContentProvider.start({ repository, prepare: () => null, refreshIntervalMs: INTERVAL, now: clock.now });
    for (let minute = 0; minute < 3; minute++) {
      clock.advance(INTERVAL);
      provider.current();
      await provider.settled();
    }
    expect(calls).toEqual({ active: 4, read: 1 });
  });

  it("prepares at start only the content it serves: the active version, or the empty content when there is none", async () => {
    const { store, repository, clock } = await setup();
    const prepared: number[] = [];
    const prepare = (entries: readonly unknown[]) => prepared.push(entries.length);
    await ContentProvider.start({ repository, prepare, refreshIntervalMs: INTERVAL, now: clock.now });
    expect(prepared).toEqual([0]);
    await store.publish(contentSet("first"));
    prepared.length = 0;
    await ContentProvider.start({ repository, prepare, refreshIntervalMs: INTERVAL, now: clock.now });
    expect(prepared).toEqual([3]);
  });

  it("starts empty when nothing is published, then loads the first publish", async () => {
    const { store, repository, clock, events } = await setup();
    const provider = await ContentProvider.start({ repository, prepare: (entries) => entries.length, refreshIntervalMs: INTERVAL, now: clock.now, onEvent: (e) => events.push(e) });
    expect(provider.current()).toEqual({ entries: [], prepared: 0 });
    expect(events).toEqual([{ event: "content_loaded", version: undefined, entries: 0 }]);
    await store.publish(contentSet("first"));
    clock.advance(INTERVAL);
    provider.current();
    await provider.settled();
    expect(provider.current().version?.version).toBe("v000001");
  });

  it("keeps serving the version in memory when the store fails, and retries after the interval", async () => {
    const { store, clock, events } = await setup();
    await store.publish(contentSet("first"));
    let failing = false;
    const flaky: Pick<ContentRepository, "publish" | "active" | "read"> = {
      publish: (entries) => store.publish(entries),
      active: () => (failing ? Promise.reject(new Error("DynamoDB unreachable")) : store.active()),
      read: (version) => store.read(version),
    };
    const provider = await ContentProvider.start({ repository: flaky, prepare: (entries) => entries[0]?.tags[0], refreshIntervalMs: INTERVAL, now: clock.now, onEvent: (e) => events.push(e) });
    await store.publish(contentSet("second"));
    failing = true;
    clock.advance(INTERVAL);
    provider.current();
    await provider.settled();
    expect(provider.current().prepared).toBe("first");
    expect(events.at(-1)).toEqual({ event: "content_refresh_failed", message: "DynamoDB unreachable" });
    failing = false;
    clock.advance(INTERVAL);
    provider.current();
    await provider.settled();
    expect(provider.current().prepared).toBe("second");
  });

  it("serves no content before the first load succeeds (never the empty content): a turn loads it itself, at once after a failed start, then with a short backoff", async () => {
    const { store, clock, events } = await setup();
    await store.publish(contentSet("first"));
    let failing = true;
    const flaky: Pick<ContentRepository, "active" | "read"> = {
      active: () => (failing ? Promise.reject(new Error("DynamoDB unreachable")) : store.active()),
      read: (version) => store.read(version),
    };
    const provider = await ContentProvider.start({ repository: flaky, prepare: (entries) => entries.length, refreshIntervalMs: INTERVAL, now: clock.now, onEvent: (e) => events.push(e) });
    // The empty content would answer « je ne sais pas » to every question: the turn fails instead (the apology).
    expect(() => provider.current()).toThrow(ContentUnavailableError);
    await expect(provider.ready()).rejects.toThrow(/The content could not be read yet/);
    clock.advance(FIRST_LOAD_BACKOFF.firstMs - 1);
    failing = false;
    await expect(provider.ready()).rejects.toThrow(ContentUnavailableError);
    clock.advance(1);
    expect(await provider.ready()).toMatchObject({ version: { version: "v000001" }, prepared: 3 });
    expect(events.map((e) => e.event)).toEqual(["content_refresh_failed", "content_refresh_failed", "content_loaded"]);
  });

  it("shares one check between concurrent callers", async () => {
    const { store, repository, calls, clock } = await setup();
    await store.publish(contentSet("first"));
    const provider = await ContentProvider.start({ repository, prepare: () => null, refreshIntervalMs: INTERVAL, now: clock.now });
    clock.advance(INTERVAL);
    await Promise.all([provider.refresh(), provider.refresh(), provider.refresh()]);
    provider.current();
    expect(calls.active).toBe(2);
  });
});

describe("knowledge provider", () => {
  it("prepares the understanding once per version", async () => {
    const repository = new InMemoryContentRepository();
    await repository.publish([
      entry({ id: "exams", questions: { fr: ["Quand ont lieu les examens ?", "Dates des examens ?"], en: ["When are the exams?", "Exam dates?"] } }),
      entry({ id: "fees", questions: { fr: ["Combien coûte une UE ?", "Quels sont les frais ?"], en: ["How much is a unit?", "What are the fees?"] } }),
    ]);
    const events: ContentProviderEvent[] = [];
    const provider = await startKnowledgeProvider({ repository, refreshIntervalMs: INTERVAL, onEvent: (e) => events.push(e) });
    const { prepared } = provider.current();
    expect(prepared.understand("c'est quand les examens").intent).toMatchObject({ kind: "answer", entryId: "exams" });
    expect(provider.current().prepared).toBe(prepared);
    expect(prepared.usedStoredAnalysis).toBe(true);
    expect(events.map((e) => e.event)).toEqual(["content_loaded"]);
  });

  it("analyzes a version stored without its analysis at load, and says so", async () => {
    const store = new InMemoryContentRepository();
    await store.publish([entry({ id: "exams", questions: { fr: ["Quand ont lieu les examens ?", "Dates des examens ?"], en: ["When are the exams?", "Exam dates?"] } })]);
    const repository: ContentRepository = {
      publish: (raw, options) => store.publish(raw, options),
      active: () => store.active(),
      listVersions: () => store.listVersions(),
      activate: (version, options) => store.activate(version, options),
      read: async (version) => {
        const content = await store.read(version);
        return content && { ...content, analysis: undefined };
      },
    };
    const events: ContentProviderEvent[] = [];
    const provider = await startKnowledgeProvider({ repository, refreshIntervalMs: INTERVAL, onEvent: (e) => events.push(e) });
    expect(provider.current().prepared.understand("c'est quand les examens").intent).toMatchObject({ kind: "answer", entryId: "exams" });
    expect(events).toContainEqual({ event: "content_analyzed_at_load", version: "v000001", reason: "no stored analysis" });
  });
});
