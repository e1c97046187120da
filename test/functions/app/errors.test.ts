import { describe, expect, it } from "vitest";
import { FunctionsError } from "../../../functions/app/errors";
import { AuthenticationUnavailableError, MissingAppIdError } from "../../../functions/http/bot-authentication";
import { LocalStartError } from "../../../functions/local/local-server";
import { TurnConflictError, TurnEffectError } from "../../../functions/turn/turn-guard";

/** Each class is named after itself by the base, with its cause. */
describe("functions' errors", () => {
  it.each([TurnConflictError, TurnEffectError, AuthenticationUnavailableError, MissingAppIdError, LocalStartError])("%o is a FunctionsError named after its class, with its cause", (ErrorClass) => {
    const cause = new Error("the underlying fault");
    const error = new ErrorClass("what went wrong", { cause });
    expect(error).toBeInstanceOf(FunctionsError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.cause).toBe(cause);
    expect(String(error)).toBe(`${ErrorClass.name}: what went wrong`);
  });
});
