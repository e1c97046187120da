/**
 * Import rules between folders (see docs/architecture.md). botbuilder stays in dialogs/ and
 * functions/ (plus the botbuilder Storage adapter, infra/state/) so that a successor SDK can replace
 * it by swapping those folders.
 */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment:
        "domain/ imports only domain/, zod and pure in-memory text libraries (search index, stemmers): no I/O, no SDK, no botbuilder, no node built-ins",
      severity: "error",
      from: { path: "^domain/" },
      to: { pathNot: ["^domain/", "^node_modules/(zod|minisearch|snowball-stemmers)/"] },
    },
    {
      name: "dialogs-no-io",
      comment: "dialogs/ import domain/ and botbuilder only: never the AWS SDK, infra/ or functions/",
      severity: "error",
      from: { path: "^dialogs/" },
      to: { path: ["^infra/", "^functions/", "^node_modules/@aws-sdk/", "^node_modules/dynalite/"] },
    },
    {
      name: "infra-no-botbuilder",
      comment:
        "infra/ may use botbuilder's Storage only in the state storage adapter: the Teams adapter (infra/teams/) builds its cards as plain JSON and sends through a sender functions/ gives it",
      severity: "error",
      from: { path: "^infra/", pathNot: "^infra/state/" },
      to: { path: ["^node_modules/botbuilder", "^node_modules/botframework-"] },
    },
    {
      name: "admins-folders-hold-no-code",
      comment: "infra/content/ holds only the answer files and infra/data/ only data folders; their code is infra/knowledge/ and infra/data-loader/",
      severity: "error",
      from: {},
      to: { path: "^infra/(content|data)/" },
    },
    {
      name: "build-config-is-build-time",
      comment: "infra/build/ (esbuild options and plugins) runs when the bundle is built, never inside it; it needs only esbuild, node and infra/errors",
      severity: "error",
      from: { pathNot: "^infra/build/" },
      to: { path: "^infra/build/" },
    },
    {
      name: "build-config-imports-little",
      severity: "error",
      from: { path: "^infra/build/" },
      to: { dependencyTypesNot: ["core"], pathNot: ["^infra/build/", "^infra/errors\\.ts$", "^node_modules/esbuild/", "^(node_modules/)?tsx/"] },
    },
    {
      name: "functions-never-reach-admin-tools",
      comment: "the Lambda functions never bundle the command-line tools, the data loader or the local stores",
      severity: "error",
      from: { path: "^functions/(messages|webchat-token)\\.ts$" },
      to: { path: "^infra/(cli|data-loader|local)/", reachable: true },
    },
    {
      name: "infra-no-functions",
      severity: "error",
      from: { path: "^infra/" },
      to: { path: "^functions/" },
    },
    {
      name: "infra-no-dialogs",
      comment: "one exception, below: the advisors' report names the answers of rules by the job registry's labels",
      severity: "error",
      from: { path: "^infra/", pathNot: "^infra/cli/report\\.ts$" },
      to: { path: "^dialogs/" },
    },
    {
      name: "report-reads-only-the-job-registry",
      severity: "error",
      from: { path: "^infra/cli/report\\.ts$" },
      to: { path: "^dialogs/", pathNot: "^dialogs/jobs\\.ts$" },
    },
    {
      name: "nothing-imports-functions",
      severity: "error",
      from: { pathNot: ["^functions/", "^test/"] },
      to: { path: "^functions/" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "^test/" },
  },
};
