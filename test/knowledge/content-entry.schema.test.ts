import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_ENTRY_SCHEMA_VERSION, MAX_ANSWER_LENGTH, canonicalQuestion, contentSchemas, localizedAnswer } from "../../domain/knowledge/content-entry.schema";
import { entry } from "./content-fixtures";

const { entry: contentEntrySchema, file: contentFileSchema } = contentSchemas();

function problemsOf(candidate: unknown): { field: string; message: string }[] {
  const result = contentEntrySchema.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
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
    ["a missing English answer", { answer: { fr: "Une réponse assez longue ici." } }, "answer.en", /./],
    ["an answer over the limit", { answer: { fr: "x".repeat(MAX_ANSWER_LENGTH + 1), en: "An answer long enough." } }, "answer.fr", /at most/],
    ["a plain-http link", { links: [{ label: { fr: "a", en: "a" }, url: "http://example.org" }] }, "links.0.url", /https/],
    ["a review date in another format", { reviewBy: "30/06/2027" }, "reviewBy", /YYYY-MM-DD/],
    ["no tag", { tags: [] }, "tags", /at least one tag/],
    ["an unknown field", { price: "100 €" }, "", /price/],
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
    expect({ version: CONTENT_ENTRY_SCHEMA_VERSION, schema: schemaSourceDigest() }).toEqual({ version: 2, schema: "47797dad28a04e27" });
  });
});
