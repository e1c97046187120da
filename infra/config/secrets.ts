import { GetParameterCommand, SSMClient } from "@aws-sdk/client-ssm";
import { InfraError } from "../errors";

export class SecretError extends InfraError {}

/**
 * Reads a SecureString parameter from SSM Parameter Store at cold start, so the secret never sits in
 * the function's environment or in the CloudFormation template.
 */
export async function readSecretParameter(name: string, region: string, client = new SSMClient({ region })): Promise<string> {
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
