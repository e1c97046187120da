import {
  CloudAdapter,
  ConversationState,
  type Storage,
  type TurnContext,
} from "botbuilder";
import { randomUUID } from "node:crypto";
import { AdvisorBot } from "../dialogs/advisor-bot";
import type { AdvisorServices } from "../dialogs/advisor-services";
import { apologyWording } from "../dialogs/apology.wording";
import { DEFAULT_LANGUAGE, detectLanguage } from "../domain/language/language";
import type { Config } from "../infra/config/env";
import { readSecretParameter } from "../infra/config/secrets";
import { createDynamoClients } from "../infra/dynamodb/client";
import { tableNames } from "../infra/dynamodb/tables";
import { DynamoDbStorage } from "../infra/state/dynamodb-storage";
import { CatalogCache } from "../infra/catalog/catalog-cache";
import { DynamoDbCatalogRepository } from "../infra/catalog/dynamodb-catalog.repository";
import { startKnowledgeProvider } from "../infra/content/content-provider";
import { DynamoDbContentRepository } from "../infra/content/dynamodb-content.repository";
import { DynamoDbEventsRepository } from "../infra/events/dynamodb-events.repository";
import { DynamoDbLearnerRepository } from "../infra/learners/dynamodb-learner.repository";
import { createBotAuthentication } from "./bot-authentication";
import { identityResolver, newHandoffId } from "./identity";
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

/** What the app is built from; tests replace parts (a storage to inject faults, a clock, an identity). */
export interface AppOverrides {
  storage?: Storage;
  services?: Partial<AdvisorServices>;
}

/**
 * Wires configuration -> clients -> repositories and caches -> dialogs -> bot -> adapter. Built once
 * per cold start: the catalog and the active content version are read here, then served from memory.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const { doc } = createDynamoClients({
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
  });
  const tables = tableNames(config.TABLE_PREFIX);
  const day = 24 * 3600;
  const storage = overrides.storage ?? new DynamoDbStorage({ doc, tableName: tables.state, ttlSeconds: config.STATE_TTL_DAYS * day });
  const log = (event: object) => console.log(JSON.stringify({ level: "info", ...event }));

  const [knowledge, catalog] = await Promise.all([
    startKnowledgeProvider({
      repository: new DynamoDbContentRepository({ doc, tableName: tables.content }),
      refreshIntervalMs: config.CONTENT_REFRESH_SECONDS * 1000,
      onEvent: log,
    }),
    CatalogCache.start({
      repository: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      refreshIntervalMs: config.CATALOG_REFRESH_SECONDS * 1000,
      onEvent: log,
    }),
  ]);
  const services: AdvisorServices = {
    understanding: async () => knowledge.current().prepared,
    catalog: async () => catalog.current(),
    learners: new DynamoDbLearnerRepository({ doc, tableName: tables.learners }),
    events: new DynamoDbEventsRepository({
      doc,
      tableName: tables.events,
      handoffTtlSeconds: config.HANDOFF_TTL_DAYS * day,
      eventTtlSeconds: config.EVENTS_TTL_DAYS * day,
    }),
    identify: identityResolver(config),
    now: () => new Date(),
    newId: () => randomUUID(),
    newHandoffId: () => newHandoffId(new Date()),
    handoffResponseDays: config.HANDOFF_RESPONSE_DAYS,
    ...overrides.services,
  };

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

  const bot = new AdvisorBot(new ConversationState(storage), services);
  return {
    storage,
    handle: (request) => processBotRequest(adapter, bot, request),
  };
}
