import { mkdir, writeFile } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { parisDate } from "../../domain/reporting/iso-week";
import { CONTENT_DIR } from "../knowledge/content-files.loader";
import { DRAFTS_FOLDER, renderDraft } from "../knowledge/content-drafts";
import { eventsRepositoryOf, parseCommandLine, withCliStore, type CliIo } from "./cli-store";
import { closestRequestIds, notARequestId, readRequestId } from "./handoff-ids";

export const DRAFT_USAGE = `Usage: npm run handoffs -- draft <id> [--force] [--content <folder>]

Writes infra/content/drafts/<id>.yaml: a draft answer from the request, in the answer files' format,
with the learner's question as its first variant and the advisor's answer (when given) in the
learner's language; every field left to write is marked « À COMPLÉTER » / « TO COMPLETE ». Drafts are
never published: complete it, check it with npm run content:check -- --drafts, move it into the
content folder, then check, diff and publish as usual (see infra/content/README.md).
  --force            write the draft again over an existing one (its edits are lost)
  --content <folder> the answer files' folder (default infra/content)
Exit code: 0 written, 1 unknown request or draft already there, 2 usage or connection problem.`;

/** `npm run handoffs -- draft <id>`: an advisor's answer becomes a draft answer file. Returns the exit code. */
export async function runHandoffDraft(
  argv: string[],
  env: Record<string, string | undefined>,
  io: CliIo,
  clock: () => Date = () => new Date(),
): Promise<number> {
  const parsed = parseCommandLine(io, DRAFT_USAGE, {
    args: argv,
    allowPositionals: true,
    options: { force: { type: "boolean" }, content: { type: "string" }, help: { type: "boolean" } },
  });
  if (!parsed) return 2;
  if (parsed.values.help) {
    io.out(DRAFT_USAGE);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.err(`draft takes one request id, e.g. npm run handoffs -- draft 261127-K7Q2X\n\n${DRAFT_USAGE}`);
    return 2;
  }
  const id = readRequestId(parsed.positionals[0] as string);
  if (!id) {
    io.err(`${notARequestId(parsed.positionals[0] as string)}\n\n${DRAFT_USAGE}`);
    return 2;
  }
  const contentDir = parsed.values.content ? resolve(parsed.values.content) : CONTENT_DIR;
  const path = join(contentDir, DRAFTS_FOLDER, `${id.toLowerCase()}.yaml`);
  const shown = relative(process.cwd(), path) || path;

  return withCliStore({ ...env, STAGE: env.STAGE ?? "local" }, io, (target, error) => `Failed on ${target}: ${error.message}`, async (store) => {
    const events = eventsRepositoryOf(store);
    const request = await events.getHandoff(id);
    if (!request) {
      const all = await events.listHandoffs();
      const closest = closestRequestIds(all, id);
      io.err(`No request ${id} on ${store.target}.${closest.length ? ` Closest ids: ${closest.join(", ")}.` : " There is no request at all."} List them with npm run handoffs -- list --status all`);
      return 1;
    }
    await mkdir(join(contentDir, DRAFTS_FOLDER), { recursive: true });
    try {
      await writeFile(path, renderDraft(request, { today: parisDate(clock()) }), { flag: parsed.values.force ? "w" : "wx" });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      io.err(`${shown} already exists: complete that draft, or add --force to write it again from the request (its edits would be lost).`);
      return 1;
    }
    io.out(`Draft written to ${shown}${request.answer ? ` with ${request.answer.by}'s answer` : " (no advisor's answer yet: the answer is to write too)"}.`);
    io.out("Complete the « À COMPLÉTER » / « TO COMPLETE » fields, then: npm run content:check -- --drafts");
    return 0;
  });
}
