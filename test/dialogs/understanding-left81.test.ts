import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("a later session asked to be skipped, a grade supposed", () => {
  it.each([
    ["la session 2, on peut y couper si on a 9 ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1 ou qui y ont eu moins de 10\/20/],
    ["Can I skip the resit if I get 9?", /^Session 2 is open to those who were absent from session 1 or got less than 10\/20/],
  ])("« %s » gets the page on session 2 (the 9 was read as got at session 2: « Il faudra suivre l'unité à nouveau », false)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/suivre l'unité à nouveau|take the unit again/);
  });

  it("still reads a grade got at the resit as the later session's", async () => {
    const [reply] = await repliesOf(["j'ai eu 9 puis au rattrapage 8"]);
    expect(reply).toMatch(/^Non, 8\/20 est sous la moyenne de 10\/20[\s\S]*Il faudra suivre l'unité à nouveau/);
  });
});

describe("how long what is left takes, counted in units or without a pace", () => {
  it.each([
    ["Il me reste 3 UE, à 1 UE par semestre, j'aurai fini quand ?", /^À 1 UE par semestre, 3 UE demandent 3 semestres \(1 an et demi/],
    ["il me reste 5 UE à faire, j'en fais 2 par semestre, je finis quand ?", /^À 2 UE par semestre, 5 UE demandent 3 semestres[^\n]*la dernière période avec 1 UE/],
    ["I have 3 units left, one per semester, when will I finish?", /^At 1 unit a semester, 3 units take 3 semesters \(1\.5 years/],
  ])("« %s » counts the semesters (it got the page on changing units, or a plan asking for a diploma)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });

  it.each([
    ["J'ai 30 ECTS validés, il me faut 60, combien de temps encore ?", /^Avec 30 ECTS déjà acquis, il en reste 30 pour 60\. Le temps dépend de votre rythme : à 6 ECTS par semestre, 5 semestres[^\n]*à 12 ECTS par semestre, 3 semestres[^\n]*à 18 ECTS par semestre, 2 semestres/],
    ["I have 24 credits, I need 60, how long will it take?", /^With 24 ECTS already earned, 36 are left for 60\. The time depends on your pace: at 6 ECTS a semester, 6 semesters/],
    ["j'ai 20 ECTS, si j'en prends 2 par semestre combien de temps pour 60 ?", /^Avec 20 ECTS déjà acquis, il en reste 40 pour 60\. À 2 UE par semestre, cela dépend de leurs crédits : avec des UE de 6 ECTS \(12 ECTS par semestre\), 4 semestres/],
  ])("« %s » says what is left and weighs the pace said, or a few (it got the hours of the credits held)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });
});

describe("a journey said as a distance in time", () => {
  it.each([
    ["I live 1 hour away by metro, I finish at 18h, can I make it to evening classes?", /Free on weekdays from 19:00: classes starting at 18:15 are out of reach/],
    ["je finis à 18h et j'habite à 45 min du Cnam en RER, je peux suivre des cours du soir ?", /Libre en semaine à partir de 18h45 : les cours qui commencent à 18h15 vous sont fermés/],
  ])("« %s » adds the journey to the time work ends (it said every evening class was within reach)", async (message, reads) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(reads);
  });
});

describe("an exam missed, told further on in its unit's clause", () => {
  it("\"for UTC505 I was on shift so I missed the exam\" is absent, and the 10.5 said after it stays UTC501's", async () => {
    const [reply] = await repliesOf(["Hi, rough semester. I'm a nurse working rotating shifts, and it was hard to keep up. I sat UTC502 and got 8, then for UTC505 I was on shift so I missed the exam completely, and in UTC501 I got 10.5. How many credits do I have now, and what do I need to do next?"]);
    expect(reply).toMatch(/^\*\*UTC502\*\*: No, 8\/20[\s\S]*\*\*UTC501\*\*: Yes, with 10\.5\/20[\s\S]*\*\*UTC505\*\*: absent from the exam[\s\S]*In total: 3 ECTS earned \(UTC501\)\. To sit again: UTC502 and UTC505/);
  });

  it("« pour UTC502 j'étais de garde le jour de l'examen et je n'ai pas pu venir » is absent, and what to do for it is said", async () => {
    const [reply] = await repliesOf(["Bonjour, je travaille de nuit dans un hôpital et j'ai suivi UTC501 et UTC502 ce semestre. J'ai eu 12 en UTC501, mais pour UTC502 j'étais de garde le jour de l'examen et je n'ai pas pu venir. Combien j'ai de crédits maintenant, et qu'est-ce que je dois faire pour UTC502 ?"]);
    expect(reply).toMatch(/\*\*UTC502\*\* : absent\(e\) à l'examen[\s\S]*Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502/);
  });

  it("keeps a unit missed at a class, not at its exam, out of it", async () => {
    const [reply] = await repliesOf(["j'ai eu 12 en UTC501, et pour UTC502 je n'ai pas pu venir au premier cours, c'est grave ?"]);
    expect(reply).not.toMatch(/absent\(e\) à l'examen/);
  });
});

describe("grades told, then what another school does asked", () => {
  it("says the grades, then declines Paris 8's equivalences and dates (it gave NFA031's grade alone)", async () => {
    const replies = await repliesOf(["Salut, je suis en première année au Cnam, j'ai eu 11 en NFA031 et 9 en NFA032 au premier semestre. En parallèle je suis inscrite à Paris 8 en psycho à distance. Est-ce que Paris 8 accepte de valider mes UE du Cnam en équivalence, et leurs partiels de juin tombent quand ?"]);
    expect(replies[0]).toMatch(/\*\*NFA031\*\* : Oui, avec 11\/20[\s\S]*\*\*NFA032\*\* : Non, 9\/20[\s\S]*Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/);
  });
});
