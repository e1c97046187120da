/**
 * The base of the dialogs' faults (a learner's unexpected message is never one: it gets a reply).
 * `name` is the concrete class's own, as for the other layers' bases; the underlying error is `cause`.
 */
export class DialogsError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = new.target.name;
  }
}
