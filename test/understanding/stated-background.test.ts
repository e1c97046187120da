import { describe, expect, it } from "vitest";
import { fallsShortOfAdvice, meetsAdvice } from "../../domain/eligibility/stated-level.rule";
import { adviceNamesSkill, readLackedSkills, readStatedBackground, type StatedBackground } from "../../domain/understanding/stated-background";

describe("readStatedBackground: what learners say of their studies", () => {
  it.each<[string, StatedBackground | undefined]>([
    ["j'ai un BTS compta, je peux m'inscrire à NFP121 ?", { said: "BTS compta", level: 2, field: "other" }],
    ["I have a bachelor's in history, can I take NFP107?", { said: "bachelor's in history", level: 3, field: "other" }],
    ["titulaire d'un DUT informatique", { said: "DUT informatique", level: 2, field: "computing" }],
    // A BUT (the DUT's successor, three years) is read with its field; a first year of it is one year done, not the diploma.
    ["j'ai un BUT informatique", { said: "BUT informatique", level: 3, field: "computing" }],
    ["J'ai validé ma première année de BUT informatique puis j'ai arrêté pour bosser.", { said: "BUT informatique, diplôme non terminé", level: 1, field: "computing", unfinished: true }],
    ["Diplômée d'un DUT Carrières sociales", { said: "DUT carrieres sociales", level: 2, field: "other" }],
    ["avec un bac+2 en biologie je peux faire NFE114 ?", { said: "bac+2 en biologie", level: 2, field: "science" }],
    ["j'ai une licence de droit", { said: "licence de droit", level: 3, field: "other" }],
    ["no bac+2 in IT, can i do nfp121", { said: "no bac+2 in IT", level: 2, field: "computing", lacks: true }],
    ["je n'ai pas le bac, je peux faire NFP107 ?", { said: "pas le bac", level: 0, lacks: true }],
    // "but" is a conjunction, not the BUT diploma; the degree comes later.
    ["I did some Python at uni but never Java. I have a bac+3 in biology", { said: "bac+3 in biology", level: 3, field: "science" }],
    ["je peux m'inscrire a NFA031 ?", undefined],
    // The diploma aimed at is not one held; « un diplôme » alone says nothing, unless the learner has none.
    ["en combien de temps je peux finir ma licence ?", undefined],
    ["I'd love to get the licence informatique", undefined],
    ["j'ai un diplôme, je peux faire NFA031 ?", undefined],
    ["I don't have any IT diploma", { said: "have any it diploma", field: "computing", lacks: true }],
  ])("%j", (text, background) => {
    expect(readStatedBackground(text)).toEqual(background);
  });
});

describe("fallsShortOfAdvice: stated studies against a unit's advised level", () => {
  const said = (text: string) => readStatedBackground(text) as StatedBackground;
  it.each<[string, string, boolean]>([
    ["j'ai un BTS compta", "Bac+2 informatique", true],
    ["j'ai un BTS SIO", "Bac+2 informatique", false],
    ["I have a bac+3 in biology", "Bac+2 informatique, savoir déjà programmer", true],
    ["avec un bac+2 en biologie", "Bac+2 informatique ou scientifique", false],
    ["j'ai un BTS informatique", "niveau Bac+3", true],
    ["j'ai un BTS", "Bac+4 ou expérience professionnelle", false],
    ["no bac+2 in IT", "Bac+2 informatique", true],
    ["je n'ai pas de master", "Bac+2 informatique", false],
    ["j'ai un bac+2", "Bac+2 informatique", false],
  ])("%j for « %s » → %s", (text, advice, short) => {
    expect(fallsShortOfAdvice(said(text), advice)).toBe(short);
  });
});

describe("meetsAdvice: stated studies that hold a unit's advised level of studies", () => {
  const said = (text: string) => readStatedBackground(text) as StatedBackground;
  it.each<[string, string, boolean]>([
    ["j'ai un BTS SIO SLAM", "premier cycle informatique validé", true],
    ["j'ai un BTS NDRC", "Bac+2", true],
    ["j'ai un BTS NDRC", "Bac+2 informatique", false],
    ["j'ai un BTS SIO", "niveau Bac+3", false],
    ["j'ai une licence en histoire", "Bac+2", true],
    ["je prépare un BTS SIO", "Bac+2 informatique", false],
    ["no bac+2 in IT", "Bac+2 informatique", false],
    ["j'ai un master en finance", "bases en systèmes d'exploitation, savoir lire du C", false],
    // Failed, still under way, or the level without the diploma: not weighed as held.
    ["J'ai raté mon BTS SIO", "premier cycle informatique validé", false],
    ["I have a BTS SIO but I failed the final exam", "Bac+2 informatique", false],
    ["j'ai une L3 en cours", "Bac+2", false],
    ["j'ai le niveau BTS mais pas le diplôme", "Bac+2", false],
    ["j'ai un BTS SIO, en cours de licence", "Bac+2 informatique", true],
  ])("%j for « %s » → %s", (text, advice, meets) => {
    expect(meetsAdvice(said(text), advice)).toBe(meets);
  });
  it("quotes a BTS's option in capitals (« BTS SIO », « BTS NDRC »), not a field in words (« DUT info »)", () => {
    expect(said("j'ai un BTS ndrc").said).toBe("BTS NDRC");
    expect(said("j'ai un DUT info").said).toBe("DUT info");
  });
});

describe("readLackedSkills: skills the learner says they lack", () => {
  it.each<[string, string[]]>([
    ["je n'ai jamais écrit une ligne de C", ["c"]],
    ["honestly I can't read C at all", ["c"]],
    ["je ne connais pas Java ni Python", ["java", "python"]],
    ["I've never used SQL", ["sql"]],
    ["je connais bien le C", []],
    ["I can't come on Mondays", []],
  ])("%j", (text, skills) => {
    expect(readLackedSkills(text).map((s) => s.skill)).toEqual(skills);
  });

  it("finds the skill in an advised level as a word, not inside another", () => {
    expect(adviceNamesSkill("savoir lire du C", "c")).toBe(true);
    expect(adviceNamesSkill("connaître un langage avancé (Java)", "java")).toBe(true);
    expect(adviceNamesSkill("Bac+2 scientifique", "c")).toBe(false);
  });
});

describe("a diploma left unfinished is not held", () => {
  it.each([
    ["J'ai fait la moitié d'un DUT info il y a 10 ans sans le finir", { said: "DUT info, diplôme non terminé", level: 1, unfinished: true }],
    ["I started a BTS in networking but never finished it", { said: "BTS in networking, not completed", level: 1, unfinished: true }],
    ["j'ai un BTS compta que j'ai jamais validé", { said: "BTS compta, diplôme non terminé", level: 1, unfinished: true }],
  ])("%j", (text, expected) => {
    expect(readStatedBackground(text)).toMatchObject(expected);
  });

  it("leaves the unfinished one that follows to itself: « un DUT info, pas fini la licence » holds the DUT", () => {
    const background = readStatedBackground("j'ai un DUT info, pas fini la licence, je peux entrer en L3");
    expect(background).toMatchObject({ said: "DUT info", level: 2, field: "computing" });
    expect(background?.unfinished).toBeUndefined();
  });
});
