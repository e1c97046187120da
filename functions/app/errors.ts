/**
 * The base of the errors functions/ throws: faults (expected outcomes are values), each carrying
 * what caused it as `cause`, which the logs print as a chain (app/logging.ts). `name` is the
 * concrete class's own, as for DomainError and InfraError; the bundle keeps class names of errors
 * although it is minified (infra/build's errorNames plugin, checked by a test on the bundle).
 */
export class FunctionsError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
