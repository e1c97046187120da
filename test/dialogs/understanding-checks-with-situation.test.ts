import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Checks asked with the learner's situation around them (a unit it comes after, a skill lacked, the time work ends, someone's
 * studies, years of work): each reply weighs what was told, never the plain card or « not in my sources ».
 */
async function repliesTo(user: string): Promise<string> {
  const conversation = await botConversation({});
  return (await conversation.send(user)).map((reply) => replyText(reply)).join("\n");
}

describe("a unit said to come after another: its prerequisites", () => {
  it.each([
    // The second question of two, on a phone (it got NFA032's credits, the code's digits read as a value).
    ["nfa035 cb de credits ? et c apres nfa032 ?", /NFA035[^\n]*4 ECTS[\s\S]*Non : NFA032 n'est pas un prérequis de NFA035\.\s+Prérequis de NFA035[^\n]*aucun prérequis formel/],
    ["NFA035 combien d'heures ? et il faut avoir suivi NFA032 avant ?", /Non : NFA032 n'est pas un prérequis de NFA035\./],
    ["How many credits is NFA035, and does it come after NFA032?", /4 ECTS[\s\S]*No: NFA032 is not a prerequisite of NFA035\./],
    // Alone (it gave both units' cards).
    ["NFA035 c'est après NFA032 ?", /^Non : NFA032 n'est pas un prérequis de NFA035\./],
    ["RSX101 c'est après UTC505 ?", /^Oui : UTC505 est un prérequis de RSX101/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/NFA032 — Programmation Java : programmation objet : Une UE de 6 ECTS/);
  });

  it("keeps a value said again in the question before's terms", async () => {
    expect(await repliesTo("Une UE de 8 crédits c'est combien d'heures ? Et deux UE de 3 ?")).toMatch(/2 UE de 3 ECTS|deux UE de 3/);
  });
});

describe("a diploma said open to oneself, with one's studies: its access weighed", () => {
  it.each([
    // (It gave the licence's composition.)
    ["J'ai un BTS assistant de gestion. La L3 info m'est ouverte ?", /^Non, pas directement : d'après ce que vous dites \(BTS assistant\)/],
    ["avec mon bts compta la licence info me serait ouverte ?", /^Non, pas directement : d'après ce que vous dites \(BTS compta\)/],
    ["j'ai un BTS SIO, la licence informatique m'est ouverte ?", /^Oui, d'après ce que vous dites \(BTS SIO\)/],
    ["I have a BTS in accounting, is the computer science licence open to me?", /^No, not directly: from what you say \(BTS in accounting\)/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Tronc commun \(UTC501 à UTC505\)/);
  });
});

describe("years of work said, then whether one may apply to a diploma: the years asked at application", () => {
  it.each([
    // (It abstained: « Je ne sais pas répondre à cette question ».)
    ["Technicien support depuis un an et demi, je peux candidater à l'ingénieur cybersécurité ?", /^Pas encore pour candidater : Diplôme d'ingénieur[^\n]*cybersécurité[^\n]*demande 2 ans d'expérience à la candidature, et vous dites 1,5 an d'expérience/],
    // (It gave the engineering diplomas' page.)
    ["J'ai 1 an et demi d'expérience en support, je peux candidater à l'ingénieur cybersécurité ?", /^Pas encore pour candidater : [^\n]*2 ans d'expérience à la candidature, et vous dites 1,5 an/],
    ["jsuis technicien support depuis 1 an et demi, je peux postuler en ingé cyber ?", /^Pas encore pour candidater/],
    ["je bosse comme dev depuis 3 ans, je peux postuler au diplôme d'ingénieur en IA ?", /^Oui pour candidater : [^\n]*intelligence artificielle[^\n]*et vous dites 3 ans/],
    ["I've been a helpdesk technician for a year and a half, can I apply to the cybersecurity engineering degree?", /^Not yet, to apply: [^\n]*requires 2 years of experience when applying, and you mention 1\.5 years/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Je ne sais pas répondre|se préparent surtout le soir et le samedi/);
  });

  it("keeps how to apply, no years said, the content's", async () => {
    expect(await repliesTo("comment candidater à l'ingénieur cybersécurité ?")).not.toMatch(/^Pas encore pour candidater|^Oui pour candidater/);
  });
});

describe("a skill said lacking, then whether the unit is feasible: a check weighing it", () => {
  it.each([
    // (It said « Mes sources ne disent pas cela de NSY103 ».)
    ["NSY103 sans jamais avoir fait de C, c'est envisageable ?", /Attention : NSY103 attend le niveau[^\n]*savoir lire du C[^\n]*\(pas de C\) n'y correspond pas/],
    ["nsy103 sans C c jouable ?", /Attention : NSY103 attend le niveau[^\n]*\(pas de C\)/],
    // « sans connaître le C » is a skill lacked (it got « ✅ Oui, si vous avez le niveau attendu » alone).
    ["je peux suivre NSY103 sans connaître le C ?", /Attention : NSY103 attend le niveau[^\n]*\(pas de C\)[\s\S]*⚠️ Aucune règle ne vous empêche/],
    ["Can I take NSY103 without knowing C?", /Careful: NSY103 expects[^\n]*\(no C\) does not match it/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Mes sources ne disent pas|My sources do not say|✅ (Oui|Yes)/);
  });

  it("keeps a unit said feasible with nothing told, its card", async () => {
    expect(await repliesTo("NSY103 c'est envisageable ?")).toMatch(/^NSY103 — Linux : principes et programmation/);
  });
});

describe("work until a time, then whether the unit is feasible: a check against that time", () => {
  it.each([
    // (It gave NFA008's card.) The next semester it is open in is on Saturdays: it suits.
    // The other semester's weekday evening, which the time said rules out, is said so.
    ["je sors du taf a 19h30 tous les soirs, nfa008 c jouable ?", /^Je regarde pour [^\n]*NFA008[\s\S]*ℹ️ D'après vos disponibilités, NFA008 ne vous convient pas en [^\n]*S1 : le lundi de 18h15 à 21h45 \(cours du soir\), or vous dites ne pouvoir être en cours qu'à partir de 19h30 en semaine[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA008[^\n]*\n[\s\S]*le samedi de 13h30 à 17h/],
    ["I get off work at 7:30pm every day, is NFA008 doable?", /ℹ️ From what you say of when you can attend, NFA008 does not suit you in [^\n]*S1: Mondays from 18:15 to 21:45[\s\S]*✅ Yes, you may enrol in NFA008[\s\S]*Saturdays from 13:30 to 17:00/],
    // The semester said: its weekday evening class does not suit, no later slot invented.
    ["je finis le boulot à 19h30, NFA008 c'est jouable au premier semestre ?", /⛔ Non, pas avec vos disponibilités[\s\S]*le lundi de 18h15 à 21h45[^\n]*qu'à partir de 19h30 en semaine/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Exigée avant : NFE113|Required before: NFE113/);
  });
});

describe("someone's studies, asked of in the third person: a check weighing them", () => {
  it.each([
    // (It said « My sources do not say that about PRS201 ».) Bac for « Bac+4 ou expérience professionnelle »: it depends on experience.
    ["Can someone who only has the baccalauréat take PRS201?", /It depends on your experience: PRS201 expects Bac\+4 ou expérience professionnelle; your studies \(baccalaureat\) are below that level/],
    ["Can someone with just a bac enrol in PRS201?", /It depends on your experience: PRS201 expects Bac\+4/],
    ["quelqu'un qui a juste le bac peut suivre PRS201 ?", /Cela dépend de votre expérience : PRS201 attend le niveau Bac\+4 ou expérience professionnelle ; vos études \(bac\)/],
    ["j'ai juste le bac, je peux m'inscrire à PRS201 ?", /Cela dépend de votre expérience : PRS201/],
  ])("%s", async (user, expected) => {
    const replies = await repliesTo(user);
    expect(replies).toMatch(expected);
    expect(replies).not.toMatch(/Mes sources ne disent pas|My sources do not say|✅ Oui : d'après ce que vous dites/);
  });

  it("keeps a level that meets it a plain « Oui »", async () => {
    const replies = await repliesTo("j'ai un master, je peux m'inscrire à PRS201 ?");
    expect(replies).toMatch(/✅ Oui : d'après ce que vous dites, vous avez le niveau attendu/);
    expect(replies).not.toMatch(/Cela dépend de votre expérience/);
  });
});
