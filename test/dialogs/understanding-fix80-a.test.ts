import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * Set 80's misreadings: what a UA is asked beside its 17 credits (the hours table) or after an apology (« je ne sais pas »); law units
 * looked for « ou » one another (declined as a dispute) or with the evening said (the page on units à la carte); HR or labour law at a
 * distance (one subject only); cybersecurity without a bac+2 (the units listed as if open); a bachelor in business management (« Yes »
 * of the licence in computing); an evening BTS or DUT (suggestions); « on peut y couper » of a compulsory unit (« Oui »); the placement
 * test's length and date (the unit's card and timetable); UTC505 never done before RSX112 (asked again); RSX101 while doing UTC505
 * (asked whether UTC505 was validated).
 */
async function repliesTo(...turns: string[]): Promise<string> {
  const conversation = await botConversation({});
  let last = "";
  for (const turn of turns) last = (await conversation.send(turn)).map((reply) => replyText(reply)).join("\n");
  return last;
}

describe("what a UA is, asked beside its credits or after an apology", () => {
  it.each([
    ["Sorry if this is a basic question, but what exactly is a UA? My licence page mentions one worth 17 credits.", /^An activity unit \(UA, "unité d'activité"\)[\s\S]*two kinds[\s\S]*UAALOT[\s\S]*17 ECTS/],
    ["what exactly is a UA? My licence page mentions one worth 17 credits.", /^An activity unit \(UA/],
    ["Désolé si c'est une question bête, mais c'est quoi exactement une UA ? Ma fiche de licence en mentionne une de 17 crédits.", /^Une unité d'activité \(UA\)[\s\S]*UAALOT/],
    ["c'est quoi une UA ? ma fiche de licence en mentionne une de 17 crédits", /^Une unité d'activité \(UA\)/],
  ])("« %s » gets the UA's page (it got the hours table: « no reference volume for 17 ECTS »)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/reference volume|volume horaire de référence|22 h/);
  });

  it.each([
    ["Sorry, what is a UA?", /^An activity unit \(UA/],
    ["désolé, c'est quoi exactement une UA ?", /^Une unité d'activité \(UA\)/],
    ["Désolé si c'est une question bête : c'est quoi une UA ?", /^Une unité d'activité \(UA\)/],
    ["Sorry, what is a US?", /^Specific units \(US, "unités spécifiques"\)/],
  ])("« %s »: an apology says nothing of the question (it got suggestions, or « je ne sais pas »)", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });

  it("keeps the hours asked of a UA's credits: « c'est quoi une UA de 17 crédits en heures ? »", async () => {
    expect(await repliesTo("c'est quoi une UA de 17 crédits en heures ?")).toMatch(/^Il n'existe pas de volume horaire de référence pour 17 ECTS/);
  });
});

describe("law units looked for, one subject or another, in the evening", () => {
  it.each([
    ["Est-ce qu'il existe des cours de droit du numérique ou de droit du travail en cours du soir ?", /DRS101 — Droit du travail : relations individuelles \(6 ECTS, S1 : cours du soir\)[\s\S]*DRS102[\s\S]*DNT104 — Droit du numérique \(4 ECTS, S1 : cours du soir, à distance \(FOAD\)\)/],
    ["Est-ce qu'il existe des cours de droit du travail en cours du soir ?", /DRS101 — Droit du travail : relations individuelles \(6 ECTS, S1 : cours du soir\)[\s\S]*DRS102/],
    ["Is there a unit on digital law or employment law in the evening?", /DRS101 — Droit du travail : relations individuelles \(6 ECTS, S1: evening classes\)[\s\S]*DNT104/],
  ])("« %s » lists the catalog's units (it was declined as a dispute, or got the page on units à la carte)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Je ne peux répondre qu'aux questions|Les UE se suivent à la carte|I can only answer/);
  });

  it("still declines labour law asked of one's employer", async () => {
    expect(await repliesTo("mon employeur refuse de me libérer, c'est légal selon le droit du travail ?")).toMatch(/^Je ne peux répondre qu'aux questions/);
  });
});

describe("HR or labour law at a distance: each subject apart", () => {
  it.each([
    ["Are there HR or labour-law units I could follow fully online?", /^Units of the catalog on "HR" taught at a distance \(FOAD\):\n- FPG114 — Outils RH \(6 ECTS, at a distance: S1 and S2\)[\s\S]*"labour law"[\s\S]*DNT104 — Droit du numérique \(4 ECTS, at a distance: S1\)[\s\S]*DRS101 — Droit du travail : relations individuelles \(6 ECTS, S1: evening classes\)/],
    ["any HR or labour law courses I can do online?", /FPG114 — Outils RH[\s\S]*DRS101 — .*evening classes/],
    ["Y a-t-il des UE de RH ou de droit du travail entièrement à distance ?", /^Les UE du catalogue sur « RH » à distance \(FOAD\) :\n- FPG114[\s\S]*« droit du travail »[\s\S]*DNT104[\s\S]*DRS102 — Droit du travail : relations collectives \(6 ECTS, S2 : cours du soir\)/],
  ])("« %s » (it answered labour law alone, or HR alone)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    // Labour law is never said to be taught at a distance.
    expect(reply).not.toMatch(/DRS10[12] — [^\n]*(at a distance|à distance)/);
  });

  it("says labour law's own units as they are taught beside the law department's at a distance", async () => {
    expect(await repliesTo("Are there labour-law units I could follow fully online?")).toMatch(/Those of the Droit department taught at a distance \(FOAD\):\n- DNT104[\s\S]*Those on "labour law", as they are taught:\n- DRS101 — .*S1: evening classes/);
  });

  it("keeps two subjects none of whose units is at a distance as one list", async () => {
    expect(await repliesTo("des cours de réseaux ou de sécurité à distance ?")).toMatch(/^Je ne trouve pas d'UE sur « réseaux sécurité » à distance/);
  });
});

describe("cybersecurity units for someone without a bac+2", () => {
  it.each([
    ["J'aimerais me former à la cybersécurité mais je n'ai pas de bac+2. Il y a une UE pour moi ?", /^Avec les études que vous indiquez, une seule UE sur « cybersécurité » ne demande ni UE validée avant, ni un niveau d'études que vous n'avez pas : c'est par là que commencer\.\n- UTC505 — [^\n]*aucun prérequis formel\)\n\nLes autres demandent quelque chose :[\s\S]*SEC101 — [^\n]*niveau conseillé : Bac\+2 informatique[\s\S]*SEC102 — [^\n]*Bac\+2 scientifique ou technique[\s\S]*SEC105 — [^\n]*demande : UTC501/],
    ["I'd like to get into cybersecurity but I only have the bac. Is there a unit for me?", /^With the studies you mention, only one unit on "cybersecurity" asks for no unit passed before[\s\S]*UTC505[\s\S]*The others ask for something:[\s\S]*SEC101 — [^\n]*advised level: Bac\+2 informatique/],
  ])("« %s » says UTC505 is where to start and what the others ask (it listed them all alike)", async (user, reads) => {
    expect(await repliesTo(user)).toMatch(reads);
  });

  it("keeps the list as it was for studies in another field", async () => {
    expect(await repliesTo("I hold a bachelor's degree in history. Which security units could I take, and what do they require?")).toMatch(/^Units of the catalog on "security"[\s\S]*RSX112 — .*asks for: RSX101 \/ RSX102/);
  });
});

describe("diplomas the catalog does not hold", () => {
  it.each([
    ["Do you have an evening bachelor's degree in business management?", /^My catalog does not hold that diploma \(licence business\)[\s\S]*LG02501A[\s\S]*units you can take à la carte[\s\S]*GDN100 \(Management de projet\)[\s\S]*MSE102[\s\S]*TET102/],
    ["Vous avez une licence de commerce en cours du soir ?", /^Mon catalogue ne contient pas ce diplôme \(licence commerce\)/],
    ["vous avez une licence de droit ?", /^Mon catalogue ne contient pas ce diplôme \(licence droit\)[\s\S]*à suivre à la carte[\s\S]*DRS101/],
  ])("« %s » says it plainly (it said « Yes » of the licence in computing, or gave the fees page)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Yes|Oui)\b|frais d'inscription/);
  });

  it.each([
    ["Is there an evening BTS or DUT in computing at Cnam Paris?", /^My catalog does not hold that diploma \(BTS \/ DUT computing\)[\s\S]*LG02501A \(Licence informatique \(L3\)\)/],
    ["vous proposez un BTS ou un DUT informatique le soir ?", /^Mon catalogue ne contient pas ce diplôme \(BTS \/ DUT\)/],
  ])("« %s » says plainly no BTS nor DUT is held (it only suggested the licence's access)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Did you mean|Vouliez-vous dire|à la carte/);
  });

  it("still answers the licence held: « Do you have an evening licence? »", async () => {
    const reply = await repliesTo("Do you have an evening licence?");
    expect(reply).toMatch(/^Yes: LG02501A — Licence informatique \(L3\)/);
    expect(reply).not.toMatch(/does not hold/);
  });
});

describe("a compulsory unit one asks to escape", () => {
  it.each([
    ["GDN100, on peut y couper pour la licence ?", /^Non : GDN100 est obligatoire \(Management de projet et anglais\)/],
    ["GDN100 j'peux y couper pr la licence ?", /^Non : GDN100 est obligatoire/],
    ["je peux échapper à ANG320 pour la licence ?", /^Non : ANG320 est obligatoire/],
    ["can I dodge GDN100 for the licence?", /^No: GDN100 is compulsory/],
  ])("« %s » answers « Non » (it said « Oui : … obligatoire »)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/^(Oui|Yes)\b/);
  });
});

describe("the placement test's length and date", () => {
  it.each([
    ["How long is the placement test for ANG320, and when is it held?", /^For ANG320, my sources do not give the length or the date of its placement test[\s\S]*scolarite-langues@example\.org/],
    ["le test de positionnement d'ANG320 dure combien de temps et c'est quand ?", /^Pour ANG320, je n'ai pas dans mes sources la durée ni la date de son test de positionnement/],
    ["ANG320 le test de positionnement c'est quand ?", /^Pour ANG320, je n'ai pas dans mes sources la durée ni la date de son test de positionnement/],
  ])("« %s » says they are not held (it gave the card and the classes' timetable)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Saturdays from|le samedi de 9h|Semesters and times|Semestres et horaires/);
  });

  it("keeps the classes of « ANG320 c'est quand ? »", async () => {
    expect(await repliesTo("ANG320 c'est quand ?")).toMatch(/le samedi de 9h à 12h30/);
  });
});

describe("a prerequisite of a unit's prerequisites, said not done or under way", () => {
  it.each([
    ["jai jamais fait utc505, rsx112 c possible?", /⛔ Non, vous ne pouvez pas vous inscrire à RSX112[\s\S]*Validez UTC505 \(note d'au moins 10\/20\) avant RSX101 ou RSX102\.\n- Validez RSX101 ou RSX102/],
    ["I never took UTC505, can I take RSX112?", /⛔ No, you may not enrol in RSX112[\s\S]*Validate UTC505 \(a grade of at least 10\/20\) before RSX101 or RSX102\./],
  ])("« %s »: Non, UTC505 first (it asked whether RSX101 or RSX102 was validated)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Est-ce votre cas|Is that your case/);
  });

  it.each([
    ["Can I take RSX101 this semester while I'm also doing UTC505?", /^⛔ No, you may not enrol in RSX101[\s\S]*UTC505, which must be validated first, not taken in the same semester/],
    ["je peux prendre RSX101 ce semestre alors que je fais aussi UTC505 ?", /^⛔ Non, vous ne pouvez pas vous inscrire à RSX101[\s\S]*UTC505, qui doit être validé avant, pas suivi le même semestre/],
    ["Can I do RSX101 while taking UTC505 this semester?", /^⛔ No, you may not enrol in RSX101/],
  ])("« %s »: No, UTC505 is under way (it asked whether UTC505 was validated)", async (user, reads) => {
    const reply = await repliesTo(user);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Is that your case|Est-ce votre cas|Yes, under condition/);
  });

  it("still asks when nothing is said of the group's prerequisite", async () => {
    expect(await repliesTo("je peux m'inscrire à RSX112 ?")).toMatch(/RSX112 demande d'avoir validé l'une des UE RSX101 ou RSX102/);
  });
});
