/**
 * esbuild plugins of the production bundle (infra/build/bundle-options.ts). They change what the
 * bundle holds, never what the assistant does:
 *
 * - leftOut: packages the assistant never runs are replaced by a stub that throws a
 *   ModuleLeftOutError naming the package as soon as anything is called or constructed from it.
 *   Reading constants at load time (botbuilder-dialogs reads recognizer culture names when its
 *   choice prompts load) still works; a module that calls one as it loads (NumberPrompt's calls
 *   globalize) fails when first used. test/infra/build/esbuild-plugins.test.ts checks both.
 *   leftOutFiles does the same for single files of a package: features of the Bot Framework
 *   packages the assistant never uses (the legacy adapter, skills, SharePoint, the Teams APIs,
 *   transcripts, test and debugging tools), botbuilder-dialogs' CLDR data for globalize, and zod's
 *   JSON Schema export (an ES module: its stub exports the same names).
 * - ownOmit: botbuilder-dialogs' Recognizer requires lodash/omit (25 kB with lodash's deep cloning) to leave four top-level keys
 *   out of a result written as JSON; a few lines that do the same stand for it.
 * - globalUrl: node-fetch 2 requires whatwg-url (with tr46's Unicode tables, ~290 KB) but uses it
 *   only where Node has no URL class; Node's own URL is given instead.
 * - lazyBarrels: the Bot Framework packages re-export every file of the package from index.js, so
 *   loading one class loads the whole SDK (Teams, skills, SharePoint, the legacy adapter...). Their
 *   index files are rewritten so that each re-exported file loads when one of its names is first
 *   read. The names are those of the real modules, read at build time.
 * - nodeStreamsFirst: the AWS SDK asks of every response body whether it is a web ReadableStream
 *   before reading it as the Node stream it is, and reading that global makes Node load its web
 *   streams implementation (about 4 ms of CPU in the first DynamoDB call of a cold start, for a
 *   class the assistant never uses). Its stream-type-check module is replaced by one that first
 *   asks whether the body could be a web stream at all (a getReader method), which a Node stream
 *   cannot; the answers are the same.
 * - onlyLanguages: snowball-stemmers ships the stemmers of 24 languages in one file (a seventh of
 *   the bundle) and zod 4 the error messages of 40; the assistant stems French and English and
 *   words zod's messages in English. The others are replaced by functions that throw a
 *   ModuleLeftOutError naming the language when called. Less to compile at every cold start.
 * - nodeFeatureChecks: jsonwebtoken asks semver whether Node is recent enough for three features;
 *   it always is, so the answers are written in and semver is not bundled.
 * - oneZod: the Bot Framework packages use zod 3's API (`import "zod"`), the assistant zod 4's
 *   (`zod/v4`, from the same package): bundled as they ship, both would be (zod 3's parser is 70 kB).
 *   The Bot Framework's imports get zod 4 instead, with the two calls of zod 3 they make that zod 4
 *   words otherwise: `z.record(value)` (keys are strings) and `.nonstrict()` (unknown keys kept).
 *   The conversation tests run through the bundle, so its adapter's checks run on every turn.
 * - oneCopy: npm installs a package once per dependent that cannot share the top-level copy, so the
 *   Bot Framework and the Azure HTTP runtime each bring their own agent-base 7.1.4 and https-proxy-agent
 *   7.0.6 (three and two copies of the same files). Every import of one of the packages of ONE_COPY
 *   resolves to a single installed copy of the same version (the first of the copies' paths, sorted):
 *   the same code, bundled once.
 * - compactSsmErrors: the SSM client (read once, for one GetParameter at cold start) declares its 140 exception classes one by
 *   one, each with a constructor of its own (40 kB of the bundle), and its schemas register every one of them for the protocol
 *   to throw, so tree-shaking keeps them all. Its errors.js is rewritten at build time into the same classes made by one
 *   small factory: the same export names, `shapeId`, `name`, `$fault`, the same fields copied from the constructor's options,
 *   the same prototype chain (so `instanceof` answers alike). A file not shaped as expected (a new SDK version) is bundled as
 *   it is, with a build warning.
 * - errorNames: the minifier renames classes, and an error's name is its class's (domain/errors.ts,
 *   infra/errors.ts): the project's files that declare an error class keep their names, so the
 *   logs of the deployed function name the fault as the source does.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import type { Plugin } from "esbuild";

/** The repository's root: the project's own files are below it, outside node_modules. */
export const ROOT = join(__dirname, "..", "..");

const requireFromRoot = createRequire(join(ROOT, "package.json"));

/** What the assistant never runs, and why. The tests run the conversations through the bundle, so a package wrongly listed here fails them with a ModuleLeftOutError naming it. */
export const LEFT_OUT: Readonly<Record<string, string>> = {
  "@microsoft/recognizers-text-suite": "Number/Choice/Confirm/DateTime prompts: the assistant uses TextPrompt only",
  "@microsoft/recognizers-text-number": "Number/Choice prompts",
  "@microsoft/recognizers-text-choice": "Confirm prompt",
  "@microsoft/recognizers-text-date-time": "DateTime prompt",
  globalize: "Number prompt",
  "botframework-streaming": "streaming connections (Direct Line App Service extension, named pipes): refused by the assistant",
  "@azure/identity": "managed-identity credentials: deployed stages run as a SingleTenant app with a client secret",
  axios: "skills (bot-to-bot calls): refused by the assistant",
  htmlparser2: "SetSpeakMiddleware (speech)",
  "fs-extra": "FileTranscriptStore (transcripts on disk)",
};

const SKILL_HOST = "skill host endpoints (bot-to-bot calls): refused by the assistant";
const SKILLS = "skills (bot-to-bot calls): refused by the assistant";
const SHAREPOINT = "SharePoint (Viva Connections) activities";
const TRANSCRIPTS = "transcript logging";
const TEAMS_API = "TeamsActivityHandler, TeamsInfo and Teams SSO (Teams APIs the assistant never calls)";

/** Files of a package the assistant never runs, by path inside node_modules, and why: stubbed like the packages above, though the rest of their package is bundled. */
export const LEFT_OUT_FILES: Readonly<Record<string, string>> = {
  "botbuilder-dialogs/lib/i18n.js": "Number prompt: 75 kB of CLDR number data, only handed to globalize",
  // The legacy adapter's module loads with CloudAdapter, which reads it only to answer a streaming connection.
  "botbuilder/lib/botFrameworkAdapter.js": "the legacy BotFrameworkAdapter: the assistant runs on CloudAdapter, and refuses streaming connections",
  "botbuilder-core/lib/testAdapter.js": "TestAdapter, a tool for testing bots",
  "botbuilder/lib/inspectionMiddleware.js": "InspectionMiddleware, a tool for debugging a bot from the Emulator",
  "botbuilder/lib/channelServiceHandler.js": SKILL_HOST,
  "botbuilder/lib/channelServiceHandlerBase.js": SKILL_HOST,
  "botbuilder/lib/channelServiceRoutes.js": SKILL_HOST,
  "botbuilder/lib/skills/cloudSkillHandler.js": SKILL_HOST,
  "botbuilder/lib/skills/skillHandler.js": SKILL_HOST,
  "botbuilder/lib/skills/skillHandlerImpl.js": SKILL_HOST,
  "botbuilder/lib/skills/skillHttpClient.js": SKILLS,
  "botbuilder/lib/botFrameworkHttpClient.js": SKILLS,
  "botbuilder-dialogs/lib/skillDialog.js": SKILLS,
  "botbuilder/lib/sharepoint/sharePointActivityHandler.js": SHAREPOINT,
  "botbuilder/lib/sharepoint/sharePointSSOTokenExchangeMiddleware.js": SHAREPOINT,
  "botbuilder-core/lib/telemetryLoggerMiddleware.js": "TelemetryLoggerMiddleware (Application Insights): the assistant logs its own events",
  "botbuilder-core/lib/transcriptLogger.js": TRANSCRIPTS,
  "botbuilder-core/lib/memoryTranscriptStore.js": TRANSCRIPTS,
  "botbuilder/lib/fileTranscriptStore.js": TRANSCRIPTS,
  "botbuilder/lib/setSpeakMiddleware.js": "SetSpeakMiddleware (speech)",
  // Learners are identified by the channel (Teams, the web chat's token), never through a Bot Framework sign-in card.
  "botbuilder-dialogs/lib/prompts/oauthPrompt.js": "OAuthPrompt (Bot Framework sign-in cards): no dialog of the assistant asks for one",
  // Teams is reached through the channel's activities and CloudAdapter; the assistant's handler is an ActivityHandler and calls no
  // Teams API (team rosters, meeting details, SSO token exchange). The connector's Teams client and its operations (with their
  // 35 kB of serialization mappers) go with them; the Teams models stay, re-exported as values the package's index names.
  "botbuilder/lib/teamsActivityHandler.js": TEAMS_API,
  "botbuilder/lib/teamsInfo.js": TEAMS_API,
  "botbuilder/lib/teams/teamsSSOTokenExchangeMiddleware.js": TEAMS_API,
  "botframework-connector/lib/teams/teamsConnectorClient.js": TEAMS_API,
  "botframework-connector/lib/teams/operations/teams.js": TEAMS_API,
  // (The content's JSON Schema is written by the admins' `content:schema` command, which is not bundled.)
  "zod/v4/core/to-json-schema.js": "zod's JSON Schema export: the assistant validates with zod, it writes no JSON Schema",
};

/** The languages the assistant uses, per package that ships many (see onlyLanguages). */
export const KEPT_LANGUAGES = {
  /** domain/understanding/term-analyzer.ts: newStemmer("french"), newStemmer("english"). */
  "snowball-stemmers": ["english", "french"],
  /** zod 4 words its messages with the `en` locale it configures as it loads. */
  "zod/v4/locales": ["en"],
} as const satisfies Record<string, readonly string[]>;

const SEE = "See infra/build/esbuild-plugins.ts.";

/** The stub that stands for a left-out package: inert until used, then a clear error. */
function stubSource(name: string, reason: string): string {
  return `
class ModuleLeftOutError extends Error {}
Object.defineProperty(ModuleLeftOutError.prototype, "name", { value: "ModuleLeftOutError" });
const fail = (what) => {
  throw new ModuleLeftOutError(${JSON.stringify(`${name} is left out of the bundle (${reason}), yet `)} + what + ${JSON.stringify(` was used. ${SEE}`)});
};
const stub = (path) =>
  new Proxy(function () {}, {
    get(_target, key) {
      if (key === "then" || key === "__esModule" || typeof key === "symbol") return undefined;
      if (key === "prototype") return {};
      return stub(path + "." + key);
    },
    apply: () => fail(path + "()"),
    construct: () => fail("new " + path + "()"),
  });
module.exports = stub(${JSON.stringify(name)});
`;
}

/** The names an ES module exports as it declares them (`export class X`, `export function f`, `export const c`); undefined for CommonJS. */
function esModuleExports(source: string): string[] | undefined {
  const names = [...source.matchAll(/^export (?:async )?(?:class|function\*?|const|let|var) ([\w$]+)/gm)].map((m) => m[1]!);
  return names.length > 0 ? names : undefined;
}

/** The stub of a left-out ES module: each name it exported, a function that throws a ModuleLeftOutError when called or constructed. */
function esStubSource(name: string, reason: string, names: readonly string[]): string {
  return `
class ModuleLeftOutError extends Error {}
Object.defineProperty(ModuleLeftOutError.prototype, "name", { value: "ModuleLeftOutError" });
const leftOut = (what) => function () {
  throw new ModuleLeftOutError(${JSON.stringify(`${name} is left out of the bundle (${reason}), yet `)} + what + ${JSON.stringify(` was used. ${SEE}`)});
};
${names.map((n) => `export const ${n} = leftOut(${JSON.stringify(n)});`).join("\n")}
`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const slashes = (path: string) => path.split(sep).join("/");
/** Any of these files (paths inside node_modules, with "/"), whichever the path separator. */
const filesInNodeModules = (paths: readonly string[]) => new RegExp(`[\\\\/]node_modules[\\\\/](${paths.map((path) => path.split("/").map(escape).join("[\\\\/]")).join("|")})$`);

/** Replaces the listed packages (and their subpaths) by a stub. */
export function leftOut(packages: Readonly<Record<string, string>> = LEFT_OUT): Plugin {
  const names = Object.keys(packages);
  return {
    name: "left-out",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.map(escape).join("|")})(/.*)?$`) }, (args) => ({ path: args.path, namespace: "left-out" }));
      build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => {
        const name = names.find((n) => args.path === n || args.path.startsWith(`${n}/`)) ?? args.path;
        return { contents: stubSource(args.path, packages[name] ?? ""), loader: "js" };
      });
    },
  };
}

/** Replaces the listed files (see LEFT_OUT_FILES) by a stub, however they are required. */
export function leftOutFiles(files: Readonly<Record<string, string>> = LEFT_OUT_FILES): Plugin {
  const paths = Object.keys(files);
  return {
    name: "left-out-files",
    setup(build) {
      build.onLoad({ filter: filesInNodeModules(paths) }, async (args) => {
        const path = paths.find((p) => slashes(args.path).endsWith(`/node_modules/${p}`)) ?? args.path;
        // An ES module is re-exported by name (zod's `export * from "./to-json-schema.js"`): its stub exports the same names.
        const names = esModuleExports(await readFile(args.path, "utf8"));
        return { contents: names ? esStubSource(path, files[path] ?? "", names) : stubSource(path, files[path] ?? ""), loader: "js" };
      });
    },
  };
}

/** whatwg-url, as node-fetch 2 uses it: only its URL class, and only where Node lacks one. */
export function globalUrl(): Plugin {
  return {
    name: "global-url",
    setup(build) {
      build.onResolve({ filter: /^whatwg-url$/ }, () => ({ path: "whatwg-url", namespace: "global-url" }));
      build.onLoad({ filter: /.*/, namespace: "global-url" }, () => ({
        contents: "module.exports = { URL: globalThis.URL, URLSearchParams: globalThis.URLSearchParams };",
        loader: "js",
      }));
    },
  };
}

/**
 * lodash/omit, as botbuilder-dialogs' Recognizer uses it (its one lodash function: the top-level keys of a recognizer result left
 * out before the rest is written as JSON for telemetry): written out, instead of the 25 kB of lodash's cloning it brings.
 */
export const OWN_OMIT = `module.exports = function omit(object, keys) {
  const left = new Set([].concat(keys == null ? [] : keys).map(String));
  const kept = {};
  for (const key in Object(object)) if (!left.has(key)) kept[key] = object[key];
  return kept;
};
module.exports.default = module.exports;`;

export function ownOmit(): Plugin {
  return {
    name: "own-omit",
    setup(build) {
      build.onResolve({ filter: /^lodash\/omit(\.js)?$/ }, () => ({ path: "lodash/omit", namespace: "own-omit" }));
      build.onLoad({ filter: /.*/, namespace: "own-omit" }, () => ({ contents: OWN_OMIT, loader: "js" }));
    },
  };
}

const BARREL_PACKAGES = ["botbuilder", "botbuilder-core", "botbuilder-dialogs", "botframework-connector", "botbuilder-stdlib"];

const ES_MODULE_MARK = 'Object.defineProperty(exports, "__esModule", { value: true });';
const VOID_HEADER = /^exports\.[\w$]+ = (exports\.[\w$]+ = )*void 0;$/;
const STAR = /^__exportStar\(require\("([^"]+)"\), exports\);$/;
const NAMED_REQUIRE = /^var ([\w$]+) = require\("([^"]+)"\);$/;
const NAMED_EXPORT = /^Object\.defineProperty\(exports, "([\w$]+)", \{ enumerable: true, get: function \(\) \{ return ([\w$]+)\.([\w$]+); \} \}\);$/;
const NAMESPACE_EXPORT = /^exports\.([\w$]+) = __importStar\(require\("([^"]+)"\)\);$/;

const LAZY_HELPERS = `
var __lazyStar = function (exports, load, names) {
    names.forEach(function (name) {
        if (name === "default" || Object.prototype.hasOwnProperty.call(exports, name)) return;
        Object.defineProperty(exports, name, { enumerable: true, get: function () { return load()[name]; } });
    });
};
var __lazyNamespace = function (exports, name, load) {
    var value;
    Object.defineProperty(exports, name, { enumerable: true, get: function () { return value || (value = load()); } });
};
`;

/**
 * Rewrites a TypeScript-emitted index.js whose statements are all re-exports so that each module it
 * re-exports loads on first use. Returns undefined (the file is bundled as it is) for any other file.
 * TypeScript emits its helpers (__exportStar, __importStar...) before the __esModule mark; they are
 * kept as they are, and every statement after the mark must be a re-export.
 */
export function lazyBarrelSource(file: string, source: string): string | undefined {
  const mark = source.indexOf(ES_MODULE_MARK);
  if (mark < 0) return undefined;
  const statements = source
    .slice(mark + ES_MODULE_MARK.length)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
  const modules = new Map<string, string>();
  const out: string[] = [];
  let reexports = 0;
  for (const statement of statements) {
    let match: RegExpExecArray | null;
    if (VOID_HEADER.test(statement)) {
      out.push(statement);
    } else if ((match = STAR.exec(statement))) {
      const names = Object.keys(requireFromRoot(requireFromRoot.resolve(match[1]!, { paths: [dirname(file)] })) as object);
      out.push(`__lazyStar(exports, function () { return require(${JSON.stringify(match[1])}); }, ${JSON.stringify(names)});`);
      reexports++;
    } else if ((match = NAMED_REQUIRE.exec(statement))) {
      modules.set(match[1]!, match[2]!);
    } else if ((match = NAMED_EXPORT.exec(statement)) && modules.has(match[2]!)) {
      out.push(`Object.defineProperty(exports, ${JSON.stringify(match[1])}, { enumerable: true, get: function () { return require(${JSON.stringify(modules.get(match[2]!))}).${match[3]}; } });`);
      reexports++;
    } else if ((match = NAMESPACE_EXPORT.exec(statement))) {
      out.push(`__lazyNamespace(exports, ${JSON.stringify(match[1])}, function () { return __importStar(require(${JSON.stringify(match[2])})); });`);
      reexports++;
    } else {
      return undefined;
    }
  }
  if (reexports === 0) return undefined;
  return `${source.slice(0, mark + ES_MODULE_MARK.length)}\n${LAZY_HELPERS}${out.join("\n")}\n`;
}

/** Makes the Bot Framework packages' index files load what they re-export on first use. */
export function lazyBarrels(packages: readonly string[] = BARREL_PACKAGES): Plugin {
  return {
    name: "lazy-barrels",
    setup(build) {
      const filter = new RegExp(`[\\\\/]node_modules[\\\\/](${packages.map(escape).join("|")})[\\\\/]lib[\\\\/](.*[\\\\/])?index\\.js$`);
      build.onLoad({ filter }, (args) => {
        const contents = lazyBarrelSource(args.path, readFileSync(args.path, "utf8"));
        return contents === undefined ? undefined : { contents, loader: "js" };
      });
    },
  };
}

/**
 * What stands for a left-out language: `(language) => function that throws a ModuleLeftOutError
 * naming it when called (or constructed)`, as JavaScript source.
 */
function leftOutLanguageFactory(pkg: string, kept: readonly string[]): string {
  const tail = ` is left out of the bundle (the assistant uses ${kept.join(", ")}). ${SEE}`;
  return `function (language) { return function () { var error = new Error(${JSON.stringify(`${pkg}: the language "`)} + language + ${JSON.stringify(`"${tail}`)}); error.name = "ModuleLeftOutError"; throw error; }; }`;
}

const STEMMER_START = /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{$/;
const STEMMER_END = /^ {4}\}\(SnowballStemmer\);$/;

/**
 * snowball-stemmers.js (one UMD factory, so no module to redirect) with the stemmers of other
 * languages replaced by a function that throws, or undefined when the file is not shaped as
 * expected (bundled whole). Each stemmer is a top-level
 * `var <language>Stemmer = function (_SnowballStemmerN) {...}(SnowballStemmer);`.
 */
export function stemmersSource(source: string, kept: readonly string[] = KEPT_LANGUAGES["snowball-stemmers"]): string | undefined {
  const lines = source.split("\n");
  const out: string[] = [];
  const found: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = STEMMER_START.exec(lines[i]!);
    if (!start) {
      out.push(lines[i]!);
      continue;
    }
    const language = start[1]!;
    found.push(language);
    let end = i + 1;
    while (end < lines.length && !STEMMER_END.test(lines[end]!) && !STEMMER_START.test(lines[end]!)) end++;
    if (end >= lines.length || !STEMMER_END.test(lines[end]!)) return undefined;
    if (kept.includes(language)) out.push(...lines.slice(i, end + 1));
    else out.push(`    var ${language}Stemmer = __leftOutLanguage(${JSON.stringify(language)});`);
    i = end;
  }
  if (!kept.every((language) => found.includes(language)) || found.length <= kept.length) return undefined;
  return `var __leftOutLanguage = ${leftOutLanguageFactory("snowball-stemmers", kept)};\n${out.join("\n")}`;
}

const ZOD_LOCALES_INDEX = /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/;
const LOCALE_HELPER = "left-out-language:zod/v4/locales";

/**
 * Keeps only the languages the assistant uses of the packages that ship many (see KEPT_LANGUAGES):
 * zod's other locale modules, which its locales index re-exports one by one, are redirected to a
 * stub; snowball-stemmers' single file is rewritten.
 */
export function onlyLanguages(): Plugin {
  const zodKept: readonly string[] = KEPT_LANGUAGES["zod/v4/locales"];
  return {
    name: "only-languages",
    setup(build) {
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) => {
        const language = args.path.slice(2, -3);
        if (!ZOD_LOCALES_INDEX.test(args.importer) || zodKept.includes(language)) return undefined;
        return { path: language, namespace: "left-out-language" };
      });
      build.onLoad({ filter: /.*/, namespace: "left-out-language" }, (args) => ({
        contents: `import { leftOutLanguage } from ${JSON.stringify(LOCALE_HELPER)};\nexport default leftOutLanguage(${JSON.stringify(args.path)});`,
        loader: "js",
      }));
      build.onResolve({ filter: new RegExp(`^${escape(LOCALE_HELPER)}$`) }, (args) => ({ path: args.path, namespace: "left-out-language-helper" }));
      build.onLoad({ filter: /.*/, namespace: "left-out-language-helper" }, () => ({
        contents: `export const leftOutLanguage = ${leftOutLanguageFactory("zod/v4/locales", zodKept)};`,
        loader: "js",
      }));
      build.onLoad({ filter: /[\\/]node_modules[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/ }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const contents = stemmersSource(source);
        if (contents !== undefined) return { contents, loader: "js" };
        // A new version of the package, shaped otherwise: bundled whole, and said so.
        return { contents: source, loader: "js", warnings: [{ text: `only-languages: ${args.path} is not shaped as expected; bundled whole (${SEE})` }] };
      });
    },
  };
}

/**
 * @smithy/core's stream-type-check module as the SDK writes it, except that isReadableStream asks
 * first for a getReader method, so that a Node stream is told apart without touching the global
 * ReadableStream. A new export in the SDK's module fails the build (esbuild names it).
 */
export const STREAM_TYPE_CHECK = `export const isReadableStream = (stream) => typeof stream?.getReader === "function" && typeof ReadableStream === "function" &&
    (stream?.constructor?.name === ReadableStream.name || stream instanceof ReadableStream);
export const isBlob = (blob) => {
    return typeof Blob === "function" && (blob?.constructor?.name === Blob.name || blob instanceof Blob);
};
`;

/** See nodeStreamsFirst in the header. */
export function nodeStreamsFirst(): Plugin {
  return {
    name: "node-streams-first",
    setup(build) {
      build.onLoad({ filter: /[\\/]node_modules[\\/]@smithy[\\/]core[\\/]dist-es[\\/].*[\\/]stream-type-check\.js$/ }, () => ({ contents: STREAM_TYPE_CHECK, loader: "js" }));
    },
  };
}

/**
 * jsonwebtoken's checks of Node's version: each module exports whether this Node has a feature,
 * and every Node the assistant runs on has them all (package.json engines: >=20; Lambda: 22).
 * Answered as `true` without loading semver (27 kB) to ask.
 */
export const NODE_FEATURE_CHECKS = [
  "jsonwebtoken/lib/asymmetricKeyDetailsSupported.js",
  "jsonwebtoken/lib/rsaPssKeyDetailsSupported.js",
  "jsonwebtoken/lib/psSupported.js",
] as const;

/** See NODE_FEATURE_CHECKS. */
export function nodeFeatureChecks(files: readonly string[] = NODE_FEATURE_CHECKS): Plugin {
  return {
    name: "node-feature-checks",
    setup(build) {
      build.onLoad({ filter: filesInNodeModules(files) }, () => ({ contents: "module.exports = true;", loader: "js" }));
    },
  };
}

/** The declaration of an error class, by the project's convention: `class XxxError extends ...Error`, at the top level of its module. */
export const ERROR_CLASS = /^(?:export\s+)?class\s+(\w+Error)\s+extends\s+[\w.]*Error\b/gm;
const FIRST_PARTY = new RegExp(`^${escape(ROOT)}[\\\\/](functions|dialogs|domain|infra)[\\\\/].*\\.ts$`);

/**
 * The project's error classes keep their names: each module that declares one names it again after
 * its declaration, as esbuild's keepNames would (for the whole bundle keepNames adds about 100 kB;
 * for the files declaring errors, most of which is not errors, about 10 kB).
 */
export function errorNames(): Plugin {
  return {
    name: "error-names",
    setup(build) {
      build.onLoad({ filter: FIRST_PARTY }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const classes = [...source.matchAll(ERROR_CLASS)].map((match) => match[1]!);
        if (classes.length === 0) return undefined;
        const named = classes.map((name) => `Object.defineProperty(${name}, "name", { value: ${JSON.stringify(name)}, configurable: true });`);
        return { contents: `${source}\n${named.join("\n")}\n`, loader: "ts" };
      });
    },
  };
}

/** The exception classes compactSsmErrors rewrites: the SSM client's (ES module build), read once at cold start. */
const SSM_ERRORS = /[\\/]node_modules[\\/]@aws-sdk[\\/]client-ssm[\\/]dist-es[\\/]models[\\/]errors\.js$/;

const ERRORS_IMPORT = /^import \{ (\w+) as __BaseException \} from "(\.\/\w+)";\n/;
/**
 * One exception class as the SDK's code generator writes it: the shape id, name and fault, the members declared as fields and
 * copied from the options in the same order. Anything else in a class (a `$retryable`, another statement) does not match.
 */
const ERROR_CLASS_BLOCK = new RegExp(
  [
    String.raw`export class (\w+) extends __BaseException \{\n`,
    String.raw` {4}static shapeId = "([\w.]+)#\1";\n`,
    String.raw` {4}name = "\1";\n`,
    String.raw` {4}\$fault = "(client|server)";\n`,
    String.raw`((?: {4}\w+;\n)*)`,
    String.raw` {4}constructor\(opts\) \{\n`,
    String.raw` {8}super\(\{\n {12}name: "\1",\n {12}\$fault: "\3",\n {12}\.\.\.opts,\n {8}\}\);\n`,
    String.raw` {8}Object\.setPrototypeOf\(this, \1\.prototype\);\n`,
    String.raw`((?: {8}this\.\w+ = opts\.\w+;\n)*)`,
    String.raw` {4}\}\n\}\n`,
  ].join(""),
  "y",
);

/**
 * errors.js of an AWS SDK client (ES module build) rewritten into one factory and one line per class, or undefined when the
 * file is not shaped as expected. Each class made by the factory is what the generated one is: it extends the service's base
 * exception, has its own static `shapeId` (the SDK's `instanceof` compares it), is named after the exception, sets `name` and
 * `$fault` as class fields, calls setPrototypeOf as the original does, and copies its members from the options in their order.
 */
export function compactErrorsSource(source: string): string | undefined {
  const head = ERRORS_IMPORT.exec(source);
  if (!head) return undefined;
  const classes: { name: string; fault: string; fields: string[] }[] = [];
  let namespace: string | undefined;
  let at = head[0].length;
  for (;;) {
    ERROR_CLASS_BLOCK.lastIndex = at;
    const match = ERROR_CLASS_BLOCK.exec(source);
    if (!match) break;
    at = ERROR_CLASS_BLOCK.lastIndex;
    const [, name, shapeNamespace, fault, declared, copies] = match as unknown as [string, string, string, string, string, string];
    const fields = [...declared.matchAll(/(\w+);/g)].map((field) => field[1]!);
    const copied = [...copies.matchAll(/this\.(\w+) = opts\.(\w+);/g)];
    if (copied.length !== fields.length || copied.some(([, to, from], i) => to !== fields[i] || from !== fields[i])) return undefined;
    if ((namespace ??= shapeNamespace) !== shapeNamespace) return undefined;
    classes.push({ name, fault, fields });
  }
  if (classes.length === 0 || source.slice(at).trim() !== "") return undefined;
  const line = ({ name, fault, fields }: (typeof classes)[number]) =>
    `export const ${name} = /* @__PURE__ */ exception(${[JSON.stringify(name), fault, ...fields.map((field) => JSON.stringify(field))].join(", ")});`;
  return `${head[0]}const client = "client", server = "server";
const exception = (name, $fault, ...fields) => {
    const Exception = class extends __BaseException {
        static shapeId = ${JSON.stringify(`${namespace}#`)} + name;
        name = name;
        $fault = $fault;
        constructor(opts) {
            super({ name, $fault, ...opts });
            Object.setPrototypeOf(this, Exception.prototype);
            for (const field of fields) this[field] = opts[field];
        }
    };
    Object.defineProperty(Exception, "name", { value: name });
    return Exception;
};
${classes.map(line).join("\n")}
`;
}

/** See compactSsmErrors in the header. */
export function compactSsmErrors(filter: RegExp = SSM_ERRORS): Plugin {
  return {
    name: "compact-ssm-errors",
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const contents = compactErrorsSource(source);
        if (contents !== undefined) return { contents, loader: "js" };
        return { contents: source, loader: "js", warnings: [{ text: `compact-ssm-errors: ${args.path} is not shaped as expected; bundled as it is (${SEE})` }] };
      });
    },
  };
}

/** The plugins of the production bundle. */
/** What the Bot Framework packages' `require("zod")` gets in the bundle: zod 4 speaking the two calls of zod 3 they make. */
export const ZOD_3_CALLS_ON_ZOD_4 = `import * as z from "zod/v4";
export * from "zod/v4";
export function record(key, value) {
  return value === undefined ? z.record(z.string(), key) : z.record(key, value);
}
if (!("nonstrict" in z.ZodObject.prototype)) z.ZodObject.prototype.nonstrict = function nonstrict() {
  return this.loose();
};`;

const BOT_FRAMEWORK_FILE = /[\\/]node_modules[\\/](botbuilder[\w-]*|botframework-[\w-]+)[\\/]/;

export function oneZod(): Plugin {
  return {
    name: "one-zod",
    setup(build) {
      build.onResolve({ filter: /^zod$/ }, (args) => (BOT_FRAMEWORK_FILE.test(args.importer) ? { path: "zod", namespace: "zod-3-calls-on-zod-4" } : undefined));
      build.onLoad({ filter: /.*/, namespace: "zod-3-calls-on-zod-4" }, () => ({ contents: ZOD_3_CALLS_ON_ZOD_4, loader: "js", resolveDir: ROOT }));
    },
  };
}

/** Packages installed several times at one version by the Bot Framework's and Azure's dependencies. */
export const ONE_COPY = ["agent-base", "https-proxy-agent", "http-proxy-agent"] as const;

/** The installed copies of a package (node_modules/<name>, and one level of nesting below a package), by version. */
function copiesByVersion(name: string): Map<string, string[]> {
  const top = join(ROOT, "node_modules");
  const owners = readdirSync(top).flatMap((entry) => (entry.startsWith("@") ? readdirSync(join(top, entry)).map((scoped) => join(top, entry, scoped)) : [join(top, entry)]));
  const dirs = [join(top, name), ...owners.map((owner) => join(owner, "node_modules", name))].filter((dir) => existsSync(join(dir, "package.json")));
  const byVersion = new Map<string, string[]>();
  for (const dir of dirs) {
    const { version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string };
    byVersion.set(version, [...(byVersion.get(version) ?? []), dir].sort());
  }
  return byVersion;
}

export function oneCopy(): Plugin {
  return {
    name: "one-copy",
    setup(build) {
      const copies = new Map<string, Map<string, string[]>>(ONE_COPY.map((name) => [name, copiesByVersion(name)]));
      const filter = new RegExp(`^(${ONE_COPY.join("|")})$`);
      build.onResolve({ filter }, async (args) => {
        if (args.pluginData === "one-copy") return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: "one-copy" });
        if (resolved.errors.length > 0) return resolved;
        for (const dirs of copies.get(args.path)!.values()) {
          const own = dirs.find((dir) => resolved.path.startsWith(dir + sep));
          if (own) return { ...resolved, path: dirs[0]! + resolved.path.slice(own.length) };
        }
        return resolved;
      });
    },
  };
}

export function productionPlugins(): Plugin[] {
  return [leftOut(), leftOutFiles(), globalUrl(), ownOmit(), lazyBarrels(), nodeStreamsFirst(), nodeFeatureChecks(), onlyLanguages(), oneZod(), oneCopy(), compactSsmErrors(), errorNames()];
}
