import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to each message of a conversation, each message's replies joined. */
async function repliesOf(turns: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const all: string[] = [];
  for (const turn of turns) all.push((await conversation.send(turn)).map((reply) => replyText(reply)).join("\n"));
  return all;
}

describe("where a unit's exam is sat", () => {
  it.each([
    ["Where would I sit the DSY101 exam?", /^My sources do not give the room or place of the exam of DSY101\./],
    ["where do I take the NFA031 exam?", /^My sources do not give the room or place of the exam of NFA031\./],
    ["je passe l'exam de NFA031 où ?", /^Je n'ai pas la salle ni le lieu de l'examen de NFA031 dans mes sources\./],
    ["l'examen de DSY101 il se passe où ?", /^Je n'ai pas la salle ni le lieu de l'examen de DSY101 dans mes sources\./],
  ])("says it is not in the sources: %s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/Did you mean|Vouliez-vous dire|cannot be moved|pas ce détail/);
  });

  it("gives the unit's contact when the catalog holds one", async () => {
    const [reply] = await repliesOf(["where do I sit the SEC105 exam?"]);
    expect(reply).toMatch(/^My sources do not give the room or place of the exam of SEC105\. For SEC105, the contact is: Secrétariat pédagogique informatique, scolarite-informatique@example\.org\./);
  });

  it.each([
    ["What should I bring on exam day?", /^A valid identity document is required at every exam/],
    ["je passe l'examen de NFA031 quand ?", /^Je n'ai pas la date de l'examen de NFA031 dans mes sources\./],
  ])("keeps the other questions on exams: %s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/room or place|salle ni le lieu/);
  });

  it("names no unit's exam room for exams in general", async () => {
    const [reply] = await repliesOf(["where do I sit exams in general?"]);
    expect(reply).not.toMatch(/room or place of the exam of/);
  });
});
