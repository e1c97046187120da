/**
 * The base of the adapters' faults. `name` is the concrete class's own, so a log or a stack names
 * the fault without each class repeating it; the underlying error (the SDK's, the file system's) is
 * `cause`.
 */
export class InfraError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
