import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * What learners tell of their records (an exam not sat, units graded with one absent, a request to an advisor asked elsewhere)
 * and the plans they ask with it (what is left then how fast, a whole diploma at a distance): each reply says what holds for
 * the case told, never a plan from nothing, a unit left out, or « je ne sais pas ».
 */
async function repliesTo(...messages: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const replies: string[] = [];
  for (const message of messages) replies.push((await conversation.send(message)).map((reply) => replyText(reply)).join("\n"));
  return replies;
}

describe("an exam not sat, told in other words than « missed »", () => {
  it.each([
    // It got suggestions (« Is there compensation in the licence? … »): "didn't show up to" was no absence.
    ["I didn't show up to my UTC504 exam in January because of a work emergency. Have I failed the unit?", /^Session 2 is open to those who were absent from session 1/],
    ["I never turned up for the UTC504 exam, did I fail it?", /^Session 2 is open to those who were absent from session 1/],
    ["I wasn't at the NFA031 exam because of work, is it failed?", /^Session 2 is open to those who were absent from session 1/],
    ["couldn't make it to my UTC502 exam, is the unit lost?", /^Session 2 is open to those who were absent from session 1/],
    ["je ne suis pas allé à l'examen de UTC504 en janvier à cause du boulot, j'ai raté l'UE ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
    ["j'suis pas allée au partiel de UTC504, c'est foutu ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
    ["je ne me suis pas présenté à l'examen de NFA031, j'ai perdu l'UE ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
  ])("%s", async (user, expected) => {
    const [reply] = await repliesTo(user);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/not sure I understood|pas sûr d'avoir compris/);
  });

  it("keeps an exam asked to be moved for the page on fixed dates", async () => {
    const [reply] = await repliesTo("j'ai pas pu passer l'examen de UTC504, je peux le passer un autre jour ?");
    expect(reply).toMatch(/^Les dates d'examen ne peuvent pas être déplacées/);
  });
});

describe("units graded with one absent, then what is left of them", () => {
  it.each([
    // UTC504 « (absent, …) » took the role of the failed unit before it and went unsaid; « qu'est-ce qu'il me reste à faire pour ces
    // UE ? » then got « connectez-vous » after the grades' answer.
    [
      "Petite question de la part d'un auditeur un peu perdu : l'an dernier j'ai passé UTC501 (11), UTC502 (9,5) et UTC504 (absent, j'étais en déplacement pro). Je ne suis pas sûr de ce que j'ai vraiment validé. Combien de crédits j'ai au total, et qu'est-ce qu'il me reste à faire pour ces UE ?",
      /\*\*UTC502\*\* : Non, 9,5\/20 est sous la moyenne[\s\S]*\*\*UTC504\*\* : absent\(e\) à l'examen : crédits non acquis[\s\S]*Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502 et UTC504/,
    ],
    [
      "last year I took UTC501 (11), UTC502 (9.5) and UTC504 (absent). How many credits do I have and what's left to do for these units?",
      /\*\*UTC504\*\*: absent from the exam: credits not earned[\s\S]*In total: 3 ECTS earned \(UTC501\)\. To sit again: UTC502 and UTC504/,
    ],
    ["UTC501 12, UTC502 8 et UTC504 (absent), combien de crédits ?", /\*\*UTC504\*\* : absent\(e\) à l'examen[\s\S]*À repasser : UTC502 et UTC504/],
  ])("%s", async (user, expected) => {
    const [reply] = await repliesTo(user);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/connectez-vous d'abord|please sign in first/);
  });

  it("keeps what is left of a diploma named after the grades", async () => {
    const [reply] = await repliesTo("j'ai eu 12 en UTC501 et 8 en UTC502. ça fait combien de crédits et qu'est-ce qu'il me reste pour la licence ?");
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC501\)[\s\S]*Licence informatique \(L3\) \(LG02501A\) : 3 ECTS sur 60/);
  });
});

describe("what is left of a diploma, then how fast", () => {
  it.each([
    // The plan's part was read without the units said: « You named no unit passed: I count none ».
    ["I've done UTC501-505 and GDN100. What's left for the licence and how quickly could I finish?", /with UTC501, UTC502, UTC503, UTC504, UTC505 and GDN100 already passed/],
    ["I passed UTC501, UTC502 and UTC503. What's left for my licence, and how fast can I get it?", /with UTC501, UTC502 and UTC503 already passed/],
    ["J'ai fait UTC501 à UTC505 et GDN100. Qu'est-ce qui me reste pour la licence, et je peux finir quand au plus tôt ?", /avec GDN100, UTC501, UTC502, UTC503, UTC504 et UTC505 déjà validées/],
  ])("%s", async (user, expected) => {
    const [reply] = await repliesTo(user);
    expect(reply).toMatch(/\d+ (of|sur) 60 ECTS|\d+ ECTS sur 60/);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/You named no unit passed|Vous n'avez cité aucune UE validée/);
  });
});

describe("a whole diploma at a distance", () => {
  it.each([
    // "remotely" was no way of studying: a plan in the evenings, at a distance or on Saturdays, as if it could all be remote.
    ["Could I do the whole licence remotely?", /^I find no plan for Licence informatique \(L3\) \(LG02501A\) with these constraints\.\nWhat you can take of this diploma with these constraints:\n- UTC504[^\n]*\n- NSY115/],
    ["can I do the licence fully remotely?", /^I find no plan for Licence informatique \(L3\)/],
    ["Is the whole licence available online?", /^I find no plan for Licence informatique \(L3\)/],
    ["On peut faire la licence entièrement en ligne ?", /^Je ne trouve pas de plan pour Licence informatique \(L3\) \(LG02501A\) avec ces contraintes/],
  ])("%s", async (user, expected) => {
    const [reply] = await repliesTo(user);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/Your plan for|Votre plan pour/);
  });
});

describe("a request to an advisor not found, then told when or where it was made", () => {
  it.each([
    // "I asked it yesterday I think" got « I do not know the answer to this question ».
    [["any update on my request?", "I asked it yesterday I think"], /^I still see no request to an advisor: I only see the requests made in this conversation/],
    [["where is my request?", "I sent it by email last week"], /^I still see no request to an advisor/],
    [["any news on my request?", "it was in another chat, I lost the number"], /^I still see no request to an advisor/],
    [["où en est ma demande ?", "je l'ai faite hier par mail"], /^Je ne vois toujours aucune demande à un conseiller : je ne vois que celles faites dans cette conversation/],
    [["où en est ma demande ?", "c'était il y a 3 jours, j'ai plus le numéro"], /^Je ne vois toujours aucune demande à un conseiller/],
  ])("%j", async (messages, expected) => {
    const replies = await repliesTo(...messages);
    expect(replies[0]).toMatch(/^(I cannot find any request|Je ne trouve aucune demande)/);
    expect(replies[1]).toMatch(expected);
    expect(replies[1]).not.toMatch(/I do not know the answer|je ne connais pas la réponse/i);
  });

  it("answers a question of its own asked instead", async () => {
    const replies = await repliesTo("any update on my request?", "what are the fees for NFA031?");
    expect(replies[1]).toMatch(/^My sources do not give the price of NFA031/);
  });
});
