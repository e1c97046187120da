import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  CONTENT_DIR,
  ContentFilesError,
  formatContentProblem,
  loadContentFiles,
} from "../../../infra/knowledge/content-files.loader";
import { CONTENT_SCHEMA_PATH, contentJsonSchema } from "../../../infra/cli/content-schema";

const VALID_ENTRY = `
  - id: sample-entry
    questions:
      fr: [Première question ?, Deuxième question ?]
      en: [First question?, Second question?]
    answer:
      fr: Une réponse assez longue pour le schéma.
      en: An answer long enough for the schema.
    tags: [test]
    source: cnam-ue-en-cours-du-soir.md
    reviewBy: 2027-06-30
`;

const folders: string[] = [];
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "content-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("the repository's answer files", () => {
  it("are valid, with unique ids across files", async () => {
    const result = await loadContentFiles();
    if (!result.valid) throw new Error(result.problems.map(formatContentProblem).join("\n"));
    expect(result.entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(result.entries.map((e) => e.id)).size).toBe(result.entries.length);
  });

  it("each name the JSON schema for editors' completion", async () => {
    const names = (await readdir(CONTENT_DIR)).filter((name) => name.endsWith(".yaml"));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const firstLine = (await readFile(join(CONTENT_DIR, name), "utf8")).split("\n")[0];
      expect(firstLine, name).toBe("# yaml-language-server: $schema=./content.schema.json");
    }
  });

  it("have a JSON schema generated from the current zod schema (run npm run content:schema when this fails)", async () => {
    expect(await readFile(CONTENT_SCHEMA_PATH, "utf8")).toBe(contentJsonSchema());
  });
});

describe("loading answer files", () => {
  it("names file, line, entry and field of a schema problem", async () => {
    const dir = await folder({
      "good.yaml": `entries:${VALID_ENTRY}`,
      "bad.yaml": `entries:${VALID_ENTRY.replace("sample-entry", "other-entry").replace("[test]", "[]")}`,
    });
    const result = await loadContentFiles(dir);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([expect.objectContaining({ entryId: "other-entry", entryIndex: 0, field: "tags", line: 9 })]);
    expect(formatContentProblem(result.problems[0]!)).toMatch(/bad\.yaml:9 entry "other-entry" field tags: give at least one tag/);
  });

  it("points at the entry when the field is missing", async () => {
    const dir = await folder({ "missing.yaml": `entries:${VALID_ENTRY.replace(/    source: .*\n/, "")}` });
    const result = await loadContentFiles(dir);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([expect.objectContaining({ field: "source", line: 2 })]);
  });

  it("finds duplicate ids across files", async () => {
    const dir = await folder({ "a.yaml": `entries:${VALID_ENTRY}`, "b.yaml": `entries:${VALID_ENTRY.replace(/(Première|Deuxième|First|Second) question/g, "$1 demande")}` });
    const result = await loadContentFiles(dir);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems).toEqual([expect.objectContaining({ file: expect.stringMatching(/b\.yaml$/), field: "id", line: 2, message: expect.stringMatching(/duplicate id/) })]);
  });

  it.each([
    ["YAML syntax", "entries:\n  - id: [unclosed\n", /YAML syntax/],
    ["an unknown top-level key", `entries:${VALID_ENTRY}extra: 1\n`, /unknown top-level key "extra"/],
    ["no entries", "entries: []\n", /non-empty list/],
    ["a list instead of a mapping", "- a\n- b\n", /mapping with an `entries` list/],
  ])("reports %s with the file name", async (_label, text, message) => {
    const dir = await folder({ "broken.yaml": text });
    const result = await loadContentFiles(dir);
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.problems[0]).toMatchObject({ file: expect.stringMatching(/broken\.yaml$/), message: expect.stringMatching(message) });
  });

  it("reports a folder without content files", async () => {
    const result = await loadContentFiles(await folder({ "notes.txt": "hello" }));
    expect(result).toMatchObject({ valid: false, problems: [{ message: expect.stringMatching(/no content file/) }] });
  });

  it("throws a ContentFilesError for a folder it cannot read", async () => {
    await expect(loadContentFiles(join(tmpdir(), "does-not-exist-content"))).rejects.toBeInstanceOf(ContentFilesError);
  });

  it("returns review-date warnings with their location", async () => {
    const dir = await folder({ "old.yaml": `entries:${VALID_ENTRY.replace("2027-06-30", "2025-01-01")}` });
    const result = await loadContentFiles(dir, { today: "2026-11-27" });
    expect(result.valid).toBe(true);
    expect(result.warnings).toEqual([expect.objectContaining({ entryId: "sample-entry", field: "reviewBy", line: 11 })]);
  });
});
