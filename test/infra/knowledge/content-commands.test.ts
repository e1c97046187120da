import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runContentCommand } from "../../../infra/cli/content-commands";
import { CONTENT_DIR } from "../../../infra/knowledge/content-files.loader";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { folderWith, DIPLOMAS, UNITS } from "../data/data-files.fixture";
import { isolatedTables } from "../../support/dynamo";
import { io } from "../../support/cli-io";

const folders: string[] = [];
async function copyOfContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "content-copy-"));
  folders.push(dir);
  await cp(CONTENT_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(".ts") });
  return dir;
}
async function edit(file: string, from: string, to: string): Promise<void> {
  const text = await readFile(file, "utf8");
  expect(text).toContain(from);
  await writeFile(file, text.replace(from, to));
}
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function storeEnv() {
  const dynamo = await isolatedTables();
  return { dynamo, env: { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix } };
}

describe("npm run content:check", () => {
  it("validates the repository's answers and data files, and writes nothing", async () => {
    const run = io();
    expect(await runContentCommand(["check"], {}, run.io)).toBe(0);
    expect(run.out).toEqual([expect.stringMatching(/^Answers: \d+ entries in 7 files: valid/), expect.stringMatching(/^Data: \d+ units, \d+ diplomas, \d+ learners in 5 files: valid\.$/)]);
  });

  it("reports every problem of both kinds of files with file, line, entry or record and field, and exits 1", async () => {
    const content = await copyOfContent();
    await edit(join(content, "exams.yaml"), "    source: cnam-catalog-facts.md", "    sauce: cnam-catalog-facts.md");
    await edit(join(content, "units.yaml"), "  - id: a-la-carte", "  - id: ue-definition");
    await edit(join(content, "exams.yaml"), "    reviewBy: 2027-06-30\n\n  - id: exam-session-2", "    reviewBy: 2020-01-31\n\n  - id: exam-session-2");
    const data = await folderWith({ "units.yaml": UNITS.replace("ects: 6", "ects: six"), "diplomas.yaml": DIPLOMAS, "more.yaml": UNITS.split("  - code: RSX101")[0] as string });
    folders.push(data);

    const run = io();
    expect(await runContentCommand(["check", "--content", content, "--data", data], {}, run.io)).toBe(1);
    const errors = run.err.join("\n");
    expect(errors).toMatch(/warning: .*exams\.yaml:\d+ entry "exams-when" field reviewBy: review date 2020-01-31 has passed/);
    // The misspelt key is one problem: its correction, not also the "source" it leaves missing.
    expect(errors).toMatch(/exams\.yaml:\d+ entry "exam-session-2" field sauce: unknown field "sauce": did you mean source\?/);
    expect(errors).not.toMatch(/field source: missing/);
    expect(errors).toMatch(/units\.yaml:\d+ entry "ue-definition" field id: duplicate id "ue-definition" \(first used by .*\/units\.yaml:5\)/);
    expect(errors).toMatch(/ue-data-[^/]+\/units\.yaml:\d+: units\[1\] \(RSX101\) › ects: /);
    expect(errors).toMatch(/ue-data-[^/]+\/units\.yaml:\d+: units\[0\] \(UTC505\): UTC505 is defined twice; first in more\.yaml/);
    expect(run.err.at(-1)).toMatch(/Check failed/);
  });

  it("passes with warnings only, unless --strict", async () => {
    const content = await copyOfContent();
    await edit(join(content, "exams.yaml"), "    reviewBy: 2027-06-30\n\n  - id: exam-session-2", "    reviewBy: 2020-01-31\n\n  - id: exam-session-2");
    expect(await runContentCommand(["check", "--content", content], {}, io().io)).toBe(0);
    const strict = io();
    expect(await runContentCommand(["check", "--content", content, "--strict"], {}, strict.io)).toBe(1);
    expect(strict.err.at(-1)).toMatch(/--strict.*1 answer\(s\) past their review date/);
  });

  it("explains its usage and refuses unknown commands and options with exit 2", async () => {
    const none = io();
    expect(await runContentCommand([], {}, none.io)).toBe(2);
    expect(none.out[0]).toMatch(/^Usage: npm run content -- <command>/);
    const unknown = io();
    expect(await runContentCommand(["purge"], {}, unknown.io)).toBe(2);
    expect(unknown.err[0]).toMatch(/Unknown command "purge": expected check, diff, publish, versions, rollback or add-variant/);
    const option = io();
    expect(await runContentCommand(["check", "--force"], {}, option.io)).toBe(2);
    expect(option.err[0]).toMatch(/--force/);
  });
});

describe("npm run content:diff", () => {
  it("shows what a publish would change against the live version, field by field, and the catalog load", async () => {
    const { env } = await storeEnv();
    expect(await runContentCommand(["publish"], env, io().io)).toBe(0);
    const data = await folderWith({ "units.yaml": UNITS, "diplomas.yaml": DIPLOMAS });
    folders.push(data);

    const content = await copyOfContent();
    await edit(join(content, "exams.yaml"), "Une pièce d'identité en cours de validité est exigée", "Une pièce d'identité valide est exigée");
    await edit(join(content, "exams.yaml"), "        - Do I need an ID to sit the exam?\n", "        - Do I need an ID card for the exam?\n");
    await edit(join(content, "units.yaml"), "    tags: [units, ue]\n", "    tags: [units, ue, basics]\n");
    const run = io();
    expect(await runContentCommand(["diff", "--content", content, "--data", data], env, run.io)).toBe(0);
    const out = run.out.join("\n");
    expect(out).toMatch(/^Answers: files against the active version v000001 \(published .*, \d+ entries, digest [0-9a-f]{8}\) on DynamoDB at http/);
    expect(out).toContain(`  ~ exam-id\n      answer.fr: "Une pièce d'identité en cours de validité est exigée`);
    expect(out).toMatch(/→ "Une pièce d'identité valide est exigée/);
    expect(out).toContain(`      questions.en: + "Do I need an ID card for the exam?"  - "Do I need an ID to sit the exam?"`);
    expect(out).toContain(`  ~ ue-definition\n      tags: + "basics"`);
    expect(out).toMatch(/0 added, 0 removed, 2 changed, \d+ unchanged/);
    expect(out).toMatch(/Units: files .* against the catalog table:\n {2}\+ RSX101 \(added\)\n {2}\+ UAALOT \(added\)\n {2}\+ UTC505 \(added\)/);
  });

  it("lists the entries a publish would add and remove", async () => {
    const { env, dynamo } = await storeEnv();
    const content = await copyOfContent();
    expect(await runContentCommand(["publish", "--dir", content], env, io().io)).toBe(0);
    await rm(join(content, "schedule.yaml"));
    await edit(join(content, "exams.yaml"), "  - id: exam-id\n", "  - id: exam-identity\n");
    const run = io();
    expect(await runContentCommand(["diff", "--content", content], env, run.io)).toBe(0);
    const out = run.out.join("\n");
    expect(out).toContain("  + exam-identity (added)");
    expect(out).toContain("  - exam-id (removed)");
    expect(out).toMatch(/1 added, \d+ removed, 0 changed/);
    // A diff writes nothing.
    expect((await new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }).listVersions()).length).toBe(1);
  });

  it("refuses to diff invalid files, exit 1", async () => {
    const { env } = await storeEnv();
    const content = await copyOfContent();
    await edit(join(content, "units.yaml"), "    tags: [units, ue]\n", "    tags: []\n");
    const run = io();
    expect(await runContentCommand(["diff", "--content", content], env, run.io)).toBe(1);
    expect(run.err[0]).toMatch(/units\.yaml:\d+ entry "ue-definition" field tags: give at least one tag/);
  });
});

describe("npm run content:versions and content:rollback", () => {
  it("lists versions, rolls back to an earlier one atomically, and says what learners will see", async () => {
    const { env, dynamo } = await storeEnv();
    const content = await copyOfContent();
    expect(await runContentCommand(["publish", "--dir", content], env, io().io)).toBe(0);
    await edit(join(content, "exams.yaml"), "Une pièce d'identité en cours de validité est exigée", "Une pièce d'identité valide est exigée");
    expect(await runContentCommand(["publish", "--dir", content], env, io().io)).toBe(0);

    const listed = io();
    expect(await runContentCommand(["versions"], env, listed.io)).toBe(0);
    expect(listed.out.slice(1)).toEqual([expect.stringMatching(/^\* v000002 \(published /), expect.stringMatching(/^ {2}v000001 \(published /)]);

    const run = io();
    expect(await runContentCommand(["rollback", "v1"], env, run.io)).toBe(0);
    const out = run.out.join("\n");
    expect(out).toMatch(/^Rolling back from v000002 to v000001/);
    expect(out).toMatch(/~ exam-id\n {6}answer\.fr: "Une pièce d'identité valide/);
    expect(out).toMatch(/v000001 is active again on .* \(was v000002\)/);
    expect(out).toMatch(/Revert the file change in git/);
    expect((await new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content }).active())?.version).toBe("v000001");

    const again = io();
    expect(await runContentCommand(["rollback", "v000001"], env, again.io)).toBe(0);
    expect(again.out.at(-1)).toMatch(/v000001 is already the active version/);
  });

  it("refuses an unknown version with the list of versions, and a rollback without version", async () => {
    const { env } = await storeEnv();
    expect(await runContentCommand(["publish"], env, io().io)).toBe(0);
    const unknown = io();
    expect(await runContentCommand(["rollback", "v000042"], env, unknown.io)).toBe(1);
    expect(unknown.err[0]).toMatch(/No content version "v000042" on .*: expected one of the versions listed below/);
    expect(unknown.out.join("\n")).toMatch(/\* v000001/);
    const missing = io();
    expect(await runContentCommand(["rollback"], env, missing.io)).toBe(2);
    expect(missing.err[0]).toMatch(/rollback: which version\?/);
  });
});
