"use strict";
/**
 * serverless.yml's custom.esbuild.config: serverless-esbuild requires a JavaScript file exporting
 * a function that returns its settings. They are written in TypeScript (bundle-options.ts), loaded
 * here through tsx (a devDependency, like serverless-esbuild itself).
 */
const { require: tsxRequire } = require("tsx/cjs/api");

module.exports = () => tsxRequire("./bundle-options.ts", __filename).serverlessEsbuildConfig();
