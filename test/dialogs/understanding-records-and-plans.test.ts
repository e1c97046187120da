import { describe, expect, it } from "vitest";
import { botConversation } from "../support/bot";
import { replyText } from "../support/turn-table";

/**
 * What learners tell of their records (an exam not sat, units graded with one absent, a request to an advisor asked elsewhere)
 * and the plans they ask with it (what is left then how fast, a whole diploma at a distance): each reply says what holds for
 * the case told, never a plan from nothing, a unit left out, or « je ne sais pas ».
 */
async function repliesTo(...messages: string[]): Promise<string[]> {
  const conversation = await botConversation({});
  const replies: string[] = [];
  for (const message of messages) replies.push((await conversation.send(message)).map((reply) => replyText(reply)).join("\n"));
  return replies;
}

describe("an exam not sat, told in other words than « missed »", () => {
  it.each([
    // It got suggestions (« Is there compensation in the licence? … »): "didn't show up to" was no absence.
    ["I didn't show up to my UTC504 exam in January because of a work emergency. Have I failed the unit?", /^Session 2 is open to those who were absent from session 1/],
    ["I never turned up for the UTC504 exam, did I fail it?", /^Session 2 is open to those who were absent from session 1/],
    ["I wasn't at the NFA031 exam because of work, is it failed?", /^Session 2 is open to those who were absent from session 1/],
    ["couldn't make it to my UTC502 exam, is the unit lost?", /^Session 2 is open to those who were absent from session 1/],
    ["je ne suis pas allé à l'examen de UTC504 en janvier à cause du boulot, j'ai raté l'UE ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
    ["j'suis pas allée au partiel de UTC504, c'est foutu ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
    ["je ne me suis pas présenté à l'examen de NFA031, j'ai perdu l'UE ?", /^La session 2 est ouverte à ceux qui étaient absents à la session 1/],
  ])("%s", async (user, expected) => {
    const [reply] = await repliesTo(user);
    expect(reply).toMatch(expected);
    expect(reply).not.toMatch(/not sure I understood|pas sûr d'avoir compris/);
  });

  it("keeps an exam asked to be moved for the page on fixed dates", async () => {
    const [reply] = await repliesTo("j'ai pas pu passer l'examen de UTC504, je peux le passer un autre jour ?");
    expect(reply).toMatch(/^Les dates d'examen ne peuvent pas être déplacées/);
  });
});
