import { describe, expect, it } from "vitest";
import type { Storage, StoreItems } from "botbuilder";

/**
 * The botbuilder Storage contract, as the SDK's own storage tests state it. Run against every
 * implementation, botbuilder's MemoryStorage included, to prove the suite itself.
 */
export function storageContract(name: string, makeStorage: () => Promise<Storage> | Storage): void {
  describe(`Storage contract: ${name}`, () => {
    const key = (suffix: string) => `contract/${suffix}/${Math.random().toString(36).slice(2)}`;

    it("reads an unknown key as absent", async () => {
      const storage = await makeStorage();
      const k = key("unknown");
      expect(await storage.read([k])).toEqual({});
    });

    it("creates items, returns them with an eTag, and keeps nested values and types", async () => {
      const storage = await makeStorage();
      const [a, b] = [key("a"), key("b")];
      await storage.write({ [a]: { count: 1, nested: { list: [1, "two", null], flag: true } }, [b]: { text: "é ü 漢字 🚀" } });
      const items = await storage.read([a, b]);
      expect(items[a]).toMatchObject({ count: 1, nested: { list: [1, "two", null], flag: true } });
      expect(items[b]).toMatchObject({ text: "é ü 漢字 🚀" });
      expect(typeof items[a]?.eTag).toBe("string");
      expect(items[a]?.eTag).not.toBe("");
    });

    it("makes a new eTag on every write", async () => {
      const storage = await makeStorage();
      const k = key("etag");
      await storage.write({ [k]: { v: 1 } });
      const first = (await storage.read([k]))[k];
      await storage.write({ [k]: { ...first, v: 2 } });
      const second = (await storage.read([k]))[k];
      expect(second?.v).toBe(2);
      expect(second?.eTag).not.toBe(first?.eTag);
    });

    it("overwrites with eTag '*' or without an eTag, whatever is stored", async () => {
      const storage = await makeStorage();
      const k = key("wildcard");
      await storage.write({ [k]: { v: 1 } });
      await storage.write({ [k]: { v: 2, eTag: "*" } });
      expect((await storage.read([k]))[k]?.v).toBe(2);
      await storage.write({ [k]: { v: 3 } });
      expect((await storage.read([k]))[k]?.v).toBe(3);
    });

    it("writes conditionally with the current eTag and refuses a stale one with 'eTag conflict'", async () => {
      const storage = await makeStorage();
      const k = key("conditional");
      await storage.write({ [k]: { v: 1 } });
      const stale = (await storage.read([k]))[k];
      await storage.write({ [k]: { ...stale, v: 2 } });
      await expect(storage.write({ [k]: { ...stale, v: 3 } })).rejects.toThrow(/eTag conflict/);
      expect((await storage.read([k]))[k]?.v).toBe(2);
      const current = (await storage.read([k]))[k];
      await storage.write({ [k]: { ...current, v: 4 } });
      expect((await storage.read([k]))[k]?.v).toBe(4);
    });

    it.each([
      ["slashes and spaces", "channel/conversation id with spaces/"],
      ["symbols", "!@#$%^&*()_+-={}[]|\\:;\"'<>,.?~`"],
      ["unicode", "ключ/鍵/clé/🔑"],
      ["percent-encoding lookalikes", "a%2Fb%20c"],
    ])("accepts keys with %s", async (_label, odd) => {
      const storage = await makeStorage();
      const k = key(odd);
      await storage.write({ [k]: { odd } });
      expect((await storage.read([k]))[k]?.odd).toBe(odd);
    });

    it("accepts an empty write and an empty read", async () => {
      const storage = await makeStorage();
      await expect(storage.write({})).resolves.toBeUndefined();
      expect(await storage.read([])).toEqual({});
    });

    it("deletes items, and deleting an unknown key succeeds", async () => {
      const storage = await makeStorage();
      const [k, unknown] = [key("delete"), key("never-written")];
      await storage.write({ [k]: { v: 1 } });
      await storage.delete([k, unknown]);
      expect(await storage.read([k, unknown])).toEqual({});
    });

    it("handles batches larger than DynamoDB's per-request limits (100 reads, 25 writes)", async () => {
      const storage = await makeStorage();
      const changes: StoreItems = {};
      for (let i = 0; i < 130; i++) changes[key(`batch-${i}`)] = { i };
      await storage.write(changes);
      const keys = Object.keys(changes);
      const items = await storage.read(keys);
      expect(Object.keys(items)).toHaveLength(130);
      for (const k of keys) expect(items[k]?.i).toBe(changes[k]?.i);
      await storage.delete(keys);
      expect(await storage.read(keys)).toEqual({});
    });

    it("keeps Dates readable after a round trip", async () => {
      const storage = await makeStorage();
      const k = key("date");
      const when = new Date("2026-01-20T18:15:00.000Z");
      await storage.write({ [k]: { when } });
      expect(new Date((await storage.read([k]))[k]?.when).toISOString()).toBe(when.toISOString());
    });
  });
}
