import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

/** The assistant's plain decline of what is no part of studying here, with the advisor offered. */
const DECLINED_FR = /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris en cours du soir[\s\S]*Un conseiller peut vous aider/;
const DECLINED_EN = /^I can only answer questions about Cnam Paris evening courses[\s\S]*An advisor can help with any question about your studies/;

describe("life questions asked beside units or grades are declined, the units and grades told around them notwithstanding", () => {
  it("declines whether to take melatonin, however many grades come before it (only the grades were answered)", async () => {
    const reply = await replyTo(
      "Bonjour, j'ai 42 ans, je suis aide-soignante de nuit. J'ai eu 11 à UTC504 et 9 à UTC501, et je suis épuisée : je dors mal et j'ai des migraines tous les soirs avant les cours. Vous pensez que je devrais prendre de la mélatonine ?",
    );
    expect(reply).toMatch(DECLINED_FR);
    expect(reply).not.toMatch(/Oui, avec 11\/20|Non, 9\/20|ECTS acquis/);
  });

  it('declines "should I take melatonin?" in English too', async () => {
    const reply = await replyTo("I'm a night nurse, I got 11 in UTC504 and 9 in UTC501 and I'm exhausted, I sleep badly. Do you think I should take melatonin?");
    expect(reply).toMatch(DECLINED_EN);
    expect(reply).not.toMatch(/Yes, with 11\/20|ECTS earned/);
  });

  it.each([
    "Mon conjoint trouve que je passe trop de temps au Cnam depuis que j'ai pris NSY103 et NFA008, on se dispute tout le temps. Comment je lui fais comprendre ?",
    "Ma femme pense que la licence ne sert à rien. Comment lui faire comprendre que c'est utile ?",
  ])("declines how to make one's partner understand (« %s » got the units' cards)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(DECLINED_FR);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\)|NSY103 —/);
  });

  it('declines "how do I make him understand?" said of a husband', async () => {
    const reply = await replyTo("My husband thinks I spend too much time at the Cnam since I took NSY103 and NFA008, we argue all the time. How do I make him understand?");
    expect(reply).toMatch(DECLINED_EN);
    expect(reply).not.toMatch(/Teaching unit \(UE\)/);
  });

  it("declines whether to let one's son leave school, after the learner's own grades (it got the licence's blocks)", async () => {
    const reply = await replyTo(
      "Bonjour, je fais le tronc commun de la licence, j'ai eu 12 à UTC504 et 13 à UTC505 ce semestre, je suis content. Mon fils de 16 ans veut arrêter le lycée pour apprendre à coder, il dit que le Cnam suffit. Vous pensez que c'est une bonne idée de le laisser arrêter l'école ?",
    );
    expect(reply).toMatch(DECLINED_FR);
    expect(reply).not.toMatch(/LG02501A|Tronc commun/);
  });

  it('declines "is it a good idea to let him drop out of school?" of a "16-year-old son"', async () => {
    const reply = await replyTo("Hi, I'm doing the licence's common core, got 12 in UTC504 and 13 in UTC505. My 16-year-old son wants to quit high school to learn to code. Do you think it's a good idea to let him drop out of school?");
    expect(reply).toMatch(DECLINED_EN);
    expect(reply).not.toMatch(/ECTS earned|LG02501A/);
  });

  it.each([
    ["Mon chef ne veut pas me libérer pour NFA031, comment je lui fais comprendre ?", DECLINED_FR],
    ["Mon mari ne veut pas que je reprenne mes études. À votre avis, je devrais le quitter ?", DECLINED_FR],
    ["Mon fils de 17 ans veut arrêter le lycée, il peut s'inscrire au Cnam ?", /^Pour préparer votre inscription/],
    ["My son wants to drop out of school, can he enrol at the Cnam at 16?", /^To prepare your enrolment/],
    ["Je veux arrêter ma licence au Cnam, c'est possible de reprendre plus tard ?", /^Une UE validée \(note d'au moins 10\/20\) vous reste acquise/],
    ["Mon conjoint trouve que je passe trop de temps au Cnam. Combien d'heures par semaine fait NSY103 ?", /heures/],
  ])("keeps « %s » as it was read", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("what a unit's catalog does not hold, asked of it: not in the sources, its secretariat and the advisor named", () => {
  it("says who issues a certificate of attendance for NFA009 is not in its sources (it got « je n'aide pas sur le contenu des cours »)", async () => {
    const reply = await replyTo("Mon employeur me demande une attestation de présence pour NFA009. Je la demande à qui ?");
    expect(reply).toMatch(/^Pour NFA009, je n'ai pas dans mes sources qui délivre ses attestations \(de présence, d'inscription\)\. La fiche de l'UE sur le site du Cnam ou son secrétariat pédagogique peuvent vous le dire\./);
    expect(reply).toMatch(/Voulez-vous que je transmette votre question à un conseiller \?/);
    expect(reply).not.toMatch(/contenu des cours|assiduité/);
  });

  it('says the same in English of "a certificate of attendance", not its attendance rules besides', async () => {
    const reply = await replyTo("My employer wants a certificate of attendance for NFA009. Who do I ask for it?");
    expect(reply).toMatch(/^For NFA009, my sources do not give who issues its certificates \(of attendance, of enrolment\)\. The unit's page on the Cnam website or its secretariat can tell you\./);
    expect(reply).toMatch(/Shall I pass your question on to an advisor\?/);
    expect(reply).not.toMatch(/attendance rules/);
  });

  it("says once that the accessibility of FPG114's materials and the disability arrangements are not in its sources (it gave FPG114's card alone)", async () => {
    const reply = await replyTo(
      "Hi, I'm visually impaired and use a screen reader. I'd like to take FPG114 fully online. Are the course materials accessible with a screen reader, and is there someone at Cnam who handles disability arrangements for exams?",
    );
    expect(reply).toMatch(/For FPG114, my sources do not give how accessible its materials and exams are with a disability \(screen reader, exam arrangements\), nor who handles this at the Cnam\./);
    expect(reply).toMatch(/Shall I pass your question on to an advisor\?/);
    expect(reply.match(/my sources do not give/g)).toHaveLength(1);
    expect(reply).not.toMatch(/course materials, textbooks or software/);
  });

  it("says it in French too, the materials' accessibility not read as the materials themselves", async () => {
    const reply = await replyTo(
      "Bonjour, je suis malvoyante et j'utilise un lecteur d'écran. Je voudrais suivre FPG114 entièrement à distance. Les supports de cours sont-ils accessibles avec un lecteur d'écran, et y a-t-il quelqu'un au Cnam qui s'occupe des aménagements d'examen pour les personnes handicapées ?",
    );
    expect(reply).toMatch(/^Pour FPG114, je n'ai pas dans mes sources l'accessibilité de ses supports et de ses examens en situation de handicap \(lecteur d'écran, aménagements d'examen\), ni qui s'en occupe au Cnam\./);
    expect(reply).toMatch(/Voulez-vous que je transmette votre question à un conseiller \?/);
    expect(reply).not.toMatch(/manuels ou logiciels/);
  });

  it.each([
    ["NFA031 c'est accessible pour un débutant ?", /^NFA031 — Programmation avec Java : notions de base/],
    ["FPG114 est accessible à distance ?", /^FPG114 — Outils RH/],
    // (The learner's own state told beside another question asks nothing of accessibility.)
    ["Je suis malvoyante, NFA031 c'est à distance ?", /^Oui : NFA031 est proposée à distance \(FOAD\)\./],
    ["Je suis en situation de handicap, puis-je m'inscrire à NFA031 ?", /✅ Oui, vous pouvez vous inscrire à NFA031/],
    ["I use a screen reader, can I take NFA031?", /✅ Yes, you may enrol in NFA031/],
    ["Les absences sont-elles autorisées en NFA031 ?", /^Pour NFA031, je n'ai pas dans mes sources ses règles d'assiduité\./],
    ["Quels sont les supports de cours de NFA031 et les absences sont-elles autorisées ?", /^Pour NFA031, je n'ai pas dans mes sources les supports, manuels ou logiciels du cours, ni ses règles d'assiduité\./],
  ])("keeps « %s » as it was read (« accessible » is the level, a disability told is no question, the materials and attendance their own details)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("an exam one cannot come to, whatever the cause: session 2", () => {
  it.each([
    "greve ratp jeudi jpeux pas venir a lexam de nfa009 cest grave ?",
    "greve ratp jeudi, je peux pas venir a l'examen de nfa009, c'est grave ?",
    "je peux pas venir a l'examen de nfa009 jeudi, c'est grave ?",
  ])("answers « %s » with session 2, open to the absent without registering (it was declined, or got the ID to bring)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^La session 2 est ouverte à ceux qui étaient absents à la session 1 ou qui y ont eu moins de 10\/20\. Vous n'avez pas besoin de vous y inscrire\./);
    expect(reply).not.toMatch(/Je ne peux répondre qu'aux questions|pièce d'identité/);
  });

  it('answers "a rail strike, I can\'t come to the NFA009 exam" with session 2 in English', async () => {
    const reply = await replyTo("There's a rail strike on Thursday, I can't come to the NFA009 exam, is that serious?");
    expect(reply).toMatch(/^Session 2 is open to those who were absent from session 1 or got less than 10\/20 in it\. You do not need to register for it\./);
    expect(reply).not.toMatch(/I can only answer/);
  });

  it.each([
    ["grève RATP jeudi, est-ce que les cours sont maintenus ?", DECLINED_FR],
    ["Je ne peux pas venir à l'examen de NFA031, je peux le passer un autre jour ?", /^Les dates d'examen ne peuvent pas être déplacées\./],
    ["Que faut-il apporter le jour de l'examen ?", /^Une pièce d'identité en cours de validité est exigée à chaque examen\./],
    ["Ma carte d'identité est périmée, c'est grave pour l'examen ?", /^Non\. Une pièce d'identité en cours de validité est exigée/],
  ])("keeps « %s » as it was read", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("when one can come, told with the life that rules a day out, is a plan's question", () => {
  it("plans the licence without Saturdays for « Le samedi c'est impossible pour moi (garde alternée). Ça bloque pour la licence ? » (it was declined)", async () => {
    const reply = await replyTo("Le samedi c'est impossible pour moi (garde alternée). Ça bloque pour la licence ?");
    expect(reply).toMatch(/pas le samedi/);
    expect(reply).toMatch(/Votre plan pour Licence informatique \(L3\) \(LG02501A\) : 2 semestres/);
    expect(reply).not.toMatch(/Je ne peux répondre qu'aux questions|samedi \d/);
  });

  it('plans it in English for "Saturdays are impossible for me (shared custody)"', async () => {
    const reply = await replyTo("Saturdays are impossible for me (shared custody). Is that a problem for the licence?");
    expect(reply).toMatch(/not on Saturday/);
    expect(reply).toMatch(/Your plan for Licence informatique \(L3\) \(LG02501A\): 2 semesters/);
  });

  it("plans the licence on Tuesday and Thursday evenings for a single mother who asks « en combien de temps … à votre avis ? » (it was declined)", async () => {
    const reply = await replyTo(
      "Bonsoir, je suis maman solo de deux enfants, je travaille à temps plein dans une banque et j'ai un BTS SIO obtenu en 2015. Je ne peux venir que le mardi et le jeudi soir, jamais le samedi. Je voudrais décrocher la licence informatique du Cnam. En combien de temps c'est faisable à votre avis ?",
    );
    expect(reply).toMatch(/^Je ne trouve pas de plan pour Licence informatique \(L3\) \(LG02501A\) avec ces contraintes\./);
    expect(reply).toMatch(/UTC501 et UTC502 n'ont lieu que le lundi, quand vous ne pouvez pas venir/);
    expect(reply).not.toMatch(/Je ne peux répondre qu'aux questions/);
  });

  it.each([
    ["J'ai la garde alternée, comment obtenir la garde le week-end ?", DECLINED_FR],
    ["Mon ex refuse la garde alternée, je fais quoi ?", DECLINED_FR],
    ["Ma femme veut divorcer. À votre avis, combien de temps ça va prendre ?", DECLINED_FR],
    ["J'ai 45 ans et je suis fatigué. À votre avis, combien de temps je vais encore travailler ?", DECLINED_FR],
    ["Je travaille à plein temps. À votre avis, en combien de temps je peux faire la licence ?", /Votre plan pour Licence informatique \(L3\) \(LG02501A\)/],
  ])("keeps « %s » as it was read, or plans the licence asked", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});
