import { describe, expect, it } from "vitest";
import { botConversation, repliesOf } from "../support/bot";
import { replyText } from "../support/turn-table";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("someone who starts from nothing", () => {
  it.each([
    ["Je n'ai jamais codé de ma vie. Quelle UE d'informatique je peux commencer sans prérequis ?", /^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- NFA031 — Programmation avec Java : notions de base[^\n]*\n- UTC505 /],
    ["Je suis débutant complet, quelle UE d'informatique pour commencer ?", /^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- NFA031 [^\n]*\n- UTC505 /],
    ["I've never programmed, which computing unit can I start with?", /^Units of the Informatique department for beginners \(no prerequisite\):\n- NFA031 [^\n]*\n- UTC505 /],
  ])("lists for « %s » the department's units with neither prerequisite nor advised level, the basics first (it listed UTC501 and NSY115, of an L2 and a Bac+3 level: false)", async (message, expected) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(expected);
    // No unit with an advised level, and « bases de données » is no start of a subject.
    expect(reply).not.toMatch(/niveau conseillé|advised level|UTC501|NSY115|SEC102|RCP104/);
    expect(reply.indexOf("NFA031")).toBeLessThan(reply.indexOf("UTC504"));
  });

  it("reads « dinfo », typed without its apostrophe, as informatique (it listed the whole catalog's beginners' units)", async () => {
    expect(await replyTo("jai jamais codé de ma vie, par quelle ue dinfo je commence ?")).toMatch(/^Les UE du département Informatique pour débutants/);
  });

  it("does not read « aucune expérience pro » as a beginner (it is work experience, not programming)", async () => {
    const reply = await replyTo("Je n'ai aucune expérience pro, quelle UE de réseau ?");
    expect(reply).toMatch(/^Les UE du catalogue sur « réseau » :\n[\s\S]*RSX101/);
    expect(reply).not.toMatch(/pour débutants/);
  });

  it("reads « je suis pas débutant » as no beginner, and « je suis débutant » as one (both were read as not a beginner)", async () => {
    expect(await replyTo("je suis pas débutant, une UE de réseau ?")).toMatch(/^Les UE du catalogue qui en parlent :\n[\s\S]*RSX101/);
    expect(await replyTo("je suis débutant, une UE de réseau ?")).toMatch(/pour débutants/);
  });
});

describe("two grades said one after the other", () => {
  it.each([
    ["J'ai raté GLG105 aux deux sessions, 7 puis 8. Qu'est-ce que je fais maintenant ?", /^Non, 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\./],
    ["j'ai eu 7 puis 8 à NFA031, je fais quoi ?", /^Non, 8\/20 est sous la moyenne[^\n]*Il faudra suivre l'unité à nouveau\./],
    ["I got 7 then 8 in NFA031, what now?", /^No, 8\/20 is below the 10\/20 pass mark[^\n]*You will need to take the unit again\./],
  ])("reads « %s » as the later session's 8 (it said « je ne sais pas », or took the first session's 7 and offered session 2)", async (message, expected) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/7\/20|session 2, sans nouvelle inscription/);
  });
});

describe("units without prerequisite, and what is said of them", () => {
  it("lists « sans aucun prérequis » those with no level advised first, and those with one under their own words (MSE102's Bac+3 was listed among the others: false)", async () => {
    const reply = await replyTo("Je cherche une UE de management sans aucun prérequis.");
    expect(reply).toMatch(/^Les UE du département Management sans prérequis :\n- GDN100 [^\n]*\n- GFN106 [^\n]*\n- CFA109 [^\n]*\n- TET102 [^\n]*\n- FPG114 [^\n]*\nSans UE exigée avant, mais avec un niveau conseillé :\n- MSE102 [^\n]*niveau conseillé : Bac\+3 recommandé\)\n- PRS201 /);
    expect(reply).toMatch(/« c'est quoi GDN100 \? »/);
    expect(await replyTo("any management unit without any prerequisites?")).toMatch(/^Units of the Management department with no prerequisite:\n- GDN100 [\s\S]*\nNo unit required before, but a level advised:\n- MSE102 /);
    // « informatique »: the department's units, Java's basics among them, not only the titles that say the word.
    expect(await replyTo("Une UE d'informatique sans aucun prérequis ?")).toMatch(/^Les UE du département Informatique sans prérequis :\n(- [^\n]*\n)*- NFA031 /);
  });

  it.each([
    ["Good evening. I'm a French expat living in Montreal for two more years, working in HR for a Canadian company. I'd like to keep earning Cnam credits from here. Could I take FPG114 and ESD104 without travelling to Paris?", /^Yes: FPG114 is offered at a distance \(FOAD\)\.[\s\S]*\nNot entirely: ESD104 is taught at a distance \(FOAD\), but with in-person gatherings/],
    ["ESD104 je peux la suivre sans me déplacer à Paris ?", /^Pas entièrement : ESD104 est enseignée à distance \(FOAD\), mais avec des regroupements en présence/],
  ])("says a unit at a distance with gatherings cannot be taken without travelling: %s (it said « Yes »: false)", async (message, expected) => {
    expect(await replyTo(message)).toMatch(expected);
  });
});

describe("a request for an advisor dropped", () => {
  it.each([["non merci finalement laissez tomber", /^D'accord, je ne transmets rien\./], ["no thanks actually never mind", /^All right, I pass nothing on\./]])(
    "« %s » at the question for the advisor passes nothing on (it asked for an e-mail)",
    async (answer, expected) => {
      const [, dropped] = await repliesOf(["un conseiller peut me rappeler ?", answer]);
      expect(dropped).toMatch(expected);
      expect(dropped).not.toMatch(/e-mail|adresse/);
    },
  );
});

describe("units checked « l'an prochain », and said « accessibles »", () => {
  it("checks MSE102 « l'an prochain » in its own semester of the year to come (it said « Non » for the S2 to come, where MSE102 is not taught)", async () => {
    const reply = await replyTo("Je voudrais suivre MSE102 l'an prochain, c'est possible ?");
    expect(reply).toMatch(/^Je regarde pour 2027-2028 S1, le prochain semestre où vous pouvez suivre MSE102 :\n✅ Oui, si vous avez le niveau attendu \(Bac\+3 recommandé\)/);
    expect(reply).not.toMatch(/⛔/);
  });

  it("reads « et l'année prochaine ? » after a check as the next academic year (it said « je ne sais pas »)", async () => {
    const [, again] = await repliesOf(["puis-je m'inscrire à NFA032 ?", "et l'année prochaine ?"]);
    expect(again).toMatch(/NFA032 n'est pas proposée en 2027-2028 S1 ; elle l'est au second semestre/);
  });

  it("checks units said « me sont accessibles ? » (it said its sources do not hold it)", async () => {
    const reply = await replyTo("Je n'ai qu'un BTS comptabilité. PRS201 et MSE102 me sont accessibles ?");
    expect(reply).toMatch(/Oui, si vous avez le niveau attendu \(Bac\+4 ou expérience professionnelle\)[^\n]*PRS201/);
    expect(reply).not.toMatch(/Mes sources ne disent pas/);
  });
});

describe("a second question on the matter of the first", () => {
  it("says a unit's past papers and its midterm's weight are both not in its sources (the weight got the page on validating a unit)", async () => {
    const reply = await replyTo("Pour UTC503, il existe des annales ? Et le partiel compte pour combien dans la note ?");
    expect(reply).toMatch(/^Pour UTC503, je n'ai pas dans mes sources le détail de sa notation \(devoirs, contrôle continu, correction\), ni ses annales ni leurs corrigés\./);
    expect(reply).not.toMatch(/Dites-moi votre note/);
  });

  it("reads a part only suggested, among them the page before, on that page's matter (it said it had no sure answer)", async () => {
    const reply = await replyTo("What does 'soumise à autorisation' mean on a course page? Do I need to do anything before signing up?");
    expect(reply).toMatch(/^Enrolment in some units requires authorization from the course leader[\s\S]*you cannot enrol without the teacher's prior authorization/);
    expect(reply).not.toMatch(/no sure answer/);
  });
});

describe("a diploma weighed against one's studies, with a plan", () => {
  it('answers "Is that even possible for me, and how long would it take?" with the access said and the plan, Saturdays "out" ruled out (the first part got « not in my sources »)', async () => {
    const reply = await replyTo(
      "Hi! I work full time in marketing, I have a bachelor's in business, and I'd like to switch to IT. I can do two evenings a week but I travel a lot, so Saturdays are out. I'm thinking about the licence informatique. Is that even possible for me, and how long would it take?",
    );
    expect(reply).toMatch(/You say "bachelor's in business": for this diploma, the catalog says: « Accès en L3 avec un DUT\/BTS informatique ou équivalent/);
    expect(reply).toMatch(/assuming: at most 2 evenings a week, not on Saturday/);
    expect(reply).toMatch(/Your plan for Licence informatique \(L3\) \(LG02501A\), after the preparatory units: \d more semesters/);
    expect(reply).not.toMatch(/not in my sources|cours du samedi|Saturday classes/);
  });
});

describe("a change of language at the assistant's own question", () => {
  it.each([
    [["puis-je m'inscrire à RSX101 ?", "in English please"], /^Sure, I will continue in English\.\nYou are not signed in: I will run an indicative simulation\. RSX101 requires UTC505 to be validated first[^\n]*Is that your case\?/],
    [["planifie ma licence", "in English please"], /^Sure, I will continue in English\.\nWithout your record, I make an indicative plan from what you tell me\. Which units have you already passed\?/],
    [["je veux parler à un conseiller", "in English please"], /^Sure, I will continue in English\.\nI will pass your request to an advisor\. What is your question\?$/],
  ])("asks the pending question again in the language asked for: %j (it stayed French, after the unit's card)", async (turns, expected) => {
    const replies = await repliesOf(turns);
    expect(replies[1]).toMatch(expected);
    expect(replies[1]).not.toMatch(/Teaching unit \(UE\)|Vous n'êtes pas connecté|Quelles UE/);
  });

  it("records the check's outcome after it was asked again (the restart had dropped what would record it)", async () => {
    const conversation = await botConversation({});
    for (const turn of ["puis-je m'inscrire à RSX101 ?", "in English please"]) await conversation.send(turn);
    expect((await conversation.send("yes")).map((reply) => replyText(reply)).join("\n")).toMatch(/✅ Yes, you may enrol in RSX101/);
    expect((await conversation.services.events.listAnswered()).map((answered) => answered.answerId)).toContain("eligibility");
  });

  it.each([
    [["je veux planifier ma licence", "UTC501 et UTC502", "in English please"], /^Sure, I will continue in English\.\nI assume: at most 3 evenings a week[^\n]*Tell me what is different/, /Je pars de ceci/],
    [["je veux parler à un conseiller", "c'est pour ma VAE", "in English please"], /^Sure, I will continue in English\.\n[^\n]*give your email address or phone number/, /indiquez votre adresse/],
    [["I want to plan my licence", "none", "en français svp"], /^Très bien, je continue en français\.\nJe pars de ceci : 3 soirs par semaine au plus[^\n]*Dites-moi ce qui change/, /I assume/],
    [["combien d'heures ?", "in English please"], /^Sure, I will continue in English\.\n[^\n]*(credits|ECTS)/, /crédits/],
  ])("asks a later question again in the language asked for, the answers before kept: %j (it stayed in the other language)", async (turns, expected, before) => {
    const replies = await repliesOf(turns);
    const last = replies[turns.length - 1]!;
    expect(last).toMatch(expected);
    expect(last).not.toMatch(before);
  });

  it("goes on with the plan after a later question asked again: the units said before are kept", async () => {
    const replies = await repliesOf(["je veux planifier ma licence", "UTC501 et UTC502", "in English please", "ok"]);
    expect(replies[3]).toMatch(/^Your plan for Licence informatique \(L3\)/);
    // Passed, so not planned again: the answer to the first question was kept.
    expect(replies[3]).not.toMatch(/- UTC501 |- UTC502 /);
    expect(replies[3]).toMatch(/- UTC504 /);
  });

  it("goes on with the check after the question asked again: « yes » passes UTC505", async () => {
    const [, , verdict] = await repliesOf(["puis-je m'inscrire à RSX101 ?", "in English please", "yes"]);
    expect(verdict).toMatch(/✅ Yes, you may enrol in RSX101/);
  });
});

describe("the edges of the change (reviewers' probes made worse, then mended)", () => {
  it.each([
    // A substance taken, told beside a question of studies, declines nothing; asked whether to take, it is declined.
    ["Je prends de la mélatonine. Puis-je m'inscrire à NFA031 ?", /^Je regarde pour 2026-2027 S2, le prochain semestre où vous pouvez suivre NFA031/],
    ["I take melatonin to sleep after NSY103 classes. How many ECTS is NSY103?", /^NSY103 — Linux : principes et programmation: 6 ECTS/],
    ["Vous pensez que je devrais prendre de la mélatonine ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    // How long something else takes, asked « à votre avis », is no plan.
    ["Je suis en licence au Cnam. J'ai 45 ans et je suis fatigué. À votre avis, combien de temps je vais encore travailler ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["J'ai NFA031 ce semestre. À votre avis combien de temps il me faut pour trouver un job de dev ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    // Whether a child may enrol, or drop a unit, is no parent's choice on schooling.
    ["Ma fille elle peut arrêter ses cours de NFA031 en cours de semestre ?", /^Mes sources ne disent pas si l'on peut changer d'UE, l'abandonner ou s'en désinscrire en cours de semestre/],
    // Custody said, the fit of something else asked: declined.
    ["Je ne peux pas le samedi à cause de la garde alternée, est-ce que ça pose problème pour la pension alimentaire ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    // Coming to an exam without or with a document is the ID page's, not a missed exam.
    ["Je peux pas venir à l'examen sans ma carte d'identité ?", /^Une pièce d'identité en cours de validité est exigée à chaque examen/],
    ["Je ne peux pas me présenter à l'examen avec une carte d'identité périmée ?", /^Une pièce d'identité en cours de validité est exigée/],
    // The exam one cannot come to, one wording for both readers: « être présente » too.
    ["Je ne pourrai pas être présente à l'examen de NFA031, que se passe-t-il ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
    // Attendance asked besides a certificate is said too.
    ["What's the attendance policy for NFA009, and can I get an attendance certificate?", /^For NFA009, my sources do not give its attendance rules, nor who issues its certificates/],
    // A grade said, then « le partiel compte aussi ? »: the grade's answer.
    ["J'ai eu 12 à l'examen de NFA031, le partiel compte aussi ?", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée/],
    ["Le partiel de NFA031 compte pour combien ?", /^Pour NFA031, je n'ai pas dans mes sources le détail de sa notation/],
    // A diploma from abroad is no studying from abroad.
    ["My diploma is from abroad, can I enrol in the licence?", /^You enter the computer science licence L3 \(LG02501A\) with a DUT or BTS in computer science/],
    ["Can I do the whole licence without travelling to Paris?", /^I find no plan for Licence informatique \(L3\) \(LG02501A\) with these constraints/],
    // A first grade of 10 or more validates the unit, whatever follows.
    ["j'ai eu 12 puis 8 en NFA031", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée/],
    ["GLG105 12 puis 8", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée/],
    ["I got 12 then 8 in NFA031, did I pass?", /^Yes, with 12\/20 \(at least 10\/20\) the unit is validated/],
    // « m'est accessible » of a timetable or results is no enrolment check.
    ["le planning de NSY103 m'est accessible où ?", /^Cours de NSY103 — /],
    ["mes résultats de NFA031 me sont accessibles quand ?", /^Pour suivre votre progression, je dois consulter votre dossier/],
    // Failing a unit and taking it again next year: the page on that, not suggestions.
    ["j'ai raté NFA031, je peux la refaire l'an prochain ?", /^Sans au moins 10\/20 à la session 2 \(ou absent aux deux sessions\), l'UE n'est pas validée/],
    // "HR" is human resources, not an hour.
    ["I work in HR and want to learn HR tools without leaving my job. Is there something at a distance?", /^Units of the catalog on "HR tools" taught at a distance \(FOAD\):\n- FPG114 — Outils RH/],
    ["how many ects is a 50 hr unit?", /^50 class hours match a 6-ECTS unit/],
    // Credits within one year of the pace: one year.
    ["At 12 ECTS a year, how many years for 6 ECTS?", /^At 12 ECTS a year, 6 ECTS take 1 year\./],
  ])("%s", async (message, expected) => {
    expect(await replyTo(message)).toMatch(expected);
  });

  it("keeps what was answered when the language changes at a later question of a plan (it asked the units passed again)", async () => {
    const [, , switched] = await repliesOf(["planifie ma licence", "j'ai validé UTC501", "in English please"]);
    expect(switched).toMatch(/^Sure, I will continue in English\./);
    expect(switched).not.toMatch(/Which units have you already passed/);
  });
});

describe("set 68's last misses, read after the merges", () => {
  it("reads « me reconvertir dans l'informatique mais je n'ai jamais codé de ma vie » as a beginner in that field (it listed every department's beginners' units, English and law first)", async () => {
    const reply = await replyTo("Je voudrais me reconvertir dans l'informatique mais je n'ai jamais codé de ma vie. Je commence par quoi ?");
    expect(reply).toMatch(/^Les UE du département Informatique pour débutants \(sans prérequis\) :\n- NFA031 [^\n]*\n- UTC505 /);
    expect(reply).not.toMatch(/ANG100|DRS102/);
  });

  it('asks "what would I have to study?" of the diploma the situation names, after the experience to apply (it said it had no sure answer)', async () => {
    const reply = await replyTo(
      "I'm 29, I have a French BTS in electronics and I've worked 4 years as a network technician for a telecom operator. I'd love to get the engineering degree in cybersecurity through evening classes. Do I have enough experience to apply, and what would I have to study?",
    );
    expect(reply).toMatch(/^Yes, to apply: Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité/);
    expect(reply).toMatch(/\*\*CYC9106A — [^\n]*\*\*[\s\S]*Tronc commun \(UTC501 à UTC505\)/);
    expect(reply).not.toMatch(/no sure answer/);
  });

  it("weighs « est-ce que mon expérience compte ? » against the diploma named (it gave the diploma's blocks)", async () => {
    const reply = await replyTo(
      "Bonjour, j'ai une licence de biologie et je travaille depuis 5 ans comme technicien de laboratoire ; j'ai beaucoup automatisé nos analyses avec Python. Je voudrais préparer le diplôme d'ingénieur en IA du Cnam. Est-ce que mon expérience compte, vu qu'elle n'est pas vraiment en informatique ?",
    );
    expect(reply).toMatch(/^Oui pour candidater : Diplôme d'ingénieur, spécialité informatique, parcours intelligence artificielle et optimisation[^\n]*2 ans d'expérience à la candidature, et vous dites 5 ans[^\n]*3 ans d'expérience, dont 2 dans le domaine/);
  });

});

describe("after set 69's sealed run (not blind)", () => {
  it("answers « Non » to « GDN100, je peux m'en passer pour la licence ? » (it said « Oui : GDN100 est obligatoire »: false)", async () => {
    expect(await replyTo("GDN100, je peux m'en passer pour la licence ?")).toMatch(/^Non : GDN100 est obligatoire \(Management de projet et anglais\)\./);
    expect(await replyTo("GDN100 c'est obligatoire pour la licence ?")).toMatch(/^Oui : GDN100 est obligatoire/);
  });

  it.each([
    [["what is RSX101?", "and its prerequisites?", "can I take it with UTC505?"], /⛔ No, you may not enrol in RSX101[\s\S]*RSX101 and UTC505 may not be taken in the same semester/],
    [["c'est quoi RSX101 ?", "je peux la prendre avec UTC505 ?"], /⛔ Non, vous ne pouvez pas vous inscrire à RSX101[\s\S]*RSX101 et UTC505 ne peuvent pas être suivies le même semestre/],
  ])("takes « it » after a unit's card with the unit named: %j (it checked UTC505 alone, « Yes »: false)", async (turns, expected) => {
    const replies = await repliesOf(turns);
    expect(replies.at(-1)).toMatch(expected);
  });

  it("plans without Saturdays for « je bosse en boutique tous les samedis » (its plan assumed Saturdays: false)", async () => {
    const reply = await replyTo("Je bosse en boutique tous les samedis, du coup la licence ça le fait quand même ?");
    expect(reply).toMatch(/en partant de ceci : [^\n]*pas le samedi/);
    expect(reply).not.toMatch(/cours du samedi/);
  });

  it.each([["Write me a Java class for my NFA032 assignment, it's due Friday"], ["fais moi le code de mon devoir de NFA032 pour vendredi"]])(
    "declines « %s », a unit named beside it (it said its grading was not in its sources)",
    async (message) => {
      expect(await replyTo(message)).toMatch(/^(I can only answer questions about Cnam Paris|Je ne peux répondre qu'aux questions)/);
    },
  );

  it("does not read « reprendre avec la licence info » as a licence held (it said « Oui … le profil attendu » to an L2 in maths: false)", async () => {
    const reply = await replyTo(
      "Coucou, j'ai fait une prépa maths puis une L2 de maths à Jussieu, j'ai arrêté pour bosser comme assistant d'éducation dans un collège, ça fait 3 ans. J'aimerais reprendre avec la licence info du Cnam. Je peux entrer direct en L3 ou il faut d'abord faire des UE préparatoires ?",
    );
    expect(reply).not.toMatch(/^Oui, d'après ce que vous dites \(licence info\)/);
    expect(reply).toMatch(/DUT ou un BTS informatique/);
  });
});
