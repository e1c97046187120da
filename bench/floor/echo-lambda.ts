/**
 * What the floor bots share: the Lambda glue (API Gateway event -> CloudAdapter -> response) with no
 * checks beyond botbuilder's own, and the assistant's DynamoDB state storage. Anonymous Bot Framework
 * mode, as the bench runs the assistant (local stage, no credentials).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2 } from "aws-lambda";
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type ActivityHandler } from "botbuilder";
import { createDynamoClients } from "../../infra/dynamodb/client";
import { tableNames } from "../../infra/dynamodb/tables";
import { DynamoDbStorage } from "../../infra/state/dynamodb-storage";

export interface EchoApp {
  adapter: CloudAdapter;
  bot: ActivityHandler;
}

/** The same storage as the assistant's, on the table the environment names. */
export function stateStorage(env: Record<string, string | undefined> = process.env): DynamoDbStorage {
  const { doc } = createDynamoClients({
    region: env.AWS_REGION ?? "eu-west-3",
    endpoint: env.DYNAMODB_ENDPOINT,
    requestTimeoutMs: 2_000,
    maxAttempts: 3,
  });
  return new DynamoDbStorage({ doc, tableName: tableNames(env.TABLE_PREFIX ?? "ue-advisor-local-").state, ttlSeconds: 30 * 24 * 3600 });
}

export function anonymousAdapter(): CloudAdapter {
  return new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "", MicrosoftAppPassword: "", MicrosoftAppType: "MultiTenant" }));
}

/** A Lambda handler for an app built once per container, as the assistant's is. */
export function echoLambda(createApp: () => EchoApp): {
  prepare(): Promise<void>;
  handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyResultV2>;
} {
  let app: EchoApp | undefined;
  return {
    async prepare() {
      app ??= createApp();
    },
    async handler(event) {
      app ??= createApp();
      const { adapter, bot } = app;
      let statusCode = 200;
      let sent: unknown;
      const res = {
        socket: null,
        status(code: number) {
          statusCode = code;
          return res;
        },
        header: () => res,
        send(body?: unknown) {
          sent = body;
          return res;
        },
        end: () => res,
      };
      const headers = Object.fromEntries(Object.entries(event.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value ?? ""]));
      await adapter.process({ method: "POST", headers, body: JSON.parse(event.body ?? "{}") }, res, (context) => bot.run(context));
      return { statusCode, headers: { "content-type": "application/json" }, body: sent === undefined ? "" : JSON.stringify(sent) };
    },
  };
}
