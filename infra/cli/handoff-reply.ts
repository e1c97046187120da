import { readFile } from "node:fs/promises";
import type { HandoffRequest } from "../../domain/events/events.schema";
import { ANSWER_MAX_LENGTH, checkAnswerText, deliveryOnAnswer } from "../../domain/events/handoff-answer";
import type { EventsRepository } from "../../domain/ports/events.repository";
import { eventsRepositoryOf, parseCommandLine, withCliStore, type CliIo } from "./cli-store";
import { closestRequestIds, defaultAdvisor, notARequestId, readRequestId } from "./handoff-ids";

/** The reply command's line in `npm run handoffs` usage. */
export const REPLY_USAGE = `  reply <id> --text "..." | --file <path> [--by name]
                                              record an advisor's answer (at most ${ANSWER_MAX_LENGTH} characters): the assistant
                                              posts it in the learner's Teams chat, or shows it in their web
                                              conversation; with a contact, you answer by email or phone`;

/** The redeliver command's line in `npm run handoffs` usage. */
export const REDELIVER_USAGE = `  redeliver <id>                              post an answer to the learner's Teams chat again: after
                                              "not delivered" (the learner has put the app back), or a
                                              post left "being posted" (it may then arrive twice)`;


/**
 * `npm run handoffs -- reply <id> --text "…"`: records an advisor's answer on an open request (who,
 * when) and where it goes next. Delivery itself is the assistant's (the events stream in AWS, the
 * local server's poll): the command needs no bot credentials. Exit codes as the inbox's: 0 recorded,
 * 1 no such open request (unknown id, closed, answered already), 2 a mistake in the command (no
 * answer, an empty or oversized one, an unreadable file) or a store that cannot be reached.
 */
export async function runReply(
  args: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
  clock: () => Date,
  usage: string,
): Promise<number> {
  const refuse = (message: string) => {
    io.err(message);
    return 2;
  };
  const parsed = parseCommandLine(io, usage, {
    args,
    allowPositionals: true,
    options: { text: { type: "string" }, file: { type: "string" }, by: { type: "string" } },
  });
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return refuse(`reply takes one request id and the answer, e.g. npm run handoffs -- reply 261127-K7Q2X --text "Oui, …"`);
  const id = readRequestId(positionals[0] as string);
  if (!id) return refuse(`${notARequestId(positionals[0] as string)}.`);
  if ((values.text === undefined) === (values.file === undefined)) return refuse(`Give the answer with --text "..." or --file <path> (one of them).`);
  let raw = values.text ?? "";
  if (values.file !== undefined) {
    try {
      raw = await readFile(values.file, "utf8");
    } catch (error) {
      return refuse(`Cannot read --file ${values.file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`);
    }
  }
  const checked = checkAnswerText(raw);
  if (!checked.ok) {
    return refuse(
      checked.problem === "empty"
        ? "The answer is empty: write what the learner should read, with --text \"...\" or --file <path>."
        : `The answer has ${checked.length} characters, over the ${ANSWER_MAX_LENGTH} allowed: shorten it, or answer by email and close the request.`,
    );
  }
  const by = values.by?.trim() || defaultAdvisor(env) || "advisor";
  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Failed on ${target}: ${error.message}`, (store) =>
    reply(eventsRepositoryOf(store), id, { text: checked.text, by, at: clock().toISOString() }, io),
  );
}

async function reply(events: EventsRepository, id: string, answer: { text: string; by: string; at: string }, io: CliIo): Promise<number> {
  const request = await events.getHandoff(id);
  if (!request) return refuseUnknown(events, id, io);
  const outcome = await events.answerHandoff(id, answer, deliveryOnAnswer(request));
  switch (outcome.outcome) {
    case "not-found":
      return refuseUnknown(events, id, io);
    case "closed":
      io.err(`Request ${id} was closed on ${outcome.request.closedAt ?? "?"}${outcome.request.closedBy ? ` by ${outcome.request.closedBy}` : ""}: it takes no answer any more.`);
      return 1;
    case "already-answered":
      io.err(`Request ${id} was already answered by ${outcome.request.answer?.by ?? "?"} on ${outcome.request.answer?.at ?? "?"}: that answer stands (npm run handoffs -- show ${id}).`);
      return 1;
    case "answered":
      io.out(`Answer to request ${id} recorded (by ${answer.by}): ${whatHappensNext(outcome.request)}`);
      return 0;
  }
}

function whatHappensNext(request: HandoffRequest): string {
  switch (request.delivery?.status) {
    case "pending":
      return request.reach === "teams-chat"
        ? `the assistant posts it in the learner's Teams chat; npm run handoffs -- show ${request.id} tells when it is delivered.`
        : "the learner reads it in their web conversation when they come back to the page.";
    case "by-contact":
      return `the learner asked to be answered at ${request.contact?.value ?? "?"}: write to them, then npm run handoffs -- close ${request.id}.`;
    default:
      return "the learner left no way to reach them: the answer stays with the request, to improve the assistant's answers.";
  }
}

/**
 * `npm run handoffs -- redeliver <id>`: sets a Teams answer's delivery back to pending, so that the
 * assistant posts it again (the events stream in AWS, the local server's poll). For a post Teams
 * refused (recorded "failed"), or one left "sending" (a delivery that stopped between claiming the
 * answer and recording the post: it may have reached the learner, so a second post is possible and
 * the command says so). Anything else is refused with where the answer stands: exit 1.
 */
export async function runRedeliver(args: string[], env: Record<string, string | undefined>, io: CliIo, usage: string): Promise<number> {
  const parsed = parseCommandLine(io, usage, { args, allowPositionals: true, options: {} });
  if (!parsed) return 2;
  const { positionals } = parsed;
  if (positionals.length !== 1) {
    io.err("redeliver takes one request id, e.g. npm run handoffs -- redeliver 261127-K7Q2X");
    return 2;
  }
  const id = readRequestId(positionals[0] as string);
  if (!id) {
    io.err(`${notARequestId(positionals[0] as string)}.`);
    return 2;
  }
  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Failed on ${target}: ${error.message}`, (store) =>
    redeliver(eventsRepositoryOf(store), id, io),
  );
}

async function redeliver(events: EventsRepository, id: string, io: CliIo): Promise<number> {
  const request = await events.getHandoff(id);
  if (!request) return refuseUnknown(events, id, io);
  const status = request.delivery?.status;
  if (request.status !== "answered" || request.reach !== "teams-chat" || (status !== "failed" && status !== "sending")) {
    const where = request.status === "open" ? "open, not answered yet (npm run handoffs -- reply)" : request.status === "closed" ? "closed" : answerState(request);
    io.err(`Request ${id} is ${where}: only an answer to a Teams chat that was not delivered, or is stuck being posted, can be posted again.`);
    return 1;
  }
  await events.markDelivery(id, { status: "pending" });
  io.out(
    `The answer to request ${id} will be posted again in the learner's Teams chat` +
      (status === "sending" ? " (its first post may have reached them: they could read it twice)" : "") +
      `; npm run handoffs -- show ${id} tells when it is delivered.`,
  );
  return 0;
}

/** Unknown id: say so, naming the open requests whose ids are closest (a typo is the likely cause). */
async function refuseUnknown(events: EventsRepository, id: string, io: CliIo): Promise<number> {
  const open = await events.listHandoffs({ status: "open" });
  const closest = closestRequestIds(open, id);
  io.err(
    closest.length > 0
      ? `No request ${id}: the closest open request${closest.length > 1 ? "s are" : " is"} ${closest.join(", ")} (npm run handoffs -- list).`
      : `No request ${id}, and no request is open.`,
  );
  return 1;
}

/**
 * Where an answered request's answer is, for the inbox (list and show): delivered, still on its way,
 * refused by the channel (with the error), or left to the advisor's email or phone call.
 */
export function answerState(request: HandoffRequest): string {
  const delivery = request.delivery;
  const contact = request.contact ? `${request.contact.kind === "email" ? "by email" : "by phone"}: ${request.contact.value}` : "by email/phone: no contact";
  switch (delivery?.status) {
    case undefined:
      return "answered";
    case "pending":
      return request.reach === "teams-chat" ? "answered, delivery to the Teams chat pending" : "answered, shown when the learner comes back to the web conversation";
    case "sending":
      return `answered, being posted in the Teams chat since ${instant(delivery.at)}`;
    case "delivered":
      return `answered, delivered ${instant(delivery.at)}`;
    case "failed":
      return `answered, not delivered: ${delivery.error ?? "unknown error"}`;
    case "by-contact":
      return `to answer ${contact}`;
    case "undeliverable":
      return `answered, not delivered: no way to reach the learner${delivery.error ? ` (${delivery.error})` : ""}`;
  }
}

/** How an open request is to be answered, for the inbox. */
export function reachState(request: HandoffRequest): string {
  if (request.contact) return `contact by ${request.contact.kind}`;
  switch (request.reach) {
    case "teams-chat":
      return "answer in the Teams chat";
    case "web-conversation":
      return "answer in the web conversation";
    default:
      return "no way to answer";
  }
}

function instant(at: string | undefined): string {
  return at ? `${at.slice(0, 16).replace("T", " ")} UTC` : "?";
}

