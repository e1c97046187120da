import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";
import { readConstraints } from "../../dialogs/planning/planning.constraints";
import { unitMentions } from "../../domain/understanding/unit-mentions";
import { readStatedExperience } from "../../domain/understanding/stated-experience";

async function replyTo(message: string): Promise<string> {
  const [reply] = await repliesOf([message]);
  return reply!;
}

describe("each of the kinds of units, asked together", () => {
  it.each([
    ["Bonjour, je débute au Cnam et je m'y perds entre UE, UA et US. Vous pouvez me dire ce que c'est, chacune, en deux mots ?", /^Une unité d'enseignement \(UE\) est[\s\S]*Une unité d'activité \(UA\)[\s\S]*Les unités spécifiques \(US\)/],
    ["c'est quoi une UE, une UA et une US ?", /^Une unité d'enseignement \(UE\) est[\s\S]*Une unité d'activité \(UA\)[\s\S]*Les unités spécifiques \(US\)/],
    ["What are UE, UA and US?", /^A teaching unit \(UE[\s\S]*An activity unit \(UA[\s\S]*Specific units \(US/],
  ])("« %s » explains each (it said « je ne sais pas », or the US alone)", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });

  it("keeps « c'est quoi une UE ? » one page", async () => {
    const reply = await replyTo("c'est quoi une UE ?");
    expect(reply).toMatch(/^Une unité d'enseignement \(UE\)/);
    expect(reply).not.toMatch(/unité d'activité \(UA\) fait/);
  });
});

describe("what a notice on a unit's page implies", () => {
  it.each([
    "Sur la fiche d'une UE il est écrit « soumise à autorisation ». Qu'est-ce que ça implique pour moi, quelles démarches ?",
    "Il est écrit « soumise à autorisation ». Qu'est-ce que ça implique pour moi ?",
  ])("« %s » gets the page on units needing an authorization (it said « je n'ai pas la réponse »)", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/autorisation/);
    expect(reply).not.toMatch(/je n'ai pas la réponse dans mes sources|Je ne sais pas répondre/);
  });
});

describe("a certificate's delay, not the unit's hours", () => {
  it.each([
    ["Mon employeur exige une attestation de présence pour NFA018. Qui me la délivre, et en combien de temps ?", /^Pour NFA018, je n'ai pas dans mes sources qui délivre ses attestations/],
    ["My employer needs an attendance certificate for NFA018. Who issues it and how long does it take?", /^For NFA018, my sources do not give who issues its certificates/],
  ])("« %s » is said not held (it gave NFA018's hours)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/40 heures|40 reference class hours/);
  });

  it("keeps « NFA031 en combien de temps ? » its hours", async () => {
    expect(await replyTo("NFA031 en combien de temps ?")).toMatch(/50 heures de cours/);
  });
});

describe("a time one cannot leave work before, and the journey after it", () => {
  it("weighs NSY103's classes against « pas partir avant 19h » plus 35 minutes of journey (it gave the timetable alone)", async () => {
    const reply = await replyTo(
      "Bonsoir, je suis comptable dans un cabinet à la Défense et je ne peux vraiment pas partir avant 19h, même en négociant. Le trajet jusqu'au Cnam me prend ensuite 35 minutes. Je m'intéresse à Linux depuis longtemps et j'aimerais suivre NSY103 l'année prochaine. Est-ce que c'est compatible avec mes horaires ?",
    );
    expect(reply).toMatch(/^Pas tous : quand vous dites être libre \(en semaine à partir de 19h35\), seuls ces cours de NSY103 vous conviennent : second semestre[\s\S]*le samedi/);
  });

  it("weighs NFA032's Thursday evening against \"can't leave the office before 7:30pm\" (a plain yes before)", async () => {
    const reply = await replyTo("I passed NFA031 with 13 but I can't leave the office before 7:30pm. Is NFA032 doable for me?");
    expect(reply).toMatch(/choose at a distance \(FOAD\)[\s\S]*you say you can only be in class from 19:30 on weekdays/);
  });

  it("keeps « je peux partir avant 19h » no time ruled out", async () => {
    const reply = await replyTo("je peux partir avant 19h, NSY103 c'est compatible ?");
    expect(reply).toMatch(/^Je regarde pour 2026-2027 S2[\s\S]*✅ Oui, si vous avez le niveau attendu/);
    expect(reply).not.toMatch(/19h|19:00/);
  });
});

describe("life and matters outside the sources beside units", () => {
  it.each([
    ["Depuis que je suis en cours trois soirs par semaine pour NFA031, NFA008 et GDN100, je m'engueule tout le temps avec mon conjoint. Comment je gère ça ?", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["quel langage faut apprendre en 2025 pr trouver un taf vite", /^Je ne peux répondre qu'aux questions sur les formations du Cnam Paris/],
    ["Je voudrais abandonner NFE108 en plein semestre pour basculer sur NFE113. C'est possible ?", /^Mes sources ne disent pas si l'on peut changer d'UE, l'abandonner/],
    ["I want to drop NFE108 mid-semester and switch to NFE113, is that possible?", /^My sources do not say whether a unit can be changed, dropped/],
    ["Les TD, c'est obligatoire d'y aller ou on peut juste passer l'examen ?", /^Je ne sais pas répondre à cette question, et je préfère ne pas deviner/],
    ["Is attendance compulsory?", /^I do not know the answer to this question/],
  ])("« %s » is declined plainly (units' cards, checks or suggestions before)", async (message, reads) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(reads);
    expect(reply).not.toMatch(/Unité d'enseignement \(UE\), \d|Vouliez-vous dire|✅/);
  });

  it.each([
    ["quel langage on apprend en NFA031 ?", /NFA031/],
    ["Do I have to attend the classes if I study at a distance?", /FOAD/],
  ])("keeps « %s » its answer", async (message, reads) => {
    expect(await replyTo(message)).toMatch(reads);
  });
});

describe("the review's probes (mine): the same words asking something else keep their replies", () => {
  it.each(["quel langage il faut apprendre pour UTC503 ?", "quel langage je dois apprendre pour NFA032 ?", "Quel langage faut-il apprendre avant de commencer la licence info ?"])(
    "keeps « %s » about studying here (it was declined)",
    async (message) => {
      expect(await replyTo(message)).not.toMatch(/^Je ne peux répondre qu'aux questions/);
    },
  );

  it.each(["mon fils ne peut pas partir avant 19h, NSY103 ça passe ?", "ma femme ne peut pas partir avant 19h, je peux faire NSY103 ?"])("keeps « %s » someone else's time, not the learner's", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Je regarde pour 2026-2027 S2[\s\S]*✅ Oui, si vous avez le niveau attendu/);
    expect(reply).not.toMatch(/19h|19:00/);
  });

  it.each(["je suis à 18h dispo le mardi, je peux faire NFA031 ?", "je finis le taf et à 19h dispo, je peux prendre UTC501 ?"])("reads no free hours in a time of day: « %s »", async (message) => {
    const reply = await replyTo(message);
    expect(reply).toMatch(/^Je regarde pour 20\d\d-20\d\d S\d/);
    expect(reply).not.toMatch(/⏱️/);
  });

  it("keeps « et UTC502 aussi » at RSX103's question an answer: UTC502 passed (no second check)", async () => {
    const [, reply] = await repliesOf(["Je peux m'inscrire à RSX103 ?", "et UTC502 aussi"]);
    expect(reply).toMatch(/✅ UTC502 validée, d'après ce que vous m'avez dit/);
    expect(reply).not.toMatch(/Je vérifie/);
  });
});

describe("the journey said after the time one is busy until", () => {
  it.each([
    ["je finis à 18h et j'ai 1h de trajet", "19:00"],
    ["je finis à 17h, 1h30 de transport", "18:30"],
    ["je ne peux pas partir avant 19h, le trajet me prend 35 minutes", "19:35"],
    ["je finis à 18h", "18:00"],
  ])("« %s » is free from %s", (message, from) => {
    expect(readConstraints(message, new Date("2026-12-07T12:00:00Z")).weekdaysFrom).toBe(from);
  });
});

describe("the final review's worse probes", () => {
  it("keeps \"I've never programmed in school\" a beginner's words (UTC503's level is said not met)", async () => {
    const [reply] = await repliesOf(["I've never programmed in school, can I take UTC503?"]);
    expect(reply).toMatch(/Careful: UTC503 expects/);
    expect(reply).not.toMatch(/✅ Yes, if you have the expected level/);
  });
});

describe("after the sealed set's run (not blind): « only … on weekday evenings » is the way one comes", () => {
  it.each([
    ["with my job and my twins I can only take one unit at a time, on weekday evenings", { maxUnits: 1, modalities: { only: ["evening", "distance", "hybrid"] } }],
    ["je ne peux venir qu'en semaine le soir", { modalities: { only: ["evening", "distance", "hybrid"] } }],
    ["I can only come on Saturdays, not weekday evenings", { unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    ["I only work on weekday evenings", {}],
  ])("« %s »", (message, read) => {
    expect(readConstraints(message, new Date("2026-12-07T12:00:00Z"))).toEqual(read);
  });

  it("plans no Saturday for the learner who can only take one unit at a time, on weekday evenings (GDN100 and ANG320 were planned on Saturdays)", async () => {
    const [reply] = await repliesOf([
      "Hello, I'm 41, I manage a small IT support team and I hold a French BTS SIO from 2005. I've never studied at Cnam. I'd like to get the licence informatique, but with my job and my twins I can only take one unit at a time, on weekday evenings. How long would it take me, roughly, and what would I take first?",
    ]);
    expect(reply).toMatch(/10 semesters/);
    expect(reply).not.toMatch(/: Saturday \d/);
    expect(reply).toMatch(/evening classes, distance \(FOAD\) or hybrid/);
  });
});

describe("after the sealed set's run (not blind): the years in the speciality asked at the thesis defence", () => {
  it("says an applicant with 6 years of work but 1 on IT projects falls short of CYC9101A's two years in the speciality at the defence (a plain yes before)", async () => {
    const [reply] = await repliesOf([
      "Good evening. I'm a project manager in a bank, with a master's degree in economics from Italy. My employer wants me to strengthen my IT skills and eventually get a French engineering degree in software architecture at Cnam. I have 6 years of work experience in total, but only 1 year on IT projects. Do I meet the experience requirement?",
    ]);
    expect(reply).toMatch(/^On experience, yes: you say 6 years of work, and CYC9101A asks 2 years when you apply[^\n]*But at the thesis defence, 2 years in the speciality are asked: you say 1 in IT\./);
  });

  it("reads « dont 1 an sur des projets informatiques » as one year in computing", () => {
    expect(readStatedExperience("6 ans d'expérience dont 1 an sur des projets informatiques")).toEqual({ years: 6, yearsInComputing: 1 });
  });
});

describe("after the sealed set's run (not blind): a grade said after « but »", () => {
  it("reads \"I did NFA031 but got 8, can I take NFA032?\" as NFA031 failed: NFA032's level is said not met (a plain « Yes » before)", async () => {
    const [reply] = await repliesOf(["I did NFA031 but got 8, can I take NFA032?"]);
    expect(reply).toMatch(/Careful: you say you have not validated NFA031, and NFA032 expects that level/);
    expect(reply).not.toMatch(/✅ Yes, you may enrol in NFA032/);
  });

  it.each([
    ["I did NFA031 but got 8", [{ code: "NFA031", role: "failed", grade: 8 }]],
    ["I took NFA031 but got sick", [{ code: "NFA031", role: "passed" }]],
  ])("« %s »", (message, mentions) => {
    expect(unitMentions(message)).toEqual(mentions);
  });
});

describe("a diploma said without its field settles no claim of one in computing", () => {
  it.each(["je n'ai qu'un bac+2, la licence c'est possible ?", "Avec un DUT, je peux faire la licence ?"])("« %s » gets the access rule without « Oui » (only a DUT/BTS informatique or equivalent enters directly)", async (message) => {
    const [reply] = await repliesOf([message]);
    expect(reply).toMatch(/^On entre en licence informatique L3 \(LG02501A\) avec un DUT ou un BTS informatique/);
  });

  it("keeps « j'ai un BTS SIO, je peux entrer en L3 ? » its yes", async () => {
    const [reply] = await repliesOf(["j'ai un BTS SIO, je peux entrer en L3 ?"]);
    expect(reply).toMatch(/^Oui, d'après ce que vous dites \(BTS SIO\)/);
  });
});
