import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

const OFF_TOPIC_FR = /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris en cours du soir/;
const OFF_TOPIC_EN = /^I can only answer questions about Cnam Paris evening courses/;
const COURSE_CONTENT_FR = /^Je n'aide pas sur le contenu des cours/;
const COURSE_CONTENT_EN = /^I do not help with the content of courses/;
const NOT_KNOWN_FR = /^Je ne sais pas répondre à cette question, et je préfère ne pas deviner/;

describe("life outside studying here, asked inside a story that names units, is declined (the units were answered)", () => {
  it.each([
    [
      "Je suis en reconversion, j'ai quitté mon CDI pour me former au Cnam : j'ai pris NFA031 et NFA040 ce semestre. Avec la baisse de revenus je m'inquiète un peu pour mes finances. Tu penses que je devrais placer mes économies sur un livret A ou plutôt en assurance-vie ?",
      OFF_TOPIC_FR,
    ],
    [
      "Depuis que j'ai repris les cours du soir (NFE108 le lundi et GLG105 le jeudi), mon conjoint me reproche de ne plus être là le soir et on se dispute tout le temps. Il dit que je fais passer mes études avant la famille. À ton avis, comment je peux lui parler pour qu'il comprenne, sans que ça finisse en dispute ?",
      OFF_TOPIC_FR,
    ],
    ["J'ai validé NFA031 et NFA032. Pour trouver un job, tu me conseilles plutôt Python ou JavaScript ?", OFF_TOPIC_FR],
    [
      "I'm halfway through the licence informatique (UTC501-505 done, GDN100 done, NFP121 done with 13) and I'm starting to wonder if it's worth it. How much does someone with a computer science licence earn in Paris? And is it better to work for a startup or a bank?",
      OFF_TOPIC_EN,
    ],
    [
      "Hi, I'm an evening learner doing NFA031 this semester after work. I have a project due next week: a Java program that manages a small library (books, loans, members). I work 45 hours a week and I just don't have the time. Could you write the classes for me? Even just the Book and Loan classes would be a huge help.",
      OFF_TOPIC_EN,
    ],
    ["Can the Cnam help me find an apartment near Arts et Métiers?", OFF_TOPIC_EN],
    ["vaut mieux travailler dans une banque ou une startup ?", OFF_TOPIC_FR],
  ])("declines « %s »", async (message, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(declined);
    expect(reply).not.toMatch(/✅|Oui, vous pouvez|Yes, you can|Prérequis|Prerequisites|plan/i);
  });

  it.each([
    ["Can you give me some grammar exercises to prepare the ANG320 placement test?", COURSE_CONTENT_EN],
    ["On fait un quiz pour réviser GDN100 ? Pose-moi 10 questions sur le diagramme de Gantt.", COURSE_CONTENT_FR],
    ["donne-moi des exercices de SQL pour NFA008", COURSE_CONTENT_FR],
  ])("declines the course's content asked in « %s » (it gave the placement test as « Yes », or the hours of personal work)", async (message, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(declined);
    expect(reply).not.toMatch(/^Yes|^Oui|volume horaire/);
  });

  it("says the grade, then that advice on life is not in its sources, for « … Do you think I should ask my boss for a raise? » (it said session 2 does not raise a grade)", async () => {
    const reply = await replyTo("I passed NFA031 with 14. Do you think I should ask my boss for a raise?");
    expect(reply).toMatch(/^Yes, with 14\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/);
    expect(reply).toMatch(/For "Do you think I should ask my boss for a raise", the answer is not in my sources/);
    expect(reply).not.toMatch(/session 2/);
  });

  it.each([
    ["J'ai eu 9 en UTC503, tu penses que je devrais changer de métier ?", /^Non, 9\/20 est sous la moyenne de 10\/20/, /Pour « tu penses que je devrais changer de métier », je n'ai pas la réponse dans mes sources/],
    ["j'ai eu 14 en NFA031, tu connais une bonne salle de sport près du Cnam ?", /^Oui, avec 14\/20/, /Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
  ])("says the grade of « %s », and declines its other question in its own part (only the grade was said)", async (message, grade, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(grade);
    expect(reply).toMatch(declined);
  });

  it("declines « J'ai validé UTC501 et UTC502. Tu peux me recommander un bon VPN ? » (it checked an enrolment in UTC502)", async () => {
    const reply = await replyTo("J'ai validé UTC501 et UTC502. Tu peux me recommander un bon VPN ?");
    expect(reply).toMatch(OFF_TOPIC_FR);
    expect(reply).not.toMatch(/UTC502/);
  });

  it.each([
    ["J'ai eu 9,5 en UTC503. C'est arrondi à 10 ?", /^Non, 9,5\/20 est sous la moyenne de 10\/20/],
    ["I got 8 in UTC501. Is that bad?", /^No, 8\/20 is below the 10\/20 pass mark/],
    ["J'ai eu 6 en session 1 de DRS102 puis 9 au rattrapage. Il se passe quoi maintenant ?", /^Non, 9\/20 est sous la moyenne de 10\/20 \(il manque 1 point\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\.$/],
    ["J'ai eu 12 en UTC501, tu peux me dire combien d'ECTS j'ai ?", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 3 ECTS de UTC501 sont acquis/],
  ])("keeps the grade's answer alone for a question about it: « %s »", async (message, grade) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(grade);
    expect(reply).not.toMatch(/pas la réponse dans mes sources|not in my sources|Je ne peux répondre|I can only answer/);
  });
});

describe("the same words asking about studying keep their answers", () => {
  it.each([
    ["what do I earn by passing UTC501?", /credits are earned as soon as you get a grade equal to or above the average/, /^I can only answer/],
    ["which unit should I pick to learn python or java?", /NFA0|NFP/, /^I can only answer/],
    ["tu me conseilles NFA031 ou NFA041 pour apprendre Python ou Java ?", /NFA031[\s\S]*NFA041/, /^Je ne peux répondre/],
    ["how many credits do I earn with NFA031?", /6 ECTS/, /^I can only answer/],
  ])("« %s »", async (message, kept, declined) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(kept);
    expect(reply).not.toMatch(declined);
  });

  it.each([
    [
      "Bonjour, je m'appelle Karim, je suis technicien support et je n'ai qu'un BTS électrotechnique. Je ne sais pas par quelle UE commencer pour les réseaux. Vous me conseillez quoi ?",
      NOT_KNOWN_FR,
    ],
    ["J'ai pris NFA031 et NFA040 ce semestre. Tu penses que je devrais commencer par laquelle ?", NOT_KNOWN_FR],
  ])("reads advice on what the story told with the story: « %s »", async (message, notThat) => {
    const reply = await replyTo(message);
    expect(reply).not.toMatch(notThat);
    expect(reply).not.toMatch(/^Je ne peux répondre qu'aux questions/);
  });
});

describe("a unit's facets asked in other words", () => {
  it.each([
    ["What time does the NSY103 exam start?", /^My sources do not give the date of the exam of NSY103/],
    ["l'examen de NSY103 commence à quelle heure ?", /^Je n'ai pas la date de l'examen de NSY103 dans mes sources/],
  ])("« %s » is the exam's date and time, not held (it gave the general calendar as if it answered)", async (message, notHeld) => {
    expect(await replyTo(message)).toMatch(notHeld);
  });

  it.each([
    ["does DSY101 need anything before?", /^Prerequisites of DSY101 \(L'organisation et ses modèles\): no unit required; expected level: niveau L3/],
    ["il faut quelque chose avant DSY101 ?", /^Prérequis de DSY101 \(L'organisation et ses modèles\) : aucune UE exigée ; niveau attendu : niveau L3/],
  ])("« %s » asks its prerequisites (it said they were not in its sources)", async (message, prerequisites) => {
    expect(await replyTo(message)).toMatch(prerequisites);
  });

  it("keeps the timetable for « what time are NSY103 classes? »", async () => {
    expect(await replyTo("what time are NSY103 classes?")).toMatch(/^Classes of NSY103/);
  });
});

describe("how something works, asked", () => {
  it.each([
    ["Comment ça marche quand une UE est soumise à autorisation ?", /^Sans l'autorisation préalable de l'enseignant, l'inscription n'est pas possible[\s\S]*téléchargez le modèle d'autorisation/],
    ["How does it work when a unit needs authorization?", /^Without the teacher's prior authorization you cannot enrol[\s\S]*download the authorization template/],
  ])("« %s » gets the authorization's steps (it got what the authorization means, or three pages offered)", async (message, steps) => {
    expect(await replyTo(message)).toMatch(steps);
  });

  it("keeps what it means for « c'est quoi une UE soumise à autorisation ? »", async () => {
    expect(await replyTo("c'est quoi une UE soumise à autorisation ?")).toMatch(/^L'inscription à certaines UE est soumise à l'autorisation du responsable pédagogique/);
  });

  it("finds no subject in « comment ça marche les UE ? » (it listed ESC101, for « études de marché »), and keeps « études de marché ? »", async () => {
    expect(await replyTo("comment ça marche les UE ?")).not.toMatch(/ESC101/);
    expect(await replyTo("études de marché ?")).toMatch(/ESC101 — Mercatique I/);
  });
});

describe("years of work told, for a level that experience may stand for", () => {
  it("says the BTS is below PRS201's « Bac+4 ou expérience professionnelle » but the 10 years may stand for it (it said only « Oui, si vous avez le niveau attendu »)", async () => {
    const reply = await replyTo("j'ai un BTS et 10 ans comme responsable d'agence bancaire, je peux faire PRS201 ?");
    expect(reply).toMatch(/PRS201 attend le niveau Bac\+4 ou expérience professionnelle : vos études \(BTS\) n'atteignent pas ce niveau, mais vos 10 ans d'expérience professionnelle peuvent en tenir lieu/);
  });

  it("says it after the check too, when the background is told next", async () => {
    const [, reply] = await repliesOf(["puis-je m'inscrire à PRS201 ?", "j'ai un BTS et 10 ans comme responsable d'agence bancaire"]);
    expect(reply).toMatch(/vos 10 ans d'expérience professionnelle peuvent en tenir lieu/);
    expect(reply).toMatch(/Oui, si vous avez le niveau attendu/);
  });

  it("keeps « cela dépend de votre expérience » when no years are told", async () => {
    expect(await replyTo("j'ai un BTS, je peux faire PRS201 ?")).toMatch(/^Je regarde pour [^\n]+\nCela dépend de votre expérience : PRS201 attend le niveau Bac\+4 ou expérience professionnelle/);
  });

  it("says it in English", async () => {
    expect(await replyTo("I have a BTS and 8 years as a team leader, can I take PRS201?")).toMatch(/your studies \(BTS\) are below that level, but your 8 years of professional experience may stand for it/);
  });
});

describe("the review's probes: the same words asking about studying keep their replies", () => {
  it.each([
    ["I passed UTC501, UTC502 and NFA031, what does that make in total?"],
    ["I passed UTC501 and UTC502 with 12 and 14. What does that make for the licence?"],
    ["Is it better to work in the evenings or on Saturdays for UTC501?"],
    ["je préfère plutôt travailler en FOAD ou en présentiel pour NFP107 ?"],
    ["Pour la licence, vaut mieux apprendre Java ou Python ?"],
    ["should i learn python or javascript for the engineering degree?"],
    ["vaut mieux apprendre java ou python quand on débute ?"],
    ["Est-ce que ça vaut le coup d'investir mes économies dans le diplôme d'ingénieur du Cnam ?"],
    ["J'habite à Lyon et je voudrais faire NFA031. Vous pouvez m'envoyer la brochure ?"],
  ])("does not decline « %s » as outside studying here", async (message) => {
    expect(await replyTo(message)).not.toMatch(/^(Je ne peux répondre qu'aux questions|I can only answer questions)/);
  });

  it.each([
    ["Does the NFA031 teacher give some exercises to do at home?"],
    ["le prof envoie des exercices chaque semaine en NFA008 ?"],
    ["on fait un qcm à l'examen de UTC501 ?"],
    ["Will we write some functions in NFA031 or is it only theory?"],
    ["In NFA006, will I write some algorithms myself?"],
  ])("reads « %s » as a question on the unit, not a request of its content", async (message) => {
    expect(await replyTo(message)).not.toMatch(/^(Je n'aide pas sur le contenu des cours|I do not help with the content of courses|Je ne peux répondre qu'aux|I can only answer)/);
  });

  it.each([
    ["J'ai eu 8 en UTC502. Tu me conseilles quoi ?", /^Non, 8\/20 est sous la moyenne de 10\/20/],
    ["I failed UTC504 with 7. What do you recommend?", /^No, 7\/20 is below the 10\/20 pass mark/],
  ])("answers « %s » by the grade alone (it added « not in my sources » for the advice the grade's answer gives)", async (message, grade) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(grade);
    expect(reply).not.toMatch(/pas la réponse dans mes sources|not in my sources/);
  });

  it.each([
    ["what time do the evening sessions start for NFA031?", /18h15|18:15|6:15 pm/],
    ["je dois repasser NFA031, les cours commencent à quelle heure ?", /18h15|18:15|9h|09:00/],
  ])("gives the classes' times for « %s », not the exam's date", async (message, times) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(times);
    expect(reply).not.toMatch(/date de l'examen|date of the exam/);
  });

  it.each([
    ["l'examen de NFA031 commence par un QCM ?"],
    ["Does the NFA031 exam begin with a written part?"],
    ["Do I need anything before the exam of UTC501? my ID?"],
    ["faut il un truc avant l'examen de NFA031, une convocation ?"],
  ])("neither says the exam's date is not held nor gives prerequisites for « %s »", async (message) => {
    expect(await replyTo(message)).not.toMatch(/date de l'examen|date of the exam|^Prérequis|^Prerequisites/);
  });
});

describe("whether to sit session 2, asked after a grade below 10", () => {
  it.each([
    ["I got 9 in UTC501. Should I sit session 2?", /^Yes: 9\/20 is below the 10\/20 pass mark/],
    ["J'ai eu 9 en UTC501, je peux repasser en session 2 ?", /^Oui : 9\/20 est sous la moyenne de 10\/20[\s\S]*Vous pouvez repasser l'examen en session 2/],
    ["J'ai eu 9 en UTC501. Vous me conseillez de repasser en session 2 ?", /^Oui : 9\/20 est sous la moyenne/],
  ])("« %s » gets a yes first (« Non, 9/20 … » read as a no to sitting it)", async (message, yes) => {
    expect(await replyTo(message)).toMatch(yes);
  });

  it("keeps the no after the second session: « j'ai eu 8 en UTC501 au rattrapage, je peux repasser ? »", async () => {
    expect(await replyTo("j'ai eu 8 en UTC501 au rattrapage, je peux repasser ?")).toMatch(/^Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./);
  });
});
