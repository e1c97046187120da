import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetItemCommand } from "@aws-sdk/client-dynamodb";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDynamoClients } from "../../../infra/dynamodb/client";
import { isolatedTables } from "../../support/dynamo";

/**
 * What the DynamoDB client is told rather than left to look up: on Lambda the role's credentials
 * in the environment and the SDK's defaults, never the shared files (~/.aws); elsewhere, the SDK's
 * own resolution. A shared config file that says otherwise tells which one the client used.
 */
const AWS_VARIABLES = [
  "AWS_LAMBDA_FUNCTION_NAME",
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_CONFIG_FILE",
  "AWS_SHARED_CREDENTIALS_FILE",
  "AWS_PROFILE",
  "AWS_USE_FIPS_ENDPOINT",
  "AWS_USE_DUALSTACK_ENDPOINT",
  "AWS_ACCOUNT_ID_ENDPOINT_MODE",
  "AWS_SDK_UA_APP_ID",
];
let saved: Record<string, string | undefined>;
let folder: string;

beforeEach(() => {
  saved = Object.fromEntries(AWS_VARIABLES.map((name) => [name, process.env[name]]));
  for (const name of AWS_VARIABLES) delete process.env[name];
  folder = mkdtempSync(join(tmpdir(), "ue-advisor-aws-"));
  // Shared files that contradict every default: a client that reads them shows it.
  writeFileSync(join(folder, "config"), "[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = true\naccount_id_endpoint_mode = disabled\nsdk_ua_app_id = from-file\n");
  writeFileSync(join(folder, "credentials"), "[default]\naws_access_key_id = AKIDFROMFILE\naws_secret_access_key = from-file\n");
  process.env.AWS_CONFIG_FILE = join(folder, "config");
  process.env.AWS_SHARED_CREDENTIALS_FILE = join(folder, "credentials");
});

afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  rmSync(folder, { recursive: true, force: true });
});

const options = { region: "eu-west-3", requestTimeoutMs: 2_000, maxAttempts: 1 };

/** The settings a client resolved, as its first request would use them. */
async function resolved(client: ReturnType<typeof createDynamoClients>["client"]) {
  const { config } = client;
  const credentials = await (typeof config.credentials === "function" ? config.credentials() : config.credentials);
  return {
    accessKeyId: credentials.accessKeyId,
    sessionToken: credentials.sessionToken,
    useFipsEndpoint: await config.useFipsEndpoint(),
    useDualstackEndpoint: await config.useDualstackEndpoint(),
    accountIdEndpointMode: await config.accountIdEndpointMode(),
    userAgentAppId: await config.userAgentAppId(),
  };
}

describe("the DynamoDB client's credentials and settings", () => {
  it("on Lambda: the role's credentials from the environment and the SDK's defaults, without reading the shared files", async () => {
    Object.assign(process.env, { AWS_LAMBDA_FUNCTION_NAME: "ue-advisor-prod-messages", AWS_ACCESS_KEY_ID: "AKIDLAMBDA", AWS_SECRET_ACCESS_KEY: "secret", AWS_SESSION_TOKEN: "token" });
    const { client } = createDynamoClients(options);
    expect(await resolved(client)).toEqual({
      accessKeyId: "AKIDLAMBDA",
      sessionToken: "token",
      useFipsEndpoint: false,
      useDualstackEndpoint: false,
      accountIdEndpointMode: "preferred",
      userAgentAppId: undefined,
    });
    client.destroy();
  });

  it("on Lambda: a setting given in the environment is still read there", async () => {
    Object.assign(process.env, { AWS_LAMBDA_FUNCTION_NAME: "f", AWS_ACCESS_KEY_ID: "AKIDLAMBDA", AWS_SECRET_ACCESS_KEY: "secret", AWS_USE_DUALSTACK_ENDPOINT: "true", AWS_SDK_UA_APP_ID: "from-env" });
    const { client } = createDynamoClients(options);
    expect(await resolved(client)).toMatchObject({ accessKeyId: "AKIDLAMBDA", sessionToken: undefined, useDualstackEndpoint: true, useFipsEndpoint: false, userAgentAppId: "from-env" });
    client.destroy();
  });

  it("elsewhere (a workstation's profile): leaves everything to the SDK's own resolution, shared files included", async () => {
    const { client } = createDynamoClients(options);
    expect(await resolved(client)).toEqual({
      accessKeyId: "AKIDFROMFILE",
      sessionToken: undefined,
      useFipsEndpoint: true,
      useDualstackEndpoint: true,
      accountIdEndpointMode: "disabled",
      userAgentAppId: "from-file",
    });
    client.destroy();
  });

  it("on Lambda without credentials in the environment: the SDK's default provider chain, as before", async () => {
    process.env.AWS_LAMBDA_FUNCTION_NAME = "f";
    const { client } = createDynamoClients(options);
    expect(await resolved(client)).toMatchObject({ accessKeyId: "AKIDFROMFILE", useFipsEndpoint: true });
    client.destroy();
  });

  it("with a local store: any credentials and the defaults, and requests go through", async () => {
    const { endpoint, tables } = await isolatedTables();
    const { client } = createDynamoClients({ ...options, endpoint });
    expect(await resolved(client)).toMatchObject({ accessKeyId: "local", useFipsEndpoint: false, useDualstackEndpoint: false });
    const { Item } = await client.send(new GetItemCommand({ TableName: tables.content, Key: { pk: { S: "content" }, sk: { S: "active" } } }));
    expect(Item).toBeUndefined();
    client.destroy();
  });
});
