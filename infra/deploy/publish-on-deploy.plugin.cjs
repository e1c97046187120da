"use strict";
/**
 * osls plugin (declared in serverless.yml): `serverless deploy` publishes the repository's answers
 * and catalog to the stage it deploys, so a reviewed and merged content change reaches learners
 * with the deploy. It runs infra/cli/deploy-publish.ts in a child process:
 *   before:deploy:deploy  --check-only: invalid files stop the deploy before the stack changes;
 *   after:deploy:deploy   publish the answers (when changed) and load the catalog.
 * `serverless package` runs neither hook: it stays offline and needs no credentials.
 *
 * The child gets the deployed stage's names (STAGE, TABLE_PREFIX as the function's environment
 * resolves it, AWS_REGION) and the credentials serverless itself deploys with (profile, SSO, role),
 * resolved here once, so it writes to exactly the tables of the stack just deployed.
 *
 * serverless.yml:  custom.publishOnDeploy: { enabled: true, dataFolder: <folder or empty>, allowSample: false }
 * No folder: no catalog is loaded. A folder with records marked `sample: true` (the shipped
 * infra/data/sample) is refused unless allowSample is true: sample data reach a stage only on purpose.
 */
const { spawn } = require("node:child_process");
const path = require("node:path");

class PublishOnDeployPlugin {
  constructor(serverless, options = {}, utils = {}) {
    this.serverless = serverless;
    this.options = options;
    this.log = (utils && utils.log) || console;
    /** Replaced in tests. */
    this.spawn = spawn;
    this.hooks = {
      "before:deploy:deploy": () => this.run(["--check-only"]),
      "after:deploy:deploy": () => this.run([]),
    };
  }

  settings() {
    const custom = (this.serverless.service.custom && this.serverless.service.custom.publishOnDeploy) || {};
    return {
      enabled: custom.enabled !== false && custom.enabled !== "false",
      dataFolder: typeof custom.dataFolder === "string" ? custom.dataFolder.trim() : "",
      allowSample: custom.allowSample === true || custom.allowSample === "true",
    };
  }

  /** The child's command line and environment (exported for tests). */
  async invocation(extraArgs) {
    const provider = this.serverless.getProvider("aws");
    const environment = this.serverless.service.provider.environment || {};
    const serviceDir = this.serverless.serviceDir || process.cwd();
    const env = { ...process.env, STAGE: provider.getStage(), AWS_REGION: provider.getRegion(), TABLE_PREFIX: environment.TABLE_PREFIX };
    // A local endpoint in the deployer's shell must not divert the publish away from the stage.
    delete env.DYNAMODB_ENDPOINT;
    if (!extraArgs.includes("--check-only")) {
      if (!env.TABLE_PREFIX) throw new Error("publish-on-deploy: provider.environment.TABLE_PREFIX is not set; it names the stage's tables.");
      const identity = await provider.getAwsSdkV3CredentialsProvider()();
      Object.assign(env, { AWS_ACCESS_KEY_ID: identity.accessKeyId, AWS_SECRET_ACCESS_KEY: identity.secretAccessKey });
      if (identity.sessionToken) env.AWS_SESSION_TOKEN = identity.sessionToken;
      else delete env.AWS_SESSION_TOKEN;
      delete env.AWS_PROFILE;
    }
    const script = path.join(serviceDir, "infra", "cli", "deploy-publish.ts");
    const { dataFolder, allowSample } = this.settings();
    const data = dataFolder ? ["--data", path.resolve(serviceDir, dataFolder), ...(allowSample ? ["--allow-sample"] : [])] : [];
    return {
      command: process.execPath,
      args: ["--import", "tsx", script, ...data, ...extraArgs],
      options: { cwd: serviceDir, env, stdio: "inherit" },
    };
  }

  async run(extraArgs) {
    if (!this.settings().enabled) {
      this.log.notice?.("publish-on-deploy: disabled (custom.publishOnDeploy.enabled: false)");
      return;
    }
    const { command, args, options } = await this.invocation(extraArgs);
    const code = await new Promise((resolve, reject) => {
      const child = this.spawn(command, args, options);
      child.on("error", reject);
      child.on("exit", (exitCode) => resolve(exitCode));
    });
    if (code !== 0) {
      const step = extraArgs.includes("--check-only") ? "checking the content and catalog files" : "publishing the content and catalog";
      throw new Error(`publish-on-deploy: ${step} failed (exit ${code}); see the lines above.`);
    }
  }
}

module.exports = PublishOnDeployPlugin;
