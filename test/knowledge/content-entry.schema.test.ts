import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_ENTRY_SCHEMA_VERSION, MAX_ANSWER_LENGTH, canonicalQuestion, contentSchemas, localizedAnswer } from "../../domain/knowledge/content-entry.schema";
import { validate } from "../../domain/validation/validation-problems";
import { entry } from "./content-fixtures";

const { entry: contentEntrySchema, file: contentFileSchema } = contentSchemas();

function problemsOf(candidate: unknown): { field: string; message: string }[] {
  const result = validate(contentEntrySchema, candidate);
  return result.ok ? [] : result.problems.map((problem) => ({ field: problem.path.join("."), message: problem.message }));
}

describe("content entry schema", () => {
  it("accepts a complete entry, links included", () => {
    const valid = entry({
      id: "ue-definition",
      links: [{ label: { fr: "Page", en: "Page" }, url: "https://www.cnam-paris.fr/page" }],
    });
    expect(contentEntrySchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ["an id that is not kebab-case", { id: "UE_Definition" }, "id", /kebab-case/],
    ["a single French variant", { questions: { fr: ["Une seule ?"], en: ["One?", "Two?"] } }, "questions.fr", /at least 2/],
    ["a missing English answer", { answer: { fr: "Une réponse assez longue ici." } }, "answer.en", /^missing: the answer in English is required$/],
    ["an answer over the limit", { answer: { fr: "x".repeat(MAX_ANSWER_LENGTH + 1), en: "An answer long enough." } }, "answer.fr", /at most/],
    ["a plain-http link", { links: [{ label: { fr: "a", en: "a" }, url: "http://example.org" }] }, "links.0.url", /https/],
    ["a review date in another format", { reviewBy: "30/06/2027" }, "reviewBy", /^write a date as YYYY-MM-DD, like 2026-10-05 \(got "30\/06\/2027"\)$/],
    ["a review date that does not exist", { reviewBy: "2027-02-30" }, "reviewBy", /^2027-02-30 is not a real date: 2027-02 has 28 days/],
    ["no tag", { tags: [] }, "tags", /at least one tag/],
    ["an unknown field", { price: "100 €" }, "price", /^unknown field "price": the fields here are id, questions, answer/],
    ["a misspelt field", { sauce: "cnam-catalog-facts.md" }, "sauce", /^unknown field "sauce": did you mean source\?$/],
  ])("refuses %s, naming the field", (_label, overrides, field, message) => {
    const problems = problemsOf({ ...entry({ id: "sample" }), ...overrides });
    expect(problems).toContainEqual(expect.objectContaining({ field, message: expect.stringMatching(message) }));
  });

  it("requires at least one entry per file", () => {
    expect(contentFileSchema.safeParse({ entries: [] }).success).toBe(false);
  });

  it("gives the answer and links in the learner's language, and the first variant as the canonical question", () => {
    const sample = entry({ id: "sample", links: [{ label: { fr: "Lien", en: "Link" }, url: "https://example.org/" }] });
    expect(localizedAnswer(sample, "en")).toEqual({ entryId: "sample", text: sample.answer.en, links: [{ label: "Link", url: "https://example.org/" }] });
    expect(localizedAnswer(sample, "fr").links[0]?.label).toBe("Lien");
    expect(canonicalQuestion(sample, "fr")).toBe(sample.questions.fr[0]);
  });
});

describe("the entry schema's version", () => {
  /** The schema's definition in its file: from the first constant it uses to the end of its builder. */
  function schemaSourceDigest(): string {
    const source = readFileSync(join(__dirname, "../../domain/knowledge/content-entry.schema.ts"), "utf8").replace(/\r\n/g, "\n");
    const start = source.indexOf("const ENTRY_ID");
    const end = source.indexOf("return { link: contentLinkSchema, entry: contentEntrySchema, file: contentFileSchema };");
    expect(start).toBeGreaterThan(0);
    expect(end).toBeGreaterThan(start);
    return createHash("sha256").update(source.slice(start, end)).digest("hex").slice(0, 16);
  }

  it("is bumped with every change to the schema", () => {
    // Stored versions are read without validating their entries again when the manifest names this
    // version (infra/knowledge/dynamodb-content.repository.ts). When this fails: bump
    // CONTENT_ENTRY_SCHEMA_VERSION in domain/knowledge/content-entry.schema.ts and write both new
    // values here; versions published before are then validated again when read.
    expect({ version: CONTENT_ENTRY_SCHEMA_VERSION, schema: schemaSourceDigest() }).toEqual({ version: 5, schema: "e21d8242b1e73dcf" });
  });
});
