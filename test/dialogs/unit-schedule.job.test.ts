import { describe, expect, it } from "vitest";
import { recognizeIntent } from "../../domain/understanding/intent.recognizer";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

const titles = (reply: { suggestedActions?: { actions: { title?: string }[] } } | undefined) => reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe("a unit's timetable", () => {
  it("answers when and how NSY103's classes run, from the catalog, with the enrolment check one click away", async () => {
    const { play, services } = await botConversation();
    await play([
      {
        user: "quand ont lieu les cours de NSY103 ?",
        bot: [
          (reply) => {
            expect(replyText(reply)).toBe(
              [
                "Cours de NSY103 — Linux : principes et programmation :",
                "- premier semestre (septembre à janvier) : le jeudi de 18h15 à 21h45 (cours du soir), soit 3 h 30 par semaine",
                "- second semestre (février à juin) : le samedi de 9h à 12h30 (cours du samedi), soit 3 h 30 par semaine",
              ].join("\n"),
            );
            expect(titles(reply)).toEqual(["Puis-je m'inscrire à NSY103 ?", "👍 Utile", "👎 Pas utile"]);
          },
        ],
      },
    ]);
    expect((await services.events.listAnswered()).map((event) => event.answerId)).toEqual(["unit-schedule"]);
  });

  it.each([
    ["when are the classes of NSY103?", /^Classes of NSY103 — .*:\n- first semester .*: Thursdays from 18:15 to 21:45/],
    ["à quelle heure c'est NSY103 ?", /^Cours de NSY103/],
    ["NSY103 c'est quel jour ?", /^Cours de NSY103/],
    ["Horaires de NSY103", /^Cours de NSY103/],
  ])("understands %j", async (question, expected) => {
    const { send } = await botConversation();
    const [reply] = await send(question);
    expect(replyText(reply!)).toMatch(expected);
  });

  it("names the closest codes for a unit the catalog does not hold, and counts the question as unanswered", async () => {
    const { send, services } = await botConversation();
    const [reply] = await send("quand ont lieu les cours de NSY109 ?");
    expect(replyText(reply!)).toMatch(/^Je ne trouve pas l'unité NSY109 dans le catalogue\. Vouliez-vous dire NSY10/);
    expect(await services.events.listAnswered()).toEqual([]);
    expect((await services.events.listUnanswered()).map((question) => question.question)).toEqual(["quand ont lieu les cours de NSY109 ?"]);
  });

  it.each([["quand est l'examen de NSY103 ?"], ["puis-je m'inscrire à NSY103, et quand sont les cours ?"], ["NSY103 c'est combien d'heures ?"]])(
    "leaves %j to the job it belongs to",
    (question) => {
      expect(recognizeIntent(question)?.kind).not.toBe("unit-schedule");
    },
  );
});
