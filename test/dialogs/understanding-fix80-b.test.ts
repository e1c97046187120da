import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a unit below 10 beside an overall average: the licence's compensation, applied to the case (s80-090)", () => {
  it.each([
    [
      "J'ai 10,5 de moyenne sur ma licence mais 8 en UTC502. Je peux quand même avoir le diplôme ?",
      /^En licence, en plus de la validation UE par UE[\s\S]*compense une UE sous la moyenne, dans un délai de 5 ans[\s\S]*Dans votre cas : UTC502 \(8\/20\) est sous 10\/20 : l'UE n'est pas validée seule\. Mais avec 10,5\/20 de moyenne générale \(au moins 10\/20\), la compensation peut vous permettre d'obtenir la licence : faites-le confirmer/,
    ],
    [
      "I have a 10.5 overall average on my licence but 8 in UTC502, can I still get the degree?",
      /^In a licence, besides validating each unit on its own[\s\S]*In your case: UTC502 \(8\/20\) is below 10\/20: the unit is not validated on its own\. But with an overall average of 10\.5\/20 \(at least 10\/20\), compensation may get you the licence/,
    ],
    ["moyenne generale 10.5 mais 8 en utc502 je valide la licence ?", /Dans votre cas : UTC502 \(8\/20\) est sous 10\/20/],
    ["J'ai 12 de moyenne mais 8 en UTC502, je peux avoir la licence ?", /Dans votre cas : UTC502 \(8\/20\) est sous 10\/20[\s\S]*Mais avec 12\/20 de moyenne générale/],
    ["I have a 12 average but 8 in UTC502, do I get the licence?", /In your case: UTC502 \(8\/20\) is below 10\/20[\s\S]*But with an overall average of 12\/20/],
  ])("« %s » (it got an enrolment check of UTC502, or « UTC502 validated with 12 »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/inscrire à UTC502|enrolling in UTC502|may enrol|l'unité est validée|the unit is validated|ECTS de UTC502 sont acquis|ECTS of UTC502 are earned|^(Oui|Yes)\b/);
  });

  it("says no to compensation when the average said is below 10/20", async () => {
    const reply = await replyTo("j'ai 9 de moyenne générale mais 8 en UTC502, j'ai la licence ?");
    expect(reply).toMatch(/^Non\. Pas par la compensation : une moyenne générale de 9\/20 est sous 10\/20\.[\s\S]*Dans votre cas : UTC502 \(8\/20\) est sous 10\/20/);
    expect(reply).not.toMatch(/^Oui|peut vous permettre d'obtenir/);
  });

  it("promises no licence for another diploma: the unit's case only", async () => {
    const reply = await replyTo("J'ai 12 de moyenne mais 8 en UTC502, je peux avoir le diplôme d'ingénieur ?");
    expect(reply).toMatch(/Dans votre cas : UTC502 \(8\/20\) est sous 10\/20 : l'UE n'est pas validée seule\.$/);
    expect(reply).not.toMatch(/l'unité est validée|obtenir la licence/);
  });

  it.each([
    ["j'ai 12 de moyenne en NFA031, c'est validé ?", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA031 sont acquis/],
    ["La compensation existe-t-elle en licence ?", /^Oui\. En licence, en plus de la validation UE par UE/],
  ])("keeps « %s » as it was (a unit's own average is its grade; the rule asked alone)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Dans votre cas/);
  });

  it("reads the unit graded, and checks the one asked: « 10,5 de moyenne générale mais 8 en UTC502, je peux m'inscrire à UTC503 ? »", async () => {
    const reply = await replyTo("J'ai 10,5 de moyenne générale mais 8 en UTC502, je peux m'inscrire à UTC503 ?");
    expect(reply).toMatch(/suivre UTC503/);
    expect(reply).not.toMatch(/suivre UTC502|inscrire à UTC502/);
  });
});

describe("a grade at session 2, asked whether all must be done again: « Oui » first (s80-091)", () => {
  it.each([
    ["jai eu 9 au rattrapage d nfa041 jdois tt refaire ?", /^Oui : 9\/20 est sous la moyenne de 10\/20 \(il manque 1 point\) : les crédits ne sont pas acquis\. La session 2 était la dernière : réinscrivez-vous/],
    ["j'ai eu 9 au rattrapage de NFA041, faut que je refasse tout ?", /^Oui : 9\/20 est sous la moyenne de 10\/20/],
    ["I got 9 at the resit of NFA041, do I have to redo it all?", /^Yes: 9\/20 is below the 10\/20 pass mark \(1 point short\): the credits are not earned\. Session 2 was the last one: enrol in the unit again/],
  ])("« %s » (it said « Non » before saying the unit is to be taken again, or checked enrolling in NFA041)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Non|No)\b|session 2, sans nouvelle inscription|at session 2, without|may enrol/);
  });

  it("says no need to take a unit passed at session 2 again, as typed on a phone", async () => {
    const reply = await replyTo("jai eu 12 au rattrapage d nfa041 jdois tt refaire ?");
    expect(reply).toMatch(/^Non, pas besoin de la refaire : avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA041 sont acquis/);
  });

  it("binds a grade said at an exam of a unit to that unit: « j'ai eu 12 à l'examen de NFA031, je peux faire NFA032 ? » checks NFA032 alone", async () => {
    const reply = await replyTo("j'ai eu 12 à l'examen de NFA031, je peux faire NFA032 ?");
    expect(reply).toMatch(/^Je regarde pour [\s\S]*suivre NFA032/);
    expect(reply).not.toMatch(/inscrire à NFA031 \(/);
  });
});

describe("a request for an advisor that names its matter asks for a contact (s80-104)", () => {
  it.each([
    ["jvoudrais qu un conseiller me rappelle pr une vae", /^Ici, je ne pourrai pas vous faire parvenir la réponse\. Pour qu'un conseiller vous réponde, indiquez votre adresse e-mail ou votre numéro de téléphone/],
    ["je voudrais qu'un conseiller me rappelle pour une VAE", /indiquez votre adresse e-mail ou votre numéro de téléphone/],
    ["jvoudrais parler a un conseiller pr mon inscription", /indiquez votre adresse e-mail ou votre numéro de téléphone/],
  ])("« %s » (it asked « Quelle est votre question ? »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Quelle est votre question/);
  });

  it("records the request with the phone number given, and says when an advisor answers", async () => {
    const [, recorded] = await repliesOf(["jvoudrais qu un conseiller me rappelle pr une vae", "0612345678"]);
    expect(recorded).toMatch(/^C'est noté : votre demande n° \S+ est transmise aux conseillers\. Un conseiller vous répondra à 0612345678, en principe sous \d+ jours ouvrés\./);
  });

  it.each(["un conseiller peut me rappeler pour une question ?", "je voudrais parler à un conseiller pour mon cas"])("still asks the question of « %s », which names no matter", async (message) => {
    expect(await replyTo(message)).toMatch(/^Je transmets votre demande à un conseiller\. Quelle est votre question \?/);
  });
});

describe("whether the question sent earlier was answered is a request's status (s80-109)", () => {
  it.each([
    ["Did anyone answer the question I sent earlier?", /^I cannot find any request to an advisor in this conversation\./],
    ["has someone answered my question yet?", /^I cannot find any request to an advisor in this conversation\./],
    ["quelqu'un a répondu à la question que j'ai envoyée tout à l'heure ?", /^Je ne trouve aucune demande à un conseiller dans cette conversation\./],
  ])("« %s » (it said « I do not know »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/I do not know|Je ne sais pas/);
  });

  it.each(["Did anyone answer the question about UTC501 on the forum?", "Did you answer my question about the licence?"])("keeps « %s » off the request's status", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^(My sources do not say that about UTC501|I am not sure I understood)/);
    expect(reply).not.toMatch(/request to an advisor in this conversation/);
  });
});

describe("content pages reached with the words around them (s80-117, s80-118, s80-177)", () => {
  it.each([
    ["Can I register directly for a US from another programme because the topic looks interesting?", /^Specific units \(US, "unités spécifiques"\)[\s\S]*You cannot enrol in a US directly: they are reserved for learners enrolled in the diploma that contains them/],
    ["Can I take a US from another diploma because it looks interesting?", /You cannot enrol in a US directly/],
    ["je peux suivre une US d'un autre parcours parce que ça a l'air intéressant ?", /On ne peut pas s'inscrire directement à une US/],
  ])("« %s » gets the page on US (it said « I do not know »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Yes|Oui)\b|I do not know/);
  });

  it.each([
    ["Can I take a UE from another programme because the topic looks interesting?", /^Units can be taken à la carte/],
    ["je peux m'inscrire à une UE d'un autre diplôme parce que le sujet m'intéresse ?", /^Les UE se suivent à la carte/],
  ])("keeps « %s », of a UE, on units taken à la carte", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Les unités spécifiques|Specific units)/);
  });

  it.each([
    ["C'est quoi exactement un crédit ECTS au Cnam ?", /^Chaque UE a une valeur en crédits ECTS \(le système européen de crédits\)\. Cette valeur correspond à un volume horaire de référence : par exemple, une UE de 4 ECTS représente environ 40 heures/],
    ["c koi un ects au cnam", /^Chaque UE a une valeur en crédits ECTS/],
    ["What exactly is an ECTS credit at the Cnam?", /^Each unit is worth a number of ECTS credits/],
  ])("« %s » gets the page on ECTS credits (it got suggestions)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("keeps « C'est quoi une UE au Cnam ? » on the UE", async () => {
    const reply = await replyTo("C'est quoi une UE au Cnam ?");
    expect(reply).toMatch(/^Une unité d'enseignement \(UE\) est un module de formation/);
    expect(reply).not.toMatch(/crédits ECTS \(le système européen/);
  });

  it("answers whether the UA can be a project, then hands the question on at « oui stp » (it said « je ne sais pas »)", async () => {
    const [answer, handed] = await repliesOf(["Je ne comprends pas si l'UA de la licence peut se faire sous forme de projet", "oui stp"]);
    expect(answer).toMatch(/^Si votre expérience professionnelle est insuffisante ou sans rapport avec la spécialité, l'UA se valide par un projet d'application professionnelle\. Ce projet se réalise pendant un stage en entreprise\. Un conseiller peut vous aider/);
    expect(answer).not.toMatch(/Je ne sais pas/);
    expect(handed).toMatch(/Pour qu'un conseiller vous réponde, indiquez votre adresse e-mail ou votre numéro de téléphone/);
  });

  it("answers the same asked in English", async () => {
    expect(await replyTo("Can the UA of the licence be done as a project?")).toMatch(/^If your work experience is too short or unrelated to the speciality, the UA is validated through a professional application project/);
  });
});

describe("one unit swapped for another during the semester: not in the sources, whom to ask (s80-139)", () => {
  it.each([
    ["Je voudrais changer NFA042 contre NFA041 en plein milieu du semestre, c'est possible ?", /^Mes sources ne disent pas si l'on peut changer d'UE, l'abandonner ou s'en désinscrire en cours de semestre[\s\S]*Le secrétariat pédagogique de l'UE ou un conseiller peut vous le dire/],
    ["je peux remplacer nfa042 par nfa041 en cours de semestre ?", /^Mes sources ne disent pas si l'on peut changer d'UE/],
    ["Can I swap NFA042 for NFA041 mid-semester?", /^My sources do not say whether a unit can be changed, dropped or withdrawn from during the semester/],
  ])("« %s » (it checked enrolling in each unit next year)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/✅|⛔|Oui, vous pouvez vous inscrire|Yes, you may enrol/);
  });

  it("hands the question on at « oui »", async () => {
    const [, handed] = await repliesOf(["Je voudrais changer NFA042 contre NFA041 en plein milieu du semestre, c'est possible ?", "oui"]);
    expect(handed).toMatch(/Pour qu'un conseiller vous réponde, indiquez votre adresse e-mail ou votre numéro de téléphone/);
  });

  it("keeps a swap said with no time a check: « je peux remplacer NFA042 par NFA041 ? »", async () => {
    const reply = await replyTo("je peux remplacer NFA042 par NFA041 ?");
    expect(reply).toMatch(/^Je regarde pour \d{4}-\d{4} S\d, le prochain semestre où vous pouvez suivre NFA042/);
    expect(reply).not.toMatch(/^Mes sources ne disent pas si l'on peut changer d'UE/);
  });
});

describe("a long story about a unit looked at, then « c'est accessible ? » (s80-171)", () => {
  const story =
    "Bonjour, je suis gestionnaire paie depuis 7 ans dans un cabinet d'expertise comptable, titulaire d'un BTS comptabilité-gestion. Je gère les contrats, les absences, les ruptures conventionnelles, et je voudrais consolider mes bases juridiques pour évoluer vers un poste RH. Je regarde DRS101.";

  it("gives DRS101's card, not its attendance rules, then checks DRS101 at « c'est accessible ? »", async () => {
    const [card, check] = await repliesOf([story, "c'est accessible ?"]);
    expect(card).toMatch(/^DRS101 — Droit du travail : relations individuelles[\s\S]*niveau attendu : bases en droit conseillées/);
    expect(card).not.toMatch(/assiduité/);
    expect(check).toMatch(/✅ Oui, si vous avez le niveau attendu \(bases en droit conseillées\) : aucun prérequis formel ne vous empêche de vous inscrire à DRS101/);
    expect(check).not.toMatch(/Pour préparer votre inscription/);
  });

  it("checks the unit of the card asked « is it for me? » in English", async () => {
    const [, check] = await repliesOf(["What is NSY103?", "is it for me?"]);
    expect(check).toMatch(/no formal prerequisite stops you from enrolling in NSY103/);
  });

  it.each([
    ["les absences sont-elles autorisées en DRS101 ?", /^Pour DRS101, je n'ai pas dans mes sources ses règles d'assiduité/],
    ["combien d'absences autorisées pour NFA031 ?", /^Pour NFA031, je n'ai pas dans mes sources ses règles d'assiduité/],
  ])("keeps « %s » a question of attendance", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("keeps « c'est accessible en ligne ? » after a card a question of distance learning", async () => {
    const [, reply] = await repliesOf(["c'est quoi DRS101 ?", "c'est accessible en ligne ?"]);
    expect(reply).toMatch(/^Certaines UE sont proposées en FOAD \(formation ouverte à distance\)/);
    expect(reply).not.toMatch(/aucun prérequis formel ne vous empêche/);
  });
});

describe("a technical Bac+2 for a unit expecting L2 computing or mathematics: a warning (s80-175)", () => {
  it("warns at « j'ai un BTS électrotechnique » after the check of UTC501 for next autumn (it said « vous avez le niveau attendu »)", async () => {
    const [, autumn, warned] = await repliesOf(["Puis-je m'inscrire à UTC501 ?", "la rentrée prochaine", "j'ai un BTS électrotechnique"]);
    expect(autumn).toMatch(/UTC501 \(Outils mathématiques pour l'informatique\) en 2027-2028 S1/);
    expect(warned).toMatch(/^Attention : UTC501 attend le niveau L2 informatique ou mathématiques, et ce que vous dites de vos études \(BTS electrotechnique\) n'y correspond pas/);
    expect(warned).toMatch(/⚠️ Aucune règle ne vous empêche de vous inscrire à UTC501 \(Outils mathématiques pour l'informatique\) en 2027-2028 S1, mais d'après ce que vous dites, vous n'avez pas le niveau attendu/);
    expect(warned).not.toMatch(/✅ Oui|vous avez le niveau attendu \(niveau L2/);
  });

  it.each([
    ["I have an HND in electrical engineering, can I take UTC501?", /\nCareful: UTC501 expects niveau L2 informatique ou mathématiques[\s\S]*⚠️ No rule stops you from enrolling in UTC501/],
    ["j'ai un DUT GEII, je peux faire UTC501 ?", /\nAttention : UTC501 attend le niveau L2 informatique ou mathématiques[\s\S]*⚠️ Aucune règle ne vous empêche de vous inscrire à UTC501/],
  ])("warns « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/✅ (Oui|Yes)/);
  });

  it.each(["j'ai une L2 maths, je peux faire UTC501 ?", "j'ai un BTS SIO, je peux faire UTC501 ?", "j'ai un bac+2 scientifique, je peux faire UTC501 ?"])(
    "keeps the level met for « %s »",
    async (message) => {
      expect(await replyTo(message)).toMatch(/✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(niveau L2 informatique ou mathématiques\)/);
    },
  );
});

describe("the review's probes", () => {
  it.each([
    ["Faut-il une moyenne de 10 pour la compensation ?", /^Oui\. En licence, en plus de la validation UE par UE/],
    ["faut avoir 10 de moyenne générale pour compenser ?", /^Oui\. En licence/],
    ["est-ce qu'il faut 10 de moyenne pour avoir la licence par compensation ?", /^Oui\. En licence/],
    ["la compensation c'est à partir d'une moyenne de 10 ?", /^En licence, en plus de la validation UE par UE/],
    ["une moyenne de 10 suffit pour la compensation ?", /^En licence, en plus de la validation UE par UE/],
    ["Do I need an average of 10 to get compensation?", /^Yes\. In a licence, besides validating each unit on its own/],
    ["What average do I need for compensation, an average of 10?", /^In a licence, besides validating each unit on its own/],
  ])("« %s » asks the rule's threshold: the page, no average of the learner's weighed", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Dans votre cas|In your case/);
  });

  it.each([
    ["j'ai 11 de moyenne générale et 7 en UTC501, la compensation ça marche ?", /Dans votre cas : UTC501 \(7\/20\) est sous 10\/20 : l'UE n'est pas validée seule\. Mais avec 11\/20 de moyenne générale/],
    ["moyenne générale 10 pile et 9 en UTC503 compensation ok ?", /Dans votre cas : UTC503 \(9\/20\) est sous 10\/20[\s\S]*Mais avec 10\/20 de moyenne générale/],
  ])("applies compensation to « %s », the unit's grade said after the average (it gave the page alone)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^En licence, en plus de la validation UE par UE/);
    expect(reply).toMatch(reads);
  });

  it("promises no licence through compensation for a unit never sat", async () => {
    const reply = await replyTo("j'ai 10 de moyenne générale mais je n'ai pas passé UTC504, la compensation marche ?");
    expect(reply).toMatch(/Dans votre cas : UTC504 n'a pas de note : la compensation porte sur une UE sous la moyenne, et mes sources ne disent pas si elle vaut pour une UE non passée/);
    expect(reply).not.toMatch(/peut vous permettre d'obtenir la licence/);
  });

  it.each([
    ["j'ai eu 6 en session 1 de UTC501, quand est la session 2 ?", /^Je n'ai pas la date de l'examen de UTC501 dans mes sources\.[\s\S]*deux sessions par semestre \(session 1, puis session 2\)/],
    ["I got 7 at the first session of UTC503, when is the resit?", /^My sources do not give the date of the exam of UTC503\.[\s\S]*two sessions per semester/],
    ["j'ai eu 7 au rattrapage de UTC503, c'est quand la prochaine session ?", /^Je n'ai pas la date de l'examen de UTC503 dans mes sources\.[\s\S]*deux sessions par semestre/],
  ])("« %s » gets the exam calendar (it got the grade's verdict alone, or suggestions)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Non|No),|Vouliez-vous dire/);
  });

  it.each([
    ["j'ai eu 9 au rattrapage de NFA041, je peux repasser ?", /^Non, 9\/20 est sous la moyenne de 10\/20 \(il manque 1 point\) : les crédits ne sont pas acquis\. Il faudra suivre l'unité à nouveau\. La session 2 était la dernière : réinscrivez-vous à l'unité un semestre où elle est proposée, et repassez son examen\.$/],
    ["I got 9 at the resit of NFA041, can I retake it?", /^No, 9\/20 is below the 10\/20 pass mark \(1 point short\): the credits are not earned\. You will need to take the unit again\. Session 2 was the last one/],
  ])("says of « %s » that session 2 was the last one (it no longer did)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/sans nouvelle inscription|without registering again|may enrol/);
  });

  it("says no registration is needed for session 2 without a « Non » to being registered", async () => {
    const reply = await replyTo("j'ai eu 6 à la session 1 de UTC501, je suis inscrit à la session 2 automatiquement ?");
    expect(reply).toMatch(/^6\/20 est sous la moyenne de 10\/20 \(il manque 4 points\) : les crédits ne sont pas acquis\. Vous pouvez repasser l'examen en session 2, sans nouvelle inscription/);
    expect(reply).not.toMatch(/^Non/);
  });

  it.each([
    ["j'ai eu 12 de moyenne à l'examen de NFA031, c'est bon ?", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA031 sont acquis/],
    ["j'ai eu 12 de moyenne à l'examen de NFA031, c'est validé ?", /^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFA031 sont acquis/],
    ["j'ai eu 9 de moyenne à l'examen de NFA031, je dois repasser ?", /^Oui : 9\/20 est sous la moyenne de 10\/20 \(il manque 1 point\)[\s\S]*session 2/],
    ["I got a 12 average at the NFA031 exam, did I pass?", /^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/],
  ])("reads « %s » as the unit's own average (it got a check, suggestions or the validation page)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Vouliez-vous dire|Tell me your grade|Dites-moi votre note|vous inscrire à NFA031/);
  });

  it.each([
    ["j'ai une licence de physique, je peux faire UTC501 ?", /✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(niveau L2 informatique ou mathématiques\)/],
    ["j'ai un master de physique, je peux suivre UTC501 ?", /✅ Oui : d'après ce que vous dites, vous avez le niveau attendu/],
    ["I have a master's in physics, can I take UTC501?", /✅ Yes: from what you say, you have the expected level/],
    ["j'ai une licence de chimie, je peux faire UTC501 ?", /✅ Oui : d'après ce que vous dites, vous avez le niveau attendu/],
    ["j'ai un diplôme d'ingénieur en électronique, je peux faire UTC501 ?", /✅ Oui, si vous avez le niveau attendu \(niveau L2 informatique ou mathématiques\)/],
  ])("keeps UTC501's level met for « %s » (only a technical Bac+2 is warned)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/⚠️|Attention :|Careful:|diplome d'ingenieur/);
  });

  it.each([
    ["un ECTS ça fait combien d'heures au Cnam ?", /^Volume horaire de référence d'une UE/],
    ["How many hours is one ECTS at the Cnam?", /^Reference teaching hours of a unit, give or take 10 %: 2 ECTS = 22 h/],
  ])("« %s » gets the hours table (it got suggestions)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Vouliez-vous dire|Did you mean/);
  });

  it("asks a contact of « can an advisor call me for my enrolment », its matter said (it asked \"What is your question?\")", async () => {
    const reply = await replyTo("can an advisor call me for my enrolment");
    expect(reply).toMatch(/^Here I cannot bring you the answer\. For an advisor to answer you, give your email address or phone number/);
    expect(reply).not.toMatch(/What is your question/);
  });

  it.each(["can an advisor call me for a question", "can an advisor call me for my case"])("still asks the question of « %s »", async (message) => {
    expect(await replyTo(message)).toMatch(/What is your question\?/);
  });
});
