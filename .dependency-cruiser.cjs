/**
 * Import rules between folders (see DESIGN.md, "Layout"). botbuilder stays in dialogs/ and functions/
 * (plus the botbuilder Storage adapter) so that a successor SDK can replace it by swapping those folders.
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
      comment: "infra/ may use botbuilder's Storage type only in the state storage adapter",
      severity: "error",
      from: { path: "^infra/", pathNot: "^infra/state/" },
      to: { path: "^node_modules/botbuilder" },
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
