import { describe, expect, it } from "vitest";
import { botConversation, repliesOf } from "../support/bot";
import { replyText } from "../support/turn-table";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a unit of a diploma gone without, or asked whether compulsory, gets its « Non » or « Oui »", () => {
  it.each([
    ["Je suis vraiment nul en anglais. Je peux faire la licence sans l'UE d'anglais ?", /^Non : ANG320 est obligatoire \(Management de projet et anglais\)\.\nPour suivre ANG320, le catalogue indique : test de positionnement\./],
    ["la licence sans anglais c'est possible ?", /^Non : ANG320 est obligatoire/],
    ["Can I get the licence without the English unit?", /^No: ANG320 is compulsory[\s\S]*To take ANG320, the catalog says \(in French\): « test de positionnement »/],
    ["Can I skip English in the licence?", /^No: ANG320 is compulsory/],
  ])("« %s » says ANG320 is compulsory (it showed the licence's card alone)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Yes)\b|ANG100/);
  });

  it.each([
    ["gdn100 jsuis oblige de la faire pr la licence ?", /^Oui : GDN100 est obligatoire \(Management de projet et anglais\)\./],
    ["je suis obligé de faire GDN100 pour la licence ?", /^Oui : GDN100 est obligatoire/],
    ["must I do GDN100 for the licence?", /^Yes: GDN100 is compulsory/],
  ])("« %s » says GDN100 is compulsory (it said its sources did not say)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas|not in my sources|optionnelle|optional/);
  });

  it.each([
    ["GDN100 je suis obligé de la suivre le samedi ?", /GDN100/],
    ["must I take NFA031 before NFP121?", /NFP121/],
  ])("keeps « %s » a question of its own, no yes or no on the licence", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/obligatoire \(Management|compulsory \(Management/);
  });

  it("keeps « Je peux faire la licence sans le bac ? » without a unit said compulsory", async () => {
    const reply = await replyTo("Je peux faire la licence sans le bac ?");
    expect(reply).toMatch(/^\*\*LG02501A — Licence informatique \(L3\)[\s\S]*DUT\/BTS informatique/);
    expect(reply).not.toMatch(/^(Non|Oui) :/);
  });
});

describe("the experience a UA asks, and whether one's years count for it", () => {
  it("answers the three years of a developer for the licence's experience unit: yes, UAALOT asks one year, by a dossier", async () => {
    const reply = await replyTo(
      "Hi, I've been a Java developer in a small agency for three years, mostly back-end work, without any degree beyond a two-year technical diploma in computing. I'm now aiming for the licence informatique so I can move to a bigger company. I read there is a work-experience unit worth a lot of credits: would my three years count for it?",
    );
    expect(reply).toMatch(/^Yes: for Licence informatique \(L3\), its activity unit UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 3 years of experience in IT: you validate it with a report presenting your experience/);
    expect(reply).not.toMatch(/^No\b|requires 3 years/);
  });

  it("answers the same asked in French", async () => {
    expect(await replyTo("je suis dev depuis 3 ans, ça compte pour l'UE d'expérience de la licence ?")).toMatch(/^Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine/);
  });

  it.each([
    ["UAALOV, ça demande quoi comme expérience ?", /^Pour un titre RNCP \(niveau 6 ou 5\) : son UA UAALOV \(39 ECTS\) se valide par un dossier d'expérience si vous avez 2 ans d'expérience dans le domaine[\s\S]*3 ans hors domaine plus un stage de 3 à 6 mois/],
    ["what experience does UAALOV require?", /^For an RNCP title \(level 6 or 5\): its activity unit UAALOV \(39 ECTS\)[\s\S]*2 years of experience in the field/],
    ["UAALOT il faut combien d'années d'expérience ?", /^Pour Licence informatique \(L3\) : son UA UAALOT \(17 ECTS\) se valide par un dossier d'expérience si vous avez 1 an d'expérience dans le domaine/],
  ])("« %s » says the years the UA asks (it showed the card, « aucun prérequis formel »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/aucun prérequis formel|no formal prerequisite/);
  });

  it("keeps « UAALOV c'est quoi ? » the unit's card", async () => {
    expect(await replyTo("UAALOV c'est quoi ?")).toMatch(/^UAALOV — Prise en compte de l'expérience professionnelle/);
  });
});

describe("a diploma asked whether the catalog holds it, by what it is turned to", () => {
  it.each([
    ["Il existe un diplôme d'ingénieur Cnam orienté génie logiciel ?", /^Oui : CYC9101A — Diplôme d'ingénieur, spécialité informatique, parcours architecture et ingénierie des systèmes et des logiciels[\s\S]*CYC9102A[\s\S]*CYC9106A/],
    ["is there an engineering degree focused on software?", /^Yes: CYC9101A — /],
  ])("« %s » says yes, CYC9101A (it asked « De quel diplôme parlez-vous ? »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/De quel diplôme|Which diploma/);
  });

  it("says an engineering degree « orienté réseaux » is not in the catalog", async () => {
    expect(await replyTo("Vous avez un diplôme d'ingénieur orienté réseaux ?")).toMatch(/^Mon catalogue ne contient pas ce diplôme \(ingénieur réseaux\)/);
  });

  it("keeps « Quelles UE pour la licence ? » the card alone", async () => {
    expect(await replyTo("Quelles UE pour la licence ?")).toMatch(/^\*\*LG02501A/);
  });
});

describe("entering the licence after a story of macros at work is no course's content", () => {
  it.each([
    [
      "Bonjour, j'ai obtenu un DUT GEA il y a six ans et depuis je travaille comme gestionnaire de paie. Je passe mes journées sur des logiciels et j'ai commencé à automatiser des tableaux avec des macros, ce qui m'a donné envie de changer de métier. Je me demande si je peux m'inscrire directement en licence informatique au Cnam, en cours du soir.",
      /^Non, pas directement : d'après ce que vous dites \(DUT GEA\), vous n'avez pas le profil attendu pour entrer en LG02501A\.\nAccès LG02501A : Accès en L3 avec un DUT\/BTS informatique ou équivalent ; les autres profils suivent d'abord des UE préparatoires\./,
    ],
    [
      "Hi, I hold a two-year diploma in accounting and I've been automating spreadsheets with macros for years, which made me want to change careers. Can I enrol directly in the licence informatique, in evening classes?",
      /^No, not directly/,
    ],
  ])("« %s » weighs the studies against the licence's access (it declined a course's content)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/contenu des cours|content of courses|^(Oui|Yes)\b/);
  });

  it("keeps a macro explained a course's content", async () => {
    expect(await replyTo("Explique-moi les pointeurs en C pour mon examen de NSY103")).toMatch(/contenu des cours/);
  });
});

describe("units looked for by a beginner, or open without a diploma", () => {
  it.each([
    ["Un module de management d'équipe accessible sans diplôme particulier, ça existe ?", /^Les UE du catalogue sur « management d'équipe » sans prérequis :\n- TET102 — Management d'équipe et communication \(6 ECTS/],
    ["is there a team management course open without any particular degree?", /TET102 — Management d'équipe et communication/],
  ])("« %s » names TET102 (it explained units à la carte)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/MSE102|PRS201|à la carte/);
  });

  it("gives ANG100 to an A1 learner of English (« A1 at best » was read as a ranking and declined)", async () => {
    const reply = await replyTo("My English is really poor, A1 at best. Is there something for total beginners?");
    expect(reply).toMatch(/ANG100 — Anglais général pour débutants \(6 ECTS/);
    expect(reply).not.toMatch(/I can only answer|ANG320/);
  });

  it("still declines the best of something else", async () => {
    expect(await replyTo("what's the best antivirus?")).toMatch(/I can only answer questions about Cnam Paris evening courses/);
  });
});

describe("what a unit asks to get in, and a level said short of it", () => {
  it.each([
    ["Pour ANG320 il y a une forme de sélection à l'entrée ?", /^Oui : pour ANG320, le catalogue indique « test de positionnement »/],
    ["is ANG320 selective?", /^Yes: for ANG320, the catalog says "test de positionnement"/],
  ])("« %s » says the placement test (it said its sources did not say)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas|not in my sources/);
  });

  it("warns a learner who only has a bac+2 that DSY101 expects level L3 (it said « ✅ Oui »)", async () => {
    const reply = await replyTo("DSY101 ça m'intéresse, mais je n'ai qu'un bac+2. C'est pour qui exactement ?");
    expect(reply).toMatch(/Attention : DSY101 attend le niveau L3, et ce que vous dites de vos études \(bac\+2\) n'y correspond pas/);
    expect(reply).not.toMatch(/✅ Oui/);
  });

  it("warns on C only, not as new to computing, a network technician with a BTS SIO who never really programmed in C", async () => {
    const conversation = await botConversation();
    const replies = await conversation.send(
      "Hello, I've been a network technician for four years and I hold a BTS in computing (SIO, SISR option). At work we're moving many servers to Linux and I'd like to understand the system properly instead of copying commands. I've never really programmed in C, though I can read simple scripts. Can I enrol in NSY103?",
    );
    const text = replies.map((reply) => replyText(reply)).join("\n");
    expect(text).toMatch(/Careful: NSY103 expects bases en systèmes d'exploitation, savoir lire du C/);
    expect(text).toMatch(/⚠️ No rule stops you from enrolling in NSY103/);
    expect(text).not.toMatch(/new to computing|To start in computing|✅ Yes/);
  });

  it("keeps someone who never programmed in their life a beginner", async () => {
    expect(await replyTo("I've never programmed in my life, can I take NFP121?")).toMatch(/new to computing/);
  });
});

describe("the review's probes", () => {
  it.each([
    ["je peux valider la licence sans le module de gestion de projet ?", /^Les UE du catalogue qui en parlent : NFA018 \(Gestion de projet informatique\), NSY115 \(Conduite d'un projet informatique\) et GDN100 \(Management de projet\)\. Dans LG02501A :\nGDN100 est obligatoire \(Management de projet et anglais\)\.\nNSY115 compte dans le bloc/],
    ["je peux avoir la licence sans le cours de gestion de projet ?", /GDN100 est obligatoire \(Management de projet et anglais\)/],
    ["la licence sans l'UE de gestion c'est possible ?", /^Les UE du catalogue qui en parlent : NFA018 \(Gestion de projet informatique\), NFP107/],
  ])("« %s » names no one unit of « gestion » said to be done without (it said « Oui : NFP107 »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Non) :|Oui : NFP107/m);
  });

  it("says UTC501 is compulsory to one who would validate the licence without the maths module (it showed the card alone)", async () => {
    const reply = await replyTo("Est-ce que je peux valider la licence sans avoir fait le module de maths ?");
    expect(reply).toMatch(/^Non : UTC501 est obligatoire \(Tronc commun/);
    expect(reply).not.toMatch(/^Oui/);
  });

  it.each([
    ["la licence sans cours en présentiel, c'est possible ?", /Peut-on suivre des UE à distance \?/],
    ["je peux faire la licence sans venir en cours ?", /Peut-on suivre des UE à distance \?/],
    ["Can I do the licence without any class on site?", /Can I take units remotely\?/],
  ])("keeps « %s » a question of attending (it got the licence's card alone)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^\*\*LG02501A/);
  });

  it.each([
    ["Y a-t-il une licence orientée développement web ?", /^\*\*LG02501A — Licence informatique \(L3\)/],
    ["Vous avez une licence axée sur la sécurité ?", /^Mon catalogue ne contient pas ce diplôme \(licence sécurité\)/],
  ])("« %s » gets no « Oui : LG02501A » for a focus the licence is not read to have", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Oui : LG02501A/);
  });

  it.each([
    ["UAMM91 ça demande quelle expérience ?", /^Je ne trouve pas l'unité UAMM91 dans le catalogue\. Vouliez-vous dire UAAD91 \?/],
    ["UAXX99 combien d'années d'expérience ?", /^Je ne trouve pas l'unité UAXX99 dans le catalogue\./],
    ["UAEP01 il faut combien d'années ?", /^Je ne trouve pas l'unité UAEP01 dans le catalogue\. Vouliez-vous dire UAEP04 \?/],
  ])("« %s » says the UA is not in the catalog (it gave the experience table)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Expérience demandée pour l'UA/);
  });

  it("says the years UAALOV asks to \"UAALOV how many years?\" (it said it needs no prerequisite)", async () => {
    const reply = await replyTo("UAALOV how many years?");
    expect(reply).toMatch(/^For an RNCP title \(level 6 or 5\): its activity unit UAALOV \(39 ECTS\)[\s\S]*2 years of experience in the field/);
    expect(reply).not.toMatch(/needs no prerequisite/);
  });

  it.each([
    ["l'examen de NFA031 est sélectif ?", /Je ne sais pas répondre à cette question/],
    ["est-ce que l'examen de GLG105 est sélectif ?", /Je ne sais pas répondre à cette question/],
    ["Is the NFA031 exam selective?", /^My sources do not say that about NFA031/],
    ["the grading of SEC101 is selective?", /^My sources do not say that about SEC101/],
  ])("« %s » is no question of prerequisites (it gave them)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Prérequis de|Prerequisites of/);
  });

  it.each(["La licence est accessible sans diplôme ?", "La licence est accessible sans diplôme particulier ?"])("« %s » says the licence's access first (it listed its units « sans prérequis »)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Accès LG02501A : Accès en L3 avec un DUT\/BTS informatique ou équivalent ; les autres profils suivent d'abord des UE préparatoires\.\n\n\*\*LG02501A/);
    expect(reply).not.toMatch(/sans prérequis|n'ont pas de cours/);
  });

  it.each([
    ["I've never programmed in any language, can I take UTC503?", /new to computing[\s\S]*start with NFA031/],
    ["I've never programmed in anything, can I take NFP121?", /new to computing/],
    ["I've never programmed in any language, can I take NFA032?", /validating NFA031 first is advised/],
  ])("« %s » warns a beginner (it said « ✅ Yes, if you have the expected level »)", async (message, reads) => {
    const conversation = await botConversation();
    const text = (await conversation.send(message)).map((reply) => replyText(reply)).join("\n");
    expect(text).toMatch(reads);
    expect(text).not.toMatch(/✅ Yes/);
  });
});
