import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import type { SSMClient } from "@aws-sdk/client-ssm";
import { SECRET_READ_WORST_MS } from "../../../infra/config/env";
import { readSecretParameter, SecretError, secretsClient } from "../../../infra/config/secrets";

/** A stand-in for SSM Parameter Store (there is no local one), given to the function as its client. */
function ssm(answer: () => Promise<unknown>): SSMClient & { requests: unknown[] } {
  const requests: unknown[] = [];
  return { requests, send: (command: { input: unknown }) => (requests.push(command.input), answer()) } as unknown as SSMClient & { requests: unknown[] };
}

describe("reading the app password from SSM Parameter Store", () => {
  it("reads the SecureString decrypted, trimmed", async () => {
    const client = ssm(async () => ({ Parameter: { Value: " s3cret\n" } }));
    expect(await readSecretParameter("/ue-advisor/prod/microsoft-app-password", "eu-west-3", client)).toBe("s3cret");
    expect(client.requests).toEqual([{ Name: "/ue-advisor/prod/microsoft-app-password", WithDecryption: true }]);
  });

  it("refuses an empty parameter", async () => {
    await expect(readSecretParameter("/p", "eu-west-3", ssm(async () => ({ Parameter: { Value: "  " } })))).rejects.toThrow(new SecretError("SSM parameter /p is empty."));
  });

  it("wraps a failure of SSM in a SecretError naming the parameter, with the cause", async () => {
    const cause = new Error("AccessDeniedException");
    const read = readSecretParameter("/p", "eu-west-3", ssm(async () => Promise.reject(cause)));
    await expect(read).rejects.toBeInstanceOf(SecretError);
    await expect(read).rejects.toMatchObject({ message: "Could not read SSM parameter /p: AccessDeniedException", cause });
  });

  it("gives up on an SSM that does not answer within SECRET_READ_WORST_MS: the cold start's part of the turn's budget", async () => {
    const server = createServer(() => undefined);
    await new Promise<void>((done) => server.listen(0, "127.0.0.1", () => done()));
    try {
      const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const client = secretsClient("eu-west-3", { endpoint, credentials: { accessKeyId: "test", secretAccessKey: "test" } });
      const started = Date.now();
      await expect(readSecretParameter("/p", "eu-west-3", client)).rejects.toBeInstanceOf(SecretError);
      expect(Date.now() - started).toBeLessThanOrEqual(SECRET_READ_WORST_MS);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 15_000);
});
