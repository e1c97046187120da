import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDataError, loadDataFolder, readDataFolder, type DataError } from "../../../infra/data-loader/data-folder.loader";
import { InMemoryCatalogRepository } from "../../../infra/catalog/in-memory-catalog.repository";
import { InMemoryLearnerRepository } from "../../../infra/learners/in-memory-learner.repository";
import { unit } from "../../domain/builders";
import { DIPLOMAS, folderWith, LEARNERS, UNITS } from "../data/data-files.fixture";

function repositories() {
  return { catalog: new InMemoryCatalogRepository(), learners: new InMemoryLearnerRepository() };
}

async function expectNothingLoaded(repos: ReturnType<typeof repositories>) {
  expect(await repos.catalog.loadCatalog()).toEqual({ units: [], diplomas: [] });
  expect(await repos.learners.getLearner("demo-01")).toBeUndefined();
}

describe("loading a data folder", () => {
  it("loads a valid folder: units, diplomas and learners, from YAML and JSON, in sub-folders too", async () => {
    const folder = await folderWith({
      "catalog/units.yaml": UNITS,
      "catalog/diplomas.yml": DIPLOMAS,
      "learners.json": JSON.stringify({ learners: [{ id: "demo-02", name: { given: "Hugo", family: "Imaginaire" } }] }),
      "more-learners.yaml": LEARNERS,
      "README.md": "not data",
    });
    const repos = repositories();
    const result = await loadDataFolder(folder, repos);
    expect(result).toEqual({
      ok: true,
      folder,
      loaded: { units: 3, diplomas: 1, learners: 2 },
      files: [
        { file: "catalog/diplomas.yml", units: 0, diplomas: 1, learners: 0 },
        { file: "catalog/units.yaml", units: 3, diplomas: 0, learners: 0 },
        { file: "learners.json", units: 0, diplomas: 0, learners: 1 },
        { file: "more-learners.yaml", units: 0, diplomas: 0, learners: 1 },
      ],
    });
    expect((await repos.catalog.getUnit("RSX101"))?.prerequisites.allOf).toEqual(["UTC505"]);
    expect((await repos.learners.getLearner("demo-01"))?.results[0]?.grade).toBe(12);
  });

  it("loads nothing when one file is invalid, and names the file, line, record and field", async () => {
    const folder = await folderWith({ "units.yaml": UNITS.replace("ects: 6", "ects: six"), "diplomas.yaml": DIPLOMAS, "learners.yaml": LEARNERS });
    const repos = repositories();
    const result = await loadDataFolder(folder, repos);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({ file: "units.yaml", line: 11, record: "units[1] (RSX101)", field: "ects", message: 'write a whole number (got "six")' });
    expect(result.errors.map(formatDataError)).toContain('units.yaml:11: units[1] (RSX101) › ects: write a whole number (got "six")');
    await expectNothingLoaded(repos);
  });

  it.each<[string, Record<string, string>, Partial<DataError>]>([
    [
      "a learner enrolled in an unknown unit",
      { "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS, "learners.yaml": LEARNERS.replace("results:", 'enrolments: [{ unit: NFA999, semester: "2025-2026 S1" }]\n    results:') },
      { file: "learners.yaml", line: 5, record: "learners[0] (demo-01)", field: "enrolments[0].unit", message: "unit NFA999 is not in the catalog" },
    ],
    [
      "an unknown prerequisite",
      { "units.yaml": UNITS.replace("allOf: [UTC505]", "allOf: [UTC506]"), "diplomas.yaml": DIPLOMAS },
      { file: "units.yaml", line: 12, record: "units[1] (RSX101)", field: "prerequisites.allOf[0]", message: "prerequisite UTC506 is not in the catalog" },
    ],
    [
      "a unit defined in two files",
      { "a.yaml": UNITS, "b.yaml": "units:\n  - { code: UTC505, title: Doublon, kind: UE, ects: 3 }\n" },
      { file: "b.yaml", line: 2, record: "units[0] (UTC505)", message: "UTC505 is defined twice; first in a.yaml units[0] (UTC505)" },
    ],
    ["a YAML syntax error", { "units.yaml": "units:\n  - code: [UTC505\n" }, { file: "units.yaml", line: 3, column: 1, message: expect.stringMatching(/^not valid YAML\/JSON/) }],
    [
      "an unknown top-level list",
      { "units.yaml": UNITS, "extra.yaml": "unit: []\n" },
      { file: "extra.yaml", line: 1, field: "unit", message: 'unknown field "unit": did you mean units?' },
    ],
    ["an empty file", { "units.yaml": UNITS, "empty.yaml": "" }, { file: "empty.yaml", message: expect.stringMatching(/empty/) }],
    [
      "a typo in a field name",
      { "units.yaml": UNITS.replace("uaType:", "uatype:") },
      { file: "units.yaml", record: "units[2] (UAALOT)", field: "uatype", message: 'unknown field "uatype": did you mean uaType?' },
    ],
    [
      "a diploma whose credits do not add up",
      { "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS.replace("totalEcts: 26", "totalEcts: 60") },
      { file: "diplomas.yaml", line: 5, record: "diplomas[0] (LG02501A)", field: "totalEcts", message: "the requirements add up to 26 ECTS, not the declared 60" },
    ],
  ])("refuses %s", async (_label, files, expected) => {
    const repos = repositories();
    const result = await loadDataFolder(await folderWith(files), repos);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toContainEqual(expect.objectContaining(expected));
    await expectNothingLoaded(repos);
  });

  it("reports every error of every file, not only the first", async () => {
    const folder = await folderWith({ "units.yaml": UNITS.replace("ects: 6", "ects: -6").replace("kind: UA", "kind: UX"), "learners.yaml": LEARNERS.replace("demo-01", "Demo 01") });
    const result = await readDataFolder(folder);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(new Set(result.errors.map((e) => `${e.file} ${e.record}`))).toEqual(new Set(["units.yaml units[1] (RSX101)", "units.yaml units[2] (UAALOT)", "learners.yaml learners[0] (Demo 01)"]));
  });

  it.each([
    ["an empty folder", {}, /no \.yaml, \.yml or \.json file/],
  ])("refuses %s", async (_label, files, message) => {
    const result = await readDataFolder(await folderWith(files));
    expect(result).toEqual({ ok: false, errors: [{ file: expect.any(String), message: expect.stringMatching(message) }] });
  });

  it("refuses a folder that does not exist", async () => {
    const result = await readDataFolder(join(tmpdir(), "no-such-folder-ue-advisor"));
    expect(result).toEqual({ ok: false, errors: [{ file: expect.any(String), message: expect.stringMatching(/cannot read the folder/) }] });
  });

  it("resolves references against the catalog already stored: a folder of learners only", async () => {
    const repos = repositories();
    expect((await loadDataFolder(await folderWith({ "learners.yaml": LEARNERS }), repos)).ok).toBe(false);
    await loadDataFolder(await folderWith({ "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS }), repos);
    expect(await loadDataFolder(await folderWith({ "learners.yaml": LEARNERS }), repos)).toMatchObject({ ok: true, loaded: { units: 0, diplomas: 0, learners: 1 } });
  });

  it("checks a folder's records against stored ones it does not replace", async () => {
    const repos = { catalog: new InMemoryCatalogRepository({ units: [unit({ code: "UTC505", ects: 3 })] }), learners: new InMemoryLearnerRepository() };
    const folder = await folderWith({ "units.yaml": "units:\n  - { code: RSX101, title: Réseaux, kind: UE, ects: 6, prerequisites: { allOf: [UTC505] } }\n" });
    expect(await loadDataFolder(folder, repos)).toMatchObject({ ok: true, loaded: { units: 1 } });
  });
});
