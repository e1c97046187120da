import { describe, expect, it, vi } from "vitest";
import { readSemester } from "../../dialogs/eligibility/eligibility.dialog";
import { botConversation } from "../support/bot";
import { TEST_NOW, testServices } from "../support/advisor-services";
import { replyText } from "../support/turn-table";

const buttons = (reply: { suggestedActions?: { actions: { title?: string }[] } } | undefined) => reply?.suggestedActions?.actions.map((a) => a.title) ?? [];

describe("eligibility dialog: an identified learner's own record", () => {
  it("answers in one turn when the unit and the semester are given (demo-02: RSX101 once UTC505 is passed)", async () => {
    const { play } = await botConversation({ userId: "demo-02" });
    await play([
      {
        user: "puis-je m'inscrire à RSX101 au S2 ?",
        bot: [
          (reply) => {
            expect(replyText(reply)).toMatch(/^⚠️ Oui, mais sous condition : vous pourrez vous inscrire à RSX101 \(.*\) en 2026-2027 S2 une fois ceci réglé :/);
            expect(replyText(reply)).toMatch(/UTC505/);
            expect(replyText(reply)).not.toMatch(/Simulation indicative/);
            expect(buttons(reply)).toEqual(expect.arrayContaining(["Horaires de RSX101", "Parler à un conseiller", "👍 Utile"]));
          },
        ],
      },
    ]);
  });

  it("reads the learner's record once for the turn that decides", async () => {
    const services = await testServices();
    const getLearner = vi.spyOn(services.learners, "getLearner");
    const { send } = await botConversation({ userId: "demo-02", services });
    const [reply] = await send("puis-je m'inscrire à RSX101 au S2 ?");
    expect(replyText(reply!)).toMatch(/RSX101/);
    expect(getLearner).toHaveBeenCalledTimes(1);
  });

  it("asks for the semester when missing, then shows every reason and next step (demo-05: authorization)", async () => {
    const { play } = await botConversation({ userId: "demo-05" });
    await play([
      { user: "puis-je m'inscrire à ANG320 ?", bot: [/^Pour quel semestre \? 2026-2027 S2 \(février à juin\) ou 2027-2028 S1 \(septembre à janvier\)\.$/] },
      { user: "je ne sais pas", bot: [/^Répondez S1 ou S2/] },
      {
        user: "S2",
        bot: [
          (reply) => {
            const text = replyText(reply);
            expect(text).toMatch(/sous condition/);
            expect(text).toMatch(/autorisation/);
            expect(text).toMatch(/Téléchargez le modèle d'autorisation/);
            expect(buttons(reply)).toContain("Comment obtenir l'autorisation ?");
          },
        ],
      },
    ]);
  });

  it("refuses a US outside the learner's diplomas (demo-03)", async () => {
    const { send } = await botConversation({ userId: "demo-03" });
    const [reply] = await send("puis-je m'inscrire à USSI01 en S2 ?");
    expect(replyText(reply!)).toMatch(/^⛔ Non, vous ne pouvez pas vous inscrire à USSI01/);
  });

  it("says an unknown unit is unknown and names the closest codes", async () => {
    const { send } = await botConversation({ userId: "demo-01" });
    const [reply] = await send("puis-je m'inscrire à RSX109 au S2 ?");
    expect(replyText(reply!)).toMatch(/RSX109/);
    expect(replyText(reply!)).toMatch(/RSX10[123]/);
  });
});

describe("eligibility dialog: the other semester, asked right after a verdict", () => {
  it.each([
    ["fr", "demo-02", "puis-je m'inscrire à RSX101 ?", "et au premier semestre ?", /^(✅|⚠️|⛔).*RSX101.*2027-2028 S1/],
    ["fr", "demo-02", "puis-je m'inscrire à RSX101 ?", "plutôt en septembre", /^(✅|⚠️|⛔).*RSX101.*2027-2028 S1/],
    ["en", "visitor", "I passed UTC502 last year, can I enrol in SMB101?", "what about S2 then?", /^(✅|⚠️|⛔).*SMB101.*2026-2027 S2/],
  ])("(%s) %s: after « %s », « %s » checks the same unit for that semester", async (_language, userId, question, followUp, verdict) => {
    const { send } = await botConversation({ userId });
    await send(question);
    const replies = (await send(followUp)).map(replyText);
    expect(replies.some((reply) => verdict.test(reply)), replies.join("\n---\n")).toBe(true);
    // The visitor who said which units they passed is not asked again.
    expect(replies.join("\n")).not.toMatch(/demande d'avoir validé|requires .* to be validated first/);
  });

  it("takes a semester said where the units passed were asked, then asks for them again, once introduced", async () => {
    const { send } = await botConversation({ userId: "visitor" });
    expect((await send("je peux m'inscrire à RSX101 ?")).map(replyText).join("\n")).toMatch(/RSX101 demande d'avoir validé UTC505/);
    const noted = (await send("au second semestre")).map(replyText);
    expect(noted[0]).toBe("Noté : je regarde pour 2026-2027 S2.");
    expect(noted.slice(1).join("\n")).toMatch(/^RSX101 demande d'avoir validé UTC505 \(note d'au moins 10\/20\)\. Est-ce votre cas \?/);
    const verdict = (await send("aucune")).map(replyText).join("\n");
    expect(verdict).toMatch(/RSX101/);
    expect(verdict).toMatch(/2026-2027 S2/);
    expect(verdict).toMatch(/UTC505/);
  });

  it("takes a new question naming a semester as a new question, not as the other semester", async () => {
    const { send } = await botConversation({ userId: "demo-02" });
    await send("puis-je m'inscrire à RSX101 ?");
    const replies = (await send("puis-je m'inscrire à NFA031 en S1 ?")).map(replyText);
    expect(replies.join("\n")).toMatch(/NFA031/);
    expect(replies.join("\n")).not.toMatch(/RSX101/);
  });
});

describe("eligibility dialog: an anonymous visitor's what-if", () => {
  it("asks for the units passed, then gives an indicative answer", async () => {
    const { play } = await botConversation({ userId: "visitor-1" });
    await play([
      { user: "puis-je m'inscrire à RSX101 au S2 ?", bot: [/^Vous n'êtes pas connecté : je fais une simulation indicative\. RSX101 demande d'avoir validé UTC505/] },
      { user: "euh", bot: [/^Avez-vous validé UTC505 \? Répondez oui ou non/] },
      { user: "UTC505 et NFA031", bot: [/^✅ Oui, vous pouvez vous inscrire à RSX101 \(.*\) en 2026-2027 S2\.[\s\S]*Simulation indicative/] },
    ]);
  });

  it("names the prerequisites and takes « oui » or « non » for them", async () => {
    const yes = await botConversation({ userId: "visitor-yes" });
    await yes.play([
      { user: "est-ce que je peux suivre RSX101 au S2 ?", bot: [/RSX101 demande d'avoir validé UTC505 \(note d'au moins 10\/20\)\. Est-ce votre cas \? Répondez oui ou non/] },
      // The visitor's word is shown as such: no grade nor semester of their own is made up.
      { user: "oui", bot: [(reply) => expect(replyText(reply)).toMatch(/^✅ Oui, vous pouvez vous inscrire à RSX101[\s\S]*UTC505 validée, d'après ce que vous m'avez dit/)] },
    ]);
    const s1 = (await yes.send("et au S1 ?")).map(replyText).join("\n");
    expect(s1).toMatch(/RSX101[\s\S]*2027-2028 S1[\s\S]*UTC505 validée, d'après ce que vous m'avez dit/);
    expect(s1).not.toMatch(/validée avec 10\/20/);
    const no = await botConversation({ userId: "visitor-no" });
    await no.play([
      { user: "can I take RSX101 in S2?", bot: [/RSX101 requires UTC505 to be validated first/] },
      { user: "no", bot: [/^⛔ No, you may not enrol in RSX101[\s\S]*Prerequisite of RSX101 not validated: UTC505/] },
    ]);
    // The answers people give with a few words around the yes or the no.
    for (const [answer, verdict] of [
      ["yes I have it", /^✅ Yes, you may enrol in RSX101/],
      ["oui je l'ai validée", /^✅ Oui, vous pouvez vous inscrire à RSX101/],
      // Three French words keep the conversation's language: either is right, the verdict is what counts.
      ["non pas encore", /^⛔ (Non, vous ne pouvez pas vous inscrire à|No, you may not enrol in) RSX101/],
      // The answer first, then what the learner adds.
      ["yeah, I passed it with 14 last year", /^✅ Yes, you may enrol in RSX101/],
    ] as const) {
      const talk = await botConversation({ userId: `visitor-${answer}` });
      await talk.send("can I take RSX101 in S2?");
      expect((await talk.send(answer)).map(replyText).join("\n")).toMatch(verdict);
    }
  });

  it("takes « non, … les deux en même temps » as the prerequisite taken the same semester", async () => {
    const { play } = await botConversation({ userId: "visitor-together" });
    await play([
      { user: "puis-je m'inscrire à RSX101 au S2 ?", bot: [/Est-ce votre cas \?/] },
      {
        user: "nan pas encore, je voulais suivre les deux ensemble",
        bot: [/^⛔ Non, vous ne pouvez pas vous inscrire à RSX101 [\s\S]*UTC505, qui doit être validé avant, pas suivi le même semestre/, /UTC505/],
      },
    ]);
  });

  it("takes the units said failed in the answer as not validated, and checks each unit asked side by side", async () => {
    const failed = await botConversation({ userId: "visitor-failed-answer" });
    await failed.play([
      { user: "puis-je m'inscrire à RSX103 au S2 ?", bot: [/RSX103 demande d'avoir validé/] },
      { user: "UTC502 et UTC505 oui, mais RSX101 je l'ai ratée avec 7", bot: [/^⛔ Non, vous ne pouvez pas vous inscrire à RSX103[\s\S]*RSX101 \(meilleure note 7\/20/] },
    ]);
    const both = await botConversation({ userId: "visitor-both" });
    await both.play([
      {
        user: "j'ai validé utc501 502 et 505, au S2 je veux faire rsx101 et nsy103, ça passe ?",
        bot: [/^✅ Oui, vous pouvez vous inscrire à RSX101/, /NSY103/],
      },
    ]);
  });

  it("asks which one when « oui » answers a choice between prerequisites", async () => {
    const { play } = await botConversation({ userId: "visitor-any" });
    await play([
      { user: "puis-je m'inscrire à RSX112 au S2 ?", bot: [/RSX112 demande d'avoir validé [\s\S]*l'une des UE RSX101 ou RSX102/] },
      { user: "oui", bot: [/^Lesquelles avez-vous validées parmi/] },
      { user: "RSX102", bot: [/RSX112/] },
    ]);
  });

  it("asks the diploma for a US and refuses it to a visitor outside it", async () => {
    const { play } = await botConversation({ userId: "visitor-2" });
    await play([
      { user: "puis-je m'inscrire à USSI01 au S2 ?", bot: [/^Vous n'êtes pas connecté[\s\S]*À quel diplôme êtes-vous inscrit/] },
      { user: "pas sûr", bot: [/^Donnez un code de diplôme/] },
      { user: "aucun", bot: [/^⛔ Non, vous ne pouvez pas vous inscrire à USSI01[\s\S]*Simulation indicative/] },
    ]);
  });

  it("asks for the unit when the learner does not name one", async () => {
    const { play } = await botConversation({ userId: "visitor-3" });
    await play([
      { user: "est-ce que je peux m'inscrire à une UE ?", bot: [/^Pour quelle unité \?/] },
      { user: "je ne sais pas", bot: [/^Je n'ai pas reconnu de code d'unité/] },
      // The answer is the same whatever the semester: it is not asked, and the reply says which one it is for.
      {
        user: "NFA031",
        bot: [
          /^Je regarde pour 2026-2027 S2, le prochain semestre où vous pouvez suivre NFA031 :/,
          /^✅ Oui, vous pouvez vous inscrire à NFA031 \(.*\) en 2026-2027 S2[\s\S]*Simulation indicative/,
        ],
      },
    ]);
  });

  it("shows the decision as an Adaptive Card, with the plain text as summary, on card channels", async () => {
    const { send } = await botConversation({ userId: "demo-02", channelId: "emulator" });
    const [reply] = await send("can I enrol in RSX101 in S2?");
    const card = reply?.attachments?.[0];
    expect(card?.contentType).toBe("application/vnd.microsoft.card.adaptive");
    const content = card?.content as { version: string; body: { text: string }[]; actions: { title: string; data: { text: string } }[] };
    expect(content.version).toBe("1.5");
    expect(content.body[0]?.text).toMatch(/^⚠️ Yes, on a condition: you may enrol in RSX101 \(.*\) in 2026-2027 S2 once this is settled:/);
    expect(content.actions.map((a) => a.data.text)).toEqual(["Timetable of RSX101", "Talk to an advisor"]);
    expect(reply?.summary).toMatch(/UTC505/);
  });

  it("treats a card button's value as the learner's words", async () => {
    const { send } = await botConversation({ userId: "demo-02", channelId: "emulator" });
    await send("puis-je m'inscrire à RSX101 au S2 ?");
    const [reply] = await send({ type: "message", value: { text: "Horaires de RSX101" } });
    expect(replyText(reply!)).toMatch(/^Cours de RSX101 — Réseaux et protocoles pour l'Internet :\n- /);
  });
});

describe("eligibility dialog: help, cancel and the advisor at every prompt", () => {
  const prompts: [string, string, string[], RegExp][] = [
    ["unit", "visitor-help", ["est-ce que je peux m'inscrire à une UE ?"], /^Pour quelle unité/],
    ["semester", "demo-05", ["puis-je m'inscrire à ANG320 ?"], /^Pour quel semestre/],
    ["units passed", "visitor-help", ["puis-je m'inscrire à RSX101 au S2 ?"], /RSX101 demande d'avoir validé UTC505/],
    ["diploma", "visitor-help", ["puis-je m'inscrire à USSI01 au S2 ?"], /À quel diplôme/],
    ["experience", "visitor-help", ["puis-je m'inscrire à UAALOT au S2 ?", "LG02501A"], /années d'expérience/],
  ];

  it.each(prompts)("at the %s prompt: help answers and asks again; cancel stops; 'conseiller' hands off", async (_name, userId, lead, prompt) => {
    const help = await botConversation({ userId });
    for (const text of lead.slice(0, -1)) await help.send(text);
    await help.play([
      { user: lead[lead.length - 1]!, bot: [prompt] },
      { user: "aide", bot: [/^Je peux : expliquer/, prompt] },
      { user: "annuler", bot: [/^D'accord, j'abandonne/] },
      { user: "NFA031", bot: [/^NFA031 — Programmation avec Java/] },
    ]);

    const handoff = await botConversation({ userId: userId === "demo-05" ? userId : "visitor-handoff" });
    for (const text of lead) await handoff.send(text);
    await handoff.play([{ user: "je veux parler à un conseiller", bot: [/^Je transmets votre demande à un conseiller/] }]);
  });

  it("lets the learner ask another question at a prompt", async () => {
    const { play } = await botConversation({ userId: "demo-05" });
    await play([
      { user: "puis-je m'inscrire à ANG320 ?", bot: [/^Pour quel semestre/] },
      { user: "c'est quoi une US ?", bot: [/unités spécifiques/] },
      { user: "S2", bot: [/^Je n'ai pas compris|^Vouliez-vous|^Je ne sais pas/] },
    ]);
  });
});

describe("readSemester", () => {
  it.each([
    ["S2", "2026-2027 S2"],
    ["semestre 1", "2027-2028 S1"],
    ["S1 2026", "2026-2027 S1"],
    ["2026-2027 S1", "2026-2027 S1"],
    ["prochain semestre", "2026-2027 S2"],
    ["next semester", "2026-2027 S2"],
    ["ce semestre", "2026-2027 S1"],
    ["demain", undefined],
  ])("reads %j on 27 November 2026", (text, expected) => {
    expect(readSemester(text, TEST_NOW)).toBe(expected);
  });
});
