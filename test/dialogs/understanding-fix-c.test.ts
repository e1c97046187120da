import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("jobs said one after the other, added up for the UA", () => {
  it("adds 8 months as a developer and 6 months in IT support: 14 months, the licence L3's year in the field (it said « 6 months », not by a report)", async () => {
    const [reply] = await repliesOf([
      "I worked 8 months on a fixed-term contract as a junior developer, then 6 months as an IT support technician. I'm starting the licence L3 directly with my BTS this autumn. Will my experience count for the UA, or do I need to do an internship?",
    ]);
    expect(reply).toMatch(/^Yes: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 14 months of experience in IT: you validate it with a report/);
    expect(reply).not.toMatch(/Not through an experience report|you mention 6 months/);
  });

  it("says the same in French", async () => {
    const [reply] = await repliesOf([
      "J'ai travaillé 8 mois en CDD comme développeur junior, puis 6 mois comme technicien support informatique. J'entre directement en licence L3 avec mon BTS cet automne. Mon expérience va compter pour l'UA, ou je dois faire un stage ?",
    ]);
    expect(reply).toMatch(/^Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 14 mois d'expérience dans l'informatique : vous la validez par un dossier/);
    expect(reply).not.toMatch(/Pas par un dossier|vous dites 6 mois|vous dites 8 mois/);
  });

  it("adds 18 months of alternance and a year in CDI: 2.5 years, enough to apply to the engineering degree; 3 (2 in the speciality) at the defence", async () => {
    const [reply] = await repliesOf([
      "J'ai fait 18 mois d'alternance comme administrateur réseau pendant mon BTS, puis un an en CDI dans la même équipe. Je vise le diplôme d'ingénieur en cybersécurité en cours du soir. Est-ce que j'ai assez d'expérience pour candidater, et il en faudra combien à la fin ?",
    ]);
    expect(reply).toMatch(/^Oui pour candidater : Diplôme d'ingénieur[^\n]*demande 2 ans d'expérience à la candidature, et vous dites 2,5 ans d'expérience dans l'informatique\. Pour la soutenance du mémoire, son UA UAEP04 \(18 ECTS\) demandera 3 ans d'expérience, dont 2 dans le domaine\./);
    expect(reply).not.toMatch(/Pas encore|vous dites 1 an\b|je n'ai pas la réponse/);
  });

  it("answers the English wording once, the end's requirement with it (« how much at the end » had got « I do not know »)", async () => {
    const [reply] = await repliesOf([
      "I did 18 months of work-study as a network administrator during my BTS, then a year on a permanent contract in the same team. I'm aiming for the cybersecurity engineering degree in evening classes. Do I have enough experience to apply, and how much will I need at the end?",
    ]);
    expect(reply).toMatch(/^Yes, to apply: [^\n]*requires 2 years of experience when applying, and you mention 2\.5 years of experience in IT\. For the thesis defence, its activity unit UAEP04 \(18 ECTS\) will require 3 years of experience, 2 of them in the field\./);
    expect(reply).not.toMatch(/not in my sources|Not yet/);
  });

  it.each<[string, RegExp, RegExp]>([
    // Jobs in two fields: the years in the field are those of the computing job alone.
    ["comptable pendant 12 ans puis dev pendant 8 mois, mon expérience compte pour l'UA de la licence ?", /^Pas par un dossier d'expérience : [^\n]*vous dites 12 ans d'expérience, dont 8 mois dans l'informatique/, /20 ans|12,67/],
    // « puis-je » asks: the same years said twice are not added.
    ["Je suis développeur depuis 3 ans, puis-je faire valoir mes 3 ans d'expérience pour l'UA de la licence ?", /^Oui : pour Licence informatique \(L3\)[^\n]*vous dites 3 ans d'expérience dans l'informatique/, /6 ans/],
    // What comes after « puis » planned, not done: no length added.
    ["Je suis développeur depuis 3 ans, ensuite je voudrais faire la licence pendant 2 ans, mon expérience compte pour l'UA ?", /vous dites 3 ans d'expérience dans l'informatique/, /5 ans/],
  ])("%j", async (user, expected, notExpected) => {
    const [reply] = await repliesOf([user]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(notExpected);
  });
});

describe("the UA's credits and whether a length of work counts, asked together", () => {
  it("names UAALOT and its 17 ECTS, and says 12 months of alternance count when in the field (it gave the licence's card alone)", async () => {
    const [reply] = await repliesOf(["Combien de crédits pour l'UA de la licence, et mon alternance de 12 mois ça compte ?"]);
    expect(reply).toMatch(/^Cela dépend du domaine de cette expérience : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 1 an d'expérience\. Si elle est dans le domaine, vous validez l'UA par un dossier d'expérience ; sinon, par un projet d'application professionnelle pendant un stage de 6 mois\./);
    expect(reply).not.toMatch(/^\*\*LG02501A|je n'ai pas la réponse/);
  });

  it.each<[string, RegExp]>([
    ["mon alternance de 12 mois ça compte pour l'UA de la licence ?", /^Cela dépend du domaine de cette expérience : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\)/],
    ["How many credits is the licence's UA, and does my 12-month work-study count?", /UAALOT[\s\S]*It depends on the field of that experience: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 1 year of experience\./],
    ["does my 12-month work-study count for the licence's UA?", /^It depends on the field of that experience: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\)/],
  ])("%j", async (user, expected) => {
    const [reply] = await repliesOf([user]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/reference hours|not sure I understood|pas sûr d'avoir compris|je n'ai pas la réponse/);
  });

  it("says yes when the 12 months are said in computing", async () => {
    const [reply] = await repliesOf(["Combien de crédits pour l'UA de la licence, et mon alternance de 12 mois comme développeur ça compte ?"]);
    expect(reply).toMatch(/^Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 1 an d'expérience dans l'informatique/);
  });
});

describe("the how of one's own UA, after what a UA is", () => {
  it("gives the dossier (context, position, activity, skills) or, experience falling short, the project during an internship (it said « je ne sais pas »)", async () => {
    const [, how] = await repliesOf(["c'est quoi une UA ?", "d'accord, et concrètement je fais comment pour la mienne ?"]);
    expect(how).toMatch(/^Pour faire reconnaître votre activité professionnelle, vous rédigez un dossier qui présente\s+votre expérience : le contexte[\s\S]*position dans\s+l'organisation[\s\S]*compétences[\s\S]*Si votre\s+expérience est insuffisante ou sans rapport avec la spécialité, l'UA se valide plutôt par un\s+projet d'application professionnelle, mené pendant un stage en entreprise\./);
    expect(how).not.toMatch(/Je ne sais pas|je préfère ne pas deviner/);
  });

  it.each([
    [["c'est quoi une UA ?", "d'accord, et concrètement je fais comment ?"], /^Pour faire reconnaître votre activité professionnelle, vous rédigez un dossier[\s\S]*projet d'application professionnelle/],
    [["what is a UA?", "ok, and concretely how do I do mine?"], /^To have your professional activity recognised, you write a report[\s\S]*context[\s\S]*position in the organisation[\s\S]*professional application project, carried\s+out during a company internship\./],
  ])("%j", async (turns, expected) => {
    const [, how] = await repliesOf(turns);
    expect(how).toMatch(expected);
    expect(how).not.toMatch(/I do not know|Je ne sais pas/);
  });

  it("keeps the page on the project for one who says their experience falls short", async () => {
    const [, how] = await repliesOf(["c'est quoi une UA ?", "et le stage je fais comment ?"]);
    expect(how).toMatch(/^Si votre expérience professionnelle est insuffisante ou sans rapport avec la spécialité,\s+l'UA se valide par un projet d'application professionnelle/);
  });
});
