import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

/** The content's page on prerequisites in general, which answered the parts asked of named units. */
const PREREQUISITES_PAGE = /Les conditions d'accès et les prérequis sont indiqués sur la fiche de chaque UE/;

describe("a part asked of the units named before answers from the catalog, not from a page", () => {
  it("checks NFP119 without NFA040 and NFA041: only advised, the level expected said (it got the page on prerequisites)", async () => {
    const reply = await replyTo(
      "Bonsoir, je suis développeur front depuis deux ans, autodidacte. NFP119 ça fait combien d'heures, et je peux la suivre sans avoir fait NFA040 et NFA041 ?",
    );
    expect(reply).toMatch(/^NFP119 — Programmation fonctionnelle : des concepts aux applications web : Une UE de 6 ECTS correspond à 50 heures/);
    expect(reply).toMatch(/\nNFA040 et NFA041 ne sont que conseillées avant NFP119, pas exigées : aucune règle ne bloque l'inscription sans elles\./);
    expect(reply).toMatch(/✅ Oui, si vous avez le niveau attendu \(niveau NFA031 et NFA032\)/);
    expect(reply).not.toMatch(PREREQUISITES_PAGE);
    expect(reply).not.toMatch(/attend ce niveau \(NFA040/);
  });

  it('says so in English: "can I take it without having done NFA040 and NFA041?"', async () => {
    const reply = await replyTo("How many hours is NFP119, and can I take it without having done NFA040 and NFA041?");
    expect(reply).toMatch(/NFA040 and NFA041 are only advised before NFP119, not required/);
    expect(reply).toMatch(/✅ Yes, if you have the expected level \(niveau NFA031 et NFA032\)/);
    expect(reply).not.toMatch(/expects that level \(NFA040/);
  });

  it("gives each unit's prerequisites for « l'une ou l'autre », after the total of hours (it got the page on prerequisites)", async () => {
    const reply = await replyTo("Je regarde NFA031 et UTC505 pour commencer. Ça fait combien d'heures au total, et est-ce qu'il faut des prérequis pour l'une ou l'autre ?");
    expect(reply).toMatch(/Au total : 80 heures de cours de référence \(72-88 h\), hors travail personnel, pour 9 ECTS\./);
    expect(reply).toMatch(/Prérequis de NFA031 \(Programmation avec Java : notions de base\) : aucun prérequis formel\./);
    expect(reply).toMatch(/Prérequis de UTC505 \([^)]*\) : aucun prérequis formel\./);
    expect(reply).not.toMatch(PREREQUISITES_PAGE);
  });

  it('does the same for "either of them"', async () => {
    const reply = await replyTo("I'm looking at NFA031 and UTC505 to start. How many hours in total, and are there prerequisites for either of them?");
    expect(reply).toMatch(/In total: 80 reference class hours/);
    expect(reply).toMatch(/Prerequisites of NFA031 [^\n]*: no formal prerequisite\.[\s\S]*Prerequisites of UTC505 [^\n]*: no formal prerequisite\./);
  });
});

describe("experience said to count for the UA", () => {
  it("answers both the L3 access and whether the years of support count for UAALOT (the second question was dropped)", async () => {
    const reply = await replyTo(
      "Bonjour, j'ai un DUT informatique obtenu il y a 6 ans et depuis je suis technicien support niveau 2 dans une ESN. Je peux entrer directement en L3 au Cnam, et mes années de support peuvent compter pour l'unité d'expérience ?",
    );
    expect(reply).toMatch(/^Oui, d'après ce que vous dites \(DUT informatique\), vous avez le profil attendu pour entrer en LG02501A/);
    expect(reply).toMatch(/\nOui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 6 ans d'expérience dans l'informatique/);
  });

  it('reads "6 years ago and since then I\'ve been a support technician" as 6 years in IT', async () => {
    const reply = await replyTo(
      "Hi, I have a French DUT in computing from 6 years ago and since then I've been a level 2 support technician. Can I go straight into the L3, and my years in support can count for the experience unit?",
    );
    expect(reply).toMatch(/^Yes, from what you say \(DUT in computing\)/);
    expect(reply).toMatch(/\nYes: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 6 years of experience in IT/);
  });

  it.each([
    ["Je suis développeur depuis 3 ans en CDI. Mon expérience peut valider l'UA de la licence ?", /^Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 3 ans d'expérience dans l'informatique/],
    ["Je suis développeur depuis 3 ans. Mon expérience peut-elle valider l'UA de la licence ?", /^Oui : pour Licence informatique \(L3\), son UA UAALOT/],
    ["I've been a developer for 3 years on a permanent contract. Can my experience validate the licence's UA?", /^Yes: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 3 years/],
    // Years outside the field: the same requirement, weighed the other way.
    ["Je suis vendeuse depuis 3 ans. Mon expérience peut valider l'UA de la licence ?", /^Pas par un dossier d'expérience : pour Licence informatique \(L3\), son UA UAALOT/],
  ])("weighs « %s » against UAALOT (it got suggestions)", async (message, verdict) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(verdict);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("gives the project during an internship to « pas assez d'expérience … il se passe quoi dans ce cas ? » (it got where classes take place)", async () => {
    const fr = await replyTo("On m'a dit que je n'avais pas assez d'expérience professionnelle pour l'UA. Il se passe quoi dans ce cas ?");
    expect(fr).toMatch(/^Si votre expérience professionnelle est insuffisante ou sans rapport avec la spécialité, l'UA se valide par un projet d'application professionnelle\. Ce projet se réalise pendant un stage en entreprise\./);
    expect(fr).not.toMatch(/lieu de chaque UE|emploi du temps/);
    const en = await replyTo("I was told I don't have enough work experience for the UA. What happens in that case?");
    expect(en).toMatch(/^If your work experience is too short or unrelated to the speciality, the UA is validated through a professional application project/);
  });

  it("keeps the dossier's page when the dossier is what is asked", async () => {
    expect(await replyTo("Je n'ai pas assez d'expérience pour l'UA, c'est quoi le dossier ?")).toMatch(/^Pour faire reconnaître votre activité professionnelle, vous rédigez un dossier/);
  });
});

describe("units looked for on what the situation says", () => {
  it("finds CFA109 and GFN106 for accounting and a company's figures (it got the session 2 page)", async () => {
    const reply = await replyTo(
      "Je suis assistante de direction depuis 15 ans et j'aimerais mieux comprendre la comptabilité et les chiffres de l'entreprise, sans forcément viser un diplôme. Je n'ai pas fait d'études après le bac. Vous avez des cours qui pourraient m'aller ?",
    );
    expect(reply).toMatch(/^Les UE du catalogue qui en parlent :/);
    expect(reply).toMatch(/\n- CFA109 — Information comptable et management/);
    expect(reply).toMatch(/\n- GFN106 — Pilotage financier de l'entreprise/);
    expect(reply).not.toMatch(/session 2|ESC101/);
  });

  it("still finds ESC101 for « études de marché »", async () => {
    expect(await replyTo("je cherche un cours sur les études de marché")).toMatch(/\n- ESC101 — Mercatique I : études de marché et data/);
  });

  it("finds FPG114 Outils RH at a distance for « il existe quelque chose à distance ? » (it got the page on choosing units)", async () => {
    const reply = await replyTo("Je suis RH dans une PME et je voudrais me former aux outils RH sans quitter mon poste. Il existe quelque chose à distance ?");
    expect(reply).toMatch(/^Les UE du catalogue sur « outils RH » à distance \(FOAD\) :\n- FPG114 — Outils RH \(6 ECTS, à distance : S1 et S2\)/);
    expect(reply).not.toMatch(/répertoriées par domaine professionnel/);
  });

  it("keeps funding out of it: « j'ai besoin d'un financement pour ma formation, il existe quelque chose ? »", async () => {
    const reply = await replyTo("J'ai besoin d'un financement pour ma formation, il existe quelque chose ?");
    expect(reply).toMatch(/financement/);
    expect(reply).not.toMatch(/Les UE du catalogue/);
  });
});

describe("the three kinds of unit, and a pace to a goal", () => {
  it.each([
    ["Bonjour, je découvre le Cnam. Une UE, une UA et une US, concrètement ça change quoi pour moi ?", [/^Une unité d'enseignement \(UE\) est un module de formation/, /\nUne unité d'activité \(UA\) fait entrer votre activité professionnelle dans un diplôme/, /\nLes unités spécifiques \(US\) sont des enseignements indissociables/]],
    ["A UE, a UA and a US, what difference does it make for me?", [/^A teaching unit \(UE/, /\nAn activity unit \(UA/, /\nSpecific units \(US/]],
  ])("explains each kind for « %s » (it got suggestions with the US only)", async (message, pages) => {
    const reply = await replyTo(message);
    for (const page of pages) expect(reply).toMatch(page);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("keeps « une UE et une UA, ça change quoi pour les crédits ? » as it was read (one page)", async () => {
    const reply = await replyTo("Une UE et une UA, ça change quoi pour les crédits ?");
    expect(reply).toMatch(/^Une unité d'activité \(UA\)/);
    expect(reply).not.toMatch(/Une unité d'enseignement \(UE\) est un module/);
  });

  it("counts 42 ECTS left at 12 a year: 3,5 years, 4 academic years (it started the planning flow)", async () => {
    const fr = await replyTo("J'ai déjà 18 ECTS de la licence. Si je fais 12 crédits par an, combien d'années pour arriver aux 60 ?");
    expect(fr).toMatch(/^Avec 18 ECTS déjà acquis, il en reste 42 pour 60\. À 12 ECTS par an, 42 ECTS demandent 3,5 ans : 4 années universitaires, la dernière avec 6 ECTS\./);
    expect(fr).not.toMatch(/Quelles UE avez-vous déjà validées/);
    const en = await replyTo("I already have 18 ECTS of the licence. If I do 12 credits a year, how many years to get to the 60?");
    expect(en).toMatch(/^With 18 ECTS already earned, 42 are left for 60\. At 12 ECTS a year, 42 ECTS take 3\.5 years: 4 academic years, the last one with 6 ECTS\./);
  });

  it("says whole years as before when the pace divides the credits", async () => {
    expect(await replyTo("je fais 12 crédits par an, combien d'années pour 60 crédits ?")).toMatch(/^À 12 ECTS par an, 60 ECTS demandent 5 ans\.\n/);
  });
});

describe("what one would study in a diploma named before", () => {
  it.each([
    [
      "I'm 29, I have a French BTS in electronics and I've worked 4 years as a network technician in a hospital. I'm thinking about an engineering degree in cybersecurity at the Cnam, in evening classes. Do I have enough experience to apply, and what would I have to study?",
      /^Yes, to apply: Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité/,
      /\n\*\*CYC9106A — Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité \(hors temps de travail\): 78 ECTS/,
    ],
    [
      "J'ai 29 ans, un BTS électronique et 4 ans comme technicien réseau. Je vise le diplôme d'ingénieur en cybersécurité. Est-ce que j'ai assez d'expérience pour candidater, et qu'est-ce que je devrais étudier ?",
      /^Oui pour candidater : Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité/,
      /\n\*\*CYC9106A — Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité \(hors temps de travail\) : 78 ECTS/,
    ],
  ])("gives CYC9106A's blocks after the experience (it had no sure answer)", async (message, experience, blocks) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(experience);
    expect(reply).toMatch(blocks);
    expect(reply).toMatch(/Tronc commun \(UTC501 à UTC505\)/);
    expect(reply).not.toMatch(/no sure answer|je n'ai pas la réponse/);
  });

  it("leaves a unit's exam to its own reading: « What would I have to study to pass RSX101? » gets no diploma", async () => {
    expect(await replyTo("What would I have to study to pass RSX101?")).not.toMatch(/\*\*(LG02501A|CYC91)/);
  });
});
