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

describe("a message of several questions, asked again in the other language", () => {
  it("answers both parts again in English after « c'est quoi une UA et combien d'heures pour 6 ECTS ? » (only the first came again, in French)", async () => {
    const [, again] = await repliesOf(["c'est quoi une UA et combien d'heures pour 6 ECTS ?", "en anglais"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nAn activity unit \(UA[\s\S]*\nA 6-ECTS unit matches 50 reference class hours/);
    expect(again).not.toMatch(/Une unité d'activité/);
  });

  it("answers both parts again in French after an English message of two questions", async () => {
    const [, again] = await repliesOf(["what is a UE and how many hours is 3 ECTS?", "en français svp"]);
    expect(again).toMatch(/^Très bien, je continue en français\.\nUne unité d'enseignement \(UE\)[\s\S]*\nUne UE de 3 ECTS correspond à 30 heures/);
  });

  it("answers a unit's timetable and another's authorization again, then again back in French", async () => {
    const [, english, french] = await repliesOf(["NFA031 c'est quand et il faut une autorisation pour ANG320 ?", "in English please", "en français"]);
    expect(english).toMatch(/Classes of NFA031[\s\S]*Thursdays from 18:15 to 21:45[\s\S]*^Yes: enrolling in ANG320 needs the teacher's authorization/m);
    expect(french).toMatch(/Cours de NFA031[\s\S]*le jeudi de 18h15 à 21h45[\s\S]*^Oui : l'inscription à ANG320 est soumise/m);
  });

  it("keeps the one question asked alone as before: a unit's card again", async () => {
    const [, again] = await repliesOf(["c'est quoi NFA031 ?", "in english"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nNFA031 — Programmation avec Java[\s\S]*Teaching unit \(UE\), 6 ECTS/);
  });

  it("asks the parts again only right after them: after « merci », the page last given alone, as before", async () => {
    const [, , again] = await repliesOf(["c'est quoi une UA et combien d'heures pour 6 ECTS ?", "merci", "in English please"]);
    expect(again).toMatch(/^Sure, I will continue in English\.\nAn activity unit \(UA/);
    expect(again).not.toMatch(/6-ECTS/);
  });
});

describe("skills told after a verdict", () => {
  it.each<[string, string, RegExp]>([
    ["je peux m'inscrire à NSY103 ?", "j'ai des bases en système et je sais lire un peu de C", /^✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(bases en systèmes d'exploitation, savoir lire du C\)/m],
    ["can I enrol in NSY103?", "I can read C and I know Linux a bit", /^✅ Yes: from what you say, you have the expected level/m],
    ["je peux m'inscrire à NSY103 ?", "je connais un peu le C", /^✅ Oui : d'après ce que vous dites/m],
  ])("checks %j again with %j (it was not understood)", async (question, skills, expected) => {
    const [, again] = await repliesOf([question, skills]);
    expect(again).toMatch(expected);
    expect(again).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("still reads « je sais pas lire le C » as lacking it", async () => {
    const [, again] = await repliesOf(["je peux m'inscrire à NSY103 ?", "je sais pas lire le C"]);
    expect(again).toMatch(/vous n'avez pas le niveau attendu/);
  });
});
