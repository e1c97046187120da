import {
  CloudAdapter,
  ConversationState,
  UserState,
  type Storage,
  type TurnContext,
} from "botbuilder";
import { AdvisorBot } from "../dialogs/advisor-bot";
import { apologyWording } from "../dialogs/apology.wording";
import { DEFAULT_LANGUAGE, detectLanguage } from "../domain/language/language";
import type { Config } from "../infra/config/env";
import { readSecretParameter } from "../infra/config/secrets";
import { createDynamoClients } from "../infra/dynamodb/client";
import { tableNames } from "../infra/dynamodb/tables";
import { DynamoDbStorage } from "../infra/state/dynamodb-storage";
import { createBotAuthentication } from "./bot-authentication";
import { processBotRequest, type HttpRequest, type HttpResponse } from "./bot-http";

export interface App {
  handle(request: HttpRequest): Promise<HttpResponse>;
  storage: Storage;
}

/** Resolves secrets that deployed stages keep out of the environment. */
export async function resolveSecrets(config: Config): Promise<Config> {
  if (config.MicrosoftAppPassword || !config.MICROSOFT_APP_PASSWORD_PARAMETER) return config;
  const password = await readSecretParameter(config.MICROSOFT_APP_PASSWORD_PARAMETER, config.AWS_REGION);
  return { ...config, MicrosoftAppPassword: password };
}

/** Wires configuration -> clients -> storage -> bot -> adapter. Built once per cold start. */
export function createApp(config: Config, overrides: { storage?: Storage } = {}): App {
  const storage =
    overrides.storage ??
    new DynamoDbStorage({
      doc: createDynamoClients({
        region: config.AWS_REGION,
        endpoint: config.DYNAMODB_ENDPOINT,
        requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
        maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
      }).doc,
      tableName: tableNames(config.TABLE_PREFIX).state,
      ttlSeconds: config.STATE_TTL_DAYS * 24 * 3600,
    });

  const auth = createBotAuthentication(config);
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    console.error(JSON.stringify({ level: "error", event: "turn_failed", error: error.name, message: error.message }));
    const language = detectLanguage(context.activity.text ?? "", DEFAULT_LANGUAGE);
    try {
      await context.sendActivity(apologyWording[language]);
    } catch (sendError) {
      console.error(JSON.stringify({ level: "error", event: "apology_failed", message: (sendError as Error).message }));
    }
  };

  const bot = new AdvisorBot(new ConversationState(storage), new UserState(storage));
  return {
    storage,
    handle: (request) => processBotRequest(adapter, bot, request),
  };
}
