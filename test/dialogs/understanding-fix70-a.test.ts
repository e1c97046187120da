import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("what a kind of unit is, its credits told, is the content's", () => {
  it.each([
    ["Someone told me the licence has a 'UA' worth 17 credits but no classes. What is that thing?", /^An activity unit \(UA, "unité d'activité"\) brings your work experience into a diploma[\s\S]*UAALOT for the computer science licence \(17 ECTS/],
    ["la licence a une UA de 17 crédits sans cours, c'est quoi ?", /^Une unité d'activité \(UA\) fait entrer votre activité professionnelle dans un diplôme[\s\S]*UAALOT pour la licence informatique \(17 ECTS/],
  ])("explains the UA to « %s » (it gave the hours table, « no reference volume for 17 ECTS »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/reference volume|volume horaire de référence|Reference class hours|22 h/);
  });

  it.each([
    ["17 ECTS c'est combien d'heures ?", /^Il n'existe pas de volume horaire de référence pour 17 ECTS/],
    ["une UE de 6 crédits, c'est quoi en heures ?", /^Une UE de 6 ECTS correspond à 50 heures/],
    ["6 ECTS c'est quoi ?", /^Une UE de 6 ECTS correspond à 50 heures/],
  ])("keeps « %s » a conversion", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("two amounts compared get a yes or no first", () => {
  it.each([
    ["Is one 6 ECTS unit the same amount of class time as two 3 ECTS units?", /^No: one 6-ECTS unit = 50 h \(45-55 h\), against 2 units of 3 ECTS = 2 × 30 h = 60 h \(54-66 h\)/],
    ["6 ECTS c'est pareil que deux UE de 3 ECTS ?", /^Non : une UE de 6 ECTS = 50 h \(45-55 h\), contre 2 UE de 3 ECTS = 2 × 30 h = 60 h \(54-66 h\)/],
    ["une UE de 8 ECTS c'est plus que deux UE de 4 ?", /^Non : une UE de 8 ECTS = 65 h [\s\S]*contre 2 UE de 4 ECTS = 2 × 40 h = 80 h/],
  ])("answers « %s » on the reference hours (it added both sides up: 110 h)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/110|In total|Au total|^(Yes|Oui)/);
  });

  it("keeps a sum a sum: « 2 UE de 3 crédits et une de 6, ça fait combien d'heures ? »", async () => {
    expect(await replyTo("2 UE de 3 crédits et une de 6, ça fait combien d'heures ?")).toMatch(/Au total : 110 heures de cours de référence/);
  });
});

describe("a count of the units before, said alone, multiplies them", () => {
  it.each([
    ["une UE de 4 crédits c'est combien d'heures ?", "et trois comme ça ?", /^3 UE de 4 ECTS = 120 h\nAu total : 120 heures de cours de référence \(108-132 h\)[^\n]*12 ECTS/],
    ["une UE de 4 crédits c'est combien d'heures ?", "et pour deux ?", /^2 UE de 4 ECTS = 80 h/],
    ["how many hours is a 4-credit unit?", "and three of them?", /^3 units of 4 ECTS = 120 h\nIn total: 120 reference class hours \(108-132 h\)/],
    ["une UE de 4 crédits c'est combien d'heures ?", "et si j'en prends 3 ?", /^3 UE de 4 ECTS = 120 h/],
  ])("after « %s », « %s » is that many units (it searched the catalog: UAAD91 « trois tentatives »)", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/UAAD91|catalogue qui en parlent/);
  });

  it("keeps « et 3 ? » another value", async () => {
    const [, reply] = await repliesOf(["une UE de 4 crédits c'est combien d'heures ?", "et 3 ?"]);
    expect(reply).toMatch(/^Une UE de 3 ECTS correspond à 30 heures/);
  });
});

describe("units named at a pace take semesters", () => {
  it("answers « une UE par semestre … UTC501 à UTC505 » with 5 semesters and the catalog's terms (it gave each unit's hours)", async () => {
    const reply = await replyTo("Si je ne prends qu'une UE par semestre, il me faut combien de temps pour faire UTC501 à UTC505 ?");
    expect(reply).toMatch(/^À une UE par semestre, 5 UE demandent 5 semestres \(2 ans et demi, à deux semestres par an\), si chacune est ouverte au semestre où vous la prenez\.\nD'après le catalogue, c'est le cas/);
    expect(reply).not.toMatch(/heures de cours|5 ans|3 semestres/);
  });

  it("says a unit offered one term only: « à 2 UE par semestre, combien de temps pour UTC505, RSX101, RSX102 et NFA031 ? »", async () => {
    const reply = await replyTo("à 2 UE par semestre, combien de temps pour UTC505, RSX101, RSX102 et NFA031 ?");
    expect(reply).toMatch(/^À 2 UE par semestre, 4 UE demandent 2 semestres[\s\S]*RSX102 n'est proposée qu'au second semestre/);
  });

  it("keeps the units' hours: « UTC501 à UTC505 ça fait combien d'heures ? »", async () => {
    expect(await replyTo("UTC501 à UTC505 ça fait combien d'heures ?")).toMatch(/Au total : 150 heures de cours de référence/);
  });
});

describe("a budget of hours against units named", () => {
  const story =
    "My boss says I can train during work time up to 120 hours this year, but only for units that count toward the licence. I already have UTC501 to UTC505. I was thinking of GDN100, ANG320 and NFP121 this year. Does that fit in 120 hours?";
  it("answers No with the sum, then what fits (it listed which units are compulsory)", async () => {
    const reply = await replyTo(story);
    expect(reply).toMatch(/^No: GDN100 \(40 h\) \+ ANG320 \(50 h\) \+ NFP121 \(50 h\) = 140 reference class hours \(126-154 h\) for 16 ECTS, over your 120 h/);
    expect(reply).toMatch(/What fits within your 120 h: ANG320 \+ NFP121 = 100 h \(12 ECTS\); GDN100 \+ ANG320 = 90 h \(10 ECTS\)/);
    expect(reply).not.toMatch(/compulsory|^Yes/);
  });

  it("keeps « GDN100 et ANG320 comptent pour la licence ? » the diploma's", async () => {
    expect(await replyTo("GDN100 et ANG320 comptent pour la licence ?")).toMatch(/^GDN100 est obligatoire/);
  });
});

describe("the learner's weekly time over a semester", () => {
  it("computes 4 × 15 = 60 h and the credits that fit (it gave the page on personal work alone)", async () => {
    const reply = await replyTo(
      "I'm a single dad and realistically I can study about 4 hours a week, evenings only, on top of homework time for the kids. If a semester is roughly 15 weeks, how many credits could I take per semester without overloading myself?",
    );
    expect(reply).toMatch(/^4 h a week × 15 weeks = 60 h over the semester\.\nWith at most 60 class hours: 6 ECTS \(1 unit of 6 ECTS = 50 h, or 2 units of 3 ECTS = 60 h\)/);
    expect(reply).toMatch(/Personal work \(reading, exercises, revision\) comes on top/);
    expect(reply).not.toMatch(/12 ECTS/);
  });

  it("without the weeks said, gives the weeks each unit takes and invents no semester length: « j'ai 5 h par semaine, combien d'ECTS par semestre ? »", async () => {
    const reply = await replyTo("j'ai 5 h par semaine, combien d'ECTS par semestre ?");
    expect(reply).toMatch(/^À 5 h par semaine, les heures de cours de référence d'une UE prennent : [^\n]*6 ECTS \(50 h\), 10 semaines/);
    expect(reply).toMatch(/Je n'ai pas de nombre officiel de semaines de cours par semestre/);
    expect(reply).not.toMatch(/Vouliez-vous dire/);
  });

  it("reads no working time as study time: « je travaille 35 h par semaine, combien d'ECTS par semestre je peux faire ? »", async () => {
    expect(await replyTo("je travaille 35 h par semaine, combien d'ECTS par semestre je peux faire ?")).not.toMatch(/par semaine ×|semaines de cours par semestre/);
  });
});

describe("a later session missed or failed leaves no session", () => {
  it("says no session 2 is left after \"I couldn't come to the April resit\" (it offered session 2)", async () => {
    const reply = await replyTo(
      "Hi, quick question but I'm stressed. I sat the NFP107 exam in January and got 6. I couldn't come to the April resit because of a work trip abroad that I couldn't cancel. My manager keeps asking whether I 'passed the database course'. What's my situation now and what do I do next?",
    );
    expect(reply).toMatch(/^No, 6\/20 is below the 10\/20 pass mark \(4 points short\): the credits are not earned\. You will need to take the unit again\./);
    expect(reply).not.toMatch(/sit the exam again at session 2/);
  });

  it.each([
    ["J'ai raté RSX102 avec 8 au rattrapage, et en plus je suis en plein divorce, je dors très mal et mon médecin est en vacances. Est-ce que je peux prendre de la mélatonine avant l'examen l'année prochaine ? Et pour RSX102, je dois me réinscrire ?", /Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./],
    ["I failed RSX102 with 8 at the resit, and I'm going through a divorce. Can I take melatonin before next year's exam? And for RSX102, do I have to enrol again?", /No, 8\/20 is below the 10\/20 pass mark \(2 points short\): the credits are not earned\. You will need to take the unit again\./],
  ])("declines the medicine and answers the grade of « %s » (it gave RSX102's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^(Je ne peux répondre qu'aux questions|I can only answer questions)/);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\), 6 ECTS|session 2, sans|at session 2, without|indicative simulation/);
  });

  it("keeps session 2 open after a first session: « J'ai eu 8 à RSX102. Je dois me réinscrire ? »", async () => {
    expect(await replyTo("J'ai eu 8 à RSX102. Je dois me réinscrire ?")).toMatch(/Vous pouvez repasser l'examen en session 2, sans nouvelle inscription\./);
  });
});
