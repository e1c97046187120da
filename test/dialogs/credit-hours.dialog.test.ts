import { describe, expect, it } from "vitest";
import { readCreditHoursReply } from "../../dialogs/credit-hours/credit-hours.job";
import { botConversation } from "../support/bot";

describe("credit hours dialog", () => {
  it.each([
    ["6 crédits, ça fait combien d'heures ?", /6 ECTS correspond à 50 heures.*45-55 h.*hors temps de travail personnel/],
    ["six ECTS = combien d'heures ?", /6 ECTS correspond à 50 heures/],
    ["65h c'est combien d'ects ?", /65 h.*8 ECTS/],
    ["est-ce que 54 h c'est plausible pour 6 ECTS ?", /54 h.*6 ECTS/],
    ["5 ECTS ça fait combien d'heures", /5 ECTS/],
    ["NFA031 c'est combien d'heures ?", /^NFA031 — Programmation avec Java : notions de base : .*6 ECTS correspond à 50 heures/],
    ["how many hours is a 4 ECTS unit?", /4-ECTS unit matches 40 reference class hours/],
  ])("answers %j in one turn, with the vote buttons", async (question, expected) => {
    const { send } = await botConversation();
    const [reply, ...others] = await send(question);
    expect(others).toEqual([]);
    expect(reply?.text).toMatch(expected);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(expect.arrayContaining([expect.stringMatching(/Utile|Useful/)]));
  });

  it("gives no invented figure for a credit value without a reference, and shows the table", async () => {
    const { send } = await botConversation();
    const [reply] = await send("5 ECTS combien d'heures ?");
    expect(reply?.text).toMatch(/5 ECTS/);
    expect(reply?.text).toMatch(/2 ECTS.*22 h/);
    expect(reply?.text).not.toMatch(/5 ECTS (correspond|=) à? ?\d/);
    // A value no unit carries but units of one value make up is a total, said as such.
    const [total] = await send("9 ECTS combien d'heures ?");
    expect(total?.text).toMatch(/^9 ECTS, ce n'est pas la valeur d'une UE mais un total d'UE : par exemple 3 UE de 3 ECTS = 90 h/);
    expect(total?.text).not.toMatch(/9 ECTS (correspond|=) à? ?\d/);
  });

  it("names the closest codes for an unknown unit", async () => {
    const { send } = await botConversation();
    const [unknown] = await send("NFA039 c'est combien d'heures ?");
    expect(unknown?.text).toMatch(/ne trouve pas l'unité NFA039.*NFA03\d/);
  });

  it("asks for the missing number, with help and cancel at the prompt", async () => {
    const { play } = await botConversation();
    await play([
      { user: "je voudrais convertir des crédits en heures", bot: [/^Combien de crédits ECTS \?/] },
      { user: "aide", bot: [/^Je peux : expliquer/, /^Combien de crédits ECTS \?/] },
      { user: "bof", bot: [/^Indiquez un nombre de crédits ECTS/] },
      { user: "six", bot: [/^Une UE de 6 ECTS correspond à 50 heures/] },
      { user: "convert credits into hours", bot: [/^How many ECTS credits\?/] },
      { user: "65 h", bot: [/65 h/] },
      { user: "je voudrais convertir des crédits en heures", bot: [/^Combien de crédits ECTS \?/] },
      { user: "annuler", bot: [/^D'accord, j'abandonne/] },
    ]);
  });

  it.each([
    ["6", { ects: 6 }],
    ["six", { ects: 6 }],
    ["50 h", { hours: 50 }],
    ["50 heures", { hours: 50 }],
    ["4,5", { ects: 4.5 }],
    ["bof", undefined],
  ])("reads the reply %j to the missing-number question", (text, expected) => {
    const read = readCreditHoursReply(text);
    if (expected === undefined) expect(read).toBeUndefined();
    else expect(read).toMatchObject(expected);
  });
});
