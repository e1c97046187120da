import { resolve } from "node:path";
import { DynamoDbCatalogRepository } from "../catalog/dynamodb-catalog.repository";
import { CONTENT_DIR, formatContentProblem, loadContentFiles } from "../knowledge/content-files.loader";
import { publishContentFiles } from "../knowledge/content-publisher";
import { DynamoDbContentRepository } from "../knowledge/dynamodb-content.repository";
import { formatDataError, readDataFolder, sampleRecords } from "../data-loader/data-folder.loader";
import { consoleIo, parseCommandLine, progressReporter, withCliStore, type CliIo } from "./cli-store";

const USAGE = `Usage: deploy-publish [--check-only] [--content <folder>] [--data <folder> [--allow-sample]]

Run by \`serverless deploy\` (infra/deploy/publish-on-deploy.plugin.cjs), with the deployed stage's
STAGE, TABLE_PREFIX and AWS_REGION and the deployer's credentials:
  before the stack update  --check-only: validates the answer and catalog files, so invalid files
                           stop the deployment before anything changes;
  after it                 publishes the answer files when they differ from the active version,
                           and loads the catalog of --data (units and diplomas; never learner
                           records). Without --data the stored catalog is left as it is.
A folder holding records marked \`sample: true\` (the shipped infra/data/sample) is refused unless
--allow-sample is given (ALLOW_SAMPLE_DATA=true at deploy).`;

/**
 * What `serverless deploy` runs so that a merged content or catalog change reaches learners with
 * the deploy. Learner records are personal data: they are not deployed from the repository (the
 * shipped ones are fictional demo learners); load real ones with `npm run data:load`.
 */
export async function runDeployPublish(argv: string[], env: Record<string, string | undefined> = process.env, io: CliIo = consoleIo): Promise<number> {
  const parsed = parseCommandLine(io, USAGE, {
    args: argv,
    options: { "check-only": { type: "boolean" }, content: { type: "string" }, data: { type: "string" }, "allow-sample": { type: "boolean" }, help: { type: "boolean" } },
  });
  if (!parsed) return 2;
  const args = parsed.values;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const contentDir = args.content ? resolve(args.content) : CONTENT_DIR;
  // No default folder: a deploy loads a catalog only when one is named.
  const dataDir = args.data ? resolve(args.data) : undefined;

  // Validation first, from files only: a deploy with invalid files changes nothing.
  const content = await loadContentFiles(contentDir, { today: new Date().toISOString().slice(0, 10) });
  const data = dataDir ? await readDataFolder(dataDir) : undefined;
  for (const warning of content.warnings) io.err(`warning: ${formatContentProblem(warning)}`);
  if (!content.valid || (data && !data.ok)) {
    if (!content.valid) for (const problem of content.problems) io.err(formatContentProblem(problem));
    if (data && !data.ok) for (const error of data.errors) io.err(formatDataError(error));
    io.err("Content or catalog files are invalid: nothing was published. Run npm run content:check.");
    return 1;
  }
  const samples = data?.ok ? sampleRecords(data.data) : undefined;
  if (samples && !args["allow-sample"]) {
    io.err(
      `${dataDir} holds sample records (${samples}): the sample catalog is loaded into a stage only when asked, with --allow-sample (ALLOW_SAMPLE_DATA=true at deploy). Nothing was published.`,
    );
    return 1;
  }
  if (args["check-only"]) {
    io.out(`Content and catalog valid: ${content.entries.length} answers, ${data?.ok ? `${data.data.units.length} units, ${data.data.diplomas.length} diplomas` : "no catalog folder"}.`);
    return 0;
  }

  return withCliStore(env, io, (target, error) => `Publishing to ${target} failed: ${error.message}`, async (store) => {
    const published = await publishContentFiles({
      repository: new DynamoDbContentRepository({ doc: store.doc, tableName: store.tables.content }),
      dir: contentDir,
      onlyIfChanged: true,
      onProgress: progressReporter("Writing answers", io),
    });
    switch (published.outcome) {
      case "invalid":
        for (const problem of published.problems) io.err(formatContentProblem(problem));
        return 1;
      case "unchanged":
        io.out(`Answers unchanged: ${published.version.version} stays active (table ${store.tables.content}).`);
        break;
      case "published":
        io.out(`Answers published: ${published.version.version} (${published.version.entryCount} entries) is active (table ${store.tables.content}).`);
        break;
      case "superseded":
        io.out(`Answers published as ${published.version.version}, but ${published.active.version} is active (a newer decision).`);
        break;
    }
    if (!dataDir) {
      io.out("Catalog unchanged: no data folder named (CATALOG_FOLDER at deploy).");
      return 0;
    }
    const catalog = new DynamoDbCatalogRepository({ doc: store.doc, tableName: store.tables.catalog });
    // Checked again against the stored catalog: the folder's records may refer to stored ones.
    const checked = await readDataFolder(dataDir, await catalog.loadCatalog());
    if (!checked.ok) {
      for (const error of checked.errors) io.err(formatDataError(error));
      return 1;
    }
    io.err(`Loading the catalog: ${checked.data.units.length} units, ${checked.data.diplomas.length} diplomas…`);
    await catalog.saveUnits(checked.data.units);
    await catalog.saveDiplomas(checked.data.diplomas);
    io.out(
      `Catalog loaded: ${checked.data.units.length} units, ${checked.data.diplomas.length} diplomas (table ${store.tables.catalog})` +
        (checked.data.learners.length > 0 ? `; the ${checked.data.learners.length} learner records of ${dataDir} are not deployed (npm run data:load).` : "."),
    );
    return 0;
  });
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runDeployPublish(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`deploy-publish failed: ${error.message}`);
      process.exit(2);
    },
  );
}
