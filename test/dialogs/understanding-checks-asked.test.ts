import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("a check asked in the learner's words is a check, not the unit's card", () => {
  it.each([
    ["would I be able to take SEC105 next term", /^You are not signed in: I will run an indicative simulation\. SEC105 requires UTC501, UTC502, UTC503, UTC504, UTC505 and RSX101/],
    ["j'aimerais savoir si je remplis les conditions pour RSX101", /^Vous n'êtes pas connecté : je fais une simulation indicative\. RSX101 demande d'avoir validé UTC505/],
    ["qu'est-ce qui me manque pour faire RSX103", /^Vous n'êtes pas connecté : je fais une simulation indicative\. RSX103 demande d'avoir validé UTC502, UTC505 et RSX101/],
    ["on m'a refusé RSX101, pourquoi ?", /^Vous n'êtes pas connecté : je fais une simulation indicative\. RSX101 demande d'avoir validé UTC505/],
  ])("checks « %s » (it gave the unit's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\)|Teaching unit \(UE\)/);
  });

  it.each([
    ["NFA032 sans NFA031 c'est possible ?", /^Je regarde pour 2026-2027 S2[\s\S]*vous dites ne pas avoir validé NFA031[\s\S]*Aucune règle ne vous empêche de vous inscrire à NFA032/],
    ["je peux faire NFA032 sans avoir NFA031 ?", /vous dites ne pas avoir validé NFA031[\s\S]*Aucune règle ne vous empêche de vous inscrire à NFA032/],
  ])("reads the unit said « sans » as not done in « %s » (the card, or a second check of NFA031)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/vous inscrire à NFA031|Unité d'enseignement \(UE\)/);
  });

  it.each([
    ["il faut quoi pour faire SEC105", /^Prérequis de SEC105 \(Architectures et bonnes pratiques de la sécurité\) : UTC501, UTC502, UTC503, UTC504, UTC505, RSX101/],
    ["what does it take to do NSY103", /^Prerequisites of NSY103/],
  ])("states the prerequisites to « %s » (it gave the card)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it.each([
    ["il faut quoi pour faire une UE à distance", /FOAD|distance/],
    ["c'est quoi SEC105 ?", /^SEC105 — Architectures et bonnes pratiques de la sécurité/],
  ])("keeps « %s » what it asks", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/simulation indicative/);
  });
});
