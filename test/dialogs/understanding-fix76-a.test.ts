import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Set 76's misreadings: a diploma's credits asked beside its length (the plan left them to add up), a decimal grade asked rounded
 * as typed on a phone, an exam said missed by a woman or a grade « scraped » (left out of the summary), the semesters the common
 * core's five units take (it gave UTC501's prerequisites), and hours said free as a budget (45 h « correspondent à une UE de 6 ECTS »).
 */
async function repliesTo(...turns: string[]): Promise<string> {
  const conversation = await botConversation({});
  let last = "";
  for (const turn of turns) last = (await conversation.send(turn)).map((reply) => replyText(reply)).join("\n");
  return last;
}

describe("a diploma's credits asked with its length", () => {
  it.each([
    ["la licence cb d ects et sa dure cb de temps", /^Licence informatique \(L3\) \(LG02501A\) : 60 ECTS au total\. Sa durée n'est pas fixée : elle dépend du nombre d'UE que vous suivez par semestre\./, /Votre plan pour Licence informatique \(L3\) \(LG02501A\)/],
    ["combien d'ECTS pour la licence et en combien de temps on peut la finir ?", /^Licence informatique \(L3\) \(LG02501A\) : 60 ECTS au total\./, /Votre plan pour Licence informatique/],
    ["how many credits is the licence and how long will it take me", /^Licence informatique \(L3\) \(LG02501A\): 60 ECTS in all\. Its length is not fixed: it depends on how many units you take a semester\./, /Your plan for Licence informatique/],
  ])("« %s » says the 60 ECTS before the plan (the plan's semesters were left to add up)", async (user, credits, plan) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(credits);
    expect(reply).toMatch(plan);
    expect(reply).not.toMatch(/\b(120|180) ECTS/);
  });

  it("says them once when the diploma's card answers them: « la licence c combien d'ects et ça dure combien de temps ? »", async () => {
    const reply = await repliesTo("la licence c combien d'ects et ça dure combien de temps ?");
    expect(reply).toMatch(/^\*\*LG02501A — Licence informatique \(L3\) : 60 ECTS\.\*\*/);
    expect(reply).toMatch(/Votre plan pour Licence informatique/);
    expect(reply).not.toMatch(/60 ECTS au total/);
  });

  it.each([
    ["la licence ca dure combien de temps", /^Au plus vite, sans UE déjà validée/],
    ["combien d'ECTS pour la licence ?", /^\*\*LG02501A — Licence informatique \(L3\) : 60 ECTS\.\*\*/],
  ])("keeps « %s » as it was (its length alone, its credits alone)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/60 ECTS au total|Sa durée n'est pas fixée/);
  });
});

describe("a decimal grade asked rounded, typed on a phone", () => {
  it.each([
    ["9.5 sa sarrondi a 10 ou pas", /^Non, 9,5\/20 est sous la moyenne de 10\/20 \(il manque 0,5 point\) : les crédits ne sont pas acquis\. Vous pouvez repasser l'examen en session 2/],
    ["9.5 ca sarrondit a 10 ?", /^Non, 9,5\/20 est sous la moyenne de 10\/20/],
    ["9,75 c arondi a 10 ?", /^Non, 9,75\/20 est sous la moyenne de 10\/20 \(il manque 0,25 point\)/],
    ["is 9.5 rounded up to 10?", /^No, 9\.5\/20 is below the 10\/20 pass mark \(0\.5 points short\)/],
  ])("« %s » is below 10/20, not rounded (it did not know)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Yes)\b|Je ne sais pas|I do not know/);
  });
});

describe("a semester's outcomes told unit by unit", () => {
  it("counts an exam a woman says she missed: « j'étais absente à l'examen de NFA008 » (NFA008 was left out)", async () => {
    const reply = await repliesTo(
      "Bonsoir, petit bilan de mon semestre : j'ai eu 12 en UTC503, 9 en UTC504 et j'étais absente à l'examen de NFA008 parce que ma fille avait la varicelle. Je suis un peu perdue avec tout ça. Combien de crédits j'ai gagnés, et qu'est-ce que je dois repasser en session 2 ?",
    );
    expect(reply).toMatch(/^\*\*UTC503\*\* : Oui, avec 12\/20/);
    expect(reply).toMatch(/\*\*UTC504\*\* : Non, 9\/20 est sous la moyenne/);
    expect(reply).toMatch(/\*\*NFA008\*\* : absent\(e\) à l'examen : crédits non acquis ; la session 2 est ouverte aux absents, sans inscription/);
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC503\)\. À repasser : UTC504 et NFA008/);
    expect(reply).not.toMatch(/(6|9) ECTS acquis/);
  });

  it("counts a grade « scraped » and the exam missed in the summary asked for", async () => {
    const reply = await repliesTo(
      "Hey, bit of a mess this term. I moved house during the exam weeks, missed the UTC505 exam completely, scraped a 10 in UTC501 and got 9.5 in UTC502. My manager keeps asking me for an update on my training and I want to give him something precise. Can you sum up where I stand?",
    );
    expect(reply).toMatch(/^\*\*UTC501\*\*: Yes, with 10\/20/);
    expect(reply).toMatch(/\*\*UTC502\*\*: No, 9\.5\/20 is below the 10\/20 pass mark \(0\.5 points short\)/);
    expect(reply).toMatch(/\*\*UTC505\*\*: absent from the exam: credits not earned; session 2 is open to those absent, with no registration/);
    expect(reply).toMatch(/In total: 3 ECTS earned \(UTC501\)\. To sit again: UTC502 and UTC505/);
    expect(reply).not.toMatch(/(6|9) ECTS earned|rounded up/);
  });

  it.each([
    ["I scraped a 10 in UTC501, did I pass?", /^Yes, with 10\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC501 are earned/],
    ["j'étais absente à l'examen de NFA008, je peux repasser ?", /^Oui\. La session 2 est ouverte à ceux qui étaient absents à la session 1/],
  ])("« %s »", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });

  it("keeps a class missed no exam missed: « j'étais absente au cours de NFA008 hier »", async () => {
    expect(await repliesTo("j'étais absente au cours de NFA008 hier, je peux avoir le support ?")).not.toMatch(/absent\(e\) à l'examen|session 2/);
  });
});

describe("the semesters several units take", () => {
  it("plans the common core « UTC501 à 505 » (it gave UTC501's prerequisites alone)", async () => {
    const reply = await repliesTo("Je veux juste valider le tronc commun UTC501 à 505 le plus vite possible tout en travaillant. Ça me prendrait combien de semestres ?");
    expect(reply).toMatch(/^UTC501, UTC502, UTC503, UTC504 et UTC505 : 5 UE, 15 ECTS, environ 150 h de cours de référence \(hors travail personnel\)\.\nAucune de ces UE n'exige une autre d'entre elles/);
    expect(reply).toMatch(/- UTC501 Outils mathématiques pour l'informatique \(3 ECTS\) : premier semestre \(septembre à janvier\) : le lundi de 18h15 à 20h \(cours du soir\)[^\n]*niveau conseillé : niveau L2 informatique ou mathématiques/);
    expect(reply).toMatch(/- UTC502 [^\n]*niveau conseillé : Bac\+2 informatique/);
    expect(reply).toMatch(/Au plus vite : les 5 le même semestre, soit 1 semestre/);
    expect(reply).toMatch(/À 2 UE par semestre : 3 semestres \(1 an et demi\) :\n1\. premier semestre \(septembre à janvier\) : UTC501, UTC502/);
    expect(reply).toMatch(/À une UE par semestre : 5 semestres \(2 ans et demi\)\./);
    expect(reply).toMatch(/Ce calcul suppose chaque UE validée du premier coup/);
    expect(reply).not.toMatch(/UTC50\d demande UTC50\d|n'attend aucun prérequis/);
  });

  it("says it in English: \"how many semesters to finish UTC501 to UTC505 while working?\"", async () => {
    const reply = await repliesTo("how many semesters to finish UTC501 to UTC505 while working?");
    expect(reply).toMatch(/^UTC501, UTC502, UTC503, UTC504 and UTC505: 5 units, 15 ECTS, about 150 h of reference class hours/);
    expect(reply).toMatch(/None of these units requires another of them/);
    expect(reply).toMatch(/At 2 units a semester: 3 semesters \(1\.5 years\)/);
  });

  it("never puts a unit in the same semester as the one it requires: « combien de semestres pour UTC505 et RSX101 ? »", async () => {
    const reply = await repliesTo("combien de semestres pour UTC505 et RSX101 ?");
    expect(reply).toMatch(/RSX101 demande UTC505 : à suivre un semestre après\./);
    expect(reply).toMatch(/Au plus vite : au moins 2 semestres/);
    expect(reply).not.toMatch(/les 2 le même semestre/);
  });

  it.each([
    ["combien de semestres pour RSX103 et SEC105 ?", /^Pour arriver à RSX103 [\s\S]*Pour arriver à SEC105/],
    ["dans quel ordre prendre NFA031, NFA032 et NFP121 ?", /^NFA031 \(Programmation avec Java : notions de base\) n'attend aucun prérequis/],
    ["combien de semestres au minimum pour RSX103 ?", /^Pour arriver à RSX103[\s\S]*Soit 3 semestres au minimum/],
    ["NFA031 puis NFA032 puis NFP119, ça fait combien de semestres ?", /^NFA031, puis NFA032, puis NFP119, chacune après la précédente/],
  ])("keeps each unit's own way: « %s »", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/heures? de cours de référence \(hors travail personnel\)/);
  });
});

describe("hours said free are a budget", () => {
  it.each([
    ["jai 45h de dispo cette annee ca fait quoi en credit", /^Avec 45 h de cours au plus : 4 ECTS \(1 UE de 4 ECTS = 40 h, ou 2 UE de 2 ECTS = 44 h\)/],
    ["j'ai 45 heures de libre, ça fait combien d'ECTS ?", /^Avec 45 h de cours au plus : 4 ECTS/],
    ["I have 45 hours available this year, how many credits is that?", /^With at most 45 class hours: 4 ECTS \(1 unit of 4 ECTS = 40 h, or 2 units of 2 ECTS = 44 h\)/],
  ])("« %s » holds 4 ECTS, not a 6-ECTS unit's 50 h", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/correspond(ent)? à une UE de 6 ECTS|match(es)? a 6-ECTS unit/);
  });

  it.each([
    ["45h ca fait combien de credits", /^45 h de cours correspondent à une UE de 6 ECTS \(référence 50 h, plage 45-55 h\)/],
    ["un cours de 45 h ça fait combien d'ECTS ?", /^45 h de cours correspondent à une UE de 6 ECTS/],
  ])("keeps a conversion a conversion: « %s »", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });
});

describe("the review's probes", () => {
  it.each([
    ["10,5 sa sarrondi a 11 ?", /^Les sources ne disent rien d'un arrondi des notes : seulement que les crédits s'obtiennent avec au moins 10\/20\. Avec 10,5\/20 \(au moins 10\/20\), l'unité est validée/],
    ["12,75 sarrondi a 13 ?", /^Les sources ne disent rien d'un arrondi des notes[^\n]*Avec 12,75\/20 \(au moins 10\/20\), l'unité est validée/],
    ["10,5 ça s'arrondit à 11 ?", /^Les sources ne disent rien d'un arrondi des notes[^\n]*Avec 10,5\/20/],
    ["12,5 arrondi ça fait 13 sur le relevé ?", /^Les sources ne disent rien d'un arrondi des notes[^\n]*Avec 12,5\/20/],
    ["is 10.5 rounded up to 11?", /^The sources say nothing of grades being rounded: only that the credits are earned with at least 10\/20\. With 10\.5\/20/],
  ])("« %s »: a passing grade asked rounded is validated, with no yes to a rounding the sources never speak of", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Yes)\b|Je ne sais pas|I do not know|arrondie? à 1[13]|rounded (up )?to 11/);
  });

  it.each([
    ["I earned 12 in NFA031, what should I take next?", /^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/, /NFA031 is advised \(not required\) before: NFA032 [^\n]*NFP119/],
    ["I got 12 in NFA031, what should I take next?", /^Yes, with 12\/20/, /NFA031 is advised \(not required\) before: NFA032/],
    ["I earned 14 in UTC505, which units does it open?", /^Yes, with 14\/20 [^\n]*the 3 ECTS of UTC505 are earned/, /UTC505 is required before:\n- RSX101 \([^)]*\): open to you with what you have passed/],
    ["I got 14 in UTC505, which units does it open?", /^Yes, with 14\/20/, /UTC505 is required before:/],
    ["j'ai décroché 12 en UTC505, ça ouvre quelles UE ?", /^Oui, avec 12\/20 [^\n]*les 3 ECTS de UTC505 sont acquis/, /UTC505 est exigée avant :\n- RSX101 \([^)]*\) : ouverte pour vous avec ce que vous avez validé/],
    ["j'ai eu 12 en UTC505. Ça ouvre quelles UE ?", /^Oui, avec 12\/20/, /UTC505 est exigée avant :/],
  ])("« %s »: the grade, then the units the unit passed opens (only the grade was said)", async (user, grade, opens) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(grade);
    expect(reply).toMatch(opens);
    expect(reply).not.toMatch(/Can I enrol in UTC505|Puis-je m'inscrire à UTC505/);
  });

  it.each([
    ["j'ai eu 8 en UTC505, ça ouvre quelles UE ?", /^Non, 8\/20 est sous la moyenne/],
    ["j'ai eu 12 en NFA031, je fais quoi maintenant ?", /^Oui, avec 12\/20/],
  ])("keeps « %s » a grade's answer (a grade below 10 opens nothing; what now is no unit's facet)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/exigée avant|advised \(not required\) before|conseillée \(non exigée\)/);
  });

  it("leaves the units of a range said passed out: « combien de semestres pour UTC501 à 505 si j'ai déjà UTC501 et UTC502 ? »", async () => {
    const reply = await repliesTo("combien de semestres pour UTC501 à 505 si j'ai déjà UTC501 et UTC502 ?");
    expect(reply).toMatch(/^UTC503, UTC504 et UTC505 : 3 UE, 9 ECTS, environ 90 h de cours de référence/);
    expect(reply).toMatch(/À une UE par semestre : 3 semestres/);
    expect(reply).not.toMatch(/5 UE|15 ECTS|- UTC501 |- UTC502 /);
  });

  it.each([
    ["combien de semestres pour NFA031 et NFA032 ?", /NFA032 conseille le niveau de NFA031 \(conseillé, pas exigé\) : à suivre un semestre après/, /Au plus vite : au moins 2 semestres/],
    ["how many semesters for NFA031 and NFA032 while working?", /NFA032 advises the level of NFA031 \(advised, not required\): to take a semester later/, /As fast as possible: at least 2 semesters/],
    ["combien de semestres pour NFA031 et NFP119 ?", /NFP119 conseille le niveau de NFA031 \(conseillé, pas exigé\)[^\n]*\nLe niveau conseillé de NFP119 nomme aussi NFA032, que vous ne citez pas/, /Au plus vite : au moins 2 semestres/],
  ])("« %s » takes the advised unit first, never both in one semester", async (user, advised, fastest) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(advised);
    expect(reply).toMatch(fastest);
    expect(reply).not.toMatch(/Aucune de ces UE n'exige|None of these units requires|les 2 le même semestre|both in the same semester/);
  });

  it("keeps a UA out of the semesters: « combien de semestres pour UTC501 et UAALOT ? » is UTC501's way, as before", async () => {
    const reply = await repliesTo("combien de semestres pour UTC501 et UAALOT ?");
    expect(reply).toMatch(/^UTC501 \(Outils mathématiques pour l'informatique\) n'attend aucun prérequis/);
    expect(reply).not.toMatch(/2 UE|au moins 2 semestres|UAALOT[^\n]*n'attend aucun prérequis/);
  });

  it("says a sample diploma's credits as its card does: « combien de crédits pour le CYC9106A et en combien de temps on peut le finir ? »", async () => {
    const reply = await repliesTo("combien de crédits pour le CYC9106A et en combien de temps on peut le finir ?");
    expect(reply).toMatch(/\(CYC9106A\) : 78 ECTS dans les parties listées ici \(données d'exemple : le total réel du diplôme peut être différent\)\. Sa durée n'est pas fixée/);
    expect(reply).not.toMatch(/78 ECTS au total/);
  });
});
