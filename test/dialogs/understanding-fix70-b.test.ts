import { describe, expect, it } from "vitest";
import { botConversation, repliesOf } from "../support/bot";
import { replyText } from "../support/turn-table";

/** The replies to each message of one conversation, each message's replies joined. */
async function talk(...turns: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const replies: string[] = [];
  for (const turn of turns) replies.push((await conversation.send(turn)).map((reply) => replyText(reply)).join("\n"));
  return replies;
}

async function replyTo(message: string): Promise<string> {
  const [reply] = await talk(message);
  return reply!;
}

const DECLINED_FR = /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris en cours du soir[\s\S]*Un conseiller peut vous aider/;
const DECLINED_EN = /^I can only answer questions about Cnam Paris evening courses[\s\S]*An advisor can help with any question about your studies/;
const NOT_UNDERSTOOD = /Je ne suis pas sûr d'avoir compris|I am not sure I understood/;

describe("general questions: the content's answer that has what is asked", () => {
  it("gives the authorization's steps to « on m'a dit que mon UE était soumise à autorisation, je fais comment pour m'inscrire ? » (it got what authorization means)", async () => {
    const reply = await replyTo("On m'a dit que mon UE était « soumise à autorisation ». Je fais comment pour m'inscrire du coup ?");
    expect(reply).toMatch(/^Sans l'autorisation préalable de l'enseignant, l'inscription n'est pas possible : faites la démarche avant de vous inscrire\./);
    expect(reply).toMatch(/téléchargez le modèle d'autorisation[\s\S]*secrétariat pédagogique pour faire signer l'autorisation par le responsable pédagogique/);
    expect(reply).not.toMatch(/D'autres ne le sont pas, comme GFN106/);
  });

  it('gives them in English to "I was told my unit needs authorization. How do I enrol then?"', async () => {
    expect(await replyTo("I was told my unit needs authorization. How do I enrol then?")).toMatch(/^Without the teacher's prior authorization you cannot enrol[\s\S]*download the authorization template/);
  });

  it.each([
    ["Qu'est-ce qu'une UE soumise à autorisation ?", /^L'inscription à certaines UE est soumise à l'autorisation du responsable pédagogique/],
    ["Toutes les UE sont soumises à autorisation ?", /^Non\. L'inscription à certaines UE est soumise/],
    ["Comment s'inscrire à une UE ?", /^Pour préparer votre inscription/],
  ])("keeps « %s » as it was answered", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("says exam dates cannot be moved to « … le jour de l'examen de NFA008. Je peux demander à le passer une autre semaine ? » (it got an enrolment check of NFA008)", async () => {
    const reply = await replyTo("J'ai un séminaire obligatoire pour mon boulot le jour de l'examen de NFA008. Je peux demander à le passer une autre semaine ?");
    expect(reply).toMatch(/Les dates d'examen ne peuvent pas être déplacées\. Si vous ne pouvez pas vous présenter à la session 1, vous pourrez passer la session 2, ouverte aux absents sans inscription\./);
    expect(reply).not.toMatch(/vous inscrire à NFA008|Vouliez-vous dire/);
  });

  it.each([
    ["Je peux passer l'examen de NFA008 une autre semaine ?", /Les dates d'examen ne peuvent pas être déplacées/],
    ["I have a compulsory work seminar on the day of the NFA008 exam. Can I ask to sit it another week?", /^Exam dates cannot be moved\. If you cannot attend session 1, you can sit session 2/],
  ])("says the same to « %s »", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("names the credits of a US as not surely answered after what a UA and a US are (it was silently dropped, then answered with the UE credits page)", async () => {
    const reply = await replyTo("Je voulais savoir la différence entre une UA et une US, et aussi si une US rapporte des crédits comme une UE.");
    expect(reply).toMatch(/^Une unité d'activité \(UA\)/);
    expect(reply).toMatch(/Les unités spécifiques \(US\) sont des enseignements indissociables/);
    expect(reply).toMatch(/Pour « aussi si une US rapporte des crédits comme une UE », je n'ai pas la réponse dans mes sources[\s\S]*voulez-vous que je lui transmette (votre|cette) question \?/);
    expect(reply).not.toMatch(/Chaque UE a une valeur en crédits ECTS|On peut s'inscrire directement à une US/);
  });

  it('does the same in English for "and also whether a US earns credits like a UE"', async () => {
    const reply = await replyTo("I'd like to know the difference between a UA and a US, and also whether a US earns credits like a UE.");
    expect(reply).toMatch(/Specific units \(US/);
    expect(reply).toMatch(/For "also whether a US earns credits like a UE", the answer is not in my sources[\s\S]*shall I pass this question on\?/);
  });

  it("says units are taken à la carte to someone who wants one or two courses without a diploma (it got the steps of enrolling)", async () => {
    const reply = await replyTo(
      "Mon collègue m'a dit qu'au Cnam il y a des UE, des UA et des US, et que ce n'est pas pareil pour s'inscrire. Moi je veux juste suivre un ou deux cours pour monter en compétence, sans forcément viser un diplôme tout de suite. C'est possible, et à quoi je peux m'inscrire ?",
    );
    expect(reply).toMatch(/^Les UE se suivent à la carte : vous choisissez les enseignements selon vos besoins, sans forcément viser un diplôme/);
    expect(reply).toMatch(/capitalisables[\s\S]*les unités spécifiques \(US\) ne sont ouvertes qu'aux inscrits du diplôme qui les contient/);
    expect(reply).not.toMatch(/^Pour préparer votre inscription/);
  });

  it('says so in English to "… without necessarily aiming at a diploma right away. Is that possible, and what can I sign up for?"', async () => {
    const reply = await replyTo("I just want to take one or two courses to upskill, without necessarily aiming at a diploma right away. Is that possible, and what can I sign up for?");
    expect(reply).toMatch(/^Units can be taken à la carte/);
  });
});

describe("advisor requests and their status", () => {
  it.each(["jveu parler a qqun du cnam svp", "je voudrais parler à un humain", "I'd like to talk to someone please"])("starts the request for « %s » (it said it did not know)", async (message) => {
    expect(await replyTo(message)).toMatch(/^(Je transmets votre demande à un conseiller\. Quelle est votre question \?|I will pass your request to an advisor\. What is your question\?)$/);
  });

  it.each([
    "Bonjour, j'ai fait une demande à un conseiller hier, elle en est où ?",
    "ma demande d'hier elle en est où ?",
    "où en est ma demande au conseiller ?",
  ])("gives the request's status to « %s », none in this conversation: its number asked", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Je ne trouve aucune demande à un conseiller dans cette conversation\. Si vous avez gardé son numéro, donnez-le-moi/);
    expect(reply).not.toMatch(/Je ne sais pas répondre/);
  });

  it('does in English for "I sent a request to an advisor yesterday, any news?"', async () => {
    expect(await replyTo("I sent a request to an advisor yesterday, any news?")).toMatch(/^I cannot find any request to an advisor in this conversation/);
  });

  it("does not take « j'ai fait une demande de VAE, elle en est où ? » for a request to an advisor", async () => {
    const reply = await replyTo("j'ai fait une demande de VAE, elle en est où ?");
    // (As before the change: not understood for sure.)
    expect(reply).toMatch(/^Je ne suis pas sûr d'avoir compris/);
    expect(reply).not.toMatch(/aucune demande à un conseiller/);
  });

  it("takes the matter said with the request as its question: the contact is asked next, « non » passes it on, and its status follows", async () => {
    const [asked, passed, status] = await talk("je veux parler à un conseiller, c'est pour une VAE", "non", "ok et ma demande elle en est où ?");
    expect(asked).not.toMatch(/Quelle est votre question/);
    expect(asked).toMatch(/indiquez votre adresse e-mail ou votre numéro de téléphone ; sinon répondez « non »/);
    expect(passed).toMatch(/C'est noté : votre demande n° H-1 est transmise aux conseillers/);
    expect(status).toMatch(/^Votre demande H-1, reçue le 27 novembre 2026 à 21:00, attend la réponse d'un conseiller/);
    expect(status).not.toMatch(/Je ne trouve aucune demande/);
  });

  it.each(["I'd like to talk to an advisor about my VAE", "je voudrais voir un conseiller au sujet de mon inscription"])("takes « %s » as its question too", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/give your email address or phone number|indiquez votre adresse e-mail ou votre numéro de téléphone/);
    expect(reply).not.toMatch(/Quelle est votre question|What is your question/);
  });

  it.each(["je veux parler à un conseiller, c'est pour une question", "je veux parler à un conseiller svp", "I want to talk to an advisor about it"])("still asks the question of « %s », which names no matter", async (message) => {
    expect(await replyTo(message)).toMatch(/Quelle est votre question \?|What is your question\?/);
  });

  it("keeps « non » at « Quelle est votre question ? » as nothing to pass on", async () => {
    const [, dropped] = await talk("je veux parler à un conseiller", "non");
    expect(dropped).toMatch(/^D'accord, je ne transmets rien/);
  });
});

describe("the assistant's own prompts: a semester after a check", () => {
  it("checks NFA032 again for « au second semestre » after a check and a grade said (it got the exam calendar)", async () => {
    const [, grade, checked] = await talk("je peux m'inscrire à NFA032 ?", "oui NFA031 validée avec 13", "au second semestre");
    expect(grade).toMatch(/^Oui, avec 13\/20/);
    expect(checked).toMatch(/^✅ Oui, vous pouvez vous inscrire à NFA032 \(Programmation Java : programmation objet\) en 2026-2027 S2\./);
    expect(checked).not.toMatch(/calendrier des examens|^Toutes les UE sont validées/);
  });

  it('checks it for "in the spring" in English, and « en S1 » says it is not offered then', async () => {
    const [, , spring] = await talk("can I enrol in NFA032?", "yes NFA031 passed with 13", "in the spring");
    expect(spring).toMatch(/^✅ Yes, you may enrol in NFA032 .* in 2026-2027 S2\./);
    const [, , autumn] = await talk("je peux m'inscrire à NFA032 ?", "oui NFA031 validée avec 13", "en S1");
    expect(autumn).toMatch(/^⛔ Non, vous ne pouvez pas vous inscrire à NFA032 .* en 2027-2028 S1/);
  });

  it("leaves « au second semestre » after a grade alone as it was", async () => {
    const [, after] = await talk("j'ai eu 13 en NFA031", "au second semestre");
    expect(after).toMatch(/^Toutes les UE sont validées par un examen planifié à la fin de chaque semestre/);
    expect(after).not.toMatch(/vous inscrire à NFA031/);
  });
});

describe("what is no part of studying here, and what the sources do not say", () => {
  it("declines a partner fed up with the evenings, with the advisor offer (it gave did-you-mean suggestions)", async () => {
    const reply = await replyTo("Mon conjoint en a marre que je sois en cours trois soirs par semaine. Qu'est-ce que je dois faire ?");
    expect(reply).toMatch(DECLINED_FR);
    expect(reply).not.toMatch(NOT_UNDERSTOOD);
  });

  it('declines "my husband is fed up with…" in English', async () => {
    expect(await replyTo("My husband is fed up with me being in class three evenings a week. What should I do?")).toMatch(DECLINED_EN);
  });

  it("answers a question of studies told after the partner fed up", async () => {
    expect(await replyTo("Mon conjoint en a marre que je sois en cours trois soirs par semaine. Il y a des UE à distance ?")).toMatch(/^Certaines UE sont proposées en FOAD/);
  });

  it("declines another university's offer (it gave the licence's access)", async () => {
    const reply = await replyTo("Does the Open University in the UK have distance computing degrees?");
    expect(reply).toMatch(DECLINED_EN);
    expect(reply).not.toMatch(/LG02501A/);
  });

  it("says where FPG114's exam is sat is not in its sources, with the advisor offer (it gave did-you-mean suggestions)", async () => {
    const reply = await replyTo("FPG114 est à distance, mais l'examen je le passe où ?");
    expect(reply).toMatch(/^Je n'ai pas la salle ni le lieu de l'examen de FPG114 dans mes sources\./);
    expect(reply).toMatch(/Voulez-vous que je transmette votre question à un conseiller \?/);
    expect(reply).not.toMatch(/en ligne|Vouliez-vous dire|FPG114 — Outils RH/);
  });

  it("still gives the card with what is not held when a held fact is asked beside it", async () => {
    expect(await replyTo("RSX102 combien de crédits mais qui l'enseigne ?")).toMatch(/RSX102 —[\s\S]*Je n'ai ni le nom ni les coordonnées de l'enseignant de RSX102/);
  });
});

describe("a unit's recorded sessions, from its timetable note", () => {
  it("answers « Oui » for RCP104, whose note says so, once for both questions (it said its sources did not say it, then the card that did)", async () => {
    const reply = await replyTo("Pour RCP104, les séances sont enregistrées ? Si je rate un soir je pourrai rattraper ?");
    expect(reply).toMatch(/^Oui : d'après sa fiche, les séances de RCP104 sont enregistrées \(second semestre \(février à juin\) : le mardi de 18h15 à 20h/);
    expect(reply).not.toMatch(/Mes sources ne disent pas cela|Vouliez-vous dire|je n'ai pas de réponse sûre/);
    expect(reply.match(/sont enregistrées/g)).toHaveLength(1);
  });

  it('answers "Yes" in English, and never checks an enrolment for "can I catch up?"', async () => {
    const reply = await replyTo("Are RCP104 sessions recorded? If I miss an evening can I catch up?");
    expect(reply).toMatch(/^Yes: according to its card, the sessions of RCP104 are recorded/);
    expect(reply).not.toMatch(/you may enrol|Séances enregistrées/);
  });

  it("says NFA031's card does not say, never « Non », and names its classes at a distance", async () => {
    const reply = await replyTo("NFA031 les cours sont enregistrés ?");
    expect(reply).toMatch(/^La fiche de NFA031 ne dit pas si ses séances sont enregistrées : je ne peux pas vous l'assurer\./);
    expect(reply).toMatch(/Elle existe aussi à distance \(FOAD\)/);
    expect(reply).not.toMatch(/^Non|pas d'enregistrement/);
  });

  it.each([
    ["j'ai raté l'examen de NFA031, je peux rattraper ?", /session 2/],
    ["je me suis enregistré pour NFA031, c'est bon ?", /^(?!.*enregistrées)/],
  ])("leaves « %s » to what it asks", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/séances sont enregistrées/);
  });
});

describe("progress typed on a phone", () => {
  it("reads « ou jen suis ds ma licence » as where the learner stands: a visitor is asked to sign in or give units (it gave suggestions)", async () => {
    const reply = await replyTo("ou jen suis ds ma licence");
    expect(reply).toMatch(/^Pour suivre votre progression, je dois consulter votre dossier/);
    expect(reply).toMatch(/donnez-moi vos unités et vos notes/);
    expect(reply).not.toMatch(/LG02501A — Licence informatique|ECTS acquis/);
  });
});

describe("set 70's helper B mended: what the review found worse, narrowed", () => {
  const ASKS_THE_QUESTION = /^(Je transmets votre demande à un conseiller\. Quelle est votre question \?|I will pass your request to an advisor\. What is your question\?)$/;
  const ASKS_THE_CONTACT = /indiquez votre adresse e-mail ou votre numéro de téléphone|give your email address or phone number/;

  it.each([
    "je veux parler à un conseiller, c'est pour moi",
    "je veux parler à un conseiller concernant mon cas",
    "can someone call me about tomorrow",
    "je voudrais un rdv avec un conseiller, c'est pour savoir",
    "je veux parler à un conseiller, c'est pour vous demander un truc",
    "je veux parler à un conseiller, c'est pour mon fils",
    "je veux parler à un conseiller concernant ma situation",
    "je veux parler à un conseiller, c'est pour un rdv",
    "I want to talk to an advisor, it's for my son",
    "je veux parler à un conseiller, c'est pour un renseignement",
  ])("asks the question of « %s », which names no matter an advisor could answer on (it asked the contact)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(ASKS_THE_QUESTION);
    expect(reply).not.toMatch(ASKS_THE_CONTACT);
  });

  it.each([
    "je veux parler à un conseiller, c'est pour une VAE",
    "je voudrais voir un conseiller au sujet de mon inscription à NFA031",
    "I'd like to talk to an advisor about my VAE",
    "I want to talk to an advisor, it's about my exemption",
    "je veux parler à un conseiller concernant mes notes",
    "je veux parler a un conseiller c'est pour la licence",
    "can someone call me about my exam",
  ])("keeps « %s » as its question: a known matter (a unit, a diploma, a VAE, enrolling, a grade, an exam)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(ASKS_THE_CONTACT);
    expect(reply).not.toMatch(/Quelle est votre question|What is your question/);
  });

  it.each([
    "j'ai envoyé une question à un conseiller la semaine dernière, toujours rien ?",
    "j'ai envoyé un message au conseiller, toujours rien ?",
    "I sent a message to an advisor last week, still nothing?",
  ])("gives the request's status to « %s » (it started a new request, or said it did not know)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^(Je ne trouve aucune demande à un conseiller dans cette conversation|I cannot find any request to an advisor in this conversation)/);
    expect(reply).not.toMatch(/Quelle est votre question|indiquez votre adresse e-mail|Je ne sais pas répondre|I do not know the answer/);
  });

  it("does not take a France Travail advisor's silence for a request of the assistant's", async () => {
    const reply = await replyTo("j'ai envoyé un mail à mon conseiller France Travail, toujours rien, je fais quoi pour le CPF ?");
    expect(reply).toMatch(/possibilités de financement/);
    expect(reply).not.toMatch(/aucune demande à un conseiller/);
  });

  it.each([
    ["Je prépare le Cambridge pour ANG320, c'est utile ?", /^Mes sources ne disent pas cela de ANG320/],
    ["Le niveau Cambridge B2 suffit pour ANG320 ?", /^ANG320 — Anglais professionnel[\s\S]*niveau attendu : test de positionnement/],
    ["Is a Cambridge certificate accepted instead of the ANG320 placement test?", /^I do not know the answer to this question[\s\S]*shall I pass your question on\?/],
    ["J'ai une licence de l'Open University, je peux entrer en ingénieur ?", /^Je ne suis pas sûr d'avoir compris[\s\S]*conditions d'accès à la licence informatique L3/],
    ["je suis diplomé de cambridge, je peux faire le master ici ?", /^Je ne sais pas répondre à cette question[\s\S]*voulez-vous que je lui transmette votre question \?/],
    ["J'ai un diplôme de l'Open University, est-ce que je peux m'inscrire en licence informatique L3 ?", /^On entre en licence informatique L3 \(LG02501A\)/],
    ["I have a degree from Oxford, can I enrol in the licence?", /^You enter the computer science licence L3 \(LG02501A\)/],
  ])("does not decline « %s » as another school's offer: Cambridge the certificate, a degree held elsewhere", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(DECLINED_FR);
    expect(reply).not.toMatch(DECLINED_EN);
  });

  it.each([
    "Does the Open University in the UK have distance computing degrees?",
    "Est-ce que Harvard propose des cours du soir ?",
    "Combien coûte un master à Oxford ?",
    "Quels diplômes propose Oxford à distance ?",
    "What does a Harvard MBA cost?",
    "What are the Open University's rules for credit transfer?",
    "Stanford a des cours en ligne gratuits ?",
  ])("still declines « %s »: the other school's own offer", async (message) => {
    expect(await replyTo(message)).toMatch(/^(Je ne peux répondre qu'aux questions sur les formations du Cnam Paris|I can only answer questions about Cnam Paris evening courses)/);
  });

  it("says the form of ANG320's placement test is not in its sources to « … c'est un Cambridge ? » (« Oui » before, then declined)", async () => {
    const reply = await replyTo("Le test de positionnement d'ANG320 c'est un Cambridge ?");
    expect(reply).toMatch(/^Pour ANG320, je n'ai pas dans mes sources la forme de son test de positionnement ni le score attendu\./);
    expect(reply).not.toMatch(/^Oui|Je ne peux répondre qu'aux questions/);
  });

  it.each([
    ["I have a Harvard online certificate, can it exempt me from NFA031?", /For NFA031, my sources do not give the conditions of an exemption/],
    ["Does my BTS exempt me from UTC501?", /^For UTC501, my sources do not give the conditions of an exemption/],
    ["Le TOEIC est accepté à la place du test d'ANG320 ?", /^Pour ANG320, je n'ai pas dans mes sources les conditions d'une dispense/],
  ])("says an exemption asked in « %s » is not in its sources (the Harvard one got « Yes: NFA031 is offered at a distance »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^Yes: NFA031 is offered at a distance|I can only answer questions/);
  });

  const RECORDINGS_REPLY = /séances sont enregistrées|ne dit pas si ses séances|sessions are recorded|sessions of [A-Z]{3}\d{3} are recorded|whether its sessions are recorded/;

  it.each([
    ["Is my NFA031 session 2 grade recorded yet?", NOT_UNDERSTOOD],
    ["ma note de session 2 est enregistrée pour NFA031 ?", NOT_UNDERSTOOD],
    ["ANG320 il y a un enregistrement oral à l'examen ?", NOT_UNDERSTOOD],
    ["mes cours de NFA031 sont enregistrés dans mon dossier ?", /^Mes sources ne disent pas cela de NFA031/],
    ["are my NFA031 classes recorded in my record?", /^To follow your progress I need to read your record/],
    ["mon inscription au cours NFA031 est bien enregistrée ?", /./],
    ["la séance de rattrapage de NFA031 est enregistrée ?", /^Je ne sais pas répondre à cette question/],
  ])("does not read « %s » as the unit's recorded classes (a grade, a record, an enrolment, an oral: it said the card did not say)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(RECORDINGS_REPLY);
  });

  it("says RCP104's attendance rules are not in its sources to « RCP104 séances enregistrées, c'est obligatoire d'être présent ? » (it said « Oui … vous pourrez la reprendre »)", async () => {
    const reply = await replyTo("RCP104 séances enregistrées, c'est obligatoire d'être présent ?");
    expect(reply).toMatch(/^Pour RCP104, je n'ai pas dans mes sources ses règles d'assiduité\./);
    expect(reply).not.toMatch(/^Oui|vous pourrez donc la reprendre/);
  });

  it.each([
    ["RCP104 c'est enregistré ?", /^Oui : d'après sa fiche, les séances de RCP104 sont enregistrées/],
    ["RCP104 la séance de mardi est enregistrée, je peux la regarder quand ?", /^Oui : d'après sa fiche, les séances de RCP104 sont enregistrées/],
    ["RCP104 les cours sont filmés ?", /^Oui : d'après sa fiche, les séances de RCP104 sont enregistrées/],
    ["can I watch a replay of RCP104 sessions?", /^Yes: according to its card, the sessions of RCP104 are recorded/],
    ["I missed a class of RCP104, can I catch up on it?", /^Yes: according to its card, the sessions of RCP104 are recorded/],
    ["NFA031 : est-ce que les cours du soir sont enregistrés ?", /^La fiche de NFA031 ne dit pas si ses séances sont enregistrées/],
  ])("answers the recordings of « %s » (it gave the card, a check, or « Oui : … en cours du soir »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/vous inscrire à|you may enrol|est proposée en cours du soir/);
  });

  it("answers « les séances sont enregistrées ? » after RCP104's card of RCP104 (it gave the page on FOAD)", async () => {
    const [, reply] = await talk("RCP104", "les séances sont enregistrées ?");
    expect(reply).toMatch(/^Oui : d'après sa fiche, les séances de RCP104 sont enregistrées/);
    expect(reply).not.toMatch(/Certaines UE sont proposées en FOAD/);
  });

  it.each([
    "NFA031 est-ce que c'est à distance, mais qui l'enseigne ?",
    "NFA031 est-ce que c'est en ligne, mais qui fait le cours ?",
    "NFA031 est-elle à distance, mais qui l'enseigne ?",
  ])("answers what is asked before « mais » in « %s » (a question, not conceded): the card, then the teacher not held", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^NFA031 — Programmation avec Java : notions de base[\s\S]*formation à distance \(FOAD\)[\s\S]*Je n'ai ni le nom ni les coordonnées de l'enseignant de NFA031/);
  });

  it.each([
    ["Is NFA031 online, but who teaches it?", /^Yes: NFA031 is offered at a distance \(FOAD\)[\s\S]*My sources give neither the name nor the contact details of the teacher of NFA031/],
    ["FPG114 est à distance, mais l'examen je le passe où ?", /^Je n'ai pas la salle ni le lieu de l'examen de FPG114 dans mes sources/],
    ["NFA031 c'est à distance, mais qui l'enseigne ?", /^Je n'ai ni le nom ni les coordonnées de l'enseignant de NFA031/],
    ["NFA031 is online, but who teaches it?", /^My sources give neither the name nor the contact details of the teacher of NFA031/],
  ])("keeps « %s »: a question answers first, a statement is conceded", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it.each([
    ["What is a US? And whether I can enrol in one directly", /^Specific units \(US[\s\S]*You cannot enrol in a US directly/],
    ["C'est quoi une US ? et aussi si je peux m'y inscrire directement", /^Les unités spécifiques \(US\)[\s\S]*On ne peut pas s'inscrire directement à une US/],
    ["C'est quoi une UA ? et aussi si une UA rapporte des crédits", /^Une unité d'activité \(UA\)[\s\S]*UAALOT pour la licence informatique \(17 ECTS[\s\S]*UAEP04 pour les diplômes d'ingénieur \(18 ECTS\)/],
    ["What is a UA? And whether a UA gives credits", /^An activity unit \(UA[\s\S]*UAALOT for the computer science licence \(17 ECTS/],
  ])("does not say a whether the page given already answers is unanswered: « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/je n'ai pas (la|de) réponse|I have no sure answer|not in my sources|Vouliez-vous dire|Did you mean/);
  });

  it.each([
    ["C'est quoi une US ? et aussi si une US rapporte des crédits", /Pour « aussi si une US rapporte des crédits », je n'ai pas la réponse dans mes sources/],
    ["C'est quoi une UA ? et aussi si une US rapporte des crédits", /Pour « aussi si une US rapporte des crédits », je n'ai pas la réponse dans mes sources/],
    ["What is a US? And whether a US gives credits", /For "whether a US gives credits", the answer is not in my sources/],
  ])("keeps the honest decline of a US's credits: « %s »", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("answers whether one's experience counts for the UA from the page on the experience asked (a part naming the UA answered by it was declined)", async () => {
    const reply = await replyTo(
      "Je suis développeur depuis 3 ans en CDI après une reconversion : j'ai fait un bootcamp de 6 mois, mais je n'ai aucun diplôme en informatique. Je voudrais la licence pour évoluer. Est-ce que mon expérience peut compter pour l'UA, et est-ce que je peux entrer directement en L3 ?",
    );
    expect(reply).toMatch(/^Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine/);
    expect(reply).not.toMatch(/je n'ai pas la réponse dans mes sources/);
  });

  it.each(["Je peux passer NFA031 une autre semaine que prévu ?", "Je peux passer NFA031 un autre jour ?", "je peux passer l'examen de NFA031 une autre semaine ?"])(
    "says exam dates cannot be moved to « %s » (it checked an enrolment)",
    async (message) => {
      const reply = await replyTo(message);
      expect(reply).toMatch(/^Les dates d'examen ne peuvent pas être déplacées/);
      expect(reply).not.toMatch(/vous inscrire à NFA031/);
    },
  );

  it("keeps « je peux passer NFA008 un autre semestre ? » a check: the unit taken another semester", async () => {
    expect(await replyTo("je peux passer NFA008 un autre semestre ?")).toMatch(/vous inscrire à NFA008/);
  });
});

describe("an exam missed at session 1, the unit asked to be done again (set 71's one false, mended after its sealed run)", () => {
  it.each([
    "Je n'ai pas pu aller à l'examen de DRS102 en janvier, mon fils était malade. Je dois refaire toute l'UE ?",
    "j'étais absent à l'examen de NFA031, je dois refaire toute l'UE ?",
  ])("gives session 2 to « %s » (it said « Oui », the page on failing both sessions)", async (message) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/^La session 2 est ouverte à ceux qui étaient absents à la session 1/);
    expect(reply).not.toMatch(/^Oui|inscrivez-vous de nouveau/);
  });

  it.each(["j'étais absent au rattrapage de NFA031, je dois refaire toute l'UE ?", "si je rate les deux sessions je dois refaire l'UE ?"])("keeps the page on failing both sessions for « %s »", async (message) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/Sans au moins 10\/20 à la session 2 \(ou absent aux deux sessions\)/);
  });
});

