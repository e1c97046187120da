import { describe, expect, it } from "vitest";
import { isDialogJob, type Job } from "../../dialogs/job";
import { JOBS } from "../../dialogs/jobs";
import { JobRegistryError, jobsByIntent } from "../../dialogs/router.dialog";
import { INTENT_KINDS } from "../../domain/understanding/understanding";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

describe("the job registry", () => {
  it("routes every intent the understanding produces to exactly one job (cancel is the router's)", () => {
    const byIntent = jobsByIntent(JOBS);
    const unrouted = INTENT_KINDS.filter((kind) => kind !== "cancel" && !byIntent.has(kind));
    expect(unrouted).toEqual([]);
  });

  it("refuses two jobs claiming one intent, and a job claiming the router's cancel", () => {
    const twice: Job = { ...JOBS[1]!, name: "copy" };
    expect(() => jobsByIntent([...JOBS, twice])).toThrow(JobRegistryError);
    const cancel: Job = { name: "canceller", handles: { cancel: "new-topic" }, label: { fr: "x", en: "x" }, reply: async () => ({ kind: "none" }) };
    expect(() => jobsByIntent([cancel])).toThrow(/cancel/);
  });

  it("gives every job a distinct name, a label in both languages, and a dialog or a reply", () => {
    expect(new Set(JOBS.map((job) => job.name)).size).toBe(JOBS.length);
    for (const job of JOBS) {
      expect(job.label.fr.length * job.label.en.length, job.name).toBeGreaterThan(0);
      expect(isDialogJob(job) || typeof job.reply === "function", job.name).toBe(true);
    }
  });

  it("marks the jobs that show or send what is the learner's own, refused in shared conversations", () => {
    expect(JOBS.filter((job) => job.usesRecord).map((job) => job.name).sort()).toEqual(["eligibility", "handoff", "handoff-status", "planning", "progress"]);
  });

  // Outside Teams there is no link to give (test/functions/teams-channel.e2e.test.ts has Teams').
  it("refuses such a job in a group conversation however it is reached, with nothing recorded, and runs the others", async () => {
    const { send, services } = await botConversation({ userId: "demo-12" });
    const group = { conversation: { id: "19:group@thread.v2", name: "group", isGroup: true, conversationType: "groupChat" }, recipient: { id: "28:bot", name: "bot" } };
    const say = async (text: string) => (await send({ type: "message", text, ...group })).map(replyText);
    expect(await say("où en suis-je dans ma licence ? et c'est quoi une UE ?")).toEqual([expect.stringMatching(/^Ici, tous les participants lisent mes réponses .* Écrivez-moi en conversation privée\.$/), expect.stringMatching(/unité d'enseignement/i)]);
    expect(await say("talk to an advisor please, I need help with my enrolment")).toEqual([expect.stringMatching(/^Everyone here reads my answers/)]);
    expect(await services.events.listHandoffs()).toEqual([]);
  });

  it("builds the help text from the jobs' help lines, in the registry's order", async () => {
    const { send } = await botConversation();
    await send("bonjour");
    const [help] = await send("aide");
    const lines = JOBS.flatMap((job) => (job.help ? [job.help.fr] : []));
    expect(lines.length).toBeGreaterThan(4);
    let position = -1;
    for (const line of lines) {
      const at = replyText(help!).indexOf(line);
      expect(at, line).toBeGreaterThan(position);
      position = at;
    }
  });
});

describe("outcomes are recorded after the job ran", () => {
  it("does not count an eligibility check cancelled at its semester prompt as answered", async () => {
    const { play, services } = await botConversation({ userId: "demo-05" });
    await play([
      { user: "puis-je m'inscrire à ANG320 ?", bot: [/^Pour quel semestre/] },
      { user: "annuler", bot: [/^D'accord, j'abandonne/] },
    ]);
    expect(await services.events.listAnswered()).toEqual([]);
    expect(await services.events.listUnanswered()).toEqual([]);
  });

  it("counts it once, in the turn it completed", async () => {
    const { send, services } = await botConversation({ userId: "demo-05" });
    await send("puis-je m'inscrire à ANG320 ?");
    expect(await services.events.listAnswered()).toEqual([]);
    await send("S2");
    expect((await services.events.listAnswered()).map((event) => event.answerId)).toEqual(["eligibility"]);
  });

  it("does not count a question dropped for another one, and counts the other", async () => {
    const { send, services } = await botConversation({ userId: "demo-05" });
    await send("puis-je m'inscrire à ANG320 ?");
    const [answer] = await send("c'est quoi une US ?");
    expect(replyText(answer!)).toMatch(/unités spécifiques/i);
    expect((await services.events.listAnswered()).map((event) => event.answerId)).toEqual(["us-definition"]);
  });

  it("lets the learner vote on the check once it answered", async () => {
    const { send, services } = await botConversation({ userId: "demo-05" });
    await send("puis-je m'inscrire à ANG320 en S2 ?");
    const [thanks] = await send("👍 Utile");
    expect(replyText(thanks!)).toBe("Merci pour votre retour !");
    expect((await services.events.listFeedback()).map((vote) => [vote.answerId, vote.useful])).toEqual([["eligibility", true]]);
  });
});
