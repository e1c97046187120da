import { describe, expect, it } from "vitest";
import { diffFields, diffRecords, isEmptyDiff } from "../../../domain/diff/record-diff";

describe("diffFields", () => {
  it.each([
    ["a changed value", { a: 1 }, { a: 2 }, [{ field: "a", kind: "value", before: 1, after: 2 }]],
    ["an added field", { a: 1 }, { a: 1, b: "x" }, [{ field: "b", kind: "value", after: "x" }]],
    ["a removed field", { a: 1, b: "x" }, { a: 1 }, [{ field: "b", kind: "value", before: "x" }]],
    ["a nested value", { answer: { fr: "a", en: "b" } }, { answer: { fr: "a", en: "c" } }, [{ field: "answer.en", kind: "value", before: "b", after: "c" }]],
    ["list values added and removed", { tags: ["a", "b"] }, { tags: ["b", "c"] }, [{ field: "tags", kind: "list", added: ["c"], removed: ["a"], reordered: false }]],
    ["the same list values reordered", { q: ["x", "y"] }, { q: ["y", "x"] }, [{ field: "q", kind: "list", added: [], removed: [], reordered: true }]],
    [
      "lists of objects, position by position",
      { links: [{ url: "https://a" }] },
      { links: [{ url: "https://b" }, { url: "https://c" }] },
      [
        { field: "links[0].url", kind: "value", before: "https://a", after: "https://b" },
        { field: "links[1]", kind: "value", after: { url: "https://c" } },
      ],
    ],
    ["nothing for equal records", { a: [1, 2], b: { c: "d" } }, { b: { c: "d" }, a: [1, 2] }, []],
  ])("reports %s", (_case, before, after, expected) => {
    expect(diffFields(before, after)).toEqual(expected);
  });
});

describe("diffRecords", () => {
  const key = (record: { id: string }) => record.id;

  it("lists added, removed and changed records by key, sorted, and counts the unchanged", () => {
    const before = [
      { id: "b", v: 1 },
      { id: "a", v: 1 },
      { id: "gone", v: 1 },
    ];
    const after = [
      { id: "new", v: 1 },
      { id: "a", v: 2 },
      { id: "b", v: 1 },
      { id: "another", v: 1 },
    ];
    const diff = diffRecords(before, after, key);
    expect(diff.added.map(key)).toEqual(["another", "new"]);
    expect(diff.removed.map(key)).toEqual(["gone"]);
    expect(diff.changed).toEqual([{ key: "a", before: { id: "a", v: 1 }, after: { id: "a", v: 2 }, fields: [{ field: "v", kind: "value", before: 1, after: 2 }] }]);
    expect(diff.unchanged).toBe(1);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it("is empty when only the order of the records differs", () => {
    const diff = diffRecords([{ id: "a" }, { id: "b" }], [{ id: "b" }, { id: "a" }], key);
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diff.unchanged).toBe(2);
  });
});
