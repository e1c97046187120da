import { describe, expect, it } from "vitest";
import { repliesOf } from "../support/bot";

describe("a grade said after a check, of a unit the verdict weighed", () => {
  it.each([
    [["Can I take NFA032?", "the first semester", "I did NFA031 but got 8"], /^No, 8\/20 is below the 10\/20 pass mark[\s\S]*you say you have not validated NFA031[\s\S]*⛔ No, you may not enrol in NFA032/],
    [["puis-je suivre NFA032 ?", "j'ai eu 9 à NFA031"], /^Non, 9\/20 est sous la moyenne[\s\S]*⚠️ Aucune règle ne vous empêche de vous inscrire à NFA032[\s\S]*vous n'avez pas le niveau attendu/],
    [["puis-je suivre NFA032 ?", "j'ai eu 14 en NFA031"], /^Oui, avec 14\/20[\s\S]*✅ Oui, vous pouvez vous inscrire à NFA032[^]*$/],
  ])("%j answers the grade, then the check again with it (the check was left as it was)", async (turns, reads) => {
    const replies = await repliesOf(turns);
    expect(replies.at(-1)).toMatch(reads);
  });

  it("keeps a grade of another unit the grade's alone: « j'ai eu 12 en UTC505 » after a check of NFA032", async () => {
    const [, reply] = await repliesOf(["puis-je suivre NFA032 ?", "j'ai eu 12 en UTC505"]);
    expect(reply).toMatch(/^Oui, avec 12\/20 \(au moins 10\/20\), l'unité est validée : les 3 ECTS de UTC505 sont acquis/);
    expect(reply).not.toMatch(/NFA032/);
  });
});
