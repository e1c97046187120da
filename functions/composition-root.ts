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
import { advisorsChannelOf, type Config } from "../infra/config/env";
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
import type { ServiceClientCredentialsFactory } from "botframework-connector";
import { TeamsChannelNotifier } from "./advisors-channel.notifier";
import { createBotAuthentication } from "./bot-authentication";
import { identityResolver, newHandoffId } from "./identity";
import { log } from "./logging";
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
  /** How the bot gets its outbound tokens (tests: a loopback identity provider). */
  credentialsFactory?: ServiceClientCredentialsFactory;
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
  const logEvent = ({ event, ...fields }: { event: string } & Record<string, unknown>) => log(event.endsWith("failed") ? "warn" : "info", event, fields);

  const [knowledge, catalog] = await Promise.all([
    startKnowledgeProvider({
      repository: new DynamoDbContentRepository({ doc, tableName: tables.content }),
      refreshIntervalMs: config.CONTENT_REFRESH_SECONDS * 1000,
      onEvent: logEvent,
    }),
    CatalogCache.start({
      repository: new DynamoDbCatalogRepository({ doc, tableName: tables.catalog }),
      refreshIntervalMs: config.CATALOG_REFRESH_SECONDS * 1000,
      onEvent: logEvent,
    }),
  ]);
  const auth = createBotAuthentication(config, { credentialsFactory: overrides.credentialsFactory });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log("error", "turn_failed", { error: error.name, message: error.message });
    const language = detectLanguage(context.activity.text ?? "", DEFAULT_LANGUAGE);
    try {
      await context.sendActivity(apologyWording[language]);
    } catch (sendError) {
      log("error", "apology_failed", { message: (sendError as Error).message });
    }
  };

  // New handoff requests are announced in the advisors' Teams channel, through the same adapter.
  const channel = advisorsChannelOf(config);
  const advisorsChannel = channel ? new TeamsChannelNotifier(adapter, config.MicrosoftAppId, channel) : undefined;

  const learners = new DynamoDbLearnerRepository({ doc, tableName: tables.learners });
  const services: AdvisorServices = {
    understanding: async () => knowledge.current().prepared,
    catalog: async () => catalog.current(),
    learners,
    events: new DynamoDbEventsRepository({
      doc,
      tableName: tables.events,
      handoffTtlSeconds: config.HANDOFF_TTL_DAYS * day,
      eventTtlSeconds: config.EVENTS_TTL_DAYS * day,
    }),
    identify: identityResolver(config, learners),
    now: () => new Date(),
    newId: () => randomUUID(),
    newHandoffId: () => newHandoffId(new Date()),
    handoffResponseDays: config.HANDOFF_RESPONSE_DAYS,
    ...(advisorsChannel ? { advisorsChannel } : {}),
    log: (event, fields) => log("info", event, fields),
    ...overrides.services,
  };

  const bot = new AdvisorBot(new ConversationState(storage), services);
  return {
    storage,
    handle: (request) => processBotRequest(adapter, bot, request),
  };
}
