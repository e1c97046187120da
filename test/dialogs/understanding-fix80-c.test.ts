import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("long messages: each question of the story answered", () => {
  it("three questions of a BTS holder: entry, a unit that does not count, the UA by experience", async () => {
    const reply = await replyTo(
      "Bonjour, j'ai un BTS SIO option SLAM obtenu en 2016 et je suis développeuse PHP depuis six ans dans une agence web. Je voudrais enfin un bac+3 pour évoluer. J'ai aussi suivi NFA040 au Cnam en 2019, validée avec 13. Est-ce que je peux entrer en L3, est-ce que NFA040 compte, et l'UA d'expérience, je peux l'avoir ?",
    );
    expect(reply).toMatch(/^Oui, d'après ce que vous dites \(BTS SIO\)[\s\S]*Non : NFA040 ne fait pas partie de LG02501A[\s\S]*Oui : pour Licence informatique \(L3\), son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 6 ans/);
    expect(reply).not.toMatch(/vous inscrire à NFA040/);
  });

  it("an English unit and a project-management one looked for in one sentence: both searches", async () => {
    const reply = await replyTo("Je suis traductrice indépendante. Y a-t-il une UE d'anglais qui me corresponde, et une de gestion de projet informatique ?");
    expect(reply).toMatch(/Les UE du catalogue sur « anglais »[\s\S]*ANG320[\s\S]*Les UE du catalogue sur « projet informatique »[\s\S]*NFA018/);
  });

  it.each([
    ["Is there an English unit for me, and one on project management?", /Units of the catalog on "English"[\s\S]*Units of the catalog on "project management"[\s\S]*GDN100/],
    ["y a des cours le samedi et un en ligne ?", /samedi[\s\S]*(distance|FOAD)/],
  ])("« %s » is two searches", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("grades of five units with an absence told as an illness: the credits in all and what to sit again", async () => {
    const reply = await replyTo(
      "Bon, le bilan du semestre : UTC501 j'ai 14, UTC502 8, UTC503 j'étais malade le jour de l'examen, UTC504 10 pile et UTC505 11,5. Je suis un peu perdu. Combien j'ai de crédits et qu'est-ce que je dois repasser en session 2 ?",
    );
    expect(reply).toMatch(/\*\*UTC503\*\* : absent\(e\) à l'examen[\s\S]*Au total : 9 ECTS acquis \(UTC501, UTC504 et UTC505\)\. À repasser : UTC502 et UTC503/);
  });

  it("a unit passed and a unit missed, what happens to it asked: the grades' answer (it got the page on session 2)", async () => {
    const reply = await replyTo(
      "Last semester I took NFA031 and NFA035. I got 12 in NFA031, but I couldn't sit the NFA035 exam because my daughter was sick, and then I also missed session 2 because of a work trip to Lyon. What happens to NFA035 now? Do I lose everything?",
    );
    expect(reply).toMatch(/^\*\*NFA031\*\*: Yes, with 12\/20[\s\S]*\*\*NFA035\*\*: absent from the exam[\s\S]*In total: 6 ECTS earned \(NFA031\)/);
  });
});

describe("hours and pace said inside a story", () => {
  it("a yearly budget beside a week's work hours: the units weighed against the budget (it gave the total unweighed)", async () => {
    const reply = await replyTo(
      "Je travaille 35 h par semaine dans un hôpital, en horaires de journée. Mon employeur accepte que je suive des cours au Cnam à condition que ça ne dépasse pas 110 heures sur l'année. Je pensais à NFA008, NFA011 et UTC504. Est-ce que ça rentre ?",
    );
    expect(reply).toMatch(/^Non : NFA008 \(50 h\) \+ NFA011 \(40 h\) \+ UTC504 \(30 h\) = 120 heures de cours de référence \(108-132 h\) pour 13 ECTS, au-delà de vos 110 h/);
  });

  it.each([
    ["J'ai déjà 18 ECTS et il me reste 24 ECTS d'UE à passer. À une UE de 6 ECTS par semestre, j'aurai fini quand ?", /^À 6 ECTS par semestre, 24 ECTS demandent 4 semestres/],
    ["I have 30 credits left, at 6 credits a semester, when will I be done?", /^At 6 ECTS a semester, 30 ECTS take 5 semesters/],
    ["j'ai déjà 24 ECTS, à 12 ECTS par an combien de temps pour arriver à 60 ?", /^Avec 24 ECTS déjà acquis, il en reste 36 pour 60\. À 12 ECTS par an, 36 ECTS demandent 3 ans/],
  ])("« %s » counts the credits left at the pace (it read 18 held of 24, or asked to sign in)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("days said free, with a word between", () => {
  it("« Je suis donc libre le mardi soir, le jeudi soir et le samedi » plans on those days only: none fits, and why (it planned Monday, Wednesday, Friday)", async () => {
    const reply = await replyTo(
      "Bonjour, je suis infirmière de nuit, je travaille le lundi, le mercredi et le vendredi. Je suis donc libre le mardi soir, le jeudi soir et le samedi. J'ai un DUT informatique. Vous pouvez me proposer un planning pour faire la licence informatique ?",
    );
    // (The catalog holds UTC501 and UTC502 on Mondays only: no plan fits those days, and the reply says why.)
    expect(reply).toMatch(/^Je ne trouve pas de plan pour Licence informatique \(L3\)[\s\S]*UTC501 et UTC502 n'ont lieu que le lundi, quand vous ne pouvez pas venir/);
    expect(reply).not.toMatch(/(lundi|mercredi|vendredi) \d\d:\d\d/);
  });
});

describe("a profile weighed when asked whether one would be accepted", () => {
  it("a design graduate asking about MUX101 gets the level warned (it got the unit's card)", async () => {
    const reply = await replyTo(
      "Hi, I'm a UX designer with a bachelor's in graphic design and five years of experience. I'm curious about MUX101. But I never formally studied computer science. Would I be accepted?",
    );
    expect(reply).toMatch(/Careful: MUX101 expects niveau L2 informatique, and what you say of your studies \(bachelor's in graphic design\) does not match it/);
  });
});

describe("another school's calendar, inside a story that names units", () => {
  it("is declined (it ran a check of SEC105)", async () => {
    const reply = await replyTo(
      "Bonjour, je fais la licence informatique au Cnam, il ne me reste que SEC105 et ANG320. En parallèle je voudrais m'inscrire à un DU de criminologie à Paris 2 Assas. Est-ce que les cours de Paris 2 commencent en octobre ?",
    );
    expect(reply).toMatch(/^Je ne peux répondre qu'aux questions sur les formations du Cnam/);
  });
});

describe("what a notice means, then how to do it, in one sentence", () => {
  it("« Une UE soumise à autorisation, ça veut dire quoi, et comment j'obtiens cette autorisation ? » gets the meaning and the steps", async () => {
    const reply = await replyTo("Une UE soumise à autorisation, ça veut dire quoi, et comment j'obtiens cette autorisation ?");
    expect(reply).toMatch(/^L'inscription à certaines UE est soumise à l'autorisation du responsable pédagogique[\s\S]*téléchargez le modèle d'autorisation[\s\S]*secrétariat pédagogique/);
  });
});
