import { describe, expect, it } from "vitest";
import { readConstraints } from "../../dialogs/planning/planning.constraints";
import { readStatedExperience } from "../../domain/understanding/stated-experience";
import { botConversation, repliesOf } from "../support/bot";
import { replyText } from "../support/turn-table";

const NOW = new Date("2026-12-07T12:00:00Z");

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("an enrolment asked after a story that says what the boss asked is a check, not a course's content", () => {
  it.each([
    [
      "Hello, I've been a bookkeeper for six years in a small logistics company and I have a BTS in accounting (comptabilité gestion). Our boss wants to move our stock files to a real database and asked me to get trained. I've never written SQL. Someone told me about NFP107 at the Cnam. Can I sign up for it?",
      /^Here is the answer for 2026-2027 S2[\s\S]*Careful: NFP107 expects Bac\+2 informatique, and what you say of your studies \(BTS in accounting\) does not match it/,
    ],
    [
      "Bonjour, je suis comptable depuis six ans, j'ai un BTS compta. Mon patron m'a demandé de me former aux bases de données. On m'a parlé de NFP107. Je peux m'y inscrire ?",
      /Attention : NFP107 attend le niveau Bac\+2 informatique, et ce que vous dites de vos études \(BTS compta\) n'y correspond pas/,
    ],
  ])("weighs the BTS against NFP107's level for « %s » (it declined a course's content)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/content of courses|contenu des cours|^(✅ )?(Yes|Oui)\b/);
  });

  it("keeps a question asked on someone's behalf a question: « my boss asked me how many hours NFA031 is »", async () => {
    expect(await replyTo("My boss asked me how many hours is NFA031?")).toMatch(/50 reference class hours/);
  });
});

describe("a time one finishes work at, but for one day free earlier", () => {
  it.each([
    ["je finis tous les jours à 20h, sauf le vendredi où je suis libre dès 17h. Le samedi je garde mes neveux, donc impossible.", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"], weekdaysFromExceptAt: "17:00", unavailableDays: ["saturday"] }],
    ["I work until 8pm every day except Fridays when I'm free from 5pm, and Saturdays are impossible", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"], weekdaysFromExceptAt: "17:00", unavailableDays: ["saturday"] }],
    ["je bosse jusqu'à 19h30 sauf le mercredi", { weekdaysFrom: "19:30", weekdaysFromExcept: ["wednesday"] }],
  ])("reads « %s » with that day open from the evening (from its own time, when said)", (text, expected) => {
    expect(readConstraints(text, NOW)).toEqual(expected);
  });

  it.each([
    // A later time that day: the day is not freed.
    ["je finis à 20h sauf le vendredi où je finis à 22h", { weekdaysFrom: "20:00", unavailableDays: ["friday"] }],
    ["je travaille jusqu'à 20h en semaine, pas le samedi", { weekdaysFrom: "20:00", unavailableDays: ["saturday"] }],
    ["pas le vendredi, je finis à 19h", { weekdaysFrom: "19:00", unavailableDays: ["friday"] }],
  ])("keeps « %s » as it was", (text, expected) => {
    expect(readConstraints(text, NOW)).toEqual(expected);
  });

  it.each([
    [
      "Bonjour, je suis commerciale dans une boîte de logiciels et je finis tous les jours à 20h, sauf le vendredi où je suis libre dès 17h. Le samedi je garde mes neveux, donc impossible. J'ai fait une licence de maths il y a longtemps et je voudrais m'inscrire à GLG105 pour comprendre le travail de nos développeurs. Est-ce possible ?",
      /✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(connaissances de niveau L1\/L2 souhaitables\)[\s\S]*GLG105 \(Génie logiciel\) en 2026-2027 S2/,
    ],
    ["I work until 8pm every day except Fridays, when I'm free from 5pm. Saturdays are impossible. Can I enrol in GLG105?", /✅ Yes[\s\S]*GLG105 \(Génie logiciel\) in 2026-2027 S2/],
  ])("checks GLG105's Friday class as one she can attend for « %s » (it said « Non », Friday ruled out)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/pas avec vos disponibilités|not with when you can attend|ne pas pouvoir le vendredi|cannot come on Fridays/);
  });
});

describe("days away travelling are days one cannot come", () => {
  it.each([
    ["je suis souvent en déplacement en province le lundi et le mardi. Je ne peux pas venir le samedi non plus.", ["saturday", "monday", "tuesday"]],
    ["I'm often away on business trips on Mondays and Tuesdays and I can't do Saturdays", ["saturday", "monday", "tuesday"]],
    ["je suis en déplacement le lundi", ["monday"]],
  ])("rules out the days of « %s »", (text, days) => {
    expect(readConstraints(text, NOW).unavailableDays).toEqual(days);
  });

  it("plans the licence without Monday, Tuesday or Saturday: the common core's Monday and Tuesday classes leave no plan", async () => {
    const reply = await replyTo(
      "Bonjour, je suis chef de chantier dans le BTP, je fais des semaines de 50 heures et je suis souvent en déplacement en province le lundi et le mardi. J'ai un BTS SIO que je n'ai jamais exploité, et j'aimerais passer la licence informatique du Cnam. Je ne peux pas venir le samedi non plus. À quel rythme je pourrais la faire ?",
    );
    expect(reply).toMatch(/^Je ne trouve pas de plan pour Licence informatique \(L3\) \(LG02501A\) avec ces contraintes/);
    expect(reply).toMatch(/UTC501 et UTC502 n'ont lieu que le lundi, quand vous ne pouvez pas venir/);
    expect(reply).not.toMatch(/cours du soir : (lundi|mardi)/);
  });
});

describe("experience asked for the engineering degree, a bachelor held beside it", () => {
  it("weighs the years against the 2 asked at application, for the cybersecurity engineer (it weighed the bachelor against the licence)", async () => {
    const reply = await replyTo(
      "Hello, I moved to Paris from Lisbon two years ago and I work as a network technician for a telecom operator (two and a half years here, before that one year in Portugal). I have a Portuguese bachelor in electronics. I'd love to go for the engineering degree in cybersecurity in evening classes. Do I have enough experience to apply?",
    );
    expect(reply).toMatch(/^On experience, yes: you say 2\.5 years of work, and CYC9106A asks 2 years when you apply/);
    expect(reply).not.toMatch(/LG02501A|Not as of right|Licence informatique/);
  });

  it("the same in French", async () => {
    const reply = await replyTo("Je suis technicien réseau depuis deux ans et demi, j'ai une licence d'électronique portugaise. Je voudrais faire le diplôme d'ingénieur en cybersécurité. Est-ce que j'ai assez d'expérience pour candidater ?");
    expect(reply).toMatch(/^Oui pour candidater : Diplôme d'ingénieur, spécialité informatique, parcours cybersécurité[\s\S]*2 ans d'expérience à la candidature/);
  });

  it("reads a length said « here » beside a job", () => {
    expect(readStatedExperience("I work as a network technician for a telecom operator (two and a half years here, before that one year in Portugal).")).toMatchObject({ years: 2.5, yearsInComputing: 2.5 });
  });
});

describe("a wish to do the engineering degree names the three, and « the one in AI » picks one", () => {
  it.each([
    ["I'd like to do the engineering degree", "the one in AI", /^The part-time engineering degrees \(CYC9101A/, /^\*\*CYC9102A — [\s\S]*UAAD91/],
    ["je voudrais faire le diplôme d'ingénieur", "celui en IA", /^Les diplômes d'ingénieur hors temps de travail \(CYC9101A/, /^\*\*CYC9102A — [\s\S]*UAEP04/],
  ])("« %s » then « %s »", async (first, second, firstReads, secondReads) => {
    const [one, two] = await repliesOf([first, second]);
    expect(one).toMatch(firstReads);
    expect(one).not.toMatch(/not sure I understood|pas sûr d'avoir compris/);
    expect(two).toMatch(secondReads);
    expect(two).not.toMatch(/did not understand|pas compris|CYC9106A —|CYC9101A —/);
  });

  it("gives the AI one's card to « I'd like to do the engineering degree in AI »", async () => {
    expect(await replyTo("I'd like to do the engineering degree in AI")).toMatch(/^\*\*CYC9102A — /);
  });

  it("keeps a speciality none of the catalog's is unknown: « I want to do an engineering degree in finance »", async () => {
    expect(await replyTo("I want to do an engineering degree in finance")).not.toMatch(/CYC9102A —|The part-time engineering degrees/);
  });
});

describe("a check then « et à X aussi ? » checks X too, in the same situation", () => {
  it.each([
    ["Je suis UTC505 en ce moment. Je peux m'inscrire à RSX101 pour le semestre prochain ? Et à RSX112 aussi ?", /⚠️ Oui, mais sous condition : vous pourrez vous inscrire à RSX101[\s\S]*Vous suivez UTC505[\s\S]*⛔ Non, vous ne pouvez pas vous inscrire à RSX112[\s\S]*l'une des UE RSX101 ou RSX102/],
    ["I'm taking UTC505 right now. Can I enrol in RSX101 next semester? And in RSX112 too?", /⚠️ Yes, on a condition: you may enrol in RSX101[\s\S]*You are taking UTC505[\s\S]*⛔ No, you may not enrol in RSX112[\s\S]*one of RSX101 or RSX102/],
  ])("« %s » (RSX112 got its card, no verdict)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Une question à la fois|One question at a time|Autorisation de l'enseignant : non demandée/);
  });

  it("keeps « et RSX112 c'est quoi ? » RSX112's card", async () => {
    expect(await replyTo("Je peux m'inscrire à RSX101 ? et RSX112 c'est quoi ?")).toMatch(/^RSX112 — Sécurité des réseaux/);
  });
});

describe("a request for an advisor that asks its question beside it", () => {
  it.each([
    ["transmettez ma question à un conseiller : est-ce que je peux changer d'UE en cours de semestre ?", "je préfère pas donner mon mail", /^Entendu, je ne conserve aucun moyen de vous contacter[\s\S]*votre demande n° H-\d+ est transmise[\s\S]*dans cette conversation/],
    ["pass my question to an advisor: can I switch units in the middle of the semester?", "I'd rather not give my email", /^Understood, I keep no way to contact you[\s\S]*your request no\. H-\d+ has been passed[\s\S]*in this conversation/],
  ])("records « %s » without asking the question again", async (request, noMail, reads) => {
    const talk = await botConversation({ channelId: "webchat" });
    const first = (await talk.send(request)).map(replyText).join("\n");
    expect(first).not.toMatch(/Quelle est votre question|What is your question/);
    expect(first).toMatch(/e-mail|email/);
    const second = (await talk.send(noMail)).map(replyText).join("\n");
    expect(second).toMatch(reads);
    expect(second).not.toMatch(/indiquez votre adresse e-mail|give your email/);
  });

  it.each(["je veux parler à un conseiller, vous pouvez m'aider ?", "un conseiller peut me rappeler ?", "transmettez à un conseiller svp : c'est possible ?"])("still asks the question of « %s »", async (request) => {
    expect(await replyTo(request)).toMatch(/Quelle est votre question \?/);
  });
});

describe("the review's probes", () => {
  describe("a day excepted from the time one finishes is freed only when said free, from its own time", () => {
    it.each([
      ["je termine à 20h sauf le vendredi où je termine à 22h, je peux faire GLG105 ?", /^⛔ Non, pas avec vos disponibilités/m],
      ["je finis à 20h tous les jours, sauf le vendredi où je travaille tard. Je peux m'inscrire à GLG105 ?", /^⛔ Non, pas avec vos disponibilités/m],
      ["je finis à 19h sauf le vendredi où je finis plus tard, GLG105 c'est jouable ?", /^⛔ Non, pas avec vos disponibilités/m],
      ["je finis à 20h, sauf le vendredi où je suis libre dès 19h. Je peux m'inscrire à GLG105 ?", /^⛔ Non, pas avec vos disponibilités[\s\S]*le vendredi de 18h15 à 21h45[\s\S]*qu'à partir de 19h/m],
      ["je finis à 20h sauf le vendredi où je ne peux pas venir du tout. Je peux m'inscrire à GLG105 ?", /^⛔ Non, pas avec vos disponibilités/m],
      ["I work until 8pm except Fridays when I work late. Can I enrol in GLG105?", /^⛔ No, not with your availability/m],
      ["I work until 8pm except Fridays when I'm free from 7pm. Can I enrol in GLG105?", /^⛔ No, not with your availability[\s\S]*from 19:00/m],
      ["je travaille jusqu'à 19h sauf le lundi où je travaille jusqu'à 21h. UTC501 possible ?", /^⛔ Non, pas avec vos disponibilités/m],
    ])("« %s » keeps that day's class out", async (message, reads) => {
      const reply = await replyTo(message);
      expect(reply).toMatch(reads);
      expect(reply).not.toMatch(/✅ (Oui|Yes)/);
    });

    it("keeps a Friday said impossible out of the licence's plan", async () => {
      const [, plan] = await repliesOf(["je voudrais planifier la licence informatique, je finis à 20h sauf le vendredi où je ne peux pas du tout", "aucune"]);
      expect(plan).toMatch(/^Je ne trouve pas de plan pour Licence informatique/);
      expect(plan).not.toMatch(/GLG105 Génie logiciel|NSY014|RCP105|RCP101/);
    });

    it.each([
      ["je finis à 20h, sauf le vendredi où je suis libre à partir de 18h30", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"], weekdaysFromExceptAt: "18:30" }],
      ["je finis à 20h sauf le vendredi où je finis plus tôt", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"] }],
      ["je finis à 20h sauf le vendredi où je ne travaille pas", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"] }],
      ["je finis à 20h sauf le vendredi où je finis à 17h", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"], weekdaysFromExceptAt: "17:00" }],
      ["I work until 8pm every day except Fridays. Can I enrol in GLG105?", { weekdaysFrom: "20:00", weekdaysFromExcept: ["friday"] }],
    ])("still frees the day said free: « %s »", (text, expected) => {
      expect(readConstraints(text, NOW)).toEqual(expected);
    });

    it.each([
      ["je finis à 20h, sauf le vendredi où je suis libre à partir de 18h30. GLG105 possible ?", /^⛔ Non, pas avec vos disponibilités[\s\S]*qu'à partir de 18h30/m],
      ["je finis à 20h, sauf le vendredi où je reste jusqu'à 22h. GLG105 possible ?", /^⛔ Non, pas avec vos disponibilités/m],
    ])("reads the time one finishes as a time, not hours of class: « %s »", async (message, reads) => {
      const reply = await replyTo(message);
      expect(reply).toMatch(reads);
      expect(reply).not.toMatch(/s'en écartent|au-delà de vos/);
    });
  });

  describe("a day one is away until or back is no day away every week", () => {
    it.each([
      ["je suis en déplacement jusqu'à lundi, est-ce que je peux encore m'inscrire à UTC501 ?", /^✅ Oui/m],
      ["I'm on the road until Monday, can I still enrol in UTC501?", /^✅ Yes/m],
      ["I'm away on holiday until Monday, can I still sign up for UTC501?", /^✅ Yes/m],
      ["je suis en déplacement pro, je rentre lundi. Je peux m'inscrire à UTC501 ?", /^✅ Oui/m],
      ["je suis souvent en déplacement sauf le lundi, je peux faire UTC501 ?", /^✅ Oui/m],
      ["I'm always on the road except on Mondays. Can I take UTC501?", /^✅ Yes/m],
    ])("« %s »", async (message, reads) => {
      const reply = await replyTo(message);
      expect(reply).toMatch(reads);
      expect(reply).not.toMatch(/ne pas pouvoir le lundi|cannot attend on Mondays|⛔/);
    });

    it("checks RSX101 after « jusqu'au mardi » and a yes to UTC505", async () => {
      const [, second] = await repliesOf(["je suis en déplacement jusqu'au mardi, je peux m'inscrire à RSX101 ?", "oui"]);
      expect(second).toMatch(/✅ Oui, vous pouvez vous inscrire à RSX101/);
      expect(second).not.toMatch(/ne pas pouvoir le mardi/);
    });
  });

  describe("« asked me to » beside a question still lets the question be read", () => {
    it("gives both units' cards to compare: « They asked me to choose between NFA031 and NFP101, which is better? »", async () => {
      const reply = await replyTo("They asked me to choose between NFA031 and NFP101, which is better?");
      expect(reply).toMatch(/NFA031 — Programmation avec Java[\s\S]*NFP101 — Programmation orientée objet/);
    });

    it("answers on the licence's access: « my boss asked me to tell you I need the licence by 2027, is it possible? »", async () => {
      const reply = await replyTo("my boss asked me to tell you I need the licence by 2027, is it possible?");
      expect(reply).toMatch(/You enter the computer science licence L3 \(LG02501A\)/);
      expect(reply).not.toMatch(/^I do not know the answer to this question/);
    });

    it("does not decline flatly « My employer asked me to get a degree in computing, what do you offer? »", async () => {
      const reply = await replyTo("My employer asked me to get a degree in computing, what do you offer?");
      expect(reply).not.toMatch(/^I do not know the answer to this question/);
      expect(reply).toMatch(/Evening units|listed by professional field/);
    });
  });

  describe("years of studying or living here are no years of work", () => {
    it.each([
      ["I've spent two years here at the Cnam taking evening classes, do I have enough experience for the engineering degree?"],
      ["I've lived in France for three years here, do I have enough experience for the engineering degree in AI?"],
    ])("« %s » does not say the years are experience", async (message) => {
      const reply = await replyTo(message);
      expect(reply).not.toMatch(/you mention \d+ years of experience|^Yes, to apply/);
      expect(reply).toMatch(/2 years of experi/);
    });

    it.each(["I've spent two years here at the Cnam taking evening classes", "I've lived in France for three years here", "j'habite à Paris depuis 3 ans"])("reads no experience in « %s »", (text) => {
      expect(readStatedExperience(text)).toBeUndefined();
    });
  });

  it.each([
    ["je voudrais faire le diplôme d'ingénieur", "le deuxième", /^\*\*CYC9102A — /],
    ["I'd like to do the engineering degree", "the third one", /^\*\*CYC9106A — [\s\S]*in the parts listed here/],
  ])("« %s » then « %s » picks the diploma at that place on the page", async (first, second, reads) => {
    const [, two] = await repliesOf([first, second]);
    expect(two).toMatch(reads);
    expect(two).not.toMatch(/did not understand|pas compris/);
  });

  it.each(["transmettez à un conseiller : puis-je changer d'UE ?", "je veux parler à un conseiller : c'est quoi une UA ?"])("takes the short question of « %s » as carried, asking only a contact", async (request) => {
    const reply = await replyTo(request);
    expect(reply).not.toMatch(/Quelle est votre question/);
    expect(reply).toMatch(/adresse e-mail/);
  });
});
