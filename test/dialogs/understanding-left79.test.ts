import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("a grade said after a check, of a unit the verdict weighed", () => {
  it.each([
    [["Can I take NFA032?", "the first semester", "I did NFA031 but got 8"], /^No, 8\/20 is below the 10\/20 pass mark[\s\S]*you say you have not validated NFA031[\s\S]*⛔ No, you may not enrol in NFA032/],
    [["puis-je suivre NFA032 ?", "j'ai eu 9 à NFA031"], /^Non, 9\/20 est sous la moyenne[\s\S]*⚠️ Aucune règle ne vous empêche de vous inscrire à NFA032[\s\S]*vous n'avez pas le niveau attendu/],
    [["puis-je suivre NFA032 ?", "j'ai eu 14 en NFA031"], /^Oui, avec 14\/20[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA032[^]*$/],
  ])("%j answers the grade, then the check again with it (the check was left as it was)", async (turns, reads) => {
    const replies = await repliesOf(turns);
    expect(replies.at(-1)).toMatch(reads);
  });

  it("keeps a grade of another unit the grade's alone: « j'ai eu 12 en UTC505 » after a check of NFA032", async () => {
    const [, reply] = await repliesOf(["puis-je suivre NFA032 ?", "j'ai eu 12 en UTC505"]);
    expect(reply).toMatch(/^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 3 ECTS de UTC505 sont acquis/);
    expect(reply).not.toMatch(/NFA032/);
  });
});

describe("a unit's second question, « et ça … la licence », typed with or without its mark", () => {
  it.each([
    ["MUX101, ça demande quoi comme niveau et ça rentre dans la licence ?", /^Prérequis de MUX101[\s\S]*niveau L2 informatique[\s\S]*Oui : MUX101 compte dans le bloc « Trois UE de 6 ECTS/],
    ["sec101 cest pour qui et ca compte pr la licence", /^SEC101 — Cybersécurité[\s\S]*Bac\+2 informatique[\s\S]*SEC101 compte dans le bloc/],
    ["nfa031 cest quand et ca compte pr la licence", /^Cours de NFA031[\s\S]*NFA031 ne fait pas partie de LG02501A/],
  ])("« %s » answers both questions (the second, or the first, was left unanswered)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });
});

describe("life asked beside studies, declined", () => {
  it.each([
    "Hi! My NFA041 exam is next week and I'm super stressed. My partner says I should take melatonin. Can you tell me what dose I should take? And also, which JavaScript framework is the best to learn after the course?",
    "c'est quoi le meilleur framework javascript ?",
    "Bonjour, j'ai eu 7 au rattrapage de DRS101, c'est la deuxième fois que je la rate. Je ne sais plus quoi faire de ma vie : est-ce que je devrais quitter mon mari ou plutôt arrêter le Cnam ?",
  ])("« %s » is declined (a dose, a framework, leaving one's partner got a unit's card or the course-content notice)", async (message) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/^(Je ne peux répondre qu'aux questions sur les formations du Cnam|I can only answer questions about Cnam Paris evening courses)/);
    expect(reply).not.toMatch(/ECTS|contenu des cours/);
  });

  it("keeps a search for units about a framework a search: « quelle UE pour apprendre un framework web ? »", async () => {
    const [reply] = await repliesOf(["quelle UE pour apprendre un framework web ?"]);
    expect(reply).toMatch(/^Les UE du catalogue sur « un framework web »[\s\S]*NFA041/);
  });
});

describe("a unit's volume of classes asked", () => {
  it.each([
    ["Avec mon temps partiel à 28h par semaine, si j'ajoute NFE108, ça représente quel volume de cours ?", /^NFE108 — Méthodologies des systèmes d'information : Une UE de 6 ECTS correspond à 50 heures de cours de référence/],
    ["NFE108 ça représente quel volume de cours ?", /^NFE108 — Méthodologies des systèmes d'information : Une UE de 6 ECTS correspond à 50 heures/],
  ])("« %s » gives its hours (it said its sources did not hold that, or gave the general page)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });
});

describe("where a beginner starts, and a page no part reaches alone", () => {
  it.each([
    ["I barely speak any English, total beginner. Anything for me?", /^Units of the catalog that speak of it for beginners[\s\S]*ANG100 — Anglais général pour débutants/],
    ["par quelle UE de cybersécurité commencer quand on débute ?", /^Les UE du catalogue sur « cybersécurité » pour débutants \(sans prérequis\) :\n- UTC505/],
    ["Are there any cybersecurity units, and which one should a beginner start with?", /^Units of the catalog on "cybersecurity":[\s\S]*SEC105[\s\S]*Units of the catalog on "cybersecurity" for beginners \(no prerequisite\):\n- UTC505/],
    ["For the cybersecurity engineering degree there's an admission exam, right? How many tries do I get?", /^The part-time engineering degrees \(CYC9101A, CYC9102A, CYC9106A\) include an admission exam unit, UAAD91\. It is worth 0 ECTS and can be attempted at most three times/],
  ])("« %s » (it said it did not know, or offered choices)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/not in my sources|no sure answer|do not know/);
  });
});

describe("kept as they were: studies asked beside the words of a decline", () => {
  it.each([
    ["quel IDE on utilise en NFA031 ?", /^Mes sources ne disent pas cela de NFA031/],
    ["Quels frameworks on voit en NFA041 ?", /^Mes sources ne disent pas cela de NFA041/],
    ["je veux quitter ma copine et arrêter NFA031, je perds mes crédits ?", /NFA031/],
  ])("« %s » is not declined as off the topic", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Je ne peux répondre qu'aux questions/);
  });

  it("\"I already have 24 credits and I need 60 credits\" at a pace: 36 left, 3 years (it said 60 take 5 years)", async () => {
    const [reply] = await repliesOf(["I already have 24 credits and I need 60 credits. At 12 credits a year, when will I be done?"]);
    expect(reply).toMatch(/^With 24 ECTS already earned, 36 are left for 60\. At 12 ECTS a year, 36 ECTS take 3 years/);
  });
});

describe("found by a reviewer: kept, or now right", () => {
  it.each([
    ["Which framework is taught in NFA042?", /^NFA042 — Développement web côté serveur/],
    ["What dose of coursework should I take on per semester while working full time?", /^I do not know the answer/],
    ["Tu as des UE de réseau ? et laquelle quand on débute ?", /^Les UE du catalogue sur « réseau » pour débutants \(sans prérequis\) :\n- UTC505/],
    ["MUX101 c'est quand et ça rentre dans le diplôme d'ingénieur ?", /^Cours de MUX101[\s\S]*MUX101 compte dans : LG02501A/],
    ["ang320 cest pour qui et ca dure combien", /^ANG320 — Anglais professionnel[\s\S]*ANG320 — Anglais professionnel : Une UE de 6 ECTS correspond à 50 heures/],
    ["ANG320 ça dure combien ?", /^ANG320 — Anglais professionnel : Une UE de 6 ECTS correspond à 50 heures/],
    ["Je vise la licence. Est-ce que GDN100 compte ?", /^GDN100 est obligatoire/],
    ["I'm doing the licence. Does NFA040 count?", /NFA040 is not part of LG02501A|NFA040 does not count/],
    ["Il me reste 24 ECTS, je fais 6 ECTS par semestre, quand aurai-je fini ?", /^À 6 ECTS par semestre, 24 ECTS demandent 4 semestres/],
    ["I want to learn Java. Anything for me?", /^Units of the catalog on "Java":/],
  ])("« %s »", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas cela de ANG320|^Je ne peux répondre|^I can only answer/);
  });

  it("keeps \"I passed a unit on networks and one on security, what should I take next?\" one question", async () => {
    const [reply] = await repliesOf(["I passed a unit on networks and one on security, what should I take next?"]);
    expect(reply).toMatch(/^Units of the catalog that speak of it/);
    expect(reply).not.toMatch(/your grade/i);
  });
});

describe("found by the second reviewer: kept, or now right", () => {
  it.each([
    ["mon employeur peut-il m'imposer des cours en entreprise selon le droit du travail ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam/],
    ["for the licence I want UTC501 and UTC502 in S1, how do I avoid them clashing?", /^My sources do not say that about UTC501/],
    ["à quelle heure sont les cours de NFA031 ?", /^Cours de NFA031 — Programmation avec Java : notions de base :\n- premier semestre/],
    ["pour le diplôme d'ingénieur, je peux échapper à ENG261 ?", /^De quel diplôme parlez-vous \?/],
  ])("« %s »", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/déjà validées|already passed|✅ Oui/);
  });

  it("« ANG320, le test de positionnement c'est obligatoire et les cours c'est quand ? » is the unit's card, no test date said missing", async () => {
    const [reply] = await repliesOf(["ANG320, le test de positionnement c'est obligatoire et les cours c'est quand ?"]);
    expect(reply).toMatch(/^ANG320 — Anglais professionnel[\s\S]*niveau attendu : test de positionnement/);
    expect(reply).not.toMatch(/date de son test/);
  });
});

describe("found in unchanged replies by the reviewers", () => {
  it.each([
    ["alors que je suis inscrit à UTC505, je peux m'inscrire à RSX102 le même semestre ?", /⛔ Non, vous ne pouvez pas vous inscrire à RSX102[\s\S]*UTC505, qui doit être validé avant, pas suivi le même semestre/],
    ["Do you have an evening licence?", /^Yes: LG02501A — Licence informatique \(L3\)/],
    ["vous avez une licence en cours du soir ?", /^Oui : LG02501A — Licence informatique \(L3\)/],
  ])("« %s » (it said « Oui, mais sous condition » for the next semester, or gave the page on fees)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/sous condition|frais|fees/);
  });
});

describe("an exam's length is not the unit's hours", () => {
  it("« Le rattrapage de SEC101, il dure combien de temps ? » is a detail not held (it gave SEC101's 50 h; sealed set 81, s81-127)", async () => {
    const [reply] = await repliesOf(["Le rattrapage de SEC101, il dure combien de temps ?"]);
    expect(reply).toMatch(/^Mes sources ne disent pas cela de SEC101/);
    expect(reply).not.toMatch(/50 heures/);
  });
});

describe("two units' hours asked after a unit of some credits", () => {
  it.each([
    [["How many hours is a 4-credit unit?", "ok and GDN100 plus ANG320 together?"], /^GDN100 — Management de projet: A 4-ECTS unit matches 40[\s\S]*In total: 90 reference class hours \(81-99 h\), personal work excluded, for 10 ECTS/],
    [["combien d'heures pour une UE de 4 ?", "et GDN100 plus ANG320 ensemble ?"], /Au total : 90 heures de cours de référence \(81-99 h\), hors travail personnel, pour 10 ECTS/],
  ])("%j is their own total (it added the 4-credit unit: 130 h; sealed set 81, s81-059, found after its first run)", async (turns, reads) => {
    const [, reply] = await repliesOf(turns);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/130/);
  });

  it("keeps « et si j'ajoute GDN100 ? » an addition to the unit before", async () => {
    const [, reply] = await repliesOf(["combien d'heures pour une UE de 4 ?", "et si j'ajoute GDN100 ?"]);
    expect(reply).toMatch(/Au total : 80 heures de cours de référence/);
  });
});

describe("a resit named after the unit's code", () => {
  it("\"I got 7 at my GLG101 resit after 6 at the first session\" is a session-2 grade: the unit to take again (it said sit session 2; sealed set 81, s81-142, found after its first run)", async () => {
    const [reply] = await repliesOf(["I got 7 at my GLG101 resit after 6 at the first session. What now?"]);
    expect(reply).toMatch(/^No, 7\/20 is below the 10\/20 pass mark[\s\S]*take the unit again/);
    expect(reply).not.toMatch(/sit the exam again at session 2/);
  });
});

describe("« one » standing for the kind of unit asked before", () => {
  it("\"What's a US exactly? Can I sign up for one on its own, like a normal UE?\" says no for a US (it said « Yes » by the page on units à la carte; sealed set 81, s81-013, found after its first run)", async () => {
    const [reply] = await repliesOf(["What's a US exactly? Can I sign up for one on its own, like a normal UE?"]);
    expect(reply).toMatch(/^Specific units \(US[\s\S]*You cannot enrol in a US directly/);
    expect(reply).not.toMatch(/Units can be taken à la carte/);
  });
});

describe("a grade said to have come, the unit's code before « grade »", () => {
  it("\"I just got my NFE114 grade back\" asks for it, and « 8.5 » answers (it offered two pages, then did not understand 8.5; sealed set 81, s81-025, found after its first run)", async () => {
    const [asked, answered] = await repliesOf(["I just got my NFE114 grade back", "8.5"]);
    expect(asked).toMatch(/^What grade did you get in NFE114\?/);
    expect(answered).toMatch(/^No, 8\.5\/20 is below the 10\/20 pass mark/);
  });
});
