import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("a plan asked for a diploma in the learner's words starts the plan", () => {
  it.each([
    ["tu peux me faire un planning pour la licence ?", /^Sans votre dossier, je fais un plan indicatif[\s\S]*Quelles UE avez-vous déjà validées \?/],
    ["je veux un emploi du temps pour finir ma licence", /^Sans votre dossier, je fais un plan indicatif[\s\S]*Quelles UE avez-vous déjà validées \?/],
    ["peux-tu me proposer un parcours pour la licence", /^Sans votre dossier, je fais un plan indicatif/],
    ["je voudrais étaler la licence sur 3 ans, ça donne quoi ?", /^Sans votre dossier, je fais un plan indicatif/],
    ["organise moi mes semestres pour le diplome d'ingenieur", /^Sans votre dossier, je fais un plan indicatif[\s\S]*Pour quel diplôme dois-je planifier vos semestres \?/],
    ["help me plan my licence", /^Without your record, I make an indicative plan[\s\S]*Which units have you already passed\?/],
    ["can you build me a schedule to finish the engineering degree", /^Without your record, I make an indicative plan/],
  ])("plans « %s » (it offered the licence's access page, or did not know)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean|conditions d'accès/);
  });

  it.each([
    ["c'est quoi le programme de la licence ?", /^\*\*LG02501A — Licence informatique \(L3\)/],
    ["le planning de NFA031 ?", /^Cours de NFA031 — Programmation avec Java : notions de base :/],
  ])("keeps « %s » what it asks (what the diploma holds, a unit's timetable)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/plan indicatif/);
  });
});

describe("the plan's constraints question takes « nothing to change » in the words people use", () => {
  it.each([
    ["planifie mes semestres", "la licence", "aucune", "pas de contrainte", /^Votre plan pour Licence informatique \(L3\) \(LG02501A\)/],
    ["planifie mes semestres", "la licence", "aucune", "non rien", /^Votre plan pour Licence informatique \(L3\) \(LG02501A\)/],
    ["planifie mes semestres", "la licence", "aucune", "ça marche", /^Votre plan pour Licence informatique \(L3\) \(LG02501A\)/],
    ["plan my studies", "the licence", "none yet", "no constraints", /^Your plan for Licence informatique \(L3\) \(LG02501A\)/],
    ["plan my studies", "the licence", "none yet", "that works", /^Your plan for Licence informatique \(L3\) \(LG02501A\)/],
  ])("« %s », « %s », « %s », then « %s » gives the plan (it did not understand the availability)", async (first, second, third, fourth, reads) => {
    const replies = await repliesOf([first, second, third, fourth]);
    expect(replies[3]).toMatch(reads);
    expect(replies[3]).not.toMatch(/pas compris vos disponibilités|did not understand your availability/);
  });

  it("keeps a constraint said at that question: « pas le samedi » plans without Saturdays", async () => {
    const replies = await repliesOf(["planifie mes semestres", "la licence", "aucune", "pas le samedi"]);
    expect(replies[3]).toMatch(/^Votre plan pour Licence informatique/);
    expect(replies[3]).toMatch(/pas le samedi/);
    expect(replies[3]).not.toMatch(/le samedi de 9h/);
  });
});
