import {
  DeleteCommand,
  GetCommand,
  paginateQuery,
  paginateScan,
  type DynamoDBDocumentClient,
  type ScanCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { TableNames } from "../dynamodb/tables";
import { learnerKey, teamsLinkKey } from "../learners/dynamodb-learner.repository";
import { storageKey } from "../state/dynamodb-storage";

/**
 * Everything the assistant holds about one learner, found and removed (the right to erasure):
 * - the learner record and every Teams link naming them (learners table);
 * - every conversation in which they spoke or were identified: its state (the state documents record
 *   the channel accounts that spoke, `$participants`, a dialog in progress keeps the learner id, and
 *   the journal keeps the last replies for redeliveries) and their user state;
 * - the handoff requests that name them, or come from one of those conversations (events table).
 * Feedback votes and unanswered questions carry no identity: nothing of theirs can be told apart.
 *
 * The learner is known to channels under other ids: `dl_<id>` on the website (the user id the token
 * function binds, functions/http/identity.ts) and their Teams account (aadObjectId, from their record).
 * State documents are found with a Scan and a filter on those ids, verified exactly before anything
 * is deleted: a full read of the table, acceptable for a rare administrator's command.
 */
export interface ErasureReport {
  learnerId: string;
  /** The ids the learner is known by on the channels, searched for. */
  identifiers: string[];
  record: boolean;
  teamsLinks: string[];
  /** State documents by botbuilder key ("<channel>/conversations/<id>/", "<channel>/users/<id>/"). */
  conversations: string[];
  userStates: string[];
  handoffs: string[];
}

export interface EraseOptions {
  doc: DynamoDBDocumentClient;
  tables: Pick<TableNames, "learners" | "state" | "events">;
  learnerId: string;
  /** Finds and reports without deleting. */
  dryRun?: boolean;
}

/** The Direct Line user id of a signed-in learner (directLineUserId in functions/http/identity.ts; a test keeps them equal). */
export function directLineUserId(learnerId: string): string {
  return `dl_${learnerId}`;
}

export async function eraseLearner(options: EraseOptions): Promise<ErasureReport> {
  const { doc, tables, learnerId } = options;
  const { Item: record } = await doc.send(new GetCommand({ TableName: tables.learners, Key: learnerKey(learnerId), ConsistentRead: true }));
  const teams = (record?.data as { teams?: { tenantId?: unknown; objectId?: unknown } } | undefined)?.teams;
  const objectId = typeof teams?.objectId === "string" ? teams.objectId.toLowerCase() : undefined;
  const identifiers = [learnerId, directLineUserId(learnerId), ...(objectId ? [objectId] : [])];

  // Teams links: the record's own, and any other still naming the learner.
  const links = new Map<string, Record<string, unknown>>();
  if (objectId && typeof teams?.tenantId === "string") {
    const key = teamsLinkKey(teams.tenantId, objectId);
    links.set(key.pk, key);
  }
  for (const item of await scan(doc, tables.learners, { FilterExpression: "learnerId = :id AND sk = :link", ExpressionAttributeValues: { ":id": learnerId, ":link": "LINK" } })) {
    links.set(String(item.pk), { pk: item.pk, sk: item.sk });
  }

  const states = await scan(doc, tables.state, anyContains(["doc", "pk"], identifiers));
  const conversations: string[] = [];
  const userStates: string[] = [];
  for (const item of states) {
    const key = String(item.key ?? item.pk);
    const user = /^[^/]+\/users\/(.+)\/[^/]*$/.exec(key)?.[1];
    const mentions = mentionsAny(parse(item.doc), identifiers);
    if (user !== undefined ? sameId(user, identifiers) || mentions : mentions) (user !== undefined ? userStates : conversations).push(key);
  }

  const inConversations = new Set(conversations);
  const conversationIds = new Set([...inConversations].map(conversationOfKey).filter((c): c is string => c !== undefined));
  const handoffs: { sk: string; id: string }[] = [];
  for await (const page of paginateQuery({ client: doc }, { TableName: tables.events, KeyConditionExpression: "pk = :pk", ExpressionAttributeValues: { ":pk": "HANDOFF" }, ConsistentRead: true })) {
    for (const item of page.Items ?? []) {
      const fromConversation = typeof item.channel === "string" && typeof item.conversationId === "string" && conversationIds.has(`${item.channel}\u0000${item.conversationId}`);
      if (item.learnerId === learnerId || fromConversation) handoffs.push({ sk: String(item.sk), id: String(item.id) });
    }
  }

  const report: ErasureReport = {
    learnerId,
    identifiers,
    record: record !== undefined,
    teamsLinks: [...links.keys()],
    conversations,
    userStates,
    handoffs: handoffs.map((h) => h.id),
  };
  if (options.dryRun) return report;

  const deletions: { TableName: string; Key: Record<string, unknown> }[] = [
    ...handoffs.flatMap((h) => [
      { TableName: tables.events, Key: { pk: "HANDOFF", sk: h.sk } },
      { TableName: tables.events, Key: { pk: `HANDOFF#${h.id}`, sk: "REF" } },
    ]),
    ...[...conversations, ...userStates].map((key) => ({ TableName: tables.state, Key: { pk: storageKey(key) } })),
    ...[...links.values()].map((key) => ({ TableName: tables.learners, Key: { pk: key.pk, sk: key.sk } })),
    // The record last: if the command is interrupted, running it again still finds the Teams account.
    ...(record ? [{ TableName: tables.learners, Key: learnerKey(learnerId) }] : []),
  ];
  for (const deletion of deletions) await doc.send(new DeleteCommand(deletion));
  return report;
}

async function scan(doc: DynamoDBDocumentClient, table: string, filter: Pick<ScanCommandInput, "FilterExpression" | "ExpressionAttributeNames" | "ExpressionAttributeValues">) {
  const items: Record<string, unknown>[] = [];
  for await (const page of paginateScan({ client: doc }, { TableName: table, ConsistentRead: true, ...filter })) items.push(...(page.Items ?? []));
  return items;
}

/** A Scan filter: any of the attributes contains any of the values (substring for strings, element for lists). */
function anyContains(attributes: string[], values: string[]) {
  const names = Object.fromEntries(attributes.map((a, i) => [`#a${i}`, a]));
  const bound = Object.fromEntries(values.map((v, i) => [`:v${i}`, v]));
  const terms = Object.keys(names).flatMap((name) => Object.keys(bound).map((value) => `contains(${name}, ${value})`));
  return { FilterExpression: terms.join(" OR "), ExpressionAttributeNames: names, ExpressionAttributeValues: bound };
}

/** True when a string anywhere in the document is one of the ids (exactly: "demo-05" is not "demo-050"). */
function mentionsAny(value: unknown, identifiers: string[]): boolean {
  if (typeof value === "string") return sameId(value, identifiers);
  if (Array.isArray(value)) return value.some((v) => mentionsAny(v, identifiers));
  if (value && typeof value === "object") return Object.values(value).some((v) => mentionsAny(v, identifiers));
  return false;
}

/** Teams object ids are GUIDs, written in either case. */
function sameId(value: string, identifiers: string[]): boolean {
  return identifiers.some((id) => value === id || value.toLowerCase() === id);
}

function parse(document: unknown): unknown {
  try {
    return typeof document === "string" ? JSON.parse(document) : undefined;
  } catch {
    return undefined;
  }
}

/** "<channel>/conversations/<id>/" (botbuilder's ConversationState key), or a member's "…/<id>/members/<member>/", as "<channel>\0<id>". */
function conversationOfKey(key: string): string | undefined {
  const match = /^([^/]+)\/conversations\/(.+)\/members\/[^/]+\/[^/]*$/.exec(key) ?? /^([^/]+)\/conversations\/(.+)\/[^/]*$/.exec(key);
  return match ? `${match[1]}\u0000${match[2]}` : undefined;
}
