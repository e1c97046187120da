import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a unit said failed with no grade: not validated, then each session's way on", () => {
  it.each([
    ["j'ai pas eu la moyenne à NFA032, je fais quoi", /^Sans au moins 10\/20, les crédits de NFA032 ne sont pas acquis\. Si c'était la session 1, vous pouvez repasser l'examen en session 2, sans nouvelle inscription\. Si c'était déjà la session 2 \(le rattrapage\), inscrivez-vous de nouveau à NFA032/],
    ["j'ai raté NFA032", /^Sans au moins 10\/20, les crédits de NFA032 ne sont pas acquis/],
    ["I failed NFA032, what should I do?", /^Without at least 10\/20, the credits of NFA032 are not earned\. If it was session 1, you can sit the exam again at session 2/],
  ])("« %s » (suggestions, or the unit's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean|Unité d'enseignement \(UE\)/);
  });

  it.each([
    ["I failed NFA032, what should I do?", "it was the resit", /^Without at least 10\/20 at session 2 \(or absent from both sessions\), the unit is not validated/],
    ["j'ai raté NFA032", "c'était la session 1", /^La session 2 est ouverte à ceux qui étaient absents à la session 1 ou qui y ont eu moins de 10\/20/],
    ["j'ai raté NFA032", "8", /^Non, 8\/20 est sous la moyenne de 10\/20/],
  ])("keeps its promise: after « %s », « %s » is read", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
  });

  it("keeps a check asked after a unit failed: « j'ai raté NFA031, je peux faire NFA032 ? »", async () => {
    const reply = await replyTo("j'ai raté NFA031, je peux faire NFA032 ?");
    expect(reply).toMatch(/vous dites ne pas avoir validé NFA031/);
    expect(reply).not.toMatch(/^Sans au moins 10\/20/);
  });
});

describe("SMS spellings", () => {
  it.each([
    ["jveu parler a kelkun", /conseiller/],
    ["jpeux faire nfa032 si jai pa nfa031", /vous dites ne pas avoir validé NFA031[\s\S]*NFA032/],
    ["tro dur nfa032?", /^(Mes sources ne disent pas cela de NFA032|Pour NFA032, je n.ai pas dans mes sources sa difficulté)/],
  ])("« %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/vous inscrire à NFA031|Unité d'enseignement \(UE\)/);
  });
});

describe("the review's cases keep their reply", () => {
  it.each([
    ["le programme pour la licence c'est quoi exactement ?", /^\*\*LG02501A — Licence informatique \(L3\)/],
    ["quel parcours pour la licence si j'ai un BTS SIO ?", /LG02501A[\s\S]*DUT\/BTS/],
    ["please lay out the licence requirements", /DUT|BTS/],
    ["give me a plan for the degree fees", /amount|montant/],
    ["il faut quoi pour passer en session 2 de NFA031 ?", /session 2/i],
    ["faut quoi pour faire NFA031 à distance ?", /FOAD/],
    ["il y a des TD de NFA031 le samedi ?", /samedi/],
    ["c'est ou les cours de NFA031 en ligne ?", /FOAD/],
    ["qui organise la formation ?", /^Je ne suis pas sûr d'avoir compris\. Vouliez-vous dire/],
  ])("« %s » is no plan, and no detail not held", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/plan indicatif|indicative plan|répartition de ses séances|salle ni l'adresse|^Prérequis de NFA031/);
  });

  it("« top, c'est quoi la FOAD ? » at the plan's constraints question answers the question, not the plan", async () => {
    const replies = await repliesOf(["planifie mes semestres", "la licence", "aucune", "top, c'est quoi la FOAD ?"]);
    expect(replies[3]).toMatch(/distance/);
    expect(replies[3]).not.toMatch(/^Votre plan pour/);
  });

  it("« j'ai 20 ECTS, si j'en prends 2 par semestre » reads no pace of 2 ECTS", async () => {
    const reply = await replyTo("j'ai 20 ECTS, si j'en prends 2 par semestre combien de temps pour 60 ?");
    expect(reply).not.toMatch(/(?<!\d)2 ECTS par semestre|(?<!\d)20 semestres/);
    expect(reply).toMatch(/^Avec 20 ECTS déjà acquis, il en reste 40 pour 60\. À 2 UE par semestre/);
  });

  it("two options of one group passed leave two to choose, each from another group", async () => {
    const reply = await replyTo("j'ai validé NFP119 et NFP121, à 2 UE par semestre combien de temps pour la licence ?");
    expect(reply).toMatch(/^Licence informatique \(L3\) — 9 UE de cours encore à suivre[\s\S]*2 au choix[\s\S]*au moins 5 semestres/);
  });

  it("« sans avoir eu NFA031 » is NFA031 not done", async () => {
    const reply = await replyTo("je peux faire NFA032 sans avoir eu NFA031 ?");
    expect(reply).toMatch(/vous dites ne pas avoir validé NFA031/);
  });
});

describe("after the sealed set's run (not blind): one of its false replies", () => {
  it.each([
    ["J'ai eu 12 à GLG105 mais je vise un bon dossier, je peux repasser à la session 2 pour monter ma note ?", /^Non : la session 2 est réservée aux absents et aux notes sous 10\/20/],
    ["I got 11 in NFA031, can I resit to bump it up?", /^No: session 2 is only for those absent or below 10\/20/],
  ])("« %s » gets the no first (it said « Oui, … validée », read as a yes to sitting it again)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Yes)/);
  });

  it("keeps « j'ai eu 8, ça va monter ma moyenne si je repasse ? » a grade below the pass mark", async () => {
    expect(await replyTo("j'ai eu 8, ça va monter ma moyenne si je repasse ?")).toMatch(/^Non, 8\/20 est sous la moyenne de 10\/20/);
  });
});
