import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("fine weather or rain to come, asked beside a unit, is declined as off the topic (s82-013)", () => {
  it.each([
    ["Il va faire beau demain soir à Paris ? J'ai cours de GDN100 et je viens en trottinette.", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["il fera beau samedi pour le cours de NFA031 ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["Est-ce qu'il va pleuvoir jeudi soir ? j'ai NFA031 à 18h15", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["Will it be sunny tomorrow evening in Paris? I have GDN100 and I'm coming by scooter.", /^I can only answer questions about Cnam Paris evening courses/],
    ["is it going to rain tomorrow? I have NFA031", /^I can only answer questions about Cnam Paris evening courses/],
  ])("« %s » (it got the decline of a course's content, or the unit's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/contenu des cours|course content|Management de projet|ECTS|°C|soleil|sunny/i);
  });

  it.each([
    ["NFA031 ça va faire beaucoup d'heures ?", /NFA031/],
    ["is it going to be hard, RSX101?", /RSX101/],
  ])("keeps « %s » a question about the unit", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Je ne peux répondre qu'aux questions|I can only answer questions)/);
  });
});

describe("after a list of units, « which of those can be done remotely? » filters that list (s82-050)", () => {
  it.each([
    ["which units are about networks?", "and which of those can be done remotely?", /^I cannot find a unit on "networks" taught at a distance \(FOAD\) in the catalog I know\. Those on "networks", with what they ask:[\s\S]*RSX101[\s\S]*evening classes/],
    ["des UE sur les réseaux ?", "et parmi elles, lesquelles se font à distance ?", /^Je ne trouve pas d'UE sur « réseaux » à distance \(FOAD\) dans le catalogue que je connais\.[\s\S]*RSX101[\s\S]*cours du soir/],
    ["des UE de droit ?", "et parmi elles, lesquelles se font à distance ?", /^Les UE du catalogue sur « droit » à distance \(FOAD\) :\n- DNT104 — Droit du numérique \(4 ECTS, à distance : S1\)/],
    ["des UE de management ?", "lesquelles peut-on suivre à distance ?", /Celles du département Management à distance \(FOAD\) :\n- FPG114 — Outils RH \(6 ECTS, à distance : S1 et S2\)/],
  ])("« %s » then « %s » (it got the general page on distance learning)", async (list, followUp, reads) => {
    const [, reply] = await repliesOf([list, followUp]);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Certaines UE sont proposées en FOAD|Some units are offered as FOAD|DNT104[^\n]*réseau/);
  });

  it("keeps a follow-up that asks something besides the way of studying its own reading", async () => {
    const [, reply] = await repliesOf(["des UE de management ?", "lesquelles sont à distance et combien elles coûtent ?"]);
    expect(reply).toMatch(/Je n'ai aucun montant de frais d'inscription dans mes sources/);
  });
});

describe("the units a unit opens, asked as what becomes accessible after it (s82-086)", () => {
  it.each([
    ["Après UTC502, quelles UE deviennent accessibles ?", /^UTC502 est exigée avant :\n- RSX103 \(Conception et urbanisation de services réseau\) : demande aussi UTC505, RSX101\n- SEC105 [^\n]*: demande aussi UTC501, UTC503, UTC504, UTC505, RSX101\n- SMB101 [^\n]*: niveau conseillé : connaître le langage C/],
    ["What becomes available after UTC502?", /^UTC502 is required before:\n- RSX103 \(Conception et urbanisation de services réseau\): also requires UTC505, RSX101\n[\s\S]*- SMB101 [^\n]*: advised level: connaître le langage C/],
    ["une fois UTC502 validée, quelles UE deviennent possibles ?", /^UTC502 est exigée avant :\n- RSX103 [^\n]*: il vous manque encore UTC505, RSX101/],
  ])("« %s » (it said its sources do not tell)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Mes sources ne disent pas|My sources do not say|RSX103[^\n]*ouverte pour vous/);
  });

  it("keeps « quelles UE seront accessibles à distance » no question of what a unit opens", async () => {
    const reply = await replyTo("NFA031 : quelles UE seront accessibles à distance en 2027 ?");
    expect(reply).not.toMatch(/NFA031 est exigée avant|Aucune UE du catalogue n'exige NFA031/);
  });
});

describe("a unit under way, another asked « en même temps »: only the one asked is checked, for the running semester (s82-139)", () => {
  it.each([
    ["Je fais UTC505 en ce moment, puis-je m'inscrire en même temps à RSX102 ce semestre ?", /^⛔ Non, vous ne pouvez pas vous inscrire à RSX102 [^\n]*en 2026-2027 S1[\s\S]*UTC505, qui doit être validé avant, pas suivi le même semestre[\s\S]*Validez UTC505 \(note d'au moins 10\/20\) avant RSX102/],
    ["Je suis UTC505 ce semestre, je peux prendre RSX102 en même temps ?", /^⛔ Non, vous ne pouvez pas vous inscrire à RSX102 [^\n]*en 2026-2027 S1/],
    ["I'm taking UTC505 right now, can I enrol in RSX102 at the same time?", /^⛔ No, you may not enrol in RSX102 [^\n]*in 2026-2027 S1[\s\S]*UTC505, which must be validated first, not taken in the same semester/],
  ])("« %s » (a second card said « Oui » to enrolling in UTC505, taken « le même semestre » as RSX102)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/inscrire à UTC505|enrol in UTC505|(Oui|Yes)\b|2026-2027 S2/);
  });

  it("checks only the unit asked beside one under way, in the semester it is taken: « Je fais NFA031 en ce moment, je peux prendre UTC501 en même temps ? »", async () => {
    const reply = await replyTo("Je fais NFA031 en ce moment, je peux prendre UTC501 en même temps ?");
    expect(reply).toMatch(/^✅ Oui, si vous avez le niveau attendu [^\n]*UTC501 [^\n]*en 2026-2027 S1[\s\S]*pas de chevauchement d'horaires avec NFA031/);
    expect(reply).not.toMatch(/inscrire à NFA031|samedi|2026-2027 S2/);
  });

  it("still checks both units asked together", async () => {
    const reply = await replyTo("je peux prendre NSY103 et SMB101 en même temps ?");
    expect(reply).toMatch(/inscrire à NSY103[\s\S]*inscrire à SMB101/);
  });
});

describe("a manager with the bac, lacking bases in management and HR, ideally at a distance: the units, not « je ne sais pas » (s82-146)", () => {
  it.each([
    [
      "Bonjour, je suis responsable d'une petite équipe de vente depuis trois ans, sans diplôme après le bac. Je sens que je manque de bases en management et en RH, et je voudrais suivre une ou deux UE sans me lancer dans un diplôme. J'habite à Orléans, donc à distance ce serait l'idéal. Qu'est-ce que vous me conseillez ?",
      /^Les UE du catalogue sur « management et RH » à distance \(FOAD\) :\n- FPG114 — Outils RH \(6 ECTS, à distance : S1 et S2\)\nCelles sur « management et RH », telles qu'elles sont enseignées :[\s\S]*GDN100 — Management de projet \(4 ECTS, S1 et S2 : cours du soir, cours du samedi\)[\s\S]*MSE102 [^\n]*niveau conseillé : Bac\+3 recommandé[\s\S]*TET102 — Management d'équipe et communication \(6 ECTS, S2 : cours du soir\)/,
    ],
    [
      "I lead a small sales team, no degree after high school. I lack basics in management and HR and would like to take one or two units without going for a diploma. I live in Orléans, so distance learning would be ideal. What do you recommend?",
      /^Units of the catalog on "management and HR" taught at a distance \(FOAD\):\n- FPG114 — Outils RH \(6 ECTS, at a distance: S1 and S2\)\nThose on "management and HR", as they are taught:[\s\S]*GDN100[\s\S]*MSE102 [^\n]*advised level: Bac\+3 recommandé[\s\S]*TET102/,
    ],
  ])("« %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Je ne sais pas|I do not know|lancer|Orléans/);
  });

  it("lists only the units taught that way when the way is required, not wished", async () => {
    const reply = await replyTo("des UE de droit à distance ?");
    expect(reply).toMatch(/^Les UE du catalogue sur « droit » à distance \(FOAD\) :\n- DNT104/);
    expect(reply).not.toMatch(/telles qu'elles sont enseignées|DRS101/);
  });

  it("reads a lack of bases as the field to start in: « je manque de bases en réseau, par quoi commencer ? »", async () => {
    const reply = await replyTo("je manque de bases en réseau, par quoi commencer ?");
    expect(reply).toMatch(/^Les UE du catalogue sur « réseau » pour débutants \(sans prérequis\) :\n- UTC505[\s\S]*NFA009/);
    expect(reply).not.toMatch(/NFA031|UTC504/);
  });
});

describe("a BTS in accounting said finished, against NFP107's Bac+2 in computing: a warning, not a plain yes (s82-150)", () => {
  it.each([
    ["I finished a BTS in accounting last year. Could I enrol in NFP107?", /Careful: NFP107 expects Bac\+2 informatique, and what you say of your studies \(BTS in accounting\) does not match it[\s\S]*⚠️ No rule stops you from enrolling in NFP107/],
    ["I've finished a BTS in accounting, can I take NFP107?", /Careful: NFP107 expects Bac\+2 informatique[\s\S]*⚠️/],
    ["J'ai terminé un BTS compta l'an dernier, je peux m'inscrire à NFP107 ?", /Attention : NFP107 attend le niveau Bac\+2 informatique, et ce que vous dites de vos études \(BTS compta\) n'y correspond pas[\s\S]*⚠️/],
  ])("« %s » (it said « Yes, if you have the expected level »)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/(✅ )?(Yes|Oui), (if you have|si vous avez) the expected level|✅ (Yes|Oui), si/);
  });
});

describe("an invoice for a unit sent to one's company is not in the sources, not the unit's card (s82-160)", () => {
  it.each([
    ["My manager asks if Cnam can send the invoice for ESC101 directly to our company. Can it?", /^For ESC101, my sources do not give how it is invoiced \(an invoice or a quote made out to a company\)\.[\s\S]*Shall I pass your question on to an advisor\?/],
    ["Can ESC101 be billed to my employer?", /^For ESC101, my sources do not give how it is invoiced/],
    ["Le Cnam peut-il envoyer la facture de GDN100 directement à mon employeur ?", /^Pour GDN100, je n'ai pas dans mes sources sa facturation \(facture ou devis au nom d'une entreprise\)\.[\s\S]*Voulez-vous que je transmette votre question à un conseiller \?/],
    ["mon boss veut un devis pour NFA031, vous pouvez le faire ?", /^Pour NFA031, je n'ai pas dans mes sources sa facturation/],
  ])("« %s » (it got the unit's card)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Yes|No|Oui|Non)\b|Teaching unit \(UE\), 6 ECTS|Unité d'enseignement \(UE\)|Mercatique I/);
  });

  it("keeps a price asked of an invoice the unit's fees: « NFA031 est facturé combien ? »", async () => {
    const reply = await replyTo("NFA031 est facturé combien ?");
    expect(reply).toMatch(/^Je n'ai pas le tarif de NFA031 dans mes sources\./);
    expect(reply).not.toMatch(/facturation/);
  });
});

describe("the review's probes", () => {
  it.each([
    ["s'il va pleuvoir jeudi, le cours de RSX101 sera en ligne ?", /^Non : RSX101 n'est pas proposée à distance \(FOAD\)/],
    ["il devrait neiger demain, le cours de NFA031 est maintenu ?", /^Mes sources ne disent pas cela de NFA031/],
    ["s'il va neiger, les cours de RSX101 sont maintenus ?", /^Mes sources ne disent pas cela de RSX101/],
    ["il va pleuvoir jeudi, je peux suivre NFA031 à distance ce jour-là ?", /^Oui : NFA031 est proposée à distance \(FOAD\)/],
    ["is it going to be raining a lot of homework in NFA031 lol", /^For NFA031, my sources do not give the details of its grading/],
  ])("a forecast told before, or as the condition of, a question on the course is the course's: « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Je ne peux répondre qu'aux questions|I can only answer questions)/);
  });

  it.each([
    ["je fais NFA031 en ce moment, j'ai 4h de libre par semaine, je peux prendre UTC501 en même temps ?", /UTC501 compte 30 h de cours sur le semestre \(1 h 45 par semaine\) et NFA031 compte 50 h de cours sur le semestre \(3 h 30 par semaine\)\. En tout, 5 h 15 de cours par semaine : c'est plus que vos 4 h\./, /C'est dans vos 4 h/],
    ["je fais NFA031 en ce moment, j'ai 6h de libre par semaine, je peux prendre UTC501 en même temps ?", /et NFA031 compte 50 h de cours sur le semestre \(3 h 30 par semaine\)\. En tout, 5 h 15 de cours par semaine : c'est dans vos 6 h\./, /inscrire à NFA031/],
  ])("counts the unit under way in the week's hours: « %s »", async (message, reads, never) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(never);
  });

  it("says a unit not taught in the semester weighed is not, instead of « à distance, sans horaire fixe »", async () => {
    const all = await replyTo("je fais UTC505 en ce moment, j'ai 9h de libre par semaine, je peux ajouter RSX102 en même temps ?");
    expect(all).toMatch(/^⛔ Non, vous ne pouvez pas vous inscrire à RSX102 [^\n]*en 2026-2027 S1[\s\S]*RSX102 n'est pas proposée en 2026-2027 S1/);
    expect(all).toMatch(/RSX102 compte 50 h de cours sur le semestre \(mais elle n'est pas proposée ce semestre-là\) et UTC505 compte 30 h de cours sur le semestre \(1 h 45 par semaine\)/);
    expect(all).not.toMatch(/sans horaire fixe|dans vos 9 h|inscrire à UTC505/);
  });

  it("weighs the session of the unit under way said by its day: « je fais NFA031 le jeudi soir en ce moment, je peux prendre GDN100 en même temps ? »", async () => {
    const reply = await replyTo("je fais NFA031 le jeudi soir en ce moment, je peux prendre GDN100 en même temps ?");
    expect(reply).toMatch(/^⛔ Non, vous ne pouvez pas vous inscrire à GDN100 [^\n]*en 2026-2027 S1[\s\S]*chevauche NFA031 \(jeudi 18:15-21:45\)/);
    expect(reply).not.toMatch(/Oui|pas de chevauchement|2026-2027 S2/);
  });

  it.each([
    ["I'm taking UTC505 this semester, can I take RSX101 at the same time next semester?", /^⚠️ Yes, on a condition: you may enrol in RSX101 [^\n]*in 2026-2027 S2[\s\S]*You are taking UTC505 in 2026-2027 S1/, /taken in the same semester|may not be taken in the same semester|enrol in UTC505/],
    ["je fais UTC505 en ce moment, je peux prendre RSX102 en même temps au S2 ?", /^⚠️ Oui, mais sous condition : vous pourrez vous inscrire à RSX102 [^\n]*en 2026-2027 S2[\s\S]*Vous suivez UTC505 en 2026-2027 S1/, /suivi le même semestre|inscrire à UTC505|chevauche/],
  ])("a unit under way with another asked for a later semester is under way, not taken then: « %s »", async (message, reads, never) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(never);
  });

  it.each([
    ["lesquelles se font à distance ou le samedi ?"],
    ["lesquelles sont à distance ou le samedi ?"],
  ])("two ways offered as a choice after a list are not both required at once: « %s »", async (followUp) => {
    const [, reply] = await repliesOf(["des UE de management ?", followUp]);
    expect(reply).toMatch(/^Les UE ont lieu surtout hors temps de travail/);
    expect(reply).not.toMatch(/à distance \(FOAD\), le samedi|Je ne trouve pas/);
  });

  it.each([
    ["le samedi ce serait l'idéal, des UE de java ?", /^Les UE du catalogue qui en parlent le samedi :\n- NFA031[\s\S]*\nCelles sur « java », telles qu'elles sont enseignées :\n- NFA032/],
    ["à distance ce serait l'idéal, des cours de droit ?", /^Les UE du catalogue qui en parlent à distance \(FOAD\) :\n- DNT104[\s\S]*\nCelles sur « droit », telles qu'elles sont enseignées :\n- DRS101/],
  ])("a wish said first does not leak into the subject quoted: « %s »", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/ideal|idéal/);
  });

  it.each([
    ["une facture pour la licence informatique, c'est possible ?", /^Je ne sais pas répondre à cette question/, /On entre en licence|^Oui/],
    ["j'ai besoin d'une facture pour GDN100 pour mes impôts", /^Pour GDN100, je n'ai pas dans mes sources sa facturation/, /^Je ne peux répondre qu'aux questions/],
    ["combien coûte la licence, facturé à mon employeur ?", /^Je n'ai aucun montant de frais d'inscription dans mes sources/, /Je ne sais pas répondre/],
  ])("an invoice is in no source, for a unit or a diploma: « %s »", async (message, reads, never) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(never);
  });

  it("weighs high school finished against NFP107's Bac+2 in computing", async () => {
    const reply = await replyTo("i finished high school, can i enrol in NFP107?");
    expect(reply).toMatch(/Careful: NFP107 expects Bac\+2 informatique, and what you say of your studies \(high school\) does not match it[\s\S]*⚠️ No rule stops you/);
    expect(reply).not.toMatch(/✅ Yes, if you have the expected level/);
  });
});
