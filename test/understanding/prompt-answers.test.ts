import { describe, expect, it } from "vitest";
import { isSemesterOnly, readHavingYesNo, readOrdinal, readSemesterWords, readYesNo, readGradeAlone, readQuantityAlone } from "../../domain/understanding/prompt-answers";
import { unitMentions } from "../../domain/understanding/unit-mentions";

describe("answers to the assistant's own questions", () => {
  it.each([
    ["oui", "yes"], ["Ouais", "yes"], ["ok vas-y", "yes"], ["d'accord", "yes"], ["volontiers", "yes"], ["oui merci", "yes"], ["yes please", "yes"],
    ["sure", "yes"], ["go ahead", "yes"], ["non", "no"], ["non merci", "no"], ["nope", "no"], ["pas besoin", "no"], ["no thanks", "no"], ["c'est bon", "no"],
  ] as const)("%j is %s", (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });

  it.each(["oui mais c'est quoi une UA ?", "non, je voulais dire NFA032", "ok et les examens ?", "bonjour"])("%j is not a plain yes or no", (text) => {
    expect(readYesNo(text)).toBeUndefined();
  });

  it.each([
    ["le premier", 1], ["the first one", 1], ["la deuxième", 2], ["the second one", 2], ["2", 2], ["le dernier", 3], ["la 3", 3],
  ] as const)("%j picks choice %i of 3", (text, position) => {
    expect(readOrdinal(text, 3)).toBe(position);
  });

  it.each(["le quatrième", "le premier cours du soir", "one"])("%j picks nothing", (text) => {
    expect(readOrdinal(text, 3)).toBeUndefined();
  });

  it.each([
    ["au second semestre", { term: "S2" }], ["en février", { term: "S2" }], ["à la rentrée", { term: "S1" }], ["S1 stp", { term: "S1" }],
    ["next semester", { relative: "next" }], ["ce semestre", { relative: "current" }], ["le 2", { term: "S2" }], ["the first one", { position: 1 }],
    ["the first semester", { term: "S1" }],
  ] as const)("%j at the semester question is %o", (text, semester) => {
    expect(readSemesterWords(text, { atPrompt: true })).toEqual(semester);
  });

  it("reads « le 2 » as a semester only where the assistant asked for one", () => {
    expect(readSemesterWords("le 2")).toBeUndefined();
  });
});

describe("unit codes and their role", () => {
  it.each([
    ["j'ai validé NFA031 avec 12, puis-je suivre NFA032 ?", [{ code: "NFA031", role: "passed", grade: 12 }, { code: "NFA032", role: "asked" }]],
    ["J'ai eu 8 à NFA031, puis-je suivre NFA032 ?", [{ code: "NFA031", role: "failed", grade: 8 }, { code: "NFA032", role: "asked" }]],
    ["j'ai fini RSX101 et RSX102, est-ce que je peux suivre RSX112 ?", [{ code: "RSX101", role: "passed" }, { code: "RSX102", role: "passed" }, { code: "RSX112", role: "asked" }]],
    ["NFA031 validée avec 11, je peux m'inscrire en NFP119 ?", [{ code: "NFA031", role: "passed", grade: 11 }, { code: "NFP119", role: "asked" }]],
    ["je suis en NFA031, puis-je prendre NFA032 ?", [{ code: "NFA031", role: "taking" }, { code: "NFA032", role: "asked" }]],
    // A passed verb negated is not a pass: « jamais fait », « pas encore validé », "haven't taken".
    ["j'ai jamais fait UTC502, je peux faire SMB101 ?", [{ code: "UTC502", role: "missing" }, { code: "SMB101", role: "asked" }]],
    ["je n'ai pas encore validé UTC505 ni UTC501, RSX101 c'est possible ?", [{ code: "UTC505", role: "missing" }, { code: "UTC501", role: "missing" }, { code: "RSX101", role: "asked" }]],
    ["I haven't taken NFA031 yet, can I do NFA032?", [{ code: "NFA031", role: "missing" }, { code: "NFA032", role: "asked" }]],
    ["could I skip NFA032 and go straight to NFP119?", [{ code: "NFA032", role: "missing" }, { code: "NFP119", role: "asked" }]],
    ["puis-je faire NFP119 sans NFA032 ?", [{ code: "NFP119", role: "asked" }, { code: "NFA032", role: "missing" }]],
    ["j'ai raté UTC505 avec 7, je peux prendre RSX101 ?", [{ code: "UTC505", role: "failed", grade: 7 }, { code: "RSX101", role: "asked" }]],
    ["I failed NFA031, can I still do NFA032?", [{ code: "NFA031", role: "failed" }, { code: "NFA032", role: "asked" }]],
    ["I have 8 in NFA031, what now?", [{ code: "NFA031", role: "failed", grade: 8 }]],
    // Grades listed one after the other, each with its unit.
    ["j'ai eu 8 en UTC501 et 14 en UTC504", [{ code: "UTC501", role: "failed", grade: 8 }, { code: "UTC504", role: "passed", grade: 14 }]],
    ["I got 7/20 in UTC502 and 12/20 in UTC503", [{ code: "UTC502", role: "failed", grade: 7 }, { code: "UTC503", role: "passed", grade: 12 }]],
    // A grade out of 20 right after a code says how it went, with no verb: « suivi » alone would not.
    [
      "l'an dernier j'ai suivi NFA031 (12/20), NFA032 (8/20), je voudrais faire NFP119",
      [{ code: "NFA031", role: "passed", grade: 12 }, { code: "NFA032", role: "failed", grade: 8 }, { code: "NFP119", role: "asked" }],
    ],
    // « , and » still lists; « j'ai que » is a pass (the only one).
    [
      "I passed UTC504 and UTC505, and RSX101 last year, I'd like SEC105",
      [{ code: "UTC504", role: "passed" }, { code: "UTC505", role: "passed" }, { code: "RSX101", role: "passed" }, { code: "SEC105", role: "asked" }],
    ],
    ["jpeux faire nfp119 si jai que nfa031 ?", [{ code: "NFP119", role: "asked" }, { code: "NFA031", role: "passed" }]],
    // Codes typed with their letters once, a range written short, a failure said after the code, a grade after « took ».
    [
      "g valide nfa031 032 et 035",
      [{ code: "NFA031", role: "passed" }, { code: "NFA032", role: "passed" }, { code: "NFA035", role: "passed" }],
    ],
    ["I passed UTC501 to 505", ["UTC501", "UTC502", "UTC503", "UTC504", "UTC505"].map((code) => ({ code, role: "passed" }))],
    ["UTC505 oui, mais NFA031 je l'ai ratée avec 6", [{ code: "UTC505", role: "passed" }, { code: "NFA031", role: "failed", grade: 6 }]],
    ["I took NFA031 in June and got 8, can I start NFA032?", [{ code: "NFA031", role: "failed", grade: 8 }, { code: "NFA032", role: "asked" }]],
    // Named first, graded later: the grade says how each went.
    [
      "j'ai suivi GFN106 et CFA109 ce printemps, j'ai eu 11 en GFN106 et 8,5 en CFA109",
      [{ code: "GFN106", role: "passed", grade: 11 }, { code: "CFA109", role: "failed", grade: 8.5 }],
    ],
  ] as const)("%j", (text, mentions) => {
    expect(unitMentions(text)).toEqual(mentions);
  });
});

describe("readYesNo: a clear no with its reason, not a question asked instead", () => {
  it.each<[string, "yes" | "no" | undefined]>([
    ["non merci je vais appeler directement", "no"],
    ["no thanks I'll call them", "no"],
    // A question after the no, with or without its question mark, is a question.
    ["non merci mais c'est quoi une US", undefined],
    ["non merci, comment on s'inscrit", undefined],
    ["no thanks, what is a UA?", undefined],
  ])("%j → %s", (text, answer) => {
    expect(readYesNo(text)).toBe(answer);
  });
});

describe("readHavingYesNo: yes or no to « have you validated it? », with words about having it", () => {
  it.each<[string, "yes" | "no" | undefined]>([
    ["oui je l'ai", "yes"],
    ["yes I have it", "yes"],
    ["oui, validée", "yes"],
    ["yes both", "yes"],
    ["non pas encore", "no"],
    ["no I haven't", "no"],
    // The answer first, then what the learner adds, unless that is a question of its own.
    ["nan pas encore, je comptais le prendre en parallèle", "no"],
    ["yep, passed it last June", "yes"],
    ["oui mais je n'ai jamais fait de C", "yes"],
    ["oui, et les cours sont quand ?", undefined],
    ["non, c'est quoi cette UE ?", undefined],
    ["jamais", "no"],
    ["oui mais c'est quoi une UA ?", undefined],
    ["je sais pas", undefined],
  ])("%j → %s", (text, answer) => {
    expect(readHavingYesNo(text)).toBe(answer);
  });
});

describe("isSemesterOnly: a semester said alone, as a follow-up", () => {
  it.each(["au second semestre", "S2 svp", "et en février ?", "le 2", "what about S2 then?", "plutôt au premier semestre svp", "next semester", "et le S1 ?"])("%j is a semester alone", (text) => {
    expect(isSemesterOnly(text)).toBe(true);
  });
  it.each(["quand commence le S2 ?", "puis-je m'inscrire à NFA031 en S1 ?", "c'est quoi un semestre ?", "oui", "merci", "les examens du S1 ?"])("%j is not", (text) => {
    expect(isSemesterOnly(text)).toBe(false);
  });
});

describe("a value given alone, as the answer to the assistant's own request for it", () => {
  it.each<[string, ReturnType<typeof readQuantityAlone>]>([
    ["euh 3", { ects: 3 }],
    ["hmm, pour une UE de 4", { ects: 4 }],
    ["disons 54 h", { hours: 54 }],
    ["well, 8 credits", { ects: 8 }],
    ["3 ou 4 je sais pas", undefined],
  ])("%j", (text, expected) => {
    expect(readQuantityAlone(text)).toEqual(expected);
  });

  it.each<[string, number | undefined]>([
    ["euh 11", 11],
    ["j'ai eu 9,5 sur 20", 9.5],
    ["pile 10", 10],
    ["11 en NFA031 et 8 en UTC505", undefined],
  ])("%j is a grade", (text, expected) => {
    expect(readGradeAlone(text)).toBe(expected);
  });
});
