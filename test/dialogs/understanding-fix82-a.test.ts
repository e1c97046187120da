import { describe, expect, it } from "vitest";
import { readConstraints } from "../../dialogs/planning/planning.constraints";
import { recognizeIntent } from "../../domain/understanding/intent.recognizer";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

const NOW = new Date("2026-12-07T12:00:00Z");

/** The replies to each message of one conversation, each message's replies joined. */
async function talk(...turns: string[]): Promise<string[]> {
  const { send } = await botConversation({});
  const all: string[] = [];
  for (const turn of turns) all.push((await send(turn)).map(replyText).join("\n"));
  return all;
}

describe("set 82 (s82-052): the licence asked on Saturdays only, typed on a phone, is a plan on Saturdays only", () => {
  it.each([
    "la licence que le samedi c possible ?",
    "licence seulement le samedi possible ?",
    "la licence uniquement le samedi, c'est possible ?",
    "is the licence possible on Saturdays only?",
    "jpeux faire la licence qu le samedi?",
  ])("« %s »: no plan fits, what blocks, what relaxing gives; the UA has no classes", async (message) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(/^(Je ne trouve pas de plan pour|I find no plan for) Licence informatique \(L3\) \(LG02501A\)/);
    expect(reply).toMatch(/UTC501 (et|and) UTC502 (n'ont lieu que le lundi|meet only on Mondays)/);
    expect(reply).toMatch(/(Ce qui donnerait un plan|What would give a plan)/);
    expect(reply).toMatch(/UAALOT [^\n]*(unité d'activité, sans cours|activity unit, no classes)/);
    // Not the search of unit titles for « samedi », nor a plan on weekday evenings.
    expect(reply).not.toMatch(/Je ne trouve pas d'UE qui en parle|cours du soir : (lundi|mardi|mercredi|jeudi|vendredi) \d/);
  });

  it.each([
    ["que le samedi c possible ?", undefined],
    ["GDN100 que le samedi c possible ?", "unit-schedule"],
    ["des cours de compta le samedi ?", "unit-search"],
  ])("« %s » is no plan of a diploma", (message, kind) => {
    expect(recognizeIntent(message)?.kind).toBe(kind);
  });
});

describe("set 82 (s82-097): studies and years of work told after a plan, then a pace", () => {
  it("plans again with them (direct entry, the UA met by 3 years as a developer), then at 2 units a semester: 5 semesters", async () => {
    const [, told, paced] = await talk("en combien de temps je peux finir la licence ?", "j'ai un DUT info et ça fait 3 ans que je suis dev", "2 UE par semestre max");
    expect(told).toMatch(/D'après ce que vous dites \(DUT info\), vous avez le profil attendu pour entrer directement en LG02501A, sans UE préparatoires/);
    expect(told).toMatch(/son UA UAALOT \(17 ECTS\) demande 1 an d'expérience dans le domaine, et vous dites 3 ans d'expérience dans l'informatique : vous la validez par un dossier/);
    expect(told).toMatch(/Votre plan pour Licence informatique \(L3\) \(LG02501A\)/);
    // (It got the general page on the licence's access, and no plan.)
    expect(told).not.toMatch(/^On entre en licence informatique L3/);

    expect(paced).toMatch(/2 UE par semestre au plus/);
    expect(paced).toMatch(/Votre plan pour Licence informatique \(L3\) \(LG02501A\) : 5 semestres/);
    expect(paced).toMatch(/Pourquoi pas plus vite \?\n- Sans limite d'UE par semestre/);
    expect(paced).toMatch(/vous dites 3 ans d'expérience dans l'informatique : vous la validez par un dossier/);
    expect(paced).not.toMatch(/changer d'UE, l'abandonner|stage obligatoire/);
  });

  it("plans again for « j'ai un DUT info » alone after a plan (read as asking the licence's access, it got that page)", async () => {
    const [, told] = await talk("en combien de temps je peux finir la licence ?", "j'ai un DUT info");
    expect(told).toMatch(/^Au plus vite, sans UE déjà validée[\s\S]*profil attendu pour entrer directement en LG02501A[\s\S]*Votre plan pour Licence informatique/);
  });

  it("(en) plans again for \"I have a DUT in computer science and I've been a developer for 3 years\"", async () => {
    const [, told] = await talk("how long to finish the licence?", "I have a DUT in computer science and I've been a developer for 3 years");
    expect(told).toMatch(/you have the profile expected to enter LG02501A directly/);
    expect(told).toMatch(/UAALOT \(17 ECTS\) requires 1 year of experience in the field, and you mention 3 years of experience in IT/);
    expect(told).toMatch(/Your plan for Licence informatique \(L3\) \(LG02501A\)/);
  });

  it.each([
    ["j'ai un BTS compta, je peux entrer en L3 ?", /^Non, pas directement : d'après ce que vous dites \(BTS compta\)/],
    ["j'ai 3 ans d'expérience, ça compte pour l'UA ?", /^Cela dépend du domaine de cette expérience/],
  ])("after a plan, « %s » asks, and is answered as asked", async (message, reads) => {
    const [, reply] = await talk("en combien de temps je peux finir la licence ?", message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Votre plan pour/);
  });
});

describe("set 82 (s82-122): evenings a job takes on days named", () => {
  it("checks UTC501 (Mondays) against a waitress's Monday, Wednesday and Friday evenings: her L2 maths is the level, the Monday is not hers", async () => {
    const [reply] = await talk(
      "Bonjour, je suis en L2 de maths à la fac, et à côté je suis serveuse le soir trois fois par semaine, les lundis, mercredis et vendredis. Je voudrais prendre UTC501 au Cnam pour m'avancer vers la licence info. C'est accessible pour moi, et est-ce que ça peut coller avec mes horaires ?",
    );
    expect(reply).toMatch(
      /⛔ Non, pas avec vos disponibilités : d'après ce que vous dites, vous avez le niveau attendu \(niveau L2 informatique ou mathématiques\), et aucune règle ne vous empêche de vous inscrire à UTC501/,
    );
    expect(reply).toMatch(/le lundi de 18h15 à 20h \(cours du soir\), or vous dites ne pas pouvoir le lundi/);
    expect(reply).not.toMatch(/✅ Oui/);
  });

  it("(en) \"I work as a waitress on Monday, Wednesday and Friday evenings … will it fit my hours?\": no with her evenings, no conversion of hours", async () => {
    const [reply] = await talk("Hi, I'm in L2 maths at university and I work as a waitress on Monday, Wednesday and Friday evenings. Can I take UTC501, and will it fit my hours?");
    expect(reply).toMatch(/No, not with your availability: from what you say, you have the expected level \(niveau L2 informatique ou mathématiques\)/);
    expect(reply).not.toMatch(/A 3-ECTS unit matches 30 reference class hours/);
  });

  it.each<[string, object]>([
    ["je suis serveuse le soir trois fois par semaine, les lundis, mercredis et vendredis", { unavailableDays: ["monday", "wednesday", "friday"] }],
    ["je travaille le soir les lundis, mercredis et vendredis", { unavailableDays: ["monday", "wednesday", "friday"] }],
    ["je travaille les lundis et mercredis soir", { unavailableDays: ["monday", "wednesday"] }],
    ["I wait tables Monday, Wednesday and Friday evenings", { unavailableDays: ["monday", "wednesday", "friday"] }],
    ["I'm a waitress on Monday and Friday nights", { unavailableDays: ["monday", "friday"] }],
    // Not taken: not worked, free, a job's time unsaid, every evening, the days besides.
    ["je ne travaille pas le lundi soir", {}],
    ["je suis serveuse le soir", {}],
    ["je travaille le soir", { modalities: { remove: ["evening"] } }],
    ["je travaille tous les soirs sauf le lundi", { unavailableDays: ["tuesday", "wednesday", "thursday", "friday"] }],
    ["I only work on weekday evenings", {}],
  ])("« %s » reads %j", (message, read) => {
    expect(readConstraints(message, NOW)).toEqual(read);
  });

  it("checks UTC501 (Mondays) as open to someone who works Tuesday and Thursday evenings (every evening had been ruled out)", async () => {
    const [reply] = await talk("je travaille le soir les mardis et jeudis, je peux m'inscrire à UTC501 ?");
    expect(reply).toMatch(/✅ Oui, si vous avez le niveau attendu[^\n]*UTC501/);
    expect(reply).not.toMatch(/pas avec vos disponibilités/);
  });

  it.each(["UTC501 will it fit my hours?", "does UTC501 fit my working hours?", "UTC501 ça colle avec mes heures de boulot ?"])("« %s » asks its timetable, not its hours", (message) => {
    expect(recognizeIntent(message)).toEqual({ kind: "unit-schedule", codes: ["UTC501"] });
  });

  it("keeps « combien d'heures pour UTC501 ? » a question of hours", () => {
    expect(recognizeIntent("combien d'heures pour UTC501 ?")).toEqual({ kind: "credit-hours", codes: ["UTC501"] });
  });
});

describe("set 82 (s82-129): free only on Saturday mornings, a BTS in accounting", () => {
  it("says not directly, then no plan on Saturday mornings (what blocks, with no date), and the UA's year in the field or the internship", async () => {
    const [reply] = await talk(
      "Good evening. I'm 52, an accountant, and I finally want to move into IT. I have a BTS in accounting and no programming background at all. Saturday mornings are the only time I'm free, because I look after my mother on weekday evenings. Could I do the licence informatique at Cnam, and how long would it take me?",
    );
    expect(reply).toMatch(/^No, not directly: from what you say \(BTS in accounting\), you do not have the profile expected to enter LG02501A/);
    expect(reply).toMatch(/UAALOT \(17 ECTS\) is validated with an experience report if you have 1 year of experience in the field; otherwise, with a professional application project during an internship of 6 months/);
    expect(reply).toMatch(/I find no plan for Licence informatique \(L3\) \(LG02501A\) with these constraints/);
    expect(reply).toMatch(/this plan would take 2 semesters/);
    expect(reply).not.toMatch(/evening classes: (Monday|Tuesday|Wednesday|Thursday|Friday) \d|diploma complete in/);
  });

  it.each<[string, object]>([
    ["Saturday mornings are the only time I'm free", { saturdayHalf: "morning", unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    ["le samedi matin est le seul moment où je suis libre", { saturdayHalf: "morning", unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    ["le samedi est mon seul jour de libre", { unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    ["Saturday is the only day I can come", { unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    // Not said of oneself, or not the only one.
    ["le samedi est le seul jour où GDN100 a lieu ?", {}],
    ["Saturday is not the only day I can come", {}],
  ])("« %s » reads %j", (message, read) => {
    expect(readConstraints(message, NOW)).toEqual(read);
  });

  it("(fr) « le samedi matin est le seul moment où je suis libre »: no weekday evenings planned", async () => {
    const [reply] = await talk("J'ai un BTS compta. Le samedi matin est le seul moment où je suis libre. En combien de temps je peux faire la licence info ?");
    expect(reply).toMatch(/Je ne trouve pas de plan pour Licence informatique \(L3\)/);
    expect(reply).toMatch(/son UA UAALOT \(17 ECTS\) se valide par un dossier d'expérience si vous avez 1 an d'expérience dans le domaine ; sinon, par un projet d'application professionnelle pendant un stage de 6 mois/);
    expect(reply).not.toMatch(/cours du soir : (lundi|mardi|mercredi|jeudi|vendredi) \d|diplôme complet en/);
  });
});

describe("set 82 (s82-116): credits held and a yearly pace", () => {
  it.each([
    ["I already have 24 ECTS toward the licence. At 12 credits a year, how long to reach 60?", /^With 24 ECTS already earned, 36 are left for 60\. At 12 ECTS a year, 36 ECTS take 3 years\./],
    ["J'ai déjà 24 ECTS pour la licence. À 12 crédits par an, combien de temps pour arriver à 60 ?", /^Avec 24 ECTS déjà acquis, il en reste 36 pour 60\. À 12 ECTS par an, 36 ECTS demandent 3 ans\./],
  ])("« %s »: 3 years", async (message, reads) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Votre plan pour|Your plan for/);
  });
});

describe("the review's probes", () => {
  it.each([
    "je travaille qu le samedi, la licence en combien de temps ?",
    "je bosse qu le samedi, la licence c faisable ?",
    "je travaille que le samedi, la licence en combien de temps ?",
  ])("« %s »: working only on Saturday rules Saturday out, a plan on weekday evenings", async (message) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(/pas le samedi/);
    expect(reply).toMatch(/Votre plan pour Licence informatique \(L3\) \(LG02501A\)/);
    expect(reply).not.toMatch(/Je ne trouve pas de plan|En venant aussi les lundi/);
  });

  it("« je bosse qu le samedi, je peux prendre GDN100 ? »: yes on Thursday evening, not on the Saturday she works", async () => {
    const [reply] = await talk("je bosse qu le samedi, je peux prendre GDN100 ?");
    expect(reply).toMatch(/✅ Oui[^\n]*GDN100[\s\S]*le jeudi de 20h à 21h45/);
    expect(reply).not.toMatch(/le samedi de 13h30/);
  });

  it.each<[string, object]>([
    ["le samedi est le seul jour que je travaille", { unavailableDays: ["saturday"] }],
    ["Saturday is the only day I work", { unavailableDays: ["saturday"] }],
    ["le samedi est le seul jour où je bosse", { unavailableDays: ["saturday"] }],
    ["le samedi est le seul jour où je ne peux pas venir", { unavailableDays: ["saturday"] }],
    ["Saturday is the only day I'm busy", { unavailableDays: ["saturday"] }],
    ["Saturday is the only day I can't come", { unavailableDays: ["saturday"] }],
    ["je ne travaille que le samedi", { unavailableDays: ["saturday"] }],
    ["I only work on Saturdays", { unavailableDays: ["saturday"] }],
    ["le samedi est mon seul jour de travail", {}],
    ["je suis souvent libre le soir les lundis", {}],
    ["I'm a free agent on Monday evenings", {}],
    // Still the only time one can come.
    ["je peux venir que le samedi", { unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
  ])("« %s » reads %j", (message, read) => {
    expect(readConstraints(message, NOW)).toEqual(read);
  });

  it.each([
    "le samedi est le seul jour que je travaille, la licence en combien de temps ?",
    "Saturday is the only day I work, how long for the licence?",
    "le samedi est le seul jour où je bosse, la licence en combien de temps ?",
    "le samedi est le seul jour où je ne peux pas venir, la licence en combien de temps ?",
    "Saturday is the only day I'm busy, how long for the licence?",
  ])("« %s »: a plan on weekday evenings, Saturday not the only day", async (message) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(/(Votre plan pour|Your plan for) Licence informatique \(L3\) \(LG02501A\)/);
    expect(reply).toMatch(/(pas le samedi|no Saturdays)/);
    expect(reply).not.toMatch(/Je ne trouve pas de plan|I find no plan/);
  });

  it.each([
    ["je suis souvent libre le soir les lundis, UTC501 possible ?", /✅ Oui/, /pas avec vos disponibilités|ne pas pouvoir le lundi/],
    ["I'm a free agent on Monday evenings, can I take UTC501?", /✅ Yes/, /not with your availability|cannot attend on Mondays/],
  ])("« %s »: free on Monday evenings, UTC501 open", async (message, reads, not) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(not);
  });

  it.each([
    ["je suis en L2 info, je peux prendre UTC502 ?", /✅ Oui, si vous avez le niveau attendu \(Bac\+2 informatique\)/],
    ["je suis en L2 info, je peux prendre NFP121 ?", /✅ Oui, si vous avez le niveau attendu \(Bac\+2 informatique/],
    ["je suis en L2 de maths, je peux prendre SEC102 ?", /✅ Oui, si vous avez le niveau attendu \(Bac\+2 scientifique ou technique\)/],
    ["I'm in L2 computer science, can I take NFP107?", /✅ Yes, if you have the expected level \(Bac\+2 informatique\)/],
  ])("« %s »: an L2 under way is no Bac+2 held", async (message, reads) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/d'après ce que vous dites, vous avez le niveau attendu|from what you say, you have the expected level/);
  });

  it("keeps « je suis en L2 de maths » the « niveau L2 » UTC501 advises", async () => {
    const [reply] = await talk("je suis en L2 de maths, je peux prendre UTC501 ?");
    expect(reply).toMatch(/✅ Oui : d'après ce que vous dites, vous avez le niveau attendu \(niveau L2 informatique ou mathématiques\)/);
  });

  it.each([
    ["I have a degree in history and 5 years as a teacher, how long for the licence informatique?", /you mention 5 years of experience, outside IT/, /experience in IT/],
    ["ça fait 5 ans que je suis prof, la licence info en combien de temps ?", /vous dites 5 ans d'expérience, hors informatique/, /expérience dans l'informatique/],
  ])("« %s »: a teacher's years are outside IT", async (message, reads, not) => {
    const [reply] = await talk(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(not);
  });

  it("\"5 years of work experience, how long for the licence informatique?\": the licence sought is no field of the work", async () => {
    const [reply] = await talk("I have 5 years of work experience, how long for the licence informatique?");
    expect(reply).not.toMatch(/experience in IT/);
  });
});
