import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * What learners weigh against a budget of hours (options, units said by their credits) and the route an internship opens
 * for a UA: each reply says what holds for the case told, never the reference of one unit's hours.
 */
async function repliesTo(user: string): Promise<string> {
  const conversation = await botConversation({});
  return (await conversation.send(user)).map((reply) => replyText(reply)).join("\n");
}

describe("options and units by their credits against a budget of hours", () => {
  it.each([
    // Two units offered as a choice are each weighed, then together (they were summed into one: « Non … 220 h », false).
    ["j'ai un budget de 110 h cette année, je prends NFA031 ou NFA008 ?", /^Les deux options tiennent chacune dans vos 110 h :\n- Oui : NFA031 \(50 h\)[^\n]*dans vos 110 h[^\n]*\n- Oui : NFA008 \(50 h\)[^\n]*\nLes deux ensemble : 100 h pour 12 ECTS, dans vos 110 h\.$/],
    // « soit … soit … » with units said by their credits (it got « Non : pour 6 ECTS, la référence est 50 h ; 110 h s'en écartent de 120 % »).
    ["mon employeur paie 110 heures max. est-ce que je peux faire soit une UE de 6 soit deux UE de 3 ?", /^Les deux options tiennent chacune dans vos 110 h :\n- Oui : une UE de 6 ECTS \(50 h\)[^\n]*\n- Oui : 2 UE de 3 ECTS \(60 h\)/],
    // A unit the learner says they will take, offered against units by their credits.
    ["mon employeur paie 110 heures max, je fais NFA031 ou deux UE de 3 ?", /^Les deux options[^\n]*\n- Oui : NFA031 \(50 h\)[^\n]*\n- Oui : 2 UE de 3 ECTS \(60 h\)/],
    // One option over the budget: said which.
    ["I have 60 hours max: NFA031 or NFA008 and UTC501?", /^Only one of the two options fits within your 60 h:\n- Yes: NFA031 \(50 h\)[^\n]*\n- No: NFA008 \(50 h\) \+ UTC501 \(30 h\) = 80 reference class hours[^\n]*over your 60 h/],
    // Units by their credits alone against a budget: whether they fit, not whether 110 h are one unit's hours.
    ["110 h max, une UE de 6 ça rentre ?", /^Oui : une UE de 6 ECTS \(50 h\) = 50 heures de cours de référence \(45-55 h\) pour 6 ECTS, dans vos 110 h/],
    ["j'ai 110 h max, je peux faire deux UE de 6 ?", /^Oui : 2 UE de 6 ECTS \(100 h\) = 100 heures de cours de référence \(90-110 h\) pour 12 ECTS, dans vos 110 h/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/s'en écartent|deviate/);
  });

  it.each([
    // How many units or credits a budget holds, and a plain « ou pas », stay what they were.
    ["150 h max, combien d'UE de 6 ?", /^Avec 150 h : 3 UE de 6 ECTS/],
    ["mon employeur me finance 60 heures max, ça me fait combien d'ECTS ?", /^Avec 60 h de cours au plus : 6 ECTS/],
    ["j'ai 100 h max, NFA008 et NFA040 ça passe ou pas ?", /^Oui : NFA008 \(50 h\) \+ NFA040 \(40 h\) = 90 heures/],
  ])("%s", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });
});

describe("an internship already done, for a UA", () => {
  it("says yes by the internship's route when the internship is as long as the route asks (it led with « Pas par un dossier d'expérience »)", async () => {
    expect(await repliesTo("j'ai fait un stage de 6 mois en entreprise l'an dernier comme dev, ça compte pour l'UA de la licence ?")).toMatch(/^Oui, par la voie du stage : pour Licence informatique \(L3\),[\s\S]*Votre stage de 6 mois répond à cette voie/);
    expect(await repliesTo("I did a 6-month internship as a developer, does it count for the licence's UA?")).toMatch(/^Yes, through the internship route: for Licence informatique \(L3\)[\s\S]*Your 6-month internship fits that route/);
  });

  it("gives no « Oui » to an internship shorter than the route asks: the conditions only", async () => {
    const replies = await repliesTo("j'ai fait un stage de 3 mois, ça compte pour l'UA de la licence ?");
    expect(replies).toMatch(/^Pour Licence informatique \(L3\) : son UA UAALOT \(17 ECTS\) se valide par un dossier d'expérience si vous avez 1 an[\s\S]*pendant un stage de 6 mois/);
    expect(replies).not.toMatch(/^Oui/m);
  });
});

describe("searches of two subjects joined, and a beginner's field", () => {
  it("lists the units of each subject joined by « et » when no title holds both (it listed RCP101 alone)", async () => {
    const replies = await repliesTo("Je m'intéresse à la recherche opérationnelle et à l'optimisation, quelles UE ?");
    for (const code of ["NFA010", "RCP101", "RCP105", "RCP104"]) expect(replies).toContain(code);
    expect(await repliesTo("je cherche des cours de droit et de management")).toMatch(/DRS101[\s\S]*TET102|TET102[\s\S]*DRS101/);
  });

  it("keeps subjects that titles hold together as found", async () => {
    const replies = await repliesTo("y a des cours de réseaux et sécurité ?");
    expect(replies).toContain("UTC505");
    expect(replies).not.toContain("RCP101");
  });

  it.each([
    // A beginner's field and what they start from (it listed every beginner unit of the catalog, English and law first).
    ["Je veux me mettre à la cybersécurité mais je pars de zéro en réseau. Par quoi je commence ?", /^Les UE du catalogue sur « cybersécurité et réseau » pour débutants \(sans prérequis\) :\n- UTC505/],
    ["je veux me mettre à la cybersécurité, je pars de zéro, je commence par quoi ?", /^Les UE du catalogue sur « cybersécurité » pour débutants \(sans prérequis\) :\n- UTC505/],
    ["I want to get into cybersecurity, I'm a total beginner, where do I start?", /^Units of the catalog on "cybersecurity" for beginners \(no prerequisite\):\n- UTC505/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toContain("ANG100");
  });
});

describe("requests of other things beside studying here", () => {
  it.each([
    // Somewhere to eat, whatever class it comes before (it got the page on where classes take place).
    ["Where can I grab a quick dinner near rue Saint-Martin before my 6:15 class?"],
    ["où je peux manger un truc rapide avant mon cours de 18h15 ?"],
    // One's partner or one's studies, asked as one's view (it got the units' timetables).
    ["Depuis que j'ai repris les cours du soir en septembre (NFA008 et GDN100), ma compagne me reproche de ne plus être jamais à la maison, on se dispute tous les soirs quand je rentre à 22h. Elle menace de partir. Franchement, à votre avis, je dois arrêter ma formation ou on devrait se séparer ?"],
  ])("%s", async (user) => {
    expect(await repliesTo(user)).toMatch(/^(Je ne peux répondre qu'aux questions|I can only answer questions)/);
  });

  it("answers the question on studying here told after one declined, and drops what only goes with the declined one", async () => {
    const replies = await repliesTo(
      "Je suis en CDI depuis 4 ans comme comptable et je m'ennuie terriblement. J'aimerais démissionner pour me consacrer à la licence informatique à plein temps. Est-ce que j'aurai droit au chômage si je démissionne pour me former, et combien je toucherai par mois ? Et au fait, avec un BTS compta, j'entre directement en L3 ?",
    );
    expect(replies).toMatch(/^Je ne peux répondre qu'aux questions/);
    expect(replies).toMatch(/Non, pas directement : d'après ce que vous dites \(BTS compta\)/);
    expect(replies).not.toMatch(/combien je toucherai/);
  });

  it("keeps where classes take place and a unit's evenings as they were", async () => {
    expect(await repliesTo("NFA008 c'est le soir ?")).toMatch(/^Oui : NFA008 est proposée en cours du soir/);
  });
});

describe("a unit's class size, its volume judged, and whether it comes after another", () => {
  it.each([
    ["I'm a bit shy in big groups. How many students are usually in an NFA031 class?", /^My sources do not give the usual class size of NFA031/],
    ["ils sont combien en général dans une classe de NFA031 ?", /^Je n'ai pas la taille habituelle des groupes de NFA031 dans mes sources/],
  ])("%s: the class size is said not held, not the seats left", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/seats|places/);
  });

  it.each([
    // The unit's hours told with « planning » and judged: its credits and the range (it got its timetable).
    ["Sur le planning j'ai compté à peu près 40 h de cours pour NFA040. C'est pas un peu léger pour une UE ?", /^NFA040 — Architecture et langages du Web : 4 ECTS\.\nRien d'anormal : 40 h de cours sont dans la plage de référence de 4 ECTS \(36-44 h/],
    ["NFA040 40 h c'est normal ?", /^NFA040 — Architecture et langages du Web : 4 ECTS\.\nRien d'anormal/],
    // Out of the range: no yes or no, whom to ask (it got the unit's hours only).
    ["NFA031 on m'annonce 30 h, c'est une erreur ?", /^NFA031 — Programmation avec Java : notions de base : 6 ECTS\.\n30 h, c'est hors de la plage de référence de 6 ECTS \(45-55 h[\s\S]*secrétariat pédagogique/],
  ])("%s", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });

  it.each([
    ["NFA035 c'est après NFA032 ?", /^Non : NFA032 n'est pas un prérequis de NFA035\./],
    ["is NFA035 after NFA032?", /^No: NFA032 is not a prerequisite of NFA035\./],
    ["NFA032 c'est après NFA031 ?", /^Pas forcément : NFA032 attend le niveau de NFA031/],
    // Asked of the unit before (it got NFA032's hours).
    ["nfa035 cb de credits ? et c apres nfa032 ?", /4 ECTS[\s\S]*\nNon : NFA032 n'est pas un prérequis de NFA035\./],
  ])("%s", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });
});

describe("answers at the question of the units passed", () => {
  it("takes « le semestre de septembre » as the semester and asks the units again (it got the exam calendar)", async () => {
    const conversation = await botConversation({});
    await conversation.send("je veux faire RSX103");
    const replies = (await conversation.send("le semestre de septembre")).map((reply) => replyText(reply)).join("\n");
    expect(replies).toMatch(/^Noté : je regarde pour \d{4}-\d{4} S1\.\nRSX103 demande d'avoir validé UTC502, UTC505 et RSX101/);
    expect(replies).not.toMatch(/examen/);
  });

  it("reads the last unit of a list said with its own grade as graded (« RSX101 j'ai eu 9 » was counted validated: false)", async () => {
    const conversation = await botConversation({});
    await conversation.send("je veux faire RSX103 au second semestre");
    const replies = (await conversation.send("j'ai UTC502 et UTC505, RSX101 j'ai eu 9")).map((reply) => replyText(reply)).join("\n");
    expect(replies).toMatch(/Non, vous ne pouvez pas vous inscrire à RSX103/);
    expect(replies).toMatch(/RSX101[^\n]*9/);
    expect(replies).not.toMatch(/RSX101 validée/);
  });
});

describe("notions listed and said not understood", () => {
  it.each(["ue ua us jcomprend rien a vos sigles 😅", "UE UA US c quoi", "UE, UA, US, I don't get it"])("%s: what each one is (it explained the US alone)", async (user) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(/unité d'enseignement \(UE\)|teaching unit|course unit/i);
    expect(replies).toMatch(/unité d'activité \(UA\)|activity unit/i);
    expect(replies).toMatch(/unités spécifiques \(US\)|specific units/i);
  });
});

describe("a compulsory unit, to someone who hopes what they hold counts instead", () => {
  it.each([
    ["GDN100 est obligatoire pour la licence même si j'ai le TOEIC ?", /^Oui : GDN100 est obligatoire[^\n]*\nUne dispense de GDN100 par une certification ou un diplôme déjà obtenu n'est pas dans mes sources/],
    ["Is GDN100 compulsory for the licence even though I'm PMP certified?", /^Yes: GDN100 is compulsory[^\n]*\nAn exemption from GDN100 through a certificate or a diploma you already hold is not in my sources/],
  ])("%s: the yes, then that an exemption is not in the sources (the yes alone read as none possible: false)", async (user, expected) => {
    expect(await repliesTo(user)).toMatch(expected);
  });

  it("says nothing of an exemption to a plain question", async () => {
    expect(await repliesTo("GDN100 est obligatoire pour la licence ?")).not.toMatch(/dispense/);
  });
});

describe("set 65's false replies, read after its sealed run (not blind)", () => {
  it("says a diploma the catalog does not hold is not held, whatever way of studying is asked with it (an MBA in evening classes got « Yes » and the evening times)", async () => {
    for (const user of ["Do you run an MBA in evening classes?", "vous faites un MBA en cours du soir ?"]) {
      const replies = await repliesTo(user);
      expect(replies).toMatch(/^(My catalog does not hold that diploma|Mon catalogue ne contient pas ce diplôme) \(MBA\)/);
      expect(replies).not.toMatch(/^(Yes|Oui)/m);
    }
  });

  it("answers a volume asked whether it is a mistake once, without the « No » its first question alone got", async () => {
    const replies = await repliesTo("The course page says 45 hours for a 4 ECTS unit. Isn't it supposed to be 40? Is that a mistake?");
    expect(replies).toMatch(/^45 h is outside the reference range for 4 ECTS \(36-44 h, reference 40 h\)[\s\S]*I cannot tell whether it is a mistake/);
    expect(replies).not.toMatch(/^No:/m);
    // Another question beside it is still answered.
    expect(await repliesTo("40 h pour 6 ECTS, c'est une erreur ? et c'est le soir ?")).toMatch(/hors de la plage de référence[\s\S]*18h15/);
  });

  it("weighs studies said in phone typing (« jsors dun bac pro vente ») against the level a unit expects (it gave a conditional « Oui »)", async () => {
    const replies = await repliesTo("jsors dun bac pro vente, nfp121 je peux la prendre ?");
    expect(replies).toMatch(/ce que vous dites de vos études \(bac pro vente\) n'y correspond pas/);
    expect(replies).not.toMatch(/✅ Oui, si vous avez le niveau attendu/);
  });
});

describe("a grade said alone after the page on session 2", () => {
  it.each([
    ["I failed my UTC505 exam", "8", /^No, 8\/20 is below the 10\/20 pass mark/],
    ["j'ai raté l'examen de UTC505", "8", /^Non, 8\/20 est sous la moyenne de 10\/20/],
  ])("%s, then %s: that unit's grade (it got « I did not understand »)", async (first, second, expected) => {
    const conversation = await botConversation({});
    await conversation.send(first);
    expect((await conversation.send(second)).map((reply) => replyText(reply)).join("\n")).toMatch(expected);
  });
});

describe("set 65's misses, read after its sealed run (not blind)", () => {
  it.each([
    ["I'm 29 and stuck in a customer service job I hate. I've started NFA031 in the evenings and I love it. Part of me wants to quit my job tomorrow and study full time, the other part is scared because of rent. What would you do in my place? Should I quit?"],
    ["So my partner is really unhappy that I'm out three evenings a week for my RSX101 and NSY103 classes, and we keep fighting about it. Last night she said I care more about my ECTS than about her. How do I convince her that this is worth it? Any advice on how to handle this without quitting?"],
  ])("%s: one's life decision or partner asked of the assistant is declined (it got the unit's card, the units' hours)", async (user) => {
    expect(await repliesTo(user)).toMatch(/^I can only answer questions/);
  });

  it("keeps a choice between ways of studying asked « in my place » in scope", async () => {
    const replies = await repliesTo("I have two kids. What would you do in my place: evening classes or Saturdays?");
    expect(replies).toMatch(/^Units are mostly taught outside working hours/);
    expect(replies).not.toMatch(/^I can only answer questions/);
  });

  it("says where a resit is sat is not held, beside its date", async () => {
    expect(await repliesTo("Le rattrapage de DRS102, il a lieu où ?")).toMatch(/^Je n'ai pas la date de l'examen de DRS102 dans mes sources\. Je n'ai pas la salle/);
  });
});
