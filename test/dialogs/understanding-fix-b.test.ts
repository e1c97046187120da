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

describe("units said passed, asked whether they go toward a diploma", () => {
  it("says where GDN100 and UTC504 stand in the licence for \"Do those go toward the licence?\" (it got suggestions)", async () => {
    const [reply] = await repliesOf(["I passed GDN100 and UTC504. Do those go toward the licence?"]);
    expect(reply).toMatch(/^GDN100 is compulsory \(Management de projet et anglais\)\.\nUTC504 is compulsory \(Tronc commun \(UTC501 à UTC505\)\)\.\n[\s\S]*LG02501A — Licence informatique \(L3\): 60 ECTS/);
    expect(reply).not.toMatch(/Did you mean/);
  });

  it.each([
    ["j'ai validé NFA031 et GDN100, lesquelles comptent pour la licence ?", /^NFA031 ne fait pas partie de LG02501A\.\nGDN100 est obligatoire \(Management de projet et anglais\)\./],
    ["j'ai UTC501 et NFA031, ça compte pour la licence ?", /^UTC501 est obligatoire \(Tronc commun \(UTC501 à UTC505\)\)\.\nNFA031 ne fait pas partie de LG02501A\./],
    ["I passed NFA031. Does it go toward the licence?", /^No: NFA031 is not part of LG02501A\./],
  ])("%s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
  });

  it("keeps going toward a diploma (a way there, not whether units count) as before", async () => {
    const [reply] = await repliesOf(["I passed UTC501. How do I go toward the licence from here?"]);
    expect(reply).not.toMatch(/UTC501 is compulsory/);
  });
});

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
