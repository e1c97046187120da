/**
 * Numbers written in words, as learners type them ("six ECTS", "soixante-cinq heures",
 * "twenty two hours"), rewritten as digits in folded text so the slot rules read one form.
 * "un", "une", "one" alone stay words: they are articles far more often than quantities
 * ("c'est quoi un crédit ECTS" asks for a definition, not for the hours of 1 credit).
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
  treize: 13, quatorze: 14, quinze: 15, seize: 16,
  two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13,
  fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Words that only count as 1 inside a compound ("vingt et un", "twenty-one"). */
const ONE = new Set(["un", "une", "one"]);

const TENS: Readonly<Record<string, number>> = {
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
};

/** Rewrites number words of folded text as digits; everything else is kept as is. */
export function numberWordsToDigits(folded: string): string {
  const parts = folded.split(/(\s+|-)/);
  const words: string[] = [];
  for (const part of parts) if (part.trim() && part !== "-") words.push(part);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const parsed = readNumber(words, i);
    if (parsed) {
      out.push(String(parsed.value));
      i = parsed.next;
    } else {
      out.push(words[i] as string);
      i++;
    }
  }
  return out.join(" ");
}

function readNumber(words: string[], start: number): { value: number; next: number } | undefined {
  let i = start;
  let value = 0;
  let read = false;
  const word = (k: number) => words[k] ?? "";
  // "quatre vingt(s)" is 80 in French.
  if (word(i) === "quatre" && /^vingts?$/.test(word(i + 1))) {
    value = 80;
    i += 2;
    read = true;
  } else if (TENS[word(i)] !== undefined) {
    value = TENS[word(i)] as number;
    i++;
    read = true;
  }
  if (read) {
    let j = i;
    if (word(j) === "et" || word(j) === "and") j++;
    // "soixante-dix", "quatre-vingt-dix-neuf": the teens follow 60 and 80 in French.
    if ((value === 60 || value === 80) && word(j) === "dix") {
      const rest = UNITS[word(j + 1)];
      if (rest !== undefined && rest < 10) return { value: value + 10 + rest, next: j + 2 };
      return { value: value + 10, next: j + 1 };
    }
    const unit = UNITS[word(j)];
    if (unit !== undefined && unit < 20) return { value: value + unit, next: j + 1 };
    if (ONE.has(word(j))) return { value: value + 1, next: j + 1 };
    return { value, next: i };
  }
  const unit = UNITS[word(i)];
  if (unit === undefined) return undefined;
  // "dix-sept", "dix huit", "dix-neuf".
  if (unit === 10) {
    const rest = UNITS[word(i + 1)];
    if (rest !== undefined && rest >= 7 && rest <= 9) return { value: 10 + rest, next: i + 2 };
  }
  return { value: unit, next: i + 1 };
}
