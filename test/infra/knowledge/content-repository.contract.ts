import { describe, expect, it } from "vitest";
import type { ContentEntry } from "../../../domain/knowledge/content-entry.schema";
import type { ContentRepository, PublishOutcome } from "../../../domain/ports/content.repository";
import { analyzeContent } from "../../../domain/understanding/content-analysis";
import { entry } from "../../knowledge/content-fixtures";

/** A content set whose entries are told apart by a tag, so tests can tell versions apart. */
export function contentSet(label: string, count = 3): ContentEntry[] {
  return Array.from({ length: count }, (_, i) =>
    entry({
      id: `entry-${i}`,
      questions: { fr: [`Question ${i} ${label} ?`, `Variante ${i} ${label} ?`], en: [`Question ${i} ${label}?`, `Variant ${i} ${label}?`] },
      tags: [label],
    }),
  );
}

/**
 * The content repository contract: immutable versions, an active pointer switched atomically
 * and only forward, invalid content refused before anything is written. Run against every
 * adapter (DynamoDB on DynamoDB Local, in memory) with a fresh repository per test.
 */
export function contentRepositoryContract(name: string, makeRepository: () => Promise<ContentRepository> | ContentRepository): void {
  describe(`ContentRepository contract: ${name}`, () => {
    it("has no active version and no versions before the first publish", async () => {
      const repository = await makeRepository();
      expect(await repository.active()).toBeUndefined();
      expect(await repository.read("v000001")).toBeUndefined();
    });

    it("publishes a version, makes it active, and reads it back entry for entry, in order", async () => {
      const repository = await makeRepository();
      const entries = contentSet("first");
      const outcome = await repository.publish(entries);
      expect(outcome).toMatchObject({ outcome: "published", version: { version: "v000001", sequence: 1, entryCount: 3 } });
      const active = await repository.active();
      expect(active).toEqual(outcome.outcome === "published" ? outcome.version : undefined);
      expect(active?.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(active?.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
      const read = await repository.read("v000001");
      expect(read?.entries).toEqual(entries);
    });

    it("stores the entries' analysis with the version, so that a cold start need not analyze them again", async () => {
      const repository = await makeRepository();
      const entries = contentSet("analyzed");
      await repository.publish(entries);
      expect((await repository.read("v000001"))?.analysis).toEqual(analyzeContent(entries));
    });

    it("switches to each new version and keeps the older ones readable", async () => {
      const repository = await makeRepository();
      await repository.publish(contentSet("first"));
      const second = await repository.publish(contentSet("second", 4));
      expect(second).toMatchObject({ outcome: "published", version: { version: "v000002", sequence: 2, entryCount: 4 } });
      expect((await repository.active())?.version).toBe("v000002");
      expect((await repository.read("v000001"))?.entries[0]?.tags).toEqual(["first"]);
      expect((await repository.read("v000002"))?.entries[0]?.tags).toEqual(["second"]);
    });

    it("refuses invalid content, naming entry and field, and changes nothing", async () => {
      const repository = await makeRepository();
      await repository.publish(contentSet("first"));
      const before = await repository.active();
      const broken = [...contentSet("broken"), { ...entry({ id: "bad-entry" }), reviewBy: "someday" }];
      const outcome = await repository.publish(broken);
      expect(outcome).toEqual({
        outcome: "invalid",
        problems: [expect.objectContaining({ entryIndex: 3, entryId: "bad-entry", field: "reviewBy" })],
      });
      expect(await repository.active()).toEqual(before);
      const next = await repository.publish(contentSet("next"));
      expect(next).toMatchObject({ outcome: "published", version: { version: "v000002" } });
    });

    it("refuses duplicate ids and questions claimed twice", async () => {
      const repository = await makeRepository();
      const [a] = contentSet("dup");
      const outcome = await repository.publish([a, a]);
      expect(outcome.outcome).toBe("invalid");
      expect(await repository.active()).toBeUndefined();
    });

    it("gives equal digests to equal content, whatever the order of entries", async () => {
      const repository = await makeRepository();
      const entries = contentSet("same");
      const first = await repository.publish(entries);
      const second = await repository.publish([...entries].reverse());
      const digest = (outcome: PublishOutcome) => (outcome.outcome === "published" ? outcome.version.digest : undefined);
      expect(digest(first)).toBeDefined();
      expect(digest(second)).toBe(digest(first));
      expect(digest(await repository.publish(contentSet("other")))).not.toBe(digest(first));
    });

    it("stores more entries than one DynamoDB batch (25)", async () => {
      const repository = await makeRepository();
      const entries = contentSet("large", 60);
      await repository.publish(entries);
      expect((await repository.read("v000001"))?.entries).toEqual(entries);
    });

    it("leaves the pointer on the newest complete version after concurrent publishes", async () => {
      const repository = await makeRepository();
      const labels = ["a", "b", "c", "d", "e", "f"];
      const outcomes = await Promise.all(labels.map((label) => repository.publish(contentSet(label))));
      const sequences = outcomes.map((outcome) => (outcome.outcome === "invalid" ? 0 : outcome.version.sequence));
      expect([...sequences].sort()).toEqual([1, 2, 3, 4, 5, 6]);
      for (const outcome of outcomes) expect(["published", "superseded"]).toContain(outcome.outcome);
      const active = await repository.active();
      expect(active?.sequence).toBe(6);
      // The active version is complete and is exactly what its publisher sent.
      const winner = outcomes.findIndex((outcome) => outcome.outcome !== "invalid" && outcome.version.sequence === 6);
      const content = await repository.read(active?.version ?? "");
      expect(content?.entries).toEqual(contentSet(labels[winner] as string));
    });

    it("lists complete versions newest first, and none before the first publish", async () => {
      const repository = await makeRepository();
      expect(await repository.listVersions()).toEqual([]);
      await repository.publish(contentSet("first"));
      await repository.publish([{ id: "broken" }]);
      await repository.publish(contentSet("second", 4));
      const versions = await repository.listVersions();
      expect(versions.map((v) => [v.version, v.entryCount])).toEqual([
        ["v000002", 4],
        ["v000001", 3],
      ]);
      expect(versions[0]).toEqual(await repository.active());
    });

    it("rolls back to an earlier version: the pointer moves, nothing is rewritten, and a later publish moves on", async () => {
      const repository = await makeRepository();
      await repository.publish(contentSet("first"));
      await repository.publish(contentSet("second"));
      const first = (await repository.listVersions()).find((v) => v.version === "v000001");

      const outcome = await repository.activate("v000001", { expectedActive: "v000002" });
      expect(outcome).toMatchObject({ outcome: "activated", version: first, previous: { version: "v000002" } });
      expect(await repository.active()).toEqual(first);
      expect((await repository.read("v000001"))?.entries[0]?.tags).toEqual(["first"]);
      // Rolling forward again is the same operation.
      expect(await repository.activate("v000002")).toMatchObject({ outcome: "activated", version: { version: "v000002" } });
      await repository.activate("v000001");
      const next = await repository.publish(contentSet("third"));
      expect(next.outcome).toBe("published");
      expect((await repository.active())?.entryCount).toBe(3);
      expect((await repository.read((await repository.active())?.version ?? ""))?.entries[0]?.tags).toEqual(["third"]);
    });

    it("refuses to activate an unknown version, reports an active one, and changes nothing when the pointer moved", async () => {
      const repository = await makeRepository();
      expect(await repository.activate("v000001")).toEqual({ outcome: "not-found", version: "v000001" });
      await repository.publish(contentSet("first"));
      await repository.publish(contentSet("second"));
      expect(await repository.activate("v000099")).toEqual({ outcome: "not-found", version: "v000099" });
      expect(await repository.activate("v000002")).toMatchObject({ outcome: "already-active", version: { version: "v000002" } });
      // The admin looked at v000001 as active, but a publish happened since.
      expect(await repository.activate("v000001", { expectedActive: "v000001" })).toMatchObject({ outcome: "conflict", active: { version: "v000002" } });
      expect((await repository.active())?.version).toBe("v000002");
    });

    it("reports its progress while writing entries", async () => {
      const repository = await makeRepository();
      const progress: [number, number][] = [];
      await repository.publish(contentSet("large", 60), { onProgress: (written, total) => progress.push([written, total]) });
      expect(progress.at(-1)).toEqual([60, 60]);
      expect(progress.every(([written, total], i) => total === 60 && written > (progress[i - 1]?.[0] ?? 0))).toBe(true);
    });
  });
}
