/**
 * The base of the domain's faults (expected outcomes are values, never exceptions). `name` is the
 * concrete class's own, so a log or a stack names the fault without each class repeating it; the
 * underlying error, if any, is `cause`.
 */
export class DomainError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
