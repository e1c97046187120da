import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

// Sealed set 77's false replies, read after its first run (not blind).
describe("after the sealed set's run (not blind): its false replies", () => {
  it("plans the licence from the units a long message says passed when the plan is asked in a part of it, and keeps Wednesday evenings out for a team meeting (it counted none and planned UTC501 again, on Wednesdays)", async () => {
    const reply = await replyTo(
      "Bonjour, technicien support depuis 5 ans avec un DUT informatique. L'an dernier j'ai validé UTC501, UTC502 et UTC504 en licence. Cette année ça se complique : réunion d'équipe le mercredi soir et je garde mes enfants le samedi. Il me reste combien de semestres pour finir la licence et qu'est-ce que je prends en premier ?",
    );
    expect(reply).not.toMatch(/je n'en compte aucune/);
    expect(reply).toMatch(/UTC505 Introduction à la cyberstructure de l'internet : réseaux et sécurité n'a lieu que le mercredi, quand vous ne pouvez pas venir/);
    expect(reply).not.toMatch(/- UTC501 |- UTC502 |- UTC504 /);
  });

  it("plans after « I passed UTC501 to UTC505 and GDN100 », without listing them as still to take", async () => {
    const reply = await replyTo(
      "Hello! Quick background: I passed UTC501 to UTC505 and GDN100 over the last two years, all while working full time as a junior developer (3 years now). I can only come Monday and Thursday evenings because of my kids. What's the fastest way to finish the licence from here, and what do I still need?",
    );
    expect(reply).toMatch(/19 of 60 ECTS/);
    expect(reply).not.toMatch(/- UTC501 |- UTC502 |- UTC504 |- GDN100 /);
  });

  it.each([
    ["If I take two 6-credit units per semester, how many semesters to get the 18 option credits of the licence?", /at most 12 ECTS per semester/, /at most 6 ECTS per semester/],
    ["je veux faire la licence avec 2 UE de 6 crédits par semestre, ça prend combien de temps ?", /12 ECTS par semestre au plus/, /6 ECTS par semestre au plus/],
  ])("reads « %s » as two units of 6 credits a semester (it read 6 ECTS a semester in all)", async (message, twelve, six) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(twelve);
    expect(reply).not.toMatch(six);
  });

  it("keeps « 12 ects par semestre max » as 12 ECTS", async () => {
    expect(await replyTo("planifier la licence, 12 ects par semestre max")).toMatch(/12 ECTS par semestre au plus/);
  });

  it("keeps a morning meeting out of the evenings: « j'ai une réunion le mercredi matin, je peux faire UTC505 ? »", async () => {
    expect(await replyTo("j'ai une réunion le mercredi matin, je peux faire UTC505 ?")).toMatch(/✅ Oui, vous pouvez vous inscrire à UTC505/);
  });

  it("answers « je dois tout recommencer ? » after 8 at the resit with a yes and no part on a detail not held (it said « Non », then that the unit was to take again)", async () => {
    const reply = await replyTo(
      "Bonjour, je suis vraiment découragée. UTC503 : 7 en session 1 en janvier, j'ai bossé tout le printemps et j'ai eu 8 au rattrapage d'avril. Les autres UE du tronc commun sont validées. Je ne veux pas lâcher la licence. Qu'est-ce qui se passe maintenant pour UTC503, je dois tout recommencer ?",
    );
    expect(reply).toMatch(/^Oui : 8\/20 est sous la moyenne de 10\/20 \(il manque 2 points\) : les crédits ne sont pas acquis\. La session 2 était la dernière/);
    expect(reply).not.toMatch(/Mes sources ne disent pas cela/);
  });

  it("keeps the no after session 1: « j'ai eu 8 en UTC503 en session 1, je dois tout recommencer ? »", async () => {
    expect(await replyTo("j'ai eu 8 en UTC503 en session 1, je dois tout recommencer ?")).toMatch(/^Non, 8\/20 est sous la moyenne de 10\/20[\s\S]*session 2, sans nouvelle inscription/);
  });

  it("keeps a unit's card asked beside a grade of another: « c'est quoi UTC503 ? et j'ai eu 12 en UTC501 »", async () => {
    const reply = await replyTo("c'est quoi UTC503 ? et j'ai eu 12 en UTC501");
    expect(reply).toMatch(/UTC503 — Paradigmes de programmation/);
    expect(reply).toMatch(/les 3 ECTS de UTC501 sont acquis/);
  });
});

describe("after the sealed set's run (not blind): hours of the units said one after the other, in all", () => {
  it("adds the units of both questions and the one named to « and all of that plus NFA040? » (NFA042 was left out: 90 h for 10 ECTS)", async () => {
    const [, , reply] = await repliesOf(["How many hours is NFA041?", "and NFA042?", "and all of that plus NFA040?"]);
    expect(reply).toMatch(/In total: 140 reference class hours \(126-154 h\), personal work excluded, for 16 ECTS/);
  });

  it("answers « les 2 ensemble ca rentre ds 100h ? » of both units (it gave the page on US, « ensemble »)", async () => {
    const [, , reply] = await repliesOf(["cb d h nfa009", "et nfa010", "les 2 ensemble ca rentre ds 100h ?"]);
    expect(reply).toMatch(/^Oui : NFA009 \(50 h\) \+ NFA010 \(50 h\) = 100 heures de cours de référence \(90-110 h\) pour 12 ECTS, dans vos 100 h/);
  });

  it.each([
    ["les deux ensemble ça fait combien ?", /Au total : 100 heures de cours de référence \(90-110 h\), hors travail personnel, pour 12 ECTS/],
    ["both together, do they fit in 100 hours?", /^Yes: NFA009 \(50 h\) \+ NFA010 \(50 h\) = 100 reference class hours/],
  ])("reads « %s » after two units' hours as both in all", async (message, total) => {
    const [, , reply] = await repliesOf(["combien d'heures NFA009", "et NFA010", message]);
    expect(reply).toMatch(total);
  });

  it("asks « les deux sont le soir ? » of both units, off the hours (it listed UAALOV, for « deux ans »)", async () => {
    const [, , reply] = await repliesOf(["combien d'heures NFA009", "et NFA010", "les deux sont le soir ?"]);
    expect(reply).not.toMatch(/Au total : 100 heures|UAALOV/);
    expect(reply).toMatch(/^Oui : NFA009 est proposée en cours du soir\.[\s\S]*Oui : NFA010 est proposée en cours du soir\./);
  });

  it.each([
    [["c'est quoi NFA009", "et NFA010", "les deux demandent une autorisation ?"], /^Non : NFA009 ne demande pas d'autorisation particulière de l'enseignant\.[\s\S]*Non : NFA010 ne demande pas/],
    [["How many hours is NFA041?", "and NFA042?", "are both at a distance?"], /^No: NFA041 is not offered at a distance \(FOAD\)[\s\S]*NFA042/],
  ])("asks %j's last question of both units", async (turns, both) => {
    const replies = await repliesOf(turns);
    expect(replies[2]).toMatch(both);
  });
});

describe("after the sealed set's run (not blind): the time of personal study asked of a unit", () => {
  it.each([
    ["Combien d'heures par jour je dois réviser pour valider RCP101 ?", /^Le volume horaire de référence d'une UE \(22 h pour 2 ECTS, jusqu'à 65 h pour 8 ECTS\) compte les heures d'enseignement, hors temps de travail personnel/],
    ["combien d'heures de travail perso pour NFA031 ?", /^Le volume horaire de référence d'une UE/],
    ["how many hours a week should I study for NFA031 at home?", /^A unit's reference hours \(22 h for 2 ECTS, up to 65 h for 8 ECTS\) count teaching hours, not personal study time/],
  ])("« %s » gets the page on personal work (it got the unit's card, « not in my sources », or its class hours)", async (message, page) => {
    expect(await replyTo(message)).toMatch(page);
  });

  it.each([
    ["combien d'heures pour NFA031 ?", /^NFA031 — Programmation avec Java : notions de base : Une UE de 6 ECTS correspond à 50 heures/],
    ["how many hours is NFA031?", /^NFA031 — Programmation avec Java : notions de base: A 6-ECTS unit matches 50 reference class hours/],
  ])("keeps the class hours for « %s »", async (message, hours) => {
    expect(await replyTo(message)).toMatch(hours);
  });

  it("answers both parts of « combien d'heures de cours pour NFA031 et combien de travail perso ? »", async () => {
    const reply = await replyTo("combien d'heures de cours pour NFA031 et combien de travail perso ?");
    expect(reply).toMatch(/^NFA031 — Programmation avec Java : notions de base : Une UE de 6 ECTS correspond à 50 heures/);
    expect(reply).toMatch(/Le volume horaire de référence d'une UE \(22 h pour 2 ECTS/);
  });
});
