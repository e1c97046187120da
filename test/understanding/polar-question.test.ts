import { describe, expect, it } from "vitest";
import type { ContentEntry } from "../../domain/knowledge/content-entry.schema";
import { deniesWhatClaimStates, isPolarQuestion, negations } from "../../domain/understanding/polar-question";
import { createUnderstanding } from "../../domain/understanding/understanding";

describe("yes/no questions", () => {
  it.each([
    "Les heures comprennent-elles le travail personnel ?",
    "est-ce que les heures comprennent le travail perso",
    "les cours sont gratuits ?",
    "peut-on suivre une UE sans diplôme ?",
    "Do the 30 hours of a 3 ECTS unit include homework?",
    "is there an exam at the end?",
    "can I take a US on its own?",
  ])("reads %j as a yes/no question", (text) => {
    expect(isPolarQuestion(text)).toBe(true);
  });

  it.each([
    "Combien d'heures pour 6 ECTS ?",
    "c'est quoi une UE ?",
    "What is a UE?",
    "how do I enrol?",
    "quand ont lieu les examens ?",
    "Quelles UE choisir ?",
    // Two ways, which one: not a yes or a no.
    "je peux aller directement en master ou il faut un autre diplôme avant ?",
  ])(
    "reads %j as an open question",
    (text) => {
      expect(isPolarQuestion(text)).toBe(false);
    },
  );

  it("takes « et si … ? » / \"what if …?\" for what happens then, not a yes/no question", () => {
    expect([isPolarQuestion("et si je chope 10 a la session 2 ?"), isPolarQuestion("what if I miss the exam?")]).toEqual([false, false]);
    // A yes/no question after the condition is one.
    expect([isPolarQuestion("si je rate l'examen je peux le repasser ?"), isPolarQuestion("If I have no experience, can I validate the UA?")]).toEqual([true, true]);
  });

  it("does not count a negation in a condition: it restricts the case, it does not deny what is asked", () => {
    expect(negations("Can I validate the UA with an internship if I don't have experience?")).toBe(0);
    expect(negations("si je n'ai pas 10, je ne peux pas repasser ?")).toBe(1);
    expect(negations("quand on n'a pas le niveau, peut-on quand même s'inscrire ?")).toBe(0);
  });

  it("counts negations, French and English", () => {
    expect([negations("les heures ne comprennent pas le travail"), negations("hours don't include homework"), negations("plus de 10 ans d'expérience")]).toEqual([1, 1, 0]);
  });
});

const ENTRY: ContentEntry = {
  id: "personal-work",
  questions: { fr: ["Les heures comprennent-elles le travail personnel ?", "Faut-il travailler en plus des cours ?"], en: ["Do the hours include personal work?", "Is there work on top of classes?"] },
  answer: {
    fr: "Le volume horaire de référence compte les heures d'enseignement, hors temps de travail personnel.",
    en: "The reference hours count teaching hours, not personal study time.",
  },
  claims: [
    { fr: "Les heures de référence comprennent le travail personnel", en: "The reference hours include personal work", holds: false },
    { fr: "Il faut prévoir du travail personnel en plus des cours", en: "Personal work comes on top of classes", holds: true },
  ],
  tags: ["credits"],
  source: "test",
  reviewBy: "2030-01-01",
};
const OTHER: ContentEntry = {
  id: "ue-definition",
  questions: { fr: ["C'est quoi une UE ?", "Qu'est-ce qu'une unité d'enseignement ?"], en: ["What is a UE?", "What is a teaching unit?"] },
  answer: { fr: "Une UE est un module de formation, capitalisable.", en: "A UE is a training module, banked once passed." },
  tags: ["units"],
  source: "test",
  reviewBy: "2030-01-01",
};

describe("the true yes or no, from the entry's claims", () => {
  const understanding = createUnderstanding([ENTRY, OTHER]);
  const verdictOf = (text: string) => {
    const { intent } = understanding.understand(text);
    return intent.kind === "answer" ? intent.answer.verdict ?? "none" : intent.kind;
  };

  it.each([
    ["Les heures comprennent le travail personnel ?", "no"],
    ["Do the hours include personal work?", "no"],
    ["Les heures ne comprennent pas le travail personnel ?", "yes"],
    ["The hours don't include personal work, right?", "yes"],
    ["Faut-il prévoir du travail personnel en plus des cours ?", "yes"],
    ["Combien d'heures de travail personnel faut-il prévoir ?", "none"],
  ])("%j → %s", (text, verdict) => {
    expect(verdictOf(text)).toBe(verdict);
  });
});

describe("deniesWhatClaimStates: « sans » / \"without\" denying the action a claim states", () => {
  it.each<[string, string, boolean]>([
    ["je peux suivre des UE sans m'inscrire à un diplôme ?", "Il faut s'inscrire à un diplôme complet pour suivre une UE", true],
    ["can I take units without enrolling in a diploma?", "You must enrol in a whole diploma to take a unit", true],
    // The claim says « sans » of the same action: read as it is.
    ["je peux suivre une UE sans viser de diplôme ?", "On peut suivre une UE sans viser de diplôme", false],
    // What « sans » denies is not what the claim states.
    ["on peut s'inscrire à une US sans être dans le diplôme ?", "On peut s'inscrire directement à une US", false],
    ["faut-il s'inscrire à un diplôme pour suivre une UE ?", "Il faut s'inscrire à un diplôme complet pour suivre une UE", false],
  ])("%j against %j → %s", (question, claim, expected) => {
    expect(deniesWhatClaimStates(question, claim)).toBe(expected);
  });
});
