import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to one message of a new conversation, joined. */
async function replyTo(message: string): Promise<string> {
  const talk = await botConversation({});
  return (await talk.send(message)).map((reply) => replyText(reply)).join("\n");
}

describe("units asked one after the other, then a question naming none", () => {
  it("answers the evening for both GDN100 and ANG320 (it answered it for GDN100 alone)", async () => {
    const reply = await replyTo("Combien d'heures pour GDN100 ? et pour ANG320 ? et c'est en soirée ?");
    expect(reply).toMatch(/GDN100 — Management de projet : Une UE de 4 ECTS correspond à 40 heures/);
    expect(reply).toMatch(/ANG320 — Anglais professionnel : Une UE de 6 ECTS correspond à 50 heures/);
    expect(reply).toMatch(/Oui : GDN100 est proposée en cours du soir\./);
    expect(reply).toMatch(/Oui : ANG320 est proposée en cours du soir\./);
  });

  it("keeps one unit's question to that unit: « Combien d'heures pour GDN100 ? et c'est en soirée ? »", async () => {
    const reply = await replyTo("Combien d'heures pour GDN100 ? et c'est en soirée ?");
    expect(reply).toMatch(/Oui : GDN100 est proposée en cours du soir\./);
    expect(reply).not.toMatch(/ANG320/);
  });
});

describe("a unit in a diploma, then whether another is needed before it", () => {
  it("says « Oui » for NSY104 in the licence and « Pas obligatoire » for NFA004 before it (it said NFA004 is not in the licence)", async () => {
    const reply = await replyTo("NSY104 fait partie de la licence, et faut-il NFA004 avant ?");
    expect(reply).toMatch(/^Oui : NSY104 compte dans le bloc « Trois UE de 6 ECTS de trois groupes différents »\./);
    expect(reply).toMatch(/Pas obligatoire : NFA004 n'est pas un prérequis formel de NSY104, mais elle est conseillée avant/);
    expect(reply).not.toMatch(/NFA004 ne fait pas partie de LG02501A/);
  });

  it("does the same in English", async () => {
    const reply = await replyTo("NSY104 is part of the licence, and do I need NFA004 before?");
    expect(reply).toMatch(/^Yes: NSY104 counts in the block/);
    expect(reply).toMatch(/Not required: NFA004 is no formal prerequisite of NSY104/);
  });
});

describe("every fact not held that is asked is named", () => {
  it("names the teacher after the credits and the price of RSX112 (« qui le donne » was dropped)", async () => {
    const reply = await replyTo("RSX112 : combien de crédits, qui le donne, et ça coûte combien ?");
    expect(reply).toMatch(/6 ECTS/);
    expect(reply).toMatch(/Je n'ai pas le tarif de RSX112 dans mes sources\./);
    expect(reply).toMatch(/Je n'ai ni le nom ni les coordonnées de l'enseignant de RSX112 dans mes sources\./);
    expect(reply).not.toMatch(/\d+ ?€/);
  });

  it('names the teachers of NFE108 and NFE113 beside their price ("the names of the teachers")', async () => {
    const reply = await replyTo(
      "Hello, my employer agreed to fund my training but HR needs a quote before Friday. I plan to take NFE108 and NFE113 next semester in the evenings. Could you tell me the exact cost of these two units and the names of the teachers so I can put them in the form? Thanks a lot.",
    );
    expect(reply).toMatch(/My sources do not give the price of NFE108\./);
    expect(reply).toMatch(/neither the name nor the contact details of the teacher of NFE108/);
    expect(reply).toMatch(/neither the name nor the contact details of the teacher of NFE113/);
  });
});

describe("doing without a unit of a diploma", () => {
  it.each([
    "GDN100 je peux m'en dispenser pour la licence ?",
    "GDN100 je peux en être dispensé pour la licence ?",
    "est-ce que je peux être exempté de ANG320 pour la licence ?",
    "pour la licence, je peux ne pas la faire GDN100 ?",
  ])("« %s » is « Non : … obligatoire », no enrolment check", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Non : (GDN100|ANG320) est obligatoire \(Management de projet et anglais\)\./);
    expect(reply).not.toMatch(/Oui, vous pouvez vous inscrire/);
  });

  it('"can I skip GDN100 for the licence?" is « No » (it got suggestions)', async () => {
    expect(await replyTo("can I skip GDN100 for the licence?")).toMatch(/^No: GDN100 is compulsory/);
  });

  it("« je peux prendre GDN100 et zapper ANG320 » is asked of ANG320, the unit gone without", async () => {
    expect(await replyTo("can I take GDN100 and skip ANG320 for the licence?")).toMatch(/^No: ANG320 is compulsory/);
  });

  it("keeps an exemption by a certificate the sources' decline, and « dispensée le soir » the timetable", async () => {
    const byToeic = await replyTo("je peux être dispensé d'ANG320 pour la licence avec le TOEIC ?");
    expect(byToeic).toMatch(/je n'ai pas dans mes sources les conditions d'une dispense/);
    expect(byToeic).not.toMatch(/^Non/);
    expect(await replyTo("GDN100 est dispensée le soir pour la licence ?")).toMatch(/^Oui : GDN100 est proposée en cours du soir\./);
  });
});

describe("someone new to computing", () => {
  it("warns before UTC502 and names where to start (it said a green « Yes, if you have the expected level »)", async () => {
    const reply = await replyTo("I'm new to computing, changing careers from retail. Can I enrol in UTC502?");
    expect(reply).toMatch(/Careful: UTC502 expects Bac\+2 informatique, and you say you are new to computing/);
    expect(reply).toMatch(/To start in computing, the catalog offers, with no prerequisite: NFA031 \(Programmation avec Java : notions de base\)/);
    expect(reply).not.toMatch(/✅ Yes, if you have the expected level/);
  });

  it("says it in French for « je n'ai jamais fait d'info »", async () => {
    const reply = await replyTo("je n'ai jamais fait d'info, je peux m'inscrire à UTC502 ?");
    expect(reply).toMatch(/Attention : UTC502 attend le niveau Bac\+2 informatique/);
    expect(reply).toMatch(/Pour débuter en informatique, le catalogue propose sans prérequis : NFA031/);
  });

  it("gives no such warning for a unit without a computing level", async () => {
    expect(await replyTo("I'm new to computing. Can I enrol in NFA031?")).not.toMatch(/Careful|To start in computing/);
  });
});

describe("a beginner's first units", () => {
  it("searches the computing department for « me reconvertir dans l'informatique », NFA031 first (it listed the whole catalog)", async () => {
    const reply = await replyTo(
      "Bonjour, j'ai 34 ans, je suis technicienne de laboratoire depuis 10 ans et je veux me reconvertir dans l'informatique. Je n'ai jamais programmé de ma vie, juste un peu d'Excel au travail. Je finis à 17h du lundi au vendredi, donc les soirs sont possibles. Par quelle UE je devrais commencer ?",
    );
    expect(reply).toMatch(/^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- NFA031 — Programmation avec Java : notions de base/);
    expect(reply).toMatch(/NFA031[^\n]*cours du soir/);
    expect(reply).not.toMatch(/ANG100|CFA109|DRS102/);
  });

  it("answers the hours and the distance of the unit found for \"how many hours of class is it, and can I do it at a distance?\"", async () => {
    const reply = await replyTo(
      "Hello! I'm an English teacher in a lycée and I want to switch to IT. I have a master's in English literature but zero coding background. Three questions: is there a unit for absolute programming beginners, how many hours of class is it, and can I do it at a distance?",
    );
    expect(reply).toMatch(/- NFA031 — Programmation avec Java : notions de base/);
    expect(reply).toMatch(/NFA031 — Programmation avec Java : notions de base: A 6-ECTS unit matches 50 reference class hours/);
    expect(reply).toMatch(/Yes: NFA031 is offered at a distance \(FOAD\)\./);
    expect(reply).not.toMatch(/2 ECTS = 22 h/);
  });

  it("does so in French, and keeps the table after a search for units in the plural", async () => {
    const one = await replyTo("Y a-t-il une UE pour les grands débutants en programmation, ça fait combien d'heures, et je peux la faire à distance ?");
    expect(one).toMatch(/NFA031 — Programmation avec Java : notions de base : Une UE de 6 ECTS correspond à 50 heures/);
    expect(one).toMatch(/Oui : NFA031 est proposée à distance \(FOAD\)\./);
    const several = await replyTo("Quelles UE de programmation pour débutants, et combien d'heures en tout ?");
    expect(several).toMatch(/2 ECTS = 22 h/);
  });

  it("reads « it » as no unit among several found on a subject, but as the one found alone", async () => {
    expect(await replyTo("is there a unit on databases, and how many hours is it?")).toMatch(/2 ECTS = 22 h/);
    expect(await replyTo("is there a unit on accounting, and how many hours is it?")).toMatch(/CFA109 — Information comptable et management: A 6-ECTS unit matches 50 reference class hours/);
  });
});

describe("a search told in a story", () => {
  it("finds DRS101 for employment contracts beside DRS102, each with how it is taught (it found DRS102 alone)", async () => {
    const reply = await replyTo(
      "I work as an accountant in a small company and my boss wants me to understand the legal side of employment contracts, and also the collective side: staff representatives, unions and so on. I only have evenings free, never Saturdays. Which units would cover that?",
    );
    expect(reply).toMatch(/- DRS101 — Droit du travail : relations individuelles \(6 ECTS, S1: evening classes\)/);
    expect(reply).toMatch(/- DRS102 — Droit du travail : relations collectives \(6 ECTS, S2: evening classes\)/);
  });

  it("keeps both labour law units for « des cours de droit du travail ? »", async () => {
    const reply = await replyTo("des cours de droit du travail ?");
    expect(reply).toMatch(/DRS101[\s\S]*DRS102/);
  });
});

describe("a diploma's split asked after its card", () => {
  it('gives the card once, no decline, for "How many credits is the licence and how is it split?"', async () => {
    const reply = await replyTo("How many credits is the licence and how is it split?");
    expect(reply).toMatch(/\*\*LG02501A — Licence informatique \(L3\): 60 ECTS\.\*\*/);
    expect(reply).toMatch(/UAALOT/);
    expect(reply).not.toMatch(/not in my sources/);
  });

  it('reads "how is the licence split?" alone as its composition', async () => {
    expect(await replyTo("how is the licence split?")).toMatch(/\*\*LG02501A — Licence informatique \(L3\): 60 ECTS\.\*\*/);
  });

  it("still asks a split of something else: « how are the exams split »", async () => {
    expect(await replyTo("How many credits is the licence and how are the exams split?")).toMatch(/For "how are the exams split", the answer is not in my sources/);
  });
});

describe("UAMM91, the engineering thesis", () => {
  it("is a UA of the engineering diplomas, marked sample data (it was not found)", async () => {
    const reply = await replyTo("What's UAMM91?");
    expect(reply).toMatch(/^UAMM91 — Mémoire d'ingénieur \(sample data\)/);
    expect(reply).toMatch(/Activity unit \(UA\)/);
    expect(reply).toMatch(/CYC9106A/);
    expect(reply).not.toMatch(/cannot find unit/);
  });
});

describe("experience weighed for the UA and the admission", () => {
  it("says « Pas encore » to a baker turned developer 5 months ago, the baking years outside the field (it got suggestions)", async () => {
    const reply = await replyTo(
      "Je suis auditeur depuis 3 ans et il ne me reste plus que l'UA pour finir ma licence. Je suis en reconversion, j'étais boulanger pendant dix ans, et ça fait seulement 5 mois que je suis développeur en alternance. Est-ce que je peux valider l'UA maintenant ?",
    );
    expect(reply).toMatch(/^Pas encore : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine/);
    expect(reply).toMatch(/dont 5 mois dans l'informatique/);
    expect(reply).toMatch(/projet d'application professionnelle/);
    expect(reply).not.toMatch(/^Oui/);
  });

  it("keeps « Oui » for two years as a developer", async () => {
    expect(await replyTo("je suis développeur depuis 2 ans, je peux valider l'UA de ma licence ?")).toMatch(/^Oui : pour Licence informatique \(L3\)/);
  });

  it("answers the admission exam for « qu'est-ce que je dois passer pour être admis » (it had « pas de réponse sûre »)", async () => {
    const reply = await replyTo(
      "Bonjour, je suis administrateur systèmes et réseaux depuis 3 ans après un BTS SIO, dont 2 ans vraiment sur la sécurité. Je vise le diplôme d'ingénieur en cybersécurité en cours du soir. Est-ce que j'ai assez d'expérience, et qu'est-ce que je dois passer pour être admis ?",
    );
    expect(reply).toMatch(/^Oui pour candidater/);
    expect(reply).toMatch(/UAAD91\. Elle vaut 0 ECTS et peut être tentée trois fois au plus/);
    expect(reply).not.toMatch(/pas de réponse sûre/);
  });
});
