import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a grade said beside another unit asked about is the graded unit's", () => {
  it.each([
    ["jpeux minscrire a nfa032 jai eu 11 en nfa031", /^Je regarde pour [^\n]*NFA032[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA032 /],
    ["je peux faire NFA032 ? j'ai eu 11 à NFA031", /^Je regarde pour [^\n]*NFA032[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA032 /],
    ["can I take NFA032, I got 11 in NFA031", /^Here is the answer for [^\n]*NFA032[\s\S]*✅ Yes, you may enrol in NFA032 /],
  ])("checks NFA032 with NFA031 passed with 11 for « %s » (it said NFA032 and NFA031 validated with 11)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    // NFA031 counted passed: no advice to take it first, no « niveau attendu » left open.
    expect(reply).not.toMatch(/NFA031 avant NFA032|NFA031 before NFA032|si vous avez le niveau|if you have the expected level/);
    expect(reply).not.toMatch(/11\/20|unité est validée|unit is validated|ECTS acquis|ECTS earned/);
  });

  it("weighs a grade below 10 tied to the unit needed: « can I take NFA032, I got 8.5 in NFA031 » (both were read failed, 8 and 8.5)", async () => {
    const reply = await replyTo("can I take NFA032, I got 8.5 in NFA031");
    expect(reply).toMatch(/^Here is the answer for [^\n]*NFA032[\s\S]*you say you have not validated NFA031/);
    expect(reply).not.toMatch(/8\/20|\*\*NFA032\*\*/);
  });
});

describe("a grade said not got is no grade", () => {
  it.each([
    ["I didn't get 10 in UTC504 but my overall licence average is above 10. Do I still get the licence?", /^In a licence, besides validating each unit on its own \(grade of at least 10\/20\), compensation is possible: an overall average of at least 10\/20 makes up for a unit below the average/],
    ["I got less than 10 in UTC504 but my overall licence average is above 10. Do I still get the licence?", /^In a licence, besides validating each unit on its own[^\n]*compensation is possible/],
    ["j'ai pas eu 10 à UTC504 mais ma moyenne générale est au-dessus", /^En licence, en plus de la validation UE par UE \(note d'au moins 10\/20\), la compensation est possible : une moyenne générale d'au moins 10\/20 compense une UE sous la moyenne/],
  ])("answers « %s » with the page on compensation (it said « validated with 10 » or gave the licence's access)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/with 10\/20 \(at least|avec 10\/20 \(au moins|You enter the computer science licence/);
  });

  it.each([
    ["j'ai pas eu 10 à UTC504, je fais quoi ?", /Comment fonctionne la session 2 \?/],
    ["I didn't get 10 in UTC504", /How does session 2 work\?/],
    ["I got less than 10 in UTC504", /How does session 2 work\?/],
  ])("never reads « %s » as a 10 got: what follows a grade below 10 is offered (it said « Oui, avec 10/20 … validée » or gave the card)", async (message, offers) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(offers);
    expect(reply).not.toMatch(/10\/20 \(au moins|10\/20 \(at least|validée|validated|Teaching unit \(UE\)/);
  });

  it("keeps « I got 10 in UTC504 » a grade of 10", async () => {
    expect(await replyTo("I got 10 in UTC504")).toMatch(/^Yes, with 10\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC504 are earned/);
  });
});

describe("two grades one after the other are the two sessions'", () => {
  it.each([
    "j'ai eu 7 en session 1 puis 12 en session 2 à NFA031, c'est bon ?",
    "j'ai eu 7 puis 12 à NFA031 c'est bon ?",
    "j'ai eu 7 en session 1 et 12 en session 2 à NFA031, c'est bon ?",
  ])("gives the grade's answer for the 12 to « %s » (« puis » made an enrolment check)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA031 sont acquis/);
    expect(reply).not.toMatch(/Je regarde pour|vous inscrire|7\/20/);
  });

  it("reads \"I got 7 then 12 in NFA031, am I good?\" the same", async () => {
    const reply = await replyTo("I got 7 then 12 in NFA031, am I good?");
    expect(reply).toMatch(/^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/);
    expect(reply).not.toMatch(/Here is the answer for|enrol in/);
  });

  it.each([
    ["GLG105 7 puis 8, je fais quoi ?", /^Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./],
    ["J'ai raté GLG105 aux deux sessions, 7 puis 8", /^Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./],
    ["UTC505: 7 then 8, what now?", /^No, 8\/20 is below the 10\/20 pass mark \(2 points short\): the credits are not earned\. You will need to take the unit again\./],
  ])("answers « %s » with the later session's 8 and no session left (« GLG105 7 puis 8 » got the unit's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Génie logiciel|7\/20|session 2, sans|at session 2, without/);
  });

  it.each([
    ["NFA031 2 puis 3 fois par semaine ?", /\/20|Oui, avec|Non, \d/],
    ["j'ai eu 12 en NFA031 puis 8 en NFA032", /\*\*NFA031\*\* : Oui, avec 8|\*\*NFA032\*\* : Oui, avec 12/],
  ])("keeps « %s » as it was read", async (message, never) => {
    expect(await replyTo(message)).not.toMatch(never);
  });
});

describe("a school exam's grade is no unit's", () => {
  it.each([
    ["J'ai eu 12 au bac en maths, je peux faire UTC501 ?", /^Je regarde pour [^\n]*UTC501[\s\S]*vous n'avez pas le niveau attendu \(niveau L2 informatique ou mathématiques\)/],
    ["J'ai eu 12 au bac, UTC501 c'est possible ?", /^Je regarde pour [^\n]*UTC501[\s\S]*vous n'avez pas le niveau attendu/],
    ["j'ai eu 14 au bac, NFA031 c'est pour moi ?", /^Je regarde pour [^\n]*NFA031[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA031 /],
    ["I got 15 at the bac, can I take UTC501?", /^Here is the answer for [^\n]*UTC501[\s\S]*you do not have the expected level/],
  ])("checks the unit for « %s », no grade read (« 12 au bac » was UTC501's 12)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/\d\/20|unité est validée|unit is validated|ECTS acquis|ECTS earned/);
  });

  it("reads no grade in « j'ai eu 12 au bac en maths. UTC501 ? » (it said « Oui, avec 12/20 … validée »)", async () => {
    expect(await replyTo("j'ai eu 12 au bac en maths. UTC501 ?")).not.toMatch(/12\/20|validée/);
  });
});
