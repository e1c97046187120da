import type { SSMClient } from "@aws-sdk/client-ssm";

export class SecretError extends Error {
  override readonly name = "SecretError";
}

/**
 * Reads a SecureString parameter from SSM Parameter Store at cold start, so the secret never sits in
 * the function's environment or in the CloudFormation template. The SSM client is loaded here, on
 * first use, rather than with the module: only deployed stages read a secret, once per cold start.
 */
export async function readSecretParameter(name: string, region: string, client?: SSMClient): Promise<string> {
  try {
    const { GetParameterCommand, SSMClient: Client } = await import("@aws-sdk/client-ssm");
    const { Parameter } = await (client ?? new Client({ region })).send(new GetParameterCommand({ Name: name, WithDecryption: true }));
    const value = Parameter?.Value?.trim();
    if (!value) throw new SecretError(`SSM parameter ${name} is empty.`);
    return value;
  } catch (error) {
    if (error instanceof SecretError) throw error;
    throw new SecretError(`Could not read SSM parameter ${name}: ${(error as Error).message}`, { cause: error });
  }
}
