import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { productionBuildOptions } from "../../../infra/build/bundle-options";
import { compactErrorsSource, compactSsmErrors, KEPT_LANGUAGES, lazyBarrelSource, LEFT_OUT, LEFT_OUT_FILES, NODE_FEATURE_CHECKS, ONE_COPY, OWN_OMIT, ROOT, STREAM_TYPE_CHECK, stemmersSource } from "../../../infra/build/esbuild-plugins";

/**
 * The production bundle's plugins (infra/build/esbuild-plugins.ts), on the Bot Framework packages
 * themselves: every name the packages export must still be there, of the same kind, once their
 * index files load lazily; a left-out package must fail loudly, naming itself, when something uses it.
 */
const require = createRequire(import.meta.url);

const PACKAGES = ["botbuilder", "botbuilder-core", "botbuilder-dialogs", "botframework-connector"] as const;
const out = mkdtempSync(join(tmpdir(), "ue-advisor-plugins-"));
let bundled: Record<string, Record<string, unknown>>;
/** The source files the Bot Framework packages' bundle holds. */
let packageInputs: string[];
/** The many-language packages as the assistant imports them (ES modules), bundled with the production settings. */
let languages: { snowball: typeof import("snowball-stemmers"); zod: typeof import("zod/v4") };
/** The AWS SDK's stream helpers, bundled with the production settings. */
const serdeBundle = join(out, "serde.js");
let serde: Pick<typeof import("@smithy/core/serde"), "isReadableStream" | "streamCollector">;

beforeAll(async () => {
  const entry = [...PACKAGES.map((name) => `exports[${JSON.stringify(name)}] = require(${JSON.stringify(name)});`), `exports.number = require("@microsoft/recognizers-text-number");`, `exports.i18n = require("botbuilder-dialogs/lib/i18n");`].join("\n");
  const packagesBuild = await build({
    ...productionBuildOptions({ trimmed: true }),
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: "packages.js" },
    outfile: join(out, "packages.js"),
    sourcemap: false,
    metafile: true,
    logLevel: "error",
  });
  packageInputs = Object.keys(packagesBuild.metafile.inputs);
  bundled = require(join(out, "packages.js")) as typeof bundled;
  await build({
    ...productionBuildOptions({ trimmed: true }),
    stdin: { contents: 'export * as snowball from "snowball-stemmers";\nexport * as zod from "zod/v4";', resolveDir: ROOT, sourcefile: "languages.ts", loader: "ts" },
    outfile: join(out, "languages.js"),
    sourcemap: false,
    logLevel: "error",
  });
  languages = require(join(out, "languages.js")) as typeof languages;
  await build({
    ...productionBuildOptions({ trimmed: true }),
    stdin: { contents: 'export { isReadableStream, streamCollector } from "@smithy/core/serde";', resolveDir: ROOT, sourcefile: "serde.ts", loader: "ts" },
    outfile: serdeBundle,
    sourcemap: false,
    logLevel: "error",
  });
  serde = require(serdeBundle) as typeof serde;
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("lazy index files of the Bot Framework packages", () => {
  it.each(PACKAGES)("%s: every exported name resolves to a value of the same type as from the package itself", (name) => {
    const real = require(name) as Record<string, unknown>;
    const names = Object.keys(real);
    expect(names.length).toBeGreaterThan(20);
    const mismatches: string[] = [];
    const leftOut: string[] = [];
    for (const key of names) {
      try {
        if (typeof bundled[name]?.[key] !== typeof real[key]) mismatches.push(key);
      } catch (error) {
        // A module that calls a left-out package as it loads fails on first use, naming the package.
        expect((error as Error).name).toBe("ModuleLeftOutError");
        leftOut.push(key);
      }
    }
    // The connector's Teams client is left out (LEFT_OUT_FILES); the namespaces its file re-exported are the stub's functions now.
    expect(mismatches).toEqual(name === "botframework-connector" ? ["TeamsConnectorModels", "TeamsConnectorMappers"] : []);
    if (name === "botframework-connector") {
      const client = bundled[name]!["TeamsConnectorClient"] as new (...args: unknown[]) => unknown;
      expect(() => new client({})).toThrow(/botframework-connector\/lib\/teams\/teamsConnectorClient\.js is left out of the bundle/);
    }
    // OAuthPrompt is left out (LEFT_OUT_FILES): learners are identified by their channel, never through a sign-in card.
    if (name === "botbuilder-dialogs") {
      const prompt = bundled[name]!["OAuthPrompt"] as new (...args: unknown[]) => unknown;
      expect(() => new prompt("signin", {})).toThrow(/botbuilder-dialogs\/lib\/prompts\/oauthPrompt\.js is left out of the bundle/);
    }
    // NumberPrompt's module calls globalize as it loads: the assistant never uses it (TextPrompt only).
    expect(leftOut).toEqual(name === "botbuilder-dialogs" ? ["NumberPrompt"] : []);
  });

  it("leaves a file that is not only re-exports as it is", () => {
    const source = ['"use strict";', 'Object.defineProperty(exports, "__esModule", { value: true });', 'exports.x = 1;', '__exportStar(require("./y"), exports);'].join("\n");
    expect(lazyBarrelSource("/tmp/index.js", source)).toBeUndefined();
  });

  it("loads a re-exported module only when one of its names is read", () => {
    const source = [
      '"use strict";',
      'Object.defineProperty(exports, "__esModule", { value: true });',
      "exports.Thing = void 0;",
      'var thing_1 = require("./thing");',
      'Object.defineProperty(exports, "Thing", { enumerable: true, get: function () { return thing_1.Thing; } });',
    ].join("\n");
    const lazy = lazyBarrelSource("/tmp/index.js", source) ?? "";
    let loads = 0;
    const exports: Record<string, unknown> = {};
    new Function("exports", "require", lazy)(exports, () => {
      loads++;
      return { Thing: "thing" };
    });
    expect(loads).toBe(0);
    expect(exports.Thing).toBe("thing");
    expect(loads).toBe(1);
  });
});

describe("packages left out of the bundle", () => {
  it("lists why each is never run", () => {
    for (const reason of Object.values(LEFT_OUT)) expect(reason.length).toBeGreaterThan(10);
  });

  it("fails with a ModuleLeftOutError naming the package as soon as it is used", () => {
    const number = bundled.number as { recognizeNumber(text: string, culture: string): unknown };
    expect(() => number.recognizeNumber("deux", "fr-fr")).toThrow(/^@microsoft\/recognizers-text-number is left out of the bundle .* yet @microsoft\/recognizers-text-number\.recognizeNumber\(\) was used/);
  });

  it("fails the same way when a left-out file of a bundled package is used", () => {
    const i18n = bundled.i18n as { English(): unknown };
    expect(() => i18n.English()).toThrow(/^botbuilder-dialogs\/lib\/i18n\.js is left out of the bundle \(Number prompt: .*\), yet botbuilder-dialogs\/lib\/i18n\.js\.English\(\) was used/);
    for (const reason of Object.values(LEFT_OUT_FILES)) expect(reason.length).toBeGreaterThan(10);
  });

  it("lets the choice prompts' module load (it reads culture names at load), failing only when a prompt recognizes", () => {
    const dialogs = bundled["botbuilder-dialogs"] as { PromptCultureModels: { getSupportedCultureCodes(): unknown[] } };
    expect(() => dialogs.PromptCultureModels).not.toThrow();
  });
});

describe("languages the assistant does not use", () => {
  const real = { snowball: require("snowball-stemmers") as typeof import("snowball-stemmers"), zod: require("zod/v4") as typeof import("zod/v4") };
  const words = {
    french: ["inscriptions", "inscrire", "examens", "semestre", "validée", "crédits", "professeur", "autorisation", "heures", "diplômes"],
    english: ["enrolment", "enrolling", "exams", "semesters", "credits", "hours", "authorisation", "teachers", "running", "diplomas"],
  };

  it.each([...KEPT_LANGUAGES["snowball-stemmers"]])("stems %s as the package does", (language) => {
    const bundledStemmer = languages.snowball.newStemmer(language);
    const stemmer = real.snowball.newStemmer(language);
    const sample = words[language as keyof typeof words];
    expect(sample.map((word) => bundledStemmer.stem(word))).toEqual(sample.map((word) => stemmer.stem(word)));
  });

  it("fails with a ModuleLeftOutError naming the language when another stemmer is asked for", () => {
    expect(() => languages.snowball.newStemmer("german")).toThrow(/^snowball-stemmers: the language "german" is left out of the bundle/);
    const thrown = (() => {
      try {
        languages.snowball.newStemmer("tamil");
      } catch (error) {
        return error as Error;
      }
      return undefined;
    })();
    expect(thrown?.name).toBe("ModuleLeftOutError");
    expect(languages.snowball.algorithms()).toEqual(real.snowball.algorithms());
  });

  it("words zod's messages in English, as the package does, and fails naming any other locale", () => {
    const { z } = languages.zod;
    const message = (zod: typeof import("zod/v4")) => zod.z.object({ ects: zod.z.number().int() }).safeParse({ ects: "six" }).error?.issues[0]?.message;
    expect(message(languages.zod)).toBe(message(real.zod));
    expect(typeof z.locales.en).toBe("function");
    expect(() => z.locales.fr()).toThrow(/^zod\/v4\/locales: the language "fr" is left out of the bundle/);
    expect(Object.keys(z.locales).sort()).toEqual(Object.keys(real.zod.z.locales).sort());
  });

  it("leaves zod's JSON Schema export out, as an ES module stub of the same names that fails when used", () => {
    const { z } = languages.zod;
    expect(typeof z.toJSONSchema).toBe("function");
    let thrown: Error | undefined;
    try {
      z.toJSONSchema(z.object({ ects: z.number() }));
    } catch (error) {
      thrown = error as Error;
    }
    expect(thrown?.name).toBe("ModuleLeftOutError");
    expect(thrown?.message).toMatch(/^zod\/v4\/core\/to-json-schema\.js is left out of the bundle \(zod's JSON Schema export: .*\), yet toJSONSchema was used/);
    // The real one still writes JSON Schema (the admins' `content:schema` command is not bundled).
    expect(real.zod.z.toJSONSchema(real.zod.z.object({ ects: real.zod.z.number() }))).toMatchObject({ type: "object" });
  });

  it("applies to the installed packages (a new version shaped otherwise would be bundled whole)", () => {
    const stemmers = stemmersSource(readFileSync(require.resolve("snowball-stemmers"), "utf8"));
    expect(stemmers).toBeDefined();
    expect(stemmers).not.toContain("tamilStemmer = function (_SnowballStemmer");
    // zod's other locales are not in the bundle at all: neither French messages nor Polish ones.
    const bundle = readFileSync(join(out, "languages.js"), "utf8");
    expect(readFileSync(join(dirname(require.resolve("zod/v4/locales")), "fr.js"), "utf8")).toContain("Entrée invalide");
    expect(bundle).not.toContain("Entrée invalide");
    expect(bundle).not.toContain("Nieprawidłowe");
  });

  it("leaves a stemmers file shaped otherwise as it is", () => {
    expect(stemmersSource("module.exports = {};")).toBeUndefined();
  });
});

describe("one zod in the bundle", () => {
  type Core = { assertStoreItems(items: unknown): void; ConfigurationServiceClientCredentialFactory: new (config: Record<string, unknown>) => unknown };
  const cores = () => ({ bundled: bundled["botbuilder-core"] as unknown as Core, package: require("botbuilder-core") as Core });

  it("holds zod 4 and not zod 3: the Bot Framework's imports of zod get zod 4", () => {
    expect(packageInputs.filter((path) => /node_modules\/zod\/v3\//.test(path))).toEqual([]);
    expect(packageInputs.some((path) => /node_modules\/zod\/v4\/classic\//.test(path))).toBe(true);
  });

  it.each(["bundled", "package"] as const)("answers their zod 3 calls as zod 3 does (%s): records with string keys, objects keeping unknown keys", (which) => {
    const core = cores()[which];
    expect(() => core.assertStoreItems({ "conversation/1": { eTag: "*" } })).not.toThrow();
    expect(() => core.assertStoreItems("not items")).toThrow(expect.objectContaining({ name: "ZodError" }));
    const config = { MicrosoftAppId: "app", MicrosoftAppPassword: "secret", MicrosoftAppType: "MultiTenant", SomethingElse: 1 };
    expect(() => new core.ConfigurationServiceClientCredentialFactory(config)).not.toThrow();
    expect(() => new core.ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: 3 })).toThrow(expect.objectContaining({ name: "ZodError" }));
  });
});

describe("one copy of a package installed several times at one version", () => {
  it("bundles each of agent-base, https-proxy-agent and http-proxy-agent from one installed copy per version", () => {
    const versionOf = (dir: string) => (JSON.parse(readFileSync(join(ROOT, dir, "package.json"), "utf8")) as { version: string }).version;
    for (const name of ONE_COPY) {
      const dirs = [...new Set(packageInputs.map((path) => new RegExp(`^(.*node_modules/${name})/`).exec(path)?.[1]).filter((dir): dir is string => dir !== undefined))];
      const versions = dirs.map(versionOf);
      expect(new Set(versions).size, `${name}: ${dirs.join(", ")}`).toBe(dirs.length);
    }
    // The Bot Framework's own copy of https-proxy-agent is one that is installed several times: it is bundled from another path.
    expect(packageInputs.some((path) => path.startsWith("node_modules/botframework-connector/node_modules/https-proxy-agent/"))).toBe(false);
    expect(packageInputs.some((path) => /node_modules\/https-proxy-agent\/dist\/index\.js$/.test(path))).toBe(true);
  });
});

describe("Node streams told apart without loading Node's web streams", () => {
  const real = require("@smithy/core/serde") as typeof import("@smithy/core/serde");

  it("answers as the SDK does for web streams, Node streams and anything else", () => {
    const candidates: unknown[] = [new ReadableStream(), Readable.from(["x"]), new PassThrough(), Buffer.from("x"), "text", {}, null, undefined];
    expect(candidates.map((candidate) => serde.isReadableStream(candidate))).toEqual(candidates.map((candidate) => real.isReadableStream(candidate)));
    expect(serde.isReadableStream(new ReadableStream())).toBe(true);
    expect(serde.isReadableStream(Readable.from(["x"]))).toBe(false);
  });

  it("collects a Node stream's bytes as before, and Node never loads its web streams", () => {
    const script = `
      const { Readable } = require("node:stream");
      const { streamCollector } = require(${JSON.stringify(serdeBundle)});
      streamCollector(Readable.from([Buffer.from("{\\"Item\\":"), Buffer.from("{}}")])).then((bytes) => {
        const loaded = process.moduleLoadList.some((name) => name.includes("webstreams/readablestream"));
        process.stdout.write(JSON.stringify({ text: Buffer.from(bytes).toString(), loaded }));
      });`;
    const result = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as { text: string; loaded: boolean };
    expect(result).toEqual({ text: '{"Item":{}}', loaded: false });
  });

  it("stands for the installed @smithy/core's module: the same exports, the same checks but the first", () => {
    const file = join(dirname(require.resolve("@smithy/core/package.json")), "dist-es/submodules/serde/util-stream/stream-type-check.js");
    const installed = readFileSync(file, "utf8");
    const exported = (source: string) => [...source.matchAll(/^export const (\w+)/gm)].map((match) => match[1]);
    expect(exported(STREAM_TYPE_CHECK)).toEqual(exported(installed));
    expect(STREAM_TYPE_CHECK.replace('typeof stream?.getReader === "function" && ', "")).toBe(installed);
  });
});

describe("jsonwebtoken's checks of Node's version", () => {
  it.each([...NODE_FEATURE_CHECKS])("%s answers true on this Node, as the bundle does without semver", async (file) => {
    expect(require(file)).toBe(true);
    const entry = { contents: `module.exports = require(${JSON.stringify(file)});`, resolveDir: ROOT, sourcefile: "check.js" };
    const { metafile } = await build({ ...productionBuildOptions(), stdin: entry, outfile: join(out, "check.js"), sourcemap: false, metafile: true, logLevel: "error" });
    expect(Object.keys(metafile.inputs).filter((input) => input.includes("/semver/"))).toEqual([]);
    expect(require(join(out, "check.js"))).toBe(true);
    delete require.cache[join(out, "check.js")];
  });
});

describe("error names in the deployed bundle", () => {
  it("every error class the Lambda functions bundle is named after its own class, as in the source", async () => {
    const { metafile } = await build({
      ...productionBuildOptions(),
      entryPoints: ["functions/messages.ts", "functions/webchat-token.ts"].map((entry) => join(ROOT, entry)),
      outdir: join(out, "functions"),
      metafile: true,
      write: false,
      logLevel: "error",
    });
    // Any class extending an error, whatever its own name: one the build would not keep fails here.
    const declaring = Object.keys(metafile.inputs).filter((input) => !input.includes("node_modules") && input.endsWith(".ts") && /\bextends\s+[\w.]*Error\b/.test(readFileSync(join(ROOT, input), "utf8")));
    expect(declaring).toEqual(expect.arrayContaining(["infra/state/dynamodb-storage.ts", "infra/dynamodb/batch.ts", "domain/ports/content.repository.ts"]));
    const entry = declaring.map((input, i) => `export * as m${i} from ${JSON.stringify(`./${input}`)};`).join("\n");
    await build({ ...productionBuildOptions(), stdin: { contents: entry, resolveDir: ROOT, sourcefile: "errors.ts", loader: "ts" }, outfile: join(out, "errors.js"), sourcemap: false, logLevel: "error" });
    const modules = require(join(out, "errors.js")) as Record<string, Record<string, unknown>>;
    const names = Object.values(modules).flatMap((exports) =>
      Object.entries(exports).flatMap(([name, value]) => (typeof value === "function" && value.prototype instanceof Error ? [[name, new (value as new (message: string) => Error)("m").name]] : [])),
    );
    expect(names.length).toBeGreaterThanOrEqual(10);
    expect(names.filter(([exported, named]) => exported !== named)).toEqual([]);
  }, 60_000);
});

describe("serverless-esbuild's settings (serverless.yml: custom.esbuild.config)", () => {
  it("are the production options, loaded from TypeScript by the CommonJS file serverless-esbuild requires", () => {
    const config = require(join(ROOT, "infra/build/serverless-esbuild.cjs")) as () => Record<string, unknown> & { plugins: { name: string }[] };
    const settings = config();
    const { plugins, ...options } = productionBuildOptions();
    expect(settings).toEqual({ ...options, plugins: expect.any(Array), packager: "npm", exclude: [] });
    expect(settings.plugins.map((plugin) => plugin.name)).toEqual(plugins?.map((plugin) => plugin.name));
  });
});

describe("lodash/omit written out", () => {
  it("gives what lodash's omit gives for the recognizer result botbuilder-dialogs writes as JSON", () => {
    const module = { exports: {} as unknown };
    new Function("module", OWN_OMIT)(module);
    const own = module.exports as (object: unknown, keys: string[]) => unknown;
    const lodashOmit = require("lodash/omit") as (object: unknown, keys: string[]) => unknown;
    const keys = ["text", "alteredText", "intents", "entities"];
    const results = [
      { text: "bonjour", alteredText: "bonjour", intents: { greet: { score: 0.9 } }, entities: { $instance: {} }, sentiment: { label: "positive" }, extra: [1, { a: 2 }] },
      { text: "x", intents: {} },
      {},
      Object.assign(Object.create({ inherited: 1 }), { text: "y", own: true }),
    ];
    for (const result of results) expect(JSON.stringify(own(result, keys))).toBe(JSON.stringify(lodashOmit(result, keys)));
  });
});

describe("the SSM client's exception classes, made by one factory", () => {
  type Ssm = typeof import("@aws-sdk/client-ssm");
  type Secrets = typeof import("../../../infra/config/secrets");
  type ExceptionClass = (new (opts: Record<string, unknown>) => Error & Record<string, unknown>) & { shapeId?: string };
  const real = require("@aws-sdk/client-ssm") as Ssm;
  const installedErrors = () => readFileSync(join(dirname(require.resolve("@aws-sdk/client-ssm/package.json")), "dist-es/models/errors.js"), "utf8");
  let ssm: Ssm & Secrets;
  let errorsInOutput: number;

  beforeAll(async () => {
    // The whole client (every exception class), and the assistant's own reader of secrets, bundled as in production.
    const entry = 'export * from "@aws-sdk/client-ssm";\nexport { readSecretParameter, SecretError } from "./infra/config/secrets";';
    const result = await build({ ...productionBuildOptions(), stdin: { contents: entry, resolveDir: ROOT, sourcefile: "ssm.ts", loader: "ts" }, outfile: join(out, "ssm.js"), sourcemap: false, metafile: true, logLevel: "error" });
    expect(result.warnings).toEqual([]);
    const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
    errorsInOutput = Object.entries(inputs).find(([path]) => path.endsWith("client-ssm/dist-es/models/errors.js"))![1].bytesInOutput;
    ssm = require(join(out, "ssm.js")) as typeof ssm;
  }, 60_000);

  /** Every exception class the package exports, by name. */
  const exceptionNames = () => Object.keys(real).filter((name) => name !== "SSMServiceException" && (real as unknown as Record<string, { prototype?: unknown }>)[name]?.prototype instanceof real.SSMServiceException);
  const options = { message: "Parameter /p not found.", $metadata: { httpStatusCode: 400, requestId: "r-1" }, Message: "M", ParameterNames: ["/p"], ResourceId: "id", ResourceType: "t", QuotaCode: "q", ServiceCode: "ssm", ReasonCode: "why" };
  /** What an instance shows: its own properties and their values, in order, its message, and its class's. */
  const shown = (error: Error & Record<string, unknown>, Class: ExceptionClass) => ({
    own: Object.getOwnPropertyNames(error).filter((key) => key !== "stack").map((key) => [key, error[key]]),
    message: error.message,
    shapeId: Class.shapeId,
    className: Class.name,
  });

  it("applies to the installed client: the 140 classes take a sixth of the room", () => {
    expect(compactErrorsSource(installedErrors())).toBeDefined();
    expect(exceptionNames().length).toBeGreaterThanOrEqual(140);
    expect(errorsInOutput).toBeLessThan(10_000);
  });

  it("makes every exception class the package exports, constructed with the same name, $fault, message and fields", () => {
    const bundled = ssm as unknown as Record<string, ExceptionClass>;
    const reals = real as unknown as Record<string, ExceptionClass>;
    const differ = exceptionNames().filter((name) => JSON.stringify(shown(new bundled[name]!(options), bundled[name]!)) !== JSON.stringify(shown(new reals[name]!(options), reals[name]!)));
    expect(differ).toEqual([]);
    const quota = new ssm.ServiceQuotaExceededException(options as never);
    expect(quota).toMatchObject({ name: "ServiceQuotaExceededException", $fault: "client", Message: "M", ResourceId: "id", ResourceType: "t", QuotaCode: "q", ServiceCode: "ssm" });
    expect(new ssm.InternalServerError(options as never)).toMatchObject({ name: "InternalServerError", $fault: "server", Message: "M", message: "Parameter /p not found." });
  });

  it.each(["ParameterNotFound", "InternalServerError", "OpsItemInvalidParameterException", "ServiceQuotaExceededException"] as const)("%s is an instance of its class, of SSMServiceException and of Error, as in the package", (name) => {
    for (const pkg of [ssm, real]) {
      const error = new pkg[name](options as never);
      expect(error).toBeInstanceOf(pkg[name]);
      expect(error).toBeInstanceOf(pkg.SSMServiceException);
      expect(error).toBeInstanceOf(Error);
      expect(error instanceof pkg.InvalidKeyId).toBe(false);
    }
  });

  it("leaves a file not shaped as expected as it is, and says so in a build warning", async () => {
    expect(compactErrorsSource("export class X {}")).toBeUndefined();
    // A new SDK version that adds something to one class (here, DynamoDB's `$retryable`): the whole file stays as it is.
    const source = installedErrors();
    expect(compactErrorsSource(source.replace('    $fault = "server";\n', '    $fault = "server";\n    $retryable = {};\n'))).toBeUndefined();
    expect(compactErrorsSource(source.replace("this.Message = opts.Message;", "this.Message = opts.message;"))).toBeUndefined();
    const dir = join(out, "not-shaped");
    mkdirSync(dir, { recursive: true });
    const odd = 'export class Odd extends Error {\n    name = "Odd";\n}\n';
    writeFileSync(join(dir, "errors.js"), odd);
    const result = await build({ bundle: true, format: "cjs", platform: "node", stdin: { contents: 'export { Odd } from "./errors.js";', resolveDir: dir, sourcefile: "odd.js" }, write: false, plugins: [compactSsmErrors(/not-shaped[\\/]errors\.js$/)], logLevel: "silent" });
    expect(result.warnings.map((warning) => warning.text)).toEqual([expect.stringMatching(/^compact-ssm-errors: .*errors\.js is not shaped as expected; bundled as it is/)]);
    expect(result.outputFiles[0]!.text).toContain('name = "Odd"');
  });

  describe("GetParameter through the bundle, against a fake HTTP handler", () => {
    /** A stand-in for SSM's HTTP endpoint: answers every request with this status and JSON body. */
    const answering = (statusCode: number, body: unknown) => ({
      handle: async () => ({
        response: { statusCode, reason: "", headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r-1" }, body: Readable.from([Buffer.from(JSON.stringify(body))]) },
      }),
    });
    const client = (pkg: Ssm, statusCode: number, body: unknown) =>
      new pkg.SSMClient({ region: "eu-west-3", credentials: { accessKeyId: "test", secretAccessKey: "test" }, maxAttempts: 1, requestHandler: answering(statusCode, body) as never });
    const found = { Parameter: { Name: "/p", Type: "SecureString", Value: " s3cret\n", Version: 3, LastModifiedDate: 1765000000.5, ARN: "arn:aws:ssm:eu-west-3:1:parameter/p", DataType: "text" } };
    const notFound = { __type: "ParameterNotFound", message: "Parameter /p not found." };

    it("parses a success as the package does", async () => {
      const command = (pkg: Ssm) => new pkg.GetParameterCommand({ Name: "/p", WithDecryption: true });
      const bundled = await client(ssm, 200, found).send(command(ssm));
      expect(bundled.Parameter).toEqual((await client(real, 200, found).send(command(real))).Parameter);
      expect(bundled.Parameter?.LastModifiedDate).toEqual(new Date(1765000000500));
    });

    it.each([
      { name: "ParameterNotFound", status: 400, body: notFound, fault: "client", message: "Parameter /p not found." },
      { name: "InternalServerError", status: 500, body: { __type: "InternalServerError", Message: "boom" }, fault: "server", message: "boom" },
      { name: "InvalidKeyId", status: 400, body: { __type: "com.amazonaws.ssm#InvalidKeyId", message: "bad key" }, fault: "client", message: "bad key" },
    ] as const)("throws $name as an instance of its class, with its name, $fault, message and fields, as the package does", async ({ name, status, body, fault, message }) => {
      const failure = async (pkg: Ssm) => client(pkg, status, body).send(new pkg.GetParameterCommand({ Name: "/p", WithDecryption: true })).then(
          () => expect.fail(`${name}: the call succeeded`),
          (error: unknown) => error as Error & Record<string, unknown>,
        );
      const [bundled, reals] = [await failure(ssm), await failure(real)];
      expect(bundled).toBeInstanceOf(ssm[name]);
      expect(bundled).toBeInstanceOf(ssm.SSMServiceException);
      expect(bundled).toMatchObject({ name, $fault: fault, message, $metadata: { httpStatusCode: status, requestId: "r-1" } });
      const fields = (error: Error & Record<string, unknown>) => Object.keys(error).filter((key) => key !== "$response").sort().map((key) => [key, key === "$metadata" ? { ...(error[key] as object), totalRetryDelay: 0 } : error[key]]);
      expect(fields(bundled)).toEqual(fields(reals));
    });

    it("gives the assistant's reader of secrets the value, or a SecretError caused by ParameterNotFound", async () => {
      expect(await ssm.readSecretParameter("/p", "eu-west-3", client(ssm, 200, found))).toBe("s3cret");
      const read = ssm.readSecretParameter("/p", "eu-west-3", client(ssm, 400, notFound));
      await expect(read).rejects.toBeInstanceOf(ssm.SecretError);
      await expect(read).rejects.toMatchObject({ message: "Could not read SSM parameter /p: Parameter /p not found.", cause: expect.any(ssm.ParameterNotFound) });
    });
  });
});
