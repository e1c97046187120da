import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { build } from "esbuild";
import { productionBuildOptions, ROOT } from "../bench/bundle-config";

/**
 * The production bundle's plugins (esbuild-plugins.cjs), on the Bot Framework packages themselves:
 * every name the packages export must still be there, of the same kind, once their index files load
 * lazily; a left-out package must fail loudly, naming itself, when something uses it.
 */
const require = createRequire(import.meta.url);
const { lazyBarrelSource, LEFT_OUT } = require("../esbuild-plugins.cjs") as {
  lazyBarrelSource(file: string, source: string): string | undefined;
  LEFT_OUT: Record<string, string>;
};

const PACKAGES = ["botbuilder", "botbuilder-core", "botbuilder-dialogs", "botframework-connector"] as const;
const out = mkdtempSync(join(tmpdir(), "ue-advisor-plugins-"));
let bundled: Record<string, Record<string, unknown>>;

beforeAll(async () => {
  const entry = [...PACKAGES.map((name) => `exports[${JSON.stringify(name)}] = require(${JSON.stringify(name)});`), `exports.number = require("@microsoft/recognizers-text-number");`].join("\n");
  await build({
    ...productionBuildOptions({ trimmed: true }),
    stdin: { contents: entry, resolveDir: ROOT, sourcefile: "packages.js" },
    outfile: join(out, "packages.js"),
    sourcemap: false,
    logLevel: "error",
  });
  bundled = require(join(out, "packages.js")) as typeof bundled;
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
    expect(mismatches).toEqual([]);
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

  it("lets the choice prompts' module load (it reads culture names at load), failing only when a prompt recognizes", () => {
    const dialogs = bundled["botbuilder-dialogs"] as { PromptCultureModels: { getSupportedCultureCodes(): unknown[] } };
    expect(() => dialogs.PromptCultureModels).not.toThrow();
  });
});
