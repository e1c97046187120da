import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { buildTeamsApp, teamsAppSettingsSchema, validateTeamsApp, MANIFEST_VERSION } from "../teams/teams-manifest";
import { unzipAppPackage, zipAppPackage } from "../teams/app-package";
import { consoleIo, type CliIo, parseCommandLine } from "./cli-store";

const USAGE = `Usage: npm run teams:package -- [--out <file.zip>] [--check <file.zip>]

Builds the Teams app package (manifest v${MANIFEST_VERSION}, French and English, icons) and validates it
against Microsoft's schema, offline. Settings (environment):
  MICROSOFT_APP_ID        the Azure Bot's Microsoft App ID (required; MicrosoftAppId also works)
  TEAMS_APP_ID            the Teams app's id (default: the bot's id)
  TEAMS_APP_VERSION       x.y.z, bumped at each upload (default: package.json's version)
  TEAMS_VALID_DOMAINS     comma-separated host names (default: www.cnam-paris.fr)
  TEAMS_DEVELOPER_NAME, TEAMS_WEBSITE_URL, TEAMS_PRIVACY_URL, TEAMS_TERMS_URL
                          publisher shown in Teams (default: Cnam Paris and https://www.cnam-paris.fr/)
  --out    where to write the zip (default dist/teams/ue-advisor-teams-<version>.zip)
  --check  validate an existing package instead of building one
Exit code: 0 built / valid, 1 invalid, 2 usage problem.`;

const DEFAULT_SITE = "https://www.cnam-paris.fr/";

/** The command, callable from tests: returns the exit code instead of exiting. */
export async function runTeamsPackage(argv: string[], env: Record<string, string | undefined> = process.env, io: CliIo = consoleIo): Promise<number> {
  const args = parseCommandLine(io, USAGE, { args: argv, options: { out: { type: "string" }, check: { type: "string" }, help: { type: "boolean" } } })?.values;
  if (!args) return 2;
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  if (args.check) return check(resolve(args.check), env, io);

  const packageVersion = (JSON.parse(await readFile(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
  const parsed = teamsAppSettingsSchema.safeParse({
    botId: configuredBotId(env),
    appId: env.TEAMS_APP_ID || undefined,
    version: env.TEAMS_APP_VERSION ?? packageVersion,
    validDomains: (env.TEAMS_VALID_DOMAINS ?? "www.cnam-paris.fr").split(",").map((d) => d.trim()).filter(Boolean),
    developer: {
      name: env.TEAMS_DEVELOPER_NAME ?? "Cnam Paris",
      websiteUrl: env.TEAMS_WEBSITE_URL ?? DEFAULT_SITE,
      privacyUrl: env.TEAMS_PRIVACY_URL ?? DEFAULT_SITE,
      termsOfUseUrl: env.TEAMS_TERMS_URL ?? DEFAULT_SITE,
    },
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) io.err(`${issue.path.join(".") || "settings"}: ${issue.message}`);
    io.err("No package was built.");
    return 2;
  }
  const settings = parsed.data;
  if (!env.TEAMS_PRIVACY_URL || !env.TEAMS_TERMS_URL) io.err("warning: TEAMS_PRIVACY_URL / TEAMS_TERMS_URL not set: the package points at the university's home page.");

  const app = buildTeamsApp(settings);
  const files: Record<string, Buffer> = {
    "manifest.json": Buffer.from(`${JSON.stringify(app.manifest, null, 2)}\n`),
    ...Object.fromEntries(Object.entries(app.localization).map(([name, strings]) => [name, Buffer.from(`${JSON.stringify(strings, null, 2)}\n`)])),
    ...app.icons,
  };
  const problems = validateTeamsApp(files, { botId: settings.botId });
  if (problems.length > 0) {
    for (const problem of problems) io.err(problem);
    io.err(`The manifest does not validate against the Teams schema v${MANIFEST_VERSION}: no package was written.`);
    return 1;
  }
  const out = resolve(args.out ?? `dist/teams/ue-advisor-teams-${settings.version}.zip`);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, zipAppPackage(files));
  io.out(`Teams app package ${out}`);
  io.out(`  manifest v${MANIFEST_VERSION} valid (schema checked offline), app ${settings.appId} version ${settings.version}, bot ${settings.botId}`);
  io.out(`  files: ${Object.keys(files).join(", ")}`);
  return 0;
}

async function check(path: string, env: Record<string, string | undefined>, io: CliIo): Promise<number> {
  let files: Record<string, Buffer>;
  try {
    files = unzipAppPackage(await readFile(path));
  } catch (error) {
    io.err(`Cannot read ${path} as a zip: ${(error as Error).message}`);
    return 2;
  }
  const problems = validateTeamsApp(files, { botId: configuredBotId(env) });
  for (const problem of problems) io.err(problem);
  if (problems.length > 0) {
    io.err(`${path} is not a valid Teams app package (${problems.length} problem(s)).`);
    return 1;
  }
  io.out(`${path} is a valid Teams app package (manifest v${MANIFEST_VERSION}).`);
  return 0;
}

/** The bot's id from either spelling of the variable; an empty one is as good as none. */
function configuredBotId(env: Record<string, string | undefined>): string | undefined {
  return env.MICROSOFT_APP_ID || env.MicrosoftAppId || undefined;
}

if (require.main === module) {
  runTeamsPackage(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`teams:package failed: ${error.message}`);
      process.exit(2);
    },
  );
}
