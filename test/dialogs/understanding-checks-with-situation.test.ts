import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Checks asked with the learner's situation around them (a unit it comes after, a skill lacked, the time work ends, someone's
 * studies, years of work): each reply weighs what was told, never the plain card or « not in my sources ».
 */
async function repliesTo(user: string): Promise<string> {
  const conversation = await botConversation({});
  return (await conversation.send(user)).map((reply) => replyText(reply)).join("\n");
}

describe("a unit said to come after another: its prerequisites", () => {
  it.each([
    // The second question of two, on a phone (it got NFA032's credits, the code's digits read as a value).
    ["nfa035 cb de credits ? et c apres nfa032 ?", /NFA035[^\n]*4 ECTS[\s\S]*Non : NFA032 n'est pas un prérequis de NFA035\.\s+Prérequis de NFA035[^\n]*aucun prérequis formel/],
    ["NFA035 combien d'heures ? et il faut avoir suivi NFA032 avant ?", /Non : NFA032 n'est pas un prérequis de NFA035\./],
    ["How many credits is NFA035, and does it come after NFA032?", /4 ECTS[\s\S]*No: NFA032 is not a prerequisite of NFA035\./],
    // Alone (it gave both units' cards).
    ["NFA035 c'est après NFA032 ?", /^Non : NFA032 n'est pas un prérequis de NFA035\./],
    ["RSX101 c'est après UTC505 ?", /^Oui : UTC505 est un prérequis de RSX101/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/NFA032 — Programmation Java : programmation objet : Une UE de 6 ECTS/);
  });

  it("keeps a value said again in the question before's terms", async () => {
    expect(await repliesTo("Une UE de 8 crédits c'est combien d'heures ? Et deux UE de 3 ?")).toMatch(/2 UE de 3 ECTS|deux UE de 3/);
  });
});

describe("a diploma said open to oneself, with one's studies: its access weighed", () => {
  it.each([
    // (It gave the licence's composition.)
    ["J'ai un BTS assistant de gestion. La L3 info m'est ouverte ?", /^Non, pas directement : d'après ce que vous dites \(BTS assistant\)/],
    ["avec mon bts compta la licence info me serait ouverte ?", /^Non, pas directement : d'après ce que vous dites \(BTS compta\)/],
    ["j'ai un BTS SIO, la licence informatique m'est ouverte ?", /^Oui, d'après ce que vous dites \(BTS SIO\)/],
    ["I have a BTS in accounting, is the computer science licence open to me?", /^No, not directly: from what you say \(BTS in accounting\)/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Tronc commun \(UTC501 à UTC505\)/);
  });
});

describe("years of work said, then whether one may apply to a diploma: the years asked at application", () => {
  it.each([
    // (It abstained: « Je ne sais pas répondre à cette question ».)
    ["Technicien support depuis un an et demi, je peux candidater à l'ingénieur cybersécurité ?", /^Pas encore pour candidater : Diplôme d'ingénieur[^\n]*cybersécurité[^\n]*demande 2 ans d'expérience à la candidature, et vous dites 1,5 an d'expérience/],
    // (It gave the engineering diplomas' page.)
    ["J'ai 1 an et demi d'expérience en support, je peux candidater à l'ingénieur cybersécurité ?", /^Pas encore pour candidater : [^\n]*2 ans d'expérience à la candidature, et vous dites 1,5 an/],
    ["jsuis technicien support depuis 1 an et demi, je peux postuler en ingé cyber ?", /^Pas encore pour candidater/],
    ["je bosse comme dev depuis 3 ans, je peux postuler au diplôme d'ingénieur en IA ?", /^Oui pour candidater : [^\n]*intelligence artificielle[^\n]*et vous dites 3 ans/],
    ["I've been a helpdesk technician for a year and a half, can I apply to the cybersecurity engineering degree?", /^Not yet, to apply: [^\n]*requires 2 years of experience when applying, and you mention 1\.5 years/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Je ne sais pas répondre|se préparent surtout le soir et le samedi/);
  });

  it("keeps how to apply, no years said, the content's", async () => {
    expect(await repliesTo("comment candidater à l'ingénieur cybersécurité ?")).not.toMatch(/^Pas encore pour candidater|^Oui pour candidater/);
  });
});
