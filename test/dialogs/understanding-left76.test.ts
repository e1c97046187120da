import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("at a check's question, the same question asked of another unit too", () => {
  it.each([
    [["Je peux m'inscrire à RSX101 ?", "Et à RSX112 aussi ?", "non"], /^Je vérifie RSX101, puis RSX112 dans la même réponse\. [\s\S]*RSX101 demande d'avoir validé UTC505/, /⛔ Non, vous ne pouvez pas vous inscrire à RSX101[\s\S]*⛔ Non, vous ne pouvez pas vous inscrire à RSX112/],
    [["Can I enrol in RSX101?", "and RSX112 too?", "yes"], /^I am checking RSX101, then RSX112 in the same answer\. [\s\S]*RSX101 requires UTC505/, /✅ Yes, you may enrol in RSX101[\s\S]*RSX112/],
  ])("%j checks both units (it took RSX112 as passed and said no)", async (turns, second, third) => {
    const [, asked, verdict] = await repliesOf(turns);
    expect(asked).toMatch(second);
    expect(verdict).toMatch(third);
  });

  it.each([
    [["Je peux m'inscrire à RSX101 ?", "UTC505"], /^Je regarde pour 2026-2027 S2[\s\S]*✅ Oui, vous pouvez vous inscrire à RSX101/],
    [["Je peux m'inscrire à RSX101 ?", "oui et j'ai aussi RSX102"], /✅ Oui, vous pouvez vous inscrire à RSX101/],
  ])("keeps %j the answer to the question", async (turns, reads) => {
    const [, reply] = await repliesOf(turns);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Je vérifie/);
  });
});

describe("credits said held without their units, before a plan", () => {
  it.each([
    ["j'ai 24 ECTS, combien de temps pour finir la licence ?", /^Vous dites avoir 24 ECTS, sans me dire de quelles UE : je ne sais pas lesquelles comptent pour ce diplôme, alors ce plan n'en compte aucune\. Donnez-moi leurs codes/],
    ["I already have 24 credits, how long to finish the licence?", /^You say you have 24 ECTS, but not from which units: I cannot tell which of them count for this diploma, so this plan counts none/],
    ["j'ai 18 crédits validés, en combien de temps je finis la licence ?", /^Vous dites avoir 18 ECTS/],
  ])("« %s » says why none is counted (it said « vous ne m'avez cité aucune UE validée »)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/aucune UE validée|named no unit/);
  });

  it("keeps units named the plan's: « j'ai validé UTC501 et UTC502, soit 6 ECTS, combien de temps pour la licence ? »", async () => {
    const [reply] = await repliesOf(["j'ai validé UTC501 et UTC502, soit 6 ECTS, combien de temps pour la licence ?"]);
    expect(reply).toMatch(/avec UTC501 et UTC502 déjà validées/);
    expect(reply).not.toMatch(/Vous dites avoir/);
  });
});

describe("after a grade, a question of something else no page answers", () => {
  it.each([
    ["I failed UTC504 with 7. How do I deal with stress?", /^No, 7\/20 is below the 10\/20 pass mark[\s\S]*For "How do I deal with stress", the answer is not in my sources/],
    ["J'ai eu 7 en UTC504. Comment gérer le stress ?", /^Non, 7\/20 est sous la moyenne[\s\S]*Pour « Comment gérer le stress », je n'ai pas la réponse dans mes sources/],
    ["J'ai eu 8 en NFA031. Qui corrige les copies ?", /^Non, 8\/20 est sous la moyenne[\s\S]*Pour « Qui corrige les copies », je n'ai pas la réponse dans mes sources/],
  ])("« %s » says the grade, then that the question is not in its sources (it was left unsaid)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });

  it.each(["J'ai eu 8 en NFA031, comment je fais maintenant ?", "I failed UTC504 with 7. What should I do next?"])("keeps « %s » the grade's alone", async (message) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/^(Non|No), \d\/20/);
    expect(reply).not.toMatch(/mes sources|my sources/);
  });
});

describe("hours said free, beside a check", () => {
  it.each([
    ["j'ai 20h de dispo, je peux faire UTC501 ?", /⏱️ Côté temps, vous dites avoir 20 h de libres : UTC501 compte 30 h de cours sur le semestre \(1 h 45 par semaine\)\. C'est plus que 20 h si ce sont vos heures pour tout le semestre\. Le travail personnel s'y ajoute/],
    ["j'ai 4h de dispo par semaine, je peux faire UTC501 et NFA031 ?", /UTC501 compte 30 h de cours sur le semestre \(1 h 45 par semaine\) et NFA031 compte 50 h de cours sur le semestre \(3 h 30 par semaine\)\. En tout, 5 h 15 de cours par semaine : c'est plus que vos 4 h\./],
    ["I have 10 free hours a week, can I take NFA031?", /As for time, you say you have 10 free hours a week: NFA031 is 50 class hours over the semester \(3 h 30 a week\)\. That is within your 10 h\. Personal work comes on top/],
  ])("« %s » weighs the units' class hours against them (the verdict alone said yes)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/^(Je regarde|Here is)[\s\S]*✅ (Oui|Yes)/);
    expect(reply).toMatch(reads);
  });

  it("says nothing of time when no hours are said: « Je peux faire NFA031 ? »", async () => {
    const [reply] = await repliesOf(["Je peux faire NFA031 ?"]);
    expect(reply).toMatch(/✅ Oui, vous pouvez vous inscrire à NFA031/);
    expect(reply).not.toMatch(/⏱️/);
  });
});
