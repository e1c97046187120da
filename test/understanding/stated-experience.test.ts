import { describe, expect, it } from "vitest";
import { experienceFit } from "../../domain/eligibility/ua-route.rule";
import { readStatedExperience, type StatedExperience } from "../../domain/understanding/stated-experience";

describe("readStatedExperience: what learners say of their working life", () => {
  it.each<[string, StatedExperience | undefined]>([
    ["je suis dev depuis 3 ans dans une ESN", { years: 3, yearsInComputing: 3 }],
    ["Ca fait 5 ans que je suis développeur sans diplome", { years: 5, yearsInComputing: 5 }],
    ["2 ans technicien réseau derriere moi, je veux préparer l'ingé cybersécurité", { years: 2, yearsInComputing: 2 }],
    ["I've worked in IT for five years", { years: 5, yearsInComputing: 5 }],
    ["un an d'expérience comme dev", { years: 1, yearsInComputing: 1 }],
    // The job named nearest the years decides: a bank is where the support technician works.
    ["technicien support depuis 6 ans dans une banque", { years: 6, yearsInComputing: 6 }],
    // Years in the field said apart from the total.
    ["J'ai 4 ans d'expérience au total mais seulement 1 an comme développeur, le reste en support.", { years: 4, yearsInComputing: 1 }],
    // A job outside computing, even with the diploma aimed at in the same sentence.
    ["je travaille dans la logistique depuis 12 ans, la licence informatique ça se fait ?", { years: 12, yearsInComputing: 0 }],
    ["je suis magasinier depuis 10 ans. J'ai toujours voulu faire de l'informatique", { years: 10, yearsInComputing: 0 }],
    // A job whose field no list knows: the years, not where they were spent.
    ["je suis conducteur de train depuis 7 ans", { years: 7 }],
    // An age, a date, a length asked, years of study: no experience said.
    ["j'ai 34 ans et je veux faire la licence", undefined],
    ["j'ai fini mes études il y a deux ans", undefined],
    ["en 2 ans je peux finir la licence ?", undefined],
    ["je suis auditeur depuis 2 ans au cnam", undefined],
    // A length in brackets after a job is how long it was held; after a child it is an age.
    ["Depuis je suis développeur front-end (8 ans).", { years: 8, yearsInComputing: 8 }],
    ["ma fille (8 ans) est malade", undefined],
    ["I work as a sysadmin for a hosting company (4 years, mostly Linux).", { years: 4, yearsInComputing: 4 }],
    // Each length is of the job named nearest it, not of the first number of the sentence.
    ["comptable (12 ans), puis dev (2 ans)", { years: 12, yearsInComputing: 2 }],
    // A half year said in words.
    ["technicien réseau depuis 2 ans et demi dans une ESN", { years: 2.5, yearsInComputing: 2.5 }],
    ["I've been a sysadmin for 2 and a half years", { years: 2.5, yearsInComputing: 2.5 }],
  ])("%j → %j", (text, expected) => {
    // (The years of a job named, `inAJob`, have their own table below.)
    const { inAJob: _ofAJob, ...read } = readStatedExperience(text) ?? {};
    expect(expected === undefined ? readStatedExperience(text) : read).toEqual(expected);
  });
});

describe("readStatedExperience: the years of a job named, not of living somewhere, of a marriage or of a diploma held", () => {
  it.each<[string, number | undefined]>([
    ["je suis vendeur depuis 10 ans", 10],
    ["technicien support depuis 6 ans dans une banque", 6],
    ["J'habite en France depuis 10 ans", undefined],
    ["I've been married for 4 years", undefined],
    ["j'ai mon BTS depuis 5 ans", undefined],
  ])("%j → %s", (text, years) => {
    expect(readStatedExperience(text)?.inAJob).toBe(years);
  });
});

describe("experienceFit: a diploma's experience requirement applied to years of work", () => {
  it("meets the licence L3's year in the field, or needs it said to be in the field", () => {
    expect(experienceFit("licence-l3", { years: 3, yearsInField: 3 }).dossier).toBe("met");
    expect(experienceFit("licence-l3", { years: 3 }).dossier).toBe("if-in-field");
    expect(experienceFit("licence-l3", { years: 8, yearsInField: 0 }).dossier).toBe("short");
  });

  it("weighs the engineer's two thresholds apart: 2 years to apply, 3 with 2 in the speciality at the defence", () => {
    expect(experienceFit("ingenieur", { years: 2, yearsInField: 2 })).toMatchObject({ admission: "met", dossier: "short" });
    expect(experienceFit("ingenieur", { years: 4, yearsInField: 1 })).toMatchObject({ admission: "met", dossier: "short" });
    expect(experienceFit("ingenieur", { years: 1 })).toMatchObject({ admission: "short", dossier: "short" });
    expect(experienceFit("ingenieur", { years: 5, yearsInField: 5 })).toMatchObject({ admission: "met", dossier: "met" });
  });

  it("asks no field for a bac+2: two years of any work", () => {
    expect(experienceFit("bac+2", { years: 2 }).dossier).toBe("met");
    expect(experienceFit("bac+2", { years: 1 }).dossier).toBe("short");
  });
});

describe("years of writing code in a language are years in computing", () => {
  it.each([
    ["I've been writing Java professionally for 5 years. Can I skip NFA031 and go straight into NFA032?", 5],
    ["je code en python depuis 2 ans", 2],
  ])("%j", (text, years) => {
    expect(readStatedExperience(text)).toMatchObject({ years, yearsInComputing: years });
  });
});
