import { cp, mkdtemp, readFile, rename, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { HandoffRequest } from "../../../domain/events/events.schema";
import { runContentCommand } from "../../../infra/cli/content-commands";
import { runHandoffs } from "../../../infra/cli/handoffs";
import { addMonths, draftEntryId } from "../../../infra/knowledge/content-drafts";
import { CONTENT_DIR } from "../../../infra/knowledge/content-files.loader";
import { DynamoDbContentRepository } from "../../../infra/knowledge/dynamodb-content.repository";
import { isolatedTables, eventsRepository } from "../../support/dynamo";
import { io } from "../../support/cli-io";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function copyOfContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "content-drafts-"));
  folders.push(dir);
  await cp(CONTENT_DIR, dir, { recursive: true, filter: (source) => !source.endsWith(".ts") && !source.includes("/drafts") });
  return dir;
}
const NOW = () => new Date("2026-12-03T10:00:00.000Z");

const REQUEST: HandoffRequest = {
  id: "261201-K7Q2X",
  createdAt: "2026-12-01T18:00:00.000Z",
  language: "fr",
  channel: "webchat",
  question: "Puis-je changer de groupe de TP en cours de semestre ?",
  status: "answered",
  origin: "after-unanswered",
  conversationId: "conv-1",
  answer: {
    text: "Un changement de groupe en cours de semestre se demande au secrétariat pédagogique de l'UE, qui l'accepte s'il reste des places dans l'autre groupe.",
    by: "Marie Conseil",
    at: "2026-12-02T09:30:00.000Z",
  },
  delivery: { status: "pending" },
};

async function setUp() {
  const dynamo = await isolatedTables();
  const events = eventsRepository(dynamo, 365 * 86400);
  await events.recordHandoff(REQUEST);
  await events.recordHandoff({ ...REQUEST, id: "261201-K7Q3X", status: "open", answer: undefined, delivery: undefined, language: "en", question: "Can I switch lab group mid-semester?" });
  const content = await copyOfContent();
  const env = { STAGE: "local", DYNAMODB_ENDPOINT: dynamo.endpoint, TABLE_PREFIX: dynamo.prefix };
  return { dynamo, env, content };
}

describe("npm run handoffs -- draft <id>", () => {
  it("writes a draft answer file from the request and the advisor's answer, marked where the admin completes it", async () => {
    const { env, content } = await setUp();
    const run = io();
    expect(await runHandoffs(["draft", "261201-k7q2x", "--content", content], env, run.io, NOW)).toBe(0);
    expect(run.out[0]).toMatch(/^Draft written to .*drafts\/261201-k7q2x\.yaml with Marie Conseil's answer\.$/);

    const draft = await readFile(join(content, "drafts", "261201-k7q2x.yaml"), "utf8");
    expect(draft).toContain("# yaml-language-server: $schema=../content.schema.json\n");
    expect(draft).toContain("# Draft answer from advisor request 261201-K7Q2X (2026-12-01, webchat, asked in French), answered by Marie Conseil on 2026-12-02.");
    expect(draft.slice(draft.indexOf("entries:"))).toBe(`entries:
  - id: changer-groupe-tp-cours-semestre
    questions:
      fr:
        - Puis-je changer de groupe de TP en cours de semestre ?
        - "À COMPLÉTER : une autre façon de poser la question, en français"
      en:
        - "TO COMPLETE: the question in English"
        - "TO COMPLETE: another way learners ask it, in English"
    answer:
      fr: Un changement de groupe en cours de semestre se demande au secrétariat pédagogique de l'UE, qui
        l'accepte s'il reste des places dans l'autre groupe.
      en: "TO COMPLETE: the answer in English (translate the answer in French)"
    tags:
      - advisors
    source: advisors (request 261201-K7Q2X, answered by Marie Conseil on 2026-12-02)
    reviewBy: 2027-06-03
`);
  });

  it("refuses an untouched draft at check, saying what to complete; once completed it passes check, diff and publish", async () => {
    const { env, content, dynamo } = await setUp();
    expect(await runHandoffs(["draft", "261201-K7Q2X", "--content", content], env, io().io, NOW)).toBe(0);
    const path = join(content, "drafts", "261201-k7q2x.yaml");

    // Drafts are not part of the answers: a plain check and a publish ignore them.
    expect(await runContentCommand(["check", "--content", content], env, io().io)).toBe(0);

    const untouched = io();
    expect(await runContentCommand(["check", "--drafts", "--content", content], env, untouched.io)).toBe(1);
    const shown = path.startsWith(process.cwd()) ? path.slice(process.cwd().length + 1) : path;
    expect(untouched.err).toEqual([
      `${shown}:14 entry "changer-groupe-tp-cours-semestre" field questions.fr.1: still to complete: une autre façon de poser la question, en français (replace the « À COMPLÉTER » text)`,
      `${shown}:16 entry "changer-groupe-tp-cours-semestre" field questions.en.0: still to complete: the question in English (replace the « TO COMPLETE » text)`,
      `${shown}:17 entry "changer-groupe-tp-cours-semestre" field questions.en.1: still to complete: another way learners ask it, in English (replace the « TO COMPLETE » text)`,
      `${shown}:21 entry "changer-groupe-tp-cours-semestre" field answer.en: still to complete: the answer in English (translate the answer in French) (replace the « TO COMPLETE » text)`,
      "Check failed: fix the problems above (each names file:line, entry or record, and field). Nothing was published.",
    ]);
    expect(untouched.out).toContain(`Draft ${shown}: 4 field(s) to complete.`);

    // The admin completes the marked fields.
    let text = await readFile(path, "utf8");
    text = text
      .replace('"À COMPLÉTER : une autre façon de poser la question, en français"', "Comment changer de groupe de travaux pratiques ?")
      .replace('"TO COMPLETE: the question in English"', "Can I change my lab group during the semester?")
      .replace('"TO COMPLETE: another way learners ask it, in English"', "How do I switch to another practical group?")
      .replace('"TO COMPLETE: the answer in English (translate the answer in French)"', "A change of group during the semester is asked of the unit's teaching office, which accepts it if the other group has seats left.");
    await writeFile(path, text);
    const complete = io();
    expect(await runContentCommand(["check", "--drafts", "--content", content], env, complete.io)).toBe(0);
    expect(complete.out).toContain(`Draft ${shown}: complete and valid: move it into the content folder and publish (see its first lines).`);

    // Moved among the answers, it goes through the usual check → diff → publish.
    await rename(path, join(content, "advisors.yaml"));
    expect(await runContentCommand(["check", "--content", content], env, io().io)).toBe(0);
    expect(await runContentCommand(["publish"], env, io().io)).toBe(0);
    const diff = io();
    expect(await runContentCommand(["diff", "--content", content], env, diff.io)).toBe(0);
    expect(diff.out).toContain("  + changer-groupe-tp-cours-semestre (added)");
    expect(await runContentCommand(["publish", "--dir", content], env, io().io)).toBe(0);
    const repository = new DynamoDbContentRepository({ doc: dynamo.doc, tableName: dynamo.tables.content });
    const active = await repository.active();
    const published = (await repository.read(active!.version))?.entries.find((entry) => entry.id === "changer-groupe-tp-cours-semestre");
    expect(published).toMatchObject({ source: "advisors (request 261201-K7Q2X, answered by Marie Conseil on 2026-12-02)", reviewBy: "2027-06-03", tags: ["advisors"] });
  });

  it("marks the answer to write when no advisor answered yet, in the learner's language first", async () => {
    const { env, content } = await setUp();
    const run = io();
    expect(await runHandoffs(["draft", "261201-K7Q3X", "--content", content], env, run.io, NOW)).toBe(0);
    expect(run.out[0]).toContain("(no advisor's answer yet: the answer is to write too)");
    const draft = await readFile(join(content, "drafts", "261201-k7q3x.yaml"), "utf8");
    expect(draft).toContain("      en:\n        - Can I switch lab group mid-semester?\n");
    expect(draft).toContain('    answer:\n      fr: "À COMPLÉTER : la réponse en français (traduire la réponse en anglais)"\n      en: "TO COMPLETE: the answer in English"\n');
    expect(draft).toContain("  - id: switch-lab-group-mid-semester\n");
  });

  it("refuses an unknown id with the closest ones, and never overwrites a draft without --force", async () => {
    const { env, content } = await setUp();
    const unknown = io();
    expect(await runHandoffs(["draft", "261201-K7Q2Y", "--content", content], env, unknown.io, NOW)).toBe(1);
    expect(unknown.err[0]).toMatch(/^No request 261201-K7Q2Y on .*\. Closest ids: 261201-K7Q2X, 261201-K7Q3X\. List them with npm run handoffs -- list --status all$/);

    expect(await runHandoffs(["draft", "261201-K7Q2X", "--content", content], env, io().io, NOW)).toBe(0);
    const path = join(content, "drafts", "261201-k7q2x.yaml");
    await writeFile(path, "# the admin's edits\n");
    const again = io();
    expect(await runHandoffs(["draft", "261201-K7Q2X", "--content", content], env, again.io, NOW)).toBe(1);
    expect(again.err[0]).toMatch(/261201-k7q2x\.yaml already exists: complete that draft, or add --force/);
    expect(await readFile(path, "utf8")).toBe("# the admin's edits\n");
    expect(await runHandoffs(["draft", "261201-K7Q2X", "--force", "--content", content], env, io().io, NOW)).toBe(0);
    expect(await readFile(path, "utf8")).toContain("changer-groupe-tp-cours-semestre");
  });

  it.each([
    [["draft"], /draft takes one request id/],
    [["draft", "nope"], /"nope" is not a request id/],
    [["draft", "261201-K7Q2X", "--colour"], /Unknown option '--colour'/],
  ])("refuses %j with exit 2", async (argv, message) => {
    const run = io();
    expect(await runHandoffs(argv, {}, run.io, NOW)).toBe(2);
    expect(run.err[0]).toMatch(message);
  });

  it.each([
    ["2026-12-03", 6, "2027-06-03"],
    ["2026-08-31", 6, "2027-02-28"],
  ])("reviews %s + %s months on %s", (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it("derives an id from the significant words, or falls back", () => {
    expect(draftEntryId("Où est la salle ?", "fr", "advisors-x")).toBe("salle");
    expect(draftEntryId("?!", "fr", "advisors-261201-k7q2x")).toBe("advisors-261201-k7q2x");
  });
});

describe("npm run content -- add-variant", () => {
  it("appends variants after the last of their language, leaving the rest of the file as it was, then validates", async () => {
    const content = await copyOfContent();
    const file = join(content, "exams.yaml");
    const before = await readFile(file, "utf8");
    const run = io();
    expect(await runContentCommand(["add-variant", "exams-when", "--content", content, "--fr", "c'est quand les exams de janvier", "--en", "when's the january exam", "--fr", "qd sont les exams"], {}, run.io)).toBe(0);
    expect(run.out[0]).toMatch(/^Added to "exams-when" in .*exams\.yaml: fr: "c'est quand les exams de janvier", en: "when's the january exam" \(already there: fr: "qd sont les exams"\)\.$/);
    const after = await readFile(file, "utf8");
    expect(after).toBe(
      before
        .replace("        - À quelle période tombent les examens ?\n", "        - À quelle période tombent les examens ?\n        - c'est quand les exams de janvier\n")
        .replace("        - What time of year are exams?\n", "        - What time of year are exams?\n        - when's the january exam\n"),
    );
  });

  it("refuses an unknown answer with the closest ids, and a variant another answer claims, changing nothing", async () => {
    const content = await copyOfContent();
    const before = await readFile(join(content, "exams.yaml"), "utf8");
    const unknown = io();
    expect(await runContentCommand(["add-variant", "exam-when", "--content", content, "--fr", "les exams ?"], {}, unknown.io)).toBe(1);
    expect(unknown.err[0]).toMatch(/^No answer "exam-when" in .*\. Closest ids: exams-when, exam-id/);

    const claimed = io();
    expect(await runContentCommand(["add-variant", "exams-when", "--content", content, "--fr", "Comment fonctionne la session 2 ?"], {}, claimed.io)).toBe(1);
    expect(claimed.err.join("\n")).toMatch(/Comment fonctionne la session 2/);
    expect(claimed.err.at(-1)).toMatch(/Nothing was changed in .*exams\.yaml: with these variants the answer files would be invalid/);
    expect(await readFile(join(content, "exams.yaml"), "utf8")).toBe(before);
  });

  it.each([
    [["add-variant", "exams-when"], /give each variant with --fr "\.\.\." or --en "\.\.\."/],
    [["add-variant", "--fr", "x"], /add-variant: takes the id of the answer/],
    [["check", "--fr", "x"], /--fr and --en go with add-variant/],
  ])("refuses %j with exit 2", async (argv, message) => {
    const run = io();
    expect(await runContentCommand(argv, {}, run.io)).toBe(2);
    expect(run.err[0]).toMatch(message);
  });
});
