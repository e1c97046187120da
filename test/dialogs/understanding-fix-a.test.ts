import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("codes and grades typed with nothing between them", () => {
  it("reads « nfe108 13 nfp107 8.5 jai valide ? » as two grades, as « NFE108 (13), NFP107 (8,5) » (it ran two enrolment checks)", async () => {
    const typed = await replyTo("nfe108 13 nfp107 8.5 jai valide ?");
    expect(typed).toMatch(/^\*\*NFE108\*\* : Oui, avec 13\/20 \(au moins 10\/20\), l'unité est validée : les 6 ECTS de NFE108 sont acquis/);
    expect(typed).toMatch(/\*\*NFP107\*\* : Non, 8,5\/20 est sous la moyenne de 10\/20 \(il manque 1,5 point\)[^\n]*session 2/);
    expect(typed).toMatch(/Au total : 6 ECTS acquis \(NFE108\)\. À repasser : NFP107/);
    expect(typed).not.toMatch(/vous inscrire|Je regarde pour|Prochaines étapes/);
    expect(typed).toBe(await replyTo("NFE108 (13), NFP107 (8,5) : j'ai validé ?"));
  });

  it('reads "nfa031 12 utc505 9 did I pass?" as grades, in English (it got both units\' cards)', async () => {
    const reply = await replyTo("nfa031 12 utc505 9 did I pass?");
    expect(reply).toMatch(/^\*\*NFA031\*\*: Yes, with 12\/20 \(at least 10\/20\) the unit is validated: the 6 ECTS of NFA031 are earned/);
    expect(reply).toMatch(/\*\*UTC505\*\*: No, 9\/20 is below the 10\/20 pass mark[^\n]*session 2/);
    expect(reply).toMatch(/In total: 6 ECTS earned \(NFA031\)\. To sit again: UTC505/);
    expect(reply).not.toMatch(/Teaching unit \(UE\)|Modalities/);
  });

  it("reads « utc501 11 utc502 7 » alone as grades (it got UTC501's card)", async () => {
    const reply = await replyTo("utc501 11 utc502 7");
    expect(reply).toMatch(/^\*\*UTC501\*\* : Oui, avec 11\/20[\s\S]*\*\*UTC502\*\* : Non, 7\/20 est sous la moyenne de 10\/20 \(il manque 3 points\)/);
    expect(reply).toMatch(/Au total : 3 ECTS acquis \(UTC501\)\. À repasser : UTC502/);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\)/);
  });

  it.each([
    ["NFA031 2 fois par semaine ?", /^Les UE ont lieu surtout hors temps de travail \(HTT\), en cours du soir/],
    ["NFA031 ou NFA032 ?", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java : programmation objet\n/],
    ["j'ai 2 UE : NFA031 et NFA032", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java : programmation objet\n/],
    ["UTC501 à 505", /^UTC501 — Outils mathématiques pour l'informatique\n[\s\S]*\nUTC502 — [\s\S]*\nUTC503 — /],
    ["NFA031 12 NFA032 ?", /^NFA031 — Programmation avec Java : notions de base\n[\s\S]*\nNFA032 — Programmation Java/],
    ["NFA031 18h NFA032 20h c'est quand ?", /^Cours de NFA031 — Programmation avec Java : notions de base :\n[\s\S]*\nCours de NFA032 — /],
    ["nfa031 2 nfa032 1 fois par semaine ?", /^Les UE ont lieu surtout hors temps de travail \(HTT\)/],
    // (Its reading of the numbers as credits is another matter: here, only that none is read as a grade.)
    ["NFA031 6 NFA032 6 ECTS combien d'heures ?", /ECTS/],
  ])("keeps « %s » as it was read: no number taken for a grade", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/\/20|Oui, avec|Non, \d/);
  });
});

describe("units by their credits and units by their codes, in one total of hours", () => {
  it("adds GDN100's own hours and credits to « 3 UE de 6 ECTS » (GDN100 was dropped: 150 h, 18 ECTS)", async () => {
    const reply = await replyTo("j'ai 3 UE de 6 ECTS et GDN100, ça fait combien d'heures ?");
    expect(reply).toMatch(/^3 UE de 6 ECTS = 150 h\nGDN100 — Management de projet : 4 ECTS\. Une UE de 4 ECTS correspond à 40 heures de cours de référence/);
    expect(reply).toMatch(/\nAu total : 190 heures de cours de référence \(171-209 h\), hors travail personnel, pour 22 ECTS\.$/);
    expect(reply).not.toMatch(/Au total : 150 heures|pour 18 ECTS/);
  });

  it("adds GDN100 after a total of units by their credits: « et avec GDN100 en plus ? » (it got GDN100's card)", async () => {
    const [first, added] = await repliesOf(["2 UE de 6 ECTS ça fait combien d'heures ?", "et avec GDN100 en plus ?"]);
    expect(first).toMatch(/^2 UE de 6 ECTS = 100 h\nAu total : 100 heures/);
    expect(added).toMatch(/^2 UE de 6 ECTS = 100 h\nGDN100 — Management de projet : 4 ECTS\. [^\n]*40 heures[^\n]*\nAu total : 140 heures de cours de référence \(126-154 h\), hors travail personnel, pour 16 ECTS\.$/);
    expect(added).not.toMatch(/Unité d'enseignement \(UE\)|Modalités/);
  });

  it('adds NFA031 to "two 3-ECTS units", in English, asked at once or after (it got NFA031\'s hours alone)', async () => {
    const total = /^2 units of 3 ECTS = 60 h\nNFA031 — Programmation avec Java : notions de base: 6 ECTS\. A 6-ECTS unit matches 50 reference class hours[^\n]*\nIn total: 110 reference class hours \(99-121 h\), personal work excluded, for 12 ECTS\.$/;
    expect(await replyTo("two 3-ECTS units plus NFA031, how many hours?")).toMatch(total);
    const [, added] = await repliesOf(["two 3-ECTS units, how many hours?", "and with NFA031 on top?"]);
    expect(added).toMatch(total);
  });

  it("adds a unit said alone by its credits: « une UE de 6 ECTS et GDN100 » (GDN100 was dropped)", async () => {
    const reply = await replyTo("une UE de 6 ECTS et GDN100, ça fait combien d'heures ?");
    expect(reply).toMatch(/^Une UE de 6 ECTS correspond à 50 heures[^\n]*\nGDN100 — Management de projet : 4 ECTS\.[^\n]*\nAu total : 90 heures de cours de référence \(81-99 h\), hors travail personnel, pour 10 ECTS\.$/);
  });

  it.each([
    ["NFA031 et NFA032 sont 2 UE de 6 ECTS, combien d'heures ?"],
    ["2 UE de 6 ECTS comme NFA031 et NFA032, ça fait combien en heures ?"],
    ["NFA031 et NFA032 sont 2 UE de 6 ECTS, ça fait combien en tout ?"],
  ])("counts units named as the units said by their credits once: « %s » is 100 h, not 200", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/Au total : 100 heures de cours de référence \(90-110 h\), hors travail personnel, pour 12 ECTS\./);
    expect(reply).not.toMatch(/200 heures|24 ECTS/);
  });

  it.each([
    ["NFA031 et GDN100 ça fait combien d'heures ?", /Au total : 90 heures de cours de référence \(81-99 h\), hors travail personnel, pour 10 ECTS\.$/],
    ["3 UE de 6 ECTS ça fait combien d'heures ?", /^3 UE de 6 ECTS = 150 h\nAu total : 150 heures/],
    ["j'ai validé NFA031, combien d'heures pour 2 UE de 6 ECTS ?", /^2 UE de 6 ECTS = 100 h\nAu total : 100 heures/],
    ["NFA031 (6 ECTS) et GDN100, combien d'heures ?", /Au total : 90 heures/],
  ])("keeps « %s » as it was answered", async (message, answer) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(answer);
  });

  it("adds nothing to a choice (« 2 UE de 6 ECTS ou GDN100 … ? ») nor to a follow-up without a word of adding (« et GDN100 ? »)", async () => {
    expect(await replyTo("2 UE de 6 ECTS ou GDN100, lequel fait le plus d'heures ?")).not.toMatch(/140 heures|16 ECTS/);
    const [, other] = await repliesOf(["2 UE de 6 ECTS ça fait combien d'heures ?", "et GDN100 ?"]);
    expect(other).not.toMatch(/Au total : 140 heures/);
    expect(other).toMatch(/^GDN100 — Management de projet/);
  });

  it("keeps « 6 ECTS » alone, then « et avec GDN100 en plus ? », as before: no unit to add to, no total made up", async () => {
    const [, added] = await repliesOf(["6 ECTS c'est combien d'heures ?", "et avec GDN100 en plus ?"]);
    expect(added).toMatch(/^GDN100 — Management de projet/);
    expect(added).not.toMatch(/Au total/);
  });
});
