import { readFileSync } from "node:fs";
import { join } from "node:path";
import Ajv, { type ErrorObject, type ValidateFunction } from "ajv-draft-04";
import addFormats from "ajv-formats";
import { PNG } from "pngjs";
import { z } from "zod/v4";

/**
 * The Teams app of the assistant: manifest (schema v1.24), French first with an English
 * localization file, the bot's id from configuration, scopes personal (a learner's own chat) and
 * team (the advisors' channel, where new handoff requests are posted), and its two icons
 * (icons/: a speech bubble with three dots, 192x192 in colour and 32x32 white on transparent, as
 * Teams requires).
 */
export const MANIFEST_VERSION = "1.24";
export const SCHEMA_DIR = join(__dirname, "schema");
export const ICONS_DIR = join(__dirname, "icons");
/** Teams shows the colour icon on it; icons/color.png is drawn on the same colour. */
export const ACCENT_COLOR = "#A6192E";

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** A host name, optionally with a leading wildcard label: "www.cnam-paris.fr", "*.execute-api.eu-west-3.amazonaws.com". */
const DOMAIN = /^(\*\.)?(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

const httpsUrl = (name: string) => z.url({ protocol: /^https$/, error: `${name} must be an https URL` });

/** A GUID that only looks like an id: what a template or an example holds until someone fills it in. */
const PLACEHOLDER_GUID = /^[0-]+$/;

/** What the package is built from, read from the environment by `npm run teams:package`. */
export const teamsAppSettingsSchema = z
  .object({
    /** The bot's Microsoft App ID (Azure Bot registration), as the deployment uses it. */
    botId: z
      .string({ error: "the bot's app id is needed: set MICROSOFT_APP_ID (the Azure Bot's Microsoft App ID)" })
      .regex(GUID, "the bot's app id must be a GUID (the Azure Bot's Microsoft App ID)")
      .refine((id) => !PLACEHOLDER_GUID.test(id), "MICROSOFT_APP_ID is all zeros, a placeholder: set it to the Azure Bot's Microsoft App ID"),
    /** The Teams app's own id; by default the bot's id (so a missing bot id is reported once, as the bot's). */
    appId: z
      .string()
      .regex(GUID, "TEAMS_APP_ID must be a GUID")
      .refine((id) => !PLACEHOLDER_GUID.test(id), "TEAMS_APP_ID is all zeros, a placeholder: set it to the Teams app's id, or leave it unset to use the bot's")
      .optional(),
    /** Bumped at each upload of a changed package (Teams refuses an update with the same version). */
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "TEAMS_APP_VERSION must be major.minor.patch, e.g. 1.0.3"),
    validDomains: z
      .array(z.string().regex(DOMAIN, "each of TEAMS_VALID_DOMAINS must be a host name like www.cnam-paris.fr (no https://, no path)"))
      .max(16, "at most 16 valid domains")
      .refine((domains) => !domains.some((domain) => /^\*\.[^.]+$/.test(domain)), "a wildcard must leave at least a registrable domain (*.example.org, not *.org)"),
    developer: z.object({
      name: z.string().min(1).max(32, "TEAMS_DEVELOPER_NAME is at most 32 characters"),
      websiteUrl: httpsUrl("TEAMS_WEBSITE_URL"),
      privacyUrl: httpsUrl("TEAMS_PRIVACY_URL"),
      termsOfUseUrl: httpsUrl("TEAMS_TERMS_URL"),
    }),
  })
  .transform(({ appId, ...settings }) => ({ ...settings, appId: appId ?? settings.botId }));

export type TeamsAppSettings = z.infer<typeof teamsAppSettingsSchema>;

/** The package's files: manifest.json, its English localization, the two icons. */
export interface TeamsAppFiles {
  manifest: Record<string, unknown>;
  localization: Record<string, Record<string, unknown>>;
  icons: { "color.png": Buffer; "outline.png": Buffer };
}

const FRENCH = {
  name: { short: "Conseil UE Cnam Paris", full: "Assistant conseil des UE du soir — Cnam Paris" },
  description: {
    short: "Vos questions sur les UE du soir : crédits, horaires, inscription, conseiller.",
    full:
      "L'assistant des auditeurs des cours du soir du Cnam Paris répond aux questions sur les unités d'enseignement (UE), " +
      "les unités d'activité (UA) et les unités spécifiques (US) : équivalence crédits ECTS / heures, horaires, examens, " +
      "capitalisation, et vérifie si vous pouvez vous inscrire à une unité. Quand il ne sait pas, il transmet votre question " +
      "à un conseiller. Dans l'équipe des conseillers, il publie les nouvelles demandes dans le canal choisi.",
  },
  commands: [
    { title: "aide", description: "Ce que l'assistant sait faire" },
    { title: "combien d'heures pour 6 ECTS ?", description: "Crédits ECTS et heures de cours" },
    { title: "parler à un conseiller", description: "Transmettre une question à un conseiller" },
  ],
};

const ENGLISH = {
  name: { short: "Cnam Paris UE advisor", full: "Evening course units advisor — Cnam Paris" },
  description: {
    short: "Questions about Cnam Paris evening units: credits, times, enrolment, advisors.",
    full:
      "The assistant of Cnam Paris evening learners answers questions about course units (UE), activity units (UA) and " +
      "specific units (US): ECTS credits and class hours, timetables, exams, banking of units, and checks whether you may " +
      "enrol in a unit. When it does not know, it passes your question to an advisor. In the advisors' team, it posts new " +
      "requests to the chosen channel.",
  },
  commands: [
    { title: "help", description: "What the assistant can do" },
    { title: "how many hours for 6 ECTS?", description: "ECTS credits and class hours" },
    { title: "talk to an advisor", description: "Pass a question to an advisor" },
  ],
};

/** Builds the manifest, its English localization and the icons. */
export function buildTeamsApp(settings: TeamsAppSettings): TeamsAppFiles {
  const manifest = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: MANIFEST_VERSION,
    version: settings.version,
    id: settings.appId,
    localizationInfo: { defaultLanguageTag: "fr-fr", additionalLanguages: [{ languageTag: "en-us", file: "en-us.json" }] },
    developer: settings.developer,
    name: FRENCH.name,
    description: FRENCH.description,
    icons: { color: "color.png", outline: "outline.png" },
    accentColor: ACCENT_COLOR,
    bots: [
      {
        botId: settings.botId,
        scopes: ["personal", "team"],
        isNotificationOnly: false,
        supportsFiles: false,
        supportsCalling: false,
        supportsVideo: false,
        commandLists: [{ scopes: ["personal"], commands: FRENCH.commands }],
      },
    ],
    validDomains: settings.validDomains,
    defaultInstallScope: "personal",
  };
  const localization: Record<string, unknown> = {
    $schema: `https://developer.microsoft.com/en-us/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json`,
    "name.short": ENGLISH.name.short,
    "name.full": ENGLISH.name.full,
    "description.short": ENGLISH.description.short,
    "description.full": ENGLISH.description.full,
  };
  ENGLISH.commands.forEach((command, i) => {
    localization[`bots[0].commandLists[0].commands[${i}].title`] = command.title;
    localization[`bots[0].commandLists[0].commands[${i}].description`] = command.description;
  });
  return {
    // Copies: the wording constants and the settings must not change when a caller edits the result.
    manifest: structuredClone(manifest),
    localization: { "en-us.json": localization },
    icons: { "color.png": readFileSync(join(ICONS_DIR, "color.png")), "outline.png": readFileSync(join(ICONS_DIR, "outline.png")) },
  };
}

let validators: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

/** Microsoft's JSON schemas (draft-04), shipped in infra/teams/schema: validation needs no network. */
function schemaValidators() {
  if (!validators) {
    // Microsoft's patterns are written for non-unicode regular expressions (e.g. an unescaped "]").
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const load = (file: string) => JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")) as object;
    validators = { manifest: ajv.compile(load("MicrosoftTeams.schema.json")), localization: ajv.compile(load("MicrosoftTeams.Localization.schema.json")) };
  }
  return validators;
}

/**
 * Checks a package's files: the manifest and each localization file against Microsoft's schemas,
 * then what the schemas cannot say: every file the manifest names is in the package, the icons have
 * Teams' sizes, the outline icon is white on transparent, and the bot is the configured one.
 * Returns one message per problem (empty: valid).
 */
export function validateTeamsApp(files: { [name: string]: Buffer }, expected: { botId?: string } = {}): string[] {
  const problems: string[] = [];
  const manifestFile = files["manifest.json"];
  if (!manifestFile) return ["manifest.json is missing from the package"];
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(manifestFile.toString("utf8")) as Record<string, unknown>;
  } catch (error) {
    return [`manifest.json is not JSON: ${(error as Error).message}`];
  }
  const { manifest: validateManifest, localization: validateLocalization } = schemaValidators();
  if (!validateManifest(manifest)) problems.push(...schemaErrors("manifest.json", validateManifest.errors));

  const localization = manifest.localizationInfo as { additionalLanguages?: { languageTag: string; file: string }[] } | undefined;
  for (const language of localization?.additionalLanguages ?? []) {
    const file = files[language.file];
    if (!file) {
      problems.push(`${language.file} (language ${language.languageTag}) is named by the manifest but missing from the package`);
      continue;
    }
    const strings = JSON.parse(file.toString("utf8")) as unknown;
    if (!validateLocalization(strings)) problems.push(...schemaErrors(language.file, validateLocalization.errors));
  }

  const icons = (manifest.icons ?? {}) as Record<string, string>;
  for (const [kind, size] of [["color", 192], ["outline", 32]] as const) {
    const name = icons[kind];
    const file = name ? files[name] : undefined;
    if (!name || !file) {
      problems.push(`the ${kind} icon ${name ?? "(unnamed)"} is missing from the package`);
      continue;
    }
    try {
      const image = PNG.sync.read(file);
      if (image.width !== size || image.height !== size) problems.push(`${name}: the ${kind} icon must be ${size}x${size} pixels, not ${image.width}x${image.height}`);
      if (kind === "outline") {
        for (let i = 0; i < image.data.length; i += 4) {
          const [r, g, b, a] = [image.data[i], image.data[i + 1], image.data[i + 2], image.data[i + 3]];
          if (a !== 0 && (r !== 255 || g !== 255 || b !== 255)) {
            problems.push(`${name}: the outline icon must be white on a transparent background (pixel ${i / 4} is ${r},${g},${b})`);
            break;
          }
        }
      }
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }

  const bots = (manifest.bots ?? []) as { botId?: string; scopes?: string[] }[];
  for (const [field, id] of [["id", manifest.id], ["bots[0].botId", bots[0]?.botId]] as const) {
    if (typeof id === "string" && PLACEHOLDER_GUID.test(id)) problems.push(`manifest.json: ${field} is all zeros, a placeholder: build the package with the real ids`);
  }
  if (expected.botId && bots[0]?.botId?.toLowerCase() !== expected.botId.toLowerCase()) {
    problems.push(`bots[0].botId is ${bots[0]?.botId ?? "missing"}, not the configured bot ${expected.botId}`);
  }
  for (const scope of ["personal", "team"]) if (!bots[0]?.scopes?.includes(scope)) problems.push(`bots[0].scopes must include "${scope}"`);
  return problems;
}

function schemaErrors(file: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((error) => {
    const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, ".") : "(top level)";
    const detail = error.keyword === "additionalProperties" ? ` "${(error.params as { additionalProperty: string }).additionalProperty}"` : "";
    return `${file}: ${where}: ${error.message ?? error.keyword}${detail}`;
  });
}
