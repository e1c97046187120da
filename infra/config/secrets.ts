import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { NodeHttpHandler } from "@smithy/node-http-handler";
import { InfraError } from "../errors";

export class SecretError extends InfraError {}

/**
 * The SSM client of a cold start, with explicit timeouts: the SDK's default has none, and the read
 * comes out of the first turn's budget (SECRET_READ_WORST_MS in env.ts: two attempts of at most
 * 1.5 s, and the backoff between them).
 */
export function secretsClient(region: string, options: { endpoint?: string; credentials?: { accessKeyId: string; secretAccessKey: string } } = {}): SSMClient {
  return new SSMClient({
    region,
    ...options,
    maxAttempts: 2,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 1_500, throwOnRequestTimeout: true }),
  });
}

/**
 * Reads a SecureString parameter from SSM Parameter Store at cold start, so the secret never sits in
 * the function's environment or in the CloudFormation template.
 */
export async function readSecretParameter(name: string, region: string, client = secretsClient(region)): Promise<string> {
  try {
    const { Parameter } = await client.send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const value = Parameter?.Value?.trim();
    if (!value) throw new SecretError(`SSM parameter ${name} is empty.`);
    return value;
  } catch (error) {
    if (error instanceof SecretError) throw error;
    throw new SecretError(`Could not read SSM parameter ${name}: ${(error as Error).message}`, { cause: error });
  }
}
