import { describe, expect, it } from "vitest";
import { recognizeIntent } from "../../domain/understanding/intent.recognizer";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/** What a diploma is made of, and whether units fit its choices, from the shipped sample catalog. */
async function ask(text: string): Promise<string> {
  const { send } = await botConversation({ userId: "visitor-diploma" });
  return (await send(text)).map(replyText).join("\n---\n");
}

describe("diploma-info: a diploma's composition from the catalog", () => {
  it("lists the blocks of the diploma named by its kind: compulsory units, the choice with its groups, the UA", async () => {
    const reply = await ask("c'est quoi les UE obligatoires de la licence ?");
    expect(reply).toMatch(/^\*\*LG02501A — Licence informatique \(L3\) : 60 ECTS\.\*\*/);
    expect(reply).toMatch(/Tronc commun \(UTC501 à UTC505\) : UTC501 Outils mathématiques pour l'informatique \(3 ECTS\) ;/);
    expect(reply).toMatch(/3 UE à choisir \(18 ECTS\), chacune d'un groupe différent, parmi :\n {2}- Programmation et génie logiciel : NFP119, NFP121, GLG105, NSY115/);
    expect(reply).toMatch(/UAALOT .* \(17 ECTS, unité d'activité\)/);
    expect(reply).toMatch(/Accès : Accès en L3 avec un DUT\/BTS informatique/);
  });

  it("offers to plan the semesters for that diploma, and the button does", async () => {
    const { send } = await botConversation({ userId: "visitor-plan" });
    const [reply] = await send("which units make up the licence?");
    expect(reply?.suggestedActions?.actions[0]?.title).toBe("Plan my semesters for LG02501A");
    expect((await send("Plan my semesters for LG02501A")).map(replyText).join("\n")).toMatch(/Which units have you already passed\?/);
  });

  it("reads the diploma from a speciality word when several are of its kind, and in English", async () => {
    expect(await ask("what's in the engineering degree in cybersecurity? which units are compulsory?")).toMatch(/^\*\*CYC9106A — .*: 78 ECTS in the parts listed here \(sample data: the real diploma.s total may differ\)\.\*\*[\s\S]*36 ECTS to choose among:/);
  });

  it("says No when two units named are from the same group of a choice from distinct groups", async () => {
    const reply = await ask("For the licence, can I pick NFP119 and NFP121 as two of my three 6-ECTS options?");
    expect(reply).toMatch(/^No: NFP119 and NFP121 are in the same group \(Programmation et génie logiciel\); the 3 units to choose must come from 3 different groups/);
  });

  it("says Yes when they come from different groups, and places the others", async () => {
    const reply = await ask("pour la licence je peux choisir RSX101, SEC101, NSY103, UTC501 et NFA031 comme options ?");
    expect(reply).toMatch(/^Oui : RSX101, SEC101 et NSY103 viennent de groupes différents \(Réseaux, multimédia et sécurité ; Données et systèmes d'information ; Systèmes\)/);
    expect(reply).toMatch(/UTC501 est obligatoire \(Tronc commun \(UTC501 à UTC505\)\)\./);
    expect(reply).toMatch(/NFA031 ne fait pas partie de LG02501A\./);
  });

  it("asks which diploma when none is named, with a button for each", async () => {
    const { send } = await botConversation({ userId: "visitor-which" });
    const [reply] = await send("quelles sont les UE du master ?");
    expect(replyText(reply!)).toMatch(/^De quel diplôme parlez-vous \? Mon catalogue contient : CYC9101A \([^]*CYC9102A[^]*CYC9106A[^]*LG02501A \(Licence informatique \(L3\)\)/);
    expect(reply?.suggestedActions?.actions.map((a) => a.title)).toEqual(["Quelles UE pour CYC9101A ?", "Quelles UE pour CYC9102A ?", "Quelles UE pour CYC9106A ?", "Quelles UE pour LG02501A ?"]);
    expect((await send("Quelles UE pour LG02501A ?")).map(replyText).join("\n")).toMatch(/^\*\*LG02501A — /);
  });

  it.each([
    ["la licence", /\n\*\*LG02501A — /],
    ["le troisième", /\n\*\*CYC9106A — /],
    ["l'ingé cyber", /\n\*\*CYC9106A — /],
  ])("takes %j as the answer to « de quel diplôme parlez-vous ? », keeping the units first named", async (answer, diploma) => {
    const { send } = await botConversation({ userId: `visitor-${answer}` });
    // Units both diplomas hold, and a diploma the catalog does not have: it asks which.
    expect((await send("pour le master je peux prendre UTC501 et RSX101 comme options ?")).map(replyText).join("\n")).toMatch(/^De quel diplôme parlez-vous \?/);
    const reply = (await send(answer)).map(replyText).join("\n");
    expect(reply).toMatch(/^UTC501 est obligatoire \(Tronc commun/);
    expect(reply).toMatch(diploma);
  });

  it.each([
    "la compensation existe en licence ?",
    "in the licence, can a good overall average make up for one failed unit?",
    "quelles sont les conditions d'accès à la licence ?",
    "un diplôme demande combien de crédits ?",
    "en combien de temps je peux finir ma licence ?",
  ])("leaves %j to the job it belongs to", (text) => {
    expect(recognizeIntent(text)?.kind).not.toBe("diploma");
  });
});
