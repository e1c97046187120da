import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PNG } from "pngjs";
import { runTeamsPackage } from "../../../infra/cli/teams-package";
import { unzipAppPackage, zipAppPackage } from "../../../infra/teams/app-package";
import { ACCENT_COLOR, buildTeamsApp, validateTeamsApp, type TeamsAppSettings } from "../../../infra/teams/teams-manifest";
import { io } from "../../support/cli-io";

const BOT = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "teams-"));
  folders.push(dir);
  return dir;
}
/** The parts of a manifest the cases below edit. */
type ManifestShape = {
  bots: [{ botId: string; scopes: string[] }];
  developer: Record<string, string>;
  localizationInfo: { additionalLanguages: [{ file: string }] };
  [key: string]: unknown;
};

const settings: TeamsAppSettings = {
  botId: BOT,
  appId: BOT,
  version: "1.2.3",
  validDomains: ["www.cnam-paris.fr"],
  developer: { name: "Cnam Paris", websiteUrl: "https://www.cnam-paris.fr/", privacyUrl: "https://www.cnam-paris.fr/", termsOfUseUrl: "https://www.cnam-paris.fr/" },
};

/** The package's files, as the CLI writes them. */
function files(manifestChange: (manifest: Record<string, unknown>) => void = () => undefined): Record<string, Buffer> {
  const app = buildTeamsApp(settings);
  manifestChange(app.manifest);
  return {
    "manifest.json": Buffer.from(JSON.stringify(app.manifest)),
    "en-us.json": Buffer.from(JSON.stringify(app.localization["en-us.json"])),
    ...app.icons,
  };
}

describe("npm run teams:package", () => {
  it("builds a zip with the manifest, its English strings and the icons, validated offline", async () => {
    const out = join(await tempDir(), "app.zip");
    const run = io();
    expect(await runTeamsPackage(["--out", out], { MICROSOFT_APP_ID: BOT, TEAMS_APP_VERSION: "1.0.4", TEAMS_VALID_DOMAINS: "www.cnam-paris.fr, abc123.execute-api.eu-west-3.amazonaws.com" }, run.io)).toBe(0);
    expect(run.out[0]).toBe(`Teams app package ${out}`);
    expect(run.out[1]).toMatch(/manifest v1\.24 valid \(schema checked offline\)/);

    const entries = unzipAppPackage(await readFile(out));
    expect(Object.keys(entries).sort()).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
    const manifest = JSON.parse(entries["manifest.json"]!.toString()) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      manifestVersion: "1.24",
      version: "1.0.4",
      id: BOT,
      localizationInfo: { defaultLanguageTag: "fr-fr", additionalLanguages: [{ languageTag: "en-us", file: "en-us.json" }] },
      name: { short: "Conseil UE Cnam Paris" },
      icons: { color: "color.png", outline: "outline.png" },
      bots: [{ botId: BOT, scopes: ["personal", "team"] }],
      validDomains: ["www.cnam-paris.fr", "abc123.execute-api.eu-west-3.amazonaws.com"],
    });
    expect(JSON.parse(entries["en-us.json"]!.toString())).toMatchObject({ "name.short": "Cnam Paris UE advisor", "bots[0].commandLists[0].commands[2].title": "talk to an advisor" });
    expect(PNG.sync.read(entries["color.png"]!)).toMatchObject({ width: 192, height: 192 });
    expect(PNG.sync.read(entries["outline.png"]!)).toMatchObject({ width: 32, height: 32 });

    const checked = io();
    expect(await runTeamsPackage(["--check", out], { MICROSOFT_APP_ID: BOT }, checked.io)).toBe(0);
    expect(checked.out[0]).toMatch(/is a valid Teams app package \(manifest v1\.24\)/);
  });

  it("builds the same bytes from the same settings", () => {
    const build = () => zipAppPackage(files());
    expect(build().equals(build())).toBe(true);
  });

  it.each([
    [{}, /botId: the bot's app id is needed: set MICROSOFT_APP_ID/],
    [{ MICROSOFT_APP_ID: "my-bot" }, /botId: the bot's app id must be a GUID/],
    [{ MICROSOFT_APP_ID: "00000000-0000-0000-0000-000000000000" }, /^botId: MICROSOFT_APP_ID is all zeros, a placeholder: set it to the Azure Bot's Microsoft App ID$/m],
    [{ MICROSOFT_APP_ID: BOT, TEAMS_APP_ID: "00000000-0000-0000-0000-000000000000" }, /^appId: TEAMS_APP_ID is all zeros, a placeholder/m],
    [{ MICROSOFT_APP_ID: BOT, TEAMS_VALID_DOMAINS: "https://www.cnam-paris.fr/" }, /validDomains.0: each of TEAMS_VALID_DOMAINS must be a host name/],
    [{ MICROSOFT_APP_ID: BOT, TEAMS_VALID_DOMAINS: "*.fr" }, /a wildcard must leave at least a registrable domain/],
    [{ MICROSOFT_APP_ID: BOT, TEAMS_APP_VERSION: "2" }, /TEAMS_APP_VERSION must be major\.minor\.patch/],
    [{ MICROSOFT_APP_ID: BOT, TEAMS_PRIVACY_URL: "http://www.cnam-paris.fr/" }, /TEAMS_PRIVACY_URL must be an https URL/],
  ])("refuses settings %j with a message naming what is wrong, exit 2, nothing written", async (env, message) => {
    const out = join(await tempDir(), "app.zip");
    const run = io();
    expect(await runTeamsPackage(["--out", out], env, run.io)).toBe(2);
    expect(run.err.join("\n")).toMatch(message);
    await expect(readFile(out)).rejects.toThrow();
  });

  it.each([{}, { MICROSOFT_APP_ID: "" }, { MicrosoftAppId: "" }])("without a bot id (%j), names the missing variable once", async (env) => {
    const run = io();
    expect(await runTeamsPackage(["--out", join(await tempDir(), "app.zip")], env, run.io)).toBe(2);
    expect(run.err).toEqual(["botId: the bot's app id is needed: set MICROSOFT_APP_ID (the Azure Bot's Microsoft App ID)", "No package was built."]);
  });

  it("refuses a package whose manifest was edited out of the schema", async () => {
    const out = join(await tempDir(), "edited.zip");
    await writeFile(out, zipAppPackage(files((m) => ((m.name as { short: string }).short = "x".repeat(31)))));
    const run = io();
    expect(await runTeamsPackage(["--check", out], { MICROSOFT_APP_ID: BOT }, run.io)).toBe(1);
    expect(run.err[0]).toMatch(/^manifest\.json: name\.short: must NOT have more than 30 characters/);
  });
});

describe("validateTeamsApp (schema v1.24, offline, plus what the schema cannot say)", () => {
  it("accepts the built package", () => {
    expect(validateTeamsApp(files(), { botId: BOT })).toEqual([]);
  });

  it.each<[string, (manifest: ManifestShape) => void, RegExp]>([
    ["a bot id that is not a GUID", (m) => (m.bots[0].botId = "bot"), /manifest\.json: bots\.0\.botId: must match pattern/],
    ["an unknown field", (m) => (m.colour = "red"), /manifest\.json: \(top level\): must NOT have additional properties "colour"/],
    ["a developer without privacy page", (m) => delete m.developer.privacyUrl, /developer: must have required property 'privacyUrl'/],
    ["another manifest version", (m) => (m.manifestVersion = "1.16"), /manifestVersion: must be equal to constant/],
    ["an unknown scope", (m) => (m.bots[0].scopes = ["personal", "team", "meeting"]), /bots\.0\.scopes\.2: must be equal to one of the allowed values/],
    ["a missing localization file", (m) => (m.localizationInfo.additionalLanguages[0].file = "de-de.json"), /de-de\.json \(language en-us\) is named by the manifest but missing/],
    ["another bot than the configured one", (m) => (m.bots[0].botId = "00000000-0000-0000-0000-000000000000"), /bots\[0\]\.botId is 00000000-.*, not the configured bot/],
    ["no team scope", (m) => (m.bots[0].scopes = ["personal"]), /bots\[0\]\.scopes must include "team"/],
    ["an all-zero app id", (m) => (m.id = "00000000-0000-0000-0000-000000000000"), /^manifest\.json: id is all zeros, a placeholder/m],
  ])("refuses %s", (_case, change, message) => {
    expect(validateTeamsApp(files((m) => change(m as ManifestShape)), { botId: BOT }).join("\n")).toMatch(message);
  });

  it("checks the icons' sizes and that the outline is white on transparent", () => {
    const icons = files();
    const wrongSize = { ...icons, "color.png": icons["outline.png"]! };
    expect(validateTeamsApp(wrongSize)).toContain("color.png: the color icon must be 192x192 pixels, not 32x32");
    const red = PNG.sync.read(icons["outline.png"]!);
    red.data.set([255, 0, 0, 255], 0);
    expect(validateTeamsApp({ ...icons, "outline.png": PNG.sync.write(red) }).join("\n")).toMatch(/outline\.png: the outline icon must be white on a transparent background \(pixel 0 is 255,0,0\)/);
  });

  it("ships a colour icon drawn on the manifest's accent colour", () => {
    const { data } = PNG.sync.read(files()["color.png"]!);
    const corner = `#${[...data.subarray(0, 3)].map((byte) => byte.toString(16).padStart(2, "0")).join("")}`;
    expect(corner.toUpperCase()).toBe(ACCENT_COLOR);
  });

  it("refuses an icon that is not a PNG image", () => {
    expect(validateTeamsApp({ ...files(), "color.png": Buffer.from("GIF89a") }).join("\n")).toMatch(/^color\.png: /m);
  });
});
