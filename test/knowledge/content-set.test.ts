import { describe, expect, it } from "vitest";
import { validateContentEntries } from "../../domain/knowledge/content-set";
import { entry } from "./content-fixtures";

describe("content set validation", () => {
  it("accepts distinct entries", () => {
    const result = validateContentEntries([entry({ id: "a" }), entry({ id: "b" })]);
    expect(result).toMatchObject({ valid: true, warnings: [] });
  });

  it("refuses a duplicate id, naming the second entry", () => {
    const result = validateContentEntries([entry({ id: "a" }), entry({ id: "b" }), entry({ id: "a" })]);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([expect.objectContaining({ entryIndex: 2, entryId: "a", field: "id", message: expect.stringMatching(/duplicate id "a"/) })]);
  });

  it("refuses a question claimed by two entries, ignoring case, accents and punctuation", () => {
    const first = entry({ id: "first", questions: { fr: ["Qu'est-ce qu'une UE ?", "Autre ?"], en: ["What is a UE?", "Other?"] } });
    const second = entry({ id: "second", questions: { fr: ["Autre chose ?", "qu est ce qu une ue"], en: ["Something?", "Else?"] } });
    const result = validateContentEntries([first, second]);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ entryId: "second", field: "questions.fr.1", message: expect.stringContaining('entry "first"') }),
    ]);
  });

  it("names entry, field and message for every schema problem, and keeps the id when readable", () => {
    const result = validateContentEntries([entry({ id: "ok" }), { ...entry({ id: "broken" }), reviewBy: "soon", tags: [] }]);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems.map((p) => [p.entryIndex, p.entryId, p.field])).toEqual([
      [1, "broken", "tags"],
      [1, "broken", "reviewBy"],
    ]);
  });

  it("warns about entries past their review date without refusing them", () => {
    const result = validateContentEntries([entry({ id: "old", reviewBy: "2026-01-31" }), entry({ id: "fresh", reviewBy: "2027-06-30" })], "2026-11-27");
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ entryId: "old", field: "reviewBy" })]);
  });
});
