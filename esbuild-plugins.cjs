/**
 * esbuild plugins of the production bundle, named in serverless.yml (custom.esbuild.plugins) and used
 * as they are by `npm run bench`. They change what the bundle holds, never what the assistant does:
 *
 * - leftOut: packages the assistant never runs are replaced by a stub that throws a
 *   ModuleLeftOutError naming the package as soon as anything is called or constructed from it.
 *   Reading constants at load time (botbuilder-dialogs reads recognizer culture names when its
 *   choice prompts load) still works; a module that calls one as it loads (NumberPrompt's calls
 *   globalize) fails when first used. test/esbuild-plugins.test.ts checks both. leftOutFiles does
 *   the same for single files of a package: features of the Bot Framework packages the assistant
 *   never uses (the legacy adapter, skills, SharePoint, transcripts, test and debugging tools) and
 *   botbuilder-dialogs' CLDR data for globalize.
 * - globalUrl: node-fetch 2 requires whatwg-url (with tr46's Unicode tables, ~290 KB) but uses it
 *   only where Node has no URL class; Node's own URL is given instead.
 * - lazyBarrels: the Bot Framework packages re-export every file of the package from index.js, so
 *   loading one class loads the whole SDK (Teams, skills, SharePoint, the legacy adapter...). Their
 *   index files are rewritten so that each re-exported file loads when one of its names is first
 *   read. The names are those of the real modules, read at build time.
 * - nodeStreamsFirst: the AWS SDK asks of every response body whether it is a web ReadableStream
 *   before reading it as the Node stream it is, and reading that global makes Node load its web
 *   streams implementation (about 4 ms of CPU in the first DynamoDB call of a cold start, for a
 *   class the assistant never uses). The check now first asks whether the body could be a web
 *   stream at all (a getReader method), which a Node stream cannot; the answer is the same.
 * - onlyLanguages: snowball-stemmers ships the stemmers of 24 languages in one file (a seventh of
 *   the bundle) and zod 4 the error messages of 40; the assistant stems French and English and
 *   words zod's messages in English. The others are replaced by functions that throw a
 *   ModuleLeftOutError naming the language when called. Less to compile at every cold start.
 */
const { readFileSync } = require("node:fs");
const { dirname } = require("node:path");

/**
 * What the assistant never runs, and why. The tests run the conversations through the bundle, so a
 * package wrongly listed here fails them with a ModuleLeftOutError naming it.
 */
const LEFT_OUT = {
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

/**
 * Files of a package the assistant never runs, by path inside node_modules, and why: stubbed like
 * the packages above, though the rest of their package is bundled.
 */
const LEFT_OUT_FILES = {
  "botbuilder-dialogs/lib/i18n.js": "Number prompt: 75 kB of CLDR number data, only handed to globalize",
  // The legacy adapter's module loads with CloudAdapter, which reads it only to answer a streaming connection.
  "botbuilder/lib/botFrameworkAdapter.js": "the legacy BotFrameworkAdapter: the assistant runs on CloudAdapter, and refuses streaming connections",
  "botbuilder-core/lib/testAdapter.js": "TestAdapter, a tool for testing bots",
  "botbuilder/lib/inspectionMiddleware.js": "InspectionMiddleware, a tool for debugging a bot from the Emulator",
  "botbuilder/lib/channelServiceHandler.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/channelServiceHandlerBase.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/channelServiceRoutes.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/skills/cloudSkillHandler.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/skills/skillHandler.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/skills/skillHandlerImpl.js": "skill host endpoints (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/skills/skillHttpClient.js": "skills (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/botFrameworkHttpClient.js": "skills (bot-to-bot calls): refused by the assistant",
  "botbuilder-dialogs/lib/skillDialog.js": "skills (bot-to-bot calls): refused by the assistant",
  "botbuilder/lib/sharepoint/sharePointActivityHandler.js": "SharePoint (Viva Connections) activities",
  "botbuilder/lib/sharepoint/sharePointSSOTokenExchangeMiddleware.js": "SharePoint (Viva Connections) activities",
  "botbuilder-core/lib/telemetryLoggerMiddleware.js": "TelemetryLoggerMiddleware (Application Insights): the assistant logs its own events",
  "botbuilder-core/lib/transcriptLogger.js": "transcript logging",
  "botbuilder-core/lib/memoryTranscriptStore.js": "transcript logging",
  "botbuilder/lib/fileTranscriptStore.js": "transcript logging",
  "botbuilder/lib/setSpeakMiddleware.js": "SetSpeakMiddleware (speech)",
};

/** The stub that stands for a left-out package: inert until used, then a clear error. */
function stubSource(name, reason) {
  return `
class ModuleLeftOutError extends Error {}
Object.defineProperty(ModuleLeftOutError.prototype, "name", { value: "ModuleLeftOutError" });
const fail = (what) => {
  throw new ModuleLeftOutError(${JSON.stringify(`${name} is left out of the bundle (${reason}), yet `)} + what + " was used. See esbuild-plugins.cjs.");
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

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Replaces the listed packages (and their subpaths) by a stub. */
function leftOut(packages = LEFT_OUT) {
  const names = Object.keys(packages);
  return {
    name: "left-out",
    setup(build) {
      build.onResolve({ filter: new RegExp(`^(${names.map(escape).join("|")})(/.*)?$`) }, (args) => ({ path: args.path, namespace: "left-out" }));
      build.onLoad({ filter: /.*/, namespace: "left-out" }, (args) => {
        const name = names.find((n) => args.path === n || args.path.startsWith(`${n}/`));
        return { contents: stubSource(args.path, packages[name]), loader: "js" };
      });
    },
  };
}

/** Replaces the listed files (see LEFT_OUT_FILES) by a stub, however they are required. */
function leftOutFiles(files = LEFT_OUT_FILES) {
  const paths = Object.keys(files);
  return {
    name: "left-out-files",
    setup(build) {
      const filter = new RegExp(`[\\\\/]node_modules[\\\\/](${paths.map((path) => path.split("/").map(escape).join("[\\\\/]")).join("|")})$`);
      build.onLoad({ filter }, (args) => {
        const path = paths.find((p) => args.path.replace(/\\/g, "/").endsWith(`/node_modules/${p}`));
        return { contents: stubSource(path, files[path]), loader: "js" };
      });
    },
  };
}

/** whatwg-url, as node-fetch 2 uses it: only its URL class, and only where Node lacks one. */
function globalUrl() {
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
function lazyBarrelSource(file, source) {
  const mark = source.indexOf(ES_MODULE_MARK);
  if (mark < 0) return undefined;
  const statements = source
    .slice(mark + ES_MODULE_MARK.length)
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
  const modules = new Map();
  const out = [];
  let reexports = 0;
  for (const statement of statements) {
    let match;
    if (VOID_HEADER.test(statement)) {
      out.push(statement);
    } else if ((match = STAR.exec(statement))) {
      const names = Object.keys(require(require.resolve(match[1], { paths: [dirname(file)] })));
      out.push(`__lazyStar(exports, function () { return require(${JSON.stringify(match[1])}); }, ${JSON.stringify(names)});`);
      reexports++;
    } else if ((match = NAMED_REQUIRE.exec(statement))) {
      modules.set(match[1], match[2]);
    } else if ((match = NAMED_EXPORT.exec(statement)) && modules.has(match[2])) {
      out.push(`Object.defineProperty(exports, ${JSON.stringify(match[1])}, { enumerable: true, get: function () { return require(${JSON.stringify(modules.get(match[2]))}).${match[3]}; } });`);
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
function lazyBarrels(packages = BARREL_PACKAGES) {
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

/** The languages the assistant uses, per package that ships many (see onlyLanguages). */
const KEPT_LANGUAGES = {
  /** domain/understanding/term-analyzer.ts: newStemmer("french"), newStemmer("english"). */
  "snowball-stemmers": ["english", "french"],
  /** zod 4 words its messages with the `en` locale it configures as it loads. */
  "zod/v4/locales": ["en"],
};

/**
 * The declaration of `__leftOutLanguage(language)`, which gives what stands for a left-out language:
 * a function that throws a ModuleLeftOutError naming it when called (or constructed).
 */
function leftOutLanguageHelper(pkg, kept) {
  const tail = ` is left out of the bundle (the assistant uses ${kept.join(", ")}). See esbuild-plugins.cjs.`;
  return `var __leftOutLanguage = function (language) { return function () { var error = new Error(${JSON.stringify(`${pkg}: the language "`)} + language + ${JSON.stringify(`"${tail}`)}); error.name = "ModuleLeftOutError"; throw error; }; };`;
}

const STEMMER_START = /^ {4}var (\w+)Stemmer = function \(_SnowballStemmer\d*\) \{$/;
const STEMMER_END = /^ {4}\}\(SnowballStemmer\);$/;

/**
 * snowball-stemmers.js (one UMD factory) with the stemmers of other languages replaced by a
 * function that throws, or undefined when the file is not shaped as expected (bundled as it is).
 * Each stemmer is a top-level `var <language>Stemmer = function (_SnowballStemmerN) {...}(SnowballStemmer);`.
 */
function stemmersSource(source, kept = KEPT_LANGUAGES["snowball-stemmers"]) {
  const lines = source.split("\n");
  const out = [];
  const found = [];
  for (let i = 0; i < lines.length; i++) {
    const start = STEMMER_START.exec(lines[i]);
    if (!start) {
      out.push(lines[i]);
      continue;
    }
    const language = start[1];
    found.push(language);
    let end = i + 1;
    while (end < lines.length && !STEMMER_END.test(lines[end]) && !STEMMER_START.test(lines[end])) end++;
    if (end >= lines.length || !STEMMER_END.test(lines[end])) return undefined;
    if (kept.includes(language)) out.push(...lines.slice(i, end + 1));
    else out.push(`    var ${language}Stemmer = __leftOutLanguage(${JSON.stringify(language)});`);
    i = end;
  }
  if (!kept.every((language) => found.includes(language)) || found.length <= kept.length) return undefined;
  return `${leftOutLanguageHelper("snowball-stemmers", kept)}\n${out.join("\n")}`;
}

const LOCALE_EXPORT = /^export \{ default as (\w+) \} from "\.\/[\w-]+\.js";$/;

/** zod/v4/locales/index.js with only the kept locales, or undefined when it is not shaped as expected. */
function zodLocalesSource(source, kept = KEPT_LANGUAGES["zod/v4/locales"]) {
  const lines = source.split("\n").filter((line) => line.trim() !== "");
  const out = [leftOutLanguageHelper("zod/v4/locales", kept)];
  for (const line of lines) {
    const match = LOCALE_EXPORT.exec(line);
    if (!match) return undefined;
    out.push(kept.includes(match[1]) ? line : `export const ${match[1]} = __leftOutLanguage(${JSON.stringify(match[1])});`);
  }
  return out.join("\n");
}

/** Keeps only the languages the assistant uses of the packages that ship many (see KEPT_LANGUAGES). */
function onlyLanguages() {
  const files = [
    { filter: /[\\/]node_modules[\\/]snowball-stemmers[\\/]snowball-stemmers\.js$/, rewrite: stemmersSource, loader: "js" },
    { filter: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/, rewrite: zodLocalesSource, loader: "js" },
  ];
  return {
    name: "only-languages",
    setup(build) {
      for (const { filter, rewrite, loader } of files) {
        build.onLoad({ filter }, (args) => {
          const contents = rewrite(readFileSync(args.path, "utf8"));
          if (contents !== undefined) return { contents, loader };
          // A new version of the package, shaped otherwise: bundled whole, and said so.
          return { contents: readFileSync(args.path, "utf8"), loader, warnings: [{ text: `only-languages: ${args.path} is not shaped as expected; bundled whole (see esbuild-plugins.cjs)` }] };
        });
      }
    },
  };
}

const READABLE_STREAM_CHECK = 'export const isReadableStream = (stream) => typeof ReadableStream === "function" &&';

/**
 * @smithy/core's stream-type-check.js with isReadableStream asking first for a getReader method, so
 * that a Node stream is told apart without touching the global ReadableStream; undefined when the
 * file is not shaped as expected (bundled as it is).
 */
function streamTypeCheckSource(source) {
  if (source.split(READABLE_STREAM_CHECK).length !== 2) return undefined;
  return source.replace(READABLE_STREAM_CHECK, 'export const isReadableStream = (stream) => typeof stream?.getReader === "function" && typeof ReadableStream === "function" &&');
}

/** See nodeStreamsFirst in the header. */
function nodeStreamsFirst() {
  return {
    name: "node-streams-first",
    setup(build) {
      const filter = /[\\/]node_modules[\\/]@smithy[\\/]core[\\/]dist-es[\\/].*[\\/]stream-type-check\.js$/;
      build.onLoad({ filter }, (args) => {
        const source = readFileSync(args.path, "utf8");
        const contents = streamTypeCheckSource(source);
        if (contents !== undefined) return { contents, loader: "js" };
        return { contents: source, loader: "js", warnings: [{ text: `node-streams-first: ${args.path} is not shaped as expected; bundled as it is (see esbuild-plugins.cjs)` }] };
      });
    },
  };
}

/** The plugins of the production bundle (serverless-esbuild calls this with the serverless instance). */
function plugins() {
  return [leftOut(), leftOutFiles(), globalUrl(), lazyBarrels(), nodeStreamsFirst(), onlyLanguages()];
}

module.exports = plugins;
module.exports.LEFT_OUT = LEFT_OUT;
module.exports.LEFT_OUT_FILES = LEFT_OUT_FILES;
module.exports.lazyBarrelSource = lazyBarrelSource;
module.exports.KEPT_LANGUAGES = KEPT_LANGUAGES;
module.exports.stemmersSource = stemmersSource;
module.exports.zodLocalesSource = zodLocalesSource;
module.exports.streamTypeCheckSource = streamTypeCheckSource;
