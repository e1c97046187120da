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
