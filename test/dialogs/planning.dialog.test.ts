import { beforeAll, describe, expect, it, vi } from "vitest";
import { keptForALaterPlan, readConstraints, readConstraintsAnswer, type StatedConstraints } from "../../dialogs/planning/planning.constraints";
import { readPassedAnswer, saysNothingPassed } from "../../dialogs/planning/planning.passed";
import type { Catalog } from "../../domain/catalog/catalog";
import { createUnderstanding } from "../../domain/understanding/understanding";
import { InMemoryLearnerRepository } from "../../infra/learners/in-memory-learner.repository";
import { learner } from "../domain/builders";
import { cardProblems } from "../support/adaptive-card";
import { shippedData, TEST_NOW, testServices } from "../support/advisor-services";
import { botConversation } from "../support/bot";
import { replyText, type ReplyExpectation } from "../support/turn-table";

const buttons = (reply: { suggestedActions?: { actions: { title?: string }[] } } | undefined) => reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

/** The constraints question, with its defaults said (TEST_NOW is in 2026-2027 S1). */
const ASK_CONSTRAINTS = /^Je pars de ceci : 3 soirs par semaine au plus, .*à partir de 2026-2027 S2\. Dites-moi ce qui change/;
const ASK_PASSED = /Quelles UE avez-vous déjà validées \?/;
/** A plan made without asking: what it assumes first, then the plan, then how to refine it. */
const ASSUMES_NONE = /^Au plus vite, sans UE déjà validée, et en partant de ceci : 3 soirs par semaine au plus/;
const ASSUMES_NONE_EN = /^As fast as possible, with no unit passed yet, and assuming: at most 3 evenings a week/;
const REFINE_HINT = /^Pour un plan à votre mesure, dites-moi ce qui change : des UE validées \(« j'ai validé /;
const REFINE_HINT_EN = /^For a plan of your own, tell me what is different: units passed \("I passed /;

/** A plan reply: its text checked by `check`, and the advisor's validation always offered. */
const plan =
  (check: (text: string) => void): ReplyExpectation =>
  (reply) => {
    const text = replyText(reply);
    expect(text).toMatch(/^Votre plan pour /);
    expect(text).toMatch(/un conseiller le valide avec vous/);
    expect(text).toMatch(/Voulez-vous que je transmette ce plan à un conseiller/);
    expect(buttons(reply)).toEqual(expect.arrayContaining(["Oui", "Non merci"]));
    check(text);
  };

/** The semester headlines of a plan: « 2026-2027 S2 (février à juin) — 2 soirs par semaine (lundi, mercredi) — 6 ECTS ». */
const semesters = (text: string) => text.split("\n").filter((line) => /^\d{4}-\d{4} S[12] \(/.test(line));

describe("planning dialog: a signed-in learner's record", () => {
  it("plans demo-13's semesters; the critical path is a prerequisite chain", async () => {
    const { play } = await botConversation({ userId: "demo-13" });
    await play([
      { user: "planifier mes semestres", bot: [ASK_CONSTRAINTS] },
      {
        user: "ok",
        bot: [
          plan((text) => {
            expect(text).toMatch(/Diplôme d'ingénieur.*\(CYC9106A\) : 2 semestres, diplôme complet en 2027-2028 S1/);
            expect(text).not.toMatch(/pas sur votre dossier/);
            expect(semesters(text)).toHaveLength(2);
            expect(text).toMatch(/- UTC505 .*3 ECTS, 30 h — cours du soir : mercredi 18:15-20:00/);
            expect(text).toMatch(/Pourquoi pas plus vite \?\n- Les prérequis s'enchaînent : UTC505 → RSX101/);
            expect(text).toMatch(/Hypothèses : chaque UE planifiée est validée du premier coup ; les UE reviennent chaque année/);
          }),
        ],
      },
    ]);
  });

  it("plans demo-14's semesters; ENG261, offered only in S1, makes the plan wait", async () => {
    const { play } = await botConversation({ userId: "demo-14" });
    await play([
      {
        // A duration asked: answered at once from the record, with the constraints assumed, and how to change them.
        user: "en combien de temps je peux finir mon diplôme ?",
        bot: [
          /^Au plus vite, d'après votre dossier, et en partant de ceci : 3 soirs par semaine au plus/,
          plan((text) => {
            expect(text).toMatch(/diplôme complet en 2027-2028 S1/);
            expect(text).toMatch(/ENG261 n'est proposée qu'au premier semestre/);
            // The UA's credits are said apart from the taught units' (which a per-semester limit counts).
            expect(text).toMatch(/2027-2028 S1 \(septembre à janvier\) — aucun soir — 3 ECTS de cours \+ 18 ECTS d'unité d'activité/);
          }),
          /^Si vos disponibilités sont autres, dites-le avec vos mots/,
        ],
      },
    ]);
  });

  it("takes « 0 soir » from a learner whose enrolments are kept: no contradiction to explain, the plan says what relaxing gives", async () => {
    // demo-07 is enrolled in 2026-2027 S2 (NFA009, NFA041, NFP121 in the evening): that semester holds them whatever the limit.
    const { play } = await botConversation({ userId: "demo-07" });
    await play([
      { user: "planifier mes semestres", bot: [ASK_CONSTRAINTS] },
      {
        user: "0 soir",
        bot: [
          (reply) => {
            expect(replyText(reply)).not.toMatch(/^Avec 0 soir par semaine/);
            expect(replyText(reply)).toMatch(/Avec 1 soir par semaine, vous finiriez en \d{4}-\d{4} S[12]/);
          },
        ],
      },
    ]);
  });

  it("reads the record with the turn, once per turn that needs it, and offers the first semester's checks and the handoff", async () => {
    const services = await testServices();
    const getLearner = vi.spyOn(services.learners, "getLearner");
    const { play } = await botConversation({ userId: "demo-13", services });
    await play([
      { user: "planifier mes semestres", bot: [ASK_CONSTRAINTS] },
      {
        user: "ok",
        bot: [(reply) => expect(buttons(reply)).toEqual(expect.arrayContaining(["Puis-je m'inscrire à UTC502 en 2026-2027 S2 ?", "Puis-je m'inscrire à UTC505 en 2026-2027 S2 ?"]))],
      },
      { user: "oui", bot: [/^Ici, je ne pourrai pas vous faire parvenir la réponse\. Pour qu'un conseiller vous réponde/] },
    ]);
    expect(getLearner).toHaveBeenCalledTimes(2);
  });

  it("shows the plan as a valid Adaptive Card on card channels, its full text as the summary, buttons to check the first semester's units", async () => {
    const { play } = await botConversation({ userId: "demo-13", channelId: "emulator" });
    await play([
      { user: "plan my semesters", bot: [/^I assume: at most 3 evenings a week/] },
      {
        user: "ok",
        bot: [
          (reply) => {
            const card = reply.attachments?.[0];
            expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
            expect(cardProblems(card?.content)).toEqual([]);
            const content = card?.content as { body: { text?: string }[]; actions: { data: { text: string } }[] };
            expect(content.body[0]?.text).toMatch(/\(CYC9106A\)/);
            expect(content.actions.map((a) => a.data.text)).toEqual(["Can I enrol in UTC502 in 2026-2027 S2?", "Can I enrol in UTC505 in 2026-2027 S2?"]);
            expect(reply.summary).toMatch(/Why not faster\?[\s\S]*UTC505 → RSX101/);
            expect(reply.summary).toMatch(/an advisor/);
          },
        ],
      },
    ]);
  });

  it("asks which diploma when the learner is registered in two, and takes « le deuxième »", async () => {
    const { learners } = await shippedData();
    const twoDiplomas = learner({
      id: "demo-99",
      registrations: [
        { diploma: "LG02501A", since: "2025-2026 S1" },
        { diploma: "CYC9106A", since: "2025-2026 S1" },
      ],
    });
    const services = await testServices({ learners: new InMemoryLearnerRepository([...learners, twoDiplomas]) });
    const { play } = await botConversation({ userId: "demo-99", services });
    await play([
      {
        user: "planifier mes semestres",
        bot: [
          (reply) => {
            expect(replyText(reply)).toMatch(/^Vous êtes inscrit\(e\) à plusieurs diplômes : .*LG02501A.*CYC9106A.*Lequel dois-je planifier \?/);
            expect(buttons(reply)).toHaveLength(2);
          },
        ],
      },
      { user: "le deuxième", bot: [ASK_CONSTRAINTS] },
      { user: "2 soirs", bot: [plan((text) => expect(text).toMatch(/\(CYC9106A\)/))] },
    ]);
  });
});

describe("planning dialog: a visitor's indicative plan", () => {
  it("asks the diploma, the units passed and the constraints, then says the plan rests on what they said", async () => {
    const { play } = await botConversation({ userId: "visitor-1" });
    await play([
      { user: "plan my semesters", bot: [/^Without your record, I make an indicative plan from what you tell me\. Which diploma/] },
      { user: "the fourth one", bot: [/^Which units have you already passed\?/] },
      { user: "NFA031 and NFA032", bot: [/^I assume: at most 3 evenings a week/] },
      {
        user: "2",
        bot: [
          (reply) => {
            const text = replyText(reply);
            expect(text).toMatch(/^Your plan for .*\(LG02501A\)/);
            expect(text).toMatch(/at most 2 evenings a week/);
            expect(text).toMatch(/an advisor/i);
            expect(text).not.toMatch(/- NFA031 /);
          },
        ],
      },
    ]);
  });

  it("takes the diploma from the question, and the units passed in the learner's words", async () => {
    const { play } = await botConversation({ userId: "visitor-2" });
    await play([
      { user: "je voudrais planifier mes semestres pour finir ma licence", bot: [/^Sans votre dossier, je fais un plan indicatif[\s\S]*Quelles UE avez-vous déjà validées \?/] },
      { user: "aucune", bot: [ASK_CONSTRAINTS] },
      {
        user: "deux soirs",
        bot: [
          plan((text) => {
            expect(text).toMatch(/Licence informatique \(L3\) \(LG02501A\)/);
            expect(text).toMatch(/Il repose sur ce que vous m'avez dit, pas sur votre dossier/);
            for (const line of semesters(text)) expect(line).toMatch(/— ([12] soirs? par semaine|aucun soir)/);
          }),
        ],
      },
    ]);
  });
});

describe("planning dialog: a question about the diploma in general", () => {
  it("plans at once, says what it assumes, and plans again with what the learner then says", async () => {
    const { send } = await botConversation({ userId: "visitor-general" });
    const first = (await send("combien de temps pour faire la licence en cours du soir ?")).map(replyText);
    expect(first[0]).toMatch(/^Au plus vite, sans UE déjà validée, et en partant de ceci : 3 soirs par semaine au plus/);
    expect(first[1]).toMatch(/^Votre plan pour Licence informatique \(L3\) \(LG02501A\) : \d semestres?/);
    expect(first[2]).toMatch(REFINE_HINT);
    // Units said passed: the same plan without them.
    const refined = (await send("j'ai déjà validé UTC501 et UTC505")).map(replyText);
    expect(refined[0]).toMatch(/^Au plus vite, avec UTC501 et UTC505 déjà validées/);
    expect(refined[1]).not.toMatch(/- UTC501 |- UTC505 /);
    // A constraint next: kept with the units.
    const constrained = (await send("pas le samedi")).map(replyText);
    expect(constrained[0]).toMatch(/^Au plus vite, avec UTC501 et UTC505 déjà validées, et en partant de ceci : 3 soirs par semaine au plus, pas le samedi,/);
    expect(constrained[1]).not.toMatch(/samedi \d|\(.*samedi.*\) —/);
  });

  it("plans again with units said passed in any words, whatever job the message would go to on its own", async () => {
    const { send } = await botConversation({ userId: "visitor-general-words" });
    await send("combien de temps pour faire la licence en cours du soir ?");
    // On its own, a question naming units after units passed goes to an enrolment check; after a plan, it plans again.
    for (const message of ["j'ai validé UTC501 et UTC505 ça change le plan ?", "et si j'ai validé UTC501 et UTC505 ?"]) {
      const refined = (await send(message)).map(replyText);
      expect(refined[0], message).toMatch(/^Au plus vite, avec UTC501 et UTC505 déjà validées/);
    }
  });

  it("asks the learner's own units when they ask for a plan of their own", async () => {
    const { send } = await botConversation({ userId: "visitor-own" });
    expect((await send("je voudrais planifier mes semestres pour la licence")).map(replyText).join("\n")).toMatch(/Quelles UE avez-vous déjà validées \?/);
  });

  it("answers a duration asked of oneself at once, from no unit passed (said so), then plans again with what the learner says", async () => {
    const { play } = await botConversation({ userId: "visitor-own-duration" });
    await play([
      {
        user: "en combien de temps je peux finir ma licence ?",
        bot: [/^Vous ne m'avez cité aucune UE validée : je n'en compte aucune\. Au plus vite, en partant de ceci : 3 soirs par semaine au plus/, /^Votre plan pour Licence informatique/, REFINE_HINT],
      },
      { user: "j'ai déjà UTC501 à UTC503", bot: [/^Au plus vite, avec UTC501, UTC502 et UTC503 déjà validées/, plan((text) => expect(text).not.toMatch(/- UTC50[123] /)), REFINE_HINT] },
    ]);
    const english = await botConversation({ userId: "visitor-own-duration-en" });
    await english.play([{ user: "How many semesters will it take me to finish the licence if I can do three evenings a week?", bot: [/^You named no unit passed: I count none\. As fast as possible, assuming: at most 3 evenings a week/, /^Your plan for Licence informatique/, REFINE_HINT_EN] }]);
  });

  it("leaves a new question after the plan to its own job", async () => {
    const { send } = await botConversation({ userId: "visitor-next" });
    await send("How long does it take to complete the licence?");
    expect((await send("what is NFA031?")).map(replyText).join("\n")).toMatch(/^NFA031 — /);
  });
});

describe("planning dialog: a first message that says no unit is passed yet", () => {
  it.each([
    ["fr", "Pour l'instant je n'ai aucune UE de validée : en combien de temps je peux avoir ma licence ?", ASSUMES_NONE, /^Votre plan pour Licence informatique \(L3\) \(LG02501A\)/, REFINE_HINT],
    ["fr", "je recommence tout à zéro, combien de semestres pour finir ma licence ?", ASSUMES_NONE, /^Votre plan pour Licence informatique/, REFINE_HINT],
    ["fr", "pas encore d'UE au compteur, quand est-ce que je peux finir ma licence ?", ASSUMES_NONE, /^Votre plan pour Licence informatique/, REFINE_HINT],
    ["en", "I've not passed a single unit so far, how long until I finish my licence?", ASSUMES_NONE_EN, /^Your plan for Licence informatique \(L3\) \(LG02501A\)/, REFINE_HINT_EN],
    ["en", "Never studied at the Cnam before: how long until I finish my licence?", ASSUMES_NONE_EN, /^Your plan for Licence informatique/, REFINE_HINT_EN],
    ["en", "zero units so far, plan my semesters for the licence", ASSUMES_NONE_EN, /^Your plan for Licence informatique/, REFINE_HINT_EN],
  ])("(%s) « %s »: not asked the units passed, planned at once from none", async (_language, first, assumes, title, hint) => {
    const { play } = await botConversation({ userId: "visitor-zero" });
    await play([{ user: first, bot: [assumes, title, hint] }]);
  });

  it("asks only the diploma when it is not named, then plans at once", async () => {
    const { play } = await botConversation({ userId: "visitor-zero-d" });
    await play([
      { user: "je n'ai encore aucun crédit, quand est-ce que je peux finir mon diplôme ?", bot: [/Pour quel diplôme dois-je planifier vos semestres \?/] },
      { user: "la licence", bot: [ASSUMES_NONE, /^Votre plan pour Licence informatique/, REFINE_HINT] },
    ]);
  });

  it("takes « nothing » said with the diploma, in the answer to the diploma question", async () => {
    const { play } = await botConversation({ userId: "visitor-zero-e" });
    await play([
      { user: "plan my semesters", bot: [/Which diploma should I plan your semesters for\?/] },
      { user: "the licence, and no units so far", bot: [ASSUMES_NONE_EN, /^Your plan for Licence informatique/, REFINE_HINT_EN] },
    ]);
  });

  it("then plans again with the units the learner remembers after all", async () => {
    const { send } = await botConversation({ userId: "visitor-zero-r" });
    await send("je n'ai jamais suivi d'UE au Cnam, combien de temps pour finir ma licence ?");
    const refined = (await send("ah si, j'ai validé UTC501")).map(replyText);
    expect(refined[0]).toMatch(/^Au plus vite, avec UTC501 déjà validée/);
    expect(refined[1]).not.toMatch(/- UTC501 /);
  });

  it("plans again from none when the learner takes back the units first said", async () => {
    const { send } = await botConversation({ userId: "visitor-zero-b" });
    expect((await send("j'ai validé UTC501, combien de temps pour finir ma licence ?")).map(replyText)[0]).toMatch(/^Au plus vite, avec UTC501 déjà validée/);
    expect((await send("non, en fait je n'ai encore rien validé")).map(replyText)[0]).toMatch(ASSUMES_NONE);
  });

  it.each([
    "Pour le moment je n'ai rien de validé",
    "je n'ai encore passé aucune unité",
    "je démarre de rien",
    "je n'ai jamais été inscrite au Cnam",
    "c'est la première fois au Cnam",
    "I haven't completed any units yet",
    "nothing validated so far",
    "I've got no credits at all",
    "new to the Cnam",
    "I'm beginning from scratch",
  ])("« %s » says that nothing is passed", (text) => {
    expect(saysNothingPassed(text)).toBe(true);
  });

  it.each([
    "je n'ai pas validé UTC502",
    "j'ai validé NFA031",
    "je n'ai rien validé à part NFA031",
    "je n'ai jamais fait UTC502",
    "je n'ai pas de cours le mardi",
    "rien le samedi",
    "je ne comprends rien",
    "I don't have classes on Fridays",
    "I have not passed NFA031",
    "I got a zero in UTC501",
    "aucune idée",
  ])("« %s » does not say that nothing is passed", (text) => {
    expect(saysNothingPassed(text)).toBe(false);
  });
});

describe("planning dialog: the units-passed question answered with constraints", () => {
  it("(fr) units and a constraint: both kept, the constraints not asked", async () => {
    const { play } = await botConversation({ userId: "visitor-pc" });
    await play([
      { user: "planifie mes semestres pour la licence", bot: [ASK_PASSED] },
      {
        user: "NFA031 uniquement, et pas le vendredi",
        bot: [
          plan((text) => {
            expect(text).toMatch(/vos contraintes : 3 soirs par semaine au plus, pas le vendredi/);
            expect(text).not.toMatch(/- NFA031 /);
            semesters(text).forEach((line) => expect(line).not.toMatch(/vendredi/));
          }),
        ],
      },
    ]);
  });

  it("(en) units and a constraint: both kept, the constraints not asked", async () => {
    const { play } = await botConversation({ userId: "visitor-pc-en" });
    await play([
      { user: "plan my semesters for the licence", bot: [/Which units have you already passed\?/] },
      {
        user: "just UTC505, and two evenings at most",
        bot: [
          (reply) => {
            const text = replyText(reply);
            expect(text).toMatch(/^Your plan for Licence informatique/);
            expect(text).toMatch(/your constraints: at most 2 evenings a week/);
            expect(text).not.toMatch(/- UTC505 /);
          },
        ],
      },
    ]);
  });

  it("(fr) constraints only: planned from no unit, which it says, with how to add units", async () => {
    const { play, send } = await botConversation({ userId: "visitor-co" });
    await play([
      { user: "planifie mes semestres pour la licence", bot: [ASK_PASSED] },
      {
        user: "en fait je ne peux venir que deux soirs",
        bot: [
          /^Vous ne m'avez cité aucune UE validée : je n'en compte aucune\. Au plus vite, en partant de ceci : 2 soirs par semaine au plus/,
          plan((text) => expect(text).toMatch(/vos contraintes : 2 soirs par semaine au plus/)),
          REFINE_HINT,
        ],
      },
    ]);
    // « j'ai validé … » plans again, the constraint kept.
    const refined = (await send("j'ai validé UTC501 et UTC502")).map(replyText);
    expect(refined[0]).toMatch(/^Au plus vite, avec UTC501 et UTC502 déjà validées, et en partant de ceci : 2 soirs par semaine au plus/);
  });

  it("(en) constraints only: planned from no unit, which it says", async () => {
    const { play } = await botConversation({ userId: "visitor-co-en" });
    await play([
      { user: "plan my semesters for the licence", bot: [/Which units have you already passed\?/] },
      {
        user: "Saturdays are impossible for me",
        bot: [/^You named no unit passed: I count none\. As fast as possible, assuming: at most 3 evenings a week, not on Saturday/, /^Your plan for Licence informatique/, REFINE_HINT_EN],
      },
    ]);
  });

  it("« none » with a constraint: no unit, the constraint kept, nothing more asked nor said about units", async () => {
    const { play } = await botConversation({ userId: "visitor-nc" });
    await play([
      { user: "planifie mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "aucune, et à partir de septembre", bot: [plan((text) => expect(semesters(text)[0]).toMatch(/^2027-2028 S1/))] },
    ]);
  });

  it("« nothing » in other words at the question: taken as « aucune »", async () => {
    const { play } = await botConversation({ userId: "visitor-nw" });
    await play([
      { user: "planifie mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "pour l'instant rien de validé", bot: [ASK_CONSTRAINTS] },
      { user: "ok", bot: [plan(() => undefined)] },
    ]);
  });

  it("keeps the constraint said with an unknown code while the codes are asked again", async () => {
    const { play } = await botConversation({ userId: "visitor-uc" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "NFA039, et deux soirs", bot: [/^Je ne trouve pas NFA039/] },
      { user: "NFA031", bot: [plan((text) => expect(text).toMatch(/vos contraintes : 2 soirs par semaine au plus/))] },
    ]);
  });

  it("does not take a question about a semester for a constraint at that question", async () => {
    const { play } = await botConversation({ userId: "visitor-q" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "quand commence le second semestre ?", bot: [(reply) => expect(replyText(reply)).not.toMatch(/^Votre plan pour |^Vous ne m'avez cité/)] },
    ]);
  });

  it.each([
    ["UTC501 à UTC503, pas le lundi", { codes: ["UTC501", "UTC502", "UTC503"], none: false, stated: { unavailableDays: ["monday"] } }],
    ["NFA031 au premier semestre", { codes: ["NFA031"], none: false, stated: {} }],
    ["NFA031, et je commence en février", { codes: ["NFA031"], none: false, stated: { firstSemester: "2026-2027 S2" } }],
    ["rien, sauf NFA031", { codes: ["NFA031"], none: false, stated: {} }],
    ["none, only distance please", { codes: [], none: true, stated: { modalities: { only: ["distance"] } } }],
    ["j'ai validé NFA031 mais j'ai raté NFA032", { codes: ["NFA031"], none: false, stated: {} }],
  ] as const)("the units-passed question reads « %s »", (text, expected) => {
    expect(readPassedAnswer(text, { none: /^\s*(aucune?|rien|none|nothing)\b/, exists: () => true, now: TEST_NOW })).toEqual(expected);
  });
});

describe("planning dialog: a first message that gives what the plan needs", () => {
  it("(fr) units passed and the diploma: planned at once, assumptions said, then refined", async () => {
    const { send } = await botConversation({ userId: "visitor-all" });
    const first = (await send("J'ai validé UTC501 et UTC502 ; combien de temps me faut-il pour terminer la licence ?")).map(replyText);
    expect(first[0]).toMatch(/^Au plus vite, avec UTC501 et UTC502 déjà validées, et en partant de ceci : 3 soirs par semaine au plus/);
    expect(first[1]).toMatch(/^Votre plan pour Licence informatique/);
    expect(first[1]).not.toMatch(/- UTC501 |- UTC502 /);
    expect(first[2]).toMatch(REFINE_HINT);
    const refined = (await send("pas le samedi")).map(replyText);
    expect(refined[0]).toMatch(/^Au plus vite, avec UTC501 et UTC502 déjà validées, et en partant de ceci : 3 soirs par semaine au plus, pas le samedi/);
  });

  it("(en) units passed, a constraint and the diploma: planned at once with them", async () => {
    const { play } = await botConversation({ userId: "visitor-all-en" });
    await play([
      {
        user: "I passed NFA031 and NFA032 and can only come two evenings: when can I finish my licence?",
        bot: [/^As fast as possible, with NFA031 and NFA032 already passed, and assuming: at most 2 evenings a week/, /^Your plan for Licence informatique/, REFINE_HINT_EN],
      },
    ]);
  });

  it("takes days said alone at the constraints question as the only days (« le mardi et le jeudi soir » got the page on class times; \"Tuesday and Thursday evenings only\" a plan on Mondays: false)", async () => {
    const fr = await botConversation({ userId: "visitor-days-fr" });
    await fr.send("planifie-moi la licence s'il te plaît");
    await fr.send("aucune pour l'instant");
    const days = (await fr.send("le mardi et le jeudi soir")).map(replyText).join("\n");
    expect(days).toMatch(/^Je ne trouve pas de plan pour Licence informatique \(L3\)/);
    expect(days).toMatch(/UTC501 et UTC502 n'ont lieu que le lundi, quand vous ne pouvez pas venir/);
    const en = await botConversation({ userId: "visitor-days-en" });
    await en.send("Plan my semesters for the licence please");
    await en.send("I haven't passed anything yet");
    const only = (await en.send("Tuesday and Thursday evenings only")).map(replyText).join("\n");
    expect(only).toMatch(/^I find no plan for Licence informatique \(L3\)/);
    expect(only).toMatch(/UTC501 and UTC502 meet only on Mondays, when you cannot come/);
  });

  it("a signed-in learner's plan made without asking says it rests on the record, not on « no unit passed »", async () => {
    const { send } = await botConversation({ userId: "demo-13" });
    const replies = (await send("combien de temps pour faire la licence en cours du soir ?")).map(replyText);
    expect(replies[0]).toMatch(/^Au plus vite, d'après votre dossier, et en partant de ceci :/);
  });
});

describe("planning dialog: each constraint, in the learner's words", () => {
  const visitorPlan = async (answer: string) => {
    const { send } = await botConversation({ userId: "visitor-c" });
    await send("planifier mes semestres pour la licence");
    await send("aucune");
    const replies = await send(answer);
    return replies.map(replyText).join("\n");
  };

  it.each([
    ["evenings a week", "deux soirs", (text: string) => semesters(text).forEach((line) => expect(line).not.toMatch(/— [3-6] soirs/))],
    ["a bare number", "2", (text: string) => expect(text).toMatch(/vos contraintes : 2 soirs par semaine au plus/)],
    ["ECTS a semester", "12 ECTS max par semestre", (text: string) => semesters(text).forEach((line) => expect(Number(/— (\d+) ECTS/.exec(line)?.[1])).toBeLessThanOrEqual(12))],
    ["a day they cannot attend", "pas le vendredi", (text: string) => semesters(text).forEach((line) => expect(line).not.toMatch(/vendredi/))],
    ["modalities", "pas à distance", (text: string) => expect(text).not.toMatch(/à distance \(FOAD\)\n|— à distance \(FOAD\)/)],
    ["the first semester", "à partir de septembre", (text: string) => expect(semesters(text)[0]).toMatch(/^2027-2028 S1/)],
    ["the first semester, as « au second semestre »", "au second semestre", (text: string) => expect(semesters(text)[0]).toMatch(/^2026-2027 S2/)],
  ])("%s: « %s »", async (_label, answer, check) => {
    const text = await visitorPlan(answer);
    expect(text).toMatch(/^Votre plan pour /);
    check(text);
  });

  it("explains 0 evenings, then asks again and plans with the new answer", async () => {
    const { play } = await botConversation({ userId: "visitor-z" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "aucune", bot: [ASK_CONSTRAINTS] },
      { user: "0 soir", bot: [/^Avec 0 soir par semaine, aucun cours en présentiel ne serait possible/, ASK_CONSTRAINTS] },
      { user: "3 soirs", bot: [plan(() => undefined)] },
    ]);
  });

  it("says which day blocks a plan (UTC501 and UTC502 are on Mondays only), and what coming that day would give", async () => {
    const { play } = await botConversation({ userId: "visitor-m" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "aucune", bot: [ASK_CONSTRAINTS] },
      {
        user: "pas le lundi",
        bot: [/^Je ne trouve pas de plan[\s\S]*UTC501 et UTC502 n'ont lieu que le lundi, quand vous ne pouvez pas venir\.[\s\S]*En venant aussi le lundi, vous finiriez en 2027-2028 S1 \(2 semestres\)/],
      },
    ]);
  });

  it("says which requirement blocks when no plan exists, and what relaxing a constraint would give", async () => {
    const { play } = await botConversation({ userId: "visitor-i" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "aucune", bot: [ASK_CONSTRAINTS] },
      {
        user: "à distance seulement",
        bot: [
          (reply) => {
            const text = replyText(reply);
            expect(text).toMatch(/^Je ne trouve pas de plan pour Licence informatique \(L3\) \(LG02501A\) avec ces contraintes/);
            expect(text).toMatch(/Ce qui donnerait un plan :/);
            expect(buttons(reply)).toContain("Parler à un conseiller");
          },
        ],
      },
    ]);
  });
});

describe("planning dialog: bad input", () => {
  it("names the closest codes for an unknown diploma, each a button", async () => {
    const { send } = await botConversation({ userId: "visitor-u" });
    const [reply] = await send("planifier mes semestres pour LG02502");
    expect(replyText(reply!)).toMatch(/^Je ne connais pas le diplôme LG02502\. Vouliez-vous dire LG02501A \?/);
    expect(buttons(reply)).toEqual(["Planifier mes semestres en LG02501A", "Parler à un conseiller"]);
  });

  it.each(["aucun", "je sais pas", "pas sûr"])("asks the diploma again, with examples, after « %s »", async (answer) => {
    const { play } = await botConversation({ userId: "visitor-d" });
    await play([
      { user: "que dois-je prendre au S2 pour finir au plus vite ?", bot: [/Pour quel diplôme dois-je planifier vos semestres \?/] },
      { user: answer, bot: [/^Donnez-moi le code du diplôme \(par exemple LG02501A\)/] },
      { user: "l'ingé cyber", bot: [/^Vous ne m'avez cité aucune UE validée : je n'en compte aucune\. Au plus vite/, /^Votre plan pour /, REFINE_HINT] },
    ]);
  });

  it("names the closest codes for an unknown unit, and asks the units again", async () => {
    const { play } = await botConversation({ userId: "visitor-v" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "NFA031 et NFA039", bot: [/^Je ne trouve pas NFA039 \(vouliez-vous dire NFA035, NFA032 ou NFA031 \?\) dans le catalogue\. Redonnez les codes/] },
      { user: "NFA031", bot: [ASK_CONSTRAINTS] },
    ]);
  });
});

describe("planning dialog: help, cancel and the advisor at every prompt", () => {
  const prompts: [string, string, string[], RegExp][] = [
    ["diploma", "visitor-help", ["planifier mes semestres"], /Pour quel diplôme dois-je planifier vos semestres \?/],
    ["units passed", "visitor-help", ["planifier mes semestres pour la licence"], ASK_PASSED],
    ["constraints", "demo-13", ["planifier mes semestres"], ASK_CONSTRAINTS],
  ];

  it.each(prompts)("at the %s prompt: help answers and asks again; cancel stops; 'conseiller' hands off", async (_name, userId, lead, prompt) => {
    const help = await botConversation({ userId });
    await help.play([
      { user: lead[0]!, bot: [prompt] },
      { user: "aide", bot: [/^Je peux : expliquer[\s\S]*planifier/i, prompt] },
      { user: "annuler", bot: [/^D'accord, j'abandonne/] },
      { user: "NFA031", bot: [/^NFA031 — Programmation avec Java/] },
    ]);

    const handoff = await botConversation({ userId: userId === "demo-13" ? userId : "visitor-handoff" });
    await handoff.send(lead[0]!);
    await handoff.play([{ user: "je veux parler à un conseiller", bot: [/^Je transmets votre demande à un conseiller/] }]);
  });
});

describe("planning phrasings", () => {
  it.each([
    "planifier mes semestres",
    "en combien de temps je peux finir ma licence ?",
    "que dois-je prendre au S2 pour finir au plus vite ?",
    "combien de semestres il me reste pour finir mon diplome",
    "quand est ce que je peux finir ma licence",
    "plan my semesters",
    "how long until I finish my degree?",
    "what's the fastest way to graduate?",
  ])("« %s » reaches the planner", async (text) => {
    const { entries } = await shippedData();
    expect(createUnderstanding(entries).understand(text).intent.kind).toBe("planning");
  });

  it.each([
    "combien de temps dure un examen ?",
    "combien de temps de travail perso pour une UE ?",
    "I plan to take two units a year",
    "puis-je m'inscrire à RSX101 au S2 ?",
    "où en suis-je dans ma licence ?",
    "c'est quoi une US ?",
  ])("« %s » is not taken for a plan", async (text) => {
    const { entries } = await shippedData();
    expect(createUnderstanding(entries).understand(text).intent.kind).not.toBe("planning");
  });

  it.each([
    ["deux soirs", { maxEvenings: 2 }],
    ["2", { maxEvenings: 2 }],
    ["un", { maxEvenings: 1 }],
    ["pas le lundi", { unavailableDays: ["monday"] }],
    ["au second semestre", { firstSemester: "2026-2027 S2" }],
    ["no Saturdays", { unavailableDays: ["saturday"] }],
    // The word nearest the day decides, not an « only » said of something else before it.
    ["seulement le soir, et jamais le jeudi", { unavailableDays: ["thursday"], modalities: { only: ["evening", "distance", "hybrid"] } }],
    // Ruled out after the day is named, up to the next day.
    ["le jeudi, pour moi c'est impossible", { unavailableDays: ["thursday"] }],
    ["Mondays and Tuesdays are fine, Fridays are out of the question", { unavailableDays: ["friday"] }],
    // The days one can come are the only ones; a time taken by work or children is ruled out.
    ["none yet. I can do Monday and Wednesday evenings", { unavailableDays: ["tuesday", "thursday", "friday", "saturday"] }],
    ["je suis dispo le mardi", { unavailableDays: ["monday", "wednesday", "thursday", "friday", "saturday"] }],
    ["je peux le lundi et le mercredi", { unavailableDays: ["tuesday", "thursday", "friday", "saturday"] }],
    // Days said alone answer which days: those only (« le mardi et le jeudi soir » had got the page on class times).
    ["le mardi et le jeudi soir", { unavailableDays: ["monday", "wednesday", "friday", "saturday"] }],
    ["mardi jeudi", { unavailableDays: ["monday", "wednesday", "friday", "saturday"] }],
    // « only » said of days said together is said of each (Tuesday had been ruled out, Thursday kept alone: false).
    ["Tuesday and Thursday evenings only", { unavailableDays: ["monday", "wednesday", "friday", "saturday"], modalities: { only: ["evening", "distance", "hybrid"] } }],
    ["seulement le mardi et le jeudi", { unavailableDays: ["monday", "wednesday", "friday", "saturday"] }],
    ["only tuesdays, not thursdays", { unavailableDays: ["monday", "wednesday", "thursday", "friday", "saturday"] }],
    ["lundi et mardi, pas le samedi", { unavailableDays: ["saturday"] }],
    ["je bosse le week-end", { unavailableDays: ["saturday"] }],
    ["le samedi je garde mes enfants", { unavailableDays: ["saturday"] }],
    ["je travaille le soir", { modalities: { remove: ["evening"] } }],
    ["impossible de venir en semaine", { unavailableDays: ["monday", "tuesday", "wednesday", "thursday", "friday"] }],
    ["je ne peux venir qu'à distance", { modalities: { only: ["distance"] } }],
    ["I can only do evenings", { modalities: { only: ["evening", "distance", "hybrid"] } }],
    // Units a semester, with the evenings or alone; « sans limite d'UE » lifts that limit, not the evenings'.
    ["2 soirs et 2 UE par semestre", { maxEvenings: 2, maxUnits: 2 }],
    ["une UE à la fois", { maxUnits: 1 }],
    ["sans limite d'UE", { maxUnits: null }],
  ] as const)("the constraints question reads « %s »", (text, expected) => {
    expect(readConstraintsAnswer(text, TEST_NOW)).toEqual(expected);
  });

  it.each([
    ["2 UE par semestre", 2],
    ["deux UE par semestre max", 2],
    ["une UE à la fois", 1],
    ["pas plus de 3 UE par semestre", 3],
    ["je prends 2 UE par semestre", 2],
    ["Si je prends 2 UE par semestre, je mets combien de temps pour faire la licence info ?", 2],
    ["trois UE maximum", 3],
    ["une seule UE par semestre", 1],
    ["moins de 3 UE par semestre", 2],
    ["two units per semester", 2],
    ["one unit at a time", 1],
    ["at most 2 courses a semester", 2],
    ["no more than three classes per term", 3],
  ] as const)("« %s » says a limit of %s units a semester", (text, maxUnits) => {
    expect(readConstraints(text, TEST_NOW)).toEqual({ maxUnits });
  });

  it.each([
    // A count of units, not a limit: units passed, asked about, or left.
    "2 UE",
    "j'ai validé 2 UE",
    "j'ai déjà validé 2 UE par semestre",
    "combien d'heures de cours pour 2 UE ?",
    "il me reste 2 UE",
    "I passed two units",
    "I plan to take two units a year",
    "2 UE au semestre prochain",
  ])("« %s » says no limit of units", (text) => {
    expect(readConstraints(text, TEST_NOW).maxUnits).toBeUndefined();
  });

  it("a lone number in a first message is not a constraint", () => {
    expect(readConstraints("2", TEST_NOW)).toEqual({});
  });

  it("working days rules out blocked days only; the evenings free and a night shift rule out nothing", () => {
    expect(readConstraints("je travaille en journée et le soir je suis libre", TEST_NOW)).toEqual({ modalities: { remove: ["blocked-days"] } });
    expect(readConstraints("je travaille de nuit", TEST_NOW)).toEqual({});
  });
});

describe("planning dialog: units listed after a plan", () => {
  it("« tout le tronc commun et GDN100 », « UTC501 à UTC503 et NFA031 »: the units passed, and the plan again", async () => {
    const { play } = await botConversation({ userId: "visitor-listed" });
    await play([
      { user: "en combien de temps je peux finir ma licence ?", bot: [/^Vous ne m'avez cité aucune UE validée/, /^Votre plan/, REFINE_HINT] },
      { user: "tout le tronc commun et GDN100", bot: [/^Au plus vite, avec GDN100, UTC501, UTC502, UTC503, UTC504 et UTC505 déjà validées/, plan((text) => expect(text).not.toMatch(/- (UTC50\d|GDN100) /)), REFINE_HINT] },
    ]);
    const other = await botConversation({ userId: "visitor-listed-2" });
    await other.play([
      { user: "combien de temps pour faire la licence ?", bot: [/^Au plus vite/, /^Votre plan/, REFINE_HINT] },
      { user: "UTC501 à UTC503 et NFA031", bot: [/^Au plus vite, avec NFA031, UTC501, UTC502 et UTC503 déjà validées/, plan(() => undefined), REFINE_HINT] },
    ]);
  });
});

describe("planning dialog: a limit of units a semester", () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = (await shippedData()).catalog;
  });

  /** The taught units of each semester of a plan, in order (activity units, which have no classes, apart). */
  const taughtBySemester = (text: string) => {
    const counts: number[] = [];
    let inSemester = false;
    for (const line of text.split("\n")) {
      if (/^\d{4}-\d{4} S[12] \(/.test(line)) {
        counts.push(0);
        inSemester = true;
      } else if (line.trim() === "") inSemester = false;
      else if (inSemester && catalog.units.get(/^- (\S+) /.exec(line)?.[1] ?? "")?.kind !== "UA") counts[counts.length - 1]! += 1;
    }
    return counts;
  };
  /** Every semester holds at most `limit` taught units, and the plan is no longer than the limit makes it. */
  const heldTo = (text: string, limit: number) => {
    const counts = taughtBySemester(text);
    expect(counts.length).toBeGreaterThan(0);
    for (const count of counts) expect(count).toBeLessThanOrEqual(limit);
    expect(counts).toHaveLength(Math.ceil(counts.reduce((sum, c) => sum + c, 0) / limit));
  };

  it("(fr) « si je prends 2 UE par semestre »: a plan of 2 units a semester at most, which the constraints say; « une UE à la fois » plans again with 1", async () => {
    const { send } = await botConversation({ userId: "visitor-units" });
    // (How long asked at a pace: the licence's taught units at that pace first, then the plan.)
    const [paced, ...first] = (await send("combien de temps pour faire la licence si je prends 2 UE par semestre ?")).map(replyText);
    expect(paced).toMatch(/^Licence informatique \(L3\) — 10 UE de cours : [^\n]*À 2 UE par semestre, il faut au moins 5 semestres \(2 ans et demi\)/);
    expect(first[0]).toMatch(/^Vous ne m'avez cité aucune UE validée : je n'en compte aucune\. Au plus vite, en partant de ceci : 3 soirs par semaine au plus, 2 UE par semestre au plus,/);
    expect(first[1]).toMatch(/^Votre plan pour Licence informatique \(L3\) \(LG02501A\)/);
    heldTo(first[1]!, 2);
    expect(first[1]).toMatch(/vos contraintes : 3 soirs par semaine au plus, 2 UE par semestre au plus,/);
    // The limit is what makes the plan long: what lifting it would give is said.
    expect(first[1]).toMatch(/Pourquoi pas plus vite \?\n- Sans limite d'UE par semestre, vous finiriez en \d{4}-\d{4} S[12] \(\d semestres?\)\./);
    expect(first[2]).toMatch(REFINE_HINT);

    const again = (await send("une UE à la fois")).map(replyText);
    expect(again[0]).toMatch(/^Au plus vite, sans UE déjà validée, et en partant de ceci : 3 soirs par semaine au plus, 1 UE par semestre au plus,/);
    heldTo(again[1]!, 1);
    expect(taughtBySemester(again[1]!).length).toBeGreaterThan(taughtBySemester(first[1]!).length);
    expect(again[1]).toMatch(/vos contraintes : 3 soirs par semaine au plus, 1 UE par semestre au plus,/);
  });

  it("(en) \"if I take two units per semester\", then \"one unit at a time\"", async () => {
    const { send } = await botConversation({ userId: "visitor-units-en" });
    const [paced, ...first] = (await send("How long will it take to finish the licence if I take two units per semester?")).map(replyText);
    expect(paced).toMatch(/^Licence informatique \(L3\) — 10 taught units: [^\n]*At 2 units a semester, that is at least 5 semesters \(2\.5 years\)/);
    expect(first[0]).toMatch(/^You named no unit passed: I count none\. As fast as possible, assuming: at most 3 evenings a week, at most 2 units a semester,/);
    expect(first[1]).toMatch(/^Your plan for Licence informatique/);
    heldTo(first[1]!, 2);
    expect(first[1]).toMatch(/your constraints: at most 3 evenings a week, at most 2 units a semester,/);
    expect(first[1]).toMatch(/- With no limit on units a semester, you would finish in \d{4}-\d{4} S[12]/);

    const again = (await send("one unit at a time")).map(replyText);
    heldTo(again[1]!, 1);
    expect(again[1]).toMatch(/your constraints: at most 3 evenings a week, at most 1 unit a semester,/);
  });

  it("at the constraints question: 0 units is explained and asked again, then the limit said is planned with", async () => {
    const { play } = await botConversation({ userId: "visitor-units-z" });
    await play([
      { user: "planifier mes semestres pour la licence", bot: [ASK_PASSED] },
      { user: "aucune", bot: [ASK_CONSTRAINTS] },
      { user: "0 UE par semestre", bot: [/^Avec 0 UE par semestre, il n'y a rien à planifier\. Combien d'UE pouvez-vous suivre par semestre au plus \?/, ASK_CONSTRAINTS] },
      { user: "pas plus de 3 UE par semestre", bot: [plan((text) => expect(text).toMatch(/vos contraintes : 3 soirs par semaine au plus, 3 UE par semestre au plus,/))] },
    ]);
  });

  it("a signed-in learner's enrolments stay where they are, more than the limit, and the other semesters keep to it", async () => {
    // demo-07 is enrolled in three units in 2026-2027 S2.
    const { play } = await botConversation({ userId: "demo-07" });
    await play([
      { user: "planifier mes semestres", bot: [ASK_CONSTRAINTS] },
      {
        user: "2 UE par semestre",
        bot: [
          plan((text) => {
            const [kept, ...others] = taughtBySemester(text);
            expect(kept).toBe(3);
            for (const count of others) expect(count).toBeLessThanOrEqual(2);
            expect(text).toMatch(/vos inscriptions \(NFA009, NFA041 et NFP121\) restent où elles sont ; vos contraintes : 3 soirs par semaine au plus, 2 UE par semestre au plus/);
          }),
        ],
      },
    ]);
  });
});

describe("planning constraints: busy but for some days", () => {
  it.each<[string, string[]]>([
    ["je travaille tous les soirs sauf le lundi", ["tuesday", "wednesday", "thursday", "friday"]],
    ["my evenings are mostly busy, except Mondays", ["tuesday", "wednesday", "thursday", "friday"]],
    ["je suis pris tous les jours sauf le mardi et le samedi", ["monday", "wednesday", "thursday", "friday"]],
  ])("%j: those days only, not those days ruled out", (text, unavailable) => {
    expect(readConstraints(text, new Date("2026-12-04")).unavailableDays).toEqual(unavailable);
  });
});

describe("times told beside a plan, kept for a plan asked later", () => {
  it.each<[string, StatedConstraints | undefined, StatedConstraints | undefined]>([
    ["j'ai un BTS SIO et je bosse le week-end", undefined, { unavailableDays: ["saturday"] }],
    ["I work weekends", undefined, { unavailableDays: ["saturday"] }],
    // Lifted: a day said free again, no longer worked, any day.
    ["en fait non, je suis libre le samedi", { unavailableDays: ["saturday"] }, { unavailableDays: [] }],
    ["je ne bosse plus le week-end", { unavailableDays: ["saturday"] }, { unavailableDays: [] }],
    ["I quit that job, I'm free any day now", { unavailableDays: ["saturday"] }, { unavailableDays: [] }],
    // Nothing kept: evenings taken by something else, a past limit, someone else's times, a question, a unit.
    ["I play football 2 evenings a week", undefined, undefined],
    ["L'an dernier je bossais le samedi", undefined, undefined],
    ["mon mari bosse le samedi", undefined, undefined],
    ["je bosse le samedi, NSY103 a cours le samedi ?", undefined, undefined],
    ["Is ANG320 only on Saturdays?", undefined, undefined],
  ])("« %s » after %j keeps %j", (text, before, after) => {
    expect(keptForALaterPlan(text, before)).toEqual(after);
  });
});
