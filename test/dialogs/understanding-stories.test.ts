import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a grade belongs to the unit said with it, in its own clause", () => {
  it("reads « I passed UTC502 last term with 12 » as UTC502's grade, not the NSY103 named before (it said NSY103's 6 ECTS were earned)", async () => {
    const reply = await replyTo("I have my NSY103 exam on Saturday morning. I passed UTC502 last term with 12, is that enough to validate it?");
    expect(reply).toMatch(/^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC502 are earned/);
    expect(reply).not.toMatch(/NSY103/);
  });

  it("reads « sat UTC503 and got 8.5 » as UTC503's grade and « passed UTC501 with 13 » as UTC501's (it gave UTC503 the 13)", async () => {
    const reply = await replyTo(
      "Last semester I sat UTC503 and got 8.5, and I missed the UTC504 exam entirely because I was called in for an emergency shift. I passed UTC501 with 13. How many credits do I have so far?",
    );
    expect(reply).toMatch(/\*\*UTC503\*\*: No, 8\.5\/20 is below the 10\/20 pass mark/);
    expect(reply).toMatch(/\*\*UTC501\*\*: Yes, with 13\/20/);
    expect(reply).toMatch(/In total: 3 ECTS earned \(UTC501\)/);
  });

  it.each([
    ["je veux faire NFA032 avec 2 amis, c'est possible ?", /NFA032/],
    ["I want to take NFA031 with 2 colleagues, can I?", /NFA031/],
  ])("reads no grade in « %s » (it said 2/20 was below the pass mark)", async (message, names) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(names);
    expect(reply).not.toMatch(/2\/20|sous la moyenne|below the 10\/20/);
  });
});

describe("a question declined alone is declined after a story that names units", () => {
  it.each([
    [
      "I have my NSY103 exam on Saturday morning and I'm coming from Lille by train on Friday night. I passed UTC502 last term with 12, so I'm fairly confident. Which hotel near Arts et Métiers would you recommend for the Friday night?",
      /^I can only answer questions about Cnam Paris evening courses/,
    ],
    ["J'ai eu 14 en NFA031 ce semestre, trop content. Tu connais un bon restaurant près du Cnam pour fêter ça ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
  ])("« %s » (it answered the grade and left the question unsaid)", async (message, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(declined);
    expect(reply).not.toMatch(/ECTS|validée|validated/);
  });

  it.each([
    ["Je voudrais m'inscrire à une UE mais une collègue m'a dit qu'il fallait l'accord du prof. Comment je fais concrètement ?", /autorisation|accord/],
    ["je viens de voir mon resultat de NFE114 dans le bus, 9,75 ... c est arrondi a 10 ou je l ai pas ?", /^Non, 9,75\/20 est sous la moyenne/],
  ])("reads a question only unclear or unknown alone in its story: « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Je ne peux répondre qu'aux questions/);
  });
});
