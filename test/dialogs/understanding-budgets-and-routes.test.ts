import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * What learners weigh against a budget of hours (options, units said by their credits) and the route an internship opens
 * for a UA: each reply says what holds for the case told, never the reference of one unit's hours.
 */
async function repliesTo(user: string): Promise<string> {
  const conversation = await botConversation({});
  return (await conversation.send(user)).map((reply) => replyText(reply)).join("\n");
}

describe("options and units by their credits against a budget of hours", () => {
  it.each([
    // Two units offered as a choice are each weighed, then together (they were summed into one: « Non … 220 h », false).
    ["j'ai un budget de 110 h cette année, je prends NFA031 ou NFA008 ?", /^Les deux options tiennent chacune dans vos 110 h :\n- Oui : NFA031 \(50 h\)[^\n]*dans vos 110 h[^\n]*\n- Oui : NFA008 \(50 h\)[^\n]*\nLes deux ensemble : 100 h pour 12 ECTS, dans vos 110 h\.$/],
    // « soit … soit … » with units said by their credits (it got « Non : pour 6 ECTS, la référence est 50 h ; 110 h s'en écartent de 120 % »).
    ["mon employeur paie 110 heures max. est-ce que je peux faire soit une UE de 6 soit deux UE de 3 ?", /^Les deux options tiennent chacune dans vos 110 h :\n- Oui : une UE de 6 ECTS \(50 h\)[^\n]*\n- Oui : 2 UE de 3 ECTS \(60 h\)/],
    // A unit the learner says they will take, offered against units by their credits.
    ["mon employeur paie 110 heures max, je fais NFA031 ou deux UE de 3 ?", /^Les deux options[^\n]*\n- Oui : NFA031 \(50 h\)[^\n]*\n- Oui : 2 UE de 3 ECTS \(60 h\)/],
    // One option over the budget: said which.
    ["I have 60 hours max: NFA031 or NFA008 and UTC501?", /^Only one of the two options fits within your 60 h:\n- Yes: NFA031 \(50 h\)[^\n]*\n- No: NFA008 \(50 h\) \+ UTC501 \(30 h\) = 80 reference class hours[^\n]*over your 60 h/],
    // Units by their credits alone against a budget: whether they fit, not whether 110 h are one unit's hours.
    ["110 h max, une UE de 6 ça rentre ?", /^Oui : une UE de 6 ECTS \(50 h\) = 50 heures de cours de référence \(45-55 h\) pour 6 ECTS, dans vos 110 h/],
    ["j'ai 110 h max, je peux faire deux UE de 6 ?", /^Oui : 2 UE de 6 ECTS \(100 h\) = 100 heures de cours de référence \(90-110 h\) pour 12 ECTS, dans vos 110 h/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/s'en écartent|deviate/);
  });

  it.each([
    // How many units or credits a budget holds, and a plain « ou pas », stay what they were.
    ["150 h max, combien d'UE de 6 ?", /^Avec 150 h : 3 UE de 6 ECTS/],
    ["mon employeur me finance 60 heures max, ça me fait combien d'ECTS ?", /^Avec 60 h de cours au plus : 6 ECTS/],
    ["j'ai 100 h max, NFA008 et NFA040 ça passe ou pas ?", /^Oui : NFA008 \(50 h\) \+ NFA040 \(40 h\) = 90 heures/],
  ])("%s", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });
});

describe("an internship already done, for a UA", () => {
  it("says yes by the internship's route when the internship is as long as the route asks (it led with « Pas par un dossier d'expérience »)", async () => {
    expect(await repliesTo("j'ai fait un stage de 6 mois en entreprise l'an dernier comme dev, ça compte pour l'UA de la licence ?")).toMatch(/^Oui, par la voie du stage : pour Licence informatique \(L3\),[\s\S]*Votre stage de 6 mois répond à cette voie/);
    expect(await repliesTo("I did a 6-month internship as a developer, does it count for the licence's UA?")).toMatch(/^Yes, through the internship route: for Licence informatique \(L3\)[\s\S]*Your 6-month internship fits that route/);
  });

  it("gives no « Oui » to an internship shorter than the route asks: the conditions only", async () => {
    const replies = await repliesTo("j'ai fait un stage de 3 mois, ça compte pour l'UA de la licence ?");
    expect(replies).toMatch(/^Pour Licence informatique \(L3\) : son UA UAALOT \(17 ECTS\) se valide par un dossier d'expérience si vous avez 1 an[\s\S]*pendant un stage de 6 mois/);
    expect(replies).not.toMatch(/^Oui/m);
  });
});
