import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("hours of one's working week or of the way are no volume to match against credits", () => {
  it.each([
    ["Je travaille 39 h par semaine et j'ai 1 h de transport matin et soir. Une UE de 6 ECTS en plus, c'est combien d'heures de cours ?", /^Une UE de 6 ECTS correspond à 50 heures de cours de référence \(±10 %, soit 45-55 h\)/],
    ["I work 35 hours a week, how many class hours is a 4 ECTS unit?", /^A 4-ECTS unit matches 40 reference class hours \(±10 %, i\.e\. 36-44 h\)/],
    ["I work 40 hours a week and have 2 hours of commute a day. How many class hours is a 6 ECTS unit?", /^A 6-ECTS unit matches 50 reference class hours/],
    ["j'ai 2 h de trajet, 6 ECTS c'est combien d'heures ?", /^Une UE de 6 ECTS correspond à 50 heures/],
  ])("answers « %s » with the unit's reference hours (it said « Non : … 1 h s'en écartent de -98 % »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Non|No)\b|écartent|% off|-9\d %/);
  });

  it("keeps hours said of a unit a check: « NFA031 c'est 50 h de cours ? »", async () => {
    expect(await replyTo("NFA031 c'est 50 h de cours ?")).toMatch(/NFA031[\s\S]*50 heures de cours de référence/);
  });
});

describe("credits held, a pace and a goal ask how long", () => {
  it.each([
    ["J'ai déjà 21 ECTS. Si j'en valide 12 par an, il me faut combien d'années pour arriver à 60 ?", /^Avec 21 ECTS déjà acquis, il en reste 39 pour 60\. À 12 ECTS par an, 39 ECTS demandent environ 3,3 ans : 4 années universitaires, la dernière avec 3 ECTS\. 3 ans n'en donnent que 36\./],
    ["I already have 21 ECTS. If I pass 12 a year, how many years to reach 60?", /^With 21 ECTS already earned, 39 are left for 60\. At 12 ECTS a year, 39 ECTS take about 3\.3 years: 4 academic years, the last one with 3 ECTS\. 3 years give only 36\./],
  ])("counts « %s » in years (it gave the hours of 21 ECTS)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/210 h|total d'UE|total of units/);
  });

  it("keeps credits held with hours asked a conversion: « J'ai déjà 21 ECTS, ça fait combien d'heures ? »", async () => {
    expect(await replyTo("J'ai déjà 21 ECTS, ça fait combien d'heures ?")).toMatch(/^21 ECTS, ce n'est pas la valeur d'une UE mais un total d'UE/);
  });
});

describe("the workload of a credit value is its class hours, personal work on top", () => {
  it("answers both values of \"What's the workload of a 6 ECTS unit? And a 3 ECTS one?\" (it had no sure answer)", async () => {
    const reply = await replyTo("What's the workload of a 6 ECTS unit? And a 3 ECTS one?");
    expect(reply).toMatch(/^A 6-ECTS unit matches 50 reference class hours \(±10 %, i\.e\. 45-55 h\), personal work excluded\.\nPersonal study \(reading, exercises, revision\) comes on top/);
    expect(reply).toMatch(/A 3-ECTS unit matches 30 reference class hours \(±10 %, i\.e\. 27-33 h\)/);
    expect(reply).not.toMatch(/no sure answer|60 h|36 h/);
  });

  it("answers « Quelle est la charge de travail d'une UE de 6 ECTS ? »", async () => {
    const reply = await replyTo("Quelle est la charge de travail d'une UE de 6 ECTS ?");
    expect(reply).toMatch(/^Une UE de 6 ECTS correspond à 50 heures de cours de référence[^\n]*\nLe travail personnel \(lectures, exercices, révisions\) s'y ajoute/);
  });

  it("keeps a unit's workload the unit's: \"What's the workload of NFA031?\"", async () => {
    const reply = await replyTo("What's the workload of NFA031?");
    expect(reply).toMatch(/^For NFA031, my sources do not give how hard it is or its workload/);
    expect(reply).not.toMatch(/reference class hours/);
  });
});

describe("« et si jen prend 3 » after an hours answer is that many units", () => {
  it.each([
    ["6 ects = cb d h", "et si jen prend 3", /^3 UE de 6 ECTS = 150 h\nAu total : 150 heures de cours de référence \(135-165 h\)[^\n]*18 ECTS/],
    ["6 ects = cb d h", "jen prend 3 ça fait cb au total", /^3 UE de 6 ECTS = 150 h/],
    ["How many hours is a 6 ECTS unit?", "and if I take 3?", /^3 units of 6 ECTS = 150 h\nIn total: 150 reference class hours \(135-165 h\)[^\n]*18 ECTS/],
    ["How many hours is a 6 ECTS unit?", "what about three of them", /^3 units of 6 ECTS = 150 h/],
  ])("after « %s », « %s » multiplies (it said « je ne sais pas »)", async (first, second, reads) => {
    const [, reply] = await repliesOf([first, second]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/ne sais pas|30 heures|3 ECTS correspond/);
  });

  it("keeps « jen ai fait 3 » no count of units to add up", async () => {
    const [, reply] = await repliesOf(["6 ects = cb d h", "jen ai fait 3"]);
    expect(reply).not.toMatch(/150 h/);
  });
});

describe("hours one can fit in are a budget: the most credits within them", () => {
  it.each([
    ["Between September and June I can squeeze in maybe 120 hours of classes. How many ECTS is realistic?", /^With at most 120 class hours: 14 ECTS \(1 unit of 8 ECTS \+ 1 unit of 6 ECTS = 115 h\)/],
    ["j'ai 120 h par an, combien d'ECTS au maximum ?", /^Avec 120 h de cours au plus : 14 ECTS \(1 UE de 8 ECTS \+ 1 UE de 6 ECTS = 115 h\)/],
    ["Je peux dégager 120 h cette année, combien d'ECTS c'est réaliste ?", /^Avec 120 h de cours au plus : 14 ECTS/],
  ])("reads « %s » as a ceiling (it said « 10 to 16 ECTS »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/16 ECTS|3 units of 6|3 UE de 6|150 h/);
  });

  it("keeps « Is 120 hours realistic for 6 ECTS? » a check of one unit", async () => {
    expect(await replyTo("Is 120 hours realistic for 6 ECTS?")).toMatch(/^No: for 6 ECTS the reference is 50 h/);
  });
});

describe("a grade supposed after a grade's answer is the same unit's", () => {
  it("answers \"and if I'd had 9.99?\" after UTC503 passed with 10 (it did not understand)", async () => {
    const [, , reply] = await repliesOf(["with exactly 10 do I pass?", "it was UTC503", "and if I'd had 9.99?"]);
    expect(reply).toMatch(/^No, 9\.99\/20 is below the 10\/20 pass mark \(0\.01 points short\): the credits are not earned\. You may sit the exam again at session 2/);
    expect(reply).toMatch(/UTC503 would not be validated: its 3 ECTS would not be earned/);
    expect(reply).not.toMatch(/did not understand|^Yes/);
  });

  it.each([
    [["avec 10 je valide ?", "c'était UTC503", "et si j'avais eu 9,5 ?"], /^Non, 9,5\/20 est sous la moyenne de 10\/20 \(il manque 0,5 point\)[\s\S]*UTC503 ne serait pas validée : ses 3 ECTS ne seraient pas acquis/],
    [["j'ai eu 12 en NFA031", "et avec 8 ?"], /^Non, 8\/20 est sous la moyenne[\s\S]*NFA031 ne serait pas validée : ses 6 ECTS/],
    [["j'ai eu 12 en NFA031", "and with 9.99?"], /^No, 9\.99\/20 is below the 10\/20 pass mark[\s\S]*NFA031 would not be validated/],
    [["j'ai eu 8 en NFA031 au rattrapage", "et si j'avais eu 9 ?"], /^Non, 9\/20 est sous la moyenne[^\n]*Il faudra suivre l'unité à nouveau\./],
    [["with exactly 10 do I pass?", "it was UTC503", "and if I'd had 9.99?", "and with 12?"], /^Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 3 ECTS of UTC503 are earned/],
  ])("after %j, reads the grade supposed with the unit and session before", async (turns, reads) => {
    const replies = await repliesOf(turns);
    expect(replies.at(-1)).toMatch(reads);
    expect(replies.at(-1)).not.toMatch(/session 2, sans nouvelle inscription[\s\S]*rattrapage|did not understand|pas compris/);
  });

  it("keeps a grade of another unit its own: « j'ai eu 14 en NFA032 » after NFA031's", async () => {
    const [, reply] = await repliesOf(["j'ai eu 12 en NFA031", "j'ai eu 14 en NFA032"]);
    expect(reply).toMatch(/^Oui, avec 14\/20[^\n]*les 6 ECTS de NFA032 sont acquis/);
    expect(reply).not.toMatch(/ne serait pas/);
  });

  it("keeps « c'était la session 2 » the grade's session", async () => {
    const [, reply] = await repliesOf(["j'ai eu 9", "c'était la session 2"]);
    expect(reply).toMatch(/^Non, 9\/20 est sous la moyenne[^\n]*Il faudra suivre l'unité à nouveau\./);
  });
});

describe("a diploma at a number of units a semester: its taught units, then the plan", () => {
  it("answers « si je prend 2 ue par semestre jmet cb de tps pr la licence » (it asked which units were passed)", async () => {
    const reply = await replyTo("si je prend 2 ue par semestre jmet cb de tps pr la licence");
    expect(reply).toMatch(/^Licence informatique \(L3\) — 10 UE de cours : UTC501, UTC502, UTC503, UTC504, UTC505, GDN100, ANG320 et 3 au choix \(trois UE de 6 ECTS de trois groupes différents\)\. UAALOT est une unité d'activité \(UA\), sans cours : elle ne compte pas\. À 2 UE par semestre, il faut au moins 5 semestres \(2 ans et demi\)/);
    expect(reply).toMatch(/Votre plan pour Licence informatique \(L3\) \(LG02501A\) : 5 semestres/);
    expect(reply).not.toMatch(/Quelles UE avez-vous déjà validées/);
  });

  it("answers in English, and counts only the units left when some are passed", async () => {
    expect(await replyTo("If I take 2 units per semester, how long will the licence take me?")).toMatch(/^Licence informatique \(L3\) — 10 taught units: [^\n]*At 2 units a semester, that is at least 5 semesters \(2\.5 years\)/);
    expect(await replyTo("j'ai validé UTC501 et UTC502, à 2 UE par semestre combien de temps pour la licence ?")).toMatch(/^Licence informatique \(L3\) — 8 UE de cours encore à suivre : UTC503, [^\n]*au moins 4 semestres \(2 ans\)/);
  });

  it("keeps a plan without units a semester said as it was", async () => {
    const reply = await replyTo("combien de temps pour finir la licence ?");
    expect(reply).not.toMatch(/UE de cours :/);
    expect(reply).toMatch(/Votre plan pour Licence informatique \(L3\)/);
  });
});

describe("« deux soirs par semaine » counts evenings, and « Que » after a day starts the question", () => {
  const long =
    "Bonjour, j'ai 29 ans, un BTS SIO option SLAM, et je suis développeur depuis 3 ans dans une PME. J'ai déjà validé au Cnam UTC501, UTC502 et GDN100 l'an dernier. J'ai un bébé de 6 mois donc je ne peux venir que deux soirs par semaine, jamais le samedi. Que dois-je prendre au second semestre pour finir la licence au plus vite ?";
  it("plans from S2 with two evenings a week and no Saturday (it said no weekday evening was possible)", async () => {
    const reply = await replyTo(long);
    expect(reply).toMatch(/^Au plus vite, avec UTC501, UTC502 et GDN100 déjà validées, et en partant de ceci : 2 soirs par semaine au plus, pas le samedi/);
    expect(reply).toMatch(/2026-2027 S2 \(février à juin\) — 2 soirs par semaine[^\n]*\n- UTC503/);
    expect(reply).not.toMatch(/quand vous ne pouvez pas venir|Je ne trouve pas de plan|samedi \d/);
  });

  it("answers the same in English", async () => {
    const reply = await replyTo(
      "Hi, I'm 29, I have a BTS SIO, and I've been a developer for 3 years. I already passed UTC501, UTC502 and GDN100 at the Cnam last year. I have a 6-month-old baby so I can only come two evenings a week, never on Saturdays. What should I take in the second semester to finish the licence as fast as possible?",
    );
    expect(reply).toMatch(/at most 2 evenings a week, not on Saturday/);
    expect(reply).toMatch(/Your plan for Licence informatique \(L3\) \(LG02501A\): 2 semesters/);
  });

  it.each(["le samedi seulement, combien de temps pour la licence ?", "c'est le samedi que je peux venir, combien de temps pour la licence ?"])("keeps « %s » Saturday only", async (message) => {
    expect(await replyTo(message)).toMatch(/UTC503 n'a lieu que le mardi, quand vous ne pouvez pas venir/);
  });
});
