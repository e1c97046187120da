/**
 * The base of the errors functions/ throws: faults (expected outcomes are values), each carrying
 * what caused it as `cause`, which the logs print as a chain (app/logging.ts).
 *
 * Each concrete class spells its own `name`: the Lambda bundle is minified, so a name read from the
 * constructor at run time would log as "e" or "t". Declared abstract here, a class that forgets does
 * not compile; test/functions/app/errors.test.ts checks that each spells its class name.
 */
export abstract class FunctionsError extends Error {
  abstract override readonly name: string;
}
