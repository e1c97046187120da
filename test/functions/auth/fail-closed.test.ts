import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigError, loadConfig } from "../../../infra/config/env";
import { httpApiEvent, messageActivity } from "../../support/activities";

const credentials = {
  MicrosoftAppId: "7c2f7a4e-0000-4000-8000-000000000001",
  MicrosoftAppTenantId: "0d3c8f0e-1111-4222-8333-444455556666",
  MicrosoftAppPassword: "secret",
};

function problemsOf(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("loadConfig accepted the configuration");
}

describe("a deployed stage refuses to start without Bot Framework credentials", () => {
  it("names everything that is missing at once", () => {
    expect(problemsOf({ STAGE: "prod" })).toMatch(/stage "prod" refuses to start .*missing: MicrosoftAppId, MicrosoftAppTenantId, MicrosoftAppPassword \(or MICROSOFT_APP_PASSWORD_PARAMETER\)/);
  });

  it.each([
    ["MicrosoftAppId", /missing: MicrosoftAppId$/],
    ["MicrosoftAppTenantId", /missing: MicrosoftAppTenantId$/],
    ["MicrosoftAppPassword", /missing: MicrosoftAppPassword \(or MICROSOFT_APP_PASSWORD_PARAMETER\)$/],
  ])("names %s when it alone is missing or blank", (name, message) => {
    expect(problemsOf({ STAGE: "prod", ...credentials, [name]: "" })).toMatch(message);
    expect(problemsOf({ STAGE: "prod", ...credentials, [name]: "   " })).toMatch(message);
  });

  it("starts with the secret in SSM instead of the environment", () => {
    const { MicrosoftAppPassword: _password, ...rest } = credentials;
    expect(loadConfig({ STAGE: "prod", ...rest, MICROSOFT_APP_PASSWORD_PARAMETER: "/ue-advisor/prod/microsoft-app-password" }).STAGE).toBe("prod");
  });

  it.each(["MultiTenant", "UserAssignedMSI"])("refuses a %s bot: the assistant is single-tenant", (type) => {
    expect(problemsOf({ STAGE: "prod", ...credentials, MicrosoftAppType: type })).toMatch(new RegExp(`MicrosoftAppType: .*SingleTenant.*not ${type}`));
  });

  it("refuses the local stage inside AWS Lambda, where anonymous mode would face the Internet", () => {
    expect(problemsOf({ AWS_LAMBDA_FUNCTION_NAME: "ue-advisor-prod-messages" })).toMatch(/STAGE: "local" is for the loopback server/);
    expect(problemsOf({ STAGE: "local", AWS_LAMBDA_FUNCTION_NAME: "x", ...credentials })).toMatch(/STAGE/);
  });

  it("lets the local server run anonymously (it binds to loopback only, see local-server)", () => {
    expect(loadConfig({ STAGE: "local" }).MicrosoftAppId).toBe("");
  });
});

describe("authentication endpoint overrides cannot weaken a deployment", () => {
  const overrides = {
    BOT_AUTH_OPENID_METADATA_URL: "http://127.0.0.1:4000/v1/.well-known/openidconfiguration",
    BOT_AUTH_EMULATOR_OPENID_METADATA_URL: "http://localhost:4000/emulator/.well-known/openid-configuration",
    BOT_AUTH_LOGIN_URL: "http://[::1]:4000/tenant",
    BOT_AUTH_TOKEN_ISSUER: "http://127.0.0.1:4000/channel",
  };

  it.each(Object.keys(overrides))("refuses %s on a deployed stage without BOT_AUTH_ALLOW_TEST_ENDPOINTS=true", (name) => {
    const value = overrides[name as keyof typeof overrides];
    expect(problemsOf({ STAGE: "prod", ...credentials, [name]: value })).toMatch(new RegExp(`${name}: stage "prod" uses Microsoft's authentication endpoints`));
    expect(problemsOf({ STAGE: "prod", ...credentials, [name]: value, BOT_AUTH_ALLOW_TEST_ENDPOINTS: "false" })).toMatch(new RegExp(name));
  });

  it.each(["BOT_AUTH_OPENID_METADATA_URL", "BOT_AUTH_EMULATOR_OPENID_METADATA_URL", "BOT_AUTH_LOGIN_URL"])(
    "refuses %s off loopback, on any stage and with the flag",
    (name) => {
      for (const url of ["https://login.botframework.evil.example/v1/.well-known/openidconfiguration", "http://10.0.0.5/keys", "http://127.0.0.1.nip.io/keys"]) {
        expect(problemsOf({ STAGE: "local", [name]: url })).toMatch(new RegExp(`${name}: must be a loopback URL`));
        expect(problemsOf({ STAGE: "prod", ...credentials, BOT_AUTH_ALLOW_TEST_ENDPOINTS: "true", [name]: url })).toMatch(new RegExp(`${name}: must be a loopback URL`));
      }
    },
  );

  it("accepts loopback overrides on the local stage, and on a deployed stage only with the explicit flag", () => {
    expect(loadConfig({ STAGE: "local", ...overrides }).BOT_AUTH_LOGIN_URL).toBe(overrides.BOT_AUTH_LOGIN_URL);
    expect(loadConfig({ STAGE: "test", ...credentials, ...overrides, BOT_AUTH_ALLOW_TEST_ENDPOINTS: "true" }).BOT_AUTH_TOKEN_ISSUER).toBe(overrides.BOT_AUTH_TOKEN_ISSUER);
  });

  it("refuses a flag that is not exactly true or false, and a malformed tenant list", () => {
    expect(problemsOf({ STAGE: "local", BOT_AUTH_ALLOW_TEST_ENDPOINTS: "yes" })).toMatch(/BOT_AUTH_ALLOW_TEST_ENDPOINTS/);
    expect(problemsOf({ STAGE: "local", TEAMS_TENANT_IDS: "cnam.fr" })).toMatch(/TEAMS_TENANT_IDS/);
  });
});

describe("the Lambda handler fails closed", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it("rejects every invocation on a deployed stage without credentials, naming what is missing, and answers nothing", async () => {
    vi.stubEnv("STAGE", "prod");
    vi.stubEnv("MicrosoftAppId", "");
    vi.stubEnv("MicrosoftAppTenantId", credentials.MicrosoftAppTenantId);
    vi.stubEnv("MicrosoftAppPassword", "secret");
    const { handler } = await import("../../../functions/messages");
    const event = httpApiEvent(JSON.stringify(messageActivity("bonjour")));
    await expect(handler(event)).rejects.toMatchObject({ name: "ConfigError", message: expect.stringMatching(/missing: MicrosoftAppId$/) });
    // A failed start is not cached as a working app: the next invocation fails the same way.
    await expect(handler(event)).rejects.toMatchObject({ name: "ConfigError" });
  });
});
