import { CloudAdapter, MemoryStorage, type Storage, type TurnContext } from "botbuilder";
import { randomUUID } from "node:crypto";
import { AdvisorBot } from "../../dialogs/advisor-bot";
import type { AdvisorServices } from "../../dialogs/advisor-services";
import { apologyWording } from "../../dialogs/apology.wording";
import { isSharedConversation } from "../../dialogs/conversation-scope";
import { DEFAULT_LANGUAGE, detectLanguage } from "../../domain/language/language";
import { advisorsChannelOf, type Config } from "../../infra/config/env";
import { readSecretParameter } from "../../infra/config/secrets";
import { createDynamoClients, type DynamoClients } from "../../infra/dynamodb/client";
import { withRequestBudget } from "../../infra/dynamodb/request-budget";
import { tableNames } from "../../infra/dynamodb/tables";
import { DynamoDbStorage } from "../../infra/state/dynamodb-storage";
import { OptimisticConversationState } from "../../infra/state/optimistic-conversation-state";
import { CatalogCache } from "../../infra/catalog/catalog-cache";
import { DynamoDbCatalogRepository } from "../../infra/catalog/dynamodb-catalog.repository";
import { startKnowledgeProvider } from "../../infra/knowledge/content-provider";
import { DynamoDbContentRepository } from "../../infra/knowledge/dynamodb-content.repository";
import { DynamoDbEventsRepository } from "../../infra/events/dynamodb-events.repository";
import { DynamoDbLearnerRepository } from "../../infra/learners/dynamodb-learner.repository";
import { TeamsChannelNotifier } from "../../infra/teams/advisors-channel.notifier";
import type { ServiceClientCredentialsFactory } from "botframework-connector";
import { createBotAuthentication } from "../http/bot-authentication";
import { identityResolver, newHandoffId } from "../http/identity";
import { log } from "./logging";
import { cloudAdapterSender } from "./proactive-sender";
import { TeamsAnswerDelivery } from "./answer-delivery";
import type { AnswerDeliveryResult } from "../../domain/ports/answer-deliverer";
import type { EventsRepository } from "../../domain/ports/events.repository";
import { processBotRequest, type HttpRequest, type HttpResponse } from "../http/bot-http";
import { LearnerReadAlong } from "../turn/learner-read-along";
import { HeldBackEventsRepository, HeldBackHandoffNotifier } from "../turn/held-back-ports";
import { currentTurnItems } from "../turn/unit-of-work";
import { TurnGuard } from "../turn/turn-guard";

export interface App {
  handle(request: HttpRequest): Promise<HttpResponse>;
  storage: Storage;
  /**
   * Re-reads the catalog and the content pointer now, rather than at the next refresh interval: the
   * local server calls it when a command has just changed its store. Says what is served then.
   */
  refresh?(): Promise<ServedData>;
  /** Posts the advisors' answers still waiting for a learner's Teams chat (the local server polls it). */
  deliverPendingAnswers?(): Promise<AnswerDeliveryResult[]>;
}

/** What the assistant serves: the active content version (none before a first publish) and the catalog's size. */
export interface ServedData {
  content?: string;
  units: number;
  diplomas: number;
}

/** Resolves secrets that deployed stages keep out of the environment. */
export async function resolveSecrets(config: Config): Promise<Config> {
  if (config.MicrosoftAppPassword || !config.MICROSOFT_APP_PASSWORD_PARAMETER) return config;
  const password = await readSecretParameter(config.MICROSOFT_APP_PASSWORD_PARAMETER, config.AWS_REGION);
  return { ...config, MicrosoftAppPassword: password };
}

/** What the app is built from; tests replace parts (a storage or DynamoDB clients to inject faults, a clock, an identity). */
export interface AppOverrides {
  storage?: Storage;
  services?: Partial<AdvisorServices>;
  /** DynamoDB clients to use instead of those built from the configuration (fault injection). */
  clients?: DynamoClients;
  /** How the bot gets its outbound tokens (tests: a loopback identity provider). */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/**
 * Wires configuration -> clients -> repositories and caches -> dialogs -> bot -> adapter. Built once
 * per cold start: the catalog and the active content version are read here, then served from memory.
 */
export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const { doc } =
    overrides.clients ??
    createDynamoClients({
      region: config.AWS_REGION,
      endpoint: config.DYNAMODB_ENDPOINT,
      requestTimeoutMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
      maxAttempts: config.DYNAMODB_MAX_ATTEMPTS,
    });
  const tables = tableNames(config.TABLE_PREFIX);
  const day = 24 * 3600;
  const storage = overrides.storage ?? new DynamoDbStorage({ doc, tableName: tables.state, ttlSeconds: config.STATE_TTL_DAYS * day });
  const logEvent = ({ event, ...fields }: { event: string } & Record<string, unknown>) => log(event.endsWith("failed") ? "warn" : "info", event, fields);

  // Bounded: past COLD_START_BUDGET_MS the container starts without them, and the turns read them.
  const [knowledge, catalog] = await withRequestBudget(Date.now() + config.COLD_START_BUDGET_MS, () => Promise.all([
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
  ]));
  const adapter = apologizingAdapter(config, overrides.credentialsFactory);

  // New handoff requests are announced in the advisors' Teams channel, through the same adapter.
  const channel = advisorsChannelOf(config);
  const advisorsChannel = channel ? new TeamsChannelNotifier(cloudAdapterSender(adapter, config.MicrosoftAppId), config.MicrosoftAppId, channel) : undefined;

  // Advisors' answers go to the learners' Teams chats through the same adapter, with the bot's credentials.
  const events = new DynamoDbEventsRepository({
    doc,
    tableName: tables.events,
    handoffTtlSeconds: config.HANDOFF_TTL_DAYS * day,
    eventTtlSeconds: config.EVENTS_TTL_DAYS * day,
  });
  const answers = answerDeliveryOf(config, adapter, events);

  // The learner's items come in the same read as the conversation state (one round trip per turn).
  const learners = new DynamoDbLearnerRepository({ doc, tableName: tables.learners, turnItems: currentTurnItems });
  const readAlong = new LearnerReadAlong({ config, tableName: tables.learners, turnItems: currentTurnItems });
  const wired: AdvisorServices = {
    // Before their first successful read (a cold start during an outage) these read again or throw:
    // the turn gets the apology, never an answer from empty data.
    understanding: async () => (await knowledge.ready()).prepared,
    catalog: () => catalog.ready(),
    learners,
    events,
    identify: identityResolver(config, readAlong.remembering(learners)),
    now: () => new Date(),
    newId: () => randomUUID(),
    newHandoffId: () => newHandoffId(new Date()),
    handoffResponseDays: config.HANDOFF_RESPONSE_DAYS,
    ...(advisorsChannel ? { advisorsChannel } : {}),
    ...(channel ? { advisorsChannelAddress: { conversationId: channel.conversationId, tenantId: channel.tenantId } } : {}),
    answers,
    log: (event, fields) => log("info", event, fields),
    ...overrides.services,
  };
  const services: AdvisorServices = {
    ...wired,
    // Held back until the turn's state is saved (TurnGuard): a turn run again records nothing twice,
    // and advisors are not told of a request the turn then dropped.
    events: new HeldBackEventsRepository(wired.events),
    ...(wired.advisorsChannel ? { advisorsChannel: new HeldBackHandoffNotifier(wired.advisorsChannel) } : {}),
  };

  // In a Teams channel or group chat each participant's dialog is kept apart.
  const conversationState = new OptimisticConversationState(storage, undefined, undefined, readAlong.plan, isSharedConversation);
  const bot = new AdvisorBot(conversationState, services);
  const guard = new TurnGuard({
    bot,
    conversationState,
    budgetMs: config.TURN_BUDGET_MS,
    cleanupMs: config.DYNAMODB_REQUEST_TIMEOUT_MS,
    maxAttempts: config.TURN_MAX_ATTEMPTS,
  });
  return {
    storage,
    handle: (request) => processBotRequest(adapter, guard, request),
    refresh: async () => {
      await Promise.all([knowledge.refresh(), catalog.refresh()]);
      const served = catalog.current();
      return { content: knowledge.current().version?.version, units: served.units.size, diplomas: served.diplomas.size };
    },
    deliverPendingAnswers: () => answers.deliverPending(),
  };
}

/**
 * The delivery of advisors' answers to learners' Teams chats, over the events table (not held back by
 * a turn: a post made must be recorded as made). Also built alone by the events stream's function.
 */
export function answerDeliveryOf(config: Config, adapter: CloudAdapter, events: EventsRepository): TeamsAnswerDelivery {
  return new TeamsAnswerDelivery({
    events,
    sender: cloudAdapterSender(adapter, config.MicrosoftAppId),
    appId: config.MicrosoftAppId,
    now: () => new Date(),
    log: (level, event, fields) => log(level, event, fields),
  });
}

/** The adapter (JWT check included) whose onTurnError gives the learner the short apology. */
function apologizingAdapter(config: Config, credentialsFactory?: ServiceClientCredentialsFactory): CloudAdapter {
  const adapter = new CloudAdapter(createBotAuthentication(config, { credentialsFactory }));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log("error", "turn_failed", { error });
    await apologize(context);
  };
  return adapter;
}

async function apologize(context: TurnContext): Promise<void> {
  const language = detectLanguage(context.activity.text ?? "", DEFAULT_LANGUAGE);
  try {
    await context.sendActivity(apologyWording[language]);
  } catch (sendError) {
    log("error", "apology_failed", { error: sendError });
  }
}

/**
 * What answers while the app cannot start (DynamoDB unreachable when a cold start reads the catalog
 * and the content): requests are still authenticated and checked, and a learner's message gets the
 * apology instead of a 500 and silence. Nothing is read or written. The next request tries the real
 * start again.
 */
export function createApologyApp(config: Config): App {
  const adapter = apologizingAdapter(config);
  const apologizer = {
    run: async (context: TurnContext) => {
      if (context.activity.type === "message") await apologize(context);
    },
  };
  return { storage: new MemoryStorage(), handle: (request) => processBotRequest(adapter, apologizer, request) };
}
