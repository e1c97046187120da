import { isAbsolute, join, relative, resolve } from "node:path";
import { diffRecords, isEmptyDiff, type RecordsDiff } from "../../domain/diff/record-diff";
import type { Diploma } from "../../domain/catalog/diploma.schema";
import type { Unit } from "../../domain/catalog/unit.schema";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import type { ContentVersionInfo } from "../../domain/ports/content.repository";
import { DynamoDbCatalogRepository } from "../catalog/dynamodb-catalog.repository";
import { CONTENT_DIR, displayPath, formatContentProblem, loadContentFiles } from "../knowledge/content-files.loader";
import { draftFiles, incompleteFields } from "../knowledge/content-drafts";
import { addContentVariants } from "../knowledge/content-variants";
import { DynamoDbContentRepository } from "../knowledge/dynamodb-content.repository";
import { formatDataError, readDataFolder, SAMPLE_DATA_FOLDER, type DataError } from "../data-loader/data-folder.loader";
import { consoleIo, parseCommandLine, tellRunningAssistant, withCliStore, type CliIo, type CliStore } from "./cli-store";
import { runContentPublish } from "./content-publish";
import { diffSummary, formatRecordsDiff } from "./diff-format";

const USAGE = `Usage: npm run content -- <command> [options]
       (or npm run content:check, content:diff, content:publish, content:versions, content:rollback)

Commands:
  check                 validate the answer files AND the catalog/learner data files; writes nothing
  diff                  what a publish would change against the live content and catalog, field by field
  publish               publish the answer files as a new version (see npm run content:publish -- --help)
  versions              list the published versions, the active one marked *
  rollback <version>    make an earlier version active again (atomically; e.g. rollback v000041)
  add-variant <entry-id> --fr "..." [--fr "..."] [--en "..."]
                        append question variants to an answer in its file (the rest of the file is
                        left as it is), then validate the folder; the weekly report prints these

Options:
  --content <folder>    answer files (default infra/content)
  --data <folder>       catalog and learner files (default infra/data/sample)
  --strict              check: also fail on answers past their review date (CI runs it)
  --drafts              check: also check the drafts (<content>/drafts/*.yaml, never published)
                        against the answer files, and say what is left to complete in each

Store: the local embedded store (.data/store) unless DYNAMODB_ENDPOINT is set, or AWS on a deployed
stage (STAGE, TABLE_PREFIX, AWS_REGION, with your AWS credentials).
Exit code: 0 success, 1 invalid files / unknown version / conflict, 2 usage or connection problem.`;

type Args = { content: string; data: string; strict: boolean; drafts: boolean };

/** The admins' content commands, callable from tests: returns the exit code instead of exiting. */
export async function runContentCommand(argv: string[], env: Record<string, string | undefined> = process.env, io: CliIo = consoleIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "publish") return runContentPublish(rest, env, io);
  const parsed = parseCommandLine(io, USAGE, {
    args: rest,
    allowPositionals: true,
    options: {
      content: { type: "string" },
      data: { type: "string" },
      strict: { type: "boolean" },
      drafts: { type: "boolean" },
      fr: { type: "string", multiple: true },
      en: { type: "string", multiple: true },
      help: { type: "boolean" },
    },
  });
  if (!parsed) return 2;
  if (command === undefined || command === "help" || command === "--help" || parsed.values.help) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const args: Args = {
    content: parsed.values.content ? resolve(parsed.values.content) : CONTENT_DIR,
    data: parsed.values.data ? resolve(parsed.values.data) : SAMPLE_DATA_FOLDER,
    strict: parsed.values.strict ?? false,
    drafts: parsed.values.drafts ?? false,
  };
  const variants = [...(parsed.values.fr ?? []).map((text) => ({ text, language: "fr" as const })), ...(parsed.values.en ?? []).map((text) => ({ text, language: "en" as const }))];
  if (variants.length > 0 && command !== "add-variant") {
    io.err(`--fr and --en go with add-variant\n\n${USAGE}`);
    return 2;
  }
  const positionals = parsed.positionals;
  const expectArgs = (count: number, what: string): boolean => {
    if (positionals.length === count) return true;
    io.err(`${command}: ${what}\n\n${USAGE}`);
    return false;
  };

  switch (command) {
    case "check":
      return expectArgs(0, "takes no argument") ? check(args, io) : 2;
    case "diff":
      return expectArgs(0, "takes no argument") ? withStore(env, io, (store) => diff(args, store, io)) : 2;
    case "versions":
      return expectArgs(0, "takes no argument") ? withStore(env, io, (store) => versions(store, io)) : 2;
    case "add-variant":
      if (!expectArgs(1, "takes the id of the answer, e.g. npm run content -- add-variant exams-when --fr \"c'est quand les exams\"")) return 2;
      if (variants.length === 0 || variants.some((variant) => variant.text.trim().length === 0)) {
        io.err(`add-variant: give each variant with --fr "..." or --en "..." (not empty)\n\n${USAGE}`);
        return 2;
      }
      return addVariant(args, positionals[0] as string, variants, io);
    case "rollback":
      if (positionals.length === 0) {
        io.err("rollback: which version? Give one of the versions below, e.g. npm run content:rollback -- v000041");
        await withStore(env, io, (store) => versions(store, io));
        return 2;
      }
      return expectArgs(1, "takes one version, e.g. v000041") ? withStore(env, io, (store) => rollback(positionals[0] as string, store, io)) : 2;
    default:
      io.err(`Unknown command "${command}": expected check, diff, publish, versions, rollback or add-variant.\n\n${USAGE}`);
      return 2;
  }
}

function withStore(env: Record<string, string | undefined>, io: CliIo, work: (store: CliStore) => Promise<number>): Promise<number> {
  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Failed on ${target}: ${error.message}`, work);
}

/**
 * Every problem of the admins' files at once: answer files (schema, duplicate ids, questions claimed
 * twice, missing sources; review dates passed as warnings) and data files (schema, duplicates,
 * references between records). Reads files only.
 */
async function check(args: Args, io: CliIo): Promise<number> {
  const today = new Date().toISOString().slice(0, 10);
  const content = await loadContentFiles(args.content, { today });
  const data = await readDataFolder(args.data);
  // Under --strict an answer past its review date is content nobody vouches for any more: an error, not a warning.
  for (const warning of content.warnings) io.err(`${args.strict ? "" : "warning: "}${formatContentProblem(warning)}`);
  if (!content.valid) for (const problem of content.problems) io.err(formatContentProblem(problem));
  if (!data.ok) for (const error of data.errors) io.err(dataErrorLine(args.data, error));

  const expired = content.warnings.length > 0 ? `${content.warnings.length} answer(s) past their review date` : "";
  io.out(
    content.valid
      ? `Answers: ${content.entries.length} entries in ${content.files.length} files: valid${expired ? ` (${expired})` : ""}.`
      : `Answers: ${content.problems.length} problem(s) in ${args.content}${expired ? `, and ${expired}` : ""}.`,
  );
  io.out(
    data.ok
      ? `Data: ${data.data.units.length} units, ${data.data.diplomas.length} diplomas, ${data.data.learners.length} learners in ${data.data.files.length} files: valid.`
      : `Data: ${data.errors.length} problem(s) in ${args.data}.`,
  );
  const draftsOk = args.drafts ? await checkDrafts(args, today, io) : true;
  if (!content.valid || !data.ok || !draftsOk) {
    io.err("Check failed: fix the problems above (each names file:line, entry or record, and field). Nothing was published.");
    return 1;
  }
  if (args.strict && content.warnings.length > 0) {
    io.err(`Check failed (--strict): ${expired}: re-read each against its source and set a new reviewBy.`);
    return 1;
  }
  return 0;
}

/**
 * Each draft (never published) checked with the answer files as one set, as it would be once moved
 * among them: the fields still marked to complete, then the schema and the rules across files.
 */
async function checkDrafts(args: Args, today: string, io: CliIo): Promise<boolean> {
  const drafts = await draftFiles(args.content);
  if (drafts.length === 0) {
    io.out(`Drafts: none in ${displayPath(join(args.content, "drafts"))}.`);
    return true;
  }
  let ok = true;
  for (const draft of drafts) {
    const todo = await incompleteFields(draft);
    const loaded = await loadContentFiles(args.content, { today, extraFiles: [draft] });
    // A field still marked to complete is also often invalid (too short...): say what to write, once.
    const marked = new Set(todo.map((problem) => `${problem.entryId ?? ""}|${problem.field}`));
    const problems = loaded.valid ? [] : loaded.problems.filter((problem) => !marked.has(`${problem.entryId ?? ""}|${problem.field}`));
    for (const problem of [...todo, ...problems]) io.err(formatContentProblem(problem));
    const name = displayPath(draft);
    if (todo.length === 0 && problems.length === 0) {
      io.out(`Draft ${name}: complete and valid: move it into the content folder and publish (see its first lines).`);
    } else {
      ok = false;
      io.out(`Draft ${name}: ${todo.length} field(s) to complete${problems.length ? `, ${problems.length} other problem(s)` : ""}.`);
    }
  }
  return ok;
}

/** Appends question variants to an answer in its file, as the weekly report proposes, then validates. */
async function addVariant(args: Args, entryId: string, variants: { text: string; language: "fr" | "en" }[], io: CliIo): Promise<number> {
  const outcome = await addContentVariants(args.content, entryId, variants);
  const list = (items: { text: string; language: string }[]) => items.map((item) => `${item.language}: "${item.text}"`).join(", ");
  switch (outcome.outcome) {
    case "not-found":
      io.err(`No answer "${entryId}" in ${args.content}.${outcome.closest.length ? ` Closest ids: ${outcome.closest.join(", ")}.` : ""}`);
      return 1;
    case "invalid":
      for (const problem of outcome.problems) io.err(formatContentProblem(problem));
      io.err(`Nothing was changed in ${displayPath(outcome.file)}: with these variants the answer files would be invalid (above).`);
      return 1;
    case "unchanged":
      io.out(`"${entryId}" already has ${list(outcome.skipped)}: nothing to add.`);
      return 0;
    case "added":
      io.out(`Added to "${entryId}" in ${displayPath(outcome.file)}: ${list(outcome.added)}${outcome.skipped.length ? ` (already there: ${list(outcome.skipped)})` : ""}.`);
      io.out("The answer files are valid. Next: npm run content:diff, then npm run content:publish (or commit and merge: the deploy publishes).");
      return 0;
  }
}

/** What a publish (and the deployment's catalog load) would change, against what is live. */
async function diff(args: Args, store: CliStore, io: CliIo): Promise<number> {
  const loaded = await loadContentFiles(args.content);
  if (!loaded.valid) {
    for (const problem of loaded.problems) io.err(formatContentProblem(problem));
    io.err(`The answer files are invalid (${loaded.problems.length} problem(s)): a publish would be refused. Run npm run content:check.`);
    return 1;
  }
  const repository = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
  const active = await repository.active();
  const live = active ? await repository.read(active.version) : undefined;
  const contentDiff = diffRecords<ContentEntry>(live?.entries ?? [], loaded.entries, (entry) => entry.id);
  io.out(active ? `Answers: files against the active version ${describe(active)} on ${store.target}:` : `Answers: nothing is published yet on ${store.target}; a publish would add:`);
  printDiff(contentDiff, (entry) => entry.id, io, "removed");

  const catalogRepository = new DynamoDbCatalogRepository({ doc: store.doc, tableName: store.tables.catalog });
  const stored = await catalogRepository.loadCatalog();
  const data = await readDataFolder(args.data, stored);
  if (!data.ok) {
    for (const error of data.errors) io.err(dataErrorLine(args.data, error));
    io.err(`The data files in ${args.data} are invalid: a load would be refused.`);
    return 1;
  }
  // Loading creates or replaces records and never deletes: records only in the table stay.
  io.out(`Units: files (${args.data}) against the catalog table:`);
  printDiff(diffRecords<Unit>(stored.units, data.data.units, (unit) => unit.code), (unit) => unit.code, io, "not in the files: stays");
  io.out("Diplomas:");
  printDiff(diffRecords<Diploma>(stored.diplomas, data.data.diplomas, (diploma) => diploma.code), (diploma) => diploma.code, io, "not in the files: stays");
  if (data.data.learners.length > 0) io.out(`Learners: ${data.data.learners.length} records in the files (personal records: not compared here).`);
  return 0;
}

function printDiff<T>(changes: RecordsDiff<T>, keyOf: (record: T) => string, io: CliIo, removedNote: string): void {
  if (isEmptyDiff(changes)) {
    io.out(`  no change (${changes.unchanged} unchanged)`);
    return;
  }
  for (const line of formatRecordsDiff(changes, keyOf, removedNote)) io.out(line);
  io.out(`  ${diffSummary(changes, removedNote === "removed" ? "removed" : "only in the table")}`);
}

async function versions(store: CliStore, io: CliIo): Promise<number> {
  const repository = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
  const [all, active] = await Promise.all([repository.listVersions(), repository.active()]);
  if (all.length === 0) {
    io.out(`No content version on ${store.target} yet: publish with npm run content:publish.`);
    return 0;
  }
  io.out(`Content versions on ${store.target} (* active):`);
  for (const version of all) io.out(`${version.version === active?.version ? "*" : " "} ${describe(version)}`);
  return 0;
}

async function rollback(version: string, store: CliStore, io: CliIo): Promise<number> {
  const name = /^v?\d{1,6}$/i.test(version) ? `v${version.replace(/^v/i, "").padStart(6, "0")}` : version;
  const repository = new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content });
  const active = await repository.active();
  const target = await repository.read(name);
  if (!target) {
    io.err(`No content version "${version}" on ${store.target}: expected one of the versions listed below (e.g. v000041).`);
    await versions(store, io);
    return 1;
  }
  if (active) {
    const live = await repository.read(active.version);
    const changes = diffRecords<ContentEntry>(live?.entries ?? [], target.entries, (entry) => entry.id);
    io.out(`Rolling back from ${active.version} to ${describe(target)}; learners will see:`);
    printDiff(changes, (entry) => entry.id, io, "removed");
  }
  const outcome = await repository.activate(name, { expectedActive: active?.version });
  switch (outcome.outcome) {
    case "activated":
      io.out(`${outcome.version.version} is active again on ${store.target}${outcome.previous ? ` (was ${outcome.previous.version})` : ""}; running assistants switch within CONTENT_REFRESH_SECONDS.`);
      io.out("Revert the file change in git too, or the next deploy publishes it again.");
      await tellRunningAssistant(store, io);
      return 0;
    case "already-active":
      io.out(`${outcome.version.version} is already the active version: nothing to do.`);
      return 0;
    case "not-found":
      io.err(`No content version "${version}".`);
      return 1;
    case "conflict":
      io.err(`The active version changed meanwhile (now ${outcome.active?.version ?? "none"}): nothing was changed. Check with npm run content:versions and try again.`);
      return 1;
  }
}

/** A data error with its file named from the working directory, like the answer files' problems. */
function dataErrorLine(folder: string, error: DataError): string {
  const base = relative(process.cwd(), folder);
  const file = isAbsolute(error.file) ? error.file : join(base.startsWith("..") ? folder : base, error.file);
  return formatDataError({ ...error, file });
}

/** A path from the working directory when inside it, absolute otherwise (like the problems' file names). */
function describe(version: ContentVersionInfo): string {
  return `${version.version} (published ${version.publishedAt.slice(0, 16).replace("T", " ")} UTC, ${version.entryCount} entries, digest ${version.digest.slice(0, 8)})`;
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runContentCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`content: ${error.message}`);
      process.exit(2);
    },
  );
}
