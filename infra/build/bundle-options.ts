import type { BuildOptions } from "esbuild";
import { productionPlugins } from "./esbuild-plugins";

/**
 * The production bundle's esbuild options, in one place: serverless.yml's serverless-esbuild loads
 * them (through serverless-esbuild.cjs), `npm run bench` measures the bundle they make, and the
 * tests' global setup builds the bundle the conversation tests run through.
 */
const BASE = {
  bundle: true,
  minify: true,
  sourcemap: "linked",
  // Stack traces need the mappings, not the sources: Node parses the map at load with
  // --enable-source-maps, and the sources made it 3 times larger (~40 ms more per cold start).
  sourcesContent: false,
  // French wording written as UTF-8, not as \u escapes (the bundle is read as UTF-8 by Node).
  charset: "utf8",
  target: "node22",
  platform: "node",
  format: "cjs",
} as const satisfies BuildOptions;

/**
 * What leaves out of the bundle what the assistant never runs and loads the Bot Framework's modules
 * on first use (esbuild-plugins.ts says what and why). The floor bots of the bench are bundled
 * without it: the floor is the framework as it ships.
 */
function trimming(): BuildOptions {
  return {
    // The packages' ES module builds where they have one: esbuild then drops what is never imported
    // (the AWS SDK's unused commands and schemas).
    mainFields: ["module", "main"],
    plugins: productionPlugins(),
  };
}

/** esbuild options of the production bundle; `trimmed: false` leaves the framework as it ships (the bench's floor). */
export function productionBuildOptions(options: { trimmed: boolean } = { trimmed: true }): BuildOptions {
  return { ...BASE, ...(options.trimmed ? trimming() : {}) };
}

/**
 * serverless-esbuild's settings: the production options, and how the plugin packages them: with
 * npm, and nothing left external (its default leaves out "aws-sdk"), so the function runs the
 * bundle the tests ran.
 */
export function serverlessEsbuildConfig(): BuildOptions & { packager: "npm"; exclude: string[] } {
  return { ...productionBuildOptions(), packager: "npm", exclude: [] };
}
