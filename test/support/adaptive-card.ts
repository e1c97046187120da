import { createRequire } from "node:module";

/** The parts of Microsoft's Adaptive Cards library a test uses (its bundled build runs in Node without a DOM). */
interface AdaptiveCardsLibrary {
  AdaptiveCard: new () => {
    parse(json: unknown, context: unknown): void;
    validateProperties(): { validationEvents?: { message: string }[] };
  };
  SerializationContext: new () => { eventCount: number; getEventAt(index: number): { message: string } };
}

const library = createRequire(__filename)("adaptivecards/dist/adaptivecards.js") as AdaptiveCardsLibrary;

/** What the library reports on a card: unknown elements, values out of the schema, missing properties. */
export function cardProblems(json: unknown): string[] {
  const card = new library.AdaptiveCard();
  const context = new library.SerializationContext();
  card.parse(json, context);
  const parsing = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message);
  const validation = (card.validateProperties().validationEvents ?? []).map((event) => event.message);
  return [...parsing, ...validation];
}
