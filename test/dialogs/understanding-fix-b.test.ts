import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

/** A unit's description card (what the misreadings below got instead of the answer). */
const UNIT_CARD = /Unité d'enseignement \(UE\), \d+ ECTS|Teaching unit \(UE\), \d+ ECTS/;

describe("a unit asked compulsory right after a question that says of what", () => {
  it("asks « UTC503 c'est obligatoire aussi ? » of the licence after « je suis obligé de faire ANG320 pour la licence ? » (it got UTC503's card)", async () => {
    const [, again] = await repliesOf(["je suis obligé de faire ANG320 pour la licence ?", "UTC503 c'est obligatoire aussi ?"]);
    expect(again).toMatch(/^Oui : UTC503 est obligatoire \(Tronc commun \(UTC501 à UTC505\)\)\.\n[\s\S]*LG02501A — Licence informatique \(L3\) : 60 ECTS/);
    expect(again).not.toMatch(UNIT_CARD);
  });

  it("asks it of the licence after the licence's units were listed", async () => {
    const [, again] = await repliesOf(["quelles UE dans la licence informatique ?", "UTC503 c'est obligatoire aussi ?"]);
    expect(again).toMatch(/^Oui : UTC503 est obligatoire \(Tronc commun/);
  });

  it("says « Non, pas obligatoire » of a unit of a choice asked the same way, and « Yes » in English", async () => {
    const [, nfp121] = await repliesOf(["je suis obligé de faire ANG320 pour la licence ?", "et NFP121, elle est obligatoire ?"]);
    expect(nfp121).toMatch(/^Non, pas obligatoire : NFP121 compte dans le bloc « Trois UE de 6 ECTS de trois groupes différents »/);
    const [, english] = await repliesOf(["is NFP121 compulsory for the licence?", "is UTC503 compulsory too?"]);
    expect(english).toMatch(/^Yes: UTC503 is compulsory \(Tronc commun/);
    expect(english).not.toMatch(UNIT_CARD);
  });

  it.each([
    ["UTC503 c'est obligatoire pour la licence ?", /^Oui : UTC503 est obligatoire \(Tronc commun \(UTC501 à UTC505\)\)/],
    ["is NFP121 compulsory for the licence?", /^No, not compulsory: NFP121 counts in the block "Trois UE de 6 ECTS de trois groupes différents"/],
  ])("keeps the answer in one message: %s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
  });

  it("asks it of RSX101's prerequisites after « quels sont les prérequis de RSX101 ? » (no diploma named): UTC503 is not one", async () => {
    const [, again] = await repliesOf(["quels sont les prérequis de RSX101 ?", "UTC503 c'est obligatoire aussi ?"]);
    expect(again).toMatch(/^Non : UTC503 n'est pas un prérequis de RSX101\.\n[\s\S]*Prérequis de RSX101 \(Réseaux et protocoles pour l'Internet\) : UTC505\./);
    expect(again).not.toMatch(/obligatoire \(Tronc commun|LG02501A/);
    expect(again).not.toMatch(UNIT_CARD);
  });

  it("says « Yes » of the prerequisite that is one (UTC505 before RSX101), in English", async () => {
    const [, again] = await repliesOf(["what do I need before RSX101?", "is UTC505 compulsory too?"]);
    expect(again).toMatch(/^Yes: UTC505 is a prerequisite of RSX101, to validate \(a grade of at least 10\/20\) before taking it\./);
  });

  it.each([
    // Something else asked of the unit, or of what it is compulsory for: the message's own reading.
    [["je suis obligé de faire ANG320 pour la licence ?", "UTC503 c'est à distance aussi ?"], /Modalités|distance/, /Oui : UTC503 est obligatoire/],
    [["je suis obligé de faire ANG320 pour la licence ?", "UTC505 c'est obligatoire pour RSX101 ?"], /RSX101/, /Oui : UTC505 est obligatoire \(Tronc commun/],
    // No frame that says of what: the unit's card, as before.
    [["c'est quoi RSX101 ?", "UTC503 c'est obligatoire aussi ?"], UNIT_CARD, /prérequis de RSX101/],
    [["UTC503 c'est obligatoire ?"], UNIT_CARD, /^Oui|^Non/],
  ])("keeps other questions with the same words: %j", async (turns, expected, unexpected) => {
    const replies = await repliesOf(turns);
    const last = replies.at(-1)!;
    expect(last).toMatch(expected);
    expect(last).not.toMatch(unexpected);
  });
});

describe("units said passed, asked whether they go toward a diploma", () => {
  it("says where GDN100 and UTC504 stand in the licence for \"Do those go toward the licence?\" (it got suggestions)", async () => {
    const [reply] = await repliesOf(["I passed GDN100 and UTC504. Do those go toward the licence?"]);
    expect(reply).toMatch(/^GDN100 is compulsory \(Management de projet et anglais\)\.\nUTC504 is compulsory \(Tronc commun \(UTC501 à UTC505\)\)\.\n[\s\S]*LG02501A — Licence informatique \(L3\): 60 ECTS/);
    expect(reply).not.toMatch(/Did you mean/);
  });

  it.each([
    ["j'ai validé NFA031 et GDN100, lesquelles comptent pour la licence ?", /^NFA031 ne fait pas partie de LG02501A\.\nGDN100 est obligatoire \(Management de projet et anglais\)\./],
    ["j'ai UTC501 et NFA031, ça compte pour la licence ?", /^UTC501 est obligatoire \(Tronc commun \(UTC501 à UTC505\)\)\.\nNFA031 ne fait pas partie de LG02501A\./],
    ["I passed NFA031. Does it go toward the licence?", /^No: NFA031 is not part of LG02501A\./],
  ])("%s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
  });

  it("keeps going toward a diploma (a way there, not whether units count) as before", async () => {
    const [reply] = await repliesOf(["I passed UTC501. How do I go toward the licence from here?"]);
    expect(reply).not.toMatch(/UTC501 is compulsory/);
  });
});

describe("where a unit's exam is sat", () => {
  it.each([
    ["Where would I sit the DSY101 exam?", /^My sources do not give the room or place of the exam of DSY101\./],
    ["where do I take the NFA031 exam?", /^My sources do not give the room or place of the exam of NFA031\./],
    ["je passe l'exam de NFA031 où ?", /^Je n'ai pas la salle ni le lieu de l'examen de NFA031 dans mes sources\./],
    ["l'examen de DSY101 il se passe où ?", /^Je n'ai pas la salle ni le lieu de l'examen de DSY101 dans mes sources\./],
  ])("says it is not in the sources: %s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/Did you mean|Vouliez-vous dire|cannot be moved|pas ce détail/);
  });

  it("gives the unit's contact when the catalog holds one", async () => {
    const [reply] = await repliesOf(["where do I sit the SEC105 exam?"]);
    expect(reply).toMatch(/^My sources do not give the room or place of the exam of SEC105\. For SEC105, the contact is: Secrétariat pédagogique informatique, scolarite-informatique@example\.org\./);
  });

  it.each([
    ["What should I bring on exam day?", /^A valid identity document is required at every exam/],
    ["je passe l'examen de NFA031 quand ?", /^Je n'ai pas la date de l'examen de NFA031 dans mes sources\./],
  ])("keeps the other questions on exams: %s", async (question, expected) => {
    const [reply] = await repliesOf([question]);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/room or place|salle ni le lieu/);
  });

  it("names no unit's exam room for exams in general", async () => {
    const [reply] = await repliesOf(["where do I sit exams in general?"]);
    expect(reply).not.toMatch(/room or place of the exam of/);
  });
});
