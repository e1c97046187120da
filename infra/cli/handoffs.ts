import type { HandoffRequest, HandoffStatus } from "../../domain/events/events.schema";
import type { DynamoDbEventsRepository } from "../events/dynamodb-events.repository";
import { runHandoffDraft } from "./handoff-draft";
import { closestRequestIds, defaultAdvisor, notARequestId, readRequestId } from "./handoff-ids";
import { answerState, reachState, REDELIVER_USAGE, REPLY_USAGE, runRedeliver, runReply } from "./handoff-reply";
import { consoleIo, eventsRepositoryOf, withCliStore, type CliIo, type CliStore, parseCommandLine } from "./cli-store";
import { truncate } from "../../domain/text/truncate";

const USAGE = `Usage: npm run handoffs -- <command>

  list [--status open|answered|closed|all]    requests waiting for an advisor (default: open), oldest first
  show <id>                                   one request in full, with the contact the learner consented to
  close <id> [--resolution "..."] [--by name] close a request, saying how it was settled
  draft <id> [--force]                        a draft answer file from the request and its answer, for
                                              admins to complete and publish (draft --help)
${REPLY_USAGE}
${REDELIVER_USAGE}

Ids look like 261127-K7Q2X (the learner was given it). Store: the local store (.data/store) unless
DYNAMODB_ENDPOINT is set; a deployed stage with STAGE, TABLE_PREFIX, AWS_REGION and your AWS credentials.
Exit code: 0 done, 1 unknown id, already closed or already answered, 2 usage or connection problem.`;

/** The advisors' inbox, callable from tests: returns the exit code instead of exiting. */
export async function runHandoffs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  io: CliIo = consoleIo,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const [command, ...rest] = argv;
  if (command === "draft") return runHandoffDraft(rest, env, io, clock);
  if (command === "reply") return runReply(rest, env, io, clock, USAGE);
  if (command === "redeliver") return runRedeliver(rest, env, io, USAGE);
  const parsed = parseCommandLine(io, USAGE, {
    args: rest,
    allowPositionals: true,
    options: { status: { type: "string" }, resolution: { type: "string" }, by: { type: "string" }, help: { type: "boolean" } },
  });
  if (!parsed) return 2;
  if (command === undefined || command === "help" || command === "--help" || parsed.values.help) {
    io.out(USAGE);
    return command === undefined ? 2 : 0;
  }
  const { values, positionals } = parsed;
  const usage = (message: string) => {
    io.err(`${message}\n\n${USAGE}`);
    return 2;
  };

  switch (command) {
    case "list": {
      const status = values.status ?? "open";
      if (!["open", "answered", "closed", "all"].includes(status)) return usage(`--status "${status}": expected open, answered, closed or all`);
      if (positionals.length > 0) return usage("list takes no argument");
      return withEvents(env, io, (events, store) => list(events, store, status as HandoffStatus | "all", io, clock()));
    }
    case "show":
    case "close": {
      if (positionals.length !== 1) return usage(`${command} takes one request id, e.g. npm run handoffs -- ${command} 261127-K7Q2X`);
      const id = readRequestId(positionals[0] as string);
      if (!id) return usage(notARequestId(positionals[0] as string));
      if (command === "show") {
        if (values.resolution !== undefined || values.by !== undefined) return usage("--resolution and --by go with close");
        return withEvents(env, io, (events) => show(events, id, io));
      }
      if (values.resolution !== undefined && values.resolution.trim().length === 0) return usage("--resolution is empty: say how the request was settled, or leave the option out");
      const by = values.by ?? defaultAdvisor(env);
      return withEvents(env, io, (events) => close(events, id, { closedAt: clock().toISOString(), closedBy: by, resolution: values.resolution?.trim() }, io));
    }
    default:
      return usage(`Unknown command "${command}": expected list, show, close, reply, redeliver or draft.`);
  }
}

function withEvents(env: Record<string, string | undefined>, io: CliIo, work: (events: DynamoDbEventsRepository, store: CliStore) => Promise<number>): Promise<number> {
  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Failed on ${target}: ${error.message}`, (store) =>
    work(eventsRepositoryOf(store), store),
  );
}

async function list(events: DynamoDbEventsRepository, store: CliStore, status: HandoffStatus | "all", io: CliIo, now: Date): Promise<number> {
  const requests = await events.listHandoffs(status === "all" ? {} : { status });
  const what = status === "all" ? "" : `${status} `;
  // Answered is not done: an email still to write, or a post Teams refused. Say so under the open ones.
  const answered = status === "open" ? await events.listHandoffs({ status: "answered" }) : [];
  const stillToHandle = answered.filter((request) => request.delivery?.status === "by-contact" || request.delivery?.status === "failed").length;
  const answeredNote = () => {
    if (answered.length > 0) io.out(`And ${answered.length} answered request(s) not closed${stillToHandle > 0 ? `, ${stillToHandle} needing you (an email or call to make, or not delivered)` : ""}: npm run handoffs -- list --status answered`);
  };
  if (requests.length === 0) {
    io.out(`No ${what}request on ${store.target}.`);
    answeredNote();
    return 0;
  }
  io.out(`${requests.length} ${what}request(s) on ${store.target}, oldest first:`);
  for (const request of requests) {
    const state = request.status === "answered" ? answerState(request) : reachState(request);
    const closed = request.status === "closed" ? `  [closed ${request.closedAt?.slice(0, 10) ?? ""}${request.answer ? ", answered" : ""}]` : "";
    io.out(`  ${request.id}  ${request.createdAt.slice(0, 16).replace("T", " ")} UTC  ${age(request.createdAt, now).padStart(4)}  ${request.language}  ${request.channel.padEnd(8)}  ${state}${closed}`);
    io.out(`      ${truncate(request.question, 100)}`);
  }
  answeredNote();
  return 0;
}

async function show(events: DynamoDbEventsRepository, id: string, io: CliIo): Promise<number> {
  const request = await events.getHandoff(id);
  if (!request) return unknown(events, id, io);
  for (const line of describe(request)) io.out(line);
  return 0;
}

async function close(events: DynamoDbEventsRepository, id: string, closure: { closedAt: string; closedBy?: string; resolution?: string }, io: CliIo): Promise<number> {
  const outcome = await events.closeHandoff(id, closure);
  switch (outcome.outcome) {
    case "not-found":
      return unknown(events, id, io);
    case "already-closed":
      io.err(`Request ${id} was already closed on ${outcome.request.closedAt ?? "?"}${outcome.request.closedBy ? ` by ${outcome.request.closedBy}` : ""}${outcome.request.resolution ? ` (${outcome.request.resolution})` : ""}: nothing changed.`);
      return 1;
    case "closed":
      io.out(`Closed request ${id}${closure.resolution ? `: ${closure.resolution}` : ""}.`);
      return 0;
  }
}

/** An unknown id: say so, and suggest the open request it was probably meant to be (one typo away). */
async function unknown(events: DynamoDbEventsRepository, id: string, io: CliIo): Promise<number> {
  const open = await events.listHandoffs({ status: "open" });
  const near = closestRequestIds(open, id, { maxDistance: 1, limit: open.length });
  io.err(
    `No request ${id}.` +
      (near.length > 0 ? ` Did you mean ${near.join(" or ")}?` : "") +
      ` ${open.length} request(s) are open: npm run handoffs -- list`,
  );
  return 1;
}

function describe(request: HandoffRequest): string[] {
  const origin = {
    "after-answer": `after the assistant's answer "${request.answerId ?? "?"}"`,
    "after-unanswered": "after a question the assistant could not answer",
    direct: "directly, without asking the assistant first",
  }[request.origin ?? "direct"];
  return [
    `Request ${request.id} — ${request.status}`,
    `  received    ${request.createdAt} (${request.channel}, ${request.language === "fr" ? "French" : "English"})`,
    `  asked       ${origin}`,
    `  question    ${request.question}`,
    `  contact     ${request.contact ? `${request.contact.value} (${request.contact.kind}, with the learner's consent)` : "none"}`,
    `  reach       ${reachState(request)}`,
    ...(request.answer
      ? [`  answered    ${request.answer.at} by ${request.answer.by}`, ...request.answer.text.split("\n").map((line, i) => `${i === 0 ? "  answer      " : "              "}${line}`), `  delivery    ${answerState(request)}`]
      : []),
    ...(request.learnerId ? [`  learner     ${request.learnerId}`] : []),
    ...(request.conversationId ? [`  conversation ${request.conversationId}`] : []),
    ...(request.status === "closed"
      ? [`  closed      ${request.closedAt ?? "?"}${request.closedBy ? ` by ${request.closedBy}` : ""}`, ...(request.resolution ? [`  resolution  ${request.resolution}`] : [])]
      : []),
  ];
}

function age(createdAt: string, now: Date): string {
  const hours = Math.max(0, Math.floor((now.getTime() - Date.parse(createdAt)) / 3_600_000));
  return hours < 48 ? `${hours}h` : `${Math.floor(hours / 24)}d`;
}

if (require.main === module) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  runHandoffs(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(`handoffs failed: ${error.message}`);
      process.exit(2);
    },
  );
}
