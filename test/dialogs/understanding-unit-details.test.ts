import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a detail of a unit the catalog does not hold is named as not held, never the unit's card instead", () => {
  it.each([
    ["RSX101 il y a des TP ?", /^Pour RSX101, je n'ai pas dans mes sources la répartition de ses séances \(cours, TD, TP\)/],
    ["does NFA031 have lab sessions?", /^For NFA031, my sources do not give how its sessions are split \(lectures, tutorials, lab sessions\)/],
    ["le cours de NFA031 est en anglais ?", /^Je n'ai pas la langue d'enseignement de NFA031 dans mes sources/],
    ["c'est où les cours de GDN100", /^Je n'ai pas la salle ni l'adresse des cours de GDN100 dans mes sources/],
    ["les cours de DSY101 c'est où ?", /^Je n'ai pas la salle ni l'adresse des cours de DSY101 dans mes sources[\s\S]*FOAD/],
  ])("« %s » (it gave the card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).toMatch(/conseiller|advisor/);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\)|Teaching unit \(UE\)/);
  });

  it.each([
    ["les TD de NFA031 sont obligatoires ?", /^Pour NFA031, je n'ai pas dans mes sources ses règles d'assiduité/],
    ["does NFA031 have prerequisites?", /^Prerequisites of NFA031/],
    ["où ont lieu les cours de NFA031 ?", /^Cours de NFA031 — Programmation avec Java : notions de base :[\s\S]*à distance \(FOAD\)/],
    ["c'est quoi NFA031 ?", /^NFA031 — Programmation avec Java : notions de base/],
  ])("keeps « %s » what it asks", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/répartition de ses séances|how its sessions are split|salle ni l'adresse/);
  });
});
